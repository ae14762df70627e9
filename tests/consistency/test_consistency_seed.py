"""The seed article through the whole pipeline: what the issue says must and must not be found,
and errors planted in it caught at their span."""

from __future__ import annotations

from consistency_helpers import check_text, of_rule


def loud(report):
    return [f for f in report.findings
            if f.category == "consistency" and f.severity in ("warning", "error")]


def test_seed_flags_astana_spelled_two_ways_and_nothing_else_loud(engine, seed_text):
    report = check_text(engine, seed_text)
    [variant] = loud(report)
    assert variant.rule == "consistency.name-variant"
    assert variant.span.text == "استانا"
    assert seed_text[variant.span.start:variant.span.end] == "استانا"
    assert report.article.line_col(variant.span.start)[0] == 7  # the standfirst
    assert sorted(s.text for s in variant.related) == ["آستانة", "آستانة"]
    assert "استانا" in variant.message and "آستانة" in variant.message


def test_seed_reports_contested_blame_for_the_chemical_attack(engine, seed_text):
    report = check_text(engine, seed_text)
    [contested] = of_rule(report, "consistency.contested")
    assert contested.severity == "info"
    assert "واشنطن" in contested.message and "موسكو" in contested.message
    assert "حكومة الرئيس السوري بشار الأسد" in contested.message
    assert "المعارضة السورية" in contested.message
    texts = [s.text for s in [contested.span, *contested.related]]
    assert any("المعارضة السورية" in t for t in texts)
    assert any("حكومة الرئيس السوري" in t for t in texts)
    sources = {c.id: c.source.name if c.source else None for c in report.claims}
    involved = {sources.get(cid) for cid in contested.claims}
    assert len(contested.claims) == 2, contested.claims
    assert any(s and "واشنطن" in s for s in involved)
    assert any(s and "موسكو" in s for s in involved)
    by_id = {c.id: c for c in report.claims}
    a, b = contested.claims
    assert b in by_id[a].related.get("contradicts", [])


def test_planted_trump_spelling_is_caught_at_its_span(engine, seed_text):
    target = "وقال مسؤول كبير بإدارة ترامب"
    text = seed_text.replace(target, "وقال مسؤول كبير بإدارة ترمب")
    where = text.index("بإدارة ترمب") + len("بإدارة ")
    report = check_text(engine, text)
    found = [f for f in of_rule(report, "consistency.name-variant") if f.span.text == "ترمب"]
    assert len(found) == 1
    assert (found[0].span.start, found[0].span.end) == (where, where + 4)
    assert all(s.text == "ترامب" for s in found[0].related)


def test_planted_number_changed_once_is_caught_at_its_span(engine, seed_text):
    text = seed_text.replace(
        "وقالت موسكو إن المعارضة السورية",
        "وأسفر الهجوم عن مقتل 87 شخصاً. وقالت موسكو إن المعارضة السورية")
    text = text.replace("كان ترامب قد دأب", "وكان الهجوم الذي قتل فيه 87 شخصاً قد أثار غضباً "
                                           "واسعاً.\nكان ترامب قد دأب")
    text = text.replace("وقال الكرملين إن بوتين", "وأشار البيان إلى أن الهجوم أودى بحياة ٧٨ "
                                                 "شخصاً.\nوقال الكرملين إن بوتين")
    report = check_text(engine, text)
    [mismatch] = of_rule(report, "consistency.number-mismatch")
    assert mismatch.span.text == "٧٨"
    assert mismatch.span.start == text.index("٧٨")
    assert [s.text for s in mismatch.related] == ["87", "87"]
    assert mismatch.data["found"] == 78 and mismatch.data["expected"] == 87
    others = [f.span.text for f in loud(report) if f.rule != "consistency.number-mismatch"]
    assert others == ["استانا"]


def test_planted_quotation_under_another_speaker_is_caught(engine, seed_text):
    quote = ("المحادثة كانت جيدة للغاية وشملت نقاشاً بشأن مناطق آمنة… لتحقيق سلام دائم لأغراض "
             "إنسانية والكثير من الاعتبارات الأخرى")
    text = seed_text.replace("\nرويترز/ا ف ب", f"\nوقال الكرملين في ختام بيانه «{quote}».\n"
                                               "رويترز/ا ف ب")
    report = check_text(engine, text)
    [wrong] = of_rule(report, "consistency.quote-misattributed")
    assert wrong.span.start == text.rindex(quote)
    assert wrong.span.text == quote
    assert wrong.related[0].start == text.index(quote)
    assert "الكرملين" in wrong.message and "البيت الأبيض" in wrong.message
    assert not of_rule(report, "consistency.quote-altered")


def test_planted_altered_quotation_is_caught(engine, seed_text):
    text = seed_text.replace("\nرويترز/ا ف ب", "\nوختم البيت الأبيض بيانه بالقول إن الزعيمين "
                                               "اتفقا على أن «جميع الأطراف يجب أن تفعل ما في "
                                               "وسعها لوقف العنف».\nرويترز/ا ف ب")
    report = check_text(engine, text)
    [altered] = of_rule(report, "consistency.quote-altered")
    assert altered.span.text == "جميع الأطراف يجب أن تفعل ما في وسعها لوقف العنف"
    assert altered.related[0].text == "جميع الأطراف ينبغي أن تفعل ما في وسعها لإنهاء العنف"
    assert not of_rule(report, "consistency.quote-misattributed")


def test_scores_lower_only_claims_that_findings_touch(engine, seed_text):
    report = check_text(engine, seed_text)
    touched = {cid for f in report.findings if f.category == "consistency" for cid in f.claims}
    for claim in report.claims:
        score = claim.scores["consistency"]
        assert (score.value < 1.0) == (claim.id in touched), claim.id
        assert 0.0 <= score.value <= 1.0 and score.reason
