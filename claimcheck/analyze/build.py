"""Build the Analysis of an article: the analysed text view, the spaCy Doc, paragraphs, sentences.

The pipeline is ``spacy.blank(lang)`` plus claimcheck's rule components (token norms, quote-aware
sentences); a trained pipeline is used only when the configuration names one for the language.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from claimcheck.analyze.analysis import Analysis
from claimcheck.analyze.textview import TextView
from claimcheck.config import Config
from claimcheck.model import Article

if TYPE_CHECKING:
    from spacy.language import Language


def body_view(article: Article) -> TextView:
    """The part of the article that is analysed, mapped to ``article.text``."""
    if article.visible is not None:
        return TextView.from_pieces(article.visible)
    return TextView.identity(article.text, article.body_start, article.body_end)


def pipeline(lang: str, model: str | None = None) -> Language:
    """The spaCy pipeline for a language: blank plus our components, or a configured model.

    Built once per (lang, model) and shared: ``pipeline("ar")`` and ``pipeline("ar", None)`` are
    the same object (a cache on this function would key them apart and build two).
    """
    return _pipeline(lang, model or None)


@cache
def _pipeline(lang: str, model: str | None) -> Language:
    from claimcheck.lazy import import_spacy

    spacy = import_spacy(with_torch=model is not None)
    from claimcheck.analyze import components  # noqa: F401  (registers the factories)

    nlp = spacy.load(model) if model else spacy.blank(lang)
    keep_whole(nlp)
    nlp.add_pipe("claimcheck_norms", first=True)
    if "parser" in nlp.pipe_names or "senter" in nlp.pipe_names:
        # A trained parser sets sentence boundaries itself; ours only add quote awareness.
        nlp.add_pipe("claimcheck_sentences", before=nlp.pipe_names[1] if len(nlp.pipe_names) > 1
                     else None)
    else:
        nlp.add_pipe("claimcheck_sentences")
    return nlp


def keep_whole(nlp: Language) -> None:
    """Teach the tokenizer the abbreviations it would cut ("Wed." is "We" + "d." to spaCy's
    English tokenizer, and a sentence then ended after "d."): the keep_whole list of
    rules/lexicons/<lang>/abbreviations.yaml."""
    from spacy.attrs import ORTH

    from claimcheck.resources import lexicon

    try:
        words = (lexicon(nlp.lang, "abbreviations") or {}).get("keep_whole") or []
    except FileNotFoundError:
        return
    for word in words:
        nlp.tokenizer.add_special_case(str(word), [{ORTH: str(word)}])


def build_analysis(article: Article, config: Config) -> Analysis:
    lang = article.lang or "ar"
    view = body_view(article)
    nlp = pipeline(lang, config.spacy_models.get(lang))
    doc = nlp(view.text)
    analysis = Analysis(article=article, lang=lang, view=view, doc=doc, config=config)
    analysis.paragraphs = list(doc.spans.get("paragraphs", []))
    return analysis
