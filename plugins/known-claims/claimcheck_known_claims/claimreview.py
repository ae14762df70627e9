"""Reading past fact-checks in schema.org ClaimReview form (JSON-LD) into plain records.

A file may hold one ClaimReview object, a list of them, an ``@graph``, or JSON Lines with one per
line (the form fact-check feeds are exported in); ClaimReviews nested as ``review`` of a page are
found too. Items that are not ClaimReviews, or have no ``claimReviewed``, are skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.errors import ConfigError


@dataclass(frozen=True)
class Review:
    """One past fact-check: the claim it reviewed, the verdict and where it is published."""

    claim: str
    rating: str  # the verdict as a reader sees it: alternateName, else "value/best"
    url: str | None
    author: str | None
    date: str | None
    value: float | None = None  # ratingValue on [0, 1] (worst..best), when numbers are given
    lang: str | None = None  # inLanguage, when given

    def to_meta(self, similarity: float) -> dict[str, Any]:
        return {"rating": self.rating, "url": self.url, "author": self.author,
                "datePublished": self.date, "claimReviewed": self.claim,
                "similarity": round(similarity, 1)}


def load_reviews(path: Path) -> list[Review]:
    """Every ClaimReview in ``path``; ConfigError (one line) when the file cannot be read."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ConfigError(f"known-claims: {path}: cannot be read ({exc.strerror})") from None
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as first:
        try:  # JSON Lines
            data = [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError:
            raise ConfigError(f"known-claims: {path}:{first.lineno}: not JSON-LD "
                              f"({first.msg})") from None
    return [review for item in _items(data) if (review := _review(item)) is not None]


def _items(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _items(item)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _items(data["@graph"])
        if _is_claim_review(data):
            yield data
        elif "review" in data:  # a page or article carrying its ClaimReview(s)
            yield from _items(data["review"])


def _is_claim_review(item: dict[str, Any]) -> bool:
    kinds = item.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return "ClaimReview" in kinds or ("claimReviewed" in item and "reviewRating" in item)


def _review(item: dict[str, Any]) -> Review | None:
    claim = _text(item.get("claimReviewed"))
    if not claim:
        return None
    rating = item.get("reviewRating") or {}
    if isinstance(rating, list):
        rating = rating[0] if rating else {}
    name = _text(rating.get("alternateName") or rating.get("name")) if isinstance(
        rating, dict) else None
    value = _scaled(rating) if isinstance(rating, dict) else None
    if not name and isinstance(rating, dict) and rating.get("ratingValue") is not None:
        name = f"{rating.get('ratingValue')}/{rating.get('bestRating', 5)}"
    return Review(claim=claim, rating=name or "unrated", url=_text(item.get("url")),
                  author=_name(item.get("author")), date=_text(item.get("datePublished")),
                  value=value, lang=_text(item.get("inLanguage")))


def _scaled(rating: dict[str, Any]) -> float | None:
    try:
        value = float(rating["ratingValue"])
        best = float(rating.get("bestRating", 5))
        worst = float(rating.get("worstRating", 1))
    except (KeyError, TypeError, ValueError):
        return None
    return None if best == worst else max(0.0, min(1.0, (value - worst) / (best - worst)))


def _name(author: Any) -> str | None:
    if isinstance(author, list):
        author = author[0] if author else None
    if isinstance(author, dict):
        return _text(author.get("name"))
    return _text(author)


def _text(value: Any) -> str | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None
