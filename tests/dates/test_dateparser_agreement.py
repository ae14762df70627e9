"""The month vocabulary agrees with dateparser's: the library is the reference for month names.

The tagger reads day, month and year itself (finding them in running text is ours to do, and
dateparser would read "32 كانون الثاني" as 2 January 1932), so these tests hold its vocabulary and
arithmetic to dateparser's locale data: every month name dateparser knows in an Arabic locale
(ar-LB and ar-SY for the Levantine months, ar-MA and ar-DZ for the Maghrebi ones...) or in English
is in rules/lexicons/<lang>/dates.yaml with the same month, and every spelling of ours that
dateparser reads gives the same date through the whole tagger as through dateparser.
"""

from __future__ import annotations

from datetime import date

import pytest

AR_LOCALES = ["ar", "ar-DZ", "ar-MA", "ar-TN", "ar-LY", "ar-MR", "ar-LB", "ar-SY", "ar-JO",
              "ar-IQ", "ar-PS", "ar-EG", "ar-SA"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
PUBLISHED = date(2017, 5, 2)


def _dateparser_names(locales: list[str]) -> set[tuple[int, str]]:
    from dateparser.languages.loader import default_loader

    names = set()
    for locale in locales:
        info = default_loader.get_locale(locale).info
        for number, key in enumerate(MONTHS, 1):
            names.update((number, name) for name in info.get(key, []))
    return names


def _our_months(lang: str) -> set[tuple[int, str]]:
    from claimcheck.resources import lexicon

    data = lexicon(lang, "dates")
    return {(int(number), str(name)) for section in ("months_gregorian", "months_levantine")
            for number, names in (data.get(section) or {}).items() for name in names or []}


def _month_of(lang: str, name: str) -> set[int]:
    """The months the tagger's lookup table gives a name (folded and split as text is)."""
    from claimcheck_dates import lexicon as L
    from claimcheck_dates.pieces import split_phrase

    lex = L.load(lang)
    words = split_phrase(lex.fold(name))
    return {e.cats[cat] for e in lex.table.get(words[0], []) if e.rest == tuple(words[1:])
            for cat in (L.GREG, L.LEV) if cat in e.cats}


@pytest.mark.parametrize(("lang", "locales"), [("ar", AR_LOCALES), ("en", ["en"])])
def test_every_month_name_dateparser_knows_is_in_the_lexicon(lang, locales):
    missing = sorted((number, name) for number, name in _dateparser_names(locales)
                     if number not in _month_of(lang, name) and not name.rstrip(".").isdigit())
    assert missing == []


@pytest.mark.parametrize(("lang", "pattern"), [("ar", "7 {} 2017"), ("en", "{} 7, 2017")])
def test_our_spellings_give_dateparser_s_date(tag, lang, pattern):
    """Through the whole tagger (clitics, pieces, pairs), each spelling that dateparser reads is
    the same day; those it cannot read (Moroccan ينير، misspellings such as سيبتمبر) are ours."""
    from dateparser.date import DateDataParser

    # one parser per locale: dateparser takes no two regions of a language in one parser
    settings = {"REQUIRE_PARTS": ["day", "month", "year"]}
    parsers = [DateDataParser(locales=[locale], settings=settings) for locale in AR_LOCALES] \
        if lang == "ar" else [DateDataParser(languages=["en"], settings=settings)]
    compared = 0
    for number, name in sorted(_our_months(lang)):
        text = pattern.format(name[:1].upper() + name[1:])  # "may" the verb is no month
        theirs = {found.date_obj.date() for parser in parsers
                  if (found := parser.get_date_data(text)).date_obj is not None}
        if not theirs:
            continue
        compared += 1
        assert theirs == {date(2017, number, 7)}, text
        assert tag(text, lang, PUBLISHED) == [(text, f"2017-{number:02d}-07")], text
    assert compared >= 24  # at least the standard and the Levantine names of every month
