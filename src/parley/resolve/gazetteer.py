"""The world's towns of 15,000 people or more, for places the hand-written knowledge base does
not list ("talks in Hiroshima").

The table is GeoNames' `cities15000` (CC BY), as shipped in the `geotext` package; it is read
lazily, the first time a place is missing from the knowledge base. Each town keeps its name, its
ASCII name, its country and its population; towns of 100,000 or more also keep their other
spellings in Latin letters ("Kiev", "Peking").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from importlib import resources

_PACKAGE = "geotext"
# Columns of GeoNames' tab-separated tables.
_NAME, _ASCII_NAME, _ALTERNATE_NAMES, _COUNTRY, _POPULATION = 1, 2, 3, 8, 14
_ISO2, _ISO3 = 0, 1


# Towns named by a common word of diplomatic reports ("launched at the Summit", "the Forum"),
# which in a report name the gathering, not the town in New Jersey.
_COMMON_WORDS = frozenset(
    {"summit", "forum", "conference", "congress", "assembly", "council", "university",
     "embassy", "palace", "progress", "liberty", "unity", "concord", "friendship", "union",
     "independence", "victory", "freedom", "harmony", "commerce", "security"}
)  # fmt: skip


class WorldTowns:
    """Towns by name: the most populous of each name wins ("Florence" is in Italy), and a
    town's own name wins over another's alternate name ("Hiroshima" is GeoNames'
    "Hiroshima-shi" by an alternate name)."""

    def __init__(self, key: Callable[[str], str]) -> None:
        self._key = key
        self._tables: tuple[_Table, _Table] | None = None

    def find(self, place: str) -> tuple[str, str] | None:
        """(name, ISO3 country) of the town `place` names, or None."""
        if self._tables is None:
            self._tables = self._load()
        key = self._key(place)
        if key in _COMMON_WORDS:
            return None
        for table in self._tables:
            found = table.get(key)
            if found is not None:
                return found[0], found[1]
        return None

    def _load(self) -> tuple[_Table, _Table]:
        try:
            data = resources.files(_PACKAGE) / "data"
            countries = (data / "countryInfo.txt").read_text(encoding="utf-8-sig")
            towns = (data / "cities15000.txt").read_text(encoding="utf-8")
        except (ModuleNotFoundError, OSError):
            # Without the table, places stay what the knowledge base alone makes of them.
            return {}, {}
        iso3 = {}
        for line in countries.splitlines():
            columns = line.split("\t")
            if not line.startswith("#") and len(columns) > _ISO3:
                iso3[columns[_ISO2]] = columns[_ISO3]
        names: _Table = {}
        alternates: _Table = {}
        for line in towns.splitlines():
            columns = line.split("\t")
            if len(columns) <= _POPULATION or columns[_COUNTRY] not in iso3:
                continue
            population = int(columns[_POPULATION] or 0)
            own = {columns[_NAME], columns[_ASCII_NAME]}
            town = (
                _plain_name(columns[_NAME], columns[_ALTERNATE_NAMES]),
                iso3[columns[_COUNTRY]],
                population,
            )
            self._enter(names, own, town)
            if population >= _KNOWN_ABROAD:
                others = (n for n in columns[_ALTERNATE_NAMES].split(",") if _latin_name(n))
                self._enter(alternates, others, town)
        return names, alternates

    def _enter(self, table: _Table, names: Iterable[str], town: tuple[str, str, int]) -> None:
        for name in names:
            key = self._key(name)
            if key and (key not in table or table[key][2] < town[2]):
                table[key] = town


_Table = dict[str, tuple[str, str, int]]
# Towns big enough to have spellings of their own abroad ("Kiev", "Peking"); the alternate
# names of smaller towns are mostly other scripts' and languages' spellings.
_KNOWN_ABROAD = 100_000
# GeoNames writes some Japanese and Korean towns with their administrative suffix.
_SUFFIX = re.compile(r"-(?:shi|si|gun|ku)$")


def _plain_name(name: str, alternates: str) -> str:
    """The town's name without an administrative suffix, when an alternate name has it so
    ("Hiroshima-shi" is "Hiroshima")."""
    plain = _SUFFIX.sub("", name)
    return plain if plain != name and plain in alternates.split(",") else name


# What a name in Latin letters is written with: the letters below U+0250 (where the Latin
# blocks end) and a few joiners: one character class, where testing each character in Python
# took a fifth of loading the table in every ingesting process.
_LATIN_WRITING = re.compile(
    "[" + re.escape("".join(ch for ch in map(chr, range(0x250)) if ch.isalpha()) + " -'.") + "]+"
)


def _latin_name(name: str) -> bool:
    """A written name in Latin letters, not a code ("ALV") or another script's spelling."""
    return len(name) > 3 and not name.isupper() and _LATIN_WRITING.fullmatch(name) is not None
