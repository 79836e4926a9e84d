"""A proposition: what a legend element asserts, found clause by clause, with its polarity.

A proposition has named parts (who, what, about what, to what degree), each a list of terms; a
term is one or more words, each filled by any word of its family (`fslcheck.meaning.lexicon`):
"differ" is filled by "differs", "different", "difference"; `word*` is any word starting with
`word`; `=word` is that word only. A form says which parts must stand together:
"subject + change + degree" in any order, "verb > statements" in that order. All parts of a form
must lie in one sentence within `window` words, or in two sentences when the second refers back
to the first ("... could vary. Such variances may be material.").

Polarity is decided, not assumed. The negation cues of the clause before each part named in
`negation_on` are counted ("not", "no", "never", "none", "cannot", "n't", "neither/nor",
"without", and the rule's own `negated_by` words such as "disclaim"), and so is a negative prefix
on a part's word ("immaterial"). An affirmative proposition ("actual results could differ
materially") is negated by an odd count; a negative one ("no obligation to update") is reversed
by an even count ("undertakes to update", "does not disclaim any duty to update"). A term of
`open_ended` in the sentence ("until further notice") makes a time-bound statement open-ended.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from typing import Any

from ..normalise import canonical_phrase
from ..words import ocr_skeleton, word_matches
from .clauses import HARD_STOP, Tokens
from .denials import (
    answered_no, conceded_then_rejected, counterfactual, denied_after, denied_condition, disowned_after,
    disregarded_after, disregarded_before, privative_elaborated, taken_back_after, answers_unreal_condition, exception_covers_all, in_unreal_condition, rejected_after, unreal_then_denied,
    inapplicable_after, removed_later, withdrawn_after)
from .lexicon import (
    ANAPHORS, BLAMED, BOUNDARIES, DEICTICS, DOCUMENT_NOUNS, FALSEHOODS, FILLERS, FINITE_VERBS, IMPLICIT_NEGATORS,
    IMPRUDENT_ACTS, INCAPABLE, JUDGED_ACTS, MODALS, NOT_FORWARD, RARELY_AFTER_ONLY, READERS,
    STATEMENT_NOUNS, STATEMENT_PRONOUNS, UNTRUSTWORTHY, WRONGNESS, WRONG_ACTS,
    dated_by_do, degree_infinitive, ends_like_a_past, family, is_incapacity, is_local_negation,
    is_negation,
    is_negative_form, overlooked, rare_occasions, slight_likelihood, small_amount, topic_party, OVERLOOKING)
from .negation import (
    contrasted_before, direct_negation, implicit_negator, list_item_mark, negation_after, negation_after_as_aside,
    negative_subject, no_more_than, not_beside, other_than_before, set_aside)
from .comparisons import compared_with_others
from .other_documents import (
    excepted_statements, fronted_other_document, other_document, object_in_other_document, subject_in_other_document)
from .owner_phrases import document_chain, relative_subject
from .owners import (
    antecedent_of, caption_owner, coordinated_outcomes_end, filer_before_form, filer_of_filings, other_after, other_before,
    own_possessive_before, owner_of, owner_of_the_others, possessor_referred_back, sequel_of_anothers,
    statements_of_another)
from .parties import DOCUMENT_CHAIN_WORDS, PREPOSITIONS, is_other_owner, is_owner
from .speakers import another_speaks, company_set_aside, other_reliers, passive_agent, subject_then_verb
from .references import (
    FILED, LAW_HEADS, LAW_LINKS, caption_elsewhere, defined_law, filed_later, filed_on_condition,
    filing_put_off, filing_to_come, foreign_law,
    later_filing, named_filer, other_recipient, other_system, withheld_part)
from .syntax import (
    AUXILIARIES, CLAUSE_OPENERS, CONCEDING, COPULAS, ELABORATING, FUTURE_MODALS, HARD_GAP, SENTENCE_GAP, STOP_GAP, call_agenda,
    concession_end, consecutive, coordinate_aside, correcting_predicate, exceptive_at, comparison_aside, governs_up_to,
    in_closed_relative, in_idiom, in_indirect_question,
    joins_listed_words, joins_nouns, RELATIVES, new_subject_between, other_clause_between, predicate_between, pro_forms,
    pseudo_cleft_do,
    sentence_low, subject_changes)
from .times import (
    PAST_AUXILIARIES, assumed_as_of, bounded_by_an_event, denied_expiry, ended_in_the_past, event_date,
    extended_time, hedged_date, future_placement, in_a_past_period, made_as_of, matter_as_of, past_habit, past_occasion,
    past_raising, perfect_cause, readers_date, updated_as_of)
from .updating import (
    COMPARATIVES, COMPARATIVE_REACH, abandoned_practice, commitment_after, commitment_despite, comparative_after,
    elliptical_commitment, exceptive_after, fronted_exception, habitual_exception, intention_beside_aside,
    one_statement, only_as_the_law_requires)


AFFIRMED, NEGATED, REVERSED, OPEN_ENDED, PAST = "affirmed", "negated", "reversed", "open-ended", "past"
ANOTHERS = "another's"  # said of someone else's statements or results, or of another time
DEFAULT_WINDOW = 30
_PLURAL_SUBJECTS = frozenset("these those they".split())
_PLURAL_REFERENTS = frozenset("these those them which".split())
_EXISTENTIAL_VERBS = frozenset("are were".split())
_ALSO_WORDS = frozenset("also further additionally".split())
_DESCRIBING_PARTICIPLES = frozenset("described outlined discussed detailed identified listed explained".split())
_WHERE_PREPOSITIONS = frozenset("in within".split())
_DETERMINERS = frozenset("our the its their a an these those".split())
_NOUN_LINKS = frozenset("with of and or on for to in by under".split())


def _instruction(words: list[str], lo: int, hi: int) -> bool:
    """Whether the sentence [lo, hi) opens as an instruction to the reader: "Accordingly, please
    see …", "We urge you to review …", "Investors should consult …"."""
    if hi - lo <= 3:
        return False
    if words[lo] in _CONSEQUENCES:
        return any(w in _DIRECTIVES for w in words[lo + 1 : lo + 4])
    return words[lo] in _ADDRESSEES and any(w in _DIRECTIVES or w in _URGING for w in words[lo + 1 : lo + 6])


def _subject_unsaid(rest: list[str]) -> bool:
    """After "There are (also) described": only where ("in our Form 10-K", "in our filings with
    the SEC"), no subject of its own put after it ("in our Form 10-K our growth plans", whose
    second determiner opens a new noun phrase without a linking word)."""
    if not rest or rest[0] not in _WHERE_PREPOSITIONS:
        return False
    return not any(w in _DETERMINERS and rest[i - 1] not in _NOUN_LINKS for i, w in enumerate(rest) if i >= 2)
_SUBJECT_VERBS = frozenset("are were have".split())
# "… could differ materially because of many risks. Accordingly, please refer to our Form 10-K": an
# instruction drawn as a consequence of the sentence before sends readers on about its subject.
_CONSEQUENCES = frozenset("accordingly therefore consequently hence thus".split())
_DIRECTIVES = frozenset("please refer see review consult read".split())
# "… differ materially because of many risks. Please refer to pages 5 to 9 of our Form 10-K": an
# instruction to the listener right after the legend's sentence sends them on about its subject,
# unless it names a topic of its own ("Please refer to our Form 8-K for a reconciliation ...").
_ADDRESSEES = frozenset("please we you listeners investors participants parties readers shareholders".split())
_URGING = frozenset("encourage encouraged urge urged invite invited advise advised".split())
_OWN_TOPICS = frozenset("reconciliation reconciliations gaap replay webcast recording transcript definitions".split())
# "Many of these are discussed in our annual report": some of what the sentence before named
_QUANTIFIERS = frozenset("many some most all each several certain".split())
_MORE_OF = frozenset("further additional more".split())
_MORE_OF_NOUNS = frozenset("information detail details discussion".split())
# "… do involve risks and uncertainties. Examples are described in our SEC filings": examples, with
# no "of" naming what they are examples of, are examples of what the sentence before named.
_EXAMPLE_NOUNS = frozenset("examples instances".split())
_EXAMPLE_VERBS = frozenset("are include includes can may were".split())
_PLACE_LINKS = frozenset("in within throughout from of at on under".split())
_PRESENT_COPULAS = frozenset("is are remain remains".split())
_TOPIC_OPENERS = frozenset("on about regarding concerning of relating related as to with".split())
NEAR_WORDS = 6  # "a ~ b": at most this many words between the two parts
_NEGATION_REACH = 20  # words before a part a negation cue may stand


_FILING_VERBS = frozenset("file files filed furnish furnishes furnished".split())
_COMPARED_SETS = frozenset("those these that the ones any".split())


def _other_than_listed(tokens: Tokens, e: int, hi: int) -> int | None:
    """A part named and then set apart from what follows it, right after: "words other than
    'expects', 'believes' and 'plans'" are not those words. Its "other", or None; not a set
    compared by a pronoun or a noun phrase ("factors other than those described ..."), which
    adds to the part rather than excluding its own instances."""
    words = tokens.words
    t = e + 1
    if t + 2 >= hi or words[t] != "other" or words[t + 1] != "than" \
            or HARD_GAP.search(tokens.gap(t)) or HARD_GAP.search(tokens.gap(t + 1)):
        return None
    return None if words[t + 2] in _COMPARED_SETS else t


_ANTECEDENT_WORDS = 12
# Quantifiers and words of reference that keep a plural from presupposing its members ("any
# forward-looking statements in this release"; "these/such ..." take up statements named before;
# "the" is a definite's, read by a form of its own, as in "all of the")
_QUANTIFYING = frozenset("any all no each every such these those either neither whatever whichever the".split())
_IF_ANY_WORDS = 8  # "forward-looking statements in this release, if any,"


_CORRECTION_REACH = 8  # words from the negation to the "but" that corrects it ("not included in this release, but")


def _corrected_after(tokens: Tokens, negation: int, last: int, covered: set[int]) -> bool:
    """Whether a negated predicate that names no part is corrected by a positive one that does:
    "These risks are not listed here but are described in our Form 10-K", "... is not included in
    this release, but can be found in ...", "... are not repeated here; they are described in
    ...". The second predicate opens with "but" or after a semicolon (with a pronoun for its
    subject) and an auxiliary; the denial is then of the first one's place, not of the part after
    (which the second predicate may deny on its own: "... but are not described in our Form 10-K
    either"). Not when a part stands in the denied predicate ("are not described in our Form 10-K
    but are discussed in our investor letter")."""
    verb = correcting_predicate(tokens, negation, min(last, negation + _CORRECTION_REACH + 1))
    return (verb is not None and not any(t in covered for t in range(negation + 1, verb))
            and any(t in covered for t in range(verb + 1, last + 1)))


def _not_bare(tokens: Tokens, a: int, b: int, lo: int, hi: int) -> bool:
    """Whether the noun phrase at [a, b] comes with a determiner or quantifier before it, or an
    "if any" after it, or ends at a break ("makes forward-looking statements, including in this
    document": the place after the comma is where it makes them, not a part of the noun phrase)."""
    words = tokens.words
    if a > lo and words[a - 1] in _QUANTIFYING or b + 1 < hi and HARD_GAP.search(tokens.gap(b + 1)):
        return True
    return any(words[t] == "if" and words[t + 1] == "any" for t in range(b + 1, min(hi - 1, b + _IF_ANY_WORDS)))


def _antecedent_of_other_kind(tokens: Tokens, a: int, lo: int) -> int | None:
    """A pronoun at a whose nearest antecedent in its own sentence is statements of another kind
    ("You can identify the historical statements in this release by the fact they use words such
    as ..."): the word that makes them so ("historical"), or None."""
    words = tokens.words
    if words[a] not in STATEMENT_PRONOUNS:
        return None
    for t in range(a - 1, max(lo, a - _ANTECEDENT_WORDS) - 1, -1):
        if SENTENCE_GAP.search(tokens.gap(t + 1)):
            return None
        if words[t] in STATEMENT_NOUNS:
            if any(is_negation(w) or w == "non" for w in words[max(lo, t - 3) : t]):
                return None  # "statements that are not statements of historical fact": ours
            if t + 2 < a and words[t + 1] == "of" and words[t + 2] in NOT_FORWARD:
                return t + 2  # "the statements of historical fact in this release"
            return next((k for k in range(t - 1, max(lo, t - 3) - 1, -1) if words[k] in NOT_FORWARD), None)
    return None


# A clause that gives the ground or the means of the verb before it ("not recognised merely because
# they ...", "told apart by whether they ..."): a negation of that verb reaches into it.
_GROUND_OPENERS = frozenset("because whether".split())
_GROUND_LINKS = frozenset("merely simply solely purely just only by".split())


_FORM = re.compile(r"^\s*[a-z0-9_-]+(?:\s*[+>~]\s*[a-z0-9_-]+)*(?:\s+within\s+[0-9]+)?\s*$")
_TERM_WORD = re.compile(r"=?[a-z0-9]+(?:'[a-z]+)*\*?")
_WITHIN = re.compile(r"\s+within\s+([0-9]+)\s*$")
_FEARING = frozenset("fear fears feared fearing".split())  # over a gerund: "not fear relying on them"


@dataclass(frozen=True)
class Term:
    """One term of a part: its words, each a set of forms or a prefix."""

    source: str
    words: tuple[tuple[frozenset[str] | None, str | None], ...]  # (forms, prefix)
    # the OCR skeletons of each word's forms, computed with the term (a term is matched often)
    skeletons: tuple[frozenset[str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "skeletons", tuple(_skeletons(forms) if forms is not None else frozenset()
                                                    for forms, _ in self.words))

    @classmethod
    def compile(cls, source: str) -> "Term":
        words = []
        # Split as the text is tokenised ("sec.gov" is "sec" "gov"), keeping "=" and "*".
        for word in _TERM_WORD.findall(canonical_phrase(source)):
            if word.endswith("*") and len(word) > 1:
                words.append((None, word[:-1]))
            elif word.startswith("=") and len(word) > 1:
                words.append((frozenset({word[1:]}), None))
            elif len(word) < 4 or any(c.isdigit() for c in word):
                words.append((frozenset({word}), None))
            else:
                words.append((family(word), None))
        if not words:
            raise ValueError(f"empty term {source!r}")
        return cls(source, tuple(words))

    def first_forms(self) -> tuple[frozenset[str] | None, str | None]:
        return self.words[0]

    def matches_at(self, words: list[str], i: int, hi: int, tolerant: bool = False,
                   skeletons: list[str] | None = None) -> int | None:
        """The index of the last word when the term stands at word i, else None. A word damaged
        by OCR look-alikes ("forward-1ooking", "statemcnts") still fills it. `skeletons`: the
        words' OCR skeletons (`Tokens.skeletons`), when the caller has them (else each is made)."""
        if i + len(self.words) > hi:
            return None
        for k, (forms, prefix) in enumerate(self.words):
            word = words[i + k]
            if forms is not None:
                if word not in forms and not (len(word) >= 4 and (
                        ocr_skeleton(word) if skeletons is None else skeletons[i + k]) in self.skeletons[k]):
                    if not (tolerant and _damaged_form(forms, word)):
                        return None
            elif not word.startswith(prefix):
                return None
        return i + len(self.words) - 1

    def opens_damaged(self, word: str) -> bool:
        """Whether the term's first word may be `word` when read OCR-tolerant (the first step of
        `matches_at(..., tolerant=True)`)."""
        forms, prefix = self.words[0]
        if forms is None:
            return word.startswith(prefix)
        return word in forms or (len(word) >= 4 and ocr_skeleton(word) in self.skeletons[0]) or _damaged_form(forms, word)


def _damaged_form(forms: frozenset[str], word: str) -> bool:
    """The slow path, for one sentence at a time: a letter dropped or doubled. A short word has
    too many neighbours ("free" is two edits from "are"), and a common word found intact ("the")
    is itself, not a damaged "them" or "these"."""
    return len(word) >= 3 and any(word_matches(f, word) for f in forms if len(f) >= 4 and word not in _REAL_WORDS)


class Part:
    """A named part and its terms, indexed by the forms their first word may take."""

    def __init__(self, name: str, terms: list[Term]) -> None:
        if not terms:
            raise ValueError(f"part {name!r} has no terms")
        self.name = name
        self.terms = terms
        self.by_first: dict[str, list[Term]] = {}
        self.by_skeleton: dict[str, list[Term]] = {}  # OCR-folded first words, for damaged text
        self.prefixed: list[Term] = []
        for term in terms:
            forms, prefix = term.first_forms()
            if forms is None:
                self.prefixed.append(term)
            else:
                for form in forms:
                    self.by_first.setdefault(form, []).append(term)
                    if len(form) >= 4:
                        self.by_skeleton.setdefault(ocr_skeleton(form), []).append(term)
        self.first_forms = frozenset(self.by_first)
        self.first_skeletons = frozenset(self.by_skeleton)
        # the prefixed terms' first words in one tuple: a word none of them starts (most words)
        # is passed over with one `startswith`
        self._prefixes = tuple(term.words[0][1] for term in self.prefixed)
        self._damaged_openers: dict[str, list[Term]] = {}  # text word -> terms it may open (`_opened_by`)

    def _opened_by(self, word: str) -> list[Term]:
        """The terms whose first word `word` may be, read OCR-tolerant, found once per word: the
        tolerant reading tried every term at every word of the sentence, though at most words no
        term can even start."""
        found = self._damaged_openers.get(word)
        if found is None:
            found = self._damaged_openers[word] = [t for t in self.terms if t.opens_damaged(word)]
        return found

    def _openers(self, tokens: Tokens, lo: int, hi: int) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """The words of tokens [lo, hi) a term may open at, read intact or up to OCR look-alikes:
        those that are a term's first word, the skeletons that are one's, and those that start
        with a prefixed term's first word. Where all three are empty no term stands there."""
        present, folded = tokens.word_sets(lo, hi)
        prefixes = self._prefixes
        opening = frozenset(w for w in present if w.startswith(prefixes)) if prefixes else frozenset()
        return present & self.first_forms, folded & self.first_skeletons, opening

    def may_occur(self, tokens: Tokens, lo: int, hi: int) -> bool:
        """Whether `occurrences(tokens, lo, hi)` (not tolerant) may find anything: only the
        words present are looked at, not where the terms could stand."""
        return any(self._openers(tokens, lo, hi))

    def occurrences(self, tokens: Tokens, lo: int, hi: int, tolerant: bool = False) -> list[tuple[int, int]]:
        """(first, last) token of each place a term stands in [lo, hi); the longest term wins.
        `tolerant` also lets OCR damage beyond look-alikes (a dropped letter) fill a term."""
        out = []
        words = tokens.words
        if tolerant:
            for i in range(lo, hi):
                ends = [e for t in self._opened_by(words[i]) if (e := t.matches_at(words, i, hi, True)) is not None]
                if ends:
                    out.append((i, max(ends)))
            return out
        exact, damaged, opening = self._openers(tokens, lo, hi)
        if not (exact or damaged or opening):
            return out
        prefixes = self._prefixes
        skeletons = tokens.skeletons
        # only the tokens a term can open at (a word of `exact` or `opening`, a skeleton of
        # `damaged`): at any other the loop below would find no term
        at = tokens.positions_of(exact | opening, lo, hi) if exact or opening else []
        if damaged:
            at = sorted(set(at).union(tokens.positions_of(damaged, lo, hi, folded=True)))
        for i in at:
            word = words[i]
            if word in exact:
                terms = self.by_first[word]
            elif skeletons[i] in damaged:
                terms = self.by_skeleton[skeletons[i]]
            else:
                terms = ()
            if prefixes and word.startswith(prefixes):
                terms = list(terms) + [t for t in self.prefixed if word.startswith(t.words[0][1])]
            elif not terms:
                continue
            ends = [e for t in terms if (e := t.matches_at(words, i, hi, skeletons=skeletons)) is not None]
            if ends and not (max(ends) == i and _believed_that(words, i, hi)):
                out.append((i, max(ends)))
        return out


# "Assume" before its "that"-clause is a verb of belief ("does not assume that it is free of any
# obligation"), not the taking on of a duty ("assumes no obligation"): it fills no part.
_BELIEF_SENSES = frozenset("assume assumes assumed assuming".split())


def _believed_that(words: list[str], i: int, hi: int) -> bool:
    """Whether the word at i is "assume" in its sense of belief, before "that"."""
    return words[i] in _BELIEF_SENSES and i + 1 < hi and words[i + 1] == "that"


@dataclass
class Form:
    """Parts that must stand together; `before` holds the pairs joined by '>' (a before b)."""

    parts: list[str]
    before: list[tuple[str, str]]
    window: int | None = None
    near: list[tuple[str, str]] = field(default_factory=list)  # "a ~ b": within NEAR_WORDS of each other  # "... within N": the most words this form may span


@dataclass
class Candidate:
    """Where a form of the proposition stands, which words filled its parts, and its polarity."""

    start: int  # canonical offsets
    end: int
    parts: dict[str, str]
    polarity: str
    cue: str = ""
    cue_span: tuple[int, int] | None = None  # canonical offsets of the cue, for quoting the document
    complete: bool = True
    lacks: list[str] = field(default_factory=list)
    part_spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # canonical offsets per part

    @property
    def holds(self) -> bool:
        return self.complete and self.polarity == AFFIRMED


class Proposition:
    """A pack's proposition, compiled once (see the module notes and `fslcheck.checks.proposition`)."""

    def __init__(self, options: dict[str, Any]) -> None:
        parts = options.get("parts") or {}
        self.parts = {name: Part(name, [Term.compile(t) for t in terms]) for name, terms in parts.items()}
        self.forms: list[Form] = []
        for text in options.get("forms") or [" + ".join(self.parts)]:
            if not _FORM.match(text):
                raise ValueError(f"form {text!r}: write part names joined by '+' (any order) or '>' (in order)")
            within = _WITHIN.search(text)
            window = int(within.group(1)) if within else None
            text = _WITHIN.sub("", text)
            names = [n.strip() for n in re.split(r"[+>~]", text)]
            operators = re.findall(r"[+>~]", text)
            unknown = [n for n in names if n not in self.parts]
            if unknown:
                raise ValueError(f"form {text!r} names {', '.join(unknown)}, which `parts` does not define")
            if len(set(names)) != len(names):
                raise ValueError(f"form {text!r} names a part twice")
            before = [(a, b) for a, op, b in zip(names, operators, names[1:]) if op == ">"]
            near = [(a, b) for a, op, b in zip(names, operators, names[1:]) if op == "~"]
            self.forms.append(Form(names, before, window, near))
        self.negative = options.get("polarity", "affirmative") == "negative"
        self.negation_on = list(options.get("negation_on") or self.parts)
        unknown = [n for n in self.negation_on if n not in self.parts]
        if unknown:
            raise ValueError(f"negation_on names {', '.join(unknown)}, which `parts` does not define")
        self.negated_by = [Term.compile(t) for t in options.get("negated_by", [])]
        self.open_ended = [Term.compile(t) for t in options.get("open_ended", [])]
        self.excludes = [Term.compile(t) for t in options.get("excludes", [])]
        self.window = int(options.get("window", DEFAULT_WINDOW))
        # true: "Such variances ..." (an anaphor with a part's word) or "These are ..."; "pronoun":
        # only a sentence whose subject is a plural pronoun ("These are detailed in our filings").
        refer_back = options.get("refer_back", False)
        self.refer_back = bool(refer_back)
        self.refer_back_by_word = refer_back is True
        self.company_parts = list(options.get("company_parts") or [])
        # parts that must be the company's own whatever their time ("the reports our competitors
        # have filed" is not a pointer; "our prior filings" is)
        self.owned_parts = list(options.get("owned_parts") or [])
        unknown = [n for n in self.owned_parts if n not in self.parts]
        if unknown:
            raise ValueError(f"owned_parts names {', '.join(unknown)}, which `parts` does not define")
        self.future = bool(options.get("future", False))
        # the clause's subject, where it names someone, is the company: not "our joint venture
        # partner undertakes no obligation to update them"
        self.company_subject = bool(options.get("company_subject", False))
        # parts that count only named without a quantifier ("Forward-looking statements in this
        # release are based on ..." presupposes some; "any forward-looking statements in this
        # release", "..., if any, ..." suppose none)
        self.bare_parts = frozenset(options.get("bare") or ())
        unknown = [n for n in self.bare_parts if n not in self.parts]
        if unknown:
            raise ValueError(f"bare names {', '.join(unknown)}, which `parts` does not define")
        self.addressed_to_readers = bool(options.get("addressed_to_readers", False))
        unknown = [n for n in self.company_parts if n not in self.parts]
        if unknown:
            raise ValueError(f"company_parts names {', '.join(unknown)}, which `parts` does not define")
        target = options.get("object") or {}
        self.object_of = target.get("of")
        if self.object_of is not None and self.object_of not in self.parts:
            raise ValueError(f"object.of names {self.object_of}, which `parts` does not define")
        self.objects = Part("object", [Term.compile(t) for t in target.get("words", [])]) if target else None
        # What makes a wording a near miss of this element (`near_miss`): each entry a part or
        # parts joined by "+", all of which it must have. Without it, any half of a form will do.
        self.near_miss: list[frozenset[str]] = []
        for entry in options.get("near_miss") or []:
            names = frozenset(n.strip() for n in entry.split("+"))
            unknown = sorted(n for n in names if n not in self.parts)
            if unknown:
                raise ValueError(f"near_miss {entry!r} names {', '.join(unknown)}, which `parts` does not define")
            self.near_miss.append(names)
        # a proposition about the date reads "made as of ..."; any other does not (below)
        self._dates = any(t.source.strip() == "as of" for p in self.parts.values() for t in p.terms)
        self._open_first = _first_words(self.open_ended)
        self._exclude_first = _first_words(self.excludes)
        self._exclude_index = Part("excludes", self.excludes) if self.excludes else None
        first = _first_words(self.negated_by)  # a token none of whose forms is here negates by no term
        self._negator_firsts = None if first is _ANY else (first, frozenset(ocr_skeleton(w) for w in first
                                                                           if len(w) >= 4))
        self._negator_skeletons = frozenset(ocr_skeleton(w) for t in self.negated_by if len(t.words) == 1
                                            for forms, _ in t.words if forms for w in forms if len(w) >= 5)
        self._part_forms = frozenset(w for p in self.parts.values() for t in p.terms
                                     for forms, _ in t.words[:1] if forms for w in forms)
        # the words of the key parts, which a polarity is read on: the verbs of the clause
        self._verb_forms = frozenset(w for name in self.negation_on for t in self.parts[name].terms
                                     for forms, _ in t.words[:1] if forms for w in forms)
        # the key verb a later "do so" may take up again (`pro_forms`): the first key part, unless
        # a part names "do so" itself (no-update's "update ... or do so") and so reads it already
        own_pro_form = any(t.source.strip() == "do so" for p in self.parts.values() for t in p.terms)
        self._pro_form_part: tuple[str, ...] = () if own_pro_form else tuple(self.negation_on[:1])

    # -- finding -----------------------------------------------------------------------------
    def find(self, tokens: Tokens, sentences: list[tuple[int, int]], tolerant: bool = False) -> list[Candidate]:
        """Candidates in sentences given as token ranges [lo, hi), in order; incomplete ones
        (a form with parts lacking) are kept only as the closest wording. `tolerant` reads words
        damaged beyond look-alikes too (slow: for a sentence whose wording matched damaged)."""
        found: list[Candidate] = []
        previous: tuple[int, int] | None = None
        for lo, hi in sentences:
            here = self._in_range(tokens, lo, hi, self.window, lo, tolerant)
            if (not any(c.complete for c in here) and previous and self.refer_back
                    and self._refers_back(tokens, lo, hi, previous[0])):
                both = [c for c in self._in_range(tokens, previous[0], hi, 2 * self.window, lo, tolerant) if c.complete]
                here = both or here
            found.extend(here)
            previous = (lo, hi)
        return found

    def _refers_back(self, tokens: Tokens, lo: int, hi: int, before: int) -> bool:
        """The sentence [lo, hi) opens by referring back to a part of the one that starts at
        `before`: "Such variances ...", "These differences"."""
        words = tokens.words
        # A plural pronoun as the subject stands for what the sentence before named: "… because
        # of many risks. These are detailed in our SEC filings."
        if hi - lo > 2 and words[lo] in _PLURAL_SUBJECTS and words[lo + 1] in _SUBJECT_VERBS:
            return True
        # "… because of many risks. There are also outlined in our 8-K filings": an existential
        # "there are" with a participle of describing and no noun of its own leaves its subject
        # unsaid, and what is outlined is what the sentence before named.
        if hi - lo > 3 and words[lo] == "there" and words[lo + 1] in _EXISTENTIAL_VERBS:
            participle = lo + 3 if words[lo + 2] in _ALSO_WORDS else lo + 2
            if participle < hi and words[participle] in _DESCRIBING_PARTICIPLES and _subject_unsaid(words[participle + 1 : hi]):
                return True
        # An instruction sends the reader on about what the sentence before named, unless either
        # sentence names a topic of its own: "In our release we provide a reconciliation of
        # non-GAAP measures. We urge you to review this information" is about the reconciliation.
        if _instruction(words, lo, hi) and not any(w in _OWN_TOPICS for w in words[before:hi]):
            return True
        if hi - lo > 3 and words[lo] in _QUANTIFIERS and words[lo + 1] == "of" and words[lo + 2] in _PLURAL_REFERENTS:
            return True
        # "… involve risks, including …. Further information is contained in our Form 10-K": more of
        # what the sentence before named, as "These are …" is.
        # Not when it names a topic of its own ("Further information on our executive compensation").
        first = lo + 1 if words[lo] == "for" else lo
        if first + 2 < hi and words[first] in _MORE_OF and words[first + 1] in _MORE_OF_NOUNS:
            topic = first + 2
            return words[topic] not in _TOPIC_OPENERS or any(w in ANAPHORS for w in words[topic + 1 : topic + 3])
        noun = lo + 1 if words[lo] in ("some", "such", "other") else lo
        if noun + 2 < hi and words[noun] in _EXAMPLE_NOUNS and words[noun + 1] in _EXAMPLE_VERBS:
            return True
        if not self.refer_back_by_word:
            return False
        for i in range(lo, min(hi - 1, lo + 6)):
            if words[i] in ANAPHORS and "," in tokens.gap(i + 1):
                continue  # "With that, I will turn the call over": the talk so far, not a part's noun
            if words[i] in ANAPHORS and i > lo and words[i - 1] in _PLACE_LINKS:
                continue  # "The tables in this release ...": where the subject stands, not what it refers to
            if words[i] in ANAPHORS and (words[i + 1] in self._part_forms
                                         or (i + 2 < hi and words[i + 2] in self._part_forms)):
                return True
        return False

    def _in_range(self, tokens: Tokens, lo: int, hi: int, window: int, must_reach: int,
                  tolerant: bool = False) -> list[Candidate]:
        """The candidates of every form in tokens [lo, hi) (complete ones, else the closest)."""
        # Most sentences are refused by the words they hold alone: a part none of whose terms can
        # open at a word present has no occurrence, and `_may_yield` refuses the parts present
        # exactly when it refuses any fewer of them (a form's parts all there, or enough for the
        # closest wording), so a sentence refused on the parts that may occur is refused on those
        # that do, without a term being matched.
        if not tolerant and not self._may_yield({name for name, part in self.parts.items()
                                                 if part.may_occur(tokens, lo, hi)}):
            return []
        found = {name: part.occurrences(tokens, lo, hi, tolerant) for name, part in self.parts.items()}
        if not self._may_yield({name for name, spans in found.items() if spans}):
            return []
        occurrences = {name: [(a, b) for a, b in found[name]
                              if not in_idiom(tokens.words, a)
                              and not (name in self.bare_parts and _not_bare(tokens, a, b, lo, hi))
                              and (self._dates or not made_as_of(tokens, b, hi))
                              and not (self._dates and (assumed_as_of(tokens, a, b, lo)
                                                        or updated_as_of(tokens, a, b, lo)
                                                        or matter_as_of(tokens, a, b, lo, self._verb_forms)))]
                       for name in self.parts}
        if self._pro_form_part and "so" in tokens.word_sets(lo, hi)[0]:
            occurrences = pro_forms(tokens, lo, hi, occurrences, self._pro_form_part)
        cleft = pseudo_cleft_do(tokens, lo, hi)
        if cleft is not None:
            # "Revising any of these projections ... is not something we undertake to do": the
            # closing "do" stands for the gerund that opens the sentence and fills its part again
            occurrences = {name: spans + [(cleft, cleft)] if spans and spans[0][0] == lo else spans
                           for name, spans in occurrences.items()}
        if tokens.legal_exceptions:
            # "required" in "except as required by law" is the carve-out's, not a duty assumed
            occurrences = {name: [(a, b) for a, b in spans if name not in self.negation_on
                                  or not tokens.in_legal_exception(a)]
                           for name, spans in occurrences.items()}
        covered = {t for spans in occurrences.values() for a, b in spans for t in range(a, b + 1)}
        inner = frozenset(t for spans in occurrences.values() for a, b in spans for t in range(a + 1, b + 1)) \
            | _coordinators_within(tokens, {n: spans for n, spans in occurrences.items() if n not in self.negation_on})
        complete: list[Candidate] = []
        # The closest incomplete wording is read (its polarity, `_candidate`) only once no form
        # is complete, for only then is it returned: (the parts it has, their spans, those it lacks).
        closest: tuple[list[str], list[tuple[int, int]], list[str]] | None = None
        starts: dict[str, list[int]] | None = None  # each part's occurrence starts, for bisection
        widest: dict[str, int] = {}
        for form in self.forms:
            lacking = [n for n in form.parts if not occurrences[n]]
            if lacking:
                have = [n for n in form.parts if occurrences[n]]
                if self._offered(form, have) and (closest is None or len(closest[2]) > len(lacking)):
                    closest = (have, [occurrences[n][0] for n in have], lacking)
                continue
            anchor = next((n for n in form.parts if n in self.negation_on), form.parts[0])
            limit = window if form.window is None else form.window * window // self.window
            if starts is None:
                starts = {name: [a for a, _ in spans] for name, spans in occurrences.items()}
                widest = {name: max((b - a for a, b in spans), default=0) for name, spans in occurrences.items()}
            for anchor_span in occurrences[anchor]:
                # only the occurrences that could stand within `limit` words of the anchor (a
                # run-on sentence has hundreds): one further off would make the form too long
                nearby = {name: spans[bisect_left(starts[name], anchor_span[0] - limit - widest[name]):
                                      bisect_right(starts[name], anchor_span[1] + limit)]
                          for name, spans in ((n, occurrences[n]) for n in form.parts)}
                chosen = self._choose(form, anchor, anchor_span, nearby, limit, occurrences)
                if chosen is None:
                    continue
                first = min(s for s, _ in chosen.values())
                last = max(e for _, e in chosen.values())
                if last < must_reach or last - first + 1 > limit and (
                        last - first + 1 - coordinate_aside(tokens, first, last) > limit):
                    continue
                if any(self._excluded(tokens, a, b, hi) for a, b in chosen.values()):
                    continue
                if any(in_indirect_question(tokens, a, lo) for a, _ in chosen.values()):
                    # a part only asked about ("has no bearing on whether it contains words such
                    # as", "without regard to whether they are forward-looking") is not said
                    continue
                if self.negative and _straddles_fronted_contrast(tokens, first, last, lo):
                    continue
                if any(new_subject_between(tokens, chosen[a][1], chosen[b][0]) for a, b in form.before):
                    continue
                if any((end := concession_end(tokens, *chosen[a], lo, hi)) is not None and end <= chosen[b][0]
                       for a, b in form.before):
                    # "Although the expectations reflected in the forward-looking statements are
                    # reasonable, forward-looking statements involve risks": the verb ends the
                    # concessive clause, and the main clause after its comma is no complement of it
                    continue
                if any(name in self.negation_on and other_clause_between(tokens, prev[1], span[0])
                       for (_, prev), (name, span) in consecutive(chosen)):
                    continue  # a verb part whose subject is another clause's ("since this release uses")
                if self.owned_parts and any(predicate_between(tokens, prev[1], span[0])
                                            for (_, prev), (_, span) in consecutive(chosen)):
                    # "... are not described in our Form 10-Q, and include the following risks": a
                    # document named in the first predicate is no place of the second's object.
                    # (Only where a part names a document: "statements ... that refer to future
                    # events, and include words such as" coordinates the statements' own predicates.)
                    continue
                if self.object_of in chosen and not self._object_fits(tokens, chosen, hi):
                    continue
                if self._key_in_closed_aside(tokens, chosen, lo):
                    continue
                if self.negative and self._split_by_clause(tokens, chosen, covered, lo):
                    continue
                candidate = self._candidate(tokens, chosen, lo, hi, covered, inner)
                if (candidate.polarity == REVERSED and self.object_of in chosen
                        and any(a == b and tokens.words[a] in FUTURE_MODALS for a, b in chosen.values())
                        and (_nominal_without_object(tokens, chosen[self.object_of], hi, self.objects.terms)
                             or call_agenda(tokens, min(a for a, _ in chosen.values()), lo))):
                    # a bare "will" reversed: "Pete will provide a business update", "during
                    # today's call we will update our guidance" say what happens next, the call's
                    # own agenda, and promise nothing about the statements
                    continue
                if candidate.polarity == REVERSED and _modal_of_its_own_verb(tokens, chosen, occurrences, hi):
                    # "... to revise these statements. The company gives no assurance that it will
                    # achieve ...": the modal governs a verb of its own, after every other part
                    continue
                other = self._owned_by_others(tokens, chosen, occurrences, lo, hi) if self.company_parts else None
                if other is None and self.company_parts:
                    other = compared_with_others(tokens, max(e for _, e in chosen.values()), hi)
                if other is None and self.company_parts:
                    other = fronted_other_document(tokens, min(a for a, _ in chosen.values()), lo)
                if other is None and self.company_parts and not any(p in chosen for p in self.company_parts):
                    # a form that names no company part is said of the clause's subject: "Statements
                    # in our annual report that are not historical are forward-looking statements"
                    other = subject_in_other_document(tokens, min(a for a, _ in chosen.values()), lo)
                if other is None and self.owned_parts:
                    other = self._owned_by_another(tokens, chosen, occurrences, lo, hi)
                if other is None and self.addressed_to_readers:
                    # "The Company's lenders are cautioned not to place undue reliance": a caution
                    # addressed to others than the legend's readers
                    other = other_reliers(tokens, min(a for a, _ in chosen.values()), lo)
                if other is None and self.company_subject:
                    other = another_speaks(tokens, min(a for a, _ in chosen.values()), lo)
                if other is None:
                    # the company set aside by an aside on the subject, whoever the element names
                    # as its subject: "Our auditors, not the Company, caution readers not to ...",
                    # "Our auditors, not Boeing, believe that many factors could cause ..."
                    other = company_set_aside(tokens, min(a for a, _ in chosen.values()), lo)
                if other is None and self.company_subject:
                    other = passive_agent(tokens, max(b for _, b in chosen.values()), hi)
                if other is None and self.company_subject and not self.company_parts:
                    # a proposition about the statements without naming them (the statute's): the
                    # statements named before it must not be another's
                    other = statements_of_another(tokens, min(a for a, _ in chosen.values()),
                                                  max(b for _, b in chosen.values()), lo, hi)
                if other is not None and self.company_parts and any(
                        n in chosen and (aside := comparison_aside(tokens, *chosen[n])) is not None
                        and aside[0] <= other <= aside[1] for n in self.company_parts):
                    # "which, unlike the statements of our former manager, speak only as of ...":
                    # the others' statements are what the subject is likened to, not what is dated
                    other = None
                if other is not None and candidate.polarity == AFFIRMED:
                    # said of someone else's statements or another time: not the element
                    candidate.polarity = ANOTHERS
                    candidate.cue_span = (tokens.starts[other], tokens.ends[other])
                    candidate.cue = tokens.text[candidate.cue_span[0] : candidate.cue_span[1]]
                complete.append(candidate)
        if complete:
            # The fullest reading of a sentence decides: "words such as ... do not identify
            # forward-looking statements" lists words, but says they identify nothing.
            # (Read in linear time: a run-on text makes thousands of candidates.) A reading that
            # holds gives way to one that does not and has a key part it lacks ...
            against = [o for o in complete if not o.holds]
            keys = {n for o in against for n in o.parts if n in self.negation_on}
            complete = [c for c in complete if not c.holds or all(n in c.parts for n in keys)]
            # ... or that stands in a concession after a main clause that does not say it: "the
            # words ... are unsuited to identifying forward-looking statements (are intended to
            # identify marketing statements), although not all forward-looking statements contain
            # such words" concedes a point beside the claim, and is none of its own
            conceded = {id(c): k for c in complete if c.holds and (k := _trailing_concession(tokens, c)) is not None}
            if conceded:
                complete = [c for c in complete if id(c) not in conceded or any(
                    o.holds and id(o) not in conceded and _before_in_sentence(tokens, o, conceded[id(c)])
                    for o in complete)]
            # ... or whose key words stand nearer a part both share (the same words, same place).
            sharing: dict[tuple[str, tuple[int, int]], list[Candidate]] = {}
            for o in against:
                for n, span in o.part_spans.items():
                    if n not in self.negation_on:
                        sharing.setdefault((n, span), []).append(o)
            complete = [c for c in complete if not c.holds or not any(
                self._nearer_key(o, c) for n, span in c.part_spans.items() if n not in self.negation_on
                for o in sharing.get((n, span), ()))]
            # ... or that reads the same key words with a company part this one leaves unnamed and
            # finds it another's: "could cause the lenders' actual results to differ materially
            # from ...": the form without a subject holds only because it never asks whose results.
            if self.company_parts:
                owned: dict[tuple[str, tuple[int, int]], list[Candidate]] = {}  # by a key part, for linear time
                for o in against:
                    if o.polarity == ANOTHERS and any(n in o.part_spans for n in self.company_parts):
                        for n, span in o.part_spans.items():
                            if n in self.negation_on:
                                owned.setdefault((n, span), []).append(o)
                if owned:
                    complete = [c for c in complete if not c.holds or not self._owner_unasked(c, owned)]
            # ... or names a document only as more of one such a reading denies: "without regard
            # to the Company's filings with the SEC, including its Annual Report on Form 10-K,
            # Quarterly Reports on Form 10-Q ...". (Not one it gives to another: a document
            # wrongly thought another's would take the company's own after it along.)
            if self.owned_parts:
                denied = sorted({bisect_left(tokens.ends, span[1]) for o in against if o.polarity == NEGATED
                                 for span in self._owned_spans(o) if self._denies_in_clause(tokens, o, span)})
                if denied:  # (in the order of the documents, so that the list goes on from each dropped)
                    kept = []
                    for c in sorted(complete, key=lambda c: min(self._owned_spans(c), default=(c.start, c.end))):
                        if c.holds and self._names_more_of(tokens, c, denied):
                            for span in self._owned_spans(c):
                                insort(denied, bisect_left(tokens.ends, span[1]))
                        else:
                            kept.append(c)
                    complete = kept
            unique = {(c.start, c.end, c.polarity): c for c in complete}
            return sorted(unique.values(), key=lambda c: (c.start, c.end))
        if closest is None:
            return []
        have, spans, lacking = closest
        candidate = self._candidate(tokens, dict(zip(have, spans)), lo, hi, covered, inner)
        candidate.complete, candidate.lacks = False, lacking
        return [candidate]

    def _may_yield(self, present: set[str]) -> bool:
        """Whether a sentence in which only the parts `present` have words can give `_in_range` a
        candidate: some form has all its parts there, or enough of them to be offered as the
        closest wording (a key part, half the form, a near miss). Every step after the words are
        found only takes occurrences away (idioms, dates, carve-outs) or adds them to a part that
        has one ("do so", a pseudo-cleft's "do"), so a sentence refused here gives no candidate
        however it is read: most legend sentences name none of an element's forms, and each of
        the pack's propositions reads every one of them."""
        for form in self.forms:
            have = [n for n in form.parts if n in present]
            if len(have) == len(form.parts) or self._offered(form, have):
                return True
        return False

    def _offered(self, form: Form, have: list[str]) -> bool:
        """Whether a wording that fills only the parts `have` of `form` is offered as the closest
        one: it has a key part, at least half the form, and is a near miss (`near_miss`)."""
        return (any(n in self.negation_on for n in have) and len(have) * 2 >= len(form.parts)
                and self.is_near_miss(have))

    @staticmethod
    def _denies_in_clause(tokens: Tokens, o: Candidate, span: tuple[int, int]) -> bool:
        """Whether o's negation and its document part (canonical offsets) stand in one clause,
        as a reading that carries over to the documents named after it must ("without regard to
        the Company's filings"; not "has not tried to list every risk here; its reports ...")."""
        if o.cue_span is None:
            return False
        first, last = sorted((bisect_left(tokens.starts, o.cue_span[0]), bisect_left(tokens.starts, span[0])))
        # (the brackets of a list item's mark end no clause: "other than (i) our annual report")
        return not any(STOP_GAP.search(tokens.gap(k)) and not (list_item_mark(tokens, k) or list_item_mark(tokens, k - 1))
                       for k in range(first + 1, last + 1))

    def _names_more_of(self, tokens: Tokens, c: Candidate, denied: list[int]) -> bool:
        """Whether a document part of c goes on from one a reading denies, which ends at a token of
        `denied` (sorted token indexes), with only more of its name or a list of documents between
        (`document_chain`)."""
        for span in self._owned_spans(c):
            a = bisect_left(tokens.starts, span[0])
            # a relative clause on a denied document says only where that one may be read: "other
            # than our annual report (which is available at www.sec.gov)"
            starts = (a, r) if (r := _relative_before(tokens, a)) is not None else (a,)
            for a in starts:
                for b in denied[bisect_left(denied, a - DOCUMENT_CHAIN_WORDS - 1) : bisect_left(denied, a)]:
                    if document_chain(tokens, b, a):
                        return True
        return False

    def _owned_spans(self, c: Candidate) -> list[tuple[int, int]]:
        """The canonical offsets of c's parts of `owned_parts`."""
        return [c.part_spans[n] for n in self.owned_parts if n in c.part_spans]

    def _owner_unasked(self, c: Candidate, owned: dict[tuple[str, tuple[int, int]], list[Candidate]]) -> bool:
        """Whether a reading of another's (in `owned`, by its key parts) has all of c's key words
        in the same place and a company part c leaves unnamed."""
        keys = [(n, span) for n, span in c.part_spans.items() if n in self.negation_on]
        if not keys:
            return False
        if any(all(o.part_spans.get(n) == span for n, span in keys)
               and any(n in o.part_spans and n not in c.part_spans for n in self.company_parts)
               for o in owned.get(keys[0], ())):
            return True
        # ... or reads them inside longer key words of its own, taking one of those words for
        # the company part: "undue" + "reliance" beside "undue reliance" + "on its forward-looking
        # statements" (the object named, and another's)
        return any(all(n in o.part_spans and _within(span, o.part_spans[n]) for n, span in keys)
                   and any(n in o.part_spans and n in c.part_spans and any(
                       _within(c.part_spans[n], o.part_spans[k]) for k in self.negation_on if k in o.part_spans)
                       for n in self.company_parts)
                   for readings in owned.values() for o in readings)

    def _key_in_closed_aside(self, tokens: Tokens, chosen: dict[str, tuple[int, int]], lo: int) -> bool:
        """Whether a key part is the verb of a relative clause between commas that closes before
        another part ("this release, which does not constitute an offer to sell securities,
        contains forward-looking statements"): the verb takes its object inside the clause, so it
        says nothing of the forward-looking statements after it."""
        last = max(a for a, _ in chosen.values())
        if any(name in self.negation_on and a < last and tokens.verb_of_relative_aside(a, last, lo)
               for name, (a, _) in chosen.items()):
            return True
        # ... or another part stands in one that closes before every key part: "the materials of
        # Delmar, which we reference in this release, contain ..." (the release only mentions them)
        key = min((a for name, (a, _) in chosen.items() if name in self.negation_on), default=None)
        return key is not None and any(
            name not in self.negation_on and a < key and tokens.in_relative_aside(a, key, lo)
            for name, (a, _) in chosen.items())

    def _nearer_key(self, o: Candidate, c: Candidate) -> bool:
        """Whether o's key words stand between c's and a part both readings share (the same words
        in the same place): the nearer verb governs it ("the words ... are used in this release
        and are no indication that a statement is forward-looking": "indication", not "used",
        says what the words do to forward-looking statements)."""
        keys_o = [span for n, span in o.part_spans.items() if n in self.negation_on]
        keys_c = [span for n, span in c.part_spans.items() if n in self.negation_on]
        shared = [span for n, span in c.part_spans.items()
                  if n not in self.negation_on and o.part_spans.get(n) == span]
        if not (keys_o and keys_c and shared) or set(keys_o) & set(keys_c):
            return False
        for a, _ in shared:
            if all(kc[1] < ko[0] and ko[1] < a for ko in keys_o for kc in keys_c):
                return True
            if all(a < ko[0] and ko[1] < kc[0] for ko in keys_o for kc in keys_c):
                return True
        return False

    def is_near_miss(self, parts) -> bool:
        """Whether a wording with these parts filled is a near miss of the element (see
        `near_miss`): "we will go to Q&A" has a duty word but nothing of updating, and is no
        near miss of "no obligation to update"."""
        have = set(parts)
        return not self.near_miss or any(entry <= have for entry in self.near_miss)

    def parts_in(self, tokens: Tokens, lo: int, hi: int, tolerant: bool = False,
                 names: frozenset[str] | None = None) -> set[str]:
        """The names of the parts (of `names`, default all) some word of tokens [lo, hi) fills."""
        return {name for name, part in self.parts.items()
                if (names is None or name in names) and part.occurrences(tokens, lo, hi, tolerant)}

    @staticmethod
    def _choose(form: Form, anchor: str, anchor_span: tuple[int, int], occurrences: dict[str, list[tuple[int, int]]],
                limit: int, everywhere: dict[str, list[tuple[int, int]]]) -> dict[str, tuple[int, int]] | None:
        """The occurrence of each part nearest the anchor (in order, when the form is ordered),
        or None when a part has none within `limit` words of it (the form would be too long:
        the nearest, which is chosen when one is that near, is then too far too).
        `everywhere`: every occurrence, for the places a part may still stand near another."""
        chosen = {anchor: anchor_span}
        taken = set(range(anchor_span[0], anchor_span[1] + 1))
        # Parts next to the anchor in the form first, so that an order constraint can use them.
        rest = sorted((n for n in form.parts if n != anchor),
                      key=lambda n: abs(form.parts.index(n) - form.parts.index(anchor)))
        a0, a1 = anchor_span
        for name in rest:
            options = [s for s in occurrences[name] if s[0] - a1 <= limit and a0 - s[1] <= limit
                       and not taken.intersection(range(s[0], s[1] + 1))]
            for a, b in form.before:
                if a == name and b in chosen:
                    options = [s for s in options if s[1] < chosen[b][0]]
                elif b == name and a in chosen:
                    options = [s for s in options if s[0] > chosen[a][1]]
            for a, b in form.near:
                other = b if a == name else a if b == name else None
                if other in chosen:
                    options = [s for s in options if _gap(s, chosen[other]) <= NEAR_WORDS]
                elif other is not None:
                    # a place the other part can still stand near ("the use of words such as ...
                    # signals them": "signals", not "use")
                    options = [s for s in options if any(_gap(s, o) <= NEAR_WORDS for o in everywhere[other])]
            if not options:
                return None
            best = min(options, key=lambda s: min(abs(s[0] - anchor_span[1]), abs(anchor_span[0] - s[1])))
            chosen[name] = best
            taken.update(range(best[0], best[1] + 1))
        if any(chosen[a][1] >= chosen[b][0] for a, b in form.before):
            return None
        if any(_gap(chosen[a], chosen[b]) > NEAR_WORDS for a, b in form.near):
            return None
        return chosen

    def _split_by_clause(self, tokens: Tokens, chosen: dict[str, tuple[int, int]], covered: set[int],
                         lo: int) -> bool:
        """Parts the negation turns around that stand in different clauses ("no obligation other
        than our obligation to update", or on both sides of a semicolon or a sentence end): not
        one statement. A short aside between commas
        ("no obligation, except as required by law, to update") does not split them."""
        keys = sorted(span for name, span in chosen.items() if name in self.negation_on)
        for (_, first_end), (second_start, _) in zip(keys, keys[1:]):
            if any(";" in tokens.gap(b) or SENTENCE_GAP.search(tokens.gap(b))
                   for b in range(first_end + 1, second_start + 1)):
                return True  # "... to update them; nevertheless, we will": a clause of its own
            for b in range(first_end + 1, second_start):
                if (b not in covered and tokens.words[b] in CLAUSE_OPENERS
                        and not tokens.transparent(b, second_start, lo)):
                    return True
        return False

    def _object_fits(self, tokens: Tokens, chosen: dict[str, tuple[int, int]], hi: int) -> bool:
        """What the key verb acts on, when the clause names it, is one of `object.words`: "update
        these statements" is the element, "update the mailing list" is not. The first word after
        the part that is not a filler, a preposition, an auxiliary, an adverb or another part's
        word is read; a clause that names no object ("... to update, except as required by law")
        fits."""
        words = tokens.words
        taken = {t for a, b in chosen.values() for t in range(a, b + 1)}
        t = chosen[self.object_of][1] + 1
        if t < hi and words[t] in COPULAS and chosen[self.object_of][1] > chosen[self.object_of][0]:
            # "bringing these statements up to date is not ...": the phrase is the subject of
            # "is", and its object stood inside it, before "up to date"
            return True
        while t < hi and t < chosen[self.object_of][1] + 12:
            if (HARD_GAP.search(tokens.gap(t)) or words[t] in BOUNDARIES or words[t] in _OBJECT_ENDS
                    or _conditional_at(words, t, hi)):
                return True
            word = words[t]
            if word in ("or", "and"):
                # "update or alter any ...": a coordinated verb, read past; "update these or any
                # other statements": a coordinated object, read on
                t += 1 if t + 1 < hi and words[t + 1] in FILLERS else 2
                continue
            if t in taken and word not in _OBJECT_SKIP:
                # another part's word that names the object ("rely on them together with ..."):
                # the verb acts on it
                ends = [e for term in self.objects.terms if (e := term.matches_at(words, t, hi)) is not None]
                if ends:
                    return (not one_statement(tokens, t, max(ends), hi, self.objects.terms)
                            and other_after(tokens, max(ends), hi) is None)
            if word == "even" or (word.endswith("ed") and t + 1 < hi and any(
                    term.matches_at(words, t + 1, hi) is not None for term in self.objects.terms)):
                # "do so even if our views change": a focus word before the condition; "any of
                # the included statements": a participle before the noun it describes
                t += 1
                continue
            if (t in taken or word in _OBJECT_SKIP or word in _OBJECT_MODIFIERS or word.endswith("ly") or is_negation(word)
                    or word in self.parts[self.object_of].first_forms
                    or (len(word) >= 4 and tokens.skeletons[t] in _OBJECT_SKIP_SKELETONS)):
                t += 1
                continue
            ends = [e for term in self.objects.terms if (e := term.matches_at(words, t, hi)) is not None]
            if ends and one_statement(tokens, t, max(ends), hi, self.objects.terms):
                return False  # "update its estimate of when the orders will ship": that one statement only
            # "update any forward-looking statement made by third-party analysts": not its own;
            # "update any statement other than the forward-looking statements": all but them
            # ("update the information in our filings": the filings' own, not this document's)
            return (bool(ends) and other_after(tokens, max(ends), hi) is None
                    and object_in_other_document(tokens, max(ends), hi) is None
                    and excepted_statements(tokens, t, max(ends), 0, hi) is None)
        return True

    def _owned_by_others(self, tokens: Tokens, chosen: dict[str, tuple[int, int]],
                         occurrences: dict[str, list[tuple[int, int]]], lo: int, hi: int) -> int | None:
        """The word that shows what the proposition is about belongs to someone else or another
        time, or None: a part of
        `company_parts` owned by another ("our competitors' press releases", "results reported by
        our competitors", "statements made in our prior-year releases"), or, when the form names
        none of those parts, a clause whose subject is another's ("Third-party analysts'
        estimates may differ materially from ..."). Of a part that stands both before the key
        verb and after it, the one before is the clause's subject and is read."""
        keys = [a for n, (a, _) in chosen.items() if n in self.negation_on]
        verb = min(keys) if keys else min(a for a, _ in chosen.values())
        sentence_start = sentence_low(tokens, verb, lo)
        start = tokens.clause_start(verb, sentence_start)
        if (start > sentence_start and tokens.words[start - 1] in _PREDICATE_JOINERS
                and (tokens.words[start] in AUXILIARIES or tokens.words[start] in COPULAS)):
            # a predicate joined without a subject of its own shares the sentence's ("Statements in
            # analysts' reports are not historical facts but are forward-looking statements")
            start = sentence_start
        owned = []
        for name in self.company_parts:
            if name not in chosen:
                continue
            before = [span for span in occurrences[name] if start <= span[0] and span[1] < verb
                      and not _determiner_use(tokens, span, verb)]
            # the noun an aside sets aside is not the subject: "this release, not our investor
            # presentation, contains ..." (unless it is the only one: "the merger agreement, not this release")
            kept = [span for span in before if not_beside(tokens, span[0], start) is None]
            before = kept or before
            if not before and start > lo and tokens.words[start - 1] in ("and", "or"):
                # a clause start read at the "and" of coordinated nouns ("the actual results and
                # conditions of our tenants to differ"): the subject's noun stands before it
                before = [span for span in occurrences[name] if start - 4 <= span[1] < start - 1
                          and coordinated_outcomes_end(tokens, span[1], hi) >= start]
            if not before:
                before = _subject_before_relative(tokens, occurrences[name], start, verb, lo)
            owned.append(before[-1] if before else chosen[name])

        def another(a: int, b: int) -> int | None:
            found = other_document(tokens, a, b, lo, hi)
            found = found if found is not None else a if is_other_owner(tokens.words, a) else other_before(tokens, a, lo)
            found = found if found is not None else contrasted_before(tokens, a, lo)
            found = found if found is not None else not_beside(tokens, a, lo)
            found = found if found is not None else other_after(tokens, b, hi)
            if found is None and (b_last := coordinated_outcomes_end(tokens, b, hi)) != b:
                # "the actual results, financial condition and business of our tenants": the owner
                # after the last noun the results are coordinated with owns them all
                found = other_after(tokens, b_last, hi)
            # "Southwind Corp.'s actual results", "statements attributed to Southwind Corp."
            found = found if found is not None else named_filer(tokens, a, b, lo, hi)
            found = found if found is not None else _antecedent_of_other_kind(tokens, a, lo)
            if found is None and self.negative:
                # a caution or disclaimer for every statement but these says the opposite of them
                found = excepted_statements(tokens, a, b, lo, hi)
            return found

        if owned:
            for a, b in owned:
                found = another(a, b)
                if found is not None and self._coordinated_with_ours(tokens, occurrences, name_of=(a, b),
                                                                     start=sentence_low(tokens, a, lo),
                                                                     another=another):
                    continue  # "on this call and in the accompanying presentation": this one too
                if found is not None:
                    return found
            return None
        first = min(a for a, _ in chosen.values())
        words = tokens.words
        sentence = sentence_low(tokens, first, lo)
        if not any(w in FINITE_VERBS for w in words[sentence:first]):
            start = sentence  # the whole subject, however many nouns it coordinates
        for t in range(sentence + 1, first):
            # "Matters we discussed on last quarter's call that were not historical facts were
            # considered forward-looking statements": the subject was said at an earlier gathering
            if words[t - 1] in _SAID_THINGS and (earlier := past_occasion(tokens, t, first)) is not None:
                return earlier
        for t in range(start, first):
            if words[t] in AUXILIARIES or (words[t] in BOUNDARIES and start != sentence):
                return None
            if is_other_owner(words, t) and not topic_party(words, t, start):
                return t
            if (words[t] == "ended" and t > start and words[t - 1] in _PERIOD_NOUNS
                    and not any(w in ("and", "or") for w in words[t + 1 : first])):
                # "The statements in this release regarding our earnings for the quarter ended
                # December 31, 2024 are ...": statements about a period that is over
                return t
            if words[t] in _PAST_RESULT_MARKS and _past_results_at(words, t, start, first):
                # "the statements of reported fourth-quarter financial results are the forward-
                # looking statements": results already reported are history, not a forecast
                return t
            if words[t] in DOCUMENT_NOUNS:  # "Statements in Oracle's annual report ... are ..."
                other = other_document(tokens, t, t, lo, hi)
                if other is not None:
                    return other
        return None

    def _coordinated_with_ours(self, tokens: Tokens, occurrences: dict[str, list[tuple[int, int]]],
                               name_of: tuple[int, int], start: int, another) -> bool:
        """Whether the occurrence name_of, another's, is coordinated ("and", "or") with an
        earlier occurrence of a company part in the same clause that names this document ("this
        call and the accompanying presentation", "today's release or our website"): what is said
        is said of this one as well."""
        words = tokens.words
        a0 = name_of[0]
        for name in self.company_parts:
            for a, b in occurrences.get(name, []):
                if not (start <= a and b < a0) or another(a, b) is not None:
                    continue
                between = range(b + 1, a0)
                # a second part that opens right after "and" may run long before its document:
                # "this release and statements made by management on the quarterly call"
                joined = (any(words[t] in ("and", "or") for t in between) and len(between) <= _COORDINATED_WORDS
                          or between and words[between[0]] in ("and", "or") and len(between) <= _CONJUNCT_WORDS)
                if (joined
                        and not any(words[t] in FINITE_VERBS or words[t] in AUXILIARIES for t in between)
                        and any(words[t] in DEICTICS for t in range(max(start, a - 2), a + 1))
                        and not any(HARD_GAP.search(tokens.gap(t)) and ","
                                    not in tokens.gap(t) for t in range(b + 1, a0 + 1))):
                    return True
        return False

    def _owned_by_another(self, tokens: Tokens, chosen: dict[str, tuple[int, int]],
                          occurrences: dict[str, list[tuple[int, int]]], lo: int, hi: int) -> int | None:
        """The owner, not the company, of a part of `owned_parts`: "the reports that our
        competitors have filed", "the Form 20-F of the Company's largest customer", "“Risk
        Factors” in Item 3.D of the annual report of our former parent"; its token, or None.
        Another time does not count here: a filing of a prior year is still the company's."""
        for name in self.owned_parts:
            if name in chosen:
                found = self._owner_of_occurrence(tokens, chosen[name], occurrences[name], lo, hi)
                if found is not None:
                    return found
        return None

    def _owner_of_occurrence(self, tokens: Tokens, span: tuple[int, int], spans: list[tuple[int, int]],
                             lo: int, hi: int, antecedent: bool = True) -> int | None:
        """`_owned_by_another` for one occurrence of an owned part (`spans`: all of the part's
        occurrences in the sentence). With `antecedent`, a part in a relative clause may take
        the owner of the documents the clause describes."""
        a, b = span
        joined = []
        # an occurrence of the same part a few words before ("filed with") opens the noun
        # phrase this one ends ("the U.S. Securities and Exchange Commission")
        for a2, b2 in sorted(spans, reverse=True):
            # (or more words when they name the filer: "documents filed by the Company's main
            # supplier with the SEC")
            # (or after the participle that the filing's name does not take in: "the Form 10-K
            # filed by Brennick Castings with the SEC")
            by = b2 + 2 if b2 + 2 < a and tokens.words[b2 + 1] in FILED else b2 + 1
            reach = _FILER_JOIN_WORDS + by - b2 - 1 if by < a and tokens.words[by] == "by" else 4
            if a2 < a and a - b2 <= reach and not any(HARD_GAP.search(tokens.gap(k)) for k in range(a2 + 1, a + 1)):
                joined.append((b2, a))
                a = a2
        # and the occurrences a few words after, which go on with the same name ("the annual
        # report" + "on Form 10-K" + "filed by Tessaly" + "with the SEC")
        # (over a list's commas too: "Forms 10-K, 10-Q and 8-K filed with the SEC by Watsco";
        # not from a document the company calls its own: "our Form 10-K, the Form 10-Q of ...")
        gap = HARD_GAP if own_possessive_before(tokens, a) else STOP_GAP
        end = last = b
        for a2, b2 in sorted(spans):
            if a2 > end and any(w in ELABORATING for w in tokens.words[end + 1 : a2]):
                # a document given as one of those named ("our filings with the SEC, including the
                # Form 10-K we expect to file next month") is a name of its own: what is said of
                # it is not said of the filings it is one of
                break
            if a2 > end and a2 - end <= 4 and not any(gap.search(tokens.gap(k)) for k in range(end + 1, a2 + 1)):
                joined.append((end, a2))
                end = b2
            if last < b2 and a2 <= last + 4 and not any(gap.search(tokens.gap(k)) for k in range(last + 1, a2 + 1)):
                last = b2  # (overlapping ones too: "filings with" + "with the SEC")
        found = owner_of(tokens, a, b, lo, hi)
        for b2, next_a in joined:
            if found is None:
                # the filer named between them: "reports filed by our largest supplier with the SEC"
                found = other_after(tokens, b2, next_a, is_owner)
        if found is None and last > b:
            # the filer named after the whole name: "filings with the SEC of our largest customer"
            found = other_after(tokens, last, hi, is_owner)
        if found is None and tokens.words[a] in FILED:
            # "the Form 10-K that our former parent filed with the SEC": the document named a
            # few words before, with another owner as the subject of the clause that files it
            for a2, b2 in spans:
                if b2 < a and a - b2 <= _FILER_CLAUSE_WORDS and not any(
                        HARD_GAP.search(tokens.gap(k)) for k in range(b2 + 1, a + 1)):
                    found = relative_subject(tokens, b2, a)
                    if found is not None:
                        break
        if found is None and tokens.words[a] in FILED and "," in tokens.gap(a):
            # ", filed with the SEC on ...": the participle describes the document before it
            earlier = [(a2, b2) for a2, b2 in spans if b2 < a and a - b2 <= 14]
            if earlier:
                found = owner_of(tokens, *earlier[-1], lo, hi)
        # The readers below are tried in turn until one names an owner. First a filing withheld,
        # made later or still to come, also between the name's words ("the annual report on Form
        # 20-F that Acme will file with the SEC").
        readers = [lambda: withheld_part(tokens, a, lo), lambda: later_filing(tokens, a, lo),
                   # "risks will be described in our Form 10-K for 2025": not written there yet
                   lambda: future_placement(tokens, a, lo),
                   lambda: filing_to_come(tokens, last, hi), lambda: filed_later(tokens, a, lo),
                   # "our Form 10-K, once filed with the SEC": filed only when that comes
                   lambda: filed_on_condition(tokens, spans, hi),
                   # "our Form 10-K, the filing of which has been postponed"
                   lambda: filing_put_off(tokens, last, hi)]
        for b2, next_a in joined:
            readers += [lambda b2=b2, next_a=next_a: filing_to_come(tokens, b2, next_a + 1),
                        lambda next_a=next_a: filed_later(tokens, next_a, lo)]
        factors = "factors" in tokens.words[a : b + 1]
        readers += [
            lambda: other_recipient(tokens, b, hi),
            lambda: foreign_law(tokens, b, hi),
            lambda: self._law_referred_back(tokens, b, lo, hi),
            lambda: defined_law(tokens, b, hi),
            lambda: other_system(tokens, b, hi),
            lambda: caption_elsewhere(tokens, b, hi) if factors else None,
            lambda: caption_owner(tokens, b, hi) if factors else None,
            lambda: named_filer(tokens, a, b, lo, hi),
            # "the filings of our supplier, including its Form 10-K"
            lambda: possessor_referred_back(tokens, a, lo, spans),
            # ... or before a later name of the same chain: "Brennick describes them under
            # "Risk Factors" in its Form 10-K"
            *[lambda next_a=next_a: possessor_referred_back(tokens, next_a, lo) for _, next_a in joined],
            # "the Form 10-K of our operating partner and subsequent Quarterly Reports on Form 10-Q"
            lambda: sequel_of_anothers(tokens, a, spans, lo, hi),
            # "filings made by our former parent with the SEC"
            lambda: filer_of_filings(tokens, a, lo),
            # "... Form 10-K, Quarterly Reports on Form 10-Q and other documents our former parent filed"
            lambda: owner_of_the_others(tokens, a, last, hi),
            # "the reports the dealer manager files on Forms 10-K and 10-Q"
            lambda: filer_before_form(tokens, a, spans, lo),
        ]
        for read in readers:
            if found is not None:
                break
            found = read()
        if found is None and antecedent:
            # "the filings with the SEC of our contract manufacturer, which are available at
            # the SEC's website": the documents the clause describes have the owner
            described = antecedent_of(tokens, a, spans, lo)
            if described is not None:
                found = self._owner_of_occurrence(tokens, described, spans, lo, hi, antecedent=False)
        return found

    def _law_referred_back(self, tokens: Tokens, b: int, lo: int, hi: int) -> int | None:
        """The owner of a law the part refers back to with "thereby", "thereunder" or "therein"
        ("the safe harbors created thereby") when the sentence before names another country's or
        a state's law ("as defined by the Oregon Securities Act") and none of the proposition's
        other key parts (the U.S. Act itself): its token, or None. Only the one sentence before
        is read."""
        words = tokens.words
        if lo == 0 or not any(words[t] in _BACK_REFERENCES for t in range(b + 1, min(hi, b + 4))):
            return None
        previous = sentence_low(tokens, lo - 1, 0)
        if any(self.parts[n].occurrences(tokens, previous, lo) for n in self.negation_on
               if n not in self.owned_parts):
            return None
        for k in range(previous, lo - 1):
            if words[k] in LAW_LINKS or words[k + 1] == "the":  # "as the Nevada Securities Act defines them"
                found = foreign_law(tokens, k, lo)
                if found is not None and words[found] not in LAW_HEADS:  # a named owner
                    return found
        return None

    def excluded_at(self, tokens: Tokens, start: int, end: int) -> bool:
        """Whether canonical [start, end) has an excluded term in it or just after it."""
        first, last = tokens.index_at(start), tokens.index_at(end) - 1
        return last >= first and self._excluded(tokens, first, last, len(tokens))

    def _excluded(self, tokens: Tokens, first: int, last: int, hi: int) -> bool:
        """An excluded term at a key part, just before it or in the few words after it ("update
        ... our website", "this Form 10-K")."""
        if not self.excludes:
            return False
        end = min(hi, last + 7)
        low, words = max(0, first - 3), tokens.words
        # a clause break before the part ends what "just before" reads: "the issuer, which posts
        # its results on its website, assumes no duty to ..." names the website in an aside
        low = max([low] + [k for k in range(low + 1, first + 1) if HARD_GAP.search(tokens.gap(k))])
        if not self._exclude_first.intersection(words[low:end]):
            return False
        # only the terms whose first word can stand at i (as written, OCR-folded, or a prefix)
        index, skeletons = self._exclude_index, tokens.skeletons
        for i in range(low, end):
            for term in chain(index.by_first.get(words[i], ()), index.by_skeleton.get(skeletons[i], ()),
                              index.prefixed):
                if term.matches_at(words, i, end) is not None:
                    return True
        return False

    # -- polarity ----------------------------------------------------------------------------
    def _candidate(self, tokens: Tokens, chosen: dict[str, tuple[int, int]], lo: int, hi: int,
                   covered: set[int] = frozenset(), inner: frozenset[int] = frozenset()) -> Candidate:
        """The candidate the chosen parts make, with its polarity. `covered`: every token of a
        part's occurrence; `inner`: those after an occurrence's first word ("and" in "securities
        and exchange commission"), which end no clause."""
        first = min(s for s, _ in chosen.values())
        last = max(e for _, e in chosen.values())
        cues = self._cues(tokens, chosen, lo, hi, covered, inner)
        polarity, cue_tokens = self._counted(tokens, chosen, cues, lo, hi)
        polarity, cue_tokens = self._reread(tokens, chosen, polarity, cue_tokens, lo, hi)
        cue_span = (tokens.starts[cue_tokens[0]], tokens.ends[cue_tokens[1]]) if cue_tokens else None
        cue = tokens.text[cue_span[0] : cue_span[1]] if cue_span else ""
        parts = {name: tokens.span_text(s, e) for name, (s, e) in chosen.items()}
        spans = {name: (tokens.starts[s], tokens.ends[e]) for name, (s, e) in chosen.items()}
        return Candidate(tokens.starts[first], tokens.ends[last], parts, polarity, cue, cue_span, part_spans=spans)

    def _cues(self, tokens: Tokens, chosen: dict[str, tuple[int, int]], lo: int, hi: int,
              covered: set[int], inner: frozenset[int]) -> set[int]:
        """The tokens that turn the chosen parts around: the negations bearing on each key part
        (`_part_cues`), a comparative, a negation of a part the clause scan does not reach, a
        negative subject, a question answered "no", an exception that makes a negation say "only".
        Their count decides the polarity (`_counted`)."""
        first = min(s for s, _ in chosen.values())
        last = max(e for _, e in chosen.values())
        cues: set[int] = set()
        # a negation that is a part's own word ("not to match") belongs to that part
        own = {t for n, (a, b) in chosen.items() for t in range(a, b + 1)}
        for name, (s, e) in chosen.items():
            if name in self.negation_on:
                self._part_cues(tokens, name, s, e, lo, hi, covered, inner, own, last, cues)
        comparative = comparative_after(tokens, last, hi)
        if comparative is None:
            comparative = self._comparative_before(tokens, chosen, hi)
        if comparative is not None and any(n in self.negation_on for n in chosen):
            cues.add(comparative)
        for name, (s, e) in chosen.items():
            # A part the clause scan does not turn around, denied where it stands: "identify
            # statements that are not forward-looking", "... historical facts rather than
            # forward-looking statements".
            if name not in self.negation_on:
                cue = direct_negation(tokens, s, lo)
                cue = cue if cue is not None else implicit_negator(tokens, s, lo)  # "absent from"
                if cue is None and not self.negative:
                    cue = withdrawn_after(tokens, e, hi)  # "forward-looking statements, since withdrawn,"
                if cue is None and not self.negative:
                    cue = disregarded_after(tokens, e, hi)  # "forward-looking statements, which we have since removed"
                if cue is None and not self.negative:
                    cue = _other_than_listed(tokens, e, hi)  # "identified by words other than 'expects', ..."
                if cue is not None:
                    cues.add(cue)
        if any(n in self.negation_on for n in chosen):
            # up to the key part: "No one should rely on these statements, which speak only as of …"
            key = min(s for n, (s, _) in chosen.items() if n in self.negation_on)
            subject = negative_subject(tokens, max(first, key), lo)
            if subject is not None:
                cues.add(subject)
        words = tokens.words
        if any(words[t] == "nor" for t in cues) and any(words[t] == "neither" for t in cues):
            cues = {t for t in cues if words[t] != "nor"}  # "neither ... nor" is one negation
        answer = answered_no(tokens, first, last, lo)
        if answer is not None:
            # "Is a safe harbor statement needed here? We think not.": a yes/no question states
            # nothing; a short answer that denies it says the opposite of what it asks
            cues.add(answer)
        if not self.negative:
            removed = removed_later(tokens, last, hi)  # "..., but those statements have since been removed"
            if removed is not None:
                cues.add(removed)
            whole = exception_covers_all(tokens, first, lo)  # "Except for X, which makes up the whole of it, ..."
            if whole is not None:
                cues.add(whole)
        if cues and not self.negative:
            exceptive = exceptive_after(tokens, last, hi)
            if exceptive is not None:
                # "No forward-looking statement speaks as of any date other than the date on
                # which it is made": a negation with an exception says "only"
                cues.add(exceptive)
        elliptical = _elliptical_clause(tokens, chosen)
        if elliptical is not None:
            # "We never update these statements, and we do not intend to": the second clause takes
            # up the first one's verb, not its negation; each clause denies the update once
            cues = {t for t in cues if t > elliptical}
        return cues

    def _part_cues(self, tokens: Tokens, name: str, s: int, e: int, lo: int, hi: int, covered: set[int],
                   inner: frozenset[int], own: set[int], last: int, cues: set[int]) -> None:
        """Add to `cues` the negations that bear on the key part `name` at [s, e]: those of its
        clause before it (and a denied ground, a contrast that sets it aside), a negative form of
        its own word, those after it (a denying verb, an incapacity, a relative clause or a
        participle that takes it back), and one between it and a later part of the clause (up to
        `last`). Whether a relative clause after the part counts depends on the cues found so far,
        so `cues` grows in place, part by part."""
        sentence_lo = sentence_low(tokens, s, lo)
        s = self._coordination_start(tokens, name, s, sentence_lo, covered)
        # the inner words of a part ("securities and exchange commission") end no clause
        clause = tokens.clause_start(s, sentence_lo, inner)
        # a negation already read on an earlier part before a coordinated predicate ("no
        # obligation, and does not intend, to ..."): the predicate's own is the same disclaimer again
        earlier = max((c for c in covered if sentence_lo <= c < clause), default=None)
        if earlier is not None and not any(sentence_lo <= c <= earlier for c in cues):
            earlier = None
        for t in range(max(clause, s - _NEGATION_REACH), s):
            if (t not in own and self._negation_at(tokens, t, s) and not tokens.in_aside(t, s, clause)
                    and not in_closed_relative(tokens, t, s, sentence_lo)
                    and not (earlier is not None and _in_coordinated_predicate(tokens, t, earlier, s))
                    # (a negation before a predicate of its own: "not listed here but are described
                    # in"; for a negative element that negation is the disclaimer itself, "does not
                    # undertake, but may, update")
                    and not (not self.negative and correcting_predicate(tokens, t, s) is not None)):
                cues.add(t)
        hedged = _quantifier_before_aside(tokens, clause, sentence_lo)
        if hedged is not None and self._negation_at(tokens, hedged, s):
            cues.add(hedged)  # "few factors, if any, could cause", "little chance, and in our view none, that"
        ground = self._negated_ground(tokens, clause, sentence_lo)
        if ground is None:
            ground = no_more_than(tokens, clause, sentence_lo)
        if ground is not None:
            cues.add(ground)
        rejected = set_aside(tokens, clause, s, sentence_lo)
        if rejected is None and not self.negative:
            # from the start of the whole name ("annual report on" + "Form 10-K")
            joined = s
            while (joined - 1 > sentence_lo and s - joined < _NAME_REACH
                   and (joined - 1 in covered or tokens.words[joined - 1] in _NAME_LINKS
                        or (tokens.words[joined - 1] in FILLERS and joined - 2 in covered))
                   and not HARD_GAP.search(tokens.gap(joined))):
                joined -= 1  # (and a filler between two of its words: "filings with the" + "SEC")
            rejected = other_than_before(tokens, joined, sentence_lo)
            if rejected is None:
                rejected = not_beside(tokens, joined, sentence_lo)  # "in its board reports, not those filed with the SEC"
        if rejected is not None:
            cues.add(rejected)
        if self.negative and s > sentence_lo and small_amount(tokens.words, s - 1):
            cues.add(s - 1)  # "Little reliance should be placed on them": the amount before the part
        cues.update(t for t in range(s, e + 1) if is_negative_form(tokens.words[t])
                    or (self.negative and small_amount(tokens.words, t))  # "place only limited reliance on"
                    or (self._may_negate(tokens.words[t])
                        and any(term.matches_at(tokens.words, t, e + 1) is not None for term in self.negated_by))
                    # a part's own words in an idiom of incapacity: "fall short" of a change is one,
                    # "fall short of causing" a difference denies the causing
                    or (tokens.words[t] == "short" and is_incapacity(tokens.words, t)))
        if s > sentence_lo and tokens.words[s - 1] in UNTRUSTWORTHY and not tokens.words[s].endswith(("ed", "ing")):
            cues.add(s - 1)  # "unreliable indicators of": a noun part denied as a source
        cue = negation_after(tokens, e, hi)
        if cue is not None and _corrected_after(tokens, cue, last, covered):
            cue = None  # "are not listed here but are described in our Form 10-K": the denial is of another place
        if (cue is None and e + 2 < hi and tokens.words[e] in MODALS and tokens.words[e + 1] in ("not", "never")
                and tokens.words[e + 2 + (tokens.words[e + 2] in _HEDGING_ADVERBS and e + 3 < hi)] == "be"):
            # a modal part denied in a passive after its subject: "Updates to them will not be made",
            # "... will not necessarily be made" (no promise either way); not "will not shirk it",
            # where the negation is the next verb's
            cue = e + 1
        if cue is None:
            cue = negation_after_as_aside(tokens, s, e, hi)
        if cue is None and self.negated_by and not (s > 0 and tokens.words[s - 1] == "to"):
            # (an infinitive is no subject: "to update them and disclaims any statement of
            # third parties" coordinates another verb with an object of its own)
            cue = self._denying_verb_after(tokens, e, hi)
            if (cue is not None and any(clause <= c < s for c in cues)
                    and _in_coordinated_predicate(tokens, cue, e, hi)):
                cue = None  # "does not intend, and disclaims any intention, to ...": one disclaimer, said twice
        if cue is not None:
            cues.add(cue)
        cue = implicit_negator(tokens, s, sentence_lo)
        if cue is not None:
            cues.add(cue)
        cue = past_habit(tokens, s, clause)
        if cue is not None:
            cues.add(cue)
        if not self.negative and len(cues) % 2 == 0 and tokens.words[e] not in _NO_ANTECEDENTS:
            # a relative clause that denies the part ("filings ..., which do not address these
            # risks") denies it whatever the clause before says: it does not cancel a denial
            # there ("do not look to our filings, which do not address them")
            cue = denied_after(tokens, e, hi)
            if cue is None:
                # from the end of the whole mention ("filings with" + "the SEC")
                # ("annual report" + "on" + "Form 10-K"): the part's words, fillers and the
                # prepositions inside a filing's name
                end_of, linking = e, 0
                while (end_of + 2 < hi and linking < _NAME_REACH
                       and (end_of + 1 in covered or tokens.words[end_of + 1] in FILLERS
                            or tokens.words[end_of + 1] in _NAME_LINKS)
                       and not HARD_GAP.search(tokens.gap(end_of + 1))):
                    end_of += 1
                    # a part's own words do not count against the reach: "annual report on
                    # Form 10-K filed with the Securities and Exchange Commission" is one name
                    linking += end_of not in covered
                cue = disregarded_after(tokens, end_of, hi)
                if cue is None and end_of > e:
                    cue = denied_after(tokens, end_of, hi)  # "filings with" + "the SEC (...), none of which ..."
                if cue is None:
                    cue = withdrawn_after(tokens, end_of, hi)  # "our Form 10-K, since withdrawn,"
                if cue is None:
                    cue = inapplicable_after(tokens, end_of, hi)  # "... filed with the SEC no longer apply to them"
            if cue is None:
                cue = disregarded_before(tokens, s, sentence_lo)  # "..., which readers should ignore, including ..."
            if cue is None and self.negated_by:
                cue = privative_elaborated(tokens, s, sentence_lo)  # "absent from our filings, including ..."
            if cue is not None:
                cues.add(cue)
        # A negation between this part and a later one of the clause ("contains no
        # forward-looking statements", "filings contain no information on these risks").
        # The negation must be in the same clause as the later part: "no obligation other than
        # our obligation to update" is an obligation to update.
        pending = set()
        # after "words such as", "terms like": short comma-separated items, not clauses
        item_start = e if tokens.words[e] in ("as", "like", "including") else None
        for t in range(e + 1, last):
            if t in covered:
                continue  # a part's own words ("securities and exchange commission")
            if item_start is not None and tokens.gap(t).strip() == "," and t - item_start <= _ITEM_WORDS:
                item_start = t
                continue  # between the listed words ("such as believe, expect, plan"): no clause ends
            if t - 1 in pending and tokens.words[t - 1 : t + 1] == ["anything", "but"]:
                continue  # "anything but" is one negation, not a clause that "but" opens
            if HARD_GAP.search(tokens.gap(t)) or tokens.words[t] in CLAUSE_OPENERS:
                pending = set()
                break
            if tokens.words[t] in BOUNDARIES and not joins_listed_words(tokens, t, covered):
                break
            if self._negation_at(tokens, t, last):
                pending.add(t)
        cues |= pending

    def _counted(self, tokens: Tokens, chosen: dict[str, tuple[int, int]], cues: set[int], lo: int,
                 hi: int) -> tuple[str, tuple[int, int] | None]:
        """The polarity the count of cues gives (an odd count negates an affirmative proposition, an
        even one reverses a negative one), and the first and last tokens of the words that decided it."""
        first = min(s for s, _ in chosen.values())
        last = max(e for _, e in chosen.values())
        odd = len(cues) % 2 == 1
        polarity, cue_tokens = AFFIRMED, None
        key_end = max(e for n, (_, e) in chosen.items() if n in self.negation_on) if any(
            n in self.negation_on for n in chosen) else last
        if self.negative and not odd:
            polarity = REVERSED
            key_start = min(s for n, (s, _) in chosen.items() if n in self.negation_on) if any(
                n in self.negation_on for n in chosen) else first
            begin = min(cues) if cues else tokens.clause_start(key_start, sentence_low(tokens, key_start, lo))
            cue_tokens = (min(begin, key_start), key_end)
        elif self.negative and odd and _cannot_too(tokens, cues, key_end):
            # "you cannot place too much reliance on them": no amount is too much, so rely freely
            polarity, cue_tokens = REVERSED, (min(cues), key_end)
        elif not self.negative and odd:
            polarity = NEGATED
            cue_tokens = (min(cues), max(key_end, max(cues)))
            if self.open_ended and self._open_end_after(tokens, max(cues), hi):
                # "should not be relied upon as representing our views as of any date subsequent
                # to today": denying a later moment is saying only as of this one
                polarity, cue_tokens = AFFIRMED, None
        sentence_lo = sentence_low(tokens, first, lo)
        if polarity == REVERSED and tokens.memo(("law-only", sentence_lo, hi),
                                                lambda: only_as_the_law_requires(tokens, sentence_lo, hi)):
            # "we will update them only if the law requires it": the promise is the legal carve-out
            # ("except as required by law") said the other way round, not an undertaking
            polarity, cue_tokens = AFFIRMED, None
        return polarity, cue_tokens

    def _reread(self, tokens: Tokens, chosen: dict[str, tuple[int, int]], polarity: str,
                cue_tokens: tuple[int, int] | None, lo: int, hi: int) -> tuple[str, tuple[int, int] | None]:
        """The polarity once the rest of the sentence is read over the whole clause: a
        counterfactual, an exception for a standing practice, a condition declared false, a
        commitment despite a disclaimer, a caution rejected, a practice abandoned, an open-ended
        time, a past frame. Each reading applies only while the clause still holds as counted."""
        first = min(s for s, _ in chosen.values())
        last = max(e for _, e in chosen.values())
        key_end = max(e for n, (_, e) in chosen.items() if n in self.negation_on) if any(
            n in self.negation_on for n in chosen) else last
        sentence_lo = sentence_low(tokens, first, lo)
        if polarity == AFFIRMED and not self.negative:
            denied = counterfactual(tokens, key_end, sentence_lo, hi)
            if denied is not None:
                # "would have been described in our filings, had we been required to": what
                # would have been is what is not
                polarity, cue_tokens = NEGATED, denied
        if polarity == AFFIRMED and self.negative:
            unreal = counterfactual(tokens, key_end, sentence_lo, hi)
            if unreal is not None:
                # "would disclaim any obligation to update ... were it not bound to do so": the
                # disclaimer is what would be, so the duty is what is
                polarity, cue_tokens = REVERSED, unreal
        if polarity == AFFIRMED and self.negative:
            habit = habitual_exception(tokens, key_end, hi)
            if habit is not None:
                # "no obligation to update ..., except as our practice of quarterly updates
                # requires": an exception for a standing practice swallows the disclaimer
                polarity, cue_tokens = REVERSED, habit
        if polarity == AFFIRMED and self.negative:
            fronted = fronted_exception(tokens, sentence_lo, first)
            if fronted is not None:
                # "Beyond what the law requires, which is that we revise each of them every
                # quarter, we undertake no obligation to ...": the fronted exception takes in all
                polarity, cue_tokens = REVERSED, fronted
        if polarity == AFFIRMED:
            supposed = in_unreal_condition(tokens, first, last, sentence_lo, hi) or \
                answers_unreal_condition(tokens, first, last, sentence_lo, hi)
            if supposed is not None:
                # "Had this release contained forward-looking statements, they would be
                # identified here": what an unreal condition supposes is not so
                polarity, cue_tokens = (REVERSED if self.negative else NEGATED), supposed
        if polarity == AFFIRMED and not self.negative:
            denied = unreal_then_denied(tokens, first, key_end, sentence_lo, hi)
            if denied is not None:
                # "... would be forward-looking statements, but this release contains none": what
                # would be so is then said not to be
                polarity, cue_tokens = NEGATED, denied
        if polarity == AFFIRMED and not self.negative:
            denied = tokens.memo(("denied-condition", sentence_lo, hi),
                                 lambda: denied_condition(tokens, sentence_lo, hi))
            if denied is not None:
                # "results would differ materially only if our assumptions were wrong, and they
                # are not": the condition is declared false, so the proposition is denied
                polarity, cue_tokens = NEGATED, denied
        if polarity == AFFIRMED and self.negative:
            denied = tokens.memo(("denied-only-condition", sentence_lo, hi),
                                 lambda: denied_condition(tokens, sentence_lo, hi, only=True))
            if denied is not None:
                # "Euronet would be free of any duty to update them only if its assumptions could
                # never need revision, which they can": the one condition of the disclaimer fails
                polarity, cue_tokens = REVERSED, denied
        if polarity == AFFIRMED and self.negative and self.object_of is not None:
            elliptical = elliptical_commitment(tokens, key_end, len(tokens.words))
            if elliptical is not None:
                # "We undertake no obligation to update them; nevertheless, we have promised that we will."
                polarity, cue_tokens = REVERSED, elliptical
        if polarity == AFFIRMED and self.negative and self.object_of is not None:
            later = commitment_after(tokens, key_end, hi)
            if later is not None:
                # "does not intend to update them by press release, but will do so in its annual
                # report": what is disclaimed is only a medium; the act itself is promised
                polarity, cue_tokens = REVERSED, later
        if polarity == AFFIRMED and self.negative:
            committed = commitment_despite(tokens, first, key_end, sentence_lo, hi)
            if committed is not None:
                # "while the Company is under no obligation to update them, it has committed to its
                # shareholders to do so": the main clause takes on what the concession disclaims
                polarity, cue_tokens = REVERSED, committed
        if polarity == AFFIRMED and self.negative:
            willed = intention_beside_aside(tokens, first, sentence_lo)
            if willed is not None:
                # "has every intention, though no obligation, to update them": the duty is
                # conceded away in an aside, the will to update stands
                polarity, cue_tokens = REVERSED, willed
        if polarity == AFFIRMED:
            rejected = rejected_after(tokens, key_end, hi)
            if rejected is not None:
                # "Some advisers caution readers not to rely unduly on them, but we see no reason
                # for that caution": the sentence reports the statement only to reject it
                polarity, cue_tokens = (REVERSED if self.negative else NEGATED), rejected
        if polarity == AFFIRMED and not self.negative:
            conceded = conceded_then_rejected(tokens, first, key_end, sentence_lo, hi)
            if conceded is not None:
                # "Although these risks are described in our Form 10-K, readers should disregard
                # that discussion": the main clause takes back what the concession grants
                polarity, cue_tokens = NEGATED, conceded
        if polarity == AFFIRMED and not self.negative and self.future:
            taken_back = taken_back_after(tokens, key_end, hi)
            if taken_back is not None:
                # "Actual results could differ materially, although we are confident they will
                # not": the caution is taken back in the same breath
                polarity, cue_tokens = NEGATED, taken_back
        if polarity == AFFIRMED and not self.negative and self.owned_parts:
            disowned = disowned_after(tokens, key_end, len(tokens.words))  # the next sentence too
            if disowned is not None:
                # "... described in our Form 10-K. Investors should disregard that report."
                polarity, cue_tokens = NEGATED, disowned
        if polarity == AFFIRMED:
            dropped = abandoned_practice(tokens, first, sentence_lo)
            if dropped is not None:
                # "has given up its former practice of undertaking no obligation to update": the
                # statement is named as a practice the company has ended, so it no longer holds
                polarity, cue_tokens = (REVERSED if self.negative else NEGATED), dropped
        open_ended = tokens.memo(("open-ended", id(self), lo, hi), lambda: self._open_ended(tokens, lo, hi))
        if open_ended and polarity == AFFIRMED and not subject_changes(tokens, key_end, open_ended[0]):
            polarity, cue_tokens = OPEN_ENDED, open_ended
        past = self._past(tokens, chosen, lo) if self.future and polarity == AFFIRMED else None
        if past is None and polarity == AFFIRMED:
            past = self._formerly(tokens, chosen, lo)
        if past is None and polarity == AFFIRMED and not self.negative:
            past = ended_in_the_past(tokens, first, last, sentence_lo, hi)
        if past is None and polarity == AFFIRMED and self.negative:
            past = bounded_by_an_event(tokens, first, last, sentence_lo, hi)  # "did not, before this merger, undertake to"
        if past is None and polarity == AFFIRMED:
            past = in_a_past_period(tokens, first, last, sentence_lo, hi)  # "Last year, we cautioned readers not to"
        if past is not None:
            polarity, cue_tokens = PAST, past
        return polarity, cue_tokens

    def _negated_ground(self, tokens: Tokens, clause: int, lo: int) -> int | None:
        """A negation over the verb that a ground or means clause opening at `clause` hangs on
        ("are not to be recognised merely because they include the words", "cannot be told apart
        by whether they contain the words"): what that clause says is denied as the sign the verb
        names. Only a verb of this proposition's own (a `negation_on` part) governs so: "you should
        not be surprised merely because results differ materially" leaves the difference standing.
        The negation's token, or None."""
        words = tokens.words
        if clause - 2 <= lo or words[clause - 1] not in _GROUND_OPENERS or words[clause - 2] not in _GROUND_LINKS:
            return None
        end = clause - 2
        start = tokens.clause_start(end, lo)
        verbs = [a for n in self.negation_on for a, _ in self.parts[n].occurrences(tokens, start, end)]
        if not verbs:
            return None
        v = min(verbs)
        for t in range(max(start, v - _NEGATION_REACH), v):
            if self._negation_at(tokens, t, v) and not tokens.in_aside(t, v, start):
                return t
        return None

    def _denying_verb_after(self, tokens: Tokens, e: int, hi: int) -> int | None:
        """A verb of `negated_by` the part is the subject of, after the rest of a coordinated
        subject ("the risks that our annual reports on Form 10-K, quarterly reports on Form 10-Q
        and amendments to those reports have omitted", "our Form 10-K omits them"): its token, or
        None. A clause opener, another verb or a stop ends the subject."""
        words = tokens.words
        for t in range(e + 1, min(hi, e + 1 + _SUBJECT_REACH)):
            if HARD_STOP.search(tokens.gap(t)):
                return None
            if words[t] in _FILING_VERBS or (words[t] in ("ended", "ending") and words[t - 1] in _PERIOD_NOUNS):
                continue  # inside the subject: "the reports we may file with the SEC", "for the year ended ..."
            if words[t] in ("that", "which") and any(words[k] in _FILING_VERBS for k in range(t + 1, min(hi, t + 5))):
                continue  # "the reports that Acme may file with the SEC"
            if words[t] in BOUNDARIES and words[t] not in ("and", "or"):
                return None
            if words[t] == "to" and words[t - 1 : t + 2] == ["time", "to", "time"]:
                continue  # "(filed) from time to time": no infinitive
            if words[t] == "to" and t + 1 < hi and words[t + 1] not in FILLERS and not words[t + 1][:1].isdigit():
                return None  # an infinitive ("any obligation to update them and disclaims ..."): the part is no subject
            u = t
            while u < hi and words[u] in AUXILIARIES and words[u] != "to":  # "amendments to those reports"
                u += 1
            ends = [m for term in self.negated_by if (m := term.matches_at(words, u, hi)) is not None] \
                if u < hi and self._may_negate(words[u]) else []
            if ends and not (max(ends) + 1 < hi and words[max(ends) + 1] in ("which", "whom")):
                # (not a relative clause fronted on its preposition: "..., excluded from which are
                # statements made in a tender offer" says what the Act leaves out)
                return u
            if u < hi and words[u] in _FILING_VERBS:
                continue  # "... we may file": the auxiliary of a filing clause inside the subject
            if u > t or words[t] in FINITE_VERBS:
                return None  # another verb: the subject has ended
        return None

    def _past(self, tokens: Tokens, chosen: dict[str, tuple[int, int]], lo: int) -> tuple[int, int] | None:
        """A key part in a past form ("results differed materially", "may have varied
        materially"): a statement about the track record, not a caution about what may happen.
        The (first, last) tokens that show it, or None."""
        words = tokens.words
        for name, (s, e) in chosen.items():
            if name not in self.negation_on:
                continue
            word = words[s]
            caused = perfect_cause(tokens, s, lo)
            if caused is not None:
                return caused, e
            raised = past_raising(tokens, s, lo)
            if raised is not None:
                return raised, e
            if not ends_like_a_past(word):
                continue
            b = s - 1
            while b > lo and (words[b].endswith("ly") or words[b] in ("not", "never")):
                b -= 1
            if words[b] in ("have", "has", "had") or (word.endswith("ed") and words[b] not in AUXILIARIES
                                                      and words[b] not in ("to", "be", "been", "being")):
                return min(b, s), e
        return None

    def _comparative_before(self, tokens: Tokens, chosen: dict[str, tuple[int, int]], hi: int) -> int | None:
        """"less" right before a key part with "than" later in its clause ("place no less
        reliance upon these statements than upon historical results"): its token, or None."""
        words = tokens.words
        for name, (s, e) in chosen.items():
            if name not in self.negation_on or s < 1 or words[s - 1] not in COMPARATIVES:
                continue
            for t in range(e + 1, min(hi, e + COMPARATIVE_REACH)):
                if HARD_GAP.search(tokens.gap(t)):
                    break
                if words[t] == "than":
                    return s - 1
        return None

    def _formerly(self, tokens: Tokens, chosen: dict[str, tuple[int, int]], lo: int) -> tuple[int, int] | None:
        """A key part said of a time gone by: a past auxiliary and "once", "formerly" or
        "previously" at it ("were once considered forward-looking information", "had formerly
        been deemed"). The (first, last) tokens that show it, or None."""
        words = tokens.words
        for name, (s, e) in chosen.items():
            if name not in self.negation_on:
                continue
            b = s - 1
            purposed = b - 1 > lo and words[b] == "to" and words[b - 1] in _PURPOSED
            if purposed:
                b -= 2  # "were once intended to identify": the purpose, not the key verb, is past
                if words[b] in ("was", "were") and not HARD_GAP.search(tokens.gap(b + 1)):
                    return b, e  # "... were intended to identify forward-looking statements in our 2019 filings"
            while b > lo and words[b] in ("been", "be", "being"):
                b -= 1
            if b - 1 >= lo and words[b] in _FORMERLY and words[b - 1] in PAST_AUXILIARIES \
                    and not HARD_GAP.search(tokens.gap(b)) and not HARD_GAP.search(tokens.gap(b + 1)):
                return b - 1, e
        # ... or on the verb between the parts ("these risks were once described in our Form 10-K"),
        # or before them in their clause when a caption fills the first ("These risks were once
        # described under "Risk Factors" in ..."); not "previously", which there says "already"
        # ("risks previously disclosed in our 10-K")
        first = min(s for s, _ in chosen.values())
        last = max(e for _, e in chosen.values())
        for t in tokens.positions_of(PAST_AUXILIARIES, lo, last - 1):
            # the two words first: the clause test reads every gap up to the parts (a search each)
            if words[t + 1] not in _NO_LONGER:
                continue
            if t < first and any(HARD_GAP.search(tokens.gap(k)) for k in range(t + 1, first + 1)):
                continue
            if not HARD_GAP.search(tokens.gap(t + 1)):
                # the clause's own verb: not inside a relative clause ("which were once ...") nor
                # followed by one in the present ("..., are now described in our 10-K")
                if not any(w in RELATIVES for w in words[min(first, t) if t >= first else lo : t]) and \
                        not any(w in _PRESENT_COPULAS for w in words[t + 2 : last]):
                    return t, last
        return None

    def _coordination_start(self, tokens: Tokens, name: str, s: int, lo: int,
                            covered: set[int] = frozenset()) -> int:
        """The first of coordinated words of one part ("no discussion of these factors and other
        risks", "Form 10-K and Form 10-Q"): a negation before the first reaches them all."""
        words = tokens.words
        part = self.parts[name]
        while (s - 1 > lo and s - 1 in covered and words[s - 1] not in BOUNDARIES
               and not HARD_GAP.search(tokens.gap(s))):
            s -= 1  # inside longer words of a part ("10 q" of "form 10 q")
        while True:
            b = s - 1
            while b > lo and words[b] in _COORDINATION_FILLERS:
                b -= 1
            # a citation's own tail: "Section 27A of the Securities Act of 1933, as amended, and
            # Section 21E ..." coordinates the two sections all the same
            amended = b - 3 > lo and words[b - 2 : b] == ["as", "amended"] and tokens.gap(b).strip() == ","
            if b - 1 < lo or words[b] not in ("and", "or") or (HARD_GAP.search(tokens.gap(b)) and not amended):
                return s
            before = b - 3 if amended else b - 1
            if before in covered and before not in (lo, s):
                # the last word of a part's words ("form 10 k and ..."): back to their first
                while before - 1 >= lo and before - 1 in covered and not HARD_GAP.search(tokens.gap(before)):
                    before -= 1
            elif not (part.by_first.get(words[before]) or any(words[before].startswith(t.words[0][1])
                                                              for t in part.prefixed)):
                return s
            s = before

    def _negation_at(self, tokens: Tokens, t: int, limit: int) -> bool:
        words = tokens.words
        word = words[t]
        if not self.negative and _overlooking_denied(words, t):
            # a litotes commends what it governs ("risks, which investors should not disregard,
            # are described in ..."; "readers should not overlook the filings"): neither word denies
            return False
        following = words[t + 1] if t + 1 < len(words) else ""
        if (word == "not" and following in ("being", "having") and t > 0
                and words[t - 1] not in AUXILIARIES and words[t - 1] not in FINITE_VERBS):
            return False  # a reduced relative clause on a noun ("assumptions not being realized")
        if word == "non" and following not in self._part_forms:
            return False  # a prefix of the next word only ("non-GAAP measures"), unless a part's ("non-material")
        if is_negation(word) or (len(word) >= 3 and ocr_skeleton(word) in _NEGATION_SKELETONS):
            # "statements that are not (statements of) historical facts": the negation is the
            # subject's, not the clause's.
            # Only the words up to "historical" are read for a part: what follows it is the next
            # predicate ("are not historical and may be deemed forward-looking statements").
            near = words[t + 1 : t + 5]
            history = near.index("historical") if "historical" in near else -1
            # ("statements of historical fact" is the phrase itself, whatever parts use the noun)
            # ("do not relate to historical facts": a verb of relating to the past denied says "about the future")
            if (history >= 0 and not any(w in self._part_forms and w not in ("statement", "statements")
                                         and w not in _RELATING for w in near[:history])) \
                    or self._denies_history(tokens, t):
                return False
            if self.negative and (word, following) == ("not", "necessarily"):
                return True  # "will not necessarily be updated": no commitment, the disclaimer itself
            if self.negative and dated_by_do(words, t):
                return True  # "does not presently intend to revise them": the disclaimer itself
            if t > 0 and (words[t - 1], word) == ("than", "not"):
                return False  # "more often than not", "more likely than not": the alternative weighed
            # (either word of a local pair: "not limited to", and the "or not" of "whether or not",
            # which weighs an alternative and denies nothing)
            return not is_local_negation(words, t)
        if (self._may_negate(word) and words[t : t + 3] != _FREE_OF_CHARGE
                and any(term.matches_at(words, t, limit) is not None for term in self.negated_by)):
            return True
        if word == "anything" and following == "but":
            return True  # "used in anything but a forward-looking sense": not in that sense at all
        if word == "few" and (t == 0 or words[t - 1] not in ("a", "the") or (
                words[t - 1] == "a" and t >= 2 and words[t - 2] in _ONLY_A)) and (
                following == "of" or following in self._part_forms):
            # "you will find few of these statements by ...": hardly any ("a few of" is some, "only
            # a few" is few again)
            return True
        if word in _FEARING and following.endswith("ing") and t + 1 <= limit:
            return True  # "should not fear placing full reliance": fear held back invites the act
        if word in _PRECEDING and following != "by" and limit - t <= _PRECEDING_REACH and not any(HARD_GAP.search(tokens.gap(k)) for k in range(t + 1, limit + 1)):
            return True  # "a bill that preceded the Reform Act": the part named only as a point in time
        if (word == "before" and limit - t <= _PRECEDING_REACH and t >= 2 and (
                (words[t - 1] in _PAST_SENSES and words[t - 2] in ("was", "were"))
                or (words[t - 1] in _SENSE_BEARING and words[t - 2] in _TERM_NOUNS))
                and not any(HARD_GAP.search(tokens.gap(k)) for k in range(t + 1, limit + 1))):
            # "as the term was used before the Reform Act", "in the sense the term bore before the
            # enactment of the Act": a sense the Act had not yet given it
            return True
        if word == "far" and following == "from" and t > 0 and words[t - 1] in COPULAS:
            return True  # "these words are far from reliable signs of ...": a predicate denied as "not" does
        if (self._may_negate(word) and following in _ADDRESSED and t + 2 < limit
                and any(term.matches_at(words[: t + 1] + words[t + 2 :], t, limit - 1) is not None
                        for term in self.negated_by)):
            return True  # the same with the one it addresses: "we caution you with respect to reliance"
        if following == "for" and (word in WRONGNESS or word in WRONG_ACTS or word in IMPRUDENT_ACTS):
            # the judgement's infinitive may name who would act first: "it would be wrong for
            # investors to rely", "unsafe for any reader to place full reliance"
            following = _infinitive_after_agent(tokens, t + 1, limit) or following
        if following == "not" and (word in WRONGNESS or word in WRONG_ACTS) and t + 2 < len(words) \
                and words[t + 2] == "to":
            following = "to"  # "it would be wrong not to place full reliance": the judgement over a negated act
        if ((word in WRONGNESS and following in ("to", "that")) or (word in WRONG_ACTS and following == "to")
                or (word in FALSEHOODS and following == "that")):
            return True  # "it would be wrong to assume that ...": a judgement over what follows
        if word in IMPRUDENT_ACTS and following == "to" and (
                any(w in COPULAS for w in words[max(0, t - 2) : t])
                or (t >= 3 and words[t - 1] == "as" and words[t - 3] in COPULAS)):
            # "it would be unsafe to rely on them", "should not be regarded as unsafe to rely on"
            # (not "equipment found hazardous to operate")
            return True
        if (((word in WRONGNESS or word == "misled") and following in ("in", "by"))
                or (word in BLAMED and following == "for")) and t + 2 < len(words) and words[t + 2].endswith("ing"):
            # "readers would be mistaken in placing reliance", "misled by relying on them", "could
            # be faulted for relying on them"
            return True
        if (word in JUDGED_ACTS and following in ("about", "with", "in") and t + 2 <= limit < len(words)
                and words[t + 2].endswith("ing")):
            return True  # "nothing undue about placing full reliance on them": a judgement of the act
        if word in ("short", "less") and following in ("of", "than") and t > 0 and words[t - 1] == "anything":
            return True  # "not ... anything short of due reliance": a second denial, due reliance itself
        if is_incapacity(words, t):
            return True  # "risks insufficient to cause results to differ materially"
        if word in _ABSENCES and following == "of" and t >= 2 and words[t - 1] in ("the", "an", "a") \
                and words[t - 2] in _BY_MEANS:
            return True  # "identified by the absence of words such as ...": by their not being there
        if word in INCAPABLE or word == "too":
            v = degree_infinitive(words, t)
            if v is not None and v <= limit and words[v] in self._part_forms:
                # "words that are insufficient to identify forward-looking statements", "too common
                # in everyday writing to identify them", "too varied to be identified by": the part's verb itself
                return True
        if word == "only" and following in RARELY_AFTER_ONLY:
            return True  # "only occasionally identified by words such as": mostly not
        if rare_occasions(words, t):
            return True  # "in rare cases identified by", "only very occasionally", "at most occasionally"
        if word == "few" and _few_denies(words, t):
            return True  # "you will find few, if any, of them by looking for words such as": not many
        if word == "only" and words[t + 1 : t + 4] == ["now", "and", "then"]:
            return True  # "only now and then identify such statements": the idiom of rare occurrence
        if slight_likelihood(words, t):
            return True  # "only a remote chance that results could differ": a reassurance
        if following in ("to", "from") and following in IMPLICIT_NEGATORS.get(word, ()) and (
                self._cue_within(tokens, t + 2, limit) or governs_up_to(tokens, t + 2, limit)):
            # "has ceased to caution you against relying", "declined to warn readers not to rely",
            # "factors the company has refrained from describing in its filings": a verb that
            # denies the verb it governs turns round the caution that verb gives, or denies what
            # that verb does to the part. Not across a verb of its own: "risks we fail to
            # anticipate could cause ..." denies nothing.
            return True
        # OCR damage in a negating word ("disc1aims") must not turn the clause around.
        return len(word) >= 5 and ocr_skeleton(word) in self._negator_skeletons

    def _cue_within(self, tokens: Tokens, a: int, b: int) -> bool:
        """Whether a plain negation or a term of `negated_by` stands in tokens [a, b) of one clause."""
        words = tokens.words
        for u in range(a, min(b, len(words))):
            if HARD_GAP.search(tokens.gap(u)):
                return False
            if (is_negation(words[u]) and not is_local_negation(words, u)) or (
                    self._may_negate(words[u]) and any(term.matches_at(words, u, b) is not None
                                                       for term in self.negated_by)):
                return True
        return False

    def _may_negate(self, word: str) -> bool:
        """Whether a term of `negated_by` can start at this word (its forms, their OCR skeletons)."""
        if self._negator_firsts is None:
            return bool(self.negated_by)
        forms, skeletons = self._negator_firsts
        return word in forms or (len(word) >= 4 and ocr_skeleton(word) in skeletons)

    def _denies_history(self, tokens: Tokens, t: int) -> bool:
        """Whether the negation at t says of a noun that it is not (a statement of) history, over
        a longer noun phrase than the four words `_negation_at` reads ("that is not a statement or
        characterization of historical fact"): the words up to "historical" are no part of the
        proposition and no clause ends among them."""
        words = tokens.words
        for u in range(t + 1, min(len(words), t + _HISTORY_WORDS)):
            if HARD_GAP.search(tokens.gap(u)) or words[u] in AUXILIARIES or words[u] in self._part_forms:
                return False
            if words[u] in ("historical", "historic", "past"):
                return True
        return False

    def _open_ended(self, tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
        if not self.open_ended:
            return None
        reader = readers_date(tokens, lo, hi)
        if reader is not None and not self._denied_before(tokens, reader[0], lo):
            return reader
        event = event_date(tokens, lo, hi)
        if event is not None and not self._denied_before(tokens, event[0], lo):
            return event
        lasting = denied_expiry(tokens, lo, hi)
        if lasting is not None:
            return lasting
        extended = extended_time(tokens, lo, hi)
        if extended is not None and not self._denied_before(tokens, extended[0] + 1, lo):
            return extended
        hedged = hedged_date(tokens, lo, hi)
        if hedged is not None:
            return hedged  # "usually speak only as of the date they are made": not always that date
        if not self._open_first.intersection(tokens.word_sets(lo, hi)[0]):
            return None
        words = tokens.words
        for i in range(lo, hi):
            if words[i] not in self._open_first and self._open_first is not _ANY:
                continue
            for term in self.open_ended:
                end = term.matches_at(tokens.words, i, hi, skeletons=tokens.skeletons)
                # "... and will not be kept current", "..., and not as of the date on which it is
                # read": a denied open end (a negation before it in its clause, or in the phrase
                # it ends) is none.
                if end is not None and not self._denied_before(tokens, i, lo):
                    return i, end
        return None

    def _open_end_after(self, tokens: Tokens, a: int, hi: int) -> bool:
        """Whether a term of `open_ended` stands after token a in a's sentence."""
        words = tokens.words
        for i in range(a + 1, hi):
            if SENTENCE_GAP.search(tokens.gap(i)):
                return False
            if any(term.matches_at(words, i, hi) is not None for term in self.open_ended):
                return True
        return False

    @staticmethod
    def _denied_before(tokens: Tokens, i: int, lo: int) -> bool:
        words = tokens.words
        start = tokens.clause_start(i, lo)
        if start > lo and words[start - 1] in ("and", "or") and joins_nouns(tokens, start - 1, i):
            # "should not be relied upon as representing our plans and expectations as of any
            # later date": the nouns' "and" opens no clause; the negation before it denies the end
            start = tokens.clause_start(start - 1, lo)
        # "no less as of later dates than as of today": a negated comparative says "as much"; "as
        # of no date other than the day you read it": the exception is what the negation leaves
        denial = [k for k in range(start, i) if is_negation(words[k]) and not (
            k + 1 < len(words) and words[k + 1] in COMPARATIVES) and not _excepted_between(words, k, i)]
        if denial:
            return True
        t = i - 1
        while t >= max(lo, i - 10) and not HARD_GAP.search(tokens.gap(t + 1)) and words[t] not in ("and", "but", "or"):
            if is_negation(words[t]) and words[t + 1] not in COMPARATIVES and not _excepted_between(words, t, i):
                return True
            t -= 1
        return False


def _coordinators_within(tokens: Tokens, occurrences: dict[str, list[tuple[int, int]]]) -> frozenset[int]:
    """The "and"/"or" that joins two words of one part with nothing between ("actual performance
    and results", "events, results or performance"): the coordinated nouns are one phrase, so the
    coordinator opens no clause and a negation before the first reaches the verb after the last
    ("cannot cause actual performance and results to differ"). Only the parts a negation does not
    bear on are passed in: two coordinated verbs of a negated part ("does not intend and undertakes
    no obligation") are two clauses, each with its own negation."""
    words = tokens.words
    joined = set()
    for spans in occurrences.values():
        ends = {b for _, b in spans}
        for a, _ in spans:
            c = a - 1
            if (c - 1 in ends and words[c] in ("and", "or")
                    and not HARD_GAP.search(tokens.gap(c)) and not HARD_GAP.search(tokens.gap(a))):
                joined.add(c)
    return frozenset(joined)


# Words that make the results a subject's statements are about results of the past ("reported
# fourth-quarter financial results", "historical results"), and how far before the results noun
_PAST_RESULT_MARKS = frozenset("reported historical".split())
_PAST_RESULT_NOUNS = frozenset("results earnings revenues revenue sales".split())
_PAST_RESULT_WORDS = 4  # "reported" + "fourth quarter financial" + "results"


def _past_results_at(words: list[str], t: int, start: int, first: int) -> bool:
    """Whether the mark at t heads a noun of results within a few words, before the part at
    `first` with no other subject coordinated, in a subject with no negation or exception before it: "statements that are not
    reported financial results" and "statements other than statements of historical results" say
    which statements are not about the past."""
    if not any(words[u] in _PAST_RESULT_NOUNS for u in range(t + 1, min(first, t + 1 + _PAST_RESULT_WORDS))):
        return False
    if any(w in ("and", "or") for w in words[t + 1 : first]):
        return False  # "... about reported results and about our outlook": the outlook's statements too
    return not any(is_negation(w) or exceptive_at(words, k) is not None or w in ("except", "excluding", "besides")
                   for k, w in enumerate(words[start:t], start))


def _excepted_between(words: list[str], k: int, i: int) -> bool:
    """Whether an exception ("other than", "except", "save") stands between a negation at k and i."""
    return any(exceptive_at(words, j) is not None for j in range(k + 1, i))


_NOUN_DETERMINERS = frozenset("a an the our its their his her my your this".split())
_OBJECT_LINKS = frozenset("to of on regarding concerning about for".split())


_CANNOT = frozenset("cannot can't couldn't".split())
_TOO_AFTER_KEY = 6  # "can't rely on these statements too heavily": the object, then "too"


def _overlooking_denied(words: list[str], t: int) -> bool:
    """Whether the word at t is a negation that governs a verb of leaving out within two words
    ("should not disregard"), or that verb under such a negation."""
    if is_negation(words[t]):
        return overlooked(words, t)
    return words[t] in OVERLOOKING and any(is_negation(w) and overlooked(words, k)
                                           for k, w in enumerate(words[max(0, t - 2) : t], start=max(0, t - 2)))


def _cannot_too(tokens: Tokens, cues: set[int], key_end: int) -> bool:
    """The idiom "cannot ... too" ("one cannot place too much reliance on them", "can't rely on
    them too heavily"): the one negation is "cannot" and "too" follows it within the key part's
    clause, so the sentence says no degree is excessive."""
    words = tokens.words
    if len(cues) != 1:
        return False
    cue = next(iter(cues))
    if not (words[cue] in _CANNOT or (words[cue] == "not" and cue > 0 and words[cue - 1] in ("can", "could"))):
        return False
    for t in range(cue + 1, min(len(words), key_end + _TOO_AFTER_KEY)):
        if t > key_end and HARD_GAP.search(tokens.gap(t)):
            return False  # "cannot rely on them, which may prove too optimistic"
        if words[t] == "too":
            return True
    return False


def _modal_of_its_own_verb(tokens: Tokens, chosen: dict[str, tuple[int, int]],
                           occurrences: dict[str, list[tuple[int, int]]], hi: int) -> bool:
    """Whether a part filled by a bare future modal stands after every other part of the reading,
    past a clause break, and goes on in its own clause to words none of which fills a part ("...
    no assurance that it will achieve its goals"). The modal's verb is another, so it promises
    nothing the earlier parts name ("will do so", "will, if asked, update" still do; so does the
    modal of the parts' own clause: "Revisions of these statements will be published")."""
    words = tokens.words
    modal = next((a for a, b in chosen.values() if a == b and words[a] in FUTURE_MODALS), None)
    if modal is None or any(b >= modal for a, b in chosen.values() if a != modal):
        return False
    last = max(b for a, b in chosen.values() if a != modal)
    if not any(HARD_GAP.search(tokens.gap(t)) or words[t] in BOUNDARIES for t in range(last + 1, modal + 1)):
        return False  # the modal of the parts' own clause: "Revisions of these statements will be published"
    fills = {a for spans in occurrences.values() for a, _ in spans}
    seen = 0
    for t in range(modal + 1, min(hi, modal + 1 + _OWN_VERB_REACH)):
        if HARD_GAP.search(tokens.gap(t)):
            break
        if t in fills:
            return False
        seen += 1
    return seen > 0


def _nominal_without_object(tokens: Tokens, span: tuple[int, int], hi: int, objects: list[Term]) -> bool:
    """Whether the verb part at span is a noun (or an attributive participle) of a noun phrase
    that a determiner opens ("a business update", "our regular business update presentation",
    "our updated outlook") and that names no object with a preposition ("an update to these
    statements" names one). Such a phrase promises nothing about the statements."""
    words = tokens.words
    a, b = span
    if a != b:
        return False
    determiner = None
    for t in range(a - 1, max(0, a - 4) - 1, -1):
        if HARD_GAP.search(tokens.gap(t + 1)):
            return False
        if words[t] in _NOUN_DETERMINERS:
            determiner = t
            break
        if (words[t] in FINITE_VERBS or words[t] in AUXILIARIES or words[t] in BOUNDARIES
                or words[t] in PREPOSITIONS or words[t] in FILLERS or is_negation(words[t])):
            return False
    if determiner is None or (determiner > 0 and words[determiner - 1] in FUTURE_MODALS):
        return False  # (a subject after its modal: "Will the company revise …?" asks of a verb)
    u = b + 1
    if u < hi and words[u] in _OBJECT_LINKS and not HARD_GAP.search(tokens.gap(u)):
        for v in range(u + 1, min(hi, u + 4)):
            if HARD_GAP.search(tokens.gap(v)):
                break
            if any(term.matches_at(words, v, hi) is not None for term in objects):
                return False
            if words[v] not in FILLERS:
                break
    return True


def _first_words(terms: list[Term]) -> frozenset[str]:
    """Every form a first word of `terms` may take (prefix terms: a sentinel that never prunes)."""
    forms: set[str] = set()
    for term in terms:
        first, prefix = term.first_forms()
        if first is None:
            return _ANY
        forms |= first
    return frozenset(forms)


class _Anything(frozenset):
    """A set that intersects everything (for prefix terms)."""

    def intersection(self, *others) -> bool:  # type: ignore[override]
        return True


_ANY = _Anything({""})


@lru_cache(maxsize=4096)
def _skeletons(forms: frozenset[str]) -> frozenset[str]:
    return frozenset(ocr_skeleton(f) for f in forms if len(f) >= 4)


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Words between two token spans."""
    return max(a[0] - b[1], b[0] - a[1]) - 1


_ADDRESSED = READERS | frozenset("everyone listeners participants them".split())  # "caution you about", "warn investors regarding"


_PERIOD_NOUNS = frozenset("quarter quarters year years period periods month months weeks".split())


# Common words: found intact, they are themselves, not another word damaged by OCR.
_REAL_WORDS = FILLERS | AUXILIARIES | BOUNDARIES | frozenset("of on in at to for by with from as use uses".split())

_NEGATION_SKELETONS = frozenset(ocr_skeleton(w) for w in ("not", "never", "none", "nothing", "neither", "without",
                                                            "cannot", "unlikely"))
# Words read past when looking for what a verb acts on, and words that show it names nothing.
_OBJECT_SKIP = frozenset("""
the a an any all our its their this these those such your of on upon in to for or and nor with publicly
should must will shall can could may might would ought be been being is are was were do does did has have had
placed place put given give placing putting update updates updated updating revise revises revised revising
correct release publicly reliance rely relying relied undue unduly ourselves itself they you we investors
readers anyone one shareholders every each
degree extent too much so very overly
""".split())  # "rely to an undue degree on these statements", "rely too much on them": a measure between verb and object


# Verbs of relating whose denial over "historical" says "about the future" ("do not relate to
# historical facts"), not a negation of the part.
_RELATING = frozenset("relate relates related describe describes concern concerns pertain pertains refer refers".split())
# Part words a relative clause cannot be said of: an adverb or a participle ("statements contained
# herein that do not describe historical facts": the clause is on "statements")
_ONLY_A = frozenset("only just but".split())  # "only a few", "but a few": few
_AGENT_OF_INFINITIVE_WORDS = 4  # "for" + "any such investor" before "to"


def _infinitive_after_agent(tokens: Tokens, t: int, limit: int) -> str | None:
    """"to" when the "for" at t names who would act and an infinitive follows it ("for investors
    to rely", "for any reader to place"), with no verb or clause break between; else None."""
    words = tokens.words
    for u in range(t + 2, min(limit, len(words), t + 2 + _AGENT_OF_INFINITIVE_WORDS)):
        if HARD_GAP.search(tokens.gap(u)) or words[u - 1] in AUXILIARIES or words[u - 1] in BOUNDARIES:
            return None
        if words[u] == "to":
            return "to"
    return None


_NO_ANTECEDENTS = frozenset("herein here hereby hereof therein contained included made set forth".split())
# Adjectives of time, extent or selection before the object's noun ("update new information",
# "revise any further projections", "revise any particular forward-looking statement"): they leave
# the noun to say what is acted on, and whose it is; "any particular" still means every one.
_OBJECT_MODIFIERS = frozenset("""
new other additional further current future prior previous past earlier subsequent relevant latest
particular specific individual
""".split())
_OBJECT_SKIP_SKELETONS = frozenset(ocr_skeleton(w) for w in _OBJECT_SKIP if len(w) >= 4)
_OBJECT_ENDS = frozenset("reflect conform whether except unless as after if following because due by".split())
_COORDINATION_FILLERS = frozenset("other such similar additional certain these those the various related".split())


def _conditional_at(words: list[str], t: int, hi: int) -> bool:
    """Whether a condition opens at t as "if" would ("update in the event of any change ...",
    "revise in case our views change"): the verb before it named no object."""
    return words[t] == "in" and t + 1 < hi and (
        words[t + 1] == "case" or (words[t + 1] == "the" and t + 2 < hi and words[t + 2] == "event"))


_OWN_VERB_REACH = 12  # words after a modal searched for a part it governs
_ITEM_WORDS = 3  # the longest listed item read as one ("will be", "look forward to")
_COORDINATED_PREDICATE_WORDS = 8  # ", and does not intend," between a disclaimer's noun and its infinitive


def _in_coordinated_predicate(tokens: Tokens, t: int, e: int, last: int) -> bool:
    """Whether token t stands in a predicate coordinated between commas after the part at e and
    before the later part at `last` ("no obligation, and does not intend, to stop updating"): its
    negation is a second disclaimer of the same infinitive, parallel to the first, not a denial
    of it."""
    b = t
    while b > e + 1 and "," not in tokens.gap(b):
        b -= 1
    if "," not in tokens.gap(b) or tokens.words[b] not in ("and", "or"):
        return False
    closing = next((k for k in range(t + 1, min(last, b + _COORDINATED_PREDICATE_WORDS) + 1)
                    if "," in tokens.gap(k)), None)
    return closing is not None and not HARD_STOP.search(tokens.gap(closing))


_BACK_REFERENCES = frozenset("thereby thereunder therein".split())  # "the safe harbor created thereby"


_HISTORY_WORDS = 9  # "not a statement or characterization of historical fact"


_FORMERLY = frozenset("once formerly previously originally".split())
# ... of them, those that also say "no longer" on a clause's verb ("were once described");
# "previously" and "originally" there say "already" ("risks previously disclosed in our 10-K")
_NO_LONGER = _FORMERLY - {"previously", "originally"}


_SUBJECT_REACH = 30  # words of a coordinated subject before its verb ("Form 10-K, quarterly reports on Form 10-Q, …")
_COORDINATED_WORDS = 6  # from this document's part to another's joined to it ("this call and the attached slides")
_CONJUNCT_WORDS = 14  # the same when "and" follows this document's part at once
_PURPOSED = frozenset("intended meant designed used supposed expected".split())


_PRECEDING = frozenset("preceded precedes predated predates antedated antedates".split())
_PRECEDING_REACH = 7  # words from the verb to the part ("preceded the United States Private Securities Litigation Reform Act")
_PAST_SENSES = frozenset("used defined understood meant construed".split())
# ... or the sense the word itself carried: "the sense the term bore before"
_SENSE_BEARING = frozenset("bore had carried held".split())
_TERM_NOUNS = frozenset("term terms phrase expression expressions word words".split())


# adverbs that hedge a denied modal without undoing it: "will not necessarily be made"
_HEDGING_ADVERBS = frozenset("necessarily always".split())
_NAME_REACH = 8
_NAME_LINKS = frozenset("on of with to under".split())


_ABSENCES = frozenset("absence lack".split())
_BY_MEANS = frozenset("by through from".split())


_FILER_JOIN_WORDS = 9  # "filed" + "by our parent's largest supplier with the U.S." + "Securities and Exchange Commission"
_FILER_CLAUSE_WORDS = 7  # "Form 10-K that the Company's former parent filed"


_RELATIVE_OPENERS = RELATIVES | frozenset(["whose"])
_FREE_OF_CHARGE = ["free", "of", "charge"]  # a price, not "free of" the risks ("available free of charge on EDGAR")
_RELATIVE_CLAUSE_WORDS = 8  # "the automakers whose vehicles we sell": a short relative clause
_SUBJECT_MODALS = frozenset("may might could can will would should".split())
# What a speaker said, or the verb that says it, before the gathering it was said at
_SAID_THINGS = frozenset("""made discussed said presented provided offered given shared expressed covered addressed
statements remarks comments matters topics""".split())
_PLACE_RELATIVE_WORDS = 8  # "which is available on the SEC's web site at" + "www.sec.gov"


def _relative_before(tokens: Tokens, a: int) -> int | None:
    """The "which" or "that" opening a relative clause that token a stands in, a few words
    before it in the same clause ("..., which are available at www.sec.gov"), or None."""
    words = tokens.words
    for r in range(a - 1, max(-1, a - 1 - _PLACE_RELATIVE_WORDS), -1):
        if words[r] in ("which", "that"):
            return r
        if STOP_GAP.search(tokens.gap(r + 1)) or words[r] in BOUNDARIES:
            return None
    return None


_CONCEDED_WORDS = 8  # from "although" to the reading's first part ("although not all" + "forward-looking")


_DEMONSTRATIVE_PRONOUNS = frozenset("these those this that".split())
_PREDICATE_JOINERS = frozenset("but yet and or".split())


def _determiner_use(tokens: Tokens, span: tuple[int, int], limit: int) -> bool:
    """Whether a one-word demonstrative read as the statements stands before a noun of its own
    ("Given these risks, you should not ..."): a determiner, not a pronoun for them."""
    a, b = span
    words = tokens.words
    if a != b or words[a] not in _DEMONSTRATIVE_PRONOUNS or b + 1 >= limit or HARD_GAP.search(tokens.gap(b + 1)):
        return False
    following = words[b + 1]
    return not (following in AUXILIARIES or following in FINITE_VERBS or following in BOUNDARIES
                or following in FILLERS or following in STATEMENT_NOUNS or following.endswith("ly"))


def _within(span: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def _trailing_concession(tokens: Tokens, c: Candidate) -> int | None:
    """The opener ("although", "though", "while") of a concessive clause after a comma, the
    sentence's last clause, that holds reading c or its later parts; else None."""
    first = bisect_left(tokens.starts, c.start)
    last = bisect_left(tokens.ends, c.end)
    words = tokens.words
    for k in range(last, max(-1, first - _CONCEDED_WORDS), -1):
        if k < first and HARD_GAP.search(tokens.gap(k + 1)):
            return None
        if words[k] in CONCEDING and "," in tokens.gap(k):
            if any(HARD_GAP.search(tokens.gap(t)) for t in range(k + 1, last + 1)):
                return None  # an aside that closes before the reading ends: "usually, though not always, signalled by"
            # (the sentence's last clause: "the issuer, though under no duty to revise them, does
            # so each quarter" concedes in an aside, before the main clause's verb)
            end = next((t for t in range(max(k, last) + 1, len(words)) if HARD_GAP.search(tokens.gap(t))), len(words))
            return k if end == len(words) or SENTENCE_GAP.search(tokens.gap(end)) else None
    return None


def _before_in_sentence(tokens: Tokens, o: Candidate, k: int) -> bool:
    """Whether reading o ends before token k in the same sentence."""
    last = bisect_left(tokens.ends, o.end)
    return last < k and not any(SENTENCE_GAP.search(tokens.gap(t)) or ";" in tokens.gap(t)
                                for t in range(last + 1, k + 1))


def _subject_before_relative(tokens: Tokens, spans: list[tuple[int, int]], start: int, verb: int,
                             lo: int) -> list[tuple[int, int]]:
    """The occurrences of a part before a short relative clause that parts it from its
    infinitive ("cause the results of the automakers who supply us to differ") or from its modal
    ("the results of the utilities from which we buy power may differ"): the clause read from
    `start` is the relative one, and the part it lacks is the subject of the verb, which stands
    before the relative word. Empty when the verb has neither "to" nor a modal before it, or no
    relative word opens the clause."""
    words = tokens.words
    if verb < 1 or (words[verb - 1] != "to" and words[verb - 1] not in _SUBJECT_MODALS):
        return []
    for r in range(start - 1, max(lo, start - 3) - 1, -1):
        if words[r] in _RELATIVE_OPENERS and verb - r <= _RELATIVE_CLAUSE_WORDS:
            outer = tokens.clause_start(r, sentence_low(tokens, r, lo))
            return [span for span in spans if outer <= span[0] and span[1] < r]
    return []


# Bare "few" is a negative quantifier ("few of them", "few, if any, statements"); with a word before
# it that makes it a count or a span it is not ("a few", "quite a few", "the few", "the next few years")
_FEW_COUNTED = frozenset("a quite not no the next past last first every these those its our their his her".split())


# A negative or scant quantifier whose noun an aside hedges or makes absolute before the predicate
# goes on ("few factors, if any, could cause", "no factors, and none that management considers
# realistic, could cause", "little chance, and in our view none, that results will differ"): the
# aside's comma opens no clause of its own for the quantifier, and its "none" only restates it.
_ASIDE_QUANTIFIERS = frozenset("few no little".split())
_QUANTIFIED_NOUN_WORDS = 3  # "few" + "important factors" before the aside's comma
_HEDGING_ASIDE_WORDS = 10   # ", and none that management considers realistic,"


def _quantifier_before_aside(tokens: Tokens, clause: int, lo: int) -> int | None:
    """The quantifier of a noun phrase that ends just before an aside closing at `clause` (the
    start of the predicate's clause), when the aside is "if any" or restates the quantifier with
    "none", "nothing" or "no": its token, or None. "A few" is some, and counts for nothing."""
    words = tokens.words
    if clause - 2 > lo and words[clause - 1] == "that" and "," in tokens.gap(clause - 1):
        clause -= 1  # the complement after the aside: "little chance, and in our view none, that results ..."
    if clause - 2 <= lo or "," not in tokens.gap(clause):
        return None
    opening = next((k for k in range(clause - 1, max(lo, clause - 1 - _HEDGING_ASIDE_WORDS), -1)
                    if "," in tokens.gap(k)), None)
    if opening is None or any(HARD_GAP.search(tokens.gap(k)) and "," not in tokens.gap(k)
                              for k in range(opening, clause + 1)):
        return None
    aside = words[opening:clause]
    if not (aside[:2] == ["if", "any"] or (aside[:1] and aside[0] in ("and", "or", "indeed")
                                           and any(w in ("none", "nothing", "no") for w in aside))):
        return None
    for j in range(max(lo, opening - _QUANTIFIED_NOUN_WORDS), opening):
        if words[j] in _ASIDE_QUANTIFIERS and not (j > lo and words[j - 1] in ("a", "quite", "not")):
            return j
    return None


def _few_denies(words: list[str], t: int) -> bool:
    """Whether "few" at t denies as a quantifier: bare, and before "of", "if any" or a plural noun."""
    if t > 0 and words[t - 1] in _FEW_COUNTED:
        return False
    if any(rare_occasions(words, k) for k in range(max(0, t - 3), t)):
        return False  # "in (very) few cases": read whole as a phrase of rare occurrence
    following = words[t + 1 : t + 3]
    if following[1:] in (["which"], ["whom"]):
        return False  # "risks, few of which we control": a relative clause of its own
    return following[:1] == ["of"] or following == ["if", "any"] or (
        bool(following) and len(following[0]) > 3 and following[0].endswith("s") and not following[0].endswith("ss"))



_FRONTED_CONTRASTS = (("far", "from"), ("rather", "than"), ("instead", "of"))
_FRONTED_CONTRAST_WORDS = 20


def _straddles_fronted_contrast(tokens: Tokens, first: int, last: int, lo: int) -> bool:
    """Whether parts from `first` to `last` lie on both sides of the comma that closes a fronted
    contrast ("Far from assuming no obligation, we commit to update them"): the fronted phrase is
    what the sentence rejects, and the main clause after its comma says something of its own, so
    a disclaimer's parts there do not make one statement. (Read for negative propositions only:
    "Far from being described in our filings, these risks ..." shares its subject with the main
    clause, and the contrast is read as a denial of the filings.)"""
    words = tokens.words
    start = sentence_low(tokens, first, lo)
    if start >= first or not any(tuple(words[start : start + len(c)]) == c for c in _FRONTED_CONTRASTS):
        return False
    for t in range(start + 2, min(len(words), start + _FRONTED_CONTRAST_WORDS)):
        if HARD_GAP.search(tokens.gap(t)) and "," not in tokens.gap(t):
            return False
        if "," in tokens.gap(t):
            return first < t <= last
    return False


def _elliptical_clause(tokens: Tokens, chosen: dict[str, tuple[int, int]]) -> int | None:
    """The joining word of a main clause that holds the last part and ends right after it on an
    infinitive's "to" ("..., and we do not intend to."), when the other parts stand in the clause
    before it: the "and" or "but", or None."""
    words = tokens.words
    last_start, last_end = max(chosen.values())
    to = last_end + 1
    if to >= len(words) or words[to] != "to" or (to + 1 < len(words) and not SENTENCE_GAP.search(tokens.gap(to + 1))):
        return None
    earlier = [s for s, _ in chosen.values() if s < last_start]
    if not earlier:
        return None
    for j in range(last_start - 1, max(earlier), -1):
        if words[j] in ("and", "but") and "," in tokens.gap(j) and subject_then_verb(tokens, j + 1):
            return j
    return None
