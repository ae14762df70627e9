"""spaCy components claimcheck adds to every pipeline: token norms, paragraphs and sentences.

- ``claimcheck_norms`` sets ``token.norm_`` to the matching form: CAMeL Tools normalization for
  Arabic (see claimcheck.analyze.normalize), lower case elsewhere; Matcher and PhraseMatcher patterns
  on ``NORM`` then see past spelling variants.
- ``claimcheck_sentences`` splits paragraphs (one per line, as news copy is written) into sentences
  that never split inside a quotation (« », “ ”, ‹ ›, " "): a quotation that runs over several
  sentences stays in one. spaCy's sentencizer splits on punctuation alone, so this one is ours.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimcheck.analyze.normalize import normalize_ar

SENTENCE_END = {".", "!", "?", "؟", "…", "...", "!?", "?!"}
OPENING_QUOTES = {"«": "»", "“": "”", "‹": "›", "„": "“"}
CLOSING_QUOTES = {"»", "”", "›"}
STRAIGHT_QUOTES = {'"'}
CLOSING_BRACKETS = {")", "]", "}"}


@Language.component("claimcheck_norms")
def set_norms(doc: Doc) -> Doc:
    if doc.lang_ == "ar":
        for token in doc:
            token.norm_ = normalize_ar(token.text)
    else:
        for token in doc:
            token.norm_ = token.lower_
    return doc


@Language.component("claimcheck_sentences")
def set_sentences(doc: Doc) -> Doc:
    paragraphs = []
    para_start = None
    depth = 0
    straight_open = False
    sentence_pending = False  # a sentence end was seen; the next real token starts a sentence
    for token in doc:
        if "\n" in token.text:
            if para_start is not None:
                paragraphs.append(doc[para_start : token.i])
            para_start = None
            depth, straight_open, sentence_pending = 0, False, False
            token.is_sent_start = token.i == 0
            continue
        starts_paragraph = para_start is None
        if starts_paragraph:
            para_start = token.i
        text = token.text
        if sentence_pending and text not in CLOSING_QUOTES and text not in CLOSING_BRACKETS and (
            text not in STRAIGHT_QUOTES or not straight_open
        ):
            token.is_sent_start = True
            sentence_pending = False
        elif token.i > 0:
            token.is_sent_start = starts_paragraph
        else:
            token.is_sent_start = True
        if text in OPENING_QUOTES:
            depth += 1
        elif text in CLOSING_QUOTES:
            depth = max(0, depth - 1)
        elif text in STRAIGHT_QUOTES:
            straight_open = not straight_open
        if text in SENTENCE_END or (len(text) > 1 and text[-1] in ".!?؟…" and _is_end(text)):
            if depth == 0 and not straight_open:
                sentence_pending = True
        elif text in CLOSING_QUOTES or text in STRAIGHT_QUOTES:
            prev = doc[token.i - 1].text if token.i else ""
            if depth == 0 and not straight_open and prev and prev[-1] in ".!?؟…":
                sentence_pending = True
    if para_start is not None:
        paragraphs.append(doc[para_start : len(doc)])
    doc.spans["paragraphs"] = [p for p in paragraphs if len(p)]
    return doc


def _is_end(token_text: str) -> bool:
    """A token like "2017." or "سوريا." that the tokenizer left glued to its full stop."""
    body = token_text.rstrip(".!?؟…")
    return bool(body) and not any(c == "." for c in body) and len(body) > 1
