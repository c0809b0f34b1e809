"""The JSONL protocol between the benchmark runner and one worker process (standard library only).

Every worker (``*_worker.py`` next to this file) runs inside its own interpreter — a peer's isolated virtual
environment, or ours — and imports this file as a sibling module, so it must work on any Python >= 3.8.

* stdin: one JSON object per line, ``{"id": str, "text": str, "k": int, "budget": int | null}``: summarize
  ``text`` into ``k`` sentences; ``budget`` is the character budget the runner will cut the output to (a worker
  may use it or ignore it, as its published API allows).
* stdout: one JSON object per request, in order, ``{"id", "summary": str, "sentences": [str], "seconds": float}``
  plus ``"error": str`` when the document failed (``summary`` is then ``""``) and an optional ``"extra"`` object.
  ``sentences`` are the selected sentences in document order, ``summary`` is their concatenation, ``seconds``
  is the wall-clock time in seconds (``time.perf_counter``) of the system's own call for this document,
  excluding reading and writing JSON; ``cpu_seconds`` the CPU time of the worker process in that call
  (``time.process_time``, seconds), less disturbed by other load on the machine.

Control request: ``{"id": "__stats__"}`` is answered with ``{"id": "__stats__", "summary": "", "sentences": [],
"seconds": 0.0, "extra": {"peak_rss_bytes", "rss_bytes", "source"}}``: the worker's own peak and current resident
set size in bytes, read from ``/proc/self/status`` (``VmHWM``/``VmRSS``: the high-water mark of *this* program's
memory, reset at exec). ``getrusage().ru_maxrss`` is only a fallback (other systems): on Linux a child inherits
its parent's high-water mark across fork + exec, so it reports at least the runner's size.

Library output cannot corrupt the protocol: file descriptor 1 is pointed at stderr before the library runs,
and responses go to a private duplicate of the original stdout. The worker exits at the end of stdin.
"""

import io
import json
import os
import sys
import time


def document_order(text, sentences):
    """Return ``sentences`` sorted by where they first occur in ``text`` (not found: after the others)."""
    def key(item):
        pos = text.find(item[1])
        return (pos if pos >= 0 else len(text), item[0])

    return [s for _, s in sorted(enumerate(sentences), key=key)]


def memory_stats():
    """Peak and current RSS of this process in bytes: ``{"peak_rss_bytes", "rss_bytes", "source"}``."""
    try:
        with open("/proc/self/status") as fh:
            fields = dict(line.split(":", 1) for line in fh if ":" in line)
        peak, rss = (int(fields[key].split()[0]) * 1024 for key in ("VmHWM", "VmRSS"))  # "1234 kB"
        return {"peak_rss_bytes": peak, "rss_bytes": rss, "source": "/proc/self/status VmHWM"}
    except (OSError, KeyError, ValueError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak = peak if sys.platform == "darwin" else peak * 1024
        return {"peak_rss_bytes": peak, "rss_bytes": None, "source": "getrusage ru_maxrss (inherits the parent's)"}


def _private_stdout():
    fd = os.dup(1)
    sys.stdout.flush()
    os.dup2(2, 1)  # anything the library prints now goes to stderr
    return open(fd, "w", encoding="utf-8", newline="\n")


def serve(summarize):
    """Answer requests from stdin until it closes.

    ``summarize(text, k, budget)`` returns the selected sentences (a list of str, document order) or a dict
    ``{"sentences": [...], "summary": str (optional), "extra": {...} (optional)}``. An exception fails only
    that document: it is answered with ``summary == ""`` and ``error``.
    """
    out = _private_stdout()
    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8")
    for line in stdin:
        if not line.strip():
            continue
        req = json.loads(line)
        if req.get("id") == "__stats__":
            resp = {"id": "__stats__", "summary": "", "sentences": [], "seconds": 0.0, "extra": memory_stats()}
            out.write(json.dumps(resp) + "\n")
            out.flush()
            continue
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            result = summarize(req["text"], req.get("k"), req.get("budget"))
            seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
            if not isinstance(result, dict):
                result = {"sentences": list(result)}
            sentences = [str(s) for s in result.get("sentences", [])]
            resp = {
                "id": req["id"],
                "summary": result.get("summary", "".join(sentences)),
                "sentences": sentences,
                "seconds": seconds,
                "cpu_seconds": cpu,
            }
            if result.get("extra"):
                resp["extra"] = result["extra"]
        except Exception as exc:  # noqa: BLE001 - one failed document never ends the worker
            seconds = time.perf_counter() - t0
            resp = {"id": req["id"], "summary": "", "sentences": [], "seconds": seconds,
                    "cpu_seconds": time.process_time() - c0,
                    "error": f"{type(exc).__name__}: {exc}"[:500]}
        out.write(json.dumps(resp, ensure_ascii=False) + "\n")
        out.flush()
