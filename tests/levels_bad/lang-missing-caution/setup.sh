# The German nose routine lost the caution of its squeezing step.
edit_json levels/de/nose.json 'del d["steps"]["push-out-sebum"]["caution"]'
