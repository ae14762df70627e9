"""Arabic: verbal-noun (masdar) and prepositional objects as content, a long clause between the
source and «، إن», and the speaker a circumstantial participle carries (own sentence, gender)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import attributed, source_text


def claims(text: str):
    return [(source_text(c), c.cue.span.text if c.cue else None, c.content.text)
            for c in attributed(text, "ar")]


# -- 1. masdar and prepositional objects -----------------------------------------------------------


@pytest.mark.parametrize("text, source, cue, content, stance", [
    ("في المقابل، نفت وزارة الدفاع السورية في بيان استهداف أي مناطق سكنية.",
     "وزارة الدفاع السورية", "نفت", "استهداف أي مناطق سكنية", "denial"),
    ("وكانت الأمم المتحدة قد حذرت الشهر الماضي من تدهور الوضع الإنساني في شمال غرب سوريا.",
     "الأمم المتحدة", "حذرت", "تدهور الوضع الإنساني في شمال غرب سوريا", "assertive"),
    ("أعلنت الوزارة مقتل 5 جنود في هجوم قرب الحدود.",
     "الوزارة", "أعلنت", "مقتل 5 جنود في هجوم قرب الحدود", "neutral"),
    ("ونفى المتحدث وجود اتصالات مع الجانب الإيراني.",
     "المتحدث", "ونفى", "وجود اتصالات مع الجانب الإيراني", "denial"),
    ("ونفت موسكو أي تورط في الهجوم على القاعدة.",
     "موسكو", "ونفت", "أي تورط في الهجوم على القاعدة", "denial"),
    ("وأكدت الشرطة اعتقال ثلاثة مشتبه بهم في العاصمة.",
     "الشرطة", "وأكدت", "اعتقال ثلاثة مشتبه بهم في العاصمة", "assertive"),
    ("ورفضت الحكومة الاتهامات التي وجهتها المعارضة.",
     "الحكومة", "ورفضت", "الاتهامات التي وجهتها المعارضة", "denial"),
    ("أعلنت وزارة الداخلية المصرية اليوم الثلاثاء مقتل 3 مسلحين في سيناء.",
     "وزارة الداخلية المصرية", "أعلنت", "مقتل 3 مسلحين في سيناء", "neutral"),
    ("كشفت مصادر مطلعة عن وجود مفاوضات سرية بين الطرفين.",
     "مصادر مطلعة", "كشفت", "وجود مفاوضات سرية بين الطرفين", "assertive"),
    ("ونفى الجيش الإسرائيلي في بيان لرويترز أي مسؤولية عن الانفجار.",
     "الجيش الإسرائيلي", "ونفى", "أي مسؤولية عن الانفجار", "denial"),
    ("واعترف الجيش بمقتل جنديين في الاشتباكات.",
     "الجيش", "واعترف", "مقتل جنديين في الاشتباكات", "assertive"),
    ("حذر خبراء اقتصاديون من ارتفاع جديد في أسعار الوقود.",
     "خبراء اقتصاديون", "حذر", "ارتفاع جديد في أسعار الوقود", "assertive"),
])
def test_masdar_and_prepositional_objects(text, source, cue, content, stance):
    found = attributed(text, "ar")
    assert [(source_text(c), c.cue.span.text, c.content.text) for c in found] == \
        [(source, cue, content)]
    assert found[0].kind == "indirect" and found[0].cue.stance == stance


def test_a_clause_after_the_object_is_background():
    found = claims("وكانت الأمم المتحدة قد حذرت من تدهور الوضع الإنساني في شمال غرب سوريا، حيث "
                   "يعيش أكثر من أربعة ملايين شخص.")
    assert found == [("الأمم المتحدة", "حذرت من", "تدهور الوضع الإنساني في شمال غرب سوريا")]


def test_a_statement_complement_marks_the_claim_as_a_statement():
    claim = attributed("ونفت وزارة الخارجية في بيان وجود أي اتصالات سرية.", "ar")[0]
    assert claim.meta.get("via") == "statement"
    assert claim.source.type == "government"


@pytest.mark.parametrize("text", [
    "ولم تعلن الوزارة عن أي وفيات حتى الآن.",  # negated: the outlet reports a silence
    "واعترفت الولايات المتحدة بالحكومة الجديدة يوم الاثنين.",  # recognition, not speech
    "وأقر البرلمان الموازنة العامة بأغلبية كبيرة.",  # approval of a bill
    "رفضت المحكمة الطعن المقدم من الدفاع.",  # a rejected appeal is an act
    "ورفض المتحدث الإدلاء بأي تعليق.",
    "رفضت الحكومة أن تعلق على الأنباء.",
    "وأعلنت الحكومة الأردنية الحداد ثلاثة أيام.",  # a definite object: an act
    "وتحدث الوزير عن الوضع في غزة.",  # a topic, not a claim
    "نفى محمد العلي التهم الموجهة إليه.",  # an unknown name: where it ends is unknown
    "أعلنت منظمة أطباء بلا حدود تعليق عملها.",  # an unclosed construct: the source is unknown
])
def test_no_claim_where_the_object_or_source_is_unsure(text):
    assert claims(text) == []


@pytest.mark.parametrize("text, source, content", [
    ("وأكد المتحدث باسم الوزارة خالد مجاهد في تصريحات تلفزيونية عدم تسجيل أي وفيات جديدة.",
     "المتحدث باسم الوزارة خالد مجاهد", "عدم تسجيل أي وفيات جديدة"),
    ("ونفى الوزير محمد العلي أمس وجود أي خلافات داخل الحكومة.",
     "الوزير محمد العلي", "وجود أي خلافات داخل الحكومة"),
])
def test_a_name_after_a_title_ends_at_a_complement(text, source, content):
    assert [(source_text(c), c.content.text) for c in attributed(text, "ar")] == \
        [(source, content)]


def test_a_title_takes_only_a_verbal_noun_object():
    # after a title a name could follow: only a known verbal noun or أي opens the object
    assert claims("وأكد الوزير خالد اعتقال المشتبه بهم.") == []
    assert claims("ونفى الوزير أي علم بالصفقة.") == [("الوزير", "ونفى", "أي علم بالصفقة")]


@pytest.mark.parametrize("text", [
    "وقال المرصد إن 12 مدنياً قتلوا، ونفت الوزارة أي تورط في القصف.",
    "وقال المرصد إن 12 مدنياً قتلوا، فيما نفت الوزارة أي تورط في القصف.",
])
def test_a_denial_after_a_claim_is_a_claim_of_its_own(text):
    assert claims(text) == [("المرصد", "وقال", "12 مدنياً قتلوا"),
                            ("الوزارة", claims(text)[1][1], "أي تورط في القصف")]
    assert claims(text)[1][1].endswith("نفت")


def test_an_object_clause_inside_a_claim_is_no_claim_of_its_own():
    found = claims("وقال المرصد إن الحكومة نفت وجود معتقلين في السجن.")
    assert found == [("المرصد", "وقال", "الحكومة نفت وجود معتقلين في السجن")]


# -- 2. a long clause between the source and «، إن» ---------------------------------------------


@pytest.mark.parametrize("text, source, content", [
    ("وقال مسؤول في الدفاع المدني طلب عدم نشر اسمه لأنه غير مخول بالتصريح لوسائل الإعلام، إن "
     "فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض.",
     "مسؤول في الدفاع المدني", "فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض"),
    ("وقال الوزير الذي كان يتحدث في مؤتمر صحفي بعد اجتماع الحكومة، إن الأسعار ستنخفض.",
     "الوزير", "الأسعار ستنخفض"),
    ("وقال الوزير محمد العلي، إن الأسعار ستنخفض الشهر المقبل.",
     "الوزير محمد العلي", "الأسعار ستنخفض الشهر المقبل"),
    ("وقال المتحدث باسم الخارجية الروسية ماريا زاخاروفا في إفادة صحفية أسبوعية، إن موسكو لن "
     "تقبل ذلك.",
     "المتحدث باسم الخارجية الروسية ماريا زاخاروفا", "موسكو لن تقبل ذلك"),
    ("وذكر مصدر أمني عراقي فضل عدم الكشف عن هويته لحساسية الموضوع، أن الهجوم وقع فجراً.",
     "مصدر أمني عراقي", "الهجوم وقع فجراً"),
])
def test_source_before_a_long_clause_and_the_complementizer(text, source, content):
    found = attributed(text, "ar")
    assert [(source_text(c), c.content.text) for c in found] == [(source, content)]
    assert found[0].kind == "indirect"


def test_an_anonymous_source_before_a_long_clause_is_typed_anonymous():
    claim = attributed("وقال مسؤول في الدفاع المدني طلب عدم نشر اسمه، إن الحصيلة مرشحة "
                       "للارتفاع.", "ar")[0]
    assert claim.source.type == "anonymous"


def test_another_cue_in_the_clause_keeps_its_own_claim():
    # "وأكد" between the first cue and «، إن» opens its own clause: no claim for «وقال المسؤول»
    assert claims("وقال المسؤول الذي وصل أمس ثم أكد، إن الاتفاق صامد.") == []


# -- 3. the speaker a participle carries -----------------------------------------------------------


IDLIB = ("قال المرصد السوري لحقوق الإنسان إن 12 مدنياً على الأقل قتلوا اليوم في غارات جوية.\n"
         "وأضاف مدير المرصد رامي عبد الرحمن لـ«رويترز»: «بين القتلى ثلاثة أطفال وامرأتان».\n"
         "في المقابل، نفت وزارة الدفاع السورية في بيان استهداف أي مناطق سكنية، مؤكدة أن "
         "الغارات طالت «مواقع للإرهابيين».\n")


def test_the_participle_follows_its_own_sentence_speaker():
    found = attributed(IDLIB, "ar")
    last = found[-1]
    assert last.cue.span.text == "مؤكدة"
    assert source_text(last) == "وزارة الدفاع السورية"
    assert last.content.text == "الغارات طالت «مواقع للإرهابيين»"
    assert last.source.meta["carried_from"]


def test_a_feminine_participle_skips_a_masculine_speaker():
    text = ("قالت وزارة الصحة إن 30 شخصاً أصيبوا في الانفجار.\n"
            "وقال مدير المستشفى أحمد سالم إن بين المصابين أطفالاً.\n"
            "وتابعت في بيانها، مؤكدة أن فرق الإسعاف ما زالت في الموقع.\n")
    last = attributed(text, "ar")[-1]
    assert (source_text(last), last.cue.span.text) == ("وزارة الصحة", "مؤكدة")


def test_a_masculine_participle_does_not_take_a_feminine_source_of_its_sentence():
    text = ("وقال مدير المستشفى أحمد سالم إن 12 جريحاً وصلوا ليلاً.\n"
            "وأكدت وزارة الصحة أن الوضع تحت السيطرة، مضيفاً أن فرقاً إضافية أرسلت.\n")
    found = attributed(text, "ar")
    assert [c.cue.span.text for c in found] == ["وقال", "وأكدت"]


def test_the_subject_of_a_non_reporting_opening_verb_speaks():
    text = ("وقال شاهد عيان لرويترز إنه سمع دوياً هائلاً.\n"
            "ونشرت الوزارة صوراً للموقع، مؤكدة أن الأضرار محدودة.\n")
    last = attributed(text, "ar")[-1]
    assert (source_text(last), last.content.text) == ("الوزارة", "الأضرار محدودة")


def test_no_earlier_speaker_when_the_sentence_has_a_subject_of_its_own():
    text = ("قال المرصد إن القصف استمر طوال الليل.\n"
            "وأكد الوزير خالد ضرورة التهدئة، مشيراً إلى أن المفاوضات مستمرة.\n")
    found = attributed(text, "ar")
    assert [c.cue.span.text for c in found] == ["قال"]  # not «مشيراً» with the observatory


def test_a_masculine_participle_still_carries_a_masculine_speaker():
    text = ("وقال المتحدث باسم الجيش إن القوات صدت هجوماً.\n"
            "وأضاف أن الهجوم انطلق من الحدود، مشيراً إلى أن المهاجمين تراجعوا.\n")
    last = attributed(text, "ar")[-1]
    assert (source_text(last), last.cue.span.text) == ("المتحدث باسم الجيش", "مشيراً إلى")


def test_a_continuation_verb_carries_the_speaker_of_its_gender():
    text = ("وقالت وزيرة الصحة منى الخطيب إن 30 شخصاً أصيبوا.\n"
            "وقال مدير المستشفى أحمد سالم إن بين المصابين أطفالاً.\n"
            "وأضافت أن الوزارة أرسلت فرقاً إضافية.\n"
            "وأضاف أن المستشفى يعمل بطاقته القصوى.\n")
    found = [(c.cue.span.text, source_text(c)) for c in attributed(text, "ar")]
    assert found[2:] == [("وأضافت", "وزيرة الصحة منى الخطيب"),
                         ("وأضاف", "مدير المستشفى أحمد سالم")]


def test_a_continuation_verb_with_no_agreeing_speaker_gives_no_claim():
    text = ("وقال مدير المستشفى أحمد سالم إن بين المصابين أطفالاً.\n"
            "وأضافت أن الوزارة أرسلت فرقاً إضافية.\n")
    assert [c.cue.span.text for c in attributed(text, "ar")] == ["وقال"]
