# A fact the trainer cautions against, without why.
edit_json levels/facts.json 'f = [x for x in d["facts"] if x["id"] == "blog-pressure"][0]; del f["why"]'
