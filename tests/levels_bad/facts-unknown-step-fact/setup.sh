# A step names a fact that facts.json does not list.
edit_json levels/nose.json 'd["steps"][5]["facts"].append("blog-steam")'
