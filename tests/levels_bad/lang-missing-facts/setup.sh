# The sources' names are not translated.
rm levels/de/facts.json
