insert_first levels/zones.json zones '{ "id": "temple", "colour": "red", "name": "Temple", "label": [120, 300], "polygon": [[100, 280], [140, 280], [140, 320], [100, 320]] }'
