# A German safety item that the English list does not have.
edit_json levels/de/safety.json 'd["never"]["steam"] = {"title": "Dampf", "text": "Zu heiß.", "source": None}'
