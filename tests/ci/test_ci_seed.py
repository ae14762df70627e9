"""End to end on the seed with the real rules: every format agrees on where each finding is."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import jsonschema
from ci_support import SCHEMA, SEED, region_text

from claimcheck.report.positions import utf16_len


def test_every_format_places_the_seed_findings_alike(cli):
    runs = {fmt: cli("check", SEED, "-f", fmt, "--fail-on", "never", only_ours=False)
            for fmt in ("json", "sarif", "github", "junit", "markdown")}
    assert {fmt: r.code for fmt, r in runs.items()} == dict.fromkeys(runs, 0)
    report = runs["json"].json()
    article = report["articles"][0]
    assert article["path"] == "seeds/000_85d54ae7857c55e9.md"  # repository-relative
    found = article["findings"]
    text = SEED.read_text(encoding="utf-8")
    lines = text.split("\n")

    sarif = json.loads(runs["sarif"].out)
    jsonschema.validate(sarif, json.loads(SCHEMA.read_text(encoding="utf-8")))
    results = sarif["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == [f["rule"] for f in found]
    annotations = runs["github"].out.splitlines()
    assert len(annotations) == len(found)
    for finding, result, annotation in zip(found, results, annotations, strict=True):
        region = result["locations"][0]["physicalLocation"]["region"]
        if finding["start"] is None:
            continue
        # JSON counts code points, SARIF and GitHub UTF-16 units: the same place either way
        assert text[finding["start"]:finding["end"]] == finding["text"]
        assert region_text(text, region) == finding["text"]
        line = lines[finding["line"] - 1]
        col16 = utf16_len(line[:finding["column"] - 1]) + 1
        assert (region["startLine"], region["startColumn"]) == (finding["line"], col16)
        assert f",line={finding['line']},col={col16}," in annotation
    junit = ET.fromstring(runs["junit"].out)
    assert int(junit.get("tests")) == max(len(found), 1)
    assert junit.get("failures") == "0"  # --fail-on never: nothing fails
    assert f"{len(found)} finding(s)" in runs["markdown"].out or not found
