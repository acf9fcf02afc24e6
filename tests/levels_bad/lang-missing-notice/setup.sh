# The German safety file without the not-medical-advice notice.
edit_json levels/de/safety.json 'del d["notice"]'
