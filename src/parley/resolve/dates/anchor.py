"""What a date expression is read against: the article's publication date and its dateline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from parley.models import DateValue

BASIS_EXPLICIT = "explicit"
BASIS_NO_YEAR = "explicit; year not stated"
BASIS_NO_ANCHOR_WEEKDAY = "weekday; no anchor date"
BASIS_YEARLESS_DATELINE = "relative to dateline; year not stated"


@dataclass(frozen=True)
class DateAnchor:
    """The dates an article supplies for reading its relative and year-less expressions.

    published: the article's publication date. dateline: the dateline's date once resolved
    (it may lack a year). quarter: (year, quarter) of the fiscal quarter an earnings report is
    about, once the article has named it ("third-quarter profit"); with include_timex, "a year
    earlier" and "the year-ago period" then mean that quarter a year before, as TimeML reads
    them, and "the quarter" means that quarter.
    """

    published: date | None = None
    dateline: DateValue | None = None
    quarter: tuple[int, int] | None = None

    def reference(self) -> tuple[date, str] | None:
        """The day relative expressions count from, with its basis; None without one.

        The dateline wins when it is a full date: it says when the reporter wrote.
        """
        if self.dateline is not None:
            full = self.dateline.as_date()
            if full is not None:
                return full, "relative to dateline" + inferred_year_note(self.dateline)
        if self.published is not None:
            return self.published, "relative to publication date"
        return None

    def year_reference(self) -> tuple[date, str] | None:
        """The day a year-less date is placed near, with its basis; None without a year."""
        dateline = self.dateline
        if dateline is not None and dateline.year is not None:
            full = dateline.as_date()
            if full is None:
                full = date(dateline.year, dateline.month or 1, dateline.day or 1)
            return full, "explicit; year from dateline" + inferred_year_note(dateline)
        if self.published is not None:
            return self.published, "explicit; year from publication date"
        return None


def inferred_year_note(dateline: DateValue) -> str:
    """ "; year inferred ..." when the dateline's year was inferred rather than stated, else ""."""
    at = dateline.basis.find("year inferred")
    return "" if at < 0 else "; dateline " + dateline.basis[at:]
