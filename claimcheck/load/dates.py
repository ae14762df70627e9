"""Single publication dates as users and wire copy write them, parsed with dateparser.

dateparser is always given the language (auto-detection is several times slower and guesses wrong
on short strings). For Arabic the Lebanese locale is used because it knows both month-name sets,
the Levantine (أيار، تموز، تشرين الأول) and the Egyptian/Gregorian (مايو، يوليو، أكتوبر).
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache, lru_cache
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


@lru_cache(maxsize=4096)
def parse_date(text: str, lang: str | None, require_year: bool = True) -> date | None:
    """One date written out ("2 أيار 2017", "Tuesday, May 2, 2017"); None if it is not one."""
    try:
        parsed = _parser(lang, require_year).get_date_data(text.translate(ARABIC_INDIC)).date_obj
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None


@cache
def _parser(lang: str | None, require_year: bool) -> Any:
    """A dateparser parser per language, built once (building one costs more than a parse)."""
    from dateparser.date import DateDataParser

    settings = {"REQUIRE_PARTS": ["day", "month", "year"] if require_year else ["day", "month"],
                "PREFER_DATES_FROM": "past"}
    if lang == "ar":
        return DateDataParser(locales=["ar-LB"], settings=settings)
    if lang == "en":
        return DateDataParser(languages=["en"], settings=settings)
    return DateDataParser(languages=["en", "ar"], settings=settings)
