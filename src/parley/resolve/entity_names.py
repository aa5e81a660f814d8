"""Entity patterns built from the knowledge base, for the spaCy entity ruler."""

from __future__ import annotations

from parley.nlp.entities import TOWN
from parley.resolve.knowledge import KnowledgeBase


def entity_patterns(kb: KnowledgeBase) -> list[dict[str, str]]:
    """Phrase patterns: people as PERSON (full names, and surnames only one actor uses),
    organisations as ORG, country names, capitals that are nobody's name and cities of more
    than one word as GPE, venues ("Rashtrapati Bhavan") as FAC and nationality adjectives as
    NORP."""
    patterns: list[dict[str, str]] = []
    seen: set[str] = set()

    def add(label: str, text: str) -> None:
        if text and text not in seen:
            seen.add(text)
            patterns.append({"label": label, "pattern": text})

    country_words = {t for t, _ in kb.country_terms()}
    for actor in kb.actors:
        label = "PERSON" if actor.kind == "person" else "ORG"
        for name in actor.all_names:
            add(label, name)
            if actor.kind == "person":
                # "Ursula Von der Leyen", "Mohammed Bin Salman": a particle some outlets
                # capitalise, which the phrase patterns match only as written.
                add(label, _particles_capitalised(name))
            if actor.kind == "person" and " " in name:
                # "TAOISEACH SIMON HARRIS has said ...": a lede set in capitals.
                add(label, name.upper())
        if actor.kind == "person":
            for short in actor.short:
                if short not in country_words and len(kb.actors_by_short(short)) == 1:
                    add("PERSON", short)
    name_words = {w for actor in kb.actors for n in actor.all_names for w in n.split()}
    for country in kb.countries:
        for name in country.names:
            add("GPE", name)
        capital = country.capital or ""
        if capital and capital not in name_words and capital not in _CAPITALS_ALSO_NAMES:
            # "chose Kyiv as the destination": a capital the small model may take for a
            # person, unless it is also someone's name ("Santiago Peña").
            add("GPE", capital)
        for adjective in country.adjectives:
            add("NORP", adjective)
        for place in country.places:
            # The small model takes "Buenos Aires" or "Kuala Lumpur" for a person, and splits
            # "Mar-a-Lago" or "Cholpon-Ata" into words. Other one-word cities stay with the
            # model: many are also given names ("Santiago Pena").
            if (" " in place or "-" in place) and not place.startswith("The "):
                add("GPE", place)
            elif place not in name_words and place not in _CAPITALS_ALSO_NAMES:
                # "Macron visited Erbil": a town the model took for an organisation.
                add(TOWN, place)
        for venue in country.venues:
            add("FAC", venue)
            if venue.startswith(("Al-", "Al ", "El-", "El ")):
                # "the al-Yamamah Palace": the article in lower case, as many outlets write it.
                add("FAC", venue[0].lower() + venue[1:])
    for water in _WATERS_NAMED_FOR_COUNTRIES:
        # "tensions in the South China Sea": a sea, not China, whatever the country patterns
        # find inside its name.
        add("LOC", water)
    for river in _RIVERS:
        # "a new bridge over the Danube": a river the small model may take for a person.
        add("LOC", river)
    return patterns


_WATERS_NAMED_FOR_COUNTRIES = (
    "South China Sea", "East China Sea", "West Philippine Sea", "Sea of Japan", "Gulf of Mexico",
    "Gulf of America", "Gulf of Guinea", "Gulf of Oman", "Sea of Oman",
)  # fmt: skip

# Rivers that border or cross countries and come up in their talks.
_RIVERS = (
    "Danube", "Dniester", "Dnipro", "Dnieper", "Prut", "Nile", "Mekong", "Rhine", "Euphrates",
    "Tigris", "Yangtze", "Volga", "Drina", "Sava", "Oder", "Elbe", "Vistula", "Zambezi",
    "Limpopo", "Indus", "Ganges", "Brahmaputra", "Amur", "Irrawaddy",
)  # fmt: skip

# One-word capitals that are also common given names or surnames.
_CAPITALS_ALSO_NAMES = frozenset(
    {"Victoria", "Sofia", "Santiago", "Hamilton", "Douglas", "Stanley", "Georgetown",
     "Kingston", "Jamestown", "Lima", "Sucre", "Nassau", "Plymouth", "Paris", "Monaco",
     "Gustavia", "Adamstown", "Philipsburg", "Marigot", "Alofi", "Praia"}
)  # fmt: skip


def _particles_capitalised(name: str) -> str:
    """The name with its first lower-case particle capitalised, as some outlets write it
    ("Ursula von der Leyen" -> "Ursula Von der Leyen")."""
    words = name.split(" ")
    for i, word in enumerate(words):
        if i > 0 and word[:1].islower():
            words[i] = word[:1].upper() + word[1:]
            break
    return " ".join(words)
