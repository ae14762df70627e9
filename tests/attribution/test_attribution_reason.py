"""A reason for anonymity belongs to the source it is attached to, and is no part of its name.

"وبحسب مصادر طبية، فإن عدد الجرحى تجاوز 40 شخصاً.\nوقال مسؤول في الدفاع المدني طلب عدم نشر اسمه
..." : the reason is the official's, not the medical sources'; and the official's source phrase
ends at "مسؤول في الدفاع المدني".
"""

from __future__ import annotations

import pytest
from attribution_helpers import analysis_of, make_claim, make_engine, rule_findings, run
from claimcheck_attribution import rules
from claimcheck_attribution.context import context
from claimcheck_attribution.sources import assess

IDLIB = ("مقتل 12 شخصاً في غارات على إدلب\n\n"
         "قال المرصد السوري لحقوق الإنسان إن 12 مدنياً على الأقل قتلوا اليوم في غارات جوية.\n"
         "وبحسب مصادر طبية في المنطقة، فإن عدد الجرحى تجاوز 40 شخصاً، بينهم حالات خطرة.\n"
         "وقال مسؤول في الدفاع المدني طلب عدم نشر اسمه لأنه غير مخول بالتصريح لوسائل الإعلام، "
         "إن فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض.\n")

IDLIB_EN = ("Air strikes kill 12 people in Idlib\n\n"
            "At least 12 civilians were killed in air strikes on Idlib province on Wednesday, "
            "the Syrian Observatory for Human Rights said.\n"
            "According to medical sources in the area, more than 40 people were wounded. "
            "A civil defence official, who asked not to be named because he was not authorized "
            "to speak to the media, said rescuers were still searching the rubble.\n")


@pytest.fixture(scope="module")
def engine():
    return make_engine()


def grade(text: str, lang: str, content: str, **kw):
    analysis = analysis_of(text, lang)
    claim = make_claim(analysis, content, **kw)
    analysis.claims = [claim]
    return assess(claim, context(analysis))


@pytest.mark.parametrize(("text", "lang", "content", "source", "cue", "expected"), [
    # the reason belongs to the next sentence's (new) source
    ("وبحسب مصادر طبية في المنطقة، فإن عدد الجرحى تجاوز 40 شخصاً. وقال مسؤول في الدفاع "
     "المدني طلب عدم نشر اسمه إن فرق الإنقاذ تبحث عن ناجين.", "ar",
     "عدد الجرحى تجاوز 40 شخصاً", "مصادر طبية في المنطقة", "وبحسب", None),
    ("According to medical sources, 40 people were wounded. A civil defence official who asked "
     "not to be named said rescuers were still searching.", "en",
     "40 people were wounded", "medical sources", "According to", None),
    # the reason right after the source, or in its relative clause
    ("وقال مسؤول في الدفاع المدني طلب عدم نشر اسمه إن فرق الإنقاذ تبحث عن ناجين.", "ar",
     "فرق الإنقاذ تبحث عن ناجين", "مسؤول في الدفاع المدني", "وقال", "asked not to be named"),
    ("وقال مصدر، طلب عدم الكشف عن هويته، إن الوفد غادر العاصمة.", "ar",
     "الوفد غادر العاصمة", "مصدر", "وقال", "asked not to be named"),
    ("A source who asked not to be named said the delegation had left the capital.", "en",
     "the delegation had left the capital", "A source", "said", "asked not to be named"),
    ("A senior official said on condition of anonymity because he was not authorized to speak "
     "publicly that the talks had stalled.", "en", "the talks had stalled",
     "A senior official", "said", "not authorized to speak"),
    # a next sentence that refers back to the same source
    ("وقال المصدر إن الوفد غادر العاصمة. وتحدث المصدر شريطة عدم الكشف عن هويته.", "ar",
     "الوفد غادر العاصمة", "المصدر", "وقال", "asked not to be named"),
    ("An official said the strike hit a depot. The official asked not to be named.", "en",
     "the strike hit a depot", "An official", "said", "asked not to be named"),
    ("A Gulf diplomat told AFP that shipping was at the heart of the talks. Riyadh wants "
     "guarantees, added the diplomat, who asked not to be named.", "en",
     "shipping was at the heart of the talks", "A Gulf diplomat", "told",
     "asked not to be named"),
    ("وقال مصدر دبلوماسي إن الملاحة كانت في صلب المحادثات. وأضاف المصدر الذي طلب عدم الكشف "
     "عن اسمه أن الرياض تريد ضمانات.", "ar", "الملاحة كانت في صلب المحادثات", "مصدر دبلوماسي",
     "وقال", "asked not to be named"),
    # a later sentence whose own new source the reason is attached to
    ("A Gulf diplomat told AFP that shipping was at the heart of the talks. Another official, "
     "who asked not to be named, said the talks would resume.", "en",
     "shipping was at the heart of the talks", "A Gulf diplomat", "told", None),
])
def test_the_reason_is_the_attached_sources_only(text, lang, content, source, cue, expected):
    a = grade(text, lang, content, source=source, source_type="anonymous", cue=cue)
    assert a.grade == ("anonymous_reason" if expected else "anonymous"), a.reason
    assert (a.anonymity[0] if a.anonymity else None) == expected
    if expected is None:
        assert "no reason" in a.reason


def test_idlib_story_reason_goes_to_the_official_and_his_span_ends_at_his_name(engine):
    report = run(engine, IDLIB, "ar")
    found = {f.span.text: f for f in rule_findings(report, rules.ANONYMOUS)}
    assert set(found) == {"مصادر طبية في المنطقة", "مسؤول في الدفاع المدني"}
    medical, official = found["مصادر طبية في المنطقة"], found["مسؤول في الدفاع المدني"]
    assert medical.data["anonymity_reason"] is None and "no reason" in medical.message
    assert official.data["anonymity_reason"] == "asked not to be named"
    assert official.related[0].text == "طلب عدم نشر"
    name = "مسؤول في الدفاع المدني"
    start = IDLIB.index(name)
    assert (official.span.start, official.span.end) == (start, start + len(name))


def test_idlib_story_in_english(engine):
    report = run(engine, IDLIB_EN, "en")
    found = {f.span.text: f for f in rule_findings(report, rules.ANONYMOUS)}
    medical = [f for text, f in found.items() if "medical sources" in text]
    official = [f for text, f in found.items() if "official" in text]
    assert medical and medical[0].data["anonymity_reason"] is None
    assert official and official[0].data["anonymity_reason"] == "asked not to be named"
    assert "asked" not in official[0].span.text
