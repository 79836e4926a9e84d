"""Project configuration: `.fslcheck.yaml` in the current folder or any folder above it.

```yaml
rules: [rules/acme.yaml]     # packs to use when --rules is not given (paths relative to this file)
fail-on: warning             # default for --fail-on
```
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import jsonschema
import yaml

from . import safe_yaml
from .errors import RuleError
from .result import FAIL_ON_LEVELS

FILE_NAME = ".fslcheck.yaml"
SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "rules": {"type": "array", "items": {"type": "string"}},
        "fail-on": {"enum": list(FAIL_ON_LEVELS)},
    },
}


@dataclass(frozen=True)
class ProjectConfig:
    path: Path | None = None
    rules: list[str] = field(default_factory=list)
    fail_on: str | None = None


def find_config(start: Path | None = None) -> ProjectConfig:
    """The nearest project config, or an empty one."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        path = candidate / FILE_NAME
        if path.is_file():
            return _read(path)
    return ProjectConfig()


def _read(path: Path) -> ProjectConfig:
    try:
        data = safe_yaml.load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        raise RuleError(str(path), f"cannot read project config: {problem}",
                        mark.line + 1 if mark else None, mark.column + 1 if mark else None) from None
    except (OSError, UnicodeDecodeError) as error:
        raise RuleError(str(path), f"cannot read project config: {error}") from None
    try:
        jsonschema.validate(data, SCHEMA)
    except jsonschema.ValidationError as error:
        key = ".".join(str(p) for p in error.absolute_path) or "(top level)"
        raise RuleError(str(path), f"{key}: {error.message}") from None
    rules = [str((path.parent / r)) if not _is_builtin_name(r) else r for r in data.get("rules", [])]
    return ProjectConfig(path, rules, data.get("fail-on"))


def _is_builtin_name(ref: str) -> bool:
    return "/" not in ref and not ref.endswith((".yaml", ".yml"))
