"""Tokens of canonical text, and the clause a word stands in.

Canonical text is lower case with hyphens as spaces ("forward looking"), so a token is a run of
letters and digits with inner apostrophes ("company's", "don't"). `Tokens` is computed once per
span a rule searches; `clause_start` finds where the clause of a word begins, for negation scope.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from functools import cached_property, wraps

from ..words import ocr_skeleton

from .names import NO_NAMES, Names
from .lexicon import (BOUNDARIES, COMPLEMENT_TAKERS, DOUBTING, FINITE_VERBS, IMPRUDENT_ACTS, LOCAL_NEGATIONS, MODALS,
                      NEGATIVE_SUBJECTS, UNWISE_ACTS, WRONG_ACTS, WRONGNESS, contraction, fused_split)

# (a possessive after an abbreviation's full stop is one word: "Beta Corp.'s" reads "corp's")
# (accented Latin letters are a word's own: "Autorité des marchés financiers", "Nestlé")
_TOKEN = re.compile(r"[a-z0-9\u00e0-\u00f6\u00f8-\u00ff]+(?:'[a-z]+)*(?:(?<=[a-z]{2})\.'s(?![a-z0-9]))?|§+")
# The section sign is read as the word it stands for ("Exchange Act § 21E", "§§ 27A and 21E").
_SIGNS = {"§": "section"}
_ASIDE_OPENERS = frozenset({"except", "unless", "if", "when", "where", "whether", "which", "while", "save"})
_ASIDE_WORDS = 7
# adverbs that open a clause ("; however, we ...") but stand inside one after its auxiliary or
# negation ("Actual results will not, however, differ materially")
_SENTENCE_ADVERBS = frozenset("however nevertheless nonetheless moreover furthermore additionally".split())
_JUDGEMENTS_OVER_ACTS = WRONGNESS | WRONG_ACTS | IMPRUDENT_ACTS | UNWISE_ACTS
_VERB_CHAIN_WORDS = MODALS | frozenset("not never do does did is are was were has have had be been".split())
# a relative clause between commas may run longer than other asides ("this release, which does
# not constitute an offer to sell securities, contains ...")
_RELATIVE_ASIDE_WORDS = 14
_RELATIVE_OPENERS = frozenset("which who whose".split())
_ABSOLUTE_SUBJECTS = frozenset("each both all".split())  # "..., each speaking only as of ..."
_AUXILIARY_WORDS = MODALS | frozenset("is are was were be been do does did has have had not never".split())
_DEMONSTRATIVES = frozenset("this these that those such".split())
_KINDRED = frozenset("other others similar additional further related comparable".split())
# Nouns of outcome coordinated in one object or subject ("actual results and financial condition",
# "actual results, developments and business decisions", "results or trends"), each after at most
# one modifier.
_OUTCOME_NOUNS = frozenset("""results performance outcomes achievements condition conditions events
developments decisions trends""".split())
_OUTCOME_MODIFIERS = 1
# The nouns legends pair for what may go wrong ("risks and uncertainties", "factors or risks"): two
# of them joined by "and"/"or" with nothing between make one noun phrase, not two clauses (a
# negation governing the phrase, "No one should conclude that these risks and uncertainties are
# discussed in ...", reaches its verb).
_RISK_NOUNS = frozenset("""risk risks uncertainty uncertainties factor factors contingencies assumptions
""".split())
# An aside that coordinates a clause of its own ending on a pronoun for the noun before it ("the
# obligation, and will not shirk it,"; not "do not, and will not, undertake"): its negation is its own.
_COORDINATORS = frozenset({"and", "but"})
_TAKEN_UP = frozenset({"it", "one", "them"})
# adverbs of focus between "not" and the noun phrase it adds ("the Company, and not only its auditors,")
_FOCUS_ADVERBS = frozenset("only just merely simply solely".split())
# relatives after "none" that restate the noun before the aside ("factors, and none that we consider remote,")
_RESTATING_RELATIVES = frozenset("that which who whom".split())
# What opens the noun phrase an aside ", not X," sets aside ("this release, not the merger agreement,")
_NOUN_OPENERS = frozenset("the a an this that these those our its their his her your my we us".split())
# ... and the conditions that name the law ("where the law requires it", "even if the rules do not
# require it", "when required by law"): the law's requiring is the condition, not the company's duty
_EXCEPTION_OPENERS = frozenset({"except", "unless", "save", "than", "where", "when", "if", "beyond"})
# comparatives of excess whose "than" governs a noun phrase inside the clause ("not ... more than
# limited reliance" bounds it from above, as the caution does); "not ... less than full reliance"
# bounds it from below and keeps its own reading
_COMPARATIVE_DEGREES = frozenset("more greater higher".split())
_EXCEPTION_WORDS = 9
_LAW_WORDS = frozenset("law laws regulation regulations rules required requires require".split())
LAW_WORDS = _LAW_WORDS  # what a legal carve-out names ("as required by law")
_ADDRESSEES = frozenset("you us investors readers anyone them shareholders stockholders".split())
_TOP_DOMAINS = frozenset("com gov org net edu".split())  # an address's last part
_ABBREVIATIONS = frozenset("inc corp co ltd llc plc no nos jr sr st etc vs approx".split())
_AMONG_REACH = 9  # "not among the matters discussed in the reports that": from "among" to the relative
HARD_STOP = re.compile(r"[;:()\n]|[.!?](?:\s|$)")
_LIST_DENIALS = frozenset("none neither".split())  # "none of the following:"
# A clause opening with one of these denies its whole subject, however many nouns it coordinates
# ("Nothing in this release relating to our plans, beliefs and prospects is ...").
_NEGATIVE_SUBJECTS = NEGATIVE_SUBJECTS
_NOUN_DENIALS = frozenset("no not none never nothing nobody".split())
_AS_SUBJECTS = frozenset("such these those they it we".split())
# A sentence opening with one of these puts an adverbial clause first; the comma that closes it
# opens the main clause, and a negation inside the fronted clause ("Because these statements
# involve risks, some of which cannot be predicted, you should not rely on them") does not
# reach the main clause's verb. Conditions and times fronted the same way ("Even where the law
# does not require it, we will update them", "If the rules do not require it, we will not revise
# them") keep their negations to themselves too; "even" may stand before the opener. So does a
# fronted contrast ("Far from disclaiming any duty to revise them, we commit to doing so"; "Rather
# than list them here, we describe these risks in our Form 10-K"): it sets aside its own clause.
# So do the other openers of a reason or a condition ("Given that we cannot foresee every risk, ...",
# "As we cannot foresee every risk, ...", "Provided that ..."), and a fronted "Contrary to ..."
# ("Contrary to the usual caution not to place undue reliance on them, you may rely on them").
_FRONTED_OPENERS = frozenset("""because since although though whereas if when where while unless once
far rather instead given as considering provided contrary""".split())
_AS_VERBS = frozenset("speak speaks reflect reflects are is were was involve involves".split())
_DOUBTS = frozenset("doubt doubts question dispute".split())
# Verbs that, like a modal, show a reason clause's subject has ended ("..., as actual results stand
# little chance of differing", "as such risks remain beyond our control"): linking and raising
# verbs, which follow a subject and not the noun "as" compares.
_AS_CLAUSE_VERBS = frozenset("""stand stands remain remains seem seems appear appears tend tends""".split())
_AS_SUBJECT_WORDS = 5
# Prepositions after which "that" is a determiner or pronoun, not a clause's opener ("to that
# term", "under that Act", "of that date"); not "except", "so", "now", "given" or "provided", which
# take a "that" clause.
_BEFORE_DEMONSTRATIVE = frozenset("to of under by for with from on at into within upon".split())
# Words after which "as" is not "because": "as of", "as to", "as required", "as well", "as a result".
_NOT_AS_SUBJECTS = frozenset("of to at in for from on with by required permitted well long soon much many far "
                             "follows described set defined discussed noted amended applicable".split())
# Words that show the subject has ended and the verb begun.
_VERBS = FINITE_VERBS
# Words that open a subject of their own after ", and" (a pronoun or a quantifier standing alone)
_FRESH_SUBJECTS = frozenset("each every all some many most they it we he she".split())


_FUSED_STARTS = ("no", "any")


def _may_be_fused(text: str, a: int, b: int) -> bool:
    """Whether the token text[a:b] starts or ends as a fused token would (a cheap test first)."""
    return text.startswith(_FUSED_STARTS, a) or text.endswith(("not", "no"), a, b)


def _unfused(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token spans with each fused token ("noobligation", "shouldnot") split in two
    (`lexicon.fused_split`)."""
    out: list[tuple[int, int]] = []
    for a, b in found:
        cut = fused_split(text[a:b]) if b - a > 4 and _may_be_fused(text, a, b) else 0
        out.extend(((a, a + cut), (a + cut, b)) if cut else ((a, b),))
    return out


def _add_uncontracted(text: str, found: list[tuple[int, int]], words: list[str], starts: list[int],
                      ends: list[int]) -> None:
    """Add the tokens at `found`, each contraction as the words it stands for (`lexicon.contraction`:
    "aren't" is "are" over "are" and "not" over "n't")."""
    for a, b in found:
        word = _word(text[a:b])
        pieces = contraction(word) if "'" in word else None
        if pieces is None:
            words.append(word)
            starts.append(a)
            ends.append(b)
            continue
        for piece, start, end in pieces:
            words.append(piece)
            starts.append(a + start)
            ends.append(a + end)


def _positions(words: list[str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        out.setdefault(word, []).append(i)
    return out


_MISSING = object()


def read_once(reading: Callable[..., Any]) -> Callable[..., Any]:
    """`reading(tokens, *arguments)` computed once per tokens and arguments (kept in the tokens'
    memo). For a reading of the words alone (positions in, a token or None out): the polarity of a
    legend sentence is read for every candidate of every rule that finds parts in it, and they
    ask the same questions at the same words (a third of such calls on the .htm/.html corpus)."""

    @wraps(reading)
    def once(tokens: "Tokens", *arguments: Any, **options: Any) -> Any:
        # (an option given by name keys apart from the same value given by position: the same
        # reading all the same, only computed once more)
        key = (once, *arguments, *options.items()) if options else (once, *arguments)
        found = tokens._memo.get(key, _MISSING)
        if found is _MISSING:
            found = tokens._memo[key] = reading(tokens, *arguments, **options)
        return found

    return once


def _word(token: str) -> str:
    """The word a token stands for: the section sign's name, an abbreviation's possessive without
    its full stop ("corp.'s" -> "corp's")."""
    if token[0] == "§":
        return _SIGNS.get(token, "sections")
    return token.replace(".'", "'") if ".'" in token else token


# Words that say whose law or market is meant, coordinated before one noun ("Canadian and U.S.
# securities laws", "federal and state securities laws")
_JURISDICTIONS = frozenset("""canadian american u us united federal state provincial foreign domestic national
international british european australian""".split())


@dataclass(eq=False)
class Tokens:
    """The words of canonical text in [start, end): their text and offsets."""

    text: str
    words: list[str]
    starts: list[int]
    ends: list[int]
    _sets: dict[tuple[int, int], tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict, repr=False)
    _marks: dict[re.Pattern[str], list[int]] = field(default_factory=dict, repr=False)
    _mark_sets: dict[re.Pattern[str], frozenset[int]] = field(default_factory=dict, repr=False)  # `marked`
    _memo: dict[tuple, Any] = field(default_factory=dict, repr=False)
    _gaps: dict[int, str] = field(default_factory=dict, repr=False)  # `gap`, once per token
    # what the whole document says of names (`fslcheck.meaning.names`): set by whoever holds the
    # document; text read on its own knows none
    names: Names = field(default=NO_NAMES, repr=False)

    @classmethod
    def of(cls, text: str, start: int = 0, end: int | None = None) -> "Tokens":
        return cls.of_spans(text, [(start, len(text) if end is None else end)])

    @classmethod
    def of_spans(cls, text: str, spans: list[tuple[int, int]]) -> "Tokens":
        """The words of the text inside `spans` (in order, not overlapping)."""
        words: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for start, end in spans:
            found = [m.span() for m in _TOKEN.finditer(text, start, end)]
            if any(_may_be_fused(text, a, b) for a, b in found):
                found = _unfused(text, found)
            if text.find("'", start, end) != -1:  # (no copy of the span)
                _add_uncontracted(text, found, words, starts, ends)
                continue
            starts.extend(a for a, _ in found)
            ends.extend(b for _, b in found)
            words.extend(_word(text[a:b]) for a, b in found)
        return cls(text, words, starts, ends)

    @cached_property
    def skeletons(self) -> list[str]:
        """Each word with OCR look-alikes folded (`fslcheck.words.ocr_skeleton`); short words as is."""
        return [ocr_skeleton(w) if len(w) >= 4 else w for w in self.words]

    def word_sets(self, lo: int, hi: int) -> tuple[frozenset[str], frozenset[str]]:
        """The words and the folded words of tokens [lo, hi), computed once per range: a part
        none of whose first words is among them is not looked for word by word."""
        key = (lo, hi)
        if key not in self._sets:
            self._sets[key] = (frozenset(self.words[lo:hi]), frozenset(self.skeletons[lo:hi]))
        return self._sets[key]

    def positions_of(self, words: frozenset[str] | set[str], lo: int, hi: int, folded: bool = False) -> list[int]:
        """The tokens in [lo, hi) that are one of `words` (with `folded`, whose OCR skeleton is),
        in order: a part's terms are tried only where one can open, not at every word of a sentence."""
        index = self._skeleton_index if folded else self._word_index
        found = []
        for word in words:
            places = index.get(word, ())
            found.extend(places[bisect_left(places, lo):bisect_left(places, hi)])
        return sorted(found)

    def last_of(self, words: frozenset[str] | set[str], lo: int, hi: int) -> int | None:
        """The last token in [lo, hi) that is one of `words`, or None (a walk back to the nearest
        such word, without the walk: a clause without punctuation costs a lookup, not its length)."""
        index = self._word_index
        last = None
        for word in words:
            places = index.get(word, ())
            k = bisect_left(places, hi) - 1
            if k >= 0 and places[k] >= lo and (last is None or places[k] > last):
                last = places[k]
        return last

    def marks_between(self, pattern: re.Pattern[str], lo: int, hi: int) -> list[int]:
        """The tokens j in (lo, hi) whose gap `pattern` finds something in, in order."""
        marks = self._marks_of(pattern)
        return marks[bisect_right(marks, lo):bisect_left(marks, hi)]

    @cached_property
    def _word_index(self) -> dict[str, list[int]]:
        """Each word's positions, in order (`positions_of`; built once for these tokens)."""
        return _positions(self.words)

    @cached_property
    def _skeleton_index(self) -> dict[str, list[int]]:
        """Each OCR skeleton's positions, in order (`positions_of`)."""
        return _positions(self.skeletons)

    @cached_property
    def legal_exceptions(self) -> dict[int, int]:
        """First and last token of each exception made for the law ("except as required by law",
        "other than as may be required by applicable law", "unless required by law", "save to the
        extent the rules require"): a carve-out, not a duty the sentence assumes."""
        out: dict[int, int] = {}
        words = self.words
        for b, word in enumerate(words):
            if word not in _EXCEPTION_OPENERS or (word == "than" and (b == 0 or words[b - 1] != "other")):
                continue
            first = b - 1 if word == "than" else b
            for t in range(b + 1, min(len(words), b + _EXCEPTION_WORDS)):
                if HARD_STOP.search(self.gap(t)) or (first in out and "," in self.gap(t)):
                    break
                if words[t] in _LAW_WORDS:
                    # to the last law word of the carve-out ("where the law does not require it")
                    out[first] = t
                    if words[t] in ("required", "requires", "require"):
                        break
        return out

    def in_legal_exception(self, i: int) -> bool:
        """Whether token i stands inside one of `legal_exceptions`."""
        return any(a <= i <= z for a, z in self.legal_exceptions.items())

    def last_mark(self, pattern: re.Pattern[str], i: int, low: int) -> int:
        """The last token j in (low, i] whose gap `pattern` finds something in, else `low`: where a
        walk back from i to the first such gap stops. The gaps are searched once per pattern, so a
        sentence without punctuation costs one pass, not one walk per word asked about."""
        marks = self._marks_of(pattern)
        k = bisect_right(marks, i) - 1
        return marks[k] if k >= 0 and marks[k] > low else low

    def next_mark(self, pattern: re.Pattern[str], i: int, high: int) -> int:
        """The first token j in (i, high) whose gap `pattern` finds something in, else `high`
        (the walk forward that `last_mark` is backward, from the same marks)."""
        marks = self._marks_of(pattern)
        k = bisect_right(marks, i)
        return marks[k] if k < len(marks) and marks[k] < high else high

    def _marks_of(self, pattern: re.Pattern[str]) -> list[int]:
        """The tokens whose gap `pattern` finds something in, in order (found once per pattern,
        by searching each distinct gap once: most gaps are a single space, and a legend's tokens
        have a few dozen distinct gaps among thousands, which every pattern asked about read
        token by token)."""
        found = self._marks.get(pattern)
        if found is None:
            found = self._marks[pattern] = sorted(j for gap, places in self._tokens_by_gap.items()
                                                  if pattern.search(gap) for j in places)
        return found

    def marked(self, pattern: re.Pattern[str], i: int) -> re.Match[str] | None:
        """`pattern.search(self.gap(i))`. The readings ask this of one token after another (a few
        thousand times a release, nearly always of a plain space): a token between the first and
        the last is looked up among those whose gap `pattern` finds something in (`_marks_of`,
        each distinct gap searched once), and only those are searched again for the match."""
        if 0 < i < len(self.words):
            marks = self._mark_sets.get(pattern)
            if marks is None:
                marks = self._mark_sets[pattern] = frozenset(self._marks_of(pattern))
            if i not in marks:
                return None
        return pattern.search(self.gap(i))

    @cached_property
    def _tokens_by_gap(self) -> dict[str, list[int]]:
        """Each distinct gap (`gap`) with the tokens after it, from token 1 on, in order."""
        out: dict[str, list[int]] = {}
        for j in range(1, len(self.words)):
            out.setdefault(self.gap(j), []).append(j)
        return out

    def positions(self, words: frozenset[str]) -> list[int]:
        """The tokens that are one of `words`, in order (found once per set asked about)."""
        return self.memo(("positions", words), lambda: [i for i, w in enumerate(self.words) if w in words])

    def memo(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """`compute()`, once per key for these tokens: what a sentence's reading asks again for
        each of its candidates."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def __len__(self) -> int:
        return len(self.words)

    def index_at(self, offset: int) -> int:
        """The first token starting at or after `offset`."""
        return bisect_left(self.starts, offset)

    def gap(self, i: int) -> str:
        """The text between token i-1 and token i (punctuation that may end a clause). The period
        of an abbreviation ("u.s. securities", "inc. filings") ends nothing and is left out."""
        # the clause scans ask for the same gaps again and again (thousands of times a legend)
        found = self._gaps.get(i)
        if found is None:
            found = self._gaps[i] = self._gap(i)
        return found

    def _gap(self, i: int) -> str:
        if i <= 0:
            return ""
        gap = self.text[self.ends[i - 1] : self.starts[i]]
        if self._in_web_address(i, gap):
            return ""  # "www.sec.gov", "https://investors.acme.com": one address, no sentence end
        if gap.startswith(".") and (self.words[i - 1] in _ABBREVIATIONS or self._initials(i - 1)
                                    or self._item_number(i - 1)
                                    or (gap == "." and len(self.words[i - 1]) == 1 and len(self.words[i]) == 1)):
            return gap[1:]
        return gap

    def _in_web_address(self, i: int, gap: str) -> bool:
        """Whether the gap before token i joins the parts of a web address."""
        if gap == "://":
            return self.words[i - 1] in ("http", "https")
        return gap == "." and (self.words[i - 1] == "www" or self.words[i] in _TOP_DOMAINS)

    def _item_number(self, j: int) -> bool:
        """Token j is a caption's number ("Item 1A. Risk Factors")."""
        return (j > 0 and self.words[j - 1] in ("item", "items", "part") and len(self.words[j]) <= 3
                and self.words[j][:1].isdigit())

    def _initials(self, j: int) -> bool:
        """Token j is the last of dotted initials ("u.s.", "e.g."), not a word ending a sentence
        ("Form 10-K.")."""
        return (len(self.words[j]) == 1 and j > 0 and len(self.words[j - 1]) == 1
                and self.text[self.ends[j - 1] : self.starts[j]] == ".")

    def clause_start(self, i: int, low: int, inside: frozenset[int] | set[int] = frozenset()) -> int:
        """The first token of the clause token i stands in (not before `low`).

        A clause ends at ";", ":", a bracket, a sentence end, or before a word that opens another
        clause ("and", "which", "that", "because" ...). "that" after a word that takes a
        complement ("no assurance that", "we do not believe that") does not end the clause: the
        negation before it reaches what it introduces. A word of a name (`inside`: "Securities and Exchange
        Commission") ends nothing.
        """
        j = i
        opener = low + 1 if low + 1 < i and self.words[low] == "even" else low
        fronted = self.words[opener] in _FRONTED_OPENERS if opener < i else False
        while j > low:
            if HARD_STOP.search(self.gap(j)) and not self._short_bracket(j) and not self._denied_list_colon(j):
                return j
            if fronted and "," in self.gap(j) and j - 1 != i and not self._list_comma(j, i):
                # the comma closing a fronted "Because ...," clause (not one between the items of
                # a list after it: "..., which could cause actual results, performance or achievements to")
                return j
            if "," in self.gap(j) and self._absolute_participle(j):
                return j
            word = self.words[j - 1]
            if (word in BOUNDARIES and j - 1 != i and j - 1 not in inside
                    and not self.transparent(j - 1, i, low)):
                return j
            if word == "as" and j - 1 != i and self._causal_as(j - 1):
                return j
            j -= 1
        return low

    def _absolute_participle(self, j: int) -> bool:
        """Whether token j, after a comma, opens an absolute participle with a quantifier for its
        subject ("..., each speaking only as of the date on which it was given", "..., each of them
        speaking only as of ..."): a clause of its own, which a negation of the clause before it
        ("assumes no obligation to update any statements, each speaking ...") does not reach."""
        words = self.words
        if words[j] not in _ABSOLUTE_SUBJECTS:
            return False
        k = j + 3 if words[j + 1 : j + 3] in (["of", "them"], ["of", "these"], ["of", "those"]) else j + 1
        return k < len(words) and len(words[k]) > 4 and words[k].endswith("ing") and "," not in self.gap(k)

    def _denied_list_colon(self, j: int) -> bool:
        """Whether the gap before token j is the colon after "none of the following" (or "not one
        of the following factors"): the list after it is what the quantifier ranges over, in its
        clause ("within the meaning of none of the following: Section 27A ... and Section 21E
        ..."), so the denial reaches it. Any other colon ends the clause."""
        if self.gap(j).strip() != ":":
            return False
        words = self.words
        k = j - 1
        if k >= 1 and words[k] != "following" and words[k - 1] == "following":
            k -= 1  # "none of the following factors:"
        return (k >= 3 and words[k] == "following" and words[k - 1] == "the" and words[k - 2] == "of"
                and words[k - 3] in _LIST_DENIALS)

    def _causal_as(self, b: int) -> bool:
        """Whether "as" at b opens a clause of its own, as "because" does ("reliance should not be
        placed on them as such statements speak only as of today"): it is followed by a subject
        and that subject's verb, not by a noun it compares ("such as", "as of", "as required")."""
        words = self.words
        if b + 2 >= len(words):
            return False
        if words[b + 1] not in _AS_SUBJECTS or "," in self.gap(b + 2):
            return self._as_then_modal(b)
        verb = b + 2 if words[b + 1] in ("they", "it", "we") else b + 3
        return verb < len(words) and (words[verb] in FINITE_VERBS or words[verb] in _AS_VERBS)

    def _as_then_modal(self, b: int) -> bool:
        """Whether "as" at b opens a clause whose subject is a short noun phrase and whose verb is
        a modal ("..., as actual results could differ materially", "as a number of important
        factors could cause"): "as" means "because" there, not "in the role of" ("as of the
        date", "as required by law", "such as")."""
        words = self.words
        if b > 0 and words[b - 1] in ("such", "so", "as"):
            return False
        if b + 1 >= len(words) or words[b + 1] in _NOT_AS_SUBJECTS:
            return False
        for t in range(b + 1, min(len(words), b + 2 + _AS_SUBJECT_WORDS)):
            if t > b + 1 and (HARD_STOP.search(self.gap(t)) or "," in self.gap(t)):
                return False
            if words[t] in MODALS or words[t] in _AS_CLAUSE_VERBS:
                return t > b + 1
            if words[t] in FINITE_VERBS or words[t] in BOUNDARIES:
                return False
        return False

    def _short_bracket(self, j: int) -> bool:
        """The gap before token j opens a short bracket that closes within a few words, or closes
        one opened a few words before (a defined term: "the Securities and Exchange Commission
        ("SEC") filings"): the bracket stands inside its clause."""
        gap = self.gap(j)
        if "(" in gap or ")" in gap:
            # a carve-out for the law in brackets ("does not take on (except where the law demands
            # it) any obligation"): an aside inside the clause, as it is between commas
            for first, last in self.legal_exceptions.items():
                if (first == j and "(" in gap and any(")" in self.gap(k) for k in range(last + 1, min(len(self.words), last + 4)))) \
                        or (")" in gap and last < j <= last + 3 and "(" in self.gap(first)):
                    return True
        if ")" in gap and not HARD_STOP.search(gap.replace(")", " ")):
            return any("(" in self.gap(k) and not HARD_STOP.search(self.gap(k).replace("(", " "))
                       for k in range(max(1, j - 4), j))
        if "(" not in gap or HARD_STOP.search(gap.replace("(", " ")):
            return False
        return any(")" in self.gap(k) or (k == len(self.words) - 1 and ")" in self.text[self.ends[k]:self.ends[k] + 2])
                   for k in range(j + 1, min(len(self.words), j + 5)))

    def transparent(self, b: int, i: int, low: int) -> bool:
        """Whether the boundary word at b leaves the clause of token i open: "that" after "no
        assurance", "which" after "none of", or a short aside between commas ("does not, except as
        required by law, undertake to update")."""
        word = self.words[b]
        if word == "but" and self.words[b + 1 : b + 3] in (["not", "limited"], ["are", "not"], ["is", "not"]):
            return True  # "including but not limited to": a hedge inside the clause, not a new one
        if word in _SENTENCE_ADVERBS and b - 1 >= low and (self.words[b - 1] in _VERB_CHAIN_WORDS
                                                           or self.words[b - 1].endswith("n't")):
            return True  # "does not, however, intend", "will not, however, differ": an adverb inside the verb
        if (word in _SENTENCE_ADVERBS and b - 1 >= low and b + 1 < len(self.words)
                and (self.words[b + 1] == "to" or self.words[b + 1 : b + 3] == ["not", "to"])
                and self.words[b - 1] in _JUDGEMENTS_OVER_ACTS and "," in self.gap(b) and "," in self.gap(b + 1)):
            # "it would be a mistake, however, to think that ...", "it would be unwise, however,
            # not to ...": an adverb between a judgement and the act it judges
            return True
        if (word in ("and", "or") and b - 1 >= low and self.words[b - 1] in _DEMONSTRATIVES
                and b + 1 < len(self.words) and self.words[b + 1] in _KINDRED):
            return True  # "these and other risks", "this or similar wording": two determiners of one noun
        if word in ("and", "or") and self._joins_outcome_nouns(b, low):
            return True  # "cause actual results and conditions to differ": one object of two nouns
        if (word in ("and", "or") and b - 1 >= low and "," not in self.gap(b) and "," not in self.gap(b + 1)
                and self.words[b - 1] in _RISK_NOUNS and b + 1 < len(self.words) and self.words[b + 1] in _RISK_NOUNS):
            return True  # "these risks and uncertainties are discussed": one noun phrase, the legend's pair
        if (word in ("and", "or") and b - 1 >= low and "," not in self.gap(b) and "," not in self.gap(b + 1)
                and self.words[b - 1] in _JURISDICTIONS and b + 1 < len(self.words) and self.words[b + 1] in _JURISDICTIONS):
            return True  # "applicable Canadian and U.S. securities legislation": two adjectives of one noun
        if word == "that" and b - 1 >= low and self.words[b - 1] == "given" and (b - 1 == low or "," in self.gap(b - 1)):
            return False  # "…, given that they speak only as of today": a reason, a clause of its own
        if word == "that" and b - 1 >= low and self.words[b - 1] in COMPLEMENT_TAKERS:
            return True
        if word == "that" and b - 1 >= low and self.words[b - 1] in _BEFORE_DEMONSTRATIVE:
            return True  # "the meaning given to that term by Section 27A": a determiner after a preposition
        if word == "whether" and b - 1 >= low and self.words[b - 1] in DOUBTING:
            return True  # "it is questionable whether we will update": the doubt governs the clause
        if (word == "that" and b - 2 >= low and self.words[b - 1] in _ADDRESSEES
                and self.words[b - 2] in COMPLEMENT_TAKERS):
            return True  # "we cannot assure you that ..."
        if (word in ("which", "whom", "these", "those") and b - 2 >= low and self.words[b - 1] == "of"
                and self.words[b - 2] in _NOUN_DENIALS | {"neither"}):
            return True  # "none of which could cause …"; "all of which speak only as of today" opens a clause
        if (word == "if" and b - 1 >= low and self.words[b - 1] in ("few", "little")
                and self.words[b + 1 : b + 2] == ["any"]):
            return True  # "few if any of which": the hedge of a quantifier, no condition
        if (word in ("which", "whom") and b - 4 >= low and self.words[b - 1] == "of"
                and self.words[b - 4 : b - 1] == ["few", "if", "any"]):
            return True  # "few, if any, of which are included in our filings": hardly any, as "none of which"
        if (word in _COORDINATORS and "," in self.gap(b) and b > low and self.sets_aside_noun(b, b + 1)
                and any("," in self.gap(k) for k in range(b + 2, min(i, b + _ASIDE_WORDS) + 1))):
            return True  # "its agents, and not the company, disclaim ...": the noun's aside, no new clause
        if word in ("and", "or", "that", "which") and self._in_negative_subject(b, i, low):
            return True
        if word in ("that", "which") and self._after_negated_noun(b, low):
            return True
        if word in _ASIDE_OPENERS and "," in self.gap(b):
            if word == "which" and b + 1 < len(self.words) and "," in self.gap(b + 1):
                return False  # "…, which, like all such statements, speak only as of …": a relative clause
            if any("," in self.gap(k) and not self._list_comma(k, i)
                   for k in range(b + 1, min(i, b + _ASIDE_WORDS) + 1)):
                return True
            if word in _RELATIVE_OPENERS and self._relative_closing(b, b + 1, i) is not None:
                return True
            # a longer aside is still passed over when it is a carve-out for the law ("no
            # obligation, save where any applicable securities law may require it, to update")
        if (word == "than" and b - 1 >= low and self.words[b - 1] in _COMPARATIVE_DEGREES
                and not (b - 2 >= low and self.words[b - 2] in ("no", "not"))):
            # "should not place anything more than limited reliance": a degree, no clause ("no more
            # than" is read as a bound of its own)
            return True
        exception = self.legal_exceptions.get(b - 1 if word == "than" else b)
        if exception is not None and exception < i:
            return True  # "no obligation, other than as required by law, to update"
        return False

    def _joins_outcome_nouns(self, b: int, low: int) -> bool:
        """Whether "and"/"or" at b joins two nouns of outcome ("results and conditions", "results
        and financial condition"), with no comma before it: a coordinated noun phrase, so the verb
        and negation before the first noun reach what follows the second."""
        words = self.words
        if b - 1 < low or "," in self.gap(b) or words[b - 1] not in _OUTCOME_NOUNS:
            return False
        second = next((u for u in range(b + 1, min(len(words), b + 1 + _OUTCOME_MODIFIERS + 1))
                       if words[u] in _OUTCOME_NOUNS), None)
        # a verb right after the second noun makes it a new clause's subject: "no statement is a
        # guarantee of future performance and actual results could differ materially"
        return second is not None and not (second + 1 < len(words) and (
            words[second + 1] in MODALS or words[second + 1] in FINITE_VERBS))

    def _list_comma(self, k: int, i: int) -> bool:
        """Whether the comma before token k separates the items of a list ("the actual results,
        performance or achievements of the company"): an "and"/"or" follows within two words and
        no verb does, up to token i. Such a comma closes no aside."""
        words = self.words
        ahead = words[k : min(i, k + 3)]
        return any(w in ("and", "or") for w in ahead[1:]) and not any(w in _VERBS for w in ahead)

    def _in_negative_subject(self, b: int, i: int, low: int) -> bool:
        """Whether "and"/"or" at b coordinates nouns of a subject that opens with "nothing",
        "none", "no" ..., or "that"/"which" opens a clause describing such a subject, before
        the subject's verb: the negation reaches the verb ("No more information on these risks
        and other factors that could affect our results is included in our filings")."""
        if self.words[b] in ("and", "but") and "," in self.gap(b) and any(w in _VERBS for w in self.words[b + 1 : i]):
            return False  # "Neither we nor anyone assumes …, and you should not rely …": a clause of its own
        if self.words[b] in ("and", "but") and "," in self.gap(b) and b + 1 < i and (
                self.words[i] in _VERBS or self.words[b + 1] in _FRESH_SUBJECTS):
            # "None of it looks ahead, and none is forward-looking": a subject, then i its verb;
            # "None of them speaks only as of today, and each remains current": a pronoun or a
            # quantifier of its own, which no list of the negative subject's nouns goes on with
            return False
        h = self.last_mark(HARD_STOP, b, low)
        if self.words[h] not in _NEGATIVE_SUBJECTS or b - h > 25:
            return False
        return not any(w in _VERBS or w.endswith("n't") for w in self.words[h + 1 : b])

    def _after_negated_noun(self, b: int, low: int) -> bool:  # (_AMONG_REACH: module level)
        """Whether the relative "that"/"which" at b follows a noun its clause denies ("no factor
        that could cause ...", "risks that are not of a kind that may cause ..."): the denial
        reaches into what the relative clause says of it."""
        if b - 1 >= low and self.words[b - 1] in _DOUBTS:
            return False  # "no doubt that X" says X
        for t in range(b - 1, max(low, b - _AMONG_REACH) - 1, -1):
            if HARD_STOP.search(self.gap(t + 1)) or "," in self.gap(t + 1) or self.words[t] in BOUNDARIES:
                return False
            word = self.words[t]
            if word == "among" and t - 1 >= low and self.words[t - 1] in ("not", "never"):
                # "are not among the matters discussed in the reports that ...": what is not among
                # them is denied all the phrase goes on to say of them
                return True
            if b - t > 5:
                continue  # (only "not among" is read this far back)
            if word in _NOUN_DENIALS and (word, self.words[t + 1]) not in LOCAL_NEGATIONS:
                # "factors not under the company's control that may cause ...": the privative
                # phrase says where the factors lie (beyond its control); it denies none of them
                return "control" not in self.words[t + 1 : b]
        return False

    def in_aside(self, t: int, i: int, low: int) -> bool:
        """Whether token t stands in a short aside between commas that closes before token i
        ("this release, which is not free of risk, contains ..."): what the aside denies is its
        own matter, not the clause around it."""
        b = self._after_comma(t, low)
        if b == low and b > 0 and self.words[b - 1] in _COORDINATORS and "," in self.gap(b - 1):
            b -= 1  # the clause the scan reads opened at the coordinator: ", and will not shirk it, to"
        elif b == low and "," not in self.gap(b):
            return False
        closing = next((k for k in range(t + 1, min(i, b + _ASIDE_WORDS) + 1) if "," in self.gap(k)), None)
        if self.words[b] in _COORDINATORS and closing is not None and self.words[closing - 1] in _TAKEN_UP:
            return True  # a coordinated clause on the same noun: "takes on the duty, and will not shirk it, to update"
        if closing is not None and self.aside_on_noun(b, t):
            return True
        if self.words[b] not in _ASIDE_OPENERS and self.words[b] not in ("who", "whose", "although", "though"):
            return False
        if closing is None and self.words[b] in _RELATIVE_OPENERS:
            closing = self._relative_closing(b, t + 1, i)
        return closing is not None

    def _relative_closing(self, b: int, first: int, i: int) -> int | None:
        """The token after the comma that closes a longer relative clause opened at b, read from
        token `first` up to token i: not a list comma, and the subject's verb resumes right after it
        ("this release, which does not constitute an offer to sell securities, contains ..."; not
        "which speak only as of the date made, that date being advanced ...")."""
        for k in range(first, min(i, b + _RELATIVE_ASIDE_WORDS) + 1):
            if "," in self.gap(k) and not self._list_comma(k, len(self.words)):
                return k if self.words[k] in FINITE_VERBS else None
        return None

    def in_relative_aside(self, t: int, i: int, low: int) -> bool:
        """Whether token t stands in a relative clause between commas ("which", "who", "whose")
        that closes before token i ("the materials of Delmar, which we reference in this release,
        contain ...")."""
        b = self._after_comma(t, low)
        return "," in self.gap(b) and self.words[b] in _RELATIVE_OPENERS and self.in_aside(t, i, low)

    def relative_aside_head(self, t: int, i: int, low: int) -> int | None:
        """The last token of the noun a relative clause between commas describes, when token t
        stands in such a clause that closes before token i ("This release, which was issued
        today, contains ...": "release"), else None."""
        if not self.in_relative_aside(t, i, low):
            return None
        b = self._after_comma(t, low)
        return b - 1 if b > low else None

    def verb_of_relative_aside(self, t: int, i: int, low: int) -> bool:
        """Whether token t is the verb of a relative clause between commas that closes before
        token i: "which" or "who", then only auxiliaries and negation before t ("this release,
        which does not constitute an offer, contains ..."). What such a verb takes stands inside
        the clause; a noun further in ("which involve risks, as described in our filings") may
        still be taken up after it."""
        b = self._after_comma(t, low)
        return all(w in _AUXILIARY_WORDS for w in self.words[b + 1 : t]) and self.in_relative_aside(t, i, low)

    def _after_comma(self, t: int, low: int) -> int:
        """The token after the last comma at or before token t (`low` if none): where an aside
        that holds t would open."""
        b = t
        while b > low and "," not in self.gap(b):
            b -= 1
        return b

    def sets_aside_noun(self, b: int, t: int) -> bool:
        """Whether the "not" at t opens (after "and" or "but", if any) the aside that begins at b
        and sets a noun phrase aside beside the noun before it: "this release, not the merger
        agreement, contains ...", "the company, and not its agents, assumes ...". It denies the
        other noun, not the clause. A verb after the comma ("does, not ...") or after "not"
        ("not being", "not undertaking any duty") is a clause's negation, not such an aside."""
        words = self.words
        opener = b + 1 if words[b] in _COORDINATORS else b
        if t != opener or words[t] != "not" or b == 0 or t + 1 >= len(words):
            return False
        return self._noun_after(t + 1) and words[b - 1] not in FINITE_VERBS | MODALS

    def aside_on_noun(self, b: int, t: int) -> bool:
        """Whether the aside that begins at b, opened by the word at t, is said of a noun phrase,
        not of the clause around it: it sets one aside (`sets_aside_noun`), adds one ("the
        Company, and not only its auditors, believes ..."), or restates the noun before it with
        "none" ("a few factors, and none that we consider remote, could cause ...")."""
        if self.sets_aside_noun(b, t):
            return True
        words = self.words
        opener = b + 1 if words[b] in _COORDINATORS else b
        if t != opener or b == 0 or t + 2 >= len(words) or words[b - 1] in FINITE_VERBS | MODALS:
            return False
        if words[t] == "none":
            return words[t + 1] in _RESTATING_RELATIVES
        return words[t] == "not" and words[t + 1] in _FOCUS_ADVERBS and self._noun_after(t + 2)

    def _noun_after(self, k: int) -> bool:
        """Whether a noun phrase opens at token k: a determiner, a possessive or a known name
        ("not place undue reliance", "not all of them", "not least" go on otherwise)."""
        following = self.words[k]
        return following in _NOUN_OPENERS or self.names.is_own(following) or self.names.is_name(following)

    def span_text(self, i: int, j: int) -> str:
        """Canonical text of tokens i..j (inclusive)."""
        return self.text[self.starts[i] : self.ends[j]]
