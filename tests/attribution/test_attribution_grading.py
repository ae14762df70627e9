"""The attribution ladder on hand-made claims: each grade from a real news sentence, in both
languages, with the extractor's Source as given and the text read around it."""

from __future__ import annotations

import pytest
from attribution_helpers import analysis_of, make_claim
from claimcheck_attribution.context import context
from claimcheck_attribution.sources import assess


def grade(text: str, lang: str, content: str, **kw):
    analysis = analysis_of(text, lang)
    claim = make_claim(analysis, content, **kw)
    analysis.claims = [claim]
    return assess(claim, context(analysis))


CASES = [
    # (text, lang, content, claim kwargs, expected grade)
    ("وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات كانت بناءة.", "ar",
     "المحادثات كانت بناءة", dict(source="وزير الخارجية الروسي سيرغي لافروف", cue="وقال"),
     "person_role"),
    ("وقال ستوارت جونز، القائم بأعمال مساعد الوزير، إن واشنطن سترسل ممثلا.", "ar",
     "واشنطن سترسل ممثلا", dict(source="ستوارت جونز", cue="وقال"), "person_role"),
    ("وقال فواز جرجس إن وقف إطلاق النار هش.", "ar", "وقف إطلاق النار هش",
     dict(source="فواز جرجس", cue="وقال"), "person"),
    ("وذكر البيت الأبيض في بيان أن المحادثة كانت جيدة للغاية.", "ar",
     "المحادثة كانت جيدة للغاية",
     dict(source="البيت الأبيض", source_type="government", cue="وذكر",
          source_meta={"metonym": True}), "statement"),
    ("وقالت وزارة الصحة إن المستشفيات استقبلت 40 جريحا.", "ar",
     "المستشفيات استقبلت 40 جريحا",
     dict(source="وزارة الصحة", source_type="government", cue="وقالت"), "institution"),
    ("وقالت موسكو إن المعارضة السورية هي المسؤولة عن استخدام غاز الأعصاب.", "ar",
     "المعارضة السورية هي المسؤولة عن استخدام غاز الأعصاب",
     dict(source="موسكو", source_type="government", cue="وقالت"), "metonym"),
    ("وجاء في بيان أن الاجتماع أرجئ إلى موعد لاحق.", "ar", "الاجتماع أرجئ إلى موعد لاحق",
     dict(source="بيان", source_type="document", cue="وجاء في"), "document"),
    ("وقال بيان البيت الأبيض إن ترامب وبوتين تحدثا بشأن كوريا الشمالية.", "ar",
     "ترامب وبوتين تحدثا بشأن كوريا الشمالية",
     dict(source="بيان البيت الأبيض", source_type="document", cue="وقال"), "statement"),
    ("وقال مسؤول كبير بإدارة ترامب إن الاتصال جاء بناء على طلب من بوتين.", "ar",
     "الاتصال جاء بناء على طلب من بوتين",
     dict(source="مسؤول كبير بإدارة ترامب", source_type="person", cue="وقال"), "anonymous"),
    ("وقال مسؤول أمني طلب عدم الكشف عن اسمه إن الهجوم استهدف نقطة تفتيش.", "ar",
     "الهجوم استهدف نقطة تفتيش",
     dict(source="مسؤول أمني", source_type="anonymous", cue="وقال"), "anonymous_reason"),
    ("ويقول مراقبون إن الاتفاق لن يصمد طويلا.", "ar", "الاتفاق لن يصمد طويلا",
     dict(source="مراقبون", source_type="anonymous", cue="ويقول"), "vague"),
    ("وقيل إن بوتين وترامب اتفقا على تكثيف الحوار.", "ar", "بوتين وترامب اتفقا على تكثيف الحوار",
     dict(source=None, cue="وقيل"), "agentless"),
    ("وبحسب تقارير إعلامية فإن الوفد غادر العاصمة.", "ar", "الوفد غادر العاصمة",
     dict(source="تقارير إعلامية", source_type="document", cue="وبحسب",
          kind="according_to"), "agentless"),
    # English
    ("Kremlin spokesman Dmitry Peskov said the talks were constructive.", "en",
     "the talks were constructive",
     dict(source="Kremlin spokesman Dmitry Peskov", cue="said"), "person_role"),
    ("“The ceasefire is fragile,” said Fawaz Gerges, a professor at the London School of "
     "Economics.", "en", "The ceasefire is fragile", dict(source="Fawaz Gerges", cue="said",
                                                          kind="direct"), "person_role"),
    ("Smith said the ceasefire was fragile.", "en", "the ceasefire was fragile",
     dict(source="Smith", cue="said"), "person"),
    ("The ministry said in a statement that 40 people were wounded.", "en",
     "40 people were wounded",
     dict(source="The ministry", source_type="government", cue="said"), "statement"),
    ("The State Department said the envoy would attend the talks.", "en",
     "the envoy would attend the talks",
     dict(source="The State Department", source_type="government", cue="said"), "institution"),
    ("Moscow said the opposition was responsible.", "en", "the opposition was responsible",
     dict(source="Moscow", source_type="government", cue="said"), "metonym"),
    ("A senior Trump administration official said the call came at Putin's request.", "en",
     "the call came at Putin's request",
     dict(source="A senior Trump administration official", source_type="person", cue="said"),
     "anonymous"),
    ("Two diplomats, who asked not to be named because they were not authorized to speak "
     "publicly, said the talks had stalled.", "en", "the talks had stalled",
     dict(source="Two diplomats", source_type="anonymous", cue="said"), "anonymous_reason"),
    ("Experts say the ceasefire is unlikely to hold.", "en", "the ceasefire is unlikely to hold",
     dict(source="Experts", source_type="organization", cue="say"), "vague"),
    ("The rebels reportedly withdrew from the town.", "en", "The rebels reportedly withdrew",
     dict(source=None, cue="reportedly", kind="indirect", source_meta={}), "agentless"),
]


@pytest.mark.parametrize(("text", "lang", "content", "kw", "expected"), CASES,
                         ids=[f"{c[1]}-{c[4]}-{n}" for n, c in enumerate(CASES)])
def test_grade(text: str, lang: str, content: str, kw: dict, expected: str) -> None:
    a = assess_case(text, lang, content, kw)
    assert a.grade == expected, a.reason
    assert a.reason.endswith(".") and len(a.reason) > 20


def assess_case(text: str, lang: str, content: str, kw: dict):
    return grade(text, lang, content, **kw)


def test_the_ladder_orders_the_grades() -> None:
    values = {expected: assess_case(t, lang, c, kw).value for t, lang, c, kw, expected in CASES}
    order = ["person_role", "person", "statement", "institution", "metonym", "document",
             "anonymous_reason", "anonymous", "agentless"]
    assert [values[g] for g in order] == sorted((values[g] for g in order), reverse=True)
    assert len({values[g] for g in order}) == len(order)


def test_anonymity_reason_is_quoted_from_the_text() -> None:
    a = grade("وقال مسؤول أمني طلب عدم الكشف عن اسمه إن الهجوم استهدف نقطة تفتيش.", "ar",
              "الهجوم استهدف نقطة تفتيش", source="مسؤول أمني", source_type="anonymous",
              cue="وقال")
    assert a.anonymity is not None
    label, span = a.anonymity
    assert label == "asked not to be named"
    assert span.text == "طلب عدم الكشف عن"


def test_reason_in_the_next_sentence_of_the_paragraph_counts() -> None:
    a = grade("An official said the strike hit a depot. He spoke on condition of anonymity "
              "because he was not authorized to brief reporters.", "en",
              "the strike hit a depot", source="An official", source_type="anonymous",
              cue="said")
    assert a.grade == "anonymous_reason"
    assert a.anonymity and a.anonymity[0] == "not authorized to speak"


def test_metonym_is_backed_by_a_statement_named_elsewhere_in_the_article() -> None:
    text = ("وأشارت بيانات من البيت الأبيض والكرملين إلى أن المحادثة كانت بناءة.\n"
            "وقال الكرملين إن الزعيمين اتفقا على تكثيف الحوار.\n"
            "وقالت موسكو إن المعارضة هي المسؤولة.")
    analysis = analysis_of(text, "ar")
    kremlin = make_claim(analysis, "الزعيمين اتفقا على تكثيف الحوار", source="الكرملين",
                         source_type="government", cue="وقال", source_meta={"metonym": True},
                         after=text.index("\n"))
    moscow = make_claim(analysis, "المعارضة هي المسؤولة", source="موسكو", cid="c2",
                        source_type="government", cue="وقالت", source_meta={"metonym": True})
    analysis.claims = [kremlin, moscow]
    ctx = context(analysis)
    assert assess(kremlin, ctx).grade == "institution_statement"
    assert assess(moscow, ctx).grade == "metonym"
    assert assess(kremlin, ctx).value > assess(moscow, ctx).value


def test_a_named_spokesperson_backs_the_institution() -> None:
    text = ("Kremlin spokesman Dmitry Peskov told reporters the call had been useful. "
            "The Kremlin said the two leaders would meet in July.")
    analysis = analysis_of(text, "en")
    claim = make_claim(analysis, "the two leaders would meet in July", source="The Kremlin",
                       source_type="government", cue="said", source_meta={"metonym": True})
    analysis.claims = [claim]
    assert assess(claim, context(analysis)).grade == "institution_statement"


def test_a_named_person_from_the_extractor_is_not_made_anonymous() -> None:
    a = grade("وقال المسؤول الأميركي جون سميث إن المحادثات ستستأنف.", "ar", "المحادثات ستستأنف",
              source="المسؤول الأميركي جون سميث", source_type="person", cue="وقال")
    assert a.grade == "person_role"
    a = grade("John Smith, an official at the ministry, said talks would resume.", "en",
              "talks would resume", source="John Smith, an official at the ministry",
              source_type="person", cue="said")
    assert a.grade == "person_role"


def test_a_role_given_where_the_person_is_first_named_counts_later() -> None:
    text = ("التقى الرئيس الأميركي دونالد ترامب نظيره الروسي يوم الثلاثاء.\n"
            "وقال ترامب إن اللقاء كان مثمرا.")
    analysis = analysis_of(text, "ar")
    claim = make_claim(analysis, "اللقاء كان مثمرا", source="ترامب", cue="وقال",
                       after=text.index("\n"))
    analysis.claims = [claim]
    assert assess(claim, context(analysis)).grade == "person_role"


def test_nested_claims_are_graded_no_higher_than_their_parent() -> None:
    text = "وقالت موسكو إن الرئيس بشار الأسد أكد أن الجيش لم يستخدم أسلحة كيماوية."
    analysis = analysis_of(text, "ar")
    outer = make_claim(analysis, "الرئيس بشار الأسد أكد أن الجيش لم يستخدم أسلحة كيماوية",
                       source="موسكو", source_type="government", cue="وقالت")
    inner = make_claim(analysis, "الجيش لم يستخدم أسلحة كيماوية", cid="c2",
                       source="الرئيس بشار الأسد", source_type="person", cue="أكد")
    inner.parent = "c1"
    analysis.claims = [outer, inner]
    ctx = context(analysis)
    assert assess(inner, ctx).grade == "metonym"
    assert assess(inner, ctx).data["own_grade"] == "person_role"
    assert "Reported through c1" in assess(inner, ctx).reason


def test_unattributed_claims_need_checkable_content_to_score_none() -> None:
    toll = grade("وقتل 35 مدنيا على الأقل في الغارات.", "ar", "وقتل 35 مدنيا على الأقل في الغارات",
                 kind="unattributed")
    assert toll.grade == "none"
    assert [k for k, _ in toll.checkable][:2] == ["toll", "statistic"]
    plain = grade("وتحدث الزعيمان هاتفيا يوم الثلاثاء.", "ar",
                  "وتحدث الزعيمان هاتفيا يوم الثلاثاء", kind="unattributed")
    assert plain.grade == "own_voice" and plain.value > toll.value
    hedged = grade("ووضع الزعيمان الأساس لما قد يكون أول اجتماع مباشر بينهما.", "ar",
                   "ووضع الزعيمان الأساس لما قد يكون أول اجتماع مباشر بينهما",
                   kind="unattributed")
    assert hedged.grade == "own_voice"
    month = grade("وتولى السلطة في 20 كانون الثاني.", "ar", "وتولى السلطة في 20 كانون الثاني",
                  kind="unattributed")
    assert month.grade == "own_voice"
