"""PLOVER gold-standard benchmark for parley's event typing.

Each PLOVER gold record is one news-style sentence coded with one PLOVER event type. parley
reads every sentence exactly as the pipeline reads an article (spaCy model with the knowledge
base's names, sentence splitter, frame extractor, mention resolver), and the types of the
mentions it keeps are its prediction for that sentence. Reported:

- per type parley handles (CONSULT, AGREE, SUPPORT): precision, recall, F1, accuracy (share of
  gold sentences of the type where parley predicts the type; with one gold type per sentence it
  equals recall) and exact accuracy (parley predicts that type and none of its other two);
- a confusion table: gold PLOVER type x parley's predicted types;
- the invented rate: share of gold sentences of the other PLOVER types where parley predicts
  any of its three types;
- a bonus line: source/target country agreement where the gold codes are ISO 3166 alpha-3.

    python benchmarks/plover.py [--json] [--errors [--limit N]] [--data PATH]

This is a test set: run it to report figures, never to choose rules.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from parley.extract.frames import FrameExtractor
from parley.extract.lexicon import Lexicon
from parley.models import Article, EventMention, EventType, Frame
from parley.nlp.entities import add_entity_patterns
from parley.nlp.model import load_model
from parley.nlp.sentences import make_splitter, split_sentences
from parley.resolve.entity_names import entity_patterns
from parley.resolve.knowledge import KnowledgeBase
from parley.resolve.mentions import MentionResolver

DEFAULT_DATA = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "datasets"
    / "plover"
    / "PLOVER_GSR_CAMEO.txt"
)
PARLEY_TYPES: tuple[str, ...] = tuple(t.value for t in EventType)
NONE = "none"
ROLES = ("source", "target")


@dataclass(frozen=True)
class GoldSentence:
    """One PLOVER gold record: the sentence, its event type and the actors' country codes."""

    id: str
    text: str
    event: str
    event_text: str = ""
    source_codes: tuple[str, ...] = ()
    target_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Prediction:
    """What parley kept for one sentence.

    `types` is the set of mention types; `triggers` the (type, trigger word, status) of each
    mention; `countries[type][role]` the ISO3 codes of the mentions' actors of that type, with
    role "source", "target" or "participants"; `frame_types` the types of the frames the
    extractor found before the resolver dropped those without enough actors (for diagnosis).
    """

    id: str
    types: frozenset[str] = frozenset()
    triggers: tuple[tuple[str, str, str], ...] = ()
    countries: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    frame_types: frozenset[str] = frozenset()


# --------------------------------------------------------------------------- reading the gold


def _actor_codes(actors: Any) -> tuple[str, ...]:
    # `source`/`target` are lists of {"actorText", "code"}, but some records hold "" or null.
    if not isinstance(actors, list):
        return ()
    codes = (str(a.get("code") or "").strip().upper() for a in actors if isinstance(a, dict))
    return tuple(code for code in codes if code)


def parse_gold(records: Iterable[dict[str, Any]]) -> list[GoldSentence]:
    """Gold sentences from PLOVER records, skipping the DOCUMENT record and records with no text."""
    gold: list[GoldSentence] = []
    for record in records:
        text = str(record.get("text") or "").strip()
        event = str(record.get("event") or "").strip().upper()
        if event == "DOCUMENT" or not text or not event:
            continue
        gold.append(
            GoldSentence(
                id=str(record.get("id") or f"plover-{len(gold)}"),
                text=text,
                event=event,
                event_text=str(record.get("eventText") or ""),
                source_codes=_actor_codes(record.get("source")),
                target_codes=_actor_codes(record.get("target")),
            )
        )
    return gold


def load_gold(path: Path) -> list[GoldSentence]:
    """The gold sentences of a PLOVER file (one JSON array of records)."""
    records = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(records, list):
        raise ValueError(f"{path}: expected a JSON array of PLOVER records")
    return parse_gold(r for r in records if isinstance(r, dict))


# --------------------------------------------------------------------------- parley's side


def prediction_from_mentions(
    sentence_id: str, mentions: Sequence[EventMention], frames: Sequence[Frame] = ()
) -> Prediction:
    """The prediction for one sentence from the mentions the resolver kept for it (and the
    frames it was given, kept for the error listing only)."""
    countries: dict[str, dict[str, set[str]]] = {}
    for mention in mentions:
        by_role = countries.setdefault(mention.type.value, {})
        for role, actors in (
            ("source", mention.source),
            ("target", mention.target),
            ("participants", mention.participants),
        ):
            by_role.setdefault(role, set()).update(a.country for a in actors if a.country)
    return Prediction(
        id=sentence_id,
        types=frozenset(m.type.value for m in mentions),
        triggers=tuple((m.type.value, m.trigger, m.status.value) for m in mentions),
        countries={
            kind: {role: frozenset(codes) for role, codes in roles.items()}
            for kind, roles in countries.items()
        },
        frame_types=frozenset(f.type.value for f in frames),
    )


def predict(gold: Sequence[GoldSentence], kb: KnowledgeBase) -> list[Prediction]:
    """parley's predictions for every gold sentence, read the way the pipeline reads articles.

    Each sentence is its own article with no publication date; this loads the spaCy model.
    """
    nlp = load_model()
    add_entity_patterns(nlp, entity_patterns(kb))
    splitter = make_splitter()
    extractor = FrameExtractor(nlp, Lexicon.load())
    resolver = MentionResolver(kb)
    # Record ids are unique in the file, but positions keep this safe if one ever repeats.
    articles = [Article(id=str(n), text=g.text) for n, g in enumerate(gold)]
    sentences = {a.id: split_sentences(a.text, splitter) for a in articles}
    frames = extractor.frames_for_articles((a.id, sentences[a.id]) for a in articles)
    predictions: list[Prediction] = []
    # frames_for_articles yields the articles in input order.
    for (_, article_frames), article, sentence in zip(frames, articles, gold, strict=True):
        mentions = resolver.resolve(article, sentences[article.id], article_frames)
        predictions.append(prediction_from_mentions(sentence.id, mentions, article_frames))
    return predictions


# --------------------------------------------------------------------------- scoring


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def score_types(
    gold: Sequence[GoldSentence], predictions: Sequence[Prediction]
) -> dict[str, dict[str, float]]:
    """Per parley type: gold, predicted, correct, precision, recall, f1, accuracy, exact.

    A sentence counts as predicted for a type when any kept mention has that type; `exact`
    is the share of the type's gold sentences where that type is parley's only prediction.
    """
    pairs = list(zip(gold, predictions, strict=True))
    scores: dict[str, dict[str, float]] = {}
    for kind in PARLEY_TYPES:
        gold_n = sum(g.event == kind for g, _ in pairs)
        predicted_n = sum(kind in p.types for _, p in pairs)
        correct = sum(g.event == kind and kind in p.types for g, p in pairs)
        exact = sum(g.event == kind and p.types == {kind} for g, p in pairs)
        precision, recall = _ratio(correct, predicted_n), _ratio(correct, gold_n)
        total = precision + recall
        scores[kind] = {
            "gold": float(gold_n),
            "predicted": float(predicted_n),
            "correct": float(correct),
            "precision": precision,
            "recall": recall,
            "f1": 2 * precision * recall / total if total else 0.0,
            "accuracy": recall,
            "exact": _ratio(exact, gold_n),
        }
    return scores


def confusion(
    gold: Sequence[GoldSentence], predictions: Sequence[Prediction]
) -> dict[str, dict[str, int]]:
    """Gold type -> counts of sentences per predicted type, plus "none" and "sentences".

    A sentence with two predicted types counts once in each of their columns, so a row's
    columns may add up to more than its "sentences". Rows: parley's types first, then the
    other gold types by frequency.
    """
    frequency = Counter(g.event for g in gold)
    others = sorted((t for t in frequency if t not in PARLEY_TYPES), key=lambda t: -frequency[t])
    table: dict[str, dict[str, int]] = {}
    for kind in [t for t in PARLEY_TYPES if t in frequency] + others:
        table[kind] = {column: 0 for column in (*PARLEY_TYPES, NONE, "sentences")}
    for g, p in zip(gold, predictions, strict=True):
        row = table[g.event]
        row["sentences"] += 1
        for kind in p.types & set(PARLEY_TYPES):
            row[kind] += 1
        if not p.types:
            row[NONE] += 1
    return table


def invented_rate(
    gold: Sequence[GoldSentence], predictions: Sequence[Prediction]
) -> dict[str, float]:
    """How often parley predicts any of its types in a sentence of another PLOVER type.

    Keys: sentences (gold sentences of other types), invented (those with a prediction), rate.
    """
    others = [p for g, p in zip(gold, predictions, strict=True) if g.event not in PARLEY_TYPES]
    invented = sum(bool(p.types & set(PARLEY_TYPES)) for p in others)
    return {
        "sentences": float(len(others)),
        "invented": float(invented),
        "rate": _ratio(invented, len(others)),
    }


def country_agreement(
    gold: Sequence[GoldSentence],
    predictions: Sequence[Prediction],
    is_iso3: Callable[[str], bool],
) -> dict[str, dict[str, float]]:
    """Source and target country agreement on sentences where parley predicts the gold type.

    Only gold codes that `is_iso3` accepts count (PLOVER also uses "IGO", "NGO" and CAMEO's
    "JAP"); a role is scored when the gold names at least one such code for it. For each role:
    `exact` = predicted countries of that role equal the gold set; `overlap` = they share at
    least one; `any_role` = every gold code of the role is among the countries of the
    mention's actors whatever their role (parley puts both sides of a meeting in `source`).
    """
    result: dict[str, dict[str, float]] = {}
    for role in ROLES:
        scored = exact = overlap = any_role = 0
        for g, p in zip(gold, predictions, strict=True):
            codes = g.source_codes if role == "source" else g.target_codes
            wanted = {c for c in codes if is_iso3(c)}
            if not wanted or g.event not in p.types:
                continue
            found = p.countries.get(g.event, {})
            predicted = found.get(role, frozenset())
            everyone = found.get("participants", frozenset()) | found.get("source", frozenset())
            everyone |= found.get("target", frozenset())
            scored += 1
            exact += predicted == wanted
            overlap += bool(predicted & wanted)
            any_role += wanted <= everyone
        result[role] = {
            "sentences": float(scored),
            "exact": _ratio(exact, scored),
            "overlap": _ratio(overlap, scored),
            "any_role": _ratio(any_role, scored),
        }
    return result


# --------------------------------------------------------------------------- error lists


@dataclass(frozen=True)
class ErrorGroup:
    """Sentences that went wrong the same way, with the count and the sentences."""

    key: str
    count: int
    examples: tuple[str, ...]


def _group(items: Iterable[tuple[str, str]], limit: int, per_group: int) -> list[ErrorGroup]:
    examples: dict[str, list[str]] = {}
    for key, text in items:
        examples.setdefault(key, []).append(text)
    ranked = sorted(examples.items(), key=lambda item: (-len(item[1]), item[0]))
    return [ErrorGroup(key, len(texts), tuple(texts[:per_group])) for key, texts in ranked[:limit]]


def misses(
    gold: Sequence[GoldSentence],
    predictions: Sequence[Prediction],
    limit: int = 15,
    per_group: int = 3,
) -> list[ErrorGroup]:
    """Gold sentences of parley's types that parley did not type so, grouped by gold type and
    the first telling word PLOVER marks as the event ("AGREE: offered"), most common first."""
    items = (
        (f"{g.event}: {_event_word(g.event_text)}", _describe_miss(g, p))
        for g, p in zip(gold, predictions, strict=True)
        if g.event in PARLEY_TYPES and g.event not in p.types
    )
    return _group(items, limit, per_group)


def false_alarms(
    gold: Sequence[GoldSentence],
    predictions: Sequence[Prediction],
    limit: int = 15,
    per_group: int = 3,
) -> list[ErrorGroup]:
    """Mentions whose type differs from the sentence's gold type, grouped by predicted type,
    trigger word and status ("CONSULT <- meet (negated)"), most common first."""
    items = (
        (f"{kind} <- {trigger.lower()} ({status})", f"[gold {g.event}] {g.text}")
        for g, p in zip(gold, predictions, strict=True)
        for kind, trigger, status in dict.fromkeys(p.triggers)
        if kind != g.event
    )
    return _group(items, limit, per_group)


# Words PLOVER's event text often starts with that say nothing about the event itself:
# skipping them groups "will support", "said will support" and "is willing to" by their verb.
_FRAME_WORDS = frozenset(
    {"will", "would", "is", "are", "was", "were", "has", "have", "had", "be", "to", "been",
     "said", "says", "say", "saying", "announced", "quoted", "reported", "told", "stated"}
)  # fmt: skip


def _event_word(event_text: str) -> str:
    """The first telling word of PLOVER's event text ("said will release" -> "release")."""
    words = [w.strip("{}()\"'`.,") for w in event_text.lower().split()]
    telling = [w for w in words if w and w not in _FRAME_WORDS]
    return telling[0] if telling else (words[0] if words and words[0] else "?")


def _describe_miss(g: GoldSentence, p: Prediction) -> str:
    """ "[event: offered to negotiate | predicted CONSULT | frames CONSULT] sentence"."""
    notes = [f"event: {g.event_text.strip() or '?'}"]
    notes.append("predicted " + (", ".join(sorted(p.types)) or NONE))
    if p.frame_types - p.types:
        # A trigger was found but the resolver dropped the frame (too few actors).
        notes.append("dropped frames " + ", ".join(sorted(p.frame_types - p.types)))
    return f"[{' | '.join(notes)}] {g.text}"


# --------------------------------------------------------------------------- report


def score_all(
    gold: Sequence[GoldSentence],
    predictions: Sequence[Prediction],
    is_iso3: Callable[[str], bool],
) -> dict[str, Any]:
    """Every figure of the report as one JSON-ready dict."""
    return {
        "sentences": len(gold),
        "gold_types": dict(Counter(g.event for g in gold).most_common()),
        "types": score_types(gold, predictions),
        "invented": invented_rate(gold, predictions),
        "confusion": confusion(gold, predictions),
        "countries": country_agreement(gold, predictions, is_iso3),
    }


def run(data: Path) -> tuple[list[GoldSentence], list[Prediction], dict[str, Any]]:
    """The gold sentences at `data`, parley's predictions for them and the report."""
    gold = load_gold(data)
    kb = KnowledgeBase.load()
    predictions = predict(gold, kb)
    report = score_all(gold, predictions, lambda code: kb.country_by_iso3(code) is not None)
    return gold, predictions, report


def evaluate(data: Path) -> dict[str, Any]:
    """Run parley over the PLOVER gold file at `data` and score it (see `score_all`)."""
    return run(data)[2]


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def markdown(report: dict[str, Any]) -> str:
    """The report as markdown tables (percentages)."""
    lines = [
        f"PLOVER gold standard: {report['sentences']} sentences",
        "",
        "| type | gold | predicted | correct | P | R | F1 | accuracy | exact |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for kind, s in report["types"].items():
        counts = " | ".join(str(int(s[k])) for k in ("gold", "predicted", "correct"))
        rates = " | ".join(_pct(s[k]) for k in ("precision", "recall", "f1", "accuracy", "exact"))
        lines.append(f"| {kind} | {counts} | {rates} |")
    invented = report["invented"]
    lines += [
        "",
        f"Invented: {int(invented['invented'])} of {int(invented['sentences'])} sentences of "
        f"other PLOVER types get a {'/'.join(PARLEY_TYPES)} event ({_pct(invented['rate'])}%).",
        "",
        "| gold \\ predicted | sentences | " + " | ".join((*PARLEY_TYPES, NONE)) + " |",
        "|---|---|" + "---|" * (len(PARLEY_TYPES) + 1),
    ]
    for kind, row in report["confusion"].items():
        cells = " | ".join(str(row[c]) for c in (*PARLEY_TYPES, NONE))
        lines.append(f"| {kind} | {row['sentences']} | {cells} |")
    parts = [
        f"{role} {_pct(c['exact'])}% exact, {_pct(c['overlap'])}% overlap, "
        f"{_pct(c['any_role'])}% found in any role (n={int(c['sentences'])})"
        for role, c in report["countries"].items()
    ]
    lines += ["", "Countries (ISO codes, correctly typed sentences): " + "; ".join(parts) + "."]
    return "\n".join(lines)


def error_listing(title: str, groups: Sequence[ErrorGroup]) -> str:
    """A plain-text list of error groups with their example sentences."""
    lines = [title]
    for group in groups:
        lines.append(f"  {group.count:3d}  {group.key}")
        lines.extend(f"         {example}" for example in group.examples)
    if not groups:
        lines.append("  (none)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="PLOVER_GSR_CAMEO.txt")
    parser.add_argument("--json", action="store_true", help="print a JSON dict instead")
    parser.add_argument(
        "--errors", action="store_true", help="also list the most common misses and false alarms"
    )
    parser.add_argument("--limit", type=int, default=20, help="groups per error list (20)")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"PLOVER data not found at {args.data}", file=sys.stderr)
        return 2
    gold, predictions, report = run(args.data)
    missed = misses(gold, predictions, limit=args.limit)
    alarms = false_alarms(gold, predictions, limit=args.limit)
    if args.json:
        if args.errors:
            report["misses"] = [asdict(group) for group in missed]
            report["false_alarms"] = [asdict(group) for group in alarms]
        print(json.dumps(report, indent=2))
        return 0
    print(markdown(report))
    if args.errors:
        print()
        print(
            error_listing(
                "Most common misses (gold type: first telling word of the gold event text)", missed
            )
        )
        print()
        print(error_listing("Most common false alarms (predicted type <- trigger)", alarms))
    return 0


if __name__ == "__main__":
    sys.exit(main())
