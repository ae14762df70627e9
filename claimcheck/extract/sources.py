"""Sources: the gazetteer of named sources and the typing of a source phrase.

A source phrase ("وزير الخارجية السعودي عادل الجبير", "a senior administration official",
"بيانات من البيت الأبيض والكرملين") gets a type and a normalized name from the data in
rules/lexicons/<lang>/sources.yaml: a named entity that matches the whole phrase gives its own
canonical name and type; otherwise the phrase's head word decides (document, anonymous, government,
organization heads; a title makes it a person). The language module says which word is the head
(the first in Arabic, the last before a preposition in English) and how words are normalized.

Conventions the rule modules rely on:

- ``Source.meta["metonym"] = True`` for a place or building standing for a government (Moscow, the
  Kremlin, البيت الأبيض) when it is the whole source;
- a document source ("بيان البيت الأبيض", "a statement from the ministry") has type "document" and
  ``Source.meta["issuer"]`` = the issuing institution's name;
- ``Source.meta["media"] = True`` for news agencies and outlets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any


@dataclass(frozen=True)
class Entity:
    name: str
    type: str
    metonym: bool = False
    media: bool = False


@dataclass
class Gazetteer:
    """The sources.yaml of one language, normalized for matching."""

    entities: dict[str, Entity]  # normalized phrase -> entity
    places: set[str]
    heads: dict[str, set[str]]  # kind -> normalized words
    issuer_links: set[str]
    determiners: set[str]
    longest: int = 1  # words in the longest entity phrase
    extra: dict[str, Any] = field(default_factory=dict)

    def entity(self, words: Sequence[str]) -> Entity | None:
        return self.entities.get(" ".join(words))

    def head_kind(self, word: str) -> str | None:
        for kind in ("document", "anonymous", "titles", "government", "organization"):
            if word in self.heads.get(kind, ()):
                return kind
        return None


@cache
def gazetteer(lang: str, normalize: Callable[[str], str]) -> Gazetteer:
    """The gazetteer of ``lang`` with every word passed through ``normalize`` (cached)."""
    from claimcheck.resources import lexicon

    data = lexicon(lang, "sources")
    entities: dict[str, Entity] = {}
    for raw in data.get("entities", []):
        entity = Entity(raw["name"], raw["type"], bool(raw.get("metonym")), bool(raw.get("media")))
        for phrase in [raw["name"], *raw.get("aliases", [])]:
            entities[_phrase(phrase, normalize)] = entity
    heads = {kind: {_phrase(w, normalize) for w in words}
             for kind, words in (data.get("heads") or {}).items()}
    return Gazetteer(
        entities=entities,
        places={_phrase(p, normalize) for p in data.get("places", [])},
        heads=heads,
        issuer_links={_phrase(w, normalize) for w in data.get("issuer_links", [])},
        determiners={_phrase(w, normalize) for w in data.get("determiners", [])},
        longest=max((len(k.split()) for k in entities), default=1),
    )


def _phrase(text: str, normalize: Callable[[str], str]) -> str:
    return " ".join(normalize(w) for w in str(text).split())


@dataclass
class Typed:
    """The outcome of typing a source phrase."""

    type: str
    name: str
    meta: dict[str, Any] = field(default_factory=dict)


def type_source(words: Sequence[str], display: str, gaz: Gazetteer, head: int,
                default: str = "person", printed: Sequence[str] | None = None) -> Typed:
    """Type a source phrase given its normalized ``words`` and the index of its ``head`` word.

    ``display`` is the name used when no entity gives a canonical one; ``printed`` the words as
    printed, one per normalized word (for a document's issuer).
    """
    printed = list(printed) if printed is not None and len(printed) == len(words) else list(words)
    pairs = [(w, p) for w, p in zip(words, printed, strict=True) if w]
    words = [w for w, _ in pairs]
    printed = [p for _, p in pairs]
    entity = gaz.entity(words)
    if entity is not None:
        meta = {"metonym": True} if entity.metonym else {}
        if entity.media:
            meta["media"] = True
        return Typed(entity.type, entity.name, meta)
    if not words:
        return Typed(default, display)
    core = list(words)
    while len(core) > 1 and core[0] in gaz.determiners:
        core.pop(0)
    if " ".join(core) in gaz.places:  # "Israel said", "قالت روسيا": the country's government
        return Typed("government", display, {"metonym": True})
    head = min(max(head, 0), len(words) - 1)
    kind = gaz.head_kind(words[head])
    if kind == "document":
        skip = head + 1
        while skip < len(words) and words[skip] in gaz.issuer_links:
            skip += 1
        lo, hi = skip, len(words)
        if lo >= hi:  # "a World Bank report": the issuer stands before the head
            lo = 0
            while lo < head and words[lo] in gaz.determiners:
                lo += 1
            hi = head
        issuer = gaz.entity(words[lo:hi])
        meta: dict[str, Any] = {}
        if issuer is not None:
            meta["issuer"] = issuer.name
        elif lo < hi and (hi - lo > 1 or printed[lo][:1].isupper() or skip > head + 1):
            # one lower-case or unlinked word is an adjective ("بيانات رسمية"), not an issuer
            meta["issuer"] = " ".join(printed[lo:hi])
        return Typed("document", display, meta)
    if kind == "anonymous":
        return Typed("anonymous", display)
    if kind == "titles":
        return Typed("person", display)
    if kind in ("government", "organization"):
        return Typed(kind, display)
    if any(w in gaz.heads.get("titles", ()) for w in words):
        return Typed("person", display)  # "U.N. Secretary-General Martin Hale"
    # A known entity inside the phrase ("الرئيس الروسي فلاديمير بوتين") types it.
    for size in range(min(gaz.longest, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            inner = gaz.entity(words[i:i + size])
            if inner is not None:
                return Typed(inner.type, display)
    return Typed(default, display)
