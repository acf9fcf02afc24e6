make_big levels/zz-big.json 1048577
