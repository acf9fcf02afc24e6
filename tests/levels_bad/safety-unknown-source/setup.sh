# A safety item names a source that facts.json does not list.
edit_json levels/safety.json 'd["never"][0]["sources"] = ["blog", "forum"]'
