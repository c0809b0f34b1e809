"""Worker processes of the service: CPU-bound jobs run outside the server process, and a stuck job is killed.

:class:`WorkerPool` keeps ``size`` worker processes (``multiprocessing`` with the *spawn* start method: a fresh
interpreter, no copy of the server's threads or sockets). Each worker runs the ``initializer`` once (the service
loads the jieba dictionary and any configured seq2seq model there), then takes one job at a time over its own
pipe: ``fn(*args, **kwargs)`` with ``fn`` a module-level function (pickled by reference), and sends back the
result or the exception.

* At most ``size`` jobs run at once and ``max_queued`` more wait; one more gets :class:`BusyError` (503).
* A job not finished ``timeout_s`` seconds after it was accepted (waiting included) gets :class:`JobTimeoutError`
  (504). A waiting job is dropped; a running job's process is killed (SIGKILL) and a new worker is started in
  its place, so a 504 really frees the CPU and the slot.
* A worker that dies during a job (out of memory, a crash in C code) fails that job with
  :class:`WorkerDiedError` (500) and is replaced the same way.

The server's event loop only waits on futures: one thread per worker does the pipe I/O (pickling, sending,
receiving) and a watchdog thread enforces the timeouts, so ``/healthz`` and ``/metrics`` answer at once however
busy the workers are. The pool is not tied to one event loop: every job's future belongs to the loop that
submitted it (the results are posted to it with ``call_soon_threadsafe``).

Why not :class:`concurrent.futures.ProcessPoolExecutor`: it cannot stop one running job (``cancel`` only drops
jobs that have not started; killing one of its processes breaks the whole pool). ``pebble.ProcessPool`` can,
but starts one process per job or needs ``max_tasks`` tuning, and has no bounded queue or readiness view; this
module is small and tested (``tests/test_service_workers.py``).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable
from typing import Any

from service.errors import BusyError, JobTimeoutError, ServiceError
from summarizer.gcpolicy import ESSAY_GC_THRESHOLD

log = logging.getLogger("summarizer.service")

__all__ = ["UNGUARDED_MAIN_EXIT", "UnguardedMainError", "WorkerPool", "WorkerDiedError", "WorkerStatus"]


class WorkerDiedError(ServiceError):
    """The worker process computing the job died (killed by the system, or a crash): HTTP 500."""

    status_code = 500
    code = "worker_died"


class UnguardedMainError(ServiceError):
    """The worker processes cannot start: the program's main module starts the service (or a pool) when it is
    imported, with no ``if __name__ == "__main__":`` guard, so each *spawned* worker, which imports the main module
    again, would start a pool of its own. Raised once, by :meth:`WorkerPool.run`, :meth:`WorkerPool.wait_ready` and
    the service's start-up; the pool starts no more workers."""

    status_code = 500
    code = "unguarded_main"


#: Exit status of a worker process that was asked to start a pool while it was still importing the main module
#: (:func:`_exit_if_bootstrapping`); the server reads it as :class:`UnguardedMainError`. 78 is ``EX_CONFIG`` of
#: sysexits.h: the program, not the input, is wrong.
UNGUARDED_MAIN_EXIT = 78
UNGUARDED_MAIN_MESSAGE = (
    "the worker processes cannot start: the program's main module starts the service when it is imported, and "
    "every worker process (multiprocessing 'spawn' start method) imports it again. Put the code that builds and "
    "runs the app under  if __name__ == \"__main__\":  (or run `summarizer serve`)")


def _main_without_file(start_method: str) -> str | None:
    """The message of a pool that can never start a worker because the main module has a file name but no file
    (``python - <<EOF``: ``__main__.__file__`` is ``<stdin>``): a ``spawn``/``forkserver`` worker runs that file
    again first and fails, and was retried every second for ever while requests waited for their 504. ``None`` when
    the workers can import the main module (a script file, ``python -c``, a notebook, or the ``fork`` method)."""
    if start_method == "fork":
        return None
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if not isinstance(path, str) or os.path.exists(path):
        return None
    return (f"the worker processes cannot start: the program's main module was read from {path!r}, not from a "
            "file, and every worker process (multiprocessing 'spawn' start method) runs the main module's file "
            "again. Save the program as a .py file (code that builds and runs the app under  if __name__ == "
            "\"__main__\": ), or run `summarizer serve`")


def _exit_if_bootstrapping() -> None:
    """In a worker process that is still importing the program's main module (``multiprocessing`` sets
    ``current_process()._inheriting`` there: the check its own ``spawn`` makes before refusing to start a process),
    exit at once with :data:`UNGUARDED_MAIN_EXIT` instead of starting a pool of workers of its own, which would fail
    and retry for ever. The server sees the status and stops with one :class:`UnguardedMainError`. Elsewhere a
    no-op."""
    if getattr(multiprocessing.current_process(), "_inheriting", False):
        os._exit(UNGUARDED_MAIN_EXIT)


class _RemoteTraceback(Exception):
    """The traceback of an exception raised in a worker, attached as the ``__cause__`` of the re-raised one."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def __str__(self) -> str:
        return self.text


# ------------------------------------------------------------------------------------------ in the worker


#: The worker's cyclic garbage collector runs its youngest generation after this many net allocations of container
#: objects (Python's default: 700). A summary allocates tens of thousands of short-lived objects that reference
#: counting frees; with the default, each job triggered about five young and every thirtieth job a full collection
#: (tens of milliseconds over every object the process holds: the latency tail). Memory: at most this many
#: objects of cyclic garbage wait for a collection. The same value as the library's own raise during one
#: ``summarize()`` call (:data:`summarizer.gcpolicy.ESSAY_GC_THRESHOLD`); a worker keeps it between jobs too.
GC_YOUNG_THRESHOLD = ESSAY_GC_THRESHOLD


def _settle_heap() -> None:
    """Collect the garbage, then move every object still alive (modules, dictionaries, lexicons and compiled
    patterns loaded so far) to the collector's permanent generation (:func:`gc.freeze`): later collections no longer
    walk them. Objects created later are collected as usual."""
    gc.collect()
    gc.freeze()


def _worker_main(conn: Any, initializer: Callable[..., Any] | None, initargs: tuple[Any, ...]) -> None:
    """Body of a worker process: run ``initializer``, say ready, then answer jobs until the pipe closes. The
    collector's thresholds are raised (:data:`GC_YOUNG_THRESHOLD`) and the heap settled (:func:`_settle_heap`)
    after the initializer and again after the first job (which loads what the pipeline reads on first use), once
    its answer has been sent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the server stops us
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    try:
        info = initializer(*initargs) if initializer is not None else None
    except BaseException as exc:  # noqa: BLE001 - reported to the server, which logs it
        conn.send(("init_error", f"{type(exc).__name__}: {exc}", traceback.format_exc()))
        return
    _settle_heap()
    conn.send(("ready", os.getpid(), info))
    jobs_done = 0
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return  # the server closed the pipe (or died)
        except Exception as exc:  # noqa: BLE001 - a job that cannot be unpickled here
            conn.send(("error", RuntimeError(f"the job could not be read in the worker: {exc!r}"), traceback.format_exc()))
            continue
        if message is None:
            return
        fn, args, kwargs = message
        try:
            reply: tuple[Any, ...] = ("ok", fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - sent back and re-raised in the server
            reply = ("error", exc, traceback.format_exc())
        try:
            conn.send(reply)
        except (OSError, EOFError):
            return
        except Exception as exc:  # noqa: BLE001 - an unpicklable result or exception
            tb = reply[2] if reply[0] == "error" else traceback.format_exc()
            conn.send(("error", RuntimeError(f"the job's {'exception' if reply[0] == 'error' else 'result'} could "
                                             f"not be sent back: {exc!r}"), tb))
        jobs_done += 1
        if jobs_done == 1:
            del message, fn, args, kwargs, reply  # (the job's own objects are not kept)
            _settle_heap()  # (its answer has gone out: this costs the request nothing)


# ------------------------------------------------------------------------------------------ in the server


class _Job:
    """One submitted job: the call, its future (on the submitter's loop) and its deadline (monotonic seconds)."""

    __slots__ = ("fn", "args", "kwargs", "loop", "future", "deadline", "worker", "started", "done")

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any],
                 loop: asyncio.AbstractEventLoop, deadline: float) -> None:
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.loop = loop
        self.future: asyncio.Future[Any] = loop.create_future()
        self.deadline = deadline
        self.worker: _Worker | None = None
        self.started: float | None = None
        self.done = False


class WorkerStatus(dict):
    """A snapshot of the pool (a dict): ``workers`` (configured), ``ready`` (started and idle or busy),
    ``idle``, ``busy``, ``starting`` (spawning or loading), ``stuck`` (busy with one job for more than
    ``stuck_after_s`` seconds), ``queued``, ``in_flight``, ``capacity``, ``replaced`` (workers killed or died and
    replaced since start) and ``pids`` (of the ready workers)."""


class _Worker:
    """One worker process and the thread that does its pipe I/O (all pipe traffic happens on that thread)."""

    def __init__(self, pool: WorkerPool, number: int) -> None:
        self.pool = pool
        self.number = number
        self.process: Any = None
        self.pid: int | None = None
        self.ready = False
        self.retired = False  # killed, died or closed: its late messages are ignored
        self.job: _Job | None = None
        self.inbox: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self.conn: Any = None
        self.started = threading.Event()  # set once the process exists (kill may be called)
        self.thread = threading.Thread(target=self._io, name=f"summarizer-worker-{number}-io", daemon=True)
        self.thread.start()

    def _io(self) -> None:
        pool = self.pool
        ctx = pool._context
        try:
            ours, theirs = ctx.Pipe(duplex=True)
            self.process = ctx.Process(target=_worker_main, args=(theirs, pool._initializer, pool._initargs),
                                       name=f"summarizer-worker-{self.number}", daemon=True)
            self.process.start()
            theirs.close()
            self.conn = ours
            self.pid = self.process.pid
        except Exception as exc:  # noqa: BLE001 - e.g. out of processes: retried by the pool
            self.started.set()
            pool._on_init_failed(self, f"cannot start a worker process: {exc!r}", "")
            return
        self.started.set()
        try:
            message = self.conn.recv()
        except (EOFError, OSError):
            self._reap()
            code = self.process.exitcode
            if code == UNGUARDED_MAIN_EXIT:
                pool._on_unguarded_main(self)
                return
            pool._on_init_failed(self, f"the worker process exited while starting (exit code {code})", "")
            return
        if message[0] != "ready":
            self._reap()
            pool._on_init_failed(self, message[1], message[2])
            return
        pool._on_ready(self, message[2])
        while True:
            job = self.inbox.get()
            if job is None:
                break
            try:
                self.conn.send((job.fn, job.args, job.kwargs))
            except (OSError, EOFError):
                break
            except Exception as exc:  # noqa: BLE001 - arguments that cannot be pickled: the job's error
                pool._on_result(self, job, ("error", exc, traceback.format_exc()))
                continue
            try:
                reply = self.conn.recv()
            except (EOFError, OSError):
                break
            except Exception as exc:  # noqa: BLE001 - a result that cannot be unpickled here
                reply = ("error", RuntimeError(f"the job's answer could not be read: {exc!r}"), traceback.format_exc())
            pool._on_result(self, job, reply)
        self._reap()
        pool._on_died(self)

    def _reap(self) -> None:
        try:
            if self.conn is not None:
                self.conn.close()
        except OSError:
            pass
        if self.process is not None:
            self.process.join(5)
            if self.process.is_alive():
                self.process.kill()
                self.process.join(5)

    def kill(self) -> None:
        """Stop the process now (SIGKILL); the I/O thread then sees the pipe close and exits."""
        self.retired = True
        self.started.wait(30)
        if self.process is not None and self.process.pid is not None:
            try:
                self.process.kill()
            except (OSError, ValueError):
                pass
        self.inbox.put(None)


class WorkerPool:
    """A fixed number of worker processes with a bounded queue, a per-job timeout and replacement of stuck or
    dead workers (see the module docstring).

    Args:
        size: worker processes (jobs computed at once), at least 1.
        max_queued: jobs that may wait for a free worker; one more gets :class:`BusyError`.
        timeout_s: seconds from acceptance to answer (waiting included); then :class:`JobTimeoutError` and, for a
            running job, its worker is killed and replaced.
        initializer: module-level function run once in each new worker (its return value, which must pickle, is
            passed to ``on_ready``); ``initargs`` its arguments.
        on_ready: called in the server (on a pool thread) with the initializer's result each time a worker is
            ready.
        stuck_after_s: a worker busy with one job for longer than this counts as ``stuck`` in :meth:`status`.
        gauge: a prometheus Gauge of the jobs in flight, or None; ``restarts``: a Counter with a ``reason``
            label (``timeout``, ``died``), or None.
        start_method: the ``multiprocessing`` start method (``spawn`` by default; ``forkserver`` also works).
    """

    def __init__(self, size: int, max_queued: int, timeout_s: float, *,
                 initializer: Callable[..., Any] | None = None, initargs: tuple[Any, ...] = (),
                 on_ready: Callable[[Any], None] | None = None, stuck_after_s: float = 5.0,
                 gauge: Any = None, restarts: Any = None, start_method: str = "spawn") -> None:
        if size < 1:
            raise ValueError("a worker pool needs at least one worker")
        self.size = size
        self.max_queued = max_queued
        self.capacity = size + max_queued
        self.timeout_s = timeout_s
        self.stuck_after_s = stuck_after_s
        self._initializer = initializer
        self._initargs = initargs
        self._on_ready_hook = on_ready
        self._gauge = gauge
        self._restarts = restarts
        self._context = multiprocessing.get_context(start_method)
        self._lock = threading.RLock()
        self._wake = threading.Condition(self._lock)
        self._workers: list[_Worker] = []
        self._idle: deque[_Worker] = deque()
        self._pending: deque[_Job] = deque()
        self._in_flight = 0
        self._numbers = 0
        self._replaced = 0
        self._started = False
        self._closed = False
        self._ever_ready = threading.Event()
        self._all_ready = threading.Event()
        self._unguarded = False  # a worker exited with UNGUARDED_MAIN_EXIT: no worker can ever start
        self._watchdog: threading.Thread | None = None

    # ---------------------------------------------------------------- life cycle

    def start(self) -> None:
        """Start the workers and the watchdog (returns at once; :meth:`wait_ready` waits for the workers). After
        :meth:`close`, starts a new set."""
        _exit_if_bootstrapping()  # (a worker re-running an unguarded main module: it exits here, the server stops)
        with self._lock:
            if self._unguarded:
                raise UnguardedMainError(UNGUARDED_MAIN_MESSAGE)
            if self._started and not self._closed:
                return
            no_file = _main_without_file(self._context.get_start_method())
            if no_file is not None:
                raise UnguardedMainError(no_file)
            if self._closed:  # started again after close (an app whose lifespan runs twice): a fresh set of workers
                self._closed = False
                self._ever_ready.clear()
                self._all_ready.clear()
            self._started = True
            for _ in range(self.size):
                self._spawn()
            self._watchdog = threading.Thread(target=self._watch, name="summarizer-worker-watchdog", daemon=True)
            self._watchdog.start()

    def wait_ready(self, timeout_s: float) -> bool:
        """Block until every worker has started once (True) or ``timeout_s`` passed (False).

        Raises:
            UnguardedMainError: the workers cannot start (the main module starts the service at import)."""
        ready = self._all_ready.wait(timeout_s)
        if self._unguarded:
            raise UnguardedMainError(UNGUARDED_MAIN_MESSAGE)
        return ready

    def close(self) -> None:
        """Stop every worker; jobs still waiting or running fail with :class:`BusyError` (the server stops)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            workers = list(self._workers)
            self._workers.clear()
            self._idle.clear()
            pending = list(self._pending)
            self._pending.clear()
            self._wake.notify_all()
        for job in pending + [w.job for w in workers if w.job is not None]:
            self._resolve(job, error=BusyError("the service is stopping; retry on another instance"))
        for worker in workers:
            if worker.job is not None:
                worker.kill()  # a job still running is not waited for
            else:
                worker.retired = True
                worker.inbox.put(None)  # a clean exit: the worker sees its pipe close
        deadline = time.monotonic() + 5
        for worker in workers:
            worker.thread.join(max(0.0, deadline - time.monotonic()))
            if worker.thread.is_alive():
                worker.kill()

    def _spawn(self) -> None:  # lock held
        self._numbers += 1
        self._workers.append(_Worker(self, self._numbers))

    def _replace(self, worker: _Worker, reason: str) -> None:  # lock held
        if worker in self._workers:
            self._workers.remove(worker)
        if worker in self._idle:
            self._idle.remove(worker)
        if self._closed:
            return
        self._replaced += 1
        if self._restarts is not None:
            self._restarts.labels(reason).inc()
        self._spawn()

    # ---------------------------------------------------------------- jobs

    @property
    def in_flight(self) -> int:
        """Jobs accepted and not answered yet (running or waiting for a worker)."""
        return self._in_flight

    async def run(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        """Run ``fn(*args, **kwargs)`` in a worker process and return its result (or raise its exception, with the
        worker's traceback as ``__cause__``). ``fn`` must be a module-level function; arguments and result must
        pickle.

        Raises:
            BusyError: every worker busy and the queue full (or the pool closed).
            JobTimeoutError: no answer within ``timeout_s`` seconds; a running job's worker is killed.
            WorkerDiedError: the worker died during the job.
            UnguardedMainError: the workers cannot start (the main module starts the service at import).
        """
        if not self._started:
            self.start()  # an app used without its lifespan (a bare ASGI call)
        loop = asyncio.get_running_loop()
        with self._lock:
            if self._unguarded:
                raise UnguardedMainError(UNGUARDED_MAIN_MESSAGE)
            if self._closed:
                raise BusyError("the service is stopping; retry on another instance")
            if self._in_flight >= self.capacity:
                raise BusyError(
                    f"the service is busy ({self.size} worker(s) busy and {self.max_queued} request(s) waiting, see "
                    "SUMMARIZER_MAX_QUEUED_JOBS); retry later")
            job = _Job(fn, args, kwargs, loop, time.monotonic() + self.timeout_s)
            self._in_flight += 1
            if self._gauge is not None:
                self._gauge.inc()
            self._pending.append(job)
            self._dispatch()
            self._wake.notify_all()
        try:
            return await job.future
        except asyncio.CancelledError:
            self._abandon(job)
            raise

    def _dispatch(self) -> None:  # lock held
        while self._idle and self._pending:
            job = self._pending.popleft()
            if job.done:
                continue
            worker = self._idle.popleft()
            worker.job = job
            job.worker = worker
            job.started = time.monotonic()
            worker.inbox.put(job)

    def _abandon(self, job: _Job) -> None:
        """The caller stopped waiting (client gone): a waiting job is dropped; a running one may finish (the
        timeout still applies)."""
        with self._lock:
            if job.worker is None and job in self._pending:
                self._pending.remove(job)
                self._finish(job)

    def _finish(self, job: _Job) -> bool:  # lock held; True the first time only
        if job.done:
            return False
        job.done = True
        self._in_flight -= 1
        if self._gauge is not None:
            self._gauge.dec()
        return True

    def _resolve(self, job: _Job, *, result: Any = None, error: BaseException | None = None) -> None:
        with self._lock:
            self._finish(job)

        def settle() -> None:
            if job.future.done():
                return
            if error is not None:
                job.future.set_exception(error)
            else:
                job.future.set_result(result)

        try:
            job.loop.call_soon_threadsafe(settle)
        except RuntimeError:
            pass  # the submitter's loop is closed: nobody waits for this answer any more

    # ---------------------------------------------------------------- events from the I/O threads

    def _on_ready(self, worker: _Worker, info: Any) -> None:
        if self._on_ready_hook is not None:
            try:
                self._on_ready_hook(info)
            except Exception:  # noqa: BLE001
                log.exception("worker ready hook failed")
        with self._lock:
            if worker.retired or self._closed:
                worker.inbox.put(None)
                return
            worker.ready = True
            self._idle.append(worker)
            self._ever_ready.set()
            if all(w.ready for w in self._workers):
                self._all_ready.set()
            self._dispatch()

    def _on_init_failed(self, worker: _Worker, message: str, tb: str) -> None:
        if self._closed or self._unguarded:
            return  # stopped on purpose, or already said why no worker can start
        log.error("a worker process failed to start: %s\n%s", message, tb)
        with self._lock:
            worker.retired = True
            if worker in self._workers:
                self._workers.remove(worker)
            closed = self._closed
        if not closed:  # try again a little later rather than in a tight loop
            timer = threading.Timer(1.0, self._respawn_after_failure)
            timer.daemon = True
            timer.start()

    def _respawn_after_failure(self) -> None:
        with self._lock:
            if not self._closed and not self._unguarded and len(self._workers) < self.size:
                self._spawn()

    def _on_unguarded_main(self, worker: _Worker) -> None:
        """A worker exited with :data:`UNGUARDED_MAIN_EXIT`: say so once, start no more workers, fail every job
        waiting (they would wait for ever) and wake :meth:`wait_ready`."""
        with self._lock:
            worker.retired = True
            if worker in self._workers:
                self._workers.remove(worker)
            first = not self._unguarded
            self._unguarded = True
            pending = list(self._pending)
            self._pending.clear()
            self._all_ready.set()
        if first:
            log.error("%s", UNGUARDED_MAIN_MESSAGE)
        for job in pending:
            self._resolve(job, error=UnguardedMainError(UNGUARDED_MAIN_MESSAGE))

    def _on_result(self, worker: _Worker, job: _Job, reply: tuple[Any, ...]) -> None:
        with self._lock:
            if worker.retired or worker.job is not job:
                return  # the job timed out and this worker was killed: its answer is late
            worker.job = None
            self._idle.append(worker)
            self._dispatch()
        if reply[0] == "ok":
            self._resolve(job, result=reply[1])
        else:
            exc = reply[1]
            if not isinstance(exc, BaseException):
                exc = RuntimeError(str(exc))
            if len(reply) > 2 and reply[2]:
                exc.__cause__ = _RemoteTraceback(f'\n"""\n{reply[2]}"""')
            self._resolve(job, error=exc)

    def _on_died(self, worker: _Worker) -> None:
        with self._lock:
            if worker.retired or self._closed:
                return  # killed on purpose (timeout, close): already replaced
            worker.retired = True
            job = worker.job
            code = worker.process.exitcode if worker.process is not None else None
            log.error("worker process %s died (exit code %s)%s; starting a new one", worker.pid, code,
                      " during a job" if job is not None else "")
            self._replace(worker, "died")
        if job is not None:
            self._resolve(job, error=WorkerDiedError(
                f"the worker process computing this request stopped unexpectedly (exit code {code}); the request "
                "was not completed"))

    # ---------------------------------------------------------------- timeouts

    def _watch(self) -> None:
        with self._lock:
            while not self._closed:
                now = time.monotonic()
                expired = [j for j in self._pending if not j.done and j.deadline <= now]
                expired += [w.job for w in self._workers if w.job is not None and not w.job.done
                            and w.job.deadline <= now]
                for job in expired:
                    self._expire(job)
                deadlines = [j.deadline for j in self._pending if not j.done]
                deadlines += [w.job.deadline for w in self._workers if w.job is not None]
                wait = min(deadlines, default=now + 1.0) - time.monotonic()
                self._wake.wait(min(1.0, max(0.01, wait)))

    def _expire(self, job: _Job) -> None:  # lock held
        worker = job.worker
        if worker is None:
            if job in self._pending:
                self._pending.remove(job)
            message = (f"no worker was free within {self.timeout_s:g} s (SUMMARIZER_REQUEST_TIMEOUT_S); the request "
                       "was not started")
        else:
            worker.job = None
            log.warning("job past its timeout (%g s): killing worker process %s and starting a new one",
                        self.timeout_s, worker.pid)
            worker.kill()
            self._replace(worker, "timeout")
            message = (f"summarizing took longer than {self.timeout_s:g} s (SUMMARIZER_REQUEST_TIMEOUT_S); the job "
                       "was stopped")
        self._resolve(job, error=JobTimeoutError(message))

    # ---------------------------------------------------------------- status

    def status(self) -> WorkerStatus:
        """A snapshot for ``/readyz`` (see :class:`WorkerStatus`)."""
        now = time.monotonic()
        with self._lock:
            ready = [w for w in self._workers if w.ready and not w.retired]
            busy = [w for w in ready if w.job is not None]
            stuck = [w for w in busy if w.job.started is not None and now - w.job.started > self.stuck_after_s]
            return WorkerStatus(
                workers=self.size, ready=len(ready), idle=len(ready) - len(busy), busy=len(busy), stuck=len(stuck),
                starting=self.size - len(ready), queued=sum(not j.done for j in self._pending),
                in_flight=self._in_flight, capacity=self.capacity, replaced=self._replaced,
                pids=[w.pid for w in ready], ever_ready=self._ever_ready.is_set(), closed=self._closed)
