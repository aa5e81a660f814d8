"""Every kind of bad input is skipped with a one-line reason, and the run goes on."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from ingest_helpers import ENGLISH_REPORT, ingest, only_article, only_failure

from parley.models import Article, IngestFailure
from parley.settings import Settings

FRENCH_REPORT = (
    "Le ministre russe des Affaires étrangères Sergueï Lavrov a rencontré lundi à Moscou son "
    "homologue chinois Wang Yi, a indiqué le ministère. Les deux ministres ont discuté de la "
    "situation dans la région ainsi que des préparatifs d'une visite du dirigeant chinois plus "
    "tard cette année. Selon Lavrov, les entretiens ont été constructifs et utiles."
)
GERMAN_REPORT = (
    "Der russische Außenminister Sergej Lawrow hat am Montag in Moskau seinen chinesischen "
    "Amtskollegen Wang Yi getroffen, teilte das Ministerium mit. Die beiden Minister sprachen "
    "über die Lage in der Region sowie über die Vorbereitungen für einen Besuch des chinesischen "
    "Staatschefs später in diesem Jahr. Lawrow sagte, die Gespräche seien konstruktiv gewesen."
)
RUSSIAN_REPORT = (
    "Министр иностранных дел России Сергей Лавров в понедельник встретился в Москве "
    "с китайским коллегой Ван И, сообщили в министерстве."
)


def test_bad_file_does_not_stop_the_run(tmp_path: Path) -> None:
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_good.txt").write_text(ENGLISH_REPORT)
    items = ingest([tmp_path])
    assert [type(item) for item in items] == [IngestFailure, Article]


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_bytes(b"")
    failure = only_failure(ingest([tmp_path / "e.txt"]))
    assert failure.source == str(tmp_path / "e.txt")
    assert failure.reason == "empty file"


def test_whitespace_only_file(tmp_path: Path) -> None:
    (tmp_path / "w.txt").write_text(" \n\t\n  \n")
    assert "whitespace only" in only_failure(ingest([tmp_path / "w.txt"])).reason


def test_file_with_only_boilerplate(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Photo: VCG\n\nShare this article\n\n(End)\n")
    assert "boilerplate" in only_failure(ingest([tmp_path / "b.txt"])).reason


@pytest.mark.parametrize(
    "payload",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        b"Lavrov met Wang Yi\x00 in Moscow on Monday, the ministry said.",
        bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 20 + b"some text at the end",
    ],
    ids=["png", "nul-in-text", "control-characters"],
)
def test_binary_file(tmp_path: Path, payload: bytes) -> None:
    (tmp_path / "bin.txt").write_bytes(payload)
    assert only_failure(ingest([tmp_path / "bin.txt"])).reason.startswith("binary file")


def test_file_larger_than_max_bytes(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(ENGLISH_REPORT)
    failure = only_failure(ingest([tmp_path / "big.txt"], Settings(max_bytes=100)))
    assert failure.reason.startswith("file too large:")
    assert "limit 100" in failure.reason


def test_sparse_50_mb_file_is_rejected_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    subprocess.run(["truncate", "-s", "50M", str(path)], check=True)
    assert path.stat().st_size == 50 * 1024 * 1024

    def refuse_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the oversized file was opened")

    monkeypatch.setattr(Path, "open", refuse_open)
    monkeypatch.setattr(Path, "read_bytes", refuse_open)
    failure = only_failure(ingest([path]))
    assert failure.reason.startswith("file too large: 52,428,800 bytes")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(ENGLISH_REPORT)

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # Tests may run as root, for whom chmod 000 does not lock a file; simulate the denial.
    monkeypatch.setattr(Path, "open", denied)
    failure = only_failure(ingest([path]))
    assert failure.reason == "cannot read file: permission denied"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_by_permissions(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(ENGLISH_REPORT)
    path.chmod(0)
    try:
        assert "permission denied" in only_failure(ingest([path])).reason
    finally:
        path.chmod(0o644)


def test_latin1_file_decodes_correctly(tmp_path: Path) -> None:
    text = f"Sergueï Lavrov — Genève\n\n{ENGLISH_REPORT} The meeting in Genève was brief."
    (tmp_path / "latin.txt").write_bytes(text.encode("cp1252"))
    article = only_article(ingest([tmp_path / "latin.txt"]))
    assert article.title == "Sergueï Lavrov — Genève"
    assert article.text.endswith("The meeting in Genève was brief.")


def test_strict_latin1_file_decodes_correctly(tmp_path: Path) -> None:
    text = f"{ENGLISH_REPORT} Sergueï Lavrov arrived in Genève à midi."
    (tmp_path / "latin.txt").write_bytes(text.encode("latin-1"))
    assert "Sergueï Lavrov arrived in Genève à midi." in only_article(ingest([tmp_path])).text


def test_utf8_with_bom_and_utf16_decode(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(f"Sergueï Lavrov\n\n{ENGLISH_REPORT}".encode("utf-8-sig"))
    (tmp_path / "wide.txt").write_bytes(f"Sergueï Lavrov\n\n{ENGLISH_REPORT}".encode("utf-16"))
    bom, wide = ingest([tmp_path / "bom.txt", tmp_path / "wide.txt"])
    assert isinstance(bom, Article) and isinstance(wide, Article)
    assert bom.title == wide.title == "Sergueï Lavrov"


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="iso-8859-1"><title>Talks</title></head><body><article>'
        f"<p>{ENGLISH_REPORT}</p><p>The talks in Genève ended late.</p></article></body></html>"
    )
    (tmp_path / "page.html").write_bytes(html.encode("latin-1"))
    assert "Genève" in only_article(ingest([tmp_path / "page.html"])).text


def test_undecodable_file(tmp_path: Path) -> None:
    (tmp_path / "mojibake.txt").write_bytes((b"The minister " + b"\x81\xfe\x8d\xff\x90") * 40)
    failure = only_failure(ingest([tmp_path / "mojibake.txt"]))
    assert failure.reason.startswith("cannot decode text")


@pytest.mark.parametrize("text", [FRENCH_REPORT, GERMAN_REPORT, RUSSIAN_REPORT])
def test_non_english_file(tmp_path: Path, text: str) -> None:
    (tmp_path / "foreign.txt").write_text(text)
    assert only_failure(ingest([tmp_path / "foreign.txt"])).reason.startswith("not English")


def test_short_english_text_is_not_misjudged(tmp_path: Path) -> None:
    (tmp_path / "short.txt").write_text("Lavrov met Wang Yi in Moscow on Monday.")
    assert only_article(ingest([tmp_path / "short.txt"])).text.startswith("Lavrov met")


def test_malformed_json_document(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text('{"text": "Lavrov met Wang Yi",\n  "id": }')
    failure = only_failure(ingest([tmp_path / "broken.json"]))
    assert failure.reason.startswith("malformed JSON:")
    assert "line 2" in failure.reason


def test_malformed_json_lines_are_skipped_with_line_numbers(tmp_path: Path) -> None:
    good = '{"text": "Lavrov met Wang Yi in Moscow on Monday."}'
    (tmp_path / "c.jsonl").write_text(f"{good}\nnot json\n\n{good}\n[1, 2]\n")
    items = ingest([tmp_path / "c.jsonl"])
    assert [type(item) for item in items] == [Article, IngestFailure, Article, IngestFailure]
    assert [a.id for a in items if isinstance(a, Article)] == ["c-1", "c-4"]
    failures = [f for f in items if isinstance(f, IngestFailure)]
    assert [f.source for f in failures] == [
        f"{tmp_path / 'c.jsonl'}:2",
        f"{tmp_path / 'c.jsonl'}:5",
    ]
    assert failures[0].reason.startswith("malformed JSON on line 2")


def test_non_english_json_record_fails_alone(tmp_path: Path) -> None:
    lines = [
        f'{{"id": "fr", "text": "{FRENCH_REPORT}"}}',
        f'{{"id": "en", "text": "{ENGLISH_REPORT[:200]}"}}',
    ]
    (tmp_path / "mixed.jsonl").write_text("\n".join(lines))
    failure, article = ingest([tmp_path / "mixed.jsonl"])
    assert isinstance(failure, IngestFailure) and failure.reason.startswith("not English")
    assert isinstance(article, Article) and article.id == "en"
