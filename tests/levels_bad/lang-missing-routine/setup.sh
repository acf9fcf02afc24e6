# A routine with no German file at all.
rm levels/de/nostrils.json
