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
from bisect import bisect_left, bisect_right
from itertools import chain
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Any

from ..normalise import canonical_phrase
from ..words import ocr_skeleton, word_matches
from .clauses import HARD_STOP, LAW_WORDS, Tokens
from .names import stem
from .lexicon import (IDIOMS, ANAPHORS, BOUNDARIES, FILLERS, FINITE_VERBS, IMPLICIT_NEGATORS, LOCAL_NEGATIONS, NOT_OWNERS,
                      denies_frequency, is_negative_form,
                      DEICTICS, DOCUMENT_NOUNS, KEEPING_FROM, NOT_FORWARD, OTHER_KINDS, NEGATIVE_SUBJECTS, OTHER_DOCUMENTS, OTHER_OWNERS, OTHER_TIMES, READERS, WRONGNESS, WRONG_ACTS, family,
                      is_negation)
from .lexicon import COMPLEMENT_TAKERS, MODALS, RARELY_AFTER_ONLY, slight_likelihood
from .lexicon import (BLAMED, CORPORATE_SUFFIXES, COUNTRIES, DEMONYMS, GENERIC_NAMES, INCAPABLE, PROVINCES, STATES,
                      degree_infinitive)
from .lexicon import APPLYING, CONTRASTS, DEGREE_DENIALS, JUDGED_ACTS, OVERLOOKING, PREDICATE_DENIALS, REJECTIONS, RENOUNCING, is_incapacity, is_local_negation

AFFIRMED, NEGATED, REVERSED, OPEN_ENDED, PAST = "affirmed", "negated", "reversed", "open-ended", "past"
ANOTHERS = "another's"  # said of someone else's statements or results, or of another time
DEFAULT_WINDOW = 30
_PLURAL_SUBJECTS = frozenset("these those they".split())
_SUBJECT_VERBS = frozenset("are were have".split())
_MORE_OF = frozenset("further additional more".split())
_MORE_OF_NOUNS = frozenset("information detail details discussion".split())
_TOPIC_OPENERS = frozenset("on about regarding concerning of relating related as to with".split())
NEAR_WORDS = 6  # "a ~ b": at most this many words between the two parts
_NEGATION_REACH = 20  # words before a part a negation cue may stand
_RELATIVE_PRONOUNS = frozenset("that which who".split())
# A clause that gives the ground or the means of the verb before it ("not recognised merely because
# they ...", "told apart by whether they ..."): a negation of that verb reaches into it.
_GROUND_OPENERS = frozenset("because whether".split())
_GROUND_LINKS = frozenset("merely simply solely purely just only by".split())
_MORE_OR_LESS = frozenset("more less likelier".split())
_SUBJECT_NOUN_OPENERS = frozenset("subsequent later other subsequently".split())
_COMPARED_WORDS = 3  # "no more (readily) likely than": the words between "more" and "than"
_FORM = re.compile(r"^\s*[a-z0-9_-]+(?:\s*[+>~]\s*[a-z0-9_-]+)*(?:\s+within\s+[0-9]+)?\s*$")
_TERM_WORD = re.compile(r"=?[a-z0-9]+(?:'[a-z]+)*\*?")
_WITHIN = re.compile(r"\s+within\s+([0-9]+)\s*$")
_FEARING = frozenset("fear fears feared fearing".split())  # over a gerund: "not fear relying on them"
# Auxiliaries a negation may follow a part over ("undue reliance should not be placed").
_AUXILIARIES = frozenset("should must will shall can could may might would need be been being is are was were "
                         "ought to do does did has have had wo ca".split())


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

    def matches_at(self, words: list[str], i: int, hi: int, tolerant: bool = False) -> int | None:
        """The index of the last word when the term stands at word i, else None. A word damaged
        by OCR look-alikes ("forward-1ooking", "statemcnts") still fills it."""
        if i + len(self.words) > hi:
            return None
        for k, (forms, prefix) in enumerate(self.words):
            word = words[i + k]
            if forms is not None:
                if word not in forms and not (len(word) >= 4 and ocr_skeleton(word) in self.skeletons[k]):
                    # The slow path, for one sentence at a time: a letter dropped or doubled. A
                    # short word has too many neighbours ("free" is two edits from "are"), and a common word
                    # found intact ("the") is itself, not a damaged "them" or "these".
                    if not (tolerant and len(word) >= 3
                            and any(word_matches(f, word) for f in forms if len(f) >= 4
                                    and word not in _REAL_WORDS)):
                        return None
            elif not word.startswith(prefix):
                return None
        return i + len(self.words) - 1


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

    def occurrences(self, tokens: Tokens, lo: int, hi: int, tolerant: bool = False) -> list[tuple[int, int]]:
        """(first, last) token of each place a term stands in [lo, hi); the longest term wins.
        `tolerant` also lets OCR damage beyond look-alikes (a dropped letter) fill a term."""
        out = []
        words = tokens.words
        if tolerant:
            for i in range(lo, hi):
                ends = [e for t in self.terms if (e := t.matches_at(words, i, hi, True)) is not None]
                if ends:
                    out.append((i, max(ends)))
            return out
        present, folded = tokens.word_sets(lo, hi)
        exact, damaged = present & self.first_forms, folded & self.first_skeletons
        if not (exact or damaged or self.prefixed):
            return out
        skeletons = tokens.skeletons
        for i in range(lo, hi):
            word = words[i]
            if word in exact:
                terms = self.by_first[word]
            elif skeletons[i] in damaged:
                terms = self.by_skeleton[skeletons[i]]
            elif self.prefixed:
                terms = ()
            else:
                continue
            if self.prefixed:
                terms = list(terms) + [t for t in self.prefixed if words[i].startswith(t.words[0][1])]
            ends = [e for t in terms if (e := t.matches_at(words, i, hi)) is not None]
            if ends:
                out.append((i, max(ends)))
        return out


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
        # the key verb a later "do so" may take up again (`_pro_forms`): the first key part, unless
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
            if not any(c.complete for c in here) and previous and self.refer_back and self._refers_back(tokens, lo, hi):
                both = [c for c in self._in_range(tokens, previous[0], hi, 2 * self.window, lo, tolerant) if c.complete]
                here = both or here
            found.extend(here)
            previous = (lo, hi)
        return found

    def _refers_back(self, tokens: Tokens, lo: int, hi: int) -> bool:
        """The sentence opens by referring back to a part: "Such variances ...", "These differences"."""
        words = tokens.words
        # A plural pronoun as the subject stands for what the sentence before named: "… because
        # of many risks. These are detailed in our SEC filings."
        if hi - lo > 2 and words[lo] in _PLURAL_SUBJECTS and words[lo + 1] in _SUBJECT_VERBS:
            return True
        # "… involve risks, including …. Further information is contained in our Form 10-K": more of
        # what the sentence before named, as "These are …" is.
        # Not when it names a topic of its own ("Further information on our executive compensation").
        first = lo + 1 if words[lo] == "for" else lo
        if first + 2 < hi and words[first] in _MORE_OF and words[first + 1] in _MORE_OF_NOUNS:
            topic = first + 2
            return words[topic] not in _TOPIC_OPENERS or any(w in ANAPHORS for w in words[topic + 1 : topic + 3])
        if not self.refer_back_by_word:
            return False
        for i in range(lo, min(hi - 1, lo + 6)):
            if words[i] in ANAPHORS and "," in tokens.gap(i + 1):
                continue  # "With that, I will turn the call over": the talk so far, not a part's noun
            if words[i] in ANAPHORS and (words[i + 1] in self._part_forms
                                         or (i + 2 < hi and words[i + 2] in self._part_forms)):
                return True
        return False

    def _in_range(self, tokens: Tokens, lo: int, hi: int, window: int, must_reach: int,
                  tolerant: bool = False) -> list[Candidate]:
        """The candidates of every form in tokens [lo, hi) (complete ones, else the closest)."""
        occurrences = {name: [(a, b) for a, b in part.occurrences(tokens, lo, hi, tolerant)
                              if not _in_idiom(tokens.words, a)
                              and (self._dates or not _made_as_of(tokens, b, hi))
                              and not (self._dates and _assumed_as_of(tokens, a, b, lo))]
                       for name, part in self.parts.items()}
        if self._pro_form_part and "so" in tokens.word_sets(lo, hi)[0]:
            occurrences = _pro_forms(tokens, lo, hi, occurrences, self._pro_form_part)
        cleft = _pseudo_cleft_do(tokens, lo, hi)
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
        inner = frozenset(t for spans in occurrences.values() for a, b in spans for t in range(a + 1, b + 1))
        complete: list[Candidate] = []
        closest: Candidate | None = None
        starts: dict[str, list[int]] | None = None  # each part's occurrence starts, for bisection
        widest: dict[str, int] = {}
        for form in self.forms:
            lacking = [n for n in form.parts if not occurrences[n]]
            if lacking:
                have = [n for n in form.parts if occurrences[n]]
                useful = any(n in self.negation_on for n in have) and len(have) * 2 >= len(form.parts) and (
                    self.is_near_miss(have))
                if useful and (closest is None or len(closest.lacks) > len(lacking)):
                    spans = [occurrences[n][0] for n in have]
                    closest = self._candidate(tokens, dict(zip(have, spans)), lo, hi, covered, inner)
                    closest.complete, closest.lacks = False, lacking
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
                        last - first + 1 - _coordinate_aside(tokens, first, last) > limit):
                    continue
                if any(self._excluded(tokens, a, b, hi) for a, b in chosen.values()):
                    continue
                if any(_new_subject_between(tokens, chosen[a][1], chosen[b][0]) for a, b in form.before):
                    continue
                if any(name in self.negation_on and _other_clause_between(tokens, prev[1], span[0])
                       for (_, prev), (name, span) in _consecutive(chosen)):
                    continue  # a verb part whose subject is another clause's ("since this release uses")
                if self.owned_parts and any(_predicate_between(tokens, prev[1], span[0])
                                            for (_, prev), (_, span) in _consecutive(chosen)):
                    # "... are not described in our Form 10-Q, and include the following risks": a
                    # document named in the first predicate is no place of the second's object.
                    # (Only where a part names a document: "statements ... that refer to future
                    # events, and include words such as" coordinates the statements' own predicates.)
                    continue
                if self.object_of in chosen and not self._object_fits(tokens, chosen, hi):
                    continue
                if self.negative and self._split_by_clause(tokens, chosen, covered, lo):
                    continue
                candidate = self._candidate(tokens, chosen, lo, hi, covered, inner)
                if (candidate.polarity == REVERSED and self.object_of in chosen
                        and any(a == b and tokens.words[a] in _FUTURE_MODALS for a, b in chosen.values())
                        and (_nominal_without_object(tokens, chosen[self.object_of], hi, self.objects.terms)
                             or _call_agenda(tokens, min(a for a, _ in chosen.values()), lo))):
                    # a bare "will" reversed: "Pete will provide a business update", "during
                    # today's call we will update our guidance" say what happens next, the call's
                    # own agenda, and promise nothing about the statements
                    continue
                other = self._owned_by_others(tokens, chosen, occurrences, lo, hi) if self.company_parts else None
                if other is None and self.company_parts:
                    other = _compared_with_others(tokens, max(e for _, e in chosen.values()), hi)
                if other is None and self.company_parts:
                    other = _fronted_other_document(tokens, min(a for a, _ in chosen.values()), lo)
                if other is None and self.owned_parts:
                    other = self._owned_by_another(tokens, chosen, occurrences, lo, hi)
                if other is None and self.company_subject:
                    other = _another_speaks(tokens, min(a for a, _ in chosen.values()), lo)
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
            unique = {(c.start, c.end, c.polarity): c for c in complete}
            return sorted(unique.values(), key=lambda c: (c.start, c.end))
        return [closest] if closest else []

    def _owner_unasked(self, c: Candidate, owned: dict[tuple[str, tuple[int, int]], list[Candidate]]) -> bool:
        """Whether a reading of another's (in `owned`, by its key parts) has all of c's key words
        in the same place and a company part c leaves unnamed."""
        keys = [(n, span) for n, span in c.part_spans.items() if n in self.negation_on]
        if not keys:
            return False
        return any(all(o.part_spans.get(n) == span for n, span in keys)
                   and any(n in o.part_spans and n not in c.part_spans for n in self.company_parts)
                   for o in owned.get(keys[0], ()))

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
        than our obligation to update"): not one statement. A short aside between commas
        ("no obligation, except as required by law, to update") does not split them."""
        keys = sorted(span for name, span in chosen.items() if name in self.negation_on)
        for (_, first_end), (second_start, _) in zip(keys, keys[1:]):
            for b in range(first_end + 1, second_start):
                if (b not in covered and tokens.words[b] in _CLAUSE_OPENERS
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
        if t < hi and words[t] in _COPULAS and chosen[self.object_of][1] > chosen[self.object_of][0]:
            # "bringing these statements up to date is not ...": the phrase is the subject of
            # "is", and its object stood inside it, before "up to date"
            return True
        while t < hi and t < chosen[self.object_of][1] + 12:
            if _HARD_GAP.search(tokens.gap(t)) or words[t] in BOUNDARIES or words[t] in _OBJECT_ENDS:
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
                    return _other_after(tokens, max(ends), hi) is None
            if (t in taken or word in _OBJECT_SKIP or word in _OBJECT_MODIFIERS or word.endswith("ly") or is_negation(word)
                    or word in self.parts[self.object_of].first_forms
                    or (len(word) >= 4 and tokens.skeletons[t] in _OBJECT_SKIP_SKELETONS)):
                t += 1
                continue
            ends = [e for term in self.objects.terms if (e := term.matches_at(words, t, hi)) is not None]
            if ends and _one_statement(tokens, t, max(ends), hi, self.objects.terms):
                return False  # "update its estimate of when the orders will ship": that one statement only
            # "update any forward-looking statement made by third-party analysts": not its own
            return bool(ends) and _other_after(tokens, max(ends), hi) is None
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
        start = tokens.clause_start(verb, _sentence_low(tokens, verb, lo))
        owned = []
        for name in self.company_parts:
            if name not in chosen:
                continue
            before = [span for span in occurrences[name] if start <= span[0] and span[1] < verb]
            owned.append(before[-1] if before else chosen[name])

        def another(a: int, b: int) -> int | None:
            found = _other_document(tokens, a, b, lo, hi)
            found = found if found is not None else a if _is_other(tokens.words, a) else _other_before(tokens, a, lo)
            found = found if found is not None else _contrasted_before(tokens, a, lo)
            found = found if found is not None else _other_after(tokens, b, hi)
            # "Southwind Corp.'s actual results", "statements attributed to Southwind Corp."
            return found if found is not None else _named_filer(tokens, a, b, lo, hi)

        if owned:
            for a, b in owned:
                found = another(a, b)
                if found is not None and self._coordinated_with_ours(tokens, occurrences, name_of=(a, b),
                                                                     start=_sentence_low(tokens, a, lo),
                                                                     another=another):
                    continue  # "on this call and in the accompanying presentation": this one too
                if found is not None:
                    return found
            return None
        first = min(a for a, _ in chosen.values())
        words = tokens.words
        sentence = _sentence_low(tokens, first, lo)
        if not any(w in FINITE_VERBS for w in words[sentence:first]):
            start = sentence  # the whole subject, however many nouns it coordinates
        for t in range(start, first):
            if words[t] in _AUXILIARIES or (words[t] in BOUNDARIES and start != sentence):
                return None
            if _is_other(words, t):
                return t
            if (words[t] == "ended" and t > start and words[t - 1] in _PERIOD_NOUNS
                    and not any(w in ("and", "or") for w in words[t + 1 : first])):
                # "The statements in this release regarding our earnings for the quarter ended
                # December 31, 2024 are ...": statements about a period that is over
                return t
            if words[t] in DOCUMENT_NOUNS:  # "Statements in Oracle's annual report ... are ..."
                other = _other_document(tokens, t, t, lo, hi)
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
                if (any(words[t] in ("and", "or") for t in between) and len(between) <= 6
                        and not any(words[t] in FINITE_VERBS or words[t] in _AUXILIARIES for t in between)
                        and any(words[t] in DEICTICS for t in range(max(start, a - 2), a + 1))
                        and not any(_HARD_GAP.search(tokens.gap(t)) and ","
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
            if name not in chosen:
                continue
            a, b = chosen[name]
            joined = []
            # an occurrence of the same part a few words before ("filed with") opens the noun
            # phrase this one ends ("the U.S. Securities and Exchange Commission")
            for a2, b2 in sorted(occurrences[name], reverse=True):
                # (or more words when they name the filer: "documents filed by the Company's main
                # supplier with the SEC")
                reach = _FILER_JOIN_WORDS if b2 + 1 < a and tokens.words[b2 + 1] == "by" else 4
                if a2 < a and a - b2 <= reach and not any(_HARD_GAP.search(tokens.gap(k)) for k in range(a2 + 1, a + 1)):
                    joined.append((b2, a))
                    a = a2
            # and the occurrences a few words after, which go on with the same name ("the annual
            # report" + "on Form 10-K" + "filed by Tessaly" + "with the SEC")
            end = b
            for a2, b2 in sorted(occurrences[name]):
                if a2 > end and a2 - end <= 4 and not any(_HARD_GAP.search(tokens.gap(k)) for k in range(end + 1, a2 + 1)):
                    joined.append((end, a2))
                    end = b2
            found = _owner_of(tokens, a, b, lo, hi)
            for b2, next_a in joined:
                if found is None:
                    # the filer named between them: "reports filed by our largest supplier with the SEC"
                    found = _other_after(tokens, b2, next_a, _is_owner)
            if found is None and tokens.words[a] in _FILED:
                # "the Form 10-K that our former parent filed with the SEC": the document named a
                # few words before, with another owner as the subject of the clause that files it
                for a2, b2 in occurrences[name]:
                    if b2 < a and a - b2 <= _FILER_CLAUSE_WORDS and not any(
                            _HARD_GAP.search(tokens.gap(k)) for k in range(b2 + 1, a + 1)):
                        found = _relative_subject(tokens, b2, a)
                        if found is not None:
                            break
            if found is None and tokens.words[a] in _FILED and "," in tokens.gap(a):
                # ", filed with the SEC on ...": the participle describes the document before it
                earlier = [(a2, b2) for a2, b2 in occurrences[name] if b2 < a and a - b2 <= 14]
                if earlier:
                    found = _owner_of(tokens, *earlier[-1], lo, hi)
            if found is None:
                found = _withheld_part(tokens, a, lo)
            if found is None:
                found = _other_recipient(tokens, b, hi)
            if found is None:
                found = _foreign_law(tokens, b, hi)
            if found is None:
                found = self._law_referred_back(tokens, b, lo, hi)
            if found is None:
                found = _defined_law(tokens, b, hi)
            if found is None:
                found = _other_system(tokens, b, hi)
            if found is None and "factors" in tokens.words[a : b + 1]:
                found = _caption_elsewhere(tokens, b, hi)
                if found is None:
                    found = _caption_owner(tokens, b, hi)
            if found is None:
                found = _named_filer(tokens, a, b, lo, hi)
            if found is not None:
                return found
        return None

    def _law_referred_back(self, tokens: Tokens, b: int, lo: int, hi: int) -> int | None:
        """The owner of a law the part refers back to with "thereby", "thereunder" or "therein"
        ("the safe harbors created thereby") when the sentence before names another country's or
        a state's law ("as defined by the Oregon Securities Act") and none of the proposition's
        other key parts (the U.S. Act itself): its token, or None. Only the one sentence before
        is read."""
        words = tokens.words
        if lo == 0 or not any(words[t] in _BACK_REFERENCES for t in range(b + 1, min(hi, b + 4))):
            return None
        previous = _sentence_low(tokens, lo - 1, 0)
        if any(self.parts[n].occurrences(tokens, previous, lo) for n in self.negation_on
               if n not in self.owned_parts):
            return None
        for k in range(previous, lo - 1):
            if words[k] in _LAW_LINKS or words[k + 1] == "the":  # "as the Nevada Securities Act defines them"
                found = _foreign_law(tokens, k, lo)
                if found is not None and words[found] not in _LAW_HEADS:  # a named owner
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
        cues: set[int] = set()
        # a negation that is a part's own word ("not to match") belongs to that part
        own = {t for n, (a, b) in chosen.items() for t in range(a, b + 1)}
        for name, (s, e) in chosen.items():
            if name not in self.negation_on:
                continue
            sentence_lo = _sentence_low(tokens, s, lo)
            s = self._coordination_start(tokens, name, s, sentence_lo, covered)
            # the inner words of a part ("securities and exchange commission") end no clause
            clause = tokens.clause_start(s, sentence_lo, inner)
            for t in range(max(clause, s - _NEGATION_REACH), s):
                if (t not in own and self._negation_at(tokens, t, s) and not tokens.in_aside(t, s, clause)
                        and not _in_closed_relative(tokens, t, s, sentence_lo)):
                    cues.add(t)
            ground = self._negated_ground(tokens, clause, sentence_lo)
            if ground is None:
                ground = _no_more_than(tokens, clause, sentence_lo)
            if ground is not None:
                cues.add(ground)
            rejected = _set_aside(tokens, clause, s, sentence_lo)
            if rejected is None and not self.negative:
                # from the start of the whole name ("annual report on" + "Form 10-K")
                joined = s
                while (joined - 1 > sentence_lo and s - joined < _NAME_REACH
                       and (joined - 1 in covered or tokens.words[joined - 1] in _NAME_LINKS)
                       and not _HARD_GAP.search(tokens.gap(joined))):
                    joined -= 1
                rejected = _other_than_before(tokens, joined, sentence_lo)
            if rejected is not None:
                cues.add(rejected)
            cues.update(t for t in range(s, e + 1) if is_negative_form(tokens.words[t])
                        or any(term.matches_at(tokens.words, t, e + 1) is not None for term in self.negated_by))
            cue = _negation_after(tokens, e, hi)
            if cue is None:
                cue = _negation_after_as_aside(tokens, s, e, hi)
            if cue is None and self.negated_by and not (s > 0 and tokens.words[s - 1] == "to"):
                # (an infinitive is no subject: "to update them and disclaims any statement of
                # third parties" coordinates another verb with an object of its own)
                cue = self._denying_verb_after(tokens, e, hi)
            if cue is not None:
                cues.add(cue)
            cue = _implicit_negator(tokens, s, sentence_lo)
            if cue is not None:
                cues.add(cue)
            cue = _past_habit(tokens, s, clause)
            if cue is not None:
                cues.add(cue)
            if not self.negative and len(cues) % 2 == 0:
                # a relative clause that denies the part ("filings ..., which do not address these
                # risks") denies it whatever the clause before says: it does not cancel a denial
                # there ("do not look to our filings, which do not address them")
                cue = _denied_after(tokens, e, hi)
                if cue is None:
                    # from the end of the whole mention ("filings with" + "the SEC")
                    # ("annual report" + "on" + "Form 10-K"): the part's words, fillers and the
                    # prepositions inside a filing's name
                    end_of, linking = e, 0
                    while (end_of + 2 < hi and linking < _NAME_REACH
                           and (end_of + 1 in covered or tokens.words[end_of + 1] in FILLERS
                                or tokens.words[end_of + 1] in _NAME_LINKS)
                           and not _HARD_GAP.search(tokens.gap(end_of + 1))):
                        end_of += 1
                        # a part's own words do not count against the reach: "annual report on
                        # Form 10-K filed with the Securities and Exchange Commission" is one name
                        linking += end_of not in covered
                    cue = _disregarded_after(tokens, end_of, hi)
                    if cue is None and end_of > e:
                        cue = _denied_after(tokens, end_of, hi)  # "filings with" + "the SEC (...), none of which ..."
                    if cue is None:
                        cue = _withdrawn_after(tokens, end_of, hi)  # "our Form 10-K, since withdrawn,"
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
                if _HARD_GAP.search(tokens.gap(t)) or tokens.words[t] in _CLAUSE_OPENERS:
                    pending = set()
                    break
                if tokens.words[t] in BOUNDARIES and not _joins_listed_words(tokens, t, covered):
                    break
                if self._negation_at(tokens, t, last):
                    pending.add(t)
            cues |= pending
        comparative = _comparative_after(tokens, last, hi)
        if comparative is None:
            comparative = self._comparative_before(tokens, chosen, hi)
        if comparative is not None and any(n in self.negation_on for n in chosen):
            cues.add(comparative)
        for name, (s, e) in chosen.items():
            # A part the clause scan does not turn around, denied where it stands: "identify
            # statements that are not forward-looking", "... historical facts rather than
            # forward-looking statements".
            if name not in self.negation_on:
                cue = _direct_negation(tokens, s, lo)
                cue = cue if cue is not None else _implicit_negator(tokens, s, lo)  # "absent from"
                if cue is None and not self.negative:
                    cue = _withdrawn_after(tokens, e, hi)  # "forward-looking statements, since withdrawn,"
                if cue is None and not self.negative:
                    cue = _disregarded_after(tokens, e, hi)  # "forward-looking statements, which we have since removed"
                if cue is not None:
                    cues.add(cue)
        if any(n in self.negation_on for n in chosen):
            # up to the key part: "No one should rely on these statements, which speak only as of …"
            key = min(s for n, (s, _) in chosen.items() if n in self.negation_on)
            subject = _negative_subject(tokens, max(first, key), lo)
            if subject is not None:
                cues.add(subject)
        words = tokens.words
        if any(words[t] == "nor" for t in cues) and any(words[t] == "neither" for t in cues):
            cues = {t for t in cues if words[t] != "nor"}  # "neither ... nor" is one negation
        answer = _answered_no(tokens, first, last, lo)
        if answer is not None:
            # "Is a safe harbor statement needed here? We think not.": a yes/no question states
            # nothing; a short answer that denies it says the opposite of what it asks
            cues.add(answer)
        if cues and not self.negative:
            exceptive = _exceptive_after(tokens, last, hi)
            if exceptive is not None:
                # "No forward-looking statement speaks as of any date other than the date on
                # which it is made": a negation with an exception says "only"
                cues.add(exceptive)
        odd = len(cues) % 2 == 1
        polarity, cue, cue_tokens = AFFIRMED, "", None
        key_end = max(e for n, (_, e) in chosen.items() if n in self.negation_on) if any(
            n in self.negation_on for n in chosen) else last
        if self.negative and not odd:
            polarity = REVERSED
            key_start = min(s for n, (s, _) in chosen.items() if n in self.negation_on) if any(
                n in self.negation_on for n in chosen) else first
            begin = min(cues) if cues else tokens.clause_start(key_start, _sentence_low(tokens, key_start, lo))
            cue_tokens = (min(begin, key_start), key_end)
        elif not self.negative and odd:
            polarity = NEGATED
            cue_tokens = (min(cues), max(key_end, max(cues)))
            if self.open_ended and self._open_end_after(tokens, max(cues), hi):
                # "should not be relied upon as representing our views as of any date subsequent
                # to today": denying a later moment is saying only as of this one
                polarity, cue_tokens = AFFIRMED, None
        sentence_lo = _sentence_low(tokens, first, lo)
        if polarity == REVERSED and tokens.memo(("law-only", sentence_lo, hi),
                                                lambda: _only_as_the_law_requires(tokens, sentence_lo, hi)):
            # "we will update them only if the law requires it": the promise is the legal carve-out
            # ("except as required by law") said the other way round, not an undertaking
            polarity, cue_tokens = AFFIRMED, None
        if polarity == AFFIRMED and not self.negative:
            denied = _counterfactual(tokens, key_end, sentence_lo, hi)
            if denied is not None:
                # "would have been described in our filings, had we been required to": what
                # would have been is what is not
                polarity, cue_tokens = NEGATED, denied
        if polarity == AFFIRMED and self.negative:
            unreal = _counterfactual(tokens, key_end, sentence_lo, hi)
            if unreal is not None:
                # "would disclaim any obligation to update ... were it not bound to do so": the
                # disclaimer is what would be, so the duty is what is
                polarity, cue_tokens = REVERSED, unreal
        if polarity == AFFIRMED and self.negative:
            habit = _habitual_exception(tokens, key_end, hi)
            if habit is not None:
                # "no obligation to update ..., except as our practice of quarterly updates
                # requires": an exception for a standing practice swallows the disclaimer
                polarity, cue_tokens = REVERSED, habit
        if polarity == AFFIRMED and not self.negative:
            denied = _unreal_then_denied(tokens, first, key_end, sentence_lo, hi)
            if denied is not None:
                # "... would be forward-looking statements, but this release contains none": what
                # would be so is then said not to be
                polarity, cue_tokens = NEGATED, denied
        if polarity == AFFIRMED and not self.negative:
            denied = tokens.memo(("denied-condition", sentence_lo, hi),
                                 lambda: _denied_condition(tokens, sentence_lo, hi))
            if denied is not None:
                # "results would differ materially only if our assumptions were wrong, and they
                # are not": the condition is declared false, so the proposition is denied
                polarity, cue_tokens = NEGATED, denied
        if polarity == AFFIRMED and self.negative:
            committed = _commitment_despite(tokens, first, key_end, sentence_lo, hi)
            if committed is not None:
                # "while the Company is under no obligation to update them, it has committed to its
                # shareholders to do so": the main clause takes on what the concession disclaims
                polarity, cue_tokens = REVERSED, committed
        if polarity == AFFIRMED:
            rejected = _rejected_after(tokens, key_end, hi)
            if rejected is not None:
                # "Some advisers caution readers not to rely unduly on them, but we see no reason
                # for that caution": the sentence reports the statement only to reject it
                polarity, cue_tokens = (REVERSED if self.negative else NEGATED), rejected
        if polarity == AFFIRMED:
            dropped = _abandoned_practice(tokens, first, sentence_lo)
            if dropped is not None:
                # "has given up its former practice of undertaking no obligation to update": the
                # statement is named as a practice the company has ended, so it no longer holds
                polarity, cue_tokens = (REVERSED if self.negative else NEGATED), dropped
        open_ended = tokens.memo(("open-ended", id(self), lo, hi), lambda: self._open_ended(tokens, lo, hi))
        if open_ended and polarity == AFFIRMED and not _subject_changes(tokens, key_end, open_ended[0]):
            polarity, cue_tokens = OPEN_ENDED, open_ended
        past = self._past(tokens, chosen, lo) if self.future and polarity == AFFIRMED else None
        if past is None and polarity == AFFIRMED:
            past = self._formerly(tokens, chosen, lo)
        if past is None and polarity == AFFIRMED and not self.negative:
            past = _ended_in_the_past(tokens, first, last, sentence_lo, hi)
        if past is not None:
            polarity, cue_tokens = PAST, past
        cue_span = (tokens.starts[cue_tokens[0]], tokens.ends[cue_tokens[1]]) if cue_tokens else None
        cue = tokens.text[cue_span[0] : cue_span[1]] if cue_span else ""
        parts = {name: tokens.span_text(s, e) for name, (s, e) in chosen.items()}
        spans = {name: (tokens.starts[s], tokens.ends[e]) for name, (s, e) in chosen.items()}
        return Candidate(tokens.starts[first], tokens.ends[last], parts, polarity, cue, cue_span, part_spans=spans)

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
            if words[t] in BOUNDARIES and words[t] not in ("and", "or"):
                return None
            if words[t] == "to" and words[t - 1 : t + 2] == ["time", "to", "time"]:
                continue  # "(filed) from time to time": no infinitive
            if words[t] == "to" and t + 1 < hi and words[t + 1] not in FILLERS and not words[t + 1][:1].isdigit():
                return None  # an infinitive ("any obligation to update them and disclaims ..."): the part is no subject
            u = t
            while u < hi and words[u] in _AUXILIARIES and words[u] != "to":  # "amendments to those reports"
                u += 1
            if u < hi and self._may_negate(words[u]) and any(
                    term.matches_at(words, u, hi) is not None for term in self.negated_by):
                return u
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
            caused = _perfect_cause(tokens, s, lo)
            if caused is not None:
                return caused, e
            raised = _past_raising(tokens, s, lo)
            if raised is not None:
                return raised, e
            if not word.endswith("ed") or word in _NOT_PAST:
                continue
            b = s - 1
            while b > lo and (words[b].endswith("ly") or words[b] in ("not", "never")):
                b -= 1
            if words[b] in ("have", "has", "had") or (word.endswith("ed") and words[b] not in _AUXILIARIES
                                                      and words[b] not in ("to", "be", "been", "being")):
                return min(b, s), e
        return None

    def _comparative_before(self, tokens: Tokens, chosen: dict[str, tuple[int, int]], hi: int) -> int | None:
        """"less" right before a key part with "than" later in its clause ("place no less
        reliance upon these statements than upon historical results"): its token, or None."""
        words = tokens.words
        for name, (s, e) in chosen.items():
            if name not in self.negation_on or s < 1 or words[s - 1] not in _COMPARATIVES:
                continue
            for t in range(e + 1, min(hi, e + _COMPARATIVE_REACH)):
                if _HARD_GAP.search(tokens.gap(t)):
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
                if words[b] in ("was", "were") and not _HARD_GAP.search(tokens.gap(b + 1)):
                    return b, e  # "... were intended to identify forward-looking statements in our 2019 filings"
            while b > lo and words[b] in ("been", "be", "being"):
                b -= 1
            if b - 1 >= lo and words[b] in _FORMERLY and words[b - 1] in _PAST_AUXILIARIES \
                    and not _HARD_GAP.search(tokens.gap(b)) and not _HARD_GAP.search(tokens.gap(b + 1)):
                return b - 1, e
        return None

    def _coordination_start(self, tokens: Tokens, name: str, s: int, lo: int,
                            covered: set[int] = frozenset()) -> int:
        """The first of coordinated words of one part ("no discussion of these factors and other
        risks", "Form 10-K and Form 10-Q"): a negation before the first reaches them all."""
        words = tokens.words
        part = self.parts[name]
        while (s - 1 > lo and s - 1 in covered and words[s - 1] not in BOUNDARIES
               and not _HARD_GAP.search(tokens.gap(s))):
            s -= 1  # inside longer words of a part ("10 q" of "form 10 q")
        while True:
            b = s - 1
            while b > lo and words[b] in _COORDINATION_FILLERS:
                b -= 1
            if b - 1 < lo or words[b] not in ("and", "or") or _HARD_GAP.search(tokens.gap(b)):
                return s
            before = b - 1
            if before in covered and before not in (lo, s):
                # the last word of a part's words ("form 10 k and ..."): back to their first
                while before - 1 >= lo and before - 1 in covered and not _HARD_GAP.search(tokens.gap(before)):
                    before -= 1
            elif not (part.by_first.get(words[before]) or any(words[before].startswith(t.words[0][1])
                                                              for t in part.prefixed)):
                return s
            s = before

    def _negation_at(self, tokens: Tokens, t: int, limit: int) -> bool:
        words = tokens.words
        word = words[t]
        following = words[t + 1] if t + 1 < len(words) else ""
        if (word == "not" and following in ("being", "having") and t > 0
                and words[t - 1] not in _AUXILIARIES and words[t - 1] not in FINITE_VERBS):
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
            if (history >= 0 and not any(w in self._part_forms and w not in ("statement", "statements")
                                         for w in near[:history])) \
                    or self._denies_history(tokens, t):
                return False
            if self.negative and (word, following) == ("not", "necessarily"):
                return True  # "will not necessarily be updated": no commitment, the disclaimer itself
            return (word, following) not in LOCAL_NEGATIONS and not denies_frequency(words, t)
        if self._may_negate(word) and any(term.matches_at(words, t, limit) is not None for term in self.negated_by):
            return True
        if word == "anything" and following == "but":
            return True  # "used in anything but a forward-looking sense": not in that sense at all
        if word == "few" and (t == 0 or words[t - 1] not in ("a", "the")) and (
                following == "of" or following in self._part_forms):
            return True  # "you will find few of these statements by ...": hardly any ("a few of" is some)
        if word in _FEARING and following.endswith("ing") and t + 1 <= limit:
            return True  # "should not fear placing full reliance": fear held back invites the act
        if word in _PRECEDING and following != "by" and limit - t <= _PRECEDING_REACH and not any(_HARD_GAP.search(tokens.gap(k)) for k in range(t + 1, limit + 1)):
            return True  # "a bill that preceded the Reform Act": the part named only as a point in time
        if word == "far" and following == "from" and t > 0 and words[t - 1] in _COPULAS:
            return True  # "these words are far from reliable signs of ...": a predicate denied as "not" does
        if (self._may_negate(word) and following in _ADDRESSED and t + 2 < limit
                and any(term.matches_at(words[: t + 1] + words[t + 2 :], t, limit - 1) is not None
                        for term in self.negated_by)):
            return True  # the same with the one it addresses: "we caution you with respect to reliance"
        if (word in WRONGNESS and following in ("to", "that")) or (word in WRONG_ACTS and following == "to"):
            return True  # "it would be wrong to assume that ...": a judgement over what follows
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
        if slight_likelihood(words, t):
            return True  # "only a remote chance that results could differ": a reassurance
        if following in ("to", "from") and following in IMPLICIT_NEGATORS.get(word, ()) and (
                self._cue_within(tokens, t + 2, limit) or _governs_up_to(tokens, t + 2, limit)):
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
            if _HARD_GAP.search(tokens.gap(u)):
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
            if _HARD_GAP.search(tokens.gap(u)) or words[u] in _AUXILIARIES or words[u] in self._part_forms:
                return False
            if words[u] in ("historical", "historic", "past"):
                return True
        return False

    def _open_ended(self, tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
        if not self.open_ended:
            return None
        reader = _readers_date(tokens, lo, hi)
        if reader is not None and not self._denied_before(tokens, reader[0], lo):
            return reader
        event = _event_date(tokens, lo, hi)
        if event is not None and not self._denied_before(tokens, event[0], lo):
            return event
        lasting = _lasting(tokens, lo, hi)
        if lasting is not None:
            return lasting
        extended = _extended_time(tokens, lo, hi)
        if extended is not None and not self._denied_before(tokens, extended[0] + 1, lo):
            return extended
        if not self._open_first.intersection(tokens.word_sets(lo, hi)[0]):
            return None
        words = tokens.words
        for i in range(lo, hi):
            if words[i] not in self._open_first and self._open_first is not _ANY:
                continue
            for term in self.open_ended:
                end = term.matches_at(tokens.words, i, hi)
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
            if _SENTENCE_GAP.search(tokens.gap(i)):
                return False
            if any(term.matches_at(words, i, hi) is not None for term in self.open_ended):
                return True
        return False

    @staticmethod
    def _denied_before(tokens: Tokens, i: int, lo: int) -> bool:
        words = tokens.words
        start = tokens.clause_start(i, lo)
        if start > lo and words[start - 1] in ("and", "or") and _joins_nouns(tokens, start - 1, i):
            # "should not be relied upon as representing our plans and expectations as of any
            # later date": the nouns' "and" opens no clause; the negation before it denies the end
            start = tokens.clause_start(start - 1, lo)
        # "no less as of later dates than as of today": a negated comparative says "as much"
        denial = [k for k in range(start, i) if is_negation(words[k]) and not (
            k + 1 < len(words) and words[k + 1] in _COMPARATIVES)]
        if denial:
            return True
        t = i - 1
        while t >= max(lo, i - 10) and not _HARD_GAP.search(tokens.gap(t + 1)) and words[t] not in ("and", "but", "or"):
            if is_negation(words[t]) and words[t + 1] not in _COMPARATIVES:
                return True
            t -= 1
        return False


_NOUN_PHRASE_WORDS = 6
_RELATIVES = frozenset("that which who".split())
_CLAIMS = frozenset("claim claims consider considers deem deems assert asserts contend contends".split())
# the main clause's verb after the subject's relative clause ("... are not material could cause",
# "statements that do not relate to present facts are forward-looking statements")
_MAIN_VERBS = MODALS | {"are", "is"}


_DO_FORMS = frozenset("do does did doing".split())


def _pro_forms(tokens: Tokens, lo: int, hi: int, occurrences: dict[str, list[tuple[int, int]]],
               keys: tuple[str, ...]) -> dict[str, list[tuple[int, int]]]:
    """A key part's verb taken up again by "do so" later in the sentence ("results may depart from
    what we project, and do so in material respects"): the pro-form stands where the verb would,
    so what qualifies it (the degree) qualifies the verb. Only after the part itself, never alone."""
    words = tokens.words
    pros = [(s - 1, s) for s in range(lo + 1, hi) if words[s] == "so" and words[s - 1] in _DO_FORMS]
    if not pros:
        return occurrences
    out = dict(occurrences)
    for name in keys:
        spans = occurrences.get(name)
        if spans:
            first_end = spans[0][1]
            extra = [p for p in pros if p[0] > first_end and p not in spans]
            if extra:
                out[name] = sorted(spans + extra)
    return out


_CLEFT_NOUNS = frozenset("something nothing anything thing one task".split())


def _pseudo_cleft_do(tokens: Tokens, lo: int, hi: int) -> int | None:
    """The "do" of "to do" closing a pseudo-cleft whose subject is the gerund opening the sentence
    ("Updating or revising these statements ... is not something we undertake to do"), else None."""
    words = tokens.words
    if hi - lo < 6 or not words[lo].endswith("ing"):
        return None
    for d in range(lo + 3, hi):
        if words[d] == "do" and words[d - 1] == "to" and (d + 1 == hi or "," in tokens.gap(d + 1)
                                                          or HARD_STOP.search(tokens.gap(d + 1))):
            copula = next((c for c in range(lo + 1, d) if words[c] in _COPULAS), None)
            if copula is not None and any(w in _CLEFT_NOUNS for w in words[copula + 1 : copula + 4]):
                return d
    return None


def _in_closed_relative(tokens: Tokens, t: int, s: int, lo: int) -> bool:
    """Whether the negation at t stands in a relative clause of the subject that has closed before
    the main verb ("factors that we currently believe are not material could cause actual results
    to differ materially"): the relative clause's verb comes between its pronoun and t ("are
    not"), and a modal or "are" after t, up to s, begins the predicate the part at s stands in."""
    words = tokens.words
    if words[t] != "not" or t == 0 or words[t - 1] not in FINITE_VERBS:
        return False  # the relative clause's own "are not"; not "in ways no one would consider"
    if t + 1 < s and (words[t + 1] in COMPLEMENT_TAKERS or words[t + 1] in _CLAIMS):
        return False  # "statements that the Company does not claim are made pursuant to": the
        # denied verb takes the clause the part stands in as its complement
    modal = next((m for m in range(t + 1, s + 1) if words[m] in _MAIN_VERBS), None)
    if modal is None or any(words[m] in _RELATIVES for m in range(t + 1, modal)):
        return False
    for r in range(t - 1, max(lo, t - 10) - 1, -1):
        if _HARD_GAP.search(tokens.gap(r + 1)) and "," not in tokens.gap(r + 1):
            return False
        if words[r] in _RELATIVES:
            return (r > lo and words[r - 1] not in COMPLEMENT_TAKERS and words[r - 1] not in FINITE_VERBS
                    and any(words[v] in FINITE_VERBS for v in range(r + 1, t)))
    return False


_NEW_SUBJECTS = frozenset("we i you neither nobody".split())  # not "they", "it": the statements again
_COORDINATORS = frozenset("and but while whereas".split())


_FUTURE_MODALS = frozenset("will shall".split())
_NOUN_DETERMINERS = frozenset("a an the our its their his her my your this".split())
_OBJECT_LINKS = frozenset("to of on regarding concerning about for".split())
_AGENDA_OPENERS = frozenset("on during in".split())
_AGENDA_EVENTS = frozenset("call webcast presentation meeting".split())


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
        if _HARD_GAP.search(tokens.gap(t + 1)):
            return False
        if words[t] in _NOUN_DETERMINERS:
            determiner = t
            break
        if (words[t] in FINITE_VERBS or words[t] in _AUXILIARIES or words[t] in BOUNDARIES
                or words[t] in _PREPOSITIONS or words[t] in FILLERS or is_negation(words[t])):
            return False
    if determiner is None or (determiner > 0 and words[determiner - 1] in _FUTURE_MODALS):
        return False  # (a subject after its modal: "Will the company revise …?" asks of a verb)
    u = b + 1
    if u < hi and words[u] in _OBJECT_LINKS and not _HARD_GAP.search(tokens.gap(u)):
        for v in range(u + 1, min(hi, u + 4)):
            if _HARD_GAP.search(tokens.gap(v)):
                break
            if any(term.matches_at(words, v, hi) is not None for term in objects):
                return False
            if words[v] not in FILLERS:
                break
    return True


def _call_agenda(tokens: Tokens, first: int, lo: int) -> bool:
    """Whether the sentence opens with the event it speaks in ("On today's call, we will ...",
    "During this webcast, ..."): what follows is the event's agenda, not a lasting promise."""
    words = tokens.words
    start = _sentence_low(tokens, first, lo)
    if start >= first or words[start] not in _AGENDA_OPENERS:
        return False
    for t in range(start + 1, min(first, start + 4)):
        if words[t] in _AGENDA_EVENTS:
            return any(words[u] in DEICTICS for u in range(start + 1, t))
    return False


def _subject_changes(tokens: Tokens, a: int, b: int) -> bool:
    """Whether a denied clause with a subject of its own stands between tokens a and b (", and we
    do not undertake to update them for events of which we hereafter become aware"): b is in what
    that clause denies, not in what a's clause says. (", and we will treat them as current until
    our next release" denies nothing: its open end is a's.)"""
    words = tokens.words
    return any("," in tokens.gap(t) and words[t] in _COORDINATORS and t + 1 < len(words)
               and (words[t + 1] in _NEW_SUBJECTS or words[t + 1 : t + 3] == ["the", "company"])
               and any(is_negation(w) for w in words[t + 1 : b])
               for t in range(a + 1, min(b, len(words) - 1)))


def _joins_nouns(tokens: Tokens, b: int, i: int) -> bool:
    """Whether "and"/"or" at b joins two nouns of one phrase that runs on to token i without a
    verb or a clause opener of its own. The phrase opens with a determiner or a possessive ("our
    plans and expectations", "Acme's views or estimates"), which a verb after "and" does not
    follow ("do not guarantee future performance and speak as of ...")."""
    if "," in tokens.gap(b) or "," in tokens.gap(b + 1):
        return False
    words = tokens.words
    if not any(w in FILLERS or w.endswith("'s") for w in words[max(0, b - 2) : b]):
        return False
    after = words[b + 1 : i]
    return 0 < len(after) <= _NOUN_PHRASE_WORDS and after[0] not in _PRONOUN_SUBJECTS and not any(
        w in FINITE_VERBS or w in _AUXILIARIES or w in _CLAUSE_OPENERS or w in BOUNDARIES or w.endswith("n't")
        for w in after)


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


_CHAIN_ADVERBS = frozenset("ever possibly really truly".split())
_POSSIBILITY_MODALS = frozenset("could can might would".split())


def _negation_after(tokens: Tokens, e: int, hi: int) -> int | None:
    """A negation the part is the subject of: an auxiliary and "not" after it, the part's own
    words between ("reliance should not be placed", "the safe harbor for these statements does
    not apply")."""
    words = tokens.words
    if words[e + 1 : e + 5] in (["nothing", "of", "the", "kind"], ["nothing", "of", "the", "sort"]):
        return e + 1  # the verb's object denied: "in this release they signal nothing of the kind"
    over = _negation_over_aside(tokens, e, hi)
    if over is not None:
        return over
    between = False
    for t in range(e + 1, min(hi, e + 9)):
        if words[t] == "and" and tuple(words[t - 1 : t + 2]) == ("securities", "and", "exchange"):
            continue  # the Commission's name ("as filed with the Securities and Exchange Commission, do not")
        if words[t] == "between":
            between = True
        elif words[t] == "and" and between:
            between = False
            continue  # "differences between actual results and our projections are ...": one subject
        if _HARD_GAP.search(tokens.gap(t)) or words[t] in BOUNDARIES:
            return None
        if words[t] in _NEW_SUBJECTS and t + 1 < hi and words[t + 1] in _AUXILIARIES:
            return None  # "reliance on them as we do not undertake ...": the negation is another subject's
        if is_negation(words[t]) and words[t].endswith("n't") and words[t][:-3] in _AUXILIARIES:
            return t
        if words[t] in _AUXILIARIES:
            u = t
            while u + 1 < hi and (words[u + 1] in _AUXILIARIES or words[u + 1] in _CHAIN_ADVERBS) \
                    and not _HARD_GAP.search(tokens.gap(u + 1)):
                u += 1  # ("could ever be undue": an adverb inside the verb chain)
            possible = any(words[v] in _POSSIBILITY_MODALS for v in range(t, u + 1))
            if u + 1 < hi and is_negation(words[u + 1]) and not _HARD_GAP.search(tokens.gap(u + 1)):
                if u + 3 < hi and words[u + 2] in ("be", "been") and (
                        words[u + 3] in PREDICATE_DENIALS or (possible and words[u + 3] in DEGREE_DENIALS)):
                    return None  # "would not be misplaced", "could not be undue": the two denials cancel
                if u + 2 < hi and words[u] in _BE_FORMS and \
                        _unlikely_predicate(tokens, u + 2, hi) is not None:
                    return None  # "are not unlikely": likely
                if _over_a_universal(tokens, u + 1, hi):
                    return None  # "may not be available for every one of them": a hedge, not a denial
                # "statements made during this call are not historical and may be deemed ...":
                # saying the part is not history is no denial of what the clause goes on to say
                return None if _says_not_history(words, u + 2, hi) else u + 1
            if u + 1 < hi and words[u] in _BE_FORMS and (
                    words[u + 1] in PREDICATE_DENIALS or (possible and words[u + 1] in DEGREE_DENIALS)) \
                    and not _HARD_GAP.search(tokens.gap(u + 1)):
                return u + 1  # "reliance on these statements would be misplaced", "... could be undue"
            if u + 1 < hi and words[u] in ("is", "are", "was", "were") and words[u + 1] == "what":
                # a free relative whose stranded preposition denies the subject: "undue reliance
                # on them is what readers are cautioned against"
                for v in range(u + 2, min(hi, u + 14)):
                    if _HARD_GAP.search(tokens.gap(v)):
                        break
                    if words[v] == "against" and (v + 1 >= hi or _HARD_GAP.search(tokens.gap(v + 1))):
                        return v
            if words[u] in _BE_FORMS:
                return _unlikely_predicate(tokens, u + 1, hi)
            return None
    return None


_BE_FORMS = frozenset("be is are was were been".split())  # the copula a predicate denial follows


# Predicates of likelihood that deny their subject when they end the clause: "material differences
# between actual results and our projections are virtually impossible" (not "are unlikely to be
# resolved", which says something else of them).
_UNLIKELY = frozenset("impossible unlikely improbable inconceivable implausible".split())


def _unlikely_predicate(tokens: Tokens, t: int, hi: int) -> int | None:
    words = tokens.words
    if t < hi and words[t].endswith("ly") and words[t] not in _UNLIKELY and not _HARD_GAP.search(tokens.gap(t)):
        t += 1  # "virtually", "highly"
    if t >= hi or words[t] not in _UNLIKELY or _HARD_GAP.search(tokens.gap(t)):
        return None
    return t if t + 1 >= hi or _HARD_GAP.search(tokens.gap(t + 1)) or words[t + 1] in BOUNDARIES else None


def _says_not_history(words: list[str], t: int, hi: int) -> bool:
    """Whether the words from t, right after a negation, say "historical" ("not historical",
    "not purely historical", "not historical facts")."""
    if t < hi and words[t] in ("purely", "solely", "strictly", "merely"):
        t += 1
    return t < hi and words[t] in ("historical", "historic")


_HABIT_SUBJECTS = frozenset("we i they it he she company management corporation".split())
_HABIT_REACH = 6


def _past_habit(tokens: Tokens, s: int, clause: int) -> int | None:
    """"Used to" after the clause's subject, before the part at s: a habit of the past, no longer
    so ("we used to disclaim any duty to update", "Northwind used to caution readers against
    relying"). Its token, or None. The subject must be a pronoun, the company or a name: "words
    ... used to identify" and "are used to identify" are uses, not habits."""
    words = tokens.words
    for t in range(max(clause + 1, s - _HABIT_REACH), s - 1):
        if words[t] == "used" and words[t + 1] == "to" and not _HARD_GAP.search(tokens.gap(t)) and (
                words[t - 1] in _HABIT_SUBJECTS or stem(words[t - 1]) in tokens.names.own
                or tokens.names.is_name(words[t - 1])):
            return t
    return None


def _implicit_negator(tokens: Tokens, s: int, lo: int) -> int | None:
    """A verb or adjective that denies the part at s by governing it ("fail to update", "will not
    hesitate to revise", "refrain from relying", "not relieved of its obligation to update"):
    its token, or None."""
    words = tokens.words
    b = s - 1
    skipped = 0
    while b >= lo and skipped < 2 and (words[b] in FILLERS or words[b].endswith("ly")
                                       or (words[b] in _DEGREES and b > lo and words[b - 1] in _LIGHT_VERBS)):
        b, skipped = b - 1, skipped + 1  # a degree on a light verb's noun: "from placing full reliance"
    if b >= lo and words[b] in _LIGHT_VERBS:
        b -= 1  # "from placing undue reliance"
    link = ""
    if b >= lo and words[b] in ("to", "from", "of", "in", "about"):
        link, b = words[b], b - 1
    if link and b > lo and words[b] in _REFLEXIVES and not _HARD_GAP.search(tokens.gap(b + 1)):
        b -= 1  # "has not relieved itself of the duty to update", "freed ourselves from"
    if b < lo or _HARD_GAP.search(tokens.gap(b + 1)):
        return None
    if link in ("of", "from") and words[b] not in IMPLICIT_NEGATORS:
        b = _release_over_object(tokens, b, lo, link)
    links = IMPLICIT_NEGATORS.get(words[b])
    if links is not None and link in links:
        return b
    if not link and words[b] in _LACK_VERBS and words[b + 1] in _DETERMINERS_OF_LACK:
        return b  # "lacks any obligation to update"; so "does not lack an obligation" has one
    if link == "from":
        # "prevents the reader from relying", "discourage investors from placing"
        for v in range(b, max(lo, b - 3) - 1, -1):
            if words[v] in KEEPING_FROM:
                return v
            if _HARD_GAP.search(tokens.gap(v)) or words[v] in BOUNDARIES or words[v] in _AUXILIARIES:
                break
    return None


_RELEASED_OBJECTS = frozenset("us them it you company management issuer".split())


def _release_over_object(tokens: Tokens, b: int, lo: int, link: str) -> int:
    """A verb of release with its object between it and its preposition ("nothing relieves the
    Company of the obligation", "frees us from any duty"): the verb's token when the words before
    the preposition are such an object (a pronoun, or a determiner and "company"), else b."""
    words = tokens.words
    if words[b] not in _RELEASED_OBJECTS:
        return b
    v = b - 1
    if v > lo and words[v] in FILLERS:
        v -= 1  # "the Company", "its management"
    if v < lo or any(_HARD_GAP.search(tokens.gap(k)) for k in range(v + 1, b + 1)):
        return b
    links = IMPLICIT_NEGATORS.get(words[v])
    return v if links is not None and link in links else b


def _readers_date(tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
    """A date that is the reader's, not the statement's: "the date you read it", "the date on
    which each reader reviews this release", "the time investors receive it"; its tokens."""
    words = tokens.words
    for i in range(lo, hi):
        if words[i] not in _MOMENTS:
            continue
        for t in range(i + 1, min(hi, i + 5)):
            if _HARD_GAP.search(tokens.gap(t)):
                break
            if words[t] in READERS:
                return i, t
            if words[t] not in _RELATIVE_LINKS:
                break
    return None


def _negative_subject(tokens: Tokens, first: int, lo: int) -> int | None:
    """A negative subject that opens the sentence ("No more information on these risks ... is
    included in our filings, including in the Risk Factors sections of our Form 10-K") when the
    parts stand in its predicate, with no new clause between: its token, or None."""
    words = tokens.words
    h = _sentence_low(tokens, first, lo)
    if words[h] not in NEGATIVE_SUBJECTS or first - h > 80:
        return None
    verb = _main_verb(words, h + 1, first)
    if verb is None:
        return None  # the parts stand in the subject: the clause scan reads them
    if any(words[t] in ("and", "but") and "," in tokens.gap(t) for t in range(h + 1, verb)):
        return None  # "Neither we nor anyone assumes …, and you should not …": the verb is the next clause's
    for t in range(verb + 1, first):
        gap = tokens.gap(t)
        if ";" in gap or ":" in gap:
            return None
        # a new clause ("..., and actual results may differ") ends the subject's reach; a phrase
        # coordinated with the predicate's ("..., and in our Quarterly Reports") does not
        if words[t] in ("and", "but", "or") and any(words[u] in FINITE_VERBS for u in range(t + 1, first)):
            return None
        if words[t] in ("and", "but", "or") and t + 1 < first and words[t + 1] in NEGATIVE_SUBJECTS:
            return None  # "No warranty is given as to ..., and no reliance should be placed on": its own denial
        if words[t] in ("which", "who") and "," in gap:
            return None  # "No one should rely on them, which speak only as of today": the relative says its own
    return h


def _no_more_than(tokens: Tokens, clause: int, lo: int) -> int | None:
    """A denied comparison whose "than" opens the clause of a part ("no more likely than other
    statements to contain words such as ...", "no likelier than"): what the part does is said to
    be no more so than of anything else, so it marks nothing. The negation's token, or None."""
    words = tokens.words
    if clause - 1 <= lo or words[clause - 1] != "than":
        return None
    for t in range(clause - 2, max(lo, clause - 2 - _COMPARED_WORDS) - 1, -1):
        if _HARD_GAP.search(tokens.gap(t + 1)):
            return None
        if words[t] in _MORE_OR_LESS and t > lo and words[t - 1] in ("no", "not", "hardly", "scarcely"):
            return t - 1
    return None


def _main_verb(words: list[str], a: int, b: int) -> int | None:
    """The first finite verb in words [a, b) that is not the verb of a relative clause on the
    subject ("Nothing on the factors that could affect our results is to be found in ...": "is",
    not "could"): the verbs right after "that", "which" or "who" are the relative clause's own."""
    t = a
    while t < b:
        if words[t] in _RELATIVE_PRONOUNS and t + 1 < b and words[t + 1] in FINITE_VERBS:
            t += 1
            while t < b and (words[t] in FINITE_VERBS or words[t] == "not"):
                t += 1  # "that could have been": one verb group
            continue
        if words[t] in FINITE_VERBS:
            return t
        t += 1
    return None


def _direct_negation(tokens: Tokens, s: int, lo: int) -> int | None:
    """A negation that stands right at the part: "not forward-looking", "is not a forward-looking
    statement", "rather than forward-looking statements", "instead of"; its token, or None."""
    words = tokens.words
    b = s - 1
    # "not a", "not be regarded as", "not its" ...
    while b >= lo and b >= s - 3 and (words[b] in _PREDICATE_FILLERS or words[b] in FILLERS):
        b -= 1
    if b < lo or any(_HARD_GAP.search(tokens.gap(k)) for k in range(b + 1, s)):
        return None
    if words[b] in ("not", "never", "non") and (words[b], words[b + 1]) not in LOCAL_NEGATIONS:
        return b
    return _contrast_ending(tokens, b, lo)


def _is_owner(words: list[str], t: int) -> bool:
    """Whether word t names another owner ("competitors", "third party", "customer"), not
    another time."""
    return _is_other(words, t) and words[t] not in OTHER_TIMES


def _is_other(words: list[str], t: int) -> bool:
    """Whether word t names another owner or another time ("competitors", "third party",
    "prior-year", "other utilities")."""
    word = words[t]
    if word == "third":
        return t + 1 < len(words) and words[t + 1] in ("party", "parties", "party's")
    if word == "selling":  # the selling stockholders of an offering speak for themselves
        return t + 1 < len(words) and words[t + 1] in _SELLERS
    if word == "other":
        # a plural noun after "other" (or after one modifier) names others ("other utilities",
        # "other member banks"), unless it is one of the nouns that name no one ("other factors",
        # "other important risks")
        for following in words[t + 1 : t + 3]:
            if following in _AUXILIARIES or following in BOUNDARIES or following in FILLERS:
                return False
            if following.rstrip("'").endswith("s") and len(following) > 3 and not following.endswith("ss"):
                return following.rstrip("'") not in NOT_OWNERS and following not in NOT_OWNERS
        return False
    if (word in NOT_FORWARD and t + 1 < len(words) and words[t + 1] in _STATEMENT_NOUNS
            and not (t > 0 and words[t - 1] in ("non", "not"))  # "non-historical statements" are ours
            and not any(w in _EXCEPTING for w in words[max(0, t - 3) : t])):
        # ... and "Except for the historical information contained herein, the matters discussed
        # ... are forward-looking statements" sets them apart from ours
        return True  # "historical statements can be identified by words such as ...": another kind
    if word == "others" and t + 1 < len(words) and words[t + 1] in _DESCRIBED:
        return False  # "risks of competition, pricing and others described in our filings": more of them
    if word in OTHER_TIMES and t + 1 < len(words) and words[t + 1] == "to":
        return False  # "prior to beginning", "previous to the call": a preposition, no other time
    return word in OTHER_OWNERS or word in OTHER_TIMES


_STATEMENT_NOUNS = frozenset("statement statements information".split())
_SELLERS = frozenset("stockholders shareholders holders securityholders unitholders stockholder shareholder".split())
_ADDRESSED = READERS | frozenset("everyone listeners participants them".split())  # "caution you about", "warn investors regarding"
# Participles that describe what a list names ("and others described in our filings").
_DESCRIBED = frozenset("described discussed detailed identified listed set outlined explained noted".split())
_EXCEPTING = frozenset("except than besides apart excluding save beyond unlike".split())


def _other_document(tokens: Tokens, a: int, b: int, lo: int, hi: int) -> int | None:
    """Another document than this one named where the company's part stands: "the accompanying
    investor presentation", "the transcript of our earnings call", "the Company's Form 10-K"
    (a possessive part names the owner of the document that follows); a document named with
    "this", "these", "herein" or "today's" is this one. Its token, or None."""
    words = tokens.words
    if words[b] in DEICTICS:
        return None  # "today's call", "today's earnings materials": the possessive names this one
    if words[b].endswith("'s"):
        # the document's noun after its modifiers ("the Company's 2022 sustainability report")
        for t in range(b + 1, min(hi, b + _POSSESSED_WORDS + 1)):
            if _HARD_GAP.search(tokens.gap(t)) or words[t] in _AUXILIARIES or words[t] in BOUNDARIES:
                return None
            if words[t] in DOCUMENT_NOUNS:
                return t
        return None
    if words[b] not in DOCUMENT_NOUNS:
        return None
    # a document of a kind a release never is ("the Offering Memorandum") is another one unless
    # "this" names it
    marker = b if words[b] in OTHER_KINDS else None
    for t in range(a - 1, max(lo, a - 5) - 1, -1):
        if words[t] == "of" and t - 1 >= lo and words[t - 1] in OTHER_DOCUMENTS:
            return t - 1  # "the transcript of our earnings call"
        if (_HARD_GAP.search(tokens.gap(t + 1)) or words[t] in _AUXILIARIES or words[t] in BOUNDARIES
                or words[t] in _PREPOSITIONS or words[t] == "of"):
            break  # the noun phrase ends ("this Annual Report on Form 10-K")
        if words[t] in DEICTICS:
            # "this annual report" is this one; "a draft of this release" is another document
            if t - 2 >= lo and words[t - 1] == "of" and words[t - 2] in OTHER_DOCUMENTS:
                return t - 2
            return None
        if words[t] in OTHER_DOCUMENTS and marker is None:
            marker = t
    return marker


def _other_before(tokens: Tokens, a: int, lo: int, is_other=None) -> int | None:
    """Another owner or time among the few modifiers just before token a ("our competitors'
    press releases", "our prior-year releases"), with no verb or clause break between: its token."""
    words = tokens.words
    is_other = is_other or _is_other
    # "the reports that our competitors have filed with the SEC": the subject of a relative
    # clause stands before its perfect auxiliary
    stop = a - 1 if a - 1 >= lo and words[a - 1] in ("have", "has", "had") else a
    for t in range(stop - 1, max(lo, stop - 4) - 1, -1):
        if _HARD_GAP.search(tokens.gap(t + 1)) or words[t] in _AUXILIARIES or words[t] in BOUNDARIES:
            return None
        if is_other(words, t) or (words[t].endswith("'s") and _another_name(tokens, t, lo)):
            return t
    return None


_CONTACT_OPENERS = frozenset("our the its their that which".split())
_AUTHORING = frozenset("""issued issues issue published publishes publish filed files file made makes make gave
gives give released releases release prepared prepares prepare provided provides provide wrote writes
distributed distributes circulated circulates""".split())


def _contact_owner(tokens: Tokens, t: int, hi: int, is_other) -> int | None:
    """The owner named as the subject of a clause that describes the noun before token t, "that"
    or none opening it: "the guidance our partner issued last week", "the annual report that our
    largest customer filed". Its token, or None."""
    words = tokens.words
    if t >= hi or words[t] not in _CONTACT_OPENERS or _HARD_GAP.search(tokens.gap(t)):
        return None
    for u in range(t, min(hi, len(words) - 1, t + 4)):  # the verb may close the span read (hi)
        if u > t and (_HARD_GAP.search(tokens.gap(u)) or words[u] in BOUNDARIES or words[u] in _AUXILIARIES):
            return None
        if ((is_other(words, u) or _another_name(tokens, u, t)) and words[u + 1] in _AUTHORING
                and not _HARD_GAP.search(tokens.gap(u + 1))):
            return u
    return None


def _other_after(tokens: Tokens, e: int, hi: int, is_other=None) -> int | None:
    """Another owner or time linked to token e by "of", "by", "from" or a participle and "by" /
    "in" ("statements made by third-party analysts", "results reported by our competitors",
    "releases of prior years", "statements or information of its suppliers"): its token."""
    words = tokens.words
    # asked for another owner only (`_is_owner`), a document of another time or one sent with this
    # one is no other's: "the safe harbor language in last night's press release", "in the
    # attached release" (a document of another kind, "the annual MD&A", still counts)
    owners_only = is_other is _is_owner
    is_other = is_other or _is_other
    t = e + 1
    # the rest of the noun, or a noun coordinated with it ("forward-looking statements made by",
    # "statements or information of"), at most three words
    while (t < min(hi, e + 4) and words[t] not in _PARTICIPLES and words[t] not in _LINKS
           and words[t] not in _AUXILIARIES and (words[t] not in BOUNDARIES or _joins_statement_nouns(words, t, hi))
           and words[t] not in FILLERS and not _HARD_GAP.search(tokens.gap(t))):
        t += 1
    if t < hi and words[t] in _PARTICIPLES and not _HARD_GAP.search(tokens.gap(t)):
        t += 1
        before = _made_before(tokens, t, hi)
        if before is not None:
            return before
    contact = _contact_owner(tokens, t, hi, is_other)
    if contact is not None:
        return contact
    if t >= hi or words[t] not in _LINKS or _HARD_GAP.search(tokens.gap(t)):
        return None
    if (not owners_only and words[t] == "of" and words[e] in DOCUMENT_NOUNS
            and not any(w in DEICTICS for w in words[max(0, e - 3) : e])):
        # "our press release of February 2024": a document known by another date is another one
        for u in range(t + 1, min(hi, t + 4)):
            if _HARD_GAP.search(tokens.gap(u)):
                break
            if words[u] in _MONTH_NAMES or _YEAR.match(words[u]):
                return u
    # the noun phrase after the link, its modifiers too ("of our joint-venture partners", "of the
    # Company's largest customer")
    for u in range(t + 1, min(hi, t + 5)):
        if _HARD_GAP.search(tokens.gap(u)):
            return None
        if is_other(words, u) or ((words[t] in ("of", "by") or words[u].endswith("'s"))
                                   and _another_name(tokens, u, t + 1)):
            # (a bare name after "in" or "from" is a place as often as an owner, "in Canada"; its
            # possessive is an owner, "in Cantor Fitzgerald's research reports")
            return u
        if (words[u] in BOUNDARIES or words[u] in _AUXILIARIES or words[u] in _PREPOSITIONS
                or words[u] in _LINKS or is_negation(words[u])):
            break
    # "... in the press releases of other companies": the owner of the document named
    for u in range(t + 1, min(hi, t + 7)):
        if (_HARD_GAP.search(tokens.gap(u)) or words[u] in BOUNDARIES or words[u] in _AUXILIARIES
                or words[u] in _PREPOSITIONS):
            return None  # "in this release about the products of other companies": ours
        if words[u] in DEICTICS:
            return None  # "statements in this annual report": ours
        if words[t] == "in" and words[u] in _ANOTHER_DOCUMENT and not (
                owners_only and words[u] in _COMPANIONS):
            return u  # "statements in our 2019 annual report", "in the accompanying presentation", "in our offering memorandum"
        if words[u] in ("of", "by"):
            v = u + 1
            while v < hi and words[v] in FILLERS and not _HARD_GAP.search(tokens.gap(v)):
                v += 1
            named = v < hi and (is_other(words, v) or _another_name(tokens, v, v))
            return v if named and not _HARD_GAP.search(tokens.gap(v)) else None
    return None


# Nouns a legend coordinates with its statements ("forward-looking statements and information in ...")
_JOINED_STATEMENT_NOUNS = _STATEMENT_NOUNS | frozenset("projections estimates forecasts expectations".split())


def _joins_statement_nouns(words: list[str], t: int, hi: int) -> bool:
    """Whether the "and" at t joins another statement noun to the one before it."""
    return words[t] == "and" and t + 1 < hi and words[t + 1] in _JOINED_STATEMENT_NOUNS


# "When used in the offering memorandum, words such as ...": the sentence's fronted phrase places
# what it says in another document
_FRONTED_USE = frozenset("when as if where".split())
# a word that makes a document another one without "this": a kind a release never is, or a marker
# ("annual", "accompanying", "prior")
_ANOTHER_DOCUMENT = OTHER_KINDS | OTHER_DOCUMENTS
_FRONTED_DOCUMENT_WORDS = 8


def _fronted_other_document(tokens: Tokens, first: int, lo: int) -> int | None:
    """Another document named by the phrase that opens the sentence of token `first` ("When used
    in our offering memorandum, ...", "In the accompanying presentation, ..."), before the comma
    that closes it: its token, or None. "this" (or "herein", "today's") anywhere in the phrase
    makes it this document ("When used in this release or in our investor presentation")."""
    words = tokens.words
    start = _sentence_low(tokens, first, lo)
    t = start
    if t + 2 < first and words[t] in _FRONTED_USE and words[t + 1] == "used":
        t += 2
    if words[t] != "in":
        return None
    found = None
    for u in range(t + 1, min(first, t + 1 + _FRONTED_DOCUMENT_WORDS)):
        if _HARD_GAP.search(tokens.gap(u)) or words[u] in DEICTICS:
            return None
        if found is None and words[u] in _ANOTHER_DOCUMENT:
            found = u
        if "," in tokens.gap(u + 1):
            return found
    return None


def _made_before(tokens: Tokens, t: int, hi: int) -> int | None:
    """"before" or "prior to" an event right after a participle ("statements made before our
    conversion to a closed-end fund", "issued prior to the merger"): statements of an earlier
    time, unless the event is this document's or today ("made prior to the date of this
    release"). The token of "before" / "prior", or None."""
    words = tokens.words
    if t >= hi or _HARD_GAP.search(tokens.gap(t)):
        return None
    if words[t] == "before":
        start = t + 1
    elif words[t] == "prior" and t + 1 < hi and words[t + 1] == "to":
        start = t + 2
    else:
        return None
    for u in range(start, min(hi, start + 6)):
        if _HARD_GAP.search(tokens.gap(u)) or words[u] in BOUNDARIES:
            break
        if words[u] in DEICTICS or words[u] in ("today", "hereof", "herein", "now"):
            return None
    return t


_PERIOD_NOUNS = frozenset("quarter quarters year years period periods month months weeks".split())
_COMPANIONS = OTHER_TIMES | frozenset("accompanying attached enclosed".split())
_MONTH_NAMES = frozenset("""january february march april may june july august september october november
december""".split())
_PROJECTING = frozenset("""project projects projected expect expects expected forecast forecasts estimate estimates
anticipate anticipates predict predicts publish publishes suggest suggests suggested""".split())
_PERFECT = frozenset("has have had".split())
_LINKS = frozenset("of by from in for".split())  # "for": "results for prior periods"
# Common words: found intact, they are themselves, not another word damaged by OCR.
_REAL_WORDS = FILLERS | _AUXILIARIES | BOUNDARIES | frozenset("of on in at to for by with from as use uses".split())
_PREPOSITIONS = frozenset("about on regarding concerning for with to from in at into under over as".split())
_LIGHT_VERBS = frozenset("place placing put putting give giving".split())
_DEGREES = frozenset("full complete total absolute much great heavy".split())  # "placing full reliance"
_COPULAS = frozenset("is are was were be been being remain remains".split())
_REFLEXIVES = frozenset("itself ourselves themselves himself herself yourself yourselves".split())
_MOMENTS = frozenset("date dates time times day moment".split())
_RELATIVE_LINKS = frozenset("on at which when that the each any every a such".split())
_PREDICATE_FILLERS = frozenset("a an be been being considered deemed regarded treated viewed as".split())
_PARTICIPLES = frozenset("made reported published issued prepared provided given released expressed contained "
                         "included presented set forth disseminated".split())
# Words ending in -ed that are not a part's past form ("need", "indeed").
# The perfect forms of the causing verbs ("could have caused", "had led").
_CAUSED = frozenset("caused made led resulted brought produced affected impacted rendered".split())
_CAUSE_REACH = 8  # "could have caused actual results for 2023 to differ": the verb's object between


def _perfect_cause(tokens: Tokens, s: int, lo: int) -> int | None:
    """The key part as the infinitive of a causing verb in a modal perfect ("factors that could
    have caused actual results for 2023 to differ materially", "might have led results to vary"):
    what may have caused a difference in the past, not what may cause one. The token of "have",
    or None."""
    words = tokens.words
    if s - 1 < lo or words[s - 1] != "to":
        return None
    for t in range(s - 2, max(lo, s - 2 - _CAUSE_REACH), -1):
        if _HARD_GAP.search(tokens.gap(t + 1)) or words[t] in BOUNDARIES:
            return None
        if words[t] in _CAUSED:
            # a modal perfect only: "risks that have caused results to differ in the past could
            # cause them to differ again" still cautions about the future
            perfect = t - 1 >= lo + 1 and words[t - 1] == "have" and words[t - 2] in _MODALS_OF_THE_PAST | {"may"}
            return t - 1 if perfect else None
    return None


_NOT_PAST = frozenset("need indeed embed seed speed proceed exceed succeed".split())

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
# "beyond" is the exceptive "other than" ("no obligation beyond our obligation to update" assumes
# the obligation to update): the negation before it does not reach the part after it.
_CLAUSE_OPENERS = frozenset("than except but although though while whereas unless because if save besides beyond".split())
# One statement of one matter: "update its estimate of when the orders will ship", "our
# forward-looking statement about the timing of the approval", "rely on our projection for the
# plant's output" names a single statement, not the release's statements ("update any
# projection", "our expectations", "our expectation of future results" do not).
_ONE_STATEMENT = frozenset("""estimate forecast projection prediction assessment calculation statement assumption
expectation""".split())
_ONE_OWNER = frozenset("our its their the this that his her my".split())
_ONE_LINKS = frozenset("of for regarding concerning about on".split())
_ONE_STATEMENT_REACH = 16


def _one_statement(tokens: Tokens, t: int, e: int, hi: int, objects) -> bool:
    """Whether the object that starts at t (its object word ending at e) is a single statement of
    one matter (`_ONE_STATEMENT` after "its", "our", "the" ..., then "of", "about" ...), and no other
    object of `objects` is coordinated with it ("its estimate of plant capacity or any other
    forward-looking statement" is every statement)."""
    words = tokens.words
    noun = e
    if words[noun] not in _ONE_STATEMENT and noun + 1 < hi and words[noun + 1] in _ONE_STATEMENT:
        noun += 1  # "forward-looking" + "statement"
    if (words[noun] not in _ONE_STATEMENT or noun + 2 >= hi or words[noun + 1] not in _ONE_LINKS
            or _HARD_GAP.search(tokens.gap(noun + 1)) or "future" in words[noun + 2 : noun + 4]):
        return False
    if words[noun] == "statement" and words[noun + 1] == "of":
        return False  # "the statement of its expectations": a statement of the legend's kind
    if not (t > 0 and words[t - 1] in _ONE_OWNER):
        return False
    for u in range(noun + 2, min(hi, noun + _ONE_STATEMENT_REACH)):
        if _HARD_GAP.search(tokens.gap(u)) and "," not in tokens.gap(u):
            return True
        if words[u] in ("or", "and") and any(term.matches_at(words, v, hi) is not None
                                            for v in range(u + 1, min(hi, u + 4)) for term in objects):
            return False
    return True


# Adjectives of time or extent before the object's noun ("update new information", "revise
# any further projections"): they leave the noun to say what is acted on, and whose it is.
_OBJECT_MODIFIERS = frozenset("""
new other additional further current future prior previous earlier subsequent relevant latest
""".split())
_OBJECT_SKIP_SKELETONS = frozenset(ocr_skeleton(w) for w in _OBJECT_SKIP if len(w) >= 4)
_OBJECT_ENDS = frozenset("reflect conform whether except unless as after if following because due by".split())
_COORDINATION_FILLERS = frozenset("other such similar additional certain these those the various related".split())
_HARD_GAP = re.compile(r"[;:,()\n]|[.!?](?:\s|$)")
_SENTENCE_GAP = re.compile(r"[.!?](?:\s|$)|\n")
_STOP_GAP = re.compile(r"[;:()\n]|[.!?](?:\s|$)")  # a clause's end, not a comma


# Words that open a yes/no question ("Does the company undertake ...?", "Is a safe harbor ...?").
_QUESTION_OPENERS = frozenset("""is are was were do does did will would shall should can could may might must has have
had""".split())
_ANSWER_WORDS = 8  # the most words a short answer to a question has ("We do not believe so.")


def _answered_no(tokens: Tokens, first: int, last: int, lo: int) -> int | None:
    """The negation of a short answer that denies the yes/no question tokens first..last stand in
    ("Does this release include forward-looking statements? It does not."), or None: the question
    is no statement, the answer says what holds. A question with no answer, or one answered yes
    ("... otherwise? It does."), adds nothing."""
    words = tokens.words
    n = len(words)
    start = _sentence_low(tokens, first, lo)
    if words[start] not in _QUESTION_OPENERS:
        return None
    end = last + 1
    while end < n and not _SENTENCE_GAP.search(tokens.gap(end)):
        end += 1
    if end >= n or "?" not in tokens.gap(end):
        return None
    stop = end + 1
    while stop < n and not _SENTENCE_GAP.search(tokens.gap(stop)):
        stop += 1
    if stop - end > _ANSWER_WORDS:
        return None
    return next((t for t in range(end, stop) if is_negation(words[t])), None)


_ASSUMING = frozenset("assume assumes assumed assuming presume presumes presumed presuming".split())
_ASSUMED_WORDS = 5  # the longest object read back from "as of" to its verb ("assumes spot exchange rates")


def _assumed_as_of(tokens: Tokens, a: int, b: int, lo: int) -> bool:
    """Whether "as of" at a..b dates the object of a verb of assuming ("our outlook assumes
    exchange rates as of January 31"): the date of what is assumed, not the date the statements
    speak as of. The object must stand between the verb and "as of", in one clause."""
    words = tokens.words
    if words[a : b + 1] != ["as", "of"]:
        return False
    for t in range(a - 1, max(lo, a - 1 - _ASSUMED_WORDS) - 1, -1):
        if _HARD_GAP.search(tokens.gap(t + 1)) or words[t] in BOUNDARIES or words[t] in FINITE_VERBS:
            return False
        if words[t] in _ASSUMING:
            return t < a - 1
    return False


def _made_as_of(tokens: Tokens, b: int, hi: int) -> bool:
    """Whether the occurrence ending at b is "made" dated by what follows ("These forward-looking
    statements are made (only) as of the date of this release"): when the statements are made,
    not where; "this release" there is a date's, and the sentence identifies nothing."""
    words = tokens.words
    if words[b] != "made":
        return False
    t = b + 1
    if t + 1 < hi and words[t] == "by" and not _HARD_GAP.search(tokens.gap(t)):
        # "are made by the Company as of the date ...": the maker named first (a name of up to three words)
        for u in range(t + 1, min(hi, t + 5)):
            if _HARD_GAP.search(tokens.gap(u)) or words[u] in BOUNDARIES:
                break
            if words[u] in ("as", "on", "only", "solely"):
                t = u
                break
    if t < hi and words[t] in ("only", "solely", "just"):
        t += 1
    if t + 1 < hi and words[t] == "on" and "date" in words[t + 1 : t + 8]:
        return True  # "are made on, and speak as of, the date of this release"
    return t + 1 < hi and words[t] == "as" and words[t + 1] == "of" and not _HARD_GAP.search(tokens.gap(t))


def _governs_up_to(tokens: Tokens, v: int, limit: int) -> bool:
    """Whether the verb at v reaches the part at `limit` in its own clause: no comma, clause
    opener, auxiliary or finite verb between ("refrained from describing in its filings"; not
    "we fail to anticipate could cause")."""
    words = tokens.words
    if v >= limit or v >= len(words):
        return False
    for u in range(v + 1, limit + 1):
        gap = tokens.gap(u)
        # a bracketed abbreviation ("the Commission (“SEC”)") or an elaboration of the noun
        # (", including its Form 10-K") stays in the clause
        if re.search(r"[;:\n]|[.!?](?:\s|$)", gap) or ("," in gap and words[u] not in _ELABORATING):
            return False
        if u < limit and words[u] in ("and", "or") and words[u + 1] not in _PRONOUN_SUBJECTS:
            continue  # nouns joined ("the Securities and Exchange Commission"), not a clause of its own
        if u < limit and (words[u] in FINITE_VERBS or words[u] in _AUXILIARIES or words[u] in BOUNDARIES):
            return False
    return True


def _sentence_low(tokens: Tokens, i: int, lo: int) -> int:
    """The first token of the sentence token i stands in, not before lo (a two-sentence range
    holds two)."""
    return tokens.last_mark(_SENTENCE_GAP, i, lo)


_ONLY_CONDITIONS = frozenset("if when where as to insofar".split())


def _only_as_the_law_requires(tokens: Tokens, lo: int, hi: int) -> bool:
    """Whether the sentence from lo restricts what it says to what the law requires: "only if
    applicable law requires it", "only when required by law", "only to the extent the rules
    require"."""
    words = tokens.words
    for t in range(lo, min(hi, len(words)) - 1):
        if t > lo and _SENTENCE_GAP.search(tokens.gap(t)):
            return False
        if words[t] != "only" or words[t + 1] not in _ONLY_CONDITIONS:
            continue
        for u in range(t + 1, min(len(words), t + 9)):
            if re.search(r"[;:.!?]", tokens.gap(u)):
                break
            if words[u] in LAW_WORDS:
                return True
    return False


def _in_idiom(words: list[str], a: int) -> bool:
    """Whether the word at a is the noun of a fixed prepositional phrase, which names no
    participant: "as a result of" (no "results"), "in the event that" (no "events")."""
    return a >= 2 and (words[a - 2], words[a - 1], words[a]) in IDIOMS


_ITEM_WORDS = 3  # the longest listed item read as one ("will be", "look forward to")
_KIN_AFTER_AND = frozenset("similar other variations comparable kindred like analogous".split())


def _joins_listed_words(tokens: Tokens, t: int, covered: set[int]) -> bool:
    """Whether "and" / "or" at t joins items of a list rather than clauses: a part's own words
    ("words or expressions") or the list's tail ("and similar expressions"). A negation after
    such a list still belongs to the clause it subjects."""
    words = tokens.words
    if words[t] not in ("and", "or") or t + 1 >= len(words):
        return False
    return words[t + 1] in _KIN_AFTER_AND or (t - 1 in covered and t + 1 in covered)


_CONDITION_SUBJECTS = frozenset("it they we this that these those there such".split())
_CONDITION_VERBS = _AUXILIARIES | {"do", "does", "did"}  # "and they are not", "which it does not"


def _denied_condition(tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
    """A condition the sentence itself declares false: "... only if it discussed future events,
    which it does not", "... if our assumptions were wrong, and they are not". The (first, last)
    tokens of the denial, or None."""
    words = tokens.words
    end = min(hi, len(words))
    condition = None
    for t in range(lo, end):
        if t > lo and _SENTENCE_GAP.search(tokens.gap(t)):
            return None
        if words[t] == "if":
            condition = t
            continue
        if condition is None or words[t] not in ("which", "and", "but"):
            continue
        u = t + 1
        while u < end and u - t <= 2 and words[u] in _CONDITION_SUBJECTS:
            u += 1
        if u >= end or words[u] not in _CONDITION_VERBS or u == t + 1 and words[t] != "which":
            continue
        v = u + 1
        if v < end and words[v] in ("not", "never") or is_negation(words[u]):
            last = v if v < end and words[v] in ("not", "never") else u
            if last + 1 >= end or _HARD_GAP.search(tokens.gap(last + 1)):
                return t, last
    return None


_RECIPIENT_LINKS = frozenset("with to".split())
_REGULATORS = frozenset("""commission commissions authority authorities administrators regulator regulators agency
autorite department departments ministry ministries bureau bureaus superintendent commissioner""".split())
_SEC_WORDS = frozenset("sec exchange edgar".split())  # "the (U.S.) Securities and Exchange Commission", "the SEC"


def _other_recipient(tokens: Tokens, b: int, hi: int) -> int | None:
    """The regulator a filing went to when it is not the SEC: "our filings with the Ontario
    Securities Commission", "documents filed with the Financial Conduct Authority". The part ends
    in "with" or "to"; the noun phrase after it is read up to its head. Its token, or None."""
    words = tokens.words
    if words[b] in _FILED and b + 1 < hi and words[b + 1] in _RECIPIENT_LINKS:
        b += 1  # "documents filed" | "with the Financial Conduct Authority"
    elif words[b] not in _RECIPIENT_LINKS:
        # "periodic reports" | "(that) we file / filed / have filed" | "with ...": the filing clause after the noun
        t = b + 1
        while t < min(hi, b + 5) and words[t] in _FILING_CLAUSE and not _HARD_GAP.search(tokens.gap(t)):
            t += 1
        if t > b + 1 and t < hi and words[t] in _RECIPIENT_LINKS and not _HARD_GAP.search(tokens.gap(t)) \
                and any(words[k] in _FILED or words[k] in ("file", "files") for k in range(b + 1, t)):
            b = t
    if words[b] not in _RECIPIENT_LINKS:
        return None
    for t in range(b + 1, min(hi, b + 7)):
        if _HARD_GAP.search(tokens.gap(t)) or words[t] in _SEC_WORDS or words[t] in BOUNDARIES and words[t] != "and":
            return None
        if words[t] in _REGULATORS:
            # a bare "the Commission" is the SEC under its defined name; a named body is another,
            # unless the bodies named are those of the United States as well ("the securities
            # regulators in Canada and the United States")
            named = any(words[k] not in FILLERS for k in range(b + 1, t)) or (
                t + 2 < hi and words[t + 1] == "of" and not _HARD_GAP.search(tokens.gap(t + 1)))  # "the Department of Insurance"
            return t if named and not _names_us(tokens, t + 1, hi) else None
    return None


def _names_us(tokens: Tokens, start: int, hi: int) -> bool:
    """The few words after a regulator's name, up to the sentence's end, name the United States
    or its filing system: "in Canada and the United States", "and the U.S. SEC", "on EDGAR"."""
    words = tokens.words
    for t in range(start, min(hi, start + 10)):
        if t > start and _SENTENCE_GAP.search(tokens.gap(t)):
            return False
        if words[t] in _SETTING_ASIDE:
            return False  # "..., rather than (to) the U.S. SEC": named only to be set aside
        if words[t] in _SEC_WORDS or words[t] == "states" and words[t - 1] == "united" \
                or words[t] == "s" and words[t - 1] == "u":
            return True
    return False


_SETTING_ASIDE = frozenset("rather instead opposed not".split())
_OTHER_SYSTEMS = frozenset("sedar sedarplus sedi".split())  # Canada's filing systems, not the SEC's
# the dot inside a web address ("www.sedarplus.ca", "www.sec.gov") joins its words, it ends no sentence
_ADDRESS_DOT = re.compile(r"[./]")


def _other_system(tokens: Tokens, b: int, hi: int) -> int | None:
    """The filing system a filing is kept on when it is another country's and the sentence names
    none of the SEC's: "other public filings that we make available under our profile on SEDAR+"
    (a Canadian issuer's filings), read up to the sentence's end, so that a closing "..., all of
    which are available under our profile on SEDAR+" places every filing the sentence named. A
    sentence that also names the SEC, EDGAR or a U.S. form ("... on SEDAR+ and with the U.S.
    Securities and Exchange Commission on EDGAR", "our Form 40-F, also on SEDAR+") points to the
    SEC's too. The system's token, or None."""
    words = tokens.words
    system = None
    for t in range(b + 1, hi):
        if _SENTENCE_GAP.search(tokens.gap(t)) and not _ADDRESS_DOT.fullmatch(tokens.gap(t)):
            break
        if words[t] in _OTHER_SYSTEMS:
            system = t
            break
    if system is None:
        return None
    low = _sentence_low(tokens, b, 0)
    for t in range(low, hi):
        if t > system and _SENTENCE_GAP.search(tokens.gap(t)) and not _ADDRESS_DOT.fullmatch(tokens.gap(t)):
            break
        if words[t] in _SEC_WORDS or words[t] == "states" and words[t - 1] == "united" \
                or words[t] == "s" and t > 0 and words[t - 1] == "u" \
                or words[t] in _FORM_LETTERS and t > 1 and words[t - 1] in _FORM_NUMBERS and words[t - 2] == "form":
            return None
    return system


_FORM_NUMBERS = frozenset("10 20 40 6 8".split())  # "Form 10-K", "Form 40-F", "Form 6-K": the SEC's forms
_FORM_LETTERS = frozenset("k q f".split())


_BACK_REFERENCES = frozenset("thereby thereunder therein".split())  # "the safe harbor created thereby"
_LAW_LINKS = frozenset("by under of in".split())  # "defined by the ... Act", "under the ... Law"
_PROVISION_WORDS = frozenset("provision provisions protection protections of under in".split())
# "laws" and "legislation" are heads like "law": another country's only when one is named ("applicable
# Canadian securities legislation", "the securities laws of Ontario"), never by themselves
_LAW_HEADS = frozenset("ordinance ordinances code codes directive directives regulation regulations act law laws "
                       "legislation".split())
_GENERAL_LAW_HEADS = frozenset("law laws legislation".split())
_US_WORDS = frozenset("federal states u us sec".split())  # "united" alone: "the United Kingdom ... Act"
_US_ACT_WORDS = frozenset("reform litigation securities exchange 1933 1934 1995 pslra".split()) | _US_WORDS


def _foreign_law(tokens: Tokens, b: int, hi: int) -> int | None:
    """The law a safe harbor belongs to when it is not the U.S. statute: "the safe harbor
    provisions of the Hong Kong Securities and Futures Ordinance", "under the French Monetary and
    Financial Code". Read from the part's end over "provisions of the", up to the law's head noun;
    an ordinance, code, directive or regulation is another country's unless a U.S. word names it
    ("federal", "1934"), an "act" unless the words before it are the U.S. Acts' ("Securities",
    "Exchange", "Reform"); a "law", "laws" or "legislation" only when a country or province owns it
    ("applicable Canadian securities legislation"), while "the federal securities laws" and
    "applicable law" are left as they were read. Its token, or None."""
    words = tokens.words
    t = b + 1
    while t < hi and t - b <= 3 and (words[t] in _PROVISION_WORDS or words[t] in FILLERS):
        t += 1
    if t == b + 1 or words[t - 1] not in ("of", "under", "in", "the"):
        return None
    start = t
    for u in range(start, min(hi, start + 8)):
        if _HARD_GAP.search(tokens.gap(u)) and u > start:
            return None
        if words[u] in _LAW_HEADS:
            named = words[start:u]
            # a country that owns the law, before it or after it ("Japan's Financial Instruments
            # and Exchange Act", "the Securities and Futures Act of Singapore"), whatever words
            # its name shares with the U.S. Acts; "Act of 1995" is dated, not owned
            owner = next((k for k in range(start, u) if (words[k].endswith("'s")
                          and words[k][:-2] not in _US_WORDS and words[k][:-2] not in _OWN_WORDS)
                          or words[k] in DEMONYMS or words[k] in STATES
                          or words[k] in PROVINCES or words[k] in COUNTRIES), None)
            # "the Israeli Securities Law", "the German ... Act", "the Texas Securities Act"
            if owner is None and u + 2 < hi and words[u + 1] == "of" and not _HARD_GAP.search(tokens.gap(u + 1)) \
                    and words[u + 2].isalpha() and words[u + 2] not in FILLERS and words[u + 2] not in _US_WORDS \
                    and words[u + 2] not in _OWN_WORDS:
                owner = u + 2
            if owner is not None and words[u] in _GENERAL_LAW_HEADS and _names_us(tokens, start, min(hi, u + 8)):
                return None  # "the Canadian and United States securities laws": the U.S. laws among them
            if owner is not None:
                return owner
            if words[u] in _GENERAL_LAW_HEADS:
                return None  # "applicable law": a law is another country's only when one is named
            us = _US_ACT_WORDS if words[u] == "act" else _US_WORDS
            if not named or any(w in us for w in named) or all(w in _REFERRING_BACK for w in named):
                return None  # "the safe harbor provisions of that Act": the law named before
            return u
    return None


_OWN_WORDS = frozenset("company nation country congress".split())
_REFERRING_BACK = frozenset("that this such said same".split())
_DEFINITION_REACH = 250  # words back from "the Act" its definition ("... Act of Singapore (the "Act")") may stand


def _defined_law(tokens: Tokens, b: int, hi: int) -> int | None:
    """The law a safe harbor belongs to when it is named by a defined short name ("the safe
    harbor protection of the Act") whose definition earlier in the legend names another
    country's or a state's law ("the Securities and Futures Act of Singapore (the "Act")"): read as
    `_foreign_law` reads a law named in full. Its token, or None."""
    words = tokens.words
    t = b + 1
    while t < hi and t - b <= 3 and (words[t] in _PROVISION_WORDS or words[t] in FILLERS):
        t += 1
    if t >= hi or t == b + 1 or words[t - 1] != "the" or words[t] not in _LAW_HEADS:
        return None
    head = words[t]
    for k in range(b - 1, max(1, b - _DEFINITION_REACH), -1):
        # "(the Act)": the head between "(the" and ")"
        if not (words[k] == head and words[k - 1] == "the" and "(" in tokens.gap(k - 1)
                and k + 1 < len(words) and ")" in tokens.gap(k + 1)):
            continue
        for j in range(k - 3, max(0, k - 14), -1):  # the full name before the definition
            if _HARD_GAP.search(tokens.gap(j + 1)):
                return None
            if words[j] in _LAW_LINKS:
                found = _foreign_law(tokens, j, k - 1)
                if found is not None:
                    return found
        return None
    return None


def _caption_owner(tokens: Tokens, b: int, hi: int) -> int | None:
    """Another filer of the documents a "Risk Factors" caption stands in: "under “Risk Factors” in
    the reports and statements filed by our principal supplier with the SEC". Read over the
    coordinated documents up to "by" or "of" and the owner after it; its token, or None."""
    words = tokens.words
    for t in range(b + 1, min(hi - 1, b + _CAPTION_REACH)):
        if _HARD_GAP.search(tokens.gap(t)) or words[t] in _AUXILIARIES:
            return None
        if words[t] in ("by", "of"):
            v = t + 1
            while v < hi and v <= t + 3 and (words[v] in FILLERS or not _is_owner(words, v)) \
                    and not _HARD_GAP.search(tokens.gap(v)) and words[v] not in BOUNDARIES:
                v += 1
            if v < hi and _is_owner(words, v) and not _HARD_GAP.search(tokens.gap(v)):
                return v
    return None


_NOT_FILINGS = frozenset("""memorandum memoranda memo newsletter newsletters brochure brochures presentation
presentations deck slides blog website webpage site bulletin bulletins magazine internal""".split())  # "internal":
# "in our internal board reports" are no filing
_FILING_WORDS = frozenset("""form 10 k q 8 20 f annual quarterly report reports filing filings filed prospectus
registration statement proxy sec commission""".split())
_CAPTION_REACH = 16  # words from a "Risk Factors" caption to the document it stands in


def _caption_elsewhere(tokens: Tokens, b: int, hi: int) -> int | None:
    """A "Risk Factors" caption that stands in a document that is no filing: "the section
    entitled “Risk Factors” in the Company's confidential investor memorandum". The caption
    alone is a pointer only when it stands in a filing; the document's head noun, or None."""
    words = tokens.words
    for t in range(b + 1, min(hi, b + 1 + _CAPTION_REACH)):
        if re.search(r"[;()\n]|[.!?](?:\s|$)", tokens.gap(t)) or words[t] in ("which", "that", "but"):
            return None
        if words[t] in _FILING_WORDS:
            return None
        if words[t] in _NOT_FILINGS:
            return t
    return None


_UNIVERSALS = frozenset("every all each".split())
_UNIVERSAL_LINKS = frozenset("for to in with".split())


def _over_a_universal(tokens: Tokens, n: int, hi: int) -> bool:
    """Whether the negation at n governs a universal the predicate goes on to ("may not be
    available for every one of them", "does not apply to all such statements"): denied for all
    is granted for some, a hedge on the reach, not a denial. "to any of them" stays a denial."""
    words = tokens.words
    for t in range(n + 1, min(hi - 1, n + 6)):
        if _HARD_GAP.search(tokens.gap(t)) or words[t] in BOUNDARIES:
            return False
        if words[t] in _UNIVERSAL_LINKS and words[t + 1] in _UNIVERSALS:
            return True
    return False


_YEAR = re.compile(r"^(?:19|20)[0-9]{2}$")
_UNTIL = frozenset("until till".split())
_UNTIL_REACH = 10  # words after the last part an "until 2019" may stand


def _ended_in_the_past(tokens: Tokens, first: int, last: int, lo: int, hi: int) -> tuple[int, int] | None:
    """A proposition in the past tense bounded by a year ("these risks were described in our
    filings with the SEC until 2019"): it held then and holds no longer. The tokens from the past
    auxiliary to the year, or None."""
    words = tokens.words
    aux = next((t for t in range(max(lo, first - 3), last) if words[t] in _PAST_AUXILIARIES), None)
    if aux is None:
        return None
    end = min(hi, len(words))
    for t in range(aux + 1, min(end - 1, last + 1 + _UNTIL_REACH)):
        if t > last and _SENTENCE_GAP.search(tokens.gap(t)):
            return None
        if words[t] in _UNTIL and any(_YEAR.match(w) for w in words[t + 1 : t + 4]) and not any(
                w in ("from", "period", "periods") for w in words[max(aux, t - 4) : t]):
            return aux, t + 1  # not a period a document covers ("for the period from 2020 until 2024")
    return None


_PRONOUN_SUBJECTS = frozenset("we it they i he she you".split())


def _new_subject_between(tokens: Tokens, a: int, b: int) -> bool:
    """Whether a coordinated clause with a subject of its own opens between tokens a and b
    ("... such statement is made, and we undertake no obligation to update forward-looking
    statements"): a verb before it takes no object after it, so an ordered form ("contains >
    statements") cannot join the two."""
    words = tokens.words
    return any((words[t] in ("and", "but") and "," in tokens.gap(t) and words[t + 1] in _PRONOUN_SUBJECTS)
               # "does not make any guarantee that the assumptions underlying the forward-looking
               # statements are free from errors": the verb's object is the guarantee; what
               # follows "that" is a clause of its own
               or (words[t] == "that" and words[t - 1] in _THAT_NOUNS)
               for t in range(a + 1, min(b, len(words) - 1))) or _other_clause_between(tokens, a, b)


def _predicate_between(tokens: Tokens, a: int, b: int) -> bool:
    """Whether a predicate coordinated after a comma ("..., and include the following risks",
    "..., and are subject to") opens between tokens a and b: what stands before it ends the
    first predicate, what follows is the second's, and the two do not join."""
    words = tokens.words
    return any(words[t] in ("and", "but") and "," in tokens.gap(t) and words[t + 1] in _COORDINATED_VERBS
               and not _HARD_GAP.search(tokens.gap(t + 1))
               for t in range(a + 1, min(b, len(words) - 1)))


_COORDINATED_VERBS = frozenset("include includes involve involves are is".split())


def _other_clause_between(tokens: Tokens, a: int, b: int) -> bool:
    """Whether a clause whose subject is not the statements opens between tokens a and b, so that
    a verb after it is that subject's: a relative clause on historical statements ("from our
    statements of historical fact, which use the same terminology")."""
    words = tokens.words
    return any(words[t] == "which" and "," in tokens.gap(t)
               and any(w in NOT_FORWARD for w in words[max(a + 1, t - 3) : t])
               for t in range(a + 1, min(b, len(words) - 1)))


def _consecutive(chosen: dict[str, tuple[int, int]]) -> list[tuple[tuple[str, tuple[int, int]], tuple[str, tuple[int, int]]]]:
    """The chosen parts in text order, each with the one after it."""
    ordered = sorted(chosen.items(), key=lambda item: item[1][0])
    return list(zip(ordered, ordered[1:]))





_THAT_NOUNS = frozenset("""guarantee guarantees assurance assurances representation representations warranty
warranties promise promises""".split())


def _unreal_then_denied(tokens: Tokens, first: int, last: int, lo: int, hi: int) -> tuple[int, int] | None:
    """A proposition put as "would" and then denied by a "but" clause that ends on its negation:
    "statements that concern our plans would be forward-looking statements, but this release
    contains none", "... would be material, but they are not". The (first, last) tokens from
    "would" to the negation, or None. A "but" clause that goes on after its negation ("but not
    in every case") qualifies, and denies nothing."""
    words = tokens.words
    # ("may" puts it as possible only, the same way: "this release may contain forward-looking
    # statements, but on review it contains none")
    would = next((t for t in range(max(lo, first - 4), first) if words[t] == "would"), None)
    if would is None:
        would = next((t for t in range(max(lo, first - 4), last) if words[t] in _HEDGING_MODALS), None)
    barrier = _HARD_GAP
    if would is None:
        # "statements that we wish were within the meaning of Section 27A ..., as amended, and
        # Section 21E ..., but which are not": a wish puts the proposition as unreal, as "would"
        # does, over the provisions it names (their asides' commas included)
        would = next((t for t in range(max(lo + 1, first - _WISH_REACH), first)
                      if words[t] in _SUBJUNCTIVE_BE and words[t - 1] in _WISHING), None)
        barrier = _STOP_GAP
    if would is None or any(barrier.search(tokens.gap(t)) for t in range(would + 1, first + 1)):
        return None
    end = min(hi, len(words))
    for t in range(last + 1, end):
        if _SENTENCE_GAP.search(tokens.gap(t)):
            return None
        if words[t] != "but":
            continue
        for u in range(t + 1, min(end, t + _DENIAL_WORDS)):
            if u > t + 1 and _HARD_GAP.search(tokens.gap(u)):
                return None
            if words[u] in ("none", "not", "never", "no") or words[u].endswith("n't"):
                closes = u + 1 >= end or _HARD_GAP.search(tokens.gap(u + 1))
                return (would, u) if closes else None
        return None
    return None


_HEDGING_MODALS = frozenset("would may might".split())  # before the parts or between them
_DENIAL_WORDS = 10  # "but on review it turns out to contain none": from "but" to the negation
_BUTS = frozenset("but yet however".split())
_REJECTING = frozenset("""disagree disagrees reject rejects rejected dismiss dismisses dismissed dispute disputes
disputed""".split())
_REFERRED_NOUNS = frozenset("""caution cautions warning warnings advice view views concern concerns disclaimer
disclaimers suggestion suggestions""".split())
_REFERRING = frozenset("that this such these those the".split())
_REJECTION_REACH = 9  # words from "but" to the noun that refers back to what it rejects


def _rejected_after(tokens: Tokens, e: int, hi: int) -> tuple[int, int] | None:
    """A "but" clause after the part that rejects what the sentence said, naming it by a noun that
    refers back ("..., but we see no reason for that caution here", "but the company disagrees
    with this advice", "but we reject that view"): the (but, noun) tokens, or None."""
    words = tokens.words
    b = next((u for u in range(e + 1, hi) if words[u] in _BUTS or _SENTENCE_GAP.search(tokens.gap(u))), None)
    if b is None or words[b] not in _BUTS or _SENTENCE_GAP.search(tokens.gap(b)):
        return None
    denial = None
    for u in range(b + 1, min(hi, b + _REJECTION_REACH)):
        if _STOP_GAP.search(tokens.gap(u)):
            return None
        word = words[u]
        if words[u : u + 4] in (["nothing", "of", "the", "kind"], ["nothing", "of", "the", "sort"]) \
                or words[u : u + 3] == ["no", "such", "thing"]:
            return b, u  # "..., but in this release they signal nothing of the kind"
        if word in _REJECTING or (word in ("no", "not") and not is_local_negation(words, u)):
            denial = u
        elif denial is not None and word in _REFERRED_NOUNS and words[u - 1] in _REFERRING:
            return b, u
    return None


_CONCEDING = frozenset("although though while whilst".split())
_COMMITTING = frozenset("""commit commits committed promise promises promised pledge pledges pledged agree agrees
agreed vow vows vowed""".split())
_CONCESSION_REACH = 12  # words from "while" to the part it concedes
_COMMITMENT_REACH = 10  # words from the concession's comma to the commitment's "do so"


def _commitment_despite(tokens: Tokens, first: int, key_end: int, lo: int, hi: int) -> tuple[int, int] | None:
    """A disclaimer conceded in a clause of "although"/"while" whose main clause commits to doing
    what it disclaims ("Although we are under no duty to revise them, we have promised our lenders
    to do so"): the (commitment, "so") tokens, or None."""
    words = tokens.words
    c = next((u for u in range(first - 1, max(lo, first - _CONCESSION_REACH) - 1, -1) if words[u] in _CONCEDING), None)
    if c is None or any(_HARD_GAP.search(tokens.gap(u)) for u in range(c + 1, first + 1)):
        return None
    comma = next((u for u in range(key_end + 1, hi) if _HARD_GAP.search(tokens.gap(u))), None)
    if comma is None or "," not in tokens.gap(comma) or _SENTENCE_GAP.search(tokens.gap(comma)):
        return None
    verb = None
    for u in range(comma, min(hi, comma + _COMMITMENT_REACH)):
        if u > comma and _STOP_GAP.search(tokens.gap(u)):
            return None
        if words[u] in _COMMITTING:
            verb = u
        elif verb is not None and words[u] == "so" and words[u - 1] in _DO_FORMS:
            return verb, u
    return None


# ... and the statement itself named as a standing one ("has withdrawn its former disclaimer of any
# obligation to revise", "retracted its caution against relying")
_STANDING_STATEMENTS = frozenset("disclaimer disclaimers caution cautions warning warnings".split())
_PRACTICE_NOUNS = frozenset("practice practices policy policies habit custom position stance approach".split()) | _STANDING_STATEMENTS
_ABANDONING = frozenset("""abandon abandons abandoned abandoning discontinue discontinues discontinued discontinuing
drop drops dropped dropping end ends ended ending scrap scraps scrapped retire retires retired reversed reverses
reverse withdraw withdraws withdrew withdrawn withdrawing retract retracts retracted retracting rescind rescinds
rescinded rescinding revoke revokes revoked revoking""".split())
_GIVING = frozenset("give gives gave given giving".split())
_PRACTICE_MODIFIERS = frozenset("""its our their the his her former earlier prior previous past old longstanding
long standing usual customary established""".split())


def _abandoned_practice(tokens: Tokens, first: int, lo: int) -> tuple[int, int] | None:
    """A verb of ending over the practice the proposition is named as ("has given up its former
    practice of undertaking no obligation to update", "abandoned our policy of cautioning readers
    ..."): the (verb, first part) tokens, or None."""
    words = tokens.words
    b = first - 1
    while b > lo and first - b <= 3 and words[b] != "of" and (
            words[b].endswith("ing") or is_negation(words[b]) or words[b] in FILLERS):
        b -= 1  # "of undertaking no obligation": the gerund and its negation before the part
    if words[first] in _STANDING_STATEMENTS:
        v = first - 1  # the part's own word names the statement: "withdrawn its former disclaimer of any duty"
    elif b - 1 <= lo or words[b] != "of" or words[b - 1] not in _PRACTICE_NOUNS:
        return None
    else:
        v = b - 2
    b = max(b, v + 1)
    while v > lo and words[v] in _PRACTICE_MODIFIERS and b - v <= 5:
        v -= 1
    if any(_HARD_GAP.search(tokens.gap(u)) for u in range(v + 1, first + 1)):
        return None
    if words[v] in _ABANDONING:
        return v, first
    if words[v] == "up" and v - 1 >= lo and words[v - 1] in _GIVING:
        return v - 1, first
    return None


_WISHING = frozenset("wish wishes wished".split())
_WISH_REACH = 25  # a wish over coordinated provisions ("wish were within ... Section 27A ... and Section 21E")
_SUBJUNCTIVE_BE = frozenset("were was".split())
_HISTORY_WORDS = 9  # "not a statement or characterization of historical fact"


_COMPARATIVES = frozenset("less fewer".split())


def _how_often(word: str) -> bool:
    """An adverb of manner or frequency between "less" and "than" ("less often than", "less
    frequently than", "less promptly than")."""
    return word == "often" or (word.endswith("ly") and len(word) > 4)
_COMPARATIVE_REACH = 12  # the rest of the object's noun phrase, coordinated too ("any forward-looking
# information or statements"), then "any less than"


def _exceptive_after(tokens: Tokens, last: int, hi: int) -> int | None:
    """"other than", "except" or "but" right after the last part ("as of any date other than the
    date on which it is made"): its token, or None."""
    words = tokens.words
    t = last + 1
    if t + 1 < hi and not _HARD_GAP.search(tokens.gap(t)) and "," not in tokens.gap(t):
        if words[t] == "other" and words[t + 1] == "than":
            return t
        if words[t] in ("except", "but", "save") and words[t + 1] in ("the", "as", "on", "for", "at", "that"):
            return t
    return None


_HABITS = frozenset("""quarterly monthly weekly annually yearly daily regularly routinely periodically customary
customarily practice practices habit""".split())
_PERIODS = frozenset("quarter month week year day".split())
_EXCEPTION_WORDS = 14  # words of an exception clause read for a habit
_LAW_NOUNS = frozenset("law laws legal regulation regulations regulatory rule rules statute statutes court courts".split())
_OWN_RULES = frozenset("policy policies practice practices guidelines procedures charter bylaws".split())


def _habitual_exception(tokens: Tokens, e: int, hi: int) -> tuple[int, int] | None:
    """An exception after the disclaimer, not the law's carve-out, made for a standing practice
    ("except as our customary practice of quarterly updates requires", "save that it revises them
    every quarter"): the exception's first and last token, or None."""
    words = tokens.words
    for t in range(e + 1, min(hi, e + 1 + 2 * _EXCEPTION_WORDS)):
        if re.search(r"[;:]|[.!?](?:\s|$)", tokens.gap(t)):
            return None
        if not (words[t] in ("except", "save") or (words[t] == "other" and t + 1 < hi and words[t + 1] == "than")):
            continue
        habit = None
        for u in range(t + 1, min(hi, t + 1 + _EXCEPTION_WORDS)):
            if re.search(r"[;:]|[.!?](?:\s|$)", tokens.gap(u)):
                break
            if words[u] in _LAW_NOUNS:
                # the law's carve-out ("except as required by law"), whatever else it names, unless
                # the company's own rule is coordinated with the law ("by law or by our disclosure
                # policy"): what the company binds itself to is no carve-out
                own = _own_rule_after(tokens, u, hi)
                if own is None:
                    # ... unless the carve-out is then read to require an update whenever a
                    # statement goes wrong ("except as required by law, which requires us to do so
                    # whenever one becomes inaccurate"): the exception swallows the disclaimer
                    stale = _whenever_inaccurate(tokens, u, hi)
                    return (t, stale) if stale is not None else None
                habit = own
                break
            if habit is None and (words[u] in _HABITS
                                  or (words[u] in ("each", "every") and u + 1 < hi and words[u + 1] in _PERIODS)):
                habit = u
        return (t, habit) if habit is not None else None
    return None


_WHENEVER = frozenset("whenever each every any".split())
_INACCURATE = WRONGNESS | frozenset("inaccurate outdated stale obsolete".split())


def _whenever_inaccurate(tokens: Tokens, u: int, hi: int) -> int | None:
    """After a law's carve-out at u, a condition in the same sentence that names every occasion a
    statement becomes wrong ("whenever one becomes inaccurate", "each time one of them proves
    untrue"): the token of the wrongness word, or None."""
    words = tokens.words
    for v in range(u + 1, min(hi, u + 30)):
        if re.search(r"[;:]|[.!?](?:\s|$)", tokens.gap(v)):
            return None
        if words[v] in _WHENEVER and (words[v] == "whenever" or (v + 1 < hi and words[v + 1] in ("time", "occasion"))):
            for w in range(v + 1, min(hi, v + 9)):
                if re.search(r"[;:]|[.!?](?:\s|$)", tokens.gap(w)):
                    return None
                if words[w] in _INACCURATE:
                    return w
    return None


def _own_rule_after(tokens: Tokens, u: int, hi: int) -> int | None:
    """The company's own policy or practice coordinated with the law noun at u ("by law or by our
    disclosure policy", "law or the Company's internal guidelines"): its token, or None. Another
    body's rules ("or the rules of the stock exchange") are no rule of the company's."""
    words = tokens.words
    for v in range(u + 1, min(hi, u + 4)):
        if _HARD_GAP.search(tokens.gap(v)) or "," in tokens.gap(v):
            return None
        if words[v] not in ("or", "and"):
            continue
        owned = False
        for w in range(v + 1, min(hi, v + 6)):
            if _HARD_GAP.search(tokens.gap(w)) or "," in tokens.gap(w) or words[w] in _LAW_NOUNS:
                return None
            if words[w] in ("our", "its", "their") or (words[w].endswith("'s") and words[w] != "it's"):
                owned = True
            elif words[w] in _OWN_RULES:
                return w if owned else None
        return None
    return None


def _comparative_after(tokens: Tokens, last: int, hi: int) -> int | None:
    """"less than" closing the clause of a part ("not to rely on these statements any less than on
    historical facts"): the comparative denies the degree the clause speaks of; its token."""
    words = tokens.words
    for t in range(last + 1, min(hi, last + _COMPARATIVE_REACH) - 1):
        if _HARD_GAP.search(tokens.gap(t)) or (words[t] in BOUNDARIES and words[t] != "than"):
            return None
        if words[t] in _COMPARATIVES and words[t + 1] == "than" and not _HARD_GAP.search(tokens.gap(t + 1)):
            return t
        if (words[t] in _COMPARATIVES and t + 2 < hi and words[t + 2] == "than" and _how_often(words[t + 1])
                and not _HARD_GAP.search(tokens.gap(t + 1)) and not _HARD_GAP.search(tokens.gap(t + 2))):
            return t  # "no obligation to update them less often than quarterly": at least quarterly
    return None


# What happens to a company or a deal, not to a statement: "as of the date the acquisition
# closes" is the date of an event still to come, not the date the statements are made.
_DISTRIBUTIVES = frozenset("each every".split())  # "the date on which each option vests"
_EVENT_VERBS = frozenset("""close closes closed complete completes completed consummate consummates consummated
occur occurs happen happens expire expires terminate terminates
prove proves proved proven""".split())  # "the date on which it proves accurate": a future, unknown date
_STATEMENT_VERBS = frozenset("""made make makes given give gives issued issue issues published publish publishes
released release releases stated state states expressed express expresses furnished furnish furnishes filed file
files dated speak speaks posted post posts read reads""".split())
# Subjects of a date's relative clause that are the statements or their maker ("the date on which
# it is made", "the date we issue this release"): any other noun makes it an event's date.
_DATE_SUBJECTS = frozenset("""it they we i you he she this these those which statement statements information
release report document presentation call letter filing remarks company management""".split())


def _event_date(tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
    """A moment named by an event that befalls something else ("the date the pending acquisitions
    close", "the time the merger is completed"): its (first, last) tokens, or None."""
    words = tokens.words
    for i in range(lo, hi):
        if words[i] not in _MOMENTS:
            continue
        for t in range(i + 1, min(hi, i + 7)):
            if _HARD_GAP.search(tokens.gap(t)) or words[t] in _STATEMENT_VERBS:
                break
            if words[t] in _EVENT_VERBS:
                return i, t
        other = _date_clause_subject(tokens, i, hi)
        if other is not None:
            return i, other
        other = _dated_elsewhere(tokens, i, hi)
        if other is not None:
            return i, other
    return None


_DATED_OF_WORDS = 6
_CONTACT_DETERMINERS = frozenset("the a an".split())


def _dated_elsewhere(tokens: Tokens, i: int, hi: int) -> int | None:
    """The moment at i is the date of another occasion: "the date of Intel's February 2022
    investor meeting", "the date of our last annual report" (a year or an earlier or later time
    in its "of" phrase, and no "this"/"hereof"): the token that shows it, or None."""
    words = tokens.words
    if i + 1 >= hi or words[i + 1] != "of":
        return None
    found = None
    for t in range(i + 2, min(hi, i + 2 + _DATED_OF_WORDS)):
        if _HARD_GAP.search(tokens.gap(t)) or words[t] in BOUNDARIES:
            break
        if words[t] in DEICTICS:
            return None
        if found is None and (_YEAR.fullmatch(words[t]) or words[t] in OTHER_TIMES or words[t] in _OCCASION_TIMES):
            found = t
    return found


# Modifiers that date a document to another occasion than this one: "the date of management's
# most recent strategic plan", "the date of our next quarterly report".
_OCCASION_TIMES = frozenset("recent latest next upcoming forthcoming original".split())


def _date_clause_subject(tokens: Tokens, i: int, hi: int) -> int | None:
    """The verb of a relative clause on the moment at i whose subject is neither the statements
    nor their maker ("the date on which the vaccine receives approval"), when the clause says
    nothing of making a statement; its token, or None."""
    words = tokens.words
    t = i + 1
    while t < hi and words[t] in ("on", "at", "which", "when", "that") and not _HARD_GAP.search(tokens.gap(t)):
        t += 1
    contact = t == i + 1 and t < hi and words[t] in _CONTACT_DETERMINERS and not _HARD_GAP.search(tokens.gap(t))
    if (t == i + 1 and not contact) or t >= hi:
        # a relative clause only after "on which", "when", "that", or a contact clause opening on
        # its subject's article ("the date the regulator approves the plan"): not "the date of ..."
        return None
    while t < hi and (words[t] in FILLERS or words[t] in _DISTRIBUTIVES) and not _HARD_GAP.search(tokens.gap(t)):
        t += 1
    if t + 1 >= hi or words[t] in _DATE_SUBJECTS or _HARD_GAP.search(tokens.gap(t)) \
            or words[t] in _AUXILIARIES or words[t] in BOUNDARIES:
        return None
    # the subject's name may run to a second word in a contact clause ("the TSX-V approves"), and
    # a participle may describe the subject before its verb ("each option granted today vests")
    verbs = (t + 1, t + 2) if contact else (t + 1,)
    if t + 2 < hi and words[t + 1].endswith("ed") and words[t + 1] not in _STATEMENT_VERBS:
        verbs = (t + 2, t + 3)
    for verb in verbs:
        if verb >= hi or _HARD_GAP.search(tokens.gap(verb)) or words[verb] in _DATE_SUBJECTS:
            return None
        if words[verb].endswith("s") and words[verb] not in _STATEMENT_VERBS and words[verb] not in _AUXILIARIES \
                and words[verb] not in BOUNDARIES and not words[verb].endswith("ss"):
            return verb
    return None


# Verbs that end a statement's life: denied ("will not change after such date", "do not lapse"),
# the statement runs on past its date.
_EXPIRY = frozenset("lapse lapses expire expires cease ceases end ends".split())
_CHANGE = frozenset("change changes alter alters vary varies".split())
_BECOME = frozenset("go goes become becomes grow grows".split())
_STALE = frozenset("stale outdated obsolete".split())
_AFTER = frozenset("after thereafter beyond past".split())


def _lasting(tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
    """A denied end or change of the statements ("... and will not change after such date",
    "do not lapse"): open-ended; its (first, last) tokens, or None. A change denied without a
    later time ("will not change our estimates") says nothing of the date."""
    words = tokens.words
    for i in range(lo, hi):
        if words[i] in _BECOME and i + 1 < hi and words[i + 1] in _STALE:
            pass  # "do not go stale", "will never become outdated": an expiry denied
        elif words[i] not in _EXPIRY and words[i] not in _CHANGE:
            continue
        # the verb's own negation, over auxiliaries only ("will not change", "do not lapse"): not
        # a verb some other word governs ("no obligation to change them after today")
        b = i - 1
        while b > lo and (words[b] in _AUXILIARIES or words[b].endswith("ly")) and words[b] != "to" \
                and not _HARD_GAP.search(tokens.gap(b + 1)):
            b -= 1
        if b < lo or _HARD_GAP.search(tokens.gap(b + 1)) or not is_negation(words[b]) or words[b] in ("no", "none"):
            continue
        if words[i] in _EXPIRY or words[i] in _BECOME:
            return b, i
        for t in range(i + 1, min(hi, i + 4)):
            if _HARD_GAP.search(tokens.gap(t)):
                break
            if words[t] in _AFTER:
                return b, t
    return None


_FORMERLY = frozenset("once formerly previously originally".split())
_PAST_AUXILIARIES = frozenset("was were had".split())
# Verbs that raise a perfect infinitive and, in the past tense, report how things turned out
# ("expectations proved last year to have been materially different"); "may prove to have been"
# still looks ahead.
_PAST_RAISING = frozenset("proved turned seemed appeared".split())
_RAISING_REACH = 5  # words between the raising verb and "to" ("proved, two years ago, to have been")


def _past_raising(tokens: Tokens, s: int, lo: int) -> int | None:
    """The past raising verb over a perfect infinitive that ends in the key part at s ("proved
    last year to have been materially different", "turned out to have differed"): its token."""
    words = tokens.words
    b = s - 1
    while b > lo and (words[b].endswith("ly") or words[b] in ("been", "in")):
        b -= 1
    if b - 1 <= lo or words[b] != "have" or words[b - 1] != "to":
        return None
    for v in range(b - 2, max(lo, b - 2 - _RAISING_REACH) - 1, -1):
        if _STOP_GAP.search(tokens.gap(v + 1)):
            return None
        if words[v] in _PAST_RAISING and (words[v] != "turned" or words[v + 1] == "out"):
            return v
    return None
_SUBJECT_REACH = 30  # words of a coordinated subject before its verb ("Form 10-K, quarterly reports on Form 10-Q, …")
_PURPOSED = frozenset("intended meant designed used supposed expected".split())

_POSSESSED_WORDS = 3  # modifiers and noun of a possessed document: "2022 sustainability report"


# Words that open a time of their own after "and" ("... as of the date it is made and on every day
# that follows"), and the quantifiers that make it more than the one date.
_TIME_PREPOSITIONS = frozenset("on at for during throughout through until till".split())
_DURATIONS = frozenset("during throughout until till".split())  # a stretch of time whatever follows
_EVERY = frozenset("every each all any".split())
_TIME_NOUNS = frozenset("day days date dates time times moment moments period periods".split())


def _extended_time(tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
    """A further time coordinated with the statements' date ("and on every day that follows",
    "and at all later times", "and for any period after"): the date is then not the only one
    they speak as of. Its (first, last) tokens, or None."""
    words = tokens.words
    for i in range(lo, hi - 3):
        if words[i] not in ("and", "or") or words[i + 1] not in _TIME_PREPOSITIONS:
            continue
        if words[i + 1] in _DURATIONS and not _HARD_GAP.search(tokens.gap(i + 1)):
            return i, i + 1  # "and throughout the coming fiscal year", "and until ..."
        for t in range(i + 2, min(hi, i + 5)):
            if _HARD_GAP.search(tokens.gap(t)):
                break
            if words[t] in _EVERY and any(words[u] in _TIME_NOUNS for u in range(t + 1, min(hi, t + 3))):
                return i, t

_COMPARED = frozenset("those that what the ones".split())
_OUTCOME_NOUNS = frozenset("results result events event performance outcomes outcome achievements".split())
_STATEMENT_WORDS = frozenset("forward looking statements statement".split())
_COMPARATOR_CHAIN = 8  # "in the prospectuses of our competitors": a document and its owner after "in"


# A sentence opened by a phrase before its subject ("Within the meaning of ..., this release ...").
_FRONTED = frozenset("within under like unlike except besides beyond after before until unless if".split())
# Words of a subject that name the company or join it to another ("Northwind and its partners",
# "neither we nor the underwriters"): such a subject speaks for the company too.
_DETERMINERS = frozenset("a an the any all no every".split())
# verbs of a disclaimer that a second predicate opens with ("... and disclaims any obligation")
_PREDICATE_VERBS = frozenset("disclaim disclaims disclaimed undertake undertakes assume assumes decline declines "
                             "reject rejects accept accepts".split())
_OWN_SPEAKERS = frozenset("we us i company company's corporation management itself ourselves".split())
_JOINERS = frozenset("and or nor".split())


def _another_speaks(tokens: Tokens, first: int, lo: int) -> int | None:
    """The word that names someone else as the subject of the sentence whose first part is token
    `first` ("Our joint venture partner undertakes no obligation ...", "The underwriters have no
    duty ..."), or None. The subject is read from the sentence's start to its verb or the first comma
    (an aside, "like its peers", is no subject), and only when no word of it names the company or
    joins another to it."""
    words = tokens.words
    start = _sentence_low(tokens, first, lo)
    clause = tokens.clause_start(first, start)
    if clause != start and words[clause - 1] in ("and", "or") and all(
            words[u] in FINITE_VERBS or words[u] in _PREDICATE_VERBS or words[u].endswith("ly") or words[u] in _DETERMINERS
            for u in range(clause, first)):
        # a predicate coordinated without a subject of its own shares the sentence's ("The agent
        # does not undertake to, and specifically disclaims any obligation to, update ...")
        clause = start
    if clause != start or words[start] in _PREPOSITIONS or words[start] in _FRONTED:
        # only the sentence's own subject is read: a clause begun after "and" may be the tail of a
        # fronted phrase ("Within the meaning of the Act and other laws, this release ...")
        return None
    subject = []
    joined = None  # the first word joining another to the subject ("Neither the underwriters nor ...")
    for t in range(start, first):
        if words[t] in _OWN_SPEAKERS and not (words[t].endswith("'s") and any(
                _is_other(words, u) for u in range(t + 1, min(first, t + 4))
                if not (words[u] in _AUXILIARIES or words[u] in FINITE_VERBS))):
            return None  # (not the company's possessive on another: "the company's transfer agent")
        if words[t] in _AUXILIARIES or words[t] in FINITE_VERBS or words[t] in _PREDICATE_VERBS or (
                t > start and "," in tokens.gap(t)):
            break  # the verb begins ("has no duty"), or an aside
        if words[t] in _JOINERS and joined is None:
            joined = t
        subject.append(t)
    if joined is not None:
        # a joined subject speaks for the company unless its first member is another party and
        # what is joined to it names no one of its own: "Neither the underwriters nor their
        # affiliates undertake ..." is theirs; "Northwind and its partners", "the underwriters and
        # Northwind" speak for the company too
        rest = range(joined + 1, subject[-1] + 1)
        if any(words[t] in ("its", "our") or tokens.text[tokens.starts[t]].isupper() for t in rest):
            return None
        subject = [t for t in subject if t < joined]
    found = next((t for t in subject if _is_other(tokens.words, t)), None)
    if found is None:
        # a name's possessive in the subject owns what the subject names: "Statements in Cantor
        # Fitzgerald's research reports can be identified by words such as ..."
        found = next((t for t in subject if words[t].endswith("'s") and _another_name(tokens, t, start)), None)
    if found is None:
        # a bare name: "Coeur undertakes no obligation ..." where the legend's other disclaimers
        # speak for SilverCrest (a subject that disclaims is itself a speaker, so only the others
        # decide; a name the document gives itself is never another's: "IVT", short for the company)
        others = _speakers(tokens, besides=(start, start + len(subject) + 2))
        own = tokens.names.own | others if others else frozenset()
        found = next((t for t in subject if _another_name(tokens, t, start, own)), None) if own else None
        if any(stem(words[t]) in own for t in subject):
            found = None  # "Coeur and SilverCrest undertake ...": the company speaks too
    if found is None and subject:
        # a company named with its suffix that the legend's disclaimers do not speak for:
        # "Southwind Corp. uses words such as ..." over "Northwind undertakes no obligation ..."
        suffix = next((t for t in subject if words[t] in CORPORATE_SUFFIXES), None)
        speakers = _speakers(tokens) if suffix is not None else frozenset()
        name = _name_before(tokens, suffix, start) if speakers else []
        if name and not speakers.intersection(name):
            found = suffix - 1
    return found


def _compared_with_others(tokens: Tokens, last: int, hi: int) -> int | None:
    """What the proposition compares with is someone else's: "differ materially from those
    projected by independent industry analysts", "from the estimates of our competitors". The
    owner's token, or None. ("from those expressed in the forward-looking statements" is ours.)"""
    found = _other_comparator(tokens, last, hi)
    if found is not None and _own_comparator_after(tokens, found, hi):
        return None  # "from analysts' estimates and from our own guidance": ours is compared too
    return found


_OWN_COMPARED = frozenset("our its ours company's the these this those".split())  # "from those of analysts": read on
_ALTERNATIVES = frozenset("and or".split())


def _own_comparator_after(tokens: Tokens, other: int, hi: int) -> bool:
    """Whether a second "from" coordinated after another's comparator names the company's own
    ("... from analysts' estimates and from our guidance", "or from those expressed here")."""
    words = tokens.words
    for t in range(other + 1, min(hi - 1, other + 10)):
        if _HARD_GAP.search(tokens.gap(t)):
            return False
        if words[t] == "from" and words[t - 1] in _ALTERNATIVES:
            return words[t + 1] in _OWN_COMPARED and not any(
                _is_other(words, k) for k in range(t + 1, min(hi, t + 6)))   # not "from those of analysts"
    return False


def _other_comparator(tokens: Tokens, last: int, hi: int) -> int | None:
    words = tokens.words
    t = next((k for k in range(max(0, last - 2), min(hi, last + 2)) if words[k] == "from"), None)
    if t is None:
        return None
    u = t + 1
    while u < hi and u <= t + 2 and words[u] in _COMPARED and not _HARD_GAP.search(tokens.gap(u)):
        u += 1
    # up to two words of the compared thing ("projected", "estimates"), then its owner's link;
    # the statements' own words do not count ("from the forward-looking statements of our tenants")
    reach = 3 + sum(1 for k in range(u, min(hi, u + 4)) if words[k] in _STATEMENT_WORDS)
    for v in range(u, min(hi, u + reach)):
        if v > u and words[v] in _RELATIVES and not _HARD_GAP.search(tokens.gap(v)):
            continue  # "from the results that Southwind has projected": the relative clause's subject is next
        if _HARD_GAP.search(tokens.gap(v)) or words[v] in BOUNDARIES:
            return None
        other = _is_other(words, v) or _another_name(tokens, v, u)
        verb = v + 2 if v + 2 < hi and words[v + 1] in _PERFECT else v + 1  # "that Gentex has suggested"
        if other and verb < hi and words[verb] in _PROJECTING \
                and not any(_HARD_GAP.search(tokens.gap(k)) for k in range(v + 1, verb + 1)):
            return v  # a contact clause whose subject is another's: "from the results our reinsurers project"
        if other and words[v].endswith(("'s", "s'")) and v + 1 < hi:
            return v  # a possessive owner: "from the industry's results", "from our peers' estimates"
        if (words[v] in OTHER_TIMES and v + 1 < hi and words[v + 1] in _OUTCOME_NOUNS
                and not _HARD_GAP.search(tokens.gap(v + 1)) and not _coordinated_comparator(tokens, v + 1, hi)):
            return v  # another time's outcomes: "from actual past events", "from prior results"
        if words[v] in ("by", "of", "in"):  # "... contained in our competitors' forward-looking statements"
            # (or at the end of a document named there: "described in the prospectuses of our competitors")
            end, w = v + 5, v + 1
            while w < min(hi, end):
                if _HARD_GAP.search(tokens.gap(w)) or words[w] in BOUNDARIES or words[w] in _AUXILIARIES:
                    return None
                if _is_other(words, w) or _another_name(tokens, w, v + 1):
                    return w
                if words[w] in ("of", "by") and words[v] == "in" and w > v + 1:
                    end = min(w + 4, v + _COMPARATOR_CHAIN)
                w += 1
            return None
    return None


def _coordinated_comparator(tokens: Tokens, n: int, hi: int) -> bool:
    """Whether a second comparator is coordinated after the noun at n ("from past results and
    those expressed in the forward-looking statements", "... or from our projections"): the
    variance is then measured against the statements too."""
    words = tokens.words
    for t in range(n + 1, min(hi, n + 4)):
        if _HARD_GAP.search(tokens.gap(t)) and "," not in tokens.gap(t):
            return False
        if words[t] in ("and", "or") or words[t] == "from":
            continue
        return words[t] in _OWN_COMPARED or words[t] in _PROJECTING or words[t] == "any"
    return False


def _contrast_ending(tokens: Tokens, b: int, lo: int, table=CONTRASTS) -> int | None:
    """The first token of a contrast of `table` whose last word is token b ("rather than",
    "instead of", "as opposed to"), its words unbroken by a hard gap; else None."""
    words = tokens.words
    for contrast in table:
        n = len(contrast)
        if b - n + 1 >= lo and tuple(words[b - n + 1 : b + 1]) == contrast \
                and not any(_HARD_GAP.search(tokens.gap(k)) for k in range(b - n + 2, b + 1)):
            return b - n + 1
    return None


_CONTRASTED_REACH = 4  # words of the noun phrase between a contrast and the part ("as opposed to this press release")


def _contrasted_before(tokens: Tokens, a: int, lo: int) -> int | None:
    """A contrast a few words before a part the company must own, with no verb or clause break
    between: "Our investor presentation, as opposed to this press release, contains ...", "...
    identify historical facts rather than forward-looking statements". What the part names is set
    aside in favour of another. The contrast's first token, or None."""
    words = tokens.words
    for b in range(a - 1, max(lo, a - 1 - _CONTRASTED_REACH) - 1, -1):
        if _HARD_GAP.search(tokens.gap(b + 1)):
            return None
        start = _contrast_ending(tokens, b, lo)
        if start is not None:
            return start
        if words[b] in _CONTRAST_PREPOSITIONS and b - 1 >= lo and not _HARD_GAP.search(tokens.gap(b)):
            start = _contrast_ending(tokens, b - 1, lo)  # "rather than to any report filed with the SEC"
            if start is not None:
                return start
        if words[b] in BOUNDARIES or words[b] in _AUXILIARIES or words[b] in FINITE_VERBS:
            return None
    return None


_CONTRAST_PREPOSITIONS = frozenset("to in on from under with".split())
_PRECEDING = frozenset("preceded precedes predated predates antedated antedates".split())
_PRECEDING_REACH = 7  # words from the verb to the part ("preceded the United States Private Securities Litigation Reform Act")


def _other_than_before(tokens: Tokens, s: int, lo: int) -> int | None:
    """A noun "other than" the part itself ("detailed in documents other than our annual report"):
    what the noun names is not the part. "other than as required by law" and "factors other than
    those described in ..." put other words between; under a negation ("no obligation other than
    our obligation to update", "nothing other than our Form 10-K") it says "only". The token of
    "other", or None."""
    words = tokens.words
    b = s - 1
    while b >= lo and words[b] in FILLERS and not _HARD_GAP.search(tokens.gap(b + 1)):
        b -= 1
    if b - 1 >= lo and words[b].endswith("'s") and words[b - 1] == "than" and not _HARD_GAP.search(tokens.gap(b + 1)):
        b -= 1  # the owner's possessive read past as "our" is: "sources other than Acme's annual report"
    if (b - 2 >= lo and words[b] == "than" and words[b - 1] == "other" and words[b - 2] not in _NOT_NOMINAL
            and not _HARD_GAP.search(tokens.gap(b + 1)) and not _HARD_GAP.search(tokens.gap(b))
            and not any(is_negation(w) or w in NEGATIVE_SUBJECTS for w in words[max(lo, b - 5) : b - 1])):
        return b - 1
    return None


def _set_aside(tokens: Tokens, clause: int, s: int, lo: int) -> int | None:
    """A contrast that sets aside what a part says: its first token, or None. One mechanism for
    every place the contrast may stand:
    - right before the clause the part stands in, or before the part itself, the sentence rejects
      what the clause says ("we will update them, rather than disclaiming any obligation to do so",
      "Far from disclaiming any obligation to update ..., we commit to doing so"); the clause scan
      stops after "than", and reads past "instead of" and "far from";
    - opening the clause ("Far from disclaiming any obligation to update ...");
    - a few words before the part, with no verb between, it sets the phrase aside ("as that term
      is used in our policy, rather than within the meaning of the Reform Act", "instead of under
      the safe harbor", "as opposed to the Reform Act"); a verb between makes it another matter
      ("rather than relying on ...")."""
    words = tokens.words
    # a contrast set off by commas on both sides before the part is an aside on another word:
    # "Readers are encouraged, rather than cautioned, to place full reliance" sets aside
    # "cautioned", not the reliance ("... rather than those in our Form 10-K, filed with the SEC"
    # still sets the filing aside)
    closed = any("," in tokens.gap(k) for k in range(clause + 1, s + 1))
    for b in (clause, s):
        if b - 1 >= lo and not _HARD_GAP.search(tokens.gap(b)):
            start = _contrast_ending(tokens, b - 1, lo, REJECTIONS)
            if start is not None and not (b == clause and closed and "," in tokens.gap(start)):
                return start
    if clause + 1 < s and not (closed and "," in tokens.gap(clause)):
        for contrast in REJECTIONS:
            if tuple(words[clause : clause + len(contrast)]) == contrast and clause + len(contrast) <= s:
                return clause
    reach, b, elaborated = max(lo, s - 10), s - 1, False
    while b >= reach:
        if _HARD_GAP.search(tokens.gap(b + 1)):
            if (not elaborated and words[b + 1] in _ELABORATING and "," in tokens.gap(b + 1)
                    and not HARD_STOP.search(tokens.gap(b + 1))):
                # "in lieu of any discussion in documents filed with the SEC, particularly our
                # annual report": what elaborates the noun set aside is set aside with it
                reach, elaborated = max(lo, b - _ELABORATED_REACH), True
            else:
                return None
        start = _contrast_ending(tokens, b, lo)
        if start is not None:
            return start
        if ((words[b] in BOUNDARIES and not (elaborated and words[b] in ("and", "or")))
                or words[b] in _AUXILIARIES or words[b] in FINITE_VERBS
                or (words[b].endswith("ing") and words[b] not in _NOT_GERUNDS)):
            return None
        b -= 1
    return None


_NOT_NOMINAL = frozenset("as except save and or but no any".split()) | BOUNDARIES
_NOT_GERUNDS = frozenset("meaning regarding concerning according".split())  # "within the meaning of"
_ELABORATING = frozenset("particularly especially notably including namely".split())
_ELABORATED_REACH = 16  # words of the noun phrase an elaboration follows ("any discussion in documents filed with ...")


_RELATIVE_OPENERS = frozenset("which whose".split())
# What a pointed-to document does with the risks, denied in a relative clause on it: "our filings
# with the SEC, none of which discusses these risks", "..., which do not address these statements".
# (Not "incorporated": filings not incorporated by reference are still where the risks are told.)
_DISCUSSING = frozenset("""discuss discusses discussed address addresses addressed describe describes described
mention mentions mentioned concern concerns concerned""".split())
_BRACKET_WORDS = 4  # the longest defined name in brackets read past ("(the "SEC")", "(the "2023 Form 10-K")")
_DENIAL_REACH = 14  # words after a part a relative clause denying it may run over


def _denied_after(tokens: Tokens, e: int, hi: int) -> int | None:
    """A relative clause on the part that denies it reaches the statement: "the Reform Act, the
    protections of which do not apply to this release", "..., which in our view does not extend
    to statements of this kind", "whose safe harbor the Company has elected to waive". The
    denying token, or None. A new clause ("and", "but") or a sentence end stops the search."""
    words = tokens.words
    opened = concessive = False
    conceded_from = e
    denier = None  # a negative collective that opens the relative clause ("none of which")
    t, end = e, min(hi, e + 1 + _DENIAL_REACH)
    while t + 1 < end:
        t += 1
        gap = tokens.gap(t)
        word = words[t]
        if "(" in gap and not opened and word in _COLLECTIVES and words[t + 1 : t + 3] == ["of", "which"]:
            gap = ""  # "the Reform Act (none of which ...)": a relative clause in brackets
        if "(" in gap and not opened and ")" not in gap:
            # a short defined name in brackets ("the Securities and Exchange Commission (the
            # "SEC"), none of which ..."): read past it to what follows the bracket
            close = next((u for u in range(t + 1, min(hi, t + _BRACKET_WORDS + 1)) if ")" in tokens.gap(u)), None)
            if close is not None and close < hi and not _SENTENCE_GAP.search(tokens.gap(close)):
                t, gap, word = close, tokens.gap(close).replace(")", ""), words[close]
                end = max(end, min(hi, t + 1 + _DENIAL_REACH))
                if word in _COLLECTIVES and words[t + 1 : t + 3] == ["of", "which"]:
                    gap = ""
        if HARD_STOP.search(gap):
            return None
        if word == "which" and t - 2 > e and words[t - 1] == "of" and words[t - 2] in _NEGATIVE_COLLECTIVES:
            denier = t - 2  # "..., none of which, we accept, affords these statements any protection"
        if word in _RELATIVE_OPENERS or (word == "that" and any(is_negation(w) for w in words[t + 1 : t + 4])):
            opened = True  # "..., which does not extend to", "a draft of the Act that was never enacted"
            end = max(end, min(hi, t + 1 + _DENIAL_REACH))  # the reach is the relative clause's own
            continue
        if not opened and "," in gap and (word in _RENAMING or (word in FILLERS and t + 1 < hi
                                                                and words[t + 1] in _RENAMING)):
            # an appositive that renames the provision and takes a reduced relative clause:
            # "the Reform Act, provisions the Company has elected not to invoke", "…, a statute
            # we do not rely on"
            opened = True
            end = max(end, min(hi, t + 1 + _DENIAL_REACH))
            continue
        if not opened and word in ("and", "or"):
            collective = _collective_relative(tokens, t, hi)
            if collective is not None:
                # "Section 27A ... and Section 21E ..., both of which were repealed": the relative
                # clause is said of every coordinated provision, the first as much as the last
                t, end, opened = collective, min(hi, collective + 1 + _DENIAL_REACH), True
                if words[t] == "which" and words[t - 2] in _NEGATIVE_COLLECTIVES:
                    denier = t - 2  # "..., and Section 21E (none of which affords them any protection)"
                continue
        if not opened and word in ("and", "or") and _coordinated_law(words, t, hi):
            # "under the Securities Act of 1933 and the Securities Exchange Act of 1934, although
            # ...": two laws named together are one phrase, not two clauses
            end = max(end, min(hi, t + 1 + _DENIAL_REACH))
            continue
        if not opened and word in _CONCESSIVES and "," in gap and not concessive:
            # "..., although the safe harbor those sections create is unavailable to the Company",
            # "..., though these statements are ineligible for that protection": a clause that grants
            # the provision only to take it away; only a word that gives it up counts there (not a
            # denied "apply": "... but it does not apply to statements made in a tender offer" is a
            # limit of the law, not a waiver)
            concessive, conceded_from = True, t
            end = max(end, min(hi, t + 1 + _DENIAL_REACH))
            continue
        if concessive and word in _CONCEDED_AWAY and any(
                w in _CONCEDED_NOUNS for w in chain(words[t + 1 : min(hi, t + 6)], words[conceded_from + 1 : t])):
            # "..., although these statements are ineligible for that protection", "..., although
            # the safe harbor those sections create is unavailable to us"
            return t
        if concessive and word in _RELYING and any(is_negation(w) for w in words[max(conceded_from + 1, t - 3) : t]):
            # "..., but the Company does not rely on it", "..., although we will not invoke that
            # protection": the provision granted, then not claimed (a denied "apply" is still the
            # law's own limit, above)
            return max(u for u in range(max(conceded_from + 1, t - 3), t) if is_negation(words[u]))
        if concessive and word in ("that", "which") and t - 1 > conceded_from and words[t - 1] in _CONCEDED_NOUNS:
            continue  # "although the safe harbor that those sections create is unavailable": its subject's relative clause
        if word in BOUNDARIES:
            return None
        if not opened:
            continue
        if word in RENOUNCING:
            return t
        if word in _OPTING and t + 1 < hi and words[t + 1] == "out":
            return t  # "sections from whose protection the Company has opted out"
        if (word in APPLYING or word in _DISCUSSING) and any(is_negation(w) for w in words[max(e + 1, t - 3) : t]):
            return max(u for u in range(max(e + 1, t - 3), t) if is_negation(words[u]))
        if (word in APPLYING or word in _DISCUSSING) and denier is not None:
            return denier
        if word in APPLYING and t - 2 > e and words[t - 1] == "to" and "to" in IMPLICIT_NEGATORS.get(words[t - 2], ()):
            return t - 2  # "whose safe harbor ceased to apply to the Company", "fails to extend to"
    return None


_DISREGARD_REACH = 10
_LAW_NAME_WORDS = 7  # the longest law's name read after "and" ("the Securities Exchange Act of 1934")
_SECTION_WORDS = frozenset("section sections rule rules".split())


def _coordinated_law(words: list[str], t: int, hi: int) -> bool:
    """Whether "and"/"or" at t joins another law's or section's name to the one before ("... and
    the Securities Exchange Act of 1934", "... and Section 21E"): a determiner or "Section" after
    it and a law's head word within the name's reach, with no verb between."""
    if t + 1 >= hi or not (words[t + 1] in FILLERS or words[t + 1] in _SECTION_WORDS):
        return False
    for u in range(t + 1, min(hi, t + 1 + _LAW_NAME_WORDS)):
        if words[u] in FINITE_VERBS or words[u] in MODALS:
            return False
        if words[u] in _LAW_HEADS or words[u] in _SECTION_WORDS:
            return True
    return False


_CONCESSIVES = frozenset("although though but".split())
# what a concessive clause may say to give the provision up (not "disclaim": "..., but we disclaim
# any duty to update" is the legend's next element)
_CONCEDED_AWAY = frozenset("""unavailable inapplicable ineligible waive waives waived repealed forgo forgoes forgone
forwent renounce renounces renounced relinquish relinquishes relinquished lose loses lost losing forfeit forfeits
forfeited""".split())
# the company's own claim to a provision, as against the law's reach ("apply", "extend", "cover")
_RELYING = frozenset("""rely relies relied relying invoke invokes invoked invoking claim claims claimed claiming
avail avails availed availing""".split())
# Participles that take back what they follow: "forward-looking statements, since withdrawn, ...",
# "the Reform Act, since repealed, ..."
_WITHDRAWN = frozenset("withdrawn retracted rescinded superseded revoked recalled repealed abolished annulled".split())
_WITHDRAWN_SINCE = frozenset("since now subsequently later all each both".split())
_WITHDREW = frozenset("withdrew retracted rescinded revoked recalled".split())
_APPOSITIVE_OPENERS = frozenset("a an one".split())
_APPOSITIVE_REACH = 6


def _withdrawn_after(tokens: Tokens, e: int, hi: int) -> int | None:
    """An aside right after the part that says it has been taken back ("This release included
    forward-looking statements, since withdrawn, that ..."): its participle's token, or None."""
    words = tokens.words
    t = e + 1
    if t >= hi or "," not in tokens.gap(t) or HARD_STOP.search(tokens.gap(t)):
        return None
    if words[t] in _WITHDRAWN_SINCE and t + 1 < hi and not _HARD_GAP.search(tokens.gap(t + 1)):
        t += 1
    if words[t] in _APPOSITIVE_OPENERS:
        # an appositive that says so: "our Form 10-K, a report we withdrew last month,"
        for u in range(t + 1, min(hi, t + _APPOSITIVE_REACH)):
            if _HARD_GAP.search(tokens.gap(u)) or is_negation(words[u]):
                return None
            if words[u] in _WITHDRAWN or words[u] in _WITHDREW:
                return u
        return None
    return t if words[t] in _WITHDRAWN else None
_NAME_REACH = 8
_NAME_LINKS = frozenset("on of with to under".split())


def _disregarded_after(tokens: Tokens, e: int, hi: int) -> int | None:
    """A relative clause right after the part whose verb leaves it out of account or takes it back
    ("our filings with the SEC, which readers should set aside", "..., which investors may
    disregard", "..., which we withdrew"): what it
    names is withdrawn from the legend. A negation before the verb keeps it ("which readers should
    not overlook"); one on a verb coordinated before it does not ("which does not form part of, and
    should be ignored in reading, this release"). The verb's token, or None."""
    words = tokens.words
    t = e + 1
    if t >= hi or words[t] not in ("which", "that", "whom") or HARD_STOP.search(tokens.gap(t)):
        return None
    negated = False
    for u in range(t + 1, min(hi, t + 1 + _DISREGARD_REACH)):
        if words[u] in ("and", "but") and not HARD_STOP.search(tokens.gap(u)):
            negated = False  # the relative clause's next verb (", and should be ignored")
            continue
        if _HARD_GAP.search(tokens.gap(u)):
            return None
        if words[u] in ("which", "that") and words[u - 1] in ("and", "but"):
            continue  # the relative pronoun said again: ", and which readers may disregard"
        if words[u] == "since" and words[u - 1] in _PERFECT:
            continue  # the adverb, not a clause: "which we have since removed"
        if words[u] in BOUNDARIES:
            return None
        if is_negation(words[u]):
            negated = True
        elif words[u] in OVERLOOKING or words[u] in _TAKEN_BACK or (
                words[u] in _SETTING and u + 1 < hi and words[u + 1] == "aside"):
            return None if negated else u
    return None


# a relative clause that takes back what it follows: "our Form 10-K, which we later withdrew", "...,
# which the SEC rejected", "forward-looking statements, which we have since removed" (not "which
# superseded our earlier reports": there the filing stands)
_TAKEN_BACK = frozenset("withdrew withdrawn retracted rescinded revoked rejected removed deleted excised".split())


_SETTING = frozenset("set sets setting put puts putting lay lays laying cast casts brush brushes".split())
_OPTING = frozenset("opt opts opted opting".split())
_RENAMING = frozenset("provision provisions protection protections statute statutes law laws legislation section "
                      "sections".split())
_CONCEDED_NOUNS = _RENAMING | {"harbor", "harbour"}  # the subject a concessive clause gives up
_COLLECTIVES = frozenset("both all each neither none either".split())
_NEGATIVE_COLLECTIVES = frozenset("neither none".split())
_COORDINATED_REACH = 24  # words of the coordinated provisions before ", both of which"


def _collective_relative(tokens: Tokens, t: int, hi: int) -> int | None:
    """A relative clause said of coordinated antecedents after the "and"/"or" at t: "..., both
    of which", "..., each of which", "..., all of which", or a plural appositive ("..., sections
    the Company has elected not to invoke"); the token of "which" or of the appositive's noun, or
    None. Only commas may stand between (no clause of its own ends before it)."""
    words = tokens.words
    bracket_end = -1
    for u in range(t + 1, min(hi - 2, t + _COORDINATED_REACH)):
        gap = tokens.gap(u)
        if words[u] in _COLLECTIVES and ("," in gap or "(" in gap) and words[u + 1] == "of" and words[u + 2] == "which":
            return u + 2  # ", both of which", "(none of which ...)"
        if "(" in gap and ")" not in gap:
            # a short defined name in brackets ("... Commission (the "SEC"), none of which"): read past it
            bracket_end = next((k for k in range(u + 1, min(hi, u + _BRACKET_WORDS + 1)) if ")" in tokens.gap(k)), -1)
            if bracket_end < 0:
                return None
            continue
        if u < bracket_end:
            continue
        if u == bracket_end:
            gap = gap.replace(")", "")
        if HARD_STOP.search(gap) or words[u] in _AUXILIARIES:
            return None
        if words[u] in _PLURAL_RENAMING and "," in tokens.gap(u):
            # a plural appositive renames every coordinated provision: "Section 27A ... and
            # Section 21E ..., sections from whose protection the Company has opted out"
            return u
    return None


_PLURAL_RENAMING = frozenset("sections provisions protections statutes laws".split())


_CHAIN_WORDS = 14  # words a chain of documents may run over ("in Item 3.D of the Annual Report on Form 20-F of ...")


def _owner_down_chain(tokens: Tokens, e: int, hi: int, is_other=None) -> int | None:
    """The owner at the end of a chain of sections and documents after the part: "“Risk Factors”
    in Item 3.D of the Annual Report on Form 20-F of the Company's largest customer". Its token,
    or None; a verb, a clause opener or punctuation ends the chain."""
    words = tokens.words
    is_other = is_other or _is_other
    # "Item 1A, Risk Factors, of the Form 10-K ...": the item's caption set off by commas after its
    # number goes on with the chain
    captioned = words[e] == "1a" and words[e + 1 : e + 3] == ["risk", "factors"]
    for t in range(e + 1, min(hi, e + 1 + _CHAIN_WORDS)):
        if _HARD_GAP.search(tokens.gap(t)) and not tokens.gap(t).strip() in ("", '"', "'") and not (
                captioned and t in (e + 1, e + 3) and tokens.gap(t).strip().strip("\"'“”‘’") == ","):
            return None
        if words[t] in _RELATIVE_PRONOUNS and t > e + 1:
            # "the annual report on Form 10-K that our former parent filed": the relative clause
            # on the chain's last document names its filer
            return _relative_subject(tokens, t - 1, hi)
        if words[t] in BOUNDARIES or words[t] in _AUXILIARIES or words[t] in FINITE_VERBS or words[t] in _PARTICIPLES:
            return None
        if words[t] in ("of", "by") and t + 1 < hi:
            for u in range(t + 1, min(hi, t + 5)):
                if _HARD_GAP.search(tokens.gap(u)) or words[u] in BOUNDARIES or words[u] in ("of", "in", "on"):
                    break
                if is_other(words, u):
                    return u
    return None


_MODALS_OF_THE_PAST = frozenset("would could might should".split())


def _counterfactual(tokens: Tokens, key: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The key part in the consequence of a counterfactual: "would have been described in our
    filings, had we been required to include them", "... if we had been required", or with a
    present "would": "would be forward-looking statements if the transaction had not already
    closed", "would disclaim any obligation to update ... were it not bound to do so". The tokens
    of the modal (and "have"), or None. A present "would" needs a condition that is plainly unreal
    (a past perfect, or "were" inverted or negated): "results would differ if any of these risks
    were to materialize" is a caution."""
    words = tokens.words
    end = min(hi, len(words))
    perfect = present = None
    planned = None
    # (only the last 60 words before the key can hold the modal: a run-on sentence is long)
    for t in range(max(lo, key - 60), min(key + 1, end - 1)):
        if t > lo and _SENTENCE_GAP.search(tokens.gap(t)):
            perfect = present = planned = None
        if words[t] in ("was", "were") and t + 3 <= key and words[t + 1 : t + 4] == ["to", "have", "been"] \
                and key - t <= 30:
            planned = t  # "were to have been discussed in a supplement ...": a plan that came to nothing
        if words[t] in _MODALS_OF_THE_PAST and words[t + 1] == "have" and key - t <= 60:
            perfect = t
        elif words[t] == "would" and key - t <= 12:
            present = t
    if planned is not None:
        return planned, planned + 3
    if perfect is None and present is None:
        return None
    # the "had" and "were" of the sentence, up to the first sentence break after the key
    stop = tokens.next_mark(_SENTENCE_GAP, max(key, lo), end)
    auxiliaries = tokens.positions(_HAD_WERE)
    for h in auxiliaries[bisect_left(auxiliaries, lo) : bisect_left(auxiliaries, stop)]:
        if (h > lo and _SENTENCE_GAP.search(tokens.gap(h))) or h + 2 >= end:
            continue
        inverted = h == lo or "," in tokens.gap(h) or words[h - 1] in ("if", "and") or (
            words[h + 1] in _INVERTED_SUBJECTS and "not" in words[h + 2 : h + 4]) or (  # "... were it not bound"
            # "... under the Act had the Company been eligible": "had", its subject, "been"
            words[h] == "had" and words[h + 1] in _INVERTED_SUBJECTS and "been" in words[h + 2 : h + 5]) or (
            # after a "would have": "... would have been described in our Form 10-K had we filed one"
            words[h] == "had" and words[h + 1] in _INVERTED_SUBJECTS and perfect is not None and h > perfect)
        conditional = any(words[k] == "if" for k in range(max(lo, h - 4), h))
        if words[h] == "were":
            if perfect is None and (words[h + 1] == "to" or not (
                    (inverted and words[h + 1] in _INVERTED_SUBJECTS) or "not" in words[h + 1 : h + 4])):
                continue  # "if these risks were to materialize", "if our assumptions were wrong"
        if inverted or conditional:
            return (perfect, perfect + 1) if perfect is not None else (present, present)
    return None


_INVERTED_SUBJECTS = frozenset("it we they the company he she".split())  # "were it not bound"
_HAD_WERE = frozenset(("had", "were"))


_FILED = frozenset("filed furnished submitted".split())
_ABSENCES = frozenset("absence lack".split())
_BY_MEANS = frozenset("by through from".split())
# A verb of lacking denies the noun it takes with a determiner ("lacks any duty to update"), not a
# bare noun of a description ("statements lacking words such as 'expect'").
_LACK_VERBS = frozenset("lack lacks lacked lacking".split())
_DETERMINERS_OF_LACK = frozenset("a an any the".split())
_FILING_CLAUSE = _FILED | frozenset("that which we it the company has have had been file files".split())


# A company's name read by its words (`CORPORATE_SUFFIXES` marks one: "Southwind Corp."): the verbs
# of the legend's disclaimers whose subject is the company the legend speaks for ("Northwind
# undertakes no obligation ..."), and the words a name read backwards stops at.
_DISCLAIMING = frozenset("undertakes assumes disclaims declines intends".split())
_FILER_NAME_WORDS = 3
_FILER_LINK_REACH = 10  # words from the filing to the "by" or "of" that names its filer
_NO_NAMES = GENERIC_NAMES | frozenset("expressly specifically hereby by of from in for with to at on as".split()) \
    | FILLERS | CORPORATE_SUFFIXES


def _name_before(tokens: Tokens, t: int, lo: int) -> list[str]:
    """The words of a name ending just before token t (corporate suffixes read past), up to
    `_FILER_NAME_WORDS` words, stopping at a clause break or a word that names no one."""
    words, out = tokens.words, []
    k = t - 1
    while k >= lo and words[k] in CORPORATE_SUFFIXES:  # its abbreviation's full stop ends no sentence
        k -= 1
    while k >= lo and len(out) < _FILER_NAME_WORDS and words[k].isalpha() and words[k] not in _NO_NAMES \
            and words[k] not in BOUNDARIES \
            and (words[k + 1] in CORPORATE_SUFFIXES or not _HARD_GAP.search(tokens.gap(k + 1))):
        out.append(words[k])
        k -= 1
    return out


def _speakers(tokens: Tokens, besides: tuple[int, int] | None = None) -> frozenset[str]:
    """The words of the names the legend's disclaimers speak for: the subjects of "undertakes",
    "assumes", "disclaims", "does not" ("Northwind Robotics, Inc. undertakes no obligation").
    Empty when the legend speaks only as "we" or "the Company". `besides`: leave out the
    disclaimers whose verb stands in these tokens (the sentence being read)."""
    key = ("speakers",)
    if key not in tokens._memo:
        words, said = tokens.words, []
        for t, word in enumerate(words):
            if word in _DISCLAIMING or (word == "does" and t + 1 < len(words) and words[t + 1] == "not"):
                said.append((t, frozenset(_name_before(tokens, t, 0))))
        tokens._memo[key] = said, frozenset(w for _, name in said for w in name)
    said, every = tokens._memo[key]
    if besides is None:
        return every
    return frozenset(w for t, name in said if not besides[0] <= t < besides[1] for w in name)


_DEAL_NOUNS = frozenset("acquisition acquisitions merger mergers transaction transactions deal deals combination "
                        "integration purchase spin spinoff divestiture".split())  # ("spin-off": "spin")


def _another_name(tokens: Tokens, t: int, lo: int, own: frozenset[str] | None = None) -> bool:
    """Whether word t is (the last word of) the name of someone the legend does not speak for,
    with no corporate suffix to show it: "Royalty Pharma's filings", "statements made by
    Stonepeak", "Coeur undertakes no obligation" (`Names.another`). The company's names are the
    ones the document gives itself and the subjects of the legend's disclaimers (`_speakers`), or
    `own` when the caller knows better (not the sentence's own disclaimer)."""
    if "&" in tokens.gap(t) or (t + 1 < len(tokens.words) and "&" in tokens.gap(t + 1)):
        return False  # part of a name joined by "&", which the words do not spell
    if t + 1 < len(tokens.words) and tokens.words[t + 1] in _DEAL_NOUNS and not tokens.words[t].endswith("'s"):
        return False  # the name of a deal the company makes: "the results of the Tessaly acquisition"
    own = tokens.names.own | _speakers(tokens) if own is None else own
    return tokens.names.another(_name_before(tokens, t, lo)[::-1] + [tokens.words[t]], own)


def _named_filer(tokens: Tokens, a: int, b: int, lo: int, hi: int) -> int | None:
    """A filing (or a company part) owned by a company the legend does not speak for, named with its corporate suffix:
    "Southwind Corp.'s Form 10-K", "the Form 10-K filed by Southwind Corp.", "the annual report of
    our former parent, Southwind Holdings". Read only when the legend's disclaimers name the
    company they speak for (`_speakers`); the name's token, or None."""
    speakers = _speakers(tokens)
    if not speakers:
        return None
    words = tokens.words
    # the possessive of a suffix before the part: "Southwind Corp.'s Form 10-K" (canonical text
    # keeps "corp.s", the "s" a word of its own)
    k = a - 1
    while k >= lo and words[k] in FILLERS:
        k -= 1
    if k > lo and words[k] == "s" and words[k - 1] in CORPORATE_SUFFIXES and tokens.gap(k).strip(".'’") == "":
        name = _name_before(tokens, k, lo)
        if name and not speakers.intersection(name):
            return k - 1
    # "filed by Southwind Corp. with the SEC": the filer named just before the part
    if k > lo and words[k] in CORPORATE_SUFFIXES:
        suffix = k
        while suffix > lo and words[suffix - 1] in CORPORATE_SUFFIXES:
            suffix -= 1
        name = _name_before(tokens, k + 1, lo)
        before = suffix - len(name) - 1
        # "by Southwind Corp.", or by an appositive's head first: "by our former parent, Southwind Corp.,"
        reach = before if before < lo or "," not in tokens.gap(before + 1) else max(lo, before - _FILER_NAME_WORDS - 2)
        if name and not speakers.intersection(name) and any(
                words[j] in ("by", "of") for j in range(reach, before + 1) if j >= lo):
            return suffix - 1
    # "filed by" / "of" a name with its suffix, in the words after the part
    # (over a chain of documents: "the annual report on Form 10-K filed by ...")
    link = None
    for t in range(b + 1, min(hi, b + _FILER_LINK_REACH)):
        if _SENTENCE_GAP.search(tokens.gap(t)) or words[t] in BOUNDARIES:
            return None
        if words[t] in ("by", "of") or (words[t] == "to" and words[t - 1] in _ATTRIBUTED):
            link = t
            break
    if link is None:
        return None
    for t in range(link + 1, min(hi, link + 8)):
        if _SENTENCE_GAP.search(tokens.gap(t)) and t > link + 1:
            return None
        if words[t] in CORPORATE_SUFFIXES:
            name = _name_before(tokens, t, link + 1)
            if name and not speakers.intersection(name) and not any(w in ("our", "its") for w in name):
                return t - 1
            return None
    return None


_WITHHELD = frozenset("confidential nonpublic unpublished unfiled undisclosed secret private".split())
_DOCUMENT_PARTS = frozenset("""annex annexes exhibit exhibits schedule schedules appendix appendices portion portions
part parts version versions supplement supplements draft drafts""".split())
_WITHHELD_WORDS = 6  # "the confidential annex to Tevogen's Annual Report on"


def _withheld_part(tokens: Tokens, a: int, lo: int) -> int | None:
    """A part of the filing that the public cannot read, named right before it ("the confidential
    annex to our Annual Report on Form 10-K", "an unpublished supplement to our 10-Q"): its
    adjective's token, or None. The pointer then leads nowhere a reader can go."""
    words = tokens.words
    for t in range(a - 1, max(lo, a - _WITHHELD_WORDS) - 1, -1):
        if _HARD_GAP.search(tokens.gap(t + 1)) or words[t] in BOUNDARIES:
            return None
        if words[t] in ("to", "of") and t - 1 >= lo and words[t - 1] in _DOCUMENT_PARTS:
            return next((u for u in range(t - 2, max(lo, t - 4) - 1, -1) if words[u] in _WITHHELD), None)
    return None


_FILER_JOIN_WORDS = 9  # "filed" + "by our parent's largest supplier with the U.S." + "Securities and Exchange Commission"
_FILER_CLAUSE_WORDS = 7  # "Form 10-K that the Company's former parent filed"
_ATTRIBUTED = frozenset("attributed attributable ascribed credited".split())  # "statements attributed to Southwind Corp."


def _owner_of(tokens: Tokens, a: int, b: int, lo: int, hi: int) -> int | None:
    """Another owner of the words a..b: the word itself, a modifier before it, an "of"/"by"
    phrase after it or at the end of a chain of documents after it; its token, or None."""
    if _is_owner(tokens.words, a):
        return a
    found = _other_before(tokens, a, lo, _is_owner)
    found = found if found is not None else _other_after(tokens, b, hi, _is_owner)
    found = found if found is not None else _relative_subject(tokens, b, hi)
    return found if found is not None else _owner_down_chain(tokens, b, hi, _is_owner)


def _relative_subject(tokens: Tokens, b: int, hi: int) -> int | None:
    """Another owner as the subject of a relative clause on the words ending at b: "the annual
    reports that our competitors have filed", "the reports third parties file"; its token."""
    words = tokens.words
    t = b + 1
    if t < hi and words[t] in ("that", "which") and not _HARD_GAP.search(tokens.gap(t)):
        t += 1
    for u in range(t, min(hi, t + 4)):
        if _HARD_GAP.search(tokens.gap(u)) or words[u] in _AUXILIARIES or words[u] in FINITE_VERBS:
            return None
        if _is_owner(words, u) or _another_name(tokens, u, t):
            return u
    return None


_ASIDE_REACH = 36  # words an aside inside a subject may run over ("our Annual Report on Form 10-K for the year ended ..., as filed with the U.S. Securities and Exchange Commission, do not")
_ASIDE_WORDS_AFTER = 12  # words from a part in an "as" aside to the comma that closes it
_COORDINATE_ASIDE_WORDS = 12
_COORDINATE_OPENERS = frozenset("and or".split())


def _coordinate_aside(tokens: Tokens, first: int, last: int) -> int:
    """The words of a coordinate aside between commas inside tokens (first, last): a second
    subject and verb that share the object after them ("This Annual Report on Form 10-K contains,
    and our other public statements may contain, forward-looking statements"). They stand between
    the verb and its object without lengthening the statement, so a form's reach does not count
    them. Read only for a form that is otherwise too long. The count, or 0."""
    for b in range(first + 1, last):
        if tokens.words[b] in _COORDINATE_OPENERS and "," in tokens.gap(b):
            for e in range(b + 1, min(last, b + _COORDINATE_ASIDE_WORDS) + 1):
                if "," in tokens.gap(e):
                    return e - b
            return 0
    return 0


def _negation_after_as_aside(tokens: Tokens, s: int, e: int, hi: int) -> int | None:
    """A part in an aside that opens with "as" after a comma ("our Form 10-K, as filed with the
    SEC, did not describe them"): the aside describes the subject before it, so the subject's
    negated verb after the closing comma is the part's too. Its token, or None."""
    words = tokens.words
    if "as" not in words[max(0, s - 6) : s]:
        return None  # the common case, settled without reading the gaps
    opener = next((b for b in range(s - 1, max(-1, s - 7), -1)
                   if words[b] == "as" or re.search(r"[;:,()\n]", tokens.gap(b + 1))), None)
    if opener is None or words[opener] != "as" or "," not in tokens.gap(opener):
        return None  # ("as filed with the U.S. Securities and Exchange Commission": up to six words before)
    for t in range(e + 1, min(hi, e + 1 + _ASIDE_WORDS_AFTER)):
        gap = tokens.gap(t)
        if words[t] == "and" and tuple(words[t - 1 : t + 2]) == ("securities", "and", "exchange"):
            continue
        if re.search(r"[;:()]|[.!?](?:\s|$)", gap) or (words[t] in BOUNDARIES and "," not in gap):
            return None
        if "," in gap:
            u = t
            while u < hi and words[u] in _AUXILIARIES and not is_negation(words[u]):
                u += 1
            if u > t and u < hi and is_negation(words[u]):
                return u
            if is_negation(words[t]) and words[t].endswith("n't"):
                return t
            return None
    return None


def _negation_over_aside(tokens: Tokens, e: int, hi: int) -> int | None:
    """A negation of the verb of a subject the part stands in, after an aside between commas:
    "those that our filings with the SEC, including our Form 20-F filed on April 2, 2024, do not
    address". Its token, or None. A clause opener or other punctuation ends the subject."""
    words = tokens.words
    commas = 0
    for t in range(e + 1, min(hi, e + 1 + _ASIDE_REACH)):
        gap = tokens.gap(t)
        if words[t] == "and" and tuple(words[t - 1 : t + 2]) == ("securities", "and", "exchange"):
            continue  # the Commission's name
        if (words[t] in ("and", "or") and "," not in gap and t + 1 < hi
                and (words[t + 1] in FILLERS or words[t + 1] in _SUBJECT_NOUN_OPENERS)):
            continue  # another noun of the subject ("our Form 10-K and any later Form 10-Q, as filed ..., do not")
        if re.search(r"[;:()]|[.!?](?:\s|$)", gap) or words[t] in ("and", "but", "or", "which", "that", "who"):
            return None
        if "," not in gap:
            continue
        if commas and words[t] in _AUXILIARIES:
            u = t
            while u + 1 < hi and words[u + 1] in _AUXILIARIES:
                u += 1
            if is_negation(words[t]):
                return t
            return u + 1 if u + 1 < hi and is_negation(words[u + 1]) else None
        commas += 1
    return None
