"""The seed article's report, against its expected report checked by hand (seeds/*.expected.yaml).

The expected file holds what a fact-checker reads off the report — each claim's kind, source, cue
and content, and each finding's rule, severity and place — not scores or wording, so it changes
only when what claimcheck finds changes. Every line of it was checked against the article by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from claimcheck.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
EXPECTED = sorted(SEEDS.glob("*.expected.yaml"))


def project(article: dict) -> dict:
    """What the expected file records of an article report."""
    def source(claim: dict) -> str | None:
        src = claim["source"]
        return None if src is None or src["text"] is None else f"{src['type']}: {src['text']}"

    return {
        "published": article["published"],
        "claims": [
            {"kind": c["kind"], "source": source(c),
             "cue": c["cue"]["text"] if c["cue"] else None, "content": c["content"]["text"]}
            for c in article["claims"]
        ],
        "findings": [
            f"{f['severity']} {f['rule']} line {f['line']}: {f['text']}"
            for f in article["findings"]
        ],
    }


@pytest.mark.parametrize("expected_path", EXPECTED, ids=lambda p: p.name)
def test_seed_report_matches_the_hand_checked_expectation(
    expected_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article_path = expected_path.with_name(expected_path.name.replace(".expected.yaml", ".md"))
    main(["check", str(article_path), "--format", "json", "--fail-on", "never"])
    actual = project(json.loads(capsys.readouterr().out)["articles"][0])
    expected = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
    assert actual["published"] == expected["published"]
    assert actual["claims"] == expected["claims"]
    assert actual["findings"] == expected["findings"]


def test_seed_names_the_sources_a_reader_expects(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(SEEDS / "000_85d54ae7857c55e9.md"), "--format", "json"])
    article = json.loads(capsys.readouterr().out)["articles"][0]
    attributed = [c for c in article["claims"] if c["kind"] != "unattributed"]
    assert len(attributed) >= 14
    sources = {c["source"]["text"] for c in attributed if c["source"]["text"]}
    for name in ("البيت الأبيض", "الكرملين", "موسكو", "مسؤول كبير بإدارة ترامب",
                 "وزارة الخارجية الأميركية"):
        assert name in sources


def test_the_text_report_shows_each_claim_s_times(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(SEEDS / "000_85d54ae7857c55e9.md")])
    out = capsys.readouterr().out
    # the label (value, granularity) first, the Arabic text last, as for sources and cues
    assert "      time (2017-05-03/2017-05-04, range): يومي الأربعاء والخميس\n" in out
    assert "      time (2017-01-20, day): 20 كانون الثاني (يناير)\n" in out
