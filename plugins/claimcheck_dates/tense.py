"""The tense around a temporal expression: is the event it dates past or still to come?

Without a morphological analyser at hand (CAMeL Tools' databases are not installed everywhere),
the tense is read from markers in the dates lexicon: future markers (سوف، من المقرر، will, is due
to), the future prefix س on an imperfect verb (سيحضر، سترسل), nouns of plans and chances (فرص،
خطة, plans), past markers (كان، لم، أمس, was, ago), frequent perfect verbs of news copy (قال،
أعلن، سعى) and, in English, verbs in -ed. The nearest marker in the same sentence wins, looking
back first (Arabic puts the verb before its adjuncts, English mostly too) and then ahead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck_dates import lexicon as L

if TYPE_CHECKING:
    from claimcheck_dates.finder import Item

BACK_WINDOW = 12  # items looked at before the expression
AHEAD_WINDOW = 6  # and after it
STRONG_DISTANCE = 8  # a marker this close governs the expression (for tense-timeline)
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


def _marker(item: Item, lex: L.Lexicon, before: Item | None = None) -> tuple[str, bool] | None:
    """("future" | "past", weak) for a marker word, else None.

    The future prefix سـ is guessed from the spelling, and foreign names share it (ستيفان، سيرغي):
    the guess is strong only where a verb opens a clause (after و / ف, أن / إنه, or a comma).
    """
    cats = item.cats
    if L.FUTURE in cats:
        return "future", False
    if L.PROSPECTIVE in cats:
        return "future", True
    if L.PAST in cats:
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


def _past_of_future(items: list[Item], k: int, lex: L.Lexicon) -> bool:
    for j in (k - 1, k - 2):
        if j >= 0 and items[j].sent == items[k].sent and L.PAST in items[j].cats and \
                items[j].norm in PAST_AUXILIARIES:
            return True
    return False


# Words after which a clause's verb comes: a سـ-word there is a future verb, not a name.
VERB_OPENERS = {"ان", "انه", "انها", "انهم", "انهما", "لا", "كما", "وانه", "وانها", "الذي",
                "التي", "الذين", "حيث", "قد", "ثم", "بل", "لكنه", "لكنها", "ولكن", "لكن"}
PARTICIPLE_AUXILIARIES = {"be", "been", "being", "is", "are", "has", "have", "'s"}
PAST_AUXILIARIES = {"كان", "كانت", "كانوا", "كانا", "وكان", "وكانت", "was", "were", "had"}


def tense_of(items: list[Item], first: int, last: int, lex: L.Lexicon) -> Tense:
    """The tense governing the expression that covers ``items[first:last]``."""
    sent = items[first].sent
    weak: Tense | None = None
    for distance, k in enumerate(range(first - 1, max(-1, first - 1 - BACK_WINDOW), -1), 1):
        item = items[k]
        if item.sent != sent or (item.kind == "punct" and item.text in BARRIERS):
            break
        if L.BARRIER in item.cats:
            return weak or UNKNOWN  # in a relative or temporal clause whose verb is unknown
        found = _marker(item, lex, items[k - 1] if k > 0 else None)
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
    for distance, k in enumerate(range(last, min(len(items), last + AHEAD_WINDOW)), 1):
        item = items[k]
        if item.sent != sent or (item.kind == "punct" and item.text in BARRIERS) or \
                L.BARRIER in item.cats:
            break
        found = _marker(item, lex, items[k - 1] if k > 0 else None)
        if found:
            return Tense(found[0], item.text, distance, found[1])
    return UNKNOWN
