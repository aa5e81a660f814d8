"""/api/uploads: add articles (only when the server runs with --allow-ingest)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from starlette.datastructures import UploadFile

from ..context import ContextDep
from ..ingest_jobs import JobBusyError
from ..upload_files import UploadRejected, check_request_size, save_uploads
from .schemas import UploadJob

router = APIRouter(prefix="/api/uploads", tags=["uploads"])


def _require_ingest(context: ContextDep) -> None:
    if not context.config.allow_ingest:
        raise HTTPException(403, "uploads are off; start the server with --allow-ingest")


@router.post("", response_model=UploadJob, status_code=202)
async def upload(context: ContextDep, request: Request) -> UploadJob:
    """Upload article files (multipart field `files`); ingest starts in the background.

    Accepts .txt, .html, .htm, .json and .jsonl files within the size and count limits; poll
    the returned job for progress.
    """
    _require_ingest(context)
    config = context.config
    try:
        check_request_size(request.headers.get("content-length"), config)
        async with request.form(max_files=config.max_upload_files + 1) as form:
            files = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
            folder, names = await save_uploads(files, config)
    except UploadRejected as exc:
        raise HTTPException(exc.status, exc.message) from None
    try:
        job = context.jobs.start(folder, names)
    except JobBusyError as exc:
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()
        raise HTTPException(409, str(exc)) from None
    return UploadJob.model_validate(job.as_dict())


@router.get("/{job_id}", response_model=UploadJob)
def upload_status(context: ContextDep, job_id: str) -> UploadJob:
    """Progress of one upload's ingest."""
    _require_ingest(context)
    job = context.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"no upload job {job_id!r}")
    return UploadJob.model_validate(job.as_dict())
