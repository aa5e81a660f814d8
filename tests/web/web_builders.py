"""A hand-filled database for the web tests: realistic events written by the team, including
a round conflict (18 vs 9) quoted from two articles, a planned follow-up and a hostile article.
No NLP runs; offsets are computed from the texts so highlights land on the right words."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from parley.models import (
    Article,
    Conflict,
    Event,
    EventType,
    Evidence,
    FieldValue,
    Location,
    MechanismRef,
    Participant,
    Precision,
    Status,
)
from parley.store import open_store

MECHANISM = MechanismRef(
    key="cn-ru-strategic-security",
    name="China-Russia Strategic Security Consultation",
)
WANG = Participant(
    name="Wang Yi",
    country="CHN",
    office="Director of the Office of the Central Foreign Affairs Commission",
    kb_id="wang-yi",
)
PATRUSHEV = Participant(
    name="Nikolai Patrushev",
    country="RUS",
    office="Secretary of the Security Council",
    kb_id="nikolai-patrushev",
)
FIDAN = Participant(
    name="Hakan Fidan", country="TUR", office="Foreign Minister", kb_id="hakan-fidan"
)
LAVROV = Participant(
    name="Sergey Lavrov", country="RUS", office="Foreign Minister", kb_id="sergey-lavrov"
)

ARTICLE_TEXTS = {
    "beijing-desk-0919": (
        "BEIJING, Sept 19 - Wang Yi and Nikolai Patrushev co-chaired the 18th round of "
        "China-Russia strategic security consultation in Beijing on Monday.\n\n"
        "The two officials discussed regional security and agreed to hold the next round in "
        "Russia next year."
    ),
    "moscow-wire-0919": (
        "MOSCOW, 19 September - Security Council Secretary Nikolai Patrushev held the 18th "
        "round of strategic security talks with Wang Yi in Beijing, his office said.\n\n"
        "Patrushev praised the level of trust between Moscow and Beijing."
    ),
    "harbour-times-0920": (
        "Officials from Russia and China met for the ninth round of their security "
        "consultations in Beijing on Monday, with Wang Yi hosting Nikolai Patrushev.\n\n"
        "Neither side released a joint statement."
    ),
    "ankara-post-0604": (
        "ANKARA, June 4 - Turkish Foreign Minister Hakan Fidan met Russian Foreign Minister "
        "Sergey Lavrov in Ankara on Tuesday to discuss grain shipments.\n\n"
        "Fidan said Turkey supports a return to the Black Sea grain arrangement."
    ),
}

HOSTILE_ID = "hostile-0101"
HOSTILE_TEXT = (
    'LONDON, Jan 1 - <script>window.__pwned = "script";alert("script")</script> Foreign Minister '
    "Ana Lopes met <img src=x onerror=\"window.__pwned='img';alert('img')\"> in London.\n\n"
    "Read more at <a href=\"javascript:window.__pwned='link';alert('link')\">this link</a> "
    "or <svg onload=\"window.__pwned='svg'\"></svg> and <b onmouseover=alert(5)>bold</b>."
)
HOSTILE_NAME = "<img src=x onerror=\"window.__pwned='name';alert('name')\">"


def _find(text: str, words: str, start: int = 0) -> int:
    index = text.find(words, start)
    if index < 0:
        raise ValueError(f"{words!r} not in text")
    return index


def evidence(article_id: str, paragraph: int, words: str | None = None) -> Evidence:
    """Evidence for paragraph `paragraph` (its sentence) of an article, `words` marked."""
    text = ARTICLE_TEXTS.get(article_id, HOSTILE_TEXT)
    paragraphs = text.split("\n\n")
    sentence = paragraphs[paragraph]
    start = _find(text, sentence)
    span = (None, None)
    if words is not None:
        span_start = _find(text, words, start)
        span = (span_start, span_start + len(words))
    return Evidence(
        article=article_id,
        sentence_index=paragraph,
        sentence=sentence,
        start=start,
        end=start + len(sentence),
        span_start=span[0],
        span_end=span[1],
    )


def make_article(article_id: str, text: str, title: str, outlet: str, day: str) -> Article:
    return Article(
        id=article_id,
        text=text,
        title=title,
        outlet=outlet,
        url=f"https://news.example.org/{article_id}",
        published=datetime.fromisoformat(day).replace(tzinfo=UTC),
        published_basis="metadata",
        content_hash=f"hash-{article_id}",
    )


def consultation_round_18() -> Event:
    """The 18th round, with one article saying it was the ninth."""
    articles = ["beijing-desk-0919", "moscow-wire-0919", "harbour-times-0920"]
    said_18 = [
        evidence("beijing-desk-0919", 0, "18th round"),
        evidence("moscow-wire-0919", 0, "18th round"),
    ]
    said_9 = [evidence("harbour-times-0920", 0, "ninth round")]
    round_values = [
        FieldValue(value=18, articles=articles[:2], evidence=said_18, basis="ordinal"),
        FieldValue(value=9, articles=articles[2:], evidence=said_9, basis="ordinal"),
    ]
    return Event(
        id="ev-cnru-18",
        type=EventType.CONSULT,
        cameo="040",
        mode="meeting",
        status=Status.OCCURRED,
        date="2022-09-19",
        date_precision=Precision.DAY,
        date_basis="weekday from dateline",
        location=Location(name="Beijing", country="CHN", basis="sentence"),
        participants=[WANG, PATRUSHEV],
        mechanism=MECHANISM.model_copy(update={"round": 18}),
        topic="regional security",
        articles=articles,
        mentions=[*said_18, *said_9],
        fields={
            "date": [
                FieldValue(
                    value="2022-09-19",
                    articles=articles,
                    evidence=[evidence("beijing-desk-0919", 0, "on Monday")],
                    basis="weekday from dateline",
                )
            ],
            "location": [
                FieldValue(
                    value="Beijing",
                    articles=articles,
                    evidence=[evidence("moscow-wire-0919", 0, "in Beijing")],
                )
            ],
            "mechanism.round": round_values,
        },
        conflicts=[Conflict(field="mechanism.round", values=round_values)],
        promises=["ev-cnru-19"],
    )


def other_events() -> list[Event]:
    earlier = [
        Event(
            id=f"ev-cnru-{number}",
            type=EventType.CONSULT,
            cameo="040",
            status=Status.OCCURRED,
            date=date,
            date_precision=Precision.MONTH,
            location=Location(name=place),
            participants=[WANG, PATRUSHEV],
            mechanism=MECHANISM.model_copy(update={"round": number}),
            articles=["beijing-desk-0919"],
        )
        for number, date, place in [(16, "2020-11", "Moscow"), (14, "2019-02", "Beijing")]
    ]
    planned = Event(
        id="ev-cnru-19",
        type=EventType.CONSULT,
        cameo="040",
        status=Status.PLANNED,
        date="2023",
        date_precision=Precision.YEAR,
        location=Location(name="Russia"),
        participants=[WANG, PATRUSHEV],
        mechanism=MECHANISM.model_copy(update={"round": 19}),
        articles=["beijing-desk-0919"],
        mentions=[evidence("beijing-desk-0919", 1, "agreed to hold the next round")],
        fulfils=None,
    )
    fidan_lavrov = Event(
        id="ev-tr-ru-0604",
        type=EventType.CONSULT,
        cameo="040",
        status=Status.OCCURRED,
        date="2024-06-04",
        date_precision=Precision.DAY,
        location=Location(name="Ankara", country="TUR"),
        participants=[FIDAN, LAVROV],
        topic="grain shipments",
        articles=["ankara-post-0604"],
        mentions=[evidence("ankara-post-0604", 0, "met")],
    )
    support = Event(
        id="ev-tr-support-0604",
        type=EventType.SUPPORT,
        cameo="051",
        status=Status.OCCURRED,
        date="2024-06-04",
        date_precision=Precision.DAY,
        participants=[FIDAN],
        source=[FIDAN],
        topic="Black Sea grain arrangement",
        articles=["ankara-post-0604"],
        mentions=[evidence("ankara-post-0604", 1, "supports")],
    )
    return [*earlier, planned, fidan_lavrov, support]


def hostile_event() -> Event:
    """Every free-text field carries markup that must stay inert."""
    sentence = evidence(HOSTILE_ID, 0, "met")
    return Event(
        id="ev-hostile",
        type=EventType.AGREE,
        cameo="057",
        status=Status.OCCURRED,
        date="2024-01-01",
        date_precision=Precision.DAY,
        date_basis="<i>dateline</i>",
        location=Location(name="<script>window.__pwned='place'</script>London"),
        participants=[
            Participant(name="Ana Lopes", country="PRT", office="<b>Foreign</b> Minister"),
            Participant(name=HOSTILE_NAME, office="javascript:alert(1)"),
        ],
        mechanism=MechanismRef(
            key="evil<svg onload=alert(7)>", name="<svg onload=\"window.__pwned='mech'\">", round=2
        ),
        topic="<script>window.__pwned='topic'</script>",
        articles=[HOSTILE_ID],
        mentions=[sentence],
        fields={
            "location": [
                FieldValue(value="<img src=x onerror=alert(8)>", articles=[HOSTILE_ID]),
                FieldValue(value="London", articles=[HOSTILE_ID], evidence=[sentence]),
            ]
        },
        conflicts=[
            Conflict(
                field="location",
                values=[
                    FieldValue(value="<img src=x onerror=alert(8)>", articles=[HOSTILE_ID]),
                    FieldValue(value="London", articles=[HOSTILE_ID]),
                ],
            )
        ],
    )


def hostile_article() -> Article:
    article = make_article(
        HOSTILE_ID,
        HOSTILE_TEXT,
        "<script>window.__pwned='title'</script>Ministers <b>meet</b>",
        "<i onclick=alert(9)>Outlet</i>",
        "2024-01-01",
    )
    return article.model_copy(update={"url": "javascript:window.__pwned='url'"})


def fill_database(path: Path, *, hostile: bool = True) -> Path:
    """Create the test database at `path` and return the path."""
    titles = {
        "beijing-desk-0919": ("China and Russia hold security talks", "Beijing Desk", "2022-09-19"),
        "moscow-wire-0919": ("Patrushev in Beijing for consultations", "Moscow Wire", "2022-09-19"),
        "harbour-times-0920": ("Security consultations in Beijing", "Harbour Times", "2022-09-20"),
        "ankara-post-0604": ("Fidan and Lavrov meet in Ankara", "Ankara Post", "2024-06-04"),
    }
    with open_store(path) as store:
        for article_id, text in ARTICLE_TEXTS.items():
            title, outlet, day = titles[article_id]
            store.save_article(make_article(article_id, text, title, outlet, day), [])
        events = [consultation_round_18(), *other_events()]
        if hostile:
            store.save_article(hostile_article(), [])
            events.append(hostile_event())
        store.replace_events(events)
    return path
