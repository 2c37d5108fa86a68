"""What keeps a worker process bounded: a time limit on each message, and an end when its parent ends."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from intake.understand import language

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


class TimeLimit(BaseException):
    """Processing one message took longer than worker_time_limit.

    A BaseException, so that no `except Exception` on the way (a parser keeping the raw text of a header it
    cannot decode, say) swallows it and carries on past the limit.
    """


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt Python-level work after `seconds`; the supervisor kills what even this cannot stop."""

    def _raise(_signum, _frame):
        if language.loading():
            # The worker loads the language models beside its first messages (worker.main): that wait is the
            # start's, not the message's: the limit starts again from now.
            signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
            return
        raise TimeLimit(f"processing took longer than {seconds:g} s (INTAKE_WORKER_TIME_LIMIT)")

    previous = signal.signal(signal.SIGALRM, _raise)
    # It fires again every second after the limit, in case a bare `except:` somewhere swallowed the first one.
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


PR_SET_NAME = 15
WORKER_NAME = b"intake-worker"


def die_with_parent(parent: int) -> None:
    """End this process when `intake run` ends, even by kill -9: an orphan worker would race the next one.

    Linux delivers SIGKILL on the parent's death (prctl PR_SET_PDEATHSIG); elsewhere, or should that fail, a
    thread notices within a second that the parent is gone (we were re-parented).
    """
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        # The name ps, top and /proc/PID/comm show: a forked worker would otherwise look like `intake run` itself.
        libc.prctl(PR_SET_NAME, WORKER_NAME, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: the watch below is enough
    if os.getppid() != parent:  # it died before the prctl took effect
        os._exit(1)

    def _watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=_watch, name="parent-watch", daemon=True).start()
