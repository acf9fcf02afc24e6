# A German step the English routine does not have.
edit_json levels/de/nose.json 'd["steps"]["steam"] = {"title": "Dampfbad", "text": "Beuge dich über heißes Wasser."}'
