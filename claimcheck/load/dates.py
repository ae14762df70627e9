"""Single publication dates as users and wire copy write them, parsed with dateparser.

dateparser is always given the language (auto-detection is several times slower and guesses wrong
on short strings). For Arabic the Lebanese locale is used because it knows both month-name sets,
the Levantine (أيار، تموز، تشرين الأول) and the Egyptian/Gregorian (مايو، يوليو، أكتوبر).
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Any

ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def date_value(value: Any, lang: str | None) -> date | None:
    """A date from a front-matter or record value (a YAML date, an ISO string, "May 2, 2017"...)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().translate(ARABIC_INDIC)
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    return parse_date(text, lang, require_year=True)


def parse_date(text: str, lang: str | None, require_year: bool = True) -> date | None:
    """One date written out ("2 أيار 2017", "Tuesday, May 2, 2017"); None if it is not one."""
    parts = ["day", "month", "year"] if require_year else ["day", "month"]
    kwargs = _language_args(lang)
    try:
        parsed = _dateparser().parse(text.translate(ARABIC_INDIC),
                                     settings={"REQUIRE_PARTS": parts,
                                               "PREFER_DATES_FROM": "past"}, **kwargs)
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None


def _language_args(lang: str | None) -> dict[str, list[str]]:
    if lang == "ar":
        return {"locales": ["ar-LB"]}
    if lang == "en":
        return {"languages": ["en"]}
    return {"languages": ["en", "ar"]}


@cache
def _dateparser() -> Any:
    import dateparser

    return dateparser
