"""`pip install .` gives a working claimcheck: built-in plugins and rule data ship in the wheel,
and the quick commands start without importing spaCy or torch."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_python(code: str, cwd: Path, pythonpath: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "CLAIMCHECK_NO_ENTRY_POINTS": "1"}
    if pythonpath:
        env["PYTHONPATH"] = str(pythonpath)
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["plugins", "list"],
                                  ["rules", "list"]])
def test_quick_commands_do_not_import_spacy_or_torch(argv: list[str], tmp_path: Path) -> None:
    code = ("import sys\nfrom claimcheck.cli import main\n"
            f"try:\n    rc = main({argv!r})\nexcept SystemExit as exc:\n    rc = exc.code\n"
            "heavy = sorted(m for m in ('spacy', 'torch', 'thinc', 'camel_tools', 'dateparser')"
            " if m in sys.modules)\n"
            "print('HEAVY', heavy, 'RC', rc)\n")
    result = run_python(code, cwd=tmp_path)
    assert "HEAVY [] RC 0" in result.stdout, result.stdout + result.stderr


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(out), str(ROOT)], check=True, capture_output=True,
                   timeout=300)
    return next(out.glob("claimcheck-*.whl"))


def test_wheel_ships_every_package_plugin_and_rule_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = [p.relative_to(ROOT).as_posix() for p in (ROOT / "claimcheck").rglob("*.py")]
    for plugin in ("claimcheck_attribution", "claimcheck_consistency", "claimcheck_dates"):
        sources += [p.relative_to(ROOT / "plugins").as_posix()
                    for p in (ROOT / "plugins" / plugin).rglob("*.py") if "tests" not in p.parts]
    missing = [s for s in sources if s not in names]
    assert not missing, f"not in the wheel: {missing}"
    data = [p.relative_to(ROOT / "rules").as_posix() for p in (ROOT / "rules").rglob("*.y*ml")]
    assert data, "no rule data in rules/"
    assert not [d for d in data if f"claimcheck_rules/{d}" not in names]


def test_installed_wheel_runs_without_the_checkout(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                    str(target), str(wheel)], check=True, capture_output=True, timeout=300)
    code = ("import claimcheck, claimcheck.resources as r\n"
            "from claimcheck.cli import main\n"
            "print('FROM', claimcheck.__file__)\n"
            "print('RULES', r.rules_dir())\n"
            "main(['plugins', 'list'])\n")
    result = run_python(code, cwd=tmp_path, pythonpath=target)
    assert result.returncode == 0, result.stderr
    assert f"FROM {target}" in result.stdout
    assert f"RULES {target}" in result.stdout
    for module in ("claimcheck_attribution", "claimcheck_consistency", "claimcheck_dates"):
        assert f"{module}  [builtin]" in result.stdout
