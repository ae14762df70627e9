"""`claimcheck check PATH...`: load, run the pipeline, filter, render, and choose the exit code.

After the engine has checked a file, this command applies what belongs to the run rather than to an
article, in this order: per-path configuration (select / ignore / severity of [[overrides]]),
inline suppression comments, then --write-baseline records what is left, then --baseline and
--diff-base keep only new findings and findings on changed lines. The exit code is computed on what
is reported.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck import baseline as baselines
from claimcheck.config import Config
from claimcheck.discover import expand
from claimcheck.errors import UsageError
from claimcheck.gitdiff import DiffBase
from claimcheck.model import ArticleReport, RunReport, severity_rank
from claimcheck.report.formatter import FormatOptions, Formatter
from claimcheck.report.positions import relative_path
from claimcheck.runner import run_tasks, task_for
from claimcheck.suppress import Suppressions

if TYPE_CHECKING:
    from claimcheck.engine import Engine

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _same_file(a: str, b: str) -> bool:
    return a != "-" and Path(a).resolve() == Path(b).resolve()


def run_check(args: argparse.Namespace, config: Config) -> int:
    files = expand(args.paths)
    write_to = getattr(args, "write_baseline", None)
    known, diff = _filters(args, config, files, write_to)  # cheap checks before the engine loads
    engine, formatter = _engine(config, args.format)
    run, files_of, errors = _check(engine, config, files, getattr(args, "jobs", 1),
                                   progress=False if getattr(args, "no_progress", False) else None)
    if write_to:
        baselines.write(Path(write_to), run.articles)
    hidden = []
    if known is not None:
        dropped = sum(baselines.filter_new(report, known) for report in run.articles)
        hidden.append(f"{dropped} in the baseline")
    if diff is not None:
        dropped = sum(_only_changed(report, diff, Path(path), record)
                      for report, (path, record) in zip(run.articles, files_of, strict=True)
                      if path != "-")
        hidden.append(f"{dropped} on unchanged lines")
    for report in run.articles:
        _relink(report)

    if run.articles or not errors:
        root = str(config.root) if config.root else None
        options = FormatOptions(color=args.output is None and sys.stdout.isatty(), root=root,
                                extra={"fail_on": config.fail_on,
                                       "hidden": "not shown: " + ", ".join(hidden) if hidden
                                       else ""})
        text = formatter.render(run, options)
        if args.output:
            Path(args.output).write_text(text, encoding="utf-8")
        else:
            _write_stdout(text)
    for error in errors:
        print(f"claimcheck: error: {error}", file=sys.stderr)
    if errors:
        return EXIT_ERROR
    if write_to:  # every finding is in the new baseline: nothing new fails the run
        return EXIT_ERROR if any(r.errors for r in run.articles) else EXIT_OK
    return exit_code(run, config.fail_on)


def _filters(args: argparse.Namespace, config: Config, files: list[str], write_to: str | None
             ) -> tuple[baselines.Known | None, DiffBase | None]:
    """Refuse to overwrite inputs; read the baseline; check the --diff-base ref."""
    baseline_path = getattr(args, "baseline", None) or (None if write_to else config.baseline)
    for option, target in (("--output", args.output), ("--write-baseline", write_to)):
        if target and any(_same_file(p, target) for p in files):
            raise UsageError(f"{option} {target} is one of the inputs; it would be overwritten")
    if write_to and baseline_path and _same_file(baseline_path, write_to):
        raise UsageError(f"--write-baseline {write_to} is the --baseline being read")
    known = baselines.read(Path(baseline_path)) if baseline_path else None
    diff = None
    if getattr(args, "diff_base", None):
        first = next((Path(p) for p in files if p != "-"), Path.cwd())
        diff = DiffBase(args.diff_base, cwd=first.resolve().parent)
    return known, diff


def _engine(config: Config, format_name: str) -> tuple[Engine, Formatter]:
    from claimcheck.engine import Engine

    # With per-path sections the engine reports every rule at its own severity, and each file's
    # own configuration is applied in _check; without them the engine settles as usual.
    per_path = bool(config.overrides)
    engine = Engine(replace(config, select=[], ignore=[], severity={}) if per_path else config)
    formatter = engine.formatters.get(format_name)
    if formatter is None:
        raise UsageError(f"unknown --format {format_name!r}; known: "
                         f"{', '.join(sorted(engine.formatters))}")
    return engine, formatter


def _check(engine: Engine, config: Config, files: list[str], jobs: int, progress: bool | None
           ) -> tuple[RunReport, list[tuple[str, str]], list[str]]:
    """Every file's reports, with per-path settings and suppressions applied, in input order."""
    jobs = jobs or os.cpu_count() or 1
    if jobs < 0:
        raise UsageError(f"--jobs must be 0 (one per core) or more, not {jobs}")
    root = str(config.root) if config.root else None
    tasks = [task_for(p, config.for_path(Path(p)) if p != "-" else config) for p in files]
    run = RunReport(rules=engine.rules)
    # the input file of each article report, and the record's suffix in its path ("#2:id") when
    # the article is one record of a JSON / JSON Lines file
    files_of: list[tuple[str, str]] = []
    errors: list[str] = []
    for task, outcome in zip(tasks, run_tasks(engine, tasks, jobs, progress), strict=True):
        if outcome.error:
            errors.append(outcome.error)
            continue
        file_config = (config.for_path(Path(task.path))
                       if config.overrides and task.path != "-" else None)
        for report in outcome.reports:
            given = report.article.path
            record = given[len(task.path):] if given.startswith(task.path) else ""
            if task.path != "-":
                _relocate(report, task.path, root)
            if file_config is not None:
                _settle(report, file_config)
            suppressions = Suppressions.of(report.article)
            report.findings = [f for f in report.findings
                               if not suppressions.silences(f, report.article)]
            run.articles.append(report)
            files_of.append((task.path, record))
    return run, files_of, errors


def _write_stdout(text: str) -> None:
    """UTF-8 whatever the console's code page: Arabic must not crash a redirected Windows run."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    if encoding in ("utf8", "utf8sig") or not hasattr(sys.stdout, "buffer"):
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()


def _relocate(report: ArticleReport, given: str, root: str | None) -> None:
    """Make the article's path repository-relative (records keep their suffix, e.g. ``#3``)."""
    article = report.article
    if root is None or not article.path.startswith(given):
        return
    article.path = relative_path(given, root) + article.path[len(given):]


def _settle(report: ArticleReport, config: Config) -> None:
    """Apply one file's select / ignore / severity (per-path sections included)."""
    from claimcheck.engine import PLUGIN_ERROR_RULE

    kept = []
    for finding in report.findings:
        if finding.rule != PLUGIN_ERROR_RULE:
            if not config.rule_enabled(finding.rule):
                continue
            finding.severity = config.severity.get(finding.rule, finding.severity)
        kept.append(finding)
    report.findings = kept


def _only_changed(report: ArticleReport, diff: DiffBase, path: Path, record: str) -> int:
    """Keep the findings that touch a changed line; an article-level one if the file changed."""
    changed = diff.changed_lines(path)
    if changed is None:  # untracked: everything is new
        return 0
    if record:  # a record's lines are its own text's: keep it whole if its record changed
        kept = report.findings if _record_changed(path, record, changed) else []
        dropped = len(report.findings) - len(kept)
        report.findings = list(kept)
        return dropped
    kept = []
    for finding in report.findings:
        if finding.span is None:
            if changed:
                kept.append(finding)
            continue
        first = report.article.line_col(finding.span.start)[0]
        last = report.article.line_col(max(finding.span.start, finding.span.end - 1))[0]
        if any(line in changed for line in range(first, last + 1)):
            kept.append(finding)
    dropped = len(report.findings) - len(kept)
    report.findings = kept
    return dropped


def _record_changed(path: Path, record: str, changed: set[int]) -> bool:
    """Whether a changed line holds this record: JSON Lines record n is the n-th non-blank line;
    for a JSON file, whose records cannot be told apart by line, any change counts."""
    number = re.match(r"#(\d+)", record)
    if path.suffix.lower() != ".jsonl" or number is None:
        return bool(changed)
    try:
        lines = path.read_text(encoding="utf-8-sig", errors="replace").splitlines()
    except OSError:
        return bool(changed)
    filled = [n for n, line in enumerate(lines, 1) if line.strip()]
    index = int(number.group(1)) - 1
    return index >= len(filled) or filled[index] in changed


def _relink(report: ArticleReport) -> None:
    """Claims list only the findings still reported."""
    ids = {f.id for f in report.findings}
    for claim in report.claims:
        claim.findings = [fid for fid in claim.findings if fid in ids]


def exit_code(run: RunReport, fail_on: str) -> int:
    if any(report.errors for report in run.articles):
        return EXIT_ERROR
    if fail_on == "never":
        return EXIT_OK
    threshold = severity_rank(fail_on)
    for _report, finding in run.all_findings():
        if severity_rank(finding.severity) >= threshold:
            return EXIT_FINDINGS
    return EXIT_OK
