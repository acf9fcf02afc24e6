#!/usr/bin/env python3
"""make_page.py - writes facemap.html beside it: the face map as a static
web page for the benchmark's Chromium peer (tests/bench/run --peers). It
shows what facemap's map screen shows at 1280x800: the title bar, the face
art (assets/face.svg, inlined), the zones from levels/zones.json as
outlined polygons with a name and a "New" badge, the legend, and a History
button; zones highlight on hover and open nothing. Run it again after the
art or the zones change. Python standard library only."""

import html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.normpath(os.path.join(HERE, "..", "..", ".."))

STYLE = """
@font-face { font-family: DV; src: url("../../../assets/fonts/DejaVuSans.ttf"); }
@font-face { font-family: DV; font-weight: bold; src: url("../../../assets/fonts/DejaVuSans-Bold.ttf"); }
html, body { margin: 0; height: 100%; overflow: hidden; font-family: DV, sans-serif; background: #f6efe8; color: #26232b; }
header { height: 96px; display: flex; align-items: center; justify-content: space-between; padding: 0 22px;
         background: #eee6dd; border-bottom: 2px solid #ddd2c6; box-sizing: border-box; }
header h1 { font-size: 36px; margin: 0; } header span { font-size: 22px; color: #5b5560; }
main { display: flex; height: calc(100% - 96px); }
#face { flex: 1; } #face svg { width: 100%; height: 100%; }
.zone { fill: #fff; fill-opacity: 0; stroke: #fff; stroke-opacity: .8; stroke-width: 3; cursor: pointer; }
.zone:hover { fill-opacity: .25; }
.label { font: bold 24px DV, sans-serif; text-anchor: middle; fill: #26232b; }
.badge { font: bold 18px DV, sans-serif; text-anchor: middle; fill: #fff; }
aside { width: 346px; background: #eee6dd; padding: 24px 22px; box-sizing: border-box; position: relative; }
aside h2 { font-size: 22px; margin: 8px 0 16px; }
.row { display: flex; align-items: center; margin: 10px 0; font-size: 19px; color: #5b5560; }
.pill { width: 102px; height: 32px; border-radius: 16px; color: #fff; font-weight: bold; font-size: 16px;
        display: flex; align-items: center; justify-content: center; margin-right: 10px; }
aside p { font-size: 21px; color: #5b5560; line-height: 1.25; }
button { position: absolute; left: 22px; right: 22px; bottom: 22px; height: 74px; font: bold 26px DV, sans-serif;
         background: #fff; border: 2px solid #ddd2c6; border-radius: 14px; }
"""

LEGEND = [("New", "#525c73", "never done"), ("Done", "#2b7a4b", "done recently"),
          ("Soon", "#a86a08", "due soon"), ("Due", "#c0441c", "due now"), ("Overdue", "#b22222", "overdue")]


def main():
    with open(os.path.join(SRC, "levels", "zones.json")) as f:
        zones = json.load(f)
    with open(os.path.join(SRC, "assets", zones["art"])) as f:
        art = f.read()
    body = re.sub(r"^.*?<svg[^>]*>", "", art, count=1, flags=re.S).rsplit("</svg>", 1)[0]
    w, h = zones["size"]
    shapes = []
    for z in zones["zones"]:
        pts = " ".join(f"{x},{y}" for x, y in z["polygon"])
        lx, ly = z["label"]
        name = html.escape(z["name"])
        shapes.append(f'<g><polygon class="zone" points="{pts}"><title>{name}</title></polygon>'
                      f'<rect x="{lx - 70}" y="{ly - 40}" width="140" height="40" rx="8" fill="#fff" '
                      f'fill-opacity=".85"/><text class="label" x="{lx}" y="{ly - 12}">{name}</text>'
                      f'<rect x="{lx - 50}" y="{ly + 4}" width="100" height="30" rx="15" fill="#525c73" '
                      f'stroke="#fff" stroke-width="2"/><text class="badge" x="{lx}" y="{ly + 26}">New</text></g>')
    legend = "".join(f'<div class="row"><div class="pill" style="background:{c}">{n}</div>{t}</div>'
                     for n, c, t in LEGEND)
    page = (f'<!DOCTYPE html>\n<!-- Made by make_page.py from levels/zones.json and assets/{zones["art"]}: '
            f'the benchmark\'s web equivalent of facemap\'s map screen. -->\n'
            f'<html lang="en"><head><meta charset="utf-8"><title>Face Map Trainer</title>'
            f'<style>{STYLE}</style></head><body>\n'
            f'<header><h1>Face Map Trainer</h1><span>Tap a zone to start</span></header>\n<main>'
            f'<div id="face"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" '
            f'preserveAspectRatio="xMidYMid meet">{body}\n{"".join(shapes)}</svg></div>\n'
            f'<aside><h2>Colours and badges</h2>{legend}<p>Tap a zone to see its routines. Keyboard: '
            f'Tab moves, Return opens, Escape goes back.</p><button>History</button></aside>'
            f'</main></body></html>\n')
    with open(os.path.join(HERE, "facemap.html"), "w") as f:
        f.write(page)


if __name__ == "__main__":
    main()
