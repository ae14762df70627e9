"""The known-claims plugin on real-sounding news claims: ClaimReview files, matching, reports.

The tests load the plugin from this folder (not from an installed copy), so they run the same
whether or not `pip install plugins/known-claims` was done.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import claimcheck_known_claims as plugin  # noqa: E402
from claimcheck_known_claims.claimreview import load_reviews  # noqa: E402
from claimcheck_known_claims.matching import Index, is_false  # noqa: E402
from claimcheck_known_claims.plugin import SAMPLE  # noqa: E402

from claimcheck.errors import ConfigError  # noqa: E402
from claimcheck.testing import assert_examples, assert_flags, assert_passes, check_text  # noqa: E402

SETTINGS = {"known-claims": {"path": str(SAMPLE)}}
MOSCOW_AR = "وقالت موسكو إن المعارضة السورية هي المسؤولة عن استخدام غاز الأعصاب."
MOSCOW_EN = ("Russia's defence ministry said the Syrian opposition was responsible for the nerve "
             "gas attack in Khan Sheikhoun.")


def review(claim: str, **extra) -> dict:
    return {"@type": "ClaimReview", "claimReviewed": claim, "url": "https://fc.example.org/1",
            "author": {"@type": "Organization", "name": "Desk"}, "datePublished": "2021-01-02",
            "reviewRating": {"@type": "Rating", "alternateName": "False"}, **extra}


@pytest.mark.parametrize("shape", ["object", "list", "graph", "jsonl", "nested"])
def test_claimreview_files_in_every_json_ld_shape(tmp_path: Path, shape: str) -> None:
    one, two = review("Vaccines contain microchips"), review("The moon landing was staged")
    page = {"@type": "WebPage", "name": "not a review"}
    data = {"object": one, "list": [one, page, two], "graph": {"@context": "https://schema.org",
            "@graph": [page, one, two]}, "nested": {"@type": "Article", "review": [one, two]}}
    path = tmp_path / "fc.jsonld"
    if shape == "jsonl":
        path.write_text(json.dumps(one) + "\n" + json.dumps(two) + "\n", encoding="utf-8")
    else:
        path.write_text(json.dumps(data[shape]), encoding="utf-8")
    reviews = load_reviews(path)
    expected = ["Vaccines contain microchips"] + ([] if shape == "object" else
                                                  ["The moon landing was staged"])
    assert [r.claim for r in reviews] == expected
    assert (reviews[0].rating, reviews[0].author, reviews[0].date) == ("False", "Desk",
                                                                      "2021-01-02")


def test_a_rating_without_a_name_is_shown_by_its_numbers(tmp_path: Path) -> None:
    path = tmp_path / "fc.json"
    path.write_text(json.dumps(review("x", reviewRating={"ratingValue": "2", "bestRating": "5",
                                                          "worstRating": "1"})), encoding="utf-8")
    [r] = load_reviews(path)
    assert r.rating == "2/5" and r.value == 0.25 and is_false(r)


def test_verdicts_by_name_in_both_languages() -> None:
    names = {r.rating: is_false(r) for r in load_reviews(SAMPLE)}
    assert names == {"زائف": True, "مضلل": True, "صحيح": False, "False": True, "1/5": True,
                     "True": False}


def test_a_broken_file_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "fc.jsonld"
    path.write_text('{"@type": "ClaimReview",\n "claimReviewed": }', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"known-claims: .*fc.jsonld:2: not JSON-LD"):
        load_reviews(path)
    with pytest.raises(ConfigError, match=r"ClaimReview file .* not found"):
        check_text("x", plugins=[plugin], settings={"known-claims": {"path": "nope.json"}})


@pytest.mark.parametrize("text", [
    "المعارضة السورية هي المسؤولة عن استخدام غاز الأعصاب في خان شيخون",
    "المعارضةُ السوريةُ هي المسئولة عن استخدام غاز الاعصاب",  # diacritics, hamza, alef
    "إن فصائل المعارضة السورية مسؤولة عن الهجوم بغاز الأعصاب في خان شيخون",  # reworded
])
def test_arabic_matching_sees_past_spelling_and_wording(text: str) -> None:
    index = Index(load_reviews(SAMPLE))
    [(found, score)] = index.match(text, "ar")
    assert found.rating == "زائف" and score >= 85


@pytest.mark.parametrize("text", [
    "المعارضة السورية وافقت على وقف إطلاق النار",  # same actors, another claim
    "غاز الأعصاب",  # too short to say
    "The Syrian opposition was responsible for the nerve gas attack",  # other language
])
def test_no_match_for_other_claims(text: str) -> None:
    assert Index(load_reviews(SAMPLE)).match(text, "ar") == []


def test_a_claim_in_an_article_gets_the_verdict_and_link() -> None:
    report = check_text(MOSCOW_AR, plugins=[plugin], settings=SETTINGS)
    claim = next(c for c in report.claims if "known_claims" in c.meta)
    [meta] = claim.meta["known_claims"]
    assert meta["rating"] == "زائف"
    assert meta["url"] == "https://factcheck.example.org/ar/2017/04/khan-sheikhoun-opposition"
    assert meta["similarity"] >= 85 and meta["datePublished"] == "2017-04-12"
    [finding] = [f for f in report.findings if f.rule == "known-claims.debunked"]
    assert finding.severity == "warning" and finding.claims == [claim.id]
    assert "'زائف'" in finding.message and meta["url"] in finding.message
    assert MOSCOW_AR[finding.span.start:finding.span.end] == finding.span.text


def test_flags_and_passes_in_english() -> None:
    [finding] = assert_flags("known-claims.debunked", MOSCOW_EN, plugins=[plugin],
                             settings=SETTINGS)
    assert finding.data["rating"] == "False"
    assert_passes("known-claims.debunked", "The army said the nerve gas attack was under "
                  "investigation.", plugins=[plugin], settings=SETTINGS)
    assert_flags("known-claims.match", "The UN refugee agency said more than five million "
                 "Syrian refugees have fled the country.", plugins=[plugin], settings=SETTINGS)


def test_the_path_can_come_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_KNOWN_CLAIMS", str(SAMPLE))
    assert_flags("known-claims.debunked", MOSCOW_EN, plugins=[plugin])


def test_without_a_file_the_plugin_stays_quiet(monkeypatch) -> None:
    monkeypatch.delenv("CLAIMCHECK_KNOWN_CLAIMS", raising=False)
    report = check_text(MOSCOW_EN, plugins=[plugin])
    assert not [f for f in report.findings if f.rule.startswith("known-claims")]
    assert not report.errors or all("known" not in e for e in report.errors)


def test_the_threshold_setting() -> None:
    strict = {"known-claims": {"path": str(SAMPLE), "threshold": 100}}
    reworded = ("وقالت موسكو إن فصائل المعارضة السورية مسؤولة عن الهجوم بغاز الأعصاب في خان "
                "شيخون.")
    assert_flags("known-claims.debunked", reworded, plugins=[plugin], settings=SETTINGS)
    assert_passes("known-claims.debunked", reworded, plugins=[plugin], settings=strict)
    with pytest.raises(ConfigError, match="threshold must be a number"):
        check_text("x", plugins=[plugin], settings={"known-claims": {"threshold": "high"}})


def test_rule_examples() -> None:
    assert assert_examples("known-claims.", plugins=[plugin]) == 8


def _run(args: list[str], cwd: Path, extra_path: list[Path], env_extra=None):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(map(str, extra_path)), **(env_extra or {})}
    env.pop("CLAIMCHECK_NO_ENTRY_POINTS", None)
    return subprocess.run([sys.executable, "-m", "claimcheck", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=300)


def _installed(tmp_path: Path) -> Path:
    """What `pip install plugins/known-claims` leaves for importlib.metadata: a dist-info with
    the entry points declared in pyproject.toml (read from it, so the test checks that file)."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    site = tmp_path / "site"
    dist = site / f"claimcheck_known_claims-{project['version']}.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {project['name']}\n"
                                   f"Version: {project['version']}\n", encoding="utf-8")
    lines = ["[claimcheck]"] + [f"{k} = {v}" for k, v in
                                project["entry-points"]["claimcheck"].items()]
    (dist / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return site


def test_installing_the_distribution_lists_the_plugin(tmp_path: Path) -> None:
    site = _installed(tmp_path)
    result = _run(["plugins", "list"], tmp_path, [site, ROOT])
    assert result.returncode == 0, result.stderr
    assert ("known-claims  [entry point (claimcheck-known-claims 0.1.0)]" in result.stdout)
    assert "hooks: check_claim, claims_extracted, configure, register_rules" in result.stdout


def test_installed_plugin_shows_rating_and_url_in_json_and_text(tmp_path: Path) -> None:
    site = _installed(tmp_path)
    (tmp_path / "claimcheck.toml").write_text(
        f'[settings.known-claims]\npath = "{SAMPLE.as_posix()}"\n', encoding="utf-8")
    (tmp_path / "article.md").write_text(f"---\npublished: 2017-05-02\n---\n{MOSCOW_AR}\n",
                                         encoding="utf-8")
    url = "https://factcheck.example.org/ar/2017/04/khan-sheikhoun-opposition"
    result = _run(["check", "article.md", "-f", "json"], tmp_path, [site, ROOT])
    assert result.returncode in (0, 1), result.stderr  # warnings do not fail by default
    article = json.loads(result.stdout)["articles"][0]
    [claim] = [c for c in article["claims"] if "known_claims" in c.get("meta", {})]
    assert claim["meta"]["known_claims"][0]["rating"] == "زائف"
    assert claim["meta"]["known_claims"][0]["url"] == url
    [finding] = [f for f in article["findings"] if f["rule"] == "known-claims.debunked"]
    assert finding["data"]["url"] == url and finding["claims"] == [claim["id"]]
    text = _run(["check", "article.md"], tmp_path, [site, ROOT]).stdout
    [line] = [x for x in text.splitlines() if "known-claims.debunked [" in x]
    assert line.endswith(f": rated 'زائف' by منصة التحقق (عينة) (2017-04-12): {url}")
    assert f"        - rating: زائف; url: {url}; author: منصة التحقق (عينة)" in text
