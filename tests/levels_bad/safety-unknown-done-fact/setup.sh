# The done advice names a fact that facts.json does not list.
edit_json levels/safety.json 'd["done"]["facts"].append("blog-steam")'
