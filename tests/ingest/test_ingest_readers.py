"""Readers per format, ids, metadata precedence, stdin, recursion and sorting."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from ingest_helpers import ENGLISH_REPORT, FIXTURES, ingest, only_article

from parley.errors import UsageError
from parley.ingest import count_inputs, iter_inputs
from parley.models import Article, IngestFailure
from parley.settings import Settings


def test_plain_text_fixture() -> None:
    article = only_article(ingest([FIXTURES / "wire_report.txt"]))
    assert article.id == "wire_report"
    assert article.title == "Chinese, Russian foreign ministers hold talks in Beijing"
    assert article.published == datetime(2024, 9, 11, 11, 30, tzinfo=timezone(timedelta(hours=8)))
    assert article.published_basis == "text"
    assert (article.dateline_place, article.dateline_date) == ("Beijing", "Sept. 10")
    assert article.outlet == "Xinhua"
    assert article.source_path == str(FIXTURES / "wire_report.txt")
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("BEIJING, Sept. 10 (Xinhua) -- Chinese Foreign Minister")
    for junk in ("Photo", "VCG", "Also Read", "Source:", "(End)", "By Li Ming", "Xinhua/Zhang"):
        assert junk not in article.text


def test_a_year_less_stamp_naming_the_weekday_dates_the_report_over_its_dateline(
    tmp_path: Path,
) -> None:
    path = tmp_path / "nova.txt"
    path.write_text(
        "Italy prepares the migration conference\n\nMonday 17 July, 10:15\n\n"
        "Rome, 17 Jul (Agenzia Nova) - The memorandum signed yesterday in Tunis is the result "
        "of months of work, sources said.\n",
        encoding="utf-8",
    )
    article = only_article(ingest([path]))
    # The weekday the stamp names tells the year, which "17 July" alone does not.
    assert (article.dateline_place, article.dateline_date) == ("Rome", "Monday 17 July")
    assert article.text.startswith("Rome, 17 Jul (Agenzia Nova) - ")


def test_html_fixture() -> None:
    article = only_article(ingest([FIXTURES / "ministry_page.html"]))
    assert article.id == "ministry_page"
    assert article.title == "Lavrov and Jaishankar discuss trade corridor"
    assert article.outlet == "Northern Ledger"
    assert article.url == "https://ledger.example.org/world/lavrov-jaishankar-corridor"
    tz = timezone(timedelta(hours=5, minutes=30))
    assert article.published == datetime(2023, 9, 19, 21, 27, tzinfo=tz)
    assert article.published_basis == "html"
    assert (article.dateline_place, article.dateline_date) == ("New York", "September 19")
    assert article.text.startswith("New York [US], September 19 (ANI): External Affairs")
    assert article.text.count("\n\n") == 2
    for junk in ("Home", "Photo:", "Also Read", "All rights reserved", "Follow us", "Anita Rao"):
        assert junk not in article.text


def test_jsonl_fixture_ids_metadata_and_malformed_line() -> None:
    items = ingest([FIXTURES / "briefings.jsonl"])
    assert [type(item).__name__ for item in items] == [
        "Article",
        "Article",
        "IngestFailure",
        "Article",
    ]
    first, second, bad, fourth = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert isinstance(bad, IngestFailure) and isinstance(fourth, Article)
    assert first.id == "brief-001"
    assert first.outlet == "Daily Courier"  # explicit outlet beats the dateline agency
    assert first.published == datetime(2023, 10, 2, 8, 15, tzinfo=UTC)
    assert first.published_basis == "metadata"
    assert first.url == "https://courier.example.com/b1"
    assert first.text.count("\n\n") == 1
    assert second.id == "briefings-2"  # no id: <stem>-<line number>
    assert second.title == "Envoys meet in Geneva"
    assert second.outlet == "AP"  # from the dateline, since none was given
    assert bad.source.endswith("briefings.jsonl:3")
    assert "line 3" in bad.reason
    assert fourth.published == datetime(2023, 9, 20)


def test_json_single_object_and_list(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"text": ENGLISH_REPORT, "title": "Talks"}))
    (tmp_path / "many.json").write_text(
        json.dumps([{"text": ENGLISH_REPORT}, {"id": 7, "text": ENGLISH_REPORT}, "oops"])
    )
    items = ingest([tmp_path / "one.json", tmp_path / "many.json"])
    assert [getattr(item, "id", None) for item in items] == ["one", "many-1", "7", None]
    assert isinstance(items[3], IngestFailure)
    assert items[3].reason == "not a JSON object"


def test_json_file_holding_json_lines_is_read_per_line(tmp_path: Path) -> None:
    lines = [json.dumps({"text": ENGLISH_REPORT}), json.dumps({"text": ENGLISH_REPORT})]
    (tmp_path / "dump.json").write_text("\n".join(lines))
    items = ingest([tmp_path / "dump.json"])
    assert [a.id for a in items if isinstance(a, Article)] == ["dump-1", "dump-2"]


def test_json_record_without_text_is_reported(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "x", "body": "no text"}) + "\n")
    [failure] = ingest([tmp_path / "c.jsonl"])
    assert isinstance(failure, IngestFailure)
    assert failure.source.endswith("c.jsonl:1")
    assert "text" in failure.reason


def test_directory_is_read_recursively_sorted_and_skips_other_files(tmp_path: Path) -> None:
    for relative in ["b.txt", "a.htm", "sub/z.txt", "sub/deeper/m.txt", "A/x.txt"]:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        text = ENGLISH_REPORT
        if path.suffix == ".htm":
            text = f"<html><body><article><p>{ENGLISH_REPORT}</p></article></body></html>"
        path.write_text(text)
    (tmp_path / "notes.md").write_text(ENGLISH_REPORT)
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / ".hidden.txt").write_text(ENGLISH_REPORT)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD.txt").write_text(ENGLISH_REPORT)
    items = ingest([tmp_path])
    articles = [item for item in items if isinstance(item, Article)]
    assert len(articles) == len(items), items
    sources = [Path(a.source_path or "").relative_to(tmp_path).as_posix() for a in articles]
    assert sources == ["a.htm", "b.txt", "A/x.txt", "sub/z.txt", "sub/deeper/m.txt"]
    assert count_inputs([str(tmp_path)]) == 5


def test_explicit_file_with_other_extension_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text(ENGLISH_REPORT)
    assert only_article(ingest([path])).id == "article"


def test_source_path_is_kept_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "r.txt").write_text(ENGLISH_REPORT)
    monkeypatch.chdir(tmp_path)
    assert only_article(ingest(["./docs/r.txt"])).source_path == "./docs/r.txt"
    assert only_article(ingest(["docs"])).source_path == "docs/r.txt"


def test_missing_path_raises_usage_error_before_anything_is_read(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(ENGLISH_REPORT)
    with pytest.raises(UsageError, match=r"no such file or directory: .*missing\.txt$"):
        iter_inputs([str(tmp_path / "ok.txt"), str(tmp_path / "missing.txt")], settings=Settings())


def test_count_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.jsonl").write_text("x")
    assert count_inputs(["-", str(tmp_path), str(tmp_path / "a.txt")]) == 4
    assert count_inputs([str(tmp_path / "missing")]) == 0


def test_stdin_plain_text() -> None:
    raw = f"Lavrov meets Wang Yi\n\n{ENGLISH_REPORT}\n"
    [article] = iter_inputs(["-"], settings=Settings(), stdin=io.StringIO(raw))
    assert isinstance(article, Article)
    assert (article.id, article.source_path, article.title) == (
        "stdin",
        "-",
        "Lavrov meets Wang Yi",
    )


def test_stdin_json_lines() -> None:
    raw = "\n".join(
        [json.dumps({"text": ENGLISH_REPORT}), "", json.dumps({"id": "k", "text": ENGLISH_REPORT})]
    )
    items = list(iter_inputs(["-"], settings=Settings(), stdin=io.StringIO(raw)))
    assert [getattr(item, "id", None) for item in items] == ["stdin-1", "k"]


def test_stdin_that_is_not_all_json_is_plain_text() -> None:
    raw = f'{{"text": "a"}}\n{ENGLISH_REPORT}'
    [article] = iter_inputs(["-"], settings=Settings(), stdin=io.StringIO(raw))
    assert isinstance(article, Article)
    assert article.id == "stdin"


def test_stdin_empty_and_oversized_are_failures() -> None:
    [empty] = iter_inputs(["-"], settings=Settings(), stdin=io.StringIO("  \n"))
    assert isinstance(empty, IngestFailure) and empty.source == "-"
    small = Settings(max_bytes=100)
    [big] = iter_inputs(["-"], settings=small, stdin=io.StringIO(ENGLISH_REPORT))
    assert isinstance(big, IngestFailure) and "too large" in big.reason


def test_option_fallbacks_apply_only_when_article_has_none(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text(ENGLISH_REPORT.replace(" (Reuters)", ""))
    (tmp_path / "stamped.txt").write_text(f"Published: Sep 19, 2023 09:27 PM\n\n{ENGLISH_REPORT}")
    settings = Settings(published="2023-09-20", outlet="Desk Archive")
    plain, stamped = ingest([tmp_path / "plain.txt", tmp_path / "stamped.txt"], settings)
    assert isinstance(plain, Article) and isinstance(stamped, Article)
    assert (plain.published, plain.published_basis) == (datetime(2023, 9, 20), "option")
    assert plain.outlet == "Desk Archive"
    assert (stamped.published, stamped.published_basis) == (datetime(2023, 9, 19, 21, 27), "text")
    assert stamped.outlet == "Reuters"


def test_invalid_published_option_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH_REPORT)
    with pytest.raises(UsageError, match="invalid publication date"):
        iter_inputs([str(tmp_path)], settings=Settings(published="19/09/2023"))


def test_text_stamp_beats_html_metadata(tmp_path: Path) -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2023-09-21T10:00:00Z">'
        "</head><body><article><p>Published: Sep 19, 2023 09:27 PM</p>"
        f"<p>{ENGLISH_REPORT.replace(chr(10) * 2, '</p><p>')}</p></article></body></html>"
    )
    (tmp_path / "p.html").write_text(html)
    article = only_article(ingest([tmp_path / "p.html"]))
    assert (article.published, article.published_basis) == (datetime(2023, 9, 19, 21, 27), "text")


def test_content_hash_recognises_same_content_in_other_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"Talks in Moscow\n\n{ENGLISH_REPORT}")
    (tmp_path / "b.txt").write_text(
        f"Talks in Moscow\r\n\r\n{ENGLISH_REPORT}\n\nShare this article\n"
    )
    (tmp_path / "c.txt").write_text(f"Talks in Minsk\n\n{ENGLISH_REPORT}")
    a, b, c = ingest([tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"])
    assert isinstance(a, Article) and isinstance(b, Article) and isinstance(c, Article)
    assert len(a.content_hash) == 64
    assert a.content_hash == b.content_hash
    assert a.content_hash != c.content_hash


def test_iter_inputs_is_lazy(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ENGLISH_REPORT)
    items = iter_inputs([str(tmp_path)], settings=Settings())
    first = next(items)
    assert isinstance(first, Article) and first.id == "a"
    # Removing a file that was not read yet does not break the run: it is reported.
    (tmp_path / "b.txt").unlink()
    [second] = list(items)
    assert isinstance(second, IngestFailure)
