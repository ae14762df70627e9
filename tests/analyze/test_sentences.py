"""Quote-aware sentences and paragraphs on real-style news copy, Arabic and English."""

from __future__ import annotations

import pytest

from claimcheck.analyze.build import pipeline

SEED_KREMLIN = ("وذكر الكرملين في بيانه «الهدف هو تهيئة الظروف لإطلاق عملية من أجل حل فعلي "
                "في سوريا. هذا يعني أن وزيري الخارجية الروسي والأميركي سيبلغان الزعيمين "
                "بشأن التقدم في هذا الاتجاه».")


def test_arabic_quotation_over_two_sentences_is_one_sentence(sentences):
    text = ("وقال الكرملين إن بوتين وترامب اتفقا على تكثيف الحوار.\n" + SEED_KREMLIN +
            " وقال بيان البيت الأبيض إن ترامب وبوتين «تحدثا بشأن كوريا الشمالية».\n")
    assert sentences("ar", text) == [
        "وقال الكرملين إن بوتين وترامب اتفقا على تكثيف الحوار.",
        SEED_KREMLIN,
        "وقال بيان البيت الأبيض إن ترامب وبوتين «تحدثا بشأن كوريا الشمالية».",
    ]


def test_arabic_splits_at_question_and_exclamation_marks_outside_quotes(sentences):
    text = ("هل تنجح محادثات آستانة؟ يقول دبلوماسيون إن الفرص ضئيلة! "
            "وتساءل الوزير «هل هذا معقول؟ لا أظن» قبل أن يغادر القاعة.\n")
    assert sentences("ar", text) == [
        "هل تنجح محادثات آستانة؟",
        "يقول دبلوماسيون إن الفرص ضئيلة!",
        "وتساءل الوزير «هل هذا معقول؟ لا أظن» قبل أن يغادر القاعة.",
    ]


def test_arabic_abbreviations_and_numbers(sentences):
    text = ("قال د. محمد السيد لوكالة (أ.ف.ب) إن 3.5 مليون شخص نزحوا. "
            "وأوضح م. أحمد خليل أن الخسائر بلغت ٢٫٥ مليار دولار عام 2017 م. "
            "وأضاف أن الأرقام قد ترتفع.\n")
    assert sentences("ar", text) == [
        "قال د. محمد السيد لوكالة (أ.ف.ب) إن 3.5 مليون شخص نزحوا.",
        "وأوضح م. أحمد خليل أن الخسائر بلغت ٢٫٥ مليار دولار عام 2017 م.",
        "وأضاف أن الأرقام قد ترتفع.",
    ]


def test_arabic_agency_credit_with_spaced_dots_does_not_split(sentences):
    text = ("وذكرت (ا. ف. ب.) أن الوفد الروسي وصل إلى آستانة صباح الأربعاء. "
            "وقال دبلوماسي إن الجو إيجابي.\n")
    assert sentences("ar", text) == [
        "وذكرت (ا. ف. ب.) أن الوفد الروسي وصل إلى آستانة صباح الأربعاء.",
        "وقال دبلوماسي إن الجو إيجابي.",
    ]


def test_arabic_glued_closing_quote_and_stop(sentences):
    text = "وقال «لن نسمح بذلك».وأضاف: «سنرد.» ثم غادر.\n"
    # "بذلك»." and the next word are one token in spaCy: a sentence never cuts a token
    doc = pipeline("ar")(text)
    for sent in doc.sents:
        assert sent.start_char == doc[sent.start].idx
    assert sentences("ar", "وقال «لن نسمح بذلك». وأضاف: «سنرد.» ثم غادر.\n") == [
        "وقال «لن نسمح بذلك».", "وأضاف: «سنرد.»", "ثم غادر."]


def test_ellipsis_inside_a_quotation_and_outside(sentences):
    text = ("وذكر البيت الأبيض في بيان «المحادثة كانت جيدة للغاية وشملت نقاشاً بشأن مناطق آمنة… "
            "لتحقيق سلام دائم». وانتهى الاتصال… وبدأ التحليل.\n")
    assert sentences("ar", text) == [
        "وذكر البيت الأبيض في بيان «المحادثة كانت جيدة للغاية وشملت نقاشاً بشأن مناطق آمنة… "
        "لتحقيق سلام دائم».",
        "وانتهى الاتصال…",
        "وبدأ التحليل.",
    ]


def test_english_abbreviations_initials_and_decimals(sentences):
    text = ("Gen. Joseph Dunford met Mr. Putin's envoy at 10 a.m. on Jan. 20 in St. Petersburg, "
            "U.S. officials said. The talks, worth $3.5 billion, were held at No. 10 Main St. in "
            "the old city. Sen. John McCain, R-Ariz., and J.R.R. Smith attended.\n")
    assert sentences("en", text) == [
        "Gen. Joseph Dunford met Mr. Putin's envoy at 10 a.m. on Jan. 20 in St. Petersburg, "
        "U.S. officials said.",
        "The talks, worth $3.5 billion, were held at No. 10 Main St. in the old city.",
        "Sen. John McCain, R-Ariz., and J.R.R. Smith attended.",
    ]


def test_english_sentence_ending_in_an_abbreviation(sentences):
    text = ("The sanctions target companies in the U.S. The Kremlin called them illegal. "
            "He left at 5 p.m. But the talks went on.\n")
    assert sentences("en", text) == [
        "The sanctions target companies in the U.S.",
        "The Kremlin called them illegal.",
        "He left at 5 p.m.",
        "But the talks went on.",
    ]


def test_english_weekday_abbreviations_stay_whole_and_end_sentences_only_before_a_new_one(
        sentences):
    # spaCy's English tokenizer cuts "Wed." as "We" + "d." and ended the sentence after it
    text = ("The minister said on Wed., May 9, that talks would resume. Sen. Smith met him on "
            "Thurs. and left. It rained on Fri. The roads were closed.\n")
    assert sentences("en", text) == [
        "The minister said on Wed., May 9, that talks would resume.",
        "Sen. Smith met him on Thurs. and left.",
        "It rained on Fri.",
        "The roads were closed.",
    ]
    assert "Wed." in [t.text for t in pipeline("en")(text)]


def test_a_comma_after_an_abbreviation_never_ends_the_sentence(sentences):
    text = "Exports to the U.S., China and Japan rose, the ministry said.\n"
    assert sentences("en", text) == [text.strip()]


def test_english_quotations(sentences):
    text = ("“We had a very good call. We agreed to talk again,” Trump told reporters. "
            "\"Stop. Now.\" She left. The aide said... and then paused. "
            "Asked about Syria, he said: „Wait and see.“ Then he left.\n")
    assert sentences("en", text) == [
        "“We had a very good call. We agreed to talk again,” Trump told reporters.",
        "\"Stop. Now.\"",
        "She left.",
        "The aide said... and then paused.",
        "Asked about Syria, he said: „Wait and see.“",
        "Then he left.",
    ]


def test_english_quote_that_runs_over_paragraphs(sentences, paragraphs):
    text = ("\"We will not stop until the job is done. We owe it to the families.\n"
            "\"We will keep going,\" the minister said. Reporters asked no more.\n")
    assert paragraphs("en", text) == [
        "\"We will not stop until the job is done. We owe it to the families.",
        "\"We will keep going,\" the minister said. Reporters asked no more.",
    ]
    assert sentences("en", text) == [
        "\"We will not stop until the job is done. We owe it to the families.",
        "\"We will keep going,\" the minister said.",
        "Reporters asked no more.",
    ]


def test_question_inside_quote_before_speaker(sentences):
    text = "\"Why now?\" asked Lavrov. \"Because it is time!\" Tillerson replied.\n"
    assert sentences("en", text) == ["\"Why now?\" asked Lavrov.",
                                     "\"Because it is time!\" Tillerson replied."]


def test_paragraphs_one_per_line_and_headings(paragraphs):
    text = ("Putin and Trump discuss Syria\n"
            "MOSCOW (Reuters) - The leaders spoke by phone on Tuesday.\n\n"
            "The Kremlin said the call was businesslike.\n")
    assert paragraphs("en", text) == [
        "Putin and Trump discuss Syria",
        "MOSCOW (Reuters) - The leaders spoke by phone on Tuesday.",
        "The Kremlin said the call was businesslike.",
    ]


def test_hard_wrapped_paragraphs_are_blank_line_separated(paragraphs, sentences):
    text = ("Syria talks\n"
            "MOSCOW (Reuters) - Russian President Vladimir Putin and U.S. President\n"
            "Donald Trump agreed on Tuesday to intensify talks on Syria, the\n"
            "Kremlin said in a statement after their first call since April.\n\n"
            "The White House said the call was very good and included a\n"
            "discussion of safe zones, a senior official told reporters.\n")
    assert paragraphs("en", text) == [
        "Syria talks",
        "MOSCOW (Reuters) - Russian President Vladimir Putin and U.S. President\n"
        "Donald Trump agreed on Tuesday to intensify talks on Syria, the\n"
        "Kremlin said in a statement after their first call since April.",
        "The White House said the call was very good and included a\n"
        "discussion of safe zones, a senior official told reporters.",
    ]
    assert len(sentences("en", text)) == 3


def test_sentences_cover_whole_tokens_and_every_token(sentences):
    text = ("وقال الكرملين في بيان اثر اتصال هاتفي بين الرئيسين «تم التركيز على امكان تنسيق "
            "تحركات الولايات المتحدة وروسيا في مكافحة الارهاب»، موضحاً انه تم التوافق «على "
            "تكثيف الحوار بين وزيري خارجية البلدين» لايجاد حل للنزاع السوري.\nرويترز/ا ف ب")
    doc = pipeline("ar")(text)
    covered = []
    for sent in doc.sents:
        covered.extend(range(sent.start, sent.end))
        assert sent.start_char == doc[sent.start].idx
        assert sent.end_char == doc[sent.end - 1].idx + len(doc[sent.end - 1].text)
    assert covered == list(range(len(doc)))
    assert len(sentences("ar", text)) == 2


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_empty_and_whitespace_docs(lang):
    doc = pipeline(lang)("  \n\n ")
    assert len(doc.spans["paragraphs"]) == 0


def test_british_single_quotes_and_apostrophes(sentences):
    text = ("‘We will not stop. We owe it to the families,’ the minister said. Putin’s envoy "
            "agreed. The players’ union said it was ‘a good day.’ Talks resume on Monday.\n")
    assert sentences("en", text) == [
        "‘We will not stop. We owe it to the families,’ the minister said.",
        "Putin’s envoy agreed.",
        "The players’ union said it was ‘a good day.’",
        "Talks resume on Monday.",
    ]


def test_arabic_curly_quotes_written_either_way(sentences):
    text = ("وقال المتحدث ”لن نقبل بذلك. الأمر محسوم” في مؤتمر صحافي. "
            "وأضاف “نحن مستعدون. سنرد” قبل أن يغادر.\n")
    assert sentences("ar", text) == [
        "وقال المتحدث ”لن نقبل بذلك. الأمر محسوم” في مؤتمر صحافي.",
        "وأضاف “نحن مستعدون. سنرد” قبل أن يغادر.",
    ]


def test_norms_fold_arabic_and_lower_english():
    ar = pipeline("ar")("وأعلنت الوزارةُ أنّ ١٥ شخصاً قُتلوا")
    assert [t.norm_ for t in ar] == ["واعلنت", "الوزاره", "ان", "15", "شخصا", "قتلوا"]
    en = pipeline("en")("The Kremlin SAID")
    assert [t.norm_ for t in en] == ["the", "kremlin", "said"]


def test_arabic_agency_initials_at_the_end_of_a_sentence_or_as_its_subject(sentences):
    text = ("وقال مسؤول أمني لوكالة ا ف ب. وأضاف أن الوضع ما زال متوتراً.\n"
            "وذكرت أ.ف.ب. أن الوفد وصل مساء الثلاثاء. وقال د. محمد العلي إن الاتفاق صامد.\n")
    assert sentences("ar", text) == [
        "وقال مسؤول أمني لوكالة ا ف ب.",
        "وأضاف أن الوضع ما زال متوتراً.",
        "وذكرت أ.ف.ب. أن الوفد وصل مساء الثلاثاء.",
        "وقال د. محمد العلي إن الاتفاق صامد.",
    ]


def test_a_stray_opening_quote_does_not_swallow_the_paragraph(sentences):
    text = ("وقال المتحدث «إن الحكومة ملتزمة بالاتفاق. وأضاف أن الوفد سيصل غداً. "
            "وتابع أن المحادثات ستستمر أسبوعاً.\nوقال مسؤول آخر إن الجو إيجابي.\n")
    assert sentences("ar", text) == [
        "وقال المتحدث «إن الحكومة ملتزمة بالاتفاق.",
        "وأضاف أن الوفد سيصل غداً.",
        "وتابع أن المحادثات ستستمر أسبوعاً.",
        "وقال مسؤول آخر إن الجو إيجابي.",
    ]
    text = ('The 6-foot-2" guard scored 20 points. He left in the third quarter. '
            "The team lost.\nThe coach said nothing.\n")
    assert sentences("en", text) == [
        'The 6-foot-2" guard scored 20 points.', "He left in the third quarter.",
        "The team lost.", "The coach said nothing."]
