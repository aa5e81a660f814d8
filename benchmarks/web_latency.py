"""Time every web page over a generated database of 10,000 events.

Usage: ``python benchmarks/web_latency.py [--events 10000] [--requests 15] [--cores 2]``

Fills a temporary database with generated events (participants, mechanisms with rounds,
conflicts, commitments and their articles), serves it with uvicorn on 127.0.0.1, and requests
each page several times over HTTP. Prints median and p95 per page in milliseconds, and the
one-off time to build the summary cache (done at startup by `parley serve`). The process is
pinned to `--cores` CPUs where the OS allows it.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import uvicorn

from parley.models import (
    Article,
    Conflict,
    Event,
    EventFilter,
    EventType,
    Evidence,
    FieldValue,
    Location,
    MechanismRef,
    Participant,
    Precision,
    Status,
)
from parley.store import open_store
from parley.web import create_app

BUDGET_MS = 300
COUNTRIES = ["NOR", "IDN", "TUR", "RUS", "IND", "KEN", "JPN", "KOR", "BRA", "VNM", "MNG", "CHN"]
CITIES = ["Oslo", "Jakarta", "Ankara", "Moscow", "New Delhi", "Nairobi", "Tokyo", "Seoul"]
OFFICES = ["Foreign Minister", "Prime Minister", "President", "Deputy Foreign Minister"]


def _actors(count: int) -> list[Participant]:
    return [
        Participant(
            name=f"Minister {index:03d}",
            country=COUNTRIES[index % len(COUNTRIES)],
            office=OFFICES[index % len(OFFICES)],
            kb_id=f"actor-{index:03d}",
        )
        for index in range(count)
    ]


def _article(index: int, sentence: str) -> Article:
    text = (
        f"OSLO, 2 May - {sentence}\n\nOfficials said the talks covered trade and security. "
        "Both sides described the meeting as constructive and agreed to stay in touch."
    )
    return Article(
        id=f"art-{index:05d}",
        text=text,
        title=f"Ministers meet ({index})",
        outlet="Generated Wire",
        published=datetime(2020, 1, 1, tzinfo=UTC),
        content_hash=f"hash-{index}",
    )


def generate_event(index: int, rng: random.Random, actors: list[Participant]) -> Event:
    """One plausible event; every 50th carries a round conflict, every 7th is planned."""
    first, second = rng.sample(actors, 2)
    year, month, day = 2015 + index % 10, 1 + rng.randrange(12), 1 + rng.randrange(28)
    article = f"art-{index % 3000:05d}"
    sentence = f"{first.name} met {second.name} in {CITIES[index % len(CITIES)]} on {day} May."
    start = len("OSLO, 2 May - ")
    evidence = Evidence(
        article=article,
        sentence_index=0,
        sentence=sentence,
        start=start,
        end=start + len(sentence),
        span_start=start + len(first.name) + 1,
        span_end=start + len(first.name) + 4,
    )
    mechanism = None
    conflicts: list[Conflict] = []
    if index % 3 == 0:
        number = index // 120 + 1
        mechanism = MechanismRef(
            key=f"dialogue-{index % 40}", name=f"Dialogue {index % 40}", round=number
        )
        if index % 50 == 0:
            conflicts.append(
                Conflict(
                    field="mechanism.round",
                    values=[
                        FieldValue(value=number, articles=[article], evidence=[evidence]),
                        FieldValue(value=number + 9, articles=[f"art-{(index + 1) % 3000:05d}"]),
                    ],
                )
            )
    return Event(
        id=f"ev-{index:06d}",
        type=[EventType.CONSULT, EventType.CONSULT, EventType.AGREE, EventType.SUPPORT][index % 4],
        cameo="040",
        status=Status.PLANNED if index % 7 == 0 else Status.OCCURRED,
        date=f"{year}-{month:02d}-{day:02d}",
        date_precision=Precision.DAY,
        location=Location(name=CITIES[index % len(CITIES)]),
        participants=[first, second],
        mechanism=mechanism,
        topic="trade and security",
        articles=[article],
        mentions=[evidence],
        mention_ids=[f"m-{index}"],
        fields={
            "date": [
                FieldValue(
                    value=f"{year}-{month:02d}-{day:02d}", articles=[article], evidence=[evidence]
                )
            ]
        },
        conflicts=conflicts,
    )


def fill(db_path: Path, count: int) -> None:
    rng = random.Random(7)
    actors = _actors(300)
    events = [generate_event(index, rng, actors) for index in range(count)]
    with open_store(db_path) as store:
        for index in range(min(count, 3000)):
            store.save_article(_article(index, events[index].mentions[0].sentence), [])
        store.replace_events(events)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def pages() -> list[tuple[str, str]]:
    return [
        ("timeline", "/"),
        ("timeline, page 150", "/?page=150"),
        ("timeline, actor filter", "/?actor=Minister+042"),
        ("timeline, country filter", "/?country=TUR"),
        ("timeline, type+status+dates", "/?type=AGREE&status=occurred&date_from=2018&date_to=2020"),
        ("timeline, mechanism filter", "/?mechanism=Dialogue+7"),
        ("event dossier", "/events/ev-000050"),
        ("actor", "/actors/actor-042"),
        ("actors", "/actors"),
        ("mechanism", "/mechanisms/dialogue-7"),
        ("mechanisms", "/mechanisms"),
        ("article", "/articles/art-00042"),
        ("search", "/search?q=Minister+042"),
        ("api: events", "/api/events?limit=100"),
        ("api: events, filtered", "/api/events?actor=Minister+042&type=CONSULT"),
        ("api: event", "/api/events/ev-000050"),
        ("api: actors", "/api/actors"),
        ("api: conflicts", "/api/conflicts"),
    ]


def _time_page(client: httpx.Client, url: str, requests: int) -> list[float]:
    """Milliseconds per request after one warm-up request."""
    client.get(url).raise_for_status()
    timings = []
    for _ in range(requests):
        began = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - began) * 1000)
        response.raise_for_status()
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=15)
    parser.add_argument("--cores", type=int, default=2)
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        available = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, set(available[: args.cores]))
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "bench.db"
        began = time.perf_counter()
        fill(db_path, args.events)
        print(f"filled {args.events} events in {time.perf_counter() - began:.1f} s")
        app = create_app(db_path)
        began = time.perf_counter()
        with open_store(db_path) as store:
            app.state.web.snapshots.get(store)
            assert store.count_events(EventFilter()) == args.events
        print(
            f"summary cache built in {(time.perf_counter() - began) * 1000:.0f} ms "
            "(once per database change; at startup for `parley serve`)"
        )
        port = _free_port()
        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        failures = 0
        print(f"\n{'page':32} {'median ms':>10} {'p95 ms':>8}  status")
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
            for name, url in pages():
                try:
                    timings = _time_page(client, url, args.requests)
                except httpx.TimeoutException:
                    failures += 1
                    print(f"{name:32} {'timeout':>10} {'-':>8}  OVER {BUDGET_MS} ms")
                    continue
                median = statistics.median(timings)
                p95 = sorted(timings)[max(0, round(0.95 * len(timings)) - 1)]
                verdict = "ok" if p95 < BUDGET_MS else f"OVER {BUDGET_MS} ms"
                failures += p95 >= BUDGET_MS
                print(f"{name:32} {median:10.1f} {p95:8.1f}  {verdict}")
        server.should_exit = True
        thread.join(10)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
