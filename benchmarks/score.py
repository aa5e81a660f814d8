"""Score a parley JSON Lines export against a gold file of the development corpus.

Usage: ``python benchmarks/score.py GOLD EXPORT.jsonl [--json]``

Exported events are matched one-to-one to gold events, greedily by score. A pair can match only
when the types agree and at least two gold participants are found among the exported ones by
alias (an alias matches when it equals, or is a whole-word part of, an exported participant
name, case-insensitively). Gold events with fewer than two named participants fall back to
countries. See ``benchmarks/corpus/README.md`` for the gold format and annotation rules.
"""

from __future__ import annotations

import argparse
import calendar
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Gold = dict[str, Any]
Exported = dict[str, Any]

OCCURRED = "occurred"

# Gold conflict field names -> the export contract's names.
CONFLICT_FIELDS = {"round": "mechanism.round", "date": "date", "location": "location"}


@dataclass
class Counts:
    """Precision, recall and F1 for one event type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Ratio:
    """A share over the matches where the gold states the value."""

    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.total += 1
        self.hits += int(hit)

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None


@dataclass
class TypeReport:
    """Scores for one event type; the field metrics are filled for CONSULT only."""

    counts: Counts = field(default_factory=Counts)
    date: Ratio = field(default_factory=Ratio)
    location: Ratio = field(default_factory=Ratio)
    round: Ratio = field(default_factory=Ratio)
    conflicts: Ratio = field(default_factory=Ratio)
    jaccard: list[float] = field(default_factory=list)
    matches: list[tuple[str, str]] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    ignored_planned: int = 0

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = self.counts.as_dict()
        out["date_accuracy"] = self.date.value
        out["location_accuracy"] = self.location.value
        out["round_accuracy"] = self.round.value
        out["article_jaccard"] = sum(self.jaccard) / len(self.jaccard) if self.jaccard else None
        out["conflicts_flagged"] = self.conflicts.value
        out["matches"] = [list(pair) for pair in self.matches]
        out["missed"] = self.missed
        out["false_positives"] = self.false_positives
        out["ignored_planned"] = self.ignored_planned
        return out


# --------------------------------------------------------------------------- matching


def alias_matches(alias: str, name: str) -> bool:
    """True when `alias` equals, or is a whole-word part of, `name` (case- and
    accent-insensitive: "Erdogan" matches "Erdoğan")."""
    alias = _fold(alias.strip())
    if not alias:
        return False
    pattern = r"(?<!\w)" + re.escape(alias) + r"(?!\w)"
    return re.search(pattern, _fold(name)) is not None


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _exported_people(event: Exported) -> list[dict[str, Any]]:
    people: list[dict[str, Any]] = []
    for key in ("participants", "source", "target"):
        people.extend(event.get(key) or [])
    return people


def _gold_aliases(participant: dict[str, Any]) -> list[str]:
    aliases = [str(a) for a in participant.get("aliases") or []]
    if participant.get("name"):
        aliases.append(str(participant["name"]))
    return aliases


def _named(gold: Gold) -> list[dict[str, Any]]:
    return [p for p in gold.get("participants") or [] if p.get("name")]


def _gold_countries(gold: Gold) -> set[str]:
    countries = {str(c) for c in gold.get("countries") or []}
    for p in gold.get("participants") or []:
        if p.get("country"):
            countries.add(str(p["country"]))
    for key in ("source", "target"):
        countries.update(str(c) for c in gold.get(key) or [])
    return countries


def _exported_countries(event: Exported) -> set[str]:
    # Only participants count: a host country named by the location is not a party.
    return {str(p["country"]) for p in _exported_people(event) if p.get("country")}


def participants_matched(gold: Gold, event: Exported) -> int:
    """How many named gold participants appear among the exported event's participants."""
    names = [str(p.get("name") or "") for p in _exported_people(event)]
    return sum(
        1
        for participant in _named(gold)
        if any(alias_matches(a, n) for a in _gold_aliases(participant) for n in names)
    )


def can_match(gold: Gold, event: Exported) -> bool:
    """Whether `event` may stand for `gold`: same type and enough shared participants."""
    if str(event.get("type", "")).upper() != str(gold.get("type", "")).upper():
        return False
    if len(_named(gold)) >= 2:
        return participants_matched(gold, event) >= 2
    wanted = _gold_countries(gold)
    if not wanted:
        return False
    shared = wanted & _exported_countries(event)
    return len(shared) >= min(2, len(wanted))


def article_jaccard(gold: Gold, event: Exported) -> float:
    """Jaccard overlap of the gold and exported article id sets."""
    a = {str(x) for x in gold.get("articles") or []}
    b = {str(x) for x in event.get("articles") or []}
    return len(a & b) / len(a | b) if a | b else 1.0


def _pair_score(gold: Gold, event: Exported) -> float:
    score = float(participants_matched(gold, event))
    score += 2 * article_jaccard(gold, event)
    if date_correct(gold, event):
        score += 1
    return score


def greedy_match(golds: Sequence[Gold], events: Sequence[Exported]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, event index), best-scoring pairs first."""
    candidates = [
        (_pair_score(g, e), gi, ei)
        for gi, g in enumerate(golds)
        for ei, e in enumerate(events)
        if can_match(g, e)
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_event: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, ei in candidates:
        if gi in used_gold or ei in used_event:
            continue
        used_gold.add(gi)
        used_event.add(ei)
        pairs.append((gi, ei))
    return pairs


# --------------------------------------------------------------------------- field checks


def _span(value: str) -> tuple[str, str] | None:
    """First and last day an ISO date of any precision covers, as ISO strings."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value, value
    if re.fullmatch(r"\d{4}-\d{2}", value):
        last = calendar.monthrange(int(value[:4]), int(value[5:7]))[1]
        return value + "-01", f"{value}-{last:02d}"
    if re.fullmatch(r"\d{4}", value):
        return value + "-01-01", value + "-12-31"
    return None


def date_correct(gold: Gold, event: Exported) -> bool:
    """Exact date match, or an exported date lying wholly inside the gold date window. An
    export that bounds its date more narrowly than its precision (`date_window`, "last week" in
    a month) lies where its window does."""
    exported = event.get("date")
    if gold.get("date"):
        return bool(exported == gold["date"])
    window = gold.get("date_window")
    if not window or not exported:
        return False
    bounds = event.get("date_window")
    span = (str(bounds[0]), str(bounds[1])) if bounds else _span(str(exported))
    return span is not None and window[0] <= span[0] and span[1] <= window[1]


def normalize_place(name: str) -> str:
    """Lower-case a place name and spell out "St." so "St. Petersburg" = "Saint Petersburg";
    accents, apostrophes and hyphens do not make another place ("Brasília" = "Brasilia",
    "N'Djamena" = "Ndjamena")."""
    text = re.sub(r"\s+", " ", name.strip().lower())
    text = re.sub(r"\bst\.? (?=\w)", "saint ", text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isalnum() or ch == " ")


def location_correct(gold: Gold, event: Exported) -> bool:
    location = event.get("location") or {}
    name = location.get("name") if isinstance(location, dict) else None
    return bool(name) and normalize_place(str(name)) == normalize_place(str(gold["location"]))


def round_correct(gold: Gold, event: Exported) -> bool:
    mechanism = event.get("mechanism") or {}
    return isinstance(mechanism, dict) and bool(mechanism.get("round") == gold["mechanism_round"])


def _conflict_value(field_name: str, value: Any) -> str:
    if field_name == "location":
        if isinstance(value, dict):
            value = value.get("name", "")
        return normalize_place(str(value))
    return str(value)


def conflict_flagged(gold_conflict: dict[str, Any], event: Exported) -> bool:
    """True when the export flags the same field with every value the gold lists."""
    gold_field = str(gold_conflict["field"])
    export_field = CONFLICT_FIELDS.get(gold_field, gold_field)
    accepted = {export_field, gold_field}
    if gold_field == "location":
        # Gold records a disagreement on the venue as a location conflict; parley exports it
        # as a conflict on the venue within the chosen city.
        accepted.add("venue")
    wanted = {_conflict_value(gold_field, v) for v in gold_conflict.get("values", {})}
    for conflict in event.get("conflicts") or []:
        if conflict.get("field") not in accepted:
            continue
        found = {_conflict_value(gold_field, v.get("value")) for v in conflict.get("values", [])}
        if wanted <= found:
            return True
    return False


# --------------------------------------------------------------------------- scoring


def _label(event: Exported, index: int) -> str:
    return str(event.get("id") or f"#{index}")


def _is_occurred(event: Exported) -> bool:
    return str(event.get("status", OCCURRED)) == OCCURRED


def score_type(
    golds: Sequence[Gold],
    events: Sequence[Exported],
    optional: Sequence[Gold] = (),
    field_metrics: bool = False,
) -> TypeReport:
    """Score exported events of one type against the gold events of that type.

    Only occurred exported events count as predictions. A duplicate (a second exported event
    for an already matched gold event) is a false positive; a planned export that matches a
    required event leaves that event missed; planned exports matching `optional` are ignored.
    """
    report = TypeReport()
    required = [g for g in golds if g.get("status", OCCURRED) == OCCURRED]
    occurred = [e for e in events if _is_occurred(e)]
    pairs = greedy_match(required, occurred)
    matched_gold = {gi for gi, _ in pairs}
    matched_event = {ei for _, ei in pairs}
    report.counts.tp = len(pairs)
    report.counts.fn = len(required) - len(pairs)
    report.counts.fp = len(occurred) - len(pairs)
    report.missed = [str(g.get("key")) for gi, g in enumerate(required) if gi not in matched_gold]
    report.false_positives = [
        _label(e, ei) for ei, e in enumerate(occurred) if ei not in matched_event
    ]
    for gi, ei in pairs:
        gold, event = required[gi], occurred[ei]
        report.matches.append((str(gold.get("key")), _label(event, ei)))
        if field_metrics:
            _score_fields(report, gold, event)
    if field_metrics:
        for gi, gold in enumerate(required):
            if gi not in matched_gold:
                report.conflicts.total += len(gold.get("conflicts") or [])
    not_occurred = [e for e in events if not _is_occurred(e)]
    report.ignored_planned = len(greedy_match(list(optional), not_occurred))
    return report


def _score_fields(report: TypeReport, gold: Gold, event: Exported) -> None:
    if gold.get("date") or gold.get("date_window"):
        report.date.add(date_correct(gold, event))
    if gold.get("location"):
        report.location.add(location_correct(gold, event))
    if gold.get("mechanism_round") is not None:
        report.round.add(round_correct(gold, event))
    report.jaccard.append(article_jaccard(gold, event))
    for conflict in gold.get("conflicts") or []:
        report.conflicts.add(conflict_flagged(conflict, event))


def _of_type(events: Iterable[Exported], event_type: str) -> list[Exported]:
    return [e for e in events if str(e.get("type", "")).upper() == event_type]


def score(gold: Gold, events: Sequence[Exported]) -> dict[str, Any]:
    """Score an export against a gold file; returns one report per event type."""
    consult = score_type(
        gold.get("required") or [],
        _of_type(events, "CONSULT"),
        optional=_of_type(gold.get("optional") or [], "CONSULT"),
        field_metrics=True,
    )
    agree = score_type(gold.get("agree") or [], _of_type(events, "AGREE"))
    support = score_type(gold.get("support") or [], _of_type(events, "SUPPORT"))
    return {
        "corpus": gold.get("corpus"),
        "CONSULT": consult.as_dict(),
        "AGREE": agree.as_dict(),
        "SUPPORT": support.as_dict(),
    }


def load_export(path: Path) -> list[Exported]:
    """Read a JSON Lines export, skipping blank lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def load_gold(path: Path) -> Gold:
    data: Gold = json.loads(path.read_text(encoding="utf-8"))
    return data


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def format_report(result: dict[str, Any]) -> str:
    """A short human-readable table of the scores."""
    lines = [f"corpus: {result.get('corpus')}"]
    for event_type in ("CONSULT", "AGREE", "SUPPORT"):
        r = result[event_type]
        lines.append(
            f"{event_type:8} P={_fmt(r['precision'])} R={_fmt(r['recall'])} F1={_fmt(r['f1'])}"
            f"  (tp={r['tp']} fp={r['fp']} fn={r['fn']})"
        )
    c = result["CONSULT"]
    lines.append(
        f"CONSULT fields: date={_fmt(c['date_accuracy'])} location={_fmt(c['location_accuracy'])}"
        f" round={_fmt(c['round_accuracy'])} articles={_fmt(c['article_jaccard'])}"
        f" conflicts={_fmt(c['conflicts_flagged'])}"
    )
    if c["missed"]:
        lines.append("missed: " + ", ".join(c["missed"]))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score a parley export against gold events.")
    parser.add_argument("gold", type=Path)
    parser.add_argument("export", type=Path)
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    args = parser.parse_args(argv)
    result = score(load_gold(args.gold), load_export(args.export))
    print(json.dumps(result, indent=2) if args.json else format_report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
