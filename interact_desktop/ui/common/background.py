"""The one way to run work off the GUI thread: progress, result and error come back on it.

In the spirit of Anki's QueryOp: ``Background.run(work, done=..., failed=..., progress=...)``
starts ``work(report)`` in a thread pool; ``report(done, total)`` may be called from the work, and
every callback runs on the GUI thread. A failure arrives as the exception itself, so the caller
can name it (disk full, wrong passphrase, ...). Jobs are kept alive until they have reported:
Qt must not delete a job under its thread, and Python must not collect its signals early.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Report = Callable[[int, int], None]


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """One piece of work in the pool; its signals are delivered to a receiver on the GUI thread."""

    _running: ClassVar[set[Job]] = set()

    def __init__(self, work: Callable[[Report], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._work: Callable[[Report], Any] | None = work

    def run(self) -> None:
        work, self._work = self._work, None  # whatever it holds (a passphrase) goes with it
        assert work is not None
        try:
            result = work(lambda done, total: self.signals.progress.emit(done, total))
        except Exception as error:  # reported, never raised in a pool thread
            self.signals.failed.emit(error)
            return
        self.signals.succeeded.emit(result)


class _Delivery(QObject):
    """Lives on the GUI thread, so the job's signals are queued to it and callbacks run there."""

    def __init__(
        self,
        job: Job,
        done: Callable[[Any], None] | None,
        failed: Callable[[Exception], None] | None,
        progress: Report | None,
    ) -> None:
        super().__init__()
        self._job = job
        self._done = done
        self._failed = failed
        self._progress = progress
        job.signals.succeeded.connect(self._on_succeeded)
        job.signals.failed.connect(self._on_failed)
        job.signals.progress.connect(self._on_progress)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._finish()
        if self._done is not None:
            self._done(result)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._finish()
        if self._failed is not None:
            self._failed(error if isinstance(error, Exception) else RuntimeError(str(error)))

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(done, total)

    def _finish(self) -> None:
        Background.running.discard(self)
        Job._running.discard(self._job)


class Background:
    """Starts jobs in a pool: the global one, or a pool of one thread for work that must not
    run twice at once (a search index and its searchers)."""

    running: ClassVar[set[_Delivery]] = set()

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool

    @classmethod
    def serial(cls) -> Background:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        return cls(pool)

    def run(
        self,
        work: Callable[[Report], Any],
        *,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[Exception], None] | None = None,
        progress: Report | None = None,
    ) -> Job:
        job = Job(work)
        Background.running.add(_Delivery(job, done, failed, progress))
        Job._running.add(job)
        (self._pool or QThreadPool.globalInstance()).start(job)
        return job

    def wait(self, milliseconds: int = -1) -> bool:
        """Wait for this pool's jobs (closing the app, or a test's end)."""
        return (self._pool or QThreadPool.globalInstance()).waitForDone(milliseconds)
