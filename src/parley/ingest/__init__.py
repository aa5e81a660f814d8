"""Ingest: turn files, directories and stdin into `Article` records, one at a time.

Readers for plain text, HTML and JSON / JSON Lines; metadata and dateline parsing; boilerplate
removal; and the checks that turn bad inputs into `IngestFailure`s instead of errors.
"""

from parley.ingest.article_text import ArticleText, read_article_text
from parley.ingest.assemble import build_article, content_hash
from parley.ingest.dateline import Dateline, parse_dateline
from parley.ingest.discovery import count_inputs
from parley.ingest.readers import IngestItem, iter_inputs
from parley.ingest.timestamps import parse_timestamp

__all__ = [
    "ArticleText",
    "Dateline",
    "IngestItem",
    "build_article",
    "content_hash",
    "count_inputs",
    "iter_inputs",
    "parse_dateline",
    "parse_timestamp",
    "read_article_text",
]
