# Two German files for one routine.
cp levels/de/nose.json levels/de/nose-copy.json
