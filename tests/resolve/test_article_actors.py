"""Descriptions of people resolved against the knowledge base within one article."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest

from parley.models import ActorRef, ActorSpan, ActorSpanKind, Evidence
from parley.resolve.actors import ArticleActors, KnownNameScanner
from parley.resolve.mentions import _holds_office_of_rank


def people_named(knowledge: Any, day: date, text: str, *names: str) -> list[ActorRef]:
    """Each of `names`, found in `text` in order, resolved as a person in an article of
    `day`; one reference each."""
    actors = ArticleActors(knowledge, day)
    evidence = Evidence(article="t", sentence_index=0, sentence=text, start=0, end=len(text))
    found: list[ActorRef] = []
    at = 0
    for name in names:
        at = text.index(name, at)
        span = ActorSpan(text=name, start=at, end=at + len(name), kind="person")
        [ref] = actors.resolve(span, evidence)
        found.append(ref)
        at += len(name)
    return found


def describe(knowledge: Any, text: str) -> list[str | None]:
    actors = ArticleActors(knowledge, date(2024, 5, 1))
    evidence = Evidence(article="t", sentence_index=0, sentence=text, start=0, end=len(text))
    span = ActorSpan(text=text, start=0, end=len(text), kind="nominal", title=text)
    return [ref.country for ref in actors.resolve(span, evidence)]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Indian and American foreign and defence ministers", ["IND", "USA"]),
        ("Russian and Ukrainian negotiators", ["RUS", "UKR"]),
        ("the Brazilian diplomats", ["BRA"]),
    ],
)
def test_a_plural_description_names_every_side(
    knowledge: Any, text: str, countries: list[str]
) -> None:
    assert describe(knowledge, text) == countries


@pytest.mark.parametrize(
    "text", ["Turkish and German business representatives", "Chinese business leaders"]
)
def test_people_of_a_country_who_do_not_speak_for_it_are_no_side(knowledge: Any, text: str) -> None:
    assert describe(knowledge, text) == []


def test_a_korean_family_name_on_second_mention_is_the_person(knowledge: Any) -> None:
    text = "Foreign Minister Kim Sun-ho met Tanaka. Kim said the talks were useful."
    full, short = people_named(knowledge, date(2025, 3, 22), text, "Kim Sun-ho", "Kim")
    assert short.name == full.name == "Kim Sun-ho"


def test_a_pronoun_ahead_of_every_name_keeps_the_person_of_the_sentences_before(
    knowledge: Any,
) -> None:
    actors = ArticleActors(knowledge, date(2024, 11, 25))
    said = "They agreed to act, said Foreign Minister Datuk Seri Utama Haji Ali Haji Omar."
    speaker = ActorSpan(text="Utama Haji Ali Haji Omar", start=53, end=77, kind="person")
    actors.note_text(said, people=[speaker])
    text = "He said the matter came up during his meeting with Sugiono."
    actors.note_text(text, people=[ActorSpan(text="Sugiono", start=51, end=58, kind="person")])
    evidence = Evidence(article="t", sentence_index=1, sentence=text, start=0, end=len(text))
    his = ActorSpan(text="his", start=34, end=37, kind="pronoun")
    [ref] = actors.resolve_pronoun(his, evidence, exclude={"person:sugiono"})
    assert ref.name == "Ali Omar"


def _pronoun_after(knowledge: Any, first: str, people: list[str], second: str, word: str) -> str:
    """Whom `word` in `second` stands for, after `first` named `people`."""
    actors = ArticleActors(knowledge, date(2025, 12, 5))
    actors.note_text(
        first,
        people=[
            ActorSpan(text=p, start=first.index(p), end=first.index(p) + len(p), kind="person")
            for p in people
        ],
    )
    actors.note_text(second)
    evidence = Evidence(article="t", sentence_index=1, sentence=second, start=0, end=len(second))
    at = second.index(f" {word} ") + 1
    span = ActorSpan(text=word, start=at, end=at + len(word), kind="pronoun")
    return ", ".join(r.name for r in actors.resolve_pronoun(span, evidence, exclude=set()))


def test_he_after_an_opening_participle_is_still_the_person_in_focus(knowledge: Any) -> None:
    first = "Argentine President Javier Milei held talks with Xi Jinping in Rio de Janeiro."
    people = ["Javier Milei", "Xi Jinping"]
    second = "After seeing Xi on Tuesday, he met the head of the monetary fund."
    assert _pronoun_after(knowledge, first, people, second, "he") == "Javier Milei"
    # A name opening the sentence otherwise takes the focus.
    second = "Xi thanked the hosts on Tuesday, and he met the head of the monetary fund."
    assert _pronoun_after(knowledge, first, people, second, "he") == "Xi Jinping"


def test_whoever_invited_does_not_take_the_focus(knowledge: Any) -> None:
    first = (
        "The visit began on Monday in La Paz, at the invitation of President Luis Arce, with "
        "whom Gabriel Boric held talks at the government palace."
    )
    people = ["Luis Arce", "Gabriel Boric"]
    second = "Later that day he also met the head of the senate, Andronico Rodriguez."
    assert _pronoun_after(knowledge, first, people, second, "he") == "Gabriel Boric"
    # The first person named otherwise takes the focus.
    first = "Luis Arce, with whom Gabriel Boric held talks, hosted a dinner."
    assert _pronoun_after(knowledge, first, people, second, "he") == "Luis Arce"


def test_he_after_an_opening_funeral_of_someone_is_the_person_in_focus(knowledge: Any) -> None:
    first = (
        "Ukrainian President Volodymyr Zelensky met Pope Leo XIV in the Vatican on Sunday, "
        "weeks after Pope Francis died."
    )
    people = ["Volodymyr Zelensky", "Pope Leo XIV", "Pope Francis"]
    second = (
        "On April 26, during the funeral of Pope Francis, he held a short conversation with "
        "Trump inside the basilica."
    )
    assert _pronoun_after(knowledge, first, people, second, "he") == "Volodymyr Zelensky"


def _named_after(
    knowledge: Any,
    day: date,
    first: str,
    people: list[str],
    second: str,
    phrase: str,
    kind: ActorSpanKind,
) -> list[str]:
    """Whom `phrase` (a span of `kind`) in `second` stands for, after `first` named `people`
    in an article of `day`."""
    actors = ArticleActors(knowledge, day)
    actors.note_text(
        first,
        people=[
            ActorSpan(text=p, start=first.index(p), end=first.index(p) + len(p), kind="person")
            for p in people
        ],
    )
    evidence = Evidence(article="t", sentence_index=1, sentence=second, start=0, end=len(second))
    at = second.index(phrase)
    span = ActorSpan(text=phrase, start=at, end=at + len(phrase), kind=kind, title=phrase)
    return [r.name for r in actors.resolve(span, evidence)]


def test_the_president_elect_is_the_one_whose_presidency_began_last(knowledge: Any) -> None:
    first = "Javier Milei was sworn in. Volodymyr Zelensky flew in for the ceremony."
    second = "Pope Francis had telephoned the president-elect after the run-off."
    people = ["Javier Milei", "Volodymyr Zelensky"]
    found = _named_after(
        knowledge, date(2024, 12, 10), first, people, second, "the president-elect", "office"
    )
    assert found == ["Javier Milei"]


def test_heads_of_government_of_two_countries_are_their_leaders(knowledge: Any) -> None:
    first = "Polish Prime Minister Donald Tusk came to Harpsund."
    second = "Later the Swedish and Polish heads of government held a bilateral meeting."
    found = _named_after(
        knowledge,
        date(2024, 11, 27),
        first,
        ["Donald Tusk"],
        second,
        "Swedish and Polish heads",
        "nominal",
    )
    # Tusk named; Sweden's prime minister on that day from the knowledge base.
    assert found == ["Ulf Kristersson", "Donald Tusk"]


def test_the_leader_is_the_leader_the_report_follows(knowledge: Any) -> None:
    first = "Argentine President Javier Milei met Prime Minister Giorgia Meloni in Rome."
    second = "On Monday the libertarian leader was received by the Pope."
    people = ["Javier Milei", "Giorgia Meloni"]
    found = _named_after(knowledge, date(2024, 2, 13), first, people, second, "leader", "office")
    assert found == ["Javier Milei"]


def test_she_is_not_a_man_the_knowledge_base_lists_nor_he_a_woman(knowledge: Any) -> None:
    first = "Claudia Sheinbaum met Donald Trump and Mark Carney at the Kennedy Center."
    people = ["Claudia Sheinbaum", "Donald Trump", "Mark Carney"]
    # Trump is in focus ("Trump thanked ..."), but "her" is not him.
    second = "Trump thanked the organisers, who had visited her in August."
    assert _pronoun_after(knowledge, first, people, second, "her") == "Claudia Sheinbaum"
    second = "Trump said he would return."
    assert _pronoun_after(knowledge, first, people, second, "he") == "Donald Trump"


def test_women_are_marked_in_the_knowledge_base(knowledge: Any) -> None:
    assert knowledge.actor_by_name("Claudia Sheinbaum").she
    assert knowledge.actor_by_name("Kaja Kallas").she
    assert not knowledge.actor_by_name("Donald Trump").she


def test_a_known_malay_name_is_found_with_the_pilgrim_title_inside_it(knowledge: Any) -> None:
    scanner = KnownNameScanner(knowledge)
    text = "Prime Minister Datuk Seri Anwar Haji Ibrahim received the delegation."
    [found] = scanner.find(text)
    actors = ArticleActors(knowledge, date(2024, 11, 25))
    actors.note_text(text, [found])
    assert actors.focus is not None and actors.focus.kb_id is not None
    assert actors.focus.name == "Anwar Ibrahim"


def test_a_church_title_is_a_form_of_address(knowledge: Any) -> None:
    text = "Archbishop Paul Richard Gallagher met Paul Richard Gallagher's guests."
    first, second = people_named(
        knowledge,
        date(2025, 9, 4),
        text,
        "Archbishop Paul Richard Gallagher",
        "Paul Richard Gallagher",
    )
    assert first.name == second.name == "Paul Richard Gallagher"


def test_a_full_arabic_name_is_the_known_shorter_name(knowledge: Any) -> None:
    actors = ArticleActors(knowledge, date(2023, 7, 19))
    text = "Prince Mohammed bin Salman bin Abdulaziz Al Saud chaired the summit."
    evidence = Evidence(article="t", sentence_index=0, sentence=text, start=0, end=len(text))
    span = ActorSpan(
        text="Mohammed bin Salman bin Abdulaziz Al Saud", start=7, end=48, kind="person"
    )
    [ref] = actors.resolve(span, evidence)
    assert ref.name == "Mohammed bin Salman"
    assert ref.kb_id is not None


def test_the_name_scanner_finds_known_names_after_quotes_and_prefers_the_longest(
    knowledge: Any,
) -> None:
    scanner = KnownNameScanner(knowledge)
    text = "He met “Wang Yi” and (Sergei Lavrov); later Mohammed bin Salman spoke. Wang said no."
    assert scanner.find(text) == ["Wang Yi", "Sergei Lavrov", "Mohammed bin Salman"]


def test_a_bare_office_is_not_whom_the_rest_of_its_sentence_names(knowledge: Any) -> None:
    actors = ArticleActors(knowledge, date(2024, 3, 6))
    lead = "President Hakainde Hichilema has said Zambia will stand with Malawi."
    actors.note_text(
        lead,
        people=[ActorSpan(text="Hakainde Hichilema", start=10, end=28, kind="person",
                          title="President")],
    )  # fmt: skip
    text = (
        "The President spoke in Lilongwe today after holding talks with President Lazarus "
        "Chakwera on trade."
    )
    guest = ActorSpan(
        text="Lazarus Chakwera",
        start=text.index("Lazarus"),
        end=text.index("Lazarus") + 16,
        kind="person",
        title="President",
    )
    actors.note_text(text, people=[guest])
    evidence = Evidence(article="t", sentence_index=1, sentence=text, start=0, end=len(text))
    office = ActorSpan(text="The President", start=0, end=13, kind="office")
    assert [r.name for r in actors.resolve(office, evidence)] == ["Hakainde Hichilema"]


def test_a_bare_office_is_the_person_the_report_follows_not_the_last_one_named_in_it(
    knowledge: Any,
) -> None:
    actors = ArticleActors(knowledge, date(2024, 3, 6))
    lead = "President Hakainde Hichilema today took part in the summit in Lilongwe."
    actors.note_text(
        lead,
        people=[ActorSpan(text="Hakainde Hichilema", start=10, end=28, kind="person",
                          title="President")],
    )  # fmt: skip
    thanks = "He thanked President Lazarus Chakwera and President Filipe Nyusi for the welcome."
    hosts = [
        ActorSpan(
            text=name,
            start=thanks.index(name),
            end=thanks.index(name) + len(name),
            kind="person",
            title="President",
        )
        for name in ("Lazarus Chakwera", "Filipe Nyusi")
    ]
    actors.note_text(thanks, people=hosts)
    text = "On the sidelines of the summit, the President held talks with the host."
    evidence = Evidence(article="t", sentence_index=2, sentence=text, start=0, end=len(text))
    at = text.index("the President")
    office = ActorSpan(text="the President", start=at, end=at + 13, kind="office")
    assert [r.name for r in actors.resolve(office, evidence)] == ["Hakainde Hichilema"]


def test_an_office_of_a_country_is_the_person_named_in_that_office(knowledge: Any) -> None:
    actors = ArticleActors(knowledge, date(2023, 10, 22))
    text = (
        "Mohammed bin Salman met President of the Republic of Korea Yoon Suk Yeol. He hosted a "
        "luncheon for the President of the Republic of Korea, the Foreign Minister of the "
        "Republic of Korea and the Defence Minister of the Republic of Korea."
    )
    evidence = Evidence(article="t", sentence_index=0, sentence=text, start=0, end=len(text))
    named = ActorSpan(
        text="Yoon Suk Yeol",
        start=text.index("Yoon"),
        end=text.index("Yoon") + 13,
        kind="person",
        title="President of the Republic of Korea",
    )
    actors.resolve(named, evidence)

    def office(phrase: str) -> list[str]:
        at = text.rindex(phrase)
        span = ActorSpan(text=phrase, start=at, end=at + len(phrase), kind="nominal", title=phrase)
        return [ref.name for ref in actors.resolve(span, evidence)]

    assert office("President of the Republic of Korea") == ["Yoon Suk Yeol"]
    # Nobody the article named holds that office: the one the knowledge base lists in it that
    # day, not the president; and for an office it does not list, the country.
    assert office("Foreign Minister of the Republic of Korea") == ["Park Jin"]
    assert office("Defence Minister of the Republic of Korea") == ["South Korea"]


def test_presidents_of_two_countries_are_the_presidents_the_article_named(
    knowledge: Any,
) -> None:
    actors = ArticleActors(knowledge, date(2024, 12, 17))
    text = "Pezeshkian spoke with Erdogan. The Iranian and Turkish presidents last met in Kazan."
    evidence = Evidence(article="t", sentence_index=0, sentence=text, start=0, end=len(text))
    for name in ("Pezeshkian", "Erdogan"):
        at = text.index(name)
        actors.resolve(ActorSpan(text=name, start=at, end=at + len(name), kind="person"), evidence)
    phrase = "Iranian and Turkish presidents"
    at = text.index(phrase)
    span = ActorSpan(text=phrase, start=at, end=at + len(phrase), kind="nominal", title=phrase)
    assert [ref.name for ref in actors.resolve(span, evidence)] == [
        "Masoud Pezeshkian",
        "Recep Tayyip Erdoğan",
    ]


@pytest.mark.parametrize(
    ("full", "again"),
    [
        ("Hamdan bin Rashid Al Falasi", "Hamdan"),  # not in the knowledge base
        ("Nasser Al-Khulaifi Al-Thani", "Nasser"),
        ("Mohamed bin Zayed Al Nahyan", "Mohamed"),
    ],
)
def test_an_arabic_name_goes_by_the_given_name_on_second_mention(
    knowledge: Any, full: str, again: str
) -> None:
    actors = ArticleActors(knowledge, date(2025, 4, 8))
    text = f"Sheikh {full} received the envoy. Sheikh {again} said the talks were useful."
    evidence = Evidence(article="t", sentence_index=0, sentence=text, start=0, end=len(text))
    first = ActorSpan(text=f"Sheikh {full}", start=0, end=7 + len(full), kind="person")
    start = text.index(f"Sheikh {again} said")
    second = ActorSpan(
        text=f"Sheikh {again}", start=start, end=start + 7 + len(again), kind="person"
    )
    [named] = actors.resolve(first, evidence)
    [resolved] = actors.resolve(second, evidence)
    assert resolved.name == named.name
    assert resolved.name != again


def test_a_form_of_address_is_no_office(knowledge: Any) -> None:
    actors = ArticleActors(knowledge, date(2025, 4, 8))
    text = "His Highness Sheikh Mohamed bin Zayed Al Nahyan received the envoy."
    evidence = Evidence(article="t", sentence_index=0, sentence=text, start=0, end=len(text))
    span = ActorSpan(
        text="Mohamed bin Zayed Al Nahyan", start=20, end=47, kind="person", title="Highness Sheikh"
    )
    [ref] = actors.resolve(span, evidence)
    assert ref.office == "President"


def test_a_possessive_country_in_a_title_is_the_persons_country(knowledge: Any) -> None:
    actors = ArticleActors(knowledge, date(2025, 4, 4))
    text = "Modi met Nepal's Prime Minister Khadga Bahadur Rai."
    evidence = Evidence(article="t", sentence_index=0, sentence=text, start=0, end=len(text))
    span = ActorSpan(
        text="Khadga Bahadur Rai", start=32, end=50, kind="person", title="Nepal's Prime Minister"
    )
    [ref] = actors.resolve(span, evidence)
    assert ref.country == "NPL"


def test_an_untagged_surname_is_only_someone_the_article_named(knowledge: Any) -> None:
    actors = ArticleActors(knowledge, date(2025, 4, 18))
    text = "Foreign Secretary Amna Baloch arrived. Baloch met Hossain. Rangpur met Hossain."
    evidence = Evidence(article="t", sentence_index=0, sentence=text, start=0, end=len(text))
    actors.resolve(ActorSpan(text="Amna Baloch", start=18, end=29, kind="person"), evidence)
    again = actors.resolve(ActorSpan(text="Baloch", start=39, end=45, kind="surname"), evidence)
    assert [ref.name for ref in again] == ["Amna Baloch"]
    glued = ActorSpan(text="A.Baloch", start=39, end=47, kind="surname")
    assert [ref.name for ref in actors.resolve(glued, evidence)] == ["Amna Baloch"]
    stranger = ActorSpan(text="Rangpur", start=59, end=66, kind="surname")
    assert actors.resolve(stranger, evidence) == []


def resolve_person(actors: ArticleActors, text: str, name: str) -> list[str]:
    """The names the person span `name` of sentence `text` resolves to."""
    evidence = Evidence(article="t", sentence_index=0, sentence=text, start=0, end=len(text))
    at = text.index(name)
    span = ActorSpan(text=name, start=at, end=at + len(name), kind="person")
    return [ref.name for ref in actors.resolve(span, evidence)]


def test_a_lone_city_tagged_as_a_person_is_nobody(knowledge: Any) -> None:
    actors = ArticleActors(knowledge, date(2023, 5, 21))
    assert resolve_person(actors, "Kishida made a surprise trip to Kyiv.", "Kyiv") == []


def test_a_lone_given_name_is_the_one_person_named_before_by_it(knowledge: Any) -> None:
    actors = ArticleActors(knowledge, date(2025, 5, 7))
    actors.note_text("Sir Keir Starmer and Narendra Modi spoke.", ["Keir Starmer", "Narendra Modi"])
    assert resolve_person(actors, "Sir Keir said the deal was good.", "Keir") == ["Keir Starmer"]


@pytest.mark.parametrize(
    ("written", "known"),
    [
        ("Hossein Amir Abdollahian", "Hossein Amir-Abdollahian"),
        ("Sheikh Tamim bin Hamad Al-Thani", "Tamim bin Hamad Al Thani"),
        ("Emmerson Dambudzo Mnangagwa", "Emmerson Mnangagwa"),
        ("Muhammad Shehbaz Sharif", "Shehbaz Sharif"),
    ],
)
def test_a_name_written_another_way_is_the_known_person(
    knowledge: Any, written: str, known: str
) -> None:
    actors = ArticleActors(knowledge, date(2024, 1, 29))
    assert resolve_person(actors, f"{written} arrived.", written) == [
        knowledge.actor_by_name(known).name
    ]


def test_a_military_rank_is_no_part_of_the_name(knowledge: Any) -> None:
    actors = ArticleActors(knowledge, date(2022, 7, 10))
    found = resolve_person(actors, "Blinken met Gen Prayuth Chan-ocha.", "Gen Prayuth Chan-ocha")
    assert found == ["Prayuth Chan-ocha"]


def test_ayatollah_and_seyyed_are_forms_of_address(knowledge: Any) -> None:
    actors = ArticleActors(knowledge, date(2023, 11, 11))
    assert resolve_person(actors, "President Ayatollah Seyyed arrived.", "Ayatollah Seyyed") == []
    assert resolve_person(actors, "Minister Seyed arrived.", "Seyed") == []


def nominal_names(actors: ArticleActors, sentence: str, phrase: str) -> list[str]:
    """Who `phrase`, a description in `sentence`, resolves to."""
    evidence = Evidence(
        article="t", sentence_index=0, sentence=sentence, start=0, end=len(sentence)
    )
    at = sentence.index(phrase)
    span = ActorSpan(text=phrase, start=at, end=at + len(phrase), kind="nominal", title=phrase)
    return [ref.name for ref in actors.resolve(span, evidence)]


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # Nobody named: the one who held the office on the article's day.
        ("The Spanish prime minister flew to Faro.", "Spanish prime minister", "Pedro Sánchez"),
        ("Talks with the Chinese premier ended.", "Chinese premier", "Li Qiang"),
        # Any holder, not this one; and a deputy is not the office.
        (
            "It was the first visit by a Spanish prime minister in years.",
            "Spanish prime minister",
            "Spain",
        ),
        ("The Chinese vice premier flew to Faro.", "Chinese vice premier", "China"),
    ],
)
def test_a_country_s_office_named_without_a_name_is_its_holder_that_day(
    knowledge: Any, sentence: str, phrase: str, expected: str
) -> None:
    actors = ArticleActors(knowledge, date(2024, 10, 23))
    assert nominal_names(actors, sentence, phrase) == [expected]


def test_with_no_day_to_read_offices_at_an_office_stays_its_country(knowledge: Any) -> None:
    actors = ArticleActors(knowledge, None)
    sentence = "The Spanish prime minister flew to Faro."
    assert nominal_names(actors, sentence, "Spanish prime minister") == ["Spain"]


def test_a_country_s_minister_is_the_one_named_as_minister_not_its_president(
    knowledge: Any,
) -> None:
    actors = ArticleActors(knowledge, None)
    text = (
        "Crown Prince Mohammed bin Salman received Foreign Minister Abbas Araghchi, who conveyed "
        "the greetings of President Masoud Pezeshkian. Later the Iranian minister met Faisal."
    )
    evidence = Evidence(article="t", sentence_index=0, sentence=text, start=0, end=len(text))
    for name, title in (("Abbas Araghchi", "Foreign Minister"), ("Masoud Pezeshkian", "President")):
        at = text.index(name)
        actors.resolve(
            ActorSpan(text=name, start=at, end=at + len(name), kind="person", title=title),
            evidence,
        )
    phrase = "the Iranian minister"
    at = text.index(phrase)
    span = ActorSpan(text=phrase, start=at, end=at + len(phrase), kind="nominal", title=phrase)
    assert [ref.name for ref in actors.resolve(span, evidence)] == ["Abbas Araghchi"]


def test_a_full_name_spelt_another_way_is_the_known_person_and_keeps_its_surname(
    knowledge: Any,
) -> None:
    text = "Envoy Hanna Tetteh met Mohammed Al-Manfi in Tripoli. Al-Manfi said it went well."
    day = date(2024, 3, 11)
    full, short = people_named(knowledge, day, text, "Mohammed Al-Manfi", "Al-Manfi")
    assert short.name == full.name == "Mohamed al-Menfi"


def test_a_bare_surname_is_the_listed_leader_not_a_titled_namesake(knowledge: Any) -> None:
    # A namesake in office keeps the given name; the surname alone is the leader's.
    text = (
        "President Javier Milei met the Pope. The Secretary General of the Presidency,"
        " Karina Milei, joined them. Francis telephoned Milei last year."
    )
    actors = ArticleActors(knowledge, date(2024, 2, 12))
    evidence = Evidence(article="t", sentence_index=0, sentence=text, start=0, end=len(text))
    found = []
    for name, title in [
        ("Javier Milei", "President"),
        ("Karina Milei", "Secretary General of the Presidency"),
        ("Milei", None),
    ]:
        at = text.rindex(name)
        span = ActorSpan(text=name, start=at, end=at + len(name), kind="person", title=title)
        [ref] = actors.resolve(span, evidence)
        found.append(ref.name)
    assert found == ["Javier Milei", "Karina Milei", "Javier Milei"]


def test_a_surname_written_with_a_space_for_its_hyphen_is_the_person(knowledge: Any) -> None:
    text = "Abdel Fattah el-Sisi spoke to Tebboune. Mr El Sisi said the call went well."
    day = date(2025, 10, 8)
    full, short = people_named(knowledge, day, text, "Abdel Fattah el-Sisi", "El Sisi")
    assert short.name == full.name


def test_a_monarch_goes_by_the_name_before_the_number_not_by_the_country(
    knowledge: Any,
) -> None:
    actors = ArticleActors(knowledge, date(2025, 12, 6))
    text = "King Abdullah II received Merz. Jordan and Abdullah both backed the plan."
    evidence = Evidence(article="t", sentence_index=0, sentence=text, start=0, end=len(text))
    actors.resolve(ActorSpan(text="King Abdullah II", start=0, end=16, kind="person"), evidence)
    [person] = actors.people
    # ("King Abdullah II of Jordan" is one of the names the knowledge base lists for him.)
    assert "jordan" not in person.surnames
    assert "abdullah" in person.surnames
    country = ActorSpan(text="Jordan", start=32, end=38, kind="surname")
    assert actors.resolve(country, evidence) == []


def test_a_name_with_a_middle_initial_is_the_known_person(knowledge: Any) -> None:
    text = "President Ferdinand R. Marcos Jr. met Gusmao."
    [ref] = people_named(knowledge, date(2025, 10, 27), text, "Ferdinand R. Marcos Jr.")
    assert (ref.name, ref.country) == ("Ferdinand Marcos Jr.", "PHL")


def test_a_pilgrimage_the_model_tags_as_a_person_is_not_registered(knowledge: Any) -> None:
    actors = ArticleActors(knowledge, date(2023, 6, 18))
    text = "They agreed on trade, consular affairs and Hajj and Umrah."
    hajj = ActorSpan(text="Hajj", start=43, end=47, kind="person")
    actors.note_text(text, people=[hajj])
    assert actors.last_pair() == [] and not actors.people


def test_an_office_the_model_tags_as_a_name_is_no_one(knowledge: Any) -> None:
    actors = ArticleActors(knowledge, date(2024, 8, 17))
    text = "President Samia Suluhu Hassan was elected Chairperson of the Organ on Saturday."
    chair = ActorSpan(text="Chairperson", start=42, end=53, kind="person")
    actors.note_text(text, people=[chair])
    evidence = Evidence(article="t", sentence_index=0, sentence=text, start=0, end=len(text))
    assert actors.resolve(chair, evidence) == []
    assert [p.name for p in actors.people] == []


def test_the_head_of_state_is_the_president_the_report_follows(knowledge: Any) -> None:
    actors = ArticleActors(knowledge, date(2024, 1, 11))
    lead = "President Volodymyr Zelensky ended his Baltic tour in Riga with President Karis."
    named = [
        ActorSpan(text="Volodymyr Zelensky", start=10, end=28, kind="person", title="President"),
        ActorSpan(text="Karis", start=74, end=79, kind="person", title="President"),
    ]
    actors.note_text(lead, people=named)
    text = "In Vilnius the Head of State held talks with President Gitanas Nauseda."
    host = ActorSpan(
        text="Gitanas Nauseda", start=text.index("Gitanas"), end=len(text) - 1, kind="person",
        title="President",
    )  # fmt: skip
    actors.note_text(text, people=[host])
    evidence = Evidence(article="t", sentence_index=1, sentence=text, start=0, end=len(text))
    at = text.index("the Head")
    office = ActorSpan(text="the Head of State", start=at, end=at + 17, kind="office")
    assert [r.name for r in actors.resolve(office, evidence)] == ["Volodymyr Zelensky"]


def test_the_office_named_without_its_country_keeps_the_person_in_focus(knowledge: Any) -> None:
    actors = ArticleActors(knowledge, date(2024, 10, 10))
    lead = "The summit in Asmara was chaired by the President of Somalia, Dr Ali Warsame."
    at = lead.index("Ali Warsame")
    guest = ActorSpan(
        text="Ali Warsame", start=at, end=at + 11, kind="person", title="President of Somalia"
    )
    actors.note_text(lead, people=[guest])
    text = "The President arrived on Wednesday and was received by President Omar Keita."
    at = text.index("Omar Keita")
    host = ActorSpan(text="Omar Keita", start=at, end=at + 10, kind="person", title="President")
    actors.note_text(text, people=[host])
    assert actors.focus is not None and actors.focus.name == "Ali Warsame"


def test_the_president_is_not_a_vice_president_the_report_follows(knowledge: Any) -> None:
    actors = ArticleActors(knowledge, date(2024, 3, 6))
    lead = "Vice President Ana Torres flew to Lilongwe, where President Lazarus Chakwera waited."
    named = [
        ActorSpan(text="Ana Torres", start=15, end=25, kind="person", title="Vice President"),
        ActorSpan(
            text="Lazarus Chakwera",
            start=lead.index("Lazarus"),
            end=lead.index("Lazarus") + 16,
            kind="person",
            title="President",
        ),
    ]
    actors.note_text(lead, people=named)
    text = "The President thanked the guests for coming."
    actors.note_text(text, people=[])
    evidence = Evidence(article="t", sentence_index=1, sentence=text, start=0, end=len(text))
    office = ActorSpan(text="The President", start=0, end=13, kind="office")
    assert [r.name for r in actors.resolve(office, evidence)] == ["Lazarus Chakwera"]


def test_the_country_s_leader_is_who_leads_it_on_the_day_not_a_predecessor_named_since(
    knowledge: Any,
) -> None:
    actors = ArticleActors(knowledge, date(2022, 11, 9))
    text = (
        "President William Ruto hosted Ramaphosa, who had last come under Uhuru Kenyatta, "
        "and Prime Cabinet Secretary Musalia Mudavadi. The Kenyan leader welcomed him."
    )
    evidence = Evidence(article="t", sentence_index=0, sentence=text, start=0, end=len(text))
    for name in ("William Ruto", "Uhuru Kenyatta", "Musalia Mudavadi"):
        at = text.index(name)
        actors.resolve(ActorSpan(text=name, start=at, end=at + len(name), kind="person"), evidence)
    at = text.index("The Kenyan leader")
    span = ActorSpan(
        text="The Kenyan leader", start=at, end=at + 17, kind="nominal", title="Kenyan leader"
    )
    assert [ref.name for ref in actors.resolve(span, evidence)] == ["William Ruto"]


def test_the_last_pair_leaves_out_who_the_rest_of_the_sentence_first_names(
    knowledge: Any,
) -> None:
    actors = ArticleActors(knowledge, date(2024, 5, 28))
    actors.note_text(
        "Olaf Scholz and Emmanuel Macron spoke at Meseberg.", ["Olaf Scholz", "Emmanuel Macron"]
    )
    rest = "chaired the council, attended by Foreign Minister Stéphane Séjourné."
    actors.note_text(f"The two leaders {rest}", ["Stéphane Séjourné"])
    assert [p.name for p in actors.last_pair(rest)] == ["Olaf Scholz", "Emmanuel Macron"]
    # Without the rest of the sentence, the last two named are both French: no pair.
    assert actors.last_pair() == []


def test_the_last_pair_of_an_office_is_two_who_hold_it(knowledge: Any) -> None:
    actors = ArticleActors(knowledge, date(2025, 2, 20))
    text = (
        "Russian President Vladimir Putin and US President Donald Trump spoke by phone; the "
        "aide Yuri Ushakov briefed reporters."
    )
    titled = [("Vladimir Putin", "Russian President"), ("Donald Trump", "US President")]
    spans = [
        ActorSpan(
            text=name,
            start=text.index(name),
            end=text.index(name) + len(name),
            kind="person",
            title=title,
            role="participant",
        )
        for name, title in titled
    ]
    actors.note_text(text, ["Yuri Ushakov"], spans)
    # Say the article gave the aide no office the resolver could read.
    aide = next(p for p in actors.recent if p.name == "Yuri Ushakov")
    aide.office = None

    # Two known to hold the office come before someone whose office is not known.
    presidents = partial(_holds_office_of_rank, office="president")
    assert {p.name for p in actors.last_pair(rank=presidents)} == {
        "Vladimir Putin",
        "Donald Trump",
    }


@pytest.mark.parametrize(
    ("held", "office", "holds"),
    [
        ("Minister for Foreign Affairs", "foreign minister", True),
        ("Minister of Foreign Affairs", "foreign minister", True),
        ("Minister of Defence", "defence minister", True),
        (
            "Director of the Office of the Central Foreign Affairs Commission",
            "foreign minister",
            False,
        ),
        ("Aide to the President for foreign policy", "president", False),
        ("Vice President", "president", False),
        ("US President", "president", True),
    ],
)
def test_the_office_two_people_hold(held: str, office: str, holds: bool) -> None:
    assert _holds_office_of_rank(held, office) is holds


def test_a_sentence_opening_with_a_nationality_and_office_sets_whom_he_means(
    knowledge: Any,
) -> None:
    actors = ArticleActors(knowledge, date(2024, 1, 26))
    actors.note_text(
        "President Droupadi Murmu and French President Emmanuel Macron held talks.",
        ["Droupadi Murmu", "Emmanuel Macron"],
    )
    text = "The French leader had arrived in Jaipur on Thursday, where he met Modi."
    actors.note_text(text, [])
    evidence = Evidence(article="t", sentence_index=1, sentence=text, start=0, end=len(text))
    at = text.index(" he ") + 1
    he = ActorSpan(text="he", start=at, end=at + 2, kind="pronoun")
    assert [ref.name for ref in actors.resolve(he, evidence)] == ["Emmanuel Macron"]


def test_a_name_cut_short_is_the_person_named_in_full(knowledge: Any) -> None:
    text = (
        "Velasco is in charge in the absence of Secretary Juan Ramón de la Fuente. "
        "Juan Ramón, as aides call him, is in Geneva."
    )
    full, short = people_named(
        knowledge, date(2025, 12, 5), text, "Juan Ramón de la Fuente", "Juan Ramón"
    )
    assert short.name == full.name == "Juan Ramón de la Fuente"


def test_she_is_not_a_woman_the_sentence_first_names_after_her(knowledge: Any) -> None:
    actors = ArticleActors(knowledge, date(2025, 4, 10))
    # Lula, named first, is in focus.
    first = "Lula welcomed Claudia Sheinbaum in Tegucigalpa."
    actors.note_text(
        first,
        people=[
            ActorSpan(text="Lula", start=0, end=4, kind="person"),
            ActorSpan(text="Claudia Sheinbaum", start=14, end=31, kind="person"),
        ],
    )
    second = "She thanked Xiomara Castro for hosting the summit."
    actors.note_text(
        second, people=[ActorSpan(text="Xiomara Castro", start=12, end=26, kind="person")]
    )
    evidence = Evidence(article="t", sentence_index=1, sentence=second, start=0, end=len(second))
    she = ActorSpan(text="She", start=0, end=3, kind="pronoun")
    [ref] = actors.resolve_pronoun(she, evidence, exclude=set())
    assert ref.name == "Claudia Sheinbaum"


def test_a_country_ending_a_sentence_is_named(knowledge: Any) -> None:
    actors = ArticleActors(knowledge, date(2023, 3, 8))
    text = "Boric arrived on his first official visit to Spain. He met Sánchez in Madrid."
    assert actors.countries_named(text) == ["ESP"]
    assert actors.countries_named("Officials of the U.S. and Chile met.") == ["USA", "CHL"]
