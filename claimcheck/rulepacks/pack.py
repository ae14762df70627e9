"""Finding rule packs and loading them: one folder each, with a pack.yaml, validated on load.

A pack names itself, its version and language(s) and lists its rules; each rule names a ``kind``
(claimcheck.rulepacks.kinds). Anything wrong is a ConfigError of one line that names the file, the
line, the rule and what is wrong. Built-in packs live in rules/packs/; those marked
``default: true`` run unless configured away, the others (like the sample house style) only when a
newsroom names them (``--rules NAME`` or ``rule_packs`` in the config).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from claimcheck.errors import ConfigError
from claimcheck.rulepacks.base import PackRule
from claimcheck.rulepacks.fields import LANGS, NAME, RULE_ID, Fields
from claimcheck.rulepacks.yamlfile import Node, display_path, fail, load_yaml

PACK_FILE = "pack.yaml"
PACK_KEYS = {"name", "version", "language", "description", "help_url", "default", "rules"}
COMMON_KEYS = {"id", "name", "kind", "description", "message", "severity", "help_url", "examples",
               "when", "unless", "language"}


@dataclass
class Pack:
    name: str
    version: str
    langs: tuple[str, ...]
    path: Path  # the pack.yaml
    description: str = ""
    default: bool = False
    help_url: str | None = None
    rules: list[PackRule] = field(default_factory=list)

    @property
    def shown(self) -> str:
        return display_path(self.path)


def builtin_dir() -> Path:
    from claimcheck.resources import rules_dir

    return rules_dir() / "packs"


def builtin_packs() -> dict[str, Path]:
    """Built-in pack names (their folder names) and their pack.yaml files."""
    root = builtin_dir()
    if not root.is_dir():
        return {}
    return {p.parent.name: p for p in sorted(root.glob(f"*/{PACK_FILE}"))}


def resolve(ref: str | Path, base: Path | None = None) -> Path:
    """A pack reference (built-in name, folder with pack.yaml, or a .yaml file) to its file."""
    text = str(ref)
    candidates = [Path(text)]
    if base is not None and not Path(text).is_absolute():
        candidates.insert(0, base / text)
    for path in candidates:
        if path.is_dir() and (path / PACK_FILE).is_file():
            return path / PACK_FILE
        if path.is_file() and path.suffix in (".yaml", ".yml"):
            return path
    builtins = builtin_packs()
    if text in builtins:
        return builtins[text]
    # claimcheck.toml paths arrive joined to the config's folder: "house-style" -> "/x/house-style"
    if Path(text).name in builtins and not Path(text).exists():
        return builtins[Path(text).name]
    raise ConfigError(f"rule pack {text!r} not found: not a folder with {PACK_FILE}, not a .yaml "
                      f"file, not a built-in pack ({', '.join(builtins) or 'none'})")


def default_pack_files() -> list[Path]:
    return [path for path in builtin_packs().values()
            if _declares_default(path, path.stat().st_mtime)]


@cache  # asked for every article: parse each pack once per modification
def _declares_default(path: Path, mtime: float) -> bool:
    data = load_yaml(path)
    return isinstance(data, dict) and data.get("default") is True


@cache
def load_pack(path: Path, mtime: float = 0.0) -> Pack:
    """Read and validate one pack (cached per file and modification time)."""
    from claimcheck.rulepacks.kinds import KINDS

    shown = display_path(path)
    data = load_yaml(path)
    if not isinstance(data, Node):
        fail(shown, None, "a rule pack is a mapping with name, version, language and rules")
    unknown = sorted(str(k) for k in data if k not in PACK_KEYS)
    if unknown:
        fail(shown, data.line, f"unknown pack field {', '.join(unknown)} "
             f"(use {', '.join(sorted(PACK_KEYS))})")
    for key in ("name", "version", "language", "rules"):
        if data.get(key) in (None, "", []):
            fail(shown, data.line, f"pack field {key!r} is missing")
    name = str(data["name"])
    if not NAME.match(name):
        fail(shown, data.line, f"pack name {name!r} must be lower-case words joined by hyphens")
    langs = _langs(data["language"], shown, data.line, "pack language")
    if not isinstance(data["rules"], list):
        fail(shown, data.line, "pack field 'rules' must be a list of rules")
    pack = Pack(name=name, version=str(data["version"]), langs=langs, path=path,
                description=str(data.get("description") or "").strip(),
                default=data.get("default") is True, help_url=data.get("help_url"))
    seen: dict[str, str] = {}
    for n, node in enumerate(data["rules"], 1):
        if not isinstance(node, Node):
            fail(shown, data.line, f"rule {n} is not a mapping")
        rule = _load_rule(node, pack, KINDS)
        if rule.id in seen:
            fail(shown, node.line, f"rule {rule.id}: defined twice (first at {seen[rule.id]})")
        seen[rule.id] = rule.origin
        pack.rules.append(rule)
    return pack


def _load_rule(node: Node, pack: Pack, kinds: dict[str, type[PackRule]]) -> PackRule:
    rule_id = _rule_id(node, pack)
    langs = pack.langs
    if "language" in node:
        langs = _langs(node["language"], node.file, node.line, f"rule {rule_id}: language")
    f = Fields(node, rule_id, langs)
    f.get("id")
    f.get("name")
    f.get("language")
    kind = f.require("kind", str)
    cls = kinds.get(kind)
    if cls is None:
        names = sorted({c.KIND for c in kinds.values()})
        f.fail(f"unknown rule kind {kind!r} (use {', '.join(names)})")
    common = cls.common(f, pack.name, pack.help_url)
    rule = cls.parse(f, common)
    rule.flag, rule.pass_ = f.examples(rule.langs or langs)
    f.unknown_keys()
    return rule


def _rule_id(node: Node, pack: Pack) -> str:
    if "id" in node:
        rule_id = str(node["id"])
        if not RULE_ID.match(rule_id):
            fail(node.file, node.line, f"rule id {rule_id!r} must be '<category>.<name>', "
                 "lower-case and hyphenated")
        return rule_id
    name = node.get("name")
    if not name:
        fail(node.file, node.line, "a rule needs a 'name' (its id is <pack>.<name>)")
    rule_id = f"{pack.name}.{name}"
    if not RULE_ID.match(rule_id):
        fail(node.file, node.line, f"rule name {name!r} must be lower-case words joined by "
             "hyphens")
    return rule_id


def _langs(raw: Any, shown: str, line: int, what: str) -> tuple[str, ...]:
    langs = [raw] if isinstance(raw, str) else raw
    if not isinstance(langs, list) or not langs or any(lang not in LANGS for lang in langs):
        fail(shown, line, f"{what} must be {' or '.join(LANGS)}, or a list of them; not {raw!r}")
    return tuple(langs)


def load_packs(refs: list[str], base: Path | None = None) -> list[Pack]:
    """The default built-in packs and the packs ``refs`` name, each once, validated."""
    files: list[Path] = [*default_pack_files(), *(resolve(r, base) for r in refs)]
    packs: list[Pack] = []
    seen: set[Path] = set()
    for path in files:
        path = path.resolve()
        if path in seen:
            continue
        seen.add(path)
        packs.append(load_pack(path, path.stat().st_mtime))
    names: dict[str, Pack] = {}
    for pack in packs:
        if pack.name in names:
            raise ConfigError(f"two rule packs are named {pack.name!r}: "
                              f"{names[pack.name].shown} and {pack.shown}")
        names[pack.name] = pack
    return packs
