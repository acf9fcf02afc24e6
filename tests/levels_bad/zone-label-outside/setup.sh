insert_first levels/zones.json zones '{ "id": "temple", "name": "Temple", "label": [300, 300], "polygon": [[100, 280], [140, 280], [140, 320], [100, 320]] }'
