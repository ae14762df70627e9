"""Reporting cues: the cue lexicon of a language (rules/lexicons/<lang>/cues.yaml) as lookup tables.

A cue entry has a lemma, a stance (neutral, assertive, doubtful, denial, accusation) and a role:
``verb`` (قال، said), ``participle`` (مشيراً، continuing the previous claim), ``continuation``
(ووصف ... بأنه), ``masdar`` (القول بأن), ``passive`` (قيل إن, it is said). The language module
expands each entry into the surface forms it matches (Arabic derives inflections; English lists
them) and normalizes them; this module only indexes them, by form and by lemma (for the CAMeL Tools
morphology path that sets ``token.lemma_``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

ROLES = ("verb", "participle", "continuation", "masdar", "passive")
# cues.yaml section -> role
SECTIONS = {"verbs": "verb", "participles": "participle", "continuation_verbs": "continuation",
            "masdar": "masdar", "passive": "passive"}


@dataclass(frozen=True)
class CueEntry:
    lemma: str
    stance: str
    role: str
    particle: tuple[str, ...] = ()  # normalized words that may follow and join the cue
    requires: tuple[str, ...] = ()  # normalized words one of which must follow in the clause
    source_after: str | None = None  # normalized word after which the real source stands
    object: bool = False  # the words between the verb and its complementizer are its object
    needs_that: bool = False  # reports speech only before "that", a colon or a quotation
    # takes a verbal-noun (masdar) or prepositional object as its content ("نفت الوزارة استهداف
    # ...", "حذرت الأمم المتحدة من تدهور ...")
    masdar_object: bool = False
    object_preps: tuple[str, ...] = ()  # prepositions that may open that object (من، عن، ب)
    prep_required: bool = False  # the object must open with one of object_preps
    object_words: tuple[str, ...] = ()  # when set, the only nouns a bare object may open with
    object_only: bool = False  # reports speech only through such an object ("رفضت الحكومة ...")


@dataclass
class CueIndex:
    """Surface form -> entry, and normalized lemma -> entry (first listed wins)."""

    forms: dict[str, CueEntry] = field(default_factory=dict)
    lemmas: dict[str, CueEntry] = field(default_factory=dict)

    def lookup(self, *candidates: str) -> CueEntry | None:
        for form in candidates:
            entry = self.forms.get(form)
            if entry is not None:
                return entry
        return None


def build_index(data: dict[str, Any], expand: Callable[[dict[str, Any], str], Iterable[str]],
                normalize: Callable[[str], str]) -> CueIndex:
    """Index every entry of the cue lexicon ``data`` under the forms ``expand`` gives for it."""
    index = CueIndex()
    for section, role in SECTIONS.items():
        for raw in data.get(section) or []:
            entry = CueEntry(
                lemma=raw["lemma"], stance=raw.get("stance", "neutral"), role=role,
                particle=tuple(normalize(w) for w in _as_list(raw.get("particle"))),
                requires=tuple(normalize(w) for w in _as_list(raw.get("requires"))),
                source_after=normalize(raw["source_after"]) if raw.get("source_after") else None,
                object=bool(raw.get("object")),
                needs_that=bool(raw.get("needs_that")),
                masdar_object=bool(raw.get("masdar_object") or raw.get("object_only")),
                object_preps=tuple(normalize(w) for w in _as_list(raw.get("object_prep"))),
                prep_required=bool(raw.get("prep_required")),
                object_words=tuple(normalize(w) for w in _as_list(raw.get("object_words"))),
                object_only=bool(raw.get("object_only")),
            )
            for form in expand(raw, role):
                index.forms.setdefault(form, entry)
            index.lemmas.setdefault(normalize(entry.lemma), entry)
    return index


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)
