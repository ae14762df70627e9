"""English claim extraction: reported speech, quotations, according-to and agentless attribution.

What it finds, sentence by sentence (quote-aware sentences from the analyze step):

- "X said (on Tuesday) (that) ...", "X told Reuters (that) ...", "X said in a statement: “...”";
- quotations with the speaker before or after them: "“...,” said X", "“...,” X said", one claim
  however many sentences the quotation runs over; indirect content holding a quotation is "mixed";
- trailing attribution without quotation marks: "Prices rose 2 percent, traders said.";
- "X, who ..., said" and appositions ("Mosul's mayor, Zuhair al-Jubouri, said": the proper name
  is kept as the source);
- relative clauses: "The minister, who said last week that talks had stalled, met ..." (the
  antecedent speaks), "a move which analysts said could ...", "The deal, which officials said was
  worth $3 billion, was signed" (the clause's subject speaks; a clause inside a subject ends at
  its comma, or at the main verb without commas); "which said nothing about" reports nothing;
- passives: "was quoted (by SPA) as saying", "has been told by residents that", "It was
  announced on Friday that" (agentless); reported questions ("asked the minister whether") are
  no claim, the one asked answers the next pronoun;
- "The company added" after "Volkswagen said": the body named before
  (``Source.meta["resolved_description"]``);
- continuations: "He added", "she said" (the pronoun resolved to the last named speaker,
  ``Source.meta["resolved_pronoun"]`` = the pronoun), coordinated verbs ("... and stressed that"),
  ", adding that ...", a stand-alone quotation right after a claim;
- nested claims ("The Elysee said the two presidents agreed that “...”": ``parent`` set);
- "according to X" before or after its content;
- agentless attribution ("It is said that", "They are believed to", "reportedly").
- then sentences in the outlet's own voice with checkable content, as "unattributed".

Cue words are found with a spaCy PhraseMatcher over ``LOWER`` (built once per vocabulary, cached);
source phrases and content boundaries are found by hand, because the blank pipeline has neither
tags nor a parser, from the word lists in rules/lexicons/en/cues.yaml and sources.yaml. The
conventions for sources (carried_from, resolved_pronoun, agentless, metonym, document issuer,
via = statement) are those of claimcheck.extract.claims and claimcheck.extract.sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from claimcheck.extract.quotes import quote_starting
from claimcheck.hookspecs import hookimpl

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Span as DocSpan
    from spacy.vocab import Vocab

    from claimcheck.analyze.analysis import Analysis
    from claimcheck.extract.cues import CueEntry, CueIndex
    from claimcheck.extract.quotes import Quote
    from claimcheck.extract.sources import Gazetteer
    from claimcheck.model import Claim, Cue, Source

LANG = "en"
OPENING_QUOTES = "“„‹«\"‘"
CLOSING_QUOTES = "”›»\"’"
PUNCT = ",.;:!?()[]—–"
PREPOSITIONS = {"in", "on", "at", "after", "during", "before", "speaking", "asked", "with", "for",
                "from", "by", "of", "to", "since", "following", "when", "while", "as", "over"}
DETERMINERS = {"a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "these",
               "those", "new", "latest"}
RELATIVES = {"who", "whose", "which", "where", "whom"}
# prepositions a participle takes after a noun ("bodies trapped inside the cabin")
MORE_PREPOSITIONS = {"about", "into", "near", "under", "inside", "outside", "across", "along",
                     "among", "between", "beneath", "behind", "beyond", "within", "without",
                     "through", "throughout", "toward", "towards", "upon", "off", "out", "up",
                     "down", "onto", "amid", "against", "above", "below", "around", "like"}
# an American legislator's party and state after the name ("R-Ky.", "D-Calif.", "I-Vt.")
PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z]{1,4}\.?")
LOCATIVES = {"in", "at", "near", "from", "into", "on", "across", "outside", "inside", "around"}


@hookimpl
def claimcheck_extract_claims(analysis: Analysis) -> list[Claim] | None:
    if analysis.lang != LANG:
        return None
    return EnglishExtractor(analysis).run()


def norm(text: str) -> str:
    return text.lower()


@dataclass
class Lexicon:
    cues: CueIndex
    passive: dict[str, CueEntry]
    adverbs: set[str]
    according: list[tuple[str, ...]]
    be: set[str]
    aux: set[str]
    complements: set[str]
    statement_words: set[str]
    addressees: set[str]
    stops: set[str]
    pronouns: set[str]
    doc_mods: set[str]
    keep_by: set[str]
    gaz: Gazetteer
    subject_times: set[str] = field(default_factory=set)
    empty_objects: set[str] = field(default_factory=set)
    question_verbs: set[str] = field(default_factory=set)
    media_words: set[str] = field(default_factory=set)
    time_nouns: set[str] = field(default_factory=set)
    finite_verbs: set[str] = field(default_factory=set)
    past_or_participle: set[str] = field(default_factory=set)
    infinitives: dict[str, set[str]] = field(default_factory=dict)
    speaker_verbs: set[str] = field(default_factory=set)
    count_objects: set[str] = field(default_factory=set)
    blocked_after: dict[str, set[str]] = field(default_factory=dict)
    question_words: set[str] = field(default_factory=set)
    empty_tails: set[str] = field(default_factory=set)
    contrast: set[str] = field(default_factory=set)
    aside_verbs: set[str] = field(default_factory=set)
    aside_said: set[str] = field(default_factory=set)
    aside_unclear: set[str] = field(default_factory=set)
    anonymity: list[tuple[str, ...]] = field(default_factory=list)


@cache
def lexicon() -> Lexicon:
    from claimcheck.extract.cues import CueEntry, build_index
    from claimcheck.extract.sources import gazetteer
    from claimcheck.resources import lexicon as load

    data = load(LANG, "cues")
    bounds = data.get("boundaries") or {}

    def words(key: str) -> set[str]:
        return {norm(str(w)) for w in bounds.get(key, [])}

    passive = {norm(f): CueEntry(e["lemma"], e.get("stance", "neutral"), "passive",
                                 needs_that=bool(e.get("needs_that")))
               for e in data.get("passive", []) for f in e["forms"]}
    index = build_index({k: v for k, v in data.items() if k != "passive"},
                        lambda raw, role: [norm(f) for f in raw.get("forms", [])], norm)
    return Lexicon(
        cues=index, passive=passive,
        adverbs={norm(w) for w in data.get("agentless_adverbs", [])},
        according=[tuple(norm(e["marker"]).split()) for e in data.get("according_to", [])],
        be={norm(w) for w in data.get("be_forms", [])},
        aux=words("auxiliaries"), complements=words("complements"),
        statement_words=words("statement_words"), addressees=words("addressees"),
        stops=words("clause_stops"), pronouns=words("pronouns"),
        doc_mods=words("document_modifiers"), keep_by=words("keep_with_by"),
        gaz=gazetteer(LANG, norm), subject_times=words("subject_times"),
        empty_objects=words("empty_objects"), empty_tails=words("empty_object_tails"),
        question_verbs=words("question_verbs"), question_words=words("question_words"),
        media_words=words("media_words"), time_nouns=words("time_nouns"),
        finite_verbs=words("finite_verbs"), past_or_participle=words("past_or_participle"),
        speaker_verbs=words("speaker_verbs"), contrast=words("contrast_openers"),
        aside_verbs=words("aside_verbs"), aside_said=words("aside_said"),
        aside_unclear=words("aside_unclear"),
        anonymity=sorted((tuple(w.split()) for w in words("anonymity")), key=len, reverse=True),
        count_objects={e["lemma"] for e in data.get("verbs", []) if e.get("count_object")},
        infinitives={norm(f): {norm(w) for w in e["infinitives"]}
                     for e in data.get("passive", []) if e.get("infinitives") for f in e["forms"]},
        blocked_after={e["lemma"]: {norm(w) for w in e["no_content_after"]}
                       for section in ("verbs", "participles") for e in data.get(section, [])
                       if e.get("no_content_after")},
    )


_MATCHERS: dict[int, tuple[Vocab, PhraseMatcher]] = {}


def matcher(vocab: Vocab) -> PhraseMatcher:
    """The cue matcher for ``vocab``, built once (keyed by the vocabulary, kept alive with it).

    A PhraseMatcher on LOWER: every cue is a fixed word sequence, and hashing whole tokens is
    several times cheaper than a token-pattern Matcher with long ``IN`` lists.
    """
    cached = _MATCHERS.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    lex = lexicon()

    def docs(phrases: list[list[str]]) -> list[Doc]:
        return [Doc(vocab, words=words) for words in phrases]

    m = PhraseMatcher(vocab, attr="LOWER")
    m.add("CUE", docs([[form] for form in sorted(lex.cues.forms)]))
    m.add("PASSIVE", docs([[be, *mid, form] for be in sorted(lex.be) for form in sorted(lex.passive)
                           for mid in ([], ["widely"], ["also"])]))
    m.add("ACCORDING", docs([list(phrase) for phrase in lex.according]))
    m.add("ADVERB", docs([[adverb] for adverb in sorted(lex.adverbs)]))
    _MATCHERS[id(vocab)] = (vocab, m)
    return m


@dataclass
class Candidate:
    kind: str  # "CUE", "PASSIVE", "ACCORDING", "ADVERB"
    i: int  # first token (doc index)
    end: int  # one past the last token
    entry: CueEntry | None = None
    left: tuple[int, int] | None = None  # the source phrase before the cue
    starter: bool = False  # opens a claim beside the previous one in the sentence
    rel: int | None = None  # the relative pronoun of the clause the cue stands in ("which")
    limit: int | None = None  # the token its content may not reach (a relative clause's comma)
    orphan: bool = False  # "Officials who said ...": a subject no rule can name, nor carry over
    embedded: bool = False  # in a relative clause set off after the sentence's opening subject
    unbounded: bool = False  # in a relative clause without commas inside the sentence's subject
    cue_span: tuple[int, int] | None = None  # the cue's tokens when not i..end ("was quoted")
    antecedent: bool = False  # ``left`` is the antecedent of "who"/"which" (its subject)


class EnglishExtractor:
    def __init__(self, analysis: Analysis) -> None:
        from claimcheck.extract.claims import ClaimSet
        from claimcheck.extract.quotes import find_quotes

        self.analysis = analysis
        self.doc = analysis.doc
        self.lex = lexicon()
        self.claims = ClaimSet(analysis)
        self._embedded: set[str] = set()  # claims of relative clauses inside a sentence's subject
        self._sent_no = 0
        self._sent_starts: list[int] = []  # view offsets of the sentences read so far
        # people a reported question was put to: (sentence number, view offset, token range)
        self._asked: list[tuple[int, int, tuple[int, int]]] = []
        self._questions: set[int] = set()  # sentences that report a question (no assertion)
        self._cue_offsets: list[int] = []  # where the cues of the claims found stand
        self._starters: list[int] = []  # tokens that open another claim in the sentence
        self._ends: list[int] = []  # tokens that end any content in the sentence
        self.quotes: list[Quote] = []
        for paragraph in analysis.paragraphs or [analysis.doc[:]]:
            self.quotes += find_quotes(analysis.text, paragraph.start_char, paragraph.end_char)

    def run(self) -> list[Claim]:
        from claimcheck.extract.unattributed import add_unattributed

        found = matcher(self.doc.vocab)(self.doc)
        by_sentence: dict[int, list[Candidate]] = {}
        for match_id, start, end in sorted(found, key=lambda m: (m[1], -m[2])):
            label = self.doc.vocab.strings[match_id]
            if self._in_quote(self.doc[start].idx):
                continue
            first = self.doc[start]
            if label == "CUE" and not first.is_lower and not first.is_sent_start:
                continue  # "Secretary of State", "the State news agency": a name, not a verb
            if label == "CUE" and start > 0 and self.doc[start - 1].lower_ in DETERMINERS | {
                    "to", "by", "of", "with"}:
                continue  # "a World Bank report", "according to estimates by": a noun
            if label == "CUE" and end < len(self.doc) and self.doc[end].lower_ == "of" and \
                    first.lower_.endswith("s") and \
                    "of" not in self.lex.cues.forms[first.lower_].object_preps:
                continue  # "expects claims of $3 billion", "reports of shelling": a noun
            if label == "CUE" and self._noun_reading(start):
                continue  # "citing preliminary reports", "according to official estimates"
            if label == "CUE" and start > 0 and first.lower_ in self.lex.doc_mods and \
                    self.doc[start - 1].lower_ in self.lex.statement_words | self.lex.media_words:
                continue  # "said in a video posted on X": the medium's participle
            sent = self.doc[start].sent
            cands = by_sentence.setdefault(sent.start, [])
            if label == "CUE" and any(c.kind == "ACCORDING" and c.end <= start < c.end + 4
                                      for c in cands):
                continue  # "according to official estimates"
            if cands and cands[-1].end > start:  # overlapping matches: the earlier, longer wins
                if label == "PASSIVE" and cands[-1].kind == "CUE" and cands[-1].i == start + 1:
                    cands.pop()
                else:
                    continue
            if label == "CUE" and cands and cands[-1].kind == "PASSIVE" and cands[-1].end > start:
                continue
            entry = self.lex.cues.forms.get(self.doc[start].lower_) if label == "CUE" else None
            if label == "PASSIVE":
                entry = self.lex.passive.get(self.doc[end - 1].lower_)
            cands.append(Candidate(label, start, end, entry))
        for sent in self.doc.sents:
            self.sentence(sent, by_sentence.get(sent.start, []))
        self._name_back_references()
        add_unattributed(self.claims, self.checkable)
        return self.claims.claims

    def _name_back_references(self) -> None:
        """"The report said" after "X said in a report released on Thursday" or "A report by X
        said": a definite document head takes the issuer named at its earlier mention
        (``meta["antecedent"]``, as the Arabic extractor does); its span stays "The report"."""
        issuers: dict[str, str] = {}  # document noun -> who issued the latest one, in text order
        for claim in sorted(self.claims.claims, key=lambda c: c.content.start):
            src = claim.source
            if src is None or src.span is None:
                continue
            words = src.span.text.lower().split()
            if src.type == "document" and len(words) == 2 and words[0] == "the" and \
                    not src.meta.get("issuer"):
                if words[1] in issuers:
                    src.meta["antecedent"] = issuers[words[1]]
                continue
            if src.type == "document" and src.meta.get("issuer"):
                for word in words:  # "A report by the World Health Organization"
                    if word in self.lex.statement_words:
                        issuers[word] = str(src.meta["issuer"])
                continue
            if claim.sentence is None:
                continue
            offsets = self.analysis.view_offsets(claim.sentence)
            sent = self.doc.char_span(*offsets, alignment_mode="expand") if offsets else None
            tokens = [t.lower_ for t in sent or []]
            for k, word in enumerate(tokens[:-1]):
                # "said in a report", "said in its annual report": the speaker issued it
                if word == "in" and tokens[k + 1] in ("a", "an", "its", "their", "his", "her"):
                    noun = next((w for w in tokens[k + 2:k + 5]
                                 if w in self.lex.statement_words), None)
                    if noun is not None:
                        issuers[noun] = src.span.text

    def _noun_reading(self, k: int) -> bool:
        """A cue word that is also a document noun ("reports", "estimates") after a lower-case
        modifier that can be no subject ("preliminary reports", "citing local reports")."""
        doc, lex = self.doc, self.lex
        if k == 0 or lex.gaz.head_kind(doc[k].lower_) is None:
            return False
        prev = doc[k - 1]
        return prev.is_lower and prev.is_alpha and lex.gaz.head_kind(prev.lower_) is None and \
            prev.lower_ not in lex.pronouns | lex.aux | lex.be and not prev.lower_.endswith("ly")

    # -- one sentence ------------------------------------------------------------------------------

    def sentence(self, sent: DocSpan, cands: list[Candidate]) -> None:
        before = len(self.claims.claims)
        self._sent_no += 1
        self._sent_starts.append(sent.start_char)
        self._note_questions(sent)
        cands = [c for c in cands if not self._in_relative_clause(c, cands, sent)]
        for cand in cands:
            if cand.kind == "CUE":
                cand.left = self._left_np(cand.i, sent)
                joined = self._joined_pronoun(cand.left)
                if joined is not None:
                    cand.left = joined  # "..., and he warned that": the pronoun alone speaks
                if cand.left and cand.left[1] - cand.left[0] > 1 and \
                        self.doc[cand.left[0]].lower_ in self.lex.pronouns:
                    # "Officials who said they had seen the letter described it as": a clause
                    # before the verb, whose subject is out of reach; no one to carry over
                    cand.left, cand.orphan = None, True
                self._restrictive_subject(cand, sent)
                self._relative(cand, sent)
                prev = self._skip_aux_back(cand.i - 1, sent)
                cand.starter = (prev >= sent.start and self.doc[prev].lower_ == "and"
                                and cand.left is None) or joined is not None or (
                    cand.entry is not None and cand.entry.role == "participle"
                    and prev >= sent.start and self.doc[prev].text == ",")
            elif cand.kind == "PASSIVE":
                self._relative_passive(cand, sent)
            if cand.kind == "CUE" and cand.left and self._contrast_before(cand.left[0], sent):
                cand.starter = True  # "..., while the ministry said calm had returned"
        self._starters = [c.left[0] - 1 if c.left else c.i for c in cands if c.starter]
        # "The authority found that ... in 2022, court documents showed.": a source and cue
        # closing the sentence after a comma end the content of any cue before them
        self._starters += [c.left[0] - 1 for c in cands if c.kind == "CUE" and c.left
                           and c.left[0] - 1 > sent.start and self.doc[c.left[0] - 1].text == ","
                           and self._closes_sentence(self._cue_tail(c, sent), sent)]
        self._starters.sort()
        self._ends = sorted(self._coordinated_predicates(sent) + self._asides(sent))
        for cand in cands:
            if cand.kind == "CUE":
                self._reported(cand, sent)
            elif cand.kind == "PASSIVE":
                self._passive(cand, sent)
            elif cand.kind == "ACCORDING":
                self._according(cand, sent)
            elif cand.kind == "ADVERB" and not self.claims.covered(sent.start_char, sent.end_char):
                self._add("indirect", (sent.start_char, sent.end_char), self._agentless(), cand,
                          sent)
        if len(self.claims.claims) == before:
            self._standalone_quote(sent)

    def _joined_pronoun(self, left: tuple[int, int] | None) -> tuple[int, int] | None:
        """The subject pronoun alone when a phrase before the cue ends in "and he" / "and it"
        ("the economy was weak, and he warned"): the pronoun opens a clause of its own."""
        doc = self.doc
        if left is None or left[1] - left[0] < 2:
            return None
        pronoun = left[1] - 1
        if doc[pronoun].lower_ in self.lex.pronouns and doc[pronoun - 1].lower_ == "and":
            return pronoun, left[1]
        return None

    def _coordinated_predicates(self, sent: DocSpan) -> list[int]:
        """Verbs the speaker goes on with after the content: "said they would not, and urged
        countries to ...", "had been killed but gave no further details"; they end it."""
        doc, lex = self.doc, self.lex
        found = []
        for t in sent:
            k = t.i
            if k + 1 >= sent.end or not ((t.lower_ == "and" and k > sent.start and
                                          doc[k - 1].text == ",") or t.lower_ == "but"):
                continue
            v = doc[k + 1]
            if t.lower_ == "and" and v.lower_ in lex.pronouns and k + 2 < sent.end and \
                    doc[k + 2].lower_ in lex.speaker_verbs and not self._in_quote(v.idx):
                found.append(k - 1)  # "said coal use was at a record high, and it urged ..."
                continue
            past = v.lower_ in lex.past_or_participle or v.lower_ in lex.finite_verbs - lex.aux \
                - lex.be or (v.lower_.endswith("ed") and len(v.text) > 4)
            if t.lower_ == "but":  # "the talks had stalled but resumed": the talks' verb
                past = v.lower_ in lex.speaker_verbs
            if v.is_lower and past and not self._in_quote(v.idx):
                found.append(k - 1 if t.lower_ == "and" else k)  # the comma, or "but"
        return found

    def _cue_tail(self, cand: Candidate, sent: DocSpan) -> int:
        """Past the cue and, for "told", its addressee ("diplomats told Reuters.")."""
        if cand.entry is not None and cand.entry.object:
            return self._skip_object(cand.end, sent)
        return cand.end

    def _contrast_before(self, k: int, sent: DocSpan) -> bool:
        """Whether a contrasting conjunction ("while", "although", "even as") stands right
        before token ``k`` after a comma, or opens ``sent`` ("But the ministry said")."""
        doc = self.doc
        j = k - 1
        if j < sent.start:
            return False
        if doc[j].lower_ in ("as", "though") and j - 1 >= sent.start and \
                doc[j - 1].lower_ == "even":
            j -= 1
        elif doc[j].lower_ not in self.lex.contrast:
            return False
        if doc[j].lower_ in ("while", "whereas", "but"):
            return True  # as before: these open a claim of their own anywhere
        return j - 1 >= sent.start and doc[j - 1].text == ","

    def _asides(self, sent: DocSpan) -> list[int]:
        """Commas before the outlet's aside about the speaker ("..., although it did not give a
        figure", "..., but it was not immediately clear when"): they end the content."""
        doc, lex = self.doc, self.lex
        found = []
        for t in sent:
            k = t.i
            if t.text != "," or k + 3 >= sent.end or self._in_quote(t.idx):
                continue
            j = k + 1
            even = doc[j].lower_ == "even"
            j += even
            if doc[j].lower_ not in lex.contrast | ({"as"} if even else set()) or \
                    doc[j + 1].lower_ not in lex.pronouns:
                continue
            if self._aside(j + 2, sent, doc[j + 1].lower_):
                found.append(k)
        return found

    def _aside(self, j: int, sent: DocSpan, pronoun: str) -> bool:
        """Whether the verb phrase at ``j`` is the speaker's not saying ("did not say",
        "declined to comment", "gave no details") or, after "it", an unknown ("was unclear")."""
        doc, lex = self.doc, self.lex
        words = [t.lower_ for t in doc[j:min(j + 5, sent.end)]]
        if not words:
            return False
        if pronoun == "it" and words[0] in lex.be:
            rest = [w for w in words[1:] if w not in ("not", "n't", "immediately", "yet", "still")]
            return bool(rest) and rest[0] in lex.aside_unclear
        if words[0] not in lex.aside_verbs:
            return False
        tail = words[1:]
        if tail[:1] == ["to"]:  # "declined to comment"
            return words[0] in ("declined", "refused") and tail[1:2] != [] and \
                tail[1] in lex.aside_said
        if tail[:1] in (["no"], ["few"]):  # "gave no details"
            return words[0] in ("gave", "provided", "offered")
        if tail[:1] in (["not"], ["n't"]):  # "did not say", "would not elaborate"
            return tail[1:2] != [] and tail[1] in lex.aside_said
        return False

    def _in_relative_clause(self, cand: Candidate, cands: list[Candidate], sent: DocSpan
                            ) -> bool:
        """Whether ``cand`` has its own pronoun subject inside a relative clause about the
        subject of a later cue ("Two defectors, who asked not to be named because they fear
        reprisals, said ..."): that pronoun is the defectors, not the last speaker."""
        doc = self.doc
        if cand.kind != "CUE":
            return False
        c0 = cand.i - 1
        while c0 > sent.start and doc[c0].text != "," and cand.i - c0 < 25:
            c0 -= 1
        if c0 <= sent.start or doc[c0].text != "," or doc[c0 + 1].lower_ not in RELATIVES:
            return False
        if not any(doc[x].lower_ in self.lex.pronouns for x in range(c0 + 2, cand.i)):
            return False  # "The minister, who said last week that ...": his own claim
        for c1 in range(cand.end, min(cand.end + 25, sent.end - 1)):
            if doc[c1].text == ",":
                k = c1 + 1
                while k < sent.end and (doc[k].lower_ in self.lex.aux or self._adverb(k)):
                    k += 1
                return any(o.kind == "CUE" and o.i == k for o in cands)
            if doc[c1].text in ".;:":
                return False
        return False

    # -- relative clauses --------------------------------------------------------------------------

    def _relative(self, cand: Candidate, sent: DocSpan) -> None:
        """A cue inside a relative clause: "The minister, who said last week that talks had
        stalled, met ..." (the antecedent speaks), "The deal, which officials said was worth $3
        billion, was signed" (the clause's own subject speaks). A clause set off after the
        sentence's opening noun phrase ends at its closing comma, and so does its content."""
        doc = self.doc
        if cand.left is None:  # "..., who said": the relative pronoun is the subject
            rel = self._skip_aux_back(cand.i - 1, sent)
            if rel >= sent.start and doc[rel].lower_ == "and":
                rel = self._coordinated_relative(rel, sent)
            if rel < sent.start or doc[rel].lower_ not in ("who", "which") or doc[rel].is_upper:
                return  # "WHO Director-General ...": the organization
        else:  # "..., which officials said", "a move which analysts said"
            rel = cand.left[0] - 1
            if rel - 1 >= sent.start and doc[rel - 1].lower_ == "whose":
                rel -= 1  # "The minister, whose party said last month that ..."
            if rel < sent.start or doc[rel].lower_ not in ("who", "which", "whom", "that",
                                                           "whose"):
                return
        cand.rel = rel
        opener = rel - 1
        if opener < sent.start or doc[opener].text not in (",", "—", "–"):
            if cand.left is None:
                cand.orphan = True  # "Officials who said ... described": where the clause ends
                return  # is unknown without a parser; a carried speaker would be a false source
            # "The reforms that the government says will save ... have sparked protests"
            cand.unbounded = self._in_subject(rel, sent)
            return
        antecedent = self._antecedent(opener, sent)
        if cand.left is None:
            who = doc[rel].lower_ == "who"  # "the head of the union, who" is the head
            own = antecedent if who else \
                self._antecedent(opener, sent, over_of=False) or antecedent  # "Shares of Nvidia"
            speaker = self._speaker_np(own, sent, doc[rel].lower_)
            if speaker is None or not self._fits_relative(speaker, doc[rel].lower_):
                cand.orphan = True  # unless a speaker stands before it (_speaker_before)
                return
            cand.left, cand.antecedent = speaker, True
        cand.embedded = self._in_subject(opener, sent)

    def _speaker_np(self, np: tuple[int, int] | None, sent: DocSpan, rel: str
                    ) -> tuple[int, int] | None:
        """The antecedent as a speaker: not a place after "in"/"at" ("talks in Geneva, which"),
        though people before such a place are ("met officials in Cairo, who said")."""
        if np is None:
            return None
        doc, gaz = self.doc, self.lex.gaz
        k = np[0]
        if k > sent.start and doc[k - 1].lower_ in LOCATIVES and \
                doc[k].lower_ not in gaz.determiners:
            outer = self._antecedent(k - 1, sent) if rel == "who" else None
            people = outer is not None and gaz.head_kind(doc[outer[1] - 1].lower_) in (
                "anonymous", "titles")
            return outer if people else None
        return np

    def _in_subject(self, opener: int, sent: DocSpan) -> bool:
        """Whether the noun phrase before ``opener`` (with the phrases it closes: "The talks in
        Geneva", "a new strain of mpox") is a clause's subject: it reaches back, over no verb,
        to the sentence's start, a subordinator or a reporting verb."""
        doc = self.doc
        k = opener
        while k > sent.start and opener - k < 10:
            t = doc[k - 1]
            if t.text in PUNCT or t.text[0] in OPENING_QUOTES + CLOSING_QUOTES or \
                    t.lower_ in self.lex.stops or t.lower_ in self.lex.finite_verbs or \
                    t.lower_ in self.lex.past_or_participle or self._cue_word(k - 1) or \
                    (t.is_lower and t.lower_.endswith("ed")):
                break
            k -= 1
        return k < opener and self._opens_clause(k, sent)

    def _apposed_speaker(self, cand: Candidate, sent: DocSpan) -> Claim | None:
        """"“...,” said Lisa Osofsky, the SFO's director, who described ...": a "who" whose
        antecedent is the apposition of the speaker just named is that speaker's."""
        doc = self.doc
        if not cand.antecedent or cand.left is None or cand.rel is None or \
                doc[cand.rel].lower_ != "who":
            return None
        comma = cand.left[0] - 1
        if comma < sent.start or doc[comma].text != ",":
            return None
        prev = self.claims.last_speaker(doc[cand.i].idx)
        if prev is None or prev.source is None or prev.source.span is None:
            return None
        named = self.analysis.view_offsets(prev.source.span)
        return prev if named is not None and named[1] == doc[comma].idx else None

    def _restrictive_subject(self, cand: Candidate, sent: DocSpan) -> None:
        """"A source who declined to be identified said ...": the phrase before the cue is a
        relative clause's verb phrase; its antecedent, opening the sentence, is the source."""
        doc, gaz = self.doc, self.lex.gaz
        if cand.kind != "CUE" or cand.left is None:
            return
        lo = cand.left[0]
        rel = lo - 1
        if rel <= sent.start or doc[rel].lower_ not in ("who", "that") or doc[rel].is_upper:
            return
        first = doc[lo]
        if not first.is_lower or first.like_num or gaz.head_kind(first.lower_) is not None or \
                first.lower_ in DETERMINERS | gaz.determiners | self.lex.pronouns:
            return  # "the man whom police say", "a move that analysts said": its own subject
        antecedent = self._antecedent(rel, sent)
        if antecedent is not None and self._opens_clause(antecedent[0], sent):
            cand.left = antecedent
        else:
            cand.left, cand.orphan = None, True

    def _main_verb(self, k: int, end: int) -> int:
        """The view offset where a sentence's main verb follows the content of a relative clause
        inside its subject ("... that police say opened fire on the crowd | was arrested"): the
        second finite verb not joined to the first; ``end`` when there is none."""
        doc, lex = self.doc, self.lex
        seen = False
        for t in doc[k:]:
            if t.idx >= end:
                break
            w = t.lower_
            verb = w in lex.finite_verbs or w in lex.past_or_participle or (
                t.is_lower and w.endswith("ed") and len(w) > 4)
            if not verb:
                continue
            prev = doc[t.i - 1]
            chained = prev.lower_ in lex.finite_verbs | lex.aux | lex.be | {"to", "not"}
            if seen and not chained and prev.lower_ not in ("and", "or", "that", "which", "who") \
                    and prev.text not in PUNCT and prev.lower_ not in DETERMINERS | PREPOSITIONS:
                return t.idx
            seen = True
        return end

    def _coordinated_relative(self, conj: int, sent: DocSpan) -> int:
        """"The junta, which seized power in 2021 and says it will ...": the relative pronoun
        of the clause whose second verb follows ``conj``, or -1."""
        doc = self.doc
        for k in range(conj - 1, max(sent.start, conj - 25), -1):
            if doc[k].text in PUNCT:
                return k + 1 if doc[k].text == "," and doc[k + 1].lower_ in ("who", "which") \
                    else -1
        return -1

    def _relative_passive(self, cand: Candidate, sent: DocSpan) -> None:
        """"The bill, which President Ruto is expected to sign on Friday, includes ...": an
        agentless passive inside a relative clause set off in the subject ends at its comma."""
        doc = self.doc
        for k in range(cand.i - 1, max(sent.start, cand.i - 15), -1):
            if doc[k].text in PUNCT:
                return
            if doc[k].lower_ in ("who", "which") and doc[k - 1].text == "," and \
                    self._in_subject(k - 1, sent):
                cand.rel, cand.embedded = k, True
                return

    def _speaker_before(self, cand: Candidate, sent: DocSpan) -> Claim | None:
        """"“...,” said Liz McKeown, the ONS's director of economic statistics, who added ...":
        the claim this sentence already gave a source, when ", who" follows its source."""
        doc, rel = self.doc, cand.rel
        if rel is None or rel - 1 < sent.start or cand.left is not None or \
                doc[rel].lower_ != "who" or doc[rel - 1].text != ",":
            return None
        prev = self.claims.last_speaker(self.doc[rel].idx)
        if prev is None:
            return None
        start, end = self.claims.view_content[prev.id]
        return prev if sent.start_char <= start and end <= self.doc[rel].idx else None

    def _antecedent(self, end: int, sent: DocSpan, over_of: bool = True
                    ) -> tuple[int, int] | None:
        """The noun phrase that ends right before token ``end``: a run of capitalized words and
        source heads ("Foreign Minister Ayman Safadi", "the protesters"), opened by a determiner
        when one is near ("A senior army officer"), over "of" ("the head of Amnesty")."""
        doc, gaz = self.doc, self.lex.gaz
        heads = set().union(*gaz.heads.values())
        openers = gaz.determiners | {"its", "their", "his", "her", "our", "this", "these", "those"}
        k = end
        while k > sent.start and end - k < 12:
            t = doc[k - 1]
            if t.lower_ in openers:
                k -= 1
                if over_of and k - 1 > sent.start and doc[k - 1].lower_ == "of" and \
                        self._np_word(k - 2, heads):
                    k -= 1  # "the head of the union": go on to the head
                    continue
                break
            if self._np_word(k - 1, heads) or (k == end and t.is_lower and t.is_alpha):
                k -= 1
                continue
            if over_of and t.lower_ == "of" and k < end and k - 1 > sent.start and \
                    self._np_word(k - 2, heads):
                k -= 1
                continue
            break
        if k == end or doc[k].lower_ == "of":
            return None
        if doc[k].lower_ not in openers:
            k = self._determiner_before(k, sent, heads, openers)
        last = doc[end - 1].lower_
        named = any(t.text[:1].isupper() for t in doc[max(k, sent.start + 1):end])
        if doc[end - 1].is_lower and last not in heads and last[:-1] not in heads and \
                doc[k].lower_ not in openers and not named:
            return None  # "Prices rose sharply, which": no noun phrase ("Rights groups" is one)
        return self._np_trim(k, end)

    def _np_word(self, k: int, heads: set[str]) -> bool:
        t = self.doc[k]
        return t.text[:1].isupper() or t.lower_ in heads or t.text in ("'s", "’s", "-") or \
            t.lower_ in ("al", "bin", "de", "van", "von", "el", "abu") or t.like_num

    def _determiner_before(self, k: int, sent: DocSpan, heads: set[str], openers: set[str]
                           ) -> int:
        """``k``, or the determiner up to three adjectives before it ("A senior army officer");
        a verb or another noun between them ("met protesters") keeps ``k``."""
        doc = self.doc
        for d in range(k - 1, max(sent.start, k - 4) - 1, -1):
            t = doc[d]
            if t.lower_ in openers:
                return d
            if not t.is_lower or t.lower_ in heads or t.lower_ in PREPOSITIONS or \
                    t.lower_ in self.lex.stops or t.lower_.endswith("ed") or self._cue_word(d):
                break
        return k

    def _fits_relative(self, np: tuple[int, int], rel: str) -> bool:
        """"who" is about people: not a place or a document."""
        if rel != "who":
            return True
        gaz = self.lex.gaz
        words = [t.lower_ for t in self.doc[np[0]:np[1]] if t.lower_ not in gaz.determiners]
        return " ".join(words) not in gaz.places and \
            gaz.head_kind(words[-1] if words else "") != "document"

    def _opens_clause(self, k: int, sent: DocSpan) -> bool:
        """Whether the noun phrase at ``k`` is a clause's subject: only a dateline or a
        conjunction stands before it in ``sent``, or a subordinator or reporting verb does
        ("after OPEC, which said ..., kept output", "Police said the suspect, who ...")."""
        doc = self.doc
        if doc[k].idx <= self.claims.after_dateline(sent.start_char):
            return True
        if k - 1 > sent.start and (doc[k - 1].lower_ in self.lex.stops or
                                   self._cue_word(k - 1)):
            return True
        return all(t.lower_ in ("but", "and", "yet", "however", "meanwhile", ",", "-", "–", "—")
                   for t in doc[sent.start:k])

    def _clause_end(self, cand: Candidate, k: int, sent: DocSpan) -> int:
        """Where a relative clause set off after the sentence's subject closes: the view offset
        of the comma (or dash) after ``k`` that matches the one opening it."""
        doc = self.doc
        if cand.rel is None:
            return sent.end_char
        if not cand.embedded:
            return self._relative_close(cand, k, sent)
        closer = doc[cand.rel - 1].text
        for t in range(k, sent.end):
            if doc[t].text == closer and not self._in_quote(doc[t].idx):
                return doc[self._inner_commas(t, sent)].idx
            if doc[t].text == "," and t + 2 < sent.end and doc[t + 1].text in CLOSING_QUOTES \
                    and self._verb_like(t + 2):
                # 'which diplomats said were "constructive and useful," will resume': the
                # closing comma stands inside the quotation (American style)
                return doc[t + 1].idx + 1
        return sent.end_char

    def _inner_commas(self, t: int, sent: DocSpan) -> int:
        """The comma closing a relative clause in the subject, from its first comma ``t``:
        when a lower-case phrase without a verb follows it and a verb follows the next comma,
        both were the content's ("which Moscow says are illegal, unjust and counterproductive,
        were extended", "has recaptured 20 villages, including Robotyne, is slowing")."""
        doc, lex = self.doc, self.lex
        if doc[t].text != "," or t + 1 >= sent.end or not doc[t + 1].is_lower or \
                self._verb_like(t + 1):
            return t
        for n in range(t + 1, min(t + 8, sent.end - 1)):
            word = doc[n].lower_
            if word in lex.aux | lex.be | lex.finite_verbs | RELATIVES | {"according"} or \
                    self._cue_word(n) or \
                    doc[n].text in PUNCT.replace(",", "") or self._in_quote(doc[n].idx):
                return t
            if doc[n].text == ",":
                return n if self._verb_like(n + 1) else t
        return t

    def _verb_like(self, k: int) -> bool:
        """A lower-case finite verb from the lists, or a regular past form ("passed")."""
        lex = self.lex
        t = self.doc[k]
        listed = lex.aux | lex.be | lex.finite_verbs | lex.past_or_participle
        return t.is_lower and (t.lower_ in listed or (t.lower_.endswith("ed") and len(t.text) > 4)
                               ) and t.lower_ not in lex.complements

    def _relative_close(self, cand: Candidate, k: int, sent: DocSpan) -> int:
        """Where a relative clause set off by a comma after an object closes ("pressing Beirut
        to disarm Hezbollah, which the group says it will resist, and has threatened ..."): only
        at a comma the sentence clearly goes on after; commas inside the content ("which Moscow
        says are illegal, unjust and counterproductive") do not close it."""
        doc = self.doc
        opener = cand.rel - 1 if cand.rel is not None else -1
        if opener < sent.start or doc[opener].text not in (",", "—", "–"):
            return sent.end_char
        closer = doc[opener].text
        for t in range(k, sent.end - 1):
            if doc[t].text != closer or self._in_quote(doc[t].idx):
                continue
            if closer != "," or self._sentence_goes_on(t + 1, sent):
                return doc[t].idx
        return sent.end_char

    def _sentence_goes_on(self, j: int, sent: DocSpan) -> bool:
        """Whether what follows a comma at ``j`` is the sentence's, not the clause's: a
        contrasting conjunction ("but", "although", "even as"), "and" with a verb or a pronoun
        ("and has threatened", "and it"), a finite verb, or only complements ("on Tuesday.")."""
        doc, lex = self.doc, self.lex
        word = doc[j].lower_
        nxt = doc[j + 1] if j + 1 < sent.end else None
        if word in lex.contrast or (word == "even" and nxt is not None and
                                    nxt.lower_ in ("as", "though")):
            return True
        if word in ("and", "or") and nxt is not None and nxt.is_lower and (
                nxt.lower_ in lex.aux | lex.be | lex.finite_verbs | lex.pronouns or
                nxt.lower_ in lex.past_or_participle):
            return True
        if doc[j].is_lower and word in lex.aux | lex.be | lex.finite_verbs and \
                word not in lex.complements:
            return True
        return self._closes_sentence(j, sent)

    def _closes_sentence(self, k: int, sent: DocSpan) -> bool:
        """Whether only the cue's complements ("on Tuesday", "in a statement") and closing
        punctuation follow ``k``."""
        k, _meta = self._skip_complements(k, sent)
        return all(t.is_space or t.text in PUNCT or t.text[0] in CLOSING_QUOTES
                   for t in self.doc[k:sent.end])

    def _content_end(self, sent: DocSpan, k: int) -> int:
        end = next((self.doc[e].idx for e in self._ends if e > k), sent.end_char)
        return min(end, self._starter_end(sent, k))

    def _starter_end(self, sent: DocSpan, k: int) -> int:
        for s in self._starters:
            if s > k:
                start = s
                while start > k and self.doc[start - 1].lower_ in {"and", ",", "while", "but"} | \
                        self.lex.aux:
                    start -= 1
                return self.doc[start].idx
        return sent.end_char

    # -- reported speech ---------------------------------------------------------------------------

    def _reported(self, cand: Candidate, sent: DocSpan) -> None:
        entry = cand.entry
        if entry is None:
            return
        doc = self.doc
        j = cand.end
        if cand.i > sent.start and doc[cand.i - 1].lower_ in ("not", "n't", "never"):
            return  # "The airline has not said how many ...": a negated cue reports nothing
        prev = self._skip_aux_back(cand.i - 1, sent)
        if cand.left is None and entry.role != "participle" and prev >= sent.start and \
                doc[prev].text == "," and j < sent.end and \
                (doc[j].text[:1].isupper() or doc[j].lower_ in self.lex.gaz.determiners) and \
                not self._finite_clause(j, sent):  # "..., said Moscow remained open": content
            # "About 48,000 people returned, said Rami Khoury, a spokesman for ...": the
            # source follows the cue and the clause before the comma is the content
            self._trailing(cand, sent, {})
            return
        if entry.lemma == "add" and j < sent.end and doc[j].like_num and cand.left:
            return  # "the informal sector added 703,900 jobs": a count, not a statement
        if entry.requires:  # "accused the union of ...", "described the talks as ..."
            for r in range(j, min(j + 10, sent.end)):
                if doc[r].lower_ in entry.requires:
                    self._forward(cand, sent, r + 1, {})
                    return
                if doc[r].text in ".;":
                    break
            return
        if entry.object and j < sent.end and doc[j].lower_ == "by" and \
                cand.i - 1 >= sent.start and doc[cand.i - 1].lower_ in self.lex.be:
            self._told_by(cand, sent, j + 1)
            return
        if entry.object:
            j = self._skip_object(j, sent)
            if j < sent.end and doc[j].lower_ == "to":
                return  # "told residents to stay indoors": an order, not a statement
        if j < sent.end and doc[j].lower_ in self.lex.blocked_after.get(entry.lemma, ()):
            return  # "fears for his life", "believes in a free press"
        if j < sent.end and doc[j].like_num and entry.lemma in self.lex.count_objects and \
                not self._finite_clause(j, sent):
            return  # "The firm, which claims 40 percent of the market": a share, not a claim
        if j + 1 < sent.end and doc[j].lower_ in entry.object_preps and \
                doc[j + 1].lower_ in DETERMINERS:
            self._forward(cand, sent, j + 1, {})  # "warned of a “life-threatening” surge"
            return
        j, meta = self._skip_complements(j, sent)
        if self._says_nothing(j, sent):
            return
        if j < sent.end and doc[j].lower_ == "that":
            self._forward(cand, sent, j + 1, meta)
            return
        if j < sent.end and doc[j].text == ":":
            self._forward(cand, sent, j + 1, meta, direct=True)
            return
        # "said in a video posted on X. “...”": the stop glued to "X." ends the sentence
        stopped = j > cand.end and len(doc[j - 1].text) > 1 and doc[j - 1].text.endswith(".")
        if j < sent.end and doc[j].text and doc[j].text[0] in OPENING_QUOTES and \
                quote_starting(self.quotes, doc[j].idx) and not stopped:
            self._forward(cand, sent, j, meta, direct=True)
            return
        at_end = j >= sent.end or doc[j].text in (",", ".", ";", "!", "?") or \
            doc[j].text[0] in CLOSING_QUOTES or stopped
        if at_end or self._quote_before(cand, sent) is not None:
            self._trailing(cand, sent, meta)
            return
        if j + 1 < sent.end and doc[j].lower_ in entry.object_preps:
            self._forward(cand, sent, j + 1, meta)  # "warned of a worsening crisis"
            return
        gerund = j < sent.end and doc[j].is_lower and doc[j].lower_.endswith("ing")
        clause = (j < sent.end and doc[j].lower_ in ("it", "he", "she", "they", "we", "there")) \
            or (entry.needs_that and self._cue_word(cand.i) and self._finite_clause(j, sent))
        if entry.masdar_object and not (gerund or clause) and self._noun_object(cand, j, sent):
            self._forward(cand, sent, j, meta)  # "denied any involvement", "announced the arrest"
            return
        if entry.needs_that and entry.role != "participle" and not (gerund or clause):
            return  # "announced the end of the match": an object, not reported speech
        self._forward(cand, sent, j, meta)

    def _told_by(self, cand: Candidate, sent: DocSpan, lo: int) -> None:
        """"The BBC has been told by several residents that ...": the agent after "by" speaks,
        the cue is "has been told", the subject is only the addressee."""
        doc = self.doc
        hi = lo
        while hi < sent.end and hi - lo < 12 and doc[hi].text not in PUNCT and \
                doc[hi].lower_ != "that" and not (hi > lo and self._inverted_end(hi)):
            hi += 1
        trimmed = self._np_trim(lo, hi) if hi > lo else None
        source = self._make_source(*trimmed) if trimmed else None
        k, meta = self._skip_complements(hi, sent)
        if source is None or k >= sent.end or doc[k].lower_ != "that":
            return
        be = cand.i - 1
        while be - 1 >= sent.start and (doc[be - 1].lower_ in self.lex.be or
                                        doc[be - 1].lower_ in self.lex.aux):
            be -= 1
        cand.cue_span = (be, cand.end)
        self._add("indirect", (doc[k + 1].idx, self._content_end(sent, k + 1)), source, cand,
                  sent, meta, refine=True)

    def _finite_clause(self, j: int, sent: DocSpan) -> bool:
        """Whether a clause without "that" opens at ``j``: a noun phrase, then a finite verb
        within a few words ("showed unemployment rose", "show the company owes creditors");
        "announced the end of the match" has none."""
        doc = self.doc
        stops = PREPOSITIONS | RELATIVES | self.lex.stops | {"and", "or"}
        if j >= sent.end or doc[j].text in PUNCT or doc[j].lower_ in stops:
            return False  # "joked and sang as the results came in"
        for k in range(j + 1, min(j + 7, sent.end)):
            t, prev = doc[k], doc[k - 1]
            if t.text in PUNCT or t.text[0] in OPENING_QUOTES or \
                    t.lower_ in RELATIVES | self.lex.stops:
                return False
            if prev.text in PUNCT or prev.lower_ in DETERMINERS | PREPOSITIONS | {"and", "or"} \
                    or prev.lower_ in self.lex.gaz.determiners or self._adverb(k - 1):
                continue  # "a planned attack", "of increased shelling", "newly expanded"
            if t.lower_ in self.lex.finite_verbs:
                return True
            participle = t.lower_ in self.lex.past_or_participle or (
                t.is_lower and t.lower_.endswith("ed") and len(t.text) > 4)
            if participle and k + 1 < sent.end and doc[k + 1].text not in PUNCT and \
                    doc[k + 1].lower_ not in PREPOSITIONS | MORE_PREPOSITIONS:
                return True
        return False

    def _says_nothing(self, j: int, sent: DocSpan) -> bool:
        """"The company, which said nothing about its plans, ...", "He said little more": an
        empty object, not reported speech ("said nothing had changed" reports)."""
        doc = self.doc
        if j >= sent.end or doc[j].lower_ not in self.lex.empty_objects:
            return False
        k = j + 1
        while k < sent.end and doc[k].lower_ in self.lex.empty_tails:
            k += 1
        return k >= sent.end or doc[k].text in PUNCT or doc[k].text[0] in CLOSING_QUOTES or \
            doc[k].lower_ in PREPOSITIONS | {"about", "regarding", "concerning"} or self._adverb(k)

    def _noun_object(self, cand: Candidate, j: int, sent: DocSpan) -> bool:
        """Whether the object at ``j`` reports a claim: the/a/its + one of the cue's
        object_words ("denied any involvement", "announced the arrest of"), and the verb is not
        negated ("did not deny")."""
        doc = self.doc
        entry = cand.entry
        assert entry is not None
        if cand.i > sent.start and doc[cand.i - 1].lower_ in ("not", "n't", "never", "no"):
            return False
        k = j
        if k < sent.end and doc[k].lower_ in ("the", "a", "an", "its", "their", "his", "her"):
            k += 1
        return k < sent.end and doc[k].lower_ in entry.object_words and \
            doc[k].text[:1].islower()

    def _forward(self, cand: Candidate, sent: DocSpan, k: int, meta: dict[str, Any],
                 direct: bool = False) -> None:
        """Content after the cue, source before it (or carried over)."""
        if k >= sent.end:
            return
        source = self._source_left(cand, sent)
        if source is None:
            return
        start = self.doc[k].idx
        if direct and self.doc[k].text[0] in OPENING_QUOTES:
            quote = quote_starting(self.quotes, start)
            if quote is not None:
                self._add("direct", quote.inner, source, cand, sent, meta)
                return
        if direct and self.doc[k].text[:1] in "'‘":  # said: 'Our position has not changed.'
            stop = self._content_end(sent, k)
            while stop > start and self.analysis.text[stop - 1].isspace():
                stop -= 1
            single = self._single_quoted(start, stop)
            if single is not None:
                self._add("direct", single, source, cand, sent, meta)
                return
        end = min(self._content_end(sent, k), self._clause_end(cand, k, sent))
        if cand.unbounded:
            end = self._main_verb(k, end)
        claim = self._add("direct" if direct else "indirect", (start, end), source, cand, sent,
                          meta, refine=not direct)
        if claim is not None and cand.embedded:
            self._embedded.add(claim.id)

    def _trailing(self, cand: Candidate, sent: DocSpan, meta: dict[str, Any]) -> None:
        """The content stands before the cue: a quotation, or a clause closed by a comma."""
        doc = self.doc
        quote = self._quote_before(cand, sent)
        source = None
        if quote is None and cand.left and cand.left[1] - cand.left[0] == 1 and \
                doc[cand.left[0]].lower_ in self.lex.pronouns:
            # "The IMF expects growth of 3 percent, it said": the pronoun is the clause's subject
            source = self._named_subject(sent, cand.left[0])
            if source is not None:
                source.meta["resolved_pronoun"] = doc[cand.left[0]].lower_
        if source is None:
            source = self._source_left(cand, sent, allow_carry=False) if cand.left else \
                self._source_right(cand, sent)
        if source is None and cand.left and doc[cand.left[0]].lower_ in self.lex.pronouns:
            source = self._source_left(cand, sent)
        if source is None:
            return
        if quote is not None:
            first = self._add("direct", quote.inner, source, cand, sent, meta)
            if first is not None:
                self._resumed_quote(first, cand, sent, meta)
                self._quote_opened_before(first, quote.start)
            return
        lo = cand.left[0] if cand.left else cand.i
        if lo - 2 >= sent.start and doc[lo - 1].text in ("'", "’") and doc[lo - 2].text == ",":
            lo -= 1  # "‘We are ready,’ Smith said": the single mark closing after the comma
        if lo - 1 < sent.start or doc[lo - 1].text != ",":
            return
        start = self.claims.after_dateline(sent.start_char)
        comma = doc[lo - 1].idx
        for claim in self.claims.claims:
            _c0, c1 = self.claims.view_content[claim.id]
            nested = not self.analysis.text[c1:comma].strip(" .,;!?\"'”’") or \
                claim.id in self._embedded  # "The protest, which organisers said ..., ended"
            if sent.start_char <= c1 <= doc[lo].idx and not nested:
                start = max(start, c1)  # a clause ended here by our comma is nested in ours
        single = self._single_quoted(start, comma)
        if single is not None:  # "'We will rebuild,' the mayor said": British quotation marks
            self._add("direct", single, source, cand, sent, meta)
            return
        self._add("indirect", (start, comma), source, cand, sent, meta, refine=True)

    def _single_quoted(self, start: int, comma: int) -> tuple[int, int] | None:
        """The inside of single quotation marks around ``[start, comma)``, closing right before
        the comma (the pairing find_quotes leaves to apostrophes)."""
        text = self.analysis.text
        while start < comma and text[start].isspace():
            start += 1
        if comma - start < 3 or text[start] not in "'‘" or not text[start + 1].isupper():
            return None
        if text[comma - 1] in "'’":  # 'We will rebuild', the mayor said
            return start + 1, comma - 1
        if comma + 1 < len(text) and text[comma + 1] in "'’":  # 'We will rebuild,' the mayor
            return start + 1, comma
        return None

    def _resumed_quote(self, first: Claim, cand: Candidate, sent: DocSpan,
                       meta: dict[str, Any]) -> None:
        """"“We are ready to talk,” the minister said, “but not under threat.”": the quotation
        the cue interrupts goes on after it, the same speaker's."""
        from claimcheck.extract.claims import carried

        doc = self.doc
        for k in range(cand.end, min(cand.end + 15, sent.end)):
            t = doc[k]
            if t.text[0] in OPENING_QUOTES:
                quote = quote_starting(self.quotes, t.idx)
                if quote is not None and doc[k - 1].text in (",", ":"):
                    self._add("direct", quote.inner, carried(first), cand, sent, dict(meta))
                elif quote is not None and doc[k - 1].text.endswith("."):
                    # "... said in a video posted on X. “...”": a sentence of its own
                    self.claims.add("direct", quote.inner, carried(first), None, sent)
                return
            if t.text in ".;!?" or (self._cue_word(k) and t.lower_ not in self.lex.doc_mods):
                return

    def _quote_opened_before(self, first: Claim, start: int) -> None:
        """"“We will not accept any deal.¶“Our farmers come first,” the official said.": the
        paragraphs before that open a quotation and leave it open (wire style for a quotation
        over paragraphs) are the same speaker's, when no claim covers them."""
        from claimcheck.extract.claims import carried

        text = self.analysis.text
        for _ in range(3):
            if start < 2 or text[start - 2:start] != "\n\n":
                return
            end = start - 2
            par = text.rfind("\n\n", 0, end)
            par = 0 if par < 0 else par + 2
            body = text[par:end].strip()
            if not body or body[0] not in '"“' or self._in_quote(par) or \
                    not self._quote_runs_on(start) or self.claims.covered(par, end):
                return
            self.claims.add("direct", (par + 1, end), carried(first), None, (par, end))
            start = par

    def _passive(self, cand: Candidate, sent: DocSpan) -> None:
        """"It is said that ...", "They are believed to ...", "It was announced on Friday that
        ...": anonymous source, no span."""
        doc = self.doc
        impersonal = cand.i - 1 >= sent.start and doc[cand.i - 1].lower_ == "it"
        if impersonal:
            cand.i -= 1
        k = cand.end
        after, _meta = self._skip_complements(k, sent)  # "It was announced on Friday that"
        if cand.entry is not None and cand.entry.needs_that and not impersonal:
            return  # "New measures were announced that will ...": a relative "that"
        if after < sent.end and doc[after].lower_ == "that":
            k = after + 1
        elif impersonal and k < sent.end and (doc[k].lower_ in ("the", "a", "an") or
                                             doc[k].lower_ in self.lex.pronouns - {"it"}):
            pass  # "It is understood the two sides are close to a deal"
        elif (cand.entry is not None and cand.entry.needs_that) or \
                not (k < sent.end and doc[k].lower_ == "to") or not self._infinitive(k + 1, cand):
            return
        if k >= sent.end:
            return
        end = min(self._content_end(sent, k), self._clause_end(cand, k, sent))
        self._add("indirect", (doc[k].idx, end), self._agentless(), cand, sent, {}, refine=True)

    def _infinitive(self, k: int, cand: Candidate) -> bool:
        """Whether "to" before ``k`` opens an infinitive ("believed to have fled"), not a
        phrase ("known to security services", "expected to the end"); a cue listing
        infinitives (rules: infinitives) takes only those."""
        if k >= len(self.doc):
            return False
        t = self.doc[k]
        only = self.lex.infinitives.get(self.doc[cand.end - 1].lower_)
        if only:
            return t.lower_ in only
        return t.is_lower and t.is_alpha and t.lower_ not in DETERMINERS and \
            t.lower_ not in self.lex.gaz.determiners

    def _according(self, cand: Candidate, sent: DocSpan) -> None:
        doc = self.doc
        if self.claims.covering(doc[cand.i].idx) is not None:
            return  # "Economists say growth, which reached 2.6% according to estimates, ..."
        lo = cand.end
        hi = lo
        while hi < sent.end and doc[hi].text not in (",", ".", ";", ":", "!", "?") and \
                doc[hi].text[0] not in OPENING_QUOTES + CLOSING_QUOTES and hi - lo < 12:
            if hi > lo and self._inverted_end(hi):
                break  # "according to a statement from the army on Tuesday": the time is no source
            if hi > lo and doc[hi].lower_ in ("who", "which", "whose"):
                break  # "according to local officials who spoke on condition of anonymity"
            hi += 1
        trimmed = self._np_trim(lo, hi) if hi > lo else None
        source = self._make_source(*trimmed) if trimmed else None
        if source is None:
            return
        opening = cand.i == sent.start or (cand.i - 1 >= sent.start and
                                           doc[cand.i - 1].text == ",")
        if opening and cand.i == sent.start and hi < sent.end and doc[hi].text == ",":
            k = self._after_apposition(hi + 1, sent)
            if k < sent.end:
                self._add("according_to", (doc[k].idx, self._content_end(sent, k)), source, cand,
                          sent, {}, refine=True)
            return
        quote = self._quote_ending_at(doc[cand.i].idx)
        if quote is not None:
            self._add("according_to", quote.inner, source, cand, sent, {})
            return
        start = self.claims.after_dateline(sent.start_char)
        for claim in self.claims.claims:
            _c0, c1 = self.claims.view_content[claim.id]
            if sent.start_char <= c1 <= doc[cand.i].idx and claim.id not in self._embedded:
                start = max(start, c1)
        self._add("according_to", (start, doc[cand.i].idx), source, cand, sent, {}, refine=True)

    def _after_apposition(self, k: int, sent: DocSpan) -> int:
        """Past "a spokeswoman for the agency," after "According to Maria Lopez,": an
        apposition (a/an/the + a title or source head, closed by a comma) is no content."""
        doc, gaz = self.doc, self.lex.gaz
        if k >= sent.end or doc[k].lower_ not in ("a", "an", "the"):
            return k
        for c in range(k + 1, min(k + 12, sent.end)):
            if doc[c].text == ",":
                heads = [gaz.head_kind(t.lower_) for t in doc[k + 1:c]]
                return c + 1 if "titles" in heads or "anonymous" in heads else k
            if doc[c].text in PUNCT or self._cue_word(c) or \
                    doc[c].lower_ in self.lex.finite_verbs:
                return k
        return k

    def _standalone_quote(self, sent: DocSpan) -> None:
        """A sentence that is a quotation and nothing else continues the previous speaker; a
        headline "Prime minister: “...”" names its own."""
        start, end = self.claims.trim(sent.start_char, sent.end_char)
        doc = self.doc
        for c in range(sent.start + 1, min(sent.start + 7, sent.end - 1)):
            if doc[c].text == ":":
                quote = quote_starting(self.quotes, doc[c + 1].idx)
                if quote is not None and quote.end >= end - 1 and \
                        not any(self._cue_word(k) or doc[k].lower_ in self.lex.finite_verbs
                                for k in range(sent.start, c)):
                    source = self._make_source(sent.start, c)
                    if source is not None:
                        self.claims.add("direct", quote.inner, source, None, sent)
                return
        for quote in self.quotes:
            if quote.start == start and quote.end >= end - 1:
                prev = self.claims.last_speaker(start)
                if prev is None or self.claims.covered(quote.start, quote.end):
                    return
                gap = self.analysis.text[self.claims.view_content[prev.id][1]:start]
                if gap.count("\n") > 1 and not self._quote_runs_on(start):
                    return
                from claimcheck.extract.claims import carried

                self.claims.add("direct", quote.inner, carried(prev), None, sent)
                return
        self._unclosed_quote(sent, start, end)

    def _quote_runs_on(self, start: int) -> bool:
        """Whether the paragraph before the one at ``start`` leaves a quotation open: wire
        style opens each paragraph of a long quotation without closing the one before."""
        text = self.analysis.text
        par = text.rfind("\n\n", 0, start)
        if par < 0:
            return False
        before = text[text.rfind("\n\n", 0, par) + 1:par]
        return before.count('"') % 2 == 1 or before.count("“") > before.count("”")

    def _unclosed_quote(self, sent: DocSpan, start: int, end: int) -> None:
        """A last sentence that opens a quotation left open at its paragraph's end, the next
        paragraph opening another: the speaker's quotation goes on (wire style)."""
        text = self.analysis.text
        mark = start - 1  # trim() dropped the unbalanced opening mark
        while mark >= sent.start_char and text[mark].isspace():
            mark -= 1
        if start >= end or mark < sent.start_char or text[mark] not in '"“' or \
                self._in_quote(start):
            return
        rest = text[end:].lstrip(".!?…,;: \t")
        following = rest.lstrip()
        if not rest.startswith("\n\n") or following[:1] not in ('"', "“") or \
                not self._quote_runs_on(len(text) - len(following)):
            return
        prev = self.claims.last_speaker(start)
        if prev is None or self.claims.covered(start, end):
            return
        from claimcheck.extract.claims import carried

        self.claims.add("direct", (start, end), carried(prev), None, sent)

    # -- sources -----------------------------------------------------------------------------------

    def _skip_aux_back(self, k: int, sent: DocSpan) -> int:
        while k >= sent.start and (self.doc[k].lower_ in self.lex.aux or self._adverb(k)):
            k -= 1
        return k

    def _adverb(self, k: int) -> bool:
        t = self.doc[k]
        return t.is_lower and t.text.endswith("ly") and len(t.text) > 4 and \
            t.lower_ not in self.lex.adverbs

    def _left_np(self, i: int, sent: DocSpan) -> tuple[int, int] | None:
        """The source phrase before the cue at ``i``: token range, or None."""
        doc = self.doc
        k = self._skip_aux_back(i - 1, sent)
        if k < sent.start:
            return None
        if doc[k].text == ",":
            return self._interrupted(k, sent)
        if doc[k].text[0] in CLOSING_QUOTES and k - 1 > sent.start and doc[k - 1].text == ",":
            # "Trump, who has called tariffs “the most beautiful word,” said": the comma that
            # closes the who-clause stands inside the quotation marks
            return self._interrupted(k - 1, sent, quoted=True)
        if doc[k].lower_ == "and":
            return None
        hi = k + 1
        lo = self._np_start(hi, sent)
        if lo >= hi:
            return None
        return self._np_trim(lo, hi)

    def _np_start(self, hi: int, sent: DocSpan) -> int:
        doc = self.doc
        lo = hi
        while lo > sent.start and hi - lo < 12:
            t = doc[lo - 1]
            if t.text in PUNCT or t.text[0] in OPENING_QUOTES + CLOSING_QUOTES or \
                    (t.lower_ in self.lex.stops and not (t.is_title and lo - 1 > sent.start)) or \
                    (t.lower_ in RELATIVES and not t.is_upper) or \
                    (lo - 1 < hi - 1 and self._cue_word(lo - 1)):
                break
            lo -= 1
        return lo

    def _cue_word(self, k: int) -> bool:
        """A reporting verb (not a noun of the same form: "report", "claims") at ``k``."""
        word = self.doc[k].lower_
        entry = self.lex.cues.forms.get(word)
        if entry is None or entry.role != "verb":
            return False
        return not any(word in heads for heads in self.lex.gaz.heads.values())

    def _np_trim(self, lo: int, hi: int) -> tuple[int, int] | None:
        doc = self.doc
        if doc[lo].lower_ in PREPOSITIONS and doc[lo].lower_ != "the":
            # "In a phone call on Tuesday Trump said": keep the trailing capitalized run
            k = hi
            while k > lo and (doc[k - 1].is_title or doc[k - 1].is_upper):
                k -= 1
            if k == hi:
                return None
            lo = k
        for m in range(lo + 1, hi):  # "a memo seen by Reuters": the participle ends the phrase
            w = doc[m].lower_
            documents = self.lex.gaz.heads.get("document", ())
            if w in self.lex.doc_mods and doc[m - 1].lower_ in documents and \
                    not (w in self.lex.keep_by and m + 1 < hi and doc[m + 1].lower_ == "by"):
                hi = m
                break
        return (lo, hi) if hi > lo else None

    def _interrupted(self, comma: int, sent: DocSpan, quoted: bool = False
                     ) -> tuple[int, int] | None:
        """"X, who ..., said" / "X, a lawyer, said" / "Mosul's mayor, Name, said"; with
        ``quoted``, a who-clause holding a quotation ("X, who called it “...,” said")."""
        doc = self.doc
        c0 = comma - 1
        while c0 > sent.start and doc[c0].text != "," and comma - c0 < 30:
            if doc[c0].text in ".;:":
                return None
            quoted = quoted or doc[c0].text[0] in OPENING_QUOTES + CLOSING_QUOTES
            c0 -= 1
        if c0 <= sent.start or doc[c0].text != ",":
            return None
        seg = (c0 + 1, comma)
        if quoted and doc[seg[0]].lower_ not in ("who", "which"):
            return None  # a quotation between commas is no apposition
        lo1 = self._np_start(c0, sent)
        # "Sen. Mitch McConnell, R-Ky., who ...": the name before the party label (read from the
        # tokens, not the noun phrase: the "I" of "I-Vt." would end a noun phrase as a pronoun)
        party = next((k for k in range(c0 - 1, max(sent.start, c0 - 5), -1)
                      if doc[k - 1].text == "," and
                      PARTY_TAG.fullmatch("".join(t.text for t in doc[k:c0]))), None)
        if party is not None:
            c0 = party - 1
            lo1 = self._np_start(c0, sent)
        np1 = self._np_trim(lo1, c0) if lo1 < c0 else None
        first = doc[seg[0]]
        if np1 is None:
            return None
        if first.lower_ in RELATIVES or (first.is_lower and first.lower_.endswith("ing")):
            return np1
        if first.is_lower and (first.lower_ in self.lex.question_verbs or
                               first.lower_ in ("quoted", "interviewed", "reached", "contacted")):
            return np1  # "Peskov, asked by reporters whether ..., said"
        if any(self._cue_word(x) for x in range(*seg)):
            return None  # "..., the official said, adding that": a trailing attribution
        if first.lower_ in self.lex.doc_mods and \
                self.lex.gaz.head_kind(doc[c0 - 1].lower_) == "document":
            return np1  # "The lawsuit, filed in federal court in Manhattan, alleges that"
        if self._is_name(*seg) and not self._is_name(*np1):
            return seg
        if first.lower_ in ("a", "an", "the") or self._is_name(*seg) or self._is_name(*np1):
            return np1
        return None

    def _is_name(self, lo: int, hi: int) -> bool:
        toks = [t for t in self.doc[lo:hi] if t.text not in ("-", "'s")]
        return bool(toks) and all(t.text[0].isupper() or t.lower_ in ("al", "bin", "de", "van",
                                                                        "von", "el", "abu")
                                  for t in toks)

    def _source_left(self, cand: Candidate, sent: DocSpan, allow_carry: bool = True
                     ) -> Source | None:
        from claimcheck.extract.claims import carried

        if cand.orphan:
            prev = self._speaker_before(cand, sent)
            return carried(prev) if prev is not None else None
        apposed = self._apposed_speaker(cand, sent)
        if apposed is not None:
            return carried(apposed)
        if cand.left is not None:
            lo, hi = cand.left
            if hi - lo == 1 and self.doc[lo].lower_ in self.lex.pronouns and cand.rel is not None:
                # "The fund cut its forecast for China, which it said faced ...": the pronoun is
                # the sentence's subject when that is named
                named = self._named_subject(sent, cand.rel, self.doc[lo].lower_)
                if named is not None:
                    named.meta["resolved_pronoun"] = self.doc[lo].lower_
                    return named
            if hi - lo == 1 and self.doc[lo].lower_ in self.lex.pronouns:
                prev = self._pronoun_speaker(self.doc[cand.i].idx, self.doc[lo].lower_)
                asked = self._addressee(cand, prev)
                if asked is not None:
                    asked.meta["resolved_pronoun"] = self.doc[lo].lower_
                    return asked
                if prev is None:
                    return None
                return carried(prev, resolved_pronoun=self.doc[lo].lower_)
            hi = self._drop_time(lo, hi)
            return self._described(lo, hi, cand) or self._make_source(lo, hi)
        if not allow_carry:
            return None
        before = self._skip_aux_back(cand.i - 1, sent)
        if before >= sent.start and self.doc[before].text == "," and \
                (cand.entry is None or cand.entry.role != "participle"):
            return None  # "X, who ... (too long to parse), said": no speaker to carry over
        covering = self.claims.covering(self.doc[cand.i].idx)
        if covering is not None and not cand.starter:
            return None  # a verb inside another claim's content without a subject: no claim
        prev = self.claims.last_speaker(self.doc[cand.i].idx)
        entry = cand.entry
        quoted = self._quoted_as(cand, sent)
        if quoted is not None:
            return quoted
        if entry is not None and entry.role == "participle" and (
                prev is None or self.claims.view_content[prev.id][1] < sent.start_char):
            # "Labour leader James Porter attacked the budget, saying: ...": the sentence's subject
            subject = self._sentence_subject(sent, cand.i)
            if subject is not None:
                return self._make_source(*subject)
        if self.doc[sent.start].lower_ in self.lex.pronouns:
            # "She declined to rule it out, but said ...": the sentence's pronoun
            asked = self._addressee(cand, prev)
            if asked is not None:
                asked.meta["resolved_pronoun"] = self.doc[sent.start].lower_
                return asked
        return carried(prev) if prev is not None else None

    def _note_questions(self, sent: DocSpan) -> None:
        """Remember who a reported question was put to ("Reporters asked Finance Minister
        Laura Beckett whether ..."): the question is no claim, but the answer's pronoun is
        theirs."""
        doc = self.doc
        for t in sent:
            if t.lower_ not in self.lex.question_verbs:
                continue
            if any(doc[q].lower_ in self.lex.question_words
                   for q in range(t.i + 1, min(t.i + 10, sent.end))):
                self._questions.add(sent.start)
            lo = t.i + 1
            if lo >= sent.end or not (doc[lo].text[:1].isupper() or
                                      doc[lo].lower_ in ("the", "a", "an")):
                continue  # "asked whether", "asked him whether": no name to keep
            for hi in range(lo + 1, min(lo + 9, sent.end)):
                if doc[hi].lower_ in self.lex.question_words:
                    trimmed = self._np_trim(lo, hi)
                    if trimmed is not None:
                        self._asked.append((self._sent_no, t.idx, trimmed))
                    break
                if doc[hi].text in PUNCT or self._cue_word(hi):
                    break

    def _addressee(self, cand: Candidate, prev: Claim | None) -> Source | None:
        """The person last asked a question, when that was in this sentence or the one before
        and after the last speaker's claim began."""
        at = self.doc[cand.i].idx
        for no, offset, (lo, hi) in reversed(self._asked):
            if offset >= at:
                continue
            if self._sent_no - no > 1 or (
                    prev is not None and self.claims.view_content[prev.id][0] > offset):
                return None
            return self._make_source(lo, hi)
        return None

    def _described(self, lo: int, hi: int, cand: Candidate) -> Source | None:
        """"Volkswagen said ... The company added that ...", "The Defence Ministry said ... The
        ministry said": "the" + a body's noun is the body that spoke in this sentence or the two
        before, when that body's name holds the noun, or it is a bare name and the verb goes on
        ("added"). The source keeps ``meta["resolved_description"]``."""
        from claimcheck.extract.claims import carried

        doc, gaz = self.doc, self.lex.gaz
        head = doc[hi - 1]
        kind = gaz.head_kind(head.lower_)
        if hi - lo != 2 or doc[lo].lower_ != "the" or not head.is_lower or \
                kind not in ("organization", "government"):
            return None
        prev = self.claims.last_speaker(doc[cand.i].idx, named_only=True)
        window = self._sent_starts[-3] if len(self._sent_starts) >= 3 else 0
        if prev is None or prev.source is None or prev.source.span is None or \
                self.claims.view_content[prev.id][1] < window or prev.source.meta.get("metonym"):
            return None
        words = prev.source.span.text.lower().split()
        # one capitalized word, no title or body noun: "Volkswagen", "Tesla"
        bare = len(words) == 1 and prev.source.span.text[:1].isupper() and \
            gaz.head_kind(words[0]) is None and gaz.entity(words) is None
        continues = cand.entry is not None and cand.entry.lemma == "add"
        if head.lower_ not in words and not (bare and kind == "organization" and continues):
            return None
        if bare and prev.source.type == "person":
            prev.source.type = kind  # type: ignore[assignment]  # the description types the name
        source = carried(prev, resolved_description=doc[lo:hi].text)
        source.type = kind  # type: ignore[assignment]
        return source

    def _drop_time(self, lo: int, hi: int) -> int:
        """``hi`` without a trailing time between subject and verb ("The Kremlin on Monday")."""
        doc = self.doc
        if hi - lo > 1 and doc[hi - 1].lower_ in self.lex.subject_times:
            k = hi - 1
            if k - lo > 1 and doc[k - 1].lower_ == "on":
                k -= 1
            if k > lo and doc[k - 1].text != ",":
                return k
        return hi

    def _quoted_as(self, cand: Candidate, sent: DocSpan) -> Source | None:
        """"Local media quoted a coast guard official as saying ...": the official speaks, the
        outlet is kept as ``via_outlet``."""
        doc = self.doc
        if cand.i - 1 <= sent.start or doc[cand.i - 1].lower_ != "as":
            return None
        for q in range(cand.i - 2, max(sent.start, cand.i - 14) - 1, -1):
            if doc[q].lower_ in ("quoted", "cited") and q - 1 >= sent.start and \
                    doc[q - 1].lower_ in self.lex.be:
                return self._quoted_passive(cand, sent, q)
            if doc[q].lower_ in ("quoted", "quotes", "cited", "cites"):
                source = self._make_source(q + 1, cand.i - 1)
                outlet = self._sentence_subject(sent, q)
                if source is not None and outlet is not None:
                    source.meta["via_outlet"] = doc[outlet[0]:outlet[1]].text
                return source
        return None

    def _named_subject(self, sent: DocSpan, before: int, pronoun: str | None = None
                       ) -> Source | None:
        """The sentence's opening subject as a source, when it names someone: more than one
        capitalized word or a source head ("The IMF", "The fund"), or a known entity; for "it"
        and "they", a lone body's head too ("Police arrested three men, who they said ...")."""
        doc, gaz = self.doc, self.lex.gaz
        subject = self._sentence_subject(sent, before)
        if subject is None:
            return None
        heads = set().union(*gaz.heads.values())
        named = any(t.text[:1].isupper() or t.lower_ in heads
                    for t in doc[subject[0] + 1:subject[1]]) or \
            gaz.entity([t.lower_ for t in doc[subject[0]:subject[1]]]) is not None or \
            (pronoun in ("it", "they") and
             gaz.head_kind(doc[subject[1] - 1].lower_) in ("government", "organization"))
        return self._make_source(*subject) if named else None

    def _pronoun_speaker(self, before: int, pronoun: str) -> Claim | None:
        """The last speaker "he" or "she" can stand for: a body or a document cannot ("The
        IMF warned ... He told Reuters" is not the IMF's); other pronouns take the last one."""
        if pronoun == "it":
            return self._it_speaker(before)
        if pronoun not in ("he", "she"):
            return self.claims.last_speaker(before)
        for claim in reversed(self.claims.claims):
            if self.claims.view_content[claim.id][0] >= before or claim.parent:
                continue
            source = claim.source
            if source is None or source.span is None or source.type == "self":
                continue
            if source.type in ("person", "anonymous"):
                return claim
        return None

    def _it_speaker(self, before: int) -> Claim | None:
        """The last speaker "it" can stand for: a body, a country or a document, never a person
        ("John Smith said sales fell. It said ..." is not Smith's); from an earlier paragraph
        only when no one else spoke and no other body is named in between."""
        person = False
        for claim in reversed(self.claims.claims):
            start, end = self.claims.view_content[claim.id]
            source = claim.source
            if start >= before or claim.parent or source is None or source.span is None or \
                    source.type == "self":
                continue
            if self._clearly_person(source):
                person = True
                continue
            if self._paragraph_of(start) != self._paragraph_of(before) and (
                    person or self._names_body(self._next_sentence(end), before)):
                return None
            return claim
        return None

    def _clearly_person(self, source: Source) -> bool:
        """Whether a source is surely someone, not a body: people's heads ("officials"), a
        full name or title ("John Smith", "Defence Minister Israel Katz"), or a single name the
        article gives in full elsewhere ("Musk" after "Elon Musk"). A lone unknown name
        ("Hamas said", "Amazon said") is typed a person by default, but "it" may stand for it."""
        if source.type == "anonymous":
            return True
        if source.type != "person" or source.span is None:
            return False
        words = source.span.text.split()
        if len(words) != 1:
            return True
        name = words[0].lower()
        return any(t.lower_ == name and t.i > 0 and self.doc[t.i - 1].is_title and
                   self.doc[t.i - 1].is_alpha and
                   self.doc[t.i - 1].lower_ not in self.lex.stops | DETERMINERS
                   for t in self.doc)

    def _paragraph_of(self, offset: int) -> int:
        for n, paragraph in enumerate(self.analysis.paragraphs):
            if offset < paragraph.end_char:
                return n
        return len(self.analysis.paragraphs)

    def _next_sentence(self, offset: int) -> int:
        return next((s for s in self._sent_starts if s >= offset), offset)

    def _names_body(self, start: int, end: int) -> bool:
        """Whether view ``[start, end)`` names a body "it" could stand for instead: a head word
        ("the European Union", "the ministry") or a known entity that is no person."""
        gaz = self.lex.gaz
        words = [t.lower_ for t in self.doc if start <= t.idx < end]
        for n, word in enumerate(words):
            if gaz.head_kind(word) in ("government", "organization"):
                return True
            for size in range(1, gaz.longest + 1):
                entity = gaz.entity(words[n:n + size])
                if entity is not None and entity.type != "person":
                    return True
        return False

    def _quoted_passive(self, cand: Candidate, sent: DocSpan, q: int) -> Source | None:
        """"The minister was quoted (by state news agency SPA) as saying ...": the subject
        speaks, the agent is kept as ``via_outlet``, and the cue is "was quoted"."""
        doc = self.doc
        be = q - 1
        while be - 1 >= sent.start and (doc[be - 1].lower_ in self.lex.be or
                                        doc[be - 1].lower_ in self.lex.aux):
            be -= 1  # "has been quoted", "was also quoted"
        lo = self._np_start(be, sent)
        trimmed = self._np_trim(lo, be) if lo < be else None
        if trimmed is None or (trimmed[1] - trimmed[0] == 1 and
                               doc[trimmed[0]].lower_ in self.lex.pronouns):
            return None  # "He was quoted as saying": the pronoun is resolved as any other
        source = self._make_source(*trimmed)
        if source is None:
            return None
        if q + 2 < cand.i - 1 and doc[q + 1].lower_ == "by":
            source.meta["via_outlet"] = doc[q + 2:cand.i - 1].text
        cand.cue_span = (be, q + 1)
        return source

    def _sentence_subject(self, sent: DocSpan, before: int) -> tuple[int, int] | None:
        """The noun phrase that opens the sentence: determiners, capitalized words, titles and
        source heads, up to the first other word."""
        doc, gaz = self.doc, self.lex.gaz
        heads = set().union(*gaz.heads.values())
        k = sent.start
        while k < before and (doc[k].text[:1].isupper() or doc[k].lower_ in gaz.determiners
                              or doc[k].lower_ in heads or doc[k].text in ("'s", "’s", "-")):
            k += 1
        if k == sent.start + 1 and doc[sent.start].lower_ in self.lex.pronouns:
            return None  # "He is quoted as saying": no name to give
        return (sent.start, k) if k > sent.start else None

    def _source_right(self, cand: Candidate, sent: DocSpan) -> Source | None:
        """"..., said Defence Minister Reza Karimi, standing in his field."""
        doc = self.doc
        lo = cand.end
        hi = lo
        while hi < sent.end and hi - lo < 12:
            t = doc[hi]
            if t.text in PUNCT or t.text[0] in OPENING_QUOTES + CLOSING_QUOTES:
                break
            if hi > lo and self._inverted_end(hi):
                break
            hi += 1
        if hi == lo:
            return None
        if hi - lo == 1 and doc[lo].lower_ in self.lex.pronouns:
            return None
        return self._make_source(lo, hi)

    def _inverted_end(self, k: int) -> bool:
        """Whether a source after its cue ends at ``k`` ("said X on Tuesday", "said X in a
        statement"); "the chief economist at an Istanbul bank" goes on."""
        doc = self.doc
        w = doc[k].lower_
        if w in ("on", "yesterday", "today", "tonight", "late", "earlier", "last", "during",
                 "via", "through", "when", "while", "after", "before"):
            return True
        nxt = doc[k + 2].lower_ if k + 2 < len(doc) else ""
        return w == "in" and nxt in self.lex.statement_words | {"interview", "briefing"}

    def _make_source(self, lo: int, hi: int) -> Source | None:
        from claimcheck.extract.sources import type_source
        from claimcheck.model import Source

        doc = self.doc
        while lo < hi and doc[lo].text in ("-", "–", "—", "'", "‘", "’"):
            lo += 1  # "SEOUL (Reuters) - Kim Yo Jong ... said": the dateline's dash
        if hi <= lo:
            return None
        span = doc[lo:hi]
        words = [t.lower_ for t in span if t.text not in ("'s", "’s")]
        gaz = self.lex.gaz
        while words and words[0] in gaz.determiners and len(words) > 1:
            words = words[1:]
        head = len(words) - 1
        for n, w in enumerate(words):
            if n > 0 and (w in PREPOSITIONS or (w in RELATIVES and w != "who")
                          or w in ("familiar", "close")
                          or w in self.lex.doc_mods):
                head = n - 1
                # "Residents reached by telephone": the last known head before the modifier
                known = [m for m in range(n) if gaz.head_kind(words[m]) is not None]
                if known and gaz.head_kind(words[head]) is None:
                    head = known[-1]
                break
        printed = [t.text for t in span if t.text not in ("'s", "’s")]
        printed = printed[-len(words):] if words else []
        typed = type_source(words, span.text, gaz, head=head, printed=printed)
        if typed.type == "person" and span[-1].text[:1].isupper():
            # "the monitoring group DeepState", "state news agency SPA": the body's noun before
            # its name types it (a title before a name makes a person, and is found first)
            kind = next((k for k in map(gaz.head_kind, reversed(words[:-1])) if k), None)
            if kind in ("organization", "government"):
                typed.type = kind
        if typed.type == "person" and span[-1].is_upper and len(span[-1]) > 2 and \
                all(t.lower_ in gaz.determiners for t in span[:-1]):
            typed.type = "organization"  # an acronym: "SOMO", "the IOM"
        if typed.type == "person" and not any(t.text[:1].isupper() for t in span) and \
                gaz.head_kind(words[head]) is None:
            typed.type = "anonymous" if words[head].endswith("s") else "person"
        return Source(typed.type, typed.name, self.analysis.span(span), typed.meta)  # type: ignore[arg-type]

    def _agentless(self) -> Source:
        from claimcheck.extract.claims import agentless

        return agentless()

    # -- what follows the cue ----------------------------------------------------------------------

    def _skip_object(self, j: int, sent: DocSpan) -> int:
        """"told Reuters", "told reporters", "told a news conference", "assured its partners"."""
        doc = self.doc
        k = j
        if k < sent.end and doc[k].lower_ in DETERMINERS | {"state"}:
            k += 1
            while k < sent.end and k - j < 5 and doc[k].text not in PUNCT and \
                    doc[k].text[0] not in OPENING_QUOTES and doc[k].lower_ != "that" and \
                    (k == j + 1 or doc[k].lower_ not in self.lex.complements):
                k += 1
                if doc[k - 1].is_lower and k < sent.end and doc[k].is_lower and \
                        doc[k - 1].lower_ in self.lex.addressees:
                    break
                if k < sent.end and doc[k].lower_ in DETERMINERS and \
                        (doc[k - 1].is_title or doc[k - 1].is_upper):
                    break  # "told the BBC the numbers were ...": the content's determiner
        elif k < sent.end and (doc[k].is_title or doc[k].is_upper):
            while k < sent.end and (doc[k].is_title or doc[k].is_upper) and \
                    doc[k].text not in PUNCT:
                k += 1
        elif k < sent.end and doc[k].text not in PUNCT and doc[k].lower_ != "that":
            k += 1
            for t in range(k, min(k + 6, sent.end)):  # "told local radio station WXYZ the"
                if doc[t].text in PUNCT or doc[t].lower_ == "that" or self._cue_word(t):
                    break
                if doc[t].lower_ in {"the", "a", "an"} | self.lex.pronouns and \
                        (doc[t - 1].is_title or doc[t - 1].is_upper):
                    k = t
                    break
        for t in range(k, min(k + 8, sent.end)):  # an object longer than that: up to "that"
            if doc[t].lower_ == "that":
                return t
            if doc[t].text in PUNCT:
                break
        return k

    def _skip_complements(self, j: int, sent: DocSpan) -> tuple[int, dict[str, Any]]:
        """Skip "on Tuesday", "in a statement", "to reporters" after the cue."""
        doc = self.doc
        meta: dict[str, Any] = {}
        for t in range(j, min(j + 10, sent.end)):  # "said on Tuesday in a statement that"
            if doc[t].lower_ == "that":
                if all(doc[x].text not in PUNCT or doc[x].text == "-" for x in range(j, t)) and \
                        (t == j or doc[j].lower_ in self.lex.complements):
                    if any(doc[x].lower_ in self.lex.statement_words for x in range(j, t)):
                        meta["via"] = "statement"
                    return t, meta
                break
            if doc[t].text in PUNCT or doc[t].text[0] in OPENING_QUOTES:
                break
        k = j
        media = self.lex.statement_words | self.lex.media_words
        k = self._skip_anonymity(k, sent)
        while k < sent.end and doc[k].lower_ in self.lex.complements and doc[k].lower_ != "that":
            if self._skip_anonymity(k, sent) > k:
                k = self._skip_anonymity(k, sent)
                continue
            if k + 1 < sent.end and doc[k + 1].text in ("'s", "’s"):
                break  # "Officials said Thursday's meeting ...": the day owns a noun
            if k + 1 < sent.end and doc[k].lower_ == "at" and doc[k + 1].lower_ in ("least",
                                                                                   "most"):
                break  # "said at least 1,200 civilians had been killed": the content's
            k += 1
            if k < sent.end and doc[k - 1].lower_ in ("last", "this", "next", "late", "early") \
                    and doc[k].lower_ in self.lex.time_nouns:
                k += 1  # "warned last month", "said late Monday"
            if doc[k - 1].lower_ not in PREPOSITIONS:
                continue  # "said Tuesday the death toll ...": a time word takes no phrase
            for ahead in range(k, min(k + 5, sent.end)):  # "in its monthly report"
                if doc[ahead].text in PUNCT or doc[ahead].lower_ == "that":
                    break
                if doc[ahead].lower_ in media:
                    if doc[ahead].lower_ in self.lex.statement_words:
                        meta["via"] = "statement"
                    k = ahead + 1
                    break
            while k < sent.end and (doc[k].lower_ in ("a", "an", "the", "his", "her", "its",
                                                      "their", "news", "joint", "written")
                                    or doc[k].is_title or doc[k].like_num
                                    or doc[k].lower_ in self.lex.statement_words
                                    or doc[k].lower_ in self.lex.addressees
                                    or doc[k].lower_ in ("interview", "conference", "briefing",
                                                         "twitter", "x", "television", "radio",
                                                         "morning", "evening", "night",
                                                         "afternoon", "week", "month", "year")):
                if doc[k].lower_ in ("a", "an", "the", "his", "her", "its", "their") and \
                        doc[k - 1].lower_ not in PREPOSITIONS:
                    break  # "told reporters on Monday the deal was close": content starts
                if doc[k].lower_ in self.lex.statement_words:
                    meta["via"] = "statement"
                k += 1
            k = self._skip_medium_modifier(k, sent, media)
        return self._skip_anonymity(k, sent), meta

    def _skip_anonymity(self, k: int, sent: DocSpan) -> int:
        """Past "on condition of anonymity", "on background", "by telephone" at ``k``, and
        past "from" and a place name that the clause's end or "that" follows ("told AFP from
        Gaza City")."""
        doc = self.doc
        words = [t.lower_ for t in doc[k:min(k + 8, sent.end)]]
        for phrase in self.lex.anonymity:
            if tuple(words[:len(phrase)]) == phrase:
                return self._skip_anonymity(k + len(phrase), sent)
        if words[:1] == ["from"]:
            n = k + 1
            while n < sent.end and n - k <= 4 and doc[n].is_title and doc[n].is_alpha and \
                    doc[n].lower_ not in self.lex.stops:
                n += 1
            if n > k + 1 and (n >= sent.end or doc[n].text in PUNCT or doc[n].lower_ == "that"):
                return n
        return k

    def _skip_medium_modifier(self, k: int, sent: DocSpan, media: set[str]) -> int:
        """Past "released on Thursday" / "issued by its press office" after "in a report", and
        past ", formerly Twitter," after "on X": the medium's own modifiers, not the content."""
        doc = self.doc
        if k >= sent.end or k == 0:
            return k
        if doc[k].lower_ in self.lex.doc_mods and doc[k - 1].lower_ in media:
            k += 1
            if k < sent.end and doc[k].lower_ == "by":
                k += 1
                while k < sent.end and doc[k].text not in PUNCT and doc[k].lower_ != "that" \
                        and doc[k].lower_ not in self.lex.complements:
                    k += 1
        elif doc[k].text == "," and k + 1 < sent.end and doc[k + 1].lower_ == "formerly":
            close = next((t for t in range(k + 2, min(k + 8, sent.end)) if doc[t].text == ","),
                         None)
            if close is not None:
                k = close + 1
        return k

    # -- quotations --------------------------------------------------------------------------------

    def _in_quote(self, offset: int) -> bool:
        from claimcheck.extract.quotes import quote_at

        quote = quote_at(self.quotes, offset)
        return quote is not None and quote.start != offset

    def _quote_ending_at(self, offset: int) -> Quote | None:
        text = self.analysis.text
        k = offset
        while k > 0 and text[k - 1] in " ,\u00a0":
            k -= 1
        for quote in self.quotes:
            if quote.end == k:
                return quote
        return None

    def _quote_before(self, cand: Candidate, sent: DocSpan) -> Quote | None:
        """The quotation that ends right before the source phrase (or the cue)."""
        lo = cand.left[0] if cand.left else cand.i
        quote = self._quote_ending_at(self.doc[lo].idx)
        if quote is not None and quote.end <= sent.start_char and \
                not self._closes_sentence(self._cue_tail(cand, sent), sent):
            # a quotation closing the sentence before is not what a cue with content of its own
            # reports ('... "not qualified." The nominee, who ..., has said the allegations are
            # false'); '"A great day!" Trump posted on Truth Social.' is the quotation's
            return None
        return quote

    # -- claims ------------------------------------------------------------------------------------

    def _add(self, kind: str, content: tuple[int, int], source: Source, cand: Candidate,
             sent: DocSpan, meta: dict[str, Any] | None = None, refine: bool = False
             ) -> Claim | None:
        start, end = self.claims.trim(*content)
        parent = self.claims.covering(self.doc[cand.i].idx)
        if cand.starter or (parent is not None and start < self.claims.view_content[parent.id][0]):
            parent = None
        if refine and kind in ("indirect", "according_to"):
            inside = [q for q in self.quotes if start <= q.start and q.end <= end + 1]
            if inside and inside[0].start == start:
                # content that opens with a quotation is that quotation ("agreed that “...” in
                # Yemen": the trailing words are the reporter's)
                # (a quotation that is all of it keeps the indirect frame: mixed)
                # at the top level (nested claims report the quotation itself: direct)
                exact = inside[0].end >= end and parent is None
                if kind == "indirect":
                    kind = "mixed" if exact else "direct"
                start, end = inside[0].inner
            elif inside and kind == "indirect":
                kind = "mixed"
        self._cue_offsets.append(self.doc[cand.i].idx)
        return self.claims.add(kind, (start, end), source, self._cue(cand), sent,
                        parent=parent.id if parent else None, meta=meta)

    def _cue(self, cand: Candidate) -> Cue:
        from claimcheck.model import Cue

        lo, hi = cand.cue_span or (cand.i, cand.end)
        first, last = self.doc[lo], self.doc[hi - 1]
        entry = cand.entry
        if cand.kind == "ACCORDING":
            lemma, stance = " ".join(t.lower_ for t in self.doc[cand.i:cand.end]), "neutral"
        elif cand.kind == "ADVERB":
            lemma, stance = first.lower_, "doubtful"
        else:
            assert entry is not None
            lemma, stance = entry.lemma, entry.stance
        return Cue(self.analysis.span(first.idx, last.idx + len(last.text)), lemma, stance)  # type: ignore[arg-type]

    # -- unattributed ------------------------------------------------------------------------------

    def checkable(self, sent: DocSpan) -> bool:
        toks = [t for t in sent if not t.is_space and not t.is_punct]
        if len(toks) < 4 or sent.start in self._questions:
            return False  # "Lawmakers asked whether ...": a question asserts nothing
        if any(sent.start_char <= o < sent.end_char for o in self._cue_offsets):
            return False  # "“A great day!” ¶ Trump posted on X.": the attribution itself
        if any(t.like_num or any(c.isdigit() for c in t.text) for t in toks):
            return True
        for time in self.analysis.times:
            offsets = self.analysis.view_offsets(time.span)
            if offsets and sent.start_char <= offsets[0] < sent.end_char:
                return True
        if any(t.text[0].isupper() for t in toks[1:]):
            return True
        gaz = self.lex.gaz
        return any(t.lower_ in gaz.places or gaz.entity([t.lower_]) for t in toks)
