"""Regular expressions from rule packs, refused when they can backtrack badly and run on a budget.

Two guards, because a rule pack is written by people, not reviewed by a regex engine expert:

1. a static check refuses nested unbounded quantifiers (``(a+)+``, ``(\\w+\\s?)*``), the usual
   cause of catastrophic backtracking; Python's own parser (``re._parser``) gives the tree;
2. matching runs through the ``regex`` module with its ``timeout`` argument, so a pattern the
   static check lets through still cannot hang a run: it fails that article with one line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TIME_BUDGET = 0.5  # seconds per pattern per article; news articles are short


class RegexProblem(ValueError):
    """Why a pattern is refused, in words for the rule's author."""


def _repeat_ops() -> set[Any]:
    from re import _constants as c  # the parser's opcodes (Python >= 3.11)

    return {op for op in (getattr(c, n, None) for n in
                          ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if op is not None}


def _parse(pattern: str):
    try:
        from re import _parser as sre_parse
    except ImportError:  # Python 3.10
        import sre_parse  # type: ignore[no-redef]
    return sre_parse.parse(pattern)


def check_static(pattern: str) -> None:
    """Raise RegexProblem for a quantified group that holds another unbounded quantifier."""
    try:
        tree = _parse(pattern)
    except Exception:  # regex-module syntax the stdlib parser lacks: compile() judges it
        return
    repeats = _repeat_ops()

    def walk(items, inside_repeat: bool) -> None:
        for op, arg in items:
            if op in repeats:
                _low, high, sub = arg
                unbounded = high > 100  # MAXREPEAT for *, + and {n,}
                if inside_repeat and unbounded:
                    raise RegexProblem("nested quantifiers (like (a+)+) can backtrack "
                                       "catastrophically; rewrite without a repeated repeat")
                walk(sub, inside_repeat or high > 1)
            else:
                for child in _children(op, arg):
                    walk(child, inside_repeat)

    walk(tree, False)


def _children(op, arg) -> list:
    """The sub-patterns under a parsed node (groups, alternations, lookarounds, conditionals)."""
    out = []
    if isinstance(arg, tuple | list):
        for item in arg:
            if hasattr(item, "data") or (isinstance(item, list) and item and
                                         isinstance(item[0], tuple)):
                out.append(item)
            elif isinstance(item, list):
                out.extend(x for x in item if hasattr(x, "data"))
    elif hasattr(arg, "data"):
        out.append(arg)
    return out


@dataclass
class SafeRegex:
    """A compiled pattern that refuses to run longer than its budget."""

    source: str
    flags: int = 0
    budget: float = TIME_BUDGET
    _compiled: Any = field(default=None, repr=False)

    @classmethod
    def compile(cls, source: str, ignore_case: bool = False) -> SafeRegex:
        """Check and compile; RegexProblem (with the compiler's words) when it is refused."""
        import regex

        if not isinstance(source, str) or not source:
            raise RegexProblem("a regex must be a non-empty string")
        flags = regex.V0 | (regex.IGNORECASE if ignore_case else 0)
        try:
            compiled = regex.compile(source, flags)
        except regex.error as exc:
            raise RegexProblem(f"regex {source!r} does not compile: {exc}") from None
        try:
            check_static(source)
        except RegexProblem as exc:
            raise RegexProblem(f"regex {source!r}: {exc}") from None
        return cls(source, flags, TIME_BUDGET, compiled)

    def finditer(self, text: str) -> list[tuple[int, int]]:
        """Every match's [start, end); TimeoutError with a clear message past the budget."""
        try:
            return [m.span() for m in self._compiled.finditer(text, timeout=self.budget)
                    if m.end() > m.start()]
        except TimeoutError:
            raise TimeoutError(f"regex {self.source!r} ran longer than {self.budget}s and was "
                               "stopped") from None

    def search(self, text: str) -> bool:
        try:
            return self._compiled.search(text, timeout=self.budget) is not None
        except TimeoutError:
            raise TimeoutError(f"regex {self.source!r} ran longer than {self.budget}s and was "
                               "stopped") from None
