"""Decoding order and the English check, unit by unit."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from ingest_helpers import ENGLISH_REPORT, only_failure

from parley.errors import InputError
from parley.ingest import iter_inputs
from parley.ingest.decoding import declared_html_charset, decode_bytes
from parley.ingest.language import judge_english
from parley.models import Article, IngestFailure
from parley.settings import Settings


def test_cp1252_is_preferred_over_detector_guess() -> None:
    # Detectors tend to call this cp1250 and return "Genčve"; cp1252 is what Western desks used.
    raw = "Sergueï Lavrov — Genève. The minister arrived on Tuesday.".encode("cp1252")
    assert decode_bytes(raw) == "Sergueï Lavrov — Genève. The minister arrived on Tuesday."


def test_utf8_wins_when_valid() -> None:
    text = "Sergueï Lavrov — Genève"
    assert decode_bytes(text.encode("utf-8")) == text
    assert decode_bytes(text.encode("utf-8-sig")) == text


def test_declared_charset_is_read_from_html_head() -> None:
    assert declared_html_charset(b'<html><head><meta charset="ISO-8859-1">') == "iso-8859-1"
    content_type = b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    assert declared_html_charset(content_type) == "windows-1251"
    assert declared_html_charset(b"<html><head></head>") is None


def test_undecodable_bytes_raise_input_error() -> None:
    with pytest.raises(InputError, match="cannot decode"):
        decode_bytes((b"The minister " + b"\x81\xfe\x8d\xff\x90") * 40)


def test_cyrillic_file_is_decoded_then_judged_not_english(tmp_path: Path) -> None:
    russian = (
        "Министр иностранных дел России Сергей Лавров в понедельник провёл переговоры в Москве "
        "с китайским коллегой. Стороны обсудили ситуацию в регионе и подготовку визита."
    )
    (tmp_path / "ru.txt").write_bytes(russian.encode("cp1251"))
    failure = only_failure(list(iter_inputs([str(tmp_path)], settings=Settings())))
    assert failure.reason.startswith("not English")


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov met Wang Yi.",
        "Talks in Minsk",
        "Putin, Xi, Modi, Lula, Ramaphosa, Kazan, BRICS",
        ENGLISH_REPORT,
    ],
)
def test_english_and_short_texts_pass(text: str) -> None:
    assert judge_english(text).english


def test_english_ratio_is_reported_for_foreign_text() -> None:
    verdict = judge_english(
        "Le ministre a rencontré son homologue à Genève lundi pour discuter de la situation "
        "dans la région et des préparatifs du sommet, selon un communiqué publié par le "
        "ministère des Affaires étrangères après la rencontre entre les deux délégations."
    )
    assert not verdict.english
    assert verdict.function_word_ratio < 0.05
    assert verdict.reason().startswith("not English (function-word ratio")


def test_non_latin_script_is_reported_as_such() -> None:
    verdict = judge_english("俄罗斯外长周一在莫斯科会见了中国外长。双方讨论了地区局势。")
    assert not verdict.english
    assert "Latin script" in verdict.reason()


def test_stdin_bytes_go_through_binary_and_encoding_checks() -> None:
    binary = io.TextIOWrapper(io.BytesIO(b"\x00\x01\x02 not text"), encoding="utf-8")
    [failure] = iter_inputs(["-"], settings=Settings(), stdin=binary)
    assert isinstance(failure, IngestFailure) and failure.reason.startswith("binary")
    text = f"Sergueï Lavrov — Genève\n\n{ENGLISH_REPORT}"
    latin = io.TextIOWrapper(io.BytesIO(text.encode("cp1252")), encoding="utf-8")
    [article] = iter_inputs(["-"], settings=Settings(), stdin=latin)
    assert isinstance(article, Article) and article.title == "Sergueï Lavrov — Genève"


def test_stdin_defaults_to_sys_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(ENGLISH_REPORT))
    [article] = iter_inputs(["-"], settings=Settings())
    assert isinstance(article, Article) and article.id == "stdin"
