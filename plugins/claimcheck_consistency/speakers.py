"""Who says a stretch of text: the extracted claim that holds it, else the reporting verb of its
sentence ("وقال الكرملين إن ..."، "... , the Kremlin said").

The fallback reads verb-first Arabic (cue, then up to five words of speaker until إن/أن, a
preposition, a quotation mark or punctuation) and English (the capitalised words before "said", or
after it in "said X"). Pronouns ("he said", "وأضاف") give no speaker: the caller treats that as
unknown, never as a different speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimcheck_consistency.words import Word, lexicon, words

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis
    from claimcheck.model import Span

AR_STOP = {"ان", "انه", "انها", "اني", "في", "علي", "الي", "من", "عن", "امس", "اليوم", "يوم",
           "خلال", "بعد", "قبل", "ل", "لـ", "مساء", "صباح", "اول", "ايضا", "ايضاً", "بان", "بانه"}
AR_PRONOUN_CUES = {"اضاف", "تابع", "اوضح", "قال", "اكد"}  # with no named subject: carried over
EN_AUXILIARIES = {"has", "have", "had", "also", "later", "again", "has also", "had also", "did",
                  "does", "will", "would", "is", "was", "were", "are", "not", "then", "first"}
EN_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "officials", "who"}
PUNCT = set(".,،:;«»“”\"()[]!?؟…-–—")


@dataclass
class Speaker:
    name: str  # folded words joined by spaces
    span: Span | None = None
    claim: str | None = None  # the claim id it came from
    stems: set[str] = field(default_factory=set)
    # the text names no one at the quote: a pronoun ("she said") the extractor resolved to an
    # earlier speaker, a guess, not the text's word (a subjectless "وأضاف" carries its speaker
    # reliably and is not a guess)
    guessed: bool = False

    def differs(self, other: Speaker | None) -> bool:
        """Known to be someone else: both named, no word in common, neither inside the other."""
        if other is None or not self.stems or not other.stems:
            return False
        return not (self.stems & other.stems)


def _titles(lang: str) -> set[str]:
    from claimcheck_consistency.lexicon import load

    return load(lang).titles


def named(speaker: Speaker | None, lang: str) -> bool:
    """Whether a speaker is named, not only described: "ترامب"، "الكرملين"، "Smith" are names;
    "الرئيس الأميركي"، "the mayor" describe someone who may be named elsewhere in the text."""
    from claimcheck_consistency.headline import _key, _occurs, gazetteer
    from claimcheck_consistency.lexicon import fold
    from claimcheck_consistency.words import zipf

    if speaker is None:
        return False
    keys = [_key(fold(w.strip("".join(PUNCT)), lang)) for w in speaker.name.split()]
    if any(_occurs(keys, p) >= 0 for group in gazetteer(lang) for p in group):
        return True
    for raw in speaker.name.split():
        word = raw.strip("".join(PUNCT))
        f = fold(word, lang)
        bare = f[2:] if lang == "ar" and f.startswith("ال") and len(f) >= 5 else f
        if lang == "ar":
            if len(bare) >= 3 and not bare.endswith(("ي", "يه")) and zipf(word, "ar") < 4.5:
                return True
        elif word[:1].isupper() and f not in ("the", "a", "an", "officials", "he", "she") \
                and f not in _titles(lang):
            return True  # a capitalised word in English: "Smith", "the Kremlin"
    return False


def _stems(text: str, lang: str) -> set[str]:
    from claimcheck_consistency.lexicon import fold

    out = set()
    for part in text.split():
        w = fold(part.strip("".join(PUNCT)), lang)
        if lang == "ar":
            for p in ("وال", "بال", "ال", "و", "ب", "ل"):
                if w.startswith(p) and len(w) - len(p) >= 3:
                    w = w[len(p):]
                    break
        if len(w) >= 2 and w not in EN_PRONOUNS and w not in ("the", "of"):
            out.add(w)
    return out


def claim_at(analysis: Analysis, start: int, end: int):
    """The innermost claim whose content (else sentence) holds view stretch [start, end)."""
    target = analysis.span(start, end)
    best = None
    for claim in analysis.claims:
        for holder in (claim.content, claim.sentence):
            if holder is not None and holder.contains(target):
                if best is None or len(holder) < best[0]:
                    best = (len(holder), claim)
                break
    return best[1] if best else None


def speaker_at(analysis: Analysis, start: int, end: int) -> Speaker | None:
    """Who says view stretch [start, end), or None when no one is named."""
    claim = claim_at(analysis, start, end)
    lang = analysis.lang
    if claim is not None and claim.source is not None and claim.source.type != "self":
        name = claim.source.span.text if claim.source.span else claim.source.name
        meta = claim.source.meta or {}
        guessed = bool(meta.get("resolved_pronoun"))
        return Speaker(name, claim.source.span, claim.id, _stems(name, lang), guessed)
    ws = [w for w in words(analysis) if _sentence_of(analysis, start) == w.sent]
    return _fallback(analysis, ws, start)


def _sentence_of(analysis: Analysis, view_offset: int) -> int:
    for w in words(analysis):
        if w.start <= view_offset < max(w.end, w.start + 1) or w.start > view_offset:
            return w.sent
    return -1


def _is_cue(w: Word, lex) -> bool:
    return w.norm in lex.cues or w.stem in lex.cues or (
        w.norm[:1] in "وف" and w.norm[1:] in lex.cues)


def ar_subject(run: list[Word], lex) -> list[Word]:
    """The subject at the head of a verb-first clause: a word and the definite adjectives after a
    definite head ("الجيش الإسرائيلي" in "حمّل الجيش الإسرائيلي حركة حماس المسؤولية")."""
    if not run:
        return run
    k = 1
    while k < len(run) and run[k - 1].norm.startswith("ال") and run[k].norm.startswith("ال"):
        k += 1
    return run[:k]


def en_subject(ws: list[Word], k: int) -> list[Word]:
    """The simple subject before verb ``ws[k]``: up to five words back to the sentence start or a
    clause boundary, past auxiliaries, without its article ("The army has blamed" -> army)."""
    sent = ws[k].sent
    subject: list[Word] = []
    j = k - 1
    while j >= 0 and ws[j].sent == sent and (ws[j].norm in EN_AUXILIARIES
                                             or ws[j].norm.endswith("ly")):
        j -= 1

    def inside(i: int) -> bool:
        return i >= 0 and ws[i].sent == sent and ws[i].text not in PUNCT \
            and ws[i].norm not in ("that", "said", "says", "while", "and", "but", "who")

    while inside(j) and len(subject) < 5:
        subject.insert(0, ws[j])
        j -= 1
    if inside(j):
        return []  # a longer stretch is no simple subject
    while subject and subject[0].norm in ("the", "a", "an"):
        subject.pop(0)
    return subject


def _stance(w: Word, lex) -> str | None:
    for form in (w.norm, w.stem, w.norm[1:] if w.norm[:1] in "وف" else ""):
        if form in lex.cues:
            return lex.cues[form]
    return None


def _fallback(analysis: Analysis, ws: list[Word], near: int) -> Speaker | None:
    lex = lexicon(analysis)
    cues = [k for k, w in enumerate(ws) if _is_cue(w, lex)]
    if not cues:
        return None
    k = min(cues, key=lambda c: abs(ws[c].start - near))
    if lex.lang == "ar":
        run: list[Word] = []
        for w in ws[k + 1:k + 7]:
            clause = w.norm.startswith(("ان", "بان")) and len(w.norm) <= 4
            if w.text in PUNCT or w.norm in AR_STOP or clause:
                break
            run.append(w)
        if not run:
            return None
        if _stance(ws[k], lex) in ("accusation", "denial"):
            # "اتهمت واشنطن دمشق بـ"، "نفت دمشق أي علاقة": the subject is the first noun phrase
            run = ar_subject(run, lex)
    else:
        before: list[Word] = []
        for w in reversed(ws[:k]):
            if w.text[:1].isupper() or (w.norm in ("the", "of") and before):
                before.insert(0, w)
            elif not before and (w.norm in EN_AUXILIARIES or w.norm.endswith("ly")):
                continue  # "Washington has blamed", "the minister repeatedly said"
            else:
                break
        while before and before[0].norm in ("the", "of"):
            before.pop(0)
        after: list[Word] = []
        inverted = lex.cues.get(ws[k].norm) in ("neutral", "assertive")  # "said the minister"
        for w in ws[k + 1:k + 6] if inverted else []:
            if w.text[:1].isupper() or (w.norm in ("the", "of") and after):
                after.append(w)
            elif w.norm == "the" and not after:
                continue
            else:
                break
        run = before or after or en_subject(ws, k)
        if not run or all(w.norm in EN_PRONOUNS for w in run):
            return None
    s = analysis.span(run[0].token_start, run[-1].end)
    return Speaker(s.text, s, None, _stems(s.text, lex.lang))
