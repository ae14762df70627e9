"""The attribution checks on hand-made claims: what is flagged, where, with what message and data,
and what the house rules change."""

from __future__ import annotations

import subprocess
import sys

from attribution_helpers import analysis_of, make_claim
from claimcheck_attribution import rules
from claimcheck_attribution.checks import check_article, check_claim
from claimcheck_attribution.context import context
from claimcheck_attribution.score import score_claim
from claimcheck_attribution.summary import summarize

from claimcheck.config import Config
from claimcheck.model import ArticleReport


def _article_findings(analysis):
    ctx = context(analysis)
    found = [f for c in analysis.claims for f in check_claim(c, ctx)]
    return found + check_article(ctx)


def test_loaded_verb_is_flagged_at_the_cue_with_a_neutral_alternative() -> None:
    analysis = analysis_of("وزعم المتحدث باسم الجيش أن القوات لم تستهدف المدنيين.", "ar")
    claim = make_claim(analysis, "القوات لم تستهدف المدنيين", source="المتحدث باسم الجيش",
                       cue="وزعم", lemma="زعم", stance="doubtful")
    analysis.claims = [claim]
    found = [f for f in check_claim(claim, context(analysis)) if f.rule == rules.LOADED]
    assert len(found) == 1
    assert found[0].span.text == "وزعم"
    assert found[0].data["lemma"] == "زعم" and found[0].data["neutral"] == "قال"
    assert "suggests the claim is false" in found[0].message


def test_claiming_responsibility_is_not_a_loaded_verb() -> None:
    analysis = analysis_of("The group claimed responsibility for the attack.", "en")
    claim = make_claim(analysis, "responsibility for the attack", source="The group",
                       source_type="organization", cue="claimed")
    analysis.claims = [claim]
    assert not [f for f in check_claim(claim, context(analysis)) if f.rule == rules.LOADED]


def test_one_anonymous_finding_per_source_names_every_claim_on_it() -> None:
    text = "وقال مسؤول كبير بإدارة ترامب إن الاتصال جاء بطلب من بوتين، مضيفا أن الاتصال كان بناء."
    analysis = analysis_of(text, "ar")
    first = make_claim(analysis, "الاتصال جاء بطلب من بوتين", source="مسؤول كبير بإدارة ترامب",
                       source_type="anonymous", cue="وقال")
    second = make_claim(analysis, "الاتصال كان بناء", source="مسؤول كبير بإدارة ترامب",
                        source_type="anonymous", cue="مضيفا", cid="c2",
                        source_meta={"carried_from": "c1"})
    analysis.claims = [first, second]
    found = [f for f in _article_findings(analysis) if f.rule == rules.ANONYMOUS]
    assert len(found) == 1
    assert found[0].claims == ["c1", "c2"]
    assert found[0].span.text == "مسؤول كبير بإدارة ترامب"
    assert found[0].severity == "warning"


def test_anonymous_with_a_reason_is_info_unless_the_house_says_otherwise() -> None:
    text = ("Two diplomats, who asked not to be named because they were not authorized to speak "
            "publicly, said the talks had stalled.")
    for needs_reason, severity in ((True, "info"), (False, "warning")):
        config = Config(settings={"claimcheck_attribution": {
            "house_rules": {"anonymity_needs_reason": needs_reason}}})
        analysis = analysis_of(text, "en", config)
        analysis.claims = [make_claim(analysis, "the talks had stalled", source="Two diplomats",
                                      source_type="anonymous", cue="said")]
        found = [f for f in _article_findings(analysis) if f.rule == rules.ANONYMOUS]
        assert [f.severity for f in found] == [severity]
        assert found[0].data["anonymity_reason"] == "asked not to be named"
        assert found[0].related[0].text == "asked not to be named"


def test_unnamed_witnesses_are_info() -> None:
    analysis = analysis_of("Residents said the shelling resumed at dawn.", "en")
    analysis.claims = [make_claim(analysis, "the shelling resumed at dawn", source="Residents",
                                  source_type="anonymous", cue="said")]
    found = [f for f in _article_findings(analysis) if f.rule == rules.ANONYMOUS]
    assert [f.severity for f in found] == ["info"]
    assert found[0].data["witness"] is True


def test_house_rule_can_silence_metonyms() -> None:
    text = "وقالت موسكو إن المعارضة هي المسؤولة."
    for flag, expected in ((True, 1), (False, 0)):
        config = Config(settings={"claimcheck_attribution": {
            "house_rules": {"flag_metonyms": flag}}})
        analysis = analysis_of(text, "ar", config)
        analysis.claims = [make_claim(analysis, "المعارضة هي المسؤولة", source="موسكو",
                                      source_type="government", cue="وقالت")]
        found = [f for f in _article_findings(analysis) if f.rule == rules.VAGUE]
        assert len(found) == expected


def test_a_sole_source_accusation_is_flagged_and_a_reply_clears_it() -> None:
    text = ("وقالت وزارة الدفاع الروسية في بيان إن المعارضة هي المسؤولة عن الهجوم بغاز الأعصاب.\n"
            "ونفى المتحدث باسم الائتلاف أحمد رمضان أن تكون المعارضة مسؤولة عن الهجوم.")
    analysis = analysis_of(text.split("\n")[0], "ar")
    accusation = make_claim(analysis, "المعارضة هي المسؤولة عن الهجوم بغاز الأعصاب",
                            source="وزارة الدفاع الروسية", source_type="government",
                            cue="وقالت")
    analysis.claims = [accusation]
    found = [f for f in _article_findings(analysis) if f.rule == rules.SINGLE]
    assert [f.data["why"] for f in found] == ["sole source"]
    assert found[0].span.text == "وزارة الدفاع الروسية"

    # the reply counts even when no claim was extracted from it: its sentence quotes someone
    analysis = analysis_of(text, "ar")
    analysis.claims = [make_claim(analysis, "المعارضة هي المسؤولة عن الهجوم بغاز الأعصاب",
                                  source="وزارة الدفاع الروسية", source_type="government",
                                  cue="وقالت")]
    assert not [f for f in _article_findings(analysis) if f.rule == rules.SINGLE]

    analysis = analysis_of(text, "ar")
    reply = make_claim(analysis, "تكون المعارضة مسؤولة عن الهجوم", cid="c2",
                       source="المتحدث باسم الائتلاف أحمد رمضان", cue="ونفى",
                       stance="denial", after=text.index("\n"))
    analysis.claims = [make_claim(analysis, "المعارضة هي المسؤولة عن الهجوم بغاز الأعصاب",
                                  source="وزارة الدفاع الروسية", source_type="government",
                                  cue="وقالت"), reply]
    assert not [f for f in _article_findings(analysis) if f.rule == rules.SINGLE]


def test_house_rule_anonymous_toll_needs_corroboration() -> None:
    text = ("A police source said 14 people were killed in the blast.\n"
            "The interior minister, Ali Hassan, said the attack was under investigation.\n")
    analysis = analysis_of(text, "en")
    toll = make_claim(analysis, "14 people were killed in the blast", source="A police source",
                      source_type="anonymous", cue="said")
    other = make_claim(analysis, "the attack was under investigation", cid="c2",
                       source="The interior minister, Ali Hassan", cue="said",
                       after=text.index("\n"))
    analysis.claims = [toll, other]
    found = [f for f in _article_findings(analysis) if f.rule == rules.SINGLE]
    assert [(f.claims, f.data["why"]) for f in found] == [(["c1"], "house rule")]

    corroborated = text + "Hospital officials said 14 people were killed in the blast.\n"
    analysis = analysis_of(corroborated, "en")
    second = corroborated.index("Hospital")
    analysis.claims = [
        make_claim(analysis, "14 people were killed in the blast", source="A police source",
                   source_type="anonymous", cue="said"),
        make_claim(analysis, "the attack was under investigation", cid="c2",
                   source="The interior minister, Ali Hassan", cue="said",
                   after=text.index("\n")),
        make_claim(analysis, "14 people were killed in the blast", cid="c3",
                   source="Hospital officials", source_type="anonymous", cue="said",
                   after=second),
    ]
    assert not [f for f in _article_findings(analysis) if f.rule == rules.SINGLE]


def test_sentences_without_claims_are_read_too() -> None:
    text = ("وقيل إن الوفد غادر المحادثات.\n"
            "وقال مصدر مطلع إن الاتفاق بات وشيكا.\n"
            "وأسفر القصف عن مقتل 12 مدنيا.\n"
            "وقال وزير الخارجية أيمن الصفدي إن الأردن يرحب بالاتفاق.\n")
    analysis = analysis_of(text, "ar")
    analysis.claims = []
    found = {(f.rule, f.span.text) for f in _article_findings(analysis)}
    assert (rules.PASSIVE, "وقيل") in found
    assert (rules.ANONYMOUS, "مصدر مطلع") in found
    assert any(rule == rules.UNATTRIBUTED and "مقتل" in where for rule, where in found)
    assert not any("الصفدي" in where for _, where in found)
    assert len(found) == 3


def test_english_sources_in_the_content_are_not_taken_for_speakers() -> None:
    for text in ("The minister said officials would review the plan.",
                 "The spokesman said Moscow would respond to the sanctions."):
        analysis = analysis_of(text, "en")
        analysis.claims = []
        assert _article_findings(analysis) == []
    analysis = analysis_of("The plan was shelved last week, said a senior official.", "en")
    analysis.claims = []
    assert [f.span.text for f in _article_findings(analysis)] == ["a senior official"]


def test_score_reason_and_summary() -> None:
    text = "وقال مصدر مطلع إن الاتفاق بات وشيكا.\nوقال وزير الخارجية أيمن الصفدي إن الأردن يرحب."
    analysis = analysis_of(text, "ar")
    anon = make_claim(analysis, "الاتفاق بات وشيكا", source="مصدر مطلع",
                      source_type="anonymous", cue="وقال")
    named = make_claim(analysis, "الأردن يرحب", source="وزير الخارجية أيمن الصفدي", cid="c2",
                       cue="وقال", after=text.index("\n"))
    analysis.claims = [anon, named]
    ctx = context(analysis)
    anon_score, named_score = score_claim(anon, [], ctx), score_claim(named, [], ctx)
    assert anon_score.dimension == "attribution"
    assert named_score.value == 1.0 and anon_score.value == 0.3
    assert "Anonymous source «مصدر مطلع»" in anon_score.reason
    report = ArticleReport(article=analysis.article, claims=analysis.claims)
    summary = summarize(report, ctx)["attribution"]
    assert summary == {
        "claims": 2, "attributed": 2, "distinct_sources": 2, "anonymous": 1, "vague": 0,
        "agentless": 0, "unattributed": 0, "by_type": {"anonymous": 1, "person": 1},
        "by_grade": {"anonymous": 1, "person_role": 1}, "mean_score": 0.65}


def test_importing_the_plugin_stays_cheap() -> None:
    code = ("import sys, claimcheck_attribution, claimcheck_attribution.rules; "
            "heavy = [m for m in ('spacy', 'camel_tools', 'rapidfuzz', 'yaml') if m in "
            "sys.modules]; print(heavy); assert claimcheck_attribution.claimcheck_register_rules()")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
