# A layer scaled to 10 times the box: it would take a gigabyte of rasters
# and minutes a frame, so it is refused, saying why.
insert_first assets/animations.json animations '{ "id": "zz-huge", "duration_ms": 1000, "loop": true, "layers": [ { "sprite": "fingertip", "scale": [[0, 0.3], [1, 10]] } ] }'
