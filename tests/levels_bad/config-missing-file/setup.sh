# --config names a file that is not there: that is a problem, since the
# caller asked for it.
rm config.json
