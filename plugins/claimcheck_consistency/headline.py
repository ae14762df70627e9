"""Where the headline is, and consistency.headline-unsupported: headline names and numbers that
the body does not support.

The headline is ``Article.title_span`` when the loader found one, else the front-matter title, else
the article's first paragraph (and a second, the standfirst) when it reads as a headline: short,
with no full stop at its end, before a longer body. Names are the extractor's gazetteer
(rules/lexicons/<lang>/sources.yaml: entities with their aliases, places) and, in English, rare
capitalised words; a name is supported when the body names it, an alias, a known equivalent
spelling, or a word built on it ("الروسي" for "روسيا", "Russian" for "Russia").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from claimcheck_consistency.words import Word, lexicon, per_analysis, words, zipf

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis
    from claimcheck.model import Finding

RULE = "consistency.headline-unsupported"
HEADLINE_END = (".", "!", "؟", "?", ":", "،", ",", "»", "”", '"')
MAX_HEADLINE_WORDS = 25


@dataclass
class Headline:
    start: int  # view offsets of the headline block (first line, and a standfirst)
    end: int

    def holds(self, view_offset: int) -> bool:
        return self.start <= view_offset < self.end


def _looks_like_headline(text: str) -> bool:
    text = text.strip()
    return bool(text) and len(text.split()) <= MAX_HEADLINE_WORDS and not text.endswith(
        HEADLINE_END)


@per_analysis("headline")
def headline(analysis: Analysis) -> Headline | None:
    """The headline block in view coordinates, or None (cached per analysis)."""
    found = None
    article = analysis.article
    paras = analysis.paragraphs
    if article.title_span is not None:
        found_range = analysis.view_offsets(article.title_span)
        if found_range:
            found = Headline(*found_range)
    if found is None and paras and len(paras) >= 3:
        first = paras[0]
        title = (article.title or "").strip()
        if (title and first.text.strip() == title) or (not title and
                                                       _looks_like_headline(first.text)):
            end = first.end_char
            second = paras[1]
            if not title and _looks_like_headline(second.text) and len(paras) >= 4:
                end = second.end_char  # a standfirst under the headline
            found = Headline(first.start_char, end)
    return found


def _key(word: str) -> str:
    """The form gazetteer phrases and text words meet on: folded, without a definite article."""
    return word[2:] if word.startswith("ال") and len(word) >= 5 else word


@cache
def gazetteer(lang: str) -> tuple[tuple[frozenset[tuple[str, ...]], ...], ...]:
    """Known names from the extractor's rules/lexicons/<lang>/sources.yaml, as groups of word
    sequences that name one thing (a name and its aliases); empty when there is no gazetteer."""
    from claimcheck.resources import lexicon
    from claimcheck_consistency.lexicon import fold

    try:
        data = lexicon(lang, "sources") or {}
    except (FileNotFoundError, OSError, ValueError):
        return ()

    def phrase(text: str) -> tuple[str, ...]:
        return tuple(_key(fold(w, lang)) for w in str(text).split())

    groups = []
    for entity in data.get("entities") or []:
        if isinstance(entity, dict) and entity.get("name"):
            names = [entity["name"], *(entity.get("aliases") or [])]
            groups.append(frozenset(phrase(n) for n in names))
    for place in data.get("places") or []:
        if isinstance(place, str):
            groups.append(frozenset({phrase(place)}))
    return tuple(groups)


@cache
def places(lang: str) -> frozenset[tuple[str, ...]]:
    """Gazetteer names that are places (and metonyms: "موسكو", "the White House")."""
    from claimcheck.resources import lexicon
    from claimcheck_consistency.lexicon import fold

    try:
        data = lexicon(lang, "sources") or {}
    except (FileNotFoundError, OSError, ValueError):
        return frozenset()
    names = [p for p in data.get("places") or [] if isinstance(p, str)]
    for entity in data.get("entities") or []:
        if isinstance(entity, dict) and entity.get("metonym") and entity.get("name"):
            names += [entity["name"], *(entity.get("aliases") or [])]
    return frozenset(tuple(_key(fold(w, lang)) for w in str(n).split()) for n in names)


def _occurs(keys: list[str], phrase: tuple[str, ...]) -> int:
    """Where ``phrase`` starts in ``keys`` (-1 if nowhere)."""
    n = len(phrase)
    for k in range(len(keys) - n + 1):
        if tuple(keys[k:k + n]) == phrase:
            return k
    return -1


def _derived_phrase(p: tuple[str, ...], body_keys: list[str], lex) -> bool:
    """A multi-word name whose last word the body builds on: "North Korea" supported by "North
    Korean" (English only: Arabic adjective forms come from the gazetteer's aliases)."""
    if lex.lang != "en" or not p[-1].endswith("a") or len(p[-1]) < 4:
        return False
    head, stem = p[:-1], p[-1][:-1]
    n = len(head)
    return any(tuple(body_keys[k:k + n]) == head and k + n < len(body_keys)
               and body_keys[k + n].startswith(stem) for k in range(len(body_keys) - n))


def _supported(phrases: frozenset[tuple[str, ...]], body_keys: list[str], lex) -> bool:
    body = set(body_keys)
    for p in phrases:
        if _occurs(body_keys, p) >= 0:
            return True
        if len(p) > 1 and _derived_phrase(p, body_keys, lex):
            return True
        if len(p) == 1:
            word = p[0]
            if any(lex.equivalent(word, other) for other in body):
                return True
            stem = word.rstrip("اه") if lex.lang == "ar" else word[:-1] if word.endswith(
                "a") else word
            if len(stem) >= 4 and any(b.startswith(stem) for b in body):
                return True  # "روسيا" supported by "الروسي", "Russia" by "Russian"
    return False


def _unsupported_names(head: list[Word], body: list[Word], lex) -> list[tuple[Word, Word]]:
    """Headline names (gazetteer entries; English: also rare capitalised words) that the body
    does not name: as (first word, last word) pairs."""
    head = [w for w in head if w.alpha]
    head_keys = [_key(w.stem) for w in head]
    body_keys = [_key(w.stem) for w in body if w.alpha]
    out: list[tuple[Word, Word]] = []
    taken: set[int] = set()
    for group in gazetteer(lex.lang):
        for p in group:
            k = _occurs(head_keys, p)
            if k < 0 or k in taken:
                continue
            taken.update(range(k, k + len(p)))
            if not _supported(group, body_keys, lex):
                out.append((head[k], head[k + len(p) - 1]))
            break
    if lex.lang == "en":
        for k, w in enumerate(head):
            if k in taken or not w.text[:1].isupper() or w.sent_start:
                continue
            if zipf(w.stem, "en") >= 3.5 or w.stem in lex.not_names:
                continue
            if not _supported(frozenset({(w.stem,)}), body_keys, lex):
                out.append((w, w))
    return out


def _title_outside(analysis: Analysis) -> tuple[Analysis, int | None] | None:
    """The front-matter title, analysed on its own, when the body does not repeat it: the title's
    analysis and where it stands in the article (None when it stands nowhere in the text)."""
    from claimcheck.analyze.build import build_analysis
    from claimcheck.model import Article

    article = analysis.article
    title = (article.title or "").strip()
    if not title:
        return None
    first = analysis.paragraphs[0].text.strip() if analysis.paragraphs else ""
    if first == title:
        return None
    mini = build_analysis(Article(text=title, lang=analysis.lang), analysis.config)
    at = None
    if article.title_span is not None and article.title_span.text.strip() == title:
        at = article.title_span.start + article.title_span.text.index(title)
    return mini, at


def _rates(head: list[Word], lex) -> list[tuple[int, float]]:
    """The rates in the headline ("grew 4.7%", "عند 2.5 في المئة"): number words are counts and
    checked as quantities; a rate's figure is checked here, by value."""
    from claimcheck_consistency.numbers import _digits

    out = []
    for k, w in enumerate(head):
        value = _digits(w.norm)
        if value is None:
            continue
        after = [x.norm for x in head[k + 1:k + 3]]
        if after[:1] and (after[0] in lex.percent_words or after[0] == "per" or (
                after[0] == "في" and after[1:] and after[1] in lex.percent_words)):
            out.append((k, value))
    return out


def _values(body: list[Word]) -> set[float]:
    from claimcheck_consistency.numbers import _digits

    return {v for w in body if (v := _digits(w.norm)) is not None}


def check(analysis: Analysis) -> list[Finding]:
    from claimcheck.model import Finding, Span
    from claimcheck_consistency.names import variant_groups
    from claimcheck_consistency.numbers import quantities

    lex = lexicon(analysis)
    hl = headline(analysis)
    if hl is not None:
        head_an, offset = analysis, None
        head = [w for w in words(analysis) if hl.holds(w.start)]
        body = [w for w in words(analysis) if not hl.holds(w.start)]
        head_q = [q for q in quantities(analysis) if hl.holds(q.start)]
        body_q = [q for q in quantities(analysis) if not hl.holds(q.start)]
    else:
        outside = _title_outside(analysis)
        if outside is None:
            return []
        head_an, offset = outside
        head, body = words(head_an), words(analysis)
        head_q, body_q = quantities(head_an), quantities(analysis)
    if not body:
        return []

    def place(start: int, end: int) -> tuple[Span | None, str]:
        if head_an is analysis:
            s = analysis.span(start, end)
            return s, f"{s.text} (line {analysis.article.line_col(s.start)[0]})"
        text = head_an.text[start:end]
        if offset is None:
            return None, f"{text} (title)"
        s = analysis.article.span(offset + start, offset + end)
        return s, f"{text} (line {analysis.article.line_col(s.start)[0]})"

    findings: list[Finding] = []
    variant_of = {f.stem for g in variant_groups(analysis) for f in g}  # name-variant says it
    for first, last in _unsupported_names(head, body, lex):
        if first.stem in variant_of:
            continue
        s, named = place(first.token_start, last.end)
        phrase = tuple(_key(w.stem) for w in head if first.start <= w.start <= last.start)
        # A place the headline names may be implied by the places the body names (Idlib is in
        # Syria): worth a look, not a warning. A person or a body missing from the story is.
        is_place = phrase in places(lex.lang)
        findings.append(Finding(
            rule=RULE, severity="info" if is_place else "warning", span=s,
            message=f"the headline names {named} but the body never does",
            data={"kind": "place" if is_place else "name",
                  "headline": named.rsplit(" (", 1)[0]}))
    for k, value in _rates(head, lex):
        if value in _values(body):
            continue
        w = head[k]
        s, named = place(w.token_start, w.end)
        findings.append(Finding(
            rule=RULE, severity="warning", span=s,
            message=f"the headline's rate {named} is not stated in the body",
            data={"kind": "rate", "value": value}))
    body_values = {q.value for q in body_q}
    for q in head_q:
        if q.value in body_values:
            continue
        if any(b.key == q.key for b in body_q) and head_an is analysis:
            continue  # the same noun with another value: consistency.number-mismatch says so
        related = [analysis.span(b.start, b.end) for b in body_q if b.key == q.key]
        s, named = place(q.start, q.end)
        findings.append(Finding(
            rule=RULE, severity="warning", span=s, related=related,
            message=f"the headline's {named} {q.noun_text} is not stated in the body"
                    + (f" (the body says {', '.join(r.text for r in related)})"
                       if related else ""),
            data={"kind": "number", "value": q.value, "noun": q.noun}))
    return findings
