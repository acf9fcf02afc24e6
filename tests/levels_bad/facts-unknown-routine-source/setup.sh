# A routine names a source that facts.json does not list.
edit_json levels/nose.json 'd["sources"][0] = "forum"'
