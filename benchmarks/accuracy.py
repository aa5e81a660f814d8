"""Reproduce every accuracy figure, check it against its floor and write docs/accuracy.md.

Usage::

    python benchmarks/accuracy.py [--write docs/accuracy.md] [--json]
                                  [--only dev,heldout,examples,tempeval,ecbplus,plover,
                                          probe,probe2,...,probe101]
                                  [--date YYYY-MM-DD] [--write-baseline]

Development corpus (``benchmarks/corpus``): each split's articles (per ``splits.json``) are
ingested into a fresh temporary database, exported as JSON Lines and scored with
``benchmarks/score.py``; the demo examples are scored against ``tests/fixtures``. The public
benchmarks (TempEval-3 Platinum, ECB+ test topics, PLOVER) read ``../shared/datasets`` and are
skipped with a message when their data or script is absent.

Every figure is compared with the floor pinned in ``benchmarks/baseline.json``; the script
exits with 1 when one is below its floor (or above its ceiling) or a benchmark crashed. The
error analysis is computed from the scorer's output on the dev split only (never on heldout,
which is for reporting). ``--write-baseline`` re-pins the floors 0.02 below today's figures and
the corpus hash; it is the one explicit, reviewed way to lower a floor.

``--only probe`` scores the second development corpus (``benchmarks/probe``, all its articles
against ``gold-probe.json``) and lists its failures; ``--only probe2`` does the same for the third
(``benchmarks/probe2``, ``gold-probe2.json``), ``--only probe3`` for the fourth
(``benchmarks/probe3``, ``gold-probe3.json``), ``--only probe4`` for the fifth
(``benchmarks/probe4``, ``gold-probe4.json``), ``--only probe5`` for the sixth
(``benchmarks/probe5``, ``gold-probe5.json``), ``--only probe6`` for the seventh
(``benchmarks/probe6``, ``gold-probe6.json``), ``--only probe7`` for the eighth
(``benchmarks/probe7``, ``gold-probe7.json``), and so on to ``--only probe101``
(``benchmarks/probe101``, ``gold-probe101.json``). They have no floors and are never gated. The
failures of a probe kept unseen (listed in ``UNSEEN``) are never printed, only its figures.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import io
import json
import math
import re
import sys
import tempfile
import traceback
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPUS = HERE / "corpus"
BASELINE = HERE / "baseline.json"
EXAMPLES = REPO / "src" / "parley" / "data" / "examples"
EXAMPLES_GOLD = REPO / "tests" / "fixtures" / "examples-expected.json"
DATASETS = REPO.parent / "shared" / "datasets"
PROBE = HERE / "probe"
# The development corpora scored whole, with no floors: section name -> folder.
PROBES = {
    "probe": PROBE,
    "probe2": HERE / "probe2",
    "probe3": HERE / "probe3",
    "probe4": HERE / "probe4",
    "probe5": HERE / "probe5",
    "probe6": HERE / "probe6",
    "probe7": HERE / "probe7",
    "probe8": HERE / "probe8",
    "probe9": HERE / "probe9",
    "probe10": HERE / "probe10",
    "probe11": HERE / "probe11",
    "probe12": HERE / "probe12",
    "probe13": HERE / "probe13",
    "probe14": HERE / "probe14",
    "probe15": HERE / "probe15",
    "probe16": HERE / "probe16",
    "probe17": HERE / "probe17",
    "probe18": HERE / "probe18",
    "probe19": HERE / "probe19",
    "probe20": HERE / "probe20",
    "probe21": HERE / "probe21",
    "probe22": HERE / "probe22",
    "probe23": HERE / "probe23",
    "probe24": HERE / "probe24",
    "probe25": HERE / "probe25",
    "probe26": HERE / "probe26",
    "probe27": HERE / "probe27",
    "probe28": HERE / "probe28",
    "probe29": HERE / "probe29",
    "probe30": HERE / "probe30",
    "probe31": HERE / "probe31",
    "probe32": HERE / "probe32",
    "probe33": HERE / "probe33",
    "probe34": HERE / "probe34",
    "probe35": HERE / "probe35",
    "probe36": HERE / "probe36",
    "probe37": HERE / "probe37",
    "probe38": HERE / "probe38",
    "probe39": HERE / "probe39",
    "probe40": HERE / "probe40",
    "probe41": HERE / "probe41",
    "probe42": HERE / "probe42",
    "probe43": HERE / "probe43",
    "probe44": HERE / "probe44",
    "probe45": HERE / "probe45",
    "probe46": HERE / "probe46",
    "probe47": HERE / "probe47",
    "probe48": HERE / "probe48",
    "probe49": HERE / "probe49",
    "probe50": HERE / "probe50",
    "probe51": HERE / "probe51",
    "probe52": HERE / "probe52",
    "probe53": HERE / "probe53",
    "probe54": HERE / "probe54",
    "probe55": HERE / "probe55",
    "probe56": HERE / "probe56",
    "probe57": HERE / "probe57",
    "probe58": HERE / "probe58",
    "probe59": HERE / "probe59",
    "probe60": HERE / "probe60",
    "probe61": HERE / "probe61",
    "probe62": HERE / "probe62",
    "probe63": HERE / "probe63",
    "probe64": HERE / "probe64",
    "probe65": HERE / "probe65",
    "probe66": HERE / "probe66",
    "probe67": HERE / "probe67",
    "probe68": HERE / "probe68",
    "probe69": HERE / "probe69",
    "probe70": HERE / "probe70",
    "probe71": HERE / "probe71",
    "probe72": HERE / "probe72",
    "probe73": HERE / "probe73",
    "probe74": HERE / "probe74",
    "probe75": HERE / "probe75",
    "probe76": HERE / "probe76",
    "probe77": HERE / "probe77",
    "probe78": HERE / "probe78",
    "probe79": HERE / "probe79",
    "probe80": HERE / "probe80",
    "probe81": HERE / "probe81",
    "probe82": HERE / "probe82",
    "probe83": HERE / "probe83",
    "probe84": HERE / "probe84",
    "probe85": HERE / "probe85",
    "probe86": HERE / "probe86",
    "probe87": HERE / "probe87",
    "probe88": HERE / "probe88",
    "probe89": HERE / "probe89",
    "probe90": HERE / "probe90",
    "probe91": HERE / "probe91",
    "probe92": HERE / "probe92",
    "probe93": HERE / "probe93",
    "probe94": HERE / "probe94",
    "probe95": HERE / "probe95",
    "probe96": HERE / "probe96",
    "probe97": HERE / "probe97",
    "probe98": HERE / "probe98",
    "probe99": HERE / "probe99",
    "probe100": HERE / "probe100",
    "probe101": HERE / "probe101",
}
# Probes kept unseen this round: their figures are reported, their failures never printed.
UNSEEN: frozenset[str] = frozenset({"probe101"})

SECTIONS = (
    "dev",
    "heldout",
    "examples",
    "tempeval",
    "ecbplus",
    "plover",
    *PROBES,
)
# Run when --only is not given: everything; the probe corpora are reported but never gated.
DEFAULT_SECTIONS = SECTIONS
CORPUS_SPLITS = ("dev", "heldout")
# Floors sit this far below the figure measured when the baseline is written.
FLOOR_MARGIN = 0.02
ANALYSIS_TOP = 3
SENTENCE_CHARS = 300


# --------------------------------------------------------------------------- sibling scripts


def load_script(name: str) -> ModuleType | None:
    """Import ``benchmarks/<name>.py`` by path (benchmarks/ is not a package); None if absent."""
    path = HERE / f"{name}.py"
    if not path.is_file():
        return None
    module_name = f"parley_bench_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def _scorer() -> ModuleType:
    module = load_script("score")
    assert module is not None, "benchmarks/score.py is missing"
    return module


# --------------------------------------------------------------------------- figures


@dataclass(frozen=True)
class Figure:
    """One row of the table: a key in the baseline, a label and what we compare it with."""

    key: str
    label: str
    reference: str = "—"
    # Lower is better (a ceiling in the baseline instead of a floor).
    lower_is_better: bool = False
    # Precision and recall trade against each other while tuning; their F1 carries the floor.
    gated: bool = True


GOAL = "≥ 0.90 (issue 3)"


def _corpus_figures(split: str) -> list[Figure]:
    goal = GOAL if split != "examples" else "—"
    name = {"dev": "dev", "heldout": "held-out", "examples": "demo examples"}.get(split, split)
    return [
        Figure(f"{split}.consult_f1", f"{name}: occurred-CONSULT F1", goal),
        Figure(f"{split}.consult_precision", f"{name}: occurred-CONSULT precision", gated=False),
        Figure(f"{split}.consult_recall", f"{name}: occurred-CONSULT recall", gated=False),
        Figure(f"{split}.date_accuracy", f"{name}: CONSULT date accuracy", goal),
        Figure(f"{split}.location_accuracy", f"{name}: CONSULT location accuracy", goal),
        Figure(f"{split}.article_overlap", f"{name}: CONSULT article-set overlap", goal),
        Figure(f"{split}.round_accuracy", f"{name}: CONSULT round accuracy"),
        Figure(f"{split}.conflicts_flagged", f"{name}: gold conflicts flagged"),
        Figure(f"{split}.agree_f1", f"{name}: AGREE F1"),
        Figure(f"{split}.support_f1", f"{name}: SUPPORT F1"),
    ]


FIGURES: dict[str, list[Figure]] = {
    "dev": _corpus_figures("dev"),
    "heldout": _corpus_figures("heldout"),
    "examples": _corpus_figures("examples"),
    "tempeval": [
        Figure(
            "tempeval.value_f1",
            "TempEval-3 Platinum: value F1 (all TIMEX3)",
            "> 0.7761 (HeidelTime; SUTime 0.6738)",
        ),
        Figure("tempeval.relaxed_f1", "TempEval-3 Platinum: relaxed span F1 (all TIMEX3)"),
        Figure("tempeval.date_value_f1", "TempEval-3 Platinum: value F1 (DATE only)"),
    ],
    "ecbplus": [
        Figure("ecbplus.bcubed_f1", "ECB+ test: same-event B-cubed F1", "> 0.90 (issue 3)"),
        Figure("ecbplus.bcubed_p", "ECB+ test: B-cubed precision", gated=False),
        Figure("ecbplus.bcubed_r", "ECB+ test: B-cubed recall", gated=False),
        Figure("ecbplus.pairwise_f1", "ECB+ test: pairwise F1"),
    ],
    "plover": [
        Figure("plover.consult_accuracy", "PLOVER: CONSULT accuracy", "none published"),
        Figure("plover.agree_accuracy", "PLOVER: AGREE accuracy", "none published"),
        Figure("plover.support_accuracy", "PLOVER: SUPPORT accuracy", "none published"),
        Figure(
            "plover.invented_rate",
            "PLOVER: invented events (lower is better)",
            "none published",
            lower_is_better=True,
        ),
    ],
    # No floors: the probe corpora are for tuning, never a gate.
    **{
        probe: [replace(f, reference="—", gated=False) for f in _corpus_figures(probe)]
        for probe in PROBES
    },
}


@dataclass
class SectionResult:
    """The figures one benchmark produced, or why it did not run."""

    name: str
    figures: dict[str, float | None] = field(default_factory=dict)
    note: str = ""
    error: str = ""
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def ran(self) -> bool:
        return not self.note and not self.error


# --------------------------------------------------------------------------- corpus hash


def corpus_sha256(root: Path = CORPUS) -> str:
    """SHA-256 over every file under `root` in sorted order: relative path, NUL, bytes, NUL."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


# --------------------------------------------------------------------------- the pipeline


class PipelineRunner:
    """Runs parley on one set of inputs at a time, each into its own temporary database.

    One `Parley` object is kept so the spaCy model loads once; each run gets a fresh store.
    """

    def __init__(self) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="parley-accuracy-")
        self._runs = 0
        self._parley: Any = None

    def run(self, paths: Sequence[Path]) -> list[dict[str, Any]]:
        """Ingest `paths` into an empty database and return the JSON Lines export, parsed."""
        from parley.pipeline import Parley
        from parley.settings import Settings
        from parley.store import open_store

        self._runs += 1
        db = Path(self._tmp.name) / f"run{self._runs}.db"
        if self._parley is None:
            self._parley = Parley.open(db, settings=Settings(db_path=db, quiet=True))
        else:
            self._parley.store.close()
            self._parley.store = open_store(db)
        report = self._parley.ingest([str(p) for p in sorted(paths)])
        if report.failures:
            reasons = "; ".join(f"{f.source}: {f.reason}" for f in report.failures)
            raise RuntimeError(f"ingest failed for some inputs: {reasons}")
        stream = io.StringIO()
        self._parley.export("jsonl", None, stream)
        return [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]

    def close(self) -> None:
        if self._parley is not None:
            self._parley.close()
            self._parley = None
        self._tmp.cleanup()


def split_articles(split: str) -> list[Path]:
    """The article files of one corpus split, per splits.json, sorted."""
    splits = json.loads((CORPUS / "splits.json").read_text(encoding="utf-8"))
    return sorted(CORPUS / "articles" / f"{article}.txt" for article in splits[split])


def figures_from_score(prefix: str, result: dict[str, Any]) -> dict[str, float | None]:
    """The table's figures from one `score.score` result."""
    consult = result["CONSULT"]
    return {
        f"{prefix}.consult_f1": consult["f1"],
        f"{prefix}.consult_precision": consult["precision"],
        f"{prefix}.consult_recall": consult["recall"],
        f"{prefix}.date_accuracy": consult["date_accuracy"],
        f"{prefix}.location_accuracy": consult["location_accuracy"],
        f"{prefix}.article_overlap": consult["article_jaccard"],
        f"{prefix}.round_accuracy": consult["round_accuracy"],
        f"{prefix}.conflicts_flagged": consult["conflicts_flagged"],
        f"{prefix}.agree_f1": result["AGREE"]["f1"],
        f"{prefix}.support_f1": result["SUPPORT"]["f1"],
    }


def run_corpus(runner: PipelineRunner, split: str) -> SectionResult:
    """Score one split of the development corpus, the demo examples or the probe corpus."""
    score = _scorer()
    if split == "examples":
        gold = score.load_gold(EXAMPLES_GOLD)
        paths = [p for p in EXAMPLES.iterdir() if p.is_file()]
        texts = _example_texts(paths)
    elif split in PROBES:
        gold = score.load_gold(PROBES[split] / f"gold-{split}.json")
        paths = sorted((PROBES[split] / "articles").glob("*.txt"))
        texts = {p.stem: p.read_text(encoding="utf-8") for p in paths}
    else:
        gold = score.load_gold(CORPUS / f"gold-{split}.json")
        paths = split_articles(split)
        texts = {p.stem: p.read_text(encoding="utf-8") for p in paths}
    events = runner.run(paths)
    result = score.score(gold, events)
    return SectionResult(
        split,
        figures_from_score(split, result),
        detail={"score": result, "events": events, "gold": gold, "texts": texts},
    )


def _example_texts(paths: Sequence[Path]) -> dict[str, str]:
    # The examples mix .txt, .html and .jsonl; only plain-text ones are quoted in the analysis.
    return {p.stem: p.read_text(encoding="utf-8") for p in paths if p.suffix == ".txt"}


# --------------------------------------------------------------------------- public benchmarks


def run_tempeval() -> SectionResult:
    """TempEval-3 Task A on the Platinum test set, via benchmarks/tempeval.py."""
    module = load_script("tempeval")
    if module is None:
        return SectionResult("tempeval", note="benchmarks/tempeval.py not present yet")
    folder = DATASETS / "tempeval3" / "test-platinum"
    if not folder.is_dir():
        return SectionResult("tempeval", note=f"data not found at {_shown(folder)}")
    documents = module.load_split(folder)
    report = module.evaluate(documents)
    everything, dates = report["all types"], report["DATE only"]
    return SectionResult(
        "tempeval",
        {
            "tempeval.value_f1": everything["value_f1"],
            "tempeval.relaxed_f1": everything["relaxed_f1"],
            "tempeval.date_value_f1": dates["value_f1"],
        },
        detail={"documents": len(documents), "report": report},
    )


def run_ecbplus() -> SectionResult:
    """Same-event clustering on the ECB+ test topics, via benchmarks/ecbplus.py."""
    module = load_script("ecbplus")
    if module is None:
        return SectionResult("ecbplus", note="benchmarks/ecbplus.py not present yet")
    data = Path(getattr(module, "DEFAULT_DATA", DATASETS / "ecbplus"))
    if not data.exists():
        return SectionResult("ecbplus", note=f"data not found at {_shown(data)}")
    report = module.evaluate(split="test", data=data)
    keys = ("bcubed_f1", "bcubed_p", "bcubed_r", "pairwise_f1")
    figures = {f"ecbplus.{key}": _number(report.get(key)) for key in keys}
    return SectionResult("ecbplus", figures, detail={"report": report})


def run_plover() -> SectionResult:
    """PLOVER event typing on the gold-standard records, via benchmarks/plover.py."""
    module = load_script("plover")
    if module is None:
        return SectionResult("plover", note="benchmarks/plover.py not present yet")
    data = Path(getattr(module, "DEFAULT_DATA", DATASETS / "plover"))
    if not data.exists():
        return SectionResult("plover", note=f"data not found at {_shown(data)}")
    report = module.evaluate(data=data)
    figures: dict[str, float | None] = {
        f"plover.{t.lower()}_accuracy": _type_accuracy(report, t)
        for t in ("CONSULT", "AGREE", "SUPPORT")
    }
    invented = _find_leaf(report, ("invented", "rate"))
    if invented is None:
        invented = _find_leaf(report, ("invented_rate",))
    figures["plover.invented_rate"] = _number(invented)
    return SectionResult("plover", figures, detail={"report": report})


def _type_accuracy(report: dict[str, Any], event_type: str) -> float | None:
    # plover.py nests it under "types"; the other shapes keep this working if that changes.
    for path in (
        ("types", event_type, "accuracy"),
        (event_type, "accuracy"),
        ("accuracy", event_type),
        (event_type,),
    ):
        value = _number(_find_leaf(report, path))
        if value is not None:
            return value
    return None


def _find_leaf(data: Any, path: Sequence[str]) -> Any:
    for key in path:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _shown(path: Path) -> str:
    try:
        return "../" + path.resolve().relative_to(REPO.parent.resolve()).as_posix()
    except ValueError:
        return str(path)


# --------------------------------------------------------------------------- error analysis


@dataclass
class Failure:
    """One classified miss, false positive or wrong field on the dev split."""

    kind: str
    article: str
    sentence: str
    exported: str
    gold: str


# What each kind means, printed under its heading: the definition, not a verdict on the data.
KIND_NOTES = {
    "missed meeting": "a gold meeting has no exported event with two of its participants",
    "merged into another meeting": (
        "the only export that could stand for this gold meeting was matched to another one: "
        "two occasions were reconciled into one event"
    ),
    "meeting exported as another type": "the meeting was exported as AGREE or SUPPORT",
    "occurred-as-planned": "the meeting was exported, but as planned or hypothetical",
    "wrong participants": (
        "an export shares an article and a principal with a missed gold meeting, but not two "
        "participants: a principal was dropped or a wrong one attached"
    ),
    "spurious meeting": "an exported occurred meeting matches no gold event",
    "duplicate (one meeting split in two)": (
        "a second export matches a gold meeting already matched: reports of one occasion were "
        "not reconciled"
    ),
    "planned-as-occurred": "an export marked occurred matches a planned or expected meeting",
    "missing date": "the matched event has no date although the gold states one",
    "wrong date": "the matched event's date differs from the gold date or window",
    "missing place": "the matched event has no location although the gold states one",
    "wrong place": "the matched event's location differs from the gold city",
    "missing round": "the matched event has no round although a report states one",
    "wrong round": "the matched event's round differs from the gold round",
    "article missing from event": (
        "a gold article reporting the meeting is not among the matched event's articles"
    ),
    "missed agreement": "a gold agreement has no matching exported AGREE",
    "spurious agreement": "an exported occurred AGREE matches no gold agreement",
    "missed support": "a gold statement of support has no matching exported SUPPORT",
    "spurious support": "an exported occurred SUPPORT matches no gold statement of support",
    "agreement with wrong parties": (
        "an AGREE shares an article and a party with a missed gold agreement, but the parties "
        "differ: one was dropped, added or coded only as a country"
    ),
    "support with wrong parties": (
        "a SUPPORT shares an article and a party with a missed gold statement, but the parties "
        "differ: one was dropped, added or coded only as a country"
    ),
}


def _sentences(text: str) -> list[str]:
    """Rough sentences of an article (for quoting only): split at end punctuation or lines."""
    pieces = re.split(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“‘(]*[A-Z])|\n+", text)
    return [" ".join(p.split()) for p in pieces if p.strip()]


def _quote(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    if len(sentence) > SENTENCE_CHARS:
        sentence = sentence[: SENTENCE_CHARS - 1].rstrip() + "…"
    return sentence


def _gold_sentence(gold: dict[str, Any], texts: dict[str, str]) -> tuple[str, str]:
    """(article, sentence) of a gold event: the sentence naming most of its participants.

    Ties (often none named: "Last Friday's 2+2 meeting") go to the sentence that also names
    the place or words of the mechanism, then to the earliest.
    """
    best: tuple[tuple[int, int], str, str] | None = None
    for article in sorted(gold.get("articles") or []):
        for sentence in _sentences(texts.get(article, "")):
            rank = (_participant_hits(gold, sentence), _context_hits(gold, sentence))
            if best is None or rank > best[0]:
                best = (rank, article, sentence)
    if best is None:
        articles = sorted(gold.get("articles") or [])
        return (articles[0] if articles else "?", "")
    return best[1], best[2]


def _participant_hits(gold: dict[str, Any], sentence: str) -> int:
    score = _scorer()
    return sum(
        any(score.alias_matches(a, sentence) for a in _aliases(p))
        for p in gold.get("participants") or []
    )


def _context_hits(gold: dict[str, Any], sentence: str) -> int:
    score = _scorer()
    words = [str(gold.get("location") or "")]
    words += re.split(r"[\s-]+", str(gold.get("mechanism") or ""))
    return sum(len(w) >= 3 and score.alias_matches(w, sentence) for w in words)


def _aliases(participant: dict[str, Any]) -> list[str]:
    aliases = [str(a) for a in participant.get("aliases") or []]
    if participant.get("name"):
        aliases.append(str(participant["name"]))
    return aliases


def _event_sentence(event: dict[str, Any], article: str | None = None) -> tuple[str, str]:
    """(article, sentence) of an exported event's first mention, in `article` when given."""
    mentions = event.get("mentions") or []
    chosen = [m for m in mentions if article is None or m.get("article") == article] or mentions
    if not chosen:
        return (article or "?", "")
    first = min(chosen, key=lambda m: (str(m.get("article")), int(m.get("sentence_index", 0))))
    return str(first.get("article")), str(first.get("sentence", ""))


def _names(people: Sequence[dict[str, Any]]) -> str:
    # A party is listed once, though its source or target entry may carry another office.
    names = dict.fromkeys(str(p.get("name") or p.get("country") or "?") for p in people)
    return ", ".join(names) if names else "nobody"


def describe_event(event: dict[str, Any]) -> str:
    """One line: type, status, participants, date, place, round, articles of an export."""
    people = list(event.get("participants") or [])
    for key in ("source", "target"):
        people.extend(p for p in event.get(key) or [] if p not in people)
    location = event.get("location") or {}
    mechanism = event.get("mechanism") or {}
    parts = [
        f"{event.get('type')} ({event.get('status')})",
        _names(people),
        f"date {event.get('date') or 'none'}",
        f"place {location.get('name') or 'none'}",
    ]
    if mechanism.get("round") is not None:
        parts.append(f"round {mechanism['round']}")
    parts.append("articles " + ", ".join(event.get("articles") or []))
    return "; ".join(parts)


def describe_gold(gold: dict[str, Any]) -> str:
    """One line: key, type, participants, date (or window), place, round, articles of a gold."""
    people = gold.get("participants") or []
    names = _names(people) if people else ", ".join(gold.get("source") or [])
    if not people and gold.get("target"):
        names += " → " + ", ".join(gold.get("target") or [])
    window = gold.get("date_window")
    when = gold.get("date") or (f"{window[0]}..{window[1]}" if window else "none")
    parts = [f"{gold.get('key')} {gold.get('type')}", names, f"date {when}"]
    if "location" in gold:
        parts.append(f"place {gold.get('location') or 'none'}")
    if gold.get("mechanism_round") is not None:
        parts.append(f"round {gold['mechanism_round']}")
    parts.append("articles " + ", ".join(gold.get("articles") or []))
    return "; ".join(parts)


def classify_failures(
    gold: dict[str, Any], events: Sequence[dict[str, Any]], texts: dict[str, str]
) -> list[Failure]:
    """Every miss, false positive and wrong field of a scored split, sorted, with an example.

    Kinds: missed meeting, merged into another meeting, meeting exported as another type,
    occurred-as-planned, spurious meeting, duplicate (one meeting split in two),
    planned-as-occurred, wrong/missing date, wrong/missing place, wrong/missing round, article
    missing from event, conflict not flagged; and missed/spurious agreement and support. A
    false positive that shares a participant and an article with a missed gold event is
    counted once, as "wrong participants" (meetings) or "... with wrong parties" (agreements,
    support; a shared country is enough there).
    """
    failures = _consult_failures(gold, events, texts)
    for event_type, gold_key, noun in (
        ("AGREE", "agree", "agreement"),
        ("SUPPORT", "support", "support"),
    ):
        failures.extend(_simple_failures(gold.get(gold_key) or [], events, event_type, noun, texts))
    return sorted(failures, key=lambda f: (f.kind, f.article, f.sentence, f.exported))


def _occurred(events: Sequence[dict[str, Any]], event_type: str) -> list[dict[str, Any]]:
    return [
        e
        for e in events
        if str(e.get("type", "")).upper() == event_type and e.get("status") == "occurred"
    ]


def _consult_failures(
    gold: dict[str, Any], events: Sequence[dict[str, Any]], texts: dict[str, str]
) -> list[Failure]:
    score = _scorer()
    required = [g for g in gold.get("required") or [] if g.get("status", "occurred") == "occurred"]
    optional = [g for g in gold.get("optional") or [] if str(g.get("type")).upper() == "CONSULT"]
    occurred = _occurred(events, "CONSULT")
    pairs = score.greedy_match(required, occurred)
    matched_gold = {gi for gi, _ in pairs}
    matched_event = {ei for _, ei in pairs}
    failures: list[Failure] = []

    missed = [g for gi, g in enumerate(required) if gi not in matched_gold]
    unexplained: list[dict[str, Any]] = []
    for e in (e for ei, e in enumerate(occurred) if ei not in matched_event):
        twin = next(
            (required[gi] for gi in sorted(matched_gold) if score.can_match(required[gi], e)), None
        )
        planned = next((g for g in optional if score.can_match(g, e)), None)
        if twin is not None:
            kind, shown_gold = "duplicate (one meeting split in two)", describe_gold(twin)
        elif planned is not None:
            kind, shown_gold = "planned-as-occurred", describe_gold(planned) + " (planned)"
        else:
            unexplained.append(e)
            continue
        failures.append(Failure(kind, *_event_sentence(e), describe_event(e), shown_gold))

    paired_up: set[int] = set()
    for g in missed:
        article, sentence = _gold_sentence(g, texts)
        partial = _partial_match(g, unexplained, paired_up)
        merged = next((e for e in occurred if score.can_match(g, e)), None)
        retyped = [e for e in events if score.can_match(g, {**e, "type": g.get("type")})]
        other_type = next(
            (e for e in retyped if e.get("status") == "occurred" and e not in occurred), None
        )
        planned = next((e for e in retyped if e.get("status") != "occurred"), None)
        if partial is not None:
            paired_up.add(id(partial))
            kind, shown = "wrong participants", describe_event(partial)
        elif merged is not None:
            kind, shown = "merged into another meeting", describe_event(merged)
        elif other_type is not None:
            kind, shown = "meeting exported as another type", describe_event(other_type)
        elif planned is not None:
            kind, shown = "occurred-as-planned", describe_event(planned)
        else:
            kind, shown = "missed meeting", "nothing"
        failures.append(Failure(kind, article, sentence, shown, describe_gold(g)))

    for e in unexplained:
        if id(e) not in paired_up:
            failures.append(
                Failure(
                    "spurious meeting", *_event_sentence(e), describe_event(e), "no such meeting"
                )
            )

    for gi, ei in pairs:
        failures.extend(_field_failures(required[gi], occurred[ei], texts))
    return failures


def _partial_match(
    gold: dict[str, Any],
    candidates: Sequence[dict[str, Any]],
    taken: set[int],
    by_country: bool = False,
) -> dict[str, Any] | None:
    """An unmatched export sharing an article and a named participant (or country) with `gold`."""
    score = _scorer()
    articles = set(gold.get("articles") or [])
    for event in candidates:
        if id(event) in taken or not articles & set(event.get("articles") or []):
            continue
        if score.participants_matched(gold, event) >= 1:
            return event
        if by_country and _gold_countries(gold) & _event_countries(event):
            return event
    return None


def _gold_countries(gold: dict[str, Any]) -> set[str]:
    countries = {str(p["country"]) for p in gold.get("participants") or [] if p.get("country")}
    for key in ("countries", "source", "target"):
        countries.update(str(c) for c in gold.get(key) or [])
    return countries


def _event_countries(event: dict[str, Any]) -> set[str]:
    people = [p for key in ("participants", "source", "target") for p in event.get(key) or []]
    return {str(p["country"]) for p in people if p.get("country")}


def _field_failures(
    gold: dict[str, Any], event: dict[str, Any], texts: dict[str, str]
) -> list[Failure]:
    score = _scorer()
    found: list[Failure] = []

    def add(kind: str, article: str | None = None) -> None:
        where, sentence = _event_sentence(event, article)
        found.append(Failure(kind, where, sentence, describe_event(event), describe_gold(gold)))

    if (gold.get("date") or gold.get("date_window")) and not score.date_correct(gold, event):
        add("wrong date" if event.get("date") else "missing date", _support_article(event, "date"))
    if gold.get("location") and not score.location_correct(gold, event):
        add("wrong place" if event.get("location") else "missing place")
    if gold.get("mechanism_round") is not None and not score.round_correct(gold, event):
        has_round = (event.get("mechanism") or {}).get("round") is not None
        add("wrong round" if has_round else "missing round")
    absent = sorted(set(gold.get("articles") or []) - set(event.get("articles") or []))
    if absent:
        add("article missing from event")
        found[-1].article, found[-1].sentence = _gold_sentence(
            {**gold, "articles": absent[:1]}, texts
        )
    for conflict in gold.get("conflicts") or []:
        if not score.conflict_flagged(conflict, event):
            add(f"{conflict.get('field')} conflict not flagged")
    return found


def _support_article(event: dict[str, Any], field_name: str) -> str | None:
    support = (event.get("support") or {}).get(field_name) or []
    for value in support:
        if value.get("value") == event.get(field_name) and value.get("articles"):
            return str(sorted(value["articles"])[0])
    return None


def _simple_failures(
    golds: Sequence[dict[str, Any]],
    events: Sequence[dict[str, Any]],
    event_type: str,
    noun: str,
    texts: dict[str, str],
) -> list[Failure]:
    score = _scorer()
    occurred = _occurred(events, event_type)
    pairs = score.greedy_match(list(golds), occurred)
    matched_gold = {gi for gi, _ in pairs}
    matched_event = {ei for _, ei in pairs}
    failures: list[Failure] = []
    spurious = [e for ei, e in enumerate(occurred) if ei not in matched_event]
    paired_up: set[int] = set()
    for gi, g in enumerate(golds):
        if gi in matched_gold:
            continue
        article, sentence = _gold_sentence(g, texts)
        partial = _partial_match(g, spurious, paired_up, by_country=True)
        if partial is not None:
            paired_up.add(id(partial))
            kind, shown = f"{noun} with wrong parties", describe_event(partial)
        else:
            kind, shown = f"missed {noun}", "nothing"
        failures.append(Failure(kind, article, sentence, shown, describe_gold(g)))
    for e in spurious:
        if id(e) not in paired_up:
            failures.append(
                Failure(
                    f"spurious {noun}", *_event_sentence(e), describe_event(e), f"no such {noun}"
                )
            )
    return failures


def summarize_failures(failures: Sequence[Failure]) -> list[tuple[str, int, Failure]]:
    """(kind, count, first example) for every kind, most frequent first, ties by name."""
    counts = Counter(f.kind for f in failures)
    first: dict[str, Failure] = {}
    for failure in failures:
        first.setdefault(failure.kind, failure)
    return [
        (kind, counts[kind], first[kind]) for kind in sorted(counts, key=lambda k: (-counts[k], k))
    ]


# --------------------------------------------------------------------------- baseline and gate


def load_baseline(path: Path = BASELINE) -> dict[str, Any]:
    """The pinned corpus hash, floors and ceilings; empty when there is no baseline yet."""
    if not path.is_file():
        return {"corpus_sha256": None, "floors": {}, "ceilings": {}}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    data.setdefault("floors", {})
    data.setdefault("ceilings", {})
    return data


def limit_for(figure: Figure, baseline: dict[str, Any]) -> float | None:
    """The floor (or ceiling) pinned for `figure`; None when it has none or is not gated."""
    if not figure.gated:
        return None
    table = baseline["ceilings"] if figure.lower_is_better else baseline["floors"]
    value = table.get(figure.key)
    return None if value is None else float(value)


def gate_failures(figures: dict[str, float | None], baseline: dict[str, Any]) -> list[str]:
    """One message per measured figure below its floor (or above its ceiling)."""
    messages = []
    for figure in (f for rows in FIGURES.values() for f in rows):
        if figure.key not in figures:
            continue
        limit = limit_for(figure, baseline)
        value = figures[figure.key]
        if limit is None:
            continue
        if value is None:
            messages.append(f"{figure.key}: no value measured (pinned at {limit:.3f})")
        elif figure.lower_is_better and value > limit + 1e-9:
            messages.append(f"{figure.key}: {value:.4f} is above its ceiling {limit:.3f}")
        elif not figure.lower_is_better and value < limit - 1e-9:
            messages.append(f"{figure.key}: {value:.4f} is below its floor {limit:.3f}")
    return messages


def pinned_limits(figures: dict[str, float | None]) -> tuple[dict[str, float], dict[str, float]]:
    """Floors FLOOR_MARGIN below (ceilings above) each measured figure, rounded outwards."""
    floors: dict[str, float] = {}
    ceilings: dict[str, float] = {}
    # Rounding to 6 places first keeps binary noise (0.58 * 100 = 57.99...) from costing 0.01.
    for figure in (f for rows in FIGURES.values() for f in rows):
        value = figures.get(figure.key)
        if value is None or not figure.gated:
            continue
        if figure.lower_is_better:
            ceilings[figure.key] = min(1.0, math.ceil(round((value + FLOOR_MARGIN) * 100, 6)) / 100)
        else:
            floors[figure.key] = max(0.0, math.floor(round((value - FLOOR_MARGIN) * 100, 6)) / 100)
    return floors, ceilings


def write_baseline(figures: dict[str, float | None], path: Path = BASELINE) -> list[str]:
    """Re-pin limits for the measured figures (others are kept); returns what got looser."""
    old = load_baseline(path)
    floors, ceilings = pinned_limits(figures)
    loosened = [
        f"{key}: floor {old['floors'][key]} -> {value}"
        for key, value in floors.items()
        if key in old["floors"] and value < old["floors"][key]
    ] + [
        f"{key}: ceiling {old['ceilings'][key]} -> {value}"
        for key, value in ceilings.items()
        if key in old["ceilings"] and value > old["ceilings"][key]
    ]
    # Limits of figures that are no longer gated (or no longer exist) are dropped.
    gated = {f.key for rows in FIGURES.values() for f in rows if f.gated}
    data = {
        "corpus_sha256": corpus_sha256(),
        "floors": {k: v for k, v in sorted({**old["floors"], **floors}.items()) if k in gated},
        "ceilings": {
            k: v for k, v in sorted({**old["ceilings"], **ceilings}.items()) if k in gated
        },
    }
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return loosened


# --------------------------------------------------------------------------- report


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def table(results: Sequence[SectionResult], baseline: dict[str, Any], measured_on: str) -> str:
    """The markdown table: figure | ours | reference/goal | floor | measured on."""
    lines = [
        "| figure | ours | reference / goal | floor | measured on |",
        "|---|---|---|---|---|",
    ]
    for result in results:
        # A benchmark that did not run gets one row, its headline figure, saying why.
        rows = FIGURES[result.name] if result.ran else FIGURES[result.name][:1]
        for figure in rows:
            limit = limit_for(figure, baseline)
            pinned = (
                "—" if limit is None else ("≤ " if figure.lower_is_better else "") + f"{limit:.2f}"
            )
            if result.ran:
                ours, when = _fmt(result.figures.get(figure.key)), measured_on
            else:
                ours, when = f"not run: {skip_reason(result)}", "—"
            lines.append(f"| {figure.label} | {ours} | {figure.reference} | {pinned} | {when} |")
    return "\n".join(lines)


def skip_reason(result: SectionResult) -> str:
    """Why a benchmark has no figures: its note, or the last line of its traceback."""
    if result.note:
        return result.note
    last = result.error.strip().splitlines()[-1] if result.error.strip() else "unknown error"
    return "crashed: " + last.replace("|", "/")[:160]


def analysis_markdown(failures: Sequence[Failure]) -> str:
    """Counts of every failure kind on dev, and one example of each of the top three."""
    summary = summarize_failures(failures)
    if not summary:
        return "No failures on the dev split."
    lines = [
        f"{len(failures)} failures on the dev split, by kind:",
        "",
        "| kind | count |",
        "|---|---|",
        *(f"| {kind} | {count} |" for kind, count, _ in summary),
        "",
    ]
    for rank, (kind, count, example) in enumerate(summary[:ANALYSIS_TOP], start=1):
        note = KIND_NOTES.get(
            kind, "the reports disagree on this field and the export does not say so"
        )
        lines += [
            f"### {rank}. {kind} ({count})",
            "",
            f"What it is: {note}.",
            "",
            f"- article `{example.article}`: “{_quote(example.sentence)}”",
            f"- exported: {example.exported}",
            f"- gold: {example.gold}",
            "",
        ]
    return "\n".join(lines).rstrip()


def _model_name() -> str:
    try:
        from parley.nlp.model import resolve_model_name

        return str(resolve_model_name())
    except Exception:  # no model: the corpus sections will say so themselves
        return "none"


def document(
    results: Sequence[SectionResult],
    baseline: dict[str, Any],
    measured_on: str,
    failures: Sequence[Failure] | None,
) -> str:
    """docs/accuracy.md: the table, how to reproduce, the gate and the error analysis."""
    corpus_hash = corpus_sha256()
    pinned = baseline.get("corpus_sha256")
    if pinned is None:
        hash_note = "no baseline pinned yet"
    elif pinned == corpus_hash:
        hash_note = "matches the baseline"
    else:
        hash_note = f"differs from the baseline's `{pinned[:12]}`: re-measure and re-pin"
    parts = [
        "# Accuracy",
        "",
        f"Measured on {measured_on} with spaCy model `{_model_name()}`; development corpus "
        f"sha256 `{corpus_hash[:12]}` ({hash_note}). Generated by `make accuracy`; do not edit "
        "by hand.",
        "",
        table(results, baseline, measured_on),
        "",
        "Corpus figures are on occurred CONSULT events unless the row says otherwise (see "
        "`benchmarks/corpus/README.md` and `benchmarks/score.py` for the matching rules); field "
        "accuracies are over matched events whose gold states the field. Goals are the "
        "acceptance targets of issue 3. The TempEval-3 reference is HeidelTime's value F1 on "
        "the Platinum test set (UzZaman et al., SemEval 2013), scored over all TIMEX3 types "
        "although parley only normalises dates. The ECB+ goal is B-cubed F1 of grouping test "
        "articles (topics 36-45) by the real event they report; the published 85.7 CoNLL F1 "
        "(Held et al., 2021) is for mention-level coreference and is not comparable. PLOVER "
        "has no published figure.",
        "",
        "## Reproduce",
        "",
        "```",
        "make accuracy            # every figure; rewrites this file",
        "python benchmarks/accuracy.py --only dev,heldout --json",
        "```",
        "",
        "Each corpus split is ingested on its own into a fresh temporary database, exported as "
        "JSON Lines and scored; the inputs are sorted and nothing is random, so the figures "
        "only change when the code, the model or the corpus does. The public benchmarks read "
        "`../shared/datasets/` and are reported as not run when it is absent.",
        "",
        "## Floors and the CI gate",
        "",
        "`benchmarks/baseline.json` pins a floor for each figure (0.02 below the figure when it "
        "was pinned; precision and recall are shown for diagnosis, their F1 carries the "
        "floor) and the sha256 of `benchmarks/corpus/`. `tests/benchmarks/"
        "test_accuracy_gate.py` (part of `make test`) fails when a dev, held-out or examples "
        "figure drops below its floor, or when the corpus changed since the floors were "
        "pinned. Re-pin with `python benchmarks/accuracy.py --write-baseline`, which lists "
        "every floor it lowers; a lowered floor is a reviewed change of that file.",
        "",
        "## What fails most (dev split)",
        "",
    ]
    if failures is None:
        parts.append("Not computed: the dev split was not run.")
    else:
        parts += [
            "Computed from the scorer's output on the dev split (heldout is never analysed). "
            "Every missed gold event, exported false positive and wrong field of a matched "
            "event is one failure; a false positive sharing a participant and an article with "
            "a missed gold meeting counts once, as wrong participants.",
            "",
            analysis_markdown(failures),
        ]
    return "\n".join(parts) + "\n"


# --------------------------------------------------------------------------- entry point


RUNNERS: dict[str, Callable[[PipelineRunner], SectionResult]] = {
    "dev": lambda runner: run_corpus(runner, "dev"),
    "heldout": lambda runner: run_corpus(runner, "heldout"),
    "examples": lambda runner: run_corpus(runner, "examples"),
    "tempeval": lambda runner: run_tempeval(),
    "ecbplus": lambda runner: run_ecbplus(),
    "plover": lambda runner: run_plover(),
    **{name: partial(run_corpus, split=name) for name in PROBES},
}


def run_sections(names: Sequence[str]) -> list[SectionResult]:
    """Run the named benchmarks in the fixed order of SECTIONS; a crash becomes an error note."""
    runner = PipelineRunner()
    results = []
    try:
        for name in (s for s in SECTIONS if s in names):
            print(f"running {name} ...", file=sys.stderr)
            try:
                results.append(RUNNERS[name](runner))
            except Exception:
                results.append(SectionResult(name, error=traceback.format_exc()))
    finally:
        runner.close()
    return results


def shown_probes(results: Sequence[SectionResult]) -> list[SectionResult]:
    """The probes that ran whose failures may be shown (not those kept unseen)."""
    return [r for r in results if r.name in PROBES and r.name not in UNSEEN and r.ran]


def _parse_only(value: str) -> list[str]:
    names = [v.strip() for v in value.split(",") if v.strip()]
    unknown = sorted(set(names) - set(SECTIONS))
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown section(s) {', '.join(unknown)}")
    return names


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--write", type=Path, help="write the report (markdown) to this file")
    parser.add_argument("--json", action="store_true", help="print figures and analysis as JSON")
    parser.add_argument(
        "--only", type=_parse_only, default=list(DEFAULT_SECTIONS), help="sections to run"
    )
    parser.add_argument("--date", default=date.today().isoformat(), help="date to report")
    parser.add_argument(
        "--write-baseline", action="store_true", help="re-pin floors 0.02 below these figures"
    )
    args = parser.parse_args(argv)

    results = run_sections(args.only)
    baseline = load_baseline()
    figures = {k: v for r in results if r.ran for k, v in r.figures.items()}
    dev = next((r for r in results if r.name == "dev" and r.ran), None)
    failures = (
        classify_failures(dev.detail["gold"], dev.detail["events"], dev.detail["texts"])
        if dev is not None
        else None
    )
    probe_failures = {
        r.name: classify_failures(r.detail["gold"], r.detail["events"], r.detail["texts"])
        for r in shown_probes(results)
    }

    if args.write_baseline:
        for line in write_baseline(figures):
            print(f"LOWERED {line}", file=sys.stderr)
        baseline = load_baseline()
    if args.write:
        args.write.write_text(document(results, baseline, args.date, failures), encoding="utf-8")
    if args.json:
        payload = {
            "measured_on": args.date,
            "corpus_sha256": corpus_sha256(),
            "figures": figures,
            "skipped": {r.name: r.note or r.error for r in results if not r.ran},
            "failures": [vars(f) for f in failures or []],
        }
        for name, found in probe_failures.items():
            payload[f"{name}_failures"] = [vars(f) for f in found]
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        print(table(results, baseline, args.date))
        if failures is not None:
            print()
            print(analysis_markdown(failures))
        for name, found in probe_failures.items():
            print()
            print(analysis_markdown(found).replace("dev split", f"{name} corpus"))

    status = 0
    for result in results:
        if result.error:
            print(f"{result.name} crashed:\n{result.error}", file=sys.stderr)
            status = 1
    for message in gate_failures(figures, baseline):
        print(f"BELOW FLOOR {message}", file=sys.stderr)
        status = 1
    if baseline.get("corpus_sha256") not in (None, corpus_sha256()):
        print("corpus changed since the baseline was pinned: re-measure", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
