"""JSON Schemas for rule-pack files and the common keys of a rule.

Each rule kind declares its own keys next to its `check` (see `fslcheck.checks`); a rule entry is
validated against the common keys below plus its kind's keys, with unknown keys rejected.
"""

from __future__ import annotations

from typing import Any

PHRASES = {
    "type": "array",
    "minItems": 1,
    "items": {"type": "string", "minLength": 1},
}
SCORE = {"type": "number", "minimum": 0, "maximum": 100}

PACK_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["id", "rules"],
    "properties": {
        "id": {"type": "string", "pattern": r"^[a-z0-9][a-z0-9._-]*$"},
        "title": {"type": "string"},
        "version": {"type": ["string", "number"]},
        "jurisdiction": {"type": "string"},
        "description": {"type": "string"},
        "extends": {"type": "string", "minLength": 1},
        "rules": {"type": "array", "items": {"type": "object"}},
    },
}

RULE_COMMON: dict[str, Any] = {
    "id": {"type": "string", "pattern": r"^[a-z0-9][a-z0-9._-]*$"},
    "kind": {"type": "string"},
    "severity": {"enum": ["error", "warning", "info"]},
    "title": {"type": "string", "minLength": 1},
    "message": {"type": "string", "minLength": 1},
    "basis": {"type": "string"},
    "scope": {"enum": ["document", "legend"]},
    "approved": {"type": "string", "minLength": 1},
    "model": {"type": "string", "minLength": 1},  # suggested wording, shown under a missing element
    "enabled": {"type": "boolean"},
    "like": {"type": "string", "pattern": r"^[a-z0-9][a-z0-9._-]*$"},  # a new rule copied from another
    "notes": {"type": "string"},  # why a threshold is what it is: documentation only
    "examples": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "pass": {"type": "array", "items": {"type": "string"}},
            "fail": {"type": "array", "items": {"type": "string"}},
            "flip": {"type": "array", "items": {"type": "string"}},
        },
    },
}
RULE_REQUIRED = ("id", "kind", "severity", "title", "message")


def rule_schema(kind_options: dict[str, Any], kind_required: tuple[str, ...]) -> dict[str, Any]:
    """The full schema of a merged rule of one kind."""
    return {
        "type": "object",
        "additionalProperties": False,
        "required": list(RULE_REQUIRED + kind_required),
        "properties": {**RULE_COMMON, **kind_options},
    }
