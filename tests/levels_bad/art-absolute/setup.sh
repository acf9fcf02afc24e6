replace levels/zones.json '"art": "face.svg"' "\"art\": \"$PWD/assets/face.svg\""
