# A byte that is not UTF-8 in the safety screen's text (a Latin-1 e acute).
replace levels/safety.json '"title": "Pore strips"' $'"title": "Pore strips \xe9"'
