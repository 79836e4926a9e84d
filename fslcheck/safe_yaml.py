"""The one way fslcheck reads YAML (rule packs, `.fslcheck.yaml`): safe, and bounded.

PyYAML's safe loader builds no objects, but it still expands aliases: `rules: &r [*r]` is a
25-byte file that recurses until Python gives up, and a few hundred bytes of nested aliases
("billion laughs") expand to gigabytes. A pack has no need for aliases, so they are refused
outright (merge keys `<<: *base` included), with the line and column of the alias. Nesting is
capped too (a thousand `[` would otherwise exhaust the recursion limit), and so is the size of
the file.
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_DEPTH = 64  # a rule pack nests four or five levels; this is far beyond any honest file
MAX_BYTES = 8 * 1024 * 1024


class YamlLimitError(yaml.YAMLError):
    """A YAML file uses a feature fslcheck refuses (aliases) or goes past a limit."""

    def __init__(self, problem: str, mark: yaml.Mark | None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark


class _BoundedLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases and deep nesting while composing the node tree."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):  # noqa: ANN001 - PyYAML's signature
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise YamlLimitError(f"YAML aliases (*{event.anchor}) are not allowed here: write the value out "
                                 "in full", event.start_mark)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise YamlLimitError(f"the YAML nests deeper than {MAX_DEPTH} levels",
                                     self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def compose(text: str) -> yaml.Node | None:
    """The node tree of a one-document YAML text (line and column of every node), aliases refused.

    Raises `yaml.YAMLError` (with `problem_mark` where known) for bad or refused YAML.
    """
    if len(text) > MAX_BYTES:
        raise YamlLimitError(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB", None)
    loader = _BoundedLoader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def construct(node: yaml.Node | None) -> Any:
    """Python data (dicts, lists, strings, numbers, booleans, None) from a composed node tree."""
    if node is None:
        return None
    loader = _BoundedLoader("")
    try:
        return loader.construct_document(node)
    finally:
        loader.dispose()


def load(text: str) -> Any:
    """`compose` then `construct`: the data of a YAML text, read safely."""
    return construct(compose(text))
