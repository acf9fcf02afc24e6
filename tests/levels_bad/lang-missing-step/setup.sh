# A step the German forehead routine does not translate.
edit_json levels/de/forehead.json 'del d["steps"]["ice-cube"]'
