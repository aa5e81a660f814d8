"""Actor, mechanism and conflict summaries, and stats."""

from __future__ import annotations

import pytest
from store_builders import make_article, make_event, make_mention, person, round_conflict

from parley.errors import UsageError
from parley.models import Conflict, Event, FieldValue, MechanismRef, Status
from parley.store import SQLiteStore

DIALOGUE = MechanismRef(key="nordic-asean", name="Nordic-ASEAN Dialogue")


def dialogue(number: int | None) -> MechanismRef:
    return DIALOGUE.model_copy(update={"round": number})


SOLBERG_FM = person("Ingrid Solberg", "NOR", "Foreign Minister", kb_id="Q1", articles=["a1"])
SOLBERG_PM = person("Ingrid Solberg", "NOR", "Prime Minister", kb_id="Q1", articles=["a3"])
WIBOWO = person("Retno Wibowo", "IDN", "Foreign Minister")
SATO = person("Kenji Sato", "JPN")
DATE_CONFLICT = Conflict(
    field="date",
    values=[
        FieldValue(value="2023-05-02", articles=["a1"]),
        FieldValue(value="2023-05-03", articles=["a2"]),
    ],
)


def record() -> list[Event]:
    return [
        make_event(
            "e1",
            date="2023-05-02",
            participants=[SOLBERG_FM, WIBOWO],
            mechanism=dialogue(1),
            location="Bergen",
            articles=["a1"],
            conflicts=[DATE_CONFLICT],
        ),
        make_event(
            "e3",
            date="2024-06",
            participants=[SOLBERG_PM, WIBOWO, SATO],
            mechanism=dialogue(3),
            articles=["a3"],
            conflicts=[round_conflict(3, 4)],
        ),
        make_event(
            "e5",
            status=Status.PLANNED,
            participants=[WIBOWO],
            mechanism=dialogue(5),
            articles=["a3"],
        ),
        make_event(
            "e4-done",
            status=Status.PLANNED,
            date="2025",
            participants=[SATO],
            mechanism=dialogue(4),
            fulfilled_by="e-later",
        ),
        make_event("e-plain", date="2022-01-01", participants=[SATO], articles=["a0"]),
    ]


@pytest.fixture
def filled(store: SQLiteStore) -> SQLiteStore:
    store.replace_events(record())
    return store


def test_actor_summaries(filled: SQLiteStore) -> None:
    actors = {actor.key: actor for actor in filled.list_actors()}
    assert set(actors) == {"Q1", "person:retno wibowo", "person:kenji sato"}
    solberg = actors["Q1"]
    assert (solberg.name, solberg.country, solberg.event_count) == ("Ingrid Solberg", "NOR", 2)
    assert (solberg.first_date, solberg.last_date) == ("2023-05-02", "2024-06")
    assert [(o.office, o.articles, o.first_date) for o in solberg.offices] == [
        ("Foreign Minister", ["a1"], "2023-05-02"),
        ("Prime Minister", ["a3"], "2024-06"),
    ]
    assert solberg.counterparts == {"person:retno wibowo": 2, "person:kenji sato": 1}
    wibowo = actors["person:retno wibowo"]
    # Without participant-level articles, the office cites the event's articles.
    assert wibowo.offices[0].articles == ["a1", "a3"]
    assert wibowo.event_count == 3


def test_actors_are_listed_most_events_first(filled: SQLiteStore) -> None:
    assert [a.name for a in filled.list_actors()] == [
        "Kenji Sato",
        "Retno Wibowo",
        "Ingrid Solberg",
    ]


def test_get_actor_by_key_name_or_unique_substring(filled: SQLiteStore) -> None:
    by_key = filled.get_actor("q1")
    assert by_key is not None and by_key.name == "Ingrid Solberg"
    by_name = filled.get_actor("retno WIBOWO")
    assert by_name is not None and by_name.key == "person:retno wibowo"
    by_part = filled.get_actor("sato")
    assert by_part is not None and by_part.key == "person:kenji sato"
    assert filled.get_actor("Macron") is None


def test_ambiguous_actor_is_a_usage_error(filled: SQLiteStore) -> None:
    with pytest.raises(UsageError, match="ambiguous"):
        filled.get_actor("person:")


def test_mechanism_summary_rounds_gaps_and_open_commitments(filled: SQLiteStore) -> None:
    [summary] = filled.list_mechanisms()
    assert (summary.key, summary.name) == ("nordic-asean", "Nordic-ASEAN Dialogue")
    assert [(r.round, r.event_id) for r in summary.rounds] == [
        (1, "e1"),
        (3, "e3"),
        (4, "e4-done"),
        (5, "e5"),
    ]
    assert summary.gaps == [2]
    assert summary.open_commitments == ["e5"]
    first, third = summary.rounds[0], summary.rounds[1]
    assert (first.location, first.participants) == ("Bergen", ["Ingrid Solberg", "Retno Wibowo"])
    assert third.conflicting_rounds == [4]
    assert first.conflicting_rounds == []


def test_rounds_without_numbers_come_last_by_date(store: SQLiteStore) -> None:
    store.replace_events(
        [
            make_event("late", date="2024-02-01", mechanism=dialogue(None)),
            make_event("early", date="2023-02-01", mechanism=dialogue(None)),
            make_event("second", date="2025-01-01", mechanism=dialogue(2)),
        ]
    )
    [summary] = store.list_mechanisms()
    assert [r.event_id for r in summary.rounds] == ["second", "early", "late"]
    assert summary.gaps == []


def test_list_conflicts_pairs_each_conflict_with_its_event(filled: SQLiteStore) -> None:
    pairs = filled.list_conflicts()
    assert [(event.id, conflict.field) for event, conflict in pairs] == [
        ("e1", "date"),
        ("e3", "mechanism.round"),
    ]
    assert pairs[0][1] == DATE_CONFLICT


def test_stats_counts_rows(filled: SQLiteStore) -> None:
    article = make_article("a1")
    filled.save_article(article, [make_mention(article, 0), make_mention(article, 1)])
    assert filled.stats() == {
        "articles": 1,
        "mentions": 2,
        "events": 5,
        "actors": 3,
        "mechanisms": 1,
        "conflicts": 2,
    }


def test_empty_store_summaries(store: SQLiteStore) -> None:
    assert store.list_actors() == []
    assert store.list_mechanisms() == []
    assert store.list_conflicts() == []
    assert store.get_actor("anyone") is None
