"""Encodings Arabic and English news files come in, detected or named with --encoding."""

from __future__ import annotations

import codecs

import pytest

from claimcheck.errors import InputError, UsageError
from claimcheck.load.encoding import decode

AR = "وقال الكرملين إن بوتين وترامب اتفقا على تكثيف الحوار.\n"
AR_SHORT = "قال الكرملين إن الاتصال كان بناءً.\n"
EN = "The Kremlin said Putin and Trump agreed to step up talks – “a good call”.\n"


@pytest.mark.parametrize(("data", "encoding"), [
    (AR.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + AR.encode("utf-8"), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + AR.encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + AR.encode("utf-16-be"), "utf-16"),
    (AR.encode("cp1256"), "cp1256"),
    (AR_SHORT.encode("cp1256"), "cp1256"),
    ("بيروت\n".encode("cp1256"), "cp1256"),
    (EN.encode("utf-8"), "utf-8"),
])
def test_detected(data, encoding):
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert decoded.text in (AR, AR_SHORT, EN, "بيروت\n")
    assert not decoded.text.startswith("\ufeff")


def test_utf16_without_bom():
    assert decode(AR.encode("utf-16-le")).text == AR
    assert decode(EN.encode("utf-16-be")).text == EN


def test_latin1_english_is_not_taken_for_arabic():
    text = "The café owner in Beyoğlu said the talks were «très bien».\n"
    decoded = decode(text.encode("cp1252", errors="replace"))
    assert "café" in decoded.text and decoded.encoding != "cp1256"


def test_named_encoding_wins():
    assert decode(AR.encode("cp1256"), "windows-1256").text == AR
    assert decode(codecs.BOM_UTF8 + AR.encode("utf-8"), "utf-8").text == AR


def test_named_encoding_that_does_not_fit():
    with pytest.raises(InputError, match="cannot be decoded as utf-8"):
        decode(AR.encode("cp1256"), "utf-8", "a.txt")


def test_unknown_encoding_name():
    with pytest.raises(UsageError, match="unknown --encoding"):
        decode(b"text", "utf-9")


@pytest.mark.parametrize("data", [b"\x00\x00\x00\x00PK\x03\x04", b"\x7fELF\x02\x01\x01\x00" * 8,
                                  bytes(range(1, 32)) * 4])
def test_binary(data):
    with pytest.raises(InputError, match="binary"):
        decode(data, None, "x.bin")


def test_load_records_the_encoding(load):
    [article] = load("a.txt", AR.encode("cp1256"))
    assert article.encoding == "cp1256" and article.text == AR and article.lang == "ar"


def test_html_page_declaring_windows_1256():
    page = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=windows-1256"><title>x</title>'
            '<link rel="stylesheet" href="/static/css/main-layout-responsive.css"></head>'
            '<body><div class="article-body"><p>قال الكرملين.</p></div></body></html>')
    decoded = decode(page.encode("cp1256"))
    assert decoded.encoding == "cp1256" and "قال الكرملين." in decoded.text


def test_html_page_in_windows_1256_without_a_declaration():
    page = ('<html><head><title>x</title><link rel="stylesheet" href="/static/css/main.css">'
            '</head><body><div class="article-body"><p>وقال الكرملين إن الاتصال كان بناءً.</p>'
            '</div></body></html>')
    decoded = decode(page.encode("cp1256"))
    assert decoded.encoding == "cp1256" and "وقال الكرملين" in decoded.text
