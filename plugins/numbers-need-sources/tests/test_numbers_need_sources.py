"""The numbers plugin on news sentences: which figures need a source, and which are dates."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import claimcheck_numbers as plugin  # noqa: E402

from claimcheck.errors import ConfigError  # noqa: E402
from claimcheck.testing import assert_examples, check_text  # noqa: E402


def numbers_findings(text: str, **settings):
    report = check_text(text, plugins=[plugin],
                        settings={"numbers": settings} if settings else None)
    assert not [e for e in report.errors if "numbers" in e]
    return report, [f for f in report.findings if f.rule.startswith("numbers.")]


@pytest.mark.parametrize(("text", "figures"), [
    ("وقتل ٤٠ شخصا في غارات على ريف إدلب.", ["٤٠"]),  # Arabic-Indic digits
    ("ونزح خمسة ملايين سوري منذ بداية الحرب.", ["خمسة ملايين"]),
    ("وارتفعت الأسعار بنسبة 30 في المئة خلال شهرين.", ["30 في المئة"]),
    ("وارتفعت الأسعار 12٪ خلال شهرين.", ["12٪"]),
    ("Prices rose 30 per cent in two months and 3,500 people lost their jobs.",
     ["30 per cent", "3,500"]),
    ("Hundreds of families fled the town.", ["Hundreds"]),
    ("ونزح بين 5 و7 آلاف شخص من البلدة.", ["5 و7 آلاف"]),  # و glued to a digit
])
def test_figures_in_the_outlets_own_voice(text: str, figures: list[str]) -> None:
    _, [finding] = numbers_findings(text)
    assert finding.rule == "numbers.unsourced"
    assert finding.data["figures"] == figures
    assert text[finding.span.start:finding.span.end] == figures[0]
    assert [s.text for s in finding.related] == figures[1:]


@pytest.mark.parametrize("text", [
    "وتحدث الزعيمان هاتفياً في 20 كانون الثاني (يناير) 2017.",
    "ومن المقرر أن يلتقيا في 7 تموز في هامبورغ.",
    "The talks began in 2017 and resume on 3 May.",
    "The two leaders spoke by phone on Tuesday.",
    "Egypt beat Mauritania 2-0 in the first leg in Cairo.",  # a score
    "وفاز المنتخب 1-0 على موريتانيا في نواكشوط.",
    "Outdoor work is banned from 11 a.m. to 4 p.m. in the summer.",  # times of day
    "ومنع العمل في الخارج من الساعة 11 صباحا حتى 4 مساء.",
    "One survivor, a 20-year-old Sudanese man, told IOM staff he saw friends drown.",  # ages
    "وقال أحد الناجين ويبلغ من العمر 20 عاما إنه رأى أصدقاءه يغرقون.",
])
def test_dates_scores_times_ages_and_small_spelled_numbers_are_not_figures(text: str) -> None:
    assert numbers_findings(text)[1] == []


def test_a_named_source_covers_its_figures() -> None:
    report, found = numbers_findings("وقالت وزارة الصحة إن 40 شخصا قتلوا وأصيب 120 آخرون.")
    assert found == []
    assert report.summary["numbers"] == {"figures": 2, "unsourced": 0, "anonymous": 0,
                                         "sourced": 2}


def test_an_anonymous_source_is_its_own_rule() -> None:
    text = "وقال مصدر أمني إن أكثر من 200 مسلح فروا نحو الحدود."
    _, [finding] = numbers_findings(text)
    assert finding.rule == "numbers.anonymous-source" and finding.severity == "info"
    assert "مصدر أمني" in finding.message
    assert numbers_findings(text, anonymous=False)[1] == []


def test_min_value_setting() -> None:
    text = "Three people were hurt and 5 cars burned, while 300 homes lost power."
    _, [finding] = numbers_findings(text, min_value=10)
    assert finding.data["figures"] == ["300"]
    with pytest.raises(ConfigError, match="min_value must be a number"):
        check_text("x", plugins=[plugin], settings={"numbers": {"min_value": "ten"}})


def test_the_seed_article_has_no_figure_to_flag() -> None:
    seed = Path(__file__).resolve().parents[3] / "seeds" / "000_85d54ae7857c55e9.md"
    text = seed.read_text(encoding="utf-8")
    body = text.split("---", 2)[2]
    _, found = numbers_findings(body)
    assert found == []  # its numbers are dates (20 كانون الثاني) and ordinals


def test_rule_examples() -> None:
    assert assert_examples("numbers.", plugins=[plugin]) == 11


def test_a_figure_in_the_headline_is_left_alone() -> None:
    title = "Saudi economy grows 4.2% in third quarter"
    report = check_text(f"{title}\nThe economy grew 4.2% in the third quarter.\n",
                        plugins=[plugin], title=title)
    [finding] = [f for f in report.findings if f.rule == "numbers.unsourced"]
    assert finding.span.start > len(title)  # the body's figure, not the headline's


def test_an_end_attributed_sentence_sources_its_figures() -> None:
    text = ("Food prices rose just 0.8% year on year, while transport costs fell 2.1%, the "
            "Department of Statistics said in its monthly report.")
    assert numbers_findings(text)[1] == []
