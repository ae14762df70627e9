"""Lemmas of Arabic tokens from a CAMeL Tools morphology database, when the user has one.

The database is the one named in the configuration (``morphology_db``), else the default one under
``$CAMELTOOLS_DATA`` (or ``~/.camel_tools``) as ``camel_data -i`` installs it. Without one, nothing
happens and nothing is said: looking is a few ``stat`` calls, cached. With one, the database and
CAMeL's Analyzer are loaded once per process, and each Arabic token gets ``token.lemma_`` set to the
normalized, dediacritized lemma of its best analysis ("وقالت" -> "قال", "فأكد" -> "اكد"), which is
what the extractor uses to recognise reporting verbs it has no inflected form for. The best
analysis is the one with the highest ``pos_lex_logprob`` when the database has that feature (the
CALIMA databases do), else the first. Lemmas are cached per word form across articles.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.errors import ConfigError

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimcheck.config import Config

DEFAULT_DB = "calima-msa-r13"
MIN_LETTERS = 2  # one-letter tokens are clitics or abbreviations, never reporting verbs
_ARABIC_LETTER = range(0x0621, 0x064B)


def database_path(config: Config) -> Path | None:
    """The morphology database to use, or None when the user has none."""
    named = getattr(config, "morphology_db", None)
    if named:
        path = Path(named).expanduser()
        if not path.is_file():
            raise ConfigError(f"morphology_db {named!r}: no such database file")
        return path
    return _installed_database(os.environ.get("CAMELTOOLS_DATA"))


@cache
def _installed_database(data_dir: str | None) -> Path | None:
    root = Path(data_dir).expanduser() if data_dir else Path.home() / ".camel_tools"
    folder = root / "data" / "morphology_db"
    default = folder / DEFAULT_DB / "morphology.db"
    if default.is_file():
        return default
    if folder.is_dir():
        found = sorted(folder.glob("*/morphology.db"))
        return found[0] if found else None
    return None


def lemmatizer(config: Config) -> Callable[[Doc], None] | None:
    """A function that sets ``lemma_`` on a Doc's Arabic tokens, or None without a database."""
    path = database_path(config)
    if path is None:
        return None
    return _Lemmatizer.load(str(path.resolve())).lemmatize


class _Lemmatizer:
    def __init__(self, analyzer: Any, ranked: bool) -> None:
        self.analyzer = analyzer
        self.ranked = ranked
        self.lemma = lru_cache(maxsize=200_000)(self._lemma)

    @classmethod
    @cache
    def load(cls, path: str) -> _Lemmatizer:
        _import_without_download()
        from camel_tools.morphology.analyzer import Analyzer
        from camel_tools.morphology.database import MorphologyDB
        from camel_tools.morphology.errors import MorphologyError

        try:
            db = MorphologyDB(path, "a")
        except (MorphologyError, OSError, UnicodeDecodeError, KeyError, IndexError) as exc:
            raise ConfigError(f"morphology database {path}: cannot be read ({exc})") from None
        return cls(Analyzer(db), "pos_lex_logprob" in db.defines)

    def _lemma(self, word: str) -> str:
        from claimcheck.analyze.normalize import normalize_ar

        if sum(ord(c) in _ARABIC_LETTER for c in word) < MIN_LETTERS:
            return ""
        analyses = self.analyzer.analyze(word)
        if not analyses:
            return ""
        best = analyses[0]
        if self.ranked:
            best = max(analyses, key=lambda a: _logprob(a.get("pos_lex_logprob")))
        lex = best.get("lex") or ""
        return normalize_ar(lex)

    def lemmatize(self, doc: Doc) -> None:
        lemma_of = self.lemma
        for token in doc:
            lemma = lemma_of(token.text)  # cached per word form, non-Arabic words included
            if lemma:
                token.lemma_ = lemma


def _logprob(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("-inf")


def _import_without_download() -> None:
    """Import camel_tools.data without it fetching its catalogue from the network.

    CAMeL Tools reads ``catalogue.json`` from its data folder when ``camel_tools.data`` is first
    imported, and downloads it when it is missing. A user who names a database file needs no
    catalogue, so when there is none the import is pointed at a private folder holding an empty
    one (the catalogue is only used to find built-in databases, which we do not ask for).
    """
    if "camel_tools.data" in sys.modules:
        return
    data_dir = os.environ.get("CAMELTOOLS_DATA")
    root = Path(data_dir).expanduser() if data_dir else Path.home() / ".camel_tools"
    if (root / "catalogue.json").is_file():
        import camel_tools.data
        return
    with tempfile.TemporaryDirectory(prefix="claimcheck-camel-") as private:
        (Path(private) / "catalogue.json").write_text(
            json.dumps({"version": "1.6", "packages": {}, "components": {}}), encoding="utf-8")
        os.environ["CAMELTOOLS_DATA"] = private
        try:
            import camel_tools.data  # noqa: F401
        finally:
            if data_dir is None:
                del os.environ["CAMELTOOLS_DATA"]
            else:
                os.environ["CAMELTOOLS_DATA"] = data_dir
