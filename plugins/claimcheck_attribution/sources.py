"""Grading a claim's source on the attribution ladder: who stands behind it, and how visibly.

Named person with a role > named person > named institution's published statement > named
institution (whose statement the article names) > metonym > document without issuer > anonymous
with a reason > vague collective > anonymous > agentless > none (a checkable statement in the
outlet's own voice). Narration in the outlet's voice that needs no source is scored neutral (0.5):
it is not a sourcing failure.

The extractor's Source (type, meta) is the first witness; the text around the claim is read with
the attribution lexicon to confirm or correct it (an "official" the extractor typed as a person but
never named, a passive "قيل إن" with no source at all, a statement named two words after the cue).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from claimcheck_attribution.context import Context, claim_sentence

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan
    from spacy.tokens import Token

    from claimcheck.model import Claim, Source, Span

LABELS: dict[str, str] = {
    "person_role": "a named person with a role",
    "person": "a named person",
    "statement": "a named institution's published statement",
    "institution_statement":
        "a named institution whose statement or spokesperson the article names",
    "institution": "a named institution",
    "metonym": "a metonym",
    "document": "a document without an issuer",
    "anonymous_reason": "an anonymous source, with the reason for anonymity",
    "vague": "a vague collective",
    "anonymous": "an anonymous source",
    "agentless": "no agent (passive or agentless reporting)",
    "own_voice": "the outlet's own voice",
    "none": "no source",
}
DEFAULT_SCORES: dict[str, float] = {
    "person_role": 1.0, "person": 0.9, "statement": 0.85, "institution_statement": 0.8,
    "institution": 0.75, "metonym": 0.6, "document": 0.5, "anonymous_reason": 0.4, "vague": 0.35,
    "anonymous": 0.3, "agentless": 0.15, "own_voice": 0.5, "none": 0.0,
}
EN_DETERMINERS = {"a", "an", "the", "its", "his", "her", "their", "this", "that", "from", "by",
                  "issued", "of", "in", "'s"}
AR_LINKS = {"من", "عن", "صادر", "صادره", "الصادر", "الصادره", "في"}
AR_PREPOSITIONS = {"في", "من", "لدى", "داخل", "على", "عن", "مع"}


@dataclass
class Assessment:
    """A claim's place on the ladder, and the evidence for it."""

    grade: str
    value: float
    reason: str
    source_text: str | None = None
    source_span: Span | None = None
    anonymity: tuple[str, Span] | None = None  # (label, where the text gives the reason)
    vague_kind: str | None = None  # "metonym" or "collective"
    marker: Span | None = None  # the passive / agentless marker
    via_statement: bool = False
    checkable: list[tuple[str, Span]] = field(default_factory=list)  # unattributed content markers
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return LABELS.get(self.grade, self.grade)


def assess(claim: Claim, ctx: Context) -> Assessment:
    """The claim's grade, cached for the article.

    A nested claim ("the White House said the leaders agreed that ...") reaches the reader through
    its parent's source, so it is graded no higher than its parent.
    """
    key = id(claim)
    if key not in ctx.assessments:
        ctx.assessments[key] = _assess(claim, ctx)
        parent = ctx.analysis.claim(claim.parent) if claim.parent else None
        if parent is not None and parent is not claim and not parent.parent:
            outer = assess(parent, ctx)
            own = ctx.assessments[key]
            if outer.value < own.value:
                ctx.assessments[key] = Assessment(
                    grade=outer.grade, value=outer.value,
                    reason=f"Reported through {parent.id}: {outer.reason}",
                    source_text=own.source_text, source_span=own.source_span,
                    data={"nested_in": parent.id, "own_grade": own.grade})
    return ctx.assessments[key]


def _grade(ctx: Context, grade: str, reason: str, **kw: Any) -> Assessment:
    value = ctx.lexicon.scores.get(grade, DEFAULT_SCORES[grade])
    return Assessment(grade=grade, value=value, reason=reason, **kw)


def _q(text: str) -> str:
    return f"«{' '.join(text.split())}»"


def _assess(claim: Claim, ctx: Context) -> Assessment:
    from claimcheck_attribution import content

    src = claim.source
    if claim.kind == "unattributed" or (src is not None and src.type == "self"):
        marks = content.checkable(ctx, claim)
        if marks and not content.exempt(ctx, claim):
            kinds = ", ".join(dict.fromkeys(k for k, _ in marks))
            return _grade(ctx, "none", "Stated in the outlet's own voice with no source, though "
                          f"it carries checkable content ({kinds}).", checkable=marks)
        return _grade(ctx, "own_voice", "Stated in the outlet's own voice; nothing in it needs a "
                      "source beyond the reporter's, so it is scored neutral.")
    if src is None or src.span is None or src.meta.get("agentless"):
        marker = passive_marker(ctx, claim)
        if src is None and marker is None and claim.kind != "according_to":
            return _grade(ctx, "none", "The claim is reported but no source is named for it.")
        where = f" ({_q(marker.text)})" if marker else ""
        return _grade(ctx, "agentless", f"Agentless attribution{where}: the text does not say who "
                      "said it.", marker=marker or (claim.cue.span if claim.cue else None))
    tokens = _complete(ctx, ctx.tokens(src.span))
    span = ctx.analysis.span(tokens) if tokens is not None and len(tokens) else src.span
    text = span.text
    base = {"source_text": text, "source_span": span}
    if tokens is not None and len(tokens) and src.type in ("anonymous", "document") and any(
            ctx.is_("statement.noun", t) for t in tokens) and _has_issuer(ctx, tokens):
        return _grade(ctx, "statement", f"Published statement or figures of a named issuer: "
                      f"{_q(text)}.", via_statement=True, **base)
    if tokens is not None and len(tokens) and _names_no_one(ctx, tokens) and \
            not src.meta.get("antecedent"):  # "التقرير" after "تقرير صادر عن ..." names it
        return _grade(ctx, "agentless", f"{_q(text)} names no one: the reader cannot tell who "
                      "reported it.", marker=src.span, **base)
    if tokens is not None and len(tokens) and collective_of_institution(ctx, tokens):
        return _grade(ctx, "institution", f"Named institution: {_q(text)} (its staff or "
                      "members, not named one by one).", **base)
    if tokens is not None and len(tokens) and not ctx.found(
            "anonymous.phrase", tokens.start, tokens.end) and is_collective(ctx, tokens, src):
        return _grade(ctx, "vague", f"{_q(text)} is a vague collective: it does not say which "
                      "ones spoke.", vague_kind="collective", **base)
    if tokens is not None and len(tokens) and is_anonymous(ctx, tokens, src):
        reason = anonymity_reason(ctx, claim, tokens)
        if reason:
            return _grade(ctx, "anonymous_reason", f"Anonymous source {_q(text)}; the text gives "
                          f"the reason for anonymity ({reason[0]}: {_q(reason[1].text)}).",
                          anonymity=reason, **base)
        named = identified_later(ctx, tokens)
        if named is not None:
            return _grade(ctx, "person_role", f"{_q(text)} in the lede is identified in the next "
                          f"paragraphs as {_q(named.text)} (deferred attribution).", **base)
        return _grade(ctx, "anonymous", f"Anonymous source {_q(text)}; the text gives no reason "
                      "for anonymity.", **base)
    statement = via_statement(ctx, claim, tokens)
    if src.type == "person":
        if has_role(ctx, src, tokens):
            return _grade(ctx, "person_role", f"Named person with a role: {_q(text)}.", **base)
        return _grade(ctx, "person", f"Named person: {_q(text)} (no role or title given).", **base)
    if src.type == "document":
        # "وتوقع التقرير" refers back to "تقرير صادر عن صندوق النقد العربي" (the extractor's
        # meta antecedent): the issuer named there is this document's
        earlier = str(src.meta.get("antecedent") or "")
        if src.meta.get("issuer") or (tokens is not None and _has_issuer(ctx, tokens)) or \
                len(earlier.split()) > 1:
            issuer = src.meta.get("issuer") or earlier or text
            return _grade(ctx, "statement", f"Published statement or figures of a named issuer: "
                          f"{_q(str(issuer))}.", via_statement=True, **base)
        return _grade(ctx, "document", f"A document {_q(text)} whose issuer the text does not "
                      "name.", **base)
    if statement:
        return _grade(ctx, "statement", f"Named institution's published statement: {_q(text)}.",
                      via_statement=True, **base)
    metonym = bool(src.meta.get("metonym")) or (tokens is not None and is_metonym(ctx, tokens))
    if tokens is not None and backed_elsewhere(ctx, tokens):
        what = "metonym " if metonym else ""
        return _grade(ctx, "institution_statement", f"Named institution ({what}{_q(text)}); the "
                      "article names its statement or spokesperson.", **base)
    if metonym:
        return _grade(ctx, "metonym", f"{_q(text)} is a metonym: it names a government, not who "
                      "spoke, and the article names no spokesperson or statement for it.",
                      vague_kind="metonym", **base)
    return _grade(ctx, "institution", f"Named institution: {_q(text)} (no statement or "
                  "spokesperson named).", **base)


# -- what the source phrase is -------------------------------------------------------------------

EN_PREPOSITIONS = {"in", "at", "of", "from", "with", "for", "to"}
# Relative pronouns end a source phrase (its relative clause may give the reason for anonymity)
RELATIVES = {"الذي", "التي", "الذين", "اللذان", "اللتان", "اللواتي", "who", "which", "that", "whom"}
# Within this many tokens of its source phrase, a reason for anonymity is the source's own
REASON_GAP = 10
EN_ANAPHORS = {"he", "she", "they"}


def _complete(ctx: Context, tokens: DocSpan | None) -> DocSpan | None:
    """A source phrase that stops on a preposition ("مسؤول في") runs on to the noun after it."""
    if tokens is None or not len(tokens):
        return tokens
    end, sent = tokens.end, tokens.sent
    last = ctx.doc[end - 1]
    if last.norm_ not in AR_PREPOSITIONS and last.norm_ not in EN_PREPOSITIONS:
        return tokens
    reasons = {m.start for m in ctx.found("anonymous.reason", tokens.end, sent.end)}
    while end < sent.end and end - tokens.end < 5:
        token = ctx.doc[end]
        if token.is_punct or ctx.is_("cue", token) or ctx.is_("complementizer", token):
            break
        if end in reasons or token.norm_ in RELATIVES:
            break  # "مسؤول في الدفاع المدني | طلب عدم نشر اسمه": the reason is not the source
        end += 1
    return ctx.doc[tokens.start:end]



def _content_tokens(tokens: DocSpan) -> list[Token]:
    return [t for t in tokens if not t.is_punct and not t.is_space]


def _names_no_one(ctx: Context, tokens: DocSpan) -> bool:
    """A source phrase made only of "reports", "media", "تقارير": nobody in particular."""
    words = [t for t in _content_tokens(tokens)
             if t.norm_ not in EN_DETERMINERS and ctx.stem(t)[0] not in AR_LINKS]
    if not words:
        return False
    if ctx.found("passive", tokens.start, tokens.end):
        return True
    joined = " ".join(ctx.stem(t)[0] for t in words)
    return all(ctx.is_("passive.source", t) for t in words) or joined in ctx.lexicon.words.get(
        "passive.source", frozenset())


def _modifier(ctx: Context, token: Token) -> bool:
    """A word that may follow an anonymous head without naming anyone (كبير، أمريكي، بالوزارة)."""
    if token.is_punct or ctx.is_("anonymous.modifier", token):
        return True
    if ctx.lang != "ar":
        return False
    bare = ctx.stem(token)[0]
    if token.norm_ in AR_PREPOSITIONS or bare in AR_PREPOSITIONS:
        return True
    if token.norm_[:1] in ("ب", "ل") and len(token.norm_) > 4 and bare != token.norm_:
        return True  # a prepositional phrase: "بإدارة ترامب"، "بالوزارة"
    return len(bare) >= 4 and bare.endswith(("ي", "يه", "يون", "يين"))  # nisba: أمريكي، أمنية


def _adjective_use(ctx: Context, tokens: DocSpan) -> bool:
    """A span cut before its noun: "Iran's official | news agency", where "official" is an
    adjective, not an unnamed official."""
    if ctx.lang == "ar" or tokens.end >= tokens.sent.end:
        return False
    last, nxt = ctx.doc[tokens.end - 1], ctx.doc[tokens.end]
    return (is_head(ctx, last) and nxt.is_alpha and nxt.is_lower and not ctx.is_("cue", nxt)
            and nxt.norm_ not in EN_PREPOSITIONS and nxt.norm_ not in ("who", "and", "or"))


DEFERRED_REACH = 2  # paragraphs after the lede where its "a provincial official" is named


def _lede_paragraph(ctx: Context, tokens: DocSpan) -> int | None:
    """The index of the paragraph holding ``tokens`` counted from the lede (0), the headline
    left out; None when it is in no paragraph."""
    title = ctx.analysis.article.title_span
    n = 0
    for para in ctx.analysis.paragraphs:
        if title is not None and ctx.analysis.span(para).overlaps(title):
            continue
        if n == 0 and _headline_like(para):
            continue  # a headline line the loader did not mark as the title
        if para.start <= tokens.start < para.end:
            return n
        n += 1
    return None


def _headline_like(para: DocSpan) -> bool:
    text = para.text.strip()
    return bool(text) and len(text.split()) <= 25 and text[-1] not in ".!?؟»\"”"


def identified_later(ctx: Context, tokens: DocSpan) -> Span | None:
    """The named source with a role that a lede's single unnamed source turns out to be: wire
    ledes say "a provincial official said" and name "provincial transport minister Jean-Pierre
    Kambale" a paragraph or two later. The later source must share a describing word with the
    lede's phrase (provincial, الصحة); a plural or a witness is never deferred attribution."""
    if _lede_paragraph(ctx, tokens) != 0:
        return None
    words = _content_tokens(tokens)
    heads = [t for t in words if is_head(ctx, t)]
    if len(heads) != 1 or ctx.is_("anonymous.witness", heads[0]):
        return None
    head = heads[0]
    if ctx.lang == "en" and (head.norm_.endswith("s") or head.norm_ == "people"):
        return None
    if ctx.lang == "ar" and (ctx.stem(head)[0].endswith(("ون", "ين")) or not any(
            ctx.is_("anonymous.quantifier", t) or t is head for t in words[:1])):
        return None
    skip = {head.i} | {t.i for t in words if ctx.is_("anonymous.quantifier", t)
                       or t.norm_ in EN_DETERMINERS or t.norm_ in EN_PREPOSITIONS
                       or ctx.stem(t)[0] in AR_LINKS}
    describing = {ctx.stem(t)[0] for t in words if t.i not in skip and not t.is_punct}
    if not describing:
        return None
    for claim in ctx.analysis.claims:
        src = claim.source
        if src is None or src.type != "person" or claim.kind == "unattributed":
            continue
        other = ctx.tokens(src.span)
        where = _lede_paragraph(ctx, other) if other is not None else None
        if other is None or where is None or not 0 < where <= DEFERRED_REACH:
            continue
        sent = other.sent
        if describing & {ctx.stem(t)[0] for t in sent} and has_role(ctx, src, other):
            return ctx.analysis.span(other)
    return None


def is_anonymous(ctx: Context, tokens: DocSpan, src: Source) -> bool:
    if is_metonym(ctx, tokens):
        return False  # "موسكو" typed anonymous by an extractor is still a named government
    if _adjective_use(ctx, tokens):
        return False
    if src.type == "anonymous":
        return True
    if ctx.found("anonymous.phrase", tokens.start, tokens.end):
        return True
    words = _content_tokens(tokens)
    if not words:
        return False
    return (anonymous_head_ar(ctx, words, src.type) if ctx.lang == "ar"
            else anonymous_head_en(ctx, words, src.type, tokens.text))


def anonymous_head_ar(ctx: Context, words: list[Token], src_type: str | None) -> bool:
    i = 0
    while i < len(words) - 1 and (ctx.is_("anonymous.quantifier", words[i])
                                  or words[i].norm_ == "من"):
        i += 1
    head = words[i]
    if not is_head(ctx, head):
        return False
    definite = ctx.stem(head)[1]
    if definite and i == 0 and src_type != "anonymous":
        return False  # "المسؤول الأميركي جون سميث": the definite head introduces a name
    if i + 1 >= len(words) or _modifier(ctx, words[i + 1]):
        return True
    return src_type != "person"  # a word the extractor took for a name follows the head


def is_head(ctx: Context, token: Token) -> bool:
    """A noun that names a source without naming a person: an official, a source, a witness."""
    return ctx.is_("anonymous.head", token) or ctx.is_("anonymous.witness", token)


def anonymous_head_en(ctx: Context, words: list[Token], src_type: str | None, text: str) -> bool:
    heads = [n for n, t in enumerate(words) if is_head(ctx, t)]
    if not heads:
        return False
    h = heads[0]
    head = words[h]
    if src_type == "person" and "," in text:
        return False  # "John Smith, an official at the ministry": an apposition names the person
    first = words[0]
    quantified = h > 0 and (ctx.is_("anonymous.quantifier", first) or first.like_num)
    plural = head.norm_.endswith("s") or head.norm_ == "people"
    if not (quantified or plural):
        return False
    after = words[h + 1] if h + 1 < len(words) else None
    return not (after is not None and after.text[:1].isupper())  # "official John Smith"


def is_collective(ctx: Context, tokens: DocSpan, src: Source) -> bool:
    words = _content_tokens(tokens)
    if not words:
        return False
    if ctx.lang == "ar":
        i = 0
        while i < len(words) - 1 and (ctx.is_("vague.quantifier", words[i])
                                      or words[i].norm_ == "من"):
            i += 1
        head = words[i]
        two = " ".join(ctx.stem(t)[0] for t in words[i:i + 2])
        if not (ctx.is_("vague.collective", head) or two in ctx.lexicon.words["vague.collective"]):
            return False
        return i > 0 or not ctx.stem(head)[1] or head.norm_ in ("البعض",) or src.type != "person"
    if src.type == "person" and "," in tokens.text:
        return False
    for n, token in enumerate(words):
        if ctx.is_("vague.collective", token):
            rest = words[n + 1:]
            if rest and rest[0].text[:1].isupper():
                return False  # "analyst John Smith"
            # "analysts at the Carnegie Middle East Center": a named institution answers for them
            return not (rest and rest[0].norm_ in EN_PREPOSITIONS
                        and any(t.text[:1].isupper() for t in rest[1:]))
    return False


def collective_of_institution(ctx: Context, tokens: DocSpan) -> bool:
    """Analysts or experts of a named institution: "analysts at the Carnegie Middle East Center",
    "خبراء في الأمم المتحدة". The institution answers for them."""
    words = _content_tokens(tokens)
    for n, token in enumerate(words[:3]):
        if not ctx.is_("vague.collective", token):
            continue  # an official of an institution stays anonymous: only collectives count
        rest = words[n + 1:]
        while rest and _modifier(ctx, rest[0]) and rest[0].norm_ not in AR_PREPOSITIONS \
                and ctx.lang == "ar":
            rest = rest[1:]
        if len(rest) < 2 or ctx.found("anonymous.phrase", tokens.start, tokens.end):
            return False
        if ctx.lang == "ar":
            return rest[0].norm_ in ("في", "من", "لدى") and not ctx.is_("anonymous.head", rest[1])
        return rest[0].norm_ in EN_PREPOSITIONS and any(t.text[:1].isupper() for t in rest[1:])
    return False


def is_metonym(ctx: Context, tokens: DocSpan) -> bool:
    """The whole source phrase is a metonym (موسكو، البيت الأبيض، the Kremlin)."""
    words = _content_tokens(tokens)
    if not words:
        return False
    start, end = words[0].i, words[-1].i + 1
    return any(m.start <= start and end <= m.end
               for m in ctx.matches.get("vague.metonym", []))


def has_role(ctx: Context, src: Source, tokens: DocSpan | None) -> bool:
    """A title or role in the source phrase or right beside it ("X, the ministry's spokesman")."""
    if src.meta.get("role") or src.meta.get("title"):
        return True
    if tokens is None:
        return False
    if any(ctx.is_("role", t) for t in tokens):
        return True
    doc, sent = ctx.doc, tokens.sent
    after = doc[tokens.end:min(sent.end, tokens.end + 8)]
    for token in after:
        if ctx.is_("cue", token) or ctx.is_("complementizer", token) or token.text in "«“\"":
            break
        if ctx.is_("role", token):
            return True
    before = doc[max(sent.start, tokens.start - 3):tokens.start]
    return any(ctx.is_("role", t) for t in before) or _role_elsewhere(ctx, tokens)


def _role_elsewhere(ctx: Context, tokens: DocSpan) -> bool:
    """The article gives the person's role where it first names them: "الرئيس الأميركي دونالد
    ترامب" earlier makes a later "ترامب" a named person with a role."""
    words = tuple(ctx.stem(t)[0] for t in _content_tokens(tokens)
                  if t.norm_ not in EN_DETERMINERS)
    if not words:
        return False
    key = ("role", *words)
    if key not in ctx.backed:
        doc, n, found = ctx.doc, len(words), False
        for i in ctx.positions(words):
            sent = doc[i].sent
            near = [*doc[max(sent.start, i - 4):i], *doc[i + n:min(sent.end, i + n + 3)]]
            if any(ctx.is_("role", t) for t in near):
                found = True
                break
        ctx.backed[key] = found
    return ctx.backed[key]


def _has_issuer(ctx: Context, tokens: DocSpan) -> bool:
    """A document phrase that names who issued it: "بيان البيت الأبيض", "a Kremlin statement"."""
    rest = [t for t in _content_tokens(tokens)
            if not ctx.is_("statement.noun", t) and t.norm_ not in EN_DETERMINERS
            and ctx.stem(t)[0] not in AR_LINKS and t.norm_ not in AR_LINKS]
    return bool(rest)


def via_statement(ctx: Context, claim: Claim, tokens: DocSpan | None) -> bool:
    """The cue names a published statement: "ذكر في بيان", "said in a statement"."""
    if claim.meta.get("via") == "statement":
        return True
    if tokens is not None and any(ctx.is_("statement.noun", t) for t in tokens):
        return True
    sent = claim_sentence(ctx, claim)
    content = ctx.tokens(claim.content)
    if sent is None:
        return False
    for match in ctx.found("statement", sent.start, sent.end):
        if content is None or match.end <= content.start or match.start >= content.end:
            return True
    return False


def backed_elsewhere(ctx: Context, tokens: DocSpan) -> bool:
    """Whether the article names a statement or a spokesperson of this institution anywhere."""
    words = tuple(ctx.stem(t)[0] for t in _content_tokens(tokens)
                  if t.norm_ not in EN_DETERMINERS)
    if not words:
        return False
    if words not in ctx.backed:
        ctx.backed[words] = _backed(ctx, words)
    return ctx.backed[words]


def _backed(ctx: Context, words: tuple[str, ...]) -> bool:
    doc, n = ctx.doc, len(words)
    spokes = ctx.matches.get("spokesperson", [])
    for i in ctx.positions(words):
        sent = doc[i].sent
        lo, hi = max(sent.start, i - 4), min(sent.end, i + n + 5)  # "X said in a statement"
        if any(ctx.is_("statement.noun", doc[j]) for j in range(lo, hi) if not i <= j < i + n):
            return True
        if any(i - 3 <= m.end <= i or m.start == i + n for m in spokes):  # "المتحدث باسم X"
            return True
    return False


def anonymity_reason(ctx: Context, claim: Claim, tokens: DocSpan) -> tuple[str, Span] | None:
    """The reason the text gives for this source's anonymity (see attached_reason), here or at
    another mention of the same source ("مصدر أمني، طلب عدم الكشف عن اسمه ... وأضاف المصدر";
    see claimcheck_attribution.references)."""
    from claimcheck_attribution.references import chain

    own = attached_reason(ctx, tokens.start, tokens.end)
    if own is not None:
        return own
    for mention in chain(ctx, tokens):
        if (mention.start, mention.end) != (tokens.start, tokens.end):
            found = attached_reason(ctx, mention.start, mention.end)
            if found is not None:
                return found
    return None


def attached_reason(ctx: Context, start: int, end: int) -> tuple[str, Span] | None:
    """The reason for anonymity attached to the source phrase at tokens [start, end).

    A reason belongs to the source it stands beside: in the same sentence, right after the source
    phrase or in its relative clause ("مسؤول طلب عدم نشر اسمه", "a source who asked not to be
    named", "an official said on condition of anonymity because he was not authorized"), or
    fronted just before it, with no other source head in between. A reason in the next sentence
    of the paragraph counts only when that sentence refers back to this source ("He spoke on
    condition of anonymity...", "وتحدث المصدر شريطة عدم الكشف عن هويته"), not when it introduces
    another one ("وقال مسؤول في الدفاع المدني طلب عدم نشر اسمه").
    """
    doc = ctx.doc
    sent = doc[start].sent

    def heads(a: int, b: int) -> bool:
        return any(is_head(ctx, doc[k]) for k in range(a, b))

    for m in ctx.found("anonymous.reason", sent.start, sent.end):
        if m.start >= end and m.start - end <= REASON_GAP and not heads(end, m.start):
            return _label(ctx, m)
        if m.end <= start and start - m.end <= REASON_GAP // 2 and not heads(m.end, start):
            return _label(ctx, m)
    nxt = ctx.next_sentence(sent)
    if nxt is None:
        return None
    for m in ctx.found("anonymous.reason", nxt.start, nxt.end):
        if _refers_back(ctx, nxt.start, m.start):
            return _label(ctx, m)
    return None


def _refers_back(ctx: Context, start: int, end: int) -> bool:
    """The reason at token ``end`` in a later sentence (opening at ``start``) is attached to a
    reference back to a source already named: the definite head nearest before it ("..., added
    the diplomat, who asked not to be named", "وتحدث المصدر شريطة"), or, with no head at all, a
    pronoun opening the sentence ("He spoke on condition of anonymity because...")."""
    doc = ctx.doc
    for k in range(end - 1, max(start, end - REASON_GAP) - 1, -1):
        if is_head(ctx, doc[k]):
            if ctx.lang == "ar":
                return ctx.stem(doc[k])[1]
            return k > start and doc[k - 1].norm_ in ("the", "this", "that")
    if any(is_head(ctx, doc[k]) for k in range(start, end)):
        return False
    words = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
    return ctx.lang != "ar" and bool(words) and words[0].norm_ in EN_ANAPHORS


def _label(ctx: Context, m) -> tuple[str, Span]:
    return str(m.entry.data.get("label", "")), ctx.span(m.start, m.end)


def passive_marker(ctx: Context, claim: Claim) -> Span | None:
    """The agentless marker of a claim (قيل، أفيد، reportedly), outside its content."""
    sent = claim_sentence(ctx, claim)
    if sent is None:
        return None
    content = ctx.tokens(claim.content)
    cue = ctx.tokens(claim.cue.span) if claim.cue else None

    def outside(start: int, end: int) -> bool:
        if cue is not None and cue.start <= start and end <= cue.end:
            return True
        return content is None or end <= content.start or start >= content.end

    for match in ctx.found("passive", sent.start, sent.end):
        if outside(match.start, match.end):
            return ctx.span(match.start, match.end)
    for token in sent:
        if ctx.voweled_passive(token) and outside(token.i, token.i + 1):
            return ctx.span(token.i, token.i + 1)
    return None
