replace levels/zones.json '"art": "face.svg"' '"art": "../assets/face.svg"'
