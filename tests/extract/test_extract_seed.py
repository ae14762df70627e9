"""The seed article (a Reuters/AFP wire story in Arabic) through the whole pipeline: every
attributed claim a careful reader marks, with its source, and exact spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.helpers import engine

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_85d54ae7857c55e9.md"


@pytest.fixture(scope="module")
def report():
    eng = engine()
    [article] = eng.load(SEED, SEED.read_bytes())
    return eng.check(article)


def attributed(report):
    return [c for c in report.claims if c.kind != "unattributed"]


def find(report, content_start: str):
    found = [c for c in attributed(report) if c.content.text.startswith(content_start)]
    assert len(found) == 1, (content_start, [c.content.text[:30] for c in attributed(report)])
    return found[0]


def test_every_span_points_at_its_characters(report):
    text = report.article.text
    for claim in report.claims:
        for span in (claim.content, claim.sentence, claim.cue and claim.cue.span,
                     claim.source and claim.source.span):
            if span:
                assert text[span.start:span.end] == span.text


def test_the_attributed_claims_and_their_sources(report):
    expected = [
        ("الزعيمين أجريا محادثة", "بيانات من البيت الأبيض والكرملين", "document", "indirect"),
        ("الاتصال الهاتفي جاء", "مسؤول كبير بإدارة ترامب", "anonymous", "indirect"),
        ("مسعى لطرح أفكاره", "مسؤول كبير بإدارة ترامب", "anonymous", "indirect"),
        ("حكومة الرئيس السوري", "واشنطن", "government", "indirect"),
        ("المعارضة السورية هي المسؤولة", "موسكو", "government", "indirect"),
        ("الزعيمين اتفقا على أن «", "البيت الأبيض", "government", "mixed"),
        ("المحادثة كانت جيدة", "البيت الأبيض", "government", "direct"),
        ("يرغب في إقامة مناطق آمنة", "ترامب", "person", "indirect"),
        ("واشنطن سترسل ممثلاً", "البيت الأبيض", "government", "indirect"),
        ("ستوارت جونز", "وزارة الخارجية الأميركية", "government", "indirect"),
        ("بوتين وترامب اتفقا", "الكرملين", "government", "indirect"),
        ("الهدف هو تهيئة الظروف", "الكرملين", "government", "direct"),
        ("ترامب وبوتين «تحدثا", "بيان البيت الأبيض", "document", "mixed"),
        ("الزعيمين بحثا أيضاً", "الكرملين", "government", "indirect"),
        ("تم التركيز على امكان", "الكرملين", "government", "direct"),
        ("تم التوافق «على تكثيف", "الكرملين", "government", "mixed"),
    ]
    for content, source, source_type, kind in expected:
        claim = find(report, content)
        assert claim.source.span.text == source, content
        assert (claim.source.type, claim.kind) == (source_type, kind), content
    assert len(attributed(report)) >= 16


def test_carried_speakers_point_at_the_original_mention(report):
    described = find(report, "مسعى لطرح أفكاره")
    official = find(report, "الاتصال الهاتفي جاء")
    assert described.cue.span.text == "ووصف"
    assert described.source.span == official.source.span
    assert described.source.meta["carried_from"] == official.id
    explained = find(report, "تم التوافق")
    kremlin = find(report, "تم التركيز")
    assert explained.cue.span.text == "موضحاً"
    assert explained.source.meta["carried_from"] == kremlin.id


def test_two_sentence_quotation_is_one_claim(report):
    claim = find(report, "الهدف هو تهيئة الظروف")
    assert claim.content.text.endswith("التقدم في هذا الاتجاه")
    assert claim.meta["via"] == "statement"


def test_conventions_for_metonyms_documents_and_accusations(report):
    assert find(report, "المعارضة السورية هي المسؤولة").source.meta["metonym"] is True
    statement = find(report, "ترامب وبوتين «تحدثا")
    assert statement.source.meta["issuer"] == "البيت الأبيض"
    blame = find(report, "حكومة الرئيس السوري")
    assert blame.cue.stance == "accusation"


def test_outlet_voice_sentences_are_unattributed(report):
    unattributed = [c for c in report.claims if c.kind == "unattributed"]
    assert any(c.content.text.startswith("سعى الرئيس الأميركي") for c in unattributed)
    assert not any("ألقت فيه واشنطن" in c.content.text for c in unattributed)
    assert all(c.source.type == "self" and c.cue is None for c in unattributed)
