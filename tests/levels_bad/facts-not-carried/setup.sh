# A fact the trainer follows that no step or card carries any more.
edit_json levels/nose.json 'd["steps"][5]["facts"].remove("blog-salicylic")'
