#!/usr/bin/env python3
"""limits.py ROOT: the size limits HACKING.md sets for src/: no file over
600 lines, no function over 80 lines (from the line of its opening brace
at the start of a line to its closing brace), and no raw colour literal
(0xRRGGBBAA) in a screen file (src/core/scr_*.c: colours come from the
palette in ui.h). Prints each breach as FILE:LINE: message; exits 1 if
there was one."""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "."
MAX_FILE, MAX_FUNC = 600, 80
bad = []
for dirpath, _, files in os.walk(os.path.join(root, "src")):
    for name in sorted(files):
        if not name.endswith((".c", ".h")):
            continue
        path = os.path.join(dirpath, name)
        rel = os.path.relpath(path, root)
        lines = open(path, encoding="utf-8").read().split("\n")
        if len(lines) - 1 > MAX_FILE:
            bad.append(f"{rel}:{len(lines) - 1}: {len(lines) - 1} lines, over {MAX_FILE}")
        start = None
        for i, line in enumerate(lines, 1):
            if line == "{" and start is None:
                start = i
            elif line == "}" and start is not None:
                if i - start - 1 > MAX_FUNC:
                    bad.append(f"{rel}:{start}: a function of {i - start - 1} lines, over {MAX_FUNC}")
                start = None
        if name.startswith("scr_") and name.endswith(".c"):
            for i, line in enumerate(lines, 1):
                code = line.split("//")[0]
                if re.search(r"0x[0-9A-Fa-f]{8}u?\b", code):
                    bad.append(f"{rel}:{i}: a colour literal in a screen file (use the palette, ui.h)")
for b in bad:
    print(b)
print(f"limits: {len(bad)} breach(es)" if bad else "limits: every file and function within the limits")
sys.exit(1 if bad else 0)
