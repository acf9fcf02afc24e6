# A German step title left empty.
edit_json levels/de/nose.json 'd["steps"]["wipe-surface"]["title"] = ""'
