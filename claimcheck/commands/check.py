"""`claimcheck check PATH...`: load, run the pipeline, render, and choose the exit code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from claimcheck.config import Config
from claimcheck.errors import InputError, UsageError
from claimcheck.model import RunReport, severity_rank
from claimcheck.report.formatter import FormatOptions

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def read_input(path: str) -> tuple[Path | None, bytes]:
    if path == "-":
        return None, sys.stdin.buffer.read()
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    try:
        return p, p.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None


def run_check(args: argparse.Namespace, config: Config) -> int:
    from claimcheck.engine import Engine
    from claimcheck.load.options import LoadOptions

    engine = Engine(config)
    formatter = engine.formatters.get(args.format)
    if formatter is None:
        raise UsageError(f"unknown --format {args.format!r}; known: "
                         f"{', '.join(sorted(engine.formatters))}")
    if args.output and any(p != "-" and Path(p).resolve() == Path(args.output).resolve()
                           for p in args.paths):
        raise UsageError(f"--output {args.output} is one of the inputs; it would be overwritten")
    options = LoadOptions(encoding=config.encoding, lang=config.lang, published=config.published)
    run = RunReport(rules=engine.rules)
    for path in args.paths:
        p, data = read_input(path)
        for article in engine.load(p, data, options):
            run.articles.append(engine.check(article))
    text = formatter.render(run, FormatOptions(color=args.output is None and sys.stdout.isatty()))
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return exit_code(run, config.fail_on)


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
