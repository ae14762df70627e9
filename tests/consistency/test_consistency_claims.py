"""Quotations and contested claims, on hand-made claims and through the whole pipeline."""

from __future__ import annotations

from claimcheck_consistency import contested, quotes
from claimcheck_consistency.scoring import score
from consistency_helpers import analysis_of, check_text, of_rule

from claimcheck.model import Claim, Cue, Source, Span


def claim(text: str, cid: str, source: str, cue: str, content: str, stance: str) -> Claim:
    s, c, b = text.index(source), text.index(cue), text.index(content)
    return Claim(id=cid, kind="indirect", content=Span.of(text, b, b + len(content)),
                 source=Source("government", source, Span.of(text, s, s + len(source))),
                 cue=Cue(Span.of(text, c, c + len(cue)), cue, stance))


DENIAL = ("وأكدت وزارة الدفاع الأميركية أن الطائرات الروسية قصفت مستشفى في ريف إدلب الجنوبي.\n"
          "ونفت موسكو أن تكون الطائرات الروسية قصفت أي مستشفى في ريف إدلب.")


def test_assertion_and_denial_by_different_sources_are_contested():
    analysis = analysis_of(DENIAL)
    analysis.claims = [
        claim(DENIAL, "c1", "وزارة الدفاع الأميركية", "وأكدت",
              "الطائرات الروسية قصفت مستشفى في ريف إدلب الجنوبي", "assertive"),
        claim(DENIAL, "c2", "موسكو", "ونفت", "تكون الطائرات الروسية قصفت أي مستشفى في ريف إدلب",
              "denial"),
    ]
    [f] = [f for f in contested.check(analysis) if f.data["kind"] == "denial"]
    assert f.claims == ["c1", "c2"] and f.severity == "info"
    assert f.span == analysis.claims[1].content
    assert analysis.claims[0].content in f.related
    assert "موسكو" in f.message and "وزارة الدفاع الأميركية" in f.message


def test_a_denial_of_something_else_is_not_contested():
    text = ("وأكدت وزارة الدفاع الأميركية أن الطائرات الروسية قصفت مستشفى في ريف إدلب.\n"
            "ونفت موسكو أن يكون وزير خارجيتها سيزور واشنطن الشهر المقبل.")
    analysis = analysis_of(text)
    analysis.claims = [
        claim(text, "c1", "وزارة الدفاع الأميركية", "وأكدت",
              "الطائرات الروسية قصفت مستشفى في ريف إدلب", "assertive"),
        claim(text, "c2", "موسكو", "ونفت", "يكون وزير خارجيتها سيزور واشنطن الشهر المقبل",
              "denial"),
    ]
    assert contested.denial_pairs(analysis) == []


def test_blame_on_the_same_party_is_agreement_not_contest():
    text = ("ألقت واشنطن باللائمة على الحكومة السورية في الهجوم.\n"
            "وحمّلت باريس الحكومة السورية المسؤولية عن الهجوم.")
    analysis = analysis_of(text)
    found = contested.blames(analysis)
    assert [b.party_text for b in found] == ["الحكومة السورية", "الحكومة السورية"]
    assert [b.blamer.name for b in found] == ["واشنطن", "باريس"]
    assert contested.blame_conflicts(analysis) == []


def test_english_blame_in_narration_and_in_a_claim(engine):
    text = ("The United States blamed Syrian President Bashar al-Assad for the gas attack.\n"
            "Russia said rebel groups were responsible for the release of the gas.\n"
            "The United Nations called for an investigation.")
    report = check_text(engine, text, "a.txt")
    [f] = of_rule(report, "consistency.contested")
    assert "Russia" in f.message and "United States" in f.message
    assert "rebel groups" in f.message and "Bashar al-Assad" in f.message


def test_quotation_repeated_with_other_words_is_altered_not_misattributed():
    text = ("وقال الوزير «لن نقبل بأي تسوية لا تضمن عودة اللاجئين إلى ديارهم».\n"
            "وتحدث الوزير عن المفاوضات.\n"
            "وقال الوزير «لن نقبل بأي تسوية لا تضمن عودة النازحين إلى ديارهم».")
    findings = quotes.check(analysis_of(text))
    assert [f.rule for f in findings] == ["consistency.quote-altered"]
    assert findings[0].span.text == "لن نقبل بأي تسوية لا تضمن عودة النازحين إلى ديارهم"
    assert findings[0].data["similarity"] >= 80


def test_a_quoted_fragment_of_a_longer_quotation_is_not_altered():
    text = ("قال الوزير «لن نقبل بأي تسوية لا تضمن عودة اللاجئين إلى ديارهم في أقرب وقت».\n"
            "وأكد أنه «لن نقبل بأي تسوية لا تضمن عودة اللاجئين» مهما طال الوقت.")
    assert quotes.check(analysis_of(text)) == []


def test_different_quotations_are_left_alone(engine):
    text = ('"We have done everything we could," the mayor said.\n'
            'The fire chief said: "Our crews have not stopped since Friday."\n'
            '"We will rebuild," the mayor added.')
    report = check_text(engine, text, "a.txt")
    assert not [f for f in report.findings if f.rule.startswith("consistency.quote")]


def test_score_falls_with_each_finding_by_severity():
    from claimcheck.model import Finding

    c = Claim(id="c1", kind="direct", content=Span(0, 1, "x"))
    assert score(c, []).value == 1.0
    warn = Finding(rule="consistency.name-variant", message="m", severity="warning")
    info = Finding(rule="consistency.contested", message="m", severity="info")
    other = Finding(rule="attribution.anonymous-source", message="m", severity="warning")
    assert score(c, [other]).value == 1.0
    assert score(c, [warn]).value == 0.65
    assert score(c, [warn, info]).value == 0.55
    assert "contested" in score(c, [warn, info]).reason


def test_blamed_party_that_denies_is_contested_in_arabic(engine):
    text = ("اتهمت واشنطن دمشق بشن الهجوم الكيماوي على خان شيخون.\n"
            "وقال مسؤولون إن التحقيق مستمر.\n"
            "ونفت دمشق أي علاقة لها بالهجوم.")
    report = check_text(engine, text, "a.txt")
    [f] = [f for f in of_rule(report, "consistency.contested")
           if f.data["kind"] == "blame-denied"]
    # the denying sentence, or the denial's content when the extractor makes a claim of it
    denial = text.index("ونفت دمشق")
    assert denial <= f.span.start and f.span.end <= len(text)
    assert "أي علاقة لها بالهجوم" in f.span.text
    assert "واشنطن" in f.message and "دمشق" in f.message
    assert any(s.text.startswith("دمشق بشن") or "دمشق" in s.text for s in f.related)


def test_blamed_party_that_denies_is_contested_in_english(engine):
    text = ("Rights groups accused the police of using excessive force.\n"
            "The police denied the accusations.\n"
            "The minister said an inquiry would be opened.")
    report = check_text(engine, text, "a.txt")
    [f] = of_rule(report, "consistency.contested")
    assert f.data["kind"] == "blame-denied" and f.severity == "info"
    assert "Rights groups" in f.message and "police" in f.message


def test_someone_else_denying_is_not_the_blamed_party(engine):
    text = ("Rights groups accused the police of using excessive force.\n"
            "The mayor denied that the city had cut the police budget.\n"
            "The minister said an inquiry would be opened.")
    report = check_text(engine, text, "a.txt")
    assert not [f for f in of_rule(report, "consistency.contested")
                if f.data["kind"] == "blame-denied"]


def test_a_quotation_under_a_name_and_under_a_description_is_not_misattributed(engine):
    text = ("وقال ترامب «لن نسمح لأي دولة بتهديد أمن الولايات المتحدة».\n"
            "وتحدث عن الاقتصاد.\n"
            "وكرر الرئيس الأميركي «لن نسمح لأي دولة بتهديد أمن الولايات المتحدة».")
    report = check_text(engine, text, "a.txt")
    assert of_rule(report, "consistency.quote-misattributed") == []


def test_a_quotation_under_two_names_is_misattributed(engine):
    text = ("وقال ترامب «لن نسمح لأي دولة بتهديد أمن الولايات المتحدة».\n"
            "وتحدث عن الاقتصاد.\n"
            "وقال بوتين «لن نسمح لأي دولة بتهديد أمن الولايات المتحدة».")
    report = check_text(engine, text, "a.txt")
    [f] = of_rule(report, "consistency.quote-misattributed")
    assert f.span.start == text.rindex("لن نسمح")
    assert "بوتين" in f.message and "ترامب" in f.message


def test_claims_saying_the_same_thing_are_linked_as_repeats(engine):
    text = ("وقال الوزير إن الحكومة ستخفض الضرائب على الشركات الصغيرة العام المقبل.\n"
            "وتحدث عن الاقتصاد.\n"
            "وأكد المتحدث باسم الوزارة أن الحكومة ستخفض الضرائب على الشركات الصغيرة العام "
            "المقبل.")
    report = check_text(engine, text, "a.txt")
    linked = {c.id: c.related.get("repeats", []) for c in report.claims}
    pairs = {(a, b) for a, bs in linked.items() for b in bs}
    assert len(pairs) == 2 and all((b, a) in pairs for a, b in pairs)
