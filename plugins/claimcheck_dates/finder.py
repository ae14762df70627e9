"""Finding temporal expressions in Arabic and English news copy, driven by the dates lexicon.

Two passes over the article's word pieces, each linear:

1. lexicon matching: the longest phrase of rules/lexicons/<lang>/dates.yaml starting at each piece
   (one dict lookup per piece; clitic forms are in the table already) becomes an item with its
   categories (weekday, Levantine month, ordinal, unit...); the other pieces are items already;
2. a small hand-written grammar reads the items left to right and assembles expressions, trying
   its readers only at the items that can start one (a number, or a date word: see READERS):
   anchored and coordinated weekdays, day + month (+ year) in either order, Levantine/Gregorian
   month pairs in any order and with any separator, ordinal days, ranges, relative expressions,
   years, Hijri dates and their Gregorian equivalents.

The grammar is ours because the library options do not fit: dateparser's ``search_dates`` misreads
Arabic running text (it takes "32 كانون الثاني" for 2 January 1932), and spaCy Matcher patterns
would have to spell out every clitic, separator and order that one recursive reader handles.
Nothing here knows the publication date: see claimcheck_dates.resolve.
"""

from __future__ import annotations

from typing import Any

from claimcheck_dates import lexicon as L
from claimcheck_dates.expressions import Expr, Point
from claimcheck_dates.pieces import NO_CATS, Item, skip_clitic

OPEN = {"(", "[", "«", '"', "“"}
CLOSE = {")", "]", "»", '"', "”"}
PAIR_SEPARATORS = {"/", "-", "–", "—", "(", ",", "،"}
RANGE_DASHES = {"-", "–", "—"}
COMMAS = {",", "،"}
MONTH_CATS = (L.GREG, L.LEV)
MIN_YEAR, MAX_YEAR = 1900, 2100
MIN_HIJRI_YEAR, MAX_HIJRI_YEAR = 1300, 1500


# The readers of the grammar, in the order they are tried, with the categories of the item each
# can start at and whether a number can start it. Items that start none of them (tense markers,
# في / in, plain words: most of the text) are passed over without a call.
READERS: tuple[tuple[str, frozenset[str], bool], ...] = (
    ("weekday", frozenset({L.DAYWORD, L.DUALDAY, L.DIR, L.WEEKDAY}), False),
    ("relday", frozenset({L.DAYWORD, L.RELDAY}), False),
    ("numeric", frozenset(), True),
    ("day_month", frozenset({L.DAYWORD, L.DUALDAY, L.ORD}), True),
    ("month_day", frozenset({L.DIR, L.MONTHW, L.GREG, L.LEV}), False),
    ("part", frozenset({L.PART}), False),
    ("week_of", frozenset({L.UNIT}), False),
    ("span", frozenset({L.DIR, L.UNIT}), False),
    ("unit", frozenset({L.THIS, L.DIR, L.UNIT}), False),
    ("ago", frozenset({L.UNIT, L.NUMW, L.AGO, L.AFTER}), True),
    ("quarter", frozenset({L.QUARTER}), False),
    ("decade", frozenset({L.DECADE}), True),
    ("hijri", frozenset({L.ORD, L.MONTHW, L.HIJRI}), True),
    ("year", frozenset({L.YEARW}), True),
)
STARTERS = frozenset({L.FROM, L.BETWEEN}).union(*(cats for _, cats, _ in READERS))


LOWER_CASE_BLIND = frozenset({L.WEEKDAY, L.GREG, L.HIJRI})  # English names need their capital


def match_items(ps: list[Item], lex: L.Lexicon, view_text: str) -> list[Item]:
    """Pass 1: replace each run of pieces that a lexicon phrase covers by one item with the
    phrase's categories, longest phrase first; every other piece is kept as it is."""
    table = lex.table
    # Most words start no date phrase: find the few that do in one sweep and copy the rest over.
    hits = [i for i, p in enumerate(ps) if p.norm in table]
    if not hits:
        return ps
    items: list[Item] = []
    append = items.append
    n = len(ps)
    done = 0  # pieces before this index are in items already
    for i in hits:
        if i < done:
            continue  # inside the phrase matched before
        items.extend(ps[done:i])
        p = ps[i]
        entries = table[p.norm]
        matched = None
        for entry in entries:  # longest phrase first
            rest = entry.rest
            if rest and not (i + len(rest) < n and all(
                    ps[i + 1 + j].norm == word and ps[i + 1 + j].sent == p.sent
                    for j, word in enumerate(rest))):
                continue
            matched = entry
            break
        if matched is None:
            append(p)
            done = i + 1
            continue
        last = i + 1 + len(matched.rest)
        # the entry's categories are shared, never written to; an English month or weekday
        # in lower case ("may" the verb, "march" the noun) gets a copy without them
        cats = matched.cats
        if lex.lang == "en" and not p.text[:1].isupper() and not LOWER_CASE_BLIND.isdisjoint(cats):
            cats = {cat: value for cat, value in cats.items() if cat not in LOWER_CASE_BLIND}
        if last == i + 1 and not matched.clitic:  # one word as written: the piece is the item
            append(Item(p.text, p.norm, p.start, p.end, p.sent, "word", cats))
        else:
            start = p.start + skip_clitic(p.text, matched.clitic, lex.fold)
            end = ps[last - 1].end
            append(Item(view_text[start:end], " ".join(q.norm for q in ps[i:last]), start, end,
                        p.sent, "word", cats, matched.clitic))
        done = last
    items.extend(ps[done:])
    return items


class Finder:
    """Pass 2: the grammar. ``find()`` returns the expressions in text order."""

    def __init__(self, items: list[Item], lex: L.Lexicon, view_text: str) -> None:
        self.items = items
        self.lex = lex
        self.text = view_text
        self.n = len(items)
        self.readers = [(getattr(self, name), cats, num) for name, cats, num in READERS]

    # -- helpers ---------------------------------------------------------------------------------

    def at(self, i: int) -> Item | None:
        return self.items[i] if 0 <= i < self.n else None

    def is_(self, i: int, cat: str) -> bool:
        item = self.at(i)
        return item is not None and cat in item.cats

    def punct(self, i: int, chars: set[str]) -> bool:
        item = self.at(i)
        return item is not None and item.kind == "punct" and item.text in chars

    def same_sent(self, i: int, j: int) -> bool:
        a, b = self.at(i), self.at(j)
        return a is not None and b is not None and a.sent == b.sent

    def coordinated(self, i: int, cat: str) -> int | None:
        """The index of a second ``cat`` item joined by و / and at ``i``, or None."""
        item = self.at(i)
        if item is None:
            return None
        if item.clitic.startswith("و") and cat in item.cats:
            return i
        if item.has(L.AND) and self.is_(i + 1, cat) and self.same_sent(i, i + 1):
            return i + 1
        return None

    def expr(self, first: int, last: int, kind: str, **kw: Any) -> Expr:
        start, end = self.items[first].start, self.items[last - 1].end
        return Expr(start, end, kind, first_item=first, last_item=last,
                    sent=self.items[first].sent, text=self.text[start:end], **kw)

    def day_number(self, i: int) -> int | None:
        """A day of the month written as a number (up to 39, so that 32 can be flagged)."""
        item = self.at(i)
        if item is None:
            return None
        if item.has(L.ORD):
            return item.cats[L.ORD]
        number = item.number
        if number is not None and len(item.norm) <= 2 and number <= 39 and item.kind == "num":
            return number
        return None

    def year_number(self, i: int, hijri_point: bool = False) -> tuple[int, bool, int] | None:
        """A four-digit year at ``i``: (year, is_hijri, next index), suffix (م / هـ / AD) eaten.

        A Hijri year needs هـ / AH after it or a Hijri month before it (``hijri_point``).
        """
        item = self.at(i)
        if item is None or item.kind != "num" or len(item.norm) != 4 or item.number is None:
            return None
        year = item.number
        j = i + 1
        hijri = hijri_point
        if self.is_(j, L.HSUF) and self.same_sent(i, j):
            hijri, j = True, j + 1
        elif self.is_(j, L.GSUF) and self.same_sent(i, j):
            if hijri_point:
                return None
            j += 1
        if hijri:
            return (year, True, j) if MIN_HIJRI_YEAR <= year <= MAX_HIJRI_YEAR else None
        return (year, False, j) if MIN_YEAR <= year <= MAX_YEAR else None

    # -- year and month parts --------------------------------------------------------------------

    def year_part(self, i: int, point: Point) -> int:
        """Read a year after a month or a date into ``point``; return the next index."""
        j = i
        if self.punct(j, COMMAS) and self.at(j + 1) and self.at(j + 1).kind == "num":
            j += 1
        linked = self.is_(j, L.FROM) or (self.is_(j, L.YEARTRIG) and self.lex.lang == "en")
        relative = self._relative_year(j + 1 if linked else j)
        if relative is not None and self.same_sent(i - 1, relative[1] - 1):
            point.year_rel, nxt = relative  # أيار الماضي من العام الماضي، May last year
            return nxt
        if linked:
            k = j + 1
            if self.is_(j, L.FROM) and self.is_(k, L.YEARW):
                found = self.year_number(k + 1)  # من عام 2016
                if found:
                    point.year, _, nxt = found
                    return nxt
            return i
        if self.is_(j, L.YEARW):
            j += 1
        found = self.year_number(j, hijri_point=point.hijri)
        if found and self.same_sent(i - 1, j):
            year, hijri, nxt = found
            if hijri != point.hijri:
                return i
            point.year = year
            point.year_suffix = nxt > j + 1
            return nxt
        return i

    def _relative_year(self, j: int) -> tuple[int, int] | None:
        """(-1 / 0 / +1, next index) of "العام الماضي"، "هذا العام"، "last year", "this year"."""
        a, b = self.at(j), self.at(j + 1)
        if a is None or b is None or a.sent != b.sent:
            return None
        if a.has(L.YEARW) and b.has(L.DIR):
            return b.cats[L.DIR], j + 2
        if b.has(L.YEARW) and (a.has(L.DIR) or a.has(L.THIS)):
            return a.cats.get(L.DIR, 0), j + 2
        return None

    def month_part(self, i: int) -> tuple[Point, int, bool] | None:
        """A month name, with its pair in the other calendar: (point, next index, has_context)."""
        j = i
        context = False
        if self.is_(j, L.MONTHW) and not self.at(j).has(L.GREG):
            j += 1
            context = True
        item = self.at(j)
        if item is None or self.at(i).sent != item.sent:
            return None
        cat = next((c for c in MONTH_CATS if c in item.cats), None)
        if cat is None:
            return None
        point = Point(month=item.cats[cat], month_text=item.text)
        nxt = j + 1
        other = L.LEV if cat == L.GREG else L.GREG
        k = nxt
        opened = False
        if self.punct(k, PAIR_SEPARATORS):
            opened = self.items[k].text == "("
            k += 1
        second = self.at(k)
        if second is not None and other not in second.cats and opened and cat in second.cats:
            other = cat  # تموز (حزيران): a bracketed month is offered as the same month
        if second is not None and other in second.cats and second.sent == item.sent and not (
                second.clitic.startswith("و")):
            point.pair = (item.cats[cat], second.cats[other])
            point.pair_text = (item.text, second.text)
            nxt = k + 1
            if opened and self.punct(nxt, {")"}):
                nxt += 1
            point.pair_span = (item.start, self.items[nxt - 1].end)
            context = True
        return point, nxt, context

    def month_context(self, i: int) -> bool:
        """Whether the word before a bare month name makes it a month (في، منذ، in, since...)."""
        prev = self.at(i - 1)
        return prev is not None and prev.sent == self.items[i].sent and (
            prev.has(L.YEARTRIG) or prev.has(L.PART) or prev.has(L.MONTHW) or prev.has(L.DIR)
            or prev.has(L.FROM) or prev.has(L.TO))

    # -- the grammar -----------------------------------------------------------------------------

    def find(self) -> list[Expr]:
        found: list[Expr] = []
        # most items start no expression: pick those that may in one sweep
        starts = [i for i, item in enumerate(self.items) if item.kind == "num" or (
            item.cats is not NO_CATS and not STARTERS.isdisjoint(item.cats))]
        done = 0  # items before this index belong to an expression found already
        for i in starts:
            if i < done:
                continue
            result = self.range_(i) or self.core(i)
            if result is None:
                continue
            expr, nxt = result
            found.append(expr)
            done = max(nxt, i + 1)
        return found

    def range_(self, i: int) -> tuple[Expr, int] | None:
        """من 5 إلى 8 أيار، بين 2016 و2018، from May 5 to June 3, between July 7 and 8."""
        item = self.at(i)
        if item is None or not (item.has(L.FROM) or item.has(L.BETWEEN)):
            return None
        first = self.core(i + 1) or self.lone_day(i + 1)
        if first is None:
            return None
        e1, j = first
        sep = self.at(j)
        if sep is None or sep.sent != item.sent:
            return None
        if item.has(L.BETWEEN):
            ok = sep.has(L.AND) or sep.clitic.startswith("و")
        else:
            ok = sep.has(L.TO) or (sep.kind == "punct" and sep.text in RANGE_DASHES)
        if not ok:
            return None
        k = j if sep.clitic else j + 1
        second = self.core(k) or (self.lone_day(k) if e1.kind == "date" else None)
        if second is None:
            return None
        e2, nxt = second
        if e1.kind != e2.kind and not {e1.kind, e2.kind} <= {"date", "month", "year"}:
            return None
        points = [e1.points[0] if e1.points else Point(), e2.points[-1] if e2.points else Point()]
        kind = "date" if "date" in (e1.kind, e2.kind) else e2.kind
        return self.expr(i + 1, nxt, kind, points=points, conj="range"), nxt

    def lone_day(self, i: int) -> tuple[Expr, int] | None:
        """A bare day number that a range completes: the 5 of "من 5 إلى 8 أيار"."""
        day = self.day_number(i)
        if day is None:
            return None
        return self.expr(i, i + 1, "date", points=[Point(day=day, day_text=self.items[i].text)]
                         ), i + 1

    def core(self, i: int) -> tuple[Expr, int] | None:
        item = self.at(i)
        if item is None:
            return None
        is_num = item.kind == "num"
        cats = item.cats
        if not cats and not is_num:
            return None  # a plain word (after من، بين): no reader starts there
        for reader, starts, takes_num in self.readers:
            if (takes_num and is_num) or not starts.isdisjoint(cats):
                result = reader(i)
                if result is not None:
                    return result
        return None

    def weekday(self, i: int) -> tuple[Expr, int] | None:
        """[يوم|يومي|صباح] [last|next] WD [و WD] [الماضي|المقبل] [, date]."""
        j = i
        dual = False
        if self.is_(j, L.DAYWORD) or self.is_(j, L.DUALDAY):
            dual = self.is_(j, L.DUALDAY)
            if not self.is_(j + 1, L.WEEKDAY) or not self.same_sent(j, j + 1):
                return None
            j += 1
        direction = None
        if self.lex.lang == "en" and self.is_(j, L.DIR) and self.is_(j + 1, L.WEEKDAY):
            direction = self.items[j].cats[L.DIR]
            j += 1
        item = self.at(j)
        if item is None or not item.has(L.WEEKDAY) or self._in_name(j):
            return None
        points = [Point(weekday=item.cats[L.WEEKDAY], weekday_text=item.text)]
        nxt = j + 1
        conj = "dual" if dual else None
        second = self.coordinated(nxt, L.WEEKDAY)
        if second is not None:
            points.append(Point(weekday=self.items[second].cats[L.WEEKDAY],
                                weekday_text=self.items[second].text))
            nxt = second + 1
            conj = conj or "and"
        week = self._week_of(nxt) if direction is None else None
        if week is not None:  # "Tuesday of last week", "الخميس من الأسبوع الماضي"
            week, nxt = week
        elif direction is None and self.is_(nxt, L.DIR) and self.same_sent(j, nxt):
            direction = self.items[nxt].cats[L.DIR]
            nxt += 1
        if (item.norm in self.lex.ambiguous and i == j and direction is None and len(points) == 1
                and not self._dated_after(nxt)):
            prev = self.at(i - 1)
            ranged = (self.is_(nxt, L.TO) or self.is_(nxt, L.AND)) and self.is_(nxt + 1, L.WEEKDAY)
            if prev is None or prev.sent != item.sent or (
                    (prev.has(L.BETWEEN) or prev.has(L.FROM)) and not ranged):
                return None  # بين الاثنين: "between the two"; من الاثنين إلى الأربعاء is a range
        expr = self.expr(i, nxt, "weekday", points=points, direction=direction, conj=conj,
                         week=week)
        # "الخميس الماضي الموافق 27 أبريل", "الثلاثاء المقبل 9 مايو": the date after a direction
        dated = self._date_after(nxt)
        if dated is not None and len(points) == 1:
            date_expr, after = dated
            point = date_expr.points[0]
            point.weekday, point.weekday_text = points[0].weekday, points[0].weekday_text
            return self.expr(i, after, date_expr.kind, points=[point], equiv=date_expr.equiv,
                             direction=direction if point.year is None else None), after
        return expr, nxt

    def _week_of(self, i: int) -> tuple[int, int] | None:
        """The week a weekday before ``i`` is in: (-1 / 0 / +1, next index) for "(of) last
        week", "this week", "(من) الأسبوع الماضي", "الأسبوع المقبل"."""
        j = i + 1 if self.is_(i, L.FROM) else i
        if not self.same_sent(i - 1, j):
            return None
        found = self.unit(j)
        if found is None or found[0].unit != "week" or found[0].direction is None:
            return None
        return found[0].direction, found[1]

    def _in_name(self, j: int) -> bool:
        """Good Friday, Super Tuesday, the Sunday Times: a weekday that is part of a name."""
        before, after = self.at(j - 1), self.at(j + 1)
        if after is not None and after.has(L.DIR):  # صلاة الجمعة الماضية: last Friday's prayer
            return False
        return (before is not None and before.norm in self.lex.weekday_name_before) or (
            after is not None and after.norm in self.lex.weekday_name_after)

    def _date_after(self, i: int) -> tuple[Expr, int] | None:
        """The date that may follow a weekday: "الثلاثاء 2 أيار"، "Tuesday, May 2"."""
        j = i
        if self.punct(j, COMMAS | {"("}) or self.is_(j, L.EQUIV):
            j += 1
        if self.is_(j, L.EQUIV):
            j += 1
        if not self.same_sent(i - 1, j):
            return None
        result = self.numeric(j) or self.day_month(j) or self.month_day(j) or self.hijri(j)
        if result is None or result[0].points[0].day is None:
            return None
        expr, nxt = result
        if self.punct(nxt, {")"}) and self.punct(i, {"("}):
            nxt += 1
        return expr, nxt

    def _dated_after(self, i: int) -> bool:
        return self._date_after(i) is not None

    def numeric(self, i: int) -> tuple[Expr, int] | None:
        """2/5/2017 (day first in Arabic copy), 2017-05-02 (ISO); unambiguous forms in English."""
        parts = []
        j = i
        sep = None
        while len(parts) < 3:
            item = self.at(j)
            if item is None or item.kind != "num" or item.number is None:
                return None
            if parts and item.start != self.items[j - 1].end:
                return None
            parts.append(item)
            if len(parts) == 3:
                break
            mark = self.at(j + 1)
            if mark is None or mark.kind != "punct" or mark.text not in "/-." or \
                    mark.start != item.end or (sep is not None and mark.text != sep):
                return None
            sep = mark.text
            j += 2
        lengths = [len(p.norm) for p in parts]
        a, b, c = (p.number for p in parts)
        if lengths == [4, 2, 2] and sep == "-":
            year, month, day = a, b, c
        elif lengths[0] == 4 and lengths[1] <= 2 and lengths[2] <= 2 and sep in "/." and \
                b <= 12:
            year, month, day = a, b, c  # 2017/5/2: year first, as Gulf papers print it
        elif lengths[0] <= 2 and lengths[1] <= 2 and lengths[2] == 4:
            year = c
            if self.lex.lang == "ar" or a > 12:
                day, month = a, b
            elif b > 12:
                day, month = b, a
            else:
                return None  # 5/6/2017 in English: May 6 or 5 June
        else:
            return None
        if not MIN_YEAR <= year <= MAX_YEAR:
            return None
        nxt = j + 1
        text = self.text[parts[0].start:parts[2].end]
        point = Point(day=day, month=month, year=year, day_text=text)
        return self.expr(i, nxt, "date", points=[point]), nxt

    def relday(self, i: int) -> tuple[Expr, int] | None:
        """اليوم، أمس، غداً، أول من أمس، today, yesterday; [صباح] أمس; اليوم (الجمعة)."""
        j = i
        if self.is_(j, L.DAYWORD) and self.is_(j + 1, L.RELDAY) and self.same_sent(j, j + 1):
            j += 1
        item = self.at(j)
        if item is None or not item.has(L.RELDAY):
            return None
        anchor = item.cats[L.RELDAY]
        nxt = j + 1
        after = self.at(nxt)
        if anchor == 0 and after is not None and after.sent == item.sent and (
                after.norm in self.lex.not_after_today or after.has(L.ORD)):
            return None  # اليوم الوطني، اليوم التالي: not "today"
        k = nxt
        opened = False
        if self.punct(k, COMMAS | {"("}):
            opened = self.items[k].text == "("
            k += 1
        wd = self.at(k)
        points: list[Point] = []
        if wd is not None and wd.has(L.WEEKDAY) and wd.sent == item.sent and not (
                self.is_(k + 1, L.DIR) or self._in_name(k)):  # "أمس، الأحد المقبل": no apposition
            points = [Point(weekday=wd.cats[L.WEEKDAY], weekday_text=wd.text)]
            nxt = k + 1
            if opened and self.punct(nxt, {")"}):
                nxt += 1
        return self.expr(i, nxt, "relday", points=points, anchor=anchor), nxt

    def day_month(self, i: int) -> tuple[Expr, int] | None:
        """7 تموز، 7 و8 تموز، السابع والثامن من تموز (يوليو) 2017، 2 May 2017, 7-8 July."""
        j = i
        dual = False
        if self.is_(j, L.DAYWORD) or self.is_(j, L.DUALDAY):
            dual = self.is_(j, L.DUALDAY)
            j += 1
        day = self.day_number(j)
        if day is None:
            return None
        days = [(day, self.items[j].text)]
        k = j + 1
        conj = "dual" if dual else None
        second = self.coordinated(k, L.ORD)
        if second is None and self.at(k) is not None and (
                self.items[k].has(L.AND) or self.punct(k, RANGE_DASHES)) and \
                self.day_number(k + 1) is not None and self.same_sent(k, k + 1):
            second = k + 1
            conj = conj or ("range" if self.items[k].kind == "punct" else "and")
        if second is not None and self.day_number(second) is not None:
            days.append((self.day_number(second), self.items[second].text))
            conj = conj or "and"
            k = second + 1
        if self.is_(k, L.FROM):  # السابع من تموز، the 7th of July
            k += 1
        if not self.same_sent(j, k):
            return None
        month = self.month_part(k)
        if month is None:
            return None
        point, nxt, _ = month
        nxt = self.year_part(nxt, point)
        points = []
        for n, (d, text) in enumerate(days):
            p = Point(day=d, month=point.month, year=point.year, pair=point.pair,
                      pair_text=point.pair_text, pair_span=point.pair_span,
                      month_text=point.month_text, day_text=text,
                      year_rel=point.year_rel, year_suffix=point.year_suffix) if n == 0 else \
                Point(day=d, month=point.month, year=point.year, day_text=text,
                      month_text=point.month_text, year_rel=point.year_rel)
            points.append(p)
        direction = None
        if point.year is None and point.year_rel is None and self.is_(nxt, L.DIR) and \
                self.same_sent(j, nxt):
            direction = self.items[nxt].cats[L.DIR]  # 15 حزيران المقبل
            nxt += 1
        expr = self.expr(i, nxt, "date", points=points, conj=conj if len(points) > 1 else None,
                         direction=direction)
        return expr, self._with_equivalent(nxt, expr)

    def month_day(self, i: int) -> tuple[Expr, int] | None:
        """May 2, 2017; July 7-8; May 2017; نيسان (أبريل)؛ أيار الماضي; شهر تموز; in early May."""
        j = i
        direction = None
        if self.lex.lang == "en" and self.is_(j, L.DIR) and not self.is_(j, L.YEARTRIG):
            direction = self.items[j].cats[L.DIR]
            j += 1
        month = self.month_part(j)
        if month is None:
            return None
        point, nxt, context = month
        if direction is not None and not self.same_sent(i, j):
            return None
        days: list[tuple[int, str]] = []
        conj = None
        if self.lex.lang == "en":
            day = self.day_number(nxt)
            if day is not None and self.same_sent(j, nxt):
                days.append((day, self.items[nxt].text))
                nxt += 1
                k = nxt
                if (self.punct(k, RANGE_DASHES) or self.is_(k, L.AND)) and \
                        self.day_number(k + 1) is not None:
                    days.append((self.day_number(k + 1), self.items[k + 1].text))
                    conj = "range" if self.items[k].kind == "punct" else "and"
                    nxt = k + 2
                elif self.is_(k, L.TO) and not self.is_(k, L.AND) and self._day_to(k + 1, day):
                    days.append((self.day_number(k + 1), self.items[k + 1].text))  # May 3 to 5
                    conj, nxt = "range", k + 2
        before = nxt
        nxt = self.year_part(nxt, point)
        if point.year is None and point.year_rel is None and self.is_(nxt, L.DIR) and \
                self.lex.lang == "ar" and self.same_sent(j, nxt):
            direction = self.items[nxt].cats[L.DIR]  # أيار الماضي
            nxt += 1
        name = self.items[j if not self.is_(j, L.MONTHW) else j + 1]
        has_context = (context or bool(days) or nxt > before or direction is not None
                       or self.month_context(i) or (i > 0 and self.day_number(i - 1) is not None))
        if name.norm in self.lex.ambiguous and not has_context:
            return None
        if self.lex.lang == "en" and not has_context and name.norm in {"may", "march"}:
            return None
        if not days:
            expr = self.expr(i, nxt, "month", points=[point], direction=direction)
            return expr, nxt
        points = [Point(day=d, month=point.month, year=point.year, day_text=t,
                        month_text=point.month_text, year_rel=point.year_rel) for d, t in days]
        expr = self.expr(i, nxt, "date", points=points, conj=conj)
        return expr, self._with_equivalent(nxt, expr)

    def _day_to(self, i: int, first: int) -> bool:
        """Whether ``i`` ends "May 3 to 5": a later day, not a figure ("on May 3 to 5 percent",
        "to 5.2")."""
        day = self.day_number(i)
        if day is None or day <= first or not self.same_sent(i - 1, i):
            return False
        after = self.at(i + 1)
        return after is None or not (after.norm in {"%", "percent", "per", "pct"} or (
            after.text in {".", ","} and self.at(i + 2) is not None and
            self.items[i + 2].kind == "num" and self.items[i + 2].start == after.end))

    def _with_equivalent(self, i: int, expr: Expr) -> int:
        """Attach the other calendar's date after ``expr`` if there is one; the next index."""
        expr.equiv, nxt = self._equivalent(i, expr)
        if nxt > i:
            expr.end = self.items[nxt - 1].end
            expr.last_item = nxt
            expr.text = self.text[expr.start:expr.end]
        return nxt

    def _equivalent(self, i: int, expr: Expr) -> tuple[Expr | None, int]:
        """A date in the other calendar right after a date: "(الموافق 31 أيار 2017)"."""
        j = i
        opened = False
        if self.punct(j, {"(", ",", "،", "/", "-"}):
            opened = self.items[j].text == "("
            j += 1
        marked = self.is_(j, L.EQUIV)
        if marked:
            j += 1
        if not self.same_sent(i - 1, j):
            return None, i
        is_hijri = expr.points[0].hijri
        result = (self.day_month(j) or self.month_day(j)) if is_hijri else self.hijri(j)
        if result is None or (not marked and not opened and not is_hijri
                              and not result[0].points[0].hijri):
            return None, i
        other, nxt = result
        if other.points[0].hijri == is_hijri or other.points[0].day is None:
            return None, i
        if opened and self.punct(nxt, {")"}):
            nxt += 1
        return other, nxt

    def hijri(self, i: int) -> tuple[Expr, int] | None:
        """5 رمضان 1438 هـ، غرة شوال، شهر رمضان، 5 Ramadan 1438 AH."""
        j = i
        day = self.day_number(j)
        day_text = ""
        if day is not None:
            day_text = self.items[j].text
            j += 1
            if self.is_(j, L.FROM):
                j += 1
        monthw = False
        if self.is_(j, L.MONTHW):
            monthw = True
            j += 1
        item = self.at(j)
        if item is None or not item.has(L.HIJRI) or not self.same_sent(i, j):
            return None
        point = Point(day=day, month=item.cats[L.HIJRI], hijri=True, month_text=item.text,
                      day_text=day_text)
        nxt = self.year_part(j + 1, point)
        if day is None and not monthw and point.year is None:
            return None  # رمضان alone may be a name
        kind = "date" if day is not None else "month"
        expr = self.expr(i, nxt, kind, points=[point])
        if day is not None:
            nxt = self._with_equivalent(nxt, expr)
        return expr, nxt

    def part(self, i: int) -> tuple[Expr, int] | None:
        """مطلع الشهر، منتصف تموز، أواخر العام الماضي، early May, mid-July, the end of next year."""
        item = self.at(i)
        if item is None or not item.has(L.PART):
            return None
        j = i + 1
        if self.punct(j, {"-"}) or (self.lex.lang == "en" and self.is_(j, L.FROM)):
            j += 1
        if not self.same_sent(i, j):
            return None
        inner = self.month_day(j) or self.unit(j) or self.decade(j) or \
            self.year(j, after_trigger=True)
        if inner is None:
            unit_item = self.at(j)
            if unit_item is not None and unit_item.has(L.UNIT) and \
                    unit_item.cats[L.UNIT][1] == 1 and unit_item.norm.startswith(("ال", "the")):
                # مطلع الشهر = early this month
                expr = self.expr(i, j + 1, "unit", unit=unit_item.cats[L.UNIT][0], direction=0,
                                 part=item.cats[L.PART])
                return expr, j + 1
            return None
        expr, nxt = inner
        if expr.points and expr.points[0].day is not None:
            return None
        expr.part = item.cats[L.PART]
        expr.start, expr.first_item = item.start, i
        expr.text = self.text[expr.start:expr.end]
        return expr, nxt

    def unit(self, i: int) -> tuple[Expr, int] | None:
        """الأسبوع الماضي، هذا العام، العام الجاري، last week, next month, this year."""
        item = self.at(i)
        if item is None:
            return None
        if (item.has(L.THIS) or (self.lex.lang == "en" and item.has(L.DIR))) and \
                self.is_(i + 1, L.UNIT) and self.same_sent(i, i + 1):
            unit, count = self.items[i + 1].cats[L.UNIT]
            if count == 1:
                direction = 0 if item.has(L.THIS) else item.cats[L.DIR]
                return self.expr(i, i + 2, "unit", unit=unit, direction=direction), i + 2
        if item.has(L.UNIT) and self.is_(i + 1, L.DIR) and self.same_sent(i, i + 1):
            unit, count = item.cats[L.UNIT]
            if count == 1 and (self.lex.lang != "ar" or item.norm.startswith("ال")
                               or item.clitic):
                direction = self.items[i + 1].cats[L.DIR]
                return self.expr(i, i + 2, "unit", unit=unit, direction=direction), i + 2
        return None

    def span(self, i: int) -> tuple[Expr, int] | None:
        """The past three days, the next two years, the past week; الأيام الثلاثة الماضية،
        الأسبوعين المقبلين، الأشهر الستة الأخيرة: a stretch of time that ends (or starts) at
        publication, not a calendar unit ("last week" and الأسبوع الماضي are the unit reader's)."""
        item = self.at(i)
        if item is None:
            return None
        if self.lex.lang != "ar":
            if not item.has(L.DIR) or item.cats[L.DIR] == 0:
                return None
            counted = self._count(i + 1)
            if counted is not None and counted[0] >= 2 and self.same_sent(i, counted[2] - 1):
                count, unit, nxt = counted
            elif item.norm == "past" and self.is_(i + 1, L.UNIT) and self.same_sent(i, i + 1) \
                    and self.items[i + 1].cats[L.UNIT][1] == 1:
                count, unit, nxt = 1, self.items[i + 1].cats[L.UNIT][0], i + 2  # the past week
            else:
                return None
            return self.expr(i, nxt, "span", unit=unit, count=count,
                             direction=item.cats[L.DIR]), nxt
        if not item.has(L.UNIT) or not item.norm.startswith("ال"):
            return None
        unit, count = item.cats[L.UNIT]
        j = i + 1
        if count is None and self.is_(j, L.NUMW) and self.items[j].norm.startswith("ال"):
            count, j = self.items[j].cats[L.NUMW], j + 1
        if count is None or count < 2 or not self.same_sent(i, j):
            return None
        after = self.at(j)
        if after is None or not (after.has(L.RECENT) or after.cats.get(L.DIR) in (-1, 1)):
            return None
        direction = -1 if after.has(L.RECENT) else after.cats[L.DIR]
        return self.expr(i, j + 1, "span", unit=unit, count=count, direction=direction), j + 1

    def _count(self, i: int) -> tuple[int, str, int] | None:
        """(count, unit, next index) of "ثلاثة أيام"، "يومين"، "3 days", "a week"."""
        item = self.at(i)
        if item is None:
            return None
        if item.has(L.UNIT) and item.cats[L.UNIT][1] in (1, 2):
            unit, count = item.cats[L.UNIT]
            return count, unit, i + 1
        count = item.cats.get(L.NUMW) or (item.number if item.kind == "num" and
                                          item.number is not None and item.number < 1000 else None)
        if count is None or not self.is_(i + 1, L.UNIT) or not self.same_sent(i, i + 1):
            return None
        unit, _ = self.items[i + 1].cats[L.UNIT]
        return count, unit, i + 2

    def ago(self, i: int) -> tuple[Expr, int] | None:
        """منذ ثلاثة أيام، قبل يومين، بعد أسبوع، three days ago, in two weeks."""
        item = self.at(i)
        if item is None:
            return None
        if self.lex.lang == "en":
            counted = self._count(i)
            if counted and self.is_(counted[2], L.AGO) and self.same_sent(i, counted[2]):
                count, unit, nxt = counted
                return self.expr(i, nxt + 1, "ago", unit=unit, count=-count), nxt + 1
        if item.has(L.AGO) or item.has(L.AFTER):
            counted = self._count(i + 1)
            if counted and self.same_sent(i, counted[2] - 1):
                count, unit, nxt = counted
                sign = -1 if item.has(L.AGO) else 1
                return self.expr(i, nxt, "ago", unit=unit, count=sign * count), nxt
        return None

    def week_of(self, i: int) -> tuple[Expr, int] | None:
        """the week of May 8, أسبوع 8 مايو: the week that holds that day."""
        item = self.at(i)
        if item is None or item.cats.get(L.UNIT) != ("week", 1):
            return None
        has_of = self.is_(i + 1, L.FROM)
        if self.lex.lang == "en" and not has_of:
            return None  # "week 8" is no date
        j = i + 2 if has_of else i + 1
        if not self.same_sent(i, j):
            return None
        inner = self.month_day(j) or self.day_month(j)
        if inner is None or len(inner[0].points) != 1 or inner[0].points[0].day is None:
            return None
        expr, nxt = inner
        return self.expr(i, nxt, "date", points=expr.points, unit="week"), nxt

    def quarter(self, i: int) -> tuple[Expr, int] | None:
        """Q1 2017, the first quarter of 2017, الربع الأول من العام الجاري: a calendar quarter.

        Only with its year: a bare "first quarter" is most often a company's fiscal quarter, and
        "the first quarter of fiscal 2017" is one (no year follows "of" there), so neither is read.
        """
        item = self.at(i)
        if item is None or not item.has(L.QUARTER):
            return None
        j = i + 1
        if self.is_(j, L.FROM) or self.punct(j, COMMAS):
            j += 1
        if not self.same_sent(i, j):
            return None
        inner = self.year(j, after_trigger=True) or self.unit(j)
        if inner is None:
            return None
        year_expr, nxt = inner
        if year_expr.kind == "unit" and year_expr.unit != "year":
            return None
        if year_expr.kind == "year" and (len(year_expr.points) != 1 or
                                         year_expr.points[0].hijri):
            return None
        return self.expr(i, nxt, "quarter", points=year_expr.points[:1],
                         direction=year_expr.direction, quarter=item.cats[L.QUARTER]), nxt

    def decade(self, i: int) -> tuple[Expr, int] | None:
        """the 1990s, the '90s, mid-1980s, التسعينيات، ثمانينيات القرن الماضي: a decade."""
        item = self.at(i)
        if item is None:
            return None
        if item.has(L.DECADE):  # Arabic decade words
            nxt = i + 1
            k = nxt + 1 if self.is_(nxt, L.FROM) else nxt
            word = self.at(k)
            if word is not None and word.norm in self.lex.age_words:
                return None  # في الستينات من عمره: an age
            century = 1900
            if word is not None and word.norm in self.lex.century_words and \
                    self.same_sent(i, k + 1):
                which = self.items[k + 1]
                if which.norm in self.lex.this_century or which.cats.get(L.DIR) == 0:
                    century, nxt = 2000, k + 2
                elif which.has(L.DIR) or which.norm.startswith("ال"):
                    nxt = k + 2
            year = century + item.cats[L.DECADE]
            return self.expr(i, nxt, "decade", points=[Point(year=year)]), nxt
        # English: a number ending in 0 with an s glued to it (1990s, 1990's, '90s)
        number = item.number
        if number is None or number % 10:
            return None
        j = i + 1
        if self.punct(j, {"'", "’"}) and self.items[j].start == item.end:
            j += 1
        s = self.at(j)
        if s is None or s.norm != "s" or s.start != self.items[j - 1].end:
            return None
        if len(item.norm) == 4 and MIN_YEAR - 100 <= number <= MAX_YEAR:
            year = number
        elif len(item.norm) == 2 and self.punct(i - 1, {"'", "’"}) and number >= 30:
            year = 1900 + number  # the '90s; a bare "in his 60s" is an age
        else:
            return None
        first = i - 1 if len(item.norm) == 2 else i
        return self.expr(first, j + 1, "decade", points=[Point(year=year)]), j + 1

    def year(self, i: int, after_trigger: bool = False) -> tuple[Expr, int] | None:
        """عام 2017، في 2016، منذ 2011، 1438 هـ، in 2016, since 2011."""
        item = self.at(i)
        if item is None:
            return None
        j = i
        if item.has(L.YEARW) and self.at(i + 1) is not None and self.items[i + 1].kind == "num":
            j = i + 1
        found = self.year_number(j)
        if found is None:
            return None
        back = i - 2 if self.is_(i - 1, L.YEARW) else i - 1
        prev = self.at(back)
        if prev is not None and prev.norm in self.lex.fiscal_words and prev.sent == item.sent:
            return None  # fiscal 2016, fiscal year 2018: a company's accounting year
        year, hijri, nxt = found
        marked = j > i or nxt > j + 1 or after_trigger
        if not marked:
            prev = self.at(i - 1)
            if prev is None or prev.sent != item.sent or not (
                    prev.has(L.YEARTRIG) or prev.has(L.PART)):
                return None
            if not self._year_can_end(nxt):
                return None  # "في 2017 حالة": a count
        points = [Point(year=year, hijri=hijri, year_suffix=nxt > j + 1)]
        conj = None
        if self.is_(nxt, L.AND) and self.same_sent(i, nxt + 1) and not (
                self.is_(i - 1, L.BETWEEN) or self.is_(i - 1, L.FROM)):  # a range: see range_
            second = self.year_number(nxt + 1)  # عامي 2015 و2016
            if second is not None and second[1] == hijri:
                points.append(Point(year=second[0], hijri=hijri))
                nxt, conj = second[2], "and"
        return self.expr(i, nxt, "year", points=points, conj=conj), nxt

    def _year_can_end(self, i: int) -> bool:
        """Whether what follows a bare number lets it be a year: punctuation, and, a verb..."""
        item = self.at(i)
        if item is None or item.kind == "punct" or item.sent != self.items[i - 1].sent:
            return True
        if item.cats:
            return True
        if self.lex.lang == "en":
            return not item.text[:1].islower() or item.norm in {
                "when", "while", "after", "before", "and", "but", "as", "the", "to", "in", "at",
                "on", "for", "with", "he", "she", "it", "they", "we", "i", "there", "his", "her",
                "its", "their", "was", "were", "had", "has", "have", "is", "are", "alone"}
        return item.clitic.startswith("و") or item.norm.startswith(("و", "ف")) or item.norm in {
            "حين", "عندما", "بينما", "ثم", "حيث", "على", "عن", "الى", "الا", "اثر", "لكن"}


def find(ps: list[Item], lex: L.Lexicon, view_text: str) -> tuple[list[Item], list[Expr]]:
    """The items and the expressions of one article's pieces."""
    items = match_items(ps, lex, view_text)
    return items, Finder(items, lex, view_text).find()
