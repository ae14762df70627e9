"""What every rule-pack rule shares: identity, message, severity, examples, claim conditions.

A rule kind (one module in claimcheck.rulepacks.kinds) subclasses :class:`PackRule`, reads its own
fields in ``parse`` and finds matches in ``check``. Heavy parts (spaCy matchers, phrase indexes)
are built on first use, so loading a pack for `claimcheck rules list` imports no spaCy.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from claimcheck.model import Claim, Example, Finding, Rule, Span
from claimcheck.rulepacks.claimfilter import ClaimFilter

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimcheck.analyze.analysis import Analysis
    from claimcheck.rulepacks.fields import Fields

CLAIM_PLACEHOLDERS = ("source", "cue", "content", "kind", "stance", "source_type")


@dataclass
class PackRule:
    id: str
    description: str
    severity: str
    message: str
    langs: tuple[str, ...]
    origin: str  # "path/pack.yaml:LINE"
    pack: str
    help_url: str | None = None
    flag: list[Example] = field(default_factory=list)
    pass_: list[Example] = field(default_factory=list)
    when: ClaimFilter | None = None
    unless: ClaimFilter | None = None

    KIND: ClassVar[str] = ""
    ALIASES: ClassVar[tuple[str, ...]] = ()
    SUMMARY: ClassVar[str] = ""  # one line for docs and `rules show`
    PLACEHOLDERS: ClassVar[tuple[str, ...]] = ("match",)
    DEFAULT_MESSAGE: ClassVar[str] = "'{match}'"
    DEFAULT_SEVERITY: ClassVar[str] = "warning"

    # -- loading ---------------------------------------------------------------------------------

    @classmethod
    def parse(cls, f: Fields, common: dict[str, Any]) -> PackRule:
        """Build the rule from its fields; subclasses read theirs and call this with extras."""
        raise NotImplementedError

    @classmethod
    def common(cls, f: Fields, pack: str, pack_help: str | None) -> dict[str, Any]:
        """The fields every kind has, read and checked."""
        placeholders = (*cls.PLACEHOLDERS, *CLAIM_PLACEHOLDERS, "suggestion", "note", "tier",
                        "name")
        when = ClaimFilter.parse(f, "when")
        unless = ClaimFilter.parse(f, "unless")
        return dict(
            id=f.rule_id,
            description=f.require("description", str).strip(),
            severity=f.severity(cls.DEFAULT_SEVERITY),
            message=f.message(cls.DEFAULT_MESSAGE, placeholders),
            origin=f.node.where(),
            pack=pack,
            help_url=f.get("help_url", pack_help, str),
            when=when,
            unless=unless,
        )

    def to_rule(self) -> Rule:
        return Rule(id=self.id, description=self.description, severity=self.severity,  # type: ignore[arg-type]
                    flag=list(self.flag), pass_=list(self.pass_), help_url=self.help_url,
                    origin=self.origin, langs=self.langs)

    def compile(self) -> None:
        """Build and validate what needs spaCy (matchers); ConfigError when it refuses."""

    # -- checking --------------------------------------------------------------------------------

    def check(self, analysis: Analysis) -> Iterable[Finding]:
        raise NotImplementedError

    def applies(self, analysis: Analysis) -> bool:
        return analysis.lang in self.langs

    def claim_ok(self, claim: Claim, analysis: Analysis) -> bool:
        """Whether the rule's ``when`` / ``unless`` conditions let it speak about ``claim``."""
        if self.when is not None and not self.when.matches(claim, analysis):
            return False
        return not (self.unless is not None and self.unless.matches(claim, analysis))

    def finding(self, span: Span | None, claims: list[Claim], **values: Any) -> Finding:
        claim = claims[0] if claims else None
        slots = dict.fromkeys(("match", "suggestion", "note", "tier", "name"), "")
        slots.update(claim_values(claim))
        slots.update({k: "" if v is None else v for k, v in values.items()})
        data = {k: v for k, v in values.items() if v not in (None, "")}
        data["pack"] = self.pack
        if self.help_url:
            data["help_url"] = self.help_url
        return Finding(rule=self.id, message=self.message.format_map(slots),
                       severity=self.severity, span=span,  # type: ignore[arg-type]
                       claims=[c.id for c in claims], data=data)

    def span_findings(self, analysis: Analysis, spans: Iterable[tuple[Span, dict[str, Any]]]
                      ) -> list[Finding]:
        """Findings for matches in the text, linked to the claims around them.

        With ``when``, only matches inside a claim that meets it (and not ``unless``) count; with
        ``unless`` alone, matches anywhere count except inside a claim that meets ``unless``.
        """
        out = []
        for span, values in spans:
            around = [c for c in analysis.claims if _region(c).contains(span)]
            if self.when is not None:
                around = [c for c in around if self.claim_ok(c, analysis)]
                if not around:
                    continue
            elif self.unless is not None and any(self.unless.matches(c, analysis)
                                                 for c in around):
                continue
            out.append(self.finding(span, around, **values))
        return out


def claim_values(claim: Claim | None) -> dict[str, str]:
    if claim is None:
        return dict.fromkeys(CLAIM_PLACEHOLDERS, "")
    return {
        "source": claim.source.span.text if claim.source and claim.source.span else (
            claim.source.name if claim.source else ""),
        "source_type": claim.source.type if claim.source else "",
        "cue": claim.cue.span.text if claim.cue else "",
        "stance": claim.cue.stance if claim.cue else "",
        "content": claim.content.text,
        "kind": claim.kind,
    }


def _region(claim: Claim) -> Span:
    """The stretch a claim covers: its sentence, or source, cue and content together."""
    spans = [s for s in (claim.sentence, claim.content, claim.cue.span if claim.cue else None,
                         claim.source.span if claim.source else None) if s is not None]
    start, end = min(s.start for s in spans), max(s.end for s in spans)
    return Span(start, end, "")


def doc_range(analysis: Analysis, span: Span) -> tuple[int, int] | None:
    """The doc tokens [start, end) covering an article span, or None outside the analysed text."""
    view = analysis.view_offsets(span)
    if view is None:
        return None
    doc: Doc = analysis.doc
    piece = doc.char_span(view[0], view[1], alignment_mode="expand")
    return (piece.start, piece.end) if piece is not None else None
