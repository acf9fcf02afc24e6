# A German zone name for a zone zones.json does not have.
edit_json levels/de/zones.json 'd["zones"]["neck"] = {"name": "Hals"}'
