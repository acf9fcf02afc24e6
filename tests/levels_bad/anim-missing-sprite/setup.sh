insert_first assets/animations.json animations '{ "id": "zz-feather", "duration_ms": 1000, "loop": true, "layers": [ { "sprite": "feather", "x": [[0, 0.4], [1, 0.6, "sine"]] } ] }'
