"""Evaluation of claim extraction: the gold dev set, and scoring predicted claims against it.

The dev set (tests/devset/<lang>/*.yaml, documented in tests/devset/README.md) is a list of short
news passages with their gold attributions as exact substrings. ``load_devset`` reads and validates
it (every substring must be found in its passage, the split must follow the fixed rule), ``predict``
runs the real pipeline on a passage, and ``score`` matches predicted to gold claims and counts.

How a prediction is matched and judged (the README says the same for annotators):

- content spans are compared by characters after trimming whitespace and edge punctuation
  (quotation marks, brackets, full stops, commas) from both; gold and predicted claims are paired
  one-to-one, greedily by overlap / union (ties: larger overlap, then text order);
- a pair with overlap / union >= 0.5 is a *match* (true positive of the strict F1); unpaired or
  weaker predictions are false positives, unpaired or weaker gold claims false negatives;
- the *overlap* scores follow Citron: precision is the mean over predictions of overlap /
  predicted length, recall the mean over gold claims of overlap / gold length (a prediction or
  gold claim without a pair contributes 0), F1 their harmonic mean;
- among matches: source, source type, cue and kind accuracy (see ``source_correct`` and
  ``cue_correct`` for exactly what counts).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.model import Span

if TYPE_CHECKING:
    from claimcheck.engine import Engine
    from claimcheck.model import Claim

DEVSET_DIR = Path(__file__).resolve().parents[2] / "tests" / "devset"
KINDS = ("direct", "indirect", "mixed", "according_to")
SOURCE_TYPES = ("person", "organization", "government", "anonymous", "document", "self")
SPLITS = ("dev", "heldout")
SEED = "seed"  # the seed article's gold, in tests/devset/seed/: its own split, never dev/heldout
LANGS = ("ar", "en")
MATCH_THRESHOLD = 0.5
HELDOUT_EVERY = 3  # the 3rd, 6th, 9th... passage of each theme file is held out

# Edge characters that do not change what a content span says.
_EDGE = " \t\n\u00a0.,،؛;:!?؟«»“”\"'‘’()[]-–—…"
_TOKEN = re.compile(r"\w+", re.UNICODE)


class DevsetError(ValueError):
    """A dev-set file that does not follow the format; the message names file, passage and field."""


# -- the gold data ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldClaim:
    kind: str
    content: Span
    source: Span | None  # None for agentless attribution ("قيل إن", "it is believed")
    source_type: str
    cue: Span | None
    head: Span | None = None  # the part of the source that identifies it (the name in title+name)


@dataclass(frozen=True)
class Passage:
    id: str
    split: str
    lang: str
    text: str
    claims: tuple[GoldClaim, ...]
    file: str = ""

    @property
    def pattern(self) -> str:
        """The theme the id names: "ar-verb-first-001" -> "verb-first"."""
        stem = self.id.rsplit("-", 1)[0]
        prefix = f"{self.lang}-"
        return stem[len(prefix):] if stem.startswith(prefix) else stem


def locate(text: str, sub: str, occurrence: int = 1) -> Span | None:
    """The span of the ``occurrence``-th (1-based) appearance of ``sub`` in ``text``, or None."""
    start = -1
    for _ in range(occurrence):
        start = text.find(sub, start + 1)
        if start < 0:
            return None
    return Span.of(text, start, start + len(sub))


def _span_field(where: str, text: str, raw: dict[str, Any], name: str, required: bool
                ) -> Span | None:
    value = raw.get(name)
    if value is None:
        if required:
            raise DevsetError(f"{where}: field {name!r} is missing")
        return None
    if not isinstance(value, str) or not value:
        raise DevsetError(f"{where}: field {name!r} must be a non-empty string")
    occurrence = raw.get(f"{name}_occurrence", raw.get("occurrence", 1))
    if name in ("source", "head") and f"{name}_occurrence" not in raw:
        occurrence = 1  # a speaker named once and carried over is found at its first mention
    span = locate(text, value, int(occurrence))
    if span is None:
        raise DevsetError(f"{where}: {name} {value!r} (occurrence {occurrence}) is not a "
                          f"substring of the passage text")
    return span


def _parse_claim(where: str, text: str, raw: Any) -> GoldClaim:
    if not isinstance(raw, dict):
        raise DevsetError(f"{where}: a claim must be a mapping")
    unknown = set(raw) - {"kind", "source", "source_type", "cue", "content", "head", "occurrence",
                          "source_occurrence", "cue_occurrence", "content_occurrence",
                          "head_occurrence", "note"}
    if unknown:
        raise DevsetError(f"{where}: unknown field(s) {sorted(unknown)}")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise DevsetError(f"{where}: kind {kind!r} is not one of {KINDS}")
    source_type = raw.get("source_type")
    if source_type not in SOURCE_TYPES:
        raise DevsetError(f"{where}: source_type {source_type!r} is not one of {SOURCE_TYPES}")
    content = _span_field(where, text, raw, "content", required=True)
    source = _span_field(where, text, raw, "source", required=False)
    head = _span_field(where, text, raw, "head", required=False)
    cue = _span_field(where, text, raw, "cue", required=False)
    if head is not None and (source is None or head.text not in source.text):
        raise DevsetError(f"{where}: head {head.text!r} must be part of the source")
    assert content is not None
    for name, span in (("source", source), ("cue", cue)):
        if span is not None and span.overlaps(content):
            raise DevsetError(f"{where}: {name} {span.text!r} overlaps the content; give "
                              f"{name}_occurrence or content_occurrence to pick the right one")
    return GoldClaim(kind=kind, content=content, source=source, source_type=source_type, cue=cue,
                     head=head)


def load_file(path: Path, fixed_split: str | None = None) -> list[Passage]:
    """The passages of one theme file, validated; with ``fixed_split``, every passage must be in
    that split instead of following the every-third rule."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise DevsetError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, list):
        raise DevsetError(f"{path}: must be a list of passages")
    passages = []
    for index, raw in enumerate(data):
        where = f"{path.name}[{index}]"
        if not isinstance(raw, dict):
            raise DevsetError(f"{where}: a passage must be a mapping")
        pid = raw.get("id")
        where = f"{path.name}:{pid}"
        for name in ("id", "split", "lang", "text"):
            if not isinstance(raw.get(name), str) or not raw[name]:
                raise DevsetError(f"{where}: field {name!r} must be a non-empty string")
        expected = fixed_split or ("heldout" if index % HELDOUT_EVERY == HELDOUT_EVERY - 1
                                   else "dev")
        if raw["split"] != expected and fixed_split:
            raise DevsetError(f"{where}: split must be {fixed_split!r} in this folder")
        if raw["split"] != expected:
            raise DevsetError(f"{where}: split is {raw['split']!r} but passage {index + 1} of its "
                              f"file must be {expected!r} (every {HELDOUT_EVERY}rd is heldout)")
        if not pid.startswith(f"{raw['lang']}-"):
            raise DevsetError(f"{where}: id must start with the language, '{raw['lang']}-'")
        claims = raw.get("claims") or []
        if not isinstance(claims, list):
            raise DevsetError(f"{where}: claims must be a list (empty for no attribution)")
        text = raw["text"]
        parsed = tuple(_parse_claim(f"{where} claim {n}", text, c)
                       for n, c in enumerate(claims, 1))
        passages.append(Passage(id=pid, split=raw["split"], lang=raw["lang"], text=text,
                                claims=parsed, file=path.name))
    return passages


def load_devset(root: Path = DEVSET_DIR, lang: str | None = None, split: str | None = None
                ) -> list[Passage]:
    """The passages under ``root``, validated: dev and heldout (``split`` None or "all") or one of
    them, or with ``split="seed"`` the seed article's gold; optionally of one language."""
    passages: list[Passage] = []
    seen: dict[str, str] = {}
    if split == SEED:
        files = [(path, None) for path in sorted((root / SEED).glob("*.yaml"))]
    else:
        files = [(path, path.parent.name) for folder in LANGS
                 for path in sorted((root / folder).glob("*.yaml"))]
    for path, folder_lang in files:
        for passage in load_file(path, SEED if folder_lang is None else None):
            if passage.id in seen:
                raise DevsetError(f"{path.name}: id {passage.id!r} also used in {seen[passage.id]}")
            seen[passage.id] = path.name
            if folder_lang is not None and passage.lang != folder_lang:
                raise DevsetError(f"{path.name}:{passage.id}: lang {passage.lang!r} in folder "
                                  f"{folder_lang!r}")
            passages.append(passage)
    return [p for p in passages if (lang is None or p.lang == lang) and in_split(p, split)]


def in_split(passage: Passage, split: str | None) -> bool:
    """Whether ``passage`` is in ``split``: "dev", "heldout", "seed", or "all" / None for dev and
    heldout together (the seed's gold is counted only when asked for)."""
    if split in (None, "all"):
        return passage.split in SPLITS
    return passage.split == split


# -- predictions -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Predicted:
    """What the scorer needs of a predicted claim (built from a model Claim or by hand in tests)."""

    kind: str
    content: Span
    source: Span | None = None
    source_name: str | None = None
    source_type: str | None = None
    cue: Span | None = None

    @classmethod
    def from_claim(cls, claim: Claim) -> Predicted:
        source = claim.source
        return cls(kind=claim.kind, content=claim.content,
                   source=source.span if source else None,
                   source_name=source.name if source else None,
                   source_type=source.type if source else None,
                   cue=claim.cue.span if claim.cue else None)


def predict(engine: Engine, passage: Passage) -> list[Predicted]:
    """The attributed claims the real pipeline finds in a passage (unattributed ones left out)."""
    from claimcheck.model import Article

    report = engine.check(Article(text=passage.text, lang=passage.lang, path=passage.id))
    return [Predicted.from_claim(c) for c in report.claims if c.kind != "unattributed"]


# -- comparing -------------------------------------------------------------------------------------


def trimmed(span: Span) -> tuple[int, int]:
    """``span``'s offsets without edge whitespace and punctuation (quotes, brackets, stops)."""
    start, end = span.start, span.end
    text = span.text
    left = len(text) - len(text.lstrip(_EDGE))
    right = len(text.rstrip(_EDGE))
    if right <= left:  # all punctuation: keep it as it is
        return start, end
    return start + left, start + right


def overlap(a: Span, b: Span) -> int:
    (a0, a1), (b0, b1) = trimmed(a), trimmed(b)
    return max(0, min(a1, b1) - max(a0, b0))


def length(span: Span) -> int:
    start, end = trimmed(span)
    return end - start


def iou(a: Span, b: Span) -> float:
    shared = overlap(a, b)
    union = length(a) + length(b) - shared
    return shared / union if union else 0.0


def normalize_source(text: str, lang: str) -> list[str]:
    """The tokens a source is compared by.

    Arabic: CAMeL Tools normalization (``normalize_ar``: diacritics, tatweel, alef, alef maksura,
    teh marbuta, digits), then each word without its leading conjunction or preposition (see
    ``strip_proclitics``). English: case-folded, a leading "the" dropped. Both: punctuation dropped.
    """
    if lang == "ar":
        from claimcheck.analyze.normalize import normalize_ar

        text = normalize_ar(text)
    tokens = _TOKEN.findall(text.casefold())
    if lang == "en" and tokens and tokens[0] == "the":
        tokens = tokens[1:]
    if lang == "ar":
        tokens = [strip_proclitics(t) for t in tokens]
    return tokens


def strip_proclitics(token: str) -> str:
    """A normalized Arabic word without the conjunction and preposition it may carry in front.

    Only for comparing sources ("لوزارة" / "وزارة", "للبنك" / "البنك", "والحكومة" / "الحكومة"),
    and applied to both sides alike, so that an occasional over-stripped word still compares
    equal to itself. (CAMeL Tools' tokenizers need a morphology database; this is the small
    prefix rule that comparison needs.)
    """
    if len(token) > 3 and token[0] in "وف":
        token = token[1:]
    if len(token) > 4 and token.startswith("لل"):
        return "ال" + token[2:]
    if len(token) > 4 and token[0] in "بلك":
        return token[1:]
    return token


def _contains(haystack: Sequence[str], needle: Sequence[str]) -> bool:
    n = len(needle)
    return n > 0 and any(list(haystack[i:i + n]) == list(needle)
                         for i in range(len(haystack) - n + 1))


SOURCE_SLACK = 2  # tokens a predicted source may have beyond the gold one and still count


def source_correct(gold: GoldClaim, pred: Predicted, lang: str) -> bool:
    """Whether the predicted source is the gold one.

    - Agentless gold (no source span): correct when the prediction has no source span either.
    - Otherwise the predicted source span's text, or failing that its normalized name (so that a
      pronoun resolved to its antecedent counts), is compared after ``normalize_source``. It is
      correct when it equals the gold source, or when it contains the gold head (the ``head``
      annotation, the whole source by default) as a run of tokens and is at most SOURCE_SLACK tokens
      longer than the gold source. So "سامر الحديدي" for the gold "وزير الخارجية الأردني سامر
      الحديدي" with head "سامر الحديدي" counts; "وزير الخارجية" alone does not.
    """
    if gold.source is None:
        return pred.source is None
    gold_tokens = normalize_source(gold.source.text, lang)
    head_tokens = normalize_source((gold.head or gold.source).text, lang)
    candidates = [c for c in (pred.source.text if pred.source else None, pred.source_name) if c]
    for candidate in candidates:
        tokens = normalize_source(candidate, lang)
        if tokens == gold_tokens:
            return True
        if _contains(tokens, head_tokens) and len(tokens) <= len(gold_tokens) + SOURCE_SLACK:
            return True
    return False


def cue_correct(gold: GoldClaim, pred: Predicted) -> bool:
    """Whether the predicted cue is the gold one.

    Their spans share at least one character, or neither claim has a cue: "قال" inside the gold
    "وقال" counts, as does "مشيراً" for "مشيراً إلى أن".
    """
    if gold.cue is None or pred.cue is None:
        return gold.cue is None and pred.cue is None
    return gold.cue.overlaps(pred.cue)


# -- scoring ---------------------------------------------------------------------------------------


@dataclass
class Pair:
    gold: GoldClaim
    pred: Predicted
    iou: float
    overlap: int

    @property
    def matched(self) -> bool:
        return self.iou >= MATCH_THRESHOLD


def pair_up(gold: Sequence[GoldClaim], predicted: Sequence[Predicted]) -> list[Pair]:
    """One-to-one pairs of gold and predicted claims whose contents overlap, greedy by IoU."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            shared = overlap(g.content, p.content)
            if shared > 0:
                candidates.append((-iou(g.content, p.content), -shared, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for neg_iou, neg_shared, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append(Pair(gold[gi], predicted[pi], -neg_iou, -neg_shared))
    return pairs


@dataclass
class PassageResult:
    passage: Passage
    predicted: list[Predicted]
    pairs: list[Pair]

    @property
    def matches(self) -> list[Pair]:
        return [p for p in self.pairs if p.matched]

    @property
    def missed(self) -> list[GoldClaim]:
        found = {id(p.gold) for p in self.matches}
        return [g for g in self.passage.claims if id(g) not in found]

    @property
    def spurious(self) -> list[Predicted]:
        found = {id(p.pred) for p in self.matches}
        return [p for p in self.predicted if id(p) not in found]

    @property
    def wrong_sources(self) -> list[Pair]:
        return [p for p in self.matches if not source_correct(p.gold, p.pred, self.passage.lang)]


def score_passage(passage: Passage, predicted: Sequence[Predicted]) -> PassageResult:
    return PassageResult(passage, list(predicted), pair_up(passage.claims, predicted))


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """Totals over a set of passages, and the figures derived from them."""

    passages: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    overlap_precision_sum: float = 0.0  # sum over predictions of overlap / predicted length
    overlap_recall_sum: float = 0.0  # sum over gold claims of overlap / gold length
    source_ok: int = 0
    source_type_ok: int = 0
    cue_ok: int = 0
    kind_ok: int = 0

    def add(self, result: PassageResult) -> None:
        lang = result.passage.lang
        self.passages += 1
        self.gold += len(result.passage.claims)
        self.predicted += len(result.predicted)
        for pair in result.pairs:
            self.overlap_precision_sum += _ratio(pair.overlap, length(pair.pred.content))
            self.overlap_recall_sum += _ratio(pair.overlap, length(pair.gold.content))
        for pair in result.matches:
            self.matched += 1
            self.source_ok += source_correct(pair.gold, pair.pred, lang)
            self.source_type_ok += pair.gold.source_type == pair.pred.source_type
            self.cue_ok += cue_correct(pair.gold, pair.pred)
            self.kind_ok += pair.gold.kind == pair.pred.kind

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def overlap_precision(self) -> float:
        return _ratio(self.overlap_precision_sum, self.predicted)

    @property
    def overlap_recall(self) -> float:
        return _ratio(self.overlap_recall_sum, self.gold)

    @property
    def overlap_f1(self) -> float:
        return _f1(self.overlap_precision, self.overlap_recall)

    @property
    def source_accuracy(self) -> float:
        return _ratio(self.source_ok, self.matched)

    @property
    def source_type_accuracy(self) -> float:
        return _ratio(self.source_type_ok, self.matched)

    @property
    def cue_accuracy(self) -> float:
        return _ratio(self.cue_ok, self.matched)

    @property
    def kind_accuracy(self) -> float:
        return _ratio(self.kind_ok, self.matched)


def aggregate(results: Iterable[PassageResult]) -> Scores:
    scores = Scores()
    for result in results:
        scores.add(result)
    return scores


@dataclass
class Evaluation:
    results: list[PassageResult] = field(default_factory=list)

    def scores(self, lang: str | None = None, split: str | None = None,
               pattern: str | None = None) -> Scores:
        return aggregate(r for r in self.results
                         if (lang is None or r.passage.lang == lang)
                         and in_split(r.passage, split)
                         and (pattern is None or r.passage.pattern == pattern))

    def by_pattern(self, lang: str, split: str | None = None) -> dict[str, Scores]:
        groups: dict[str, list[PassageResult]] = defaultdict(list)
        for r in self.results:
            if r.passage.lang == lang and in_split(r.passage, split):
                groups[r.passage.pattern].append(r)
        return {name: aggregate(rs) for name, rs in sorted(groups.items())}


def evaluate(passages: Iterable[Passage], engine: Engine | None = None) -> Evaluation:
    """Run the pipeline on every passage and score it."""
    if engine is None:
        from claimcheck.config import Config
        from claimcheck.engine import Engine

        engine = Engine(Config())
    return Evaluation([score_passage(p, predict(engine, p)) for p in passages])
