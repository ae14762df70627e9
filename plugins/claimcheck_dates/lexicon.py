"""The temporal vocabulary of one language, loaded from rules/lexicons/<lang>/dates.yaml.

The YAML lists words as a newsroom spells them; this module folds them to the matching form
(claimcheck's Arabic normalization, or lower case), adds the attached Arabic clitics, and builds
one lookup table keyed by a phrase's first word, so the tagger needs one dict lookup per word.
Built once per language and cached.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

# Clitics that attach to a date word in Arabic copy: وفي، بالأمس، للثلاثاء، وكانون. ل + ال is
# written لل, which the expansion below handles.
AR_CLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")

FOLD_CACHE_SIZE = 50_000  # words whose folded form is kept; a long batch must not grow it forever

# Categories a word can carry in the lookup table (a word may carry several: يوم is a day word
# and a unit).
WEEKDAY, GREG, LEV, HIJRI, ORD, RELDAY = "wd", "gm", "lm", "hm", "ord", "relday"
DAYWORD, DUALDAY, UNIT, DIR, THIS = "dayw", "dual", "unit", "dir", "this"
PART, NUMW, AGO, AFTER, MONTHW = "part", "numw", "ago", "after", "monthw"
YEARW, GSUF, HSUF, EQUIV = "yearw", "gsuf", "hsuf", "eq"
FROM, BETWEEN, TO, AND, YEARTRIG = "from", "between", "to", "and", "ytrig"
FUTURE, PAST, PROSPECTIVE, BARRIER = "future", "past", "prosp", "barrier"
DECADE, QUARTER, RECENT = "decade", "quarter", "recent"


@dataclass
class Entry:
    """One phrase of the table: the words after the first, its categories, the clitic it bore."""

    rest: tuple[str, ...]
    cats: dict[str, Any]
    clitic: str = ""


@dataclass
class Lexicon:
    lang: str
    table: dict[str, list[Entry]] = field(default_factory=dict)
    ambiguous: set[str] = field(default_factory=set)
    not_after_today: set[str] = field(default_factory=set)
    future_prefix: tuple[str, ...] = ()
    not_future: set[str] = field(default_factory=set)
    not_past: set[str] = field(default_factory=set)
    # Bare perfect forms that are also verbal nouns (تراجع، تجاوز، تسلم: the perfect of a تفعّل /
    # تفاعل verb is spelt as its masdar): no past marker after a preposition or a verb
    # ("بعد تراجع الأسعار"، "تنتظر الشركة تسلم 65 طائرة").
    masdar_like: set[str] = field(default_factory=set)
    masdar_governors: set[str] = field(default_factory=set)
    names: dict[str, dict[int, str]] = field(default_factory=dict)  # cat -> number -> spelling
    weekday_name_before: set[str] = field(default_factory=set)  # Good (Friday), Super (Tuesday)
    # Decade words: not a decade before an age word (في الستينات من عمره, "in his sixties"); a
    # century word after one says which century (تسعينيات القرن الماضي).
    age_words: set[str] = field(default_factory=set)
    fiscal_words: set[str] = field(default_factory=set)  # fiscal 2016: not a calendar year
    century_words: set[str] = field(default_factory=set)
    this_century: set[str] = field(default_factory=set)
    weekday_name_after: set[str] = field(default_factory=set)  # (Sunday) Times
    # Reported speech (from the extractor's rules/lexicons/<lang>/cues.yaml): the reporting verb
    # dates the saying, not the reported event, so the tense search must tell them apart.
    cues: set[str] = field(default_factory=set)  # every form of a reporting verb
    bare_cues: set[str] = field(default_factory=set)  # those that report without that/أن
    complementizers: set[str] = field(default_factory=set)  # إن، أنه، بأن (Arabic)
    complements: set[str] = field(default_factory=set)  # said [on Monday / in a statement]
    frame_words: set[str] = field(default_factory=set)  # told [reporters], has [also] said
    # Modality: could, may, قد + imperfect: a possible event, which a future date fits.
    modals: set[str] = field(default_factory=set)
    modal_particles: set[str] = field(default_factory=set)  # only before an imperfect verb
    modal_blocked_by: set[str] = field(default_factory=set)  # could have met: a past possibility
    negated_past_modals: set[str] = field(default_factory=set)  # could not attend: a past fact
    negations: set[str] = field(default_factory=set)
    imperfect_prefixes: tuple[str, ...] = ()
    subjunctive: set[str] = field(default_factory=set)  # as printed: أن (+ imperfect), كي
    _folded: dict[str, str] = field(default_factory=dict, repr=False)

    def fold(self, word: str) -> str:
        """The matching form of a word or phrase in this language (remembered: the tagger folds
        the same split-off words, "غداً." or "و8", article after article)."""
        folded = self._folded.get(word)
        if folded is None:
            if self.lang == "ar":
                from claimcheck.analyze.normalize import normalize_ar

                folded = normalize_ar(word)
            else:
                folded = word.lower()
            if len(self._folded) < FOLD_CACHE_SIZE:
                self._folded[word] = folded
        return folded

    def add(self, phrase: str, cat: str, value: Any = True) -> None:
        from claimcheck_dates.pieces import split_phrase

        words = split_phrase(self.fold(str(phrase)))
        if not words:
            return
        first, rest = words[0], tuple(words[1:])
        variants = [(first, "")]
        # Clitics on one- or two-letter words would turn له، به into date words; و and ف alone
        # are safe there (وفي، ومن، ولم).
        if self.lang == "ar" and len(first) > 1:
            for clitic in AR_CLITICS if len(first) > 2 else ("و", "ف"):
                if clitic.endswith("ل") and first.startswith("ال"):
                    variants.append((clitic[:-1] + "لل" + first[2:], clitic))
                else:
                    variants.append((clitic + first, clitic))
        for key, clitic in variants:
            entries = self.table.setdefault(key, [])
            for entry in entries:
                if entry.rest == rest and entry.clitic == clitic:
                    entry.cats.setdefault(cat, value)
                    break
            else:
                entries.append(Entry(rest, {cat: value}, clitic))
                entries.sort(key=lambda e: -len(e.rest))  # longest phrase first


def _numbered(lex: Lexicon, section: dict | None, cat: str) -> None:
    for number, words in (section or {}).items():
        for word in words or []:
            lex.add(word, cat, int(number))


def _plain(lex: Lexicon, words: list | None, cat: str, value: Any = True) -> None:
    for word in words or []:
        lex.add(word, cat, value)


def _past_forms(stem: str) -> list[str]:
    """Perfect forms of a sound verb stem: fem., dual, plural, and the common object pronouns."""
    forms = [stem + suffix for suffix in ("", "ت", "ا", "وا", "تا", "ن", "نا")]
    return forms + [f + p for f in (stem, stem + "ت", stem + "وا") for p in ("ه", "ها", "هم")]


def _ar_present_forms(stem: str) -> list[str]:
    """Imperfect forms of a 3ms stem (يقول): تقول، يقولون، يقولان، تقولان."""
    fem = "ت" + stem[1:]
    return [stem, fem, stem + "ون", stem + "ان", fem + "ان"]


def _cue_forms(lang: str, data: dict, fold: Any) -> tuple[set[str], set[str]]:
    """(every reporting-verb form, the forms that report with no complementizer) of cues.yaml."""
    every: set[str] = set()
    bare: set[str] = set()
    sections = (("verbs", True), ("continuation_verbs", True), ("participles", True),
                ("masdar", False), ("passive", False))
    for section, verbal in sections:
        for entry in data.get(section) or []:
            forms = [fold(str(w)) for w in entry.get("forms") or []]
            for stem in entry.get("past") or []:
                forms += _past_forms(fold(stem))
            for stem in entry.get("present") or []:
                forms += _ar_present_forms(fold(stem))
            if lang == "ar" and section == "participles":
                # مضيفا -> مضيفه، مضيفين، مضيفون (folded feminine and plural)
                forms += [f[:-1] + suffix for f in forms if f.endswith("ا")
                          for suffix in ("ه", "ين", "ون", "تين")]
            every.update(forms)
            if verbal and not entry.get("needs_that") and not entry.get("requires"):
                bare.update(forms)
    return every, bare


def _cues(lex: Lexicon) -> None:
    from claimcheck.resources import lexicon

    try:
        data = lexicon(lex.lang, "cues")
    except FileNotFoundError:
        return
    lex.cues, lex.bare_cues = _cue_forms(lex.lang, data, lex.fold)
    comps = data.get("complementizers") or {}
    words = [lex.fold(w) for w in comps.get("words") or []]
    suffixes = [""] + [lex.fold(s) for s in comps.get("suffixes") or []]
    lex.complementizers = {w + s for w in words for s in suffixes}
    bounds = data.get("boundaries") or {}
    for phrase in bounds.get("complements") or []:
        lex.complements.update(lex.fold(str(phrase)).split())
    for section in ("addressees", "auxiliaries"):
        for phrase in bounds.get(section) or []:
            lex.frame_words.update(lex.fold(str(phrase)).split())


@cache
def load(lang: str) -> Lexicon:
    """The lookup table for ``lang`` ("ar" or "en"); a language without a file gets English."""
    from claimcheck.resources import lexicon

    try:
        data = lexicon(lang, "dates")
    except FileNotFoundError:
        data, lang = lexicon("en", "dates"), "en"
    lex = Lexicon(lang)
    _numbered(lex, data.get("weekdays"), WEEKDAY)
    _numbered(lex, data.get("months_gregorian"), GREG)
    _numbered(lex, data.get("months_levantine"), LEV)
    _numbered(lex, data.get("months_hijri"), HIJRI)
    _numbered(lex, data.get("ordinals"), ORD)
    _numbered(lex, data.get("relative_days"), RELDAY)
    _numbered(lex, data.get("directions"), DIR)
    _numbered(lex, data.get("number_words"), NUMW)
    _numbered(lex, data.get("decades"), DECADE)
    _numbered(lex, data.get("quarters"), QUARTER)
    day_words = data.get("day_words") or {}
    _plain(lex, day_words.get("single"), DAYWORD)
    _plain(lex, day_words.get("dual"), DUALDAY)
    for unit, counts in (data.get("units") or {}).items():
        for count, words in counts.items():
            _plain(lex, words, UNIT, (unit, None if count == "many" else int(count)))
    for part, words in (data.get("parts") or {}).items():
        _plain(lex, words, PART, part)
    for section, cat in (("this_words", THIS), ("ago", AGO), ("after", AFTER), ("recent", RECENT),
                         ("month_words", MONTHW), ("year_words", YEARW),
                         ("gregorian_suffix", GSUF), ("hijri_suffix", HSUF),
                         ("equivalence", EQUIV), ("from", FROM), ("between", BETWEEN), ("to", TO),
                         ("and", AND), ("year_triggers", YEARTRIG), ("future_markers", FUTURE),
                         ("prospective", PROSPECTIVE), ("past_markers", PAST),
                         ("past_verb_forms", PAST), ("tense_barriers", BARRIER)):
        _plain(lex, data.get(section), cat)
    for stem in data.get("past_verbs") or []:
        folded = lex.fold(stem)
        _plain(lex, _past_forms(folded), PAST)
        if lex.lang == "ar" and folded.startswith("ت") and not folded.endswith(("ى", "ي")):
            lex.masdar_like.add(folded)  # تولى، توفي: defective verbs, whose masdar differs
    lex.masdar_governors = {lex.fold(w) for w in data.get("masdar_governors") or []}
    for section, cat in (("months_gregorian", GREG), ("months_levantine", LEV),
                         ("months_hijri", HIJRI), ("weekdays", WEEKDAY)):
        lex.names[cat] = {int(k): v[0] for k, v in (data.get(section) or {}).items() if v}
    lex.ambiguous = {lex.fold(w) for w in data.get("ambiguous") or []}
    lex.not_after_today = {lex.fold(w) for w in data.get("not_after_today") or []}
    decade_context = data.get("decade_context") or {}
    lex.age_words = {lex.fold(w) for w in decade_context.get("age_words") or []}
    lex.fiscal_words = {lex.fold(w) for w in data.get("fiscal_words") or []}
    lex.century_words = {lex.fold(w) for w in decade_context.get("century_words") or []}
    lex.this_century = {lex.fold(w) for w in decade_context.get("this_century") or []}
    lex.weekday_name_before = {lex.fold(w) for w in data.get("weekday_name_before") or []}
    lex.weekday_name_after = {lex.fold(w) for w in data.get("weekday_name_after") or []}
    lex.future_prefix = tuple(lex.fold(w) for w in data.get("future_prefix") or [])
    lex.not_future = {lex.fold(w) for w in data.get("not_future") or []}
    lex.not_past = {lex.fold(w) for w in data.get("not_past") or []}
    modality = data.get("modality") or {}
    for key in ("modals", "modal_particles", "modal_blocked_by", "negated_past_modals",
                "negations"):
        setattr(lex, key, {lex.fold(str(w)) for w in modality.get(key) or []})
    lex.imperfect_prefixes = tuple(lex.fold(w) for w in modality.get("imperfect_prefixes") or [])
    lex.subjunctive = {str(w) for w in modality.get("subjunctive") or []}
    _cues(lex)
    return lex
