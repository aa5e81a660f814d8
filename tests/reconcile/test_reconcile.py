"""Reconciliation on hand-made mentions: merging, voting, conflicts, inference, commitments."""

from __future__ import annotations

from datetime import date

from parley.models import (
    ActorRef,
    DateValue,
    EventMention,
    EventType,
    Evidence,
    Location,
    MechanismRef,
    Precision,
    Status,
)
from parley.reconcile import reconcile_mentions

LEE = ActorRef(name="Lee Min", kind="person", country="KOR", kb_id="lee-min")
SATO = ActorRef(name="Sato Ken", kind="person", country="JPN", kb_id="sato-ken")
DIAZ = ActorRef(name="Ana Diaz", kind="person", country="CHL", kb_id="ana-diaz")


def day(y: int | None, m: int, d: int, basis: str = "explicit") -> DateValue:
    return DateValue(year=y, month=m, day=d, precision=Precision.DAY, basis=basis, raw=f"{m}/{d}")


def mention(
    article: str,
    people: list[ActorRef],
    *,
    n: int = 0,
    when: DateValue | None = None,
    round_number: int | None = None,
    place: str | None = None,
    status: Status = Status.OCCURRED,
    event_type: EventType = EventType.CONSULT,
    promises: str | None = None,
    topic: str | None = None,
) -> EventMention:
    evidence = Evidence(article=article, sentence_index=n, sentence=f"s{n}", start=0, end=2)
    return EventMention(
        id=f"{article}:{n}:0",
        article=article,
        type=event_type,
        cameo="040" if event_type == EventType.CONSULT else "036",
        status=status,
        evidence=evidence,
        participants=people,
        source=people[:1],
        target=people[1:],
        date=when,
        location=Location(name=place, country="KOR") if place else None,
        mechanism=MechanismRef(
            key="kor-jpn-dialogue", name="Korea–Japan dialogue", round=round_number
        )
        if round_number
        else None,
        promises=promises,
        topic=topic,
    )


def test_three_reports_of_one_meeting_become_one_event_with_a_round_conflict() -> None:
    events = reconcile_mentions(
        [
            mention("a1", [LEE, SATO], when=day(2024, 3, 4), round_number=9, place="Seoul"),
            mention("a2", [SATO, LEE], when=day(None, 3, 4), round_number=8),
            mention("a3", [LEE, SATO], when=day(2024, 3, 4), round_number=9, place="Seoul"),
        ]
    )
    assert len(events) == 1
    event = events[0]
    assert event.articles == ["a1", "a2", "a3"]
    assert event.date == "2024-03-04"
    assert event.date_precision == Precision.DAY
    assert event.location is not None and event.location.name == "Seoul"
    assert event.mechanism is not None and event.mechanism.round == 9
    [conflict] = event.conflicts
    assert conflict.field == "mechanism.round"
    assert {(v.value, tuple(v.articles)) for v in conflict.values} == {
        (8, ("a2",)),
        (9, ("a1", "a3")),
    }
    inferred = [v for v in event.fields["date"] if v.inferred]
    assert inferred and inferred[0].articles == ["a2"] and inferred[0].value == "2024-03-04"


def test_different_counterparts_are_different_meetings() -> None:
    events = reconcile_mentions(
        [
            mention("a1", [LEE, SATO], when=day(2024, 3, 4)),
            mention("a1", [LEE, DIAZ], n=1, when=day(2024, 3, 4)),
        ]
    )
    assert len(events) == 2


def test_reports_naming_different_venues_in_one_city_are_a_venue_conflict() -> None:
    def at(article: str, venue: str, n: int = 0) -> EventMention:
        found = mention(article, [LEE, SATO], n=n, when=day(2024, 5, 3), place="Seoul")
        assert found.location is not None
        return found.model_copy(
            update={"location": found.location.model_copy(update={"venue": venue})}
        )

    [event] = reconcile_mentions([at("a1", "Blue House"), at("a2", "Yongsan Office")])
    [conflict] = event.conflicts
    assert conflict.field == "venue"
    assert {(v.value, tuple(v.articles)) for v in conflict.values} == {
        ("Blue House", ("a1",)),
        ("Yongsan Office", ("a2",)),
    }
    # One report naming two venues (talks in one, dinner in another) contradicts nobody.
    [event] = reconcile_mentions(
        [at("a1", "Blue House"), at("a1", "Yongsan Office", n=1), at("a2", "Blue House")]
    )
    assert event.conflicts == []


def test_contradicting_dates_keep_meetings_apart_and_near_dates_conflict() -> None:
    apart = reconcile_mentions(
        [
            mention("a1", [LEE, SATO], when=day(2024, 3, 4)),
            mention("a2", [LEE, SATO], when=day(2024, 5, 9)),
        ]
    )
    assert len(apart) == 2
    [near] = reconcile_mentions(
        [
            mention("a1", [LEE, SATO], when=day(2024, 3, 4)),
            mention("a2", [LEE, SATO], when=day(2024, 3, 5)),
        ]
    )
    assert [c.field for c in near.conflicts] == ["date"]


def test_planned_and_occurred_meetings_never_merge() -> None:
    events = reconcile_mentions(
        [
            mention("a1", [LEE, SATO], when=day(2024, 3, 4)),
            mention("a1", [LEE, SATO], n=1, status=Status.PLANNED),
        ]
    )
    assert sorted(e.status.value for e in events) == ["occurred", "planned"]


def test_unknown_date_stays_null() -> None:
    [event] = reconcile_mentions([mention("a1", [LEE, SATO])])
    assert event.date is None and event.date_precision is None


def test_reconciliation_is_deterministic() -> None:
    mentions = [
        mention("a2", [SATO, LEE], when=day(None, 3, 4), round_number=8),
        mention("a1", [LEE, SATO], when=day(2024, 3, 4), round_number=9),
        mention("a1", [LEE, DIAZ], n=3),
    ]
    first = reconcile_mentions(mentions)
    second = reconcile_mentions(list(reversed(mentions)))
    assert [e.model_dump() for e in first] == [e.model_dump() for e in second]


def test_a_promise_is_linked_to_the_plan_and_the_plan_to_the_meeting_that_fulfils_it() -> None:
    events = reconcile_mentions(
        [
            mention("a1", [LEE, SATO], when=day(2024, 3, 4), round_number=9),
            mention(
                "a1", [LEE, SATO], n=1, event_type=EventType.AGREE, promises="a1:2:0", topic="meet"
            ),
            mention("a1", [LEE, SATO], n=2, status=Status.PLANNED, round_number=10),
            mention("b7", [LEE, SATO], when=day(2024, 9, 20), round_number=10),
        ]
    )
    agree = next(e for e in events if e.type == EventType.AGREE)
    plan = next(e for e in events if e.status == Status.PLANNED)
    later = next(e for e in events if e.date == "2024-09-20")
    assert agree.promises == [plan.id]
    assert plan.fulfilled_by == later.id
    assert later.fulfils == plan.id


def test_a_less_precise_date_supports_rather_than_contradicts() -> None:
    month = DateValue(year=2024, month=3, precision=Precision.MONTH, raw="in March")
    [event] = reconcile_mentions(
        [mention("a1", [LEE, SATO], when=day(2024, 3, 4)), mention("a2", [LEE, SATO], when=month)]
    )
    assert event.date == "2024-03-04"
    assert event.conflicts == []


def test_reports_of_the_month_support_the_one_that_gives_the_day() -> None:
    # Three say "last month", one "on 23 September": all agree on the 23rd.
    month = DateValue(year=2025, month=9, precision=Precision.MONTH, raw="last month")
    [event] = reconcile_mentions(
        [
            mention("a1", [LEE, SATO], when=month),
            mention("a2", [LEE, SATO], when=month),
            mention("a3", [LEE, SATO], when=month),
            mention("a4", [LEE, SATO], when=day(2025, 9, 23)),
        ]
    )
    assert event.date == "2025-09-23"
    assert event.conflicts == []


def test_reports_that_bound_a_month_narrow_it_together() -> None:
    last_week = DateValue(
        year=2024,
        month=3,
        precision=Precision.MONTH,
        raw="last week",
        earliest=date(2024, 3, 4),
        latest=date(2024, 3, 10),
    )
    earlier = last_week.model_copy(
        update={
            "raw": "earlier this month",
            "earliest": date(2024, 3, 1),
            "latest": date(2024, 3, 8),
        }
    )
    plain = DateValue(year=2024, month=3, precision=Precision.MONTH, raw="in March")
    [event] = reconcile_mentions(
        [
            mention("a1", [LEE, SATO], when=last_week),
            mention("a2", [LEE, SATO], when=earlier),
            mention("a3", [LEE, SATO], when=plain),
        ]
    )
    assert (event.date, event.date_window) == ("2024-03", ["2024-03-04", "2024-03-08"])
    [unbounded] = reconcile_mentions([mention("a3", [LEE, SATO], when=plain)])
    assert unbounded.date_window is None


def test_a_bilateral_on_the_margins_is_not_the_summit_around_it() -> None:
    leaders = [
        ActorRef(name=f"Leader {n}", kind="person", country=c, kb_id=f"l{n}")
        for n, c in enumerate(["KAZ", "TUR", "PAK", "IRN"])
    ]
    events = reconcile_mentions(
        [
            mention("a1", [LEE, SATO, *leaders], when=day(2024, 7, 4)),
            mention("a2", [LEE, SATO], when=day(2024, 7, 4)),
        ]
    )
    assert len(events) == 2


def test_a_summit_report_naming_most_sides_by_country_is_the_summit_named_in_full() -> None:
    leaders = [
        ActorRef(name=f"Leader {n}", kind="person", country=c, kb_id=f"l{n}")
        for n, c in enumerate(["KAZ", "TUR", "PAK", "IRN"])
    ]
    countries = [
        ActorRef(name=c, kind="country", country=c, kb_id=c) for c in ["KAZ", "TUR", "PAK"]
    ]
    events = reconcile_mentions(
        [
            _gathering("a1", [LEE, SATO, *leaders], 0),
            _gathering("a2", [LEE, SATO, *countries], 0),
        ]
    )
    assert len(events) == 1


def test_a_year_less_day_that_disagrees_is_a_conflict_in_the_same_year() -> None:
    stated = mention("a1", [LEE, SATO], when=day(2023, 4, 14))
    other = mention("a2", [LEE, SATO], when=day(2023, 4, 14))
    rival = mention("a3", [LEE, SATO], when=day(None, 4, 13))
    events = reconcile_mentions([stated, other, rival])
    merged = [e for e in events if "a1" in e.articles]
    assert len(merged) == 1
    event = merged[0]
    assert "a3" in event.articles
    [conflict] = [c for c in event.conflicts if c.field == "date"]
    assert {str(v.value) for v in conflict.values} == {"2023-04-14", "2023-04-13"}
    assert event.date == "2023-04-14"


def test_an_unknown_person_spelled_differently_is_one_party() -> None:
    full = ActorRef(name="Ukhnaagiin Khurelsukh", kind="person", country="MNG")
    short = ActorRef(name="U. Khurelsukh", kind="person", country="MNG")
    other = ActorRef(name="Ukhnaagiin Batbayar", kind="person", country="MNG")
    events = reconcile_mentions(
        [
            mention("a1", [LEE, full], when=day(2024, 7, 3)),
            mention("a2", [LEE, short], when=day(2024, 7, 3)),
            mention("a3", [LEE, full], when=day(2024, 7, 3), n=1),
            mention("a4", [LEE, other], when=day(2024, 7, 3)),
        ]
    )
    meetings = sorted(events, key=lambda e: -len(e.articles))
    assert sorted(meetings[0].articles) == ["a1", "a2", "a3"]
    assert sorted(p.name for p in meetings[0].participants) == ["Lee Min", "Ukhnaagiin Khurelsukh"]
    assert meetings[1].articles == ["a4"]


def test_a_phone_call_is_not_the_meeting_in_a_city() -> None:
    call = mention("a1", [LEE, SATO]).model_copy(update={"mode": "phone"})
    meeting = mention("a2", [LEE, SATO], place="Seoul")
    events = reconcile_mentions([call, meeting])
    assert sorted(len(e.articles) for e in events) == [1, 1]


def test_two_who_spoke_in_a_report_filed_from_a_city_may_have_spoken_by_phone() -> None:
    # "SEOUL (Reuters) - Lee spoke with Sato on Thursday ... It was the first call between the
    # two leaders": the dateline is where the report was filed, not where the two met.
    when = day(2024, 3, 7)
    spoke = mention("a1", [LEE, SATO], when=when).model_copy(
        update={
            "trigger": "spoke",
            "location": Location(name="Seoul", country="KOR", basis="dateline"),
        }
    )
    call = mention("a1", [LEE, SATO], n=1, when=when).model_copy(update={"mode": "phone"})
    assert len(reconcile_mentions([spoke, call])) == 1
    # Talks held in the dateline's city are still talks in person.
    held = spoke.model_copy(update={"trigger": "held"})
    assert len(reconcile_mentions([held, call])) == 2


def test_a_bilateral_on_the_margins_of_a_trilateral_is_its_own_meeting() -> None:
    when = day(2025, 3, 22)
    trilateral = [
        mention("a1", [LEE, SATO, DIAZ], when=when),
        mention("a2", [SATO, LEE, DIAZ], when=when),
    ]
    bilateral = mention("a3", [LEE, SATO], when=when)
    events = reconcile_mentions([*trilateral, bilateral])
    assert sorted(sorted(e.articles) for e in events) == [["a1", "a2"], ["a3"]]


def test_the_trilateral_summit_does_not_join_the_bilateral_reported_first() -> None:
    when = day(2025, 3, 22)
    bilateral = [mention("a1", [LEE, SATO], when=when), mention("a2", [SATO, LEE], when=when)]
    summit = mention("a3", [LEE, SATO, DIAZ], when=when, round_number=9).model_copy(
        update={"mode": "multilateral"}
    )
    events = reconcile_mentions([*bilateral, summit])
    assert sorted(sorted(e.articles) for e in events) == [["a1", "a2"], ["a3"]]


def test_a_sentence_telling_a_bilateral_and_then_a_trilateral_tells_two_meetings() -> None:
    # "held talks with Sato on Sunday and then joined a three-way meeting with Sato and Diaz".
    when = day(2025, 3, 22)
    bilateral = mention("a1", [LEE, SATO], n=4, when=when)
    trilateral = mention("a1", [LEE, SATO, DIAZ], n=4, when=when).model_copy(
        update={"id": "a1:4:1"}
    )
    events = reconcile_mentions([bilateral, trilateral])
    assert sorted(len(e.participants) for e in events) == [2, 3]


def test_a_stray_third_name_does_not_keep_a_report_of_the_same_two_out() -> None:
    when = day(2025, 3, 22)
    noisy = mention("a1", [LEE, SATO, DIAZ], when=when)
    plain = [mention("a2", [LEE, SATO], when=when), mention("a3", [SATO, LEE], when=when)]
    events = reconcile_mentions([noisy, *plain])
    assert sorted(sorted(e.articles) for e in events) == [["a1", "a2", "a3"]]


def test_an_article_telling_its_meeting_again_with_countries_only_is_one_meeting() -> None:
    korea = ActorRef(name="South Korea", kind="country", country="KOR", kb_id="country:KOR")
    japan = ActorRef(name="Japan", kind="country", country="JPN", kb_id="country:JPN")
    named = mention("a1", [LEE, SATO], when=day(2024, 5, 2), place="Seoul")
    again = mention("a1", [korea, japan], n=3)
    other_article = mention("a2", [korea, japan], n=3)
    events = reconcile_mentions([named, again, other_article])
    merged = next(e for e in events if "a1" in e.articles)
    assert len(merged.mentions) == 2
    assert any(e.articles == ["a2"] for e in events)


def test_a_dateline_city_does_not_keep_two_reports_of_one_meeting_apart() -> None:
    stated = mention("a1", [LEE, SATO], when=day(2025, 3, 22))
    stated = stated.model_copy(update={"location": Location(name="Tokyo", country="JPN")})
    wired = mention("a2", [LEE, SATO], when=day(2025, 3, 22))
    wired = wired.model_copy(
        update={"location": Location(name="Seoul", country="KOR", basis="dateline")}
    )
    events = reconcile_mentions([stated, wired])
    assert [sorted(e.articles) for e in events] == [["a1", "a2"]]


def test_another_city_on_another_day_is_another_occasion_of_the_visit() -> None:
    def placed(article: str, n: int, city: str, when: DateValue, basis: str) -> EventMention:
        located = Location(name=city, country="KOR", basis=basis)
        return mention(article, [LEE, SATO], n=n, when=when).model_copy(
            update={"location": located}
        )

    talks = placed("a1", 0, "Seoul", day(2025, 5, 28), "sentence")
    # A wire report from the second city: its lead is a day later, placed by its dateline.
    tour = placed("a2", 0, "Gyeongju", day(2025, 5, 29), "dateline")
    recalled = placed("a2", 1, "Seoul", day(2025, 5, 28), "venue: Blue House")
    events = reconcile_mentions([talks, tour, recalled])
    assert sorted(sorted(e.mention_ids) for e in events) == [["a1:0:0", "a2:1:0"], ["a2:0:0"]]
    # Outlets a day apart on a meeting in one city still tell one meeting, as a conflict.
    [event] = reconcile_mentions([talks, placed("a3", 0, "Seoul", day(2025, 5, 29), "sentence")])
    assert [c.field for c in event.conflicts] == ["date"]


def test_one_person_meeting_two_other_countries_is_two_meetings() -> None:
    japan = ActorRef(name="Japan", kind="country", country="JPN", kb_id="country:JPN")
    chile = ActorRef(name="Chile", kind="country", country="CHL", kb_id="country:CHL")
    when = day(2025, 3, 22)
    events = reconcile_mentions(
        [mention("a1", [LEE, japan], when=when), mention("a1", [LEE, chile], n=1, when=when)]
    )
    assert len(events) == 2


def test_a_country_beside_a_city_in_it_is_no_disagreement() -> None:
    when = day(2024, 8, 5)
    country = mention("a1", [LEE, SATO], when=when).model_copy(
        update={"location": Location(name="Nigeria", country="NGA", basis="country")}
    )
    city = mention("a2", [LEE, SATO], when=when).model_copy(
        update={"location": Location(name="Abuja", country="NGA")}
    )
    [event] = reconcile_mentions([country, city])
    assert event.location is not None and event.location.name == "Abuja"
    assert not [c for c in event.conflicts if c.field == "location"]


def test_a_stated_city_outranks_a_capital_inferred_from_the_country() -> None:
    when = day(2024, 8, 5)
    inferred = Location(name="Abuja", country="NGA", basis="capital of the country named (Nigeria)")
    reports = [
        mention(article, [LEE, SATO], when=when).model_copy(update={"location": inferred})
        for article in ("a1", "a2")
    ]
    city = mention("a3", [LEE, SATO], when=when).model_copy(
        update={"location": Location(name="Lagos", country="NGA")}
    )
    [event] = reconcile_mentions([*reports, city])
    assert event.location is not None and event.location.name == "Lagos"
    assert not [c for c in event.conflicts if c.field == "location"]


def test_a_city_one_report_infers_and_others_state_outranks_the_country() -> None:
    when = day(2024, 8, 5)
    inferred = Location(name="Abuja", country="NGA", basis="capital of the country named (Nigeria)")
    country = Location(name="Nigeria", country="NGA", basis="country")
    first = mention("a1", [LEE, SATO], when=when).model_copy(update={"location": inferred})
    told = mention("a2", [LEE, SATO], when=when).model_copy(
        update={"location": Location(name="Abuja", country="NGA")}
    )
    broad = [
        mention(article, [LEE, SATO], when=when).model_copy(update={"location": country})
        for article in ("a3", "a4", "a5")
    ]
    [event] = reconcile_mentions([first, told, *broad])
    assert event.location is not None and event.location.name == "Abuja"
    assert event.location.basis == "sentence"
    assert not [c for c in event.conflicts if c.field == "location"]


FORUM = ActorRef(name="Coral Sea Forum", kind="organization", kb_id="coral-sea-forum")


def _gathering(article: str, people: list[ActorRef], n: int) -> EventMention:
    return mention(article, people, n=n, when=day(2024, 8, 9)).model_copy(
        update={"mode": "multilateral"}
    )


def test_a_gathering_named_by_its_organisation_and_then_its_attendees_is_one_meeting() -> None:
    events = reconcile_mentions(
        [_gathering("a1", [FORUM], 0), _gathering("a1", [LEE, SATO, DIAZ], 1)]
    )
    assert len(events) == 1
    assert {p.name for p in events[0].participants} == {
        "Coral Sea Forum", "Lee Min", "Sato Ken", "Ana Diaz"
    }  # fmt: skip


def test_the_organisation_s_gathering_in_another_report_is_not_merged_on_that_alone() -> None:
    events = reconcile_mentions(
        [_gathering("a1", [FORUM], 0), _gathering("a2", [LEE, SATO, DIAZ], 1)]
    )
    assert len(events) == 2


def test_a_surname_romanised_two_ways_is_one_party() -> None:
    for first, second in [
        ("Vepa Hajiyev", "Vepa Hajiev"),
        ("Oleksiy Zelenskiy", "Oleksiy Zelenskyy"),
        ("Adel al-Jubeir", "Adel Jubeir"),
        ("Omar Mohammed", "Omar Mohamed"),
        # A double surname with or without its hyphen.
        ("Pierre Mbemba-Nkounkou", "Pierre Mbemba Nkounkou"),
    ]:
        one = ActorRef(name=first, kind="person", country="TKM")
        other = ActorRef(name=second, kind="person", country="TKM")
        assert one.match_key == other.match_key
    assert (
        ActorRef(name="Vepa Hajiyev", kind="person").match_key
        != ActorRef(name="Vepa Hajibayev", kind="person").match_key
    )


def test_an_unanchored_weekday_does_not_let_another_day_join_the_meeting() -> None:
    friday = DateValue(weekday=4, precision=Precision.DAY, basis="weekday; no anchor date")
    events = reconcile_mentions(
        [
            mention("a1", [LEE, SATO], when=day(2024, 2, 2)),
            mention("a2", [LEE, SATO], when=friday),
            # The same two, on a year-less first of December: another meeting.
            mention("a2", [LEE, SATO], n=1, when=day(None, 12, 1)),
        ]
    )
    assert sorted(e.articles for e in events) == [["a1", "a2"], ["a2"]]


def test_what_the_same_people_agreed_the_same_day_is_one_agreement() -> None:
    def agreed(article: str, n: int, topic: str, when: DateValue | None) -> EventMention:
        return mention(
            article, [LEE, SATO], n=n, when=when, event_type=EventType.AGREE, topic=topic
        )

    events = reconcile_mentions(
        [
            agreed("a1", 1, "expand trade in semiconductors", day(2024, 3, 4)),
            agreed("a1", 2, "set up a youth exchange programme", None),
            agreed("b2", 0, "launch a fisheries dialogue", day(2024, 3, 4)),
            # Another day, or another pair: another agreement.
            agreed("c3", 0, "cooperate on clean hydrogen", day(2024, 9, 20)),
            mention("c3", [LEE, DIAZ], n=1, when=day(2024, 3, 4), event_type=EventType.AGREE),
        ]
    )
    agreements = sorted((sorted(e.articles), e.date) for e in events)
    assert agreements == [
        (["a1", "b2"], "2024-03-04"),
        (["c3"], "2024-03-04"),
        (["c3"], "2024-09-20"),
    ]


def test_what_one_report_has_the_same_people_agree_in_one_month_is_one_agreement() -> None:
    july = DateValue(year=2022, month=7, precision=Precision.MONTH, raw="in July")
    plan = DateValue(year=2024, precision=Precision.YEAR, raw="2024-2025")

    def agreed(article: str, n: int, when: DateValue) -> EventMention:
        return mention(article, [LEE, SATO], n=n, when=when, event_type=EventType.AGREE)

    events = reconcile_mentions(
        [
            agreed("a1", 1, july),
            agreed("a1", 2, july),
            # A year alone may be the years of a plan they signed.
            agreed("c3", 1, plan),
            agreed("c3", 2, plan),
        ]
    )
    assert sorted(len(e.mention_ids) for e in events) == [1, 1, 2]


def test_reports_of_the_same_people_agreeing_in_the_month_of_the_day_are_one_agreement() -> None:
    march = DateValue(
        year=2024,
        month=3,
        precision=Precision.MONTH,
        raw="the end of March",
        earliest=date(2024, 3, 21),
        latest=date(2024, 3, 31),
    )

    def agreed(article: str, n: int, when: DateValue, topic: str) -> EventMention:
        return mention(
            article, [LEE, SATO], n=n, when=when, event_type=EventType.AGREE, topic=topic
        )

    july = DateValue(year=2024, month=7, precision=Precision.MONTH, raw="July")
    events = reconcile_mentions(
        [
            agreed("a1", 1, day(2024, 3, 28), "sign a gas solidarity agreement"),
            agreed("b2", 2, march, "draw up the gas agreement"),
            # A day off, as outlets in two time zones tell it.
            agreed("c3", 3, day(2024, 3, 29), "work on energy security"),
            # Another month is another agreement.
            agreed("d4", 4, july, "open a consulate"),
        ]
    )
    assert sorted(sorted(e.articles) for e in events) == [["a1", "b2", "c3"], ["d4"]]


def test_countries_agreeing_with_no_day_in_one_report_stay_apart() -> None:
    korea = ActorRef(name="South Korea", kind="country", country="KOR")
    japan = ActorRef(name="Japan", kind="country", country="JPN")
    events = reconcile_mentions(
        [
            mention("a1", [korea, japan], n=1, event_type=EventType.AGREE, topic="fisheries"),
            mention("a1", [korea, japan], n=2, event_type=EventType.AGREE, topic="a trade pact"),
        ]
    )
    assert len(events) == 2


def test_one_report_naming_the_sides_once_by_country_and_once_by_leader_is_one_agreement() -> None:
    korea = ActorRef(name="South Korea", kind="country", country="KOR")
    japan = ActorRef(name="Japan", kind="country", country="JPN")
    chile = ActorRef(name="Chile", kind="country", country="CHL")
    events = reconcile_mentions(
        [
            mention("a1", [korea, japan], n=1, event_type=EventType.AGREE, topic="fisheries"),
            mention("a1", [LEE, SATO], n=2, when=day(2024, 3, 4), event_type=EventType.AGREE),
            mention("a1", [LEE, SATO], n=3, event_type=EventType.AGREE, topic="a youth forum"),
            # Other sides, or another report: other agreements.
            mention("a1", [korea, chile], n=4, event_type=EventType.AGREE, topic="copper"),
            mention("b2", [korea, japan], n=1, event_type=EventType.AGREE, topic="a trade pact"),
        ]
    )
    agreements = sorted((e.articles, len(e.mention_ids)) for e in events)
    assert agreements == [(["a1"], 1), (["a1"], 3), (["b2"], 1)]


def test_a_day_one_report_states_outranks_a_month_though_others_only_dated_it_by_themselves() -> (
    None
):
    report_day = "date of the report; the text states no date"
    [event] = reconcile_mentions(
        [
            mention("a1", [LEE, SATO], when=day(2024, 3, 4, basis=report_day)),
            mention("a2", [LEE, SATO], when=day(2024, 3, 4, basis="relative to publication date")),
            mention(
                "a3",
                [LEE, SATO],
                when=DateValue(
                    year=2024, month=3, precision=Precision.MONTH, basis="explicit", raw="March"
                ),
            ),
        ]
    )
    assert event.date == "2024-03-04"


REEF = ActorRef(name="Reef Council", kind="organization", kb_id="reef-council")


def test_reports_of_a_gathering_of_the_same_two_bodies_on_one_day_are_one_meeting() -> None:
    events = reconcile_mentions(
        [
            _gathering("a1", [FORUM, REEF, LEE, SATO], 0),
            _gathering("a2", [FORUM, REEF, DIAZ], 0),
        ]
    )
    assert len(events) == 1


def test_gatherings_of_the_same_two_bodies_on_other_days_stay_apart() -> None:
    later = _gathering("a2", [FORUM, REEF, DIAZ], 0).model_copy(update={"date": day(2024, 9, 30)})
    events = reconcile_mentions([_gathering("a1", [FORUM, REEF, LEE, SATO], 0), later])
    assert len(events) == 2


def test_a_gathering_named_as_one_format_is_no_meeting_named_as_another() -> None:
    council = mention("a1", [LEE, SATO], when=day(2024, 3, 4), round_number=2)
    summit = mention("a2", [LEE], when=day(2024, 3, 5)).model_copy(
        update={
            "mode": "multilateral",
            "mechanism": MechanismRef(key="leaders-forum", name="Leaders' Forum", round=7),
        }
    )
    events = reconcile_mentions([council, summit])
    assert sorted(len(e.participants) for e in events) == [1, 2]


def test_one_side_named_by_its_country_beside_both_ministers_named_is_one_agreement() -> None:
    japan = ActorRef(name="Japan", kind="country", country="JPN")
    chile = ActorRef(name="Chile", kind="country", country="CHL")
    events = reconcile_mentions(
        [
            mention("a1", [LEE, SATO], n=1, when=day(2024, 3, 4), event_type=EventType.AGREE),
            # "the two Ministers signed the minutes", with one minister named.
            mention("b2", [LEE, japan], n=1, when=day(2024, 3, 4), event_type=EventType.AGREE),
            mention("b2", [LEE, japan], n=2, when=day(2024, 3, 4), event_type=EventType.AGREE),
            # Another day, or another country, is another agreement.
            mention("b2", [LEE, japan], n=3, when=day(2024, 9, 4), event_type=EventType.AGREE),
            mention("c3", [LEE, chile], n=1, when=day(2024, 3, 4), event_type=EventType.AGREE),
        ]
    )
    agreements = sorted((sorted(e.articles), e.date) for e in events)
    assert agreements == [
        (["a1", "b2"], "2024-03-04"),
        (["b2"], "2024-09-04"),
        (["c3"], "2024-03-04"),
    ]
