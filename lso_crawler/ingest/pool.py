"""Runs `analyse` in worker processes, with a time limit per capture.

Parsing is CPU work that must never stall the crawl's reactor or a reparse, and libxml2 can
spend minutes on pathological markup inside one C call that no signal interrupts. So each
worker handles one capture at a time, and a capture that runs past `timeout` gets its worker
killed (and replaced) and is recorded as a `timeout` parse failure.

`submit` returns a `concurrent.futures.Future` whose result is the Analysis; only when the
workers cannot run at all does it hold a PoolBroken exception. `AnalysisPool(jobs=0)`
analyses inline, in the caller, with no time limit (for tests and debugging).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
import time
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

from lso_crawler.ingest.analysis import DEFAULT_LIMITS, Analysis, Limits, analyse
from lso_crawler.ingest.capture import ArchivedCapture

# Captures handed to one worker at a time: the next one waits in its socket, so the worker
# never idles for a round trip through the dispatcher (measured: 1.8 → 1.2 ms per capture).
IN_FLIGHT = 2
# Only captures this small are queued behind a busy worker: a send can then never block on a
# full socket while that worker is itself blocked sending its result.
PIPELINE_MAX_BYTES = 64 * 1024
# Workers that die this many times in a row, with no capture analysed in between, cannot
# start at all (a broken install): the pool stops instead of failing every capture.
MAX_DEATHS_IN_A_ROW = 3
# Far above any real page (a 5 MB page parses in well under a second); what runs longer
# is pathological markup.
PARSE_TIMEOUT = 20.0


def _work(conn: Connection, limits: Limits) -> None:
    """A worker process: analyse captures until told to stop (None) or the pipe closes."""
    while True:
        try:
            capture = conn.recv()
        except (EOFError, OSError):
            return
        if capture is None:
            return
        conn.send(analyse(capture, limits))


Task = tuple[ArchivedCapture, Future[Analysis]]


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    # Handed over, oldest first: the worker is on the first; the rest wait in its socket.
    tasks: deque[Task] = field(default_factory=deque)
    deadline: float = 0.0  # for the first task
    served: int = 0  # captures analysed; a worker that dies before its first cannot start

    def can_take(self, task: Task) -> bool:
        """Idle, or busy with room for one more small capture queued behind."""
        if not self.tasks:
            return True
        return len(self.tasks) < IN_FLIGHT and len(task[0].payload) <= PIPELINE_MAX_BYTES


class PoolBroken(RuntimeError):
    """The worker processes cannot run: nothing can be analysed."""


class AnalysisPool:
    """`jobs` worker processes analysing captures; a context manager."""

    def __init__(self, jobs: int, limits: Limits = DEFAULT_LIMITS, timeout: float = PARSE_TIMEOUT):
        self.jobs = jobs
        self.limits = limits
        self.timeout = timeout
        self.timeouts = 0
        self._deaths_in_a_row = 0
        self._broken: PoolBroken | None = None
        self._asleep = False  # the dispatcher waits with nothing queued: wake it on submit
        self._queue: deque[Task] = deque()
        self._lock = threading.RLock()  # _start may break the pool while holding it
        self._closed = False
        self._context = multiprocessing.get_context("spawn")
        self._workers: list[_Worker] = []
        self._thread: threading.Thread | None = None
        if jobs > 0:
            self._wake_read, self._wake_write = self._context.Pipe(duplex=False)
            self._workers = [self._spawn() for _ in range(jobs)]
            self._thread = threading.Thread(target=self._dispatch, name="lso-analysis", daemon=True)
            self._thread.start()

    def __enter__(self) -> AnalysisPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def submit(self, capture: ArchivedCapture) -> Future[Analysis]:
        """Queue a capture; the future's result is its Analysis (never an exception)."""
        future: Future[Analysis] = Future()
        if self.jobs <= 0:
            future.set_result(analyse(capture, self.limits))
            return future
        with self._lock:
            if self._broken is not None:
                raise self._broken
            if self._closed:
                raise RuntimeError("the analysis pool is closed")
            self._queue.append((capture, future))
            wake, self._asleep = self._asleep, False
        if wake:  # a pipe write per capture costs more than the dispatch itself
            self._wake_write.send_bytes(b"")
        return future

    def close(self) -> None:
        """Finish queued work, then stop the workers."""
        if self._thread is None:
            return
        with self._lock:
            self._closed = True
        self._wake_write.send_bytes(b"")  # always: the dispatcher may be waiting for work
        self._thread.join()
        self._thread = None
        for worker in self._workers:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
            worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()

    # The dispatcher thread ---------------------------------------------------------

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_work, args=(child, self.limits), name="lso-parse", daemon=True
        )
        process.start()
        child.close()
        return _Worker(process, parent)

    def _dispatch(self) -> None:
        while True:
            with self._lock:
                for worker in self._workers:
                    while self._queue and worker.can_take(self._queue[0]):
                        self._start(worker, self._queue.popleft())
                busy = [worker for worker in self._workers if worker.tasks]
                if self._closed and not busy and not self._queue:
                    return
                self._asleep = not self._queue or all(w.tasks for w in self._workers)
            deadline = min((worker.deadline for worker in busy), default=None)
            wait_for = None if deadline is None else max(0.0, deadline - time.monotonic())
            ready = wait([self._wake_read, *(worker.conn for worker in busy)], timeout=wait_for)
            if self._wake_read in ready:
                while self._wake_read.poll():
                    self._wake_read.recv_bytes()
            for worker in busy:
                if not worker.tasks:  # the pool broke meanwhile
                    continue
                if worker.conn in ready:
                    self._collect(worker)
                elif time.monotonic() >= worker.deadline:
                    self._replace(worker, ("timeout", f"parsing took over {self.timeout:.0f} s"))

    def _start(self, worker: _Worker, task: Task) -> None:
        if not worker.tasks:
            worker.deadline = time.monotonic() + self.timeout
        worker.tasks.append(task)
        try:
            worker.conn.send(task[0])
        except (OSError, ValueError) as error:
            self._replace(worker, ("crash", f"could not hand the capture over: {error}"))

    def _collect(self, worker: _Worker) -> None:
        try:
            analysis = worker.conn.recv()
        except (EOFError, OSError):
            self._replace(worker, ("crash", "the parsing process died"))
            return
        _, future = worker.tasks.popleft()
        worker.deadline = time.monotonic() + self.timeout  # the next one starts now
        worker.served += 1
        self._deaths_in_a_row = 0
        future.set_result(analysis)

    def _break(self, error: PoolBroken) -> None:
        """Fail every queued and running capture with `error`; refuse new ones."""
        with self._lock:
            self._broken = error
            self._closed = True
            tasks = [*self._queue, *(t for w in self._workers for t in w.tasks)]
            self._queue.clear()
            for worker in self._workers:
                worker.tasks.clear()
        for _, future in tasks:
            future.set_exception(error)

    def _replace(self, worker: _Worker, failure: tuple[str, str]) -> None:
        """Kill a worker that overran or died and start another.

        The capture it was on becomes a recorded failure, unless the worker died before
        analysing anything: then the process could not start, and the capture waits for
        the next worker (or the pool breaks after MAX_DEATHS_IN_A_ROW such deaths). The
        captures queued behind it go back to the front of the queue.
        """
        could_not_start = failure[0] != "timeout" and worker.served == 0
        if failure[0] == "timeout":
            self.timeouts += 1
        elif could_not_start:
            self._deaths_in_a_row += 1
        failed = worker.tasks.popleft() if worker.tasks else None
        waiting = list(worker.tasks)
        worker.tasks.clear()
        worker.process.kill()
        worker.process.join()
        worker.conn.close()
        if could_not_start and failed is not None:
            waiting.insert(0, failed)
            failed = None
        self._queue.extendleft(reversed(waiting))
        if self._deaths_in_a_row >= MAX_DEATHS_IN_A_ROW:
            self._break(PoolBroken(f"parse workers cannot start: {failure[1]}"))
            return
        fresh = self._spawn()
        worker.process, worker.conn, worker.served = fresh.process, fresh.conn, 0
        if failed is not None:
            failed[1].set_result(Analysis(parse_failure=failure))
