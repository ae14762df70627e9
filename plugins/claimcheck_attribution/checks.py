"""The attribution checks: the findings an editor reads, on claims and on the article.

Per claim: agentless reporting, loaded verbs, unattributed checkable content. Per article: anonymous
and vague sources (one finding per source phrase, naming every claim resting on it), claims resting
on a single source, and a reading of the sentences the extractor left without any claim, so that
"وقيل إن ..." or "a source said ..." is caught even where no claim was extracted.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from claimcheck.model import Finding
from claimcheck_attribution import content, rules
from claimcheck_attribution.context import Context, claim_sentence
from claimcheck_attribution.sources import (
    EN_PREPOSITIONS,
    Assessment,
    _complete,
    _modifier,
    _names_no_one,
    anonymous_head_ar,
    assess,
    attached_reason,
    is_head,
)

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan
    from spacy.tokens import Token

    from claimcheck.model import Claim, Span

RESPONSIBILITY = {"responsibility", "مسؤوليه", "المسؤوليه"}  # "claimed responsibility" is neutral
EN_SOURCE_FIRST = {"according", "citing", "quoting", "quoted", "cited"}  # cue, then its source
AR_LINKS = {"من", "في"}


def _q(text: str) -> str:
    return f"«{' '.join(text.split())}»"


def _kinds(marks: list[tuple[str, Span]]) -> str:
    parts = [f"{content.KIND_NAMES[k]} ({_q(s.text)})" for k, s in marks[:4]]
    return ", ".join(parts)


# -- per claim ------------------------------------------------------------------------------------


def check_claim(claim: Claim, ctx: Context) -> list[Finding]:
    a = assess(claim, ctx)
    out: list[Finding] = []
    if a.grade == "agentless":
        span = a.marker or (claim.cue.span if claim.cue else None) or claim.sentence
        finding = passive_finding(span, [claim.id])
        if not _reporting_passive(ctx, span):
            finding.severity = "info"  # an agentless forecast ("is expected to"), not a report
        out.append(finding)
    if a.grade == "none" and a.checkable and ctx.setting("flag_unattributed", True):
        span = claim.sentence or claim.content
        out.append(as_background(ctx, unattributed_finding(span, a.checkable, [claim.id])))
    loaded = loaded_cue(ctx, claim)
    if loaded is not None and ctx.setting("flag_loaded_verbs", True):
        out.append(loaded_finding(ctx, *loaded, claims=[claim.id]))
    return out


def _reporting_passive(ctx: Context, span: Span | None) -> bool:
    """Whether the marker is one the lexicon knows as agentless reporting (قيل، reportedly)."""
    tokens = ctx.tokens(span)
    if tokens is None:
        return False
    sent = tokens.sent
    return any(m.start < tokens.end and tokens.start < m.end
               for m in ctx.found("passive", sent.start, sent.end)) or any(
        ctx.voweled_passive(t) for t in tokens) or _names_no_one(ctx, tokens)


def passive_finding(span: Span | None, claims: list[str]) -> Finding:
    what = _q(span.text) if span is not None else "the attribution"
    return Finding(rules.PASSIVE, f"Agentless attribution {what}: the text does not say who said "
                   "it. Name the source, or say how the outlet knows.", "warning", span=span,
                   claims=claims, data={"marker": span.text if span else None})


def unattributed_finding(span: Span, marks: list[tuple[str, Span]], claims: list[str]
                         ) -> Finding:
    kinds = [k for k, _ in marks]
    severity = "warning" if content.strength(kinds) == "strong" else "info"
    return Finding(rules.UNATTRIBUTED, "Checkable statement in the outlet's own voice with no "
                   f"source: {_kinds(marks)}. Attribute it, or say how the outlet knows.",
                   severity, span=span, claims=claims, related=[s for _, s in marks],
                   data={"markers": [{"kind": k, "text": s.text, "start": s.start, "end": s.end}
                                     for k, s in marks]})


def as_background(ctx: Context, finding: Finding) -> Finding:
    """An unattributed statement about events the text dates years back ("The attacks on Sept.
    11, 2001, killed nearly 3,000 people") is background a reader can check anywhere: info, not
    a warning. The years are the history_years house rule (0 turns it off)."""
    year = _historical(ctx, finding.span)
    if year is not None and finding.severity == "warning":
        finding.severity = "info"
        finding.message += f" It tells of {year} or before: background rather than news."
        finding.data["background_year"] = year
    return finding


def _historical(ctx: Context, span: Span | None) -> int | None:
    """The latest year of the times in ``span`` when all of them lie history_years or more
    before publication, else None (no time, an unresolved one, or a recent one)."""
    published = ctx.analysis.article.published
    years = ctx.setting("history_years", 0)
    if span is None or published is None or not years:
        return None
    latest = [_last_year(t.value) for t in ctx.analysis.times if span.contains(t.span)]
    if not latest or any(y is None for y in latest):
        return None
    last = max(y for y in latest if y is not None)
    return last if published.year - last >= years else None


def _last_year(value: str | None) -> int | None:
    """The year an ISO time value ends in: 2001-09-11, 2016/2018, 2017-W19, 2017-Q1, 199X."""
    if not value:
        return None
    tail = value.rsplit("/", 1)[-1]
    if tail[:4].isdigit():
        return int(tail[:4])
    if tail[:3].isdigit() and tail[3:4] == "X":
        return int(tail[:3]) * 10 + 9  # a decade: its last year
    return None


def loaded_cue(ctx: Context, claim: Claim) -> tuple[Span, dict] | None:
    """The claim's cue when it is a loaded verb, with what the lexicon says of it."""
    if claim.cue is None:
        return None
    tokens = ctx.tokens(claim.cue.span)
    if tokens is None:
        return None
    for token in tokens:
        info = _loaded_info(ctx, token)
        if info is not None and not _claims_responsibility(ctx, token):
            return ctx.span(token.i, token.i + 1), info
    from claimcheck_attribution.lexicon import norm_word

    info = ctx.lexicon.loaded.get(norm_word(claim.cue.lemma, ctx.lang))
    if info is not None and tokens is not None and len(tokens) \
            and not _claims_responsibility(ctx, tokens[-1]):
        return claim.cue.span, info
    return None


def _loaded_info(ctx: Context, token: Token) -> dict | None:
    for form in ctx.forms(token):
        if form in ctx.lexicon.loaded:
            return ctx.lexicon.loaded[form]
    return None


def _claims_responsibility(ctx: Context, token: Token) -> bool:
    nxt = ctx.doc[token.i + 1: token.i + 3]
    return any(ctx.stem(t)[0] in RESPONSIBILITY or t.norm_ in RESPONSIBILITY for t in nxt)


def loaded_finding(ctx: Context, span: Span, info: dict, claims: list[str]) -> Finding:
    neutral = ctx.lexicon.neutral_verb
    return Finding(rules.LOADED, f"Loaded verb {_q(span.text)} ({info.get('lemma', '')}): it "
                   f"{info.get('reason', 'judges the claim')}; a neutral verb such as "
                   f"{_q(neutral)} lets the reader judge.", "info", span=span, claims=claims,
                   data={"verb": span.text, "lemma": info.get("lemma"),
                         "why": info.get("reason"), "neutral": neutral})


# -- per article ----------------------------------------------------------------------------------


def check_article(ctx: Context) -> list[Finding]:
    claims = ctx.analysis.claims
    out = source_findings(ctx, claims)
    out.extend(single_source(ctx, claims))
    out.extend(uncovered(ctx, claims))
    return out


def anonymous_finding(ctx: Context, span: Span, reason: tuple[str, Span] | None,
                      claims: list[str]) -> Finding:
    needs = ctx.setting("anonymity_needs_reason", True)
    tokens = ctx.tokens(span)
    if not reason and tokens is not None and any(ctx.is_("anonymous.witness", t) for t in tokens):
        return Finding(rules.ANONYMOUS, f"Unnamed witnesses {_q(span.text)}: the reader cannot "
                       "check who they are; name them, or say how many and how they were reached.",
                       "info", span=span, claims=claims,
                       data={"source": span.text, "anonymity_reason": None, "witness": True})
    if reason:
        message = (f"Anonymous source {_q(span.text)}: the reader cannot tell who stands behind "
                   f"the claim; the text gives the reason for anonymity ({reason[0]}: "
                   f"{_q(reason[1].text)}).")
        severity = "info" if needs else "warning"
    else:
        message = (f"Anonymous source {_q(span.text)}: the reader cannot tell who stands behind "
                   "the claim, and the text gives no reason for granting anonymity.")
        severity = "warning"
    return Finding(rules.ANONYMOUS, message, severity, span=span, claims=claims,
                   related=[reason[1]] if reason else [],
                   data={"source": span.text, "anonymity_reason": reason[0] if reason else None,
                         "reason_text": reason[1].text if reason else None})


def vague_finding(span: Span, kind: str, claims: list[str]) -> Finding:
    if kind == "metonym":
        message = (f"{_q(span.text)} names a government, not who spoke: the article names no "
                   "spokesperson or statement for it. Name the ministry, official or statement.")
    else:
        message = (f"{_q(span.text)} is a vague collective: which ones? Name them, or say who "
                   "they are and how many.")
    return Finding(rules.VAGUE, message, "info", span=span, claims=claims,
                   data={"source": span.text, "kind": kind})


def source_findings(ctx: Context, claims: list[Claim]) -> list[Finding]:
    """One finding per anonymous or vague source phrase, naming every claim that rests on it."""
    groups: dict[tuple[int, int], list[tuple[Claim, Assessment]]] = {}
    nested: list[tuple[Claim, Assessment]] = []
    for claim in claims:
        a = assess(claim, ctx)
        if a.data.get("nested_in"):
            nested.append((claim, a))  # graded through its parent: named on the parent's finding
            continue
        if a.source_span is None:
            continue
        if a.grade in ("anonymous", "anonymous_reason") or (
                a.grade in ("vague", "metonym") and a.vague_kind):
            groups.setdefault((a.source_span.start, a.source_span.end), []).append((claim, a))
    for claim, _a in nested:
        parent = ctx.analysis.claim(claim.parent or "")
        outer = assess(parent, ctx) if parent is not None else None
        if outer is not None and outer.source_span is not None:
            key = (outer.source_span.start, outer.source_span.end)
            if key in groups:
                groups[key].append((claim, outer))
    _join_back_references(ctx, groups)
    _join_definite_references(ctx, groups)
    out = []
    for members in groups.values():
        a = members[0][1]
        ids = [c.id for c, _ in members]
        assert a.source_span is not None
        if a.grade.startswith("anonymous"):
            reason = next((m.anonymity for _, m in members if m.anonymity), None)
            finding = anonymous_finding(ctx, a.source_span, reason, ids)
            # a joined back-reference ("one of them") is a span of the same finding
            finding.related.extend(m.source_span for _, m in members if m.source_span is not None
                                   and m.source_span != a.source_span
                                   and m.source_span not in finding.related)
            out.append(finding)
        elif a.vague_kind == "collective" or ctx.setting("flag_metonyms", True):
            out.append(vague_finding(a.source_span, a.vague_kind or "collective", ids))
    return out


BACK_REFERENCE_REACH = 3  # sentences: "said one of them" points at a group quoted just before


def _back_reference(ctx: Context, span: Span) -> bool:
    """A source that only points back at a group ("one of them", أحدهم), nothing of its own."""
    tokens = ctx.tokens(span)
    if tokens is None:
        return False
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if not words:
        return False
    first, last = words[0].i, words[-1].i + 1
    return any(m.start <= first and last <= m.end
               for m in ctx.found("anonymous.back_reference", tokens.sent.start, tokens.sent.end))


def _join_back_references(ctx: Context, groups: dict[tuple[int, int], list]) -> None:
    """Move the claims of a back-reference source into the finding of the group it points at:
    the residents and the one of them who is quoted are one unnamed source, reported once, at the
    group's level (info for witnesses), not a second warning for "one of them"."""
    starts = [s.start for s in ctx.doc.sents]

    def sentence_no(span: Span) -> int | None:
        tokens = ctx.tokens(span)
        return None if tokens is None else bisect_right(starts, tokens.start) - 1

    for key in sorted(groups):
        span = groups[key][0][1].source_span
        if span is None or not _back_reference(ctx, span):
            continue
        here = sentence_no(span)
        if here is None:
            continue
        earlier = [k for k in groups if k[1] <= key[0] and k != key]
        for other in sorted(earlier, reverse=True):
            there = sentence_no(groups[other][0][1].source_span)
            if there is None or here - there > BACK_REFERENCE_REACH:
                break
            groups[other].extend(groups.pop(key))
            break


def _join_definite_references(ctx: Context, groups: dict[tuple[int, int], list]) -> None:
    """Move the claims of a definite back-reference ("وأضاف المصدر"، "The official added") into
    the finding of the unnamed source it refers to: one source, one finding, its reason shared."""
    from claimcheck_attribution.references import antecedent

    def mentions(key: tuple[int, int]) -> set[tuple[int, int]]:
        found = set()
        for claim, _a in groups[key]:
            tokens = ctx.tokens(claim.source.span) if claim.source else None
            if tokens is not None:
                found.add((tokens.start, tokens.end))
        return found

    for key in sorted(groups):
        if key not in groups:
            continue
        claim = groups[key][0][0]
        root = antecedent(ctx, ctx.tokens(claim.source.span) if claim.source else None)
        if root is None:
            continue
        target = next((k for k in groups if k != key
                       and (root.start, root.end) in mentions(k)), None)
        if target is not None:
            groups[target].extend(groups.pop(key))


def _source_key(ctx: Context, claim: Claim) -> str:
    from claimcheck_attribution.references import antecedent

    src = claim.source
    if src is None:
        return ""
    tokens = ctx.tokens(src.span)
    tokens = antecedent(ctx, tokens) or tokens  # "المصدر" is the "مصدر أمني" quoted before
    if tokens is not None and len(tokens):
        return " ".join(ctx.stem(t)[0] for t in tokens if not t.is_punct)
    from claimcheck_attribution.lexicon import norm_word

    return " ".join(norm_word(w, ctx.lang) for w in src.name.split())


def _consequential(ctx: Context, claim: Claim) -> list[str]:
    kinds = [k for k, _ in content.checkable(ctx, claim) if k in content.STRONG]
    if claim.cue is not None and claim.cue.stance == "accusation":
        kinds.insert(0, "accusation")
    return list(dict.fromkeys(kinds))


def _norm_text(ctx: Context, span: Span) -> str:
    tokens = ctx.tokens(span)
    return " ".join(t.norm_ for t in tokens if not t.is_punct) if tokens is not None else ""


def _answered(ctx: Context, claim: Claim) -> bool:
    """An accusation the article answers with a denial after it, in its own sentence or the next
    ("..., which the government denies"; "وهو ما تنفيه الحكومة"): both sides are given."""
    if claim.cue is None or claim.cue.stance != "accusation":
        return False
    cue, sent = ctx.tokens(claim.cue.span), claim_sentence(ctx, claim)
    if cue is None or sent is None:
        return False
    after = list(ctx.doc[cue.end:sent.end])
    nxt = ctx.next_sentence(sent)
    if nxt is not None:
        after.extend(nxt)
    return any(ctx.is_("denial", t) for t in after)


def single_source(ctx: Context, claims: list[Claim]) -> list[Finding]:
    from rapidfuzz import fuzz

    graded = [(c, assess(c, ctx)) for c in claims]
    sourced = [(c, a) for c, a in graded if a.grade not in ("own_voice", "none")]
    named = {_source_key(ctx, c) for c, a in sourced if a.grade != "agentless"}
    # a sentence with a reporting verb but no extracted claim quotes someone too (a denial of a
    # noun, "ونفى ... أي مسؤولية", is not reported speech the extractor takes as a claim)
    others_quoted = any(_cue_positions(ctx, sent) for sent in _uncovered_sentences(ctx, claims))
    needs_two = set(ctx.setting("two_sources_for", ()) or ())
    threshold = float(ctx.setting("corroboration_similarity", 60))
    out = []
    for claim, a in sourced:
        kinds = _consequential(ctx, claim)
        if not kinds or _answered(ctx, claim):
            continue
        what = content.KIND_NAMES.get(kinds[0], "the claim")
        key = _source_key(ctx, claim)
        where = a.source_span or (claim.cue.span if claim.cue else claim.sentence)
        data = {"source": a.source_text, "grade": a.grade, "kinds": kinds}
        if len(named) == 1 and a.grade != "agentless" and not others_quoted:
            # an accusation wants the other side; a toll or a count from the one body that keeps
            # it (police, a ministry, the UN) is how wire briefs are written: worth a note only
            severity = "warning" if "accusation" in kinds else "info"
            out.append(Finding(rules.SINGLE, f"The article rests {what} on one source only, "
                               f"{_q(a.source_text or '')}, and quotes no other side.", severity,
                               span=where, claims=[claim.id], data={**data, "why": "sole source"}))
            continue
        if a.grade not in needs_two:
            continue
        mine = _norm_text(ctx, claim.content)
        corroborated = any(
            _source_key(ctx, other) != key and b.grade not in ("agentless",)
            and fuzz.token_set_ratio(mine, _norm_text(ctx, other.content)) >= threshold
            for other, b in sourced if other is not claim)
        if not corroborated:
            out.append(Finding(rules.SINGLE, f"House rule: {what} from {a.label} needs a second "
                               "source, and no other source in the article corroborates it.",
                               "warning", span=where, claims=[claim.id],
                               data={**data, "why": "house rule", "house_rule": "two_sources_for"}))
    return out


# -- sentences without claims ---------------------------------------------------------------------


def _uncovered_sentences(ctx: Context, claims: list[Claim]) -> list[DocSpan]:
    key = ("uncovered", tuple(id(c) for c in claims))  # asked by single_source and uncovered
    if key not in ctx.memo:
        ctx.memo[key] = _find_uncovered(ctx, claims)
    return ctx.memo[key]


def _find_uncovered(ctx: Context, claims: list[Claim]) -> list[DocSpan]:
    spans = [s for c in claims for s in (c.content, c.source.span if c.source else None,
                                         c.cue.span if c.cue else None, c.sentence) if s]
    out = []
    for sent in ctx.doc.sents:
        if not any(not t.is_space for t in sent):
            continue
        where = ctx.analysis.span(sent)
        if not any(s.overlaps(where) for s in spans):
            out.append(sent)
    return out


def uncovered(ctx: Context, claims: list[Claim]) -> list[Finding]:
    """Read the sentences no claim touches, for the patterns the extractor may have missed."""
    out: list[Finding] = []
    for sent in _uncovered_sentences(ctx, claims):
        out.extend(_read_sentence(ctx, sent, ctx.analysis.span(sent)))
    return out


def _cue_positions(ctx: Context, sent: DocSpan) -> set[int]:
    cues = {t.i for t in sent if ctx.is_("cue", t) or _loaded_info(ctx, t) is not None}
    # "نقلت صحيفة الأهرام عن مصدر": the source follows "عن" a few words after the cue
    cues |= {t.i for t in sent if t.norm_ == "عن" and any(t.i - 6 <= c < t.i for c in cues)}
    return cues


def _read_sentence(ctx: Context, sent: DocSpan, where: Span) -> list[Finding]:
    out: list[Finding] = []
    passive = ctx.found("passive", sent.start, sent.end)
    if passive:
        m = passive[0]
        out.append(passive_finding(ctx.span(m.start, m.end), []))
    else:
        voweled = [t for t in sent if ctx.voweled_passive(t)]
        if voweled:
            out.append(passive_finding(ctx.span(voweled[0].i, voweled[0].i + 1), []))
    cues = _cue_positions(ctx, sent)
    if cues:
        out.extend(_sources_near_cues(ctx, sent, cues))
        if ctx.setting("flag_loaded_verbs", True):
            for i in sorted(cues):
                token = ctx.doc[i]
                info = _loaded_info(ctx, token)
                if info is None or _claims_responsibility(ctx, token):
                    continue
                window = ctx.doc[i + 1: min(sent.end, i + 7)]
                if any(ctx.is_("complementizer", t) for t in window):
                    out.append(loaded_finding(ctx, ctx.span(i, i + 1), info, []))
                    break
    elif ctx.setting("flag_unattributed", True) and not content.exempt_sentence(ctx, sent):
        marks = content.markers(ctx, sent)
        if marks:
            out.append(as_background(ctx, unattributed_finding(where, marks, [])))
    return out


def _near(cues: set[int], start: int, end: int, before: int = 3, after: int = 4,
          sent: DocSpan | None = None) -> bool:
    """A cue just before or after the phrase, or right after a parenthetical that follows it
    ("Two diplomats, who asked not to be named, said")."""
    if any(start - before <= c < start or end <= c < end + after for c in cues):
        return True
    if sent is None or end >= sent.end or sent.doc[end].text != ",":
        return False
    for j in range(end + 1, min(sent.end, end + 30)):
        if sent.doc[j].text == ",":
            return any(j < c <= j + 2 for c in cues)
    return False


def _speaking_cues(ctx: Context, cues: set[int]) -> set[int]:
    """In English a cue before its source is an inversion after a quote or comma (", said a
    senior official"); "the minister said officials would" has the officials in the content."""
    if ctx.lang == "ar":
        return cues
    doc = ctx.doc
    return {c for c in cues if doc[c].norm_ in EN_SOURCE_FIRST
            or (c > 0 and (doc[c - 1].is_punct or doc[c - 1].is_quote))}


def _sources_near_cues(ctx: Context, sent: DocSpan, cues: set[int]) -> list[Finding]:
    """Anonymous heads, collectives and metonyms standing next to a reporting verb."""
    out: list[Finding] = []
    inverted = _speaking_cues(ctx, cues)

    def near(start: int, end: int, before: int = 3, after: int = 4) -> bool:
        return _near(inverted, start, end, before=before, after=0) or _near(
            cues, start, end, before=0, after=after, sent=sent)

    taken: set[int] = set()
    for token in sent:
        if token.i in taken or token.i in cues:
            continue
        phrase = _anonymous_phrase(ctx, sent, token)
        kind = "anonymous"
        if phrase is None:
            phrase = _collective_phrase(ctx, sent, token)
            kind = "collective"
        if phrase is None or not near(*phrase):
            continue
        taken.update(range(*phrase))
        span = ctx.span(*phrase)
        if kind == "anonymous":
            reason = attached_reason(ctx, *phrase)
            out.append(anonymous_finding(ctx, span, reason, []))
        else:
            out.append(vague_finding(span, "collective", []))
    if ctx.setting("flag_metonyms", True):
        from claimcheck_attribution.sources import backed_elsewhere

        for m in ctx.found("vague.metonym", sent.start, sent.end):
            if m.start in taken or not near(m.start, m.end, before=2, after=2):
                continue
            if backed_elsewhere(ctx, ctx.doc[m.start:m.end]):
                continue
            if any(ctx.is_("statement.noun", t) for t in sent) or ctx.found(
                    "statement", sent.start, sent.end):
                continue
            out.append(vague_finding(ctx.span(m.start, m.end), "metonym", []))
    return out


def _anonymous_phrase(ctx: Context, sent: DocSpan, token: Token) -> tuple[int, int] | None:
    """The token range of an anonymous source phrase headed at ``token``, if it is one."""
    if not is_head(ctx, token):
        return None
    if ctx.lang == "ar":
        start = token.i
        while start > sent.start and (ctx.is_("anonymous.quantifier", ctx.doc[start - 1])
                                      or ctx.doc[start - 1].norm_ in AR_LINKS):
            start -= 1
        words = list(ctx.doc[start:sent.end])
        if not anonymous_head_ar(ctx, words, None):
            return None
        end = token.i + 1
        while end < sent.end and end - token.i < 6 and _modifier(ctx, ctx.doc[end]) \
                and not ctx.doc[end].is_punct:
            end += 1
        completed = _complete(ctx, ctx.doc[start:end])
        return start, completed.end if completed is not None else end
    start = token.i
    while start > sent.start and token.i - start < 5:
        prev = ctx.doc[start - 1]
        if prev.is_punct or ctx.is_("cue", prev) or prev.norm_ in ("the", "to", "said"):
            break
        start -= 1
        if ctx.is_("anonymous.quantifier", prev) or prev.like_num:
            break
    first = ctx.doc[start]
    quantified = start < token.i and (ctx.is_("anonymous.quantifier", first) or first.like_num)
    plural = token.norm_.endswith("s") or token.norm_ == "people"
    if not (quantified or plural):
        return None
    if not quantified:
        start = token.i if not ctx.doc[start].text[:1].isupper() else start
    after = ctx.doc[token.i + 1] if token.i + 1 < sent.end else None
    if after is not None and after.text[:1].isupper():
        return None
    end = token.i + 1
    if end < sent.end and ctx.doc[end].norm_ in EN_PREPOSITIONS:  # "Farmers in the Jordan Valley"
        completed = _complete(ctx, ctx.doc[start:end + 1])
        if completed is not None:
            end = completed.end
    familiar = ctx.found("anonymous.phrase", end, min(sent.end, end + 6))
    if familiar and familiar[0].start == end:
        end = familiar[0].end
        while end < sent.end and not ctx.doc[end].is_punct and not ctx.is_("cue", ctx.doc[end]) \
                and end - token.i < 8:
            end += 1
    return start, end


def _collective_phrase(ctx: Context, sent: DocSpan, token: Token) -> tuple[int, int] | None:
    if not ctx.is_("vague.collective", token):
        return None
    start = token.i
    if start > sent.start and ctx.is_("vague.quantifier", ctx.doc[start - 1]):
        start -= 1
    if ctx.lang == "ar":
        if ctx.stem(token)[1] and start == token.i and token.norm_ != "البعض":
            return None  # "المراقبون" refers back to people named before
        end = token.i + 1
        while end < sent.end and end - token.i < 3 and _modifier(ctx, ctx.doc[end]) \
                and not ctx.doc[end].is_punct:
            end += 1
        return start, end
    after = ctx.doc[token.i + 1] if token.i + 1 < sent.end else None
    if after is not None and after.text[:1].isupper():
        return None
    return start, token.i + 1


def claim_sentence_span(ctx: Context, claim: Claim) -> Span | None:
    sent = claim_sentence(ctx, claim)
    return ctx.analysis.span(sent) if sent is not None else None
