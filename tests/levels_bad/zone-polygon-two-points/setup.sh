insert_first levels/zones.json zones '{ "id": "temple", "name": "Temple", "label": [120, 300], "polygon": [[100, 280], [140, 280]] }'
