"""Dateline dates ("9 Sep", "Sept 18") resolved against the publication date."""

from __future__ import annotations

from datetime import date

from parley.models import Precision
from parley.resolve.dates import parse_dateline_date


def test_year_from_publication_date() -> None:
    value = parse_dateline_date("9 Sep", published=date(2023, 9, 19))
    assert value is not None
    assert value.as_date() == date(2023, 9, 9)
    assert value.precision == Precision.DAY
    assert value.basis == "dateline; year from publication date"
    assert value.raw == "9 Sep"


def test_dateline_just_before_new_year() -> None:
    value = parse_dateline_date("Dec. 31", published=date(2024, 1, 1))
    assert value is not None
    assert value.as_date() == date(2023, 12, 31)


def test_without_publication_date_year_is_unknown() -> None:
    value = parse_dateline_date("9 Sep", published=None)
    assert value is not None
    assert (value.year, value.month, value.day) == (None, 9, 9)
    assert value.basis == "dateline; year not stated"


def test_explicit_year_in_dateline() -> None:
    value = parse_dateline_date("Sept 18, 2022", published=date(2024, 1, 1))
    assert value is not None
    assert value.iso() == "2022-09-18"
    assert value.basis == "dateline"


def test_unreadable_dateline_gives_none() -> None:
    assert parse_dateline_date("(Reuters)", published=date(2024, 1, 1)) is None
    assert parse_dateline_date("", published=None) is None
