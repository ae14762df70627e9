"""Each rule kind on realistic news sentences: what it flags, where, and what it leaves alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.testing import check_text

from .helpers import GivenClaims, write_pack

HEADER = 'name: desk\nversion: "1"\nlanguage: [ar, en]\n'


def findings(tmp_path: Path, body: str, text: str, rule: str, plugins=(), **kw) -> list:
    folder = write_pack(tmp_path / "desk", body, HEADER)
    report = check_text(text, rule_packs=[folder], plugins=list(plugins), **kw)
    for f in report.findings:  # every span points at the exact characters of the input
        if f.span is not None:
            assert text[f.span.start:f.span.end] == f.span.text
    return [f for f in report.findings if f.rule == rule]


LEXICON = """
rules:
  - name: loaded
    kind: lexicon
    description: Loaded terms.
    message: "'{match}' is loaded"
    words: [الإرهابيين, شهيد, الحكومة السورية, martyrs, regime]
"""


@pytest.mark.parametrize(("text", "expected"), [
    ("وتعهد الجيش بملاحقة الإرهابيين في ريف حلب.", "الإرهابيين"),
    ("وتعهد الجيش بملاحقة الارهابيين في ريف حلب.", "الارهابيين"),  # alef without hamza
    ("وقال إن الجيش سيلاحق والإرهابيين.", "والإرهابيين"),  # conjunction
    ("وأكد دعمه للإرهابيين في المنطقة.", "للإرهابيين"),  # ل + ال written لل
    ("وسقط شَهِيدٌ في القصف.", "شَهِيدٌ"),  # diacritics
    ("وسقط شهـــيد في القصف.", "شهـــيد"),  # tatweel
    ("وقالت الشرطة إن الشهيد كان طالبا.", "الشهيد"),  # the article on a bare entry
    ("واتهمت المعارضة الحكومة السورية بقصف البلدة.", "الحكومة السورية"),  # a phrase
    ("وأعلنت «الحكومة السورية» أمس.", "الحكومة السورية"),  # quotes glued to the words
    ("The regime's forces shelled the town.", "regime"),
    ("Supporters called them Martyrs.", "Martyrs"),  # case
])
def test_lexicon_is_arabic_aware(tmp_path: Path, text: str, expected: str) -> None:
    [finding] = findings(tmp_path, LEXICON, text, "desk.loaded")
    assert finding.span.text == expected
    assert finding.message == f"'{expected}' is loaded"
    assert finding.severity == "warning"


@pytest.mark.parametrize("text", [
    "وتعهد الجيش بملاحقة المسلحين في ريف حلب.",
    "وقال المسؤول إن الحكومة سترد.",  # الحكومة alone is not الحكومة السورية
    "The government's forces shelled the town.",
    "Officials said the regimen of talks would continue.",  # no match inside a longer word
])
def test_lexicon_leaves_other_words_alone(tmp_path: Path, text: str) -> None:
    assert findings(tmp_path, LEXICON, text, "desk.loaded") == []


def test_lexicon_regex_runs_on_normalized_arabic(tmp_path: Path) -> None:
    body = """
    rules:
      - name: superlative
        kind: lexicon
        description: Superlatives.
        regex: ['غير مسبوقة?', '\\bunprecedented\\b']
    """
    text = "وشهدت المدينة موجة نزوح غيرُ مسبوقةٍ خلال الأسبوع الماضي."
    [finding] = findings(tmp_path, body, text, "desk.superlative")
    assert finding.span.text == "غيرُ مسبوقةٍ"[:len(finding.span.text)]
    assert finding.span.text.startswith("غيرُ مسبوقة")
    [en] = findings(tmp_path, body, "An Unprecedented flood.", "desk.superlative")
    assert en.span.text == "Unprecedented"


def test_preferred_form_suggests_and_skips_the_preferred_spelling(tmp_path: Path) -> None:
    body = """
    rules:
      - name: names
        kind: preferred
        description: House spellings.
        forms:
          - {use: تنظيم الدولة الإسلامية, not: [داعش]}
          - {use: Bashar al-Assad, not: [Bashar Assad, Assad regime]}
    """
    [ar] = findings(tmp_path, body, "وتبنى تنظيم «داعش» الهجوم.", "desk.names")
    assert ar.span.text == "داعش"
    assert ar.message == "use 'تنظيم الدولة الإسلامية', not 'داعش'"
    assert ar.data["suggestion"] == "تنظيم الدولة الإسلامية"
    [en] = findings(tmp_path, body, "President Bashar Assad spoke on Monday.", "desk.names")
    assert en.span.text == "Bashar Assad"
    assert findings(tmp_path, body, "President Bashar al-Assad spoke.", "desk.names") == []


def test_pattern_rule_normalizes_arabic_norms(tmp_path: Path) -> None:
    body = """
    rules:
      - name: toll
        kind: pattern
        description: Tolls.
        message: "toll '{match}'"
        patterns:
          ar: [[{NORM: {REGEX: '^[وف]?(قتل|لقي)$'}}, {LIKE_NUM: true}]]
          en: [[{LIKE_NUM: true}, {LOWER: people}, {LOWER: were, OP: "?"}, {LOWER: killed}]]
    """
    [ar] = findings(tmp_path, body, "وقُتل ٤٠ شخصا في الغارات.", "desk.toll")
    assert ar.span.text == "وقُتل ٤٠"
    [en] = findings(tmp_path, body, "At least 40 people were killed on Tuesday.", "desk.toll")
    assert en.span.text == "40 people were killed"
    assert en.message == "toll '40 people were killed'"


STATE_MEDIA = """
rules:
  - name: state-media
    kind: sources
    description: State media.
    message: "{match} is {tier}: {note}"
    sources:
      - name: SANA
        aliases: [سانا, الوكالة العربية السورية للأنباء]
        tier: state media
        note: say so
"""


def test_source_list_flags_claims_by_a_listed_source(tmp_path: Path) -> None:
    text = "وقالت وكالة سانا إن الجيش سيطر على البلدة."
    claims = GivenClaims({text: ("وكالة سانا", "organization", "وقالت", "قال", "neutral",
                                 "الجيش سيطر على البلدة")})
    [finding] = findings(tmp_path, STATE_MEDIA, text, "desk.state-media", plugins=[claims])
    assert finding.span.text == "سانا"
    assert finding.message == "سانا is state media: say so"
    assert finding.claims == ["c1"]
    assert finding.data["name"] == "SANA"


def test_source_list_ignores_a_listed_name_that_is_not_the_source(tmp_path: Path) -> None:
    text = "وقال المرصد إن وكالة سانا نشرت صورا قديمة."
    claims = GivenClaims({text: ("المرصد", "organization", "وقال", "قال", "neutral",
                                 "وكالة سانا نشرت صورا قديمة")})
    assert findings(tmp_path, STATE_MEDIA, text, "desk.state-media", plugins=[claims]) == []


def test_source_list_with_text_scope_flags_every_mention(tmp_path: Path) -> None:
    body = STATE_MEDIA.replace("kind: sources", "kind: sources\n    scope: text")
    text = "ونقلت الوكالة العربية السورية للأنباء عن مصدر عسكري أن الجيش تقدم."
    [finding] = findings(tmp_path, body, text, "desk.state-media")
    assert finding.span.text == "الوكالة العربية السورية للأنباء"


CLAIM_RULE = """
rules:
  - name: doubt
    kind: claim
    description: Doubt verbs.
    message: "'{cue}' casts doubt on {source}"
    when:
      cue: [زعم, claimed]
"""


def test_claim_rule_flags_claims_by_cue(tmp_path: Path) -> None:
    text = "وزعم المتحدث باسم الجيش أن القوات لم تستهدف المدنيين."
    claims = GivenClaims({text: ("المتحدث باسم الجيش", "person", "وزعم", "زعم", "neutral",
                                 "القوات لم تستهدف المدنيين")})
    [finding] = findings(tmp_path, CLAIM_RULE, text, "desk.doubt", plugins=[claims])
    assert finding.message == "'وزعم' casts doubt on المتحدث باسم الجيش"
    assert finding.span.text == "القوات لم تستهدف المدنيين"
    said = text.replace("وزعم", "وقال").replace(" أن ", " إن ")
    claims = GivenClaims({said: ("المتحدث باسم الجيش", "person", "وقال", "قال", "neutral",
                                 "القوات لم تستهدف المدنيين")})
    assert findings(tmp_path, CLAIM_RULE, said, "desk.doubt", plugins=[claims]) == []


@pytest.mark.parametrize(("when", "flagged"), [
    ("source_type: [anonymous]", True),
    ("source_type: [government]", False),
    ("stance: [denial]", True),
    ("kind: [direct]", False),
    ("content: [السلاح الكيميائي]", True),
    ("content_regex: ['كيم(ي|اوي)']", True),
    ("source: [مصادر أمنية]", True),
    ("{stance: [denial], source_type: [person]}", False),  # all conditions must hold
])
def test_claim_conditions(tmp_path: Path, when: str, flagged: bool) -> None:
    when = when if when.startswith("{") else "{" + when + "}"
    body = f"""
    rules:
      - name: watch
        kind: claim
        description: Watched claims.
        when: {when}
    """
    text = "ونفت مصادر أمنية استخدام السلاح الكيميائي في الهجوم."
    claims = GivenClaims({text: ("مصادر أمنية", "anonymous", "ونفت", "نفى", "denial",
                                 "استخدام السلاح الكيميائي في الهجوم")})
    assert bool(findings(tmp_path, body, text, "desk.watch", plugins=[claims])) is flagged


def test_when_restricts_a_lexicon_to_claims_in_our_own_voice(tmp_path: Path) -> None:
    body = """
    rules:
      - name: hedge
        kind: lexicon
        description: Hedges in our own voice.
        when: {kind: [unattributed]}
        words: [reportedly]
    """
    own = "The gunmen reportedly fled towards the border."
    quoted = "Police said the gunmen reportedly fled towards the border."
    plugin = GivenClaims({own: (None, "self", None, "", "neutral", own),
                          quoted: ("Police", "government", "said", "say", "neutral",
                                   "the gunmen reportedly fled towards the border")})
    report = check_text(own, rule_packs=[write_pack(tmp_path / "desk", body, HEADER)],
                        plugins=[plugin])
    [finding] = [f for f in report.findings if f.rule == "desk.hedge"]
    assert finding.span.text == "reportedly"
    assert {c.kind for c in report.claims if c.id in finding.claims} == {"unattributed"}
    assert findings(tmp_path, body, quoted, "desk.hedge", plugins=[plugin]) == []


def test_unless_keeps_matches_outside_claims(tmp_path: Path) -> None:
    body = """
    rules:
      - name: toll
        kind: pattern
        description: Tolls need a source.
        unless: {source_type: [government, organization]}
        patterns:
          en: [[{LIKE_NUM: true}, {LOWER: people}, {LOWER: were}, {LOWER: killed}]]
    """
    bare = "At least 40 people were killed in the strikes."
    sourced = "The ministry said 40 people were killed in the strikes."
    plugin = GivenClaims({sourced: ("The ministry", "government", "said", "say", "neutral",
                                    "40 people were killed in the strikes")})
    assert len(findings(tmp_path, body, bare, "desk.toll", plugins=[plugin])) == 1
    assert findings(tmp_path, body, sourced, "desk.toll", plugins=[plugin]) == []


def test_help_url_and_pack_travel_with_the_finding(tmp_path: Path) -> None:
    body = LEXICON.replace("kind: lexicon", "kind: lexicon\n    help_url: https://example.org/g")
    [finding] = findings(tmp_path, body, "The regime fell.", "desk.loaded")
    assert finding.data["help_url"] == "https://example.org/g"
    assert finding.data["pack"] == "desk"


def test_content_regex_is_normalized_like_the_content(tmp_path: Path) -> None:
    body = """
    rules:
      - name: chemical
        kind: claim
        description: Chemical-weapons claims.
        when: {content_regex: ['أسلحة كيم(يائ|او)ية']}
    """
    text = "وقالت الحكومة إن المعارضة استخدمت اسلحه كيماويه في الهجوم."
    claims = GivenClaims({text: ("الحكومة", "government", "وقالت", "قال", "accusation",
                                 "المعارضة استخدمت اسلحه كيماويه في الهجوم")})
    assert len(findings(tmp_path, body, text, "desk.chemical", plugins=[claims])) == 1
