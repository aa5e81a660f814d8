"""The knowledge base: countries, diplomatic actors with dated offices, and named mechanisms.

The bundled JSON files in `parley/data` are loaded once into a `KnowledgeBase`, and user files
(`Settings.kb_paths`) are merged over them: an entry with the same id (iso3, actor id or
mechanism key) replaces the bundled one. Every lookup is a dict access built in `load`.

Case rules for country names: a term written with no lower-case letters and at most five
letters ("US", "U.S.", "UK", "PRC", "DPRK", "UAE") is an abbreviation and only matches in that
exact case, because lower-cased it is often an English word ("us"). Every other term matches
case-insensitively and diacritics-insensitively ("turkiye" finds "Türkiye").
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from parley.errors import DataFileError
from parley.resolve.gazetteer import WorldTowns

_CONTINENTS = frozenset(
    {"asia", "europe", "africa", "america", "americas", "oceania", "antarctica", "australasia"}
)
BUNDLED_FILES = ("countries.json", "actors.json", "mechanisms.json")

FileKind = Literal["countries", "actors", "mechanisms"]

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_ISO3 = r"^[A-Z]{3}$"
# Letters that NFKD does not decompose but news spells without the mark.
_FOLD_TABLE = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "–": "-",
        "—": "-",
        "‑": "-",
    }
)
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, strip diacritics and unify apostrophes, dashes and spaces for lookups."""
    if text.isascii() and "`" not in text:
        # Nothing to decompose or translate (most names: the world gazetteer folds 74,000).
        return _SPACES.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_TABLE))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


# Letters with a caron, as Slovak, Czech and other Latin alphabets write sounds English spells
# with two letters.
_CARON_DIGRAPHS = str.maketrans({"š": "sh", "Š": "Sh", "č": "ch", "Č": "Ch", "ž": "zh", "Ž": "Zh"})


def _english_digraphs(text: str) -> str:
    """A name with its carons spelt as English transliterates them ("Šmyhaľ" -> "Shmyhaľ")."""
    return text.translate(_CARON_DIGRAPHS)


def _compact(text: str) -> str:
    """A name folded with its apostrophes, hyphens and spaces left out."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


_VOWELS = frozenset("aeiouy")
# Shorter skeletons are too common to tell people apart.
_SKELETON_MIN = 6


# Spellings of one sound in the romanisations of Cyrillic, Turkic and Georgian names
# ("Zhaparov", "Japarov"; "Qasym", "Kassym"; "Berdymukhammedov", "Berdimuhamedov";
# "Kovachevski", "Kovačevski" once its accent is dropped; the Serbian "Aljbin" for "Albin";
# "Gharibashvili", "Garibashvili"), longest first.
# ("sch" as "sh": "Olaf Sholz" for Scholz, "Shmidt" for Schmidt.)
_TRANSLITERATIONS = (
    ("dzh", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("sch", "sh"), ("ch", "c"), ("lj", "l"),
    ("q", "k")
)  # fmt: skip


def _skeleton(text: str) -> str:
    """A name's consonants in order, each run of one consonant once: how transliterations of
    one name agree ("Abdel Ati", "Abdelatty"; "Mohammed Al-Manfi", "Mohamed al-Menfi")."""
    compact = _compact(text)
    for spelling, sound in _TRANSLITERATIONS:
        compact = compact.replace(spelling, sound)
    consonants = [ch for ch in compact if ch not in _VOWELS]
    return "".join(ch for i, ch in enumerate(consonants) if i == 0 or consonants[i - 1] != ch)


def term_is_case_sensitive(term: str) -> bool:
    """True for abbreviations ("US", "U.S.", "PRC") that only match in their exact case."""
    letters = [ch for ch in term if ch.isalpha()]
    return bool(letters) and len(letters) <= 5 and not any(ch.islower() for ch in letters)


def parse_partial_date(value: str, *, upper: bool = False) -> date:
    """The first (or with `upper`, the last) day of an ISO partial date "YYYY[-MM[-DD]]".

    Raises ValueError when the text is not such a date.
    """
    match = _PARTIAL_DATE.match(value)
    if not match:
        raise ValueError(f"not a YYYY, YYYY-MM or YYYY-MM-DD date: {value!r}")
    year, month, day = match.groups()
    if day is not None:
        return date(int(year), int(month), int(day))
    if month is not None:
        first = date(int(year), int(month), 1)
        if not upper:
            return first
        next_month = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return date.fromordinal(next_month.toordinal() - 1)
    return date(int(year), 12, 31) if upper else date(int(year), 1, 1)


# The titles that name one office, as news calls it: "the Spanish prime minister" is the
# holder of "Prime Minister" (or "Premier of the State Council"); deputies are not.
_OFFICE_TITLES: dict[str, re.Pattern[str]] = {
    # Ireland's prime minister is the Taoiseach ("the Irish prime minister").
    "prime minister": re.compile(r"(?:Prime Minister|Premier)(?: of [\w ]+)?|Taoiseach"),
    "premier": re.compile(r"(?:Prime Minister|Premier)(?: of [\w ]+)?|Taoiseach"),
    "taoiseach": re.compile(r"Taoiseach"),
    "tánaiste": re.compile(r"Tánaiste"),
    "tanaiste": re.compile(r"Tánaiste"),
    # Not the president of a bank, a court, a parliament or an international body.
    "president": re.compile(
        r"President(?: of (?!(?:the )?(?:European|World|United Nations|International|New "
        r"Development|Assembly|Senate|Supreme|National Council|Council of|Republika))[\w ]+)?"
    ),
    "chancellor": re.compile(r"(?:Federal )?Chancellor"),
    "pope": re.compile(r"Pope"),
    # Monarchs, by the one title each reigning one holds ("received by His Majesty the King").
    "king": re.compile(r"King"),
    "emperor": re.compile(r"Emperor"),
    "emir": re.compile(r"Emir"),
    "sultan": re.compile(r"Sultan"),
    "grand duke": re.compile(r"Grand Duke"),
    "foreign minister": re.compile(
        r"(?:Minister (?:of|for) (?:Europe and )?Foreign Affairs(?: and [\w ]+)?"
        r"|Foreign Minister|Foreign Secretary|Minister of External Affairs)"
    ),
    # India's foreign minister, as Indian releases call the office.
    "external affairs minister": re.compile(
        r"(?:Minister of External Affairs|External Affairs Minister)"
    ),
}

# The offices `KnowledgeBase.holders_on` can look up.
NAMED_OFFICES = tuple(_OFFICE_TITLES)
# Offices only one country has, by their name in its language: "the Taoiseach" is Ireland's
# whether or not the article names Ireland.
NATIONAL_OFFICES: dict[str, str] = {
    "taoiseach": "IRL",
    "tánaiste": "IRL",
    "tanaiste": "IRL",
    "external affairs minister": "IND",
}

# --------------------------------------------------------------------------- entries


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Office(_Entry):
    """One office an actor held; `start`/`end` are ISO partial dates, None when open or unknown."""

    title: str = Field(min_length=1)
    start: str | None = Field(default=None, alias="from")
    end: str | None = Field(default=None, alias="to")

    @field_validator("start", "end")
    @classmethod
    def _partial_date(cls, value: str | None) -> str | None:
        if value is not None:
            parse_partial_date(value)
        return value

    @model_validator(mode="after")
    def _ordered(self) -> Office:
        if (
            self.start
            and self.end
            and parse_partial_date(self.start) > parse_partial_date(self.end, upper=True)
        ):
            raise ValueError(f"office {self.title!r} ends ({self.end}) before it starts")
        return self

    def held_on(self, when: date) -> bool:
        """Whether the office was held on `when`; partial dates are read generously."""
        if self.start and when < parse_partial_date(self.start):
            return False
        return not (self.end and when > parse_partial_date(self.end, upper=True))


class ActorEntry(_Entry):
    """A person or organisation that takes part in diplomacy."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str = Field(min_length=1)
    kind: Literal["person", "country", "organization"] = "person"
    country: str | None = Field(default=None, pattern=_ISO3)
    variants: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()
    # Whether reports call the person "she". Every woman listed is marked, so a person listed
    # without it is "he": "thanked Infantino, who visited her" is not about Trump.
    she: bool = False

    @property
    def all_names(self) -> tuple[str, ...]:
        """The canonical name followed by every variant."""
        return (self.name, *self.variants)


class CountryEntry(_Entry):
    """A country or territory with the names, adjectives and cities news uses for it."""

    iso3: str = Field(pattern=_ISO3)
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    capital: str | None = None
    cities: tuple[str, ...] = ()
    # Seats of government and venues readouts name instead of the city ("Rashtrapati
    # Bhavan"), each with the city it is in.
    venues: dict[str, str] = Field(default_factory=dict)
    # Other spellings of its cities, each with the one records use ("Kiev": "Kyiv"): one
    # meeting's place is one city however its reports spell it.
    spellings: dict[str, str] = Field(default_factory=dict)
    # Its parliament's own names ("Seimas", "Riigikogu"): "the Speaker of the Seimas" is of
    # this country. Only titles are read for them; a legislature is no actor.
    legislatures: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by every alias."""
        return (self.name, *self.aliases)

    @property
    def places(self) -> tuple[str, ...]:
        """The capital followed by the other cities."""
        return ((self.capital,) if self.capital else ()) + self.cities


class MechanismEntry(_Entry):
    """A named recurring dialogue or forum."""

    key: str = Field(pattern=r"^[a-z0-9][a-z0-9+-]*$")
    name: str = Field(min_length=1)
    countries: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()

    @field_validator("countries")
    @classmethod
    def _iso3_codes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for code in value:
            if not re.match(_ISO3, code):
                raise ValueError(f"country {code!r} is not an ISO3 code")
        return value


_ENTRY_TYPES: dict[FileKind, type[_Entry]] = {
    "countries": CountryEntry,
    "actors": ActorEntry,
    "mechanisms": MechanismEntry,
}
_ID_FIELDS: dict[FileKind, str] = {"countries": "iso3", "actors": "id", "mechanisms": "key"}


# --------------------------------------------------------------------------- file reading


def _kind_of(path: Path, items: list[Any]) -> FileKind:
    """Which kind of entries a file holds: by its name prefix, else by the first entry's keys."""
    stem = path.name.lower()
    for kind in _ENTRY_TYPES:
        if stem.startswith(kind):
            return kind
    first = items[0] if items and isinstance(items[0], dict) else {}
    if "iso3" in first:
        return "countries"
    if "key" in first:
        return "mechanisms"
    if "id" in first:
        return "actors"
    raise DataFileError(
        f"{path}: cannot tell whether it holds countries, actors or mechanisms "
        "(name it countries*.json, actors*.json or mechanisms*.json)"
    )


def _read_json(path: Path, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise DataFileError(f"{path}: not valid JSON ({err})") from err


def _sections(path: Path, data: Any) -> list[tuple[FileKind, list[Any]]]:
    """The entry lists a file holds: a JSON list of one kind, or an object keyed by kind."""
    if isinstance(data, list):
        return [(_kind_of(path, data), data)] if data else []
    if isinstance(data, dict) and data and set(data) <= set(_ENTRY_TYPES):
        sections: list[tuple[FileKind, list[Any]]] = []
        for kind in _ENTRY_TYPES:
            items = data.get(kind, [])
            if not isinstance(items, list):
                raise DataFileError(f"{path}: {kind!r} must be a JSON list")
            sections.append((kind, items))
        return sections
    raise DataFileError(
        f"{path}: expected a JSON list of entries or an object with "
        "'countries', 'actors' and/or 'mechanisms' lists"
    )


def _one_line(err: ValidationError) -> str:
    first = err.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    message = str(first["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


def _parse_entries(path: Path, kind: FileKind, items: list[Any]) -> list[_Entry]:
    model = _ENTRY_TYPES[kind]
    id_field = _ID_FIELDS[kind]
    entries: list[_Entry] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        label = f"entry {index}"
        if isinstance(item, dict) and isinstance(item.get(id_field), str):
            label += f" ({item[id_field]})"
        try:
            entry = model.model_validate(item)
        except ValidationError as err:
            raise DataFileError(f"{path}: {kind} {label}: {_one_line(err)}") from err
        ident = str(getattr(entry, id_field))
        if ident in seen:
            raise DataFileError(f"{path}: {kind} {label}: duplicate {id_field} {ident!r}")
        seen.add(ident)
        entries.append(entry)
    return entries


@dataclass
class _Collected:
    countries: dict[str, CountryEntry]
    actors: dict[str, ActorEntry]
    mechanisms: dict[str, MechanismEntry]
    # Where each actor/mechanism came from, to name the file in cross-reference errors.
    origin: dict[tuple[str, str], Path]

    def add(self, path: Path, entries: Iterable[_Entry]) -> None:
        for entry in entries:
            if isinstance(entry, CountryEntry):
                self.countries[entry.iso3] = entry
            elif isinstance(entry, ActorEntry):
                self.actors[entry.id] = entry
                self.origin[("actors", entry.id)] = path
            elif isinstance(entry, MechanismEntry):
                self.mechanisms[entry.key] = entry
                self.origin[("mechanisms", entry.key)] = path

    def check_country_codes(self) -> None:
        """Every actor's and mechanism's country must be a known ISO3 code."""
        for actor in self.actors.values():
            if actor.country is not None and actor.country not in self.countries:
                path = self.origin[("actors", actor.id)]
                raise DataFileError(
                    f"{path}: actors entry ({actor.id}): unknown country {actor.country!r}"
                )
        for mech in self.mechanisms.values():
            for code in mech.countries:
                if code not in self.countries:
                    path = self.origin[("mechanisms", mech.key)]
                    raise DataFileError(
                        f"{path}: mechanisms entry ({mech.key}): unknown country {code!r}"
                    )


def _bundled_sources() -> list[tuple[Path, str]]:
    data_dir = resources.files("parley") / "data"
    sources = []
    for name in BUNDLED_FILES:
        resource = data_dir / name
        sources.append((Path(str(resource)), resource.read_text(encoding="utf-8")))
    return sources


def _user_source(path: Path) -> tuple[Path, str]:
    try:
        return path, path.read_text(encoding="utf-8")
    except OSError as err:
        raise DataFileError(f"{path}: cannot read knowledge-base file ({err.strerror})") from err


# --------------------------------------------------------------------------- knowledge base


def _add_term(index: dict[str, Any], key: str, value: Any) -> None:
    # First writer wins so a country's own name beats another country's city of that name.
    index.setdefault(key, value)


class KnowledgeBase:
    """Countries, actors and mechanisms with lookup indexes built once.

    Build it with `KnowledgeBase.load()` at the entry point and pass it down; it is not mutated
    after construction.
    """

    def __init__(
        self,
        countries: Iterable[CountryEntry],
        actors: Iterable[ActorEntry],
        mechanisms: Iterable[MechanismEntry],
    ) -> None:
        self.countries: tuple[CountryEntry, ...] = tuple(countries)
        self.actors: tuple[ActorEntry, ...] = tuple(actors)
        self.mechanisms: tuple[MechanismEntry, ...] = tuple(mechanisms)
        self._by_iso3 = {c.iso3: c for c in self.countries}
        self._country_exact: dict[str, CountryEntry] = {}
        self._country_folded: dict[str, CountryEntry] = {}
        self._place_country: dict[str, str] = {}
        # One spelling per city, however punctuated ("Ndjamena" -> "N'Djamena").
        self._place_spelling: dict[str, str] = {}
        # Cities by their own written name: a spelling that differs only in spaces may be
        # another country's city ("Georgetown" is Guyana's, "George Town" the Caymans').
        self._place_own_name: dict[str, str] = {}
        self._venue_city: dict[str, list[tuple[str, str]]] = {}
        self._legislature_country: dict[str, str] = {}
        # Towns the hand-written entries leave out, read the first time one is looked up.
        self._world_towns = WorldTowns(fold)
        self._actor_by_id = {a.id: a for a in self.actors}
        self._people_by_country: dict[str, list[ActorEntry]] = {}
        for actor in self.actors:
            if actor.kind == "person" and actor.country:
                self._people_by_country.setdefault(actor.country, []).append(actor)
        self._actor_by_name: dict[str, ActorEntry] = {}
        self._actor_by_exact_name: dict[str, ActorEntry] = {}
        # Names with their hyphens and spaces left out: "Amir Abdollahian", "Amirabdollahian"
        # and "Amir-Abdollahian" are one spelling; so are "Al-Thani" and "Al Thani".
        self._actor_by_compact: dict[str, ActorEntry] = {}
        # People by the consonants of their full names, when only one person has them.
        self._person_by_skeleton: dict[str, ActorEntry] = {}
        self._actors_by_short: dict[str, list[ActorEntry]] = {}
        self._mechanism_by_key = {m.key: m for m in self.mechanisms}
        self._mechanism_by_alias: dict[str, MechanismEntry] = {}
        self._index_countries()
        self._index_actors()
        self._index_mechanisms()

    # ----------------------------------------------------------------- construction

    @classmethod
    def load(cls, extra_paths: Sequence[Path] = ()) -> KnowledgeBase:
        """The bundled knowledge base with the files in `extra_paths` merged over it, in order.

        A user file is a JSON list of countries, actors or mechanisms (told apart by the file
        name prefix or the entries' keys) or an object with any of those three lists. Raises
        DataFileError naming the file and entry when a file is malformed.
        """
        collected = _Collected({}, {}, {}, {})
        sources = _bundled_sources() + [_user_source(Path(p)) for p in extra_paths]
        for path, text in sources:
            for kind, items in _sections(path, _read_json(path, text)):
                collected.add(path, _parse_entries(path, kind, items))
        collected.check_country_codes()
        return cls(
            collected.countries.values(),
            collected.actors.values(),
            collected.mechanisms.values(),
        )

    def _index_countries(self) -> None:
        # Names and aliases first, adjectives next, so "Dominican" never shadows a name.
        for country in self.countries:
            for term in country.names:
                self._add_country_term(term, country)
        for country in self.countries:
            for term in country.adjectives:
                self._add_country_term(term, country)
        for country in self.countries:
            for term in country.names:
                _add_term(self._place_country, fold(term), country.iso3)
        for country in self.countries:
            for spelling, city in country.spellings.items():
                _add_term(self._place_spelling, _compact(spelling), city)
        # Capitals before other cities: a capital's name is the stronger claim.
        for country in self.countries:
            if country.capital:
                _add_term(self._place_country, fold(country.capital), country.iso3)
                _add_term(self._place_spelling, _compact(country.capital), country.capital)
                _add_term(self._place_own_name, fold(country.capital), country.capital)
        for country in self.countries:
            for city in country.cities:
                _add_term(self._place_country, fold(city), country.iso3)
                _add_term(self._place_spelling, _compact(city), city)
                if city not in country.spellings:
                    _add_term(self._place_own_name, fold(city), city)
        for country in self.countries:
            for venue, city in country.venues.items():
                seats = self._venue_city.setdefault(fold(venue), [])
                if (city, country.iso3) not in seats:
                    seats.append((city, country.iso3))
            for legislature in country.legislatures:
                _add_term(self._legislature_country, fold(legislature), country.iso3)

    def _add_country_term(self, term: str, country: CountryEntry) -> None:
        if term_is_case_sensitive(term):
            _add_term(self._country_exact, term.strip(), country)
        else:
            _add_term(self._country_folded, fold(term), country)

    def _index_actors(self) -> None:
        # Later actors (user files come last) take over a name an earlier one used.
        for actor in self.actors:
            for name in actor.all_names:
                if term_is_case_sensitive(name):
                    self._actor_by_exact_name[name.strip()] = actor
                else:
                    self._actor_by_name[fold(name)] = actor
                    self._actor_by_compact[_compact(name)] = actor
            for short in {fold(s) for s in actor.short}:
                self._actors_by_short.setdefault(short, []).append(actor)
            for short in {_compact(s) for s in actor.short} - {fold(s) for s in actor.short}:
                self._actors_by_short.setdefault(short, []).append(actor)
        skeletons: dict[str, set[str]] = {}
        people = {a.id: a for a in self.actors if a.kind == "person"}
        for actor in people.values():
            for name in actor.all_names:
                if " " in name.strip() and len(skeleton := _skeleton(name)) >= _SKELETON_MIN:
                    skeletons.setdefault(skeleton, set()).add(actor.id)
        self._person_by_skeleton = {
            skeleton: people[next(iter(ids))]
            for skeleton, ids in skeletons.items()
            if len(ids) == 1
        }

    def _index_mechanisms(self) -> None:
        for mech in self.mechanisms:
            for alias in (mech.name, *mech.aliases):
                _add_term(self._mechanism_by_alias, fold(alias), mech)
        # Normalised once here: scanning re-normalised every alias for every sentence.
        self._padded_mechanism_aliases = [
            (f" {_non_word_to_space(alias)} ", mech) for alias, mech in self.mechanism_aliases()
        ]

    # ----------------------------------------------------------------- countries

    def country_by_iso3(self, iso3: str) -> CountryEntry | None:
        """The country with this ISO 3166-1 alpha-3 code (any case), or None."""
        return self._by_iso3.get(iso3.strip().upper())

    def country_by_name(self, text: str) -> CountryEntry | None:
        """The country a name, alias or adjective denotes ("Russian", "Sino", "U.S."), or None.

        Abbreviations match only in their exact case; everything else case- and
        diacritics-insensitively.
        """
        exact = self._country_exact.get(text.strip())
        if exact is not None:
            return exact
        folded = fold(text)
        found = self._country_folded.get(folded)
        if found is None and folded.startswith("the "):
            found = self._country_folded.get(folded[4:])
        return found

    def country_of_place(self, place: str) -> str | None:
        """ISO3 code of the country a city, capital or country name is in, or None."""
        folded = fold(place)
        code = self._place_country.get(folded)
        if code is None and folded.startswith("the "):
            code = self._place_country.get(folded[4:])
        if code is not None:
            return code
        country = self.country_by_name(place)
        if country is not None:
            return country.iso3
        if folded in _CONTINENTS:
            # "on his first visit to Asia": a continent, not the gazetteer's town of that name.
            return None
        town = self._world_towns.find(place)
        return town[1] if town else None

    def place_spelling(self, place: str) -> str:
        """The knowledge base's spelling of a city written with other punctuation or accents
        ("Ndjamena", "Nukualofa"), else the world gazetteer's ("Hiroshima-shi" is
        "Hiroshima"); the text itself when the city is not known."""
        known = self._place_spelling.get(_compact(place))
        own = self._place_own_name.get(fold(place))
        if own is not None and known is not None:
            same_city = self.country_of_place(own) == self.country_of_place(known)
            return known if same_city else own
        if known is not None:
            return known
        town = self._world_towns.find(place)
        return town[0] if town else place

    def country_of_legislature(self, name: str) -> str | None:
        """ISO3 code of the country whose parliament has this name ("the Seimas"), or None."""
        folded = fold(name)
        found = self._legislature_country.get(folded)
        if found is None and folded.startswith("the "):
            found = self._legislature_country.get(folded[4:])
        return found

    def venue_city(self, venue: str, among: Collection[str] = ()) -> tuple[str, str] | None:
        """(city, ISO3) of a known venue ("the Casa Rosada" -> Buenos Aires), or None.

        A venue of that name in several countries ("the Federal Chancellery": Berlin, Vienna,
        Bern) is the one in the only country of `among` that has one; else None, as the name
        alone does not tell which."""
        folded = fold(venue)
        found = self._venue_city.get(folded)
        if found is None and folded.startswith("the "):
            found = self._venue_city.get(folded[4:])
        if not found:
            return None
        if len(found) > 1:
            found = [seat for seat in found if seat[1] in among]
        return found[0] if len(found) == 1 else None

    def venue_is_shared(self, venue: str) -> bool:
        """Whether venues of this name stand in several countries ("the Federal Chancellery")."""
        folded = fold(venue)
        found = self._venue_city.get(folded) or self._venue_city.get(folded.removeprefix("the "))
        return bool(found and len(found) > 1)

    def capital_named(self, text: str) -> tuple[str, str] | None:
        """(capital, ISO3) of "the Iranian capital", "the Qatari capital"; else None."""
        found = re.fullmatch(r"(?:the\s+)?(\S+)\s+capital", text.strip(), re.IGNORECASE)
        if found is None:
            return None
        country = self.country_by_name(found.group(1))
        if country is None or country.capital is None:
            return None
        return country.capital, country.iso3

    def is_listed_place(self, text: str) -> bool:
        """Whether the text is a city or country the hand-written entries list (the world
        gazetteer's towns, many of them also family names, are left out)."""
        return fold(text) in self._place_country or self.country_by_name(text) is not None

    def is_place(self, text: str) -> bool:
        """Whether the text names a known city, capital or country."""
        return self.country_of_place(text) is not None

    def country_terms(self) -> list[tuple[str, CountryEntry]]:
        """Every name, alias and adjective as written (see `term_is_case_sensitive`).

        Sorted longest first so a scanner prefers "South Korea" over "Korea".
        """
        terms = [
            (term, country)
            for country in self.countries
            for term in (*country.names, *country.adjectives)
        ]
        return sorted(terms, key=lambda pair: (-len(pair[0]), pair[0]))

    def place_terms(self) -> list[tuple[str, str]]:
        """Every capital and city as written with its country's ISO3, longest first."""
        terms = [(city, country.iso3) for country in self.countries for city in country.places]
        return sorted(terms, key=lambda pair: (-len(pair[0]), pair[0]))

    # ----------------------------------------------------------------- actors

    def office_horizon(self) -> date | None:
        """The latest office change the knowledge base records: who holds an open-ended office
        is only known up to this day."""
        days = [
            parse_partial_date(bound, upper=True)
            for actor in self.actors
            for office in actor.offices
            for bound in (office.start, office.end)
            if bound
        ]
        return max(days) if days else None

    def actor_by_id(self, actor_id: str) -> ActorEntry | None:
        """The actor with this knowledge-base id, or None."""
        return self._actor_by_id.get(actor_id)

    def _listed_actor(self, text: str) -> ActorEntry | None:
        """The actor listed under this name or variant, as written or folded."""
        exact = self._actor_by_exact_name.get(text.strip())
        if exact is not None:
            return exact
        folded = fold(text)
        found = self._actor_by_name.get(folded)
        if found is None and folded.startswith("the "):
            found = self._actor_by_name.get(folded[4:])
        words = folded.split()
        if found is None and len(words) == 2:
            # "IWAYA Takeshi", "Japan's Kishida Fumio": the family name first, as Japanese
            # ministries and some outlets write it.
            found = self._actor_by_name.get(f"{words[1]} {words[0]}")
        if found is None:
            found = self._actor_by_compact.get(_compact(text))
        return found

    def actor_by_name(self, text: str, *, spelt_alike: bool = True) -> ActorEntry | None:
        """The actor whose name or variant this is, or None.

        Case- and diacritics-insensitive, except abbreviations ("MBS", "WHO", "UN") which only
        match in their exact case. A full name spelt another way ("Badr Abdel Ati" for Badr
        Abdelatty) is found by its consonants, unless not `spelt_alike`.
        """
        found = self._listed_actor(text)
        if found is None and (english := _english_digraphs(text)) != text:
            # "Denys Šmyhaľ", as Slovak or Czech spells a Ukrainian name: "Denys Shmyhal".
            found = self._listed_actor(english)
        if found is None and spelt_alike and len(text.split()) >= 2:
            found = self._person_by_skeleton.get(_skeleton(text))
        return found

    def actor_without_middle_names(self, text: str) -> ActorEntry | None:
        """The actor a full name is by its first and last words ("Emmerson Dambudzo
        Mnangagwa", "António Luís Santos da Costa"), else once a run of its middle given names
        is left out, fewest first ("Bassirou Diomaye Diakhar Faye"), else without a Spanish
        name's last surname ("Gabriel Boric Font"). Only plain given names
        are: "Khalid Al-Hamad" in "Sabah Khalid Al-Hamad Al-Sabah" names his father, and
        without it he would be another man of the family."""
        words = text.split()
        if len(words) >= 3 and (found := self.actor_by_name(f"{words[0]} {words[-1]}")):
            return found
        for dropped in range(1, len(words) - 2):
            for start in range(1, len(words) - dropped):
                if not all(w.isalpha() and w.istitle() for w in words[start : start + dropped]):
                    continue
                # (Not by consonants: "Al-Hamad" and "Al-Ahmad" share them.)
                found = self._listed_actor(" ".join(words[:start] + words[start + dropped :]))
                if found is not None:
                    return found
        if len(words) >= 3 and all(w.isalpha() and w.istitle() for w in words[1:]):
            # "Dina Ercilia Boluarte Zegarra", "Gabriel Boric Font": a Spanish name ends in the
            # mother's surname, after the one the person goes by.
            return self._listed_actor(f"{words[0]} {words[-2]}")
        return None

    def actors_by_short(self, text: str) -> list[ActorEntry]:
        """Actors referred to by this second-mention form ("Lavrov", "Wang"); may be several."""
        english = _english_digraphs(text)
        return list(
            self._actors_by_short.get(fold(text))
            or self._actors_by_short.get(_compact(text))
            or (self._actors_by_short.get(fold(english), []) if english != text else [])
        )

    def actor_name_terms(self) -> list[tuple[str, ActorEntry]]:
        """Every full name and variant as written with its actor, longest first."""
        terms = [(name, actor) for actor in self.actors for name in actor.all_names]
        return sorted(terms, key=lambda pair: (-len(pair[0]), pair[0]))

    def holders_on(self, iso3: str, office: str, when: date) -> list[ActorEntry]:
        """The people of a country who held an office ("prime minister", "president",
        "foreign minister") on `when`, by the titles the knowledge base lists."""
        wanted = _OFFICE_TITLES.get(office)
        if wanted is None:
            return []
        return [
            actor
            for actor in self._people_by_country.get(iso3, ())
            if any(o.held_on(when) and wanted.fullmatch(o.title) for o in actor.offices)
        ]

    def holders_of_title(self, title: re.Pattern[str], when: date) -> list[ActorEntry]:
        """The people of any country who held an office of that title on `when` (an office of
        an international body, which no country's office lookup finds)."""
        return [
            actor
            for actor in self.actors
            if actor.kind == "person"
            and any(o.held_on(when) and title.fullmatch(o.title) for o in actor.offices)
        ]

    def named_offices_of(self, actor: ActorEntry, when: date) -> list[str]:
        """The offices `holders_on` can look up that the actor held on `when`."""
        return [
            office
            for office, pattern in _OFFICE_TITLES.items()
            if any(o.held_on(when) and pattern.fullmatch(o.title) for o in actor.offices)
        ]

    def office_at(self, actor: ActorEntry, when: date | None) -> list[str]:
        """Titles the actor held on `when` (every title ever held when `when` is None)."""
        titles = [o.title for o in actor.offices if when is None or o.held_on(when)]
        return list(dict.fromkeys(titles))

    # ----------------------------------------------------------------- mechanisms

    def mechanism_by_key(self, key: str) -> MechanismEntry | None:
        """The mechanism with this key, or None."""
        return self._mechanism_by_key.get(key)

    def names_a_mechanism(self, text: str) -> bool:
        """Whether the phrase is, exactly, one of a mechanism's names ("Weimar Triangle")."""
        return fold(text) in self._mechanism_by_alias

    def mechanism_by_alias(self, text: str) -> MechanismEntry | None:
        """The mechanism a phrase names: an exact alias first, else the longest alias in it."""
        folded = fold(text)
        exact = self._mechanism_by_alias.get(folded)
        if exact is not None:
            return exact
        padded = f" {_non_word_to_space(folded)} "
        for alias, mech in self._padded_mechanism_aliases:
            if alias in padded:
                return mech
        return None

    def mechanism_starting(self, text: str) -> MechanismEntry | None:
        """The mechanism whose longest name or alias the text starts with, or None."""
        padded = f" {_non_word_to_space(fold(text))} "
        for alias, mech in self._padded_mechanism_aliases:
            if padded.startswith(alias):
                return mech
        return None

    def mechanism_aliases(self) -> list[tuple[str, MechanismEntry]]:
        """(folded alias, mechanism) for every name and alias, longest first, for scanning."""
        pairs = list(self._mechanism_by_alias.items())
        return sorted(pairs, key=lambda pair: (-len(pair[0]), pair[0]))


_NON_WORD = re.compile(r"[^\w+]+")


def _non_word_to_space(text: str) -> str:
    return _NON_WORD.sub(" ", text).strip()
