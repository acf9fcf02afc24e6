insert_first assets/animations.json animations '{ "id": "zz-feather", "duration_ms": 1000, "loop": true, "layers": [ { "sprite": "fingertip", "x": [[0.5, 0.4], [0.2, 0.6, "sine"]] } ] }'
