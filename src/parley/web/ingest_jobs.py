"""Uploaded articles ingested in a background thread, with progress the page can poll.

One job runs at a time (SQLite has one writer, and the NLP model is loaded once per job). The
pipeline is imported only when a job starts, so serving pages never loads spaCy.
"""

from __future__ import annotations

import logging
import shutil
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from parley.errors import ParleyError

log = logging.getLogger(__name__)

JobState = Literal["running", "finished", "failed"]
# Called with the folder to ingest and a callback for each finished input; returns a summary.
IngestRunner = Callable[[Path, Path, Callable[[str], None]], dict[str, object]]


def run_pipeline(db_path: Path, folder: Path, on_item: Callable[[str], None]) -> dict[str, object]:
    """Ingest every file in `folder` into `db_path` with the full pipeline; returns counts."""
    from parley.pipeline import Parley  # heavy: spaCy and the knowledge base

    with Parley.open(db_path) as parley:
        report = parley.ingest([str(folder)], on_item=on_item)
    return {
        "added": report.added,
        "replaced": report.replaced,
        "unchanged": report.unchanged,
        "mentions": report.mentions,
        "events": report.events,
        "failures": [
            {"source": Path(failure.source).name, "reason": failure.reason}
            for failure in report.failures
        ],
    }


@dataclass
class IngestJob:
    """Progress of one upload's ingest."""

    id: str
    files: list[str]
    state: JobState = "running"
    done: int = 0
    message: str = ""
    summary: dict[str, object] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return len(self.files)

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "state": self.state,
            "files": list(self.files),
            "total": self.total,
            "done": self.done,
            "message": self.message,
            "summary": dict(self.summary),
        }


class JobBusyError(ParleyError):
    """Another ingest is still running."""


class IngestJobs:
    """Starts ingest jobs and keeps their progress for polling."""

    def __init__(
        self,
        db_path: Path,
        *,
        on_finished: Callable[[], None] = lambda: None,
        runner: IngestRunner = run_pipeline,
    ) -> None:
        self._db_path = db_path
        self._on_finished = on_finished
        self._runner = runner
        self._lock = threading.Lock()
        self._jobs: dict[str, IngestJob] = {}
        self._threads: dict[str, threading.Thread] = {}

    def start(self, folder: Path, files: list[str]) -> IngestJob:
        """Ingest `folder` (a temporary folder this object then owns and deletes) in the
        background; raises `JobBusyError` while another job runs."""
        with self._lock:
            if any(job.state == "running" for job in self._jobs.values()):
                raise JobBusyError("another upload is still being ingested; try again shortly")
            job = IngestJob(id=uuid.uuid4().hex[:12], files=files)
            self._jobs[job.id] = job
        thread = threading.Thread(
            target=self._run, args=(job, folder), name=f"ingest-{job.id}", daemon=True
        )
        self._threads[job.id] = thread
        thread.start()
        return job

    def get(self, job_id: str) -> IngestJob | None:
        with self._lock:
            return self._jobs.get(job_id)

    def wait(self, job_id: str, timeout: float | None = None) -> None:
        """Block until the job's thread ends (for tests and shutdown)."""
        thread = self._threads.get(job_id)
        if thread is not None:
            thread.join(timeout)

    def _progress(self, job: IngestJob) -> Callable[[str], None]:
        def on_item(source: str) -> None:
            with self._lock:
                job.done = min(job.done + 1, job.total)
                job.message = f"read {Path(source).name}"

        return on_item

    def _run(self, job: IngestJob, folder: Path) -> None:
        try:
            summary = self._runner(self._db_path, folder, self._progress(job))
        except ParleyError as exc:
            self._finish(job, "failed", str(exc), {})
        except Exception:
            log.exception("ingest job %s failed", job.id)
            self._finish(job, "failed", "ingest failed; the server log has the details", {})
        else:
            self._finish(job, "finished", "done", summary)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
            self._on_finished()

    def _finish(
        self, job: IngestJob, state: JobState, message: str, summary: dict[str, object]
    ) -> None:
        with self._lock:
            job.state = state
            job.message = message
            job.summary = summary
            if state == "finished":
                job.done = job.total
