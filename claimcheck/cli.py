"""The command line: `claimcheck check`, `plugins list`, `rules list|show|test`.

Exit codes: 0 nothing at or above the fail level, 1 findings at or above it, 2 bad usage, unreadable
input or a plugin error. Every error the user can act on is one line on stderr, never a traceback.
This module imports nothing heavy: spaCy and CAMeL Tools load only when an article is analysed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from claimcheck import __version__
from claimcheck.errors import ClaimcheckError, UsageError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_LEVELS = ("error", "warning", "info", "never")
LANGS = ("auto", "ar", "en")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, like every other error
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="claimcheck", description=(
        "Rule-based fact- and claim-checker for news articles (Arabic and English): finds who said "
        "what, and checks attribution, consistency and dates."))
    parser.add_argument("--version", action="version", version=f"claimcheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = sub.add_parser("check", help="check articles and report per claim")
    check.add_argument("paths", nargs="+", metavar="PATH",
                       help="article files (.txt .md .html .json .jsonl), folders (searched "
                            "recursively), globs such as 'drafts/**/*.md', or - for stdin")
    check.add_argument("--format", "-f", default="text",
                       help="text (default), json, jsonl, sarif, github, junit, markdown")
    check.add_argument("--lang", default=None, help="auto (default), ar or en")
    check.add_argument("--published", default=None, metavar="YYYY-MM-DD",
                       help="publication date (wins over front matter and datelines)")
    check.add_argument("--encoding", default=None,
                       help="input encoding (default: detect UTF-8/UTF-16 BOM/Windows-1256)")
    check.add_argument("--fail-on", default=None, choices=FAIL_LEVELS,
                       help="lowest severity that makes the exit code 1 (default: error)")
    check.add_argument("--output", "-o", default=None, metavar="FILE",
                       help="write the report to FILE instead of standard output")
    check.add_argument("--select", default=None, metavar="RULES",
                       help="comma-separated rule ids or categories to report (only these)")
    check.add_argument("--ignore", default=None, metavar="RULES",
                       help="comma-separated rule ids or categories not to report")
    check.add_argument("--baseline", default=None, metavar="FILE",
                       help="report only findings that are not in this baseline file")
    check.add_argument("--write-baseline", default=None, metavar="FILE",
                       help="record the current findings in FILE (JSON) as the baseline")
    check.add_argument("--diff-base", default=None, metavar="REF",
                       help="report only findings on lines changed since this git ref")
    check.add_argument("--jobs", "-j", default=1, type=_jobs, metavar="N",
                       help="check files in N processes (0: one per core; default 1)")
    check.add_argument("--no-progress", action="store_true",
                       help="never draw a progress bar (it shows only on a terminal, outside CI)")
    _add_common(check)

    config = sub.add_parser("config", help="show the effective configuration")
    config_sub = config.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    show_config = config_sub.add_parser(
        "show", help="the effective configuration as TOML, and where each part came from")
    show_config.add_argument("paths", nargs="*", metavar="PATH",
                             help="show it as it applies to this file (per-path sections)")
    _add_common(show_config)

    plugins = sub.add_parser("plugins", help="list the registered plugins")
    plugins_sub = plugins.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    _add_common(plugins_sub.add_parser("list", help="each plugin, where it came from, its hooks"))

    rules = sub.add_parser("rules", help="list, show or test rules")
    rules_sub = rules.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    _add_common(rules_sub.add_parser("list", help="every rule with its severity and origin"))
    show = rules_sub.add_parser("show", help="one rule in full, with its examples")
    show.add_argument("rule_id", metavar="ID")
    _add_common(show)
    test = rules_sub.add_parser("test", help="run every rule's flag and pass examples")
    test.add_argument("packs", nargs="*", metavar="PACK", help="rule ids, categories or packs")
    _add_common(test)
    return parser


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise UsageError(f"--jobs must be a whole number, not {value!r}") from None
    if jobs < 0:
        raise UsageError(f"--jobs must be 0 (one per core) or more, not {jobs}")
    return jobs


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--plugin", action="append", default=[], metavar="PATH",
                        help="load a local plugin file or folder (repeatable)")
    parser.add_argument("--config", default=None, metavar="FILE", help="configuration file")
    parser.add_argument("--rules", action="append", default=[], metavar="PACK",
                        help="also use a rule pack: a built-in pack name, a folder with "
                             "pack.yaml, or a pack .yaml file (repeatable)")


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except ClaimcheckError as exc:
        print(f"claimcheck: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("claimcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `claimcheck check ... | head`
        sys.stderr.close()
        return EXIT_OK


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    if args.command in ("plugins", "rules", "config") and args.action is None:
        raise UsageError(f"'{args.command}' needs an action: see claimcheck {args.command} --help")
    config = _config(args)
    if args.command == "check":
        from claimcheck.commands.check import run_check

        return run_check(args, config)
    if args.command == "config":
        from claimcheck.commands.config import show_config

        return show_config(config, args.paths)
    if args.command == "plugins":
        from claimcheck.commands.listing import list_plugins

        return list_plugins(config)
    from claimcheck.commands import listing

    if args.action == "list":
        return listing.list_rules(config)
    if args.action == "show":
        return listing.show_rule(config, args.rule_id)
    from claimcheck.commands.ruletest import run_rule_tests

    return run_rule_tests(config, args.packs)


def _config(args: argparse.Namespace):
    """Defaults, then the config file, then the command line."""
    from claimcheck.configfile import load_config

    config = load_config(Path(args.config) if args.config else None,
                         start=_first_path(getattr(args, "paths", None)))
    if config.root is not None:
        config.origins.setdefault("root", "git repository" if (config.root / ".git").exists()
                                  else "config file folder")
    cli = "command line"
    if args.plugin:
        config.plugins = [*config.plugins, *args.plugin]
        config.origins["plugins"] = f"{config.origins['plugins']} + {cli}" if (
            "plugins" in config.origins) else cli
    if getattr(args, "rules", None):
        config.rule_packs = [*config.rule_packs, *args.rules]
        config.origins["rule_packs"] = f"{config.origins['rule_packs']} + {cli}" if (
            "rule_packs" in config.origins) else cli
    lang = getattr(args, "lang", None)
    if lang is not None:
        if lang not in LANGS:
            raise UsageError(f"--lang must be one of {', '.join(LANGS)}, not {lang!r}")
        config.lang = None if lang == "auto" else lang
        config.origins["lang"] = cli
    published = getattr(args, "published", None)
    if published is not None:
        config.published = parse_published(published)
        config.origins["published"] = cli
    if getattr(args, "encoding", None):
        config.encoding = args.encoding
        config.origins["encoding"] = cli
    if getattr(args, "fail_on", None):
        config.fail_on = args.fail_on
        config.origins["fail_on"] = cli
    for key in ("select", "ignore"):
        value = getattr(args, key, None)
        if value is not None:
            setattr(config, key, [v.strip() for v in value.split(",") if v.strip()])
            config.origins[key] = cli
    return config


def parse_published(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--published must be a date as YYYY-MM-DD, not {value!r}") from None


def _first_path(paths: list[str] | None) -> Path | None:
    for p in paths or []:
        if p != "-":
            return Path(p)
    return None


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
