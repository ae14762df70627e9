"""claimcheck.testing as a plugin author meets it: fixtures and assertions in a fresh pytest run.

Each test writes a plugin and its tests into pytester's temporary folder and runs pytest there, as
pluggy's and pytest's own test suites test their plugins.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

pytest_plugins = ["pytester"]

# A plugin as a fact-checker would write it: flags "sources say" / "مصادر مطلعة".
VAGUE_PLUGIN = textwrap.dedent('''
    """Flags vague attributions."""
    from claimcheck.hookspecs import hookimpl
    from claimcheck.model import Example, Finding, Rule

    PHRASES = ("sources say", "مصادر مطلعة")

    @hookimpl
    def claimcheck_register_rules():
        return [Rule(id="vague.sources", description="Vague attribution.", severity="warning",
                     flag=[Example("Sources say the talks failed.", "en"),
                           Example("وقالت مصادر مطلعة إن المحادثات فشلت.", "ar")],
                     pass_=[Example("The minister said the talks failed.", "en"),
                            Example("وقال الوزير إن المحادثات فشلت.", "ar")])]

    @hookimpl
    def claimcheck_check_article(analysis):
        text = analysis.text.lower()
        for phrase in PHRASES:
            i = text.find(phrase)
            if i >= 0:
                yield Finding(rule="vague.sources", message="vague attribution",
                              severity="warning", span=analysis.span(i, i + len(phrase)))
''')


@pytest.fixture(autouse=True, scope="module")
def _heavy_modules_loaded_once() -> None:
    """pytester's in-process runs drop modules first imported inside them, and numpy (under
    spaCy) cannot be imported twice in one process: load the pipelines here, outside the runs."""
    from claimcheck.analyze.build import pipeline
    from claimcheck.analyze.normalize import normalize_ar

    pipeline("ar"), pipeline("en"), normalize_ar("أ")


@pytest.fixture
def plugin_dir(pytester: pytest.Pytester):
    pytester.makepyfile(vague_plugin=VAGUE_PLUGIN)
    pytester.syspathinsert()
    return pytester


def test_fixtures_flag_and_pass_in_a_few_lines(plugin_dir: pytest.Pytester) -> None:
    plugin_dir.makepyfile(test_vague='''
        import pytest
        import vague_plugin

        @pytest.fixture
        def claimcheck_plugins():
            return [vague_plugin]

        def test_flags_english(assert_flags):
            found = assert_flags("vague.sources", "Sources say the talks failed.")
            assert found[0].span.text == "Sources say"

        def test_flags_arabic(assert_flags):
            assert_flags("vague.sources", "وقالت مصادر مطلعة إن المحادثات فشلت.")

        def test_passes(assert_passes):
            assert_passes("vague.sources", "The minister said the talks failed.")

        def test_report(check_text):
            report = check_text("Sources say the talks failed.")
            mine = [f.rule for f in report.findings if f.plugin == "vague_plugin"]
            assert mine == ["vague.sources"]
            assert report.article.lang == "en"

        def test_engine_has_the_rule(claimcheck_engine):
            assert "vague.sources" in claimcheck_engine.rules
    ''')
    result = plugin_dir.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=5)


def test_a_failing_assertion_explains_what_was_found(plugin_dir: pytest.Pytester) -> None:
    plugin_dir.makepyfile(test_wrong='''
        import vague_plugin
        from claimcheck.testing import assert_flags, assert_passes

        def test_should_flag_but_does_not():
            assert_flags("vague.sources", "The minister said the talks failed.",
                         plugins=[vague_plugin])

        def test_should_pass_but_flags():
            assert_passes("vague.sources", "Sources say the talks failed.",
                          plugins=[vague_plugin])
    ''')
    result = plugin_dir.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines([
        "*vague.sources did not flag 'The minister said the talks failed.'*",
        "*vague.sources flagged 'Sources say the talks failed.'*",
        "*vague.sources (warning) 'Sources say': vague attribution*",
    ])


def test_assert_examples_runs_a_plugins_rule_examples(plugin_dir: pytest.Pytester) -> None:
    plugin_dir.makepyfile(test_examples='''
        import vague_plugin
        from claimcheck.testing import assert_examples

        def test_examples():
            assert assert_examples("vague.", plugins=[vague_plugin]) == 4
    ''')
    plugin_dir.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=1)


def test_assert_examples_fails_with_the_rules_test_report(plugin_dir: pytest.Pytester) -> None:
    plugin_dir.makepyfile(broken_plugin=VAGUE_PLUGIN.replace(
        'Example("The minister said the talks failed.", "en")',
        'Example("Sources say the minister resigned.", "en")'))
    plugin_dir.makepyfile(test_examples='''
        import broken_plugin
        from claimcheck.testing import assert_examples

        def test_examples():
            assert_examples("vague.sources", plugins=[broken_plugin])
    ''')
    result = plugin_dir.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*✗ pass [[]en[]] Sources say the minister resigned.*",
                                 "*expected no finding, got 1*"])


def test_a_local_plugin_file_and_a_rule_pack_folder(pytester: pytest.Pytester) -> None:
    plugin = pytester.makepyfile(local_plugin=VAGUE_PLUGIN)
    pack = pytester.mkdir("mypack")
    (pack / "pack.yaml").write_text(textwrap.dedent('''
        name: mypack
        version: "0.1"
        language: en
        rules:
          - name: hedge
            kind: lexicon
            description: Hedges.
            words: [reportedly]
            examples:
              flag: [The gunmen reportedly fled.]
              pass: [The gunmen fled.]
    '''), encoding="utf-8")
    pytester.makepyfile(test_paths=f'''
        def test_plugin_path(assert_flags):
            assert_flags("vague.sources", "Sources say so.", plugins=[{str(plugin)!r}])

        def test_pack(assert_flags, assert_passes):
            assert_flags("mypack.hedge", "The gunmen reportedly fled.", rule_packs=[{str(pack)!r}])
            assert_passes("mypack.hedge", "The gunmen fled.", rule_packs=[{str(pack)!r}])
    ''')
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=2)


def test_importing_the_pytest_plugin_is_cheap() -> None:
    code = ("import sys, claimcheck.testing; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('spacy', 'camel_tools', 'torch', 'dateparser', 'thinc')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
