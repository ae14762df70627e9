"""Clitic-aware matching of the attribution lexicon over a spaCy Doc (PhraseMatcher on norms).

spaCy's blank Arabic tokenizer leaves proclitics on the word ("وقيل", "بإدارة", "للكرملين"), and no
CAMeL Tools tokenizer works without a morphology database, so proclitics are handled by rule: an
optional conjunction (و، ف), then an optional preposition (ب، ل، ك); لل is read as ل + ال.
For phrases, the first word of each lexicon entry is expanded into its proclitic variants when the
patterns are built (inner words are written in the lexicon as they appear), and a PhraseMatcher on
NORM finds them all in one hashed pass; a Matcher with a set predicate per word cost about 1.5 s an
article. For word sets, :func:`arabic_forms` strips the clitics off the token instead. The article
ال is not stripped for phrases (an entry lists both forms where both occur); :func:`stem` strips
it for word sets, and tells whether it was there.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from claimcheck_attribution.lexicon import Entry, Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.vocab import Vocab

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")


@dataclass(frozen=True)
class Match:
    """A lexicon phrase found in the Doc: its group, its entry and its token range [start, end)."""

    group: str
    entry: Entry
    start: int
    end: int


@cache
def arabic_forms(norm: str) -> tuple[str, ...]:
    """The word with and without its proclitics: "وبالبيان" -> وبالبيان، بالبيان، البيان."""
    forms = [norm]
    for conj in ("", *CONJUNCTIONS):
        if not norm.startswith(conj):
            continue
        rest = norm[len(conj):]
        if conj and len(rest) >= 2:
            forms.append(rest)
        for prep in PREPOSITIONS:
            if rest.startswith(prep) and len(rest) - len(prep) >= 2:
                forms.append(rest[len(prep):])
        if rest.startswith("لل") and len(rest) > 3:  # لل = ل + ال: "للكرملين" is "ل" + "الكرملين"
            forms.append("ال" + rest[2:])
    return tuple(dict.fromkeys(forms))


def forms(token: Token) -> tuple[str, ...]:
    if token.doc.lang_ == "ar":
        return arabic_forms(token.norm_)
    return (token.norm_,)


@cache
def stem(norm: str, lang: str) -> tuple[str, bool]:
    """The word without proclitics and article, and whether it carried the article ال."""
    if lang != "ar":
        return norm, False
    best, definite = norm, False
    for form in arabic_forms(norm):
        bare, has_article = form, False
        if form.startswith("ال") and len(form) > 3:
            bare, has_article = form[2:], True
        if len(bare) < len(best) or (len(bare) == len(best) and has_article):
            best, definite = bare, has_article
    return best, definite


def in_set(lexicon: Lexicon, set_name: str, token: Token) -> bool:
    """Whether a token, with or without its clitics and article, is in one of the word sets."""
    words = lexicon.words.get(set_name, frozenset())
    if not words:
        return False
    if any(f in words for f in forms(token)):
        return True
    return stem(token.norm_, lexicon.lang)[0] in words


@cache
def arabic_variants(word: str) -> tuple[str, ...]:
    """The written forms a word takes with proclitics: the inverse of :func:`arabic_forms`."""
    out = [word]
    for conj in ("", *CONJUNCTIONS):
        for prep in ("", *PREPOSITIONS):
            if conj or prep:
                out.append(conj + prep + word)
        if word.startswith("ال") and len(word) > 3:
            out.append(conj + "لل" + word[2:])
    return tuple(dict.fromkeys(out))


def _variants(entry: Entry, lang: str, vocab: Vocab) -> list[tuple[str, ...]]:
    if lang != "ar":
        # tokenized as the text is, so "first-ever" and "d'orsay" split the same way
        from claimcheck.analyze.build import pipeline

        nlp = pipeline(lang)
        if nlp.vocab is vocab:
            return [tuple(t.lower_ for t in nlp.make_doc(" ".join(entry.words)))]
        return [entry.words]
    first, rest = entry.words[0], entry.words[1:]
    return [(v, *rest) for v in arabic_variants(first)]


_MATCHERS: dict[tuple[int, int], tuple[object, dict[str, tuple[str, Entry]]]] = {}


def _matcher(lexicon: Lexicon, vocab: Vocab):
    key = (id(lexicon), id(vocab))
    if key not in _MATCHERS:
        from spacy.matcher import PhraseMatcher
        from spacy.tokens import Doc

        matcher = PhraseMatcher(vocab, attr="NORM")
        entries: dict[str, tuple[str, Entry]] = {}
        for group, group_entries in lexicon.phrases.items():
            for n, entry in enumerate(group_entries):
                if not entry.words:
                    continue
                name = f"{group}\t{n}"
                patterns = []
                for words in _variants(entry, lexicon.lang, vocab):
                    doc = Doc(vocab, words=list(words))
                    for token, word in zip(doc, words, strict=True):
                        token.norm_ = word  # the words are in match form already
                    patterns.append(doc)
                matcher.add(name, patterns)
                entries[name] = (group, entry)
        _MATCHERS[key] = (matcher, entries)
    return _MATCHERS[key]


def find(doc: Doc, lexicon: Lexicon) -> dict[str, list[Match]]:
    """Every lexicon phrase in ``doc`` by group; of overlapping matches in a group, the longest."""
    matcher, entries = _matcher(lexicon, doc.vocab)
    by_group: dict[str, list[Match]] = {}
    for match_id, start, end in matcher(doc):  # type: ignore[operator]
        group, entry = entries[doc.vocab.strings[match_id]]
        by_group.setdefault(group, []).append(Match(group, entry, start, end))
    for group, found in by_group.items():
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[Match] = []
        for match in found:
            if kept and match.start < kept[-1].end:
                continue
            kept.append(match)
        by_group[group] = kept
    return by_group
