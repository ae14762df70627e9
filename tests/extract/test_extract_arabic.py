"""The Arabic extractor on realistic wire sentences: each pattern, and what must not be a claim."""

from __future__ import annotations

import pytest

from tests.extract.helpers import attributed, claims_of, source_text


def one(text: str):
    found = attributed(text, "ar")
    assert len(found) == 1, [(c.kind, c.content.text) for c in found]
    return found[0]


def test_verb_first_with_complementizer():
    claim = one("وقالت موسكو إن المعارضة السورية هي المسؤولة عن استخدام غاز الأعصاب.")
    assert claim.kind == "indirect"
    assert source_text(claim) == "موسكو"
    assert claim.source.type == "government" and claim.source.meta["metonym"] is True
    assert claim.cue.span.text == "وقالت" and claim.cue.lemma == "قال"
    assert claim.content.text == "المعارضة السورية هي المسؤولة عن استخدام غاز الأعصاب"


@pytest.mark.parametrize("text, source, lemma, stance", [
    ("فأكد وزير الخارجية السعودي عادل الجبير أن المملكة لن تتراجع عن موقفها.",
     "وزير الخارجية السعودي عادل الجبير", "أكد", "assertive"),
    ("ونفت الوزارة أن تكون قواتها قد دخلت البلدة الحدودية.", "الوزارة", "نفى", "denial"),
    ("وزعم المتحدث باسم الجماعة بأن مقاتليها سيطروا على التلة.", "المتحدث باسم الجماعة", "زعم",
     "doubtful"),
    ("وأشار مسؤول كبير بإدارة ترامب إلى أن الاتصال جاء بطلب روسي.", "مسؤول كبير بإدارة ترامب",
     "أشار", "neutral"),
    ("وشدد رئيس الوزراء على أن الحكومة ستفي بالتزاماتها.", "رئيس الوزراء", "شدد", "assertive"),
    ("ويقول خبراء إن الأسعار سترتفع مجدداً.", "خبراء", "قال", "neutral"),
])
def test_reporting_verbs_and_their_forms(text, source, lemma, stance):
    claim = one(text)
    assert source_text(claim) == source
    assert (claim.cue.lemma, claim.cue.stance) == (lemma, stance)


def test_source_ends_before_complements():
    claim = one("وقال الكرملين في بيان اثر اتصال هاتفي بين الرئيسين "
                "«تم التركيز على مكافحة الارهاب».")
    assert source_text(claim) == "الكرملين"
    assert claim.kind == "direct" and claim.meta["via"] == "statement"
    assert claim.content.text == "تم التركيز على مكافحة الارهاب"
    claim = one("وقال مصدر مطّلع لـ«الشرق الأوسط» إنّ الاجتماع أُرجئ إلى الأسبوع المقبل.")
    assert source_text(claim) == "مصدر مطّلع" and claim.source.type == "anonymous"
    claim = one("وقال شهود عيان لرويترز إن الطائرات حلقت فوق المدينة طوال الليل.")
    assert source_text(claim) == "شهود عيان"
    claim = one("وأعلنت وزارة الصحة يوم الأحد أن حصيلة القتلى ارتفعت إلى 45.")
    assert source_text(claim) == "وزارة الصحة"


def test_subject_first_and_parenthetical_clause():
    claim = one("وزير المالية اللبناني نبيل حداد، الذي تحدث بعد اجتماع الحكومة، قال إن الموازنة "
                "ستحال إلى البرلمان.")
    assert source_text(claim) == "وزير المالية اللبناني نبيل حداد"
    claim = one("أما وزارة الخارجية القطرية فأكدت أن الدوحة لم تتلق أي قائمة مطالب.")
    assert source_text(claim) == "وزارة الخارجية القطرية"
    claim = one("وكشف مسؤول أمني عراقي، طلب عدم نشر اسمه، أن الهجوم نفذه انتحاريان.")
    assert source_text(claim) == "مسؤول أمني عراقي" and claim.source.type == "anonymous"


def test_quotation_before_its_cue():
    claim = one("«لن نقبل بأي تهدئة قبل وقف العدوان»، قال القيادي في الحركة خليل الحية.")
    assert claim.kind == "direct"
    assert source_text(claim) == "القيادي في الحركة خليل الحية"
    assert claim.content.text == "لن نقبل بأي تهدئة قبل وقف العدوان"


def test_multi_sentence_quotation_is_one_claim():
    text = ("وذكر الكرملين في بيانه «الهدف هو تهيئة الظروف لإطلاق عملية من أجل حل فعلي في سوريا. "
            "هذا يعني أن وزيري الخارجية سيبلغان الزعيمين بشأن التقدم».")
    claim = one(text)
    assert claim.kind == "direct" and source_text(claim) == "الكرملين"
    assert claim.content.text.startswith("الهدف") and claim.content.text.endswith("التقدم")


@pytest.mark.parametrize("text, marker, source, content", [
    ("وبحسب مصادر طبية، فإن معظم الجرحى من المدنيين.", "وبحسب", "مصادر طبية",
     "معظم الجرحى من المدنيين"),
    ("قتل خمسة أشخاص في القصف، وفقاً لوزارة الصحة.", "وفقاً", "وزارة الصحة",
     "قتل خمسة أشخاص في القصف"),
    ("وجاء على لسان وزير المالية الكويتي أن العجز سيتراجع.", "على لسان", "وزير المالية الكويتي",
     "العجز سيتراجع"),
    ("ارتفع عدد النازحين إلى 20 ألفاً بحسب ما ذكرت الأمم المتحدة.", "بحسب", "الأمم المتحدة",
     "ارتفع عدد النازحين إلى 20 ألفاً"),
])
def test_according_to(text, marker, source, content):
    claim = one(text)
    assert claim.kind == "according_to"
    assert claim.cue.span.text.startswith(marker.split()[0])
    assert source_text(claim) == source
    assert claim.content.text == content


def test_statement_as_source_and_document_issuer():
    claim = one("وقال بيان البيت الأبيض إن ترامب وبوتين «تحدثا بشأن الوضع في كوريا الشمالية».")
    assert claim.kind == "mixed"
    assert source_text(claim) == "بيان البيت الأبيض"
    assert claim.source.type == "document" and claim.source.meta["issuer"] == "البيت الأبيض"


def test_continuations_carry_the_original_source():
    found = attributed("وقال المتحدث باسم الوزارة أشرف القدرة إن بين القتلى 12 طفلاً. "
                       "وأضاف: «المستشفيات تعمل بطاقتها القصوى». "
                       "وحذرت الأمم المتحدة من أن الوضع يتدهور، مشيرة إلى أن 20 ألفاً نزحوا.", "ar")
    assert [c.kind for c in found] == ["indirect", "direct", "indirect", "indirect"]
    first, added, warned, noted = found
    assert added.source.span == first.source.span
    assert added.source.meta["carried_from"] == first.id
    assert noted.source.span.text == "الأمم المتحدة"
    assert noted.source.meta["carried_from"] == warned.id
    assert warned.content.text == "الوضع يتدهور"


def test_described_as_continues_the_speaker_not_the_object():
    found = attributed("وقال مسؤول كبير إن الاتصال جاء بناء على طلب من بوتين ووصف الاتصال بأنه "
                       "مسعى لطرح أفكاره.", "ar")
    assert len(found) == 2
    assert found[0].content.text == "الاتصال جاء بناء على طلب من بوتين"
    assert found[1].source.span.text == "مسؤول كبير"
    assert found[1].content.text == "مسعى لطرح أفكاره"


def test_nested_claim_points_at_its_parent():
    found = attributed("وقال دبلوماسيون غربيون إن موسكو أبلغت شركاءها بأنها لن تستخدم حق النقض.",
                       "ar")
    outer, inner = found
    assert source_text(outer) == "دبلوماسيون غربيون" and outer.source.type == "anonymous"
    assert source_text(inner) == "موسكو" and inner.parent == outer.id
    assert inner.content.text == "لن تستخدم حق النقض"


@pytest.mark.parametrize("text, cue", [
    ("وقيل إن الرئيس غادر البلاد قبل ساعات من إعلان النتائج.", "وقيل"),
    ("وأفيد بأن الحكومة تدرس رفع أسعار الوقود.", "وأفيد"),
    ("ويُعتقد أن الطائرة سقطت بسبب عطل فني.", "ويُعتقد"),
])
def test_agentless_attribution(text, cue):
    claim = one(text)
    assert claim.cue.span.text == cue
    assert claim.source.type == "anonymous" and claim.source.span is None
    assert claim.source.meta == {"agentless": True}


def test_accusation_with_a_discontinuous_cue():
    claim = one("ورد ترامب على هجوم كيماوي ألقت فيه واشنطن باللائمة على حكومة الرئيس السوري.")
    assert source_text(claim) == "واشنطن" and claim.cue.stance == "accusation"
    assert claim.content.text == "حكومة الرئيس السوري"


@pytest.mark.parametrize("text", [
    "وتحدث الزعيمان هاتفياً للمرة الأولى منذ توتر العلاقات.",
    "ووضع الزعيمان الأساس لما قد يكون أول اجتماع مباشر بينهما.",
    "وشارك في الاجتماع ممثلون عن الأمم المتحدة والاتحاد الأوروبي.",
    "وقصفت الطائرات مواقع في ريف إدلب بين الساعة الثالثة والخامسة.",
])
def test_narration_yields_no_attributed_claim(text):
    assert attributed(text, "ar") == []


def test_outlet_voice_background_is_unattributed():
    claims = claims_of("ويذكر أن القطاع يخضع لحصار منذ عام 2007.", "ar")
    assert [c.kind for c in claims] == ["unattributed"]
    assert claims[0].source.type == "self" and claims[0].cue is None


def test_unattributed_only_where_no_claim_stands():
    claims = claims_of("سعى الرئيس الأميركي دونالد ترامب يوم الثلاثاء إلى تخفيف التوتر مع روسيا.\n"
                       "وقالت موسكو إن المعارضة هي المسؤولة عن الهجوم في 4 نيسان.", "ar")
    assert [c.kind for c in claims] == ["unattributed", "indirect"]


def test_quoted_cue_words_are_not_cues():
    claim = one("وقال الوزير: «لن أقول إن الأزمة انتهت».")
    assert claim.kind == "direct" and source_text(claim) == "الوزير"


def test_morphology_lemma_makes_an_unlisted_form_a_cue():
    """When the analyze step has set token.lemma_ (CAMeL morphology), the lemma finds the cue."""
    from claimcheck.analyze.build import build_analysis
    from claimcheck.extract.arabic import ArabicExtractor
    from claimcheck.model import Article
    from tests.extract.helpers import engine

    text = "وصرحن الناشطات بأن الحملة مستمرة حتى الإفراج عن المعتقلين."
    analysis = build_analysis(Article(text=text, lang="ar"), engine().config)
    assert [c for c in ArabicExtractor(analysis).run() if c.kind != "unattributed"] == []
    analysis = build_analysis(Article(text=text, lang="ar"), engine().config)
    analysis.doc[0].lemma_ = "صَرَّحَ"
    found = [c for c in ArabicExtractor(analysis).run() if c.kind != "unattributed"]
    assert len(found) == 1
    assert found[0].cue.lemma == "صرح" and found[0].source.span.text == "الناشطات"
    assert found[0].content.text == "الحملة مستمرة حتى الإفراج عن المعتقلين"


def test_headline_speaker_before_colon():
    claim = one("رئيس الوزراء: «الموازنة الجديدة لن تمس رواتب الموظفين»")
    assert claim.kind == "direct" and claim.cue is None
    assert source_text(claim) == "رئيس الوزراء" and claim.source.type == "person"


def test_verb_and_participle_are_one_cue_and_quotes_continue_the_speaker():
    found = attributed("وصرح وزير النفط العراقي حيان عبد الغني للصحفيين بأن الإنتاج سيرتفع.\n"
                       "وتابع قائلاً: «نحن ملتزمون باتفاق أوبك+».\n"
                       "«لن تكون هناك زيادة أحادية».", "ar")
    said, went_on, quote = found
    assert source_text(said) == "وزير النفط العراقي حيان عبد الغني"
    assert went_on.cue.span.text == "وتابع قائلاً" and went_on.kind == "direct"
    assert went_on.source.meta["carried_from"] == said.id
    assert quote.cue is None and quote.source.span == said.source.span
    assert quote.content.text == "لن تكون هناك زيادة أحادية"


def test_cited_source_behind_an_agency():
    claim = one("ونقلت صحيفة الصباح الرسمية عن مسؤول حكومي قوله إن الموازنة ستقر قريباً.")
    assert source_text(claim) == "مسؤول حكومي" and claim.source.type == "anonymous"
    assert claim.source.meta["via_outlet"] == "صحيفة الصباح الرسمية"


def test_in_his_words_points_back_at_the_last_speaker():
    found = attributed("وقال الوزير إن الوضع مستقر. وتعيش البلاد «أصعب أيامها منذ الحرب»، على حد "
                       "قوله.", "ar")
    said, words = found
    assert words.kind == "according_to" and words.source.meta["carried_from"] == said.id
    assert words.content.text == "وتعيش البلاد «أصعب أيامها منذ الحرب»"
