"""consistency.name-variant: one name written two ways in the same article.

Candidates are the article's proper-noun-like words (Arabic: words of four letters or more, clitics
stripped, that are not function words, number words or cue verbs; English: capitalised words).
Two forms are one name spelled two ways when they are a known variant pair, or when they have the
same transliteration skeleton (long vowels dropped, ة/ه/ا endings, ك/ق, ج/غ, ز/ذ, ت/ط, س/ص, د/ض
folded; English: a close rapidfuzz ratio) and none of the guards applies: a known equivalent pair
(سوريا/سورية), an inflection or nisba (الرئيس/الرئيسي، روسيا/روسية), or two words that are both
common in general text (wordfreq), which is what distinct words that merely look alike are.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from claimcheck_consistency.lexicon import Lexicon
from claimcheck_consistency.words import Word, is_arabic, lexicon, span, where, words, zipf

RULE = "consistency.name-variant"
COMMON = 3.5  # Zipf frequency above which a word is common general vocabulary
TANWEEN = ("\u064b", "\u064c", "\u064d")
RARE = 2.0  # below which a word is rare enough to be a name when it stands only once
AR_FOLD = str.maketrans({"ك": "ق", "غ": "ج", "ذ": "ز", "ط": "ت", "ص": "س", "ض": "د", "ث": "س"})
AR_SUFFIXES = ("", "ا", "ه", "ي", "يه", "ين", "ون", "ان", "ات", "يين", "يون", "ها", "هم", "تان",
               "تين", "يا")
EN_SUFFIXES = ("", "s", "'s", "n", "an", "ian", "i", "ese", "ish", "es")


@dataclass
class NameForm:
    stem: str
    words: list[Word]

    @property
    def surface(self) -> str:
        return self.words[0].surface or self.words[0].text


def _ar_skeleton(stem: str) -> str:
    body = stem.translate(AR_FOLD)
    body = body.rstrip("اه") or body
    return body[0] + "".join(c for c in body[1:] if c not in "اوي")


def _ar_spelling(a: str) -> str:
    """Consonant classes folded and the ending ا/ه made one letter."""
    body = a.translate(AR_FOLD)
    return body[:-1] + "ه" if body[-1:] in ("ا", "ه") else body


def _vowels_inserted(a: str, b: str) -> bool:
    """Whether one form is the other with one or two long vowels written in (ترمب / ترامب)."""
    fa, fb = _ar_spelling(a), _ar_spelling(b)
    if fa == fb:
        return True
    short, long_ = sorted((fa, fb), key=len)
    if not 0 < len(long_) - len(short) <= 2 or short[0] != long_[0]:
        return False
    k = 0
    for ch in long_:
        if k < len(short) and ch == short[k]:
            k += 1
        elif ch not in "اوي":
            return False
    return k == len(short)


def _inflection(a: str, b: str, suffixes: tuple[str, ...]) -> bool:
    """Whether a and b are one stem with different endings (plural, feminine, nisba...)."""
    for sa in suffixes:
        if sa and not a.endswith(sa):
            continue
        base = a[: len(a) - len(sa)] if sa else a
        if len(base) < 3:
            continue
        for sb in suffixes:
            if sa == sb or base + sb != b:
                continue
            # استانا / استانة is a spelling of the ending, not an inflection; روسيا / روسية is
            return {sa, sb} != {"ا", "ه"} or base.endswith("ي")
    return False


def _freq(stem: str, lang: str, surfaces: dict[str, set[str]] | None) -> float:
    """How common a form is, from its spellings in the text: folding (ة→ه, أ→ا) makes frequent
    words look rare, so the folded stem alone is a last resort."""
    forms = (surfaces or {}).get(stem) or {stem}
    return max(zipf(f, lang) for f in forms | {stem})


def ar_variants(a: str, b: str, lex: Lexicon,
                surfaces: dict[str, set[str]] | None = None) -> bool:
    if a == b or lex.equivalent(a, b):
        return False
    if lex.known_variants(a, b):
        return True
    if not _vowels_inserted(a, b) or _inflection(a, b, AR_SUFFIXES):
        return False
    return min(_freq(a, "ar", surfaces), _freq(b, "ar", surfaces)) < COMMON


def en_variants(a: str, b: str, lex: Lexicon,
                surfaces: dict[str, set[str]] | None = None) -> bool:
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.fuzz import ratio

    if a == b or lex.equivalent(a, b):
        return False
    if lex.known_variants(a, b):
        return True
    if min(len(a), len(b)) < 5 or _inflection(a, b, EN_SUFFIXES):
        return False
    if ratio(a, b) < 80 or Levenshtein.distance(a, b) > 2:
        return False
    if a[0] != b[0] and {a[0], b[0]} not in ({"g", "q"}, {"k", "q"}, {"c", "k"}, {"g", "k"}):
        return False
    return min(zipf(a, "en"), zipf(b, "en")) < COMMON


def _stop_words(lang: str) -> set[str]:
    from claimcheck_consistency.lexicon import fold

    if lang == "ar":
        from spacy.lang.ar.stop_words import STOP_WORDS
    else:
        from spacy.lang.en.stop_words import STOP_WORDS
    return {fold(w, lang) for w in STOP_WORDS}


def _clitic_function_word(norm: str, excluded: set[str]) -> bool:
    """"بأنه" is ب + أنه: a function word behind a one-letter clitic is no name."""
    return norm[:1] in "وفبلك" and norm[1:] in excluded


def _strip_left_clitics(forms: dict[str, NameForm], lex: Lexicon) -> dict[str, NameForm]:
    """"وإيرن" kept its و (nothing in the text said the bare form is a word): take it off when the
    bare form is, or looks like, another name in the article."""
    from dataclasses import replace

    for stem in list(forms):
        if stem[:1] not in "وفبلك" or len(stem) < 5 or stem not in forms:
            continue
        bare = stem[1:]
        if any(zipf(w.surface, "ar") >= RARE for w in forms[stem].words):
            continue  # "وزارة" is a word, not و + "زارة"
        if not any(bare == o or ar_variants(bare, o, lex) for o in forms if o != stem):
            continue
        moved = [replace(w, stem=bare, start=w.start + 1, surface=w.surface[1:])
                 for w in forms.pop(stem).words]
        forms.setdefault(bare, NameForm(bare, [])).words.extend(moved)
    return forms


def name_forms(analysis) -> dict[str, NameForm]:
    """The article's name-like forms, by stem, with every occurrence."""
    lex = lexicon(analysis)
    stops = _stop_words(lex.lang)
    excluded = stops | lex.not_names | set(lex.number_words) | set(lex.scales) | set(lex.cues)
    forms: dict[str, NameForm] = {}
    ws = words(analysis)
    if lex.lang == "ar":
        for w in ws:
            if any(mark in w.text for mark in TANWEEN):
                continue  # "مضيفاً": a case ending; names do not take tanween
            if len(w.stem) >= 4 and is_arabic(w.stem) and w.stem not in excluded \
                    and w.norm not in excluded and not _clitic_function_word(w.norm, excluded):
                forms.setdefault(w.stem, NameForm(w.stem, [])).words.append(w)
        return _strip_left_clitics(forms, lex)
    lower_seen = {w.norm for w in ws if w.alpha and w.text.islower()}
    for w in ws:
        if not (w.alpha and w.text[:1].isupper()) or w.stem in excluded:
            continue
        if w.stem in lower_seen:
            continue  # also written in lower case: a common word
        if w.sent_start and zipf(w.stem, "en") >= COMMON:
            continue
        forms.setdefault(w.stem, NameForm(w.stem, [])).words.append(w)
    return forms


def variant_groups(analysis) -> list[list[NameForm]]:
    """Groups of forms that look like one name spelled differently, most frequent form first."""
    lex = lexicon(analysis)
    forms = name_forms(analysis)
    same = ar_variants if lex.lang == "ar" else en_variants
    buckets: dict[str, list[NameForm]] = defaultdict(list)
    for form in forms.values():
        key = _ar_skeleton(form.stem) if lex.lang == "ar" else form.stem[:1]
        buckets[key].append(form)
    for form in forms.values():  # known pairs whose skeletons differ (Kyiv / Kiev)
        for other in lex.variants.get(form.stem, ()):
            if other in forms and other != form.stem:
                key = _ar_skeleton(form.stem) if lex.lang == "ar" else form.stem[:1]
                if forms[other] not in buckets[key]:
                    buckets[key].append(forms[other])
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    surfaces = {stem: {w.surface for w in form.words} for stem, form in forms.items()}
    ws = words(analysis)
    for bucket in buckets.values():
        for k, a in enumerate(bucket):
            for b in bucket[k + 1:]:
                if same(a.stem, b.stem, lex, surfaces) and (
                        lex.known_variants(a.stem, b.stem) or _used_alike(a, b, lex.lang, ws)):
                    parent[root(a.stem)] = root(b.stem)
    groups: dict[str, list[NameForm]] = defaultdict(list)
    for stem in {s for s in parent} | set(parent.values()):
        groups[root(stem)].append(forms[stem])
    out = []
    for group in groups.values():
        if len(group) > 1 and _worth_reporting(group, lex):
            group.sort(key=lambda f: (-len(f.words), f.words[0].start))
            out.append(group)
    return sorted(out, key=lambda g: g[0].words[0].start)


def _definite(w: Word) -> bool:
    prefix = w.norm[: len(w.norm) - len(w.stem)] if w.norm.endswith(w.stem) else ""
    return prefix.endswith(("ال", "لل"))


def _used_alike(a: NameForm, b: NameForm, lang: str, ws: list[Word]) -> bool:
    """Whether two forms are used the way one name is. Arabic: a name keeps its definiteness
    (ترامب never takes ال, القذافي always does), while a common noun and its broken plural
    alternate (إقليم / الأقاليم). English: a form always followed by another capitalised word is
    part of a longer name ("Riyad Bank", "Riyad Mansour"), not the same as a form never so used
    ("Riyadh")."""
    if lang == "ar":
        kinds = {_definite(w) for w in a.words} | {_definite(w) for w in b.words}
        return len(kinds) == 1

    def compound(form: NameForm) -> list[bool]:
        out = []
        for w in form.words:
            k = ws.index(w)
            nxt = ws[k + 1] if k + 1 < len(ws) else None
            out.append(bool(nxt and nxt.alpha and nxt.text[:1].isupper()
                            and nxt.sent == w.sent))
        return out

    ca, cb = compound(a), compound(b)
    return not ((all(ca) and not any(cb)) or (all(cb) and not any(ca)))


def _worth_reporting(group: list[NameForm], lex: Lexicon) -> bool:
    """A usual form that recurs, a known pair, or a rare form: a one-off pair of words that
    are common enough to be ordinary vocabulary is as likely two words as one name."""
    stems = [f.stem for f in group]
    if any(lex.known_variants(a, b) for a in stems for b in stems):
        return True
    if max(len(f.words) for f in group) >= 2:
        return True
    surfaces = {f.stem: {w.surface for w in f.words} for f in group}
    return min(_freq(f.stem, lex.lang, surfaces) for f in group) < RARE


def check(analysis) -> list:
    from claimcheck.model import Finding

    findings = []
    for group in variant_groups(analysis):
        main = group[0]
        main_spans = [span(analysis, w) for w in main.words]
        for other in group[1:]:
            spans = [span(analysis, w) for w in other.words]
            first = spans[0]
            message = (f"{where(analysis, first)} and {where(analysis, main_spans[0])} look like "
                       f"one name spelled two ways ({main.surface} ×{len(main.words)}, "
                       f"{other.surface} ×{len(other.words)})")
            findings.append(Finding(
                rule=RULE, message=message, severity="warning", span=first,
                related=spans[1:] + main_spans,
                data={"form": first.text, "usual_form": main_spans[0].text,
                      "counts": {first.text: len(spans), main_spans[0].text: len(main_spans)},
                      "stems": [other.stem, main.stem]}))
    return findings
