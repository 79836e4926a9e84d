"""Reading rule packs: safe YAML, `extends`, strict validation with file:line:column messages.

A pack is one YAML file. `extends: us-pslra` (a built-in pack's name) or `extends: ../base.yaml`
(a path relative to the file) starts from another pack: an entry in `rules` whose `id` the base
already has overrides the keys it gives (`enabled: false` drops the rule); an entry with a new id
adds a rule, and with `like: OTHER-ID` it starts as a copy of that rule (of the packs extended or
an earlier entry of the same file), its examples left out, the keys it gives replacing the copy's.
Every rule is then validated against the common keys and its kind's keys; unknown
keys, wrong types and missing keys are errors naming the file, line and key.
"""

from __future__ import annotations

import copy
import difflib
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from .. import checks, helper_files, safe_yaml
from ..errors import RuleError
from ..matching import PhraseSyntaxError
from ..result import Severity
from .model import Examples, Rule, RulePack
from .schema import PACK_SCHEMA, RULE_COMMON, rule_schema

DEFAULT_PACK = "us-pslra"
Position = tuple[int, int]


def builtin_dir() -> Path:
    """Where the built-in packs are: inside the installed package, or `rules/` in a checkout."""
    packaged = Path(__file__).resolve().parent.parent / "packs"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


def builtin_packs() -> dict[str, Path]:
    """Built-in pack names (file stems, examples as `examples/NAME`) and their files."""
    root = builtin_dir()
    return {str(p.relative_to(root).with_suffix("")): p for p in sorted(root.rglob("*.yaml"))}


@dataclass
class _Source:
    """One pack file as read: its data and the line/column of every node."""

    path: str
    data: dict[str, Any]
    positions: dict[tuple, Position]
    sha256: str

    def where(self, path: tuple) -> Position | None:
        for cut in range(len(path), -1, -1):
            if path[:cut] in self.positions:
                return self.positions[path[:cut]]
        return None

    def error(self, path: tuple, message: str) -> RuleError:
        position = self.where(path)
        key = _dotted(path)
        text = f"{key}: {message}" if key else message
        if position:
            return RuleError(self.path, text, position[0], position[1])
        return RuleError(self.path, text)


@dataclass
class _Entry:
    """A rule being merged, remembering which file gave each key."""

    values: dict[str, Any]
    key_sources: dict[str, tuple[_Source, int]] = field(default_factory=dict)
    first: tuple[_Source, int] | None = None

    def error(self, key_path: tuple, message: str) -> RuleError:
        source, index = self.key_sources.get(key_path[0], self.first) if key_path else self.first
        return source.error(("rules", index) + tuple(key_path), message)


def load_pack(refs: str | list[str] | None = None) -> RulePack:
    """Load one pack, or several merged in order (each later one overriding the earlier)."""
    if refs is None or refs == []:
        refs = [DEFAULT_PACK]
    if isinstance(refs, str):
        refs = [refs]
    packs = builtin_packs()
    if not all(ref in packs for ref in refs):
        return _load(refs)
    # Built-in packs only: a process that compiles them again (a library caller, the test suite's
    # command-line runs) reuses the pack read before while the built-in files are byte for byte
    # the same. Reading the YAML with its positions is most of compiling a pack.
    stamp = hashlib.sha256(b"".join(path.read_bytes() + b"\0" for path in packs.values())).hexdigest()
    key = (tuple(refs), tuple(packs))
    found = _BUILTIN_LOADS.get(key)
    if found is None or found[0] != stamp:
        found = _BUILTIN_LOADS[key] = (stamp, _load(refs))
    return found[1]


_BUILTIN_LOADS: dict[tuple, tuple[str, RulePack]] = {}


def _load(refs: list[str]) -> RulePack:
    entries: dict[str, _Entry] = {}
    files: list[tuple[str, str]] = []
    meta: dict[str, Any] = {}
    for ref in refs:
        _merge_file(_resolve(ref, None), entries, files, meta, chain=())
    rules = tuple(_build_rule(entry) for entry in entries.values() if entry.values.get("enabled", True))
    return RulePack(
        id=str(meta.get("id", "")),
        title=str(meta.get("title", meta.get("id", ""))),
        version=str(meta.get("version", "")),
        jurisdiction=str(meta.get("jurisdiction", "")),
        rules=rules,
        files=tuple(files),
    )


def _resolve(ref: str, relative_to: Path | None) -> Path:
    packs = builtin_packs()
    if ref in packs:
        return packs[ref]
    path = Path(ref)
    if relative_to is not None and not path.is_absolute():
        path = relative_to.parent / path
    try:
        found = path.exists()  # a folder, FIFO or device is there: _read says what it is
    except OSError as error:  # a name too long for the file system, a file that cannot be looked at
        shown = ref if len(ref) <= 80 else ref[:77] + "..."
        if relative_to is not None:
            raise RuleError(str(relative_to), f"names a file that cannot be looked at ({shown!r}): "
                                              f"{error.strerror or error}") from None
        raise RuleError(shown, f"cannot be looked at: {error.strerror or error}") from None
    if not found:
        known = ", ".join(packs) or "none"
        raise RuleError(ref, f"no such rule pack file or built-in pack (built-in packs: {known})")
    return path


def _merge_file(path: Path, entries: dict[str, _Entry], files: list, meta: dict, chain: tuple) -> None:
    key = str(path.resolve())
    if key in chain:
        raise RuleError(str(path), "`extends` goes round in a circle: " + " -> ".join(chain + (key,)))
    source = _read(path)
    _validate(source, PACK_SCHEMA, ())
    if "extends" in source.data:
        base = source.data["extends"]
        try:
            base_path = _resolve(base, path)
        except RuleError as error:
            raise source.error(("extends",), error.message) from None
        _merge_file(base_path, entries, files, meta, chain + (key,))
    files.append((_display(path), source.sha256))
    meta.update({k: v for k, v in source.data.items() if k != "rules"})
    inherited = set(entries)
    seen: dict[str, int] = {}
    for index, raw in enumerate(source.data["rules"]):
        _validate(source, {"type": "object", "properties": RULE_COMMON}, ("rules", index), raw)
        if "id" not in raw:
            raise source.error(("rules", index), "every rule needs an `id`")
        rule_id = raw["id"]
        if rule_id in seen:
            # Two entries with one id in one file are a slip (a copied rule not renamed); merging
            # them silently would let the second quietly change the first.
            first = source.where(("rules", seen[rule_id]))
            raise source.error(("rules", index, "id"), f"rule id {rule_id!r} is given twice in this pack "
                                                       f"(first at line {first[0] if first else '?'})")
        seen[rule_id] = index
        if rule_id not in inherited and "kind" not in raw and inherited:
            near = difflib.get_close_matches(rule_id, sorted(inherited), n=1, cutoff=0.8)
            if near:
                raise source.error(("rules", index, "id"),
                                   f"no rule {rule_id!r} in the packs this one extends: did you mean "
                                   f"{near[0]!r}? (a rule with a new id needs a `kind`)")
        entry = entries.get(rule_id)
        if "like" in raw:
            if entry is not None:
                raise source.error(("rules", index, "like"), f"`like` starts a new rule, and {rule_id!r} is "
                                                             "already a rule of this pack or the ones it extends")
            entry = entries[rule_id] = _copy_of(raw["like"], entries, source, index)
        elif entry is None:
            entry = entries[rule_id] = _Entry({}, first=(source, index))
        entry.values.update({key: value for key, value in raw.items() if key != "like"})
        for name in raw:
            entry.key_sources[name] = (source, index)


def _copy_of(model_id: str, entries: dict[str, _Entry], source: _Source, index: int) -> _Entry:
    """A new rule's entry copied from the rule `model_id` (`like:`), without its examples: they
    show what the model accepts and refuses, and the new rule is there to differ from it."""
    model = entries.get(model_id)
    if model is None:
        near = difflib.get_close_matches(model_id, sorted(entries), n=1, cutoff=0.6)
        hint = f"; did you mean {near[0]!r}?" if near else ""
        raise source.error(("rules", index, "like"), f"no rule {model_id!r} to copy in this pack or the ones it "
                                                     f"extends{hint}")
    values = copy.deepcopy({key: value for key, value in model.values.items() if key not in ("examples", "enabled")})
    sources = {key: where for key, where in model.key_sources.items() if key in values}
    return _Entry(values, sources, first=(source, index))


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(builtin_dir().resolve()).as_posix()) + " (built-in)"
    except ValueError:
        return str(path)


_BUILT: dict[tuple[str, str], Rule] = {}
_KEEP_BUILT = 512


def _build_rule(entry: _Entry) -> Rule:
    """The validated, compiled rule of a merged entry. A pack built on another (the oral pack on
    the default one, a company's pack on either) repeats most of its rules unchanged: an entry
    with the same values from the same place gets the Rule built before, and so the checker
    compiled before (`checks.compiled`)."""
    origin_source, origin_index = entry.first
    line = origin_source.where(("rules", origin_index))
    origin = f"{origin_source.path}:{line[0] if line else '?'}"
    key = (origin, repr(entry.values))  # repr: YAML data, so equal text means equal values
    found = _BUILT.get(key)
    if found is None:
        found = _build_new_rule(entry, origin)
        if len(_BUILT) >= _KEEP_BUILT:
            _BUILT.clear()
        _BUILT[key] = found
    return found


def _build_new_rule(entry: _Entry, origin: str) -> Rule:
    values = entry.values
    kind_name = values.get("kind")
    if kind_name is None:
        raise entry.error((), f"rule {values['id']!r} needs a `kind` (one of: {', '.join(checks.KINDS)})")
    if kind_name not in checks.KINDS:
        raise entry.error(("kind",), f"unknown rule kind {kind_name!r} (known: {', '.join(checks.KINDS)})")
    kind = checks.KINDS[kind_name]
    schema = rule_schema(kind.OPTIONS, kind.REQUIRED)
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(values), key=lambda e: list(e.absolute_path))
    if errors:
        error = errors[0]
        path, message = _explain(error, schema)
        raise entry.error(path, message)
    common = set(RULE_COMMON)
    examples = values.get("examples", {})
    options = {k: v for k, v in values.items() if k not in common}
    expand = getattr(kind, "expand_options", None)  # a kind may derive options from others once valid
    if expand is not None:
        try:
            options = expand(options)
        except ValueError as problem:
            raise entry.error((), str(problem)) from None
    rule = Rule(
        id=values["id"],
        kind=kind_name,
        severity=Severity(values["severity"]),
        title=values["title"],
        message=values["message"],
        basis=values.get("basis", ""),
        scope=values.get("scope", "document"),
        approved=values.get("approved"),
        model=values.get("model"),
        options=options,
        examples=Examples(tuple(examples.get("pass", ())), tuple(examples.get("fail", ())),
                          tuple(examples.get("flip", ()))),
        origin=origin,
    )
    try:
        checks.compiled(rule)  # compiling the rule checks what the schema cannot
    except PhraseSyntaxError as problem:
        raise entry.error(_path_of(values, problem.phrase), str(problem)) from None
    except ValueError as problem:
        raise entry.error((), str(problem)) from None
    return rule


def _path_of(value: Any, wanted: str, path: tuple = ()) -> tuple:
    """The key path of the first string `wanted` inside a rule's values (to place a message)."""
    if isinstance(value, str):
        return path if value == wanted else None
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        found = _path_of(item, wanted, path + (key,))
        if found is not None:
            return found
    return () if not path else None


def _read(path: Path) -> _Source:
    try:
        raw = helper_files.read_bytes(path, RuleError, "rule pack", safe_yaml.MAX_BYTES)
    except OSError as error:
        raise RuleError(str(path), f"cannot be read: {error.strerror or error}") from None
    try:
        text = raw.decode("utf-8-sig")
        node = safe_yaml.compose(text)
        data = safe_yaml.construct(node)
    except UnicodeDecodeError:
        raise RuleError(str(path), "is not UTF-8 text") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        if mark is not None:
            raise RuleError(str(path), f"invalid YAML: {problem}", mark.line + 1, mark.column + 1) from None
        raise RuleError(str(path), f"invalid YAML: {problem}") from None
    if not isinstance(data, dict):
        raise RuleError(str(path), "a rule pack must be a mapping with `id` and `rules`")
    positions: dict[tuple, Position] = {}
    source = _Source(str(path), data, positions, hashlib.sha256(raw).hexdigest())
    _walk(node, (), positions, source)
    return source


def _walk(node: yaml.Node, path: tuple, positions: dict, source: _Source) -> None:
    positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise RuleError(source.path, f"{_dotted(path) or '(top level)'}: a key must be a plain word, "
                                             "not a list or mapping",
                                key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            key = key_node.value
            if key in seen:
                raise RuleError(source.path, f"{_dotted(path + (key,))}: the key is given twice",
                                key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            seen.add(key)
            _walk(value_node, path + (key,), positions, source)
            positions[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, path + (index,), positions, source)


def _validate(source: _Source, schema: dict, prefix: tuple, instance: Any = None) -> None:
    instance = source.data if instance is None else instance
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(instance),
                    key=lambda e: list(e.absolute_path))
    if errors:
        path, message = _explain(errors[0], schema)
        raise source.error(prefix + path, message)


def _explain(error: jsonschema.ValidationError, schema: dict) -> tuple[tuple, str]:
    """A precise (path, message) for a schema error: unknown keys are named, with what is allowed."""
    path = tuple(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = sorted(error.schema.get("properties", {}))
        unknown = [k for k in error.instance if k not in allowed]
        return path + (unknown[0],), f"unknown key (allowed here: {', '.join(allowed)})"
    if error.validator == "required":
        return path, error.message.replace("is a required property", "is required")
    if error.validator == "enum":
        return path, f"{error.instance!r} is not one of {', '.join(map(str, error.validator_value))}"
    return path, error.message


def _dotted(path: tuple) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
