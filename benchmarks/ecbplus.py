"""ECB+ same-event clustering benchmark for `parley.reconcile.documents`.

Every document of a split is added to one `DocumentIndex` (all topics mixed, as articles arrive
in the pipeline) and grouped with `cluster_documents`. Gold groups are topic plus sub-topic: in
ECB+ each topic holds two real events of the same kind, the original ECB documents (`N_Mecb`)
and the newer ECB+ documents (`N_Mecbplus`). Scores are B-cubed and pairwise P/R/F1.

    python benchmarks/ecbplus.py [--split dev|test|train] [--data DIR] [--entities spacy|caps]
                                 [--json]

Standard split: dev topics 2,5,12,18,21,23,34,35; test topics 36-45; the rest train. Tune on
train and dev only; run `test` only to report a figure.

Entities come from runs of capitalised words by default (`caps`: no model, about a second);
`--entities spacy` uses the installed spaCy model's NER instead (about 20 s a split). On train
and dev together the two were within a point of each other, the heuristic slightly ahead.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parley.reconcile.documents import DocumentIndex, cluster_documents

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "ecbplus"

DEV_TOPICS = frozenset({2, 5, 12, 18, 21, 23, 34, 35})
TEST_TOPICS = frozenset(range(36, 46))
SPLITS = ("train", "dev", "test")

# Tuned on the train and dev topics. The first step only needs to gather reports of one kind
# of event; `cluster_documents` then splits each group by its local weights.
THRESHOLD = 0.03
MIN_SIMILARITY = 0.05
MAX_CANDIDATES = 30

_FILE_NAME = re.compile(r"^(\d+)_(\d+)(ecb|ecbplus)\.xml$")
_TOKEN = re.compile(r'<token\b[^>]*\bsentence="(\d+)"[^>]*>([^<]*)</token>')
# Tokens written without a space before them ("Jeffs ," -> "Jeffs,").
_NO_SPACE_BEFORE = frozenset({".", ",", ":", ";", "!", "?", ")", "]", "'s", "'", "n't", "%"})
_NO_SPACE_AFTER = frozenset({"(", "[", "$"})
_CAPITALISED_RUN = re.compile(r"\b(?:[A-Z][\w'’.-]*)(?:\s+(?:of\s+|de\s+)?[A-Z][\w'’.-]*)*")
_SENTENCE_START_TEXT = (
    "A An The This That These Those It He She They We I In On At By For From With "
    "After Before When While But And Or If As Its His Her Their Our"
)
_SENTENCE_START_WORDS = frozenset(_SENTENCE_START_TEXT.split())


@dataclass(frozen=True)
class Document:
    """One ECB+ document: its file stem, gold event group and text rebuilt from tokens."""

    doc_id: str
    topic: int
    gold: str
    text: str


# --------------------------------------------------------------------------- reading ECB+


def split_topics(split: str, available: Iterable[int]) -> list[int]:
    """The topic numbers of a split, among those present in the data."""
    if split == "dev":
        chosen = [t for t in available if t in DEV_TOPICS]
    elif split == "test":
        chosen = [t for t in available if t in TEST_TOPICS]
    elif split == "train":
        chosen = [t for t in available if t not in DEV_TOPICS and t not in TEST_TOPICS]
    else:
        raise ValueError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    return sorted(chosen)


def corpus_folder(data: Path) -> Path:
    """The folder holding the numbered topic folders (`data` itself or its `ECB+` child)."""
    return data / "ECB+" if (data / "ECB+").is_dir() else data


def load_split(split: str, data: Path = DEFAULT_DATA) -> list[Document]:
    """Every document of a split, ordered by topic, sub-topic and file number."""
    root = corpus_folder(data)
    if not root.is_dir():
        raise FileNotFoundError(f"ECB+ data not found at {data}")
    topics = [int(p.name) for p in root.iterdir() if p.is_dir() and p.name.isdigit()]
    documents: list[Document] = []
    for topic in split_topics(split, topics):
        for path in (root / str(topic)).glob("*.xml"):
            match = _FILE_NAME.match(path.name)
            if match is None:
                continue
            kind = match.group(3)
            text = document_text(path.read_text(encoding="utf-8"), drop_url=kind == "ecbplus")
            documents.append(
                Document(path.name[:-4], topic, f"{topic}{kind}", text),
            )
    return sorted(documents, key=_document_order)


def _document_order(document: Document) -> tuple[int, str, int]:
    match = _FILE_NAME.match(document.doc_id + ".xml")
    assert match is not None
    return (document.topic, match.group(3), int(match.group(2)))


def document_text(markup: str, *, drop_url: bool) -> str:
    """The document's tokens joined back into sentences, one sentence per line.

    ECB+ (`ecbplus`) files start with the source URL tokenised as sentence 0; it names the
    story, which would leak far more than an article's text, so `drop_url` removes it.
    """
    sentences: dict[int, list[str]] = {}
    for sentence, token in _TOKEN.findall(markup):
        sentences.setdefault(int(sentence), []).append(html.unescape(token))
    if drop_url:
        sentences.pop(0, None)
    return "\n".join(_detokenise(tokens) for _, tokens in sorted(sentences.items()))


def _detokenise(tokens: Sequence[str]) -> str:
    pieces: list[str] = []
    for token in tokens:
        if pieces and token not in _NO_SPACE_BEFORE and pieces[-1] not in _NO_SPACE_AFTER:
            pieces.append(" ")
        pieces.append(token)
    return "".join(pieces)


# --------------------------------------------------------------------------- entities and dates

Annotator = Callable[[Sequence[Document]], list[tuple[list[str], list[str]]]]


def capitalised_names(text: str) -> tuple[list[str], list[str]]:
    """Entities guessed from runs of capitalised words (no model); dates are left empty."""
    names: list[str] = []
    for line in text.splitlines():
        for match in _CAPITALISED_RUN.finditer(line):
            words = match.group(0).split()
            while words and words[0] in _SENTENCE_START_WORDS:
                words.pop(0)
            if words:
                names.append(" ".join(words))
    return names, []


def annotate_with_capitals(documents: Sequence[Document]) -> list[tuple[list[str], list[str]]]:
    """Entities and dates for each document by the capitalised-word heuristic."""
    return [capitalised_names(d.text) for d in documents]


_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT"})
_DATE_LABELS = frozenset({"DATE"})


def annotate_with_spacy(documents: Sequence[Document]) -> list[tuple[list[str], list[str]]]:
    """Entities and dates for each document from the installed spaCy model's NER."""
    from parley.nlp.model import load_model

    nlp = load_model()
    keep = {"ner", "tok2vec"}
    disabled = [name for name in nlp.pipe_names if name not in keep]
    annotations: list[tuple[list[str], list[str]]] = []
    with nlp.select_pipes(disable=disabled):
        for doc in nlp.pipe((d.text for d in documents), batch_size=32):
            names = [e.text for e in doc.ents if e.label_ in _NAME_LABELS]
            dates = [e.text for e in doc.ents if e.label_ in _DATE_LABELS]
            annotations.append((names, dates))
    return annotations


ANNOTATORS: dict[str, Annotator] = {
    "spacy": annotate_with_spacy,
    "caps": annotate_with_capitals,
}


# --------------------------------------------------------------------------- scoring


def bcubed(predicted: Sequence[Sequence[str]], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering against gold labels per item."""
    cluster_of = {item: i for i, cluster in enumerate(predicted) for item in cluster}
    if set(cluster_of) != set(gold):
        raise ValueError("predicted and gold clusterings cover different items")
    gold_sizes: dict[str, int] = {}
    for label in gold.values():
        gold_sizes[label] = gold_sizes.get(label, 0) + 1
    precision = recall = 0.0
    for cluster in predicted:
        labels: dict[str, int] = {}
        for item in cluster:
            labels[gold[item]] = labels.get(gold[item], 0) + 1
        for item in cluster:
            both = labels[gold[item]]
            precision += both / len(cluster)
            recall += both / gold_sizes[gold[item]]
    n = len(gold)
    return _prf(precision / n if n else 0.0, recall / n if n else 0.0)


def pairwise(
    predicted: Sequence[Sequence[str]], gold: dict[str, str]
) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1: over pairs of items put in the same cluster."""
    predicted_pairs = _pairs(predicted)
    gold_groups: dict[str, list[str]] = {}
    for item, label in gold.items():
        gold_groups.setdefault(label, []).append(item)
    gold_pairs = _pairs(gold_groups.values())
    both = len(predicted_pairs & gold_pairs)
    precision = both / len(predicted_pairs) if predicted_pairs else 1.0
    recall = both / len(gold_pairs) if gold_pairs else 1.0
    return _prf(precision, recall)


def _pairs(groups: Iterable[Sequence[str]]) -> set[tuple[str, str]]:
    return {(a, b) for group in groups for a in group for b in group if a < b}


def _prf(precision: float, recall: float) -> tuple[float, float, float]:
    total = precision + recall
    return precision, recall, (2 * precision * recall / total if total else 0.0)


# --------------------------------------------------------------------------- evaluation


def build_index(
    documents: Sequence[Document],
    annotations: Sequence[tuple[list[str], list[str]]],
    **options: Any,
) -> DocumentIndex:
    """One index over all the documents, fed in order with their entities and dates."""
    index = DocumentIndex(
        min_similarity=options.pop("min_similarity", MIN_SIMILARITY),
        max_candidates=options.pop("max_candidates", MAX_CANDIDATES),
        **options,
    )
    for document, (names, dates) in zip(documents, annotations, strict=True):
        index.add(document.doc_id, document.text, entities=names, dates=dates)
    return index


def score_clusters(
    clusters: Sequence[Sequence[str]], documents: Sequence[Document]
) -> dict[str, Any]:
    """B-cubed and pairwise P/R/F1 of `clusters` against the documents' gold groups."""
    gold = {d.doc_id: d.gold for d in documents}
    b_p, b_r, b_f = bcubed(clusters, gold)
    p_p, p_r, p_f = pairwise(clusters, gold)
    return {
        "bcubed_p": round(b_p, 4),
        "bcubed_r": round(b_r, 4),
        "bcubed_f1": round(b_f, 4),
        "pairwise_p": round(p_p, 4),
        "pairwise_r": round(p_r, 4),
        "pairwise_f1": round(p_f, 4),
        "documents": len(documents),
        "clusters": len(clusters),
        "gold_clusters": len(set(gold.values())),
    }


def evaluate(
    split: str = "dev",
    data: Path = DEFAULT_DATA,
    *,
    entities: str = "caps",
    threshold: float = THRESHOLD,
) -> dict[str, Any]:
    """Cluster every document of a split and score against topic plus sub-topic.

    Returns `bcubed_p/r/f1`, `pairwise_p/r/f1`, `documents`, `clusters` (predicted count),
    `gold_clusters`, `split`, `entities` and `seconds`.
    """
    started = time.perf_counter()
    documents = load_split(split, Path(data))
    annotations = ANNOTATORS[entities](documents)
    index = build_index(documents, annotations)
    clusters = cluster_documents(index, threshold)
    result = score_clusters(clusters, documents)
    result.update(split=split, entities=entities, seconds=round(time.perf_counter() - started, 1))
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--entities", choices=sorted(ANNOTATORS), default="caps")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    try:
        result = evaluate(args.split, args.data, entities=args.entities, threshold=args.threshold)
    except FileNotFoundError as error:
        print(f"ecbplus: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(
        f"ECB+ {result['split']}: {result['documents']} documents, "
        f"{result['clusters']} clusters (gold {result['gold_clusters']}), "
        f"entities by {result['entities']}, {result['seconds']} s"
    )
    print(
        f"  B-cubed  P {result['bcubed_p']:.3f}  R {result['bcubed_r']:.3f}  "
        f"F1 {result['bcubed_f1']:.3f}"
    )
    print(
        f"  pairwise P {result['pairwise_p']:.3f}  R {result['pairwise_r']:.3f}  "
        f"F1 {result['pairwise_f1']:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
