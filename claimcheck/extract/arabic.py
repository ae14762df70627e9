"""Arabic claim extraction: reported speech, quotations, according-to and agentless attribution.

What it finds, sentence by sentence (quote-aware sentences from the analyze step):

- verb-first reported speech: cue + source + complementizer (إن / أن / بأن, with pronoun
  suffixes), "وقالت موسكو إن ..."; the source phrase ends before a complement ("في بيان", "في
  تصريح لـ", "لرويترز", "للصحفيين"), a time ("أمس", "يوم الثلاثاء"), a relative pronoun, or a
  particle before the complementizer ("أشار ... إلى أن");
- subject-first reported speech: "الرئيس ترامب قال إن ..." and nested ones inside another claim's
  content ("قال إن الزعيمين اتفقا على أن «...»", the inner claim's ``parent`` is the outer one);
- direct quotations after their cue ("وذكر البيت الأبيض في بيان «...»", "وقال: «...»") or before it
  ("«...»، قال الوزير"), one claim however many sentences the quotation runs over; indirect
  content that holds a quotation is "mixed";
- verbs whose content is a verbal-noun or prepositional object ("نفت وزارة الدفاع السورية في
  بيان استهداف أي مناطق سكنية", "حذرت الأمم المتحدة من تدهور ...", "أعلنت الشرطة مقتل ...";
  marked masdar_object in cues.yaml): the subject noun phrase is delimited without a parser by
  the gazetteer (an entity, or a head with its genitive and nisba adjectives) and definiteness,
  then complements and times are stepped over; after a bare title only أي or a listed verbal noun
  opens the object (a name could follow); negated verbs give nothing; a name the gazetteer does
  not know is told by that listed object ("نفى كريم الساعدي وجود أي اتفاق"), and a document
  subject by its issuer or adjectives ("كشف تقرير للأمم المتحدة عن ...");
- homograph cues (بيّن / بين "between") only with their shadda or opening a clause with a
  delimited subject before أن; cues that need their particle (جاء في بيان ... أن);
- a long clause between the source and «، إن» ("وقال مسؤول ... طلب عدم نشر اسمه لأنه ...، إن"):
  the source is the noun phrase after the cue;
- according-to forms (بحسب، حسب، وفقاً لـ، نقلاً عن، على لسان، بحسب ما ذكر X), before or after
  their content;
- continuations that carry the speaker over: a verb with no subject ("وأضاف أن", "وتابع: «...»"),
  a circumstantial participle ("موضحاً أن", "مشيراً إلى أن", "مؤكداً"), "ووصف ... بأنه", a
  stand-alone quotation right after a claim; a participle belongs to its own sentence's subject
  first, and a feminine form (مؤكدة، وأضافت) skips a masculine speaker and vice versa;
- accusations with a discontinuous cue ("ألقت فيه واشنطن باللائمة على ...") or with the accused
  before a ب-verbal noun ("اتهمت المنظمة السلطات باحتجاز ...": the content keeps its ب);
- a quotation named after it with هكذا or هذا ما ("«...»، هكذا علّق النائب X"، "هذا ما قاله X");
- a contrastive opener with the speaker's pronoun ("، لكنه أشار إلى أن"، "غير أنها حذرت من
  أن") opens a claim of the same speaker;
- unmarked relative clauses end a source ("مسؤولون طلبوا عدم الكشف عن هوياتهم"، "وثيقة
  اطلعت عليها رويترز"), and so does a relative clause between a subject-first source and its cue;
- agentless attribution ("قيل إن", "أفيد بأن", "يُعتقد أن", a voweled "ويُرجَّح أن"): anonymous
  source without a span;
- a bare definite head that refers back to a source named before ("وتوقعت الوزارة") takes that
  source's name (``meta["antecedent"]``: the earlier mention), its span unchanged;
- then sentences in the outlet's own voice with checkable content, as "unattributed".

Matching is on ``token.norm_`` (CAMeL Tools normalization) with the conjunctions و / ف stripped by
rule; when the analyze step has set ``token.lemma_`` from a CAMeL morphology database, a token
whose lemma is a reporting verb's is a cue too. Words come from rules/lexicons/ar/cues.yaml and
sources.yaml. The conventions for sources (carried_from, agentless, metonym, document issuer,
via = statement) are those of claimcheck.extract.claims and claimcheck.extract.sources.

Cues are looked up in dictionaries by hand rather than with a spaCy Matcher: the blank Arabic
tokenizer leaves clitics and punctuation glued to words ("وقال", "بيانه»."), so each token needs its
own stripped variants before lookup, which token patterns cannot express.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from claimcheck.extract.quotes import quote_starting
from claimcheck.hookspecs import hookimpl

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan
    from spacy.tokens import Token

    from claimcheck.analyze.analysis import Analysis
    from claimcheck.extract.cues import CueEntry, CueIndex
    from claimcheck.extract.quotes import Quote
    from claimcheck.extract.sources import Gazetteer
    from claimcheck.model import Claim, Cue, Source

LANG = "ar"
PUNCT = "«»“”„‹›\"'.,،؛;:!?؟()[]{}…-–—/"
CLOSING_QUOTES = "»”›\""
OPENING_QUOTES = "«“„‹\""
COMMAS = (",", "،")
PREPOSITIONS = {"في", "علي", "من", "الي", "عن", "مع", "خلال", "بعد", "قبل", "منذ", "حول", "عند",
                "لدي", "امام", "ضد", "نحو", "اثر", "عقب"}
# "ويقول محمد، وهو سائق أجرة، ...": a clause that says who the speaker is
APPOSITION_PRONOUNS = ("وهو", "وهي", "وهم", "وهما")
# Preposition + pronoun tokens that stand between an accusation verb and its subject ("ألقت فيه").
PREP_PRONOUNS = ("فيه", "فيها", "عليه", "عليها", "به", "بها", "له", "لها", "منه", "منها")


@hookimpl
def claimcheck_extract_claims(analysis: Analysis) -> list[Claim] | None:
    if analysis.lang != LANG:
        return None
    return ArabicExtractor(analysis).run()


# -- the lexicon, built once ------------------------------------------------------------


def norm(text: str) -> str:
    from claimcheck.analyze.normalize import normalize_ar

    return normalize_ar(text)


@dataclass
class Lexicon:
    cues: CueIndex
    according: dict[tuple[str, ...], dict[str, Any]]  # normalized marker words -> entry
    markers_by_first: dict[str, list[tuple[tuple[str, ...], dict[str, Any]]]]
    triggers: set[str]  # every word a cue or marker can start with
    filler_firsts: set[str]
    outlet: list[tuple[str, ...]]
    comps: set[str]
    via_heads: dict[str, bool]  # word -> names a statement
    via_preps: set[str]
    addressees: set[str]
    time_words: set[str]
    period_words: set[str]
    period_modifiers: set[str]
    relatives: set[str]
    doc_modifiers: set[str]
    clause_verbs: set[str]
    fillers: set[tuple[str, ...]]
    openers: set[tuple[str, ...]]
    gaz: Gazetteer
    known: set[str] = field(default_factory=set)  # words of heads and entities (for clitic rules)
    np_adjectives: set[str] = field(default_factory=set)
    masdar_objects: set[str] = field(default_factory=set)
    masculine_teh: set[str] = field(default_factory=set)
    negations: set[str] = field(default_factory=set)
    masculine_heads: set[str] = field(default_factory=set)
    particle_required: set[str] = field(default_factory=set)  # lemmas that need their particle
    quote_only: set[str] = field(default_factory=set)  # lemmas that report only a quotation
    homographs: set[str] = field(default_factory=set)  # lemmas whose bare form is another word
    passive_forms: set[str] = field(default_factory=set)  # agentless forms (يرجح، يعتقد)
    doc_verbs: set[str] = field(default_factory=set)  # "أجرتها": a document's issuer follows
    accusing: set[str] = field(default_factory=set)  # lemmas with the accused before the object
    accusation_objects: set[str] = field(default_factory=set)  # "باحتجاز": accused of
    pronoun_openers: set[tuple[str, ...]] = field(default_factory=set)  # "لكنه"، "غير أنها"
    norms: set[str] = field(default_factory=set)  # "وفقاً للقانون": no source
    ambiguous_titles: set[str] = field(default_factory=set)  # "الرئيس" after "رئيس الوزراء"
    tag_verbs: dict[str, CueEntry] = field(default_factory=dict)  # "«...»، هكذا علّق X"


@cache
def lexicon() -> Lexicon:
    from claimcheck.extract.cues import build_index
    from claimcheck.extract.sources import gazetteer
    from claimcheck.resources import lexicon as load

    data = load(LANG, "cues")
    bounds = data.get("boundaries") or {}
    comps = {norm(w) + s for w in data["complementizers"]["words"]
             for s in ["", *map(norm, data["complementizers"]["suffixes"])]}
    gaz = gazetteer(LANG, norm)
    according = {tuple(norm(w) for w in e["marker"].split()): e
                 for e in data.get("according_to", [])}
    by_first: dict[str, list[tuple[tuple[str, ...], dict[str, Any]]]] = {}
    for phrase, entry in according.items():
        by_first.setdefault(phrase[0], []).append((phrase, entry))
    cues = build_index(data, _expand, norm)
    fillers = {tuple(norm(w) for w in p.split()) for p in bounds.get("fillers", [])}
    known = {w for words in gaz.heads.values() for w in words}
    known |= {w for phrase in gaz.entities for w in phrase.split()}
    return Lexicon(
        cues=cues,
        triggers=set(cues.forms) | set(by_first),
        filler_firsts={f[0] for f in fillers},
        according=according,
        markers_by_first=by_first,
        outlet=[tuple(norm(w) for w in p.split()) for p in data.get("outlet_voice", [])],
        comps=comps,
        via_heads={stem + suffix: bool(e.get("statement"))
                   for e in bounds.get("via_heads", []) for stem in _suffix_stems(e["word"])
                   for suffix in ("", "ه", "ها", "هم")},
        via_preps={norm(w) for w in bounds.get("via_prepositions", [])},
        addressees={norm(w) for w in bounds.get("addressees", [])},
        time_words={norm(w) for w in bounds.get("time_words", [])},
        period_words={norm(w) for w in bounds.get("period_words", [])},
        period_modifiers={norm(w) for w in bounds.get("period_modifiers", [])},
        relatives={norm(w) for w in bounds.get("relatives", [])},
        doc_modifiers={norm(w) for w in bounds.get("document_modifiers", [])},
        clause_verbs={norm(w) for w in bounds.get("clause_verbs", [])},
        fillers=fillers,
        openers={tuple(norm(w) for w in p.split()) for p in bounds.get("clause_openers", [])},
        gaz=gaz,
        known=known,
        np_adjectives={norm(w) for w in bounds.get("np_adjectives", [])},
        masdar_objects={norm(w) for w in bounds.get("masdar_objects", [])},
        masculine_teh={norm(w) for w in bounds.get("masculine_teh_names", [])},
        negations={norm(w) for w in bounds.get("negations", [])},
        masculine_heads={norm(w) for w in bounds.get("masculine_heads", [])},
        particle_required={e["lemma"] for e in data.get("verbs", []) if e.get("particle_required")},
        quote_only={e["lemma"] for e in data.get("verbs", []) if e.get("quote_only")},
        homographs={e["lemma"] for e in data.get("verbs", []) if e.get("homograph")},
        passive_forms={f for e in data.get("passive", []) for f in _expand(e, "passive")},
        doc_verbs={norm(w) for w in bounds.get("document_verbs", [])},
        accusing={e["lemma"] for e in data.get("verbs", []) if e.get("accused")},
        accusation_objects={norm(w) for w in bounds.get("accusation_objects", [])},
        norms={norm(w) for w in data.get("according_to_norms", [])},
        ambiguous_titles={norm(w) for w in bounds.get("ambiguous_titles", [])},
        tag_verbs=_tag_verbs(data),
        pronoun_openers={tuple(norm(w) for w in p.split())
                         for p in bounds.get("pronoun_openers", [])},
    )


def _expand(raw: dict[str, Any], role: str) -> list[str]:
    """Every surface form of a cue entry: the listed forms and the derived inflections."""
    forms: list[str] = [norm(f) for f in raw.get("forms", [])]
    for past in raw.get("past", []):
        p = norm(past)
        forms.append(p)
        if p[-1] not in "اوي":  # defective verbs are listed in full instead
            forms += [p + "ت", p + "وا", p + "ا", p + "تا"]
    for present in raw.get("present", []):
        p = norm(present)
        forms.append(p)
        if p.startswith("ي"):
            forms.append("ت" + p[1:])
        if p[-1] not in "اوي":
            forms += [p + "ون", p + "ان", "ت" + p[1:] + "ان"]
    if role == "participle":
        for f in list(forms):
            stem = f[:-1] if f.endswith("ا") else f
            forms += [stem + "ه", stem + "ين", stem + "تين"]
    return forms


def _tag_verbs(data: dict[str, Any]) -> dict[str, CueEntry]:
    """Verbs that report a quotation only right after "هكذا" ("«...»، هكذا علّق النائب"):
    surface form -> entry."""
    from claimcheck.extract.cues import CueEntry

    tags: dict[str, CueEntry] = {}
    for raw in data.get("quote_tag_verbs", []):
        entry = CueEntry(lemma=raw["lemma"], stance=raw.get("stance", "neutral"), role="verb")
        for form in _expand(raw, "verb"):
            tags.setdefault(form, entry)
    return tags


def _suffix_stems(word: str) -> tuple[str, ...]:
    """The stems a pronoun suffix is glued to: ة turns to ت before it ("كلمة" -> "كلمته")."""
    stem = norm(word)
    return (stem, stem[:-1] + "ت") if word.endswith("ة") else (stem,)


def bare(token: Token) -> str:
    """The token's normalized form without glued punctuation."""
    return token.norm_.strip(PUNCT)


def variants(word: str) -> tuple[str, ...]:
    """``word`` and ``word`` without a leading conjunction و / ف."""
    if len(word) > 3 and word[0] in "وف":
        return word, word[1:]
    return (word,)


# -- the extractor ----------------------------------------------------------------------


@dataclass
class Scan:
    """What follows a cue: where its source ends, and what stops the scan."""

    stop: str  # "comp", "quote", "colon", "comma", "end", "far"
    at: int  # index (in the sentence's token list) of the stopping token
    source_end: int  # index one past the last source token
    via: bool | None = None  # a complement was seen; True when it names a statement
    cited: int | None = None  # index where an according-to marker inside the scan starts
    cited_end: int | None = None  # index one past that marker
    skipped: tuple[tuple[int, int], ...] = ()  # parenthetical clauses stepped over


@dataclass
class Candidate:
    i: int  # token index in the sentence
    end: int  # one past the cue's last token (particle included)
    entry: CueEntry | None  # None for an according-to marker
    marker: dict[str, Any] | None = None
    prefixed: bool = False  # the token carries a leading و / ف
    scan: Scan | None = None


class ArabicExtractor:
    def __init__(self, analysis: Analysis) -> None:
        from claimcheck.extract.claims import ClaimSet
        from claimcheck.extract.quotes import find_quotes

        self.analysis = analysis
        self.lex = lexicon()
        self.claims = ClaimSet(analysis)
        text = analysis.text
        self.quotes: list[Quote] = []
        for paragraph in analysis.paragraphs or [analysis.doc[:]]:
            self.quotes += find_quotes(text, paragraph.start_char, paragraph.end_char)
        self.outlet_sentences: set[int] = set()
        # Computed once per article: each token's bare normalized form, and the tokens that stand
        # inside a quotation (after its opening mark).
        self.words = [bare(t) for t in analysis.doc]
        self.quoted: set[int] = set()
        for quote in self.quotes:
            inner = analysis.doc.char_span(quote.start + 1, quote.end, alignment_mode="expand")
            if inner is not None:
                self.quoted.update(range(inner.start, inner.end))

    # -- driving --------------------------------------------------------------------------------

    def run(self) -> list[Claim]:
        from claimcheck.extract.unattributed import add_unattributed

        for sent in self.analysis.doc.sents:
            toks = [t for t in sent if not t.is_space]
            if toks:
                self.sentence(sent, toks)
        self._name_back_references()
        add_unattributed(self.claims, self.checkable, skip=self.outlet_sentences)
        return self.claims.claims

    def sentence(self, sent: DocSpan, toks: list[Token]) -> None:
        words = [self.words[t.i] for t in toks]
        if self._outlet_voice(words):
            self.outlet_sentences.add(sent.start_char)
            return
        candidates = self._candidates(toks, words)
        for cand in candidates:
            if cand.entry is not None:
                cand.scan = self._scan(toks, words, cand.end, cand.entry)
        # cue words inside a parenthetical a productive cue stepped over ("الذي طلب عدم كشف اسمه")
        inside = {k for c in candidates if c.scan and c.scan.stop in ("comp", "quote")
                  for a, b in c.scan.skipped for k in range(a, b)}
        candidates = [c for c in candidates
                      if c.i not in inside and self._cue_reading(c, toks, words)]
        starters = [c.i for c in candidates
                    if self._is_starter(c, toks) or self._trailing_carry(c, toks)]
        consumed: set[int] = set()
        before = len(self.claims.claims)
        for cand in candidates:
            if cand.i in consumed:
                continue
            ctx = _Context(sent, toks, words, starters, consumed)
            if cand.entry is None:
                self._according(cand, ctx)
            else:
                self._reported(cand, ctx)
        if len(self.claims.claims) == before:
            self._standalone_quote(sent, toks)

    # -- finding cues ---------------------------------------------------------------------------

    def _outlet_voice(self, words: list[str]) -> bool:
        head = list(words[:4])
        if head:
            head[0] = variants(head[0])[-1]
        return any(tuple(head[:len(p)]) == p for p in self.lex.outlet)

    def _candidates(self, toks: list[Token], words: list[str]) -> list[Candidate]:
        found: list[Candidate] = []
        i = 0
        triggers = self.lex.triggers
        while i < len(toks):
            w = words[i]
            tag = self.lex.tag_verbs.get(w) if i > 0 and words[i - 1] == "هكذا" else \
                self._this_is_what(words, i)
            if tag is not None and toks[i].i not in self.quoted:
                found.append(Candidate(i, i + 1, tag))  # "«...»، هكذا علّق النائب X"
                i += 1
                continue
            if (w not in triggers and w[1:] not in triggers and not toks[i].lemma_) or \
                    (toks[i].i in self.quoted and toks[i].text[0] not in OPENING_QUOTES):
                i += 1
                continue
            marker = self._marker_at(words, i)
            if marker is not None:
                size, entry = marker
                found.append(Candidate(i, i + size, None, entry))
                i += size
                continue
            forms = variants(words[i])
            entry = self.lex.cues.lookup(*forms)
            if entry is None and toks[i].lemma_:
                entry = self.lex.cues.lemmas.get(norm(toks[i].lemma_))
                if entry is not None and entry.role != "verb":
                    entry = None
            if entry is not None:
                end = i + 1
                if entry.particle and end < len(toks) and words[end] in entry.particle:
                    end += 1
                elif entry.lemma in self.lex.particle_required:
                    i += 1  # "جاء ذلك بعد أن": without its particle the verb reports nothing
                    continue
                follower = self.lex.cues.lookup(words[end]) if end < len(toks) else None
                if entry.role == "verb" and follower is not None and \
                        follower.role == "participle":
                    end += 1  # "وتابع قائلاً:", "وأضاف مؤكداً أن": one cue
                prefixed = len(forms) > 1 and self.lex.cues.lookup(forms[0]) is None
                found.append(Candidate(i, end, entry, prefixed=prefixed))
            i += 1
        return found

    def _this_is_what(self, words: list[str], i: int) -> CueEntry | None:
        """"«...»، هذا ما قاله / أكده X": a reporting verb with its object pronoun after
        "هذا ما" is the cue of the quotation before it."""
        if i < 2 or words[i - 2:i] != ["هذا", "ما"]:
            return None
        for suffix in ("ه", "ها"):
            if words[i].endswith(suffix) and len(words[i]) > len(suffix) + 2:
                entry = self.lex.cues.lookup(words[i][:-len(suffix)])
                if entry is not None and entry.role == "verb":
                    return entry
        return None

    def _marker_at(self, words: list[str], i: int) -> tuple[int, dict[str, Any]] | None:
        """The longest according-to marker starting at ``i``: (its length in words, its entry)."""
        best = None
        for first in variants(words[i]):
            for phrase, entry in self.lex.markers_by_first.get(first, ()):
                n = len(phrase)
                if tuple(words[i + 1:i + n]) == phrase[1:] and (best is None or n > best[0]):
                    best = (n, entry)
        if best is None:
            return None
        n, entry = best
        if entry.get("particle") and i + n < len(words) and words[i + n] == norm(entry["particle"]):
            n += 1
        return n, entry

    def _in_quote(self, offset: int) -> bool:
        from claimcheck.extract.quotes import quote_at

        quote = quote_at(self.quotes, offset)
        return quote is not None and quote.start != offset

    def _is_starter(self, cand: Candidate, toks: list[Token]) -> bool:
        """Whether a cue opens a new claim beside the previous one (not one nested in it)."""
        entry = cand.entry
        if entry is None:
            return False
        if entry.role == "participle":
            return True
        scan = cand.scan
        productive = scan is not None and scan.stop in ("comp", "quote", "colon")
        opened = cand.i > 0 and (
            any((v,) in self.lex.openers for v in self._prev_words(toks, cand.i))
            or toks[cand.i - 1].text in (",", "،")
            or self._pronoun_opener([self.words[t.i] for t in toks], cand.i) is not None)
        if opened and cand.i > 0 and toks[cand.i - 1].text not in (",", "،"):
            return True  # "بينما تتهم منظمات ...": a new clause, whatever it reports
        if (cand.prefixed or opened) and not productive and entry.masdar_object and \
                entry.role == "verb" and not cand.end > cand.i + 1:
            # "، ونفت الوزارة أي تورط": a new clause with a subject and a masdar object
            target = self._masdar_target(toks, [self.words[t.i] for t in toks], cand)
            return target is not None and target[0] is not None
        return (cand.prefixed or opened) and productive and \
            entry.role in ("verb", "continuation", "passive")

    def _trailing_carry(self, cand: Candidate, toks: list[Token]) -> bool:
        """"...، على حد تعبيره": a carry marker after a comma ends the content before it."""
        return cand.marker is not None and bool(cand.marker.get("carry")) and cand.i > 0 and \
            toks[cand.i - 1].text.endswith((",", "،"))

    def _cue_reading(self, cand: Candidate, toks: list[Token], words: list[str]) -> bool:
        """Whether a homograph cue (بيّن "showed" / بين "between") is the verb here: written
        with its shadda, or opening its clause with a delimited subject right before the
        complementizer ("وبين وزير التخطيط أن"); "بين الطرفين" is the preposition."""
        entry = cand.entry
        if entry is None or entry.role != "verb" or entry.lemma not in self.lex.homographs:
            return True
        if "\u0651" in toks[cand.i].text:
            return True
        scan = cand.scan
        if scan is None or scan.stop != "comp" or scan.source_end <= cand.end:
            return False
        opens = cand.i == 0 or toks[cand.i - 1].text in (",", "،") or \
            (variants(words[cand.i - 1])[-1],) in self.lex.openers
        # the whole subject is a noun phrase the gazetteer delimits (a title may bring a name);
        # quotation marks around it («الشرق الأوسط») are no words
        lo, hi = cand.end, scan.source_end
        while lo < hi and not words[lo]:
            lo += 1
        while hi > lo and not words[hi - 1]:
            hi -= 1
        return opens and hi > lo and (self._comma_source_end(words, lo, hi, None) == hi
                                      or self._document_np(words, lo, hi) == hi)

    def _pronoun_opener(self, words: list[str], i: int) -> int | None:
        """Where a contrastive opener with the subject's pronoun ("لكنه"، "غير أنها"، "إلا
        أنهم") ending right before token ``i`` starts, or None: the verb after it is a new
        clause whose subject is the speaker named before."""
        for phrase in self.lex.pronoun_openers:
            n = len(phrase)
            if i < n:
                continue
            found = list(words[i - n:i])
            found[0] = variants(found[0])[-1] if found[0] not in phrase[:1] else found[0]
            if tuple(found) == phrase:
                return i - n
        return None

    def _prev_words(self, toks: list[Token], i: int) -> tuple[str, ...]:
        return variants(bare(toks[i - 1]))

    # -- scanning what follows a cue ------------------------------------------------------------

    def _scan(self, toks: list[Token], words: list[str], j: int, entry: CueEntry | None) -> Scan:
        lex = self.lex
        source_end: int | None = None
        via: bool | None = None
        cited = cited_end = None
        skipped: list[tuple[int, int]] = []
        k = j
        while k < len(toks):
            w = words[k]
            raw = toks[k].text
            if k - j - sum(b - a for a, b in skipped) > 25:
                return Scan("far", k, source_end if source_end is not None else k, via)
            if w in lex.comps:
                return Scan("comp", k, source_end if source_end is not None else k, via, cited,
                            cited_end, tuple(skipped))
            if raw[0] in OPENING_QUOTES and not self._addressee_quote(toks, words, k):
                return Scan("quote", k, source_end if source_end is not None else k, via, cited,
                            cited_end, tuple(skipped))
            if raw == ":" or raw.startswith(":"):
                return Scan("colon", k, source_end if source_end is not None else k, via, cited,
                            cited_end)
            if raw in (",", "،") and k > j and k + 1 < len(toks) and words[k + 1] in lex.comps \
                    and entry is not None and entry.role == "verb":
                # "وقال مسؤول في الدفاع المدني طلب عدم نشر اسمه لأنه ...، إن": the source is the
                # noun phrase after the cue, the rest up to the comma a clause about it
                end = self._comma_source_end(words, j, k, source_end)
                if end is not None:
                    skipped.append((end, k + 1))
                    return Scan("comp", k + 1, end, via, cited, cited_end, tuple(skipped))
            if raw in (",", "،") and self._interruption(toks, words, k) is not None:
                # "وكشف مسؤول أمني، طلب عدم نشر اسمه، أن": skip the parenthetical clause
                after = self._interruption(toks, words, k)
                assert after is not None
                if source_end is None:
                    source_end = k
                    if self._appositive_name(toks, words, j, k + 1, after - 1):
                        source_end = after - 1  # the title's name stays in the source
                skipped.append((k, after))
                k = after
                continue
            if raw in (",", "،", "؛", ";") or raw[0] in ".!?؟":
                return Scan("comma" if raw in (",", "،", "؛", ";") else "end", k,
                            source_end if source_end is not None else k, via)
            if source_end is None:
                nxt = words[k + 1] if k + 1 < len(toks) else ""
                marker = self._marker_at(words, k) if k > j else None
                if marker is not None:
                    source_end, cited, cited_end = k, k, k + marker[0]
                    k = cited_end
                    continue
                if w in lex.via_preps and nxt in lex.via_heads:
                    source_end, via = k, lex.via_heads[nxt]
                elif w in PREPOSITIONS and nxt in lex.comps:
                    source_end = k
                elif entry is not None and entry.source_after and w == entry.source_after:
                    source_end, cited, cited_end = k, k, k + 1
                elif entry is not None and k > j and w in entry.particle and \
                        nxt.endswith(("ه", "ها", "هم")) and len(nxt) > 3:
                    source_end = k  # "وأعربت الوزارة عن أملها في أن": the particle ends it
                elif k == j and w.startswith("لل") and w[2:] in lex.addressees:
                    source_end = k  # "وأوضح للوكالة أن" (but "المدير العام للوكالة الدولية")
                elif (self._addressee(w) or self._time_at(words, k) or w in lex.relatives
                      or w in lex.doc_modifiers or self._filler_at(words, k)
                      or (k > j and w in lex.clause_verbs)):
                    source_end = k
            elif via is None and w in lex.via_preps and k + 1 < len(toks) and \
                    words[k + 1] in lex.via_heads:
                via = lex.via_heads[words[k + 1]]
            k += 1
        return Scan("end", k, source_end if source_end is not None else k, via)

    def _comma_source_end(self, words: list[str], j: int, k: int, boundary: int | None
                          ) -> int | None:
        """Where the source after a cue at ``j`` ends when a comma at ``k`` comes right before
        the complementizer: the noun phrase the gazetteer and definiteness give, or the boundary
        the scan saw; None when another cue stands in between (that clause is its own)."""
        found = self._source_np(words, j, k)
        if found is not None:
            end, title = found
            stop = boundary if boundary is not None and boundary > end else k
            rest = words[end:stop]
            if title and 0 < len(rest) <= 3 and not any(
                    w in PREPOSITIONS or w in self.lex.relatives or self.lex.cues.lookup(w)
                    or self._time_at(words, end + n) for n, w in enumerate(rest)):
                end = stop  # "وقال الوزير محمد العلي، إن": the name after the title
        elif boundary is not None and boundary - j <= 8:
            end = boundary
        else:
            return None
        if end <= j or any((e := self.lex.cues.lookup(*variants(words[x]))) is not None
                           and not e.object_only for x in range(end, k)):
            return None
        return end

    # -- noun phrases and masdar objects ----------------------------------------------------------

    def _entity_len(self, words: list[str], k: int, hi: int) -> int:
        """Words in the longest gazetteer entity or place starting at ``k`` (0 if none)."""
        gaz = self.lex.gaz
        for size in range(min(max(gaz.longest, 3), hi - k), 0, -1):
            phrase = words[k:k + size]
            if gaz.entity(phrase) is not None or " ".join(phrase) in gaz.places:
                return size
        return 0

    def _nisba(self, w: str) -> bool:
        """A relational adjective (السورية، أمني، الطبية) or a listed one (كبير، رفيع)."""
        if w in self.lex.np_adjectives:
            return True
        if w in self.lex.time_words or w in self.lex.period_modifiers:
            return False
        stem = w[2:] if w.startswith("ال") else w
        return len(stem) > 3 and stem.endswith(("ي", "يه", "يون", "يين", "يان", "يتان"))

    def _source_np(self, words: list[str], lo: int, hi: int) -> tuple[int, bool] | None:
        """The subject noun phrase that starts at ``lo`` without a parser: a gazetteer entity
        or a source head ("وزارة"، "الشرطة"، "مسؤول"), its genitive ("وزارة الدفاع"),
        "باسم X", "في X" after an unnamed head, nisba adjectives, and a known name after a title.
        Returns (index past it, whether its head is a person's title), or None."""
        gaz = self.lex.gaz
        if lo >= hi:
            return None
        n = self._entity_len(words, lo, hi)
        if n:
            k, kind, open_ = lo + n, "entity", False
        else:
            kind = gaz.head_kind(words[lo])
            if kind is None or kind == "document":
                return None  # a bare name or word: nothing tells where it ends
            k, open_ = lo + 1, not _definite(words[lo])
        title = kind == "titles"
        while k < hi:
            w = words[k]
            if w == "باسم" and k + 1 < hi:
                k, open_ = k + 1, True
                continue
            n = self._entity_len(words, k, hi)
            if n and not open_ and title and gaz.entity(words[k:k + n]) is None:
                break  # a place is no person's name: "اتهم الرئيس الأميركي الصين بأنها"
            if n and (open_ or title):  # a genitive, or a name after a title
                if not open_:
                    title = False  # the name is taken: what follows is no name
                k, open_ = k + n, False
                continue
            if open_ and _definite(w) and not self._time_at(words, k) and \
                    w not in self.lex.relatives:
                k, open_ = k + 1, False
                continue
            if open_ and not _definite(w) and gaz.head_kind(w) in ("titles", "government",
                                                                     "organization"):
                k += 1  # "وزير خارجية الولايات المتحدة"
                continue
            if self._nisba(w):
                k, open_ = k + 1, False
                continue
            lam = self._lam_genitive(words, k, hi) if kind in ("government", "organization") \
                and k > lo + 1 and self._nisba(words[k - 1]) else 0
            if lam:  # "الاتحاد السعودي لكرة القدم", "الهيئة العامة للإحصاء"
                k, open_ = k + lam, False
                continue
            if w in ("في", "من") and kind == "anonymous" and k + 1 < hi and (
                    _definite(words[k + 1]) or self._entity_len(words, k + 1, hi)):
                k += 1 + max(1, self._entity_len(words, k + 1, hi))  # "مسؤول في الدفاع"
                open_ = False
                continue
            if w == "في" and kind in ("government", "organization") and not open_ and \
                    k + 1 < hi and " ".join(words[k + 1:k + 1 + (n := self._entity_len(
                        words, k + 1, hi))]) in gaz.places:
                k += 1 + n  # "وزارة الصحة في غزة", "السفارة الأميركية في بغداد"
                continue
            break
        if open_ and kind != "anonymous":
            return None  # "منظمة أطباء ...": the construct is not closed, so its end is unknown
        return k, title

    def _document_np(self, words: list[str], lo: int, hi: int) -> int | None:
        """Index past a document noun phrase at ``lo`` ("تقرير للأمم المتحدة", "بيانات رسمية
        نشرت يوم الخميس", "تقرير صادر عن البنك الدولي", "دراسة حديثة أجرتها جامعة القاهرة"):
        a document head, its adjectives, and its issuer after ل / a genitive / an issuer link
        or a publishing verb, with the issuer delimited like a subject; None otherwise."""
        gaz = self.lex.gaz
        if lo >= hi or gaz.head_kind(words[lo]) != "document":
            return None
        k = lo + 1
        while k < hi and self._nisba(words[k]):
            k += 1
        if k >= hi:
            return k
        w = words[k]
        if w in self.lex.clause_verbs:
            return k  # "وثيقة اطلعت عليها رويترز": who saw it is no issuer
        if w in gaz.issuer_links or w in self.lex.doc_modifiers or w in self.lex.doc_verbs:
            head_end = k
            k += 1
            if k < hi and words[k] in ("عن", "من") and words[k - 1] not in ("عن", "من"):
                k += 1  # "صادر عن"
            timed = False
            while k < hi and self._time_at(words, k):  # "نشرت يوم الخميس": a time, no issuer
                k, timed = k + (2 if words[k] in self.lex.period_words else 1), True
            issuer = self._source_np(words, k, hi) if k < hi else None
            if issuer is not None:
                return issuer[0]
            # "تقرير أممي من تفاقم": من opens the object, not an issuer
            return k if timed else head_end if w in ("من", "عن") else None
        if w.startswith("ل") and len(w) > 3:  # "تقرير للأمم المتحدة", "لمنظمة العفو"
            lifted = list(words)
            lifted[k] = "ال" + w[2:] if w.startswith("لل") else w[1:]
            issuer = self._source_np(lifted, k, hi)
            return issuer[0] if issuer is not None else None
        issuer = self._source_np(words, k, hi) if _definite(w) or self._entity_len(words, k, hi) \
            or gaz.head_kind(w) in ("government", "organization") \
            else None  # "تقرير الأمم المتحدة", "بيانات وزارة الصحة العراقية"
        return issuer[0] if issuer is not None else k

    def _lam_genitive(self, words: list[str], k: int, hi: int) -> int:
        """Words of a ل-genitive that completes an institution's name at ``k`` ("للإحصاء": 1,
        "لكرة القدم", "لحقوق الإنسان": 2), or 0; an addressee ("للصحفيين") is none."""
        w = words[k]
        if len(w) < 4 or not w.startswith("ل") or self._addressee(w):
            return 0
        if w.startswith("لل"):
            return 1
        return 2 if k + 1 < hi and _definite(words[k + 1]) and \
            not self._time_at(words, k + 1) else 0

    def _interruption(self, toks: list[Token], words: list[str], k: int) -> int | None:
        """After a comma at ``k``: the index past a parenthetical clause closed by a second comma
        and followed by the complementizer, or None."""
        for c in range(k + 1, min(k + 30, len(toks) - 1)):
            if toks[c].text in (",", "،"):
                nxt = words[c + 1]
                # "وأشار الجمال، خلال مؤتمر صحفي، إلى أن": the cue's preposition may come first
                prep = nxt in PREPOSITIONS and c + 2 < len(toks) and words[c + 2] in self.lex.comps
                return c + 1 if nxt in self.lex.comps or prep or self._via_then_comp(
                    toks, words, c + 1) or toks[c + 1].text[0] in OPENING_QUOTES or \
                    self._addressee_then_content(toks, words, c + 1) else None
            if toks[c].text.startswith(":") and (words[k + 1] in self.lex.via_preps or
                                                 words[k + 1] in APPOSITION_PRONOUNS) and \
                    c + 1 < len(toks) and toks[c + 1].text[0] in OPENING_QUOTES:
                return c  # "وقال الوزير، خلال مؤتمر صحفي في أنقرة: «...»": up to the colon
            if toks[c].text[0] in ".!?؟:؛;" or words[c] in self.lex.comps:
                return None
        return None

    def _addressee_then_content(self, toks: list[Token], words: list[str], k: int) -> bool:
        """Whether an addressee ("لفرانس برس", "للصحفيين") starts at ``k`` and a colon, a
        quotation or the complementizer follows within three words ("وقال محمد الأمين، وهو
        تاجر في السوق، لفرانس برس: «...»")."""
        if k >= len(toks) or not self._addressee(words[k]):
            return False
        for c in range(k + 1, min(k + 4, len(toks))):
            raw = toks[c].text
            if words[c] in self.lex.comps or raw.startswith(":") or raw[0] in OPENING_QUOTES:
                return True
            if raw[0] in ".!?؟؛;،,":
                return False
        return False

    def _via_then_comp(self, toks: list[Token], words: list[str], k: int) -> bool:
        """Whether a medium ("في مؤتمر صحفي", "في تصريح لرويترز") starts at ``k`` and the
        complementizer or a quotation follows it within a few words, with no punctuation."""
        if not (k + 1 < len(toks) and words[k] in self.lex.via_preps and
                words[k + 1] in self.lex.via_heads):
            return False
        for c in range(k + 2, min(k + 8, len(toks))):
            if words[c] in self.lex.comps or toks[c].text[0] in OPENING_QUOTES:
                return True
            if toks[c].text[0] in ".!?؟:؛;،,":
                return False
        return False

    def _appositive_name(self, toks: list[Token], words: list[str], j: int, lo: int, hi: int
                         ) -> bool:
        """Whether ``[lo, hi)`` between two commas is the name of the title before it ("وقال
        المدير العام لوزارة الصحة، إبراهيم عبد الرحيم، إن"), not a clause about the speaker
        ("طلب عدم نشر اسمه", "متحدثاً للصحفيين")."""
        if not (1 <= hi - lo <= 4) or words[j] not in self.lex.gaz.heads.get("titles", ()):
            return False
        for k in range(lo, hi):
            w, raw = words[k], toks[k].text
            if w in PREPOSITIONS or w in self.lex.relatives or w in self.lex.comps or \
                    self.lex.cues.lookup(*variants(w)) or self._time_at(words, k) or \
                    raw.endswith(("اً", "ًا")) or any(ch.isdigit() for ch in raw) or \
                    not raw[:1].isalpha() or w in self.lex.gaz.heads.get("anonymous", ()):
                return False
        return not words[lo].startswith("ال")

    def _time_at(self, words: list[str], k: int) -> bool:
        w = words[k]
        if w in self.lex.time_words:
            return True
        return w in self.lex.period_words and k + 1 < len(words) and \
            words[k + 1] in self.lex.period_modifiers

    def _addressee(self, w: str) -> bool:
        """"لرويترز", "للصحفيين", "لـ": whom the speaker told."""
        if w in ("ل", "له", "لها", "لهم") or w[:2] in ("ل«", "ل“", 'ل"'):
            return True
        if not w.startswith("ل") or len(w) < 3:
            return False
        rest = w[1:]
        options = {rest, "ال" + w[2:] if w.startswith("لل") else rest}
        return bool(options & self.lex.addressees)

    def _addressee_quote(self, toks: list[Token], words: list[str], k: int) -> bool:
        """A quotation right after "لـ" names a medium (لـ«الشرق الأوسط»), not what was said."""
        if k == 0:
            return False
        from claimcheck.extract.quotes import quote_at

        prev = toks[k - 1].text
        if norm(prev).rstrip("ـ") == "ل" or prev.endswith("لـ"):
            return True
        quote = quote_at(self.quotes, toks[k].idx)
        if quote is not None and quote.start != toks[k].idx:  # the closing mark of that name
            opening = next((n for n in range(k) if toks[n].idx == quote.start), None)
            return opening is not None and opening > 0 and \
                self._addressee_quote(toks, words, opening)
        if quote is None or len(self.analysis.text[quote.start:quote.end].split()) > 4:
            return False
        # "صحيفة «الوطن»", "لقناة "العربية"": a short quotation after a medium is its name
        w = variants(words[k - 1])[-1]
        heads = {w, w[1:], "ال" + w[2:] if w.startswith("لل") else w}
        media = {a[2:] if a.startswith("ال") else a for a in self.lex.addressees}
        if {h[2:] if h.startswith("ال") else h for h in heads} & media:
            return True
        # "وعلمت «الشرق الأوسط» أن": a short quotation between a cue and أن is its subject
        if self.lex.cues.lookup(*variants(words[k - 1])) is None:
            return False
        after = next((n for n in range(k, len(toks)) if toks[n].idx >= quote.end), len(toks))
        return after < len(toks) and words[after] in self.lex.comps

    def _filler_at(self, words: list[str], k: int) -> bool:
        if words[k] not in self.lex.filler_firsts:
            return False
        return any(tuple(words[k:k + len(f)]) == f for f in self.lex.fillers)

    # -- reported speech --------------------------------------------------------------------------

    def _reported(self, cand: Candidate, ctx: _Context) -> None:
        entry = cand.entry
        assert entry is not None and cand.scan is not None
        toks, scan = ctx.toks, cand.scan
        if entry.requires:
            self._accusation(cand, ctx)
            return
        if entry.role == "masdar":
            self._masdar(cand, ctx)
            return
        if entry.masdar_object and self._masdar_claim(cand, ctx):
            return
        if entry.lemma in self.lex.accusing and scan.stop not in ("comp", "quote", "colon"):
            self._accused_of(cand, ctx)
            return
        if entry.object_only or (entry.lemma in self.lex.quote_only and scan.stop == "comp"):
            return  # "وتساءل المحلل إن كانت الحكومة ستصمد": إن is "whether" here
        if entry.lemma in self.lex.particle_required and (
                scan.stop not in ("comp", "quote", "colon") or scan.source_end <= cand.end):
            return  # "وجاء في المرتبة الأولى": no document named, no speaker carried over
        parent = self.claims.covering(toks[cand.i].idx)
        if cand.i in ctx.starters:
            parent = None
        if scan.stop in ("comp", "quote", "colon"):
            source, meta = self._source_for(cand, ctx, parent)
            if source is None:
                return
            self._emit(cand, ctx, scan, source, meta, parent)
        elif entry.role == "verb" and cand.prefixed and cand.end > cand.i + 1 and \
                scan.at > cand.end + 1 and self._quote_ending_before(toks[cand.i].idx) is None:
            # "وشدد على ضرورة الحوار": no subject, the particle opens the content
            prev = self._previous(ctx, toks[cand.i].idx, parent)
            if prev is not None:
                self._claim("indirect", (toks[cand.end].idx, self._content_end(ctx, cand.end)),
                            self._carry(prev), cand, ctx, {}, parent=None)
        elif entry.role == "participle" and scan.at > cand.end:
            speaker = self._participle_speaker(cand, ctx)
            if speaker is None:
                return
            self._claim("indirect", (toks[cand.end].idx, self._content_end(ctx, cand.end)),
                        speaker, cand, ctx, {}, parent=None)
        else:
            self._quote_before(cand, ctx)

    def _masdar_claim(self, cand: Candidate, ctx: _Context) -> bool:
        """"نفت وزارة الدفاع السورية في بيان استهداف أي مناطق سكنية", "وكانت الأمم المتحدة قد
        حذرت الشهر الماضي من تدهور ...": a verbal-noun or prepositional object as the content.
        The subject is the noun phrase after the verb (or the clause's subject before it), then
        complements and times are stepped over; the object must open right there."""
        entry = cand.entry
        assert entry is not None
        toks, words = ctx.toks, ctx.words
        if self.claims.covering(toks[cand.i].idx) is not None:
            return False  # inside another claim's content: not a claim of its own here
        target = self._masdar_target(toks, words, cand)
        if target is None:
            return False
        np, k, start, via = target
        scan = cand.scan
        if scan is not None and scan.stop == "comp" and k < scan.at and \
                ctx.words[k] not in self.lex.masdar_objects:
            return False  # "أكدت دراسة أجرتها جامعة الملك سعود أن": a name's last word, then أن
        if np is not None:
            source = self._phrase_source(ctx, cand.end, np[0])
        elif cand.prefixed and words[cand.i][0] == "و":
            return False  # "وأكد مقتل ...": a continuation with no subject, handled elsewhere
        else:
            source = self._subject_before(cand, ctx)
        if source is None:
            return False
        ctx.consumed.update(range(cand.i, k))
        meta = {"via": "statement"} if via else {}
        first = next(n for n in range(k, len(toks)) if toks[n].idx + len(toks[n]) > start)
        end = self._content_end(ctx, first)  # a starter right after the object ends it
        for n in range(first + 1, len(toks) - 1):
            if toks[n].idx >= end:
                break
            if toks[n].text.endswith((",", "،")) and (variants(words[n + 1])[-1],) in \
                    self.lex.openers:
                # "من تدهور الوضع الإنساني، حيث يعيش ...": the clause after the object is
                # the outlet's background, not what was warned of
                end = toks[n].idx + len(toks[n])
                break
        self._claim("indirect", (start, end), source, cand, ctx, meta, None)
        return True

    def _masdar_target(self, toks: list[Token], words: list[str], cand: Candidate
                       ) -> tuple[tuple[int, bool] | None, int, int, bool | None] | None:
        """The parts of a masdar-object claim at ``cand``, without adding it: the subject noun
        phrase after the verb (end, title) or None, the object's token index, its view offset,
        and whether a statement was named; None when there is no such object."""
        entry = cand.entry
        assert entry is not None
        before = words[cand.i - 1] if cand.i > 0 else ""
        negations = self.lex.negations
        if before in negations or (before[:1] in "وف" and before[1:] in negations):
            return None  # "ولم تعلن الوزارة عن أي وفيات": the outlet reports a silence
        particle_taken = cand.end > cand.i + 1  # "حذرت من": no subject after the verb
        np = None if particle_taken else self._source_np(words, cand.end, len(words))
        opens = cand.prefixed or cand.i == 0 or toks[cand.i - 1].text in (",", "،")
        named = False
        if np is None and not particle_taken and opens:
            # "كشف تقرير للأمم المتحدة عن" (a bare head is too little: "المغرب يعلن نتائج
            # امتحانات"); or a name the gazetteer does not know, closed by a listed verbal noun
            # ("نفى كريم الساعدي وجود أي اتفاق")
            doc_end = self._document_np(words, cand.end, len(words))
            if doc_end is not None and doc_end <= cand.end + 1:
                doc_end = None
            name_end = self._masdar_name(toks, words, cand.end)
            np = (doc_end, False) if doc_end is not None else \
                (name_end, False) if name_end is not None else None
            named = doc_end is None and name_end is not None
        if np is not None and np[1]:
            np = self._name_before_complement(words, *np)
        if np is not None and np[1]:
            name_end = self._masdar_name(toks, words, np[0])
            if name_end is not None:  # "ونفى الناطق باسم الخارجية أحمد أبو زيد وجود أي"
                np, named = (name_end, False), True
        k = np[0] if np else cand.end
        k, via = self._skip_complements(words, k)
        while k + 1 < len(toks) and toks[k].text in COMMAS:
            # "أعلن الجيش اللبناني، الخميس، مقتل"، "نفت الوزارة، في بيان، استهداف": a time or a
            # medium set off by commas between the subject and the object
            after, set_off = self._skip_complements(words, k + 1)
            if after == k + 1 or after >= len(toks) or toks[after].text not in COMMAS:
                break
            k, via = after + 1, via or set_off
        if k >= len(words):
            return None
        preps = () if particle_taken else entry.particle + entry.object_preps
        # after a name told by its object, that object is one of the listed verbal nouns
        start = self._object_start(toks, words, k, preps, entry, bool(np and np[1]) or named,
                                   particle_taken)
        return None if start is None else (np, k, start, via)

    def _masdar_name(self, toks: list[Token], words: list[str], k: int) -> int | None:
        """Index past a person's name at ``k`` that the gazetteer does not know, told by what
        follows it: one to three name-like words, then (past complements and times) أي or a
        listed verbal noun. One word alone is taken only when it ends an earlier speaker's
        name ("ونفى الساعدي وجود ..."; "وأكد ضرورة وجود آلية" has no name, and after a title
        "الوزير خالد اعتقال" is too little to tell). The first word is not definite ("ونفى
        الاتهام ..."، "رفض المتحدث الإدلاء بأي تعليق" are no names) unless it is such a known
        surname. It may open the subject or follow a title."""
        known = self._speaker_names()
        for end in range(k + 1, min(k + 4, len(words))):
            if not self._name_like(toks[end - 1], words[end - 1]):
                return None
            if end == k + 1 and _definite(words[k]) and words[k] not in known:
                return None
            n = self._skip_complements(words, end)[0]
            if n >= len(words) or not self._plain_object(words[n], title=True):
                continue
            return end if end > k + 1 or words[k] in known else None
        return None

    def _name_like(self, tok: Token, w: str) -> bool:
        """A word that may be part of a person's name: no punctuation, digit or tanween, and
        none of the lexicon's function words, cues, heads, verbal nouns or times."""
        raw = tok.text
        lex = self.lex
        if len(w) < 2 or raw != raw.strip(PUNCT) or "\u064b" in raw or \
                any(c.isdigit() for c in raw) or not raw[:1].isalpha() or \
                w.startswith(("بال", "لل", "كال")) or (w[0] in "بلو" and w[1:] in ("اي", "ايه")):
            return False  # "بالوزارة", "بأي": a preposition's phrase, no name
        return not (w in PREPOSITIONS or w in lex.comps or w in lex.relatives or
                    w in lex.time_words or w in lex.negations or w in lex.masdar_objects or
                    w in lex.gaz.issuer_links or w in lex.filler_firsts or (w,) in lex.openers
                    or lex.gaz.head_kind(w) is not None or lex.cues.lookup(*variants(w))
                    or self._plain_object(w, title=True) or w in lex.np_adjectives)

    def _speaker_names(self) -> set[str]:
        """The last words of the people already quoted ("كريم الساعدي" -> الساعدي)."""
        names = set()
        for claim in self.claims.claims:
            source = claim.source
            if source is not None and source.span is not None and source.type == "person":
                names.add(norm(source.span.text.split()[-1]).strip(PUNCT))
        return names

    def _name_before_complement(self, words: list[str], end: int, title: bool
                                ) -> tuple[int, bool]:
        """After a title, up to three words closed by a complement or a time are the person's
        name ("وأكد المتحدث باسم الوزارة خالد مجاهد في تصريحات ..."); else unchanged."""
        for n in range(1, 4):
            k = end + n
            if k >= len(words) or not words[k - 1] or words[k - 1] in PREPOSITIONS or \
                    words[k - 1] in self.lex.comps or self.lex.cues.lookup(words[k - 1]):
                break
            if self._skip_complements(words, k)[0] > k:
                return k, False
        return end, title

    def _skip_complements(self, words: list[str], k: int) -> tuple[int, bool | None]:
        """Past fillers, times ("الشهر الماضي"، "أمس"), media ("في بيان"، "في تصريح لرويترز")
        and addressees after a subject; returns the index and whether a statement was named."""
        via: bool | None = None
        lex = self.lex
        while k < len(words):
            w = words[k]
            if self._filler_at(words, k):
                k += next(len(f) for f in lex.fillers if tuple(words[k:k + len(f)]) == f)
            elif w in lex.period_words and self._time_at(words, k):
                k += 2
            elif w in lex.time_words:
                k += 1
            elif w in lex.via_preps and k + 1 < len(words) and words[k + 1] in lex.via_heads:
                via = bool(via) or lex.via_heads[words[k + 1]]
                k += 2
                while k < len(words) and (self._nisba(words[k]) or words[k] in (
                        "له", "لها", "لهم", "صحفي", "صحافي", "مشترك", "متلفز")):
                    k += 1
            elif self._addressee(w):
                k += 2 if w in ("ل", "لـ") or norm(w).rstrip("ـ") == "ل" else 1
            else:
                break
        return k, via

    def _object_start(self, toks: list[Token], words: list[str], k: int, preps: tuple[str, ...],
                      entry: CueEntry, title: bool, particle_taken: bool) -> int | None:
        """View offset where a masdar / prepositional object opens at token ``k``, or None when
        what stands there is no such object (a complementizer, a name, a verb, a preposition)."""
        w = words[k]
        raw = toks[k].text
        if not w or raw[0] in OPENING_QUOTES or w in self.lex.comps or \
                any(c.isdigit() for c in w):
            return None
        if particle_taken:
            return toks[k].idx if self._plain_object(w, title=False) else None
        for p in preps:
            # after the verb's own particle any noun (حذر من الكارثة); after another preposition
            # a definite noun is a topic or an act, not a claim ("تحدث عن الوضع", "اعترفت
            # الولايات المتحدة بالحكومة الجديدة" recognizes a government)
            stance = "denial" if p in entry.particle else "neutral"
            if w == p and k + 1 < len(words) and self._plain_object(words[k + 1], False, stance):
                return toks[k + 1].idx
            if len(p) == 1 and w.startswith(p) and len(w) > 4 and \
                    self._plain_object(w[1:], False, stance):
                return toks[k].idx + len(raw) - len(raw.lstrip()) + 1  # "بمقتل": after the ب
        if entry.particle or entry.prep_required:
            return None
        return toks[k].idx if self._plain_object(w, title, entry.stance,
                                                 entry.object_words or None) else None

    def _plain_object(self, w: str, title: bool, stance: str = "denial",
                      words: tuple[str, ...] | None = None) -> bool:
        """Whether ``w`` can open a verbal-noun object ("استهداف"، "أي"، "الاتهامات")."""
        lex = self.lex
        if w in ("اي", "ايه") or (w.startswith("اي") and w[2:] in ("ا", "ة", "ه")):
            return True
        if title:  # "ونفى المتحدث محمد ...": a name may follow a title
            return w in lex.masdar_objects
        if words is not None and (w in words or (w.startswith("ال") and w[2:] in words)):
            return True
        if words is not None:
            return False  # "رفضت المحكمة الطعن": a rejected act, not a rejected claim
        if _definite(w) and stance != "denial" and w not in lex.masdar_objects:
            return False  # "أعلنت الحكومة الحداد": a definite object is an act, not a claim,
            # except what is denied or rejected ("رفضت الحكومة الاتهامات")
        return not (
            w in PREPOSITIONS or w in lex.comps or w in lex.relatives or w in lex.time_words
            or w in lex.gaz.issuer_links or w in lex.doc_modifiers
            or any(w.startswith(d) for d in lex.doc_modifiers if len(d) > 2)
            or (w,) in lex.openers or self._nisba(w) or lex.cues.lookup(w) is not None
            or len(w) < 3)

    def _source_for(self, cand: Candidate, ctx: _Context, parent: Claim | None
                    ) -> tuple[Source | None, dict[str, Any]]:
        """The source of a reported-speech cue: its subject, the cited source, the clause's
        subject before it, or the previous speaker carried over."""
        from claimcheck.extract.claims import agentless

        entry, scan, toks = cand.entry, cand.scan, ctx.toks
        assert entry is not None and scan is not None
        meta: dict[str, Any] = {}
        if scan.via:
            meta["via"] = "statement"
        if scan.cited is not None and scan.cited_end is not None and scan.cited_end < scan.at:
            cited = self._phrase_source(ctx, scan.cited_end, self._cited_end(ctx, scan))
            if cited is not None:
                outlet = self._phrase_text(ctx, cand.end, scan.cited)
                if outlet:
                    cited.meta["via_outlet"] = outlet
                return cited, meta
        # a continuation verb's words before بأن are its object ("ووصف الاتصال بأنه"), not a subject
        if entry.object and not cand.prefixed:
            source = self._subject_before(cand, ctx)
            if source is not None:
                return source, meta
        if entry.role in ("verb", "passive") and scan.source_end > cand.end:
            end = scan.source_end
            if entry.lemma in self.lex.accusing:  # "اتهمت الحكومة المعارضة بأنها": the accused
                np = self._source_np(ctx.words, cand.end, end)  # follows the subject
                end = np[0] if np is not None else end
            for k in range(cand.end, end):
                ctx.consumed.add(k)
            source = self._phrase_source(ctx, cand.end, end)
            if source is not None:
                return source, meta
        if entry.role == "passive" or (entry.role == "verb" and self._voweled_passive(cand, ctx)):
            return agentless(), meta
        # "أما الوزارة فأكدت أن": ف may join a subject-first verb, و may not
        if entry.role == "verb" and (not cand.prefixed or ctx.words[cand.i][0] == "ف"):
            source = self._subject_before(cand, ctx)
            if source is not None:
                return source, meta
        if entry.role == "participle":
            return self._participle_speaker(cand, ctx), meta
        if entry.role == "continuation" and cand.i > 0:
            # "رفض الوزير القرار، ووصفه بأنه ...": like a participle, a continuation inside a
            # sentence belongs to that sentence's subject first
            w = variants(ctx.words[cand.i])[-1]
            lemma = norm(entry.lemma)
            stem = next((w[:-len(s)] for s in ("هم", "ها", "ه") if w.endswith(s) and
                         w[:-len(s)].startswith(lemma)), w)  # ووصفته -> وصفت
            gender = "m" if stem == lemma else "f" if stem == lemma + "ت" else None
            return self._participle_speaker(cand, ctx, gender), meta
        if entry.role == "verb" and parent is None and cand.i > 1 and \
                toks[cand.i - 1].text in ("،", ",") and ctx.words[cand.i][0] == "و":
            # "أبقى البنك المركزي سعر الفائدة دون تغيير، وقال إنه": the subject of the verb
            # that opens the sentence, when its gender agrees
            source = self._opening_subject(ctx, cand.i - 1)
            gender = self._verb_gender(cand, ctx)
            if source is not None and (gender is None or self._source_gender(source) in
                                       (None, gender)):
                return source, meta
        opener = self._pronoun_opener(ctx.words, cand.i)
        if entry.role == "verb" and parent is None and opener is not None and opener > 1 and \
                toks[opener - 1].text in ("،", ","):
            # "ووقع الرئيس الاتفاق، غير أنه أكد أن": the pronoun is the opening verb's subject
            source = self._opening_subject(ctx, opener - 1)
            gender = self._verb_gender(cand, ctx)
            if source is not None and self._source_gender(source) in (None, gender) and \
                    not self._sentence_claims(ctx):
                return source, meta
        prev = self._previous(ctx, toks[cand.i].idx, parent)
        if entry.role == "verb" and parent is None and cand.prefixed and cand.i == 0:
            # "وشدد الوزير ... على ضرورة ... . وكشف أن": the subject of the sentence before,
            # when that sentence opened with a reporting verb and made no claim
            before = self._previous_sentence_subject(ctx, prev)
            gender = self._verb_gender(cand, ctx)
            if before is not None and self._source_gender(before) in (None, gender):
                return before, meta
        if prev is not None and parent is None and entry.role == "verb":
            # "وأضافت" after a masculine speaker goes back to the last feminine one
            prev = self._agreeing(prev, toks[cand.i].idx, self._verb_gender(cand, ctx),
                                  ctx.sent.start_char)
        if prev is None:
            return None, meta
        return self._carry(prev), meta

    def _previous_sentence_subject(self, ctx: _Context, prev: Claim | None) -> Source | None:
        """The subject after the reporting verb that opens the sentence before ``ctx`` (cut
        where a particle, a complement or a time ends it), when that sentence holds no claim."""
        sents = [s for s in self.analysis.doc.sents if s.end_char <= ctx.sent.start_char]
        if not sents:
            return None
        sent = sents[-1]
        if prev is not None and self.claims.view_content[prev.id][0] >= sent.start_char:
            return None  # the sentence before made a claim: carry its speaker as usual
        toks = [t for t in sent if not t.is_space]
        words = [self.words[t.i] for t in toks]
        entry = self.lex.cues.lookup(*variants(words[0])) if words else None
        if entry is None or entry.role != "verb" or len(toks) < 3:
            return None
        scan = self._scan(toks, words, 1, entry)
        if not 1 < scan.source_end < scan.at or scan.source_end > 9:
            return None  # nothing told where the subject ends
        return self._phrase_source(_Context(sent, toks, words, [], set()), 1, scan.source_end)

    def _sentence_claims(self, ctx: _Context) -> list[Claim]:
        return [c for c in self.claims.claims
                if self.claims.view_content[c.id][0] >= ctx.sent.start_char]

    def _voweled_passive(self, cand: Candidate, ctx: _Context) -> bool:
        """"ويُرجَّح أن": a verb written with the passive damma on its prefix and no subject,
        whose form the lexicon lists as agentless too (يرجح، يعتقد، يتوقع); or any reporting
        verb in the past so voweled with the complementizer right after it ("وذُكر أن"،
        "وأُعلن أن")."""
        raw = ctx.toks[cand.i].text
        prefix = raw[1:] if raw[:1] in "وف" and len(raw) > 3 else raw
        if len(prefix) < 2 or prefix[1] != "\u064f":
            return False
        if variants(ctx.words[cand.i])[-1] in self.lex.passive_forms:
            return True
        scan = cand.scan
        return prefix[0] not in "يت" and scan is not None and scan.stop == "comp" and \
            scan.at == cand.end

    def _verb_gender(self, cand: Candidate, ctx: _Context) -> str | None:
        """"f" for a 3rd-person feminine singular form (قالت، أضافت، نفت، تقول), "m" for the
        masculine one (قال، أضاف، نفى، يقول), None for other forms."""
        assert cand.entry is not None
        w = variants(ctx.words[cand.i])[-1]
        lemma = norm(cand.entry.lemma.split()[0])
        if w == lemma:
            return "m"
        if w.endswith("ت") and (w[:-1] == lemma or (lemma[-1] in "اي" and w[:-1] == lemma[:-1])):
            return "f"
        return None

    def _participle_speaker(self, cand: Candidate, ctx: _Context, gender: str | None = "?"
                            ) -> Source | None:
        """The speaker a circumstantial participle (مؤكدة، مشيراً) continues.

        The participle belongs to the subject of its own sentence's main verb: the speaker of a
        claim the sentence made before it; else the noun phrase right after the sentence's first
        verb ("ونشرت الوزارة صوراً للموقع، مؤكدة أن"); when the sentence has a reporting verb
        with a subject that gave no claim, no earlier speaker is carried in (a wrong source is
        worse than none).
        A speaker whose gender disagrees with the participle's (مؤكدة needs وزارة، الحكومة...;
        مؤكداً a masculine one) is passed over for the latest earlier one that agrees."""
        toks, words = ctx.toks, ctx.words
        offset = toks[cand.i].idx
        prev = self._previous(ctx, offset)
        if gender == "?":  # a participle's own ending, unless the caller knows better
            gender = _participle_gender(variants(words[cand.i])[-1])
        prev_start = self.claims.view_content[prev.id][0] if prev is not None else -1
        if prev_start < ctx.sent.start_char:
            subject = self._opening_subject(ctx, cand.i)
            if subject is not None:
                return subject if self._source_gender(subject) in (None, gender) or \
                    gender is None else None
            if any(self._has_subject(ctx, k) for k in range(cand.i)):
                return None
        if prev is None:
            return None
        agreeing = self._agreeing(prev, offset, gender, ctx.sent.start_char)
        return self._carry(agreeing) if agreeing is not None else None

    def _agreeing(self, prev: Claim, offset: int, gender: str | None, sent_start: int
                  ) -> Claim | None:
        """``prev``, or when its speaker's gender disagrees with ``gender`` (of the participle or
        verb that carries it over), the latest of the last three speakers that agrees; never
        one from an earlier sentence when ``prev`` is of the sentence itself."""
        if gender is None:
            return prev
        seen = 0
        own = self.claims.view_content[prev.id][0] >= sent_start
        for claim in reversed(self.claims.claims):
            start = self.claims.view_content[claim.id][0]
            if seen >= 3 or (own and start < sent_start):
                break
            if start >= offset or claim.parent or claim.source is None or \
                    claim.source.span is None or claim.source.type == "self":
                continue
            seen += 1
            if self._source_gender(claim.source) in (None, gender):
                return claim
        return None

    def _opening_subject(self, ctx: _Context, before: int) -> Source | None:
        """The subject after a verb that opens the sentence ("ونشرت الوزارة صوراً ..."): a
        gazetteer-delimited noun phrase right after the first word, when that word is no
        preposition, particle or opener (so likely the main verb)."""
        words = ctx.words
        v = 0  # the verb's index: after a filler set off by a comma ("من جهته، رفض الوزير")
        if self._filler_at(words, 0):
            size = max(len(f) for f in self.lex.fillers if tuple(words[:len(f)]) == f)
            if size < len(words) - 1 and ctx.toks[size].text in COMMAS:
                v = size + 1
            elif size < len(words) - 1 and ctx.toks[size - 1].text.endswith(COMMAS):
                v = size
        first = variants(words[v])[-1] if len(words) > v else ""
        if len(first) < 3 or first in PREPOSITIONS or (first,) in self.lex.openers or \
                self._filler_at(words, v) or first in self.lex.negations or \
                ctx.toks[v].i in self.quoted or _definite(first) or \
                self.lex.gaz.head_kind(first) is not None or v + 1 >= before:
            return None
        np = self._source_np(words, v + 1, before)
        if np is not None and np[1] and (np[0] == before or words[np[0]] in PREPOSITIONS):
            np = (np[0], False)  # "وعلق المتحدث باسم الحكومة على القرار": no name can follow
        if np is not None and np[1]:
            np = self._title_name(ctx, np[0], before)
        if np is None or np[1]:
            return None  # after a bare title a name may follow ("وأكد الوزير خالد ..."): unsure
        return self._phrase_source(ctx, v + 1, np[0])

    def _title_name(self, ctx: _Context, end: int, before: int) -> tuple[int, bool] | None:
        """After a title ending at ``end``: two or three name-like words closed by a
        preposition, a comma or ``before`` ("وعلقت النائبة السابقة مريم العنزي على الحكم
        قائلة") extend it to a named person; else None (a name may follow, unsure)."""
        for stop in range(end + 2, min(end + 4, before + 1)):
            if not all(self._name_like(ctx.toks[k], ctx.words[k]) for k in range(end, stop)) or \
                    _definite(ctx.words[end]):
                return None
            nxt = ctx.words[stop] if stop < len(ctx.words) else ""
            if stop == before or nxt in PREPOSITIONS or ctx.toks[stop - 1].text.endswith(
                    (",", "،")):
                return stop, False
        return None

    def _has_subject(self, ctx: _Context, k: int) -> bool:
        """Whether token ``k`` is a reporting verb with words of its own after it (a subject),
        not a subjectless continuation ("وتابعت في بيانها، مؤكدة ...")."""
        entry = self.lex.cues.lookup(*variants(ctx.words[k]))
        if entry is None or entry.role != "verb" or ctx.toks[k].i in self.quoted:
            return False
        n = k + 1
        if entry.particle and n < len(ctx.words) and ctx.words[n] in entry.particle:
            n += 1
        n, _via = self._skip_complements(ctx.words, n)
        return n < len(ctx.words) and bool(ctx.words[n]) and ctx.words[n] not in self.lex.comps

    def _source_gender(self, source: Source) -> str | None:
        """"f", "m" or None (unsure) for a source, from its first word: ـة / ـات is feminine
        (وزارة، الحكومة، السلطات, but not أسامة), a city standing for its government is
        feminine (موسكو), a title or an institution head without ـة is masculine (مدير، الجيش)."""
        assert source.span is not None
        first = norm(source.span.text.split()[0]).strip(PUNCT)
        gaz = self.lex.gaz
        if first in self.lex.masculine_teh:
            return "m"
        if first.endswith(("ه", "ات")) and len(first) > 3:
            return "f"
        if first in self.lex.masculine_heads:
            return "m"
        if source.meta.get("metonym") and not first.startswith("ال") and \
                len(source.span.text.split()) == 1:
            return "f"  # cities and countries are feminine
        if gaz.head_kind(first) in ("titles", "government", "organization") and \
                not first.endswith(("ون", "ين", "ان")):
            return "m"
        return None

    def _cited_end(self, ctx: _Context, scan: Scan) -> int:
        """Where the cited source after "نقلاً عن" / "عن" ends: before قوله or the stop."""
        assert scan.cited_end is not None
        for k in range(scan.cited_end, scan.at):
            w = variants(ctx.words[k])[-1]
            entry = self.lex.cues.lookup(w)
            if (entry is not None and entry.role == "masdar") or w in self.lex.time_words or \
                    (k > scan.cited_end and w in self.lex.clause_verbs):
                return k  # "عن مسؤولين أميركيين لم تكشف عن هوياتهم": the clause is no name
            if w in self.lex.via_preps and k + 1 < scan.at and ctx.words[k + 1] in \
                    self.lex.via_heads:
                return k
        return scan.at

    def _emit(self, cand: Candidate, ctx: _Context, scan: Scan, source: Source,
              meta: dict[str, Any], parent: Claim | None) -> None:
        toks = ctx.toks
        text = self.analysis.text
        if scan.stop == "comp":
            start = toks[scan.at + 1].idx if scan.at + 1 < len(toks) else toks[scan.at].idx + len(
                toks[scan.at])
            end = self._content_end(ctx, scan.at + 1)
            self._claim("indirect", (start, end), source, cand, ctx, meta, parent)
            return
        k = scan.at if scan.stop == "quote" else scan.at + 1
        if k < len(toks) and toks[k].text[0] in OPENING_QUOTES:
            from claimcheck.extract.quotes import quote_at

            quote = quote_at(self.quotes, toks[k].idx)
            if quote is not None:
                self._claim("direct", quote.inner, source, cand, ctx, meta, parent, trim_kind=False)
                return
        if scan.stop == "colon" and k < len(toks):
            end = self._content_end(ctx, k)
            if end - toks[k].idx > 1 and text[toks[k].idx:end].strip():
                self._claim("direct", (toks[k].idx, end), source, cand, ctx, meta, parent,
                            trim_kind=False)

    def _claim(self, kind: str, content: tuple[int, int], source: Source, cand: Candidate,
               ctx: _Context, meta: dict[str, Any], parent: Claim | None,
               trim_kind: bool = True) -> Claim | None:
        """Add a claim; indirect content that holds a quotation becomes mixed (or direct when the
        quotation is all of it)."""
        start, end = self.claims.trim(*content)
        if trim_kind and kind == "indirect":
            inside = [q for q in self.quotes if start <= q.start and q.end <= end + 1]
            if inside and inside[0].start == start:
                # content that opens with a quotation is that quotation ("اتفقا على أن «...» في
                # سوريا": the trailing words are the reporter's)
                # (a quotation that is all of it keeps the indirect frame: mixed)
                # at the top level (nested claims report the quotation itself: direct)
                exact = inside[0].end >= end and parent is None
                kind, (start, end) = "mixed" if exact else "direct", inside[0].inner
            elif inside:
                kind = "mixed"
        claim = self.claims.add(kind, (start, end), source, self._cue(cand, ctx), ctx.sent,
                                parent=parent.id if parent else None, meta=meta)
        return claim

    def _name_back_references(self) -> None:
        """A bare definite head that refers back to a source named before ("وتوقعت الوزارة"
        after "وزارة الصناعة والتجارة", "وأضاف التقرير" after "تقرير صادر عن صندوق النقد")
        takes that source's name; its span stays the words written here, and
        ``meta["antecedent"]`` holds the earlier mention. Titles are left alone: "الرئيس" after
        "رئيس الوزراء" is another person."""
        gaz = self.lex.gaz
        named: list[tuple[int, str, Source]] = []  # (start, first word, source) in text order
        for claim in sorted(self.claims.claims, key=lambda c: c.source.span.start
                            if c.source and c.source.span else -1):
            source = claim.source
            if source is None or source.span is None or source.meta.get("antecedent"):
                continue
            words = [norm(w).strip(PUNCT) for w in source.span.text.split()]
            words = [w for w in words if w]
            if not words:
                continue
            first = words[0][1:] if words[0][:1] in "ول" and words[0][1:3] == "ال" else words[0]
            kind = gaz.head_kind(first)
            if len(words) == 1 and _definite(first) and kind == "titles" and \
                    first[2:] not in self.lex.ambiguous_titles:
                # "وأضاف الوزير" after "وزير الخارجية المصري سامح شكري": the one minister named
                # before (two different ones leave it alone)
                before = {s.name: s for at, w, s in named
                          if w == first[2:] and at < source.span.start}
                if len(before) == 1:
                    earlier = next(iter(before.values()))
                    if earlier.span is not None and earlier.type == "person":
                        source.name = earlier.name
                        source.meta["antecedent"] = earlier.span.text
                        continue
            if len(words) == 1 and _definite(first) and kind not in (None, "titles"):
                earlier = next((s for at, w, s in reversed(named)
                                if w == first[2:] and at < source.span.start), None)
                if earlier is None:
                    earlier = self._mention_before(first, self.claims.view_content[claim.id][0])
                if earlier is not None and earlier.span is not None:
                    source.name = earlier.name
                    source.meta["antecedent"] = earlier.span.text
                    continue
            if len(words) > 1:
                named.append((source.span.start, words[0], source))

    def _mention_before(self, head: str, offset: int) -> Source | None:
        """The latest noun phrase of two words or more opened by ``head`` ("النقابة") in a
        sentence before the one at view ``offset``, claim or not ("وطالبت النقابة الوطنية
        للصحفيين التونسيين بالإفراج ..."), as the gazetteer delimits it; None if there is none."""
        found = None
        sents = list(self.analysis.doc.sents)
        for sent in sents:
            if sent.end_char > offset:
                break
            toks = [t for t in sent if not t.is_space]
            words = [self.words[t.i] for t in toks]
            forms = (head, head[2:])  # "النقابة ..." or the construct "نقابة الصحفيين"
            for k, w in enumerate(words):
                if variants(w)[-1] not in forms and w not in forms:
                    continue
                np = self._source_np(words, k, len(words))
                if np is None or np[1] or np[0] - k < 2:
                    continue
                source = self._phrase_source(_Context(sent, toks, words, [], set()), k, np[0])
                if source is not None:
                    found = source
        return found

    def _cue(self, cand: Candidate, ctx: _Context) -> Cue:
        from claimcheck.model import Cue

        toks = ctx.toks
        start, end = toks[cand.i].idx, toks[cand.end - 1].idx + len(toks[cand.end - 1])
        end = start + len(self.analysis.text[start:end].rstrip(PUNCT + " "))
        if cand.entry is not None:
            lemma, stance = cand.entry.lemma, cand.entry.stance
        else:
            assert cand.marker is not None
            lemma, stance = cand.marker["marker"], cand.marker.get("stance", "neutral")
        return Cue(self.analysis.span(start, max(end, start + 1)), lemma, stance)  # type: ignore[arg-type]

    def _content_end(self, ctx: _Context, k: int) -> int:
        """Where content starting at token ``k`` ends: the sentence's end, or the next cue that
        opens a claim of its own ("ووصف", "، موضحاً")."""
        for s in ctx.starters:
            if s > k:
                while s - 1 > k and ((ctx.words[s - 1],) in self.lex.openers or
                                     (variants(ctx.words[s - 1])[-1],) in self.lex.openers):
                    s -= 1  # "، بينما تتهم": the opener goes with the new clause
                opener = self._pronoun_opener(ctx.words, s)
                if opener is not None and opener > k:
                    s = opener  # "، لكنه أشار": so does a pronoun opener
                return ctx.toks[s].idx
        return ctx.sent.end_char

    # -- sources ----------------------------------------------------------------------------------

    def _phrase_bounds(self, ctx: _Context, lo: int, hi: int, lam: bool = False
                       ) -> tuple[int, int] | None:
        """View offsets of the source phrase over tokens [lo, hi), fillers and clitics trimmed;
        ``lam``: the phrase follows a marker that takes ل ("وفقاً لدائرة الإحصاءات")."""
        toks, words = ctx.toks, ctx.words
        while lo < hi and (self._filler_at(words, lo) or words[lo] in PREP_PRONOUNS
                           or not words[lo]):
            lo += 1
        while hi > lo:
            if not words[hi - 1]:
                hi -= 1
                continue
            # "الحكومة المصرية من جهتها أكدت": the whole filler goes, not its last word
            size = max((len(f) for f in self.lex.fillers if hi - len(f) >= lo
                        and words[hi - len(f):hi] == list(f)), default=0)
            if not size:
                break
            hi -= size
        if hi <= lo:
            return None
        start = toks[lo].idx
        first = words[lo]
        if first.startswith("لل"):
            pass  # "للوزارة" is ل + الوزارة: the article's alef is gone, keep the token whole
        elif first[:1] in "لو" and len(first) > 3 and first not in self.lex.known and (
                first[1:] in self.lex.known or first[1:].startswith("ال")
                or (lam and first[0] == "ل")):
            start += 1
        elif norm(toks[lo].text) in ("ل", "لـ"):
            return self._phrase_bounds(ctx, lo + 1, hi)
        end = toks[hi - 1].idx + len(toks[hi - 1])
        text = self.analysis.text
        while end > start and text[end - 1] in PUNCT + " ":
            end -= 1
        if text.count("(", start, end) > text.count(")", start, end) and end < len(text) and \
                text[end] == ")":
            end += 1  # "وكالة الأنباء السعودية الرسمية (واس)"
        guillemet = text.count("«", start, end) > text.count("»", start, end)
        straight = text.count('"', start, end) % 2 == 1
        if end < len(text) and ((guillemet and text[end] == "»") or
                                (straight and text[end] == '"')):
            end += 1  # "قناة «العربية»": the name's closing mark
        while start < end and text[start] in PUNCT + " ـ":
            start += 1
        return (start, end) if end > start else None

    def _phrase_text(self, ctx: _Context, lo: int, hi: int) -> str:
        bounds = self._phrase_bounds(ctx, lo, hi)
        return self.analysis.text[bounds[0]:bounds[1]] if bounds else ""

    def _phrase_source(self, ctx: _Context, lo: int, hi: int, lam: bool = False
                       ) -> Source | None:
        from claimcheck.extract.sources import type_source
        from claimcheck.model import Source

        bounds = self._phrase_bounds(ctx, lo, hi, lam)
        if bounds is None:
            return None
        display = self.analysis.text[bounds[0]:bounds[1]]
        printed = display.split()
        if len(printed) > 1 and printed[-1].startswith("(") and printed[-1].endswith(")"):
            printed = printed[:-1]  # "قوات سوريا الديمقراطية (قسد)": the acronym types nothing
        words = [norm(w).strip(PUNCT) for w in printed]
        if hi - lo > 12:
            return None
        head = 0  # "ثلاثة مصادر مطلعة": a count before the head does not type it
        while head + 1 < len(words) and (words[head] in self.lex.gaz.determiners or
                                         words[head].isdigit()):
            head += 1
        typed = type_source(words, " ".join(w for w in words if w), self.lex.gaz, head=head,
                            printed=[w.strip(PUNCT) for w in printed])
        if typed.type == "person" and words and words[0] in PREPOSITIONS:
            return None
        first = words[0] if words else ""
        if typed.type == "person" and len(first) > 4 and not first.startswith("ال") and \
                first.endswith(("ون", "ين")) and first not in self.lex.known:
            typed.type = "anonymous"  # an unnamed group: "مزارعون في وادي الأردن"
        if typed.type == "person" and first.endswith("ان") and \
                first[:-2] in self.lex.gaz.heads.get("anonymous", ()):
            typed.type = "anonymous"  # a dual: "مسؤولان", "مصدران"
        text = self.analysis.text
        if bounds[0] > 0 and text[bounds[0] - 1] in OPENING_QUOTES and \
                text[bounds[1]:bounds[1] + 1] in CLOSING_QUOTES:
            typed = type(typed)("organization", typed.name, {"media": True})  # «الشرق الأوسط»
        if typed.type == "person" and self._unnamed_title(words):
            typed.type = "anonymous"  # "قائد ميداني في قوات الدعم السريع": no name given
        return Source(typed.type, typed.name, self.analysis.span(*bounds), typed.meta)  # type: ignore[arg-type]

    def _unnamed_title(self, words: list[str]) -> bool:
        """An indefinite title with only adjectives after it, then perhaps where they serve
        ("قائد ميداني في قوات ..."، "ضابط كبير بالجيش"): nobody named."""
        titles = self.lex.gaz.heads.get("titles", ())
        if len(words) < 2 or words[0] not in titles or _definite(words[0]):
            return False
        k = 1
        while k < len(words) and self._nisba(words[k]) and not _definite(words[k]):
            k += 1  # an indefinite adjective agrees with the indefinite title
        if k == 1:
            return False  # "مستشار الرئيس", "وزير المالية": a genitive, maybe a name
        return k == len(words) or words[k] in ("في", "لدي", "من") or (
            words[k][:1] == "ب" and words[k][1:3] == "ال")

    def _subject_before(self, cand: Candidate, ctx: _Context) -> Source | None:
        """A subject-first source: the clause's words before the cue ("الوزير قال إن")."""
        words, toks = ctx.words, ctx.toks
        end = cand.i
        if self._pronoun_opener(words, end) is not None:
            return None  # "لكنه أشار": the pronoun points back at the speaker named before
        if end >= 2 and toks[end - 1].text in (",", "،"):
            # "الوزير، الذي تحدث بعد الاجتماع، قال": step back over the relative clause
            c = end - 2
            while c > 0 and toks[c].text not in (",", "،"):
                c -= 1
            if c > 0 and (words[c + 1] in self.lex.relatives or
                          words[c + 1] in self.lex.clause_verbs):
                end = c  # also "مسؤول أمني، طلب عدم الكشف عن هويته، قال"
        lo = end
        while lo > 0:
            w = words[lo - 1]
            raw = toks[lo - 1].text
            if not w or w in self.lex.comps or raw[-1] in CLOSING_QUOTES + ",،؛;:" or \
                    (lo - 1) in ctx.consumed or (w,) in self.lex.openers or \
                    (variants(w)[-1],) in self.lex.openers:
                break
            lo -= 1
        if lo < end and variants(words[lo])[-1] in ("كان", "كانت", "وكان"):
            lo += 1  # "وكان الوزير قد أكد أن"
        relative = next((k for k in range(lo + 1, end) if words[k] in self.lex.relatives), None)
        if relative is not None and not any(words[k] in self.lex.comps or
                                            toks[k].text[0] in OPENING_QUOTES
                                            for k in range(relative, end)):
            # "الوزير أيمن الصفدي الذي وصل إلى دمشق صباح اليوم أكد أن": the relative clause
            # is about the speaker, the source ends before it
            end = relative
        if lo >= end or end - lo > 8:
            return None
        if words[lo] in PREPOSITIONS or variants(words[lo])[-1] in PREPOSITIONS:
            return None
        # a verb before the cue would make this a second predicate, not a subject: a known cue
        # word or a sentence-initial كان rules it out.
        if any(self.lex.cues.lookup(*variants(words[k])) for k in range(lo, end)):
            return None
        return self._phrase_source(ctx, lo, end)

    def _previous(self, ctx: _Context, offset: int, parent: Claim | None = None) -> Claim | None:
        if parent is not None and parent.source is not None and parent.source.span is not None:
            return parent
        return self.claims.last_speaker(offset)

    def _carry(self, claim: Claim) -> Source:
        from claimcheck.extract.claims import carried

        return carried(claim)

    # -- the other patterns -----------------------------------------------------------------------

    def _according(self, cand: Candidate, ctx: _Context) -> None:
        """بحسب / وفقاً لـ / نقلاً عن X: the source after the marker, the content before it or
        after the comma that closes the source."""
        toks, words = ctx.toks, ctx.words
        lo = cand.end
        ma = words[lo - 1] in ("ما", "حسبما")  # "بحسب ما ذكرت الوزارة", "حسبما أفادت"
        if lo < len(toks) and (words[lo] == "ما" or (words[lo] == "لما" and
                                                     cand.marker and cand.marker.get("lam"))):
            lo, ma = lo + 1, True  # "بحسب ما ذكرت"، "وفقاً لما ذكره المرصد"
        verb = None
        if ma and lo < len(toks):
            verb = self.lex.cues.lookup(*variants(words[lo])) or next(
                (e for p in ("ها", "هم", "ه") if words[lo].endswith(p)
                 and len(words[lo]) > len(p) + 2
                 and (e := self.lex.cues.lookup(*variants(words[lo][:-len(p)]))) is not None),
                None)
            if verb is not None:
                lo += 1  # "بحسب ما ذكرته الوكالة": the verb may carry its object pronoun
        if self.claims.covering(toks[cand.i].idx) is not None:
            return  # "ويرى اقتصاديون أن النمو بلغ 2.6%، بحسب تقديرات رسمية": inside a claim
        assert cand.marker is not None
        if cand.marker.get("carry"):  # "«...»، على حد قوله": the last speaker's words
            prev = self.claims.last_speaker(toks[cand.i].idx)
            if prev is not None and self._closes_claim(prev, toks[cand.i].idx, ctx):
                return  # "وقال إن ...، على حد تعبيره": the claim before it already holds it
            if prev is not None:
                quote = self._quote_ending_before(toks[cand.i].idx)
                start = self.claims.after_dateline(ctx.sent.start_char)
                first = self.claims.trim(start, ctx.sent.end_char)[0]
                content = quote.inner if quote is not None and quote.start == first else \
                    (start, toks[cand.i].idx)
                self._according_claim(content, self._carry(prev), cand, ctx)
            return
        if not ma and lo < len(toks) and self._norm_followed(words[lo]):
            return  # "وفقاً للقانون"، "وفق الدستور": in accordance with a rule, not a source
        scan = self._scan(toks, words, lo, None)
        if cand.marker.get("lam") and scan.source_end == lo and lo + 1 < len(toks):
            scan = self._scan(toks, words, lo + 1, None)  # "وفقاً لوكالة الأنباء": its name
        hi = scan.source_end
        relayed = next((c for c in range(lo + 1, hi - 1) if verb is not None and verb.source_after
                        and words[c] == verb.source_after), None)
        if relayed is not None:  # "وفق ما نقلته قناة «الجزيرة» عن مصادر طبية": the sources
            source = self._phrase_source(ctx, relayed + 1, hi)
            outlet = self._phrase_text(ctx, lo, relayed)
            if source is not None and outlet:
                source.meta["via_outlet"] = outlet
        elif lo < hi < scan.at and (cited := self._marker_at(words, hi)) is not None and \
                hi + cited[0] < scan.at and not cited[1].get("carry"):
            # "بحسب ما أوردته صحيفة هسبريس نقلاً عن مصدر في البنك": the source is the one the
            # outlet cites, and the second marker is part of this attribution
            outlet = self._phrase_text(ctx, lo, hi)
            lo2 = hi + cited[0]
            hi = self._cited_end(ctx, Scan(scan.stop, scan.at, hi, cited=hi, cited_end=lo2))
            source = self._phrase_source(ctx, lo2, hi, lam=bool(cited[1].get("lam")))
            if source is not None and outlet:
                source.meta["via_outlet"] = outlet
        else:
            source = self._phrase_source(ctx, lo, hi, lam=bool(cand.marker.get("lam")))
        if source is None:
            return
        for k in range(cand.i, hi):
            ctx.consumed.add(k)
        text = self.analysis.text
        sent_start = ctx.sent.start_char
        before = text[sent_start:toks[cand.i].idx]
        opening = not before.strip(" و\n") or before.rstrip().endswith(("،", ","))
        if (scan.stop == "comp" or (opening and scan.stop == "comma")) and scan.at + 1 < len(toks):
            k = scan.at + 1
            if variants(words[k])[-1] in ("فان", "ان", "فانه", "فانها"):
                k += 1
            if k < len(toks):
                start = toks[k].idx
                self._according_claim((start, self._content_end(ctx, k)), source, cand, ctx)
                return
        quote = self._quote_ending_before(toks[cand.i].idx)
        if quote is not None and quote.start >= sent_start:
            self._according_claim(quote.inner, source, cand, ctx)
            return
        start = self.claims.after_dateline(sent_start)
        for claim in self.claims.claims:  # content never reaches back into an earlier claim
            _c0, c1 = self.claims.view_content[claim.id]
            if sent_start <= c1 <= toks[cand.i].idx:
                start = max(start, c1)
        self._according_claim((start, toks[cand.i].idx), source, cand, ctx)

    def _norm_followed(self, w: str) -> bool:
        """Whether ``w`` after an according-to marker (with its ل) names a rule or a plan one
        acts in accordance with ("للقانون"، "الدستور"، "لخطة"), not who said something."""
        forms = {w, w[1:]}
        if w.startswith("لل"):
            forms.add("ال" + w[2:])
        forms |= {f[2:] for f in forms if f.startswith("ال")}
        return bool(forms & self.lex.norms)

    def _closes_claim(self, claim: Claim, offset: int, ctx: _Context) -> bool:
        """Whether ``claim``'s content ends in this sentence right before ``offset``."""
        end = self.claims.view_content[claim.id][1]
        return ctx.sent.start_char <= end <= offset and \
            not self.analysis.text[end:offset].strip(" ،,\"»”\u00a0")

    def _according_claim(self, content: tuple[int, int], source: Source, cand: Candidate,
                         ctx: _Context) -> None:
        start, end = self.claims.trim(*content)
        self.claims.add("according_to", (start, end), source, self._cue(cand, ctx), ctx.sent)

    def _quote_ending_before(self, offset: int) -> Quote | None:
        """The quotation that closes right before ``offset`` (spaces and commas between)."""
        text = self.analysis.text
        k = offset
        while k > 0 and text[k - 1] in " ،,\u00a0":
            k -= 1
        if text[max(0, k - 6):k] == "هذا ما":  # "«...»، هذا ما قاله الأمين العام"
            k -= 6
            while k > 0 and text[k - 1] in " ،,\u00a0":
                k -= 1
        elif text[max(0, k - 4):k] == "هكذا":  # "«...»، هكذا قال"
            k -= 4
            while k > 0 and text[k - 1] in " ،,\u00a0":
                k -= 1
        for quote in self.quotes:
            if quote.end == k:
                return quote
        return None

    def _quote_before(self, cand: Candidate, ctx: _Context) -> None:
        """«...»، قال الوزير: the quotation before the cue, the source after it."""
        assert cand.scan is not None
        quote = self._quote_ending_before(ctx.toks[cand.i].idx)
        if quote is None or cand.scan.source_end <= cand.end:
            return
        hi = cand.scan.source_end
        tag = cand.entry in self.lex.tag_verbs.values()  # "هكذا ردت الوزارة على": its object
        titled = ctx.words[cand.end] in self.lex.gaz.heads.get("titles", ()) and not tag
        for k in range(cand.end + 2, hi):  # "قال أحد المحتجين في ساحة ...": the place is no source
            # but a title keeps its place ("مديرة الدفاع المدني في اللاذقية رنا يوسف")
            if ctx.words[k] in PREPOSITIONS and (ctx.words[k] != "علي" or tag) and not titled:
                hi = k  # (علي is also a name)
                break
            if (variants(ctx.words[k])[-1],) in self.lex.openers and ctx.words[k] != "و":
                hi = k  # "«سنعود»، يقول أبو أحمد بينما يجمع ...": a new clause
                break
        source = self._phrase_source(ctx, cand.end, hi)
        if source is None:
            return
        self._claim("direct", quote.inner, source, cand, ctx, {}, None, trim_kind=False)

    def _accusation(self, cand: Candidate, ctx: _Context) -> None:
        """ألقى (فيه) X باللائمة على Y: source X, content Y; the cue needs its required word."""
        entry = cand.entry
        assert entry is not None
        words = ctx.words
        for r in range(cand.end, min(cand.end + 8, len(words))):
            if words[r] in entry.requires or variants(words[r])[-1] in entry.requires:
                break
        else:
            return
        source = self._phrase_source(ctx, cand.end, r)
        if source is None:
            return
        k = r + 1
        if k < len(words) and words[k] in ("علي", "عن"):
            k += 1
        if k >= len(words):
            return
        self._claim("indirect", (ctx.toks[k].idx, self._content_end(ctx, k)), source, cand, ctx,
                    {}, None)

    def _accused_of(self, cand: Candidate, ctx: _Context) -> None:
        """"واتهمت منظمة العفو الدولية السلطات الجزائرية باحتجاز ...": subject, the accused,
        then what they are accused of, a ب-verbal noun (the content, ب included). The subject is
        a noun phrase the gazetteer delimits and the accused one to four words with no comma;
        a negated verb, a bare title (a name may follow) or no accused ("اتُّهم الوزير بالفساد"
        is agentless) give nothing."""
        toks, words = ctx.toks, ctx.words
        before = words[cand.i - 1] if cand.i > 0 else ""
        negations = self.lex.negations
        if before in negations or (before[:1] in "وف" and before[1:] in negations) or \
                self.claims.covering(toks[cand.i].idx) is not None:
            return
        np = self._source_np(words, cand.end, len(words))
        if np is not None and np[1] and self._entity_len(words, np[0], len(words)):
            np = (np[0], False)  # "اتهم الرئيس الأميركي الصين": a place is no person's name
        if np is not None and np[1]:
            for n in (2, 3):  # "اتهم وزير الخارجية الإيراني عباس عراقجي إسرائيل": a name,
                end = np[0] + n  # then the accused the gazetteer knows
                if end < len(words) and self._entity_len(words, end, len(words)) and all(
                        self._name_like(toks[m], words[m]) for m in range(np[0], end)):
                    np = (end, False)
                    break
        if np is None or np[1]:
            return
        lo, _via = self._skip_complements(words, np[0])
        for k in range(lo + 1, min(lo + 5, len(words))):
            raw = toks[k - 1].text
            if raw != raw.strip(PUNCT) or words[k - 1] in self.lex.comps or \
                    words[k - 1] in PREPOSITIONS:
                return  # "اتهمت الحكومة، في بيان، ..." or a clause: not this shape
            if self._accusation_object(words[k]):
                source = self._phrase_source(ctx, cand.end, np[0])
                if source is None:
                    return
                ctx.consumed.update(range(cand.i, k))
                meta = {"via": "statement"} if _via else {}
                self._claim("indirect", (toks[k].idx, self._content_end(ctx, k)), source, cand,
                            ctx, meta, None)
                return

    def _accusation_object(self, w: str) -> bool:
        """"باحتجاز"، "بارتكاب"، "بالتورط": ب and a verbal noun of wrongdoing or a listed one."""
        if len(w) < 3 or w[0] != "ب":
            return False
        rest = w[1:]
        bare_noun = rest[2:] if rest.startswith("ال") else rest
        return bool({rest, bare_noun} & (self.lex.accusation_objects | self.lex.masdar_objects))

    def _masdar(self, cand: Candidate, ctx: _Context) -> None:
        """"دأب ترامب على القول بأنه ...": the speaker is the nearest named source before it."""
        toks, words = ctx.toks, ctx.words
        k = cand.end
        if k >= len(toks) or words[k] not in self.lex.comps:
            return
        source = None
        for lo, hi in reversed(self._entity_runs(words[:cand.i])):
            source = self._phrase_source(ctx, lo, hi)
            if source is not None:
                break
        if source is None:
            return
        self._claim("indirect", (toks[k + 1].idx if k + 1 < len(toks) else toks[k].idx,
                                 self._content_end(ctx, k + 1)), source, cand, ctx, {}, None)

    def _entity_runs(self, words: list[str]) -> list[tuple[int, int]]:
        """Token ranges of gazetteer people and institutions in ``words`` (longest first)."""
        runs = []
        gaz = self.lex.gaz
        i = 0
        while i < len(words):
            for size in range(min(gaz.longest, len(words) - i), 0, -1):
                phrase = list(words[i:i + size])
                phrase[0] = variants(phrase[0])[-1] if gaz.entity(phrase) is None else phrase[0]
                if gaz.entity(phrase) is not None:
                    runs.append((i, i + size))
                    i += size
                    break
            else:
                i += 1
        return runs

    def _standalone_quote(self, sent: DocSpan, toks: list[Token]) -> None:
        """A sentence that is a quotation and nothing else continues the previous speaker; a
        headline "رئيس الوزراء: «...»" names its own."""
        text = self.analysis.text
        start, end = self.claims.trim(sent.start_char, sent.end_char)
        for c in range(1, min(7, len(toks) - 1)):
            if toks[c].text == ":":
                quote = quote_starting(self.quotes, toks[c + 1].idx)
                if quote is not None and quote.end >= end - 1:
                    words = [self.words[t.i] for t in toks]
                    ctx = _Context(sent, toks, words, [], set())
                    if not any(self.lex.cues.lookup(*variants(w)) for w in words[:c]):
                        source = self._phrase_source(ctx, 0, c)
                        if source is not None:
                            self.claims.add("direct", quote.inner, source, None, sent)
                return
        lead = text[start:start + 2]
        offset = start + 1 if lead[:1] == "و" and lead[1:] in OPENING_QUOTES else start
        for quote in self.quotes:
            if quote.start == offset and quote.end >= end - 1:
                prev = self.claims.last_speaker(start)
                if prev is None or self.claims.covered(quote.start, quote.end):
                    return
                gap = text[self.claims.view_content[prev.id][1]:start]
                if gap.count("\n") > 1:
                    return
                self.claims.add("direct", quote.inner, self._carry(prev), None, sent)
                return

    # -- unattributed -----------------------------------------------------------------------------

    def checkable(self, sent: DocSpan) -> bool:
        """A sentence carries checkable content: a number, a time, a known name or place."""
        toks = [t for t in sent if not t.is_space]
        if sum(1 for t in toks if len(bare(t)) > 1) < 4:
            return False
        if any(any(c.isdigit() for c in t.text) for t in toks):
            return True
        if any(sent.start_char <= self._view_start(t) < sent.end_char for t in self.analysis.times):
            return True
        words = [self.words[t.i] for t in toks]
        gaz = self.lex.gaz
        for i, w in enumerate(words):
            for v in _name_variants(w):
                if v in gaz.places or gaz.entity([v]) is not None:
                    return True
                if i + 1 < len(words):
                    pair = [v, words[i + 1]]
                    if " ".join(pair) in gaz.places or gaz.entity(pair) is not None:
                        return True
        return False

    def _view_start(self, time: Any) -> int:
        offsets = self.analysis.view_offsets(time.span)
        return offsets[0] if offsets else -1


def _participle_gender(word: str) -> str | None:
    """"f" for مؤكدة / مشيرة (normalized ـه), "m" for مؤكداً / مشيراً, None for plurals."""
    if word.endswith(("ين", "ون", "تين")):
        return None
    if word.endswith("ه"):
        return "f"
    return "m" if word.endswith("ا") else None


def _definite(word: str) -> bool:
    return len(word) > 3 and (word.startswith("ال") or word.startswith("لل"))


def _name_variants(word: str) -> tuple[str, ...]:
    """A word and the word without one proclitic (و، ف، ب، ل، ك) before a name."""
    out = [word]
    if len(word) > 3 and word[0] in "وفبلك":
        out.append(word[1:])
        if word[1] in "بلك" and len(word) > 4:
            out.append(word[2:])
    if word.startswith("لل") and len(word) > 3:
        out.append("ال" + word[2:])
    return tuple(out)


@dataclass
class _Context:
    """One sentence under extraction."""

    sent: DocSpan
    toks: list[Token]
    words: list[str]
    starters: list[int]
    consumed: set[int]
