"""Layout generality: does a legend's finding survive being laid out another way?

    python benchmarks/layouts.py                  # every layout, tune-half documents with a legend
    python benchmarks/layouts.py --layout all-caps --layout edgar-60 --show 5
    python benchmarks/layouts.py --keep /tmp/layouts   # keep the generated documents there

Each labelled TUNE-half document whose label says it has a legend is checked as it is; then its
legend (the block fslcheck finds in it) is re-laid out in hostile but realistic ways that real
releases, EDGAR filings and extraction tools produce, the document's text around it is kept, and
the variant is checked again. Per element it prints how often the variant's finding (met or not
met, as `benchmarks/accuracy.py` counts it) is the original document's finding, and for the
risk-factor count how often it is the same; then ("kept") the share of the original's met elements
that the variant still meets, and ("legend") how often its `legend-required` status is the
original's. The test half is never used.

Layouts (`--layout`; default all):

- `identity`: the extracted text written back unchanged (as text): what the other layouts are
  measured against besides the original, since a PDF or HTML read as text may differ already;
- `glued-url`: the legend run into a preceding sentence ending in a web address, no space
  ("… visit www.example.comForward-Looking Statements This press release …");
- `glued-about`: the legend appended to an "About the Company" paragraph, heading included, as one
  paragraph (the paragraph names no company: a made-up name would be another party's);
- `heading-merged`: the legend's paragraphs, heading first, merged into one paragraph;
- `edgar-60`, `edgar-72`: fixed-width EDGAR text, hard line breaks at 60 / 72 columns (hyphenated
  words broken at their hyphen), paragraphs separated by blank lines;
- `tagless-html`: an HTML page without paragraph tags (line breaks are only white space there);
- `one-p-html`: the document as HTML with the legend in one giant `<p>`;
- `bullets`: the longest comma or semicolon list of factors (after "include", "including", "such
  as", "are" or "the following" in a sentence about factors, risks or uncertainties) turned into
  a bulleted list ("•" lines, "; and" before the last);
- `pdf-lines`: PDF-style broken lines at about 90 columns, no blank lines between paragraphs,
  and a long word hyphenated across a line end ("uncer-\\ntainties");
- `hyphenated`: lines of about 64 columns, a blank line between paragraphs, and every long
  word (seven letters or more) that would start a line split across the line end ("materi-\\n
  ally"), as a narrow PDF column comes out of extraction;
- `all-caps`: the legend in capitals;
- `page-footer`: a page footer and a running header ("Acme Corporation | Page 7") inserted in
  the middle of the legend's longest sentence.

Source formats and markup (HTML pages put the document's other paragraphs in `<p>` tags; the
layouts that move the heading skip a legend without one, its first paragraph being a sentence):

- `table-cell`: HTML, the legend in an EDGAR indentation table (an empty spacer cell, then one
  cell), its paragraphs `<br><br>` apart inside a `<font>`, the heading in `<b>`;
- `two-column`: HTML, the heading in a narrow left cell, the paragraphs in the right one;
- `heading-row`: HTML, the heading (bold, underlined) in a table row of its own, a row per
  paragraph after it;
- `div-soup`: HTML, one `<div>` of `<font>`/`<span>` runs, lines broken with `<br>` at 80
  columns, paragraphs with `<br><br>`;
- `run-in-html`: HTML, the heading a bold run-in label opening the first paragraph ("<b>Forward-
  Looking Statements.</b> This release …");
- `run-in-colon`: text, the heading a run-in label closed by a colon ("Safe Harbor Statement: …");
- `heading-br`: HTML, the heading in `<b>` inside the first paragraph's `<p>`, then `<br>`;
- `underline-dash`, `underline-equals`: fixed-width text, the heading underlined with a line of
  "-" (a blank line after it) or of "=" (the paragraph straight after it);
- `unicode-text`, `unicode-html`: curly quotes, en dashes or non-breaking hyphens in compounds,
  no-break spaces after full stops, soft hyphens in long words, zero-width spaces; as text, and
  as HTML character references;
- `md-bold`, `md-atx`, `md-run-in`: Markdown, the heading as a `**bold**` line, a `###` heading or
  a bold run-in label; `md-blockquote`: the legend a block quote; `md-table`: a pipe table with
  an empty spacer column, a row per paragraph (what html2text or pandoc make of an EDGAR
  indentation table);
- `docx`, `docx-cell`: a Word file (python-docx), a paragraph per paragraph and the heading a
  bold run; the legend in a one-cell table;
- `pdf`: the whole release typeset as a PDF (lines of about 95 characters, a blank line between
  paragraphs, 52 lines to a page, a running header and a page number on each page).

Headings as releases print them (skipped for a legend without a heading):

- `heading-dash`: text, the heading run into the first paragraph after an em dash ("Forward-Looking
  Statements — This release …");
- `bold-italic-dash`: HTML, the heading a bold-italic span opening the first paragraph, an en dash
  after it ("<b><i>Safe Harbor Statement</i></b> – This release …");
- `small-caps-html`: HTML, the heading in false small capitals as EDGAR filing agents set them, the
  first letter of each word full size and the rest in capitals a size smaller
  ("F<font size=1>ORWARD</font>-L<font size=1>OOKING</font> …");
- `footnote`: the legend as the last note of a footnote block under a rule ("______", "(1) Adjusted
  EBITDA is …"), its heading a run-in label after the note's number ("(2) Safe Harbor Statement:
  This release …").

Factor lists (the legend's longest list of factors, as `bullets` finds it; skipped without one):

- `html-ul`, `html-ol`: an HTML `<ul>` / `<ol>`; `table-bullets`: EDGAR's table of bullets, a row
  per factor with "•" in a narrow cell;
- `numbered-inline`, `lettered-inline`, `roman-inline`: numbered in the sentence, "(1) x; (2) y;
  and (3) z." / "(a)" / "(i)";
- `numbered-paras`: a paragraph per factor, each opening with "(1)", "(2)" …;
- `list-page-break`: the bulleted list broken between two bullets by a page number, a form feed
  and the release's title repeated as the next page's header.
- `semicolon-inline`: the factors kept in the sentence but parted by semicolons ("include: x; y;
  and z.");
- `o-bullets`: fixed-width EDGAR text of the 1990s and 2000s, a line per factor opening with an
  indented "o" (the Wingdings bullet as text), the factor's wrapped lines indented under it;
- `two-column-list`: HTML, the bulleted factors set in a table of two columns, the first half of
  the list down the left one and the rest down the right one (read row by row, the order mixes).

What follows the legend:

- `signature-after`: an 8-K's signature block straight after the legend;
- `exhibit-footer`: a wire copy's end ("# # #", "Source: …", a contact, "Exhibit 99.1 - Page 6
  of 6") straight after it.

Wordings and layouts that break what the factor-list and heading readings assume (the list as
`bullets` finds it; a heading layout is skipped without a heading):

- `among-others-lines`: "include, among others:" and a factor to a line, only a line break apart,
  no bullets;
- `nested-bullets`: a two-level outline, every other factor a second-level "o" item indented
  under the one before it;
- `capital-bullets`: bullets written as sentences, each factor capitalised and closed by a full
  stop;
- `factors-after`: the sentence points below ("… include the factors listed below.") and the
  factors follow the legend's last paragraph in one that refers back ("These factors include: …");
- `item-1a-pointer`: the factors after a pointer to a filing's Item 1A ("… include those described in
  Item 1A, as well as the following: x; y; and z."; no form is named, so that the pointer adds no
  finding of `sec-filings` to a legend that had none);
- `glued-bullets`, `flat-bullets`: the bullet glued to its factor ("•changes in …"), a line each, or
  all in one run with the line breaks lost;
- `numbered-commas`: numbered in the sentence, parted by commas only ("(1) x, (2) y and (3) z");
- `heading-renamed`: the heading replaced by another name for the legend ("Note on Forward-Looking
  Information", "Cautionary Language", "Disclaimer Regarding Forward-Looking Statements", "Legal
  Notice Concerning Forward-Looking Statements", "Cautionary Note"; one per document in turn; only
  a heading that names forward-looking statements or a caution and not the Act or safe harbor);
- `heading-title-period`: the heading a paragraph of its own in title case closed by a full stop;
- `heading-strong-words`: HTML, the heading only the `<strong>` first words of the paragraph, no
  punctuation after it;
- `heading-box`: HTML, the heading in a shaded one-cell table, the paragraphs after the table.

Lists and headings as filings set them (twenty-seventh session; the list as `bullets` finds it, a
heading layout skipped without a heading):

- `roman-commas`: the factors in prose, "(i) x, (ii) y and (iii) z", commas only;
- `such-as-differ`: the factors moved into the differ-materially sentence after "because of factors
  such as" ("Actual results could differ materially from those projected because of factors such as
  x, y and z."), the list's own sentence dropped; only where that sentence said no more than what
  caused the difference ("Factors that could cause such differences include …");
- `bullet-run`: the factors on one line parted by spaced bullets only ("include: x • y • z.");
- `number-table`: HTML, a table row per factor, its number ("1.") in a narrow cell;
- `symbol-bullets`: a PDF extractor's Symbol-font bullets, a private-use character (U+F0B7) and a
  tab opening each factor's line;
- `lettered-paras`: a paragraph per factor opening "a.", "b." … (a lettered list copied as text);
- `page-continued`: the legend cut between two paragraphs (or two sentences of its one paragraph) by
  "Page 7 of 9", a form feed, the company's name as a running header and the heading repeated with
  "(continued)";
- `heading-caption`, `heading-th`: HTML, the heading a table's `<caption>` or its `<th>` header
  cell, a row per paragraph;
- `heading-spaced`: the heading letter-spaced in capitals ("F O R W A R D - L O O K I N G   S T A T
  E M E N T S");
- `heading-mark`: HTML, the bold heading with a footnote mark after it (`<sup>*</sup>`);
- `heading-double-hyphen`: the heading in capitals run into the first paragraph after " -- ".

Wordings that keep the meaning (twenty-ninth session; the legend's words changed, its layout kept):

- `contractions`: the legend as a speaker says it: "do not" as "don't", "will not" as "won't",
  "cannot" as "can't", "we are" as "we're", "it is" as "it's" and the like;
- `british-spelling`: "harbour", "recognise", "favourable", "labour" and the other -ise spellings
  of Canadian, British and Australian issuers;
- `synonyms`: the words counsel swap without changing what is said: "might" for "could",
  "significantly" for "materially", "excessive" for "undue", "assumes" for "undertakes" (before
  "no" or "any" only: "undertake to update" stays), "under" for "pursuant to", "words like" for
  "words such as", "as defined in" for "within the meaning of", "the Commission" for "the SEC"
  (not in a legend that names another regulator or filing system, SEDAR+ or a provincial
  commission, where "the Commission" would not say which).

More wordings that keep the meaning (thirty-second session):

- `company-for-we`: the issuer by its defined name, as many legends call it: "we" as "the Company"
  (a present-tense verb after it in the third person: "the Company undertakes", "the Company does
  not intend"), "our" as "the Company's", "us" as "the Company", "ourselves" as "itself";
- `sec-spelled-out`: the Commission's name in full: "SEC" as "Securities and Exchange Commission",
  "the Commission" as "the U.S. Securities and Exchange Commission" (a bracketed definition of the
  short name after the full one dropped);
- `no-serial-comma`: no comma before the "and" or "or" that closes a list ("x, y and z"), where
  the item before it is a few words (six at most) after another comma and neither it nor the last
  item holds an "and" or "or" of its own (there the comma is what says where the items end);
- `date-hereof`: "the date hereof" as "the date of this release", and "the date of this (press)
  release" as "the date hereof".

Wordings of the thirtieth session:

- `newswire-dates`: a month before a day abbreviated as newswires write it ("Nov. 4, 2026",
  "Sept. 30"; March to July in full), in the legend and in the text around it (the dateline
  included), for legends that name a date;
- `us-spelling`: the reverse of `british-spelling`: "harbour" as "harbor", "favourable" as
  "favorable", "recognise" as "recognize" (an -is- stem only before a verb's ending: "emphasis"
  stays);
- `ampersand`: "and" as "&" in the pairs releases print so: "Securities & Exchange Commission",
  "risks & uncertainties" (never in a list, where "&" could join two items into one);
- `act-short-names`: the Acts by their short names after a first full mention: "the Private
  Securities Litigation Reform Act of 1995" as "the PSLRA", "the Securities Exchange Act of 1934,
  as amended" as "the Exchange Act", "the Securities Act of 1933" as "the Securities Act";
- `hyphen-dropped`: "forward-looking" as "forward looking", "non-GAAP" as "non GAAP";
- `quotes-single`: a quotation of a few words in single quotes ("expect" as 'expect', “believe,”
  as ‘believe,’), none inside it.

Extraction and filing-agent artefacts (thirty-fifth session):

- `footnote-marks`: footnote numbers run onto the words they mark as text extraction leaves
  superscripts, plain or as superscript digits ("Reform Act of 1995.1 We …", "forward-looking
  statements² ", "risks³,"), up to five marks a legend;
- `span-split-html`: HTML as some filer software writes it, every other long word cut in two by
  `<span>` runs ("<span>forw</span><span>ard-looking</span>") and every space an `&nbsp;`;
- `br-wrapped-html`: HTML, the whole legend in one `<p>`, lines broken with `<br>` at about 70
  columns (compounds broken after their hyphen), the paragraphs only a `<br>` apart as well.

Spacing (thirty-seventh session):

- `double-spaced`: text, lines of about 70 columns with a blank line after every line, as a
  double-spaced typescript filed as text or a PDF copied out of a viewer comes out: the blank
  line between two paragraphs is the same as the one between two lines of a paragraph;
- `absolute-lines`: HTML as a PDF-to-HTML converter writes it, every line of about 90 columns a
  `<p>` of its own at absolute coordinates ("position:absolute;top:125px;left:108px"), no
  margins, a paragraph only a wider step down the page, and a page break (the next page's `<div>`,
  its tops counted from 0 again) after the legend's third line.

Copies, drafts and conversions (thirty-ninth session; first runs under the main branch's code on
the first 25 tune legends, before any reading was changed, "all" and "count" as printed; on the
first 150, also under main's code: email 0.921 (heading 0.460, counts 0.820), line-numbers 0.941
(no-update 0.760), md-double-spaced 0.683 (counts 0.453), justified 1.000, layout-columns 0.899
(heading 0.753, identification 0.707)):

- `email-quoted`, `email-nested`: the release forwarded by e-mail, every line of it quoted with
  "> " (">> " when the forward is replied to), a quoted blank line the bare mark, the legend
  wrapped at 72 columns, a mail header above (first run 0.936 / 0.936, counts 0.800: headings run
  into the text, as the quoted blank line is no blank line, and ">" read inside the sentences);
- `line-numbers`: a draft copied out of a PDF with line numbering on, every line with text opening
  with its number in the margin ("23  IMPORTANT NOTE: Statements in this ...", legend at 80
  columns) (first run 0.936, counts 0.800: the numbers cut names and sentences, "the Private
  Securities 25 Litigation Reform Act");
- `md-double-spaced`: Markdown converted from a PDF line by line, a blank line after every line of
  75 columns, so that each line is a Markdown paragraph (first run 0.588, counts 0.320);
- `justified`: fixed-width text justified on both margins, runs of spaces between words to fill
  78 columns (first run 1.000: runs of spaces were read as one already);
- `layout-columns`: `pdftotext -layout` of a two-column page, the legend down a left column of 42
  columns and an unrelated paragraph ("About the Company ... contacts ...") down a right one from
  column 47 (first run 0.916, counts 0.720: the two columns interleaved line by line).

After the readings of the same session (the same 25 legends; not yet run on all of them): quote
marks and margin line numbers read as blanks, two columns of prose read a column at a time
(`fslcheck/documents/text.py`, `text_columns.py`), double-spaced Markdown joined again
(`markdown.py`, `double_spacing.py` strict): `email-quoted` and `email-nested` 0.996 (counts
1.000), `line-numbers` 0.996 (1.000), `md-double-spaced` 0.992 (1.000), `justified` 1.000,
`layout-columns` 0.988 (0.880; Medicis' 1999 10-K 15 factors -> 1, Wells Fargo's 10-Q 15 -> 4 and
Apple's 2019 8-K 22 -> 15, not looked into).

Exports, wires and plain-text copies (fortieth session; first runs under the main branch's code on
the first 100 tune legends, "all" and "count" as printed; the figures after the readings of the same
session follow each):

- `nested-divs-html`: HTML of a content-management system, the legend three `<div>`s deep, the
  heading a bold `<div>` of its own, the paragraphs `<br><br>` apart and each indented with
  `&nbsp;` (first run 1.000, counts 1.000);
- `long-lines-footer`: a web page saved as text, every paragraph one long line and paragraphs only a
  line break apart, then the text after the legend hard-wrapped at 80 columns as a footer (first run
  0.995, counts 0.950: the one-line paragraphs read as one paragraph, and Medicis' 1999 10-K lost
  its titles, a long title wrapped over two lines being no title);
- `dash-bullets`, `star-bullets`: the factor list a line per factor opening with "-" (wrapped lines
  indented by two spaces) or "*" (by four) (first run 0.996 / 0.996, counts 0.739 / 0.739, on the 23
  legends with a list: most count changes are the list as `bullets` splits it, "changes to laws;
  and regulations", which `bullets` shows as well; Salesforce's 2023 release 45 -> 9);
- `word-export`: an RTF or Word export, soft hyphens at every fourth letter of long words
  ("stat\u00admen\u00adts") and no-break spaces in the names kept together ("Form\u00a010-K")
  (first run 0.997, counts 1.000: a run-in heading with a soft hyphen, "Caut\u00adiona\u00adry
  Statement", was not read as one);
- `md-bold-quote`: Markdown, the heading a `**bold**` line, the legend a block quote opening with a
  bare ">" line (first run 1.000, counts 1.000);
- `newswire-source`: a wire copy's end, the legend's last line followed at once by "SOURCE Acme
  Corporation" and a "###" separator (only where at most 400 words follow the legend, as in a wire
  copy) (first run, before that limit, 0.999, counts 0.980: Medicis' 10-K lost its titles).

Readings of the same session: a legend block does not end on the heading of what follows it (a
short line with no closing mark after its last sentence: Medicis' first risk-factor title, "We Rely
on Others to Manufacture Our Products", was taken in for its "Rely", and every layout that re-laid
the legend ran it into the last sentence: `br-wrapped-html`, `double-spaced`, `layout-columns`,
`long-lines-footer`, `newswire-source`); in double-spaced text a title-case line with no closing
mark after a sentence's end opens a paragraph; a factor's title hard-wrapped over two lines is a
title; a run-in heading is read past soft hyphens and zero-width characters; and in two columns
side by side a blank line inside the left column's sentence (or list) no longer ends the columns
(Wells Fargo's 2024 10-Q, 15 -> 4, and Apple's 2019 8-K, 22 -> 15, under `layout-columns`).
After them, on the same 100 tune legends ("all" / "count"): `nested-divs-html` 1.000 / 1.000,
`long-lines-footer` 0.996 / 0.960, `dash-bullets` and `star-bullets` 0.996 / 0.739 (unchanged:
Salesforce's 45 factors as a dash list of single-spaced lines still count 9, with a blank line
between the items 40, not looked into), `word-export` 1.000 / 1.000, `md-bold-quote` 1.000 / 1.000,
`newswire-source` 1.000 / 1.000 (48 legends), `br-wrapped-html` 0.999 / 0.990, `double-spaced` 0.996
/ 0.950 (24 Holdings' 10-K, heading and identification, as under main's code), `layout-columns`
0.998 / 0.980 (Medicis' titles now come after the right column's paragraph, which parts them from
the sentence that announces them: 15 -> 1; AES's 10-K 33 -> 22). Still failing in
`long-lines-footer`: paragraphs of one long line each, only a line break apart, are read as one
paragraph (Apple's 2000 10-Q 0 -> 14 factors, Alphaton's heading, AMC's 10-Q 37 -> 31).

Filings and copies (forty-first session; first runs under the main branch's code on the first 100
tune legends, "all", "count", "kept" and "legend" as printed; the figures after the readings of
the same session are in the paragraph below):

- `factor-paras-stop`: a 10-Q's factors as its HTML comes out as text: the lead-in a sentence
  closed by a full stop ("... include, but are not limited to, the following."), then a paragraph
  per factor, no bullet, each capitalised and closed by a full stop (first run on the 23 legends
  with a list 0.970, counts 0.391, kept 0.964: Allison's 16 factors 1, ASE's 13 1, Salesforce's
  45 0, eBay's 14 0);
- `edgar-page-tag`: an EDGAR .txt filing, the legend wrapped at 80 columns and a page's end inside
  one of its sentences: the page number centred on a line of its own, then `<PAGE>` (first run
  0.984, counts 0.750, kept 0.977: the loader dropped the marker but not the number, which ran
  into the next page's first line);
- `pdf-hyphen-header`: text out of a typeset PDF, lines of 70 columns each ending in a hyphenated
  word's first half where the next line opens with a word of five letters or more, and a page end
  inside a sentence: the page number, then a running header, "ACME CORPORATION AND SUBSIDIARIES"
  (first run 0.979, counts 0.700, kept 0.971: the header, a name with no page number, was not
  read as furniture, and a word hyphenated over the page break stayed two);
- `table-dagger`: HTML, the legend the footnote of a financial table, marked with a dagger after an
  asterisked note, its heading run in after the mark (first run 1.000, counts 1.000);
- `sup-nbsp-html`: HTML from a word processor, paragraphs indented with `&nbsp;` runs, "&nbsp; "
  after full stops, the heading's words joined by `&nbsp;`, `<sup>` footnote marks after the first
  three sentences (first run 0.999, counts 0.990);
- `md-h4-quote`: Markdown, the heading a `####` heading and the legend a block quote under it
  (first run 1.000 on the 43 legends with a heading);
- `caps-colon`: text, the heading in capitals closed by a colon on the first paragraph's line
  ("FORWARD-LOOKING STATEMENTS: This release ...") (first run 1.000);
- `crlf`, `cr-only`: the whole document with Windows (CR LF) or classic Mac (lone CR) line endings,
  written as bytes (first run 1.000 / 1.000).

The table prints, besides "all" and "count", "kept" (the share of the originals' met elements the
variants still meet) and "legend" (the share of variants whose `legend-required` status is the
original's). Readings of the same session: a page number on a line of its own before EDGAR's
`<PAGE>` goes with the marker (`documents/text.py`; the extracted text of five corpus documents
changes, only by their page-number lines); a running header that is the registrant's name alone
("Acme Corporation and Subsidiaries", a suffix of incorporation) is page furniture; a word
hyphenated at a page's end is read whole over the footer and header as over a line end
(`line_hyphens.split_over_break`); after a lead-in closed by "the following.", a factor that is a
paragraph of one sentence may run to 60 words, a line without a full stop after such factors
(the next section's heading) ends the list, each paragraph is one factor (its commas inside it),
and the list is read so even where its first factor is a sentence that opens "Risks associated
with".
After them, on the same 100 tune legends ("all" / "count" / "kept"): `factor-paras-stop` 0.996 /
0.565 / 1.000 (Allison 16, ASE 13 and eBay 14 as the originals; Salesforce 45 -> 42, not looked
into; most other count changes are the list as `factor_list` splits it, which `capital-bullets`
shows as well: AbbVie 4 -> 6, Amarc 10 -> 8, Argeo 6 -> 7, Aritzia 6 -> 5, Anthos 4 -> 6 where "(i)
... prohibit, delay or refuse" is cut at its commas, Intel 10 -> 16 where a list inside one bullet
is set out; Splash 7 -> 6, "External forces such as geopolitical conflicts and the possibility of a
recession." read as one factor, a paragraph of its own; Datavault 12 -> 11, a factor joined to a
pointer to the filings in one paragraph, "Risks related to technology ..., and other risks as more
fully described in our filings", not split; Albany's transcript 1 -> 3), `edgar-page-tag`
1.000 / 1.000 / 1.000, `pdf-hyphen-header` 0.998 / 1.000 / 0.997 (24 Holdings' legend in capitals,
"IMPOS-" / "SIBLE" over the page break, is not read over: the sentence must go on in lower case;
Argeo's as-of-date, lost under `hyphenated` too), `sup-nbsp-html` 0.999 / 0.990 (Albany's
transcript 1 -> 3, as under `capital-bullets` and `list-page-break`), the others 1.000.
`capital-bullets` went from 0.991 / 0.652 to 0.996 / 0.696 with the same readings (Allison 1 -> 16);
`page-footer`, `page-continued`, `list-page-break`, `edgar-72`, `hyphenated` and `pdf-lines` are
unchanged.

Generated documents go to a temporary folder that is removed afterwards (`--keep DIR` keeps
them); nothing is written in the repository.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import re
import shutil
import sys
import tempfile
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import fslcheck
from fslcheck.checks.base import CheckContext

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.pdf_files import make_pdf  # noqa: E402 - the test suite's PDF writer, one place

HERE = Path(__file__).resolve().parent


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"fslcheck_benchmark_{name}", HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


accuracy = _load("accuracy")
ELEMENTS = accuracy.ELEMENTS

# The "About" paragraph names no company: in a real release it is the issuer's own, and a made-up
# name ("About Acme Corporation") made the legend's own company ("AIG is not under any obligation
# to update ...") read as another party's, so the layout measured the name, not the gluing.
_ABOUT = ("About the Company\n\nThe Company designs and sells industrial products in more than "
          "forty countries. For more information, visit www.acmecorp.com")
_FOOTER = "\n\n7\n\nAcme Corporation | Third Quarter Results | Page 8\n\n"
_FACTOR_WORDS = re.compile(r"factor|risk|uncertaint|reasons|differ|cause|affect", re.IGNORECASE)
_QUOTES = re.compile("[\"“”‘’]")
_LEAD = re.compile(r"\b(?:include|includes|including|such as|the following|are|among others)\b"
                   r"(?:,? (?:but (?:are )?not limited to|without limitation|among others|among other things))?"
                   r"(?:,? the following)?[:,]?\s", re.IGNORECASE)
# A sentence end: not the full stop of an initial ("U.S.", "L.P.", "John A. Smith") or of "Inc.",
# "Co.", "No.", and a capital (or the end) after it. An abbreviation in capitals ends a sentence
# ("... filed with the SEC. We undertake ...", "... on Form 10-K. These ..."): read as an initial,
# it ran the list on into the sentences after it, and bulleted them.
_SENTENCE_END = re.compile(r"(?<![^A-Za-z0-9-][A-Z])(?<!\bInc)(?<!\bCo)(?<!\bNo)(?<!\bCorp)(?<!\bLtd)"
                           r"\.(?=\s+[A-Z(“\"▪•]|\s*$)")
# "are" opens a list ("Such factors are weather, ..."), not a passive or a predicate ("the factors
# that could affect results are summarized in our filings", "are not limited to", "are beyond our
# control").
_PASSIVE_ARE = re.compile(r"\bare[:,]?\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|not|beyond|set|found|made|known|subject|"
                          r"available|difficult|outside)\b", re.IGNORECASE)
# A comma that parts no items: before a year ("June 30, 2021"), a company suffix ("Acme, Inc.") or
# a state after its city.
_NO_ITEM_COMMA = re.compile(r"\s*(?:(?:19|20)[0-9]{2}\b|(?:Inc|LLC|L\.P|Ltd|Corp|N\.A|S\.A|plc|Jr)\b)")
# A piece that opens so continues the item before it instead of naming a factor of its own
# ("the risks described in our Form 10-Q, which we filed on August 11", "competition, including
# from larger rivals", "Jim Smith, Chairman and Chief Executive Officer"): a writer who sets the
# list out in bullets keeps it in its item's bullet.
_CONTINUATION = re.compile(r"(?:(?:all|both|some|many|each|any|none|one|most) of (?:which|whom)|which|who|whom|whose|where|when|while|including|included|dated|whether|if|although|"
                          r"though|but|so|because|specifically|particularly|especially|in particular|"
                          r"e\.g\.|i\.e\.|for example|for instance|among others|respectively|and others|of course|in general|"
                          r"could|may|might|will|would|can|should|must|"
                          r"etc|[0-9]+\b|[A-Z][a-z]+ (?:[A-Z][a-z]+ )?(?:Officer|President|Chairman|Director))\b")


def _paragraphs(legend: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", legend) if p.strip()]


def _wrap(paragraph: str, width: int) -> list[str]:
    return textwrap.wrap(paragraph, width, break_on_hyphens=True, break_long_words=False) or [""]


def glued_url(before: str, legend: str, after: str) -> tuple[str, str]:
    paragraphs = _paragraphs(legend)
    return before.rstrip() + "\n\nFor more information, visit www.acmecorp.com" + "\n\n".join(paragraphs) + \
        "\n\n" + after.lstrip(), "txt"


def glued_about(before: str, legend: str, after: str) -> tuple[str, str]:
    return before.rstrip() + "\n\n" + _ABOUT + ". " + " ".join(_paragraphs(legend)) + "\n\n" + after.lstrip(), "txt"


def heading_merged(before: str, legend: str, after: str) -> tuple[str, str]:
    return before.rstrip() + "\n\n" + " ".join(_paragraphs(legend)) + "\n\n" + after.lstrip(), "txt"


def edgar(width: int) -> Callable[[str, str, str], tuple[str, str]]:
    def layout(before: str, legend: str, after: str) -> tuple[str, str]:
        body = "\n\n".join("\n".join(_wrap(p, width)) for p in _paragraphs(legend))
        return before.rstrip() + "\n\n" + body + "\n\n" + after.lstrip(), "txt"
    return layout


def _html_page(parts: list[str]) -> str:
    return "<html><head><title>Release</title></head><body>\n" + "\n".join(parts) + "\n</body></html>\n"


def tagless_html(before: str, legend: str, after: str) -> tuple[str, str]:
    # Paragraph breaks only as line breaks, which HTML reads as spaces: the heading runs into
    # the legend, and the legend into what stands around it.
    text = "\n\n".join(p for p in (before.strip(), legend.strip(), after.strip()) if p)
    return _html_page([html.escape(text)]), "html"


def one_p_html(before: str, legend: str, after: str) -> tuple[str, str]:
    rest = [f"<p>{html.escape(' '.join(p.split()))}</p>" for p in re.split(r"\n\s*\n", before) if p.strip()]
    rest.append("<p>" + html.escape(" ".join(_paragraphs(legend))) + "</p>")
    rest += [f"<p>{html.escape(' '.join(p.split()))}</p>" for p in re.split(r"\n\s*\n", after) if p.strip()]
    return _html_page(rest), "html"


def factor_list(legend: str) -> tuple[list[str], int, str, list[str], str] | None:
    """The legend's longest enumeration of factors: (its paragraphs, the index of the paragraph
    holding the list, the paragraph up to the list's lead-in, the items, what follows the list in
    that paragraph), or None when it has none. Only a list in a sentence about factors, risks or
    uncertainties counts, not a list of quoted cue words."""
    paragraphs = _paragraphs(legend)
    best: tuple[int, int, int, list[str], str] | None = None  # items, paragraph, cut, items, separator
    for index, paragraph in enumerate(paragraphs):
        covered = -1  # a lead inside a list already taken ("external forces such as …") is nested
        for lead in _LEAD.finditer(paragraph):
            if lead.start() < covered:
                continue
            sentence_end = _SENTENCE_END.search(paragraph[lead.end():])
            if sentence_end is None:
                continue  # the list runs on into the next paragraph (a broken line): left as it is
            stop = lead.end() + sentence_end.start() if sentence_end else len(paragraph)
            run = paragraph[lead.end():stop]
            sentence_start = max(paragraph.rfind(". ", 0, lead.start()) + 2, 0)
            if not _FACTOR_WORDS.search(paragraph, sentence_start, lead.end()) or _QUOTES.search(run):
                continue  # only a list of factors is bulleted, not a list of quoted cue words
            if lead.group().lower().startswith("are") and _PASSIVE_ARE.match(paragraph, lead.start()):
                continue
            items = _split_items(run)
            if len(items) >= 3 and _names_factors(items):
                covered = stop
                if best is None or len(items) > best[0]:
                    best = (len(items), index, lead.end(), items, paragraph[stop:])
    if best is None:
        return None
    _, index, cut, items, rest = best
    items = [re.sub(r"^(?:and|or) ", "", i) for i in items]
    return paragraphs, index, paragraphs[index][:cut].rstrip(" ,:"), items, rest


# An item that names a document, not a factor ("our Annual Report on Form 10-K", "other filings with
# the SEC"): a sentence that points to where the factors are described lists documents, and a list
# mostly of them is no list of factors.
_DOCUMENT_ITEM = re.compile(r"\b(?:[Ff]orms?|10-K|10-Q|8-K|20-F|SEC|Securities and Exchange Commission|Exchange "
                            r"Commission|filings?|reports?|press release|earnings release|website)\b")


# A run that opens with a verb is the rest of a clause ("... are could cause future results to
# differ, ..."), not a list after its lead-in.
_VERB_OPENING = re.compile(r"(?:could|may|might|will|would|can|should|must|is|are|be)\b")


def _names_factors(items: list[str]) -> bool:
    return (2 * sum(1 for i in items if _DOCUMENT_ITEM.search(i)) < len(items)
            and not _VERB_OPENING.match(items[0]))


def _split_items(run: str) -> list[str]:
    """A list's items: parted at semicolons when it has two or more, else at commas outside
    parentheses that part items (`_NO_ITEM_COMMA`), the last "and" parting the last two ("x, y
    and z")."""
    if run.count(";") >= 2:
        return [i.strip() for i in run.split(";") if i.strip()]
    items, depth, start = [], 0, 0
    for position, character in enumerate(run):
        depth += (character == "(") - (character == ")")
        if character == "," and depth <= 0 and not _NO_ITEM_COMMA.match(run, position + 1):
            items.append(run[start:position])
            start = position + 1
    items = [i.strip() for i in items + [run[start:]] if i.strip()]
    if items and " and " in items[-1]:
        items[-1:] = [i.strip() for i in items[-1].split(" and ", 1)]  # "x, y and z"
    joined: list[str] = []
    for item in items:
        if joined and _CONTINUATION.match(item):
            joined[-1] += ", " + item
        else:
            joined.append(re.sub(r"^as well as ", "", item))
    return joined


def bulleted(legend: str) -> str | None:
    """The legend with its longest enumeration as a bulleted list, or None when it has none."""
    found = factor_list(legend)
    if found is None:
        return None
    paragraphs, index, head, items, rest = found
    lines = [f"• {item};" for item in items[:-1]]
    lines[-1] = lines[-1][:-1] + "; and"
    lines.append(f"• {items[-1]}{rest[:1] or '.'}")
    tail = rest[1:].strip()
    paragraphs[index : index + 1] = [head + ":", *lines] + ([tail] if tail else [])
    return "\n\n".join(paragraphs)


def bullets(before: str, legend: str, after: str) -> tuple[str, str] | None:
    listed = bulleted(legend)
    if listed is None:
        return None
    return before.rstrip() + "\n\n" + listed + "\n\n" + after.lstrip(), "txt"


def pdf_lines(before: str, legend: str, after: str) -> tuple[str, str]:
    lines: list[str] = []
    for paragraph in _paragraphs(legend):
        wrapped = _wrap(paragraph, 90)
        # A typesetter hyphenates a long word at a line end: "uncer-" / "tainties ...".
        for i in range(len(wrapped) - 1):
            following = wrapped[i + 1].split(" ", 1)
            if following[0].isalpha() and len(following[0]) >= 10 and " " in wrapped[i]:
                half = len(following[0]) // 2
                wrapped[i] = wrapped[i] + " " + following[0][:half] + "-"
                wrapped[i + 1] = following[0][half:] + (" " + following[1] if len(following) > 1 else "")
                break
        lines.extend(wrapped)
    return before.rstrip() + "\n\n" + "\n".join(lines) + "\n\n" + after.lstrip(), "txt"


def _hyphenate_line_starts(wrapped: list[str], shortest: int, alone: bool = True) -> list[str]:
    """The lines with every word of `shortest` letters or more that opens a line split over the
    line end before it ("materi-" / "ally"), as justified type comes out of a PDF; not a word
    that is its line's only word unless `alone`."""
    for i in range(len(wrapped) - 1):
        following = wrapped[i + 1].split(" ", 1)
        if following[0].isalpha() and len(following[0]) >= shortest and (alone or len(following) > 1):
            half = (len(following[0]) + 1) // 2
            wrapped[i] += " " + following[0][:half] + "-"
            wrapped[i + 1] = following[0][half:] + (" " + following[1] if len(following) > 1 else "")
    return wrapped


def hyphenated(before: str, legend: str, after: str) -> tuple[str, str]:
    """Narrow justified lines as a PDF's text comes out of a two-column page: every long word that
    starts a line is split across the line end ("materi-" / "ally"), not one word a paragraph."""
    lines: list[str] = []
    for paragraph in _paragraphs(legend):
        lines.extend(_hyphenate_line_starts(_wrap(paragraph, 64), 7) + [""])
    return before.rstrip() + "\n\n" + "\n".join(lines) + "\n" + after.lstrip(), "txt"


def all_caps(before: str, legend: str, after: str) -> tuple[str, str]:
    return before.rstrip() + "\n\n" + legend.upper() + "\n\n" + after.lstrip(), "txt"


def page_footer(before: str, legend: str, after: str) -> tuple[str, str]:
    paragraphs = _paragraphs(legend)
    index = max(range(len(paragraphs)), key=lambda i: len(paragraphs[i]))
    words = paragraphs[index].split(" ")
    middle = len(words) // 2
    paragraphs[index] = " ".join(words[:middle]) + _FOOTER + " ".join(words[middle:])
    return before.rstrip() + "\n\n" + "\n\n".join(paragraphs) + "\n\n" + after.lstrip(), "txt"



# -- the heading, and the source formats a release is kept in --------------------------------

_HEADING_WORDS = 16
_HEADING_NAMES = re.compile(r"forward|safe harbou?r|caution|statement|disclaimer|notice|reform act", re.IGNORECASE)


def heading_and_body(legend: str) -> tuple[str | None, list[str]]:
    """The legend's heading (its first paragraph when that is short, no sentence, and names the
    legend, not a web address or a page number the block began with; or None) and its other
    paragraphs. A layout that moves the heading is skipped for a legend without one: adding a
    heading would change what is measured."""
    paragraphs = _paragraphs(legend)
    first = paragraphs[0] if paragraphs else ""
    if (len(paragraphs) > 1 and len(first.split()) <= _HEADING_WORDS and _HEADING_NAMES.search(first)
            and (first[-1:] not in ".!?;," or len(first.split()) <= 6)):
        return first, paragraphs[1:]
    return None, paragraphs


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _html_blocks(text: str) -> list[str]:
    return [f"<p>{_esc(' '.join(p.split()))}</p>" for p in re.split(r"\n\s*\n", text) if p.strip()]


def _html_around(before: str, middle: list[str], after: str) -> str:
    """A page of `<p>` paragraphs for the document's text, `middle` (markup) in place of the legend."""
    return _html_page(_html_blocks(before) + middle + _html_blocks(after))


def _label(heading: str, mark: str) -> str:
    """A heading as a run-in label: closed by `mark` unless it already ends with punctuation."""
    return heading if heading[-1:] in ".:" else heading + mark


def table_cell(before: str, legend: str, after: str) -> tuple[str, str]:
    # EDGAR exhibits indent a block with a table: an empty spacer cell, then one cell holding the
    # legend, its paragraphs only <br><br> apart inside a <font>.
    heading, body = heading_and_body(legend)
    parts = ([f"<b>{_esc(heading)}</b>"] if heading else []) + [_esc(p) for p in body]
    cell = ('<table width="100%" cellpadding="0" cellspacing="0"><tr><td width="4%">&nbsp;</td>'
            '<td valign="top"><font size="2" face="Times New Roman">' + "<br><br>".join(parts)
            + "</font></td></tr></table>")
    return _html_around(before, [cell], after), "html"


def two_column(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # The heading in a narrow left cell, the legend's paragraphs in the right one (a side-heading
    # layout of some filing agents' templates).
    heading, body = heading_and_body(legend)
    if heading is None:
        return None
    right = "".join(f'<p style="margin-top:0">{_esc(p)}</p>' for p in body)
    row = (f'<table><tr><td valign="top" width="25%"><b>{_esc(heading)}</b></td>'
           f'<td valign="top">{right}</td></tr></table>')
    return _html_around(before, [row], after), "html"


def heading_row(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # The heading in a table row of its own, the legend in the next row.
    heading, body = heading_and_body(legend)
    if heading is None:
        return None
    rows = (f'<table><tr><td><font size="2"><b><u>{_esc(heading)}</u></b></font></td></tr>'
            + "".join(f"<tr><td><font size=\"2\">{_esc(p)}</font></td></tr>" for p in body) + "</table>")
    return _html_around(before, [rows], after), "html"


def div_soup(before: str, legend: str, after: str) -> tuple[str, str]:
    # Word-processor HTML: one <div> of <font>/<span> runs, lines broken with <br> where the
    # author's window wrapped them, paragraphs with <br><br>; the heading bold in a <span>.
    heading, body = heading_and_body(legend)
    lines = []
    if heading:
        lines.append(f'<span style="font-weight:bold">{_esc(heading)}</span><br><br>')
    for paragraph in body:
        wrapped = _wrap(paragraph, 80)
        lines.append("<br>\n".join(f'<font face="Arial"><span>{_esc(line)}</span></font>' for line in wrapped)
                     + "<br><br>")
    return _html_around(before, ['<div style="font-size:10pt">' + "\n".join(lines) + "</div>"], after), "html"


def _heading_in_first_paragraph(before: str, legend: str, after: str,
                                first: Callable[[str, str], str]) -> tuple[str, str] | None:
    """The legend as HTML paragraphs, its heading inside the first one as `first(heading, body)`
    writes it (None for a legend without a heading)."""
    heading, body = heading_and_body(legend)
    if heading is None:
        return None
    paragraphs = [first(heading, body[0])] + [f"<p>{_esc(p)}</p>" for p in body[1:]]
    return _html_around(before, paragraphs, after), "html"


def run_in_html(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # The heading as a bold run-in label opening the first paragraph: "<b>Forward-Looking
    # Statements.</b> This release …".
    return _heading_in_first_paragraph(
        before, legend, after, lambda heading, body: f"<p><b>{_esc(_label(heading, '.'))}</b> {_esc(body)}</p>")


def run_in_colon(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # ... and as text, closed by a colon: "Safe Harbor Statement: This release …".
    heading, body = heading_and_body(legend)
    if heading is None:
        return None
    paragraphs = [_label(heading, ":") + " " + body[0], *body[1:]]
    return before.rstrip() + "\n\n" + "\n\n".join(paragraphs) + "\n\n" + after.lstrip(), "txt"


def heading_br(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # The heading in bold inside the first paragraph's <p>, a <br> after it.
    return _heading_in_first_paragraph(
        before, legend, after, lambda heading, body: f"<p><b>{_esc(heading)}</b><br>{_esc(body)}</p>")


def underlined(rule: str, blank: bool) -> Callable[[str, str, str], tuple[str, str] | None]:
    def layout(before: str, legend: str, after: str) -> tuple[str, str] | None:
        # Fixed-width text underlines a heading with a line of dashes or equals signs.
        heading, body = heading_and_body(legend)
        if heading is None:
            return None
        text = heading + "\n" + rule * len(heading) + ("\n\n" if blank else "\n") + "\n\n".join(body)
        return before.rstrip() + "\n\n" + text + "\n\n" + after.lstrip(), "txt"
    return layout


def _typographic(paragraph: str, index: int) -> str:
    """A paragraph as a word processor or a web editor leaves it: curly quotes, an en dash or a
    non-breaking hyphen for the hyphen of compounds, no-break spaces after full stops, a soft
    hyphen inside long words and a zero-width space here and there."""
    text = re.sub(r'"(\w)', "\u201c\\1", paragraph)
    text = text.replace('"', "\u201d").replace("'", "\u2019")
    text = re.sub(r"(?<=\w)-(?=\w)", "\u2011" if index % 2 else "\u2013", text)
    text = text.replace(". ", ".\u00a0 ")
    words = text.split(" ")
    for i, word in enumerate(words):
        if len(word) >= 12 and word.isalpha() and i % 3 == 0:
            words[i] = word[:5] + "\u00ad" + word[5:]
        elif i % 11 == 5:
            words[i] = word + "\u200b"
    return " ".join(words)


def unicode_text(before: str, legend: str, after: str) -> tuple[str, str]:
    paragraphs = [_typographic(p, i) for i, p in enumerate(_paragraphs(legend))]
    return before.rstrip() + "\n\n" + "\n\n".join(paragraphs) + "\n\n" + after.lstrip(), "txt"


def unicode_html(before: str, legend: str, after: str) -> tuple[str, str]:
    # ... and written as character references, as HTML exports do ("&#8217;", "&nbsp;", "&shy;").
    def references(paragraph: str) -> str:
        return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in _esc(paragraph)).replace("&#160;", "&nbsp;")
    middle = [f"<p>{references(_typographic(p, i))}</p>" for i, p in enumerate(_paragraphs(legend))]
    return _html_around(before, middle, after), "html"


def _listed(legend: str, render: Callable[[str, list[str], str], list[str]]) -> list[str] | None:
    """The legend's paragraphs with its factor list rendered by `render(head, items, end mark)`
    in place of the paragraph that held it, or None when it has none."""
    found = factor_list(legend)
    if found is None:
        return None
    paragraphs, index, head, items, rest = found
    tail = rest[1:].strip()
    paragraphs[index : index + 1] = render(head, items, rest[:1] or ".") + ([tail] if tail else [])
    return paragraphs


def _items_with_and(items: list[str], mark: str) -> list[str]:
    out = [f"{item};" for item in items[:-1]]
    out[-1] += " and"
    return out + [items[-1] + mark]


def _html_factor_list(before: str, legend: str, after: str,
                      render_items: Callable[[list[str]], str]) -> tuple[str, str] | None:
    """The legend as HTML paragraphs, its longest factor list written by `render_items` after
    its lead-in, a paragraph ending in a colon (None for a legend without such a list)."""
    def render(head: str, items: list[str], mark: str) -> list[str]:
        return [f"\x00<p>{_esc(head)}:</p>" + render_items(_items_with_and(items, mark))]
    listed = _listed(legend, render)
    if listed is None:
        return None
    middle = [p[1:] if p.startswith("\x00") else f"<p>{_esc(p)}</p>" for p in listed]
    return _html_around(before, middle, after), "html"


def html_list(tag: str) -> Callable[[str, str, str], tuple[str, str] | None]:
    def layout(before: str, legend: str, after: str) -> tuple[str, str] | None:
        # The factors as an HTML list (<ul> or <ol>), the lead-in a paragraph ending in a colon.
        return _html_factor_list(before, legend, after, lambda items: f"<{tag}>"
                                 + "".join(f"<li>{_esc(i)}</li>" for i in items) + f"</{tag}>")
    return layout


def table_bullets(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # EDGAR's bulleted list: a table row per factor, the bullet in a narrow cell of its own.
    return _html_factor_list(before, legend, after, lambda items: "<table>" + "".join(
        f'<tr><td width="3%" valign="top">&#8226;</td><td valign="top">{_esc(i)}</td></tr>' for i in items)
        + "</table>")


def _numbers(style: str, count: int) -> list[str]:
    if style == "roman":
        romans = "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx".split()
        return [f"({romans[i]})" if i < len(romans) else f"({i + 1})" for i in range(count)]
    if style == "letters":
        return [f"({chr(ord('a') + i)})" if i < 26 else f"({i + 1})" for i in range(count)]
    return [f"({i + 1})" for i in range(count)]


def numbered_inline(style: str) -> Callable[[str, str, str], tuple[str, str] | None]:
    def layout(before: str, legend: str, after: str) -> tuple[str, str] | None:
        # The factors numbered inside the sentence: "include: (1) x; (2) y; and (3) z."
        def render(head: str, items: list[str], mark: str) -> list[str]:
            marked = [f"{n} {i}" for n, i in zip(_numbers(style, len(items)), items)]
            return [head + ": " + " ".join(_items_with_and(marked, mark))]
        listed = _listed(legend, render)
        if listed is None:
            return None
        return before.rstrip() + "\n\n" + "\n\n".join(listed) + "\n\n" + after.lstrip(), "txt"
    return layout


def numbered_paragraphs(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # The factors as paragraphs of their own, each opening with "(1)", "(2)", …
    def render(head: str, items: list[str], mark: str) -> list[str]:
        marked = [f"{n} {i}" for n, i in zip(_numbers("digits", len(items)), items)]
        return [head + ":", *_items_with_and(marked, mark)]
    listed = _listed(legend, render)
    if listed is None:
        return None
    return before.rstrip() + "\n\n" + "\n\n".join(listed) + "\n\n" + after.lstrip(), "txt"


_PAGE_BREAK = "\n\n12\n\n\f\nAcme Corporation Reports Third Quarter 2026 Results\n\n"


def list_page_break(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # A bulleted list of factors broken by a page end: the page number, a form feed and the
    # release's title repeated as the next page's running header, between two bullets.
    listed = bulleted(legend)
    if listed is None:
        return None
    bullets_at = [m.start() for m in re.finditer(r"\n\n• ", listed)]
    cut = bullets_at[len(bullets_at) // 2]
    return before.rstrip() + "\n\n" + listed[:cut] + _PAGE_BREAK + listed[cut + 2 :] + "\n\n" + after.lstrip(), "txt"


_SIGNATURE = ("SIGNATURE\n\nPursuant to the requirements of the Securities Exchange Act of 1934, the registrant has "
              "duly caused this report to be signed on its behalf by the undersigned hereunto duly authorized.\n\n"
              "ACME CORPORATION\n\nDate: November 5, 2026\n\nBy: /s/ Jane Roe\n\nName: Jane Roe\n\n"
              "Title: Chief Financial Officer")
_EXHIBIT_FOOTER = ("# # #\n\nSource: Acme Corporation\n\nInvestor Contact: Jane Roe, (555) 010-2345, "
                   "ir@acmecorp.com\n\nExhibit 99.1 - Page 6 of 6")


def followed_by(block: str) -> Callable[[str, str, str], tuple[str, str]]:
    def layout(before: str, legend: str, after: str) -> tuple[str, str]:
        # The legend, then at once a block that closes a filing or a wire copy.
        return before.rstrip() + "\n\n" + "\n\n".join(_paragraphs(legend)) + "\n\n" + block + "\n\n" + \
            after.lstrip(), "txt"
    return layout


def _markdown(before: str, middle: list[str], after: str) -> str:
    return before.rstrip() + "\n\n" + "\n\n".join(middle) + "\n\n" + after.lstrip()


def md_heading(style: str) -> Callable[[str, str, str], tuple[str, str] | None]:
    def layout(before: str, legend: str, after: str) -> tuple[str, str] | None:
        # Markdown: the heading as a `**bold**` line, an ATX heading (`###`), or a bold run-in label.
        heading, body = heading_and_body(legend)
        if heading is None:
            return None
        if style == "bold":
            middle = [f"**{heading}**", *body]
        elif style == "atx":
            middle = [f"### {heading}", *body]
        else:
            middle = [f"**{_label(heading, '.')}** {body[0]}", *body[1:]]
        return _markdown(before, middle, after), "md"
    return layout


def md_blockquote(before: str, legend: str, after: str) -> tuple[str, str]:
    # Markdown: the legend set off as a block quote, heading included.
    quoted = "\n>\n".join("> " + p for p in _paragraphs(legend))
    return _markdown(before, [quoted], after), "md"


def md_table(before: str, legend: str, after: str) -> tuple[str, str]:
    # Markdown made from an EDGAR indentation table (html2text, pandoc): a pipe table with an
    # empty spacer column, one row per paragraph of the legend.
    rows = ["|   |   |", "|---|---|"] + [f"|   | {p.replace('|', '/')} |" for p in _paragraphs(legend)]
    return _markdown(before, ["\n".join(rows)], after), "md"


def _docx_bytes(before: str, legend: str, after: str, in_table: bool) -> bytes:
    import io

    import docx  # python-docx, a test dependency

    made = docx.Document()
    for paragraph in _paragraphs(before):
        made.add_paragraph(paragraph)
    heading, body = heading_and_body(legend)
    if in_table:
        cell = made.add_table(rows=1, cols=1).cell(0, 0)
        first = cell.paragraphs[0]
        if heading:
            first.add_run(heading).bold = True
        for paragraph in body:
            target = cell.add_paragraph() if heading or paragraph is not body[0] else first
            target.add_run(paragraph)
    else:
        if heading:
            made.add_paragraph().add_run(heading).bold = True
        for paragraph in body:
            made.add_paragraph(paragraph)
    for paragraph in _paragraphs(after):
        made.add_paragraph(paragraph)
    out = io.BytesIO()
    made.save(out)
    return out.getvalue()


def docx_plain(before: str, legend: str, after: str) -> tuple[bytes, str]:
    # A Word draft: a paragraph per paragraph, the heading a bold run.
    return _docx_bytes(before, legend, after, in_table=False), "docx"


def docx_cell(before: str, legend: str, after: str) -> tuple[bytes, str]:
    # ... with the legend in a one-cell table (a boxed legend).
    return _docx_bytes(before, legend, after, in_table=True), "docx"


_PDF_LINES = 52  # lines of body text on a page
_PDF_WIDTH = 95  # characters on a line of 10-point Helvetica across a letter page's text width


def pdf_bytes(text: str) -> bytes:
    """A PDF of `text` as a typesetter lays it out: lines of about `_PDF_WIDTH` characters, a blank
    line between paragraphs, `_PDF_LINES` lines to a page, a running header at the top of every
    page after the first and the page number at its foot (10-point Helvetica, WinAnsi)."""
    lines: list[str] = []
    for paragraph in _paragraphs(text):
        lines.extend(_wrap(paragraph, _PDF_WIDTH))
        lines.append("")
    pages = [lines[i : i + _PDF_LINES] for i in range(0, len(lines), _PDF_LINES)] or [[]]
    placed = []
    for number, page in enumerate(pages, start=1):
        shown = ([(72, 42, "Acme Corporation Reports Third Quarter 2026 Results")] if number > 1 else [])
        shown += [(72, 72 + 13 * i, line) for i, line in enumerate(page) if line]
        shown.append((300, 752, str(number)))
        placed.append(shown)
    return make_pdf(placed, size=10)


def pdf(before: str, legend: str, after: str) -> tuple[bytes, str]:
    # The whole release typeset as a PDF (see `pdf_bytes`).
    return pdf_bytes(before.rstrip() + "\n\n" + legend.strip() + "\n\n" + after.lstrip()), "pdf"


def heading_dash(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # The heading run into the first paragraph after an em dash: "Forward-Looking Statements — This …".
    heading, body = heading_and_body(legend)
    if heading is None:
        return None
    paragraphs = [heading.rstrip(" .:") + " — " + body[0], *body[1:]]
    return before.rstrip() + "\n\n" + "\n\n".join(paragraphs) + "\n\n" + after.lstrip(), "txt"


def bold_italic_dash(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # A bold-italic span opening the first paragraph, an en dash after it.
    return _heading_in_first_paragraph(
        before, legend, after,
        lambda heading, body: f"<p><b><i>{_esc(heading.rstrip(' .:'))}</i></b> &#8211; {_esc(body)}</p>")


def _false_small_caps(heading: str) -> str:
    """A heading in the small capitals filing agents fake: each word's first letter full size, the
    rest in capitals a font size smaller ("F<font size="1">ORWARD</font>")."""
    def word(match: re.Match) -> str:
        first, rest = match.group()[0], match.group()[1:]
        return _esc(first.upper()) + (f'<font size="1">{_esc(rest.upper())}</font>' if rest else "")
    return re.sub(r"[A-Za-z]+", word, heading)


def small_caps_html(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # The heading in false small capitals, a paragraph of its own.
    heading, body = heading_and_body(legend)
    if heading is None:
        return None
    middle = [f'<p align="center"><font size="2"><b>{_false_small_caps(heading)}</b></font></p>'] + \
        [f"<p>{_esc(p)}</p>" for p in body]
    return _html_around(before, middle, after), "html"


_FOOTNOTES = ("______________________________\n\n(1) Adjusted EBITDA is net income before interest, taxes, "
              "depreciation and amortization, and is a non-GAAP measure; a reconciliation is in the tables above.")


def footnote(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # The legend as the last note of a footnote block, its heading run in after the note's number.
    heading, body = heading_and_body(legend)
    if heading is None:
        return None
    paragraphs = [f"(2) {_label(heading, ':')} {body[0]}", *body[1:]]
    return before.rstrip() + "\n\n" + _FOOTNOTES + "\n\n" + "\n\n".join(paragraphs) + "\n\n" + \
        after.lstrip(), "txt"


def semicolon_inline(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # The factors kept in their sentence, parted by semicolons: "include: x; y; and z."
    listed = _listed(legend, lambda head, items, mark: [head + ": " + " ".join(_items_with_and(items, mark))])
    if listed is None:
        return None
    return before.rstrip() + "\n\n" + "\n\n".join(listed) + "\n\n" + after.lstrip(), "txt"


def o_bullets(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # Fixed-width EDGAR text: a factor to a line opening with an indented "o", its wrapped lines
    # indented under it; the other paragraphs wrapped at 72 columns.
    def render(head: str, items: list[str], mark: str) -> list[str]:
        lines = []
        for item in _items_with_and(items, mark):
            wrapped = textwrap.wrap(item, 62, break_on_hyphens=False) or [""]
            lines.append("\n".join(["     o    " + wrapped[0]] + ["          " + w for w in wrapped[1:]]))
        return ["\x00" + "\n".join(_wrap(head + ":", 72)), *("\x00" + line for line in lines)]
    listed = _listed(legend, render)
    if listed is None:
        return None
    body = "\n\n".join(p[1:] if p.startswith("\x00") else "\n".join(_wrap(p, 72)) for p in listed)
    return before.rstrip() + "\n\n" + body + "\n\n" + after.lstrip(), "txt"


def two_column_list(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # The bulleted factors in a table of two columns: the first half down the left, the rest down
    # the right (a layout of one-page releases that saves a column of space).
    def render_items(items: list[str]) -> str:
        half = (len(items) + 1) // 2
        left, right = items[:half], items[half:] + [""] * (2 * half - len(items))
        cell = lambda item: f'<td valign="top" width="50%">{"&#8226; " + _esc(item) if item else "&nbsp;"}</td>'
        return "<table>" + "".join(f"<tr>{cell(a)}{cell(b)}</tr>" for a, b in zip(left, right)) + "</table>"
    return _html_factor_list(before, legend, after, render_items)


def identity(before: str, legend: str, after: str) -> tuple[str, str]:
    return before + legend + after, "txt"



# -- wordings and layouts that break what the readings assume (factor lists, headings) ---------

def _text_around(before: str, paragraphs: list[str], after: str) -> str:
    return before.rstrip() + "\n\n" + "\n\n".join(paragraphs) + "\n\n" + after.lstrip()


def _listed_text(legend: str, render: Callable[[str, list[str], str], list[str]], before: str,
                 after: str) -> tuple[str, str] | None:
    listed = _listed(legend, render)
    return None if listed is None else (_text_around(before, listed, after), "txt")


def among_others_lines(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # "include, among others:" and a factor to a line, no bullet, the lines only a line break
    # apart (a <br>-separated list read as text).
    def render(head: str, items: list[str], mark: str) -> list[str]:
        return [head + ", among others:\n" + "\n".join(_items_with_and(items, mark))]
    return _listed_text(legend, render, before, after)


def nested_bullets(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # A two-level outline (a Word list saved as text): every other factor a second-level item
    # ("o", indented) under the one before it.
    def render(head: str, items: list[str], mark: str) -> list[str]:
        lines = [("    o " if i % 2 else "• ") + item for i, item in enumerate(_items_with_and(items, mark))]
        return [head + ":", "\n".join(lines)]
    return _listed_text(legend, render, before, after)


def capital_bullets(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # Bullets written as sentences: each factor capitalised and closed by a full stop.
    def render(head: str, items: list[str], mark: str) -> list[str]:
        return [head + ":", *(f"• {item[:1].upper()}{item[1:]}." for item in items)]
    return _listed_text(legend, render, before, after)


def factors_after(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # The sentence points below ("… include the factors listed below.") and the factors follow
    # the legend's last paragraph, in a paragraph that refers back ("These factors include: …").
    found = factor_list(legend)
    if found is None:
        return None
    paragraphs, index, head, items, rest = found
    paragraphs[index] = head + " the factors listed below" + (rest or ".")
    paragraphs.append("These factors include: " + " ".join(_items_with_and(items, ".")))
    return _text_around(before, paragraphs, after), "txt"


def item_1a_pointer(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # The factors named after a pointer to the 10-K's Item 1A: "… include those described in Item
    # 1A of our most recent Annual Report on Form 10-K, as well as the following: x; y; and z."
    def render(head: str, items: list[str], mark: str) -> list[str]:
        return [head + " those described in Item 1A, as well as the following: " + " ".join(_items_with_and(items, mark))]
    return _listed_text(legend, render, before, after)


def glued_bullets(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # Bullets extracted from HTML with the bullet glued to its factor ("•changes in …"), a line each.
    def render(head: str, items: list[str], mark: str) -> list[str]:
        return [head + ":\n" + "\n".join("•" + item for item in _items_with_and(items, mark))]
    return _listed_text(legend, render, before, after)


def flat_bullets(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # ... and with the list's line breaks lost as well: "include: •x; •y; and •z." in one run.
    def render(head: str, items: list[str], mark: str) -> list[str]:
        return [head + ": " + " ".join("•" + item for item in _items_with_and(items, mark))]
    return _listed_text(legend, render, before, after)


def numbered_commas(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # Numbered inside the sentence and parted by commas only: "include (1) x, (2) y and (3) z."
    def render(head: str, items: list[str], mark: str) -> list[str]:
        marked = [f"{n} {i}" for n, i in zip(_numbers("digits", len(items)), items)]
        return [head + " " + ", ".join(marked[:-1]) + " and " + marked[-1] + mark]
    return _listed_text(legend, render, before, after)


# Other names a legend's heading goes by, each naming it as the labelling guide asks (by
# "forward-looking" or "cautionary").
_HEADING_RENAMES = ("Note on Forward-Looking Information", "Cautionary Language",
                    "Disclaimer Regarding Forward-Looking Statements",
                    "Legal Notice Concerning Forward-Looking Statements", "Cautionary Note")


# A heading that names the legend and nothing more: one that names the Act or the safe harbor
# carries the `statute` element, and one that names neither forward-looking statements nor a
# caution is none by the labelling guide; renaming either would change what is measured.
_RENAMEABLE = re.compile(r"forward|caution", re.IGNORECASE)
_CARRIES_STATUTE = re.compile(r"\bact\b|harbou?r|27a|21e|pslra|litigation", re.IGNORECASE)


def heading_renamed(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # The heading replaced by another name for the legend (one per document, in turn by the
    # length of the text before it, so each name meets a share of the documents).
    heading, body = heading_and_body(legend)
    if heading is None or not _RENAMEABLE.search(heading) or _CARRIES_STATUTE.search(heading):
        return None
    name = _HEADING_RENAMES[len(before) % len(_HEADING_RENAMES)]
    return _text_around(before, [name, *body], after), "txt"


def _title_cased(heading: str) -> str:
    small = {"a", "an", "and", "as", "at", "for", "in", "of", "on", "or", "the", "to", "under"}
    words = heading.rstrip(" .:").split()
    return " ".join(w if (i and w.lower() in small) or not w[:1].isalpha() else w[:1].upper() + w[1:].lower()
                    for i, w in enumerate(words))


def heading_title_period(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # The heading a paragraph of its own in title case, closed by a full stop ("Forward-Looking
    # Statements.").
    heading, body = heading_and_body(legend)
    if heading is None:
        return None
    return _text_around(before, [_title_cased(heading) + ".", *body], after), "txt"


def heading_strong_words(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # HTML: the heading only the <strong> first words of the paragraph, no punctuation after it
    # ("<p><strong>Forward-Looking Statements</strong> This release …").
    return _heading_in_first_paragraph(
        before, legend, after,
        lambda heading, body: f"<p><strong>{_esc(heading.rstrip(' .:'))}</strong> {_esc(body)}</p>")


def heading_box(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # HTML: the heading in a shaded one-cell table (a banner), the paragraphs after the table.
    heading, body = heading_and_body(legend)
    if heading is None:
        return None
    box = (f'<table width="100%" cellpadding="4"><tr><td bgcolor="#d9d9d9"><font size="2"><b>{_esc(heading)}'
           '</b></font></td></tr></table>')
    return _html_around(before, [box] + [f"<p>{_esc(p)}</p>" for p in body], after), "html"


# -- layouts of the twenty-seventh session: lists and headings as filings set them ---------------

def roman_commas(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # The factors in prose, marked "(i)", "(ii)" … and parted by commas only: "include (i) x,
    # (ii) y and (iii) z." (the markers of a law firm's house style).
    def render(head: str, items: list[str], mark: str) -> list[str]:
        marked = [f"{n} {i}" for n, i in zip(_numbers("roman", len(items)), items)]
        return [head + " " + ", ".join(marked[:-1]) + " and " + marked[-1] + mark]
    return _listed_text(legend, render, before, after)


# The differ-materially sentence the factors can be moved into ("Actual results could differ
# materially from those projected."), and a list sentence that only names the factors behind it
# ("Factors that could cause such differences include …", "Such risks and uncertainties include,
# but are not limited to"): once the factors follow "because of factors such as" in the first, the
# second says nothing more.
# (the sentence ends with its differ-materially clause: "... differ materially and reported results
# should not be considered ..." goes on to say something else, which the factors would then explain)
_DIFFER_SENTENCE = re.compile(r"[^.]*\b(?:differ|vary)\b[^.]*\bmaterially\b(?![^.]*\b(?:and|but|while)\b[^.]*\b(?:should|"
                              r"could|may|might|will|would|are|is|be)\b)[^.]*$", re.IGNORECASE)
_NAMES_THE_CAUSE = re.compile(r"^(?:(?:such|these|the|key|important|principal|other|some of the|those|certain)\s+)*"
                              r"(?:risk factors|factors|risks|uncertainties)(?:,? (?:and|or) (?:other )?(?:risks|"
                              r"uncertainties|factors))?(?: (?:that|which) (?:could|may|might|would) cause [^.;:]*)?"
                              r" (?:include|are)(?:,? but (?:are )?not limited to|,? without limitation|,? among "
                              r"others|,? among other things)?(?:,? the following)?$", re.IGNORECASE)
# ... or a differ-materially sentence that lists the factors after "including" ("Actual results may
# differ materially … as a result of various factors, including, but not limited to"), where "such
# as" says the same.
_INCLUDING_END = re.compile(r",? including(?:,? but not limited to|,? without limitation|,? among others)?$",
                            re.IGNORECASE)


def such_as_differ(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # The factors after "such as" inside the differ-materially sentence: "Actual results could
    # differ materially from those projected because of factors such as x, y and z." Only where a
    # sentence of the list's paragraph says results could differ materially and the list's own
    # sentence does nothing but name the causes of that ("Factors that could cause such
    # differences include …"), or where the differ-materially sentence itself lists them after
    # "including": elsewhere moving the list would change what is said.
    found = factor_list(legend)
    if found is None:
        return None
    paragraphs, index, head, items, rest = found
    cut = head.rfind(". ")
    listed = ", ".join(items[:-1]) + " and " + items[-1] + (rest or ".")
    last = head[cut + 2 if cut >= 0 else 0 :]
    including = _INCLUDING_END.search(last)
    if including is not None and _DIFFER_SENTENCE.match(last):
        # (after a comma: "... any forward-looking statements such as x" would make the factors
        # examples of the statements)
        paragraphs[index] = head[: len(head) - len(last) + including.start()] + ", such as " + listed
        return _text_around(before, paragraphs, after), "txt"
    if cut < 0 or not _NAMES_THE_CAUSE.match(last.strip(" ,:")):
        return None
    earlier = head[: cut + 1]
    sentence_start = earlier.rfind(". ", 0, len(earlier) - 1)
    if not _DIFFER_SENTENCE.match(earlier[sentence_start + 2 if sentence_start >= 0 else 0 : -1]):
        return None
    paragraphs[index] = earlier[:-1] + " because of factors such as " + listed
    return _text_around(before, paragraphs, after), "txt"


def bullet_run(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # The factors on one line, parted by spaced bullets and nothing else: "include: x • y • z."
    # (a one-page fact sheet's dense list).
    def render(head: str, items: list[str], mark: str) -> list[str]:
        return [head + ": " + " • ".join(items) + mark]
    return _listed_text(legend, render, before, after)


def number_table(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # HTML: the factors in a table of two columns, the number ("1.") in a narrow cell, the factor
    # in the next (EDGAR's numbered list).
    return _html_factor_list(before, legend, after, lambda items: "<table>" + "".join(
        f'<tr><td width="4%" valign="top">{n}.</td><td valign="top">{_esc(i)}</td></tr>'
        for n, i in enumerate(items, start=1)) + "</table>")


def symbol_bullets(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # Text a PDF extractor made of a Symbol-font list: each bullet a private-use character
    # (U+F0B7), a tab after it, a line per factor.
    def render(head: str, items: list[str], mark: str) -> list[str]:
        return [head + ":", *("\uf0b7\t" + item for item in _items_with_and(items, mark))]
    return _listed_text(legend, render, before, after)


def lettered_paras(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # A lettered list (`<ol type="a">`) copied as text: a paragraph per factor opening "a.",
    # "b." …, where "a." could be read as the article.
    def render(head: str, items: list[str], mark: str) -> list[str]:
        letters = [chr(ord("a") + i) if i < 26 else str(i + 1) for i in range(len(items))]
        return [head + ":", *(f"{n}. {i}" for n, i in zip(letters, _items_with_and(items, mark)))]
    return _listed_text(legend, render, before, after)


_PAGE_END = "\n\nPage 7 of 9\n\n\f\nACME CORPORATION\n\n"


def page_continued(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # The legend split by a page end between two of its sentences: "Page 7 of 9", a form feed, the
    # company's name as the next page's running header, and the heading repeated there with
    # "(continued)". Cut between paragraphs where it has several (after one that ends a sentence:
    # a paragraph break of the extracted text may itself be a page break inside a sentence), else
    # at a sentence end near the middle of its longest paragraph.
    heading, body = heading_and_body(legend)
    if heading is None:
        return None
    repeat = _PAGE_END + heading.rstrip(" .:") + " (continued)"
    cuts = [i for i in range(1, len(body)) if body[i - 1].rstrip("\"”’')")[-1:] in ".!?;:"]
    if cuts:
        middle = min(cuts, key=lambda i: abs(i - len(body) // 2))
        return _text_around(before, [heading, *body[:middle], repeat, *body[middle:]], after), "txt"
    index = max(range(len(body)), key=lambda i: len(body[i]))
    ends = [m.end() for m in _SENTENCE_END.finditer(body[index]) if m.end() < len(body[index]) - 1]
    if not ends:
        return None
    cut = min(ends, key=lambda e: abs(e - len(body[index]) // 2))
    paragraphs = [heading, *body[:index], body[index][:cut], repeat, body[index][cut:].lstrip(), *body[index + 1 :]]
    return _text_around(before, paragraphs, after), "txt"


def heading_caption(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # HTML: the legend a table, its heading the table's <caption>, a row per paragraph.
    heading, body = heading_and_body(legend)
    if heading is None:
        return None
    table = (f'<table width="100%"><caption align="left"><b>{_esc(heading)}</b></caption>'
             + "".join(f"<tr><td>{_esc(p)}</td></tr>" for p in body) + "</table>")
    return _html_around(before, [table], after), "html"


def heading_th(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # HTML: the heading the header cell (<th>) of a table, the paragraphs in the rows under it.
    heading, body = heading_and_body(legend)
    if heading is None:
        return None
    table = (f'<table width="100%"><thead><tr><th align="left">{_esc(heading)}</th></tr></thead><tbody>'
             + "".join(f"<tr><td>{_esc(p)}</td></tr>" for p in body) + "</tbody></table>")
    return _html_around(before, [table], after), "html"


def _letter_spaced(heading: str) -> str:
    """A heading set letter by letter in capitals: a space between letters, three between words
    ("F O R W A R D - L O O K I N G   S T A T E M E N T S")."""
    return "   ".join(" ".join(word.upper()) for word in heading.rstrip(" .:").split())


def heading_spaced(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # Text: the heading letter-spaced in capitals, as a display face set it before extraction.
    heading, body = heading_and_body(legend)
    if heading is None:
        return None
    return _text_around(before, [_letter_spaced(heading), *body], after), "txt"


def heading_mark(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # HTML: the heading bold, a paragraph of its own, with a footnote mark after it
    # ("Forward-Looking Statements<sup>*</sup>"; the note itself is elsewhere on the page).
    heading, body = heading_and_body(legend)
    if heading is None:
        return None
    middle = [f"<p><b>{_esc(heading.rstrip(' .:'))}<sup>*</sup></b></p>", *(f"<p>{_esc(p)}</p>" for p in body)]
    return _html_around(before, middle, after), "html"


def heading_double_hyphen(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # Fixed-width text: the heading in capitals run into the first paragraph after a double hyphen
    # (an EDGAR text dash): "FORWARD-LOOKING STATEMENTS -- This release …".
    heading, body = heading_and_body(legend)
    if heading is None:
        return None
    return _text_around(before, [heading.rstrip(" .:").upper() + " -- " + body[0], *body[1:]], after), "txt"


# (two words, contracted): the contraction keeps the first word's capital ("Do not" -> "Don't")
_CONTRACTIONS = {
    "do not": "don't", "does not": "doesn't", "did not": "didn't", "is not": "isn't", "are not": "aren't",
    "was not": "wasn't", "were not": "weren't", "has not": "hasn't", "have not": "haven't", "had not": "hadn't",
    "will not": "won't", "would not": "wouldn't", "should not": "shouldn't", "could not": "couldn't",
    "cannot": "can't", "can not": "can't", "must not": "mustn't", "we are": "we're", "it is": "it's",
    "they are": "they're", "we will": "we'll", "we have": "we've", "there is": "there's",
}
_CONTRACTIBLE = re.compile(r"\b(" + "|".join(sorted(_CONTRACTIONS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
# -ize verbs and their forms, and -or nouns and adjectives, spelled as Commonwealth issuers do
_BRITISH = re.compile(r"\b(harbor|favor|labor|behavior|endeavor|recogniz|realiz|organiz|authoriz|characteriz|"
                      r"utiliz|emphasiz|summariz|categoriz|capitaliz|finaliz|prioritiz|monetiz|optimiz|"
                      r"commercializ|minimiz|maximiz)(?=[a-z]*\b)", re.IGNORECASE)


# (a word or phrase, and what counsel may write instead; the first letter's case is kept)
_SYNONYMS = {
    "could": "might", "materially": "significantly", "undue": "excessive", "undertakes": "assumes",
    "undertake": "assume", "pursuant to": "under", "words such as": "words like",
    "within the meaning of": "as defined in", "the SEC": "the Commission", "anticipated": "foreseen",
}
_SYNONYMS_BY_CASE = {word.lower(): other for word, other in _SYNONYMS.items()}
# "undertakes" is "assumes" only with its object ("undertakes no obligation"), never before "to"
# ("does not undertake to update": "assume to update" says nothing)
_REWORDABLE = re.compile(r"\b(" + "|".join(sorted(_SYNONYMS, key=len, reverse=True)) + r")\b"
                         r"(?<!undertake)(?<!undertakes)|\b(undertakes?)(?=\s+(?:no|any)\b)", re.IGNORECASE)
# another regulator or filing system named in the legend: there, "the Commission" would no longer say
# which one (a Canadian issuer's "filings with the SEC and on SEDAR+")
_OTHER_REGULATOR = re.compile(r"SEDAR|\bSEDI\b|\bASX\b|Securities Commission|securities regulat|Canadian|"
                              r"\bprovinc|Financial Conduct|\bAMF\b|\bFCA\b", re.IGNORECASE)


def _reworded(match: re.Match[str]) -> str:
    found = match.group(1) or match.group(2)
    other = _SYNONYMS_BY_CASE[found.lower()]
    if found.isupper() and len(found) > 3:
        return other.upper()
    return other[0].upper() + other[1:] if found[0].isupper() else other


def synonyms(before: str, legend: str, after: str) -> tuple[str, str] | None:
    if _OTHER_REGULATOR.search(legend):
        reworded = _REWORDABLE.sub(lambda m: m.group(0) if m.group(0).lower() == "the sec" else _reworded(m), legend)
    else:
        reworded = _REWORDABLE.sub(_reworded, legend)
    return None if reworded == legend else (_text_around(before, _paragraphs(reworded), after), "txt")


def _contracted(match: re.Match[str]) -> str:
    short = _CONTRACTIONS[match.group(1).lower()]
    return short[0].upper() + short[1:] if match.group(1)[0].isupper() else short


def contractions(before: str, legend: str, after: str) -> tuple[str, str] | None:
    spoken = _CONTRACTIBLE.sub(_contracted, legend)
    return None if spoken == legend else (_text_around(before, _paragraphs(spoken), after), "txt")


def _british(match: re.Match[str]) -> str:
    word = match.group(1)
    if word[-1] in "zZ":
        return word[:-1] + ("S" if word[-1] == "Z" else "s")
    return word[:-1] + ("UR" if word.isupper() else "ur")


def british_spelling(before: str, legend: str, after: str) -> tuple[str, str] | None:
    british = _BRITISH.sub(_british, legend)
    return None if british == legend else (_text_around(before, _paragraphs(british), after), "txt")


# "we" and its forms as the issuer's defined name; a present-tense verb after "we" takes the third
# person ("we undertake" -> "the Company undertakes"), an adverb or two between them kept
_WE_VERB = re.compile(r"\b(We|we|WE)((?:\s+(?:also|currently|presently|now|further|generally|"
                      r"expressly|specifically|hereby|thus|therefore|not|do not|do)\b)*)\s+([A-Za-z]+)\b")
_WE_THIRD = {"are": "is", "were": "was", "have": "has", "do": "does", "'re": "is"}
_MODALS_AND_PAST = {"can", "could", "may", "might", "will", "would", "shall", "should", "must", "cannot",
                    "did", "had", "was", "is", "has", "does", "and", "or", "to", "who", "that", "as", "in"}
_OUR = re.compile(r"\b(?:(Our|our|OUR)s?|(Us|us)|(Ourselves|ourselves)|(We|we)'(re|ve|ll|d))\b")


def _third_person(verb: str) -> str:
    """The third person singular of a present-tense verb ("undertake" -> "undertakes", "rely" ->
    "relies", "do" -> "does"); a modal, a past form or a word that is no verb is kept."""
    lower = verb.lower()
    if lower in _WE_THIRD:
        return _WE_THIRD[lower]
    if lower in _MODALS_AND_PAST or lower.endswith("ed") or not verb.isalpha():
        return verb
    if verb.isupper() and len(verb) > 1:  # a legend in capitals: "UNDERTAKE" -> "UNDERTAKES"
        return _third_person(lower).upper()
    if not verb.islower():
        return verb
    if lower.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if lower.endswith("y") and lower[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _company_subject(match: re.Match[str]) -> str:
    we, between, verb = match.groups()
    subject = "THE COMPANY" if we == "WE" else ("The Company" if we[0] == "W" else "the Company")
    words = between.split()
    if words and words[0] == "do":  # "we do not undertake" -> "the Company does not undertake"
        return f"{subject} does{between[between.index('do') + 2:]} {verb}"
    return f"{subject}{between} {_third_person(verb) if not words or words[-1] != 'not' else verb}"


def _company_other(match: re.Match[str]) -> str:
    our, us, ourselves, we, ending = match.groups()
    capital = (our or us or ourselves or we or "x")[0].isupper()
    if our:
        said = "THE COMPANY'S" if our.isupper() and len(our) > 1 else "the Company's"
    elif us:
        said = "the Company"
    elif ourselves:
        said = "itself"
    else:
        said = "the Company" + {"re": " is", "ve": " has", "ll": " will", "d": " would"}[ending]
    return said[0].upper() + said[1:] if capital and said[0] == "t" else said


def company_for_we(before: str, legend: str, after: str) -> tuple[str, str] | None:
    named = _OUR.sub(_company_other, _WE_VERB.sub(_company_subject, legend))
    return None if named == legend else (_text_around(before, _paragraphs(named), after), "txt")


# The Commission's name in full; an abbreviation defined in brackets after the full name goes
_SEC_DEFINED = re.compile(r"\s*\((?:the\s+)?[\"“”']*(?:SEC|Commission)[\"“”']*\)")
_SEC_NAME = re.compile(r"\b(?:(?:the\s+)?(?:U\.S\.\s+)?Securities\s+and\s+Exchange\s+Commission|(the|The)\s+Commission|"
                       r"(SEC))\b")


def _sec_in_full(match: re.Match[str]) -> str:
    the, sec = match.groups()
    if the:
        return f"{the} U.S. Securities and Exchange Commission"
    if sec:
        return "Securities and Exchange Commission"
    return match.group(0)


def sec_spelled_out(before: str, legend: str, after: str) -> tuple[str, str] | None:
    full = _SEC_NAME.sub(_sec_in_full, _SEC_DEFINED.sub("", legend))
    return None if full == legend else (_text_around(before, _paragraphs(full), after), "txt")


# ", and" / ", or" closing a list of three or more: the item before it a few words after another
# comma. Left where an item on either side holds "and" or "or" itself ("capital and financing, and
# general conditions"): without the comma the list no longer says where its items end
_SERIAL_COMMA = re.compile(r"(,\s([^,;:.()]{1,60})),(\s(?:and|or)\s)([^,;:.()]*)")
_CONJUNCTION = re.compile(r"\b(?:and|or|and/or|nor)\b")


def _unserialised(match: re.Match[str]) -> str:
    if len(match.group(2).split()) > 6 or _CONJUNCTION.search(match.group(2)) or _CONJUNCTION.search(match.group(4)):
        return match.group(0)
    return match.group(1) + match.group(3) + match.group(4)


def no_serial_comma(before: str, legend: str, after: str) -> tuple[str, str] | None:
    plain = _SERIAL_COMMA.sub(_unserialised, legend)
    return None if plain == legend else (_text_around(before, _paragraphs(plain), after), "txt")


# "the date hereof" and "the date of this (press) release" said the other way round
_DATE_OF = re.compile(r"\b(the\s+date\s+)(hereof|of\s+this\s+(?:press\s+|news\s+)?release)\b", re.IGNORECASE)


def _other_date(match: re.Match[str]) -> str:
    return match.group(1) + ("of this release" if match.group(2).lower() == "hereof" else "hereof")


def date_hereof(before: str, legend: str, after: str) -> tuple[str, str] | None:
    dated = _DATE_OF.sub(_other_date, legend)
    return None if dated == legend else (_text_around(before, _paragraphs(dated), after), "txt")


# A month before a day as newswires abbreviate it (AP style: "Nov. 4, 2026"; March to July in full)
_ABBREVIATED = {"january": "Jan.", "february": "Feb.", "august": "Aug.", "september": "Sept.", "october": "Oct.",
                "november": "Nov.", "december": "Dec."}
_MONTH_DAY = re.compile(r"\b(" + "|".join(_ABBREVIATED) + r")(?=\s+\d{1,2}\b)", re.IGNORECASE)


def _abbreviated(match: re.Match[str]) -> str:
    short = _ABBREVIATED[match.group(1).lower()]
    return short.upper() if match.group(1).isupper() else short


def newswire_dates(before: str, legend: str, after: str) -> tuple[str, str] | None:
    dated = _MONTH_DAY.sub(_abbreviated, legend)
    if dated == legend:
        return None
    return _text_around(_MONTH_DAY.sub(_abbreviated, before), _paragraphs(dated), _MONTH_DAY.sub(_abbreviated, after)), "txt"


# Commonwealth spellings as a U.S. issuer writes them ("harbour" -> "harbor", "recognise" -> "recognize");
# an -is- stem is changed only before the endings of its verb ("emphasis", "analysis" stay)
_US_OUR = re.compile(r"\b(harbo|favo|labo|behavio|endeavo)(u)(r[a-z]*)\b", re.IGNORECASE)
_US_ISE = re.compile(r"\b(recogn|real|organ|author|character|util|emphas|summar|categor|capital|final|priorit|monet|"
                     r"optim|commercial|minim|maxim)i(s)(?=(?:e|ed|es|ing|ation|ations|er|ers)\b)", re.IGNORECASE)


def us_spelling(before: str, legend: str, after: str) -> tuple[str, str] | None:
    american = _US_OUR.sub(lambda m: m.group(1) + m.group(3), legend)
    american = _US_ISE.sub(lambda m: m.group(1) + ("IZ" if m.group(2) == "S" else "iz"), american)
    return None if american == legend else (_text_around(before, _paragraphs(american), after), "txt")


# "and" as an ampersand in the fixed pairs releases print that way ("Securities & Exchange
# Commission", "risks & uncertainties"); never in a list, where "&" could join two items into one
_AMPERSAND = re.compile(r"\b(Securities|risks|Risks|RISKS|SECURITIES)\s+(?:and|AND)\s+"
                        r"(Exchange|uncertainties|Uncertainties|EXCHANGE|UNCERTAINTIES)\b")


def ampersand(before: str, legend: str, after: str) -> tuple[str, str] | None:
    joined = _AMPERSAND.sub(r"\1 & \2", legend)
    return None if joined == legend else (_text_around(before, _paragraphs(joined), after), "txt")


# The Acts by their short names after a first full mention (the first kept whole, with its year)
_ACT_SHORT = (
    (re.compile(r"\b(the\s+)?Private\s+Securities\s+Litigation\s+Reform\s+Act\s+of\s+1995(?:,\s+as\s+amended\b)?"), "PSLRA"),
    (re.compile(r"\b(the\s+)?Securities\s+Exchange\s+Act\s+of\s+1934(?:,\s+as\s+amended\b)?"), "Exchange Act"),
    (re.compile(r"\b(the\s+)?Securities\s+Act\s+of\s+1933(?:,\s+as\s+amended\b)?"), "Securities Act"),
)


def act_short_names(before: str, legend: str, after: str) -> tuple[str, str] | None:
    short = legend
    for pattern, name in _ACT_SHORT:
        seen = 0

        def shortened(match: re.Match[str], name: str = name) -> str:
            nonlocal seen
            seen += 1
            if seen == 1:
                return match.group(0)
            return (match.group(1) or "the ") + name

        short = pattern.sub(shortened, short)
    return None if short == legend else (_text_around(before, _paragraphs(short), after), "txt")


# The hyphen of "forward-looking" and "non-GAAP" dropped, as many releases print them
_HYPHENATED = re.compile(r"\b(forward)[-‐‑](looking)\b|\b(non)[-‐‑](GAAP)\b", re.IGNORECASE)


def hyphen_dropped(before: str, legend: str, after: str) -> tuple[str, str] | None:
    open_words = _HYPHENATED.sub(lambda m: " ".join(g for g in m.groups() if g), legend)
    return None if open_words == legend else (_text_around(before, _paragraphs(open_words), after), "txt")


# Quoted words in single quotes, as British and Canadian style quotes them ("expect" -> 'expect',
# “believe,” -> ‘believe,’); a quotation of a few words only, with no quote or apostrophe inside
_DOUBLE_QUOTED = re.compile(r"\"([^\"'’\n]{1,60})\"|“([^“”'’\n]{1,60})”")


def _single_quoted(match: re.Match[str]) -> str:
    return f"'{match.group(1)}'" if match.group(1) is not None else f"‘{match.group(2)}’"


def quotes_single(before: str, legend: str, after: str) -> tuple[str, str] | None:
    quoted = _DOUBLE_QUOTED.sub(_single_quoted, legend)
    return None if quoted == legend else (_text_around(before, _paragraphs(quoted), after), "txt")


# -- thirty-first session: where the legend's sentences stand -----------------------------------

# A full stop that ends a filing's item number, not a sentence ("Item 1A. Risk Factors")
_ITEM_NUMBER_END = re.compile(r"\bItem\s+\d{1,2}[A-C]?\.$", re.IGNORECASE)


def _sentences(paragraph: str) -> list[str]:
    cuts = [m.end() for m in _SENTENCE_END.finditer(paragraph) if not _ITEM_NUMBER_END.search(paragraph, 0, m.end())]
    pieces = [paragraph[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(paragraph)])]
    return [piece for piece in pieces if piece]


# A paragraph that holds a list (bullets, or items marked "(1)", "(a)", "ii)")
_LIST_MARK = re.compile(r"[•▪◦●■\uf0b7]|(?:^|\s)\(?(?:[0-9]{1,2}|[a-z]|[ivx]{1,4})\)\s")


def sentence_paragraphs(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # Every sentence of the legend a paragraph of its own (a call transcript's caution as a
    # captioning service sets it, or a PDF whose extractor breaks at every line end that closes a
    # sentence). A paragraph that is a list is left whole: its items are no sentences.
    heading, body = heading_and_body(legend)
    split = [piece for paragraph in body
             for piece in (_sentences(paragraph) if not _LIST_MARK.search(paragraph) else [paragraph])]
    if len(split) == len(body):
        return None
    return _text_around(before, ([heading] if heading else []) + split, after), "txt"


def legend_first(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # The legend moved to the top of the document, before the release's own text (as 10-Qs and
    # some companies' releases set their cautionary note): a legend is read wherever it stands.
    if not before.strip():
        return None
    return legend.strip() + "\n\n" + before.strip() + "\n\n" + after.lstrip(), "txt"


# -- extraction and filing-agent artefacts (thirty-fifth session) -----------------------------

_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2074\u2075"
# A note marks a phrase's end: "SEC" only before punctuation (not "SEC filings", where no writer
# puts a note), the others before punctuation or a space.
_MARKED = re.compile(r"(?i)\b(?:(?:forward-looking statements|risks|uncertainties|1995|1934|1933)(?=[.,;:)]?\s)"
                     r"|SEC(?=[.,;:)]\s))")


def footnote_marks(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # Footnote numbers run onto the words they mark, as text extraction leaves a superscript:
    # after the full stop that closes a sentence ("Reform Act of 1995.1 We ..."), after a word
    # ("forward-looking statements2 ", "risks\u00b3,"), as plain digits or as superscript digits
    # in turn. At most one mark for each of the first five words or full stops that take one.
    paragraphs = _paragraphs(legend)
    count = 0
    for index, paragraph in enumerate(paragraphs):
        pieces: list[str] = []
        last = 0
        for match in _MARKED.finditer(paragraph):
            if count >= 5:
                break
            count += 1
            mark = str(count) if count % 2 else _SUPERSCRIPTS[count - 1]
            end = match.end()
            if paragraph[end:end + 1] == ".":
                end += 1  # the mark after the full stop, as a note on the whole sentence
            elif match.group()[-1].isdigit():
                mark = _SUPERSCRIPTS[count - 1]  # "19343," would be another year to any reader
            pieces.append(paragraph[last:end] + mark)
            last = end
        paragraphs[index] = "".join(pieces) + paragraph[last:]
    if count == 0:
        return None
    return _text_around(before, paragraphs, after), "txt"


def _span_split(paragraph: str, index: int) -> str:
    """A paragraph as some EDGAR filer software writes it: a `<span>` per run of characters, long
    words cut by the runs' ends (a kerning or revision run boundary), and every space `&nbsp;`."""
    words = paragraph.split(" ")
    runs: list[str] = []
    for i, word in enumerate(words):
        if len(word) >= 8 and (i + index) % 2 == 0:
            cut = len(word) // 2 - 1
            runs.append(f"{_esc(word[:cut])}</span><span>{_esc(word[cut:])}")
        else:
            runs.append(_esc(word))
    return '<p style="margin:0"><span>' + "&nbsp;".join(runs) + "</span></p>"


def span_split_html(before: str, legend: str, after: str) -> tuple[str, str]:
    middle = [_span_split(p, i) for i, p in enumerate(_paragraphs(legend))]
    return _html_around(before, middle, after), "html"


def br_wrapped_html(before: str, legend: str, after: str) -> tuple[str, str]:
    # The whole legend in one <p>, its lines broken with <br> at about 70 columns where the
    # author's editor wrapped them (a compound broken after its hyphen: "forward-<br>looking"),
    # its paragraphs only a line break apart too.
    lines = [line for paragraph in _paragraphs(legend) for line in _wrap(paragraph, 70)]
    return _html_around(before, ["<p>" + "<br>\n".join(_esc(line) for line in lines) + "</p>"], after), "html"


def double_spaced(before: str, legend: str, after: str) -> tuple[str, str]:
    lines = [line for paragraph in _paragraphs(legend) for line in _wrap(paragraph, 70)]
    return before.rstrip() + "\n\n" + "\n\n".join(lines) + "\n\n" + after.lstrip(), "txt"


def absolute_lines(before: str, legend: str, after: str) -> tuple[str, str]:
    pages: list[list[str]] = [[]]
    top, count = 72, 0
    for paragraph in _paragraphs(legend):
        for line in _wrap(paragraph, 90):
            count += 1
            pages[-1].append(f'<p style="position:absolute;top:{top}px;left:108px;white-space:nowrap" '
                             f'class="ft10">{_esc(line).replace(" ", "&#160;")}</p>')
            top += 17
            if count == 3:
                pages.append([])
                top = 72
        top += 10
    divs = [f'<div id="page{i}-div" style="position:relative;width:918px;height:1188px;">\n' + "\n".join(lines)
            + "\n</div>" for i, lines in enumerate(pages, 1) if lines]
    return _html_around(before, divs, after), "html"


# -- copies, drafts and conversions (thirty-ninth session) ----------------------------------------

def _quoted(text: str, mark: str) -> str:
    # a mail client quotes every line, blank lines too (as the bare mark, its space dropped)
    return "\n".join(mark + " " + line if line.strip() else mark for line in text.split("\n"))


def email_quoted(depth: int) -> Callable[[str, str, str], tuple[str, str]]:
    def layout(before: str, legend: str, after: str) -> tuple[str, str]:
        # The release forwarded by e-mail (and, at depth 2, replied to): the whole message quoted,
        # the legend wrapped at 72 columns as a mail client wraps it.
        body = "\n\n".join("\n".join(_wrap(p, 72)) for p in _paragraphs(legend))
        text = before.rstrip() + "\n\n" + body + "\n\n" + after.lstrip()
        mark = ">" * depth
        head = "-----Original Message-----\nFrom: Investor Relations\nSent: Monday, May 4, 2026 9:02 AM\n" \
            "Subject: FW: press release\n\n"
        return head + _quoted(text, mark) + "\n", "txt"
    return layout


def line_numbers(before: str, legend: str, after: str) -> tuple[str, str]:
    # A draft copied out of a PDF with line numbering on: every line with text opens with its
    # number, right-aligned in the margin, two spaces after it; the legend wrapped at 80 columns.
    body = "\n\n".join("\n".join(_wrap(p, 80)) for p in _paragraphs(legend))
    text = before.rstrip() + "\n\n" + body + "\n\n" + after.lstrip()
    out, number = [], 0
    for line in text.split("\n"):
        if line.strip():
            number += 1
            out.append(f"{number:>3}  {line}")
        else:
            out.append("")
    return "\n".join(out), "txt"


def md_double_spaced(before: str, legend: str, after: str) -> tuple[str, str]:
    # Markdown converted from a PDF line by line: a blank line after every line of about 75
    # columns, so that every line is a Markdown paragraph of its own.
    lines = [line for paragraph in _paragraphs(legend) for line in _wrap(paragraph, 75)]
    return _markdown(before, lines, after), "md"


def _justified(line: str, width: int) -> str:
    words = line.split()
    gaps = len(words) - 1
    if gaps <= 0:
        return line
    spare = width - sum(len(w) for w in words)
    out = words[0]
    for i, word in enumerate(words[1:]):
        out += " " * (spare // gaps + (1 if i < spare % gaps else 0)) + word
    return out


def justified(before: str, legend: str, after: str) -> tuple[str, str]:
    # Fixed-width text set flush right as well as left (a word processor's justification saved as
    # text): every line but a paragraph's last filled to 78 columns with runs of spaces between words.
    paragraphs = []
    for paragraph in _paragraphs(legend):
        lines = _wrap(paragraph, 78)
        paragraphs.append("\n".join([_justified(line, 78) for line in lines[:-1]] + lines[-1:]))
    return before.rstrip() + "\n\n" + "\n\n".join(paragraphs) + "\n\n" + after.lstrip(), "txt"


_SIDE_COLUMN = ("About the Company. The Company designs and sells industrial products in more than forty "
                "countries and employs some twelve thousand people. Its shares trade on the Nasdaq Global "
                "Market. Investor contact: Jane Doe, Director of Investor Relations, (555) 010-2000, "
                "ir@acmecorp.com. Media contact: John Roe, (555) 010-3000. A replay of the conference call "
                "will be available on the Company's website for thirty days after the call.")


def layout_columns(before: str, legend: str, after: str) -> tuple[str, str]:
    # `pdftotext -layout` of a two-column page: the legend down the left column (42 columns) and
    # an unrelated paragraph down the right one, each text line holding a line of both, the right
    # one starting at a fixed column after a gutter of spaces.
    left = [line for paragraph in _paragraphs(legend) for line in _wrap(paragraph, 42) + [""]][:-1]
    right = _wrap(_SIDE_COLUMN, 38)
    rows = []
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        rows.append((a.ljust(46) + b).rstrip())
    return before.rstrip() + "\n\n" + "\n".join(rows) + "\n\n" + after.lstrip(), "txt"


# -- exports, wires and plain-text copies (fortieth session) -------------------------------------

def nested_divs_html(before: str, legend: str, after: str) -> tuple[str, str]:
    # HTML of a content-management system: the legend three `<div>`s deep, the heading a bold
    # `<div>` of its own, the paragraphs `<br><br>` apart inside one `<div>`, each indented with
    # a run of `&nbsp;`.
    heading, body = heading_and_body(legend)
    inner = "<br><br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" + _esc(p) for p in body)
    head = f'<div class="hd"><b>{_esc(heading)}</b></div>\n' if heading else ""
    block = (f'<div class="article"><div class="body">\n{head}<div class="text">{inner}</div>\n</div></div>')
    return _html_around(before, [block], after), "html"


def long_lines_footer(before: str, legend: str, after: str) -> tuple[str, str]:
    # A text export of a web page: every paragraph one long line, paragraphs only a line break
    # apart (no blank line), then the page's footer (the text after the legend) hard-wrapped at
    # 80 columns with blank lines between its paragraphs.
    def lines(text: str) -> list[str]:
        return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    top = "\n".join(lines(before) + _paragraphs(legend))
    footer = "\n\n".join("\n".join(_wrap(p, 80)) for p in lines(after))
    return top + "\n\n" + footer + "\n", "txt"


def plain_bullets(mark: str, indent: int) -> Callable[[str, str, str], tuple[str, str] | None]:
    def layout(before: str, legend: str, after: str) -> tuple[str, str] | None:
        # Plain text or Markdown-like copy: a factor to a line opening with "-" or "*", its
        # wrapped lines indented under it by a few spaces, the lead-in and the other paragraphs
        # wrapped at 72 columns.
        def render(head: str, items: list[str], end: str) -> list[str]:
            rendered = []
            for item in _items_with_and(items, end):
                wrapped = textwrap.wrap(item, 70 - indent, break_on_hyphens=False) or [""]
                rendered.append("\n".join([f"{mark} {wrapped[0]}"] + [" " * indent + w for w in wrapped[1:]]))
            return ["\x00" + "\n".join(_wrap(head + ":", 72)), "\x00" + "\n".join(rendered)]
        listed = _listed(legend, render)
        if listed is None:
            return None
        body = "\n\n".join(p[1:] if p.startswith("\x00") else "\n".join(_wrap(p, 72)) for p in listed)
        return before.rstrip() + "\n\n" + body + "\n\n" + after.lstrip(), "txt"
    return layout


# Names a word processor keeps on one line with no-break spaces
_KEPT_TOGETHER = re.compile(r"\b(?:Form|Section|Item|Rule|Act of|Reform|Securities|Exchange|Private|No\.) (?=\S)")


def _word_export(paragraph: str) -> str:
    """A paragraph as an RTF or Word export leaves it: no-break spaces inside the names kept
    together ("Form\u00a010-K", "Section\u00a021E"), and discretionary (soft) hyphens at the
    syllable breaks of every long word, two or three of them a word."""
    text = _KEPT_TOGETHER.sub(lambda m: m.group().rstrip() + "\u00a0", paragraph)
    def soft(match: re.Match[str]) -> str:
        word = match.group()
        return "\u00ad".join(word[i:i + 4] for i in range(0, len(word), 4))
    return re.sub(r"\b[A-Za-z]{8,}\b", soft, text)


def word_export(before: str, legend: str, after: str) -> tuple[str, str]:
    paragraphs = [_word_export(p) for p in _paragraphs(legend)]
    return before.rstrip() + "\n\n" + "\n\n".join(paragraphs) + "\n\n" + after.lstrip(), "txt"


def md_bold_quote(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # Markdown: the heading a `**bold**` line, the legend after it a block quote that opens with
    # a blank quoted line (">" alone), its paragraphs parted by ">" lines.
    heading, body = heading_and_body(legend)
    if heading is None:
        return None
    quoted = ">\n" + "\n>\n".join("> " + p for p in body)
    return _markdown(before, [f"**{heading}**", quoted], after), "md"


_WIRE_TAIL_WORDS = 400


def newswire_source(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # A newswire page: the legend's last line followed at once (a line break, no blank line) by
    # the wire's "SOURCE" line, then a "###" separator, the rest after it. Only where little
    # follows the legend (`_WIRE_TAIL_WORDS`), as in a wire copy, whose SOURCE line ends the
    # release: put before a filing's risk discussion it would end the document there.
    if len(after.split()) > _WIRE_TAIL_WORDS:
        return None
    paragraphs = _paragraphs(legend)
    return (before.rstrip() + "\n\n###\n\n" + "\n\n".join(paragraphs) + "\nSOURCE Acme Corporation\n\n###\n\n"
            + after.lstrip()), "txt"


# -- shapes of filings and copies (forty-first session) -------------------------------------------

def _lead_closed(head: str) -> str:
    # A lead-in closed by a full stop instead of a colon: "... include the following."
    head = head.rstrip(" ,:")
    if head.lower().endswith("following"):
        return head + "."
    qualified = re.search(r"(?:not limited to|without limitation|among others)$", head)
    return head + (", the following." if qualified else " the following.")


# A qualifier that `factor_list` leaves at the start of the first item ("include -- but are not
# limited to -- risks ...", "include, without limitation, ...")
_LEFT_QUALIFIER = re.compile(r"(?:--|—|,)?\s*(?:but (?:are )?not limited to|without limitation|among others)"
                             r"\s*(?:--|—|,)?\s*")


def factor_paras_stop(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # A 10-Q's risk factors as its HTML comes out as text: the lead-in a sentence closed by a full
    # stop ("... include the following."), then a paragraph per factor, no bullet or number, each
    # capitalised and closed by a full stop. A qualifier left before the first factor goes into
    # the lead-in ("include, but are not limited to, the following.").
    def render(head: str, items: list[str], mark: str) -> list[str]:
        qualifier = _LEFT_QUALIFIER.match(items[0])
        if qualifier:
            head = head.rstrip(" ,") + ", but are not limited to,"
            items = [items[0][qualifier.end():], *items[1:]]
        return [_lead_closed(head), *(f"{item[:1].upper()}{item[1:]}." for item in items)]
    return _listed_text(legend, render, before, after)


def _cut_mid_sentence(lines: list[str]) -> int:
    """The line after which a page break falls: near the middle of `lines`, after a line that does
    not end a sentence (so that the break cuts one), or the middle when every line ends one."""
    middle = len(lines) // 2
    inside = [i for i in range(1, len(lines)) if lines[i - 1].strip() and lines[i].strip()
              and lines[i - 1].rstrip()[-1:] not in ".:;!?"]
    return min(inside, key=lambda i: abs(i - middle)) if inside else middle


def edgar_page_tag(before: str, legend: str, after: str) -> tuple[str, str]:
    # An EDGAR .txt filing of the 1990s: every paragraph wrapped at 80 columns, and a page end
    # inside one of the legend's sentences: the page number centred on its own line, then the
    # `<PAGE>` marker and the blank line that opens the next page.
    lines = []
    for paragraph in _paragraphs(legend):
        lines += _wrap(paragraph, 80) + [""]
    lines = lines[:-1]
    cut = _cut_mid_sentence(lines)
    lines[cut:cut] = ["", " " * 38 + "14", "", "<PAGE>", ""]
    return before.rstrip() + "\n\n" + "\n".join(lines) + "\n\n" + after.lstrip(), "txt"


_RUNNING_HEADER = "ACME CORPORATION AND SUBSIDIARIES"


def pdf_hyphen_header(before: str, legend: str, after: str) -> tuple[str, str]:
    # Text extracted from a typeset PDF: lines of about 70 columns, every line whose next line
    # opens with a word of five letters or more ending in that word's first half and a hyphen
    # ("uncer-" / "tainties"), a blank line between paragraphs, and a page end inside one of the
    # legend's sentences: the page number, then the next page's running header.
    lines: list[str] = []
    for paragraph in _paragraphs(legend):
        lines += _hyphenate_line_starts(_wrap(paragraph, 70), 5, alone=False) + [""]
    lines = lines[:-1]
    cut = _cut_mid_sentence(lines)
    lines[cut:cut] = ["", "23", "", _RUNNING_HEADER, ""]
    return before.rstrip() + "\n\n" + "\n".join(lines) + "\n\n" + after.lstrip(), "txt"


_FINANCIAL_TABLE = ('<table border="0" cellpadding="2" cellspacing="0" width="100%">'
                    '<tr><td></td><td align="right"><b>2026</b></td><td align="right"><b>2025</b></td></tr>'
                    '<tr><td>Net sales</td><td align="right">$ 1,234.5</td><td align="right">$ 1,101.2</td></tr>'
                    '<tr><td>Adjusted EBITDA*</td><td align="right">212.7</td><td align="right">188.4</td></tr>'
                    '<tr><td>Full-year outlook&#8224;</td><td align="right">4,900 - 5,100</td>'
                    '<td align="right">&mdash;</td></tr></table>')
_TABLE_NOTE = ("* Adjusted EBITDA is a non-GAAP measure; a reconciliation to net income is in the tables "
               "that follow.")


def table_dagger(before: str, legend: str, after: str) -> tuple[str, str]:
    # HTML: the legend as the footnote of a financial table, marked with a dagger (the outlook row
    # carries it) after another note marked with an asterisk, in small type; the heading, where
    # the legend has one, a run-in label after the mark.
    heading, body = heading_and_body(legend)
    first = (f"<b>{_esc(_label(heading, ':'))}</b> " if heading else "") + _esc(body[0])
    notes = [f'<p style="font-size:8pt">{_esc(_TABLE_NOTE)}</p>',
             f'<p style="font-size:8pt">&#8224; {first}</p>',
             *(f'<p style="font-size:8pt">{_esc(p)}</p>' for p in body[1:])]
    return _html_around(before, [_FINANCIAL_TABLE, *notes], after), "html"


_SENTENCE_SPACE = re.compile(r"(?<=[a-z0-9)][.;])\s+(?=[A-Z])")


def sup_nbsp_html(before: str, legend: str, after: str) -> tuple[str, str]:
    # HTML from a word processor: paragraphs indented with a run of `&nbsp;`, two spaces after a
    # full stop written "&nbsp; ", the heading's words joined by `&nbsp;`, and `<sup>` footnote
    # marks (`<sup>(1)</sup>`, `<sup>*</sup>`) after the last word of the first three sentences.
    heading, body = heading_and_body(legend)
    marks = iter(["(1)", "*", "(2)"])
    out = []
    for paragraph in body:
        pieces = _SENTENCE_SPACE.split(paragraph)
        marked = []
        for piece in pieces:
            mark = next(marks, None) if piece[-1:] == "." else None
            text = _esc(piece)
            marked.append(text[:-1] + f"<sup>{mark}</sup>." if mark else text)
        out.append("<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" + "&nbsp; ".join(marked) + "</p>")
    head = [f"<p><b>{'&nbsp;'.join(_esc(w) for w in heading.split())}</b></p>"] if heading else []
    return _html_around(before, head + out, after), "html"


def md_h4_quote(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # Markdown: the heading a `####` heading, the legend under it a block quote, its paragraphs
    # parted by ">" lines.
    heading, body = heading_and_body(legend)
    if heading is None:
        return None
    return _markdown(before, [f"#### {heading}", "\n>\n".join("> " + p for p in body)], after), "md"


def caps_colon(before: str, legend: str, after: str) -> tuple[str, str] | None:
    # Text: the heading in capitals closed by a colon, on the same line as the first paragraph
    # ("FORWARD-LOOKING STATEMENTS: This release ...").
    heading, body = heading_and_body(legend)
    if heading is None:
        return None
    return _text_around(before, [heading.rstrip(" .:").upper() + ": " + body[0], *body[1:]], after), "txt"


def line_endings(ending: str) -> Callable[[str, str, str], tuple[bytes, str]]:
    def layout(before: str, legend: str, after: str) -> tuple[bytes, str]:
        # The whole document with Windows (CR LF) or classic Mac (CR) line endings, the legend
        # wrapped at 72 columns; written as bytes, so that nothing translates the line ends back.
        body = "\n\n".join("\n".join(_wrap(p, 72)) for p in _paragraphs(legend))
        text = before.rstrip() + "\n\n" + body + "\n\n" + after.lstrip()
        return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", ending).encode("utf-8"), "txt"
    return layout


LAYOUTS: dict[str, Callable[[str, str, str], tuple[str | bytes, str] | None]] = {
    "identity": identity,
    "glued-url": glued_url,
    "glued-about": glued_about,
    "heading-merged": heading_merged,
    "edgar-60": edgar(60),
    "edgar-72": edgar(72),
    "tagless-html": tagless_html,
    "one-p-html": one_p_html,
    "bullets": bullets,
    "pdf-lines": pdf_lines,
    "hyphenated": hyphenated,
    "all-caps": all_caps,
    "page-footer": page_footer,
    "table-cell": table_cell,
    "two-column": two_column,
    "heading-row": heading_row,
    "div-soup": div_soup,
    "run-in-html": run_in_html,
    "run-in-colon": run_in_colon,
    "heading-br": heading_br,
    "underline-dash": underlined("-", blank=True),
    "underline-equals": underlined("=", blank=False),
    "unicode-text": unicode_text,
    "unicode-html": unicode_html,
    "html-ul": html_list("ul"),
    "html-ol": html_list("ol"),
    "table-bullets": table_bullets,
    "numbered-inline": numbered_inline("digits"),
    "lettered-inline": numbered_inline("letters"),
    "roman-inline": numbered_inline("roman"),
    "numbered-paras": numbered_paragraphs,
    "list-page-break": list_page_break,
    "signature-after": followed_by(_SIGNATURE),
    "exhibit-footer": followed_by(_EXHIBIT_FOOTER),
    "md-bold": md_heading("bold"),
    "md-atx": md_heading("atx"),
    "md-run-in": md_heading("run-in"),
    "md-blockquote": md_blockquote,
    "md-table": md_table,
    "docx": docx_plain,
    "docx-cell": docx_cell,
    "pdf": pdf,
    "heading-dash": heading_dash,
    "bold-italic-dash": bold_italic_dash,
    "small-caps-html": small_caps_html,
    "footnote": footnote,
    "semicolon-inline": semicolon_inline,
    "o-bullets": o_bullets,
    "two-column-list": two_column_list,
    "among-others-lines": among_others_lines,
    "nested-bullets": nested_bullets,
    "capital-bullets": capital_bullets,
    "factors-after": factors_after,
    "item-1a-pointer": item_1a_pointer,
    "glued-bullets": glued_bullets,
    "flat-bullets": flat_bullets,
    "numbered-commas": numbered_commas,
    "heading-renamed": heading_renamed,
    "heading-title-period": heading_title_period,
    "heading-strong-words": heading_strong_words,
    "heading-box": heading_box,
    "roman-commas": roman_commas,
    "such-as-differ": such_as_differ,
    "bullet-run": bullet_run,
    "number-table": number_table,
    "symbol-bullets": symbol_bullets,
    "lettered-paras": lettered_paras,
    "page-continued": page_continued,
    "heading-caption": heading_caption,
    "heading-th": heading_th,
    "heading-spaced": heading_spaced,
    "heading-mark": heading_mark,
    "heading-double-hyphen": heading_double_hyphen,
    "contractions": contractions,
    "british-spelling": british_spelling,
    "synonyms": synonyms,
    "company-for-we": company_for_we,
    "sec-spelled-out": sec_spelled_out,
    "no-serial-comma": no_serial_comma,
    "date-hereof": date_hereof,
    "newswire-dates": newswire_dates,
    "us-spelling": us_spelling,
    "ampersand": ampersand,
    "act-short-names": act_short_names,
    "hyphen-dropped": hyphen_dropped,
    "quotes-single": quotes_single,
    "sentence-paragraphs": sentence_paragraphs,
    "legend-first": legend_first,
    "footnote-marks": footnote_marks,
    "span-split-html": span_split_html,
    "br-wrapped-html": br_wrapped_html,
    "double-spaced": double_spaced,
    "absolute-lines": absolute_lines,
    "email-quoted": email_quoted(1),
    "email-nested": email_quoted(2),
    "line-numbers": line_numbers,
    "md-double-spaced": md_double_spaced,
    "justified": justified,
    "layout-columns": layout_columns,
    "nested-divs-html": nested_divs_html,
    "long-lines-footer": long_lines_footer,
    "dash-bullets": plain_bullets("-", 2),
    "star-bullets": plain_bullets("*", 4),
    "word-export": word_export,
    "md-bold-quote": md_bold_quote,
    "newswire-source": newswire_source,
    "factor-paras-stop": factor_paras_stop,
    "edgar-page-tag": edgar_page_tag,
    "pdf-hyphen-header": pdf_hyphen_header,
    "table-dagger": table_dagger,
    "sup-nbsp-html": sup_nbsp_html,
    "md-h4-quote": md_h4_quote,
    "caps-colon": caps_colon,
    "crlf": line_endings("\r\n"),
    "cr-only": line_endings("\r"),
}


@dataclass
class Agreement:
    """How often a layout's findings agree with the original document's, per element."""

    same: dict[str, int] = field(default_factory=lambda: {e: 0 for e in ELEMENTS})
    total: int = 0
    count_same: int = 0
    met_total: int = 0  # elements the originals meet
    met_kept: int = 0  # ... that the variants still meet
    legend_same: int = 0  # variants whose `legend-required` status is the original's
    changed: list[tuple[str, str, str, str]] = field(default_factory=list)  # document, element (or count), before, after


def _statuses(document) -> tuple[dict[str, bool], int]:
    findings = {f.rule: f for f in document.findings}
    met = {e: (f := findings.get(f"pslra.{e}")) is not None and f.status.value == "met" for e in ELEMENTS}
    risk = findings.get("pslra.risk-factors")
    return met, int(risk.details.get("count", 0)) if risk is not None else 0


def _legend_required(document) -> str:
    found = next((f for f in document.findings if f.rule == "pslra.legend-required"), None)
    return found.status.value if found is not None else "(none)"


def legend_source_span(document) -> tuple[int, int] | None:
    """The source offsets of the legend block fslcheck finds (its longest one), or None."""
    context = CheckContext(document)
    blocks = context.legend_spans
    if not blocks:
        return None
    start, end = max(blocks, key=lambda b: b[1] - b[0])
    return context.canonical.to_source(start, end)


def run(layouts: list[str], keep: Path | None, limit: int | None) -> tuple[dict[str, Agreement], int]:
    pack = fslcheck.compile_pack("us-pslra")
    folder = keep or Path(tempfile.mkdtemp(prefix="fslcheck-layouts-"))
    folder.mkdir(parents=True, exist_ok=True)
    results = {name: Agreement() for name in layouts}
    used = 0
    try:
        for path in accuracy.tune_legends():
            if limit is not None and used >= limit:
                break
            original = fslcheck.check([str(path)], pack).documents[0]
            if original.error or original.document is None:
                continue
            span = legend_source_span(original.document)
            if span is None:
                continue
            used += 1
            text = original.document.text
            before, legend, after = text[: span[0]], text[span[0] : span[1]], text[span[1] :]
            expected, expected_count = _statuses(original)
            expected_gate = _legend_required(original)
            for name in layouts:
                made = LAYOUTS[name](before, legend, after)
                if made is None:
                    continue
                variant, suffix = made
                target = folder / f"{path.stem}.{name}.{suffix}"
                if isinstance(variant, bytes):
                    target.write_bytes(variant)
                else:
                    target.write_text(variant, encoding="utf-8")
                checked = fslcheck.check([str(target)], pack).documents[0]
                tally = results[name]
                tally.total += 1
                if checked.error:
                    tally.changed.append((path.name, "(load)", "ok", checked.error))
                    continue
                found, count = _statuses(checked)
                gate = _legend_required(checked)
                tally.legend_same += gate == expected_gate
                if gate != expected_gate:
                    tally.changed.append((path.name, "legend-required", expected_gate, gate))
                tally.met_total += sum(expected.values())
                tally.met_kept += sum(expected[e] and found[e] for e in ELEMENTS)
                tally.count_same += count == expected_count
                if count != expected_count:
                    tally.changed.append((path.name, "count", str(expected_count), str(count)))
                for element in ELEMENTS:
                    if found[element] == expected[element]:
                        tally.same[element] += 1
                    else:
                        tally.changed.append((path.name, element, _word(expected[element]), _word(found[element])))
    finally:
        if keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return results, used


def _word(met: bool) -> str:
    return "met" if met else "not met"


def print_results(results: dict[str, Agreement], used: int, show: int, out=sys.stdout) -> None:
    def say(*args):
        print(*args, file=out)

    say(f"{used} tune-half documents with a legend; share of variants whose finding is the original's\n")
    names = list(results)
    short = {e: e[:9] for e in ELEMENTS}
    say(f"{'layout':15} {'docs':>4} " + " ".join(f"{short[e]:>9}" for e in ELEMENTS) + f" {'all':>6} {'count':>6} {'kept':>6} {'legend':>6}")
    grand_same = grand_total = 0
    for name in names:
        r = results[name]
        if not r.total:
            say(f"{name:15} {0:4}")
            continue
        same = sum(r.same.values())
        grand_same += same
        grand_total += r.total * len(ELEMENTS)
        say(f"{name:15} {r.total:4} " + " ".join(f"{r.same[e] / r.total:9.3f}" for e in ELEMENTS)
            + f" {same / (r.total * len(ELEMENTS)):6.3f} {r.count_same / r.total:6.3f}"
            + f" {r.met_kept / max(r.met_total, 1):6.3f} {r.legend_same / r.total:6.3f}")
    if grand_total:
        say(f"\noverall agreement: {grand_same / grand_total:.3f} ({grand_same}/{grand_total} element findings)")
    if show:
        say("")
        for name in names:
            changed = results[name].changed
            if changed:
                say(f"{name}: {len(changed)} changed findings")
                for document, element, before, after in changed[:show]:
                    say(f"  {document}  {element}: {before} -> {after}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--layout", action="append", choices=list(LAYOUTS), default=None,
                        help="a layout to try (repeatable; default: all)")
    parser.add_argument("--keep", type=Path, default=None, help="keep the generated documents in this folder")
    parser.add_argument("--limit", type=int, default=None, help="at most this many documents")
    parser.add_argument("--show", type=int, default=0, help="list up to N changed findings per layout")
    args = parser.parse_args(argv)
    results, used = run(args.layout or list(LAYOUTS), args.keep, args.limit)
    print_results(results, used, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
