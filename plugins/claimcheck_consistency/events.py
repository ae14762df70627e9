"""What happened to what a number counts: the event class of each quantity (killed, wounded...).

"مقتل 12 شخصاً" and "عدد الجرحى تجاوز 40 شخصاً" count the same noun but not the same thing: the
first are the dead, the second the wounded. The class comes from the lexicon's event words
(consistency.yaml, ``events``), taken from the number's own clause: the nearest event word before
the number or after its noun (verb-first "قتل 12 شخصاً", noun-first "12 people were killed"), then
the counted noun itself ("12 قتيلاً"), then the class the noun's group implies (dead -> killed).
A breakdown (بينهم 3 أطفال, "including 3 children") takes the class of the count it breaks down.
Written by hand: it is a lexicon look-up over a clause window, which no library offers for Arabic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck_consistency.words import AR_PREFIXES, Word

if TYPE_CHECKING:
    from claimcheck_consistency.lexicon import Lexicon
    from claimcheck_consistency.numbers import Quantity

BACK = 5  # words before the number that may name its event
AHEAD = 5  # words after the noun
CLAUSE_ENDS = set(",،;؛:")


def event_of_word(ws: list[Word], i: int, lex: Lexicon) -> str | None:
    """The event class named by the word at ``i`` (or a phrase starting there)."""
    w = ws[i]
    for phrase, cls in lex.event_phrases:
        if i + len(phrase) <= len(ws) and all(
                _forms(ws[i + k], lex) & {part} for k, part in enumerate(phrase)):
            return cls
    for form in _forms(w, lex):
        if form in lex.events:
            return lex.events[form]
    return None


def _forms(w: Word, lex: Lexicon) -> set[str]:
    """The word as written, as stemmed, and without each leading clitic (وقتل، بمقتل، والجرحى)."""
    forms = {w.norm, w.stem}
    if lex.lang == "ar":
        forms |= {w.norm[len(p):] for p in AR_PREFIXES
                  if w.norm.startswith(p) and len(w.norm) - len(p) >= 3}
    return forms


def _ends_clause(ws: list[Word], i: int, analysis_text: dict[int, str]) -> bool:
    """The word at ``i`` is clause punctuation, or carries it ("المنطقة،")."""
    raw = analysis_text.get(i, ws[i].text)
    return ws[i].text in CLAUSE_ENDS or (bool(raw) and raw[-1] in CLAUSE_ENDS)


def assign_events(ws: list[Word], quantities: list[Quantity], lex: Lexicon,
                  raw: dict[int, str] | None = None) -> None:
    """Set ``event`` on every quantity, in text order (a breakdown needs the count before it)."""
    raw = raw or {}
    for k, q in enumerate(quantities):
        prev = quantities[k - 1] if k and quantities[k - 1].sent == q.sent else None
        nxt = quantities[k + 1] if k + 1 < len(quantities) and \
            quantities[k + 1].sent == q.sent else None
        q.event = _event(ws, q, prev, nxt, lex, raw)


def _event(ws: list[Word], q: Quantity, prev: Quantity | None, nxt: Quantity | None,
           lex: Lexicon, raw: dict[int, str]) -> str | None:
    if prev is not None:
        gap = range(prev.noun_i + 1, q.first)
        cut = max((i for i in gap if _ends_clause(ws, i, raw)), default=prev.noun_i)
        between = [ws[i] for i in range(cut + 1, q.first) if ws[i].alpha]
        if between and all(w.norm in lex.breakdowns for w in between):
            return prev.event  # بينهم 3 أطفال: the breakdown of the count before
    back: tuple[int, str] | None = None
    seen = 0
    i = q.first - 1
    floor = prev.noun_i if prev is not None else -1
    while i > floor and ws[i].sent == q.sent and seen < BACK and not _ends_clause(ws, i, raw):
        cls = event_of_word(ws, i, lex)
        if cls:
            back = (seen, cls)
            break
        if ws[i].norm in lex.clause_openers:
            break
        if ws[i].alpha and ws[i].norm not in lex.event_fillers:
            seen += 1
        i -= 1
    ahead: tuple[int, str] | None = None
    seen = 0
    start = q.noun_i if q.noun_i >= 0 else q.last
    if not _ends_clause(ws, start, raw):
        i = start + 1
        ceiling = nxt.first if nxt is not None else len(ws)
        while i < min(ceiling, len(ws)) and ws[i].sent == q.sent and seen < AHEAD:
            if ws[i].text in CLAUSE_ENDS:
                break
            cls = event_of_word(ws, i, lex)
            if cls:
                ahead = (seen, cls)
                break
            if _ends_clause(ws, i, raw):
                break
            if ws[i].alpha and ws[i].norm not in lex.event_fillers:
                seen += 1
            i += 1
    if back and (not ahead or back[0] <= ahead[0]):
        return back[1]  # a tie goes to the verb before: "قتل 30 شخصاً وأصيب 12"
    if ahead:
        return ahead[1]
    if q.noun_i >= 0:
        cls = event_of_word(ws, q.noun_i, lex)
        if cls:
            return cls
    return lex.group_events.get(q.noun)
