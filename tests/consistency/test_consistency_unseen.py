"""Consistency on news it was not written for: what reading the unseen articles 41-43
(tests/data/articles/*/4X_*.md) as an editor showed.

- A headline's rate ("grew 4.7%", "عند 2.5%") was never checked: percentages are not counts. The
  headline's rate must now be stated in the body.
- "In the statement, she said ..." repeating Kim Yo Jong's words was called misattributed because
  the extractor resolved "she" to another speaker: a resolved pronoun is a guess, not the text's.
- "North Korea" in the headline is supported by "North Korean" in the body.
- Two officials with near names (محمد بن سلمان / محمد بن زايد, Kim Jong Un / Kim Yo Jong) and a
  statement quoted twice in shorter and longer excerpts are no inconsistency.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from consistency_helpers import check_text, of_rule

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
HEADLINE = "consistency.headline-unsupported"
MISATTRIBUTED = "consistency.quote-misattributed"
ALTERED = "consistency.quote-altered"
NAME = "consistency.name-variant"

KENYA = """---
title: Kenya's economy grew {head}% in 2024 as farm output offset weaker construction
published: 2025-05-06
lang: en
---
Kenya's economy grew {head}% in 2024 as farm output offset weaker construction

NAIROBI, May 6 (Reuters) - Kenya's economy grew {body}% last year, slowing from 5.7% in 2023, as a \
rebound in agriculture was offset by a contraction in construction, the statistics office said on \
Tuesday. Inflation averaged 4.5% in 2024, the survey showed.
"""

MOROCCO = """---
title: بنك المغرب يبقي سعر الفائدة عند 2.5% ويتوقع نمواً بنسبة {head}% في 2025
published: 2025-03-19
lang: ar
---
بنك المغرب يبقي سعر الفائدة عند 2.5% ويتوقع نمواً بنسبة {head}% في 2025

الرباط (رويترز) - أبقى بنك المغرب يوم الثلاثاء سعر الفائدة الرئيسي دون تغيير عند 2.5 في المئة، \
وقال إنه يتوقع أن يتسارع نمو الاقتصاد إلى {body} في المئة هذا العام من 3.2 في المئة في 2024.
"""


@pytest.mark.parametrize("template,lang", [(KENYA, "en"), (MOROCCO, "ar")])
def test_headline_rate_missing_from_the_body_is_flagged(engine, template, lang):
    good = check_text(engine, template.format(head="4.7", body="4.7"))
    assert of_rule(good, HEADLINE) == []  # the year 2025 and "هذا العام" are no rate
    bad = check_text(engine, template.format(head="4.7", body="4.2"))
    [finding] = of_rule(bad, HEADLINE)
    assert finding.data == {"kind": "rate", "value": 4.7}
    assert finding.span is not None and finding.span.text == "4.7"
    assert finding.severity == "warning"


def test_rate_stated_elsewhere_in_the_body_supports_the_headline(engine):
    # the headline's 4.5 is the body's inflation figure: a value the body states is left alone
    text = KENYA.format(head="4.5", body="4.7")
    assert of_rule(check_text(engine, text), HEADLINE) == []


KIM = """---
title: Kim Yo Jong says North Korea has no interest in talks with Seoul
published: 2025-08-19
lang: en
---
Kim Yo Jong says North Korea has no interest in talks with Seoul

SEOUL, Aug 19 (Reuters) - Kim Yo Jong, the sister of North Korean leader Kim Jong Un, said on \
Tuesday that Pyongyang had no interest in improving ties with South Korea.

"We have no intention of sitting face to face with Seoul, whatever its new government says or \
does," Kim Yo Jong said in a statement carried by KCNA.

South Korea's unification ministry said it regretted the statement. Ministry spokesperson Park \
Ji-hoon told a briefing that Seoul had "no hostile intent" toward the North.

In the statement, {who} said the North would "have no intention of sitting face to face with \
Seoul", and described the halt of loudspeaker broadcasts as a move that "changes nothing".
"""


def test_pronoun_repeating_a_named_speakers_quote_is_not_misattributed(engine):
    report = check_text(engine, KIM.format(who="she"))
    assert of_rule(report, MISATTRIBUTED) == []
    assert of_rule(report, ALTERED) == []  # a shorter excerpt of one statement
    assert of_rule(report, NAME) == []  # Kim Yo Jong and Kim Jong Un are two people
    assert [f for f in of_rule(report, HEADLINE) if f.severity != "info"] == []


def test_north_korean_supports_north_korea_in_the_headline(engine):
    report = check_text(engine, KIM.format(who="she"))
    assert not [f for f in of_rule(report, HEADLINE) if "North Korea" in f.message]
    bare = KIM.replace("North Korean leader", "the leader").replace("toward the North",
                                                                    "toward Pyongyang")
    assert [f for f in of_rule(check_text(engine, bare.format(who="she")), HEADLINE)
            if "North Korea" in f.message]


def test_quote_repeated_under_another_named_speaker_is_still_flagged(engine):
    report = check_text(engine, KIM.format(who="Park Ji-hoon"))
    assert len(of_rule(report, MISATTRIBUTED)) == 1


SUMMIT = """---
title: محمد بن سلمان ومحمد بن زايد يبحثان في الرياض التهدئة في البحر الأحمر
published: 2025-02-11
lang: ar
---
محمد بن سلمان ومحمد بن زايد يبحثان في الرياض التهدئة في البحر الأحمر

الرياض (رويترز) - بحث ولي العهد السعودي الأمير محمد بن سلمان ورئيس دولة الإمارات الشيخ محمد بن \
زايد آل نهيان يوم الاثنين في الرياض سبل تهدئة التوتر في البحر الأحمر.

وقال الأمير فيصل بن فرحان للصحفيين إن البلدين «متفقان على أن أمن البحر الأحمر مسؤولية جماعية لا \
تحتمل التأجيل».

وفي تصريحات لاحقة، أعاد الأمير فيصل بن فرحان التأكيد على أن «أمن البحر الأحمر مسؤولية جماعية»، \
وقال الشيخ عبد الله بن زايد إن المحادثات «كانت مثمرة وصريحة».
"""


def test_two_officials_with_near_names_and_a_shorter_excerpt_pass(engine):
    report = check_text(engine, SUMMIT)
    bad = [f for f in report.findings if f.rule.startswith("consistency.")
           and f.severity != "info"]
    assert bad == []


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*/4[1-9]_*.md")), ids=lambda p: p.name)
def test_unseen_clean_articles_raise_no_consistency_warning(engine, path):
    [article] = engine.load(path, path.read_bytes())
    report = engine.check(article)
    bad = [f.message for f in report.findings
           if f.rule.startswith("consistency.") and f.severity != "info"]
    assert bad == []
