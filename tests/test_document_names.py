"""The names a document gives itself, and the words it writes as names (fslcheck.meaning.names)."""

from __future__ import annotations

import pytest

from fslcheck.meaning.names import Names, host_names, own_names


@pytest.mark.parametrize("text, expected", [
    # the name before the first ticker, and the symbol
    ("boston, may 2, 2024 /businesswire/ orbital ferry systems, inc. (nasdaq: ofsy) today said",
     {"orbital", "ferry", "systems", "ofsy"}),
    # a short name in parentheses between the name and the ticker
    ("oslo, june 3, 2024 (globe newswire) halvorsen marine asa (halvorsen) (nyse: hmar) reported",
     {"halvorsen", "marine", "hmar"}),
    # a date before the name in the dateline is no part of it
    ("lyon (france), march 4, 2024 quillon (nasdaq and euronext: qln) announced", {"quillon", "qln"}),
    # a name the document defines as the company
    ("westbrook shipping corp. (westbrook or the company) owns ten vessels", {"westbrook", "shipping"}),
    # a short name defined by the legal names it stands for (not the group words after them)
    ("kestrel (nyse: kst) reported. kestrel refers to one or more of kestrel lodging trust, kestrel lodging, l.p. "
     "and their subsidiaries.", {"kestrel", "kst", "lodging"}),
    # ... only a name the document already gives itself
    ("the term affiliate refers to any of northwind bank and its branches.", set()),
    # nothing to go by
    ("the company reported higher sales.", set()),
])
def test_own_names_from_ticker_and_definition(text, expected):
    assert own_names(text, []) == expected


@pytest.mark.parametrize("source, expected", [
    ("Operator\n\nGood morning, and welcome to The Brightwater Co. second quarter 2024 earnings call.", {"brightwater"}),
    ("Jane Roe\n\nThank you for joining us for Halvorsen Marine's fiscal 2025 results call.", {"halvorsen", "marine"}),
    ("Operator\n\nWelcome to the Fourth Quarter 2024 Earnings Call.", set()),  # no host named
    ("Operator\n\nWelcome to our call. With me is John Roe.", set()),
])
def test_host_names_from_a_calls_welcome(source, expected):
    assert host_names(source) == expected


def test_a_company_whose_name_looks_like_an_agent_noun_speaks_for_itself(tmp_path):
    import fslcheck
    transcript = ("Prepared Remarks:\n\nOperator\n\nWelcome to The Brewer Co. third quarter 2024 earnings call. "
                  "I will now turn the call over to Jane Roe.\n\nJane Roe\n\nThank you. Today's discussion will include "
                  "forward-looking statements, and actual results can differ materially. The Brewer Co. assumes no "
                  "obligation to update that information.\n\nJohn Doe\n\nThanks, Jane. We expect sales to grow next year.\n")
    path = tmp_path / "brewer_2024-q3_call-transcript.txt"
    path.write_text(transcript, encoding="utf-8")
    finding = next(f for f in fslcheck.check([str(path)]).documents[0].findings if f.rule == "pslra.no-update")
    assert finding.status.value == "met", finding.notes


def test_own_names_from_about_headings_each_party():
    text = "results rose.\n\nabout orbital\n\norbital builds ferries.\n\nabout the company\n\nmore.\n\nabout halvorsen\n\nhalvorsen sails."
    paragraphs = []
    start = 0
    for piece in text.split("\n\n"):
        paragraphs.append((start, start + len(piece)))
        start += len(piece) + 2
    assert own_names(text, paragraphs) == {"orbital", "halvorsen"}


def _paragraphs(text):
    paragraphs, start = [], 0
    for piece in text.split("\n\n"):
        paragraphs.append((start, start + len(piece)))
        start += len(piece) + 2
    return paragraphs


def test_an_about_heading_apart_from_the_name_defined_as_the_company_is_another_party():
    # the release defines who "the Company" is; the "About" heading of the stake it buys is the target's
    text = ('orbital, inc. (orbital or the company) bought a stake in halvorsen marine.\n\nabout halvorsen '
            "marine\n\nhalvorsen sails.\n\nabout orbital\n\norbital builds ferries.")
    assert own_names(text, _paragraphs(text)) == {"orbital"}
    # ... while without such a definition each party's "About" heading is the company's (a merger)
    text = "orbital and halvorsen marine agree to merge.\n\nabout halvorsen marine\n\nhalvorsen sails.\n\nabout orbital\n\nmore."
    assert own_names(text, _paragraphs(text)) == {"orbital", "halvorsen", "marine"}


def test_a_name_led_by_a_word_of_its_own_is_another_firm_despite_a_shared_word():
    names = Names(frozenset({"orchid", "island", "capital"}),
                  "Orchid Island Capital, Inc. is managed by Bimini Advisors, a subsidiary of Bimini Capital Management. "
                  "Orchid raises capital. See the Risk Factors section of Bimini Capital Management's Annual Report. "
                  "Our management's beliefs may change.")
    assert names.another(["bimini", "capital", "management's"])  # another firm with "capital" in its name
    assert not names.another(["orchid", "island", "capital's"])  # the company's own name
    assert not names.another(["island", "capital's"])  # a short form of it
    assert not names.another(["management's"])  # the company's management


def test_a_word_written_only_as_a_name_is_one():
    names = Names(frozenset({"orbital"}), "Orbital sells ferries to operators such as Halvorsen Marine. "
                                          "Actual results may vary. Visit www.quillon.com or write to ir@quillon.com; "
                                          "we also work with Quillon.")
    assert names.is_name("halvorsen")
    assert names.is_name("marine")  # a name's second word: "such as Halvorsen Marine"
    assert names.is_name("quillon")  # its web and mail addresses are no lower-case writing of it
    assert not names.is_name("actual")  # capitalised only where a sentence starts
    assert not names.is_name("orbital")  # the same: only at a sentence's start
    assert not names.never_lower("ferries")


def test_a_word_also_written_in_lower_case_is_no_name():
    names = Names(frozenset({"harbor"}), "We sell to Harbor Group and to every harbor on the coast.")
    assert not names.is_name("harbor")
    assert not names.never_lower("harbor")


def test_a_document_in_capitals_names_no_one():
    names = Names(frozenset({"acme"}), "ACME SELLS TO HALVORSEN. RESULTS MAY DIFFER FROM HALVORSEN'S ESTIMATES.")
    assert not names.is_name("halvorsen")


def test_an_own_name_damaged_by_ocr_is_still_the_company():
    source = "Risks are discussed in Southerri Company's filings and in reports of Halvorsen Marine ASA."
    names = Names(frozenset({"southern"}), source)
    assert not names.another(["southerri", "company's"])  # "rn" read as "rri": two edits of "southern"
    assert names.another(["halvorsen", "marine"])  # a name far from the company's stays another's
    short = Names(frozenset({"amgen"}), "Results of Argen Corp. may differ.")
    assert short.another(["argen"])  # short names differ by a letter or two: no allowance


def test_written_mid_sentence_reads_as_the_whole_source_search():
    # _found_after_words tries the mid-sentence pattern of Names._how_written only over the words
    # before each capitalised occurrence: the same answer as the pattern searched over the whole text
    import random
    import re

    from fslcheck.meaning.names import _found_after_words

    pieces = ["in ", "In ", "Royalty ", "Pharma", "pharma", " ", ", ", ",", "'", "’", "-", "&", "x", "X",
              "\n", ".", "1", "Pharma's", "k", "K", "a"]
    chooser = random.Random(3)
    for _ in range(20000):
        source = "".join(chooser.choice(pieces) for _ in range(chooser.randrange(14)))
        for word in ("pharma", "k", "royalty", "a"):
            first, rest = word[0].upper(), re.escape(word[1:])
            tail = rf"(?i:{rest})(?![A-Za-z0-9])" if rest else r"(?![A-Za-z0-9])"
            pattern = re.compile(rf"(?<![A-Za-z0-9'’])[a-z][A-Za-z'’-]*,? (?:[A-Z][A-Za-z&'’-]* ){{0,2}}{first}{tail}")
            expected = pattern.search(source) is not None
            occurrences = [m.span() for m in re.finditer(f" {first}{tail}", source)]
            assert _found_after_words(source, occurrences, pattern) == expected, (source, word)


def _written_by_patterns(source: str, word: str) -> str:
    """How `source` writes `word`, read by the patterns that `Names._how_written` stands for."""
    import re

    first, rest = word[0], re.escape(word[1:])
    tail = rf"(?i:{rest})(?![A-Za-z0-9])" if rest else r"(?![A-Za-z0-9])"
    if re.search(rf"(?<![A-Za-z0-9./@_-]){first}{tail}(?!\.[a-z]|@)", source):
        return "common"
    mid = rf"(?<![A-Za-z0-9'’])[a-z][A-Za-z'’-]*,? (?:[A-Z][A-Za-z&'’-]* ){{0,2}}{first.upper()}{tail}"
    return "name" if re.search(mid, source) else "capitalised"


def test_how_a_word_is_written_reads_as_the_patterns():
    # Names._how_written finds a word's writings by plain search in the lower-cased source; the
    # patterns it stands for read case-blind, where the Kelvin sign, the long s and the dotted and
    # dotless i count as ASCII letters (such a source is read by the patterns themselves)
    import random

    pieces = ["in ", "In ", "Royalty ", "Pharma", "pharma", "PHARMA", " ", ", ", "'", "’", "-", "&", "x", "X",
              "\n", ".", "@", "1", "Pharma's", "k", "K", "a", "sa", "Sa", "\u212a", "\u017f", "\u0130", "\u0131",
              "i", "I", "ki", "Ki", ".com", "www."]
    chooser = random.Random(5)
    for _ in range(20000):
        source = "".join(chooser.choice(pieces) for _ in range(chooser.randrange(1, 14)))
        names = Names(frozenset({"acme"}), source)
        for word in ("pharma", "k", "royalty", "a", "sa", "ki", "i", "x1", "pharma's"):
            assert names._how_written(word) == _written_by_patterns(source, word), (source, word)


def test_own_names_from_a_short_name_defined_with_its_kind():
    # "(Choice Properties or the Trust)": the name before it and the short name are the company's
    text = "choice properties real estate investment trust (choice properties or the trust) today announced results"
    assert {"choice", "properties"} <= own_names(text, [])
    assert "trust" not in own_names(text, [])
    assert own_names("the bank (the bank) reported.", []) == set()


def test_an_about_heading_beside_the_dateline_issuers_keeps_both_parties_the_company():
    # a release with an "About" heading for each party, and no "the Company" definition, presents
    # both as the company (a partnership release read the partner as another party in the fortieth
    # session; in joint releases that made the other party's filings another's, and it was withdrawn)
    text = ("orbital, inc. today announced a partnership with halvorsen.\n\nabout orbital\n\norbital builds "
            "ferries.\n\nabout halvorsen\n\nhalvorsen sails.")
    assert own_names(text, _paragraphs(text)) == {"orbital", "halvorsen"}
