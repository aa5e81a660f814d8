"""Which files a list of paths stands for: directories are walked recursively, in sorted order.

Sorting makes runs reproducible (the same corpus gives the same ids in the same order on every
file system). Hidden files and directories (".git", ".DS_Store") are skipped, as are files
with unsupported extensions inside directories; a file named explicitly is always read.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Literal

from parley.errors import UsageError
from parley.models import IngestFailure

STDIN = "-"
InputKind = Literal["text", "html", "json", "jsonl"]
SUFFIX_KINDS: dict[str, InputKind] = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
}


def check_paths_exist(paths: Sequence[str]) -> None:
    """Raise `UsageError` naming the first path that does not exist ("-" is stdin)."""
    for path in paths:
        if path != STDIN and not os.path.exists(path):
            raise UsageError(f"no such file or directory: {path}")


def input_kind(path: str) -> InputKind:
    """The reader for `path` by extension; unknown extensions are read as plain text."""
    return SUFFIX_KINDS.get(Path(path).suffix.lower(), "text")


def iter_files(path: str) -> Iterator[str | IngestFailure]:
    """`path` itself when it is a file; else the supported files below it, sorted.

    A subdirectory that cannot be listed is reported as an `IngestFailure` and skipped.
    """
    if not os.path.isdir(path):
        yield path
        return
    try:
        entries = sorted(os.scandir(path), key=lambda entry: entry.name)
    except OSError as err:
        yield IngestFailure(source=path, reason=f"cannot list directory: {err.strerror or err}")
        return
    # Files of a directory come before its subdirectories, each group sorted by name.
    subdirectories: list[str] = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            subdirectories.append(entry.path)
        elif entry.is_file() and Path(entry.name).suffix.lower() in SUFFIX_KINDS:
            yield entry.path
    for subdirectory in subdirectories:
        yield from iter_files(subdirectory)


def count_inputs(paths: Sequence[str]) -> int:
    """How many files (plus 1 for stdin) `paths` stand for, for a progress bar.

    Paths that do not exist count 0; a JSON Lines file counts once however many articles it holds.
    """
    total = 0
    for path in paths:
        if path == STDIN:
            total += 1
        elif os.path.exists(path):
            total += sum(1 for item in iter_files(path) if isinstance(item, str))
    return total
