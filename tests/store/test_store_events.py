"""Replacing, querying and looking up reconciled events."""

from __future__ import annotations

import pytest
from store_builders import make_article, make_event, make_mention, person

from parley.errors import StoreError, UsageError
from parley.models import (
    ActorRef,
    DateValue,
    Event,
    EventFilter,
    EventType,
    MechanismRef,
    Precision,
    Status,
)
from parley.store import SQLiteStore

MARITIME = MechanismRef(key="oslo-maritime-dialogue", name="Oslo Maritime Dialogue", round=3)

SOLBERG = person("Ingrid Solberg", "NOR", "Foreign Minister", kb_id="Q-solberg")
WIBOWO = person("Retno Wibowo", "IDN", "Foreign Minister")
SATO = person("Kenji Sato", "JPN", "Trade Minister")
MULLER = person("Anja Müller", "deu", "State Secretary")


def sample_events() -> list[Event]:
    return [
        make_event(
            "ev-oslo-3",
            date="2023-09-18",
            participants=[SOLBERG, WIBOWO],
            mechanism=MARITIME,
            location="Oslo",
            articles=["art-1", "art-2"],
            sentences=["Solberg met Wibowo in Oslo on Monday."],
        ),
        make_event(
            "ev-fish-deal",
            event_type=EventType.AGREE,
            date="2023-09",
            participants=[WIBOWO, SATO],
            topic="Fisheries cooperation (50% quota_share)",
            articles=["art-2"],
        ),
        make_event(
            "ev-support",
            event_type=EventType.SUPPORT,
            date="2024-01-05",
            participants=[MULLER, SOLBERG],
            articles=["art-3"],
            sentences=["Müller voiced support for the maritime talks."],
        ),
        make_event(
            "ev-oslo-4",
            status=Status.PLANNED,
            participants=[SOLBERG, WIBOWO],
            mechanism=MARITIME.model_copy(update={"round": 4}),
            articles=["art-1"],
        ),
    ]


@pytest.fixture
def filled(store: SQLiteStore) -> SQLiteStore:
    assert store.replace_events(sample_events()) == 4
    return store


def ids(store: SQLiteStore, **filters: object) -> list[str]:
    return [event.id for event in store.query_events(EventFilter.model_validate(filters))]


def test_events_round_trip_and_order_by_date_with_undated_last(filled: SQLiteStore) -> None:
    events = filled.query_events(EventFilter())
    assert [e.id for e in events] == ["ev-fish-deal", "ev-oslo-3", "ev-support", "ev-oslo-4"]
    assert {e.id: e for e in events} == {e.id: e for e in sample_events()}


def test_replace_events_removes_previous_events_and_links(filled: SQLiteStore) -> None:
    newer = make_event("ev-new", participants=[SATO], articles=["art-9"])
    assert filled.replace_events([newer]) == 1
    assert ids(filled) == ["ev-new"]
    assert filled.events_for_article("art-1") == []
    assert ids(filled, actor="solberg") == []
    assert filled.stats()["actors"] == 1


def test_failed_replace_keeps_the_previous_events(filled: SQLiteStore) -> None:
    duplicate = [make_event("ev-x"), make_event("ev-x")]
    with pytest.raises(StoreError, match="replace events"):
        filled.replace_events(duplicate)
    assert len(ids(filled)) == 4


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("solberg", ["ev-oslo-3", "ev-support", "ev-oslo-4"]),
        ("KENJI", ["ev-fish-deal"]),
        ("person:kenji sato", ["ev-fish-deal"]),
        ("Q-solberg", ["ev-oslo-3", "ev-support", "ev-oslo-4"]),
        ("MÜLLER", ["ev-support"]),
        ("nobody", []),
    ],
)
def test_actor_filter(filled: SQLiteStore, actor: str, expected: list[str]) -> None:
    assert ids(filled, actor=actor) == expected


def test_country_filter_is_case_insensitive(filled: SQLiteStore) -> None:
    assert ids(filled, country="idn") == ["ev-fish-deal", "ev-oslo-3", "ev-oslo-4"]
    assert ids(filled, country="DEU") == ["ev-support"]


def test_type_and_status_filters(filled: SQLiteStore) -> None:
    assert ids(filled, type="AGREE") == ["ev-fish-deal"]
    assert ids(filled, status="planned") == ["ev-oslo-4"]
    assert ids(filled, type="CONSULT", status="occurred") == ["ev-oslo-3"]


@pytest.mark.parametrize(
    ("bounds", "expected"),
    [
        ({"date_from": "2023-09-01", "date_to": "2023-09-30"}, ["ev-fish-deal", "ev-oslo-3"]),
        ({"date_from": "2023-09-19"}, ["ev-fish-deal", "ev-support"]),
        ({"date_to": "2023-09-17"}, ["ev-fish-deal"]),
        ({"date_to": "2023"}, ["ev-fish-deal", "ev-oslo-3"]),
        ({"date_from": "2024-01"}, ["ev-support"]),
        ({"date_from": "2025"}, []),
    ],
)
def test_date_filters_treat_partial_dates_as_intervals(
    filled: SQLiteStore, bounds: dict[str, str], expected: list[str]
) -> None:
    assert ids(filled, **bounds) == expected


@pytest.mark.parametrize("bad", ["yesterday", "2023-13", "2023-02-30", "23-09-01"])
def test_malformed_date_bound_is_a_usage_error(filled: SQLiteStore, bad: str) -> None:
    with pytest.raises(UsageError, match="date_from"):
        filled.query_events(EventFilter(date_from=bad))


def test_mechanism_filter_matches_name_or_key(filled: SQLiteStore) -> None:
    assert ids(filled, mechanism="maritime DIALOGUE") == ["ev-oslo-3", "ev-oslo-4"]
    assert ids(filled, mechanism="oslo-maritime") == ["ev-oslo-3", "ev-oslo-4"]
    assert ids(filled, mechanism="geneva") == []


def test_text_filter_matches_sentences_and_topics_literally(filled: SQLiteStore) -> None:
    assert ids(filled, text="fisheries") == ["ev-fish-deal"]
    assert ids(filled, text="MET WIBOWO") == ["ev-oslo-3"]
    assert ids(filled, text="50% quota_share") == ["ev-fish-deal"]
    # LIKE wildcards in the query are literal characters, not patterns.
    assert ids(filled, text="%") == ["ev-fish-deal"]
    assert ids(filled, text="Solberg_met") == []


def test_filters_combine_with_and(filled: SQLiteStore) -> None:
    assert ids(filled, actor="wibowo", mechanism="maritime", status="occurred") == ["ev-oslo-3"]


def test_limit_and_offset_page_while_count_ignores_them(filled: SQLiteStore) -> None:
    assert ids(filled, limit=2) == ["ev-fish-deal", "ev-oslo-3"]
    assert ids(filled, limit=2, offset=2) == ["ev-support", "ev-oslo-4"]
    assert ids(filled, offset=3) == ["ev-oslo-4"]
    assert ids(filled, limit=0) == []
    assert filled.count_events(EventFilter(limit=1, offset=1)) == 4
    assert filled.count_events(EventFilter(actor="sato")) == 1


def test_negative_paging_is_a_usage_error(filled: SQLiteStore) -> None:
    with pytest.raises(UsageError):
        filled.query_events(EventFilter(limit=-1))
    with pytest.raises(UsageError):
        filled.query_events(EventFilter(offset=-5))


def test_get_event_by_id_or_unique_prefix(filled: SQLiteStore) -> None:
    found = filled.get_event("ev-support")
    assert found is not None and found.type == EventType.SUPPORT
    by_prefix = filled.get_event("ev-f")
    assert by_prefix is not None and by_prefix.id == "ev-fish-deal"
    assert filled.get_event("ev-zzz") is None
    assert filled.get_event("") is None


def test_ambiguous_prefix_is_a_usage_error_naming_candidates(filled: SQLiteStore) -> None:
    with pytest.raises(UsageError, match=r"ev-oslo-3, ev-oslo-4"):
        filled.get_event("ev-oslo")


def test_prefix_lookup_is_literal_and_case_sensitive(store: SQLiteStore) -> None:
    store.replace_events([make_event("Ab_1"), make_event("abx1")])
    found = store.get_event("ab")
    assert found is not None and found.id == "abx1"
    assert store.get_event("A%") is None


def test_events_for_article(filled: SQLiteStore) -> None:
    assert [e.id for e in filled.events_for_article("art-1")] == ["ev-oslo-3", "ev-oslo-4"]
    assert [e.id for e in filled.events_for_article("art-2")] == ["ev-fish-deal", "ev-oslo-3"]
    assert filled.events_for_article("art-404") == []


def test_events_of_exactly_one_country_set_without_a_mechanism(filled: SQLiteStore) -> None:
    # ev-fish-deal has IDN and JPN; ev-support DEU and NOR; the Oslo meetings have a mechanism.
    assert filled.event_ids_with_countries(["jpn", "IDN"]) == {"ev-fish-deal"}
    # A subset or superset of an event's countries is another set of countries.
    assert filled.event_ids_with_countries(["IDN"]) == set()
    assert filled.event_ids_with_countries(["IDN", "JPN", "NOR"]) == set()
    assert filled.event_ids_with_countries(["NOR", "IDN"]) == set()
    assert filled.event_ids_with_countries([]) == set()


def test_commitment_keys_of_the_planned_meetings_among_some_events(store: SQLiteStore) -> None:
    store.replace_events(
        [
            *sample_events(),
            make_event("ev-plan", status=Status.PLANNED, participants=[SATO, MULLER]),
            make_event("ev-lone-plan", status=Status.PLANNED, participants=[SATO]),
        ]
    )
    every = ["ev-oslo-3", "ev-fish-deal", "ev-support", "ev-oslo-4", "ev-plan", "ev-lone-plan"]
    assert store.planned_commitment_keys(every) == {
        ("mechanism", "oslo-maritime-dialogue"),
        ("countries", "DEU", "JPN"),
    }
    assert store.planned_commitment_keys(["ev-oslo-3", "ev-fish-deal"]) == set()


def test_events_of_known_people_on_a_day_of_any_year(store: SQLiteStore) -> None:
    wang = person("Wang Yi", "CHN", kb_id="Q-wang")
    store.replace_events(
        [
            make_event("ev-2023", date="2023-09-19", participants=[wang]),
            make_event("ev-2024", date="2024-09-20", participants=[wang]),
            make_event("ev-month", date="2024-09", participants=[wang]),
            make_event("ev-other", date="2024-09-19", participants=[person("Lavrov")]),
        ]
    )
    found = store.events_of_on({"Q-wang"}, [(9, 19), (9, 20)])
    # Day-precise events only, of these people, on these days of any year.
    assert [e.id for e in found] == ["ev-2023", "ev-2024"]
    assert store.events_of_on({"Q-wang"}, [(9, 21)]) == []
    assert store.events_of_on(set(), [(9, 19)]) == []


def test_year_less_days_shared_with_the_events_of_some_mentions(store: SQLiteStore) -> None:
    wire = make_article("wire")
    undated = make_mention(wire, 0).model_copy(
        update={
            "date": DateValue(month=9, day=19, precision=Precision.DAY),
            "participants": [ActorRef(name="Wang Yi", kb_id="Q-wang")],
        }
    )
    store.save_article(wire, [undated])
    wang = person("Wang Yi", "CHN", kb_id="Q-wang")
    on_the_day = make_event("ev-day", date="2023-09-20", participants=[wang]).model_copy(
        update={"mention_ids": ["agency:0:0"]}
    )
    elsewhere = make_event("ev-later", date="2023-10-20", participants=[wang]).model_copy(
        update={"mention_ids": ["agency:1:0"]}
    )
    store.replace_events([on_the_day, elsewhere])
    # A day either side still counts; another month does not.
    assert store.articles_undated_near(["agency:0:0"]) == {"wire"}
    assert store.articles_undated_near(["agency:1:0"]) == set()
    assert store.articles_undated_near([]) == set()
    # The rows go with their mention.
    store.replace_mentions("wire", [])
    assert store.articles_undated_near(["agency:0:0"]) == set()
