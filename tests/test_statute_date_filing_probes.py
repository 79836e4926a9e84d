"""Probes of the statute, as-of-date, sec-filings and identification readings in wordings the tune half does not use.

tests/data/statute_date_filing_probes.yaml holds invented sentences (none copied from a filing) that
cite the Act, date the statements, point to the filed risk factors or identify the statements in the
many ways counsel write them, and near-misses that must not count: the element denied, reversed,
said of another law, filing, party or time, or not about forward-looking statements at all (the Act
named in a lawsuit, a tax safe harbor, a balance "as of" a date).

A probe's `legend` is set inside a legend whose other sentences carry none of its element:

- statute and as-of-date: after an identifying first sentence, before "could differ materially"
  and "no obligation to update";
- sec-filings: after "could differ materially" (so "these risks" has something to refer to);
- identification: first, under the heading, so that nothing else identifies the statements.

`layout: call` sets the same sentences in an earnings call's opening remarks; `layout: body` puts
them in the news, before a legend that lacks the element. `met` says whether the element must be
found; a probe fslcheck does not read yet says why under `known_gap` and is expected to fail
(strictly).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import fslcheck

PROBES = yaml.safe_load((Path(__file__).parent / "data" / "statute_date_filing_probes.yaml").read_text(encoding="utf-8"))

NEWS = "Acme Widgets reported record orders for the quarter. Revenue rose 12 percent to $40 million."
OPEN = "This press release contains forward-looking statements."
DIFFER = "Actual results could differ materially from those projected."
UPDATE = "We undertake no obligation to update these statements."
ABOUT = "About Acme\n\nAcme makes widgets for industry.\n\nContact: Jane Doe, 555-1212\n"
CALL_OPEN = "Today's call contains forward-looking statements."
CALL_AFTER = ("John Roe, Chief Executive Officer: Thanks, Jane, and good morning, everyone. Orders rose 12 percent "
              "in the quarter, and we shipped our new line of widgets on schedule.\n")


def _legend(element: str, probe: str, opening: str) -> str:
    """The legend's sentences with the probe set where its element would stand."""
    if element == "identification":
        return f"{probe} {DIFFER} {UPDATE}"
    if element == "sec-filings":
        return f"{opening} {DIFFER} {probe} {UPDATE}"
    return f"{opening} {probe} {DIFFER} {UPDATE}"


def _document(probe: dict) -> str:
    """The probe's document: a release (or a call) whose legend holds the probe."""
    element, layout = probe["element"], probe.get("layout", "legend")
    if layout == "call":
        remarks = _legend(element, probe["legend"], CALL_OPEN)
        return ("Operator: Good morning, and welcome to Acme's third quarter earnings call.\n\n"
                f"Jane Doe, Investor Relations: Thank you, operator. {remarks}\n\n{CALL_AFTER}")
    if layout == "body":
        legend = f"{DIFFER} {UPDATE}" if element == "identification" else f"{OPEN} {DIFFER} {UPDATE}"
        return f"{NEWS} {probe['legend']}\n\nForward-Looking Statements\n\n{legend}\n\n{ABOUT}"
    return f"{NEWS}\n\nForward-Looking Statements\n\n{_legend(element, probe['legend'], OPEN)}\n\n{ABOUT}"


def _name(probe: dict) -> str:
    return f"{probe['element']}-{'met' if probe['met'] else 'not'}-{probe.get('layout', 'legend')}-{probe['legend'][:70]}"


@pytest.fixture(scope="module")
def pack():
    return fslcheck.compile_pack("us-pslra")


@pytest.mark.parametrize("probe", [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=p["known_gap"]))
                                   if "known_gap" in p else p for p in PROBES],
                         ids=[_name(p) for p in PROBES])
def test_probe(pack, probe, tmp_path):
    source = tmp_path / "probe.txt"
    source.write_text(_document(probe), encoding="utf-8")
    finding = {f.rule: f for f in fslcheck.check([str(source)], pack).documents[0].findings}[f"pslra.{probe['element']}"]
    assert (finding.status.value == "met") == probe["met"], (finding.status.value, finding.details, finding.notes)


def test_probes_are_unique():
    keys = [(p["element"], p.get("layout", "legend"), p["legend"]) for p in PROBES]
    assert len(keys) == len(set(keys))


def test_probe_frames_lack_the_element(pack, tmp_path):
    """The frame round a probe carries none of the probed element, so a probe is met only by itself."""
    for element in ("statute", "as-of-date", "sec-filings", "identification"):
        for layout in ("legend", "call", "body"):
            source = tmp_path / f"{element}-{layout}.txt"
            blank = "Orders rose in the quarter." if layout != "body" else ""
            source.write_text(_document({"element": element, "layout": layout, "legend": blank}), encoding="utf-8")
            findings = {f.rule: f for f in fslcheck.check([str(source)], pack).documents[0].findings}
            assert findings[f"pslra.{element}"].status.value != "met", (element, layout)


@pytest.mark.parametrize("tail, status", [
    # the last item names more of what the list lists by another general noun: a pointer
    ("and (iii) other considerations that may be disclosed from time to time in documents filed by the "
     "Company with the SEC.", "met"),
    # ... denied: reversed
    ("and (iii) other considerations that are not disclosed in documents filed by the Company with the SEC.",
     "violated"),
    # a factor about a filing is no pointer
    ("and (iii) our ability to remain current in our SEC filings.", "missing"),
])
def test_a_list_that_ends_in_other_considerations_in_the_filings(pack, tail, status):
    text = ("Forward-Looking Statements\n\nThis press release contains forward-looking statements. " + DIFFER +
            " Factors that could cause such differences include (i) changes in demand; (ii) competition; " + tail +
            " " + UPDATE)
    finding = next(f for f in pack.check_text(text).findings if f.rule == "pslra.sec-filings")
    assert finding.status.value == status
