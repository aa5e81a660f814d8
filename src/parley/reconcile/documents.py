"""Document similarity: evidence that two articles report the same real-world event.

Each article becomes a bag of weighted terms: content words, named entities, numbers, years and
dates, each kind with its own weight, scaled by inverse document frequency. Two reports of one
kind of event (two earthquakes, two summits) share their vocabulary; what tells them apart are
names, places, figures and dates, so those weigh more than ordinary words.

Document frequencies are counted as articles arrive, so the index can be fed in chunks, and
weights are always computed from the counts as they stand. An inverted index over terms finds
a document's likely neighbours without comparing all pairs, and `cluster_documents` runs
average-link clustering over those candidate edges only.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

__all__ = [
    "DocumentIndex",
    "DocumentProfile",
    "TermWeights",
    "cluster_documents",
    "document_terms",
]

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d|\d")
_YEAR = re.compile(r"^(19|20)\d\d$")
_YEAR_IN_TEXT = re.compile(r"\b((?:19|20)\d\d)\b")

# Function words and newswire boilerplate: frequent everywhere, so they only add noise to the
# partial scores of the inverted index.
_STOPWORD_TEXT = """
    a about above after again against all also am an and any are around as at be because been
    before being below between both but by can could did do does doing down during each even
    ever every few for from further had has have having he her here hers herself him himself his
    how however i if in into is it its itself just last least like made make many may me might
    more most much must my myself near never new no nor not now of off on once one only or other
    our ours ourselves out over own per said same say says she should since so some still such
    than that the their theirs them themselves then there these they this those though through
    to too two under until up upon us very via was we were what when where whether which while
    who whom whose why will with within without would yet you your yours yourself told according
    news report reported reports reporting reporter reuters associated press ap afp cnn bbc
    also week year years day days time times today yesterday tomorrow monday tuesday wednesday
    thursday friday saturday sunday people percent mr mrs ms dr
    """
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())

_MONTH_TEXT = (
    "january february march april may june july august september october november december"
)
_MONTHS = frozenset(_MONTH_TEXT.split())


@dataclass(frozen=True)
class TermWeights:
    """How much each kind of term counts, relative to an ordinary content word.

    The defaults were tuned on the ECB+ train and dev topics (`benchmarks/ecbplus.py`).
    """

    word: float = 1.0
    entity: float = 2.0
    entity_word: float = 1.5
    number: float = 1.5
    year: float = 4.0
    date: float = 2.0


@dataclass(frozen=True)
class DocumentProfile:
    """A document as weighted terms (sublinear tf x idf x kind weight, unit length)."""

    doc_id: str
    terms: dict[str, float]


def document_terms(
    text: str,
    *,
    entities: Sequence[str] = (),
    dates: Sequence[str] = (),
    weights: TermWeights | None = None,
) -> dict[str, float]:
    """Raw term scores of one document before idf: counts scaled by the weight of their kind.

    Terms carry a prefix for their kind (`w:` word, `e:` entity, `n:` number, `y:` year,
    `d:` date) so a year and the same digits in a count do not collide.
    """
    kinds = weights or TermWeights()
    counts: Counter[str] = Counter()
    for token in _TOKEN.findall(text):
        term = _token_term(token)
        if term is not None:
            counts[term] += 1
    for name in entities:
        key = _normalise_name(name)
        if not key:
            continue
        counts["e:" + key] += 1
        for word in key.split():
            if word not in _STOPWORDS and len(word) > 1:
                counts["ew:" + word] += 1
    for value in dates:
        key = value.strip().lower()
        if key:
            counts["d:" + key] += 1
            counts.update("y:" + year for year in _YEAR_IN_TEXT.findall(key))
    kind_weight = {
        "w": kinds.word,
        "e": kinds.entity,
        "ew": kinds.entity_word,
        "n": kinds.number,
        "y": kinds.year,
        "d": kinds.date,
    }
    return {
        term: (1.0 + math.log(count)) * kind_weight[term.split(":", 1)[0]]
        for term, count in counts.items()
    }


def _token_term(token: str) -> str | None:
    if token[0].isdigit():
        digits = token.replace(",", "").rstrip(".")
        if _YEAR.match(digits):
            return "y:" + digits
        return "n:" + digits
    word = token.lower().replace("’", "'").strip(".'-")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) < 3 or word in _STOPWORDS or word in _MONTHS:
        return None
    return "w:" + _light_stem(word)


def _light_stem(word: str) -> str:
    # Plural folding only: "talks"/"talk", "charges"/"charge"; anything bolder merges words that
    # mean different things and blurs exactly the rare terms that separate events.
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _normalise_name(name: str) -> str:
    words = re.findall(r"[a-z0-9]+", name.lower().replace("'s", ""))
    while words and words[0] == "the":
        words.pop(0)
    return " ".join(words)


@dataclass
class _Entry:
    raw: dict[str, float]
    order: int
    profile: DocumentProfile | None = None
    profile_version: int = -1


@dataclass(kw_only=True)
class DocumentIndex:
    """Documents by weighted terms, with an inverted index to find similar ones quickly.

    `min_similarity` is the lowest cosine a candidate may have; `max_candidates` caps the
    neighbours kept per document; `query_terms` is how many of a document's heaviest terms
    are looked up in the inverted index when searching for candidates, skipping any term found
    in more than `max_postings` documents (too common to single out an event, and the one
    thing that could make a lookup grow with the corpus).
    """

    min_similarity: float = 0.05
    max_candidates: int = 30
    query_terms: int = 40
    max_postings: int = 5000
    weights: TermWeights = field(default_factory=TermWeights)
    _entries: dict[str, _Entry] = field(default_factory=dict, init=False, repr=False)
    _df: Counter[str] = field(default_factory=Counter, init=False, repr=False)
    _postings: dict[str, list[str]] = field(
        default_factory=lambda: defaultdict(list), init=False, repr=False
    )
    # Bumped on every add or removal: profiles computed under an older version are stale.
    _version: int = field(default=0, init=False, repr=False)
    _next_order: int = field(default=0, init=False, repr=False)
    # Set on a subset index (see `subset`): its idf is local to the subset times the parent's.
    _parent: DocumentIndex | None = field(default=None, init=False, repr=False)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._entries

    @property
    def doc_ids(self) -> list[str]:
        """Document ids in the order they were added."""
        return list(self._entries)

    def add(
        self,
        doc_id: str,
        text: str,
        *,
        entities: Sequence[str] = (),
        dates: Sequence[str] = (),
    ) -> None:
        """Index one document; adding an id again replaces the earlier version."""
        raw = document_terms(text, entities=entities, dates=dates, weights=self.weights)
        self._add_terms(doc_id, raw)

    def _add_terms(self, doc_id: str, raw: dict[str, float]) -> None:
        if doc_id in self._entries:
            self._remove(doc_id)
        self._entries[doc_id] = _Entry(raw=raw, order=self._next_order)
        self._next_order += 1
        self._version += 1
        for term in raw:
            self._df[term] += 1
            self._postings[term].append(doc_id)

    def _remove(self, doc_id: str) -> None:
        entry = self._entries.pop(doc_id)
        self._version += 1
        for term in entry.raw:
            self._df[term] -= 1
            self._postings[term].remove(doc_id)
            if not self._df[term]:
                del self._df[term]
                del self._postings[term]

    def subset(self, doc_ids: Iterable[str]) -> DocumentIndex:
        """An index over some of these documents whose term weights are local to them.

        Inside a group of reports of one kind of event, the words they all share say nothing
        about which event each reports; a term weighs by how it splits the group (local idf,
        0 for a term only one member has) times its weight in the whole index.
        """
        local = DocumentIndex(
            min_similarity=0.0,
            max_candidates=self.max_candidates,
            query_terms=self.query_terms,
            max_postings=self.max_postings,
            weights=self.weights,
        )
        local._parent = self
        for doc_id in doc_ids:
            local._add_terms(doc_id, self._entries[doc_id].raw)
        return local

    def idf(self, term: str) -> float:
        """Smoothed inverse document frequency of a term over the documents added so far."""
        df = self._df.get(term, 0)
        if self._parent is None:
            return math.log((1 + len(self._entries)) / (1 + df)) + 1.0
        if df < 2:
            return 0.0
        local = math.log((1 + len(self._entries)) / (1 + df)) + _LOCAL_IDF_FLOOR
        return local * self._parent.idf(term)

    def profile(self, doc_id: str) -> DocumentProfile:
        """The document's unit-length weighted terms, from the frequencies as they stand now."""
        entry = self._entries[doc_id]
        # Weights depend on the whole corpus, so a profile is reused only until the next add.
        if entry.profile is None or entry.profile_version != self._current_version():
            weighted = {term: score * self.idf(term) for term, score in entry.raw.items()}
            weighted = {term: w for term, w in weighted.items() if w > 0.0}
            norm = math.sqrt(sum(w * w for w in weighted.values())) or 1.0
            entry.profile = DocumentProfile(
                doc_id, {term: w / norm for term, w in weighted.items()}
            )
            entry.profile_version = self._current_version()
        return entry.profile

    def _current_version(self) -> int:
        if self._parent is None:
            return self._version
        return self._version * 1_000_003 + self._parent._current_version()

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of two indexed documents, between 0 and 1."""
        first, second = self.profile(a).terms, self.profile(b).terms
        if len(second) < len(first):
            first, second = second, first
        return sum(w * second.get(term, 0.0) for term, w in first.items())

    def candidates(self, doc_id: str) -> list[tuple[str, float]]:
        """Most similar other documents, best first, at or above `min_similarity`.

        Only documents sharing one of this document's heaviest terms are considered, so the
        cost depends on those terms' posting lists, not on the size of the index.
        """
        terms = self.profile(doc_id).terms
        heaviest = sorted(terms.items(), key=lambda item: (-item[1], item[0]))
        partial: dict[str, float] = defaultdict(float)
        for term, weight in heaviest[: self.query_terms]:
            postings = self._postings[term]
            if len(postings) > self.max_postings:
                continue
            for other in postings:
                if other != doc_id:
                    partial[other] += weight * self.profile(other).terms.get(term, 0.0)
        shortlist = sorted(partial, key=lambda other: (-partial[other], self._order(other)))
        scored = [
            (other, self.similarity(doc_id, other))
            for other in shortlist[: self.max_candidates * 2]
        ]
        scored = [pair for pair in scored if pair[1] >= self.min_similarity and pair[1] > 0.0]
        scored.sort(key=lambda pair: (-pair[1], self._order(pair[0])))
        return scored[: self.max_candidates]

    def _order(self, doc_id: str) -> int:
        return self._entries[doc_id].order


# Added to the local idf so a term shared by most of a group still counts a little.
_LOCAL_IDF_FLOOR = 0.5

# Defaults of `cluster_documents`, tuned on the ECB+ train and dev topics.
REFINE_THRESHOLD = 0.1
ATTACH_SIZE = 2


def cluster_documents(
    index: DocumentIndex,
    threshold: float,
    *,
    refine_threshold: float | None = REFINE_THRESHOLD,
    attach_size: int = ATTACH_SIZE,
) -> list[list[str]]:
    """Groups of documents that report the same event, by average-link clustering.

    First, groups merge while the mean similarity over all their cross pairs is at least
    `threshold`; pairs that are not each other's candidates count as 0, so only candidate
    edges are ever scored. This finds reports of one kind of event. Then each group is
    clustered again with weights local to it (`DocumentIndex.subset`) at `refine_threshold`,
    which separates two events of the same kind by the names, figures and dates that only some
    members share; pieces of at most `attach_size` documents rejoin their closest piece, since
    a short report with no distinctive terms is no evidence of another event. Pass
    `refine_threshold=None` for the first step alone.

    Every document appears in exactly one group; groups list their documents in the order they
    were added and come in the order of their first document.
    """
    order = {doc_id: i for i, doc_id in enumerate(index.doc_ids)}
    groups = _average_link(index, threshold)
    if refine_threshold is not None:
        refined: list[list[str]] = []
        for group in groups:
            if len(group) <= attach_size + 1:
                refined.append(group)
                continue
            pieces = _average_link(index.subset(group), refine_threshold)
            refined.extend(_attach_small_pieces(index, pieces, attach_size))
        groups = refined
    groups = [sorted(group, key=order.__getitem__) for group in groups]
    return sorted(groups, key=lambda group: order[group[0]])


def _average_link(index: DocumentIndex, threshold: float) -> list[list[str]]:
    doc_ids = index.doc_ids
    position = {doc_id: i for i, doc_id in enumerate(doc_ids)}
    members: dict[int, list[str]] = {i: [doc_id] for i, doc_id in enumerate(doc_ids)}
    links: dict[int, dict[int, float]] = defaultdict(dict)
    heap: list[tuple[float, int, int]] = []
    for (a, b), weight in _candidate_edges(index, position).items():
        links[a][b] = links[b][a] = weight
        heapq.heappush(heap, (-weight, a, b))
    next_id = len(members)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if -negative < threshold:
            break
        if a not in members or b not in members:
            continue  # one side already merged into a bigger group: a stale entry
        merged = next_id
        next_id += 1
        members[merged] = members.pop(a) + members.pop(b)
        for gone in (a, b):
            for neighbour, total in links.pop(gone).items():
                if neighbour in (a, b):
                    continue
                del links[neighbour][gone]
                links[merged][neighbour] = links[merged].get(neighbour, 0.0) + total
        for neighbour, total in links[merged].items():
            links[neighbour][merged] = total
            size = len(members[merged]) * len(members[neighbour])
            heapq.heappush(heap, (-total / size, neighbour, merged))
    return list(members.values())


def _candidate_edges(
    index: DocumentIndex, position: dict[str, int]
) -> dict[tuple[int, int], float]:
    """Similarity of every pair where one document is among the other's candidates."""
    edges: dict[tuple[int, int], float] = {}
    for doc_id in index.doc_ids:
        for other, score in index.candidates(doc_id):
            a, b = sorted((position[doc_id], position[other]))
            edges[(a, b)] = score
    return edges


def _attach_small_pieces(
    index: DocumentIndex, pieces: list[list[str]], attach_size: int
) -> list[list[str]]:
    large = [piece for piece in pieces if len(piece) > attach_size]
    if not large:
        return pieces
    for piece in pieces:
        if len(piece) > attach_size:
            continue
        closest = max(large, key=lambda other: _mean_similarity(index, piece, other))
        closest.extend(piece)
    return large


def _mean_similarity(index: DocumentIndex, first: list[str], second: list[str]) -> float:
    total = sum(index.similarity(a, b) for a in first for b in second)
    return total / (len(first) * len(second))
