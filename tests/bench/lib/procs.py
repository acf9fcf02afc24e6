"""procs.py - launching a program for the benchmark and reading what the
kernel knows about it: its process tree, CPU time, memory, and the trace
lines it writes (FACEMAP_TRACE, see src/shell/trace.h).

A program is started in a session of its own, so that every process it
starts (even one that leaves its parent, like a daemon) is found again: the
"tree" is every process whose session is the program's, or whose ancestor
is the program."""

import json
import os
import signal
import subprocess
import time

TICKS = os.sysconf("SC_CLK_TCK")


def now_ms():
    """CLOCK_MONOTONIC in ms: the clock trace.c's "mono" uses."""
    return time.clock_gettime(time.CLOCK_MONOTONIC) * 1000.0


def _stat(pid):
    """Fields of /proc/PID/stat after the command name (index 0 = state),
    or None when the process is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            text = f.read()
    except OSError:
        return None
    return text[text.rfind(")") + 2:].split()


def tree(root):
    """Every live pid in root's session or below root."""
    pids, parent = [], {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            st = _stat(int(name))
            if st:
                parent[int(name)] = (int(st[1]), int(st[3]))  # ppid, session
    for pid, (ppid, sid) in parent.items():
        p, seen = pid, 0
        while p > 1 and p != root and seen < 64:
            p, seen = parent.get(p, (0, 0))[0], seen + 1
        if p == root or sid == root:
            pids.append(pid)
    return pids


def cpu_ticks(pids):
    """utime + stime of the processes, in clock ticks."""
    total = 0
    for pid in pids:
        st = _stat(pid)
        if st:
            total += int(st[11]) + int(st[12])
    return total


def _kib(path, key):
    try:
        with open(path) as f:
            for line in f:
                if line.startswith(key):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def memory(pids):
    """(PSS, peak RSS) in MiB summed over the processes, and their count."""
    pss = sum(_kib(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids)
    hwm = sum(_kib(f"/proc/{p}/status", "VmHWM:") for p in pids)
    return pss / 1024.0, hwm / 1024.0, len(pids)


class Program:
    """One launched program: its Popen, launch time, trace file and tree."""

    def __init__(self, argv, env, trace_path, log_path):
        self.trace_path = trace_path
        if os.path.exists(trace_path):
            os.unlink(trace_path)
        full_env = dict(os.environ, **env, FACEMAP_TRACE=trace_path)
        self.log = open(log_path, "ab")
        self.t0 = now_ms()
        self.proc = subprocess.Popen(argv, env=full_env, stdin=subprocess.DEVNULL,
                                     stdout=self.log, stderr=self.log,
                                     start_new_session=True)
        self.pid = self.proc.pid

    def since_launch(self):
        return now_ms() - self.t0

    def sleep_until(self, ms_after_launch):
        delay = ms_after_launch - self.since_launch()
        if delay > 0:
            time.sleep(delay / 1000.0)

    def trace(self):
        """The trace lines written so far, as dicts."""
        lines = []
        try:
            with open(self.trace_path) as f:
                for line in f:
                    if line.strip().endswith("}"):
                        lines.append(json.loads(line))
        except OSError:
            pass
        return lines

    def wait_mark(self, name, timeout_s=30.0):
        """ms from launch to the trace mark, or None when it never came."""
        end = time.monotonic() + timeout_s
        while time.monotonic() < end:
            for t in self.trace():
                if t.get("trace") == name:
                    return t["mono"] - self.t0
            if self.proc.poll() is not None:
                return None
            time.sleep(0.005)
        return None

    def tree(self):
        return tree(self.pid)

    def cpu_percent(self, window_s, extra_pids=()):
        """% of one core used by the tree (and, separately, extra_pids such
        as the X server) over the next window_s seconds."""
        pids = self.tree()
        a, x = cpu_ticks(pids), cpu_ticks(extra_pids)
        t = time.monotonic()
        time.sleep(window_s)
        pids = set(pids) | set(self.tree())
        b, y = cpu_ticks(pids), cpu_ticks(extra_pids)
        secs = time.monotonic() - t
        return 100.0 * (b - a) / TICKS / secs, 100.0 * (y - x) / TICKS / secs

    def stop(self, grace_s=5.0):
        """SIGTERM to the program (SDL turns it into SDL_QUIT; a browser
        ends its own children), then SIGKILL to its whole process group
        and to whatever is left of its tree; returns the exit code."""
        for kill in (lambda: os.kill(self.pid, signal.SIGTERM),
                     lambda: os.killpg(self.pid, signal.SIGKILL)):
            try:
                kill()
            except ProcessLookupError:
                break
            try:
                self.proc.wait(grace_s)
                break
            except subprocess.TimeoutExpired:
                continue
        time.sleep(0.2)  # let children see their parent go
        for pid in tree(self.pid):  # children that outlived the leader
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        self.log.close()
        return self.proc.wait()

    def wait(self, timeout_s):
        """Waits for a program that ends by itself (a replay)."""
        try:
            rc = self.proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            rc = self.stop()
        if not self.log.closed:
            self.log.close()
        return rc
