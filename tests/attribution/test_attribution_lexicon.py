"""The attribution lexicon: YAML read and normalized, clitic-aware matching, newsroom overrides."""

from __future__ import annotations

import pytest
from attribution_helpers import analysis_of
from claimcheck_attribution import lexicon as lexicons
from claimcheck_attribution.context import context
from claimcheck_attribution.matching import arabic_forms, stem

from claimcheck.config import Config
from claimcheck.errors import ConfigError


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_section_is_filled(lang: str) -> None:
    lex = lexicons.load(lang)
    for group in ("anonymous.phrase", "anonymous.reason", "vague.metonym", "passive",
                  "statement", "superlative", "accusation", "causal", "hedge", "unit"):
        assert lex.phrases[group], f"{lang}: {group} is empty"
    for name in ("anonymous.head", "vague.collective", "role", "statement.noun", "toll", "cue"):
        assert lex.words[name], f"{lang}: {name} is empty"
    assert lex.loaded and lex.neutral_verb
    assert lex.scores["person_role"] > lex.scores["statement"] > lex.scores["metonym"] \
        > lex.scores["anonymous"] > lex.scores["agentless"] > lex.scores["none"]
    assert "anonymous" in lex.house["two_sources_for"]


def test_arabic_entries_are_normalized_like_the_text() -> None:
    lex = lexicons.load("ar")
    # written with hamza and teh marbuta in the YAML, matched in their folded forms
    assert "مسؤول" in lex.words["anonymous.head"]
    assert "اقر" in lex.loaded and "ادعي" in lex.loaded  # أقرّ, ادّعى
    assert any(e.words == ("مصادر", "مطلعه") for e in lex.phrases["anonymous.phrase"])


def test_proclitics_are_stripped_by_rule() -> None:
    assert "قيل" in arabic_forms("وقيل")
    assert "اداره" in arabic_forms("باداره")
    assert "الكرملين" in arabic_forms("والكرملين")
    assert "الكرملين" in arabic_forms("للكرملين")  # لل = ل + ال
    assert stem("المصادر", "ar") == ("مصادر", True)
    assert stem("ومصادر", "ar") == ("مصادر", False)
    assert stem("experts", "en") == ("experts", False)


def test_phrases_match_through_clitics_and_spelling_variants() -> None:
    analysis = analysis_of("وأُفيد بأن القوات انسحبت. وقال للكرملين مصدرٌ مطّلع إنّ الأمر حُسم.",
                           "ar")
    ctx = context(analysis)
    passive = [analysis.doc[m.start:m.end].text for m in ctx.matches["passive"]]
    assert passive == ["وأُفيد"]
    anonymous = [analysis.doc[m.start:m.end].text for m in ctx.matches["anonymous.phrase"]]
    assert anonymous == ["مصدرٌ مطّلع"]
    metonyms = [analysis.doc[m.start:m.end].text for m in ctx.matches["vague.metonym"]]
    assert metonyms == ["للكرملين"]


def test_english_phrases_are_tokenized_like_the_text() -> None:
    analysis = analysis_of("It was the first-ever visit, and the troops reportedly left.", "en")
    ctx = context(analysis)
    assert [analysis.doc[m.start:m.end].text for m in ctx.matches["superlative"]] == \
        ["first-ever"]
    assert [analysis.doc[m.start:m.end].text for m in ctx.matches["passive"]] == ["reportedly"]


def test_a_newsroom_extends_the_lexicon_and_overrides_house_rules(tmp_path) -> None:
    extra = tmp_path / "house.yaml"
    extra.write_text("ar:\n  vague:\n    metonyms: [قصر الحمراء]\n  house_rules:\n"
                     "    flag_metonyms: false\n", encoding="utf-8")
    settings = {"lexicons": [str(extra)], "house_rules": {"two_sources_for": ["anonymous"]},
                "scores": {"metonym": 0.55}}
    lex = lexicons.for_config("ar", settings)
    assert any(e.text == "قصر الحمراء" for e in lex.phrases["vague.metonym"])
    assert any(e.text == "موسكو" for e in lex.phrases["vague.metonym"])  # appended, not replaced
    assert lex.house["flag_metonyms"] is False
    assert lex.house["two_sources_for"] == ("anonymous",)
    assert lex.scores["metonym"] == 0.55
    # the analysis picks the settings up from the configuration
    config = Config(settings={"claimcheck_attribution": settings})
    ctx = context(analysis_of("وقال قصر الحمراء إن الزيارة أرجئت.", "ar", config))
    assert ctx.matches["vague.metonym"]


def test_a_broken_newsroom_file_is_a_one_line_config_error(tmp_path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not a YAML mapping"):
        lexicons.for_config("en", {"lexicons": [str(bad)]})
    with pytest.raises(ConfigError, match="every score must be a number"):
        lexicons.for_config("en", {"scores": {"person": "high"}})
    with pytest.raises(ConfigError, match="a house rule is"):
        lexicons.for_config("en", {"house_rules": {"two_sources_for": {"anonymous": 2}}})
