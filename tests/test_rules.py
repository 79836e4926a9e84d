"""Rule packs: loading, extends, and validation errors that name file, line and key."""

from __future__ import annotations

import textwrap

import pytest

from fslcheck.errors import RuleError
from fslcheck.rules.loader import builtin_packs, load_pack

from .conftest import COMPANY_PACK

CONTRACT_IDS = [
    "pslra.heading", "pslra.statute", "pslra.identification", "pslra.cue-words",
    "pslra.differ-materially", "pslra.risk-factors", "pslra.sec-filings", "pslra.undue-reliance",
    "pslra.as-of-date", "pslra.no-update", "pslra.legend-required",
]
CONTRACT_SEVERITIES = {
    "pslra.heading": "info", "pslra.statute": "warning", "pslra.identification": "error",
    "pslra.cue-words": "info", "pslra.differ-materially": "error", "pslra.risk-factors": "error",
    "pslra.sec-filings": "warning", "pslra.undue-reliance": "warning", "pslra.as-of-date": "warning",
    "pslra.no-update": "warning", "pslra.legend-required": "error",
}


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_default_pack_has_the_contract_ids_and_severities():
    pack = load_pack()
    # the contract ids first; rules added later (issue 12: fls-coverage, staleness) come after them
    assert [r.id for r in pack.rules][: len(CONTRACT_IDS)] == CONTRACT_IDS
    assert {r.id: r.severity.value for r in pack.rules if r.id in CONTRACT_SEVERITIES} == CONTRACT_SEVERITIES
    assert [r.id for r in pack.rules][len(CONTRACT_IDS):] == ["pslra.fls-coverage", "pslra.staleness"]


def test_company_pack_extends_the_default():
    pack = load_pack([str(COMPANY_PACK)])
    ids = [r.id for r in pack.rules]
    assert ids[:11] == CONTRACT_IDS
    assert "sos-staffing.risk-factors" in ids
    assert len(pack.files) == 2 and all(len(sha) == 64 for _, sha in pack.files)


def test_builtin_packs_are_listed():
    assert "us-pslra" in builtin_packs()
    assert "examples/sos-staffing" in builtin_packs()


MINIMAL_RULE = """\
id: t
rules:
  - id: t.one
    kind: required-phrase
    severity: error
    title: One
    message: Say one.
    phrases: ["one"]
"""


def test_minimal_pack_loads(tmp_path):
    pack = load_pack([str(write(tmp_path, "p.yaml", MINIMAL_RULE))])
    assert pack.rules[0].options["phrases"] == ["one"]


@pytest.mark.parametrize("old, new, where, fragment", [
    ('phrases: ["one"]', 'phrases: ["one"]\n    colour: red', "9:5", "rules[0].colour: unknown key"),
    ("severity: error", "severity: fatal", "5:5", "rules[0].severity: 'fatal' is not one of error, warning, info"),
    ('phrases: ["one"]', "phrases: one", "8:5", "rules[0].phrases: 'one' is not of type 'array'"),
    ("kind: required-phrase", "kind: magic", "4:5", "rules[0].kind: unknown rule kind 'magic'"),
    ("    message: Say one.\n", "", "3:5", "rules[0]: 'message' is required"),
    ("id: t\n", "id: t\nid: u\n", "2:1", "id: the key is given twice"),
    ('phrases: ["one"]', 'phrases: ["one"]\n    threshold: 60\n    weak: 70', "3:5", "`weak` (70) must not be above"),
    ('phrases: ["one"]', 'phrases: ["one"]\n    threshold: 150', "9:5", "rules[0].threshold: 150 is greater than the maximum"),
])
def test_validation_errors_name_file_line_and_key(tmp_path, old, new, where, fragment):
    assert old in MINIMAL_RULE
    path = write(tmp_path, "p.yaml", MINIMAL_RULE.replace(old, new, 1))
    with pytest.raises(RuleError) as caught:
        load_pack([str(path)])
    message = str(caught.value)
    assert message.startswith(f"{path}:{where}: "), message
    assert fragment in message, message


def test_invalid_yaml_reports_position(tmp_path):
    path = write(tmp_path, "p.yaml", "id: t\nrules: [\n  - a: b\n")
    with pytest.raises(RuleError, match=r"p\.yaml:\d+:\d+: invalid YAML"):
        load_pack([str(path)])


def test_yaml_is_loaded_safely(tmp_path):
    path = write(tmp_path, "p.yaml", "id: t\nrules: !!python/object/apply:os.system ['echo hacked']\n")
    with pytest.raises(RuleError, match="invalid YAML"):
        load_pack([str(path)])


def test_extends_override_and_disable(tmp_path):
    write(tmp_path, "base.yaml", MINIMAL_RULE)
    child = write(tmp_path, "child.yaml", """\
        id: child
        extends: base.yaml
        rules:
          - id: t.one
            severity: info
          - id: pslra-like.two
            kind: forbidden-phrase
            severity: warning
            title: Two
            message: Do not say two.
            phrases: ["two"]
    """)
    pack = load_pack([str(child)])
    assert [(r.id, r.severity.value) for r in pack.rules] == [("t.one", "info"), ("pslra-like.two", "warning")]
    disabling = write(tmp_path, "off.yaml", "id: disabled\nextends: base.yaml\nrules:\n  - id: t.one\n    enabled: false\n")
    assert load_pack([str(disabling)]).rules == ()


def test_extends_cycle_and_missing_base(tmp_path):
    write(tmp_path, "a.yaml", "id: a\nextends: b.yaml\nrules: []\n")
    write(tmp_path, "b.yaml", "id: b\nextends: a.yaml\nrules: []\n")
    with pytest.raises(RuleError, match="circle"):
        load_pack([str(tmp_path / "a.yaml")])
    missing = write(tmp_path, "m.yaml", "id: m\nextends: nowhere.yaml\nrules: []\n")
    with pytest.raises(RuleError, match=r"m\.yaml:2:1: extends: no such rule pack"):
        load_pack([str(missing)])


def test_error_in_override_points_at_the_overriding_file(tmp_path):
    write(tmp_path, "base.yaml", MINIMAL_RULE)
    child = write(tmp_path, "child.yaml", "id: c\nextends: base.yaml\nrules:\n  - id: t.one\n    threshold: high\n")
    with pytest.raises(RuleError) as caught:
        load_pack([str(child)])
    assert str(caught.value).startswith(f"{child}:5:5: rules[0].threshold")


def test_bad_phrase_is_reported(tmp_path):
    path = write(tmp_path, "p.yaml", MINIMAL_RULE.replace('["one"]', '["   "]'))
    with pytest.raises(RuleError, match="phrase"):
        load_pack([str(path)])


@pytest.mark.parametrize("rule_yaml, fragment", [
    ("kind: factor-list\n    factors: [{id: a, phrases: [x]}, {id: a, phrases: [y]}]", "factor ids must be unique"),
    ("kind: factor-list\n    min: 3\n    factors: [{id: a, phrases: [x]}]", "`min` (3) is more than the 1 factors"),
    ("kind: approved-text", "needs its `approved` wording"),
])
def test_kind_level_problems_are_rule_errors(tmp_path, rule_yaml, fragment):
    text = MINIMAL_RULE.replace('kind: required-phrase', rule_yaml).replace('    phrases: ["one"]\n', "")
    path = write(tmp_path, "p.yaml", text)
    with pytest.raises(RuleError) as caught:
        load_pack([str(path)])
    assert str(caught.value).startswith(f"{path}:3:5: ") and fragment in str(caught.value)


def test_a_built_in_pack_is_read_again_only_when_its_files_change(tmp_path, monkeypatch):
    from fslcheck.rules import loader
    first = loader.load_pack()
    assert loader.load_pack() is first and loader.load_pack(["us-pslra"]) is first  # the same bytes: reused
    # a built-in folder whose default pack has changed is read again
    copy = tmp_path / "packs"
    copy.mkdir()
    for name, path in loader.builtin_packs().items():
        (copy / name).with_suffix(".yaml").parent.mkdir(parents=True, exist_ok=True)
        (copy / name).with_suffix(".yaml").write_bytes(path.read_bytes())
    monkeypatch.setattr(loader, "builtin_dir", lambda: copy)
    unchanged = loader.load_pack()
    default = copy / "us-pslra.yaml"
    default.write_text(default.read_text(encoding="utf-8").replace("title:", "title: Changed", 1), encoding="utf-8")
    changed = loader.load_pack()
    assert changed is not unchanged and changed.title.startswith("Changed")
    assert loader.load_pack() is changed


def test_packs_built_on_another_share_its_unchanged_rules_and_their_checkers(tmp_path):
    import fslcheck
    from fslcheck import checks

    default, oral = load_pack(None), load_pack(["us-pslra-oral"])
    shared = [rule for rule in oral.rules if any(rule is other for other in default.rules)]
    changed = [rule for rule in oral.rules if not any(rule is other for other in default.rules)]
    assert shared and changed  # the oral pack overrides some rules and keeps the others
    assert all(checks.compiled(rule) is checks.compiled(rule) for rule in shared)
    compiled = fslcheck.compile_pack()
    assert [c for c in compiled.checkers if c.rule in shared] == \
        [c for c in compiled.for_transcripts.checkers if c.rule in shared]
    # the same values from another place, or other values from the same place, are another rule
    base = write(tmp_path, "base.yaml", """\
        id: base
        rules:
          - id: acme.words
            kind: required-phrase
            severity: error
            title: t
            message: m
            phrases: ["forward-looking statements"]
        """)
    first = load_pack([str(base)]).rules[0]
    assert load_pack([str(base)]).rules[0] is first
    base.write_text(base.read_text().replace("forward-looking statements", "safe harbor"))
    assert load_pack([str(base)]).rules[0] is not first


def test_yaml_node_tree_is_pyyaml_s_own():
    """The events come from libyaml where PyYAML has it; the composed tree, with its marks, must
    be the one PyYAML's pure-Python SafeLoader composes (the messages' lines and columns)."""
    import yaml

    from fslcheck import safe_yaml

    def same(ours, theirs):
        assert type(ours) is type(theirs) and ours.tag == theirs.tag
        assert (ours.start_mark.line, ours.start_mark.column) == (theirs.start_mark.line, theirs.start_mark.column)
        if isinstance(ours.value, list):
            assert len(ours.value) == len(theirs.value)
            for a, b in zip(ours.value, theirs.value):
                for x, y in (zip(a, b) if isinstance(a, tuple) else [(a, b)]):
                    same(x, y)
        else:
            assert ours.value == theirs.value

    for path in builtin_packs().values():
        text = path.read_text(encoding="utf-8")
        same(safe_yaml.compose(text), yaml.compose(text, Loader=yaml.SafeLoader))
