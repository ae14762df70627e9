"""What the tagger found, before resolution: the parts of a temporal expression as written.

An :class:`Expr` covers a run of items (lexicon-matched words) and says what the text gave: day
numbers, month names (and the pair, when a Levantine and a Gregorian name stand together), a year,
weekdays, an anchor word (اليوم، أمس، today), a direction (الماضي، next), a unit and count
(الأسبوع الماضي، three days ago). Resolution against the publication date happens elsewhere
(claimcheck_dates.resolve); nothing here knows the date.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Point:
    """One calendar point as written: any of day, month, year, weekday may be missing."""

    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    hijri: bool = False  # day / month / year are in the Hijri calendar
    pair: tuple[int, int] | None = None  # month numbers of a Levantine/Gregorian pair, as written
    pair_text: tuple[str, str] | None = None
    pair_span: tuple[int, int] | None = None  # view offsets of the pair, separator included
    month_text: str = ""
    weekday_text: str = ""
    day_text: str = ""
    year_rel: int | None = None  # "من العام الماضي" -> -1
    year_suffix: bool = False  # the year carried م / هـ / AD / AH


@dataclass
class Expr:
    """A temporal expression found in the text, in view offsets, with its parts."""

    start: int  # view offsets of the whole expression
    end: int
    kind: str  # date, weekday, relday, unit, span, ago, year, month, decade, quarter
    points: list[Point] = field(default_factory=list)
    anchor: int | None = None  # day offset of اليوم / أمس / غداً / today...
    direction: int | None = None  # -1 last / 0 this / +1 next (weekday or unit)
    week: int | None = None  # the week of a weekday: -1 "Tuesday of last week", 0, +1
    unit: str | None = None  # "day", "week", "month", "year"
    count: int | None = None
    part: str | None = None  # "early", "mid", "late"
    quarter: int | None = None  # 1..4 of "Q1 2017", "الربع الأول من العام الجاري"
    conj: str | None = None  # "and", "dual" (يومي), "range" (from..to, 7-8)
    equiv: Expr | None = None  # the same date in the other calendar (hijri <-> gregorian)
    first_item: int = 0  # item indices [first_item, last_item), for the tense search
    last_item: int = 0
    sent: int = 0
    text: str = ""

    @property
    def bare_weekday(self) -> bool:
        """A weekday with nothing to pin it: "يوم الثلاثاء", "on Tuesday"."""
        return (self.kind == "weekday" and self.anchor is None and self.direction is None
                and self.week is None
                and all(p.day is None and p.month is None for p in self.points))
