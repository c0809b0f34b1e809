"""Fewer garbage collections while the essays of one document are analysed.

CPython's cyclic collector runs a young-generation collection every 700 net allocations of container objects (the
first threshold of :func:`gc.get_threshold`), and every tenth of those a middle one; a full collection scans every
tracked object. Analysing a collection of many short essays allocates millions of short-lived containers while the
analysed essays stay alive (they are summarized together at the end), so the default schedule runs hundreds of
collections and a few full ones over an ever larger heap: measured on 2,400 essays of about 40 characters
(``benchmarks.adversarial``'s ``essays_5000``), 517 collections and 0.28 s of CPU, against 14 collections and
0.09 s with a first threshold of :data:`ESSAY_GC_THRESHOLD`. Nothing the analysis computes depends on when the
collector runs (it frees only unreachable cycles): the output is the same.

:func:`fewer_collections` raises the first threshold for the duration of a ``with`` block and restores it after;
nested and concurrent blocks (threads) share one raise, restored when the last one leaves. A collector that is
disabled, or whose first threshold is 0 (automatic collection off) or already higher, is left as it is.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["ESSAY_GC_THRESHOLD", "RELEASE_MIN_CHARS", "fewer_collections", "release_free_memory"]

#: First collector threshold (net container allocations between young collections) while essays are analysed.
ESSAY_GC_THRESHOLD = 20_000

_LOCK = threading.Lock()
_depth = 0
_saved: tuple[int, ...] | None = None


@contextmanager
def fewer_collections(threshold: int = ESSAY_GC_THRESHOLD) -> Iterator[None]:
    """Run the block with the collector's first threshold raised to ``threshold`` (allocations; at least the
    current one), restored when the last concurrent block leaves. Changes nothing when the collector is disabled or
    its first threshold is 0."""
    global _depth, _saved
    with _LOCK:
        if _depth == 0:
            current = gc.get_threshold()
            if gc.isenabled() and 0 < current[0] < threshold:
                _saved = current
                gc.set_threshold(threshold, *current[1:])
            else:
                _saved = None
        _depth += 1
    try:
        yield
    finally:
        with _LOCK:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None


#: A document of at least this many characters (its input text) has its freed memory handed back to the operating
#: system after it is summarized (:func:`release_free_memory`); so has the first document of a process, after the
#: imports (their compiled source, where no bytecode is cached, leaves some 20 MB of freed heap).
RELEASE_MIN_CHARS = 10_000

_released_once = False
#: glibc's ``malloc_trim`` once looked up: False (not yet), None (no glibc) or the ctypes function.
_trim: Any = False


def _malloc_trim() -> Any:
    """glibc's ``malloc_trim`` (a ctypes function), or None where the C library has none (musl, macOS, Windows)."""
    global _trim
    if _trim is False:
        try:
            import ctypes

            _trim = ctypes.CDLL(None).malloc_trim
            _trim.argtypes, _trim.restype = [ctypes.c_size_t], ctypes.c_int
        except (OSError, AttributeError):
            _trim = None
    return _trim


def release_free_memory(chars: int) -> bool:
    """Hand the C heap's free pages back to the operating system (glibc ``malloc_trim(0)``, about 2 ms) after a
    document of ``chars`` characters (its input text) is summarized and its analysis freed, when it had at least
    :data:`RELEASE_MIN_CHARS` characters or is the process's first document (mem28, issue 9). CPython's objects are
    freed to the C heap, which gives back only what lies at its top: without this, a worker's resident memory after
    a long document stays at that document's peak, and the next document's arrays (mapped afresh) add to it.
    Nothing is moved and no object changes: the output is the same. Returns whether it trimmed (False: a small
    document, or no glibc)."""
    global _released_once
    if chars < RELEASE_MIN_CHARS and _released_once:
        return False
    _released_once = True
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
