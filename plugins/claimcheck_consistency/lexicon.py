"""The consistency lexicons (rules/lexicons/<lang>/consistency.yaml), folded for matching.

Arabic entries are normalized the way token norms are (claimcheck.analyze.normalize), English ones
lower-cased, so that every lookup compares like with like.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache


@dataclass
class BlameExpression:
    words: tuple[str, ...]
    party: str  # "after" or "before"
    then: tuple[str, ...] = ()  # words that must follow the party (حمّل X المسؤولية)


@dataclass
class Lexicon:
    lang: str
    number_words: dict[str, int] = field(default_factory=dict)
    scales: dict[str, int] = field(default_factory=dict)
    approximators: set[str] = field(default_factory=set)
    not_counts: set[str] = field(default_factory=set)
    year_words: set[str] = field(default_factory=set)
    percent_words: set[str] = field(default_factory=set)  # %, percent, المئة: a rate, not a count
    counted: dict[str, str] = field(default_factory=dict)  # noun -> group
    events: dict[str, str] = field(default_factory=dict)  # event word -> class (killed...)
    event_phrases: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    group_events: dict[str, str] = field(default_factory=dict)  # noun group -> class
    breakdowns: set[str] = field(default_factory=set)  # بينهم، including
    event_fillers: set[str] = field(default_factory=set)  # were, قد: no distance to an event
    clause_openers: set[str] = field(default_factory=set)  # and, بينما: end the look-back
    titles: set[str] = field(default_factory=set)
    cues: dict[str, str] = field(default_factory=dict)  # verb -> stance
    blame: list[BlameExpression] = field(default_factory=list)
    variants: dict[str, frozenset[str]] = field(default_factory=dict)  # form -> its group
    equivalents: dict[str, frozenset[str]] = field(default_factory=dict)
    not_names: set[str] = field(default_factory=set)
    reciprocals: set[str] = field(default_factory=set)  # "each other": no party of its own

    def fold(self, word: str) -> str:
        return fold(word, self.lang)

    def known_variants(self, a: str, b: str) -> bool:
        return b in self.variants.get(a, ())

    def equivalent(self, a: str, b: str) -> bool:
        return b in self.equivalents.get(a, ())


def fold(word: str, lang: str) -> str:
    """The matching form of a word: normalized Arabic, lower-case English."""
    if lang == "ar":
        from claimcheck.analyze.normalize import normalize_ar

        return normalize_ar(word)
    return word.lower()


@cache
def load(lang: str) -> Lexicon:
    """The folded lexicon for ``lang`` (English data for a language we have none for)."""
    from claimcheck.resources import lexicon

    try:
        data = lexicon(lang, "consistency") or {}
    except FileNotFoundError:
        data = lexicon("en", "consistency") or {}
        lang = "en"
    lex = Lexicon(lang=lang)
    f = lex.fold
    lex.number_words = {f(k): int(v) for k, v in (data.get("number_words") or {}).items()}
    lex.scales = {f(k): int(v) for k, v in (data.get("scales") or {}).items()}
    lex.approximators = {f(w) for w in data.get("approximators") or []}
    lex.not_counts = {f(w) for w in data.get("not_counts") or []}
    lex.year_words = {f(w) for w in data.get("year_words") or []}
    lex.percent_words = {f(w) for w in data.get("percent_words") or []}
    for group, nouns in (data.get("counted_nouns") or {}).items():
        for noun in nouns:
            lex.counted[f(noun)] = group
    for cls, item in (data.get("events") or {}).items():
        for entry in (item or {}).get("words") or []:
            lex.events[f(entry)] = str(cls)
        for entry in ((item or {}).get("words") or []) + ((item or {}).get("phrases") or []):
            if " " in str(entry).strip():
                lex.event_phrases.append((tuple(f(w) for w in str(entry).split()), str(cls)))
    lex.group_events = {str(g): str(c) for g, c in (data.get("group_events") or {}).items()}
    lex.breakdowns = {f(w) for w in data.get("breakdowns") or []}
    lex.event_fillers = {f(w) for w in data.get("event_fillers") or []}
    lex.clause_openers = {f(w) for w in data.get("clause_openers") or []}
    lex.titles = {f(w) for w in data.get("titles") or []}
    for stance, verbs in (data.get("cues") or {}).items():
        for verb in verbs:
            lex.cues[f(verb)] = stance
    for item in data.get("blame") or []:
        lex.blame.append(BlameExpression(tuple(f(w) for w in item["words"]), item["party"],
                                         tuple(f(w) for w in item.get("then") or [])))
    for key, target in (("variant_pairs", lex.variants), ("equivalents", lex.equivalents)):
        for group in data.get(key) or []:
            folded = frozenset(f(w) for w in group)
            for form in folded:
                target[form] = folded | target.get(form, frozenset())
    lex.not_names = {f(w) for w in data.get("not_names") or []}
    lex.reciprocals = {" ".join(f(w) for w in str(phrase).split())
                       for phrase in data.get("reciprocals") or []}
    return lex
