"""What the attribution module knows about one article: lexicon, matches, sentences, token helpers.

Built once per article on first use and kept in ``analysis.data["claimcheck_attribution"]``, so the
check, score and summary hooks share one reading of the text. spaCy objects here are in view
coordinates; every model span is made with ``analysis.span``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from claimcheck_attribution import lexicon as lexicons
from claimcheck_attribution.matching import Match, find, forms, in_set, stem

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

    from claimcheck.analyze.analysis import Analysis
    from claimcheck.model import Claim, Span

PLUGIN = "claimcheck_attribution"
DAMMA = "\u064f"


@dataclass
class Context:
    analysis: Analysis
    lexicon: lexicons.Lexicon
    matches: dict[str, list[Match]]
    assessments: dict[int, Any] = field(default_factory=dict)  # id(claim) -> Assessment
    backed: dict[tuple[str, ...], bool] = field(default_factory=dict)
    memo: dict[Any, Any] = field(default_factory=dict)  # per-article values the checks share

    @property
    def doc(self) -> Doc:
        return self.analysis.doc

    @property
    def lang(self) -> str:
        return self.lexicon.lang

    # -- coordinates -----------------------------------------------------------------------------

    def tokens(self, span: Span | None) -> DocSpan | None:
        """The doc tokens covering an article span; None when it lies outside the analysed text."""
        if span is None:
            return None
        offsets = self.analysis.view_offsets(span)
        if offsets is None:
            return None
        return self.doc.char_span(offsets[0], offsets[1], alignment_mode="expand")

    def span(self, start: int, end: int) -> Span:
        """The article span of doc tokens [start, end)."""
        return self.analysis.span(self.doc[start:end])

    def sentence(self, token_i: int) -> DocSpan:
        return self.doc[token_i].sent

    def next_sentence(self, sent: DocSpan) -> DocSpan | None:
        """The sentence after ``sent`` when it is in the same paragraph."""
        if sent.end >= len(self.doc):
            return None
        token = self.doc[sent.end]
        last = self.doc[sent.end - 1]  # a line break may close a sentence, not open the next
        if "\n" in token.text or "\n" in last.text or "\n" in last.whitespace_:
            return None
        return token.sent

    def previous_sentence(self, sent: DocSpan) -> DocSpan | None:
        """The sentence before ``sent`` when it is in the same paragraph."""
        if sent.start == 0:
            return None
        token = self.doc[sent.start - 1]
        if "\n" in token.text or "\n" in token.whitespace_:
            return None
        return token.sent

    # -- lexicon ---------------------------------------------------------------------------------

    def found(self, group: str, start: int, end: int) -> list[Match]:
        """Matches of ``group`` lying inside tokens [start, end)."""
        return [m for m in self.matches.get(group, []) if start <= m.start and m.end <= end]

    def is_(self, set_name: str, token: Token) -> bool:
        key = (set_name, token.i)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = in_set(self.lexicon, set_name, token)
        return found

    def stem(self, token: Token) -> tuple[str, bool]:
        return stem(token.norm_, self.lang)

    def stem_index(self) -> dict[str, list[int]]:
        """Every token's stem -> its positions, built once: a phrase is looked up where its first
        word stands instead of comparing it at every position of the article."""
        index = self.memo.get("stems")
        if index is None:
            index = {}
            for token in self.doc:
                index.setdefault(self.stem(token)[0], []).append(token.i)
            self.memo["stems"] = index
        return index

    def positions(self, words: tuple[str, ...]) -> list[int]:
        """Where the stems ``words`` stand in a row in the article."""
        doc, n = self.doc, len(words)
        return [i for i in self.stem_index().get(words[0], []) if i + n <= len(doc)
                and all(self.stem(doc[i + k])[0] == words[k] for k in range(1, n))]

    def in_time(self) -> set[int]:
        """The token positions inside a time expression (a date's digits are not counts)."""
        key = ("in_time", len(self.analysis.times))  # times found after the first call count too
        found = self.memo.get(key)
        if found is None:
            spans = [self.tokens(t.span) for t in self.analysis.times]
            found = {t.i for ts in spans if ts is not None for t in ts}
            self.memo[key] = found
        return found

    def forms(self, token: Token) -> tuple[str, ...]:
        return forms(token)

    def voweled_passive(self, token: Token) -> bool:
        """A verb written with its passive damma (ذُكر، يُعتقد): the bare form would be active."""
        return DAMMA in token.text and self.is_("passive.voweled", token)

    def is_number(self, token: Token) -> bool:
        key = ("number", token.i)
        if key not in self.memo:
            # number words match with their clitics only, not their article: "الاثنين" is Monday
            words = self.lexicon.words.get("number", frozenset())
            self.memo[key] = (token.like_num or any(c.isdigit() for c in token.norm_)
                              or any(f in words for f in forms(token)))
        return self.memo[key]

    def setting(self, name: str, default: Any) -> Any:
        return self.lexicon.house.get(name, default)


def context(analysis: Analysis) -> Context:
    """The article's attribution context, built on first use."""
    ctx = analysis.data.get(PLUGIN)
    if isinstance(ctx, Context):
        return ctx
    settings = analysis.config.plugin_settings(PLUGIN)
    lex = lexicons.for_config(analysis.lang, settings)
    ctx = Context(analysis=analysis, lexicon=lex, matches=find(analysis.doc, lex))
    analysis.data[PLUGIN] = ctx
    return ctx


def claim_sentence(ctx: Context, claim: Claim) -> DocSpan | None:
    """The doc sentence a claim stands in (where its content starts)."""
    tokens = ctx.tokens(claim.sentence) or ctx.tokens(claim.content)
    if tokens is None or not len(tokens):
        return None
    return tokens[0].sent
