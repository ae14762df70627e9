"""spaCy components claimcheck adds to every pipeline: token norms, paragraphs and sentences.

- ``claimcheck_norms`` sets ``token.norm_`` to the matching form: CAMeL Tools normalization for
  Arabic (see claimcheck.analyze.normalize), lower case elsewhere; Matcher and PhraseMatcher
  patterns on ``NORM`` then see past spelling variants.
- ``claimcheck_sentences`` splits the text into paragraphs (``doc.spans["paragraphs"]``) and
  paragraphs into sentences that never split inside a quotation (« », “ ”, „ “, ‹ ›, " "): a
  quotation that runs over several sentences stays in one sentence.

Paragraphs are lines, as news copy is written, unless the text is hard-wrapped (most lines inside
blank-line separated blocks end mid-sentence): then blank lines separate paragraphs, and a short
first line without a full stop (a heading) is a paragraph of its own.

Sentences end at . ! ? ؟ … outside quotations, but not after an abbreviation (Mr., Gen., U.S.,
a.m., initials, د.), inside numbers (the tokenizer keeps 3.5 whole), or before a lower-case word.
Quote marks are read character by character, since the tokenizer leaves them glued to words
("النار»." is one token). spaCy's sentencizer splits on punctuation alone and knows neither
quotations nor abbreviations, so this component is ours; the abbreviation lists are data
(rules/lexicons/<lang>/abbreviations.yaml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Token

from claimcheck.analyze.normalize import normalize_ar

TERMINALS = frozenset(".!?؟…")
OPENING_QUOTES = {"«": "»", "“": "”", "‹": "›", "„": "“", "‚": "‘", "‘": "’"}
CLOSING_QUOTES = frozenset({"»", "”", "›", "“", "‘"})
STRAIGHT_QUOTE = '"'
CLOSERS = frozenset({*CLOSING_QUOTES, STRAIGHT_QUOTE, ")", "]", "}", "’", "'"})
CLAUSE_MARKS = frozenset({",", "،", ";", "؛"})  # a sentence never ends with a stop and one of these
# What may follow a full stop inside the same sentence: closing marks, commas ("U.S., which").
TRAILERS = frozenset({")", "]", "}", "»", "›", "”", "’", "'", "،", ",", ";", "؛", ":"})
_MARKS = re.compile("[" + re.escape("".join({*TERMINALS, *OPENING_QUOTES, *CLOSERS})) + "]")
_LINE_END_OK = tuple(".!?؟…:;؛\"»”)’'")

normalize_token = lru_cache(maxsize=65536)(normalize_ar)


@Language.component("claimcheck_norms")
def set_norms(doc: Doc) -> Doc:
    if doc.lang_ == "ar":
        for token in doc:
            text = token.text
            norm = normalize_token(text)
            if norm != token.norm_:  # the lexeme's default norm is the lower-cased text
                token.norm_ = norm
    else:
        for token in doc:
            token.norm_ = token.lower_
    return doc


# -- abbreviations --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Abbreviations:
    titles: frozenset[str]  # never end a sentence
    ordinary: frozenset[str]  # may end one
    split_titles: frozenset[str]  # words the tokenizer splits from their dot ("No" ".")
    year_markers: frozenset[str]
    continuations: frozenset[str]  # words that go on after initials with a full stop (Arabic)
    starters: frozenset[str]  # function words that begin sentences (from spaCy's stop words)


@cache
def abbreviations(lang: str) -> Abbreviations:
    from claimcheck.resources import lexicon

    try:
        data = lexicon(lang, "abbreviations") or {}
    except FileNotFoundError:
        data = {}

    def keys(name: str) -> frozenset[str]:
        return frozenset(_abbr_key(str(v), lang) for v in data.get(name, []) or [])

    starters: frozenset[str] = frozenset()
    if lang == "en":
        from spacy.lang.en.stop_words import STOP_WORDS

        starters = frozenset(STOP_WORDS)
    return Abbreviations(keys("titles"), keys("ordinary"), keys("split_titles"),
                         keys("year_markers"), keys("continuations"), starters)


def _abbr_key(text: str, lang: str) -> str:
    return normalize_token(text) if lang == "ar" else text.lower()


# -- paragraphs and sentences ---------------------------------------------------------------------


@Language.component("claimcheck_sentences")
def set_sentences(doc: Doc) -> Doc:
    if not len(doc):
        doc.spans["paragraphs"] = []
        return doc
    abbr = abbreviations(doc.lang_)
    tokens = list(doc)
    texts = [t.text for t in tokens]
    spaces = [t.is_space for t in tokens]
    glued = [not t.whitespace_ for t in tokens]  # the next token follows without a space
    breaks = _paragraph_breaks(doc, texts, spaces)
    starts = [-1] * len(doc)  # SENT_START: 1 starts a sentence, -1 does not
    starts[0] = 1
    ranges = _paragraph_ranges(texts, spaces, breaks)
    for n, (first, last) in enumerate(ranges):
        args = (doc, texts, spaces, glued, starts, abbr, first, last)
        unclosed = _segment(*args, frozenset())
        if unclosed:
            # A quotation left open at the end of a paragraph runs on only if the next paragraph
            # opens with a quotation mark (the English convention); otherwise the mark is stray
            # and must not swallow the rest of the paragraph into one sentence.
            nxt = texts[ranges[n + 1][0]] if n + 1 < len(ranges) else ""
            if not nxt or (nxt[0] not in OPENING_QUOTES and nxt[0] not in (STRAIGHT_QUOTE, "”")):
                _segment(*args, frozenset(unclosed))
    paragraphs = [doc[first:last + 1] for first, last in ranges]
    # One array write instead of a Python setter call per token (the setter checks the parse).
    # spaCy's arrays are uint64, with -1 wrapped round as in Doc.to_array.
    doc.from_array(["SENT_START"], numpy.array(starts, dtype="int64").view("uint64").reshape(-1, 1))
    doc.spans["paragraphs"] = [p for p in paragraphs if len(p)]
    return doc


def _paragraph_ranges(texts: list[str], spaces: list[bool], breaks: set[int]
                      ) -> list[tuple[int, int]]:
    """[first, last] token indices of each paragraph's non-space tokens."""
    ranges = []
    first = last = -1
    for i in range(len(texts)):
        if spaces[i]:
            if i in breaks and first != -1:
                ranges.append((first, last))
                first = -1
            continue
        if first == -1:
            first = i
        last = i
    if first != -1:
        ranges.append((first, last))
    return ranges


def _segment(doc: Doc, texts: list[str], spaces: list[bool], glued: list[bool], starts: list[int],
             abbr: Abbreviations, first: int, last: int, ignore: frozenset[int]) -> list[int]:
    """Mark the sentence starts of one paragraph; return where quotations opened and never closed.

    Opening marks on the tokens in ``ignore`` are read as plain characters.
    """
    state = _QuoteState()
    pending: str | None = None  # "hard"/"soft"/"quote": a sentence may end before the next word
    starts[first] = 1
    for i in range(first, last + 1):
        if spaces[i]:
            continue
        text = texts[i]
        if i > first:
            starts[i] = -1
            if pending in ("soft", "hard") and text in CLAUSE_MARKS:
                pending = None  # "Wed., May 9", "U.S., China": the stop was an abbreviation's
            opener = pending is not None and _bare_opener(doc, i)
            if pending and (opener or text[0] not in TRAILERS) and not set(text) <= TERMINALS:
                if _starts_sentence(doc[i], pending, abbr, opener):
                    starts[i] = 1
                pending = None
        if state.feed(text, glued[i] and i + 1 < len(texts) and not spaces[i + 1], i in ignore,
                      i):
            pending = _end_kind(doc[i], doc, abbr)
    return state.openers


class _QuoteState:
    """Quotation depth, read character by character; ``feed`` says whether a sentence may end."""

    __slots__ = ("openers", "prev_terminal", "stack")

    def __init__(self) -> None:
        self.stack: list[str] = []  # expected closing marks
        self.openers: list[int] = []  # the token each open quotation opened on
        self.prev_terminal = False  # the last mark read was . ! ? ؟ … (across tokens)

    def _open(self, mark: str, index: int) -> None:
        self.stack.append(mark)
        self.openers.append(index)

    def _close(self) -> None:
        self.stack.pop()
        self.openers.pop()

    def feed(self, text: str, glued: bool = False, plain: bool = False, index: int = -1) -> bool:
        """Read one token; ``plain``: its opening marks are stray and open nothing."""
        if _MARKS.search(text) is None:  # most tokens: a word without quotes or stops
            self.prev_terminal = False
            return False
        end = False
        prev_terminal = self.prev_terminal
        for n, ch in enumerate(text):
            if ch == STRAIGHT_QUOTE:
                if self.stack and self.stack[-1] == STRAIGHT_QUOTE:
                    self._close()
                    end = end or (prev_terminal and not self.stack)
                elif not plain:
                    self._open(STRAIGHT_QUOTE, index)
                continue
            if ch in CLOSING_QUOTES and self.stack and ch == self.stack[-1]:
                self._close()
                end = end or (prev_terminal and not self.stack)
                continue
            if ch == "’" and self.stack and self.stack[-1] == "’" and not (
                    0 < n < len(text) - 1 and text[n - 1].isalpha() and text[n + 1].isalpha()):
                self._close()  # ‘...’ (British style), not the apostrophe of "Putin’s"
                end = end or (prev_terminal and not self.stack)
                continue
            if ch == "”" and self.stack and self.stack[-1] in ("“", "”"):
                self._close()  # ”...” as some Arabic copy writes it
                end = end or (prev_terminal and not self.stack)
                continue
            if ch in OPENING_QUOTES:
                if not plain:
                    self._open(OPENING_QUOTES[ch], index)
                prev_terminal = False
                continue
            if ch == "”" and not self.stack and (
                    text[n + 1:n + 2].isalpha() or (n == len(text) - 1 and glued)):
                if not plain:
                    self._open("”", index)  # ” used as an opening mark, glued to the next word
                continue
            if ch in TERMINALS:
                prev_terminal = True
                end = not self.stack
                continue
            if ch in CLOSERS:  # brackets and stray closing quotes keep a full stop before them
                continue
            prev_terminal = False
            end = False
        self.prev_terminal = prev_terminal
        return end


def _end_kind(token: Token, doc: Doc, abbr: Abbreviations) -> str | None:
    """Whether the sentence-final mark ending ``token`` ends a sentence: "hard", "soft" or None."""
    text = token.text.rstrip("\"»”›“)]’'")
    if text != token.text and any(c in "\"»”›“’" for c in token.text[len(text):]):
        return "quote"  # "... time!" Tillerson replied. / "Stop. Now." She left.
    if not text or text[-1] != ".":
        return "hard"  # ! ? ؟ … end sentences (a lower-case word after them is checked later)
    lang = doc.lang_
    key = _abbr_key(text, lang)
    prev = doc[token.i - 1] if token.i else None
    if text == ".":
        if prev is None or prev.whitespace_ or prev.is_space:
            return "hard"
        glued = _abbr_key(prev.text, lang)
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if glued in abbr.split_titles and nxt is not None and nxt.text[:1].isdigit():
            return None  # "No. 10"
        if glued in abbr.year_markers and _is_number(doc, token.i - 2):
            return "hard"  # "1438 هـ."
        if lang == "ar" and _single_arabic_letter(prev.text):
            return _arabic_initials(doc, token.i - 1, token.i, abbr)  # "أ . ف . ب" split up
        if glued + "." in abbr.titles:
            return None
        if glued + "." in abbr.ordinary or re.fullmatch(r"[A-Z]", prev.text):
            return "soft"
        return "hard"
    if lang == "ar":
        body = text[:-1]
        if _single_arabic_letter(body):
            if _is_number(doc, token.i - 1):
                return "hard"  # "عام 2017 م."
            return _arabic_initials(doc, token.i, token.i, abbr)
        if re.fullmatch(r"[0-9٠-٩]+(?:م|هـ|ه)", body):
            return "hard"  # "2017م."
    if key in abbr.titles:
        if lang == "ar" and _is_number(doc, token.i - 1) and key.rstrip(".") in abbr.year_markers:
            return "hard"
        return None
    if key in abbr.ordinary:
        return "soft"
    if re.fullmatch(r"(?:[A-Za-z]\.){2,}", text) or re.fullmatch(r"[A-Z]\.", text):
        return "soft"  # initials and unlisted acronyms: "J.R.R.", "A."
    return "hard"


def _arabic_initials(doc: Doc, letter: int, last: int, abbr: Abbreviations) -> str | None:
    """A letter with a full stop: "د." before a name never ends a sentence, nor does a dot inside
    "أ.ف.ب"; the dot after the last of such initials ("ا ف ب." / "أ.ف.ب.") ends one unless a
    word such as أن or في carries the sentence on ("وذكرت أ.ف.ب. أن ...")."""
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if nxt is not None and _single_arabic_letter(nxt.text.rstrip(".")):
        return None  # the initials go on
    prev = doc[letter - 1] if letter > 0 else None
    if prev is not None and not prev.is_space and (
            prev.text == "." or _single_arabic_letter(prev.text.rstrip("."))):
        after = last + 1
        while after < len(doc) and set(doc[after].text) <= TRAILERS:
            after += 1  # "(ا. ف. ب.) أن": look past the closing bracket
        if after < len(doc) and normalize_token(doc[after].text) in abbr.continuations:
            return None
        return "hard"
    return None


def _starts_sentence(token: Token, pending: str, abbr: Abbreviations, opener: bool = False
                     ) -> bool:
    first = token.text.lstrip("\"«“„‹'‘(")[:1]
    if first.isalpha() and first.isascii() and first.islower():
        return False  # "he said", "and left": no new sentence before a lower-case word
    word = token.text.strip("\"«“„‹'‘(")
    if pending == "soft":
        if opener:  # the tokenizer cut the quotation mark off: judge the word after it
            word = token.doc[token.i + 1].text
            if not word[:1].isupper():
                return False
            # '...run by the U.N. "We will not leave," he said.': a quoted sentence follows the
            # abbreviation; '...the U.S. "Senate" about it' is a quoted name inside the sentence.
            return word.lower() in abbr.starters or _quoted_sentence(token.doc, token.i)
        return word[:1].isupper() and word.lower() in abbr.starters
    if pending == "quote" and first.isascii() and first.isalpha() \
            and word.lower() not in abbr.starters:
        # A name and a lower-case verb closing the sentence attribute the quotation before them.
        doc = token.doc
        verb = doc[token.i + 1] if token.i + 1 < len(doc) else None
        after = doc[token.i + 2] if token.i + 2 < len(doc) else None
        if verb is not None and verb.is_lower and verb.is_alpha and (
                after is None or after.text in (".", ",", "!", "?") or after.is_space):
            return False
    return True


_BARE_OPENERS = frozenset({*OPENING_QUOTES, STRAIGHT_QUOTE, "'"})
_QUOTE_PAIRS = {**OPENING_QUOTES, STRAIGHT_QUOTE: STRAIGHT_QUOTE, "'": "'"}


def _bare_opener(doc: Doc, i: int) -> bool:
    """A token that is only an opening quotation mark, after a space and glued to the next word
    ('the U.K. \'It is', 'U.N. "We'): the tokenizer cuts such marks off the word they open."""
    text = doc[i].text
    return (len(text) == 1 and text in _BARE_OPENERS and i > 0 and bool(doc[i - 1].whitespace_)
            and not doc[i].whitespace_ and i + 1 < len(doc) and doc[i + 1].is_alpha)


def _quoted_sentence(doc: Doc, opener: int, limit: int = 80) -> bool:
    """Whether the quotation opening at ``opener`` reads as a sentence of its own: at least
    three words, two of them lower-case (a name in title case is none: '"America First
    Policy,"'), closed after a comma or a sentence-final mark ('"Peace is possible."', '"We will
    not leave,"'), within its paragraph."""
    close = _QUOTE_PAIRS[doc[opener].text]
    words = lower = 0
    for j in range(opener + 1, min(len(doc), opener + limit)):
        token = doc[j]
        if token.is_space and "\n" in token.text:
            return False
        if token.text == close or (close in token.text and not token.is_alpha
                                   and token.text.rstrip(close) in ("", ".", ",", "!", "?")):
            before = token.text[:token.text.index(close)] or doc[j - 1].text
            return words >= 3 and lower >= 2 and before[-1:] in (".", ",", "!", "?", "…")
        words += token.is_alpha
        lower += token.is_alpha and token.is_lower
    return False


def _is_number(doc: Doc, i: int) -> bool:
    return 0 <= i < len(doc) and bool(re.fullmatch(r"[0-9٠-٩][0-9٠-٩.,٫٬]*", doc[i].text))


def _single_arabic_letter(text: str) -> bool:
    letters = [c for c in text if "\u0621" <= c <= "\u064a"]
    return len(letters) == 1 and all(c in "\u0640" or "\u0621" <= c <= "\u064a" or
                                     "\u064b" <= c <= "\u0652" for c in text)


def _paragraph_breaks(doc: Doc, texts: list[str], spaces: list[bool]) -> set[int]:
    """Indices of the white-space tokens that end a paragraph."""
    newline_tokens = [i for i, text in enumerate(texts) if spaces[i] and "\n" in text]
    if not newline_tokens:
        return set()
    if not _hard_wrapped(doc.text):
        return set(newline_tokens)
    breaks = set()
    block_first_line = True
    for i in newline_tokens:
        if texts[i].count("\n") >= 2:
            breaks.add(i)
            block_first_line = True
            continue
        if block_first_line and _looks_like_heading(doc, i):
            breaks.add(i)
        block_first_line = False
    return breaks


def _hard_wrapped(text: str) -> bool:
    """Whether lines inside blank-line separated blocks mostly end mid-sentence."""
    if "\n\n" not in text and not re.search(r"\n[ \t]*\n", text):
        return False
    inner = mid = 0
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [ln.rstrip() for ln in block.strip("\n").split("\n") if ln.strip()]
        for line in lines[:-1]:
            inner += 1
            mid += not line.endswith(_LINE_END_OK)
    return inner >= 3 and mid >= 0.6 * inner


def _looks_like_heading(doc: Doc, newline: int) -> bool:
    """A block's first line is a heading when short, without a full stop, before a longer line."""
    start = doc.text.rfind("\n", 0, doc[newline].idx) + 1
    line = doc.text[start:doc[newline].idx].strip()
    nxt_end = doc.text.find("\n", doc[newline].idx + 1)
    nxt = doc.text[doc[newline].idx + 1:nxt_end if nxt_end != -1 else len(doc.text)].strip()
    return (bool(line) and not line.endswith(_LINE_END_OK) and len(line.split()) <= 12
            and len(line) < 0.7 * len(nxt))
