"""Uploads: off by default, type/size/count limits, and background jobs with progress."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from parley.web import create_app
from parley.web.config import WebConfig


class FakeRunner:
    """Stands in for the pipeline: records the files and reports progress per file."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.release = threading.Event()
        self.release.set()

    def __call__(
        self, db_path: Path, folder: Path, on_item: Callable[[str], None]
    ) -> dict[str, object]:
        for path in sorted(folder.iterdir()):
            self.seen.append(path.read_text())
            on_item(str(path))
        self.release.wait(5)
        return {
            "added": len(self.seen),
            "replaced": 0,
            "unchanged": 0,
            "events": 0,
            "mentions": 0,
            "failures": [],
        }


@pytest.fixture
def runner() -> FakeRunner:
    return FakeRunner()


@pytest.fixture
def uploads(db_path: Path, runner: FakeRunner) -> Iterator[TestClient]:
    config = WebConfig(db_path=db_path, max_upload_bytes=1024, max_upload_files=3)
    app = create_app(db_path, allow_ingest=True, config=config, ingest_runner=runner)
    with TestClient(app) as client:
        yield client


def _files(*items: tuple[str, bytes]) -> list[tuple[str, tuple[str, bytes, str]]]:
    return [("files", (name, data, "text/plain")) for name, data in items]


def test_uploads_are_off_without_allow_ingest(client: TestClient) -> None:
    response = client.post("/api/uploads", files=_files(("a.txt", b"text")))
    assert response.status_code == 403
    assert "--allow-ingest" in response.json()["error"]


def test_upload_runs_a_job_with_progress(uploads: TestClient, runner: FakeRunner) -> None:
    body = b"OSLO, 2 May - The foreign ministers met in Oslo."
    response = uploads.post("/api/uploads", files=_files(("../../etc/a b.txt", body)))
    assert response.status_code == 202
    job = response.json()
    assert job["files"] == ["000_a_b.txt"]  # folders stripped, odd characters replaced
    uploads.app.state.web.jobs.wait(job["id"], 5)  # type: ignore[attr-defined]
    status = uploads.get(f"/api/uploads/{job['id']}").json()
    assert (status["state"], status["done"], status["total"]) == ("finished", 1, 1)
    assert status["summary"]["added"] == 1
    assert runner.seen == [body.decode()]


@pytest.mark.parametrize(
    ("files", "status", "words"),
    [
        ([("evil.exe", b"MZ")], 415, "only .txt"),
        ([("big.txt", b"x" * 2000)], 413, "per-file limit"),
        ([(f"{n}.txt", b"x") for n in range(4)], 413, "at most 3 files"),
        ([("empty.txt", b"")], 400, "empty"),
        ([], 400, "at least one file"),
    ],
)
def test_upload_limits(
    uploads: TestClient, files: list[tuple[str, bytes]], status: int, words: str
) -> None:
    response = uploads.post("/api/uploads", files=_files(*files), data={"x": "1"})
    assert response.status_code == status
    assert words in response.json()["error"]


def test_oversized_body_is_refused_before_parsing(uploads: TestClient) -> None:
    response = uploads.post(
        "/api/uploads",
        content=b"x" * 200_000,
        headers={"content-type": "multipart/form-data; boundary=zz"},
    )
    assert response.status_code == 413


def test_one_job_at_a_time(uploads: TestClient, runner: FakeRunner) -> None:
    runner.release.clear()
    first = uploads.post("/api/uploads", files=_files(("a.txt", b"one")))
    second = uploads.post("/api/uploads", files=_files(("b.txt", b"two")))
    runner.release.set()
    assert first.status_code == 202
    assert second.status_code == 409
    uploads.app.state.web.jobs.wait(first.json()["id"], 5)  # type: ignore[attr-defined]


def test_unknown_job_is_404(uploads: TestClient) -> None:
    assert uploads.get("/api/uploads/nope").status_code == 404
