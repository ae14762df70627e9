"""Datelines: the place, date and agency credit that open wire copy, and the date they give.

Recognised at the start of one of the first lines of the body:

- "BEIRUT, May 2, 2017 (Reuters) -", "LONDON, 2 May 2017 (AFP) —", "بيروت - 2 أيار (مايو) 2017
  (رويترز) -", "القاهرة في 2 مايو/أيار (رويترز) -" (no year: the day and month are kept, the date
  is not guessed);
- a date line of its own ("May 2, 2017", "Published: Tuesday, May 2, 2017 10:04 GMT",
  "الثلاثاء 2 أيار 2017"), as AP copy puts under "WASHINGTON (AP) —".

Finding the stretch is regex work over the first lines (agency credits come from
rules/lexicons/<lang>/datelines.yaml); the date itself is parsed by dateparser
(claimcheck.load.dates).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from claimcheck.load.dates import ARABIC_INDIC, parse_date

LINES_SCANNED = 4
_DIGIT = "[0-9٠-٩]"
_AR_WORD = "[\u0621-\u064a\u0640\u064b-\u0652]+"
_AR_MONTH = rf"{_AR_WORD}(?:\s+(?:الأول|الاول|الثاني))?"
_AR_DATE = re.compile(
    rf"(?<!{_DIGIT})(?P<day>{_DIGIT}{{1,2}})\s*(?P<month>{_AR_MONTH})"
    rf"(?P<alt>\s*\(\s*{_AR_MONTH}\s*\)|\s*/\s*{_AR_MONTH})?"
    rf"(?:\s*(?P<year>{_DIGIT}{{4}}))?(?!{_DIGIT})")
_EN_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_EN_DATE = re.compile(
    rf"\b(?:{_EN_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?P<year1>\d{{4}}))?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_EN_MONTH}(?:,?\s+(?P<year2>\d{{4}}))?"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))\b")
_CREDIT = re.compile(r"\(([^()\n]{1,40})\)")
_SEPARATOR = re.compile(r"\s*(?:[-–—:]+|ـ+)\s*")
_EN_PLACE = re.compile(r"^[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][A-Za-z.' -]+)?(?:,|\s*[-–—])?\s*$")


@dataclass
class Dateline:
    start: int  # [start, end) in the text searched
    end: int
    value: date | None  # None when the line gives no year
    month: int | None = None
    day: int | None = None
    date_text: str = ""


def find_dateline(text: str, lang: str, start: int = 0, end: int | None = None) -> Dateline | None:
    """The dateline among the first lines of ``text[start:end]``, or None."""
    end = len(text) if end is None else end
    seen = 0
    pos = start
    while pos < end and seen < LINES_SCANNED:
        nl = text.find("\n", pos, end)
        line_end = end if nl == -1 else nl
        line = text[pos:line_end]
        if line.strip():
            seen += 1
            found = _in_line(line, lang)
            if found:
                found.start += pos
                found.end += pos
                return found
        pos = line_end + 1
    return None


def _in_line(line: str, lang: str) -> Dateline | None:
    pattern = _AR_DATE if lang == "ar" else _EN_DATE
    head = line[:200]
    credit = _agency_credit(head, lang)
    for match in pattern.finditer(head):
        if match.start() > 80:
            break
        before = head[:match.start()]
        after = head[match.end():]
        sep = _SEPARATOR.match(after)
        date_only = len(line.strip()) <= 80 and _date_words_only(before, lang) \
            and (not after.strip() or _time_only(after))
        credited = credit is not None and match.start() < credit[0] + 40
        placed = sep is not None and _is_place(before, lang)
        if not (credited or date_only or placed):
            continue
        parsed = _parse(match, lang)
        if parsed is None:
            continue
        value, month, day = parsed
        if credited and credit is not None:
            stop = max(credit[1], match.end())
        elif placed and sep is not None:
            stop = match.end() + sep.end()
        else:
            stop = len(line.rstrip())
        tail = _SEPARATOR.match(line, stop)
        if tail and not date_only:
            stop = tail.end()
        return Dateline(0, len(line[:stop].rstrip()), value, month, day, match.group())
    return None


def _parse(match: re.Match[str], lang: str) -> tuple[date | None, int | None, int | None] | None:
    if lang == "ar":
        has_year = match.group("year") is not None
        cleaned = f"{match.group('day')} {match.group('month')}"
        if has_year:
            cleaned += f" {match.group('year')}"
    else:
        has_year = bool(match.group("year1") or match.group("year2") or match.group("iso"))
        cleaned = match.group()
    cleaned = cleaned.translate(ARABIC_INDIC)
    parsed = parse_date(cleaned, lang, require_year=False)
    if parsed is None:
        return None
    return (parsed if has_year else None), parsed.month, parsed.day


def _is_place(before: str, lang: str) -> bool:
    """Whether the text before a date reads as a dateline's place ("BEIRUT," / "بيروت -")."""
    text = before.strip()
    if not text:
        return False
    if lang == "ar":
        words = re.sub(r"\s*(?:[-–—،,]|\bفي)\s*$", "", text).split()
        return 1 <= len(words) <= 3 and len(text) <= 40
    return bool(_EN_PLACE.match(text))


def _date_words_only(before: str, lang: str) -> bool:
    """Whether the text before a date is only "Published:", a weekday and the like."""
    words = re.findall(r"[^\W\d_]+", before)
    allowed = _date_words(lang)
    return all(_credit_key(w, lang) in allowed for w in words)


def _time_only(after: str) -> bool:
    return bool(re.fullmatch(r"[\s,|-]*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*"
                             r"(?:[A-Z]{2,4}|GMT[+-]?\d*|بتوقيت\s+\S+)?\s*", after, re.I))


def _agency_credit(line: str, lang: str) -> tuple[int, int] | None:
    for match in _CREDIT.finditer(line):
        if _credit_key(match.group(1), lang) in _agencies(lang):
            return match.start(), match.end()
    return None


def _credit_key(name: str, lang: str) -> str:
    if lang == "ar":
        from claimcheck.analyze.normalize import normalize_ar

        name = normalize_ar(name)
    return re.sub(r"[\s.\-]+", "", name).lower()


@cache
def _date_words(lang: str) -> frozenset[str]:
    from claimcheck.resources import lexicon

    data = lexicon(lang if lang in ("ar", "en") else "en", "datelines") or {}
    return frozenset(_credit_key(w, lang) for w in data.get("date_words", []))


@cache
def _agencies(lang: str) -> frozenset[str]:
    from claimcheck.resources import lexicon

    data = lexicon(lang if lang in ("ar", "en") else "en", "datelines") or {}
    return frozenset(_credit_key(a, lang) for a in data.get("agencies", []))
