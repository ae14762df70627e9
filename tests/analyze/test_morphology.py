"""The CAMeL Tools morphology path: with a database, Arabic tokens get normalized lemmas.

The test writes a small database in CAMeL's own file format (see
camel_tools/morphology/database.py): a handful of stems for قال / أكد / أعلن / نفى, the prefixes
و and ف, and the suffix ت, with the prefix-stem-suffix compatibility tables.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.analyze import morphology
from claimcheck.analyze.build import build_analysis
from claimcheck.config import Config
from claimcheck.errors import ConfigError
from claimcheck.model import Article

PREFIXES = [("", "Pref-0", "diac: bw: gloss:"),
            ("و", "Pref-Wa", "diac:وَ bw:wa/CONJ+ gloss:and"),
            ("ف", "Pref-Wa", "diac:فَ bw:fa/CONJ+ gloss:so")]
SUFFIXES = [("", "Suff-0", "diac: bw: gloss:"),
            ("ت", "PVSuff-t", "diac:َتْ bw:+at/PVSUFF_SUBJ:3FS gloss:she")]
STEMS = [("قال", "PV", "diac:قالَ lex:قالَ_1 pos:verb bw:qAl/PV gloss:say"),
         ("اكد", "PV", "diac:أَكَّدَ lex:أَكَّد_1 pos:verb bw:>ak~ad/PV gloss:confirm"),
         ("اعلن", "PV", "diac:أَعْلَنَ lex:أَعْلَن_1 pos:verb bw:>aEolan/PV gloss:announce"),
         ("نفي", "PV", "diac:نَفَى lex:نَفَى_1 pos:verb bw:nafaY/PV gloss:deny")]


def write_database(path: Path) -> Path:
    lines = ["###DEFINES###",
             "DEFINE pos pos:verb pos:noun pos:digit",
             "DEFINE diac diac:*open*",
             "DEFINE lex lex:*open*",
             "DEFINE bw bw:*open*",
             "DEFINE gloss gloss:*open*",
             "###DEFAULTS###",
             "DEFAULT pos:digit diac:* lex:* bw:* gloss:*",
             "###ORDER###",
             "ORDER pos diac lex bw gloss",
             "###TOKENIZATIONS###",
             "###STEMBACKOFF###",
             "###PREFIXES###"]
    lines += ["\t".join(entry) for entry in PREFIXES]
    lines += ["###SUFFIXES###"]
    lines += ["\t".join(entry) for entry in SUFFIXES]
    lines += ["###STEMS###"]
    lines += ["\t".join(entry) for entry in STEMS]
    lines += ["###TABLE AB###", "Pref-0 PV", "Pref-Wa PV",
              "###TABLE BC###", "PV Suff-0", "PV PVSuff-t",
              "###TABLE AC###", "Pref-0 Suff-0", "Pref-0 PVSuff-t", "Pref-Wa Suff-0",
              "Pref-Wa PVSuff-t"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def database(tmp_path):
    return write_database(tmp_path / "morphology.db")


def lemmas(text: str, config: Config) -> dict[str, str]:
    analysis = build_analysis(Article(text=text, lang="ar"), config)
    from claimcheck.analyze.builtin import claimcheck_analyze

    claimcheck_analyze(analysis)
    return {t.text: t.lemma_ for t in analysis.doc if not t.is_punct and not t.is_space}


def test_lemmas_from_a_database_named_in_the_config(database):
    found = lemmas("وقالت موسكو إن المعارضة هي المسؤولة. فأكد الكرملين ذلك، وأعلنت واشنطن "
                   "موقفها، ونفى البيت الأبيض، وقالَتْ الوزارة.", Config(morphology_db=str(database)))
    assert found["وقالت"] == "قال"
    assert found["فأكد"] == "اكد"  # normalized: hamza on alef folded, shadda dropped
    assert found["وأعلنت"] == "اعلن"
    assert found["ونفى"] == "نفي"  # alef maksura folded
    assert found["وقالَتْ"] == "قال"  # diacritized input
    assert found["موسكو"] == ""  # not in the database: no lemma


def test_lemmas_from_cameltools_data(database, tmp_path, monkeypatch):
    data = tmp_path / "camel"
    target = data / "data" / "morphology_db" / "calima-msa-r13"
    target.mkdir(parents=True)
    database.rename(target / "morphology.db")
    monkeypatch.setenv("CAMELTOOLS_DATA", str(data))
    assert lemmas("وقالت الوزارة", Config())["وقالت"] == "قال"


def test_without_a_database_nothing_happens(tmp_path, monkeypatch):
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path / "empty"))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert morphology.lemmatizer(Config()) is None
    assert lemmas("وقالت موسكو إن المعارضة هي المسؤولة.", Config())["وقالت"] == ""


def test_english_articles_are_left_alone(database):
    analysis = build_analysis(Article(text="The Kremlin said so.", lang="en"),
                              Config(morphology_db=str(database)))
    from claimcheck.analyze.builtin import claimcheck_analyze

    claimcheck_analyze(analysis)
    assert [t.lemma_ for t in analysis.doc] == [""] * len(analysis.doc)


def test_a_named_database_that_is_missing_or_broken(tmp_path):
    with pytest.raises(ConfigError, match="no such database"):
        morphology.database_path(Config(morphology_db=str(tmp_path / "nope.db")))
    broken = tmp_path / "broken.db"
    broken.write_text("###DEFINES###\nnot a define line\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot be read"):
        morphology.lemmatizer(Config(morphology_db=str(broken)))


def test_config_file_key(tmp_path, database):
    from claimcheck.configfile import load_config

    (tmp_path / "claimcheck.toml").write_text(f'morphology-db = "{database.name}"\n',
                                              encoding="utf-8")
    config = load_config(tmp_path / "claimcheck.toml")
    assert Path(config.morphology_db) == database
