"""The hooks: load the fact-checks at start-up, attach matches to claims, report them.

Settings (``[settings.known-claims]`` in claimcheck.toml, or the environment):

- ``path``: the ClaimReview file (or a list of files); relative to the config file's folder.
  ``CLAIMCHECK_KNOWN_CLAIMS`` (paths separated by the OS path separator) is used when unset.
- ``threshold``: the least similarity (0-100, rapidfuzz token-set ratio) that counts as a match;
  85 by default.

Rule examples (`claimcheck rules test`) always run against the sample file shipped with the
plugin, so they test the matcher whatever file a newsroom configures.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.errors import ConfigError
from claimcheck.hookspecs import hookimpl
from claimcheck.model import Example, Finding, Rule
from claimcheck_known_claims.claimreview import load_reviews
from claimcheck_known_claims.matching import DATA, Index, is_false

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis
    from claimcheck.config import Config
    from claimcheck.model import Claim

NAME = "known-claims"
ENV = "CLAIMCHECK_KNOWN_CLAIMS"
SAMPLE = DATA / "sample-claimreview.jsonld"
DEFAULT_THRESHOLD = 85.0
HELP = "https://schema.org/ClaimReview"

RULES = [
    Rule(
        id="known-claims.debunked",
        description="The claim repeats one that a fact-check rated false or misleading.",
        severity="warning",
        help_url=HELP,
        flag=[Example("وقالت موسكو إن المعارضة السورية هي المسؤولة عن استخدام غاز الأعصاب في "
                      "خان شيخون.", "ar"),
              Example("Moscow said the Syrian opposition was responsible for the nerve gas "
                      "attack in Khan Sheikhoun.", "en")],
        pass_=[Example("وقال البيت الأبيض إن الزعيمين اتفقا على تكثيف الحوار بشأن سوريا.", "ar"),
               Example("The White House said the two leaders agreed to step up talks on "
                       "Syria.", "en")],
    ),
    Rule(
        id="known-claims.match",
        description="The claim was fact-checked before and not found false; the verdict is "
                    "attached for the reader.",
        severity="info",
        help_url=HELP,
        flag=[Example("وقالت المفوضية إن عدد اللاجئين السوريين الذين فروا من البلاد تجاوز خمسة "
                      "ملايين لاجئ.", "ar"),
              Example("The UN refugee agency said more than five million Syrian refugees have "
                      "fled the country.", "en")],
        pass_=[Example("وقالت موسكو إن المعارضة السورية هي المسؤولة عن استخدام غاز الأعصاب في "
                       "خان شيخون.", "ar"),
               Example("The mayor said the new bridge would open in June.", "en")],
    ),
]


def _paths(config: Config) -> list[Path]:
    settings = config.plugin_settings(NAME)
    raw = settings.get("path") or settings.get("paths")
    if raw:
        base = config.path.parent if config.path else Path.cwd()
        items = [raw] if isinstance(raw, str) else list(raw)
        return [base / str(p) for p in items]
    env = os.environ.get(ENV, "")
    return [Path(p) for p in env.split(os.pathsep) if p]


def _threshold(config: Config) -> float:
    value = config.plugin_settings(NAME).get("threshold", DEFAULT_THRESHOLD)
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise ConfigError(f"known-claims: threshold must be a number, not {value!r}") from None
    if not 0 < value <= 100:
        raise ConfigError(f"known-claims: threshold must be in (0, 100], not {value}")
    return value


@cache
def _index(paths: tuple[Path, ...], mtimes: tuple[float, ...], threshold: float) -> Index:
    reviews = [review for path in paths for review in load_reviews(path)]
    return Index(reviews, threshold)


def index_for(config: Config, example: bool = False) -> Index | None:
    """The fact-checks to match against: the configured files, or the sample for rule examples."""
    paths = [SAMPLE] if example else _paths(config)
    if not paths:
        return None
    for path in paths:
        if not path.is_file():
            raise ConfigError(f"known-claims: ClaimReview file {str(path)!r} not found "
                              f"(settings.{NAME}.path or ${ENV})")
    resolved = tuple(p.resolve() for p in paths)
    return _index(resolved, tuple(p.stat().st_mtime for p in resolved), _threshold(config))


def _is_example(analysis: Analysis) -> bool:
    return analysis.article.path.startswith("<example of known-claims.")


# -- hooks ---------------------------------------------------------------------------------------


@hookimpl
def claimcheck_configure(config: Config) -> None:
    _threshold(config)  # a bad setting, or a missing or broken file, stops the run with one line
    index_for(config)


@hookimpl
def claimcheck_register_rules() -> list[Rule]:
    return RULES


@hookimpl
def claimcheck_claims_extracted(analysis: Analysis) -> None:
    index = index_for(analysis.config, _is_example(analysis))
    if index is None:
        return
    for claim in analysis.claims:
        matches = index.match(claim.content.text, analysis.lang)
        if matches:
            claim.meta["known_claims"] = [review.to_meta(score) for review, score in matches]


@hookimpl
def claimcheck_check_claim(claim: Claim, analysis: Analysis) -> list[Finding]:
    matches = claim.meta.get("known_claims")
    if not matches:
        return []
    index = index_for(analysis.config, _is_example(analysis))
    best = matches[0]
    review = next(r for r in index.reviews if r.url == best["url"] and  # type: ignore[union-attr]
                  r.claim == best["claimReviewed"])
    debunked = is_false(review)
    by = f" by {best['author']}" if best["author"] else ""
    when = f" ({best['datePublished']})" if best["datePublished"] else ""
    what = "rated" if debunked else "fact-checked before and rated"
    message = f"{what} '{best['rating']}'{by}{when}: {best['url'] or 'no link'}"
    if len(matches) > 1:
        message += f" (+{len(matches) - 1} more fact-check{'s' if len(matches) > 2 else ''})"
    return [Finding(rule="known-claims.debunked" if debunked else "known-claims.match",
                    message=message, severity="warning" if debunked else "info",
                    span=claim.content, claims=[claim.id],
                    data={"rating": best["rating"], "url": best["url"],
                          "similarity": best["similarity"],
                          "claimReviewed": best["claimReviewed"]})]
