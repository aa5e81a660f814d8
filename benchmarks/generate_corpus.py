"""Scale the team's own articles to benchmark corpora of any size (1,000, 10,000, 100,000 ...).

Usage: ``python benchmarks/generate_corpus.py --size 10000 --out /tmp/corpus-10k [--seed 0]``

Each article group of the development corpus (``d01a``, ``d01b``, ``d01c`` report one occasion
through several outlets) is re-told many times. Every re-telling is a *scenario* that changes,
consistently across all articles of the group, the countries (names, adjectives, capitals and
other cities, datelines in capitals), the people (known leaders and ministers swapped for others
of the new countries, other named people for invented names), the dates (shifted by whole weeks
so "on Thursday" still names the right weekday), the standalone years, the named mechanism and
its round numbers. Repeated coverage of one event by several outlets is therefore kept, with
its disagreements, so reconciliation works as hard as on the originals; distractor articles are
re-told the same way.

Articles are written as ``.txt`` files, 1,000 per sub-folder, named ``<stem>-<variant>.txt``
(the file stem becomes the article id). Output is streamed: nothing holds the corpus in memory.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = REPO / "benchmarks" / "corpus" / "articles"
FILES_PER_FOLDER = 1000

# Invented names for people the knowledge base does not know (and for countries whose known
# people are used up). Written for this generator; any resemblance is chance.
_GIVEN = [
    "Amara",
    "Bogdan",
    "Chiara",
    "Dariusz",
    "Elif",
    "Farid",
    "Hana",
    "Ilse",
    "Jomo",
    "Kalani",
    "Leona",
    "Mateus",
    "Nadia",
    "Oren",
    "Priya",
    "Quentin",
    "Rasa",
    "Sione",
    "Tariq",
    "Ulla",
    "Vikram",
    "Wanjiru",
    "Xenia",
    "Yusuf",
    "Zofia",
    "Anders",
    "Beatriz",
    "Cyrus",
    "Dalia",
    "Emeka",
    "Folake",
    "Goran",
    "Halima",
    "Idris",
    "Jana",
    "Kenji",
    "Lucia",
    "Mirza",
    "Nikolai",
    "Odile",
]
_FAMILY = [
    "Abebe",
    "Brandt",
    "Castell",
    "Dimitrov",
    "Esposito",
    "Farouk",
    "Gashi",
    "Haddad",
    "Ionescu",
    "Jaramillo",
    "Kovac",
    "Lindqvist",
    "Mwangi",
    "Nakamura",
    "Okafor",
    "Petrenko",
    "Quispe",
    "Rahimi",
    "Sandoval",
    "Tamm",
    "Uribe",
    "Varga",
    "Wiredu",
    "Yilmaz",
    "Zeller",
    "Achterberg",
    "Bakr",
    "Chaudhry",
    "Delacroix",
    "Eze",
    "Fonseca",
    "Grabowski",
    "Hakimi",
    "Ivanova",
]

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTH_NUMBER = {name: i + 1 for i, name in enumerate(_MONTHS)}
_MONTH_NUMBER.update({name[:3]: i + 1 for i, name in enumerate(_MONTHS)})
_MONTH_NUMBER["Sept"] = 9
_MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"  # noqa: E501
_DAYS = r"(?P<d{n}>\d{{1,2}})(?:(?P<sep{n}>-|–)(?P<e{n}>\d{{1,2}}))?"
_MONTH = r"(?P<m{n}>{months})(?P<dot{n}>\.?)"
_YEAR = r"(?:(?P<c{n}>,? )(?P<y{n}>(?:19|20)\d\d))?"
_DATE_RE = re.compile(
    r"\b(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d))\b"
    + r"|\b(?P<md>"
    + _MONTH.format(n=1, months=_MONTH_RE)
    + " "
    + _DAYS.format(n=1)
    + _YEAR.format(n=1)
    + r")\b|\b(?P<dm>"
    + _DAYS.format(n=2)
    + " "
    + _MONTH.format(n=2, months=_MONTH_RE)
    + _YEAR.format(n=2)
    + r")\b|\b(?P<year>(?:19[5-9]|20[0-4])\d)\b"
)
_ROUND_RE = re.compile(
    r"\b(\d{1,3})(st|nd|rd|th)\b(?=(?:\s+[\w-]+){0,2}\s+(?:round|session|edition|meeting|summit|"
    r"dialogue|consultations?|congress|assembly)\b)"
)
_LEADER_WORDS = ("President", "Prime Minister", "Chancellor", "King", "Emir", "Premier", "Sultan")
_MINISTER_WORDS = ("Foreign", "External Affairs", "Secretary of State")


# --------------------------------------------------------------------------- knowledge


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    adjective: str
    capital: str
    cities: tuple[str, ...]

    def display(self) -> str:
        """The name as it reads in running text ("the Philippines", "Kenya")."""
        needs_article = (
            self.name.startswith(("United ", "Republic ", "Democratic ", "Czech "))
            or self.name.endswith(("s", "Emirates", "Republic", "Kingdom"))
        ) and not self.name.endswith(("Laos", "Belarus", "Cyprus", "Mauritius"))
        return f"the {self.name}" if needs_article else self.name


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    short: str
    country: str | None
    role: str  # "leader", "minister" or "other"


@dataclass(frozen=True)
class Mechanism:
    key: str
    aliases: tuple[str, ...]
    countries: tuple[str, ...]


@dataclass
class Knowledge:
    """The bundled knowledge base, reduced to what re-telling an article needs."""

    countries: dict[str, Country]
    people: dict[str, Person]
    mechanisms: dict[str, Mechanism]
    # Surface form -> (kind, entity key, form); only unambiguous surfaces are kept.
    surfaces: dict[str, tuple[str, str, str]]
    people_by_country: dict[str, list[Person]] = field(default_factory=dict)
    pool: list[str] = field(default_factory=list)

    @classmethod
    def load(cls) -> Knowledge:
        data = resources.files("parley.data")
        countries_raw = json.loads(data.joinpath("countries.json").read_text("utf-8"))
        actors_raw = json.loads(data.joinpath("actors.json").read_text("utf-8"))
        mechanisms_raw = json.loads(data.joinpath("mechanisms.json").read_text("utf-8"))
        return cls.build(countries_raw, actors_raw, mechanisms_raw)

    @classmethod
    def build(
        cls, countries_raw: list[Any], actors_raw: list[Any], mechanisms_raw: list[Any]
    ) -> Knowledge:
        countries: dict[str, Country] = {}
        candidates: dict[str, set[tuple[str, str, str]]] = {}

        def offer(surface: str, entry: tuple[str, str, str]) -> None:
            if len(surface) >= 2:
                candidates.setdefault(surface, set()).add(entry)

        for raw in countries_raw:
            if not raw.get("capital") or not raw.get("adjectives"):
                continue
            country = Country(
                iso3=raw["iso3"],
                name=raw["name"],
                adjective=raw["adjectives"][0],
                capital=raw["capital"],
                cities=tuple(c for c in raw.get("cities", []) if c[:1].isupper()),
            )
            countries[country.iso3] = country
            offer(country.name, ("country", country.iso3, "name"))
            offer(f"the {country.name}", ("country", country.iso3, "name"))
            offer(f"The {country.name}", ("country", country.iso3, "name"))
            for alias in raw.get("aliases", []):
                offer(alias, ("country", country.iso3, "name"))
            for adjective in raw["adjectives"]:
                offer(adjective, ("country", country.iso3, "adjective"))
            offer(country.capital, ("country", country.iso3, "capital"))
            offer(country.capital.upper(), ("country", country.iso3, "CAPITAL"))
            for city in country.cities:
                offer(city, ("country", country.iso3, "city"))
                offer(city.upper(), ("country", country.iso3, "CITY"))
        people: dict[str, Person] = {}
        for raw in actors_raw:
            if raw.get("kind") != "person":
                continue
            titles = " ".join(office.get("title", "") for office in raw.get("offices", []))
            role = "other"
            if any(word in titles for word in _MINISTER_WORDS):
                role = "minister"
            if any(word in titles for word in _LEADER_WORDS) and "Deputy" not in titles:
                role = "leader"
            shorts = raw.get("short") or [raw["name"].split()[-1]]
            person = Person(raw["id"], raw["name"], shorts[0], raw.get("country"), role)
            people[person.key] = person
            for variant in [raw["name"], *raw.get("variants", [])]:
                offer(variant, ("person", person.key, "name"))
            for short in raw.get("short", []):
                offer(short, ("person", person.key, "short"))
        mechanisms: dict[str, Mechanism] = {}
        for raw in mechanisms_raw:
            aliases = tuple(dict.fromkeys([raw["name"], *raw.get("aliases", [])]))
            mechanism = Mechanism(raw["key"], aliases, tuple(raw.get("countries", [])))
            mechanisms[mechanism.key] = mechanism
            for index, alias in enumerate(aliases):
                offer(alias, ("mechanism", mechanism.key, str(index)))
                offer(alias[:1].upper() + alias[1:], ("mechanism", mechanism.key, str(index)))
        surfaces = {s: next(iter(e)) for s, e in candidates.items() if len(e) == 1}
        knowledge = cls(countries, people, mechanisms, surfaces)
        for person in people.values():
            if person.country in countries:
                knowledge.people_by_country.setdefault(person.country, []).append(person)
        mechanism_countries = {c for m in mechanisms.values() for c in m.countries}
        knowledge.pool = sorted(
            iso
            for iso in countries
            if iso in knowledge.people_by_country or iso in mechanism_countries
        )
        return knowledge


# --------------------------------------------------------------------------- groups


@dataclass(frozen=True)
class BaseArticle:
    stem: str
    group: str
    text: str


@dataclass
class GroupPlan:
    """What one article group names, found once and re-told in every scenario."""

    group: str
    articles: list[BaseArticle]
    pattern: re.Pattern[str] | None
    slots: dict[str, tuple[str, str, str]]
    countries: list[str]
    people: list[str]
    mechanisms: list[str]
    unlisted_people: list[str]
    anchor: date
    years: dict[str, int]


def group_of(stem: str) -> str:
    """`d01a` -> `d01` (one occasion, several outlets); a distractor `x03` is its own group."""
    return stem[:-1] if stem[-1:].isalpha() and stem[:1] == "d" else stem


def load_base_articles(source: Path) -> list[BaseArticle]:
    """The team's articles under `source`, by file name."""
    return [
        BaseArticle(path.stem, group_of(path.stem), path.read_text("utf-8"))
        for path in sorted(source.glob("*.txt"))
    ]


PeopleFinder = Callable[[Sequence[str]], list[str]]


def spacy_people_finder() -> PeopleFinder:
    """Names spaCy tags PERSON, for people the knowledge base does not list."""
    from parley.nlp.model import load_model

    nlp = load_model()

    def find(texts: Sequence[str]) -> list[str]:
        names: set[str] = set()
        for doc in nlp.pipe(texts):
            for ent in doc.ents:
                words = ent.text.split()
                if (
                    ent.label_ == "PERSON"
                    and len(words) >= 2
                    and all(w[:1].isupper() for w in words)
                ):
                    names.add(ent.text.removesuffix("'s"))
        return sorted(names)

    return find


def plan_groups(
    articles: Sequence[BaseArticle], knowledge: Knowledge, find_people: PeopleFinder | None
) -> list[GroupPlan]:
    """One plan per group, in the order groups first appear."""
    grouped: dict[str, list[BaseArticle]] = {}
    for article in articles:
        grouped.setdefault(article.group, []).append(article)
    all_people = find_people([a.text for a in articles]) if find_people else []
    return [_plan_group(name, members, knowledge, all_people) for name, members in grouped.items()]


def _plan_group(
    name: str, members: list[BaseArticle], knowledge: Knowledge, all_people: list[str]
) -> GroupPlan:
    text = "\n".join(a.text for a in members)
    slots: dict[str, tuple[str, str, str]] = {}
    countries: dict[str, None] = {}
    people: dict[str, None] = {}
    mechanisms: dict[str, None] = {}
    for surface, entry in knowledge.surfaces.items():
        kind, key, form = entry
        if form == "short" or surface not in text:
            continue
        if not re.search(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
            continue
        slots[surface] = entry
        if kind == "country":
            countries[key] = None
        elif kind == "person":
            people[key] = None
            person = knowledge.people[key]
            if person.country in knowledge.countries:
                countries[person.country] = None
        else:
            mechanisms[key] = None
            countries.update(dict.fromkeys(knowledge.mechanisms[key].countries))
    # Short names ("Xi", "Kishida") only where the full name appears in the group.
    for surface, entry in knowledge.surfaces.items():
        if entry[2] == "short" and entry[1] in people and surface in text:
            slots[surface] = entry
    listed_words = {word for surface in slots for word in surface.split()}
    unlisted = [
        person for person in all_people if person in text and not set(person.split()) & listed_words
    ]
    for index, person in enumerate(unlisted):
        slots[person] = ("unlisted", str(index), "name")
        surname = person.split()[-1]
        if surname not in slots and len(surname) > 3:
            slots[surname] = ("unlisted", str(index), "short")
    pattern = None
    if slots:
        alternation = "|".join(re.escape(s) for s in sorted(slots, key=len, reverse=True))
        pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
    years = {a.stem: _first_year(a.text) or 0 for a in members}
    group_year = next((y for y in years.values() if y), 2023)
    years = {stem: year or group_year for stem, year in years.items()}
    return GroupPlan(
        group=name,
        articles=members,
        pattern=pattern,
        slots=slots,
        countries=list(countries),
        people=list(people),
        mechanisms=list(mechanisms),
        unlisted_people=unlisted,
        anchor=_anchor_date(text, group_year),
        years=years,
    )


def _first_year(text: str) -> int | None:
    for match in _DATE_RE.finditer(text):
        year = match["iy"] or match["y1"] or match["y2"] or match["year"]
        if year:
            return int(year)
    return None


def _anchor_date(text: str, year: int) -> date:
    for match in _DATE_RE.finditer(text):
        parsed = _match_date(match, year)
        if parsed is not None:
            return parsed[0]
    return date(year, 6, 15)


def _match_date(match: re.Match[str], year: int) -> tuple[date, date | None] | None:
    """The (first, last) day a date match names, with `year` when it states none."""
    try:
        if match["iso"]:
            return date(int(match["iy"]), int(match["im"]), int(match["id"])), None
        if match["md"] or match["dm"]:
            month = _MONTH_NUMBER[match["m1"] or match["m2"]]
            day = int(match["d1"] or match["d2"])
            stated = match["y1"] or match["y2"]
            first = date(int(stated) if stated else year, month, day)
            end = match["e1"] or match["e2"]
            return first, first.replace(day=int(end)) if end else None
    except ValueError:
        return None
    return None


# --------------------------------------------------------------------------- scenarios


@dataclass
class Scenario:
    """One re-telling of a group: what every named thing becomes, and the date shift."""

    countries: dict[str, Country]
    people: dict[str, tuple[str, str]]
    mechanisms: dict[str, Mechanism]
    unlisted: dict[str, tuple[str, str]]
    shift: timedelta
    year_delta: int
    round_offset: int
    rng: random.Random


def make_scenario(plan: GroupPlan, knowledge: Knowledge, rng: random.Random) -> Scenario:
    """A consistent substitution for every country, person, mechanism and date of the group."""
    country_map: dict[str, str] = {}
    mechanism_map: dict[str, Mechanism] = {}
    for key in plan.mechanisms:
        source = knowledge.mechanisms[key]
        same_size = [
            m for m in knowledge.mechanisms.values() if len(m.countries) == len(source.countries)
        ]
        target = rng.choice(same_size)
        mechanism_map[key] = target
        for old, new in zip(source.countries, target.countries, strict=True):
            if old not in country_map and new not in country_map.values():
                country_map[old] = new
    free = [iso for iso in knowledge.pool if iso not in country_map.values()]
    rng.shuffle(free)
    for iso in plan.countries:
        if iso not in country_map and free:
            country_map[iso] = free.pop()
    used: set[str] = set()
    people: dict[str, tuple[str, str]] = {}
    for key in plan.people:
        person = knowledge.people[key]
        target_country = country_map.get(person.country or "", person.country or "")
        people[key] = _replacement_person(person, target_country, knowledge, used, rng)
    unlisted = {str(i): _invented_person(rng) for i in range(len(plan.unlisted_people))}
    weeks = rng.randint(-350, 120)
    shift = timedelta(weeks=weeks)
    return Scenario(
        countries={old: knowledge.countries[new] for old, new in country_map.items()},
        people=people,
        mechanisms=mechanism_map,
        unlisted=unlisted,
        shift=shift,
        year_delta=(plan.anchor + shift).year - plan.anchor.year,
        round_offset=rng.randint(0, 30),
        rng=rng,
    )


def _replacement_person(
    person: Person, country: str, knowledge: Knowledge, used: set[str], rng: random.Random
) -> tuple[str, str]:
    options = [p for p in knowledge.people_by_country.get(country, []) if p.key not in used]
    same_role = [p for p in options if p.role == person.role]
    chosen = rng.choice(same_role or options) if options else None
    if chosen is None:
        return _invented_person(rng)
    used.add(chosen.key)
    return chosen.name, chosen.short


def _invented_person(rng: random.Random) -> tuple[str, str]:
    family = rng.choice(_FAMILY)
    return f"{rng.choice(_GIVEN)} {family}", family


# --------------------------------------------------------------------------- rendering


def render(article: BaseArticle, plan: GroupPlan, scenario: Scenario) -> str:
    """The article re-told under `scenario`."""
    text = _DATE_RE.sub(lambda m: _shift_date(m, plan.years[article.stem], scenario), article.text)
    text = _ROUND_RE.sub(lambda m: _ordinal(int(m[1]) + scenario.round_offset), text)
    if plan.pattern is not None:
        text = plan.pattern.sub(lambda m: _replace_entity(m[0], plan, scenario), text)
    return text


def _replace_entity(surface: str, plan: GroupPlan, scenario: Scenario) -> str:
    kind, key, form = plan.slots[surface]
    if kind == "person":
        name, short = scenario.people[key]
        return short if form == "short" else name
    if kind == "unlisted":
        name, short = scenario.unlisted[key]
        return short if form == "short" else name
    if kind == "mechanism":
        target = scenario.mechanisms[key]
        alias = target.aliases[int(form) % len(target.aliases)]
        return alias[:1].upper() + alias[1:] if surface[:1].isupper() else alias
    country = scenario.countries.get(key)
    if country is None:
        return surface
    if form == "name":
        display = country.display()
        if surface.startswith("The ") or (display.startswith("the ") and surface[:1].isupper()):
            display = display[:1].upper() + display[1:] if surface.startswith("The ") else display
        return display
    if form == "adjective":
        return country.adjective
    if form in ("capital", "CAPITAL"):
        return country.capital.upper() if form == "CAPITAL" else country.capital
    city = (
        country.cities[zlib.crc32(surface.encode()) % len(country.cities)]
        if country.cities
        else country.capital
    )
    return city.upper() if form == "CITY" else city


def _shift_date(match: re.Match[str], year: int, scenario: Scenario) -> str:
    if match["year"]:
        return str(int(match["year"]) + scenario.year_delta)
    parsed = _match_date(match, year)
    if parsed is None:
        return match[0]
    first = parsed[0] + scenario.shift
    last = parsed[1] + scenario.shift if parsed[1] else None
    if match["iso"]:
        return first.isoformat()
    month_word = match["m1"] or match["m2"]
    month = _month_name(first.month, month_word)
    dot = match["dot1"] or match["dot2"] or ""
    stated_year = match["y1"] or match["y2"]
    year_part = f"{match['c1'] or match['c2']}{first.year}" if stated_year else ""
    if match["md"]:
        days = f"{first.day}{match['sep1']}{last.day}" if last else str(first.day)
        return f"{month}{dot} {days}{year_part}"
    days = f"{first.day}{match['sep2']}{last.day}" if last else str(first.day)
    return f"{days} {month}{dot}{year_part}"


def _month_name(month: int, written: str) -> str:
    full = _MONTHS[month - 1]
    if written in _MONTHS:
        return full
    return "Sept" if month == 9 and written == "Sept" else full[:3]


def _ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


# --------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class GeneratedArticle:
    id: str
    text: str


def iter_corpus(
    size: int,
    *,
    seed: int = 0,
    source: Path = DEFAULT_SOURCE,
    find_people: PeopleFinder | None = None,
    knowledge: Knowledge | None = None,
) -> Iterator[GeneratedArticle]:
    """`size` re-told articles: variant 0 of every group, then variant 1, and so on.

    Deterministic for a given seed: the first N articles of a larger corpus are the N-article
    corpus, so the sizes nest.
    """
    knowledge = knowledge or Knowledge.load()
    plans = plan_groups(load_base_articles(source), knowledge, find_people)
    if not plans:
        raise SystemExit(f"no .txt articles under {source}")
    produced = 0
    variant = 0
    while produced < size:
        for plan in plans:
            rng = random.Random(f"{seed}:{variant}:{plan.group}")
            scenario = make_scenario(plan, knowledge, rng)
            for article in plan.articles:
                if produced >= size:
                    return
                yield GeneratedArticle(
                    f"{article.stem}-{variant:05d}", render(article, plan, scenario)
                )
                produced += 1
        variant += 1


def write_corpus(articles: Iterator[GeneratedArticle], out: Path) -> int:
    """Write articles as `<out>/<NNN>/<id>.txt`, 1,000 per folder; returns how many."""
    count = 0
    for count, article in enumerate(articles, start=1):
        folder = out / f"{(count - 1) // FILES_PER_FOLDER:03d}"
        if (count - 1) % FILES_PER_FOLDER == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{article.id}.txt").write_text(article.text, "utf-8")
    return count


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, required=True, help="number of articles")
    parser.add_argument("--out", type=Path, required=True, help="output folder (created)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument(
        "--no-ner",
        action="store_true",
        help="do not use spaCy to find people the knowledge base does not know (faster)",
    )
    args = parser.parse_args(argv)
    finder = None if args.no_ner else spacy_people_finder()
    count = write_corpus(
        iter_corpus(args.size, seed=args.seed, source=args.source, find_people=finder), args.out
    )
    print(f"wrote {count} articles to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
