"""Resolving found expressions against the publication date, and what does not fit on the way.

Each :class:`~claimcheck_dates.expressions.Expr` gets an ISO value and a granularity ("2017-05-02"
day, "2017-W17" week, "2017-05" month, "2017" year, "2017-05-03/2017-05-04" range) and the
inconsistencies resolution meets: a weekday that is not the date's, a Levantine month paired with
the wrong Gregorian one, a day the month does not have, a range that runs backwards, a Hijri date
that is not its Gregorian equivalent, a future-marked event dated before publication.

Calendar arithmetic is our own (datetime and calendar): once the tagger has the day, month and
year as numbers, there is nothing left for dateparser to parse, and dateparser would accept what
must be flagged (it reads "32 كانون الثاني" as 2 January 1932). Hijri conversion is hijridate's.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from claimcheck_dates import lexicon as L
from claimcheck_dates.expressions import Expr, Point
from claimcheck_dates.tense import UNKNOWN, Tense

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
HIJRI_MONTHS = ("", "Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula",
                "Jumada al-Akhira", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah",
                "Dhu al-Hijjah")
PAST_YEAR_DISTANCE = 6  # a past verb further than this does not pull a month into last year
DURATION_UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y"}  # ISO 8601 designators
HIJRI_TOLERANCE = 1  # days: Hijri months start on sighting, a day apart across countries


@dataclass
class Issue:
    """Something a rule reports about one expression (turned into a Finding by checks.py)."""

    rule: str
    message: str
    expected: Any
    found: Any
    start: int  # view offsets of the primary span
    end: int


@dataclass
class Resolved:
    expr: Expr
    value: str | None
    granularity: str
    first: date | None = None  # the interval the expression covers, for comparisons
    last: date | None = None
    tense: Tense = UNKNOWN
    relative: bool = False  # needs the publication date to be resolved
    by_tense: bool = False  # the tense chose between past and future
    guessed: bool = False  # the year was the nearest one, the tense too far to choose it
    issues: list[Issue] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


# A weekday with a day-month and no year, this many days or fewer from publication (over New Year
# too), dates that day whatever the weekday says: a misfit is the text's error.
NEAR_DAYS = 45


def fmt(d: date) -> str:
    """'Tuesday 2 May 2017'."""
    return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month]} {d.year}"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: date, months: int) -> tuple[int, int]:
    n = d.year * 12 + d.month - 1 + months
    return n // 12, n % 12 + 1


def _pick(candidates: list[tuple[date, date, Any]], anchor: date, tense: Tense) -> Any:
    """Of candidate intervals (first, last, payload), the one the tense allows, else the nearest."""
    if tense.kind == "future":
        later = [c for c in candidates if c[1] >= anchor]
        if later:
            return min(later, key=lambda c: c[0])[2]
    if tense.kind == "past":
        earlier = [c for c in candidates if c[0] <= anchor]
        if earlier:
            return max(earlier, key=lambda c: c[0])[2]

    def distance(c: tuple[date, date, Any]) -> int:
        if c[0] <= anchor <= c[1]:
            return 0
        return min(abs((c[0] - anchor).days), abs((c[1] - anchor).days))

    return min(candidates, key=distance)[2]


class Resolver:
    """Resolves the expressions of one article against its publication date."""

    def __init__(self, published: date | None, lex: L.Lexicon) -> None:
        self.published = published
        self.lex = lex
        # (month, day) -> the year the text gave it: "the Sept. 11, 2001, attacks" makes a later
        # "the attacks on Sept. 11" a 2001 date, not this year's (expressions come in text order)
        self.dated: dict[tuple[int, int], int] = {}

    def resolve(self, expr: Expr, tense: Tense) -> Resolved:
        method = getattr(self, f"_{expr.kind}")
        out: Resolved = method(expr, tense)
        out.tense = tense
        out.meta["kind"] = expr.kind
        if tense.kind != "unknown":
            out.meta["tense"] = tense.kind
        if out.value is not None and not out.by_tense:
            self._timeline(out)
        return out

    # -- names for messages ----------------------------------------------------------------------

    def _month_name(self, cat: str, month: int) -> str:
        return self.lex.names.get(cat, {}).get(month, "")

    # -- kinds -----------------------------------------------------------------------------------

    def _relday(self, expr: Expr, tense: Tense) -> Resolved:
        out = Resolved(expr, None, "day", relative=True)
        if self.published is None:
            return out
        day = self.published + timedelta(days=expr.anchor or 0)
        out.value, out.first, out.last = day.isoformat(), day, day
        for point in expr.points:
            self._check_weekday(out, point, day, expr)
        return out

    def _weekday(self, expr: Expr, tense: Tense) -> Resolved:
        out = Resolved(expr, None, "day", relative=True)
        out.meta["weekdays"] = [WEEKDAYS[p.weekday] for p in expr.points if p.weekday is not None]
        wds = [p.weekday for p in expr.points]
        if len(wds) == 2 and (wds[1] - wds[0]) % 7 == 6:
            out.issues.append(Issue(
                "dates.range-order",
                f"{WEEKDAYS[wds[1]]} and {WEEKDAYS[wds[0]]} expected in that order, text says "
                f"{expr.points[0].weekday_text} then {expr.points[1].weekday_text} "
                f"({WEEKDAYS[wds[0]]} before {WEEKDAYS[wds[1]]})",
                [WEEKDAYS[wds[1]], WEEKDAYS[wds[0]]], [WEEKDAYS[wds[0]], WEEKDAYS[wds[1]]],
                expr.start, expr.end))
            wds = [wds[1], wds[0]]
        if self.published is None:
            return out
        pub = self.published
        direction = expr.direction
        if expr.week is not None:  # in the (ISO, Monday to Sunday) week before/of/after pub
            first = pub + timedelta(days=wds[0] - pub.weekday(), weeks=expr.week)
        elif direction == -1:
            first = pub - timedelta(days=(pub.weekday() - wds[0] - 1) % 7 + 1)
        elif direction == 1:
            first = pub + timedelta(days=(wds[0] - pub.weekday() - 1) % 7 + 1)
        elif tense.kind == "future":
            out.by_tense = True
            first = pub + timedelta(days=(wds[0] - pub.weekday()) % 7)
        else:  # news reports what happened: an untensed weekday is the last one
            out.by_tense = True
            last = pub - timedelta(days=(pub.weekday() - wds[-1]) % 7)
            first = last - timedelta(days=sum((wds[k + 1] - wds[k]) % 7
                                              for k in range(len(wds) - 1)))
        days = [first]
        for k in range(1, len(wds)):
            days.append(days[-1] + timedelta(days=(wds[k] - wds[k - 1]) % 7))
        out.first, out.last = days[0], days[-1]
        if len(days) == 1:
            out.value = days[0].isoformat()
        else:
            out.value, out.granularity = f"{days[0].isoformat()}/{days[-1].isoformat()}", "range"
        return out

    def _year_of(self, point: Point, tense: Tense, out: Resolved) -> int | None:
        """The year of a Gregorian day/month: written, relative (العام الماضي) or inferred."""
        if point.year is not None:
            return point.year
        out.relative = True
        if self.published is None:
            return None
        if point.year_rel is not None:
            return self.published.year + point.year_rel
        if point.month is not None and point.day is not None and \
                (point.month, point.day) in self.dated:
            out.meta["year_from_text"] = True  # an earlier mention of that day gave its year
            return self.dated[point.month, point.day]
        if tense.kind == "past" and tense.distance > PAST_YEAR_DISTANCE:
            tense = UNKNOWN  # a far verb ("discussed meeting ... in July") may not govern it
            out.guessed = True
        out.by_tense = tense.kind != "unknown"
        pub = self.published
        month = point.month or 1
        if point.weekday is not None and point.day is not None:
            # "Sunday, April 30" weeks from publication: that one is meant, so a weekday that
            # does not fit it is the text's error, not a sign of another year
            near = [y for y in (pub.year - 1, pub.year, pub.year + 1)
                    if 1 <= point.day <= calendar.monthrange(y, month)[1]
                    and abs((date(y, month, point.day) - pub).days) <= NEAR_DAYS]
            if near:
                return near[0]
        if point.weekday is not None and point.day is not None:
            # "الأحد 7 أيار": of the nearby years, one whose 7 May is a Sunday is meant
            fitting = [y for y in (pub.year - 1, pub.year, pub.year + 1)
                       if 1 <= point.day <= calendar.monthrange(y, month)[1]
                       and date(y, month, point.day).weekday() == point.weekday]
            if fitting:
                return min(fitting, key=lambda y: abs((date(y, month, point.day) - pub).days))
        years: tuple[int, ...] = (pub.year - 1, pub.year, pub.year + 1)
        if month == 2 and point.day == 29:  # 29 شباط without a year: a leap year is meant
            years = tuple(y for y in range(pub.year - 4, pub.year + 5) if calendar.isleap(y))
        candidates = []
        for year in years:
            if point.day is not None:
                day = date(year, month, min(max(point.day, 1), 28))
                candidates.append((day, day, year))
            else:
                candidates.append((date(year, month, 1), _month_end(year, month), year))
        return _pick(candidates, pub, tense)

    def _pair(self, out: Resolved, point: Point, expr: Expr) -> None:
        if point.pair is None:
            return
        out.meta["month_pair"] = {"first": MONTHS[point.pair[0]], "second": MONTHS[point.pair[1]],
                                  "text": list(point.pair_text or ())}
        if point.pair[0] == point.pair[1]:
            return
        first, second = point.pair
        first_text, second_text = point.pair_text or ("", "")
        first_is_lev = self.lex.fold(first_text) in self._spellings(L.LEV, first)
        cat = L.GREG if first_is_lev else L.LEV  # the other calendar's name is expected
        expected_word = self._month_name(cat, first)
        if self.lex.lang == "en":
            expected_word = expected_word.title()
        expected, found = _named(expected_word, first), _named(second_text, second)
        out.issues.append(Issue(
            "dates.month-pair-mismatch",
            f"{first_text} is {MONTHS[first]}, so {expected} expected beside it, text says {found}",
            expected, found,
            *(point.pair_span or (expr.start, expr.end))))

    def _spellings(self, cat: str, month: int) -> set[str]:
        return {self.lex.fold(w) for w in [self._month_name(cat, month)]} | {
            key for key, entries in self.lex.table.items()
            for e in entries if not e.rest and not e.clitic and e.cats.get(cat) == month}

    def _date(self, expr: Expr, tense: Tense) -> Resolved:
        out = Resolved(expr, None, "day")
        days: list[date | None] = []
        year: int | None = None
        if expr.direction in (-1, 1):  # 15 حزيران المقبل: the direction says which year
            tense = Tense("past" if expr.direction == -1 else "future", "", 0)
        elif expr.direction == 0 and self.published is not None:  # 5 أيار الجاري
            for point in expr.points:
                if point.year is None and point.year_rel is None:
                    point.year_rel = 0
        for n in range(len(expr.points) - 2, -1, -1):  # July 7 to July 8, 2017
            point, later = expr.points[n], expr.points[n + 1]
            if point.year is None and point.year_rel is None and later.hijri == point.hijri:
                point.year, point.year_rel = later.year, later.year_rel
        for n, point in enumerate(expr.points):
            if point.month is None and n + 1 < len(expr.points):  # من 5 إلى 8 أيار
                nxt = expr.points[n + 1]
                point.month, point.year, point.year_rel = nxt.month, nxt.year, nxt.year_rel
                point.hijri, point.month_text = nxt.hijri, nxt.month_text
            self._pair(out, point, expr)
            if point.hijri:
                days.append(self._hijri_day(out, point, tense, expr))
                continue
            if point.year is None and point.year_rel is None and year is not None and n > 0:
                point_year = year
            else:
                point_year = self._year_of(point, tense, out)
            year = point_year if year is None else year
            if point.month is None or point.day is None:
                days.append(None)
                continue
            if not self._possible(out, point, point_year, expr):
                days.append(None)
                continue
            if point_year is None:
                days.append(None)
                continue
            day = date(point_year, point.month, point.day)
            days.append(day)
            if point.year is not None:
                self.dated.setdefault((point.month, point.day), point.year)
            self._check_weekday(out, point, day, expr)
        if expr.equiv is not None and days and days[0] is not None:
            greg = self._check_equivalent(out, expr, days[0], tense)
            if greg is not None and expr.points[0].hijri and len(days) == 1:
                days = [greg]  # the text's own Gregorian date, a sighting day off the tables
        known = [d for d in days if d is not None]
        if len(known) != len(days) or not known:
            return out
        out.first, out.last = known[0], known[-1]
        if len(known) == 1 and expr.unit == "week":  # the week of May 8
            iso = known[0].isocalendar()
            out.value, out.granularity = f"{iso[0]:04d}-W{iso[1]:02d}", "week"
            out.first = known[0] - timedelta(days=known[0].weekday())
            out.last = out.first + timedelta(days=6)
            return out
        if len(known) == 1:
            out.value = known[0].isoformat()
            return out
        if known[-1] < known[0]:
            texts = [p.day_text or str(p.day) for p in expr.points]
            out.issues.append(Issue(
                "dates.range-order",
                f"a range that runs forward expected, text says {texts[0]} to {texts[-1]} "
                f"({fmt(known[0])} to {fmt(known[-1])}, which ends before it starts)",
                "start before end", f"{known[0].isoformat()} to {known[-1].isoformat()}",
                expr.start, expr.end))
            out.first, out.last = known[-1], known[0]
        out.value = f"{out.first.isoformat()}/{out.last.isoformat()}"
        out.granularity = "range"
        return out

    def _possible(self, out: Resolved, point: Point, year: int | None, expr: Expr) -> bool:
        """Whether the day exists in its month (29 February only in a leap year)."""
        month = point.month if point.month is not None else 1
        day = point.day if point.day is not None else 1
        if not 1 <= month <= 12:
            out.issues.append(Issue(
                "dates.impossible-date",
                f"a month from 1 to 12 expected, text says {point.day_text} (month {month})",
                "1-12", month, expr.start, expr.end))
            out.meta["impossible"] = True
            return False
        length = calendar.monthrange(year if year is not None else 2000, month)[1]
        if 1 <= day <= length:
            return True
        where = f"{MONTHS[month]} {year}" if point.year is not None else MONTHS[month]
        written = f"{point.day_text or day} {point.month_text}".strip()  # "31/4/2017" alone
        out.issues.append(Issue(
            "dates.impossible-date",
            f"a day from 1 to {length} expected in {where}, text says {written} "
            f"({MONTHS[month]} has no day {day})",
            f"1-{length}", day, expr.start, expr.end))
        out.meta["impossible"] = True
        return False

    def _check_weekday(self, out: Resolved, point: Point, day: date, expr: Expr) -> None:
        if point.weekday is None or point.weekday == day.weekday():
            return
        out.issues.append(Issue(
            "dates.weekday-mismatch",
            f"{fmt(day)} expected, text says {WEEKDAYS[point.weekday]}"
            + (f" ({point.weekday_text})" if point.weekday_text.lower() !=
               WEEKDAYS[point.weekday].lower() else ""),
            WEEKDAYS[day.weekday()], WEEKDAYS[point.weekday], expr.start, expr.end))
        out.meta["weekday"] = {"expected": WEEKDAYS[day.weekday()],
                               "found": WEEKDAYS[point.weekday]}

    # -- Hijri -----------------------------------------------------------------------------------

    def _hijri_day(self, out: Resolved, point: Point, tense: Tense, expr: Expr) -> date | None:
        from hijridate import Gregorian

        day = point.day if point.day is not None else 1
        month = point.month or 1
        if not 1 <= day <= 30:
            out.issues.append(Issue(
                "dates.impossible-date",
                f"a day from 1 to 30 expected in a Hijri month, text says "
                f"{point.day_text} {point.month_text} ({HIJRI_MONTHS[month]} has no day {day})",
                "1-30", day, expr.start, expr.end))
            return None
        year = point.year
        if year is None:
            out.relative = True
            if self.published is None:
                return None
            this = Gregorian(self.published.year, self.published.month,
                             self.published.day).to_hijri().year
            candidates = []
            for y in (this - 1, this, this + 1):
                d = _hijri_to_date(y, month, day)
                if d is not None:
                    candidates.append((d, d, y))
            if not candidates:
                return None
            out.by_tense = tense.kind != "unknown"
            year = _pick(candidates, self.published, tense)
        result = _hijri_to_date(year, month, day)
        if result is None:
            return None
        if point.weekday is not None:
            near = {(result + timedelta(days=k)).weekday()
                    for k in range(-HIJRI_TOLERANCE, HIJRI_TOLERANCE + 1)}
            if point.weekday not in near:
                out.issues.append(Issue(
                    "dates.hijri-mismatch",
                    f"{fmt(result)} (or a day either side) expected for {day} "
                    f"{HIJRI_MONTHS[month]} {year} AH, text says {WEEKDAYS[point.weekday]}",
                    WEEKDAYS[result.weekday()], WEEKDAYS[point.weekday], expr.start, expr.end))
        out.meta["hijri"] = f"{year:04d}-{month:02d}-{day:02d}"
        return result

    def _check_equivalent(self, out: Resolved, expr: Expr, day: date, tense: Tense
                          ) -> date | None:
        """A Hijri date and its Gregorian equivalent must agree within a day; the equivalent's
        date when they do."""
        assert expr.equiv is not None
        other = Resolver(self.published, self.lex)._date(expr.equiv, tense)
        if other.first is None:
            return None
        if abs((other.first - day).days) <= HIJRI_TOLERANCE:
            return other.first
        hijri_expr, greg_day = (expr, other.first) if expr.points[0].hijri else (expr.equiv, day)
        hijri_day = day if expr.points[0].hijri else other.first
        p = hijri_expr.points[0]
        out.issues.append(Issue(
            "dates.hijri-mismatch",
            f"{p.day} {HIJRI_MONTHS[p.month or 1]} {p.year or ''} AH is {fmt(hijri_day)}; "
            f"that date (or a day either side) expected, text says {fmt(greg_day)}".replace(
                "  ", " "),
            hijri_day.isoformat(), greg_day.isoformat(), expr.start, expr.end))
        weekday = expr.points[0].weekday
        if weekday is not None and weekday == greg_day.weekday():
            # "الثلاثاء 9 شعبان ... الموافق 2 مايو": the weekday agrees with the Gregorian date, so
            # its misfit with the Hijri one is this same error, told once; that date is meant
            out.issues = [i for i in out.issues if not (
                i.rule == "dates.hijri-mismatch" and i.found == WEEKDAYS[weekday])]
            return greg_day
        return None

    # -- months, units, years --------------------------------------------------------------------

    def _month(self, expr: Expr, tense: Tense) -> Resolved:
        out = Resolved(expr, None, "month")
        point = expr.points[0]
        self._pair(out, point, expr)
        if point.hijri:
            return self._hijri_month(out, point, tense)
        if expr.direction is not None:
            out.relative = True
            if self.published is None:
                return out
            pub = self.published
            month = point.month or 1
            if expr.direction == -1:
                year = pub.year if month < pub.month else pub.year - 1
            elif expr.direction == 1:
                year = pub.year if month > pub.month else pub.year + 1
            else:
                year = pub.year
        else:
            year = self._year_of(point, tense, out)
        if year is None:
            return out
        out.first = date(year, point.month or 1, 1)
        out.last = _month_end(year, point.month or 1)
        out.value = f"{year:04d}-{point.month:02d}"
        if expr.part:
            out.meta["part"] = expr.part
        return out

    def _hijri_month(self, out: Resolved, point: Point, tense: Tense) -> Resolved:
        from hijridate import Gregorian

        month = point.month or 1
        year = point.year
        if year is None:
            out.relative = True
            if self.published is None:
                return out
            this = Gregorian(self.published.year, self.published.month,
                             self.published.day).to_hijri().year
            candidates = []
            for y in (this - 1, this, this + 1):
                span = _hijri_month_span(y, month)
                if span:
                    candidates.append((span[0], span[1], y))
            if not candidates:
                return out
            year = _pick(candidates, self.published, tense)
        span = _hijri_month_span(year, month)
        if span is None:
            return out
        out.first, out.last = span
        out.value, out.granularity = f"{span[0].isoformat()}/{span[1].isoformat()}", "range"
        out.meta["hijri"] = f"{year:04d}-{month:02d}"
        return out

    def _unit(self, expr: Expr, tense: Tense) -> Resolved:
        unit = expr.unit or "day"
        out = Resolved(expr, None, unit if unit != "day" else "day", relative=True)
        if self.published is None:
            return out
        return self._shifted(out, unit, expr.direction or 0, expr)

    def _ago(self, expr: Expr, tense: Tense) -> Resolved:
        unit = expr.unit or "day"
        if (expr.count or 0) > 0 and tense.kind == "past":
            # "rescued in two days", "وتوفي بعد يومين": after a past verb, in / within / بعد +
            # duration tells how long it took (or how long after the story's event), not a date
            # that many days after publication; only a future, modal or present verb makes it one
            out = Resolved(expr, None, "unknown")
            out.meta["duration"] = f"P{expr.count}{DURATION_UNITS.get(unit, 'D')}"
            return out
        out = Resolved(expr, None, unit, relative=True)
        if self.published is None:
            return out
        return self._shifted(out, unit, expr.count or 0, expr)

    def _span(self, expr: Expr, tense: Tense) -> Resolved:
        """The past three days: publication day back three days; the next two years: from the
        day after publication on."""
        out = Resolved(expr, None, "range", relative=True)
        if self.published is None:
            return out
        pub, unit = self.published, expr.unit or "day"
        n = (expr.count or 1) * (expr.direction or 1)
        if unit in ("day", "week"):
            other = pub + timedelta(days=n * (7 if unit == "week" else 1))
        else:
            year, month = _add_months(pub, n * (12 if unit == "year" else 1))
            other = date(year, month, min(pub.day, calendar.monthrange(year, month)[1]))
        out.first, out.last = (other, pub) if other < pub else (pub + timedelta(days=1), other)
        out.value = f"{out.first.isoformat()}/{out.last.isoformat()}"
        return out

    def _shifted(self, out: Resolved, unit: str, n: int, expr: Expr) -> Resolved:
        pub = self.published
        assert pub is not None
        if unit == "day":
            day = pub + timedelta(days=n)
            out.value, out.first, out.last = day.isoformat(), day, day
        elif unit == "week":
            day = pub + timedelta(weeks=n)
            monday = day - timedelta(days=day.weekday())
            iso = day.isocalendar()
            out.value = f"{iso[0]:04d}-W{iso[1]:02d}"
            out.first, out.last = monday, monday + timedelta(days=6)
        elif unit == "month":
            year, month = _add_months(pub, n)
            out.value = f"{year:04d}-{month:02d}"
            out.first, out.last = date(year, month, 1), _month_end(year, month)
        else:
            year = pub.year + n
            out.value = f"{year:04d}"
            out.first, out.last = date(year, 1, 1), date(year, 12, 31)
        if expr.part:
            out.meta["part"] = expr.part
        return out

    def _year(self, expr: Expr, tense: Tense) -> Resolved:
        out = Resolved(expr, None, "year")
        years = [p.year for p in expr.points if p.year is not None]
        if not years:
            return out
        if expr.points[0].hijri:
            span = _hijri_year_span(years[0])
            if span:
                out.first, out.last = span
                out.value, out.granularity = f"{span[0]}/{span[1]}", "range"
                out.meta["hijri"] = f"{years[0]:04d}"
            return out
        out.first, out.last = date(years[0], 1, 1), date(years[-1], 12, 31)
        if len(years) == 1:
            out.value = f"{years[0]:04d}"
        else:
            if years[-1] < years[0] and expr.conj == "range":
                out.issues.append(Issue(
                    "dates.range-order",
                    f"a range that runs forward expected, text says {years[0]} to {years[-1]}",
                    "start before end", f"{years[0]} to {years[-1]}", expr.start, expr.end))
            if years[-1] < years[0]:
                out.first, out.last = date(years[-1], 1, 1), date(years[0], 12, 31)
            out.value = f"{out.first.year:04d}/{out.last.year:04d}"
            out.granularity = "range"
        if expr.part:
            out.meta["part"] = expr.part
        return out

    def _decade(self, expr: Expr, tense: Tense) -> Resolved:
        """The 1990s -> "199X" (ISO 8601-2 / EDTF: a year of the 1990s), granularity decade."""
        out = Resolved(expr, None, "decade")
        year = expr.points[0].year if expr.points else None
        if year is None:
            return out
        start = year - year % 10
        out.value = f"{start // 10:03d}X"
        out.first, out.last = date(start, 1, 1), date(start + 9, 12, 31)
        if expr.part:
            out.meta["part"] = expr.part
        return out

    def _quarter(self, expr: Expr, tense: Tense) -> Resolved:
        """Q1 2017 -> "2017-Q1" (TIMEX3), covering 1 January to 31 March 2017."""
        out = Resolved(expr, None, "quarter")
        year = expr.points[0].year if expr.points else None
        if year is None:  # of the current, last or next year
            out.relative = True
            if self.published is None:
                return out
            year = self.published.year + (expr.direction or 0)
        quarter = expr.quarter or 1
        out.value = f"{year:04d}-Q{quarter}"
        out.first = date(year, 3 * quarter - 2, 1)
        out.last = _month_end(year, 3 * quarter)
        return out

    # -- tense against the timeline --------------------------------------------------------------

    def _timeline(self, out: Resolved) -> None:
        """A future-marked event dated before publication, or a past event dated after it."""
        pub, tense = self.published, out.tense
        if pub is None or not tense.strong or out.first is None or out.last is None:
            return
        if out.guessed:
            return  # "fell 22 percent in the 12 months to July": the year is ours, not the text's
        expr = out.expr
        if tense.kind == "future" and out.last < pub:
            out.issues.append(Issue(
                "dates.tense-timeline",
                f"a date on or after publication ({fmt(pub)}) expected for an event announced "
                f"with \"{tense.marker}\", text says {_describe(out)}",
                f"on or after {pub.isoformat()}", out.value, expr.start, expr.end))
        elif tense.kind == "past" and out.first > pub:
            out.issues.append(Issue(
                "dates.tense-timeline",
                f"a date on or before publication ({fmt(pub)}) expected for an event told in "
                f"the past (\"{tense.marker}\"), text says {_describe(out)}",
                f"on or before {pub.isoformat()}", out.value, expr.start, expr.end))


def _named(word: str, month: int) -> str:
    """'يوليو (July)', or 'July' alone when the word is the English name."""
    return word if word.lower() == MONTHS[month].lower() else f"{word} ({MONTHS[month]})"


def _describe(out: Resolved) -> str:
    if out.granularity == "day" and out.first is not None:
        return f"\"{out.expr.text}\" ({fmt(out.first)})"
    return f"\"{out.expr.text}\" ({out.value})"


def _hijri_to_date(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Hijri date; the 30th of a 29-day month is the next day's eve."""
    from hijridate import Hijri

    try:
        return _plain(Hijri(year, month, day).to_gregorian())
    except (ValueError, OverflowError):
        pass
    try:
        if day == 30:
            return _plain(Hijri(year, month, 29).to_gregorian()) + timedelta(days=1)
    except (ValueError, OverflowError):
        return None
    return None


def _hijri_month_span(year: int, month: int) -> tuple[date, date] | None:
    start = _hijri_to_date(year, month, 1)
    nxt = _hijri_to_date(year + (month == 12), month % 12 + 1, 1)
    if start is None or nxt is None:
        return None
    return start, nxt - timedelta(days=1)


def _hijri_year_span(year: int) -> tuple[date, date] | None:
    start, nxt = _hijri_to_date(year, 1, 1), _hijri_to_date(year + 1, 1, 1)
    if start is None or nxt is None:
        return None
    return start, nxt - timedelta(days=1)


def _plain(d: date) -> date:
    """hijridate's Gregorian is a date subclass; keep plain dates in the records."""
    return date(d.year, d.month, d.day)
