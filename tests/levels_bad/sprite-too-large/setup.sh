# A sprite file over 64 KiB, which the renderer would not read.
make_big assets/sprites/cross.svg 65537
