"""The tense around a temporal expression: is the event it dates past or still to come?

Without a morphological analyser at hand (CAMeL Tools' databases are not installed everywhere),
the tense is read from markers in the dates lexicon: future markers (سوف، من المقرر، will, is due
to), the future prefix س on an imperfect verb (سيحضر، سترسل), nouns of plans and chances (فرص،
خطة, plans), past markers (كان، لم، أمس, was, ago), frequent perfect verbs of news copy (قال،
أعلن، سعى) and, in English, verbs in -ed. The nearest marker in the same sentence wins, looking
back first (Arabic puts the verb before its adjuncts, English mostly too) and then ahead.

Reported speech is read with the extractor's cue lexicon (rules/lexicons/<lang>/cues.yaml): a
reporting verb (said, قال، أضاف) dates the saying, so it is the tense only of a time in its own
clause ("said on Monday"); what it reports takes the tense of its own verbs. Modals (could, may,
قد + imperfect, من المحتمل) and an imperfect after أن make a weak future: it fits a future date.

A time takes its tense from its own clause only: the words of the sentence's other times (next,
الماضي، أمس) say nothing of it, a time opening a clause after ", and" / "، و" does not look back
past the comma, a verb after the time flags it only when the time is fronted, and a past form
spelt like its verbal noun (تراجع، تجاوز) is the noun after a preposition or a verb.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck_dates import lexicon as L

if TYPE_CHECKING:
    from claimcheck_dates.pieces import Item

BACK_WINDOW = 12  # items looked at before the expression
AHEAD_WINDOW = 6  # and after it
STRONG_DISTANCE = 8  # a marker this close governs the expression (for tense-timeline)
REPORT_WINDOW = 12  # items between a reporting verb and its إن / أن (the source, "في بيان")
BARRIERS = {".", "!", "?", "؟", ";", "؛", ":", "«", "»", "“", "”"}


@dataclass(frozen=True)
class Tense:
    kind: str  # "future", "past" or "unknown"
    marker: str = ""  # the word that decided it
    distance: int = 0  # in items from the expression
    weak: bool = False  # decided by a noun of plans or a guessed verb form: resolves, never flags

    @property
    def strong(self) -> bool:
        """A verb-level marker close enough to say when the dated event happens."""
        return self.kind != "unknown" and not self.weak and self.distance <= STRONG_DISTANCE


UNKNOWN = Tense("unknown")


def _marker(items: list[Item], k: int, lex: L.Lexicon) -> tuple[str, bool] | None:
    """("future" | "past", weak) for a marker word, else None.

    The future prefix سـ is guessed from the spelling, and foreign names share it (ستيفان، سيرغي):
    the guess is strong only where a verb opens a clause (after و / ف, أن / إنه, or a comma).
    """
    item = items[k]
    before = items[k - 1] if k > 0 else None
    cats = item.cats
    if L.FUTURE in cats:
        return "future", False
    if L.PROSPECTIVE in cats:
        return "future", True
    if L.PAST in cats:
        if _verbal_noun(items, k, lex):
            return None
        return "past", False
    if item.kind != "word" or cats:
        return None
    norm = item.norm
    if lex.lang == "ar":
        bare = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 5 else norm
        guessed = (len(bare) >= 5 and bare.startswith(lex.future_prefix)
                   and bare not in lex.not_future and norm not in lex.not_future
                   and not bare.startswith("سا")) or (bare.startswith("سا") and "سأ" in item.text)
        if not guessed:
            return None
        opens = bare != norm or before is None or before.sent != item.sent or \
            before.kind == "punct" or before.norm in VERB_OPENERS
        return "future", not opens
    if (len(norm) > 4 and norm.endswith("ed") and item.text[:1].islower()
            and norm not in lex.not_past):
        return "past", False
    return None


def _verbal_noun(items: list[Item], k: int, lex: L.Lexicon) -> bool:
    """Whether a past form spelt like its masdar is the masdar here: after a preposition glued to
    it (بتراجع), a governing word (بعد تراجع) or a verb, next to it or before its subject
    (تنتظر الشركة تسلم، أعلن الوزير تراجع)."""
    item = items[k]
    bare = item.norm[len(item.clitic):] if item.clitic else item.norm
    if bare not in lex.masdar_like:
        return False
    if item.clitic and item.clitic != "و":
        return True  # بتراجع، لتجاوز
    for j in (k - 1, k - 2):
        before = items[j] if j >= 0 else None
        if before is None or before.sent != item.sent or before.kind != "word":
            return False
        if (j == k - 1 and before.norm in lex.masdar_governors) or _imperfect(before, lex) or (
                L.PAST in before.cats and before.norm not in lex.masdar_like):
            return True
    return False


def _past_of_future(items: list[Item], k: int, lex: L.Lexicon) -> bool:
    for j in (k - 1, k - 2):
        if j >= 0 and items[j].sent == items[k].sent and L.PAST in items[j].cats and \
                items[j].norm in PAST_AUXILIARIES:
            return True
    return False


MONTH_OR_DAY = frozenset({L.GREG, L.WEEKDAY, L.LEV})

# Prepositions that may stand between a clause's "and" and its time (", and on Tuesday", "، وفي").
TIME_PREPOSITIONS = {"on", "in", "at", "في", "خلال"}

# Words after which a clause's verb comes: a سـ-word there is a future verb, not a name.
VERB_OPENERS = {"ان", "انه", "انها", "انهم", "انهما", "لا", "كما", "وانه", "وانها", "الذي",
                "التي", "الذين", "حيث", "قد", "ثم", "بل", "لكنه", "لكنها", "ولكن", "لكن"}
PARTICIPLE_AUXILIARIES = {"be", "been", "being", "is", "are", "has", "have", "'s"}
PAST_AUXILIARIES = {"كان", "كانت", "كانوا", "كانا", "وكان", "وكانت", "was", "were", "had"}


def _bare(item: Item, lex: L.Lexicon) -> str:
    """The word without an Arabic conjunction glued to it (وقال، فأضاف، وأن)."""
    norm = item.norm
    if lex.lang == "ar" and norm[:1] in ("و", "ف") and len(norm) > 3:
        return norm[1:]
    return norm


def is_cue(item: Item, lex: L.Lexicon) -> bool:
    """A reporting verb of the extractor's cue lexicon (said, told, قال، أضاف، مضيفاً)."""
    return item.kind == "word" and (item.norm in lex.cues or _bare(item, lex) in lex.cues)


def _imperfect(item: Item, lex: L.Lexicon) -> bool:
    """An Arabic imperfect verb by its prefix (تنخفض، يصل); a listed perfect (تراجع is in the past
    lists) or a تـ word with the feminine ـت of the perfect (تراجعت، تمكنت) is not one."""
    norm = _bare(item, lex)
    return (item.kind == "word" and len(norm) >= 3 and norm.startswith(lex.imperfect_prefixes)
            and L.PAST not in item.cats and not (norm[0] == "ت" and norm[-1] == "ت"))


def _modal(items: list[Item], k: int, lex: L.Lexicon) -> bool:
    """could / may / might / likely, ربما، من المحتمل, قد or ربما before an imperfect verb, and an
    imperfect verb after أن (the subjunctive of expecting and wanting)."""
    item = items[k]
    if item.kind != "word" or (item.cats and not MONTH_OR_DAY.isdisjoint(item.cats)):
        return False  # "May" the month
    word = _bare(item, lex)
    nxt = items[k + 1] if k + 1 < len(items) and items[k + 1].sent == item.sent else None
    if word in lex.modals:
        if nxt is not None and nxt.norm in lex.modal_blocked_by:
            return False  # could have met: a possibility in the past
        return not (word in lex.negated_past_modals and nxt is not None
                    and nxt.norm in lex.negations)  # could not attend: it did not happen
    if word in lex.modal_particles and nxt is not None:
        return nxt.norm in lex.negations or _imperfect(nxt, lex)  # قد لا يتمكن، قد تنخفض
    # an imperfect after أن / كي: what is expected or wanted (توقعت أن تشهد، يريد أن يزور)
    return k > 0 and items[k - 1].text in lex.subjunctive and items[k - 1].sent == item.sent \
        and _imperfect(item, lex)


def _reporting_cue_before(items: list[Item], k: int, lex: L.Lexicon) -> int | None:
    """The reporting verb that the complementizer at ``k`` completes (قال الوزير إن، أضاف أن)."""
    sent = items[k].sent
    for j in range(k - 1, max(-1, k - 1 - REPORT_WINDOW), -1):
        item = items[j]
        if item.sent != sent or (item.kind == "punct" and item.text in BARRIERS) or \
                L.BARRIER in item.cats or _bare(item, lex) in lex.complementizers:
            return None
        if is_cue(item, lex):
            return j
    return None


def _frames(items: list[Item], k: int, first: int, lex: L.Lexicon) -> bool:
    """Whether the reporting verb at ``k`` dates the expression at ``first`` after it: the time of
    the saying ("said on Monday", "told reporters in Geneva on Monday"), not of what was said.

    Arabic opens what was said with إن / أن (the complementizer stop of :func:`tense_of`); English
    may drop "that" ("said the storm ..."). There the verb's own clause goes on through its
    addressee or a name (told reporters, said John Smith) to a complement (on, in, at, last);
    any other word first opens the reported clause.
    """
    if lex.lang == "ar" or items[k].norm not in lex.bare_cues:
        return True
    for item in items[k + 1:first]:
        if item.norm in lex.complements:
            return True
        if item.kind == "word" and not item.cats and item.norm not in lex.frame_words and \
                not item.text[:1].isupper():
            return False
    return True


def _trailing(items: list[Item], first: int, last: int, k: int) -> bool:
    """Whether the reporting verb at ``k``, after the expression, attributes the clause the
    expression is in (", he said."), rather than opening the sentence's frame after a fronted
    time ("On Monday, the minister said")."""
    if not any(items[j].kind == "punct" and items[j].text in (",", "،") for j in range(last, k)):
        return False
    sent, words = items[first].sent, 0
    for j in range(first - 1, max(-1, first - 4), -1):
        if items[j].sent != sent:
            break
        words += items[j].kind == "word"
    return words > 1


def _possessive(items: list[Item], last: int) -> bool:
    """Whether the expression ending before ``last`` bears an English 's (Tuesday's, May 2's)."""
    if last + 1 >= len(items):
        return False
    mark, s = items[last], items[last + 1]
    return mark.kind == "punct" and mark.text in ("'", "’") and s.norm == "s" and \
        mark.start == items[last - 1].end and s.start == mark.end


def tense_of(items: list[Item], first: int, last: int, lex: L.Lexicon,
             taken: frozenset[int] | set[int] = frozenset()) -> Tense:
    """The tense governing the expression that covers ``items[first:last]``.

    A reporting verb is no evidence for the tense of what it reports: "could fall early next
    week, he said" tells of a possible future, and "said" only of when it was said. The search
    stops where reported speech begins (the إن / أن after a cue, an English cue followed by its
    clause) and skips a cue that trails the clause; a modal (could, قد + imperfect) is a weak
    future: it fits a future date and never flags a past one.

    ``taken``: the items of the sentence's other time expressions, whose words (next, last,
    الماضي، أمس) tell of their own time, not of this one. A marker found after the expression
    decides its tense but flags it only when the time is fronted ("On Monday, the talks ended"):
    in "the target of zero clearing by 2030 was realistic" the verb after it is another's.
    """
    sent = items[first].sent
    weak: Tense | None = None
    # "Tuesday's meeting": a possessive time names an event, never the day of a saying before it
    possessive = _possessive(items, last)
    # "وصل أمس، والأحد المقبل يغادر": a time opening a new coordinated clause takes its tense
    # from that clause, not from the verb of the clause before the comma
    back = 0 if _opens_clause(items, first, lex) else BACK_WINDOW
    for distance, k in enumerate(range(first - 1, max(-1, first - 1 - back), -1), 1):
        item = items[k]
        if item.sent != sent or (item.kind == "punct" and item.text in BARRIERS):
            break
        if k in taken:
            continue
        if L.BARRIER in item.cats:
            return weak or UNKNOWN  # in a relative or temporal clause whose verb is unknown
        if lex.complementizers and _bare(item, lex) in lex.complementizers:
            cue = _reporting_cue_before(items, k, lex)
            if cue is not None:
                # the expression is in reported speech; of the reporting verb, only one of
                # expecting (يتوقع أن) says something of its time
                found = _marker(items, cue, lex)
                if found and found[0] == "future" and (weak is None or weak.kind == "future"):
                    return Tense("future", items[cue].text, first - cue, found[1])
                break
        if is_cue(item, lex) and (possessive or not _frames(items, k, first, lex)):
            break  # "said the storm ...": the reported clause starts after the verb
        if _modal(items, k, lex):
            weak = weak or Tense("future", item.text, distance, True)
            continue
        found = _marker(items, k, lex)
        if found and found[0] == "past" and item.norm not in PAST_AUXILIARIES and k > 0 and \
                items[k - 1].norm in PARTICIPLE_AUXILIARIES:
            continue  # "will be held", "is expected": the auxiliary before says the tense
        if found:
            if found[0] == "future" and _past_of_future(items, k, lex):
                return weak or UNKNOWN  # كان من المقرر، was scheduled: a plan made in the past
            tense = Tense(found[0], item.text, distance, found[1])
            if not tense.weak:
                # "من المقرر أن يصل", "will arrive": the strong marker behind the weak one
                # confirms it; one of the other tense does not override the nearer verb
                return tense if weak is None or weak.kind == tense.kind else weak
            weak = weak or tense
    if weak is not None:
        return weak
    ahead = last + 2 if possessive else last
    fronted = back == 0 or _fronted(items, first)
    for distance, k in enumerate(range(ahead, min(len(items), ahead + AHEAD_WINDOW)), 1):
        item = items[k]
        if item.sent != sent or (item.kind == "punct" and item.text in BARRIERS) or \
                L.BARRIER in item.cats:
            break
        if k in taken:
            continue
        if is_cue(item, lex) and _trailing(items, first, last, k):
            break  # ", he said": the attribution of the clause, not its tense
        if _modal(items, k, lex):
            return Tense("future", item.text, distance, True)
        found = _marker(items, k, lex)
        if found:
            return Tense(found[0], item.text, distance, found[1] or not fronted)
    return UNKNOWN


def _opens_clause(items: list[Item], first: int, lex: L.Lexicon) -> bool:
    """Whether the expression at ``first`` opens a clause joined by and / و after a comma, with a
    preposition before it or not (", and on Tuesday", "، وفي الأسبوع المقبل")."""
    k = first - 1
    joined = items[first].clitic.startswith("و")
    if not joined and k >= 0 and items[k].sent == items[first].sent and (
            items[k].norm in TIME_PREPOSITIONS or L.YEARTRIG in items[k].cats):
        joined = items[k].norm[:1] == "و" and items[k].norm[1:] in TIME_PREPOSITIONS  # وفي
        k -= 1  # the preposition: on, in, في
    if not joined:
        if k < 0 or items[k].norm not in ("و", "and"):
            return False
        k -= 1
    return k >= 0 and items[k].sent == items[first].sent and items[k].text in (",", "،")


def _fronted(items: list[Item], first: int) -> bool:
    """Whether the expression opens its sentence, after one word at most (On, In, وفي)."""
    sent, words = items[first].sent, 0
    for k in range(first - 1, -1, -1):
        if items[k].sent != sent:
            break
        words += items[k].kind != "punct"
        if words > 1:
            return False
    return True
