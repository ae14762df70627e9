"""The dev-set scorer: loading and validating gold passages, matching, the figures it reports."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from claimcheck.extract.evaluate import (
    DevsetError,
    GoldClaim,
    Passage,
    Predicted,
    aggregate,
    cue_correct,
    load_devset,
    load_file,
    locate,
    score_passage,
    source_correct,
)
from claimcheck.model import Span

AR_TEXT = ("وقال وزير الخارجية الأردني سامر الحديدي إن المملكة ستواصل دعمها للحل السياسي في اليمن. "
           "وأضاف أن الرياض لن تقبل بأي تدخل خارجي في شؤون المنطقة.")
EN_TEXT = ("The central bank said it would keep interest rates unchanged until inflation eased. "
           "“We are not in a hurry,” Governor Maria Lopez told reporters in Madrid.")


def span(text: str, sub: str, occurrence: int = 1) -> Span:
    found = locate(text, sub, occurrence)
    assert found is not None, sub
    return found


def ar_passage() -> Passage:
    t = AR_TEXT
    return Passage(id="ar-test-001", split="dev", lang="ar", text=t, claims=(
        GoldClaim(kind="indirect", content=span(t, "المملكة ستواصل دعمها للحل السياسي في اليمن"),
                  source=span(t, "وزير الخارجية الأردني سامر الحديدي"), source_type="person",
                  cue=span(t, "وقال"), head=span(t, "سامر الحديدي")),
        GoldClaim(kind="indirect",
                  content=span(t, "الرياض لن تقبل بأي تدخل خارجي في شؤون المنطقة"),
                  source=span(t, "وزير الخارجية الأردني سامر الحديدي"), source_type="person",
                  cue=span(t, "وأضاف"), head=span(t, "سامر الحديدي")),
    ))


def en_passage() -> Passage:
    t = EN_TEXT
    return Passage(id="en-test-001", split="dev", lang="en", text=t, claims=(
        GoldClaim(kind="indirect",
                  content=span(t, "it would keep interest rates unchanged until inflation eased"),
                  source=span(t, "The central bank"), source_type="organization",
                  cue=span(t, "said")),
        GoldClaim(kind="direct", content=span(t, "We are not in a hurry,"),
                  source=span(t, "Governor Maria Lopez"), source_type="person",
                  cue=span(t, "told"), head=span(t, "Maria Lopez")),
    ))


def perfect(passage: Passage) -> list[Predicted]:
    return [Predicted(kind=g.kind, content=g.content, source=g.source,
                      source_name=g.source.text if g.source else None,
                      source_type=g.source_type, cue=g.cue) for g in passage.claims]


@pytest.mark.parametrize("make", [ar_passage, en_passage])
def test_perfect_prediction_scores_one(make):
    scores = aggregate([score_passage(make(), perfect(make()))])
    assert scores.matched == scores.gold == scores.predicted == 2
    for figure in (scores.precision, scores.recall, scores.f1, scores.overlap_precision,
                   scores.overlap_recall, scores.overlap_f1, scores.source_accuracy,
                   scores.source_type_accuracy, scores.cue_accuracy, scores.kind_accuracy):
        assert figure == pytest.approx(1.0)


def test_missing_claim_lowers_recall_not_precision():
    passage = ar_passage()
    result = score_passage(passage, perfect(passage)[:1])
    scores = aggregate([result])
    assert scores.precision == pytest.approx(1.0)
    assert scores.recall == pytest.approx(0.5)
    assert scores.f1 == pytest.approx(2 / 3)
    assert scores.overlap_recall == pytest.approx(0.5)
    assert [g.cue.text for g in result.missed] == ["وأضاف"]


def test_spurious_claim_lowers_precision():
    passage = en_passage()
    extra = Predicted(kind="indirect", content=span(passage.text, "told reporters in Madrid"))
    scores = aggregate([score_passage(passage, [*perfect(passage), extra])])
    assert scores.recall == pytest.approx(1.0)
    assert scores.precision == pytest.approx(2 / 3)
    assert scores.overlap_precision == pytest.approx(2 / 3)


def test_wrong_source_lowers_source_accuracy_only():
    passage = ar_passage()
    preds = perfect(passage)
    t = passage.text
    preds[1] = Predicted(kind="indirect", content=preds[1].content, source=span(t, "الرياض"),
                         source_name="الرياض", source_type="government", cue=preds[1].cue)
    result = score_passage(passage, preds)
    scores = aggregate([result])
    assert scores.f1 == pytest.approx(1.0)
    assert scores.source_accuracy == pytest.approx(0.5)
    assert scores.source_type_accuracy == pytest.approx(0.5)
    assert scores.cue_accuracy == pytest.approx(1.0)
    assert [p.pred.source.text for p in result.wrong_sources] == ["الرياض"]


def test_partial_overlap_counts_as_documented():
    """IoU >= 0.5 is a strict match; the overlap scores count the covered share of characters."""
    t = EN_TEXT
    gold = en_passage().claims[0]  # 60 characters of content
    half = Predicted(kind="indirect", content=span(t, "it would keep interest rates unchanged"),
                     source=gold.source, source_type="organization", cue=gold.cue)
    passage = Passage(id="en-test-002", split="dev", lang="en", text=t, claims=(gold,))
    scores = aggregate([score_passage(passage, [half])])
    covered = len("it would keep interest rates unchanged") / len(gold.content.text)
    assert covered >= 0.5
    assert scores.matched == 1
    assert scores.overlap_precision == pytest.approx(1.0)
    assert scores.overlap_recall == pytest.approx(covered)

    small = Predicted(kind="indirect", content=span(t, "until inflation eased"))
    scores = aggregate([score_passage(passage, [small])])
    assert scores.matched == 0  # 21 of 60 characters: under half of the union
    assert scores.f1 == 0.0
    assert scores.overlap_precision == pytest.approx(1.0)
    assert scores.overlap_recall == pytest.approx(21 / len(gold.content.text))


def test_edge_punctuation_and_quotes_do_not_count():
    t = EN_TEXT
    gold = en_passage().claims[1]
    with_marks = Predicted(kind="direct", content=span(t, "“We are not in a hurry,”"),
                           source=gold.source, source_type="person", cue=gold.cue)
    passage = Passage(id="en-test-003", split="dev", lang="en", text=t, claims=(gold,))
    scores = aggregate([score_passage(passage, [with_marks])])
    assert scores.overlap_f1 == pytest.approx(1.0)


def test_matching_is_one_to_one_and_prefers_the_best_overlap():
    """A two-sentence quotation predicted as two claims: one matches, the other is spurious."""
    t = ("«الهدف هو تهيئة الظروف لحل فعلي. هذا يعني أن الوزيرين سيبلغان الزعيمين بالتقدم» "
         "قال الكرملين.")
    gold = GoldClaim(kind="direct",
                     content=span(t, "الهدف هو تهيئة الظروف لحل فعلي. هذا يعني أن الوزيرين سيبلغان "
                                     "الزعيمين بالتقدم"),
                     source=span(t, "الكرملين"), source_type="government", cue=span(t, "قال"))
    passage = Passage(id="ar-test-002", split="dev", lang="ar", text=t, claims=(gold,))
    first = Predicted(kind="direct", content=span(t, "الهدف هو تهيئة الظروف لحل فعلي."))
    second = Predicted(kind="direct",
                       content=span(t, "هذا يعني أن الوزيرين سيبلغان الزعيمين بالتقدم"))
    result = score_passage(passage, [first, second])
    assert len(result.pairs) == 1
    assert result.pairs[0].pred is second  # the longer half overlaps more
    assert len(result.spurious) == 1


def test_source_rules():
    t = AR_TEXT
    gold = ar_passage().claims[0]

    def pred(sub: str | None, name: str | None = None) -> Predicted:
        return Predicted(kind="indirect", content=gold.content,
                         source=span(t, sub) if sub else None, source_name=name)

    assert source_correct(gold, pred("وزير الخارجية الأردني سامر الحديدي"), "ar")
    assert source_correct(gold, pred("سامر الحديدي"), "ar")  # the head alone
    assert not source_correct(gold, pred("وزير الخارجية"), "ar")  # title without the name
    assert not source_correct(gold, pred(None), "ar")
    # a continuation whose span is elsewhere but whose resolved name is the speaker
    assert source_correct(gold, pred("وأضاف", name="سامر الحديدي"), "ar")
    # normalization: hamza and diacritics do not matter
    variant = "قال الوزير سامِر الحديديْ"
    assert source_correct(gold, Predicted(kind="indirect", content=gold.content,
                                          source=span(variant, "سامِر الحديديْ")), "ar")
    agentless = GoldClaim(kind="indirect", content=gold.content, source=None,
                          source_type="anonymous", cue=gold.cue)
    assert source_correct(agentless, pred(None), "ar")
    assert not source_correct(agentless, pred("سامر الحديدي"), "ar")

    # proclitics glued to a word of the source or the head do not matter
    report = "وقال تقرير للبنك الدولي صدر الثلاثاء إن البطالة ارتفعت."
    doc_gold = GoldClaim(kind="indirect", content=span(report, "البطالة ارتفعت"),
                         source=span(report, "تقرير للبنك الدولي"), source_type="document",
                         cue=span(report, "وقال"), head=span(report, "للبنك الدولي"))
    for predicted, ok in (("البنك الدولي", True), ("تقرير للبنك الدولي صدر", True),
                          ("تقرير", False), ("تقرير للبنك الدولي صدر الثلاثاء إن البطالة", False)):
        text = report if predicted in report else f"{report} {predicted}"
        assert source_correct(doc_gold, Predicted(kind="indirect", content=doc_gold.content,
                                                  source=span(text, predicted)), "ar") is ok

    e = EN_TEXT
    en_gold = en_passage().claims[0]
    assert source_correct(en_gold, Predicted(kind="indirect", content=en_gold.content,
                                             source=span(e, "central bank")), "en")


def test_cue_rules():
    t = AR_TEXT
    gold = ar_passage().claims[0]
    inside = Predicted(kind="indirect", content=gold.content, cue=Span.of(t, 1, 4))  # "قال"
    assert inside.cue.text == "قال"
    assert cue_correct(gold, inside)
    assert not cue_correct(gold, Predicted(kind="indirect", content=gold.content,
                                           cue=span(t, "وأضاف")))
    assert not cue_correct(gold, Predicted(kind="indirect", content=gold.content))


def write(tmp_path: Path, lang: str, body: str) -> Path:
    folder = tmp_path / lang
    folder.mkdir(exist_ok=True)
    path = folder / "theme.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


GOOD = """\
- id: en-theme-001
  split: dev
  lang: en
  text: "Police said two people were hurt. Police said the road was closed."
  claims:
    - kind: indirect
      source: Police
      source_type: government
      cue: said
      cue_occurrence: 2
      content: the road was closed
- id: en-theme-002
  split: dev
  lang: en
  text: "The river rose by two metres overnight."
  claims: []
- id: en-theme-003
  split: heldout
  lang: en
  text: "“It is over,” she said."
  claims:
    - kind: direct
      source: she
      source_type: person
      cue: said
      content: It is over,
"""


def test_load_valid_file_and_occurrences(tmp_path):
    write(tmp_path, "en", GOOD)
    passages = load_devset(tmp_path)
    assert [p.id for p in passages] == ["en-theme-001", "en-theme-002", "en-theme-003"]
    first = passages[0].claims[0]
    assert first.cue.start == passages[0].text.index("said", 10)
    assert first.source.start == 0
    assert passages[0].pattern == "theme"
    assert [p.id for p in load_devset(tmp_path, split="heldout")] == ["en-theme-003"]
    assert load_devset(tmp_path, lang="ar") == []


@pytest.mark.parametrize(("change", "message"), [
    (("content: the road was closed", "content: the road was shut"), "not a substring"),
    (("split: heldout", "split: dev"), "must be 'heldout'"),
    (("kind: direct", "kind: quote"), "kind 'quote'"),
    (("source_type: person", "source_type: human"), "source_type 'human'"),
    (("cue_occurrence: 2", "cue_occurrence: 3"), "occurrence 3"),
    (("content: It is over,", "content: It is over,\n      speaker: x"), "unknown field"),
])
def test_load_fails_clearly(tmp_path, change, message):
    path = write(tmp_path, "en", GOOD.replace(*change))
    with pytest.raises(DevsetError, match=message) as info:
        load_file(path)
    assert "theme.yaml" in str(info.value)


def test_the_shipped_devset_is_valid_and_large_enough():
    passages = load_devset()
    for lang in ("ar", "en"):
        claims = [c for p in passages if p.lang == lang for c in p.claims]
        assert len(claims) >= 80, lang
        heldout = [p for p in passages if p.lang == lang and p.split == "heldout"]
        assert 0.25 <= len(heldout) / len([p for p in passages if p.lang == lang]) <= 0.4
        assert any(not p.claims for p in passages if p.lang == lang)  # narration without claims
        kinds = {c.kind for c in claims}
        assert {"direct", "indirect", "according_to"} <= kinds


def test_benchmark_table_lists_misses_and_wrong_sources(capsys):
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "devset.py"
    spec = importlib.util.spec_from_file_location("devset_benchmark", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)

    from claimcheck.extract.evaluate import Evaluation

    passage = ar_passage()
    preds = perfect(passage)[:1]
    preds[0] = Predicted(kind="indirect", content=preds[0].content,
                         source=span(passage.text, "الرياض"), source_type="government",
                         cue=preds[0].cue)
    evaluation = Evaluation([score_passage(passage, preds), score_passage(en_passage(),
                                                                          perfect(en_passage()))])
    bench.print_report(evaluation, ["ar", "en"], ["dev"], verbose=True)
    out = capsys.readouterr().out
    ar_row = next(line for line in out.splitlines() if line.startswith("ar dev"))
    assert ar_row.split()[2:6] == ["1", "2", "1", "1"]  # passages, gold, predicted, matched
    en_row = next(line for line in out.splitlines() if line.startswith("en dev"))
    assert "1.000" in en_row and "0.000" not in en_row
    assert "MISS  ar-test-001" in out and "وأضاف" in out
    assert "SRC   ar-test-001: gold 'وزير الخارجية الأردني سامر الحديدي' predicted 'الرياض'" in out


def test_benchmark_json_figures():
    import importlib.util
    import json

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "devset.py"
    spec = importlib.util.spec_from_file_location("devset_benchmark_json", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)

    from claimcheck.extract.evaluate import Evaluation

    passage = en_passage()
    evaluation = Evaluation([score_passage(passage, perfect(passage)[:1])])
    data = json.loads(bench.as_json(evaluation, ["en"], ["dev", "heldout"]))
    total = data["en"]["dev"]["total"]
    assert (total["gold"], total["matched"], total["recall"]) == (2, 1, 0.5)
    assert data["en"]["dev"]["patterns"]["test"]["precision"] == 1.0
    assert data["en"]["heldout"]["total"]["passages"] == 0


def test_seed_gold_is_its_own_split(tmp_path):
    write(tmp_path, "en", GOOD)
    seed = tmp_path / "seed"
    seed.mkdir()
    (seed / "en.yaml").write_text(textwrap.dedent("""\
        - id: en-seed-001
          split: seed
          lang: en
          text: "The Kremlin said the talks were useful."
          claims:
            - kind: indirect
              source: The Kremlin
              source_type: government
              cue: said
              content: the talks were useful
        """), encoding="utf-8")
    assert "en-seed-001" not in [p.id for p in load_devset(tmp_path)]
    assert [p.id for p in load_devset(tmp_path, split="seed")] == ["en-seed-001"]
    (seed / "en.yaml").write_text((seed / "en.yaml").read_text().replace("split: seed",
                                                                         "split: dev"))
    with pytest.raises(DevsetError, match="split must be 'seed'"):
        load_devset(tmp_path, split="seed")


def test_the_shipped_seed_gold_matches_the_seed_article():
    (passage,) = load_devset(split="seed")
    seed = Path(__file__).resolve().parents[2] / "seeds" / "000_85d54ae7857c55e9.md"
    assert passage.text in seed.read_text(encoding="utf-8")
    assert len(passage.claims) >= 16
    cues = [c.cue.text for c in passage.claims if c.cue]
    assert "موضحاً" in cues and "ووصف" in cues
