"""Datelines in wire copy give the publication date when nothing else does."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.load.dateline import find_dateline


@pytest.mark.parametrize(("text", "lang", "dateline", "value"), [
    ("BEIRUT, May 2, 2017 (Reuters) - Russia said on Tuesday it backed safe zones in Syria.",
     "en", "BEIRUT, May 2, 2017 (Reuters) -", date(2017, 5, 2)),
    ("LONDON, 2 May 2017 (AFP) — Britain's foreign minister said on Tuesday...",
     "en", "LONDON, 2 May 2017 (AFP) —", date(2017, 5, 2)),
    ("WASHINGTON (AP) — The White House said Tuesday that...\n", "en", None, None),
    ("Trump, Putin discuss Syria\nMay 2, 2017\nWASHINGTON (AP) — The White House said...",
     "en", "May 2, 2017", date(2017, 5, 2)),
    ("Published: Tuesday, May 2, 2017 10:04 GMT\nThe White House said...", "en",
     "Published: Tuesday, May 2, 2017 10:04 GMT", date(2017, 5, 2)),
    ("WASHINGTON, Jan. 20, 2017 -- President Donald Trump said on Friday...", "en",
     "WASHINGTON, Jan. 20, 2017 --", date(2017, 1, 20)),
    ("بيروت - 2 أيار (مايو) 2017 (رويترز) - قال الكرملين إن الزعيمين اتفقا.", "ar",
     "بيروت - 2 أيار (مايو) 2017 (رويترز) -", date(2017, 5, 2)),
    ("موسكو ـ 7 نيسان (أبريل) 2017 (أ ف ب) ـ نددت روسيا بالضربة الأميركية.", "ar",
     "موسكو ـ 7 نيسان (أبريل) 2017 (أ ف ب) ـ", date(2017, 4, 7)),
    ("دمشق في ٢٠ كانون الثاني ٢٠١٧ (سانا) - قال مصدر رسمي.", "ar",
     "دمشق في ٢٠ كانون الثاني ٢٠١٧ (سانا) -", date(2017, 1, 20)),
    ("الثلاثاء 2 مايو 2017\nالقاهرة (رويترز) - قالت وزارة الخارجية.", "ar",
     "الثلاثاء 2 مايو 2017", date(2017, 5, 2)),
])
def test_dateline(text, lang, dateline, value):
    found = find_dateline(text, lang)
    if dateline is None:
        assert found is None
        return
    assert found is not None
    assert text[found.start:found.end] == dateline
    assert found.value == value


def test_dateline_without_a_year_keeps_day_and_month_only():
    text = "القاهرة في 2 مايو/أيار (رويترز) - قالت وزارة الخارجية المصرية إن الوزير سيزور موسكو."
    found = find_dateline(text, "ar")
    assert found is not None and found.value is None
    assert (found.month, found.day) == (5, 2)
    assert text[found.start:found.end] == "القاهرة في 2 مايو/أيار (رويترز) -"


@pytest.mark.parametrize(("text", "lang"), [
    ("The talks will resume on May 3, 2017 in Astana, the Kremlin said on Tuesday.", "en"),
    ("وقال مسؤول إن 2 شخصين قتلا في الهجوم الذي وقع في 7 نيسان 2017 على القاعدة.", "ar"),
    ("Talks on May 3\nThe Kremlin said talks would resume.", "en"),
])
def test_dates_in_sentences_are_no_datelines(text, lang):
    assert find_dateline(text, lang) is None


def test_loader_uses_the_dateline_after_front_matter_and_cli(load):
    text = ("محادثات آستانة\n"
            "بيروت - 2 أيار (مايو) 2017 (رويترز) - قال الكرملين إن الاتصال كان بناءً.\n")
    [article] = load("wire.txt", text)
    assert article.published == date(2017, 5, 2) and article.published_from == "dateline"
    line = article.meta["dateline"]
    assert text[line["start"]:line["end"]] == line["text"]
    assert line["text"] == "بيروت - 2 أيار (مايو) 2017 (رويترز) -"
    [article] = load("wire.txt", text, published=date(2017, 5, 3))
    assert article.published == date(2017, 5, 3) and article.published_from == "cli"
    assert article.meta["dateline"]["date"] == "2017-05-02"  # kept for the dates checks


def test_dateline_in_html_maps_to_the_source(load):
    page = ("<html><body><article><p><b>BEIRUT</b>, May 2, 2017 (Reuters) - Russia said on "
            "Tuesday...</p></article></body></html>")
    [article] = load("wire.html", page)
    assert article.published == date(2017, 5, 2)
    line = article.meta["dateline"]
    assert page[line["start"]:line["end"]] == line["text"]
    assert line["text"].startswith("BEIRUT</b>, May 2, 2017 (Reuters)")


@pytest.mark.parametrize(("text", "lang", "dateline", "month_day"), [
    ("NEW YORK, May 2 (Reuters) - Stocks rose on Tuesday.", "en", "NEW YORK, May 2 (Reuters) -",
     (5, 2)),
    ("واشنطن 2 مايو أيار (رويترز) - قال مسؤول أميركي.", "ar", "واشنطن 2 مايو أيار (رويترز) -",
     (5, 2)),
])
def test_reuters_datelines_without_year(text, lang, dateline, month_day):
    found = find_dateline(text, lang)
    assert text[found.start:found.end] == dateline
    assert found.value is None and (found.month, found.day) == month_day


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Updated 10:32 a.m. ET, Tue May 2, 2017\nThe White House said...", "en", date(2017, 5, 2)),
    ("نشر في: الثلاثاء 2 أيار 2017\nقال مسؤول أميركي إن الاتصال كان جيداً.", "ar", date(2017, 5, 2)),
    ("عمّان - الثلاثاء 2 أيار 2017 - قال مسؤول أردني إن الحدود مغلقة.", "ar", date(2017, 5, 2)),
])
def test_date_lines_with_times_and_weekdays(text, lang, value):
    assert find_dateline(text, lang).value == value
