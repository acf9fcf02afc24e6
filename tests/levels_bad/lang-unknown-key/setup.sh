# A typo in a German field name.
edit_json levels/de/nose.json 'd["steps"]["wipe-surface"]["titel"] = d["steps"]["wipe-surface"].pop("title")'
