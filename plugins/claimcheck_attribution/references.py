"""Definite back-references to an unnamed source already introduced: one source, not two.

Wire copy introduces an unnamed source once, often with the reason for its anonymity, and then
refers back to it with a definite noun: "وقال مصدر أمني، طلب عدم الكشف عن اسمه ...، إن ...
وأضاف المصدر أن ..."; "A senior official, who spoke on condition of anonymity ..., said ... The
official added ...". The later mention is the same person: the reason given once holds for every
mention (in either order: "المصدر، الذي طلب عدم ذكر اسمه" may come second), the finding names them
together, and the second mention does not corroborate the first.

A mention refers back when its first word is the definite head noun of an unnamed source
(المصدر، المسؤول، "the official", "the source"), the nearest earlier unnamed source of the
article's claims has the same head (مصدر أمني -> المصدر; "a senior official" -> "the official";
a plural refers back to a plural or a count: "two diplomats" -> "the diplomats"), it stands within
REACH sentences, and no named person whose phrase holds that head word ("المسؤول الأميركي جون
سميث") was quoted in between.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from claimcheck_attribution.context import Context

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan

    from claimcheck.model import Claim

REACH = 12  # sentences: a wire story comes back to its unnamed source a few paragraphs later
EN_DEFINITE = {"the", "this", "that", "these", "those"}
Key = tuple[int, int]  # a mention's doc token range


def antecedent(ctx: Context, tokens: DocSpan | None) -> DocSpan | None:
    """The first mention of the unnamed source that ``tokens`` (a source phrase) refers back to,
    following a chain of references to its start; None when it refers to no earlier one."""
    if tokens is None:
        return None
    links = _links(ctx)
    key = (tokens.start, tokens.end)
    if key not in links:
        return None
    seen = {key}
    while key in links and links[key] not in seen:
        key = links[key]
        seen.add(key)
    return ctx.doc[key[0]:key[1]]


def chain(ctx: Context, tokens: DocSpan | None) -> list[DocSpan]:
    """Every mention of the unnamed source ``tokens`` names, first mention first (``tokens``
    alone when nothing refers back to it and it refers back to nothing)."""
    if tokens is None:
        return []
    root = antecedent(ctx, tokens) or tokens
    key = (root.start, root.end)
    members = [m for m in _links(ctx) if _root(ctx, m) == key]
    return [root, *(ctx.doc[a:b] for a, b in sorted(members))]


def _root(ctx: Context, key: Key) -> Key:
    found = antecedent(ctx, ctx.doc[key[0]:key[1]])
    return (found.start, found.end) if found is not None else key


def _links(ctx: Context) -> dict[Key, Key]:
    """Each back-reference's token range -> the range of the mention it points at (memoized)."""
    links = ctx.memo.get("back_references")
    if links is None:
        links = ctx.memo["back_references"] = _find_links(ctx)
    return links


def _find_links(ctx: Context) -> dict[Key, Key]:
    from claimcheck_attribution.sources import is_anonymous

    starts = [s.start for s in ctx.doc.sents]
    mentions: dict[Key, tuple[str, bool, bool]] = {}  # range -> (head stem, plural, definite)
    named: list[tuple[int, set[str]]] = []  # named people: where, and the stems of their phrase
    for claim in ctx.analysis.claims:
        tokens = _source_tokens(ctx, claim)
        if tokens is None:
            continue
        key = (tokens.start, tokens.end)
        if key in mentions:
            continue  # a continuation carries the first mention's span: the same mention
        if claim.source is not None and is_anonymous(ctx, tokens, claim.source):
            head = _head(ctx, tokens)
            if head is not None:
                mentions[key] = head
        elif claim.source is not None and claim.source.type == "person":
            named.append((tokens.start, {ctx.stem(t)[0] for t in tokens}))
    links: dict[Key, Key] = {}
    ordered = sorted(mentions)
    for n, key in enumerate(ordered):
        stem, plural, definite = mentions[key]
        if not definite:
            continue
        here = bisect_right(starts, key[0]) - 1
        for earlier in reversed(ordered[:n]):
            there = bisect_right(starts, earlier[0]) - 1
            if here - there > REACH:
                break
            other, other_plural, _definite = mentions[earlier]
            if other != stem or other_plural != plural:
                continue
            if not any(earlier[0] < at < key[0] and stem in stems for at, stems in named):
                links[key] = earlier
            break
    return links


def _source_tokens(ctx: Context, claim: Claim) -> DocSpan | None:
    if claim.kind == "unattributed" or claim.source is None or claim.source.span is None:
        return None
    tokens = ctx.tokens(claim.source.span)
    return tokens if tokens is not None and len(tokens) else None


def _head(ctx: Context, tokens: DocSpan) -> tuple[str, bool, bool] | None:
    """(head stem, plural, definite-first) of an unnamed source phrase, or None without a head:
    "المصدر" -> ("مصدر", False, True); "A senior official" -> ("official", False, False)."""
    from claimcheck_attribution.sources import is_head

    words = [t for t in tokens if not t.is_punct and not t.is_space]
    heads = [t for t in words if is_head(ctx, t)]
    if not heads:
        return None
    head = heads[0]
    if ctx.lang == "ar":
        stem, definite = ctx.stem(head)
        definite = definite and head is words[0]
        plural = stem.endswith(("ون", "ين"))  # a broken plural (مصادر) has its own stem
        return _singular_ar(stem), plural, definite
    definite = words[0].norm_ in EN_DEFINITE  # "the official", "the two diplomats"
    norm = head.norm_
    plural = norm.endswith("s") or norm == "people"
    return (norm[:-1] if norm.endswith("s") else norm), plural, definite


def _singular_ar(stem: str) -> str:
    """مسؤولون / مسؤولين -> مسؤول, so that a plural refers back to its plural."""
    return stem[:-2] if stem.endswith(("ون", "ين")) and len(stem) > 4 else stem
