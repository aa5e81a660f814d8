"""The "Add articles" page: drag-and-drop upload with ingest progress."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from ..config import UPLOAD_SUFFIXES
from ..context import ContextDep

router = APIRouter(include_in_schema=False)


@router.get("/upload", response_class=HTMLResponse)
def upload_page(context: ContextDep, request: Request) -> HTMLResponse:
    if not context.config.allow_ingest:
        raise HTTPException(403, "adding articles is off; start the server with --allow-ingest")
    config = context.config
    return context.templates.TemplateResponse(
        request,
        "upload.html",
        {
            "suffixes": ", ".join(UPLOAD_SUFFIXES),
            "max_files": config.max_upload_files,
            "max_kb": config.max_upload_bytes // 1024,
        },
    )
