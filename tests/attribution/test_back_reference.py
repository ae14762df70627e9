"""A definite back-reference to an unnamed source already introduced is that source.

"وقال مصدر أمني، طلب عدم الكشف عن اسمه ...، إن ... وأضاف المصدر أن ..." and "A senior official, who
spoke on condition of anonymity ..., said ... The official added ...": the reason for anonymity
given at one mention holds for the other, one finding names both claims, and the later mention is
no second source. A mention with another head, an indefinite one, or one after a named person of
that title in between is not linked.
"""

from __future__ import annotations

import pytest
from attribution_helpers import analysis_of, make_claim, make_engine, rule_findings, run
from claimcheck_attribution import rules
from claimcheck_attribution.checks import _source_key
from claimcheck_attribution.context import context
from claimcheck_attribution.references import antecedent
from claimcheck_attribution.sources import assess

AR_REASON_FIRST = (
    "بغداد (رويترز) - قالت وزارة الداخلية العراقية يوم الأحد إن قواتها اعتقلت خمسة مشتبه بهم في "
    "تفجير سوق الخضار بمدينة الموصل.\n\n"
    "وقال مصدر أمني، طلب عدم الكشف عن اسمه لأنه غير مخول بالحديث لوسائل الإعلام، إن المعتقلين "
    "ينتمون إلى خلية نائمة.\n\n"
    "وأضاف المصدر أن الخلية خططت لهجمات أخرى في محافظة نينوى.\n")

AR_REASON_SECOND = (
    "القاهرة (رويترز) - قالت وزارة التموين المصرية إنها بدأت استلام محصول القمح المحلي.\n\n"
    "وأفاد مصدر مسؤول بالوزارة بأن سعر التوريد سيبلغ 2200 جنيه للأردب.\n\n"
    "وأضاف المصدر، الذي طلب عدم ذكر اسمه لأنه غير مخول بالحديث لوسائل الإعلام، أن الوزارة "
    "خصصت 450 موقعاً لاستلام المحصول.\n")

EN_REASON_FIRST = (
    "BAGHDAD (Reuters) - Iraq's interior ministry said on Sunday its forces had arrested five "
    "suspects over a bombing at a vegetable market in Mosul.\n\n"
    "A senior security official, who spoke on condition of anonymity because he was not "
    "authorised to speak publicly, said the suspects belonged to a sleeper cell.\n\n"
    "The official added that the cell had planned further attacks in Nineveh province.\n")


@pytest.fixture(scope="module")
def engine():
    return make_engine()


def claim_with_source(report, text):
    return next(c for c in report.claims if c.source and c.source.span
                and c.source.span.text == text)


@pytest.mark.parametrize("text, lang, first, later", [
    (AR_REASON_FIRST, "ar", "مصدر أمني", "المصدر"),
    (AR_REASON_SECOND, "ar", "مصدر مسؤول بالوزارة", "المصدر"),
    (EN_REASON_FIRST, "en", "A senior security official", "The official"),
])
def test_one_unnamed_source_one_finding_with_its_reason(engine, text, lang, first, later):
    report = run(engine, text, lang)
    one, two = claim_with_source(report, first), claim_with_source(report, later)
    found = rule_findings(report, rules.ANONYMOUS)
    assert len(found) == 1
    finding = found[0]
    assert finding.severity == "info"  # the reason is given, at one of the two mentions
    assert finding.data["anonymity_reason"]
    assert finding.span is not None and finding.span.text == first
    assert {one.id, two.id} <= set(finding.claims)
    assert later in [s.text for s in finding.related]
    # both mentions are graded an anonymous source with its reason
    assert one.scores["attribution"].value == two.scores["attribution"].value


def test_without_a_reason_anywhere_the_warning_stays_and_names_both(engine):
    text = ("وقال مصدر أمني إن المعتقلين ينتمون إلى خلية نائمة.\n\n"
            "وأضاف المصدر أن الخلية خططت لهجمات أخرى في محافظة نينوى.\n")
    report = run(engine, text, "ar")
    found = rule_findings(report, rules.ANONYMOUS)
    assert [f.severity for f in found] == ["warning"]
    assert len(found[0].claims) == 2


def two_claims(text: str, lang: str, first: tuple[str, str], later: tuple[str, str]):
    """An analysis holding two hand-made claims: (source, content) each, the second after the
    first's sentence."""
    analysis = analysis_of(text, lang)
    one = make_claim(analysis, first[1], source=first[0], source_type="anonymous", cid="c1")
    two = make_claim(analysis, later[1], source=later[0], source_type="anonymous", cid="c2",
                     after=text.index(first[1]) + len(first[1]))
    analysis.claims = [one, two]
    return context(analysis), one, two


def test_the_back_reference_is_no_second_source():
    ctx, one, two = two_claims(AR_REASON_FIRST, "ar", ("مصدر أمني", "المعتقلين ينتمون"),
                               ("المصدر", "الخلية خططت"))
    assert antecedent(ctx, ctx.tokens(two.source.span)).text == "مصدر أمني"
    assert _source_key(ctx, one) == _source_key(ctx, two)


@pytest.mark.parametrize("text, lang, first, later", [
    # another head: the diplomat is not the security source
    ("وقال مصدر أمني، طلب عدم نشر اسمه، إن الهجوم أحبط. وقال الدبلوماسي إن السفارة أغلقت.",
     "ar", ("مصدر أمني", "الهجوم أحبط"), ("الدبلوماسي", "السفارة أغلقت")),
    # an indefinite mention introduces a new source ("مصدر آخر")
    ("وقال مصدر أمني، طلب عدم نشر اسمه، إن الهجوم أحبط. وقال مصدر آخر إن السفارة أغلقت.",
     "ar", ("مصدر أمني", "الهجوم أحبط"), ("مصدر آخر", "السفارة أغلقت")),
    # a plural does not point back at one official, nor one at many
    ("Two diplomats, who asked not to be named, said talks had stalled. The diplomat said more.",
     "en", ("Two diplomats", "talks had stalled"), ("The diplomat", "said more")),
    ("A senior official, who asked not to be named, said talks had stalled. "
     "Another official said the deal was close.",
     "en", ("A senior official", "talks had stalled"), ("Another official", "the deal was close")),
])
def test_not_a_back_reference(text, lang, first, later):
    ctx, _one, two = two_claims(text, lang, first, later)
    assert antecedent(ctx, ctx.tokens(two.source.span)) is None


def test_a_named_holder_of_the_title_in_between_takes_the_reference():
    text = ("وقال مسؤول أمني، طلب عدم نشر اسمه، إن الهجوم أحبط. "
            "وقال المسؤول الأمني جون سميث إن التحقيق مستمر. "
            "وأضاف المسؤول أن السفارة أغلقت.")
    analysis = analysis_of(text, "ar")
    one = make_claim(analysis, "الهجوم أحبط", source="مسؤول أمني", source_type="anonymous",
                     cid="c1")
    named = make_claim(analysis, "التحقيق مستمر", source="المسؤول الأمني جون سميث", cid="c2")
    later = make_claim(analysis, "السفارة أغلقت", source="المسؤول", source_type="anonymous",
                       cid="c3", after=text.index("وأضاف"))
    analysis.claims = [one, named, later]
    ctx = context(analysis)
    assert antecedent(ctx, ctx.tokens(later.source.span)) is None


def test_a_plural_points_back_at_its_count():
    text = ("Two diplomats, who asked not to be named because the talks were confidential, said "
            "the talks had stalled. The diplomats said a new round was planned.")
    ctx, _one, two = two_claims(text, "en", ("Two diplomats", "the talks had stalled"),
                                ("The diplomats", "a new round was planned"))
    assert antecedent(ctx, ctx.tokens(two.source.span)).text == "Two diplomats"
    assert assess(two, ctx).grade == "anonymous_reason"


def test_the_report_named_before_is_no_agentless_source(engine):
    text = ("كشف تقرير صادر عن صندوق النقد العربي أن الدين العام في الدول العربية غير النفطية "
            "ارتفع إلى 89 في المئة من الناتج المحلي. وتوقع التقرير أن يستقر معدل النمو عند 2.8 "
            "في المئة العام المقبل.")
    report = run(engine, text, "ar")
    first = claim_with_source(report, "تقرير صادر عن صندوق النقد العربي")
    later = claim_with_source(report, "التقرير")
    assert later.source.meta["antecedent"] == "تقرير صادر عن صندوق النقد العربي"
    assert later.scores["attribution"].value == first.scores["attribution"].value
    assert rule_findings(report, rules.PASSIVE) == []


def test_the_two_diplomats_point_back_at_two_diplomats(engine):
    text = ("GENEVA (Reuters) - Two Western diplomats, who asked not to be named because the talks "
            "were confidential, said on Tuesday that the negotiations had stalled.\n\n"
            "The two diplomats said a new round could be held in Cairo next week.\n\n"
            "A Hamas official said the group had not received any new proposal. The official "
            "said the movement was ready to return to talks.\n")
    report = run(engine, text, "en")
    found = {f.span.text: f for f in rule_findings(report, rules.ANONYMOUS)}
    assert set(found) == {"Two Western diplomats", "A Hamas official"}
    assert found["Two Western diplomats"].severity == "info"
    assert len(found["Two Western diplomats"].claims) == 2
    # the official gave no reason: one warning for both of its claims, not two
    assert found["A Hamas official"].severity == "warning"
    assert len(found["A Hamas official"].claims) == 2
