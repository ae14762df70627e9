"""The built-in analyze plugin: Arabic lemmas from a CAMeL Tools morphology database, if any.

Runs first among the analyze hooks so that every later one, and the extractors, see
``token.lemma_``. Without a database it returns at once (see claimcheck.analyze.morphology).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.hookspecs import hookimpl

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis


@hookimpl(tryfirst=True)
def claimcheck_analyze(analysis: Analysis) -> None:
    if analysis.lang != "ar":
        return
    from claimcheck.analyze.morphology import lemmatizer

    lemmatize = lemmatizer(analysis.config)
    if lemmatize is not None:
        lemmatize(analysis.doc)
