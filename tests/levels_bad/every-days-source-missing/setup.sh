# A routine that does not say where its frequency comes from.
edit_json levels/nose.json 'del d["every_days_source"]'
