# A face drawing over 256 KiB: each frame would take seconds to draw.
make_big assets/face.svg 262145
