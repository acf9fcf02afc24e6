# A routine's translation that calls itself a zones file.
edit_json levels/de/nose.json 'd["kind"] = "zones-translation"'
