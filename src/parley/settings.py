"""One settings object, built at the entry point and passed down (never read at import)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DB_NAME = "parley.db"
DEFAULT_MAX_BYTES = 5 * 1024 * 1024


def default_db_path() -> Path:
    """`PARLEY_DB` when set, else `parley.db` in the current directory."""
    return Path(os.environ.get("PARLEY_DB") or DEFAULT_DB_NAME)


@dataclass(frozen=True)
class Settings:
    """Options for a run.

    db_path: SQLite file. max_bytes: inputs larger than this are skipped.
    published / outlet: fallbacks for articles that carry no such metadata.
    kb_paths: extra knowledge-base files merged over the bundled one.
    quiet: no progress bar.
    """

    db_path: Path = field(default_factory=default_db_path)
    max_bytes: int = DEFAULT_MAX_BYTES
    published: str | None = None
    outlet: str | None = None
    kb_paths: tuple[Path, ...] = ()
    quiet: bool = False
    spacy_model: str | None = None
