# A French file in the German folder.
edit_json levels/de/zones.json 'd["lang"] = "fr"'
