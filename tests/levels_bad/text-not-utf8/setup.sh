# \xff\xfe in a routine's title: not UTF-8 (it would show as two
# replacement characters); reported with the field and the byte.
replace levels/nose.json '"title": "Nose pore clean-out"' $'"title": "Nose \xff\xfe clean-out"'
