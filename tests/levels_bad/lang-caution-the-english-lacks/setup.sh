# A German caution on a step whose English has none.
edit_json levels/de/nose.json 'd["steps"]["wipe-surface"]["caution"] = "Vorsicht."'
