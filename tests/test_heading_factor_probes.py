"""Probes of the legend heading and risk-factor readings in wordings the tune half does not use.

tests/data/heading_factor_probes*.yaml hold invented wordings that filers use for the legend's
heading (captions, run-in labels closed by a colon, full stop or dash, capitals, Markdown and HTML
emphasis, table cells, list bullets) and for the lead-ins and shapes of risk-factor lists, with
near-misses that must not count (a heading's words inside a sentence, a list of topics or of the
things a board weighs). None is copied from a filing. A probe gives either a whole `text` (with its
`suffix`, which picks the loader) or the parts a layout below is built from:

- heading probes: `heading` (the caption's words) and `layout` (how it stands before the legend);
- risk-factor probes: `legend` (sentences set between the legend's first and last sentences).

`met` says whether the element must be found; a risk-factor probe's `count` is the number of
distinct specific factors the labelling guide would count. A probe that fslcheck does not meet yet
says why under `known_gap` and is expected to fail (strictly).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import fslcheck

PROBES = [probe for path in sorted((Path(__file__).parent / "data").glob("heading_factor_probes*.yaml"))
          for probe in yaml.safe_load(path.read_text(encoding="utf-8"))]

NEWS = "Acme Widgets reported record orders for the quarter. Revenue rose 12 percent to $40 million."
FIRST = ("This press release contains forward-looking statements within the meaning of the Private Securities "
         "Litigation Reform Act of 1995.")
LAST = "Actual results could differ materially from those projected. We undertake no obligation to update these statements."
ABOUT = "About Acme\n\nAcme makes widgets for industry.\n\nContact: Jane Doe, 555-1212\n"
ABOUT_FIRST = "About Acme\n\nAcme makes widgets for industry."


def _html(body: str) -> str:
    return (f"<html><body><p>{NEWS}</p>{body}<p><b>About Acme</b></p><p>Acme makes widgets for industry.</p>"
            "</body></html>")


# How a heading stands before the legend: (suffix, document built from the heading `h` and legend `b`)
LAYOUTS = {
    "paragraph": (".txt", lambda h, b: f"{NEWS}\n\n{h}\n\n{b}\n\n{ABOUT}"),
    "colon": (".txt", lambda h, b: f"{NEWS}\n\n{h}: {b}\n\n{ABOUT}"),
    "colon-lower": (".txt", lambda h, b: f"{NEWS}\n\n{h}: {b[0].lower()}{b[1:]}\n\n{ABOUT}"),
    "full-stop": (".txt", lambda h, b: f"{NEWS}\n\n{h}. {b}\n\n{ABOUT}"),
    "em-dash": (".txt", lambda h, b: f"{NEWS}\n\n{h} \u2014 {b}\n\n{ABOUT}"),
    "hyphen-dash": (".txt", lambda h, b: f"{NEWS}\n\n{h} - {b}\n\n{ABOUT}"),
    "capitals-colon": (".txt", lambda h, b: f"{NEWS}\n\n{h.upper()}: {b}\n\n{ABOUT}"),
    "capitals-run-in": (".txt", lambda h, b: f"{NEWS}\n\n{h.upper()} {b}\n\n{ABOUT}"),
    "markdown-bold": (".md", lambda h, b: f"{NEWS}\n\n**{h}**\n\n{b}\n\n{ABOUT}"),
    "markdown-bold-run-in": (".md", lambda h, b: f"{NEWS}\n\n**{h}:** {b}\n\n{ABOUT}"),
    "markdown-h3": (".md", lambda h, b: f"{NEWS}\n\n### {h}\n\n{b}\n\n{ABOUT}"),
    "html-bold": (".html", lambda h, b: _html(f"<p><b>{h}</b></p><p>{b}</p>")),
    "html-bold-run-in": (".html", lambda h, b: _html(f"<p><b>{h}:</b> {b}</p>")),
    "html-bold-br": (".html", lambda h, b: _html(f"<p><b>{h}</b><br>{b}</p>")),
    "html-h2": (".html", lambda h, b: _html(f"<h2>{h}</h2><p>{b}</p>")),
    "html-table-rows": (".html", lambda h, b: _html(f"<table><tr><td><b>{h}</b></td></tr><tr><td>{b}</td></tr></table>")),
    "html-table-side": (".html", lambda h, b: _html(f"<table><tr><td><b>{h}</b></td><td>{b}</td></tr></table>")),
    "html-centred-capitals": (".html", lambda h, b: _html(
        f"<p style='text-align:center'><span style='font-weight:bold'>{h.upper()}</span></p><p>{b}</p>")),
    # heading_factor_probes_more.yaml: a numbered section, after the About paragraph, a colon on a line
    # of its own, run into the first sentence, underlined, Markdown and HTML shapes
    "numbered": (".txt", lambda h, b: f"{NEWS}\n\n7. {h}\n\n{b}\n\n{ABOUT}"),
    "roman": (".txt", lambda h, b: f"{NEWS}\n\nIV. {h}\n\n{b}\n\n{ABOUT}"),
    "after-about": (".txt", lambda h, b: f"{NEWS}\n\n{ABOUT_FIRST}\n\n{h}\n\n{b}\n"),
    "colon-own-line": (".txt", lambda h, b: f"{NEWS}\n\n{h}:\n\n{b}\n\n{ABOUT}"),
    "run-in": (".txt", lambda h, b: f"{NEWS}\n\n{h} {b}\n\n{ABOUT}"),
    "underline-equals": (".txt", lambda h, b: f"{NEWS}\n\n{h}\n{'=' * len(h)}\n{b}\n\n{ABOUT}"),
    "markdown-h2": (".md", lambda h, b: f"{NEWS}\n\n## {h}\n\n{b}\n\n{ABOUT}"),
    "markdown-italic": (".md", lambda h, b: f"{NEWS}\n\n*{h}*\n\n{b}\n\n{ABOUT}"),
    "markdown-setext": (".md", lambda h, b: f"{NEWS}\n\n{h}\n{'-' * len(h)}\n\n{b}\n\n{ABOUT}"),
    "markdown-table": (".md", lambda h, b: f"{NEWS}\n\n| | |\n|---|---|\n| | **{h}** |\n| | {b} |\n\n{ABOUT}"),
    "html-strong-full-stop": (".html", lambda h, b: _html(f"<p><strong>{h}.</strong> {b}</p>")),
    "html-u": (".html", lambda h, b: _html(f"<p><u>{h}</u></p><p>{b}</p>")),
    "html-one-cell": (".html", lambda h, b: _html(f"<table><tr><td><p><b>{h}</b></p><p>{b}</p></td></tr></table>")),
    "html-th": (".html", lambda h, b: _html(f"<table><tr><th>{h}</th></tr><tr><td>{b}</td></tr></table>")),
    "html-div-br": (".html", lambda h, b: _html(f"<div><b>{h}</b><br/><br/>{b}</div>")),
    "html-i-em-dash": (".html", lambda h, b: _html(f"<p><i>{h}</i> \u2014 {b}</p>")),
    "html-numbered": (".html", lambda h, b: _html(f"<p><b>5. {h}</b></p><p>{b}</p>")),
    "html-bold-run-in-bare": (".html", lambda h, b: _html(f"<p><b>{h}</b> {b}</p>")),
    "html-spacer-cell": (".html", lambda h, b: _html(
        f"<table><tr><td width='4%'>&nbsp;</td><td><font><b>{h}</b></font></td></tr>"
        f"<tr><td>&nbsp;</td><td><font>{b}</font></td></tr></table>")),
}


def _document(probe: dict) -> tuple[str, str]:
    """The probe's document text and file suffix."""
    if "text" in probe:
        return probe["text"], probe.get("suffix", ".txt")
    if probe["element"] == "heading":
        suffix, build = LAYOUTS[probe["layout"]]
        return build(probe["heading"], probe.get("body", f"{FIRST} {LAST}")), suffix
    return f"{NEWS}\n\nForward-Looking Statements\n\n{FIRST} {probe['legend']} {LAST}\n\n{ABOUT}", ".txt"


@pytest.fixture(scope="module")
def pack():
    return fslcheck.compile_pack("us-pslra")


@pytest.mark.parametrize("probe", [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=p["known_gap"]))
                                   if "known_gap" in p else p for p in PROBES],
                         ids=[p["name"] for p in PROBES])
def test_probe(pack, probe, tmp_path):
    text, suffix = _document(probe)
    source = tmp_path / f"probe{suffix}"
    source.write_text(text, encoding="utf-8")
    finding = {f.rule: f for f in fslcheck.check([str(source)], pack).documents[0].findings}[f"pslra.{probe['element']}"]
    assert (finding.status.value == "met") == probe["met"], (finding.status.value, finding.details)
    if "count" in probe:
        assert finding.details.get("count") == probe["count"], finding.details.get("items")


def test_probe_names_are_unique():
    names = [p["name"] for p in PROBES]
    assert len(names) == len(set(names))


# tests/data/element_probes*.yaml: a snippet each, with the expected finding of several elements at once
ELEMENT_PROBES = [probe for path in sorted((Path(__file__).parent / "data").glob("element_probes*.yaml"))
                  for probe in yaml.safe_load(path.read_text(encoding="utf-8"))]
CALL_OPENING = "Operator: Good morning, and welcome to Acme's third quarter earnings call.\n\nJane Doe, Investor Relations: Thank you, operator."
CALL_NEXT = ("John Roe, Chief Executive Officer: Thanks, Jane, and good morning, everyone. Orders rose 12 percent "
             "in the quarter, and we shipped our new line of widgets on schedule.\n")


def _element_document(probe: dict) -> tuple[str, str]:
    """An element probe's document text and file suffix."""
    if "heading" in probe:
        suffix, build = LAYOUTS[probe["layout"]]
        return build(probe["heading"], f"{FIRST} {LAST}"), suffix
    frame, text = probe.get("frame", "release"), probe["text"]
    if frame == "whole":
        return text, probe.get("suffix", ".txt")
    if frame == "call":
        return f"{CALL_OPENING} {text}\n\n{CALL_NEXT}", ".txt"
    return f"{NEWS}\n\n{text}\n\n{ABOUT}", probe.get("suffix", ".txt")


ELEMENT_CASES = [(probe, element) for probe in ELEMENT_PROBES for element in probe["expect"]]


@pytest.fixture(scope="module")
def element_findings(pack, tmp_path_factory):
    """Each element probe checked once: its findings by rule id."""
    folder, cache = tmp_path_factory.mktemp("element-probes"), {}

    def findings(probe: dict) -> dict:
        if probe["name"] not in cache:
            text, suffix = _element_document(probe)
            source = folder / f"probe{len(cache)}{suffix}"
            source.write_text(text, encoding="utf-8")
            cache[probe["name"]] = {f.rule: f for f in fslcheck.check([str(source)], pack).documents[0].findings}
        return cache[probe["name"]]
    return findings


def _element_case(probe: dict, element: str):
    """A case as a test parameter: a known gap fails strictly; a case the labelling guide leaves open
    (`open: {element: reason}`) states the probe writer's reading and may go either way."""
    if element in probe.get("gaps", {}):
        return pytest.param(probe, element, marks=pytest.mark.xfail(strict=True, reason=probe["gaps"][element]))
    if element in probe.get("open", {}):
        return pytest.param(probe, element, marks=pytest.mark.xfail(strict=False, reason=probe["open"][element]))
    return (probe, element)


@pytest.mark.parametrize("probe, element", [_element_case(p, e) for p, e in ELEMENT_CASES],
                         ids=[f"{p['name']}-{e}" for p, e in ELEMENT_CASES])
def test_element_probe(element_findings, probe, element):
    finding = element_findings(probe)[f"pslra.{element}"]
    expected = probe["expect"][element]
    count = None if isinstance(expected, bool) else expected
    met = expected if count is None else count >= 3
    assert (finding.status.value == "met") == met, (finding.status.value, finding.details.get("items"), finding.details)
    if count is not None:
        assert (finding.details.get("count") or 0) == count, finding.details.get("items")


def test_element_probe_names_are_unique():
    names = [p["name"] for p in ELEMENT_PROBES]
    assert len(names) == len(set(names))
