insert_first assets/animations.json animations '{ "id": "zz-feather", "duration_ms": -1000, "loop": true, "layers": [ { "sprite": "fingertip", "x": [[0, 0.4], [1, 0.6, "sine"]] } ] }'
