# A German file for a routine that is not in levels/.
edit_json levels/de/nose.json 'd["routine"] = "nose-steam"'
mv levels/de/nose.json levels/de/nose-steam.json
