"""Shared test helpers: write a pack, and a stand-in claim extractor with exact spans.

The claim extractor is another module's job; rule kinds that read claims are tested here against
claims built by hand, so these tests say what the rule does whatever the extractor finds.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from claimcheck.hookspecs import hookimpl
from claimcheck.model import Claim, Cue, Source


def write_pack(folder: Path, body: str, header: str | None = None) -> Path:
    """A pack folder with pack.yaml = header + rules body (both dedented)."""
    folder.mkdir(parents=True, exist_ok=True)
    head = header if header is not None else 'name: test-pack\nversion: "1"\nlanguage: [ar, en]\n'
    (folder / "pack.yaml").write_text(textwrap.dedent(head) + textwrap.dedent(body),
                                      encoding="utf-8")
    return folder


class GivenClaims:
    """A plugin that turns ``{sentence: (source, source_type, cue, lemma, stance, content)}`` into
    claims at the exact places those pieces stand in the text."""

    def __init__(self, claims: dict[str, tuple[str | None, str, str | None, str, str, str]],
                 kind: str = "indirect") -> None:
        self.claims = claims
        self.kind = kind

    @hookimpl
    def claimcheck_extract_claims(self, analysis):
        out = []
        text = analysis.text
        for sentence, (source, stype, cue, lemma, stance, content) in self.claims.items():
            at = text.find(sentence)
            if at < 0:
                continue

            def span(piece: str, base: int = at):
                i = text.index(piece, base)
                return analysis.span(i, i + len(piece))

            out.append(Claim(
                id="", kind="unattributed" if source is None and cue is None else self.kind,
                content=span(content), sentence=span(sentence),
                source=Source(stype, source, span(source)) if source else None,  # type: ignore[arg-type]
                cue=Cue(span(cue), lemma, stance) if cue else None))  # type: ignore[arg-type]
        return out
