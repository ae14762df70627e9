"""Attribution on news it was not written for: the false alarms and misses found by reading the
unseen articles 41-43 (tests/data/articles/*/4X_*.md) as an editor would.

- "said one of them" / "وقال أحدهم" after quoted witnesses is the same unnamed source: one finding.
- A lede's "a provincial official said" named a paragraph later is deferred attribution.
- "a toll released by the provincial government" is attributed inside its noun phrase.
- "rights groups accuse X ..., which X denies" gives both sides: no single-source warning.
- "شاهدة أخرى" and "Two North Korean defectors" are unnamed sources, not a named person or body.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from attribution_helpers import make_engine, rule_findings, run
from claimcheck_attribution import rules

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


@pytest.fixture(scope="module")
def engine():
    return make_engine()


def warnings(report, rule: str):
    return [f for f in rule_findings(report, rule) if f.severity != "info"]


# -- "one of them" joins the group it points back at ------------------------------------------

WITNESSES_EN = (
    "Shelling hits market in El Obeid\n\n"
    "Residents reached by telephone said artillery shells hit the main market on Saturday "
    "morning. \"People were buying food when the shells fell,\" said one of them, a shopkeeper.\n")
WITNESSES_AR = (
    "قصف سوق في الأبيض\n\n"
    "وقال شهود تحدثوا إلى رويترز عبر الهاتف إن قذائف سقطت على السوق صباح السبت. وقال أحدهم، "
    "وهو تاجر خضار، إن «القذائف سقطت على الناس وهم يشترون حاجاتهم».\n")


@pytest.mark.parametrize("text,lang,back", [(WITNESSES_EN, "en", "one of them"),
                                            (WITNESSES_AR, "ar", "أحدهم")])
def test_one_of_the_witnesses_joins_their_finding(engine, text, lang, back):
    report = run(engine, text, lang)
    found = rule_findings(report, rules.ANONYMOUS)
    assert len(found) == 1, [f.message for f in found]
    [finding] = found
    assert finding.severity == "info"
    assert len(finding.claims) == 2  # the witnesses' claim and the one of them
    assert back in [s.text for s in finding.related]


def test_one_of_the_officials_is_one_warning_not_two(engine):
    text = ("Talks stall over border\n\n"
            "Two officials said the talks had stalled over the border question. \"Nobody is "
            "ready to move first,\" one of them said.\n")
    found = rule_findings(run(engine, text, "en"), rules.ANONYMOUS)
    assert len(found) == 1 and found[0].severity == "warning"
    assert len(found[0].claims) == 2


def test_one_of_them_with_no_group_before_stays_anonymous(engine):
    text = ("Talks stall\n\n"
            "The minister said on Monday the talks would resume next week.\n\n"
            "Trade figures released on Tuesday showed exports fell.\n\n"
            "Markets were calm. Prices held steady. Banks opened late.\n\n"
            "\"Nobody is ready to move first,\" one of them said.\n")
    found = rule_findings(run(engine, text, "en"), rules.ANONYMOUS)
    assert [f.data["source"] for f in found] == ["one of them"]


# -- deferred attribution in the lede ---------------------------------------------------------

DEFERRED_EN = (
    "Boat capsizes on Lake Kivu\n\n"
    "GOMA, June 12 (Reuters) - Rescuers have recovered the bodies of 38 people after a boat "
    "capsized on Lake Kivu, a provincial official said on Thursday.\n\n"
    "The boat sank a few hundred metres from the port, North Kivu's provincial transport "
    "minister, Jean-Pierre Kambale, told reporters.\n")
DEFERRED_AR = (
    "غرق قارب في بحيرة كيفو\n\n"
    "غوما (رويترز) - قال مسؤول في وزارة النقل بالإقليم يوم الخميس إن فرق الإنقاذ انتشلت جثث 38 "
    "شخصاً بعد غرق قارب في بحيرة كيفو.\n\n"
    "وقال وزير النقل في الإقليم جان بيير كامبالي للصحفيين إن القارب غرق على بعد مئات الأمتار "
    "من الميناء.\n")


@pytest.mark.parametrize("text,lang", [(DEFERRED_EN, "en"), (DEFERRED_AR, "ar")])
def test_lede_source_named_in_the_next_paragraph_is_not_anonymous(engine, text, lang):
    report = run(engine, text, lang)
    assert rule_findings(report, rules.ANONYMOUS) == []
    assert rule_findings(report, rules.SINGLE) == []


@pytest.mark.parametrize("text,lang,named", [
    (DEFERRED_EN, "en", "North Kivu's provincial transport minister, Jean-Pierre Kambale,"),
    (DEFERRED_AR, "ar", "وزير النقل في الإقليم جان بيير كامبالي")])
def test_lede_source_named_by_someone_unrelated_is_still_anonymous(engine, text, lang, named):
    other = "Finance Minister Marie Tshala" if lang == "en" else "وزيرة المالية ماري تشالا"
    report = run(engine, text.replace(named, other), lang)
    assert len(warnings(report, rules.ANONYMOUS)) == 1


def test_a_later_paragraph_naming_a_person_does_not_clear_a_body_source(engine):
    text = DEFERRED_EN.replace("said on Thursday.", "said on Thursday.\n\nMarkets were calm.\n\n"
                               "Prices held.\n\nBanks opened late.")
    assert len(warnings(run(engine, text, "en"), rules.ANONYMOUS)) == 1


# -- a figure attributed inside its noun phrase -----------------------------------------------


def test_toll_released_by_a_named_body_is_attributed(engine):
    base = ("Boat capsizes on Lake Kivu\n\n"
            "Divers searched the lake on Thursday.\n\n"
            "An initial toll{by} on Wednesday evening put the number of dead at 21.\n")
    attributed = run(engine, base.format(by=" released by the provincial government"), "en")
    assert rule_findings(attributed, rules.UNATTRIBUTED) == []
    bare = run(engine, base.format(by=""), "en")
    assert warnings(bare, rules.UNATTRIBUTED)


# -- an accusation answered by a denial -------------------------------------------------------


def test_collective_accusation_answered_by_denial_needs_no_second_source(engine):
    text = ("Court jails businessman\n\n"
            "The authorities say fighting corruption is a priority, while rights groups accuse "
            "the government of using the courts to pursue opponents{tail}.\n")
    answered = run(engine, text.format(tail=", which the government denies"), "en")
    assert rule_findings(answered, rules.SINGLE) == []
    alone = run(engine, text.format(tail=""), "en")
    assert [f.data["why"] for f in rule_findings(alone, rules.SINGLE)] == ["house rule"]


# -- unnamed sources the lexicon missed -------------------------------------------------------


def test_another_woman_witness_is_unnamed(engine):
    text = ("قصف سوق في الأبيض\n\n"
            "وقالت شاهدة أخرى إنها نقلت ثلاثة من جيرانها المصابين إلى المستشفى.\n")
    [finding] = rule_findings(run(engine, text, "ar"), rules.ANONYMOUS)
    assert finding.data["witness"] and finding.severity == "info"


def test_defectors_are_unnamed_sources(engine):
    text = ("Kim's sister rejects talks\n\n"
            "Two North Korean defectors living in Seoul, who asked not to be named for fear of "
            "reprisals, said the statement was aimed at a domestic audience.\n")
    [finding] = rule_findings(run(engine, text, "en"), rules.ANONYMOUS)
    assert finding.severity == "info" and finding.data["anonymity_reason"]


# -- the unseen clean articles ----------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*/4[1-9]_*.md")), ids=lambda p: p.name)
def test_unseen_clean_articles_raise_no_attribution_warning(engine, path):
    [article] = engine.load(path, path.read_bytes())
    report = engine.check(article)
    bad = [f.message for f in report.findings
           if f.rule.startswith("attribution.") and f.severity != "info"]
    assert bad == []
