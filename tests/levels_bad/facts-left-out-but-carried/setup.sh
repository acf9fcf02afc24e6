# A fact marked leaves-out that a step still carries.
edit_json levels/facts.json 'f = [x for x in d["facts"] if x["id"] == "blog-salicylic"][0]; f["trainer"] = "leaves-out"; f["why"] = "test"'
