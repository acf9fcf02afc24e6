# A fact names a source that is not in the sources table.
edit_json levels/facts.json 'd["facts"][0]["source"] = "forum"'
