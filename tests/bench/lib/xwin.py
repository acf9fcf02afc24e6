"""xwin.py - the few X11 calls the benchmark needs, through ctypes and the
system's libX11 (no Python package): list the top-level windows, their
geometry and whether they are shown, and read a window's pixels from the
root window (there is no compositor under Xvfb, so the root holds what is
on screen).

Used to time programs that write no trace (Tux Paint, Chromium) the same
way for every program: "window mapped" is the first poll that sees a new
viewable top-level window; "fully drawn" is the first poll whose picture
of that window is not one flat colour (an empty window, a blank page) and
then stays the same for STABLE_MS. Polls are POLL_MS apart and a picture
of 1280x800 takes a few ms, so both figures are late by up to ~10 ms."""

import ctypes
import ctypes.util
import time

from procs import now_ms

c_ulong, c_int, c_void_p = ctypes.c_ulong, ctypes.c_int, ctypes.c_void_p
ZPIXMAP, IS_VIEWABLE = 2, 2
STABLE_MS = 1000
POLL_MS = 5


class XWindowAttributes(ctypes.Structure):
    _fields_ = [("x", c_int), ("y", c_int), ("width", c_int), ("height", c_int),
                ("border_width", c_int), ("depth", c_int), ("visual", c_void_p),
                ("root", c_ulong), ("class_", c_int), ("bit_gravity", c_int),
                ("win_gravity", c_int), ("backing_store", c_int),
                ("backing_planes", c_ulong), ("backing_pixel", c_ulong),
                ("save_under", c_int), ("colormap", c_ulong), ("map_installed", c_int),
                ("map_state", c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", c_int), ("screen", c_void_p)]


class XImage(ctypes.Structure):
    _fields_ = [("width", c_int), ("height", c_int), ("xoffset", c_int), ("format", c_int),
                ("data", c_void_p), ("byte_order", c_int), ("bitmap_unit", c_int),
                ("bitmap_bit_order", c_int), ("bitmap_pad", c_int), ("depth", c_int),
                ("bytes_per_line", c_int), ("bits_per_pixel", c_int), ("red_mask", c_ulong),
                ("green_mask", c_ulong), ("blue_mask", c_ulong), ("obdata", c_void_p),
                ("funcs", c_void_p * 6)]


ERROR_HANDLER = ctypes.CFUNCTYPE(c_int, c_void_p, c_void_p)
_ignore_errors = ERROR_HANDLER(lambda d, e: 0)  # a window may vanish between calls


class Display:
    """A connection to the X server named by DISPLAY (or display)."""

    def __init__(self, display):
        x = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        x.XOpenDisplay.restype = c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = c_ulong
        x.XDefaultRootWindow.argtypes = [c_void_p]
        x.XQueryTree.argtypes = [c_void_p, c_ulong, ctypes.POINTER(c_ulong), ctypes.POINTER(c_ulong),
                                 ctypes.POINTER(ctypes.POINTER(c_ulong)), ctypes.POINTER(ctypes.c_uint)]
        x.XGetWindowAttributes.argtypes = [c_void_p, c_ulong, ctypes.POINTER(XWindowAttributes)]
        x.XGetImage.restype = ctypes.POINTER(XImage)
        x.XGetImage.argtypes = [c_void_p, c_ulong, c_int, c_int, ctypes.c_uint, ctypes.c_uint,
                                c_ulong, c_int]
        x.XFree.argtypes = [c_void_p]
        x.XSetErrorHandler(_ignore_errors)
        self.x = x
        self.d = x.XOpenDisplay(display.encode())
        if not self.d:
            raise OSError(f"cannot open X display {display}")
        self.root = x.XDefaultRootWindow(self.d)

    def toplevels(self):
        """Ids of the root window's children."""
        r, p = c_ulong(), c_ulong()
        kids, n = ctypes.POINTER(c_ulong)(), ctypes.c_uint()
        if not self.x.XQueryTree(self.d, self.root, ctypes.byref(r), ctypes.byref(p),
                                 ctypes.byref(kids), ctypes.byref(n)):
            return []
        ids = [kids[i] for i in range(n.value)]
        if kids:
            self.x.XFree(kids)
        return ids

    def geometry(self, w):
        """(x, y, width, height) of a viewable window, else None."""
        a = XWindowAttributes()
        if not self.x.XGetWindowAttributes(self.d, w, ctypes.byref(a)) or a.map_state != IS_VIEWABLE:
            return None
        return a.x, a.y, a.width, a.height

    def new_window(self, before):
        """The largest viewable top-level window not in before (bigger than
        a tooltip), else None."""
        best = None
        for w in self.toplevels():
            g = None if w in before else self.geometry(w)
            if g and g[2] > 64 and g[3] > 64 and (not best or g[2] * g[3] > best[1][2] * best[1][3]):
                best = (w, g)
        return best

    def picture(self, g):
        """(pixels, flat) of the screen area g: flat when one colour."""
        x, y, w, h = g
        img = self.x.XGetImage(self.d, self.root, max(x, 0), max(y, 0), w, h, 0xFFFFFFFF, ZPIXMAP)
        if not img:
            return None, True
        size = img.contents.bytes_per_line * img.contents.height
        px = max(img.contents.bits_per_pixel // 8, 1)
        data = ctypes.string_at(img.contents.data, size)
        destroy = ctypes.CFUNCTYPE(c_int, c_void_p)(img.contents.funcs[1])
        destroy(img)  # XDestroyImage is a macro for this
        flat = data == data[:px] * (len(data) // px)
        return data, flat


def watch_window(disp, prog, before, flat_ok=False, timeout_s=30.0):
    """Polls for prog's window: returns (mapped_ms, drawn_ms, window) from
    prog's launch; a part that never happened is None. flat_ok: a picture
    of one colour counts as drawn (the bare program draws only that)."""
    mapped = drawn = found = None
    last, since = None, None
    end = time.monotonic() + timeout_s
    while time.monotonic() < end and prog.proc.poll() is None:
        t = prog.since_launch()
        if not found:
            found = disp.new_window(before)
            mapped = t if found else None
        if found:
            g = disp.geometry(found[0]) or found[1]
            pixels, flat = disp.picture(g)
            if pixels != last:
                last, since = pixels, (None if flat and not flat_ok else t)
            elif since is not None and t - since >= STABLE_MS:
                drawn = since
                break
        time.sleep(POLL_MS / 1000.0)
    return mapped, drawn, found
