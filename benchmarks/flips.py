"""Flip generality: is an element still caught when the same reversal lands in another legend?

    python benchmarks/flips.py                     # every flip, tune-half documents with a legend
    python benchmarks/flips.py --flip dm-modal-not --show 10

The meaning suite (`benchmarks/meaning.py`) holds edits a reviewer wrote one at a time, each on one
legend. This benchmark asks the complementary question: take one mechanical reversal a junior
associate could make ("could differ materially" -> "could not differ materially", "undertakes no
obligation" -> "undertakes an obligation") and apply it to EVERY tune-half legend where it fits,
in whatever sentence shape that legend has. A reading that only knows the shapes it was shown
fails here in the legends whose sentences are built otherwise.

Each flip is a regular expression and its replacement, applied to every place it matches in the
document's text (so a second carrier of the element is reversed too); a flip that matches nowhere
leaves the document out. The element must have been `met` on the original text and must not be
`met` on the flipped one; where it is still `met` by a sentence the flip did not touch (a carrier
the pattern does not fit), the document is counted apart, neither caught nor missed. The test half is never used: these are for finding where readings
depend on sentence shape, and the failures they name are read and fixed as general readings.

Flips are reversals by construction only where the pattern is narrow: each is written so that
what it matches is the element's own clause (the modal before "differ", "no" before
"obligation"), and its replacement is plain English a reviewer would read as the opposite.

First run (session 38, 648 tune legends): 2463 of 2501 flips caught (0.985); every flip at 0.99 or
more but `sec-filings` "not described in" (103/111) and `statute` "not within the meaning of"
(179/197). Among the misses read: a negated post-nominal modifier ("contains forward-looking
statements not within the meaning of Section 27A"), a pointer negated in a participle ("see the
risk factors not included in our Annual Report", "is not contained in reports we file with the
SEC"), a negation of an earlier conjunct taken to reach a later one ("can give no assurance that
... and it undertakes an obligation to update"), a relative clause after an aside ("factors, many
of which are outside of its control, that could not cause ..."); the rest are flips that leave the
sentence contradicting itself ("is not under any obligation and accepts any obligation") or a
second carrier in the same sentence ("may not differ ... which may cause the actual results ... to
materially differ"), which no reading should turn round.

Preserving rewrites (`effect="preserve"`) are the other half: counsel's same meaning in other words
("could" -> "might" before the change, "materially" -> "significantly", "undertakes no obligation"
-> "has no duty", "within the meaning of" -> "as defined in"), applied to every legend they fit;
the element must stay `met`. A preserving rewrite that breaks is named with the status it got.

First run of the second batch (session 38, flips-2, 648 tune legends, before any fix):
reversals 797 of 825 caught: `rf-none-of-which` 66/66, `dm-cannot` 403/406, `ad-when-read` 56/56,
`nu-has-obligation` 224/249, `ur-should-rely` 48/48; preserving rewrites 2651 of 2660 kept:
`p-dm-might` 483/483, `p-dm-significantly` 559/559, `p-dm-substantially` 559/559, `p-nu-no-duty`
157/158, `p-nu-no-intention` 31/31, `p-ad-made-only` 148/153, `p-ur-rely-unduly` 139/139,
`p-cw-terms-like` 131/131, `p-st-as-defined` 195/197, `p-sf-discussed` 38/38, `p-id-includes`
211/212. Among the misses read: 22 of the 25 `nu-has-obligation` misses were the flip's own fault
(a second disclaimer in the sentence: "has an obligation and does not intend to update"; "has an
duty"), so the flip now leaves such a sentence alone; 4 of the 5 `p-ad-made-only` breaks rewrote
what is not a statement ("the information reported on this call is made only as of today") or
made "are made only as of the date made", so the rewrite now takes statements only; `dm-cannot`'s
3 were a second carrier or a contradiction but one ("factors, many of which are outside of the
company's control, that cannot cause", left failing). Real misses fixed in fslcheck: "as defined
in" after a fronted "Before the call," read as a verb in the past ("-ed" after "as" is a
participle). Left failing: "includes 'forward-looking statements'" after "In addition to the
historical information contained herein" (identification violated), "has no duty to timely
inform, update, or revise" (no-update missing), "assumes no responsibility for the accuracy ...
and has a duty to update" (no-update still met). After: `nu-has-obligation` 224/225, `p-ad-made-only`
126/126, `p-st-as-defined` 197/197.

The third batch (session 39, flips-3) takes elements and shapes the first two leave alone.
Reversals: a factor lead-in's listing verb turned into its antonym or denied (`rf-exclude`:
"factors that could cause ... exclude ...", "risks, excluding ..."; `rf-not-include`), the
pointer denied by a quantifier (`sf-none-described`: "other risks, none of which are described in
our filings with the SEC"), the statements named by a copula denied (`id-are-not`: "... are not
forward-looking statements"), the passive caution turned into advice (`ur-passive-full`: "full
reliance should be placed"), the limit to the date denied (`ad-not-only`: "do not speak only as
of"), the disclaimer turned into a promise (`nu-undertakes-to`: "undertakes to update") and the
claim to the safe harbor withdrawn (`st-not-intended`). Preserving: "include, among others," and
"include, but are not limited to," each way (`p-rf-not-limited`, `p-rf-among-others`), "important
factors" -> "key factors", the lead-in turned round ("Factors that could cause ... include" ->
"Among the factors that could cause ... are", `p-rf-among-are`), the caption "Forward-Looking
Statements" -> "Cautionary Statement Regarding Forward-Looking Information", a caption's "Safe
Harbor" -> "Safe Harbour", "filed with" -> "on file with" (not after "have", "we", an adverb ...),
"Securities and Exchange Commission" -> "SEC" (not where the name is defined), "as of the date
hereof" -> "as at the date hereof", "contains forward-looking statements" -> "contains statements
that are forward-looking", "not to place undue reliance" -> "to place no undue reliance",
"undertakes no obligation" -> "does not undertake any obligation", the Acts by their short names
("the Exchange Act", "the Securities Act"). Left out on purpose: "filed with the SEC" -> "not yet
filed with the SEC" (counsel reads a pointer to a Form 10-K "to be filed" as still pointing to the
company's SEC filings: neither the opposite nor the same meaning), and a list made closed ("include
only"), which changes the meaning but still names the factors.

First run of the third batch (656 tune legends, before any fix): reversals 966 of 1018 caught:
`rf-exclude` 172/197, `rf-not-include` 185/198, `sf-none-described` 104/115, `id-are-not` 115/115,
`ur-passive-full` 15/15, `ad-not-only` 147/149, `nu-undertakes-to` 224/225, `st-not-intended` 4/4;
preserving rewrites 1777 of 1781 kept: `p-rf-key-factors` 58/59, `p-rf-among-are` 44/47, every
other 100% (`p-rf-not-limited` 45, `p-rf-among-others` 175, `p-hd-cautionary` 163, `p-hd-harbour`
26, `p-sf-on-file` 108, `p-sf-sec` 195, `p-ad-as-at` 146, `p-id-that-are` 321, `p-ur-place-no` 141,
`p-nu-not-undertake` 258, `p-st-short-acts` 97). Real misses fixed in fslcheck: an exceptive right
after the factors a lead-in names opens the list of what they leave out ("as a result of several
factors, excluding unexpected costs, ...", "based on factors not including market conditions,
..."; not "other than those discussed above, including ..."); "the following" governed by an
exceptive or "exclude" ("excluding the following factors: (1) ..."); the determiner "such" ("Such
statements involve risks ..., excluding: ...") was read as the listing word of "such as", which
kept an exceptive before a colon from turning the list round; "the following key factors" as a
lead-in; "Among the factors that could cause ... differ materially from those described in this
conference call are ..." (the comparison longer than one gap). The flip's own fault, fixed in the
flip: the first "including" after the factors named a filing ("described in our filings with the
SEC, including our most recent Annual Report ..., and include ...") or the qualifier read "not
limited, to," so the lead-in's own verb was left standing. Left failing: exceptives after a long
factor phrase ("because of factors that affect international businesses ..., as well as matters
specific to the Company ..., excluding ..."), an excluded item with an inner "including" ("factors
excluding market conditions, including the prolonged downturn, ..."), an exceptive before a colon
after a lead-in that holds an "including" aside, `sf-none-described` where another pointer stands
in the sentence or the rewrite contradicts it ("none of which are included in this report and
elsewhere in this report") but one ("review the statements of risks, none of which are contained
in our earnings press releases and filings with the SEC"), `ad-not-only` where a next sentence
supplies the statements to a referring-back reading ("... do not speak only as of the date they
are made. [The company] gives no assurance that it will achieve the expectations stated herein.")
and the batch-two "assumes no responsibility for the accuracy ... and undertakes to update".
After: reversals 1002 of 1030 (`rf-exclude` 191/203, `rf-not-include` 202/204, the flip's fix
bringing in six legends each; the rest as before), preserving rewrites 1781 of 1781
(`p-rf-key-factors` 59/59, `p-rf-among-are` 47/47); `rf-could-not-cause` 70/70 and
`rf-none-of-which` 67/67 unchanged, and the tune accuracy unchanged.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import fslcheck

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.benchmark_modules import benchmark_module  # noqa: E402 - the one loader of benchmark scripts

accuracy = benchmark_module("accuracy")

_I = re.IGNORECASE
_CHANGE = r"(?:differ|vary|diverge|be materially different|be significantly different|deviate)"


@dataclass(frozen=True)
class Flip:
    element: str
    pattern: re.Pattern[str]
    replace: str | Callable[[re.Match[str]], str]
    about: str
    effect: str = "reverse"  # "reverse": the element must no longer be met; "preserve": it must stay met
    # a match is left alone where its sentence also holds this: a second carrier of the element the
    # flip would leave standing beside its reversal ("has an obligation and does not intend to update")
    skip: re.Pattern[str] | None = None


# a word before "filed with" after which "on file with" would not read ("we have filed with", "previously filed with")
_FILED_NOT_AFTER = {"have", "has", "had", "having", "been", "be", "being", "and", "or", "we", "it", "they", "i", "he", "she",
                    "company", "corporation", "who", "that", "which", "was", "were", "is", "are", "will", "to", "not",
                    "also", "then", "later", "hereafter", "hereinafter"}


def _singular(verb: str) -> bool:
    """A verb of the third person singular ('speaks', 'has', 'is', 'undertakes'), not 'speak', 'have', 'are'."""
    return verb.lower().endswith("s")


def _cap(model: str, word: str) -> str:
    """`word` capitalised as `model` is (a rewrite at the start of a sentence)."""
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


# the listing verb of a factor lead-in ("factors that could cause ... include", "risks, including"), with
# a non-exhaustiveness qualifier after it; not an "including" that names a filing ("described in our
# filings with the SEC, including our most recent Annual Report"): that is the pointer's, and the
# lead-in after it is the one to turn
_RF_LISTING = re.compile(
    r"\b((?:factors|risks|uncertainties)\b(?:[^.;:\n]|\n(?!\n)){0,200}?[\s,])(include|includes|including)"
    r"(?:,?\s+(?:but\s+(?:are\s+|is\s+)?not\s+limited,?\s+to|without\s+limitation|among\s+others|"
    r"among\s+other\s+things|among\s+other\s+factors)[,;]?)?(?=[\s:,;])"
    r"(?!,?\s+(?:in\s+)?(?:our|its|the|their)\s+(?:[\w’'-]+\s+){0,3}?(?:annual|quarterly|most\s+recent|form|filings?|reports?)\b)", _I)

FLIPS: dict[str, Flip] = {
    "dm-modal-not": Flip(
        "differ-materially",
        re.compile(rf"\b(could|may|might|can|would)(\s+(?:\w+\s+){{0,5}}?{_CHANGE}\b)", _I),
        r"\1 not\2", "a modal before the change denied: 'could not cause actual results to differ materially'"),
    "dm-slightly": Flip(
        "differ-materially",
        re.compile(rf"\b({_CHANGE}(?:\s+\w+){{0,1}}?)\s+(materially|significantly|substantially)\b", _I),
        r"\1 only slightly", "the degree turned down: 'differ only slightly'"),
    "nu-duty-assumed": Flip(
        "no-update",
        re.compile(r"\b(?:(undertakes?|undertaking|assumes?|assuming|has|have|is under|are under|accepts?|bears?)"
                   r"\s+no\s+(obligation|duty|responsibility|intention)"
                   r"|(does|do|will)\s+not\s+(undertake|assume|intend|plan|have any)"
                   r"|(?:expressly |specifically )?disclaim(s|ed|ing)?)\b", _I),
        lambda m: (f"{m.group(1)} an {m.group(2)}" if m.group(1)
                   else f"{m.group(3)} {m.group(4).replace('have any', 'have an')}" if m.group(3)
                   else "accept" + (m.group(5) or "")),
        "every disclaimer of the sentence turned into a duty or an intention: 'undertakes an obligation "
        "to update', 'does intend to update', 'accepts any obligation'"),
    "ur-full-reliance": Flip(
        "undue-reliance",
        re.compile(r"\b(?:should\s+)?not\s+(to\s+)?(place|put)\s+undue\s+reliance\b", _I),
        lambda m: ("to " if m.group(1) else "should ") + m.group(2) + " full reliance",
        "the caution turned into advice to rely: 'cautioned to place full reliance on'"),
    "ad-thereafter": Flip(
        "as-of-date",
        re.compile(r"\b(speaks?|are made|is made|were made|was made|made)\s+only\s+(as\s+of|on)\s+"
                   r"(the\s+date\s+(?:hereof|of\s+this\s+(?:press\s+)?(?:release|news\s+release|report|announcement))|today)", _I),
        r"\1 \2 \3 and at all times thereafter", "the date made open-ended: 'speak as of the date hereof and at all times thereafter'"),
    "cw-not-identified": Flip(
        "cue-words",
        re.compile(r"\b(can|may|could|will|are|is|generally|often|typically)\s+(be\s+)?(identified\s+by|intended\s+to\s+identify)\b", _I),
        r"\1 not \2\3", "the words said not to identify: 'can not be identified by', 'are not intended to identify'"),
    "sf-not-described": Flip(
        "sec-filings",
        re.compile(r"\b(described|discussed|detailed|set forth|contained|included|identified|outlined|disclosed)"
                   r"(\s+(?:from time to time\s+)?(?:in|under)\s+(?:the\s+)?(?:company'?s?\s+|our\s+|its\s+)?"
                   r"(?:most recent\s+|latest\s+|recent\s+|periodic\s+|annual\s+|quarterly\s+)*"
                   r"(?:filings|reports|form|sec|securities|annual|quarterly|registration|public))", _I),
        r"not \1\2", "the pointer reversed: 'risks not described in our Form 10-K'"),
    "id-contains-no": Flip(
        "identification",
        re.compile(r"\b(contains?|includes?|may contain|may include)\s+(?:certain\s+|some\s+)?([\"“]?forward[- ]looking)", _I),
        r"\1 no \2", "the document said to hold none: 'contains no forward-looking statements'"),
    "st-not-within": Flip(
        "statute",
        re.compile(r"\b(within the meaning of|pursuant to the safe harbor|under the safe harbor|made under the)\b", _I),
        r"not \1", "the Act set aside: 'statements not within the meaning of Section 21E'"),
    "rf-could-not-cause": Flip(
        "risk-factors",
        re.compile(r"\b((?:factors|risks|uncertainties|events)\s+(?:that|which)\s+(?:could|may|might))\s+(cause|affect)\b", _I),
        r"\1 not \2", "the factors said unable to cause a difference: 'factors that could not cause ...'"),
    "hd-historical": Flip(
        "heading",
        re.compile(r"^([ \t#*]*)(?:cautionary\s+(?:note|statement)s?\s+(?:regarding|concerning|about|on)\s+)?"
                   r"(?:forward[- ]looking\s+(?:statements?|information)|safe\s+harbor\s+statement)"
                   r"(?=[ \t*:.]*$)", _I | re.MULTILINE),
        r"\1Historical Information", "the caption renamed to another topic: 'Historical Information'"),
    # --- more reversals, of other families ---------------------------------------------------
    "rf-none-of-which": Flip(
        "risk-factors",
        re.compile(r"\b((?:factors|risks|uncertainties|events))\s+(?:that|which)\s+(could|may|might)\s+(cause)\b", _I),
        r"\1, none of which \2 \3", "a quantifier denies every factor: 'factors, none of which could cause actual results to differ'"),
    "dm-cannot": Flip(
        "differ-materially",
        re.compile(rf"\b(could|may|might|can)(\s+(?:\w+\s+){{0,5}}?{_CHANGE}\b)", _I),
        lambda m: _cap(m.group(1), "cannot") + m.group(2), "the modal made impossible: 'actual results cannot differ materially'"),
    "ad-when-read": Flip(
        "as-of-date",
        re.compile(r"\b(speaks?|are made|is made|were made|was made)\s+only\s+(?:as\s+of|on)\s+"
                   r"(?:the\s+date\s+(?:hereof|of\s+this\s+(?:press\s+)?(?:release|news\s+release|report|announcement))|today)", _I),
        lambda m: f"{m.group(1)} as of the date the reader reads {'it' if _singular(m.group(1).split()[0]) else 'them'}",
        "the date moved to the reading: 'speak as of the date the reader reads them'"),
    "nu-has-obligation": Flip(
        "no-update",
        re.compile(r"\b(undertakes?|assumes?|has|have)\s+no\s+(obligation|duty)\b", _I),
        lambda m: f"{'has' if _singular(m.group(1)) else 'have'} {'an' if m.group(2).lower() == 'obligation' else 'a'} {m.group(2)}",
        "the disclaimer turned into a duty: 'the Company has an obligation to update'",
        skip=re.compile(r"\b(?:(?:does|do|will)\s+not\s+(?:intend|plan|undertake|assume)|disclaim\w*|no\s+(?:intention|commitment|plans?))\b", _I)),
    "ur-should-rely": Flip(
        "undue-reliance",
        re.compile(r"\b(should)\s+not\s+(?:place|put)\s+undue\s+reliance\s+(on|upon)\b", _I),
        r"\1 rely \2", "the caution turned into advice: 'you should rely on these forward-looking statements'"),
    # --- preserving rewrites: counsel's same meaning in other words; the element must stay met ---
    "p-dm-might": Flip(
        "differ-materially",
        re.compile(rf"\b(could|may)(\s+(?:\w+\s+){{0,5}}?{_CHANGE}\b)", _I),
        lambda m: _cap(m.group(1), "might") + m.group(2), "'could'/'may' -> 'might' before the change", "preserve"),
    "p-dm-significantly": Flip(
        "differ-materially",
        re.compile(rf"\b({_CHANGE}(?:\s+\w+)?\s+)materially\b|\bmaterially(\s+(?:{_CHANGE}|different)\b)", _I),
        lambda m: f"{m.group(1)}significantly" if m.group(1) else f"significantly{m.group(2)}",
        "'materially' -> 'significantly' at the change", "preserve"),
    "p-dm-substantially": Flip(
        "differ-materially",
        re.compile(rf"\b({_CHANGE}(?:\s+\w+)?\s+)materially\b|\bmaterially(\s+(?:{_CHANGE}|different)\b)", _I),
        lambda m: f"{m.group(1)}substantially" if m.group(1) else f"substantially{m.group(2)}",
        "'materially' -> 'substantially' at the change", "preserve"),
    "p-nu-no-duty": Flip(
        "no-update",
        re.compile(r"\b(undertakes?|undertaking)\s+no\s+obligation\b", _I),
        lambda m: {"undertakes": "has", "undertake": "have", "undertaking": "having"}[m.group(1).lower()] + " no duty",
        "'undertakes no obligation' -> 'has no duty'", "preserve"),
    "p-nu-no-intention": Flip(
        "no-update",
        re.compile(r"\b(does|do)\s+not\s+intend\s+to\b", _I),
        lambda m: ("has" if m.group(1).lower() == "does" else "have") + " no intention to",
        "'does not intend to' -> 'has no intention to'", "preserve"),
    "p-ad-made-only": Flip(
        "as-of-date",
        # only of statements (information or materials are not "made"), and not before "the date made"
        re.compile(r"\b(statements?\b[^.;]{0,60}?\s)(speaks?)\s+only\s+as\s+of(?!\s+the\s+date\s+made)\b", _I),
        lambda m: m.group(1) + ("is" if m.group(2).lower() == "speaks" else "are") + " made only as of",
        "'speak only as of' -> 'are made only as of'", "preserve"),
    "p-ur-rely-unduly": Flip(
        "undue-reliance",
        re.compile(r"\bnot\s+(to\s+)?(?:place|put)\s+undue\s+reliance\s+(on|upon)\b", _I),
        lambda m: f"not {m.group(1) or ''}rely unduly {m.group(2)}",
        "'not to place undue reliance on' -> 'not to rely unduly on'", "preserve"),
    "p-cw-terms-like": Flip(
        "cue-words",
        re.compile(r"\bwords\s+such\s+as\b", _I),
        lambda m: _cap(m.group(0), "terms like"), "'words such as' -> 'terms like'", "preserve"),
    "p-st-as-defined": Flip(
        "statute",
        re.compile(r"\bwithin\s+the\s+meaning\s+of\b", _I),
        "as defined in", "'within the meaning of' -> 'as defined in'", "preserve"),
    "p-sf-discussed": Flip(
        "sec-filings",
        re.compile(r"\bdescribed(\s+in\s+our)\b", _I),
        r"discussed\1", "'described in our' -> 'discussed in our'", "preserve"),
    "p-id-includes": Flip(
        "identification",
        re.compile(r"\b(contains?)(\s+[\"“]?forward[- ]looking\s+statements)\b", _I),
        lambda m: _cap(m.group(1), "includes" if m.group(1).lower() == "contains" else "include") + m.group(2),
        "'contains forward-looking statements' -> 'includes forward-looking statements'", "preserve"),
    # --- third batch (flips-3): reversals of other shapes ----------------------------------------
    "rf-exclude": Flip(
        "risk-factors",
        # the lead-in's listing verb after the factors of its own sentence turned into its antonym;
        # a non-exhaustiveness qualifier after it goes (it qualifies an inclusion)
        _RF_LISTING,
        lambda m: m.group(1) + "ex" + m.group(2)[2:].lower(),
        "the list turned into what the factors leave out: 'factors that could cause ... exclude competition, ...'"),
    "rf-not-include": Flip(
        "risk-factors",
        _RF_LISTING,
        lambda m: m.group(1) + {"include": "do not include", "includes": "does not include",
                                "including": "not including"}[m.group(2).lower()],
        "the listing verb denied: 'factors that could cause ... do not include competition, ...'"),
    "sf-none-described": Flip(
        "sec-filings",
        re.compile(r"\b((?:factors|risks|uncertainties|risk factors))(?:,)?\s+(?:(?:as\s+)?(?:more\s+fully\s+|further\s+|"
                   r"in\s+more\s+detail\s+|from\s+time\s+to\s+time\s+)?)(described|discussed|detailed|identified|set\s+forth|"
                   r"contained|included|outlined|disclosed)(\s+(?:from\s+time\s+to\s+time\s+)?(?:in|under)\s+)"
                   r"(?=[^.;]{0,80}?(?:filings?|reports?|\bForm\b|\bSEC\b|Securities\s+and\s+Exchange|10-K|10-Q|20-F|40-F|prospectus|registration))", _I),
        r"\1, none of which are \2\3",
        "a quantifier denies the pointer: 'other risks, none of which are described in our filings with the SEC'"),
    "id-are-not": Flip(
        "identification",
        re.compile(r"\b(are|is|constitute|constitutes)\s+([\"“]?forward[- ]looking\s+statements?)\b", _I),
        lambda m: (f"{m.group(1)} not " if m.group(1).lower() in ("are", "is")
                   else f"{'do' if m.group(1).lower() == 'constitute' else 'does'} not constitute ") + m.group(2),
        "the statements said not to be forward-looking: 'statements that are not historical facts are not forward-looking statements'"),
    "ur-passive-full": Flip(
        "undue-reliance",
        re.compile(r"\b(?:no\s+)?undue\s+reliance\s+(should|must|ought\s+to|may)\s+(?:not\s+)?(be\s+(?:placed|put))\b", _I),
        lambda m: _cap(m.group(0), "full reliance") + f" {m.group(1)} {m.group(2)}",
        "the passive caution turned into advice to rely: 'full reliance should be placed on these statements'",
        skip=None),
    "ad-not-only": Flip(
        "as-of-date",
        re.compile(r"\b(speaks?|are\s+made|is\s+made)\s+only\s+(as\s+of|on)\b", _I),
        lambda m: (f"{'does' if _singular(m.group(1)) else 'do'} not speak only" if m.group(1).lower().startswith("speak")
                   else m.group(1).split()[0] + " not made only") + f" {m.group(2)}",
        "the limit to the date denied: 'which do not speak only as of the date hereof'"),
    "nu-undertakes-to": Flip(
        "no-update",
        re.compile(r"\b(undertakes?|assumes?)\s+no\s+(?:obligation|duty|responsibility)\s+to\b", _I),
        lambda m: ("undertakes" if _singular(m.group(1)) else "undertake") + " to",
        "the disclaimer turned into a promise: 'the Company undertakes to update any forward-looking statement'",
        skip=re.compile(r"\b(?:(?:does|do|will)\s+not\s+(?:intend|plan|undertake|assume)|disclaim\w*|no\s+(?:intention|commitment|plans?))\b", _I)),
    "st-not-intended": Flip(
        "statute",
        re.compile(r"\b(is|are)\s+((?:hereby\s+)?intended\s+to\s+(?:qualify|be\s+covered|come\s+within|fall\s+within|take\s+advantage|be\s+subject))\b", _I),
        r"\1 not \2", "the claim to the safe harbor withdrawn: 'statements are not intended to qualify for the safe harbor'"),
    # --- third batch: preserving rewrites ---------------------------------------------------------
    "p-rf-not-limited": Flip(
        "risk-factors",
        re.compile(r"\b(include|includes|including),?\s+among\s+other(?:s|\s+things|\s+factors),?", _I),
        lambda m: m.group(1) + {"include": ", but are not limited to,", "includes": ", but is not limited to,",
                                "including": ", but not limited to,"}[m.group(1).lower()],
        "'include, among others,' -> 'include, but are not limited to,'", "preserve"),
    "p-rf-among-others": Flip(
        "risk-factors",
        re.compile(r"\b(include|includes|including),?\s+(?:but\s+(?:are\s+|is\s+)?not\s+limited\s+to|without\s+limitation),?", _I),
        lambda m: m.group(1) + ", among others,",
        "'include, but are not limited to,' -> 'include, among others,'", "preserve"),
    "p-rf-key-factors": Flip(
        "risk-factors",
        re.compile(r"\bimportant(\s+(?:risk\s+)?factors)\b", _I),
        lambda m: _cap(m.group(0), "key") + m.group(1), "'important factors' -> 'key factors'", "preserve"),
    "p-rf-among-are": Flip(
        "risk-factors",
        # the lead-in turned round at the start of its sentence: "Factors that could cause X include" ->
        # "Among the factors that could cause X are"
        re.compile(r"(?:\A|(?<=\.\s)|(?<=\n\n))(?:(Important|Key|Other|Certain|Some|Additional)\s+)?"
                   r"(factors|risks and uncertainties|risks|uncertainties)(\s+(?:that|which)\s+(?:could|may|might|can)\s+"
                   r"(?:[^.;:()\n]|\n(?!\n)){0,160}?)\s+include(?:,?\s+(?:but\s+(?:are\s+)?not\s+limited\s+to|without\s+limitation|"
                   r"among\s+others|among\s+other\s+things),?)?(?=[\s:])", _I),
        lambda m: "Among the " + (m.group(1).lower() + " " if m.group(1) else "") + m.group(2).lower() + m.group(3) + " are",
        "'Factors that could cause ... include' -> 'Among the factors that could cause ... are'", "preserve"),
    "p-hd-cautionary": Flip(
        "heading",
        re.compile(r"^([ \t#*]*)forward[- ]looking\s+statements?(?=[ \t*:.]*$)", _I | re.MULTILINE),
        r"\1Cautionary Statement Regarding Forward-Looking Information",
        "the caption 'Forward-Looking Statements' -> 'Cautionary Statement Regarding Forward-Looking Information'", "preserve"),
    "p-hd-harbour": Flip(
        "heading",
        # (a caption's capitals: "safe harbor" in running text is not a heading)
        re.compile(r"^([ \t#*]*[^\n.]{0,60}?\b(?:Safe\s+Harbor|SAFE\s+HARBOR))\b(?=[^\n.]{0,80}[.:]?[ \t*]*$)", re.MULTILINE),
        lambda m: m.group(1)[:-1] + ("UR" if m.group(1).endswith("HARBOR") else "ur"),
        "a heading's 'Safe Harbor' -> 'Safe Harbour'", "preserve"),
    "p-sf-on-file": Flip(
        "sec-filings",
        re.compile(r"\b(\w+\s+)filed\s+with\b", _I),
        lambda m: m.group(0) if (m.group(1).strip().lower() in _FILED_NOT_AFTER or m.group(1).strip().lower().endswith("ly")) else m.group(1) + "on file with",
        "'reports filed with the SEC' -> 'reports on file with the SEC'", "preserve"),
    "p-sf-sec": Flip(
        "sec-filings",
        re.compile(r"\b(?:U\.\s?S\.\s+|United\s+States\s+)?Securities\s+and\s+Exchange\s+Commission\b(?!\s*\(|\s*[,]?\s*[\"“(])", _I),
        "SEC", "'Securities and Exchange Commission' -> 'SEC' (not where the name is defined)", "preserve"),
    "p-ad-as-at": Flip(
        "as-of-date",
        re.compile(r"\bas\s+of(\s+the\s+date\s+(?:hereof|of\s+this\b))", _I),
        r"as at\1", "'as of the date hereof' -> 'as at the date hereof'", "preserve"),
    "p-id-that-are": Flip(
        "identification",
        re.compile(r"\b(contains?|includes?)\s+(certain\s+)?[\"“]?forward[- ]looking\s+statements[\"”]?(?!\s*\()", _I),
        lambda m: f"{m.group(1)} {m.group(2) or ''}statements that are forward-looking",
        "'contains forward-looking statements' -> 'contains statements that are forward-looking'", "preserve"),
    "p-ur-place-no": Flip(
        "undue-reliance",
        re.compile(r"\bnot\s+(to\s+)?(place|put)\s+undue\s+reliance\b", _I),
        lambda m: f"{m.group(1) or ''}{m.group(2)} no undue reliance",
        "'not to place undue reliance' -> 'to place no undue reliance'", "preserve"),
    "p-nu-not-undertake": Flip(
        "no-update",
        re.compile(r"\b(undertakes?|assumes?)\s+no\s+(obligation|duty|responsibility)\b", _I),
        lambda m: f"{'does' if _singular(m.group(1)) else 'do'} not {m.group(1).lower().rstrip('s')} any {m.group(2)}",
        "'undertakes no obligation' -> 'does not undertake any obligation'", "preserve"),
    "p-st-short-acts": Flip(
        "statute",
        re.compile(r"\b(?:the\s+)?(?:U\.S\.\s+)?Securities\s+(Exchange\s+)?Act\s+of\s+19(?:33|34)(?:,\s+as\s+amended)?(?!\s*\(|,?\s*[\"“])", _I),
        lambda m: (m.group(0)[:4] if m.group(0).lower().startswith("the ") else "the ") + ("Exchange Act" if m.group(1) else "Securities Act"),
        "'Securities Exchange Act of 1934' -> 'the Exchange Act', 'Securities Act of 1933' -> 'the Securities Act'", "preserve"),
}


@dataclass
class Tally:
    applied: int = 0
    caught: int = 0
    elsewhere: int = 0  # still met, by a sentence the flip did not touch (a second carrier)
    missed: list[tuple[str, str]] = field(default_factory=list)  # document, the evidence still read as met


def _finding(document, element: str):
    return next((f for f in document.findings if f.rule == f"pslra.{element}"), None)


def _met(document, element: str) -> bool:
    finding = _finding(document, element)
    return finding is not None and finding.status.value == "met"


def _flipped(flip: Flip, text: str) -> tuple[str, list[str]]:
    """The text with every match flipped, and each flipped place with a few words either side
    (whitespace collapsed), to tell whether the evidence still read as met is a flipped sentence."""
    pieces, places, last = [], [], 0
    for match in flip.pattern.finditer(text):
        if flip.skip is not None:
            start = max(text.rfind(". ", 0, match.start()), text.rfind("\n\n", 0, match.start()), 0)
            ends = [e for e in (text.find(". ", match.end()), text.find("\n\n", match.end())) if e >= 0]
            if flip.skip.search(text, start, min(ends, default=len(text))):
                continue
        new = match.expand(flip.replace) if isinstance(flip.replace, str) else flip.replace(match)
        if new == match.group(0):  # the rewrite declined this place
            continue
        pieces += [text[last : match.start()], new]
        last = match.end()
        places.append((sum(map(len, pieces)) - len(new), sum(map(len, pieces))))
    pieces.append(text[last:])
    flipped = "".join(pieces)
    return flipped, [" ".join(flipped[max(0, a - 12) : b + 12].split()[1:-1]) for a, b in places]


def run(names: list[str], limit: int | None = None,
        shard: tuple[int, int] | None = None) -> tuple[dict[str, Tally], int]:
    pack = fslcheck.compile_pack("us-pslra")
    tallies = {name: Tally() for name in names}
    used = 0
    seen = -1
    for path in accuracy.tune_legends():
        seen += 1
        if shard is not None and seen % shard[1] != shard[0]:
            continue
        if limit is not None and used >= limit:
            break
        original = fslcheck.check([str(path)], pack).documents[0]
        if original.error or original.document is None:
            continue
        used += 1
        text = original.document.text
        for name in names:
            flip = FLIPS[name]
            if not _met(original, flip.element):
                continue
            flipped, places = _flipped(flip, text)
            if not places:
                continue
            result = pack.check_text(flipped, path.name)
            tally = tallies[name]
            if flip.effect == "preserve":
                tally.applied += 1
                if _met(result, flip.element):
                    tally.caught += 1
                else:
                    finding = _finding(result, flip.element)
                    status = finding.status.value if finding else "missing"
                    tally.missed.append((path.name, f"{status}: " + " | ".join(places)))
                continue
            if not _met(result, flip.element):
                tally.applied += 1
                tally.caught += 1
                continue
            evidence = " ".join(_finding(result, flip.element).excerpt.split())
            if any(place and place in evidence for place in places):
                tally.applied += 1
                tally.missed.append((path.name, evidence))
            else:
                tally.elsewhere += 1
    return tallies, used


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--flip", action="append", choices=sorted(FLIPS), help="a flip to try (repeatable; default: all)")
    parser.add_argument("--limit", type=int, help="at most this many documents")
    parser.add_argument("--show", type=int, default=0, help="list up to N missed flips per flip")
    parser.add_argument("--shard", help="I/N: only every N-th legend from the I-th (0-based), to run in parallel")
    args = parser.parse_args(argv)
    names = args.flip or list(FLIPS)
    shard = tuple(map(int, args.shard.split("/"))) if args.shard else None
    tallies, used = run(names, args.limit, shard)
    print(f"{used} tune-half legends; a flip counts where it matched and the element was met before")
    total = caught = 0
    for name in names:
        t = tallies[name]
        total, caught = total + t.applied, caught + t.caught
        rate = f"{t.caught / t.applied:.3f}" if t.applied else "  -  "
        if FLIPS[name].effect == "preserve":
            print(f"  {name:22} {FLIPS[name].element:18} kept   {t.caught:4}/{t.applied:<4} {rate}")
        else:
            print(f"  {name:22} {FLIPS[name].element:18} caught {t.caught:4}/{t.applied:<4} {rate}"
                  f"   (still met by an untouched sentence: {t.elsewhere})")
        for document, where in t.missed[: args.show]:
            print(f"      {document}: …{where}…")
    if total:
        print(f"  {'all':22} {'':18} caught {caught:4}/{total:<4} {caught / total:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
