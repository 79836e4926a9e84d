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
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

try:  # libyaml's event parser, when PyYAML was built with it: ten times the pure-Python one
    from yaml._yaml import CParser as _EventParser
except ImportError:  # pragma: no cover - a PyYAML without libyaml
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _EventParser(Reader, Scanner, Parser):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)

MAX_DEPTH = 64  # a rule pack nests four or five levels; this is far beyond any honest file
MAX_BYTES = 8 * 1024 * 1024
MAX_DIGITS = 4000  # below Python's 4,300-digit limit on int(), past which it raises ValueError


class YamlLimitError(yaml.YAMLError):
    """A YAML file uses a feature fslcheck refuses (aliases) or goes past a limit."""

    def __init__(self, problem: str, mark: yaml.Mark | None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark


class _BoundedLoader(Composer, _EventParser, SafeConstructor, Resolver):
    """A safe loader that refuses aliases and deep nesting while composing the node tree.

    The events come from libyaml where it is there; the node tree is composed here, in Python,
    so that every node is seen (and counted) before it is built. The tree, with its line and
    column marks, is the one PyYAML's own SafeLoader composes."""

    def __init__(self, stream: str) -> None:
        _EventParser.__init__(self, stream)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)
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


def construct_int(constructor: SafeConstructor, node: yaml.ScalarNode) -> int:
    """PyYAML's int constructor, refusing (with the line) an integer too long for Python to convert."""
    if len(node.value) > MAX_DIGITS:
        raise YamlLimitError(f"a number of {len(node.value)} characters is too long (at most {MAX_DIGITS})",
                             node.start_mark)
    return SafeConstructor.construct_yaml_int(constructor, node)


_BoundedLoader.add_constructor("tag:yaml.org,2002:int", construct_int)


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
