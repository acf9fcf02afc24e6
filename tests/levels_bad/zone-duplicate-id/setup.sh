insert_first levels/zones.json zones '{ "id": "temple", "name": "Temple", "label": [120, 300], "polygon": [[100, 280], [140, 280], [140, 320], [100, 320]] }, { "id": "temple", "name": "Temple", "label": [120, 300], "polygon": [[100, 280], [140, 280], [140, 320], [100, 320]] }'
# the German overlay names the new zone, so that the duplicate is the one fault
replace levels/de/zones.json '"zones": {' '"zones": { "temple": { "name": "Schläfe" },'
