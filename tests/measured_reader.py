"""`reader` as the fault suite runs it: the same command, which also leaves its peak memory in the file
named by $READER_PEAK_FILE when it exits.

The peak is VmHWM, the high-water mark of this process's own memory since it started. wait4's ru_maxrss
would not do: Linux carries the parent's resident size across fork and exec into it, so every child of
the (large) test process would seem as large as pytest.
"""

from __future__ import annotations

import atexit
import os
import resource
import runpy
from pathlib import Path


def leave_peak() -> None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            kilobytes = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except OSError:  # no /proc: the whole-life maximum is the best there is
        kilobytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    Path(os.environ["READER_PEAK_FILE"]).write_text(str(kilobytes))


atexit.register(leave_peak)
runpy.run_module("reader", run_name="__main__")
