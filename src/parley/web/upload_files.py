"""Checks and storage for uploaded article files: type, size and count limits, safe names."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path, PurePath

from starlette.datastructures import UploadFile

from .config import UPLOAD_SUFFIXES, WebConfig

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
CHUNK = 64 * 1024
# Multipart framing around the files: headers, boundaries and field names.
FORM_OVERHEAD = 64 * 1024


class UploadRejected(Exception):
    """An upload that breaks a limit: HTTP status and a message for the user."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def safe_name(filename: str | None, index: int) -> str:
    """A plain file name for the upload: no folders, odd characters replaced, index first."""
    base = PurePath((filename or "").replace("\\", "/")).name
    cleaned = _UNSAFE.sub("_", base).strip("._") or "upload.txt"
    return f"{index:03d}_{cleaned}"[:120]


def check_request_size(content_length: str | None, config: WebConfig) -> None:
    """Refuse a body that cannot fit the limits before parsing any of it."""
    limit = config.max_upload_files * config.max_upload_bytes + FORM_OVERHEAD
    if content_length is None:
        raise UploadRejected(411, "uploads must state their Content-Length")
    if not content_length.isdigit():
        raise UploadRejected(400, "bad Content-Length header")
    if int(content_length) > limit:
        raise UploadRejected(413, f"upload too large (at most {limit // (1024 * 1024)} MB)")


def check_file_list(files: list[UploadFile], config: WebConfig) -> None:
    if not files:
        raise UploadRejected(400, "choose at least one file to upload")
    if len(files) > config.max_upload_files:
        raise UploadRejected(413, f"at most {config.max_upload_files} files per upload")
    for upload in files:
        suffix = PurePath(upload.filename or "").suffix.lower()
        if suffix not in UPLOAD_SUFFIXES:
            allowed = ", ".join(UPLOAD_SUFFIXES)
            raise UploadRejected(
                415, f"{upload.filename or 'a file'}: only {allowed} files can be uploaded"
            )


async def save_uploads(files: list[UploadFile], config: WebConfig) -> tuple[Path, list[str]]:
    """Copy the checked files into a new temporary folder; returns it and the stored names.

    A file over the size limit removes the folder and raises `UploadRejected` (413).
    """
    check_file_list(files, config)
    folder = Path(tempfile.mkdtemp(prefix="parley-upload-"))
    names = []
    try:
        for index, upload in enumerate(files):
            name = safe_name(upload.filename, index)
            await _copy_limited(upload, folder / name, config.max_upload_bytes)
            names.append(name)
    except BaseException:
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()
        raise
    return folder, names


async def _copy_limited(upload: UploadFile, target: Path, limit: int) -> None:
    size = 0
    with target.open("wb") as out:
        while chunk := await upload.read(CHUNK):
            size += len(chunk)
            if size > limit:
                raise UploadRejected(
                    413, f"{upload.filename}: larger than {limit // 1024} KB, the per-file limit"
                )
            out.write(chunk)
    if size == 0:
        raise UploadRejected(400, f"{upload.filename}: the file is empty")
