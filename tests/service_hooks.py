"""Jobs and worker start-up hooks that misbehave on purpose, for the tests of the service's worker processes.

They live in an importable module (not in a test function) because a worker process imports the function it is
sent, and runs the start-up hook given to ``create_app(worker_initializer=...)``. ``tests/`` is on the workers'
``sys.path`` (the spawn start method passes the parent's).
"""

from __future__ import annotations

import os
import time
from typing import Any

#: A text starting with this makes the patched summary sleep (see :func:`slow_marked_summaries`).
SLOW = "SLOW-SUMMARY"
#: A text starting with this makes the patched summary raise a bug (see :func:`slow_marked_summaries`).
BUG = "BUG-SUMMARY"
#: A text starting with this makes the patched summary hold the CPU (see :func:`slow_marked_summaries`).
SPIN = "SPIN-SUMMARY"


def sleep_job(seconds: float, value: Any = None) -> Any:
    time.sleep(seconds)
    return value


def spin_job(seconds: float) -> int:
    """Hold the CPU (and this process's GIL) for ``seconds``."""
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        n += 1
    return n


def exit_job(code: int = 3) -> None:
    os._exit(code)


def pid_job() -> int:
    return os.getpid()


def gc_job() -> tuple[int, int]:
    """The worker's young-generation threshold and how many objects its collector holds frozen."""
    import gc

    return gc.get_threshold()[0], gc.get_freeze_count()


def raise_job(message: str) -> None:
    raise ZeroDivisionError(message)


def unpicklable_result_job() -> Any:
    return lambda: None


def failing_initializer() -> None:
    raise RuntimeError("cannot start")


def slow_marked_summaries() -> None:
    """Worker start-up hook: ``summarize_text`` (and a batch document's record) of a text starting with :data:`SLOW`
    sleeps 3,600 s, with :data:`SPIN` holds the CPU for 3,600 s, with :data:`BUG` raises ZeroDivisionError; other
    texts are summarized as usual."""
    import service.jobs as jobs

    real = jobs.summarize_text

    def patched(text, *args, **kwargs):
        if text.startswith(SLOW):
            time.sleep(3600)
        if text.startswith(SPIN):
            spin_job(3600)
        if text.startswith(BUG):
            raise ZeroDivisionError("boom")
        return real(text, *args, **kwargs)

    jobs.summarize_text = patched
    import summarizer.batch as batch

    real_record = batch.summarize_text_record

    def patched_record(task_id, text, **kwargs):
        if text.startswith(SLOW):
            time.sleep(3600)
        return real_record(task_id, text, **kwargs)

    batch.summarize_text_record = patched_record
    real_batch_record = jobs._batch_record  # (what POST /v1/summarize/batch calls per document)

    def patched_batch_record(doc_id, text, *args, **kwargs):
        if text.startswith(SLOW):
            time.sleep(3600)
        return real_batch_record(doc_id, text, *args, **kwargs)

    jobs._batch_record = patched_batch_record
