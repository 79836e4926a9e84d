"""Project configuration: `.fslcheck.yaml`, or `[tool.fslcheck]` in `pyproject.toml`.

Each checked document uses the configuration nearest to it: the first folder, from the
document's own upwards, that has a `.fslcheck.yaml` (or `.fslcheck.yml`), or a `pyproject.toml`
with a `[tool.fslcheck]` table (`.fslcheck.yaml` wins when a folder has both). A document with no
configuration above it (and standard input) uses the one nearest to the working folder. The
nearest file wins as a whole; files further up are not merged in. Paths inside a configuration
are relative to its folder.

```yaml
rules: [rules/acme.yaml]     # packs to use when --rules is not given (names of built-in packs too)
fail-on: warning             # default for --fail-on: error | warning | info | never
include: ["drafts/**"]       # when walking folders: only these files (gitignore-style globs)
exclude: ["drafts/archive/"] # ... and never these
overrides:                   # per rule: severity, threshold, weak (kinds that score), enabled
  pslra.heading: {severity: warning}
  pslra.no-update: {threshold: 85}
waivers:                     # accepted findings, with an audit trail (see fslcheck.waivers)
  - rule: pslra.undue-reliance
    path: "drafts/2019-*.md"
    reason: Counsel accepts the 2019 wording; superseded in the 2024 template.
    approved_by: J. Doe (General Counsel)
    expires: 2027-06-30
```

The same keys go under `[tool.fslcheck]` in `pyproject.toml` (`[tool.fslcheck.overrides]`,
`[[tool.fslcheck.waivers]]`). An unknown key or a wrong value is an error that names the file,
line and key, and suggests the nearest valid key.
"""

from __future__ import annotations

import os
import difflib
import re
import sys
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from . import helper_files, safe_yaml
from .errors import FslcheckError
from .result import FAIL_ON_LEVELS, Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

YAML_NAMES = (".fslcheck.yaml", ".fslcheck.yml")
PYPROJECT = "pyproject.toml"
FILE_NAME = YAML_NAMES[0]
_GLOBS = {"type": "array", "items": {"type": "string", "minLength": 1}}
OVERRIDE_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "severity": {"enum": [s.value for s in Severity]},
        "threshold": {"type": "number", "minimum": 0, "maximum": 100},
        "weak": {"type": "number", "minimum": 0, "maximum": 100},
        "enabled": {"type": "boolean"},
    },
}
WAIVER_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["rule", "reason", "approved_by", "expires"],
    "properties": {
        "rule": {"type": "string", "minLength": 1},
        "path": {"type": "string", "minLength": 1},
        "reason": {"type": "string", "minLength": 1},
        "approved_by": {"type": "string", "minLength": 1},
        "expires": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
    },
}
SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "rules": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "fail-on": {"enum": list(FAIL_ON_LEVELS)},
        "include": _GLOBS,
        "exclude": _GLOBS,
        "overrides": {"type": "object", "additionalProperties": OVERRIDE_SCHEMA},
        "waivers": {"type": "array", "items": WAIVER_SCHEMA},
    },
}


class ConfigError(FslcheckError):
    """A project configuration is invalid: bad YAML/TOML, unknown keys, wrong values."""


@dataclass(frozen=True)
class Waiver:
    """An accepted finding: `rule` (an id, or a glob such as `pslra.*`) in documents matching
    `path` (a gitignore-style glob relative to the configuration's folder)."""

    rule: str
    path: str
    reason: str
    approved_by: str
    expires: date
    folder: Path  # the configuration's folder: `path` is relative to it
    source: str  # file:line, for messages


@dataclass(frozen=True)
class ProjectConfig:
    path: Path | None = None
    rules: list[str] = field(default_factory=list)
    fail_on: str | None = None
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    overrides: dict[str, dict[str, Any]] = field(default_factory=dict)
    waivers: list[Waiver] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict, compare=False)  # key -> line, for messages

    @property
    def folder(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def where(self, key: str) -> str:
        """`file:line` of a top-level key, for `fslcheck config` and messages."""
        if self.path is None:
            return "default"
        line = self.lines.get(key)
        return f"{self.path}:{line}" if line else str(self.path)


def find_config(start: Path | None = None) -> ProjectConfig:
    """The configuration nearest to `start` (a folder or a file; default: the working folder)."""
    found = _nearest((start or Path.cwd()).resolve())
    return found if found is not None else ProjectConfig()


class ConfigFinder:
    """The nearest configuration of each document, each file read once."""

    def __init__(self) -> None:
        self._by_folder: dict[Path, ProjectConfig | None] = {}
        self.default = find_config()

    def for_path(self, path: str) -> ProjectConfig:
        if path == "-":
            return self.default
        # realpath, not resolve(): a symlink loop is the reader's error to report, not a crash here
        folder = Path(os.path.realpath(path)).parent
        found = self._lookup(folder)
        return found if found is not None else self.default

    def _lookup(self, folder: Path) -> ProjectConfig | None:
        chain = []
        result: ProjectConfig | None = None
        for candidate in (folder, *folder.parents):
            if candidate in self._by_folder:
                result = self._by_folder[candidate]
                break
            chain.append(candidate)
            config_file = _config_file(candidate)
            if config_file is not None:
                result = read_config(config_file)
                break
        for candidate in chain:
            self._by_folder[candidate] = result
        return result


def _nearest(start: Path) -> ProjectConfig | None:
    folder = start if start.is_dir() else start.parent
    for candidate in (folder, *folder.parents):
        config_file = _config_file(candidate)
        if config_file is not None:
            return read_config(config_file)
    return None


def _config_file(folder: Path) -> Path | None:
    # A configuration that is there but is a folder, a FIFO or a device is reported by read_config
    # (never silently passed over, never opened to wait on a writer)
    for name in YAML_NAMES:
        if (folder / name).exists():
            return folder / name
    pyproject = folder / PYPROJECT
    if pyproject.exists():
        try:
            text = helper_files.read_text(pyproject, ConfigError, "configuration")
            if re.search(r"^\s*\[\s*\[?\s*tool\.fslcheck\b", text, re.M):
                return pyproject
        except (OSError, UnicodeDecodeError, ConfigError):
            return pyproject  # read_config reports what is wrong with it
    return None


def read_config(path: Path) -> ProjectConfig:
    """Read and validate one configuration file (`.fslcheck.yaml` or `pyproject.toml`)."""
    if path.name == PYPROJECT:
        data, positions = _read_toml(path)
    else:
        data, positions = _read_yaml(path)
    data = _dates_to_text(data)
    _validate(path, data, positions)
    folder = path.parent
    _check_values(path, data, positions)
    rules = [r if _is_builtin_name(r) else str(folder / r) for r in data.get("rules", [])]
    waivers = [
        Waiver(rule=w["rule"], path=w.get("path", "**"), reason=w["reason"], approved_by=w["approved_by"],
               expires=date.fromisoformat(w["expires"]), folder=folder,
               source=_where(path, positions, ("waivers", i)))
        for i, w in enumerate(data.get("waivers", []))
    ]
    lines = {key: positions[(key,)][0] for key in data if (key,) in positions}
    return ProjectConfig(path, rules, data.get("fail-on"), list(data.get("include", [])),
                         list(data.get("exclude", [])), dict(data.get("overrides", {})), waivers, lines)


def _check_values(path: Path, data: dict[str, Any], positions: dict[tuple, tuple[int, int]]) -> None:
    """What the schema cannot check: real dates, globs that compile."""
    import pathspec

    for i, waiver in enumerate(data.get("waivers", [])):
        try:
            date.fromisoformat(waiver["expires"])
        except ValueError:
            raise _error(path, positions, ("waivers", i, "expires"),
                         f"{waiver['expires']!r} is not a date (YYYY-MM-DD)") from None
    globs = [(("include", i), g) for i, g in enumerate(data.get("include", []))]
    globs += [(("exclude", i), g) for i, g in enumerate(data.get("exclude", []))]
    globs += [(("waivers", i, "path"), w["path"]) for i, w in enumerate(data.get("waivers", [])) if "path" in w]
    for key_path, glob in globs:
        try:
            pathspec.GitIgnoreSpec.from_lines([glob])
        except Exception as error:  # noqa: BLE001 - pathspec raises several kinds for a bad glob
            raise _error(path, positions, key_path, f"{glob!r} is not a valid glob: {error}") from None


def _where(path: Path, positions: dict[tuple, tuple[int, int]], key: tuple) -> str:
    for cut in range(len(key), 0, -1):
        if key[:cut] in positions:
            return f"{path}:{positions[key[:cut]][0]}"
    return str(path)


def _is_builtin_name(ref: str) -> bool:
    return "/" not in ref and not ref.endswith((".yaml", ".yml"))


# --- reading, with the line of every key ------------------------------------------------------

def _read_yaml(path: Path) -> tuple[dict[str, Any], dict[tuple, tuple[int, int]]]:
    try:
        text = helper_files.read_text(path, ConfigError, "configuration")
        node = safe_yaml.compose(text)  # aliases refused, nesting and size bounded, before any loading
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader; aliases already refused
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(str(path), f"cannot read the configuration: {error}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        raise ConfigError(str(path), f"not valid YAML: {problem}",
                          mark.line + 1 if mark else None, mark.column + 1 if mark else None) from None
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        raise ConfigError(str(path), "the configuration must be a mapping of keys (rules, fail-on, …)", 1, 1)
    positions: dict[tuple, tuple[int, int]] = {}
    _yaml_positions(node, (), positions)
    return data, positions


class _Loader(yaml.SafeLoader):
    """The safe loader, reading dates as text: `expires: 2027-02-30` is then a message with its
    line from the validation, not a ValueError from the YAML constructor."""


_Loader.add_constructor("tag:yaml.org,2002:int", safe_yaml.construct_int)  # no 5,000-digit int()
_Loader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _yaml_positions(node: yaml.Node | None, path: tuple, out: dict[tuple, tuple[int, int]]) -> None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = path + (key.value,)
            out[child] = (key.start_mark.line + 1, key.start_mark.column + 1)
            _yaml_positions(value, child, out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            out[path + (i,)] = (item.start_mark.line + 1, item.start_mark.column + 1)
            _yaml_positions(item, path + (i,), out)


def _read_toml(path: Path) -> tuple[dict[str, Any], dict[tuple, tuple[int, int]]]:
    try:
        text = helper_files.read_text(path, ConfigError, "configuration")
        document = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(str(path), f"cannot read the configuration: {error}") from None
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"line (\d+), column (\d+)", str(error))
        raise ConfigError(str(path), f"not valid TOML: {error}",
                          int(found.group(1)) if found else None, int(found.group(2)) if found else None) from None
    except RecursionError:
        raise ConfigError(str(path), "not valid TOML: it nests too deeply") from None
    except ValueError as error:  # an integer of more than 4,300 digits
        raise ConfigError(str(path), f"not valid TOML: {helper_files.short_reason(error)}") from None
    data = document.get("tool", {}).get("fslcheck", {})
    if not isinstance(data, dict):
        raise ConfigError(str(path), "[tool.fslcheck] must be a table")
    return data, _toml_positions(text, data)


def _toml_positions(text: str, data: dict[str, Any]) -> dict[tuple, tuple[int, int]]:
    """Lines of the keys of [tool.fslcheck] (tomllib keeps none): found by reading the text.

    Good enough for messages: a key's line inside the fslcheck tables, the n-th
    `[[tool.fslcheck.waivers]]` for the n-th waiver.
    """
    lines = text.splitlines()
    positions: dict[tuple, tuple[int, int]] = {}
    table: tuple = ()
    inside = False
    waiver = -1
    header = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?")
    assignment = re.compile(r'^\s*"?([A-Za-z0-9_.-]+?)"?\s*=')
    for number, line in enumerate(lines, 1):
        found = header.match(line)
        if found:
            name = found.group(2).strip()
            inside = name == "tool.fslcheck" or name.startswith("tool.fslcheck.")
            if not inside:
                continue
            parts = tuple(p.strip('"') for p in name.split(".")[2:])
            if found.group(1) == "[[" and parts == ("waivers",):
                waiver += 1
                table = ("waivers", waiver)
            else:
                table = parts
            if table:
                positions.setdefault(table[:1], (number, 1))
                positions.setdefault(table, (number, 1))
            continue
        if not inside:
            continue
        key = assignment.match(line)
        if key:
            dotted = tuple(p.strip('"') for p in key.group(1).split("."))
            positions.setdefault(table + dotted, (number, line.index(key.group(1)[0]) + 1))
    return positions


def _dates_to_text(data: Any) -> Any:
    """YAML and TOML read `2027-06-30` as a date: the schema checks it as text."""
    if isinstance(data, dict):
        return {k: _dates_to_text(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_dates_to_text(v) for v in data]
    if isinstance(data, datetime):
        return data.date().isoformat()
    if isinstance(data, date):
        return data.isoformat()
    return data


# --- validation -------------------------------------------------------------------------------

def _validate(path: Path, data: dict[str, Any], positions: dict[tuple, tuple[int, int]]) -> None:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    errors = sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    if not errors:
        return
    error = errors[0]
    key_path = tuple(error.absolute_path)
    if error.validator == "additionalProperties":
        allowed = sorted(_schema_at(SCHEMA, key_path).get("properties", {}))
        instance = error.instance if isinstance(error.instance, dict) else {}
        unknown = [k for k in instance if k not in allowed]
        if unknown:
            key = unknown[0]
            key_path = key_path + (key,)
            hint = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.5)
            message = f"unknown key {key!r}" + (f"; did you mean {hint[0]!r}?" if hint else "") + \
                f" (valid keys: {', '.join(allowed)})"
            raise _error(path, positions, key_path, message)
    if error.validator == "required":
        raise _error(path, positions, key_path, error.message)
    raise _error(path, positions, key_path, f"{error.message}")


def _schema_at(schema: dict[str, Any], key_path: tuple) -> dict[str, Any]:
    for key in key_path:
        if isinstance(key, int):
            schema = schema.get("items", {})
        elif key in schema.get("properties", {}):
            schema = schema["properties"][key]
        else:
            schema = schema.get("additionalProperties", {}) if isinstance(schema.get("additionalProperties"), dict) else {}
    return schema


def _error(path: Path, positions: dict[tuple, tuple[int, int]], key_path: tuple, message: str) -> ConfigError:
    dotted = ".".join(f"[{k}]" if isinstance(k, int) else str(k) for k in key_path).replace(".[", "[")
    text = f"{dotted}: {message}" if dotted else message
    for cut in range(len(key_path), 0, -1):
        if key_path[:cut] in positions:
            line, column = positions[key_path[:cut]]
            return ConfigError(str(path), text, line, column)
    return ConfigError(str(path), text)


# --- applying it to a pack --------------------------------------------------------------------

def apply_overrides(pack, config: ProjectConfig):
    """The pack with the configuration's per-rule overrides applied (a new RulePack).

    An override for a rule the pack does not have, or a threshold for a kind that has none, is
    a `ConfigError` naming the configuration's line and suggesting the nearest rule id.
    """
    if not config.overrides:
        return pack
    from .checks import KINDS  # the kinds say which of them take thresholds

    ids = [rule.id for rule in pack.rules]
    rules = []
    for rule_id in config.overrides:
        if rule_id not in ids:
            hint = difflib.get_close_matches(rule_id, ids, n=1, cutoff=0.5)
            raise ConfigError(str(config.path), f"overrides.{rule_id}: the pack {pack.id!r} has no such rule"
                              + (f"; did you mean {hint[0]!r}?" if hint else ""), *_line(config, "overrides"))
    for rule in pack.rules:
        override = config.overrides.get(rule.id)
        if not override:
            rules.append(rule)
            continue
        if override.get("enabled") is False:
            continue
        changes: dict[str, Any] = {}
        if "severity" in override:
            changes["severity"] = Severity(override["severity"])
        scored = {k: override[k] for k in ("threshold", "weak") if k in override}
        if scored:
            accepted = KINDS[rule.kind].OPTIONS
            for key in scored:
                if key not in accepted:
                    raise ConfigError(str(config.path), f"overrides.{rule.id}.{key}: rules of kind "
                                      f"{rule.kind!r} take no {key}", *_line(config, "overrides"))
            changes["options"] = {**rule.options, **scored}
        rules.append(replace(rule, **changes))
    return replace(pack, rules=tuple(rules))


def _line(config: ProjectConfig, key: str) -> tuple[int | None, None]:
    return config.lines.get(key), None


def describe(config: ProjectConfig, cli: dict[str, Any] | None = None) -> str:
    """The effective configuration as YAML, each value followed by where it came from."""
    cli = cli or {}
    rows: list[tuple[str, Any, str]] = []

    def add(key: str, value: Any, default: Any) -> None:
        if key in cli and cli[key] not in (None, [], ()):
            rows.append((key, cli[key], "command line"))
        elif value not in (None, [], {}):
            rows.append((key, value, config.where(key)))
        else:
            rows.append((key, default, "default"))

    add("rules", config.rules, ["us-pslra"])
    add("fail-on", config.fail_on, "error")
    add("include", config.include, [])
    add("exclude", config.exclude, [])
    add("overrides", config.overrides, {})
    waivers = [{"rule": w.rule, "path": w.path, "reason": w.reason, "approved_by": w.approved_by,
                "expires": w.expires.isoformat()} for w in config.waivers]
    add("waivers", waivers, [])
    lines = [f"# configuration file: {config.path if config.path else 'none (defaults)'}"]
    for key, value, source in rows:
        if isinstance(value, (str, int, float, bool)):
            dumped = f"{key}: {value}"
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            dumped = f"{key}: " + yaml.safe_dump(value, default_flow_style=True, width=1000).strip()
        elif not value:
            dumped = f"{key}: {'{}' if isinstance(value, dict) else '[]'}"
        else:
            dumped = yaml.safe_dump({key: value}, sort_keys=False, default_flow_style=False, width=100).rstrip()
        first, *rest = dumped.splitlines()
        lines.append(f"{first}    # {source}")
        lines.extend(rest)
    return "\n".join(lines) + "\n"
