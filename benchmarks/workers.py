"""Driving one worker process over the JSONL protocol (see ``benchmarks/peers/_protocol.py``), with its memory.

A :class:`Worker` is one subprocess: requests are written one at a time and each answer is awaited with a
timeout (a reader thread feeds a queue, so a hung worker is killed instead of hanging the run). Its memory is
asked for with the protocol's ``__stats__`` request: the worker's own peak resident set size (``VmHWM`` in
``/proc/self/status``, bytes). ``os.wait4``'s / ``RUSAGE_CHILDREN``'s ``ru_maxrss`` is *not* used: on Linux a
child inherits its parent's high-water mark across fork + exec (a ``python -c pass`` started by a 500 MiB parent
reports 500 MiB), so every worker would report at least the runner's size. No error of a worker — failing to
start, crashing, hanging, answering garbage — is raised past :func:`run_documents`: it is recorded.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Response", "Worker", "WorkerError", "idle_rss", "run_documents", "worker_env"]

WARMUP_ID = "__warmup__"
STATS_ID = "__stats__"
#: A short text every worker summarizes once before any timed document (loads dictionaries, JIT caches).
WARMUP_TEXT = (
    "基层治理是国家治理的基石。各地要坚持问题导向，补齐公共卫生应急管理短板。"
    "要完善社区网格化管理，推动大数据在疫情防控中的应用。群众参与的积极性还有待提高！"
)


class WorkerError(RuntimeError):
    """A worker failed to start, died, timed out or broke the protocol; ``kind`` says which."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind = kind


def worker_env(extra_pythonpath: str | None = None, isolated: bool = True) -> dict[str, str]:
    """Environment of a worker: one BLAS/OpenMP thread (single-process numbers), no inherited PYTHONPATH for an
    isolated peer (``PYTHONNOUSERSITE`` too), ``extra_pythonpath`` prepended for ours."""
    env = {k: v for k, v in os.environ.items() if not (isolated and k in ("PYTHONPATH", "PYTHONHOME"))}
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
        env[var] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONUNBUFFERED"] = "1"
    if isolated:
        env["PYTHONNOUSERSITE"] = "1"
    if extra_pythonpath:
        env["PYTHONPATH"] = extra_pythonpath + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


@dataclass
class Response:
    """One answer: ``summary``/``sentences`` as the worker sent them, ``seconds`` its own wall-clock time and
    ``cpu_seconds`` its process CPU time for the document (seconds)."""

    id: str
    summary: str
    sentences: list[str]
    seconds: float
    error: str | None = None
    extra: dict = field(default_factory=dict)
    cpu_seconds: float | None = None


class Worker:
    """One worker process. ``argv``: the command; ``env``: its environment; ``cwd``: its working directory."""

    def __init__(self, argv: Sequence[str], env: dict[str, str] | None = None, cwd: str | Path | None = None) -> None:
        self.argv = list(argv)
        self.env = env
        self.cwd = str(cwd) if cwd else None
        self.proc: subprocess.Popen | None = None
        self._lines: queue.Queue = queue.Queue()
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the worker (stderr tail)
        self.exit_code: int | None = None
        self.peak_rss: int | None = None  # bytes, from the last __stats__ answer
        self.started_at = 0.0

    def start(self) -> None:
        """Start the process. Raises :class:`WorkerError` ("start") if it cannot be executed."""
        try:
            self.proc = subprocess.Popen(
                self.argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr,
                env=self.env, cwd=self.cwd,
            )
        except OSError as exc:
            raise WorkerError("start", f"cannot run {self.argv[0]}: {exc}") from exc
        self.started_at = time.perf_counter()
        threading.Thread(target=self._read, args=(self.proc.stdout,), daemon=True).start()

    def _read(self, stream) -> None:
        try:
            for raw in stream:
                self._lines.put(raw)
        finally:
            self._lines.put(None)

    def stderr_tail(self, chars: int = 1500) -> str:
        """The last ``chars`` characters the process wrote to stderr."""
        self._stderr.flush()
        self._stderr.seek(0, os.SEEK_END)
        size = self._stderr.tell()
        self._stderr.seek(max(0, size - 4 * chars))
        return self._stderr.read().decode("utf-8", "replace")[-chars:].strip()

    def request(self, doc_id: str, text: str, k: int, budget: int | None, timeout: float) -> Response:
        """Send one document and wait at most ``timeout`` seconds for its answer.

        Raises :class:`WorkerError` ("died", "timeout" or "protocol"); after it the worker is unusable (it has
        been killed and reaped).
        """
        assert self.proc is not None and self.proc.stdin is not None
        line = json.dumps({"id": doc_id, "text": text, "k": k, "budget": budget}, ensure_ascii=False) + "\n"
        try:
            self.proc.stdin.write(line.encode("utf-8"))
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError):
            self._finish(kill=True)
            raise WorkerError("died", self._death_note()) from None
        try:
            raw = self._lines.get(timeout=timeout)
        except queue.Empty:
            self._finish(kill=True)
            raise WorkerError("timeout", f"no answer for document {doc_id!r} within {timeout:.0f} s") from None
        if raw is None:
            self._finish(kill=True)
            raise WorkerError("died", self._death_note())
        try:
            obj = json.loads(raw.decode("utf-8"))
            if obj.get("id") != doc_id:
                raise ValueError(f"answer for {obj.get('id')!r}, expected {doc_id!r}")
            return Response(
                id=doc_id, summary=str(obj.get("summary") or ""), sentences=[str(s) for s in obj.get("sentences") or []],
                seconds=float(obj["seconds"]), error=obj.get("error"), extra=obj.get("extra") or {},
                cpu_seconds=float(obj["cpu_seconds"]) if obj.get("cpu_seconds") is not None else None,
            )
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            self._finish(kill=True)
            raise WorkerError("protocol", f"bad answer line {raw[:200]!r}: {exc}") from None

    def _death_note(self) -> str:
        return f"worker exited with status {self.exit_code}; stderr: {self.stderr_tail() or '(empty)'}"

    def memory(self, timeout: float = 60.0) -> int | None:
        """Ask the worker for its peak RSS (bytes, ``VmHWM``) so far; ``None`` if it cannot answer.
        Raises :class:`WorkerError` like :meth:`request`."""
        resp = self.request(STATS_ID, "", 0, None, timeout=timeout)
        peak = resp.extra.get("peak_rss_bytes")
        self.peak_rss = int(peak) if peak is not None else None
        return self.peak_rss

    def _finish(self, kill: bool, timeout: float = 30.0) -> None:
        if self.proc is None or self.exit_code is not None:
            return
        if not kill:
            try:
                self.proc.stdin.close()
            except OSError:
                pass
            try:
                self.exit_code = self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                kill = True
        if kill:
            self.proc.kill()
            self.exit_code = self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()
            except (OSError, ValueError):
                pass

    def close(self, timeout: float = 30.0) -> int | None:
        """Close stdin and let the worker exit (killed after ``timeout`` seconds); return its exit code."""
        self._finish(kill=False, timeout=timeout)
        return self.exit_code


def idle_rss(argv: Sequence[str], env: dict[str, str] | None, cwd: str | Path | None = None,
             timeout: float = 120.0) -> tuple[int | None, int | None, str]:
    """Peak RSS in bytes of an *idle* worker: started, its imports done, asked for its memory before any document.

    Returns (exit code, peak RSS bytes or ``None``, stderr tail). A non-zero exit code means the worker cannot
    even start.
    """
    w = Worker(argv, env, cwd)
    try:
        w.start()
        rss = w.memory(timeout=timeout)
    except WorkerError:
        rss = None
    code = w.close(timeout=timeout)
    return code, rss, w.stderr_tail()


def run_documents(
    make_worker: Callable[[], Worker],
    docs: Iterable[tuple[str, str, int, int | None]],
    timeout: float,
    on_done: Callable[[], None] | None = None,
    max_restarts: int = 3,
    stats_every: int = 25,
    on_answer: Callable[[str, Response], None] | None = None,
) -> tuple[dict[str, Response], list[dict], list[int], float | None]:
    """Run ``docs`` (id, text, k, budget) through a worker, restarting it after a crash or timeout.

    ``docs`` is consumed lazily (a generator may decide on more documents from the answers it has seen through
    ``on_answer``). Every (re)started worker first summarizes :data:`WARMUP_TEXT` (not timed into the results).
    Returns (answers by id, errors [{"id", "kind", "message"}], peak RSS bytes of every process that could
    still answer ``__stats__`` (a crashed or killed process has none), seconds from the first start to the
    first warm-up answer or ``None``). A document that kills or hangs the worker is answered with nothing and
    listed in the errors; after ``max_restarts`` restarts, or when the worker cannot summarize the warm-up text,
    the remaining documents are listed as skipped. The worker's peak RSS is asked every ``stats_every``
    documents and at the end.
    """
    answers: dict[str, Response] = {}
    errors: list[dict] = []
    peaks: list[int] = []
    ready: float | None = None
    worker: Worker | None = None
    restarts = 0
    given_up: str | None = None
    done = 0

    def retire(w: Worker, ask: bool = False) -> None:
        peak = w.peak_rss  # the last answer to __stats__, if any
        if ask:
            try:
                w.memory()
            except WorkerError:
                pass
        w.close(timeout=30.0)
        if w.peak_rss is not None or peak is not None:
            peaks.append(max(p for p in (w.peak_rss, peak) if p is not None))

    for doc_id, text, k, budget in docs:
        if worker is None and given_up is None:
            if restarts > max_restarts:
                given_up = f"worker failed {restarts} times"
            else:
                worker = make_worker()
                try:
                    worker.start()
                    warm = worker.request(WARMUP_ID, WARMUP_TEXT, 2, 60, timeout=max(timeout, 300.0))
                    if ready is None:
                        ready = time.perf_counter() - worker.started_at
                    if warm.error:
                        raise WorkerError("warm-up", warm.error)
                except WorkerError as exc:
                    retire(worker)
                    worker = None
                    errors.append({"id": WARMUP_ID, "kind": exc.kind, "message": str(exc)})
                    # a worker that cannot summarize the warm-up text will not summarize anything: give up
                    given_up = "worker failed to start"
        if given_up is not None:
            errors.append({"id": doc_id, "kind": "skipped", "message": given_up})
        else:
            try:
                answers[doc_id] = worker.request(doc_id, text, k, budget, timeout=timeout)
                if answers[doc_id].error:
                    errors.append({"id": doc_id, "kind": "error", "message": answers[doc_id].error})
                if on_answer:
                    on_answer(doc_id, answers[doc_id])
            except WorkerError as exc:
                errors.append({"id": doc_id, "kind": exc.kind, "message": str(exc)[:1500]})
                retire(worker)
                worker = None
                restarts += 1
            done += 1
            if worker is not None and done % stats_every == 0:
                try:  # keep a recent peak in case a later document kills the process
                    worker.memory()
                except WorkerError as exc:
                    errors.append({"id": STATS_ID, "kind": exc.kind, "message": str(exc)[:1500]})
                    retire(worker)
                    worker = None
                    restarts += 1
        if on_done:
            on_done()
    if worker is not None:
        retire(worker, ask=True)
    return answers, errors, peaks, ready
