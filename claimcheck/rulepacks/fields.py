"""Reading one rule's YAML mapping: typed fields, per-language lists, messages, one-line errors."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from datetime import date
from typing import Any, NoReturn

from claimcheck.model import SEVERITIES, Example
from claimcheck.rulepacks.phrases import lang_of
from claimcheck.rulepacks.yamlfile import Node, fail

RULE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$")
NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANGS = ("ar", "en")


class Fields:
    """One rule's mapping, with the pack's defaults, and errors that name file, line and rule."""

    def __init__(self, node: Node, rule_id: str, pack_langs: tuple[str, ...]) -> None:
        self.node = node
        self.rule_id = rule_id
        self.pack_langs = pack_langs
        self.used: set[str] = set()

    def fail(self, message: str) -> NoReturn:
        fail(self.node.file, self.node.line, f"rule {self.rule_id}: {message}")

    def has(self, key: str) -> bool:
        return key in self.node

    def get(self, key: str, default: Any = None, kind: type | tuple[type, ...] | None = None
            ) -> Any:
        self.used.add(key)
        if key not in self.node:
            return default
        value = self.node[key]
        if kind is not None and not isinstance(value, kind):
            self.fail(f"field {key!r} must be {_kind_name(kind)}, not {type(value).__name__}")
        return value

    def require(self, key: str, kind: type | tuple[type, ...] | None = None) -> Any:
        if key not in self.node or self.node[key] in (None, "", [], {}):
            self.fail(f"missing field {key!r}")
        return self.get(key, kind=kind)

    def unknown_keys(self) -> None:
        extra = sorted(str(k) for k in self.node if k not in self.used)
        if extra:
            self.fail(f"unknown field{'s' if len(extra) > 1 else ''} {', '.join(extra)}")

    # -- shapes rule packs share -----------------------------------------------------------------

    def per_lang(self, key: str, required: bool = True) -> dict[str, list[Any]]:
        """A list, or a mapping language -> list. Strings in a plain list go to the language of
        their script (Arabic letters: ar, else en), so one bilingual list needs no markup."""
        raw = self.require(key) if required else self.get(key)
        if raw is None:
            return {}
        out: dict[str, list[Any]] = {}
        if isinstance(raw, dict):
            for lang, items in raw.items():
                if lang not in LANGS:
                    self.fail(f"{key}: unknown language {lang!r} (use {' or '.join(LANGS)})")
                out[lang] = self._list(key, items)
        else:
            for item in self._list(key, raw):
                lang = lang_of(item) if isinstance(item, str) else self.single_lang(key)
                out.setdefault(lang, []).append(item)
        return out

    def single_lang(self, what: str) -> str:
        if len(self.pack_langs) != 1:
            self.fail(f"{what}: say which language (the pack has {', '.join(self.pack_langs)})")
        return self.pack_langs[0]

    def _list(self, key: str, items: Any) -> list[Any]:
        if isinstance(items, str | dict):
            items = [items]
        if not isinstance(items, list) or not items:
            self.fail(f"field {key!r} must be a non-empty list")
        for item in items:
            if item is None or item == "":
                self.fail(f"field {key!r} has an empty entry")
        return items

    def strings(self, key: str, items: Any) -> list[str]:
        items = self._list(key, items)
        for item in items:
            if not isinstance(item, str | int | float):
                self.fail(f"field {key!r}: entries must be text, not {type(item).__name__}")
        return [str(item) for item in items]

    def severity(self, default: str) -> str:
        value = self.get("severity", default, str)
        if value not in SEVERITIES:
            self.fail(f"bad severity {value!r} (use one of {', '.join(SEVERITIES)})")
        return value

    def message(self, default: str, allowed: Iterable[str]) -> str:
        template = self.get("message", default, str)
        allowed = set(allowed)
        try:
            names = [name for _, name, _, _ in string.Formatter().parse(template)
                     if name is not None]
        except ValueError as exc:
            self.fail(f"message {template!r}: {exc} (write {{{{ and }}}} for braces)")
        for name in names:
            if name not in allowed:
                self.fail(f"message placeholder {{{name}}} is unknown here; use "
                          f"{', '.join('{' + a + '}' for a in sorted(allowed))}")
        return template

    def examples(self, langs: tuple[str, ...]) -> tuple[list[Example], list[Example]]:
        raw = self.get("examples", None, dict)
        if raw is None:
            return [], []
        extra = set(raw) - {"flag", "pass"}
        if extra:
            self.fail(f"examples: unknown key {', '.join(sorted(map(str, extra)))} "
                      "(use flag and pass)")
        return self._examples(raw.get("flag"), "flag", langs), self._examples(
            raw.get("pass"), "pass", langs)

    def _examples(self, raw: Any, kind: str, langs: tuple[str, ...]) -> list[Example]:
        if raw is None:
            return []
        out = []
        for item in self._list(f"examples.{kind}", raw):
            if isinstance(item, str):
                item = {"text": item}
            if isinstance(item, dict) and "text" not in item:
                self.fail(f"examples.{kind}: an example became a mapping; put an example that "
                          "holds ': ' in quotes")
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                self.fail(f"examples.{kind}: each example is a text or a mapping with 'text'")
            lang = item.get("lang") or lang_of(item["text"])
            if lang not in langs:
                self.fail(f"examples.{kind}: example in {lang!r} but the rule is for "
                          f"{', '.join(langs)}: {item['text'][:40]!r}")
            published = item.get("published")
            if isinstance(published, str):
                try:
                    published = date.fromisoformat(published)
                except ValueError:
                    self.fail(f"examples.{kind}: published must be YYYY-MM-DD, not {published!r}")
            out.append(Example(item["text"], lang, published, item.get("title")))
        return out


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {str: "text", list: "a list", dict: "a mapping", bool: "true or false",
             int: "a number", float: "a number"}
    return " or ".join(dict.fromkeys(names.get(k, k.__name__) for k in kinds))
