"""The Jinja2 environment: autoescaping everywhere, and filters that keep untrusted text inert."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlsplit

from fastapi.templating import Jinja2Templates

TEMPLATE_DIR = Path(__file__).parent / "templates"
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def safe_url(value: object) -> str | None:
    """`value` when it is an absolute http(s) URL, else None.

    Article URLs come from untrusted input; a `javascript:` or `data:` URL must never become a
    link target.
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return text


def path_part(value: object) -> str:
    """Quote a key or id for use as one URL path segment (slashes included)."""
    return quote(str(value), safe="")


def month_label(month: str) -> str:
    """ "2023-09" -> "Sep 2023"."""
    year, _, number = month.partition("-")
    if not number.isdigit() or not 1 <= int(number) <= 12:
        return month
    return f"{_MONTHS[int(number) - 1]} {year}"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """ "1 article", "2 articles"."""
    word = singular if count == 1 else (plural_form or singular + "s")
    return f"{count} {word}"


def make_templates(*, allow_ingest: bool) -> Jinja2Templates:
    """Templates with autoescaping on for every file, whatever its extension."""
    templates = Jinja2Templates(directory=str(TEMPLATE_DIR))
    env = templates.env
    env.autoescape = True
    env.trim_blocks = True
    env.lstrip_blocks = True
    env.filters["safe_url"] = safe_url
    env.filters["path_part"] = path_part
    env.filters["month_label"] = month_label
    env.globals["plural"] = plural
    env.globals["allow_ingest"] = allow_ingest
    return templates
