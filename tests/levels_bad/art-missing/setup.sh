replace levels/zones.json '"art": "face.svg"' '"art": "face-v2.svg"'
