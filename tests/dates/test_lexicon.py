"""The dates lexicon: checked against dateparser's locale data, and cheap to import.

dateparser's locales (ar-LB for the Levantine names, ar-MA / ar-DZ for the Maghreb ones, en) are
an independent source for month names: every spelling they know must mean the same month in
rules/lexicons/*/dates.yaml, and every month's first spelling must be one they know.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from claimcheck.resources import lexicon

AR_LOCALES = (["ar-LB"], ["ar-EG"], ["ar-MA"], ["ar-DZ"], ["ar-IQ"])


def _dateparser_month(name: str, locales: tuple[list[str], ...]) -> set[int]:
    import dateparser

    months = set()
    for locale in locales:
        parsed = dateparser.parse(f"15 {name} 2017", locales=locale,
                                  settings={"DATE_ORDER": "DMY"})
        if parsed is not None:
            months.add(parsed.month)
    return months


@pytest.mark.parametrize(("lang", "section", "locales"), [
    ("ar", "months_gregorian", AR_LOCALES),
    ("ar", "months_levantine", AR_LOCALES),
    ("en", "months_gregorian", (["en"],)),
])
def test_month_names_agree_with_dateparser(lang, section, locales):
    for month, names in lexicon(lang, "dates")[section].items():
        for n, name in enumerate(names):
            known = _dateparser_month(name, locales)
            assert known <= {month}, (name, month, known)
            if n == 0:
                assert known == {month}, f"{name}: dateparser does not know it"


def test_every_month_and_weekday_is_listed():
    for lang in ("ar", "en"):
        data = lexicon(lang, "dates")
        assert sorted(data["weekdays"]) == list(range(7))
        assert sorted(data["months_gregorian"]) == list(range(1, 13))
        assert sorted(data["months_levantine"]) == list(range(1, 13))
        assert sorted(data["months_hijri"]) == list(range(1, 13))
    assert sorted(lexicon("ar", "dates")["ordinals"]) == list(range(1, 32))


def test_clitic_forms_are_matched():
    from claimcheck_dates.lexicon import load

    table = load("ar").table
    for word in ("والخميس", "بالأمس", "للثلاثاء", "وكانون", "ونيسان", "فالسبت"):
        from claimcheck.analyze.normalize import normalize_ar

        assert normalize_ar(word) in table, word
    assert "له" not in table and "به" not in table  # one-letter words take no clitic


def test_importing_the_plugin_loads_no_heavy_library():
    code = ("import sys, claimcheck_dates, claimcheck_dates.rules; "
            "heavy = [m for m in ('spacy', 'dateparser', 'hijridate', 'camel_tools') "
            "if m in sys.modules]; print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == ""
