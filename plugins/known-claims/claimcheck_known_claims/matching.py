"""Matching claims to past fact-checks: normalized words, then rapidfuzz token-set similarity.

Both sides are reduced to content words first: Arabic is CAMeL-normalized (claimcheck's
``normalize_ar``: hamza/alef, teh marbuta, alef maksura, diacritics, tatweel), the clitics و and
ال are stripped from words long enough to carry them, and stop words are dropped. rapidfuzz's
``token_set_ratio`` then scores the overlap (word order and extra words in the longer text do not
count against a match), and a match must also share a few content words and half of the
fact-checked claim's, so that a short claim cannot match a long fact-check on two common words.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from claimcheck_known_claims.claimreview import Review

DATA = Path(__file__).parent / "data"
WORD = re.compile(r"\w+")
MIN_SHARED = 3  # content words a claim and a fact-check must have in common
COVERAGE = 0.5  # and at least this share of the fact-checked claim's words


@cache
def vocabulary() -> dict[str, Any]:
    import yaml

    with (DATA / "verdicts.yaml").open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return {
        "false_at": float(data.get("false_at", 0.4)),
        "false": {lang: {_norm(w, lang) for w in words}
                  for lang, words in data["debunked"].items()},
        "stop": {lang: {_stem(_norm(w, lang), lang) for w in words}
                 for lang, words in data["stopwords"].items()},
    }


def lang_of(text: str) -> str:
    return "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"


def _norm(text: str, lang: str) -> str:
    if lang == "ar":
        from claimcheck.analyze.normalize import normalize_ar

        return normalize_ar(str(text))
    return str(text).lower()


def _stem(word: str, lang: str) -> str:
    """Strip و and ال (and بال / لل / وال) from an Arabic word of five letters or more."""
    if lang != "ar":
        return word
    for prefix in ("وال", "بال", "فال", "كال", "لل", "ال", "و"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix):]
    return word


def content_words(text: str, lang: str) -> list[str]:
    stop = vocabulary()["stop"].get(lang, set())
    words = (_stem(w, lang) for w in WORD.findall(_norm(text, lang)))
    return [w for w in words if w not in stop and len(w) > 1]


def is_false(review: Review) -> bool:
    """Whether the verdict says false or misleading (by its name, else by its number)."""
    vocab = vocabulary()
    lang = lang_of(review.rating)
    if _norm(review.rating, lang).strip() in vocab["false"].get(lang, set()):
        return True
    return review.value is not None and review.value <= vocab["false_at"]


@dataclass
class Index:
    """Fact-checks of one file, with their content words, per language."""

    reviews: list[Review]
    threshold: float = 85.0
    _words: dict[str, list[tuple[Review, str, set[str]]]] = field(default_factory=dict)
    # language -> content word -> positions in _words[language]: only fact-checks that share
    # words with a claim are scored, so a newsroom's whole archive stays fast to search
    _postings: dict[str, dict[str, list[int]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for review in self.reviews:
            lang = review.lang if review.lang in ("ar", "en") else lang_of(review.claim)
            words = content_words(review.claim, lang)
            entries = self._words.setdefault(lang, [])
            for word in set(words):
                self._postings.setdefault(lang, {}).setdefault(word, []).append(len(entries))
            entries.append((review, " ".join(words), set(words)))

    def match(self, text: str, lang: str) -> list[tuple[Review, float]]:
        """Fact-checks whose claim ``text`` repeats, best first, with their similarity (0-100)."""
        from rapidfuzz import fuzz

        words = content_words(text, lang)
        if len(words) < MIN_SHARED:
            return []
        joined, bag = " ".join(words), set(words)
        postings = self._postings.get(lang, {})
        shared_counts = Counter(i for word in bag for i in postings.get(word, ()))
        entries = self._words.get(lang, [])
        out = []
        for position, _count in shared_counts.items():
            review, other, other_bag = entries[position]
            shared = len(bag & other_bag)
            if shared < min(MIN_SHARED, len(other_bag)) or shared < COVERAGE * len(other_bag):
                continue
            score = fuzz.token_set_ratio(joined, other)
            if score >= self.threshold:
                out.append((review, score))
        return sorted(out, key=lambda pair: -pair[1])
