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
from itertools import chain
from typing import Any

from ..words import ocr_skeleton
from .clauses import Tokens
from .comparisons import compared_with_others
from .denials import contrasted, retracted_next
from .lexicon import ANAPHORS, BOUNDARIES, DEICTICS, FILLERS, FINITE_VERBS, is_negation, limiting_verb
from .negation import list_item_mark
from .other_documents import (
    document_still_to_come, excepted_statements, fronted_other_document, object_in_other_document,
    placed_only_elsewhere, subject_in_other_document)
from .owner_phrases import document_chain
from .owners import demonstrative_of_another, other_after, statements_of_another
from .ownership import OwnershipReadings
from .parties import DOCUMENT_CHAIN_WORDS, OWN_POSSESSIVES, PREPOSITIONS
from .polarity import PolarityReadings, unread_candidate
from .references import (LAWSUIT_WORDS, amended_by_another, defined_as_another_law, defines_a_historical_term,
                         named_for_a_lawsuit, section_of_another_law)
from .speakers import another_speaks, company_set_aside, other_reliers, passive_agent, related_to_another
from .syntax import (
    AUXILIARIES, CLAUSE_OPENERS, CONCEDING, COPULAS, FUTURE_MODALS, HARD_GAP, RELATIVES, SENTENCE_GAP, STOP_GAP,
    call_agenda, exceptive_at,
    attribution_aside, concession_end, consecutive, coordinate_aside, comparison_aside, in_idiom,
    repeated_place_aside, own_title_aside, own_maker_aside,
    in_indirect_question, new_subject_between, other_clause_between, predicate_between, pro_forms, pseudo_cleft_do, sentence_low)
from .terms import AFFIRMED, ANOTHERS, ANY, Candidate, DEFAULT_WINDOW, Form, NEGATED, OPEN_ENDED, Part, REVERSED, Term, first_words
from .times import assumed_as_of, made_as_of, matter_as_of, updated_as_of
from .updating import confined_to_a_topic, one_statement

_PLURAL_SUBJECTS = frozenset("these those they".split())
_PLURAL_REFERENTS = frozenset("these those them which".split())
_EXISTENTIAL_VERBS = frozenset("are were".split())
_ALSO_WORDS = frozenset("also further additionally".split())
_DESCRIBING_PARTICIPLES = frozenset("described outlined discussed detailed identified listed explained".split())
_WHERE_PREPOSITIONS = frozenset("in within".split())
_DETERMINERS = frozenset("our the its their a an these those".split())
_NOUN_LINKS = frozenset("with of and or on for to in by under".split())
# What opens the items of a list after its lead ("Factors include ...", "factors such as ..."),
# what an item refers to the lead's nouns by ("those described in ...", "the matters discussed in
# ...", "the information in our filings"), and the words of a filing's risk section ("Item 1A",
# "the Risk Factors section"), which is a pointer wherever it stands
_LIST_OPENERS = frozenset("include includes".split())  # the lead's own verb ("Factors ... include"); not
# "including", which as often opens an aside on a pointer's subject ("Such risks, including delayed
# deliveries, are discussed in our Form 10-K") or elaborates a filing ("our filings, including ...")
_REFERRING_ITEMS = frozenset("""those others other matters items ones such information discussion discussions
disclosure disclosures description descriptions""".split()) | frozenset(
    # a clause after the list that takes its items up again: "..., and they are described in our
    # SEC filings", "..., all of which are discussed in our Form 10-K"
    "they them these which".split())
_SECTION_WORDS = frozenset("risk risks factor factors item items".split())


# The company's own words for itself as a clause's subject ("the 10-K we filed", "the report that
# management prepared"), and the relative words that may stand between the noun and that subject
_OWN_SUBJECTS = frozenset("we i management".split())
_CONTACT_HEAD_MARKS = frozenset("that which".split())


def _subject_of_contact_clause(tokens: Tokens, span: tuple[int, int], chosen: dict[str, tuple[int, int]],
                               keys, lo: int) -> int | None:
    """The noun before the part at span when the part is the company as the subject of a contact
    or relative clause that describes that noun ("The 10-K we filed contains ...", "The report
    that we filed with the SEC contains ..."), with the form's key verb after the clause's own
    verb: the noun, not the company, is the key verb's subject. Its token, or None. Not where the
    company's verb is the key part itself ("In this release we make ..."), a comma or a function
    word stands before the company ("As we reported, ..."), or the noun's phrase or the clause
    names this document or day ("This release we issued ...", "the release we issued today")."""
    a, b = span
    words = tokens.words
    if a != b or words[a] not in _OWN_SUBJECTS:
        return None
    later = [k for n, (k, _) in chosen.items() if n in keys and k > b]
    if not later:
        return None
    key = min(later)
    head = a - 1
    if head >= lo and words[head] in _CONTACT_HEAD_MARKS:
        head -= 1
    if head < lo or tokens.marked(HARD_GAP, a) or tokens.marked(HARD_GAP, head + 1):
        return None
    noun = words[head]
    if (not noun.isalnum() or noun in BOUNDARIES or noun in AUXILIARIES or noun in FINITE_VERBS or noun in FILLERS
            or noun in PREPOSITIONS or noun in ANAPHORS or noun in _OWN_SUBJECTS or noun in DEICTICS
            or noun.endswith("ly")):
        return None
    verb = a + 1
    while verb < key and (words[verb] in AUXILIARIES or words[verb].endswith("ly")):
        verb += 1
    if verb >= key:
        return None  # the company's verb is the key part: "the release we contain" is no clause of its own
    # the noun heads the sentence's (or the clause's) subject: no verb stands before it
    start = tokens.clause_start(head, sentence_low(tokens, head, lo))
    if any(words[t] in FINITE_VERBS or words[t] in AUXILIARIES for t in range(start, head)):
        return None
    if any(words[t] in DEICTICS for t in range(start, key)):
        return None
    return head


# Verbs and adjectives that set a thing against another it is not ("confused with", "mistaken
# for", "distinct from"), with the preposition that names the other
_CONFUSED_WITH = {"confused": "with", "confuse": "with", "confuses": "with", "conflated": "with", "conflate": "with",
                  "mistaken": "for", "mistake": "for", "mistakes": "for", "distinguished": "from",
                  "distinct": "from", "opposed": "to"}
_CONFUSED_NOUN_WORDS = 4  # "with" + "other kinds of statements" + "that"


def _clause_of_a_confused_noun(tokens: Tokens, a: int, b: int) -> bool:
    """Whether, between tokens a and b, a verb of confusion or contrast names another thing and a
    relative clause on it opens before b ("are often confused with statements that merely contain
    terms such as"): the part at b is said in that clause, of the other thing. Also when the part
    at b is that verb's preposition ("with" of "confused with" is no "having")."""
    words = tokens.words
    for t in range(a + 1, b):
        if _CONFUSED_WITH.get(words[t]) != words[t + 1]:
            continue
        if t + 1 == b:
            return True
        for r in range(t + 3, min(b, t + 2 + _CONFUSED_NOUN_WORDS)):
            if tokens.marked(HARD_GAP, r):
                break
            if words[r] in RELATIVES:
                # the part inside that clause: no comma or break closes it before the part ("...,
                # as distinguished from statements that describe past facts, can be identified by")
                return not any("," in tokens.gap(k) or tokens.marked(HARD_GAP, k) for k in range(r + 1, b + 1))
    return False


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
_TOPIC_OPENERS = frozenset("on about regarding concerning of relating related as to with".split())
# "and" then a verb part taking the first predicate's subject: the words that may come between
# ("and are made", "and also speak", "and each speaks"), how far the subject may stand before the
# "and", the relatives that would open a clause of another subject after it, and the subjects
# of a clause of their own
_SHARED_VERB_LEADS = frozenset("are is were was will do does not never also only each all".split())
_SHARED_REACH = 24
_SHARED_RELATIVES = frozenset("that which who whom whose where when".split())
_PRONOUN_SUBJECTS = frozenset("we i you they he she it there".split())
NEAR_WORDS = 6  # "a ~ b": at most this many words between the two parts
# Quantifiers and words of reference that keep a plural from presupposing its members ("any
# forward-looking statements in this release"; "these/such ..." take up statements named before;
# "the" is a definite's, read by a form of its own, as in "all of the")
_QUANTIFYING = frozenset("any all no each every such these those either neither whatever whichever the".split())
_IF_ANY_WORDS = 8  # "forward-looking statements in this release, if any,"


_NOUN_OPENERS = frozenset("the a an any its their our his her this that such each every".split())


def _noun_of(tokens: Tokens, a: int, b: int, lo: int) -> bool:
    """Whether the words at [a, b] are a noun with "of" after it and a determiner before it ("the
    use of", "any revision of"): no verb. Not the noun an exception takes out ("by anything except
    the use of terms such as ...") nor one a preposition of means governs ("by the use of the
    words"), which stand for the act they name and are read with their clause."""
    words = tokens.words
    if not (a - 1 >= lo and words[a - 1] in _NOUN_OPENERS and b + 1 < len(words) and words[b + 1] == "of"
            and not tokens.marked(HARD_GAP, a) and not tokens.marked(HARD_GAP, b + 1)):
        return False
    if a - 2 >= lo and words[a - 2] in _INSTRUMENTAL:
        return False  # "identified by the use of the words": the means, the act of using them
    return not any(t >= lo and exceptive_at(words, t) == a - 2 for t in (a - 2, a - 3))


_INSTRUMENTAL = frozenset("by through via".split())


def _not_bare(tokens: Tokens, a: int, b: int, lo: int, hi: int) -> bool:
    """Whether the noun phrase at [a, b] comes with a determiner or quantifier before it, or an
    "if any" after it, or ends at a break ("makes forward-looking statements, including in this
    document": the place after the comma is where it makes them, not a part of the noun phrase)."""
    words = tokens.words
    if a > lo and words[a - 1] in _QUANTIFYING or b + 1 < hi and tokens.marked(HARD_GAP, b + 1):
        return True
    return any(words[t] == "if" and words[t + 1] == "any" for t in range(b + 1, min(hi - 1, b + _IF_ANY_WORDS)))


_FORM = re.compile(r"^\s*[a-z0-9_-]+(?:\s*[+>~]\s*[a-z0-9_-]+)*(?:\s+within\s+[0-9]+)?\s*$")
_WITHIN = re.compile(r"\s+within\s+([0-9]+)\s*$")


class Proposition(OwnershipReadings, PolarityReadings):
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
        # verb parts that, after "and", take the subject of the predicate coordinated before them
        # ("These statements are made under the safe harbor and speak only as of today")
        shared = options.get("shared_subject") or {}
        self._shared_verbs = tuple(shared.get("verbs") or ())
        self._shared_subjects = tuple(shared.get("subjects") or ())
        unknown = sorted(n for n in self._shared_verbs + self._shared_subjects if n not in self.parts)
        if unknown:
            raise ValueError(f"shared_subject names {', '.join(unknown)}, which `parts` does not define")
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
        # parts filled only by a verb: "the use of the words" names no use the statements make
        self.verb_parts = frozenset(options.get("verbs") or ())
        unknown = [n for n in self.verb_parts if n not in self.parts]
        if unknown:
            raise ValueError(f"verbs names {', '.join(unknown)}, which `parts` does not define")
        # parts that name the statements as given ("the forward-looking statements contained in
        # this release"): a negation of the clause that embeds them leaves them given ("We cannot
        # assure that the forward-looking statements in this release will prove accurate" still
        # says the release has some), so only a negation from such a part on counts
        self.presupposed_parts = frozenset(options.get("presupposed") or ())
        unknown = sorted(n for n in self.presupposed_parts if n not in self.parts)
        if unknown:
            raise ValueError(f"presupposed names {', '.join(unknown)}, which `parts` does not define")
        self.addressed_to_readers = bool(options.get("addressed_to_readers", False))
        # parts named only as what a text is about ("the reference to forward-looking
        # statements", "a cautionary note regarding forward-looking statements"): the document holds
        # a mention of them, not them (`_topic_of_mention`)
        topic = options.get("topic_of") or {}
        self._topic_parts = frozenset(topic.get("parts") or ())
        self._topic_heads = [Term.compile(t) for t in topic.get("after", [])]
        unknown = [n for n in self._topic_parts if n not in self.parts]
        if unknown:
            raise ValueError(f"topic_of names {', '.join(unknown)}, which `parts` does not define")
        unknown = [n for n in self.company_parts if n not in self.parts]
        if unknown:
            raise ValueError(f"company_parts names {', '.join(unknown)}, which `parts` does not define")
        # parts that name a law (the Act, a section's number): not the statements' law where the
        # sentence names it for a lawsuit, or a section of another law (`_law_named_otherwise`)
        self.law_parts = frozenset(options.get("law_parts") or ())
        unknown = sorted(n for n in self.law_parts if n not in self.parts)
        if unknown:
            raise ValueError(f"law_parts names {', '.join(unknown)}, which `parts` does not define")
        # a part that counts only where it does not stand in one of the items a list names after
        # its lead ("Factors include ... the SEC's review of our registration statement")
        listed = options.get("listed_in") or {}
        self._listed: tuple[str, str] | None = (listed["part"], listed["lead"]) if listed else None
        unknown = sorted(n for n in (self._listed or ()) if n not in self.parts)
        if unknown:
            raise ValueError(f"listed_in names {', '.join(unknown)}, which `parts` does not define")
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
        self._open_first = first_words(self.open_ended)
        # Which open-ended terms may stand at a word, by the forms of their first word and (for a
        # word of four letters or more) those forms' OCR skeletons: the date's element has some
        # 150 such terms, which `_open_ended` tried one by one at every word that opens any.
        self._open_by_first: dict[str, list[int]] = {}
        self._open_by_skeleton: dict[str, list[int]] = {}
        for index, term in enumerate(self.open_ended):
            forms, _ = term.words[0]
            for form in forms or ():
                self._open_by_first.setdefault(form, []).append(index)
            for skeleton in term.skeletons[0]:
                self._open_by_skeleton.setdefault(skeleton, []).append(index)
        self._exclude_first = first_words(self.excludes)
        self._exclude_index = Part("excludes", self.excludes) if self.excludes else None
        first = first_words(self.negated_by)  # a token none of whose forms is here negates by no term
        self._negator_firsts = None if first is ANY else (first, frozenset(ocr_skeleton(w) for w in first
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
        # Which parts a word may open a term of, as written and OCR-folded (`_parts_that_may_occur`)
        self._parts_by_first: dict[str, set[str]] = {}
        self._parts_by_skeleton: dict[str, set[str]] = {}
        for name, part in self.parts.items():
            for word in part.first_forms:
                self._parts_by_first.setdefault(word, set()).add(name)
            for skeleton in part.first_skeletons:
                self._parts_by_skeleton.setdefault(skeleton, set()).add(name)
        self._any_first = frozenset(self._parts_by_first)
        self._yield_answers: dict[frozenset[str], bool] = {}  # `_may_yield`, per set of parts present
        self._any_first_skeleton = frozenset(self._parts_by_skeleton)
        self._prefixed_parts = [name for name, part in self.parts.items() if part.prefixed]
        # Terms of a part that say "more of" what the legend said before them ("Further information
        # can be found in our SEC filings": more on the risks just named): where sentences of the
        # block come before and none of them named the subject yet, the more is of something else
        # (the webcast slides of the paragraph they close), and the part is read without them.
        more_of = options.get("more_of") or {}
        # (the parts read without those terms, and the subject they are more of)
        self._more_of: tuple[dict[str, Part], Part] | None = None
        if more_of:
            name = more_of["part"]
            if name not in self.parts:
                raise ValueError(f"more_of names {name}, which `parts` does not define")
            sources = {t.strip() for t in more_of["terms"]}
            missing = sorted(sources - {t.source.strip() for t in self.parts[name].terms})
            if missing:
                raise ValueError(f"more_of terms {', '.join(missing)} are not terms of {name}")
            rest = [t for t in self.parts[name].terms if t.source.strip() not in sources]
            self._more_of = ({**self.parts, name: Part(name, rest)},
                             Part("subject", [Term.compile(t) for t in more_of["subject"]]))

    # -- finding -----------------------------------------------------------------------------
    def find(self, tokens: Tokens, sentences: list[tuple[int, int]], tolerant: bool = False,
             before: list[tuple[int, int]] = ()) -> list[Candidate]:
        """Candidates in sentences given as token ranges [lo, hi), in order; incomplete ones
        (a form with parts lacking) are kept only as the closest wording. `tolerant` reads words
        damaged beyond look-alikes too (slow: for a sentence whose wording matched damaged).
        `before`: the sentences of the block before them, when they are read on their own."""
        found: list[Candidate] = []
        previous: tuple[int, int] | None = None
        previous_holds: list[Candidate] = []
        # (`_more_of`: has a sentence of the block named the legend's subject?)
        subject_named = any(self.names_subject(tokens, lo, hi) for lo, hi in before)
        for index, (lo, hi) in enumerate(sentences):
            parts = self.parts
            if self._more_of is not None and (index > 0 or bool(before)) and not subject_named:
                parts = self._more_of[0]
            here = self._in_range(tokens, lo, hi, self.window, lo, tolerant, parts)
            if (not any(c.complete for c in here) and previous and self.refer_back
                    and self._refers_back(tokens, lo, hi, previous[0])):
                both = [c for c in self._in_range(tokens, previous[0], hi, 2 * self.window, lo, tolerant, parts)
                        if c.complete]
                here = both or here
            subject_named = subject_named or self.names_subject(tokens, lo, hi, tolerant)
            if index + 1 < len(sentences) and any(c.holds for c in here):
                # "Actual results could differ materially. This is not, however, a realistic
                # possibility.": the next sentence takes the element back as a whole
                retraction = retracted_next(tokens, *sentences[index + 1], self.future)
                if retraction is not None:
                    span = (tokens.starts[retraction[0]], tokens.ends[retraction[1]])
                    for c in here:
                        if c.holds:
                            c.polarity, c.cue_span, c.cue = NEGATED, span, tokens.text[span[0] : span[1]]
            # (a denial, a reversal or an open end; not another's statements set against ours, nor
            # the past: "However, our partner undertakes to update its own", "In fact, they never have")
            contrary = next((c for c in here if c.complete and c.polarity in (NEGATED, REVERSED, OPEN_ENDED)), None)
            if contrary is not None and previous_holds and contrasted(tokens, lo, hi):
                # "... within the meaning of the Reform Act. The Company does not, however, intend
                # them to be covered by its safe harbor.": the same element said and then denied
                # with a contrast; the later, contrasting sentence is what the legend ends by saying
                for c in previous_holds:
                    c.polarity, c.cue_span, c.cue = contrary.polarity, contrary.cue_span, contrary.cue
            previous_holds = [c for c in here if c.holds]
            found.extend(here)
            previous = (lo, hi)
        return found

    @property
    def reads_more_of(self) -> bool:
        """Whether the proposition has `more_of` terms (read by what came before them)."""
        return self._more_of is not None

    def names_subject(self, tokens: Tokens, lo: int, hi: int, tolerant: bool = False) -> bool:
        """Whether tokens [lo, hi) name the subject `more_of` terms say more of (false without them)."""
        return self._more_of is not None and bool(self._more_of[1].occurrences(tokens, lo, hi, tolerant))

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
        if hi - lo > 2 and words[lo] == "the" and words[lo + 1] in self._verb_forms:
            # the definite article before a key word the sentence opens with takes up what the
            # one before said: "Actual results could differ. The differences could be material."
            return True
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
                  tolerant: bool = False, parts: dict[str, Part] | None = None) -> list[Candidate]:
        """The candidates of every form in tokens [lo, hi) (complete ones, else the closest).
        `parts`: the parts to read, when some terms do not apply here (`more_of`); default all."""
        parts = self.parts if parts is None else parts
        # Most sentences are refused by the words they hold alone: a part none of whose terms can
        # open at a word present has no occurrence, and `_may_yield` refuses the parts present
        # exactly when it refuses any fewer of them (a form's parts all there, or enough for the
        # closest wording), so a sentence refused on the parts that may occur is refused on those
        # that do, without a term being matched.
        may_occur = None if tolerant else self._parts_that_may_occur(tokens, lo, hi)
        if may_occur is not None and not self._may_yield(may_occur):
            return []
        # (a part that may not occur has no occurrence: `Part.occurrences` would look for none)
        found = {name: part.occurrences(tokens, lo, hi, tolerant) if may_occur is None or name in may_occur else []
                 for name, part in parts.items()}
        if not self._may_yield({name for name, spans in found.items() if spans}):
            return []
        occurrences = {name: [(a, b) for a, b in found[name]
                              if not in_idiom(tokens.words, a)
                              and not (name in self.bare_parts and _not_bare(tokens, a, b, lo, hi))
                              and not (name in self.verb_parts and _noun_of(tokens, a, b, lo))
                              and not (name in self._topic_parts and self._topic_of_mention(tokens, a, lo))
                              and (self._dates or not made_as_of(tokens, b, hi))
                              and not (self._dates and (assumed_as_of(tokens, a, b, lo)
                                                        or updated_as_of(tokens, a, b, lo)
                                                        or matter_as_of(tokens, a, b, lo, self._verb_forms)))]
                       for name in self.parts}
        if self.law_parts:
            occurrences = self._laws_named_for_the_statements(tokens, occurrences, lo, hi)
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
        # "and" before a verb part that takes the subject of the predicate before it: stands for
        # that subject (`_shared_subject_at`), mapped back to it once a form is chosen
        standing: dict[tuple[int, int], tuple[int, int]] = {}
        if self._shared_verbs:
            standing = self._shared_subject_at(tokens, lo, hi, occurrences)
            if standing:
                occurrences = dict(occurrences)
                for (k, _), (name, _span) in standing.items():
                    occurrences[name] = sorted(occurrences[name] + [(k, k)])
                standing = {key: span for key, (_, span) in standing.items()}
        complete: list[Candidate] = []
        # The closest incomplete wording is made into a candidate only once no form is complete,
        # for only then is it returned: (the parts it has, their spans, those it lacks). Its
        # polarity is not read (`unread_candidate`): only what it has and lacks is reported.
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
                if chosen is not None and self._key_in_closed_aside(tokens, chosen, lo):
                    chosen = self._head_of_aside(form, tokens, chosen, occurrences, lo)
                if chosen is None:
                    continue
                described = None  # a document a contact clause with the company as subject describes
                if self.company_parts:
                    chosen, described = self._past_contact_subject(tokens, form, anchor, anchor_span, chosen, nearby,
                                                                   limit, occurrences, lo)
                skipped = 0
                if standing:
                    # the first predicate between the subject and "and" does not lengthen what the
                    # second says of it
                    for name, span in list(chosen.items()):
                        if span in standing and span[0] == span[1] and tokens.words[span[0]] == "and" \
                                and name in self._shared_subjects:
                            chosen[name] = standing[span]
                            skipped = span[0] - standing[span][1]
                    if skipped and len({t for a, b in chosen.values() for t in range(a, b + 1)}) \
                            < sum(b - a + 1 for a, b in chosen.values()):
                        continue  # the subject already stands as another part
                first = min(s for s, _ in chosen.values())
                last = max(e for _, e in chosen.values())
                if last < must_reach or last - first + 1 - skipped > limit and (
                        last - first + 1 - skipped - coordinate_aside(tokens, first, last)
                        - attribution_aside(tokens, first, last)
                        - own_maker_aside(tokens, first, last)
                        - repeated_place_aside(tokens, first, last) - own_title_aside(tokens, first, last) > limit):
                    continue
                if any(self._excluded(tokens, a, b, hi) for a, b in chosen.values()):
                    continue
                if any(name in self.negation_on and _clause_of_a_confused_noun(tokens, prev[1], span[0])
                       for (_, prev), (name, span) in consecutive(chosen)):
                    # "Forward-looking statements are often confused with statements that merely
                    # contain terms such as ...": the verb describes the other statements
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
                if len(form.parts) > len(form.before) + 1 and _straddles_concession(tokens, chosen, lo, hi):
                    # (parts in any order) "Although the Company has in the past undertaken no such
                    # obligation, it now undertakes an obligation to update": the concession's
                    # disclaimer is no part of the main clause's duty
                    continue
                if any(name in self.negation_on and other_clause_between(tokens, prev[1], span[0])
                       for (_, prev), (name, span) in consecutive(chosen)):
                    continue  # a verb part whose subject is another clause's ("since this release uses")
                if self.owned_parts and any((first in self.owned_parts or first in self.negation_on)
                                            and predicate_between(tokens, prev[1], span[0])
                                            for (first, prev), (_, span) in consecutive(chosen)):
                    # "... are not described in our Form 10-Q, and include the following risks": a
                    # document named in the first predicate is no place of the second's object.
                    # (Not after a part that only qualifies another: "within the meaning of the
                    # federal securities laws, and are intended to be subject to the safe harbor"
                    # names the harbor's law in the first predicate, and the second invokes it.)
                    # (Only where a part names a document: "statements ... that refer to future
                    # events, and include words such as" coordinates the statements' own predicates.)
                    continue
                if self.object_of in chosen and not self._object_fits(tokens, chosen, hi):
                    continue
                if self._listed is not None and self._named_in_an_item(tokens, chosen, occurrences):
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
                if _modal_before_its_part(tokens, chosen, occurrences):
                    # "... no assurance that its expectations will be achieved and it undertakes an
                    # obligation to update ...": the duty word nearer the update is the update's;
                    # the modal before it is another verb's
                    continue
                if candidate.polarity == REVERSED and _modal_of_its_own_verb(tokens, chosen, occurrences, hi):
                    # "... to revise these statements. The company gives no assurance that it will
                    # achieve ...": the modal governs a verb of its own, after every other part
                    continue
                other = self._owned_by_others(tokens, chosen, occurrences, lo, hi) if self.company_parts else None
                if other is None and described is not None:
                    # "The 10-K we filed contains forward-looking statements": the document the
                    # company's clause describes is the subject, and it is not this one
                    other = described
                if other is None and self.company_parts:
                    # "statements regarding the PDUFA date, and no others, speak only as of ...",
                    # "undue reliance on forward-looking statements only about the launch date":
                    # said of one matter's statements, not of the release's
                    other = next((found for n in self.company_parts if n in chosen
                                  and (found := confined_to_a_topic(tokens, *chosen[n], lo, hi)) is not None), None)
                if other is None and self.company_parts:
                    other = compared_with_others(tokens, max(e for _, e in chosen.values()), hi)
                if other is None and self.company_parts:
                    # "... are forward-looking statements only in our investor presentation, not in
                    # this release": the predicate confined to another document
                    other = placed_only_elsewhere(tokens, max(e for _, e in chosen.values()), hi)
                if other is None and self.company_parts:
                    other = fronted_other_document(tokens, min(a for a, _ in chosen.values()), lo)
                if other is None and self.company_parts:
                    # "The investor presentation we will deliver next month will contain ...": the
                    # subject is a later document
                    other = document_still_to_come(tokens, min(a for a, _ in chosen.values()),
                                                   max(b for _, b in chosen.values()), lo)
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
                if other is None and self.company_subject:
                    # "those of the Company's reinsurers speak only as of ...": a demonstrative
                    # subject that stands for another's statements
                    other = demonstrative_of_another(tokens, min(a for n, (a, _) in chosen.items() if n in self.negation_on)
                                                     if any(n in self.negation_on for n in chosen)
                                                     else min(a for a, _ in chosen.values()), lo, hi)
                if other is None:
                    # the company set aside by an aside on the subject, whoever the element names
                    # as its subject: "Our auditors, not the Company, caution readers not to ...",
                    # "Our auditors, not Boeing, believe that many factors could cause ..."
                    other = company_set_aside(tokens, min(a for a, _ in chosen.values()), lo)
                if other is None and self.company_subject:
                    other = passive_agent(tokens, max(b for _, b in chosen.values()), hi)
                if other is None:
                    # "..., as they relate to our former parent, are intended to identify",
                    # "... only in respect of statements made by our joint venture partner"
                    other = related_to_another(tokens, min(a for a, _ in chosen.values()),
                                               max(b for _, b in chosen.values()), lo, hi)
                if other is None and self.company_subject and not self.company_parts:
                    # a proposition about the statements without naming them (the statute's): the
                    # statements named before it must not be another's
                    other = statements_of_another(tokens, min(a for a, _ in chosen.values()),
                                                  max(b for _, b in chosen.values()), lo, hi)
                if other is not None and self.company_parts and any(
                        n in chosen and (aside := comparison_aside(tokens, *chosen[n])) is not None
                        and aside[0] <= other <= aside[1] and not _this_document_in(tokens, aside)
                        for n in self.company_parts):
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
        return [unread_candidate(tokens, dict(zip(have, spans)), lacking)]

    def _past_contact_subject(self, tokens: Tokens, form: Form, anchor: str, anchor_span: tuple[int, int],
                              chosen: dict[str, tuple[int, int]], nearby: dict[str, list[tuple[int, int]]],
                              limit: int, occurrences: dict[str, list[tuple[int, int]]],
                              lo: int) -> tuple[dict[str, tuple[int, int]], int | None]:
        """A company part chosen where the company is the subject of a clause that describes the
        sentence's subject ("The 10-K we filed contains ...") does not stand for the subject: the
        form is chosen again without it ("This announcement, like the ones we published last year,
        contains ..."), and when it has no other place, the noun the clause describes is returned
        as another document's. (chosen, that noun's token or None)."""
        for name, span in chosen.items():
            if name not in self.company_parts:
                continue
            head = _subject_of_contact_clause(tokens, span, chosen, self.negation_on, lo)
            if head is None:
                continue
            fewer = dict(nearby)
            fewer[name] = [s for s in nearby[name] if s != span]
            again = self._choose(form, anchor, anchor_span, fewer, limit, occurrences) if fewer[name] else None
            if again is not None and _subject_of_contact_clause(tokens, again[name], again, self.negation_on,
                                                                lo) is None:
                return again, None
            return chosen, head
        return chosen, None

    def _shared_subject_at(self, tokens: Tokens, lo: int, hi: int,
                           occurrences: dict[str, list[tuple[int, int]]]) -> dict[tuple[int, int], tuple[str, tuple[int, int]]]:
        """Each "and" in [lo, hi) that opens a second predicate with a verb part of
        `shared_subject` ("... are made under the safe harbor and speak only as of today", "...
        and are made as of the date of this call"), mapped to the subject part of the first
        predicate (a subject part, a finite verb after it, then the "and"): {(and, and): (part,
        span)}. Not where a clause with a subject of its own stands between ("statements based on
        data that analysts compiled and made available as of ..."), nor across a break."""
        words = tokens.words
        verb_starts = {a for n in self._shared_verbs for a, _ in occurrences.get(n, ())}
        subjects = sorted(((a, b, n) for n in self._shared_subjects for a, b in occurrences.get(n, ())),
                          key=lambda s: s[1])
        found: dict[tuple[int, int], tuple[str, tuple[int, int]]] = {}
        if not verb_starts or not subjects:
            return found
        for k in range(lo + 2, hi - 1):
            if words[k] != "and" or tokens.marked(HARD_GAP, k + 1):
                continue
            v = k + 1
            while v < hi and v - k <= 3 and v not in verb_starts and words[v] in _SHARED_VERB_LEADS:
                v += 1
            if v not in verb_starts:
                continue
            before = [s for s in subjects if s[1] < k - 1 and k - s[1] <= _SHARED_REACH]
            if not before:
                continue
            a, b, name = before[-1]
            between = range(b + 1, k)
            if any(tokens.marked(HARD_GAP, t) for t in range(b + 2, k + 1)):
                continue  # a semicolon, a colon or a bracket: not one sentence's predicates
            if not any(words[t] in FINITE_VERBS or words[t] in AUXILIARIES for t in between):
                continue  # no predicate of the subject before the "and" ("statements and speeches")
            if any(words[t] in _SHARED_RELATIVES for t in range(b + 2, k)) or new_subject_between(tokens, b, k):
                continue  # the "and" may join a clause of another subject's
            if words[b + 1] in _SHARED_RELATIVES and not (words[b + 2] in AUXILIARIES or words[b + 2] in FINITE_VERBS):
                # a relative on the subject with a subject of its own ("statements that clinicians
                # share with patients are not ours and speak ..."): whose statements is the
                # relative's to say, and the first predicate may be its
                continue
            if any(words[t] in ("and", "or", "but") and words[t + 1] in _PRONOUN_SUBJECTS for t in between):
                continue
            found[(k, k)] = (name, (a, b))
        return found

    def _named_in_an_item(self, tokens: Tokens, chosen: dict[str, tuple[int, int]],
                          occurrences: dict[str, list[tuple[int, int]]]) -> bool:
        """Whether the `listed_in` part stands in an item of the list its lead opens ("Factors
        include ... the SEC's review of our registration statement", "our ability to remain
        current in our SEC filings"): a factor about a filing, not a pointer to one. The item
        points after all when it names the lead again or refers to what the lead names ("the
        risks described in our Form 10-K", "those set forth in our filings", "the matters discussed
        in ..."), or when the part is itself a risk section ("Item 1A", "the Risk Factors section")."""
        part, lead = self._listed
        if part not in chosen or lead not in chosen or chosen[lead][1] >= chosen[part][0]:
            return False
        words = tokens.words
        first, last = chosen[part]
        if any(w in _SECTION_WORDS for w in words[first : last + 1]):
            return False
        opener = next((t for t in range(chosen[lead][1] + 1, first) if words[t] in _LIST_OPENERS
                       or (words[t] == "as" and words[t - 1] == "such")), None)
        if opener is None or any(chosen[lead][1] < a < opener for a, _ in occurrences[part]):
            return False  # (a filing before the verb is its subject: "our filings include ...")
        if any(opener < a < first for a, _ in occurrences[lead]):
            return False
        return not any(words[t] in _REFERRING_ITEMS for t in range(opener + 1, first))

    def _laws_named_for_the_statements(self, tokens: Tokens, occurrences: dict[str, list[tuple[int, int]]],
                                       lo: int, hi: int) -> dict[str, list[tuple[int, int]]]:
        """The occurrences without those of `law_parts` that name a law for something other than
        the statements: the law of a lawsuit ("the class action filed against us under the
        Private Securities Litigation Reform Act", a sentence with no word of statements or of a
        safe harbor) or a section of another law ("Section 27A of the Internal Revenue Code"), or
        the law that another one amended ("the Securities Litigation Uniform Standards Act of 1998,
        a later statute that amended the PSLRA")."""
        words = tokens.word_sets(lo, hi)[0]
        suits = not words.isdisjoint(LAWSUIT_WORDS) or "action" in words  # (the cheap test first)
        laws = [(a, b) for name in self.law_parts for a, b in occurrences[name]]
        if suits and laws and named_for_a_lawsuit(tokens, laws, lo, hi):
            return {name: [] if name in self.law_parts else spans for name, spans in occurrences.items()}
        return {name: [(a, b) for a, b in spans if not section_of_another_law(tokens, a, b, hi)
                       and not amended_by_another(tokens, a, lo)
                       and not defines_a_historical_term(tokens, a, lo)
                       and not defined_as_another_law(tokens, a, b)]
                if name in self.law_parts else spans for name, spans in occurrences.items()}

    def _topic_of_mention(self, tokens: Tokens, a: int, lo: int) -> bool:
        """Whether the part at token a is the complement of a noun that names a text about it
        ("read the safe harbor statement ... including the reference to forward-looking
        statements", "contains a cautionary note regarding forward-looking statements"): what the
        document then holds is a passage about such statements, not the statements. One
        determiner may stand between ("the reference to the forward-looking information").
        Refused: the part named on its own ("includes forward-looking statements") or after a
        noun this rule does not list ("statements regarding ...", which the rule reads itself)."""
        if not self._topic_heads:
            return False
        end = a - 1
        if end >= lo and tokens.words[end] in _TOPIC_DETERMINERS:
            end -= 1
        for term in self._topic_heads:
            start = end - len(term.words) + 1
            if start >= lo and term.matches_at(tokens.words, start, end + 1) == end:
                return True
        return False

    def _parts_that_may_occur(self, tokens: Tokens, lo: int, hi: int) -> set[str]:
        """The parts that `Part.may_occur` admits in tokens [lo, hi): those one of whose terms may
        open at a word there (as written or OCR-folded), looked up from the words present in one
        pass for all the parts (an element has up to two dozen, asked of every legend sentence)."""
        present, folded = tokens.word_sets(lo, hi)
        names: set[str] = set()
        for word in present & self._any_first:
            names |= self._parts_by_first[word]
        for skeleton in folded & self._any_first_skeleton:
            names |= self._parts_by_skeleton[skeleton]
        names.update(name for name in self._prefixed_parts if self.parts[name].may_occur(tokens, lo, hi))
        return names

    def _may_yield(self, present: set[str]) -> bool:
        """`_yields(present)`, answered once per set of parts: the sets a pack's sentences give are
        few (a handful of parts among an element's dozen), asked again sentence after sentence."""
        key = frozenset(present)
        known = self._yield_answers.get(key)
        if known is None:
            known = self._yield_answers[key] = self._yields(key)
        return known

    def _yields(self, present: frozenset[str]) -> bool:
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
        return not any(tokens.marked(STOP_GAP, k) and not (list_item_mark(tokens, k) or list_item_mark(tokens, k - 1))
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

    def _head_of_aside(self, form: Form, tokens: Tokens, chosen: dict[str, tuple[int, int]],
                       occurrences: dict[str, list[tuple[int, int]]], lo: int) -> dict[str, tuple[int, int]] | None:
        """The reading again with each part that the nearest choice found inside a relative clause
        closing before the key (see `_key_in_closed_aside`) taken from the noun the clause
        describes, or None when that noun does not fill the part. "This release, which was issued
        today, contains forward-looking statements": "release", not "today", is what contains
        them; "the materials of Delmar, which we reference in this release, contain ..." stays
        refused, for "Delmar" is no release."""
        key = min((a for name, (a, _) in chosen.items() if name in self.negation_on), default=None)
        if key is None:
            return None
        chosen = dict(chosen)
        for name, (a, _) in list(chosen.items()):
            if name in self.negation_on or a >= key:
                continue
            head = tokens.relative_aside_head(a, key, lo)
            if head is None:
                continue
            span = next((s for s in occurrences[name] if s[1] == head), None)
            if span is None:
                return None
            chosen[name] = span
        if any(chosen[a][1] >= chosen[b][0] for a, b in form.before) or self._key_in_closed_aside(tokens, chosen, lo):
            return None
        return chosen

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
            if any(";" in tokens.gap(b) or tokens.marked(SENTENCE_GAP, b)
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
        before = self._object_before_particle(tokens, chosen)
        if before is not None:
            return before
        while t < hi and t < chosen[self.object_of][1] + 12:
            if (tokens.marked(HARD_GAP, t) or words[t] in BOUNDARIES or words[t] in _OBJECT_ENDS
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
                            and confined_to_a_topic(tokens, t, max(ends), 0, hi) is None
                            and other_after(tokens, max(ends), hi) is None)
            if word == "even" or (word.endswith("ed") and t + 1 < hi and any(
                    term.matches_at(words, t + 1, hi) is not None for term in self.objects.terms)):
                # "do so even if our views change": a focus word before the condition; "any of
                # the included statements": a participle before the noun it describes
                t += 1
                continue
            if (t in taken or word in _OBJECT_SKIP or word in _OBJECT_MODIFIERS or word.endswith("ly") or is_negation(word)
                    or _own_possessive(tokens, word) or word in self.parts[self.object_of].first_forms
                    or (len(word) >= 4 and tokens.skeletons[t] in _OBJECT_SKIP_SKELETONS)):
                t += 1
                continue
            ends = [e for term in self.objects.terms if (e := term.matches_at(words, t, hi)) is not None]
            if ends and one_statement(tokens, t, max(ends), hi, self.objects.terms):
                return False  # "update its estimate of when the orders will ship": that one statement only
            if ends and confined_to_a_topic(tokens, t, max(ends), 0, hi) is not None:
                return False  # "update any forward-looking statement only about the delivery date"
            # "update any forward-looking statement made by third-party analysts": not its own;
            # "update any statement other than the forward-looking statements": all but them
            # ("update the information in our filings": the filings' own, not this document's)
            return (bool(ends) and other_after(tokens, max(ends), hi) is None
                    and object_in_other_document(tokens, max(ends), hi) is None
                    and excepted_statements(tokens, t, max(ends), 0, hi) is None)
        return True

    def _object_before_particle(self, tokens: Tokens, chosen: dict[str, tuple[int, int]]) -> bool | None:
        """The object of a verb whose particle phrase was read as the part ("bring any of these
        statements into line with actual results", "bring them up to date"): it stands before the
        phrase, after the verb; what follows ("with actual results") is no object. Whether it fits
        when one of `object.words` stands there, else None (read on after the phrase)."""
        words = tokens.words
        a, b = chosen[self.object_of]
        if tuple(words[a : b + 1]) not in _PARTICLE_IDIOMS:
            return None
        # (after the other parts: "no plans to bring ...": "plans" is the duty, not the object)
        first = max([a - _PARTICLE_OBJECT_REACH] + [e + 1 for _, e in chosen.values() if e < a])
        for t in range(max(0, first), a):
            if tokens.marked(HARD_GAP, t + 1) and t + 1 < a:
                continue
            ends = [e for term in self.objects.terms if (e := term.matches_at(words, t, a)) is not None]
            if ends:
                return not one_statement(tokens, t, max(ends), a, self.objects.terms)
        # "bring our cost structure into line with peers" is no updating; "up to date" is read on
        # as before ("bring them up to date" with the object after it is rare but English)
        return False if words[a] == "into" else None

    def excluded_at(self, tokens: Tokens, start: int, end: int) -> bool:
        """Whether canonical [start, end) has an excluded term in it or just after it."""
        first, last = tokens.index_at(start), tokens.index_at(end) - 1
        return last >= first and self._excluded(tokens, first, last, len(tokens))

    def _excluded(self, tokens: Tokens, first: int, last: int, hi: int) -> bool:
        """An excluded term at a key part, just before it or in the few words after it ("update
        ... our website", "this Form 10-K"). A possessor's reliance that a bounding verb takes as
        object ("Readers should restrict their reliance on these statements") is the caution's,
        not a party's own reliance ("their reliance on our products")."""
        if not self.excludes:
            return False
        end = min(hi, last + 7)
        low, words = max(0, first - 3), tokens.words
        # a clause break before the part ends what "just before" reads: "the issuer, which posts
        # its results on its website, assumes no duty to ..." names the website in an aside
        low = max([low] + [k for k in range(low + 1, first + 1) if tokens.marked(HARD_GAP, k)])
        if not self._exclude_first.intersection(words[low:end]):
            return False
        # only the terms whose first word can stand at i (as written, OCR-folded, or a prefix)
        index, skeletons = self._exclude_index, tokens.skeletons
        for i in range(low, end):
            for term in chain(index.by_first.get(words[i], ()), index.by_skeleton.get(skeletons[i], ()),
                              index.prefixed):
                if term.matches_at(words, i, end) is not None and not (
                        i + 1 < len(words) and limiting_verb(words, i + 1, 0) is not None):
                    return True
        return False


# the determiners that may stand between a noun naming a text and the part it is about
_TOPIC_DETERMINERS = frozenset("the a any our its these those such".split())


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
                    and not tokens.marked(HARD_GAP, c) and not tokens.marked(HARD_GAP, a)):
                joined.add(c)
    return frozenset(joined)


_NOUN_DETERMINERS = frozenset("a an the our its their his her my your this".split())
_OBJECT_LINKS = frozenset("to of on regarding concerning about for".split())


def _modal_before_its_part(tokens: Tokens, chosen: dict[str, tuple[int, int]],
                           occurrences: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether a part filled by a bare future modal has another occurrence of the same part
    between it and the next part of the reading: "will be achieved and it undertakes an obligation
    to update" (the update is the obligation's; the modal governs "be achieved")."""
    words = tokens.words
    found = next(((name, a) for name, (a, b) in chosen.items() if a == b and words[a] in FUTURE_MODALS), None)
    if found is None:
        return False
    name, modal = found
    after = [a for other, (a, _) in chosen.items() if other != name and a > modal]
    if not after:
        return False
    following = min(after)
    return any(modal < a < following and (a, b) != (modal, modal) for a, b in occurrences[name])


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
    if not any(tokens.marked(HARD_GAP, t) or words[t] in BOUNDARIES for t in range(last + 1, modal + 1)):
        return False  # the modal of the parts' own clause: "Revisions of these statements will be published"
    fills = {a for spans in occurrences.values() for a, _ in spans}
    seen = 0
    for t in range(modal + 1, min(hi, modal + 1 + _OWN_VERB_REACH)):
        if tokens.marked(HARD_GAP, t):
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
        if tokens.marked(HARD_GAP, t + 1):
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
    if u < hi and words[u] in _OBJECT_LINKS and not tokens.marked(HARD_GAP, u):
        for v in range(u + 1, min(hi, u + 4)):
            if tokens.marked(HARD_GAP, v):
                break
            if any(term.matches_at(words, v, hi) is not None for term in objects):
                return False
            if words[v] not in FILLERS:
                break
    return True


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Words between two token spans."""
    return max(a[0] - b[1], b[0] - a[1]) - 1
# Words read past when looking for what a verb acts on, and words that show it names nothing.
# a verb's particle phrase read as the update part, its object before it ("bring them into line")
_PARTICLE_IDIOMS = frozenset({("into", "line"), ("up", "to", "date")})
_PARTICLE_OBJECT_REACH = 8  # "bring any of the Company's forward-looking statements into line"
_OBJECT_SKIP = frozenset("""
the a an any all our its their this these those such your of on upon in to for or and nor with publicly
should must will shall can could may might would ought be been being is are was were do does did has have had
placed place put given give placing putting update updates updated updating revise revises revised revising
correct release publicly reliance rely relying relied undue unduly ourselves itself they you we investors
readers anyone one shareholders every each
degree extent too much so very overly
repose reposes reposed reposing
""".split())  # "rely to an undue degree on these statements", "rely too much on them": a measure between verb and object
# (the legal register's verb of placing: "undue reliance ought not to be reposed in any forward-looking statement")
# Adjectives of time, extent or selection before the object's noun ("update new information",
# "revise any further projections", "revise any particular forward-looking statement"): they leave
# the noun to say what is acted on, and whose it is; "any particular" still means every one.
_OBJECT_MODIFIERS = frozenset("""
new other additional further current future prior previous past earlier subsequent relevant latest
particular specific individual
""".split())
_OBJECT_SKIP_SKELETONS = frozenset(ocr_skeleton(w) for w in _OBJECT_SKIP if len(w) >= 4)
_OBJECT_ENDS = frozenset("reflect conform whether except unless as after if following because due by".split())


def _own_possessive(tokens: Tokens, word: str) -> bool:
    """Whether `word` is the company's own possessive before the noun a verb acts on: "the
    Company's", "our" (already passed over as a determiner) or the possessive of one of the
    company's names ("undue reliance on Patriot's projections") or of a kind noun it defines as its
    short name ("the Bank's", `Names.is_own_kind`). It owns the object and is passed
    over like a determiner, so the noun after it is read as the object. Another's possessive is
    not ("rely on the analysts' forecasts", "on Acme's projections" in a text that does not name
    Acme as the company): its object is someone else's, and the clause names no object of ours."""
    if word in OWN_POSSESSIVES:
        return True
    # ... or of the kind noun the document defines as its own short name ("the Bank's
    # forward-looking statements" after "TD Bank Group (TD or the Bank)")
    return word.endswith("'s") and len(word) > 2 and (tokens.names.is_own(word[:-2])
                                                      or tokens.names.is_own_kind(word[:-2]))


def _conditional_at(words: list[str], t: int, hi: int) -> bool:
    """Whether a condition opens at t as "if" would ("update in the event of any change ...",
    "revise in case our views change"): the verb before it named no object."""
    return words[t] == "in" and t + 1 < hi and (
        words[t + 1] == "case" or (words[t + 1] == "the" and t + 2 < hi and words[t + 2] == "event"))


_OWN_VERB_REACH = 12  # words after a modal searched for a part it governs
_PLACE_RELATIVE_WORDS = 8  # "which is available on the SEC's web site at" + "www.sec.gov"


def _relative_before(tokens: Tokens, a: int) -> int | None:
    """The "which" or "that" opening a relative clause that token a stands in, a few words
    before it in the same clause ("..., which are available at www.sec.gov"), or None."""
    words = tokens.words
    for r in range(a - 1, max(-1, a - 1 - _PLACE_RELATIVE_WORDS), -1):
        if words[r] in ("which", "that"):
            return r
        if tokens.marked(STOP_GAP, r + 1) or words[r] in BOUNDARIES:
            return None
    return None


_CONCEDED_WORDS = 8  # from "although" to the reading's first part ("although not all" + "forward-looking")


def _trailing_concession(tokens: Tokens, c: Candidate) -> int | None:
    """The opener ("although", "though", "while") of a concessive clause after a comma, the
    sentence's last clause, that holds reading c or its later parts; else None."""
    first = bisect_left(tokens.starts, c.start)
    last = bisect_left(tokens.ends, c.end)
    words = tokens.words
    for k in range(last, max(-1, first - _CONCEDED_WORDS), -1):
        if k < first and tokens.marked(HARD_GAP, k + 1):
            return None
        if words[k] in CONCEDING and "," in tokens.gap(k):
            if any(tokens.marked(HARD_GAP, t) for t in range(k + 1, last + 1)):
                return None  # an aside that closes before the reading ends: "usually, though not always, signalled by"
            # (the sentence's last clause: "the issuer, though under no duty to revise them, does
            # so each quarter" concedes in an aside, before the main clause's verb)
            end = next((t for t in range(max(k, last) + 1, len(words)) if tokens.marked(HARD_GAP, t)), len(words))
            return k if end == len(words) or tokens.marked(SENTENCE_GAP, end) else None
    return None


def _before_in_sentence(tokens: Tokens, o: Candidate, k: int) -> bool:
    """Whether reading o ends before token k in the same sentence."""
    last = bisect_left(tokens.ends, o.end)
    return last < k and not any(tokens.marked(SENTENCE_GAP, t) or ";" in tokens.gap(t)
                                for t in range(last + 1, k + 1))


_FRONTED_CONTRASTS = (("far", "from"), ("rather", "than"), ("instead", "of"))
_FRONTED_CONTRAST_WORDS = 20


def _straddles_concession(tokens: Tokens, chosen: dict[str, tuple[int, int]], lo: int, hi: int) -> bool:
    """Whether one chosen part stands in a fronted concessive clause ("Although ..., ", "and,
    although ..., ") and a later one in the main clause after its comma. Not an aside inside a
    phrase ("every intention, though no duty, to revise them"), whose infinitive is both nouns'."""
    words = tokens.words
    spans = sorted(chosen.values())
    for i, (a, b) in enumerate(spans[:-1]):
        end = concession_end(tokens, a, b, lo, hi)
        if end is None or not any(later[0] >= end for later in spans[i + 1:]):
            continue
        start = sentence_low(tokens, a, lo)
        opener = next((c for c in range(a - 1, start - 1, -1) if words[c] in CONCEDING), None)
        if opener is not None and (opener == start or words[opener - 1] in ("and", "but", "even")):
            return True
    return False


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
        if tokens.marked(HARD_GAP, t) and "," not in tokens.gap(t):
            return False
        if "," in tokens.gap(t):
            return first < t <= last
    return False


def _this_document_in(tokens: Tokens, aside: tuple[int, int]) -> bool:
    """Whether a comparison aside names this document ("Our annual report, unlike this release,
    contains ..."): then the subject set against it is another document, and the aside is no
    likeness that keeps the element the company's."""
    return any(tokens.words[k] in ("this", "herein", "hereof") for k in range(aside[0], aside[1] + 1))
