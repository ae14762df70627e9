"""Name variants: what counts as one name spelled two ways, and the guards against look-alikes."""

from __future__ import annotations

import pytest
from claimcheck_consistency.lexicon import load
from claimcheck_consistency.names import ar_variants, en_variants, variant_groups
from consistency_helpers import analysis_of, check_text, of_rule


@pytest.mark.parametrize(("a", "b"), [
    ("ترامب", "ترمب"),
    ("استانه", "استانا"),  # آستانة / استانا after normalization
    ("قازاخستان", "كازاخستان"),
    ("هامبورغ", "هامبورج"),
    ("بوتين", "بوتن"),
])
def test_arabic_transliteration_variants(a, b):
    assert ar_variants(a, b, load("ar"))


@pytest.mark.parametrize(("a", "b"), [
    ("رئيس", "رئيسي"),  # الرئيس / الرئيسي
    ("سوريا", "سوريه"),  # a known equivalent pair
    ("روسيا", "روسيه"),  # روسيا / روسية: the nisba, not a spelling
    ("سوري", "سوريه"),
    ("تقارير", "تقرير"),  # a broken plural of a common word
    ("امكان", "اماكن"),  # letters moved, not a vowel written in
    ("وزاره", "وزير"),
    ("مسلحين", "مسلحون"),
])
def test_arabic_look_alikes_are_not_variants(a, b):
    assert not ar_variants(a, b, load("ar"))


@pytest.mark.parametrize(("a", "b", "same"), [
    ("kyiv", "kiev", True),
    ("gaddafi", "qaddafi", True),
    ("zelensky", "zelenskyy", True),
    ("austria", "australia", False),
    ("syria", "syrian", False),
    ("iraq", "iraqi", False),
    ("trump", "trump's", False),
])
def test_english_pairs(a, b, same):
    assert en_variants(a, b, load("en")) is same


def test_hamza_alef_ya_teh_marbuta_alone_do_not_count():
    text = ("قالت أميركا إن الإدارة الأميركية ستدرس الاقتراح.\n"
            "وأكد مسؤول في الادارة الاميركية أن امريكا لن تتراجع.\n"
            "وقالت مصادر في إسرائيل واسرائيل إن المباحثات مستمرة.")
    assert variant_groups(analysis_of(text)) == []


def test_clitics_are_stripped_before_comparing():
    text = ("وصل الوفد إلى كازاخستان يوم الأربعاء.\n"
            "وتعقد المحادثات في العاصمة كازاخستان منذ عام.\n"
            "وتستضيف العاصمة المحادثات بقازاخستان للمرة الخامسة.")
    [group] = variant_groups(analysis_of(text))
    assert [f.stem for f in group] == ["كازاخستان", "قازاخستان"]
    assert group[1].words[0].text == "بقازاخستان"


def test_finding_points_at_the_odd_spelling_and_every_other(engine):
    text = ("Gaddafi's forces shelled the city on Monday.\n"
            "Rebels said Gaddafi had lost control of the east.\n"
            "A spokesman for Qaddafi denied the claim.")
    report = check_text(engine, text, "a.txt")
    [f] = of_rule(report, "consistency.name-variant")
    assert f.span.text == "Qaddafi" and text[f.span.start:f.span.end] == "Qaddafi"
    assert [s.text for s in f.related] == ["Gaddafi", "Gaddafi"]
    assert "line 3" in f.message and "line 1" in f.message


def test_a_one_off_pair_of_rare_words_is_not_reported():
    text = ("وقال ستوارت إن الوفد سيصل غداً.\n"
            "وأضاف أن الرحلة ستستغرق يومين.\n"
            "ووصل ستيوارت إلى المطار.")
    assert variant_groups(analysis_of(text)) == []


def test_a_noun_and_its_broken_plural_are_not_one_name():
    text = ("وقال حاكم إقليم دارفور إن الوضع خطير.\n"
            "وتشهد عدة أقاليم في السودان اشتباكات.\n"
            "وأضاف أن الإقليم يحتاج إلى مساعدات، وأن الأقاليم الأخرى تعاني أيضاً.")
    assert variant_groups(analysis_of(text)) == []


def test_a_word_with_tanween_is_no_name():
    text = ("وقال الوزير مضيفاً أن الحكومة ستدعم الشركات.\n"
            "وتابع مضيفاً أن الدعم سيستمر.\n"
            "واستقبل الوزير مضيفه في القصر.")
    assert variant_groups(analysis_of(text)) == []


def test_a_conjunction_left_on_a_respelled_name_is_taken_off():
    text = ("وصل وزير خارجية إيران إلى الرياض.\n"
            "وتسعى إيران إلى تحسين العلاقات.\n"
            "وقال مسؤول إن السعودية وإيرن اتفقتا على تبادل السفراء.")
    [group] = variant_groups(analysis_of(text))
    assert [f.stem for f in group] == ["ايران", "ايرن"]
    odd = group[1].words[0]
    assert text[odd.start:odd.end] == "إيرن"


def test_a_name_inside_a_longer_english_name_is_another_thing(engine):
    text = ("Saudi Arabia's economy grew 4% in Riyadh's estimate.\n"
            "\"The figures confirm the resilience,\" said Majed al-Qahtani of Riyad Bank.\n"
            "Officials in Riyadh said spending would rise.")
    report = check_text(engine, text, "a.txt")
    assert of_rule(report, "consistency.name-variant") == []


def test_a_word_that_starts_with_waw_keeps_it():
    text = ("وقالت وزارة الخارجية إن الزيارة ناجحة.\n"
            "وأعلنت وزارة الدفاع عن زيارة مرتقبة.\n"
            "وأكدت وزارة الداخلية أن الزيارة ستتم.")
    assert variant_groups(analysis_of(text)) == []
