#!/usr/bin/env python3
"""home_unset.py - where the progress and settings files go without
--progress, by the XDG Base Directory rules (src/platform/xdg.c), and
never into the folder facemap was started from.

1. HOME and XDG_DATA_HOME unset: stderr says the progress is not saved and
   how to fix it, nothing is written to the working folder (before:
   ./progress.json), and the exit code is 3 (a routine was not saved).
2. XDG_DATA_HOME relative ("data"), HOME set: the relative one is ignored,
   the file is HOME/.local/share/facemap/facemap/progress.json.
3. XDG_DATA_HOME absolute: XDG_DATA_HOME/facemap/facemap/progress.json.
4. HOME a file (not writable as a folder): stderr says the folder cannot be
   made, exit 3, nothing in the working folder.
5. The settings file, changed on the settings screen: XDG_CONFIG_HOME
   relative is ignored (HOME/.config/facemap/settings.json); with neither,
   stderr says settings are not saved, and nothing lands in the working
   folder.

Usage: home_unset.py FACEMAP ROOT
"""
import os

from data_lib import WORK, environ, expect, finish, history, routine, run, script

finish_it = routine("finish")
REL = "facemap/facemap/progress.json"


def fresh(name):
    d = os.path.join(WORK, name)
    os.makedirs(os.path.join(d, "cwd"))
    return d, os.path.join(d, "cwd")


def cwd_empty(cwd):
    return os.listdir(cwd) == []


# 1. neither
d, cwd = fresh("neither")
p = run(None, finish_it, env=environ(unset=("HOME", "XDG_DATA_HOME")), cwd=cwd)
expect(p.returncode == 3 and "neither XDG_DATA_HOME nor HOME is an absolute path" in p.stderr
       and "--progress FILE" in p.stderr and cwd_empty(cwd),
       f"no HOME: says so, writes nothing in the working folder, exit 3 ({p.returncode}, {os.listdir(cwd)})")

# 2. relative XDG_DATA_HOME
d, cwd = fresh("relative")
home = os.path.join(d, "home")
os.mkdir(home)
os.mkdir(os.path.join(cwd, "data"))
p = run(None, finish_it, env=environ(HOME=home, XDG_DATA_HOME="data"), cwd=cwd)
want = os.path.join(home, ".local/share", REL)
expect(p.returncode == 0 and os.path.exists(want) and len(history(want)) == 1
       and os.listdir(os.path.join(cwd, "data")) == [],
       f"a relative XDG_DATA_HOME is ignored: saved in {want}")

# 3. absolute XDG_DATA_HOME
d, cwd = fresh("absolute")
data = os.path.join(d, "xdg-data")
p = run(None, finish_it, env=environ(HOME=os.path.join(d, "home"), XDG_DATA_HOME=data), cwd=cwd)
want = os.path.join(data, REL)
expect(p.returncode == 0 and os.path.exists(want) and cwd_empty(cwd), f"XDG_DATA_HOME: saved in {want}")

# 4. HOME cannot hold folders
d, cwd = fresh("home-a-file")
home = os.path.join(d, "home")
open(home, "w").close()
p = run(None, finish_it, env=environ(unset=("XDG_DATA_HOME",), HOME=home), cwd=cwd)
expect(p.returncode == 3 and "cannot be made" in p.stderr and cwd_empty(cwd),
       f"HOME not usable: says the folder cannot be made, exit 3 ({p.returncode}): " + p.stderr[:200].replace("\n", " | "))

# 5. the settings file
toggle = script("toggle", "expect screen map\ntap-target settings\nexpect screen settings\n"
                "tap-target sound\nwait 100\n")
d, cwd = fresh("settings")
home = os.path.join(d, "home")
os.mkdir(home)
p = run(os.path.join(d, "p.json"), toggle, env=environ(HOME=home, XDG_CONFIG_HOME="config"), cwd=cwd)
want = os.path.join(home, ".config/facemap/settings.json")
expect(p.returncode == 0 and os.path.exists(want) and cwd_empty(cwd),
       f"a relative XDG_CONFIG_HOME is ignored: settings saved in {want}")
d, cwd = fresh("settings-neither")
p = run(os.path.join(d, "p.json"), toggle, env=environ(unset=("HOME", "XDG_CONFIG_HOME")), cwd=cwd)
expect(p.returncode == 0 and "settings are not saved" in p.stderr and cwd_empty(cwd),
       "no HOME: settings are not saved, and the working folder stays empty")
finish()
