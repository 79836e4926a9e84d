"""Clause structure read off tokens, shared by every reading of a proposition.

Where a sentence starts, which words stand between two parts of a proposition (a new subject, a
predicate of its own, another clause), what a clause's main verb is, pro-forms and clefts that carry
a part at a distance ("may differ, and may do so materially"), idioms and listed words. The word
sets and gap patterns here are those more than one reading module needs.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .clauses import HARD_STOP, Tokens
from .lexicon import (
    BOUNDARIES, COMPLEMENT_TAKERS, DEICTICS, FILLERS, FINITE_VERBS, IDIOMS, MODALS, NOT_FORWARD,
    is_negation)


# Auxiliaries a negation may follow a part over ("undue reliance should not be placed").
AUXILIARIES = frozenset("should must will shall can could may might would need be been being is are was were "
                         "ought to do does did has have had wo ca".split())


_NOUN_PHRASE_WORDS = 6
RELATIVES = frozenset("that which who".split())
_CLAIMS = frozenset("claim claims consider considers deem deems assert asserts contend contends".split())
# the main clause's verb after the subject's relative clause ("... are not material could cause",
# "statements that do not relate to present facts are forward-looking statements")
_MAIN_VERBS = MODALS | {"are", "is"}


DO_FORMS = frozenset("do does did doing".split())


def pro_forms(tokens: Tokens, lo: int, hi: int, occurrences: dict[str, list[tuple[int, int]]],
               keys: tuple[str, ...]) -> dict[str, list[tuple[int, int]]]:
    """A key part's verb taken up again by "do so" later in the sentence ("results may depart from
    what we project, and do so in material respects"): the pro-form stands where the verb would,
    so what qualifies it (the degree) qualifies the verb. Only after the part itself, never alone."""
    words = tokens.words
    pros = [(s - 1, s) for s in range(lo + 1, hi) if words[s] == "so" and words[s - 1] in DO_FORMS]
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


def pseudo_cleft_do(tokens: Tokens, lo: int, hi: int) -> int | None:
    """The "do" of "to do" closing a pseudo-cleft whose subject is the gerund opening the sentence
    ("Updating or revising these statements ... is not something we undertake to do"), else None."""
    words = tokens.words
    if hi - lo < 6 or not words[lo].endswith("ing"):
        return None
    for d in range(lo + 3, hi):
        if words[d] == "do" and words[d - 1] == "to" and (d + 1 == hi or "," in tokens.gap(d + 1)
                                                          or tokens.marked(HARD_STOP, d + 1)):
            copula = next((c for c in range(lo + 1, d) if words[c] in COPULAS), None)
            if copula is not None and any(w in _CLEFT_NOUNS for w in words[copula + 1 : copula + 4]):
                return d
    return None


def in_closed_relative(tokens: Tokens, t: int, s: int, lo: int) -> bool:
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
    if modal is None or any(words[m] in RELATIVES for m in range(t + 1, modal)):
        return False
    for r in range(t - 1, max(lo, t - 10) - 1, -1):
        if tokens.marked(HARD_GAP, r + 1) and "," not in tokens.gap(r + 1):
            return False
        if words[r] in RELATIVES:
            return (r > lo and words[r - 1] not in COMPLEMENT_TAKERS and words[r - 1] not in FINITE_VERBS
                    and any(words[v] in FINITE_VERBS for v in range(r + 1, t)))
    return False


NEW_SUBJECTS = frozenset("we i you neither nobody".split())  # not "they", "it": the statements again
_COORDINATORS = frozenset("and but while whereas".split())


_AGENDA_OPENERS = frozenset("on during in".split())
_AGENDA_EVENTS = frozenset("call webcast presentation meeting".split())


def call_agenda(tokens: Tokens, first: int, lo: int) -> bool:
    """Whether the sentence opens with the event it speaks in ("On today's call, we will ...",
    "During this webcast, ..."): what follows is the event's agenda, not a lasting promise."""
    words = tokens.words
    start = sentence_low(tokens, first, lo)
    if start >= first or words[start] not in _AGENDA_OPENERS:
        return False
    for t in range(start + 1, min(first, start + 4)):
        if words[t] in _AGENDA_EVENTS:
            return any(words[u] in DEICTICS for u in range(start + 1, t))
    return False


def subject_changes(tokens: Tokens, a: int, b: int) -> bool:
    """Whether a denied clause with a subject of its own stands between tokens a and b (", and we
    do not undertake to update them for events of which we hereafter become aware"): b is in what
    that clause denies, not in what a's clause says. (", and we will treat them as current until
    our next release" denies nothing: its open end is a's.)"""
    words = tokens.words
    return any("," in tokens.gap(t) and words[t] in _COORDINATORS and t + 1 < len(words)
               and (words[t + 1] in NEW_SUBJECTS or words[t + 1 : t + 3] == ["the", "company"])
               and any(is_negation(w) for w in words[t + 1 : b])
               for t in range(a + 1, min(b, len(words) - 1)))


def joins_nouns(tokens: Tokens, b: int, i: int) -> bool:
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
        w in FINITE_VERBS or w in AUXILIARIES or w in CLAUSE_OPENERS or w in BOUNDARIES or w.endswith("n't")
        for w in after)


def main_verb(words: list[str], a: int, b: int) -> int | None:
    """The first finite verb in words [a, b) that is not the verb of a relative clause on the
    subject ("Nothing on the factors that could affect our results is to be found in ...": "is",
    not "could"): the verbs right after "that", "which" or "who" are the relative clause's own."""
    t = a
    while t < b:
        if words[t] in RELATIVES and t + 1 < b and words[t + 1] in FINITE_VERBS:
            t += 1
            while t < b and (words[t] in FINITE_VERBS or words[t] == "not"):
                t += 1  # "that could have been": one verb group
            continue
        if words[t] in FINITE_VERBS:
            return t
        t += 1
    return None


PERFECT = frozenset("has have had".split())


COPULAS = frozenset("is are was were be been being remain remains".split())


# "beyond" is the exceptive "other than" ("no obligation beyond our obligation to update" assumes
# the obligation to update): the negation before it does not reach the part after it.
CLAUSE_OPENERS = frozenset("than except but although though while whereas unless because if save besides beyond".split())


HARD_GAP = re.compile(r"[;:,()\n]|[.!?](?:\s|$)")
SENTENCE_GAP = re.compile(r"[.!?](?:\s|$)|\n")
STOP_GAP = re.compile(r"[;:()\n]|[.!?](?:\s|$)")  # a clause's end, not a comma


FUTURE_MODALS = frozenset("will shall".split())
# Words and pairs that set what follows apart ("any statement except these", "other than as required by law").
_EXCEPTIVE_WORDS = frozenset("except excepting excluding besides save".split())
_EXCEPTIVE_PAIRS = frozenset({("other", "than"), ("apart", "from"), ("aside", "from")})


def exceptive_at(words: list[str], t: int) -> int | None:
    """The last token of an exceptive that opens at token t ("except", "other than", "apart
    from"), or None."""
    if words[t] in _EXCEPTIVE_WORDS:
        return t
    return t + 1 if t + 1 < len(words) and (words[t], words[t + 1]) in _EXCEPTIVE_PAIRS else None
CONCEDING = frozenset("although though while whilst".split())  # openers of a concessive clause
_CONCESSION_REACH = 12  # words from "while" to the part it concedes


def concession_end(tokens: Tokens, first: int, last: int, lo: int, hi: int) -> int | None:
    """The token after the comma that closes a concessive clause holding the words [first, last]
    ("Although we are under no duty to revise them, ..."): its opener opens the sentence (`lo`,
    or "even" before it) or stands at most `_CONCESSION_REACH` words before `first`, with no clause
    break between, and the first break after `last` is that comma. None when the words stand in
    no such clause."""
    words = tokens.words
    c = next((u for u in reversed(tokens.positions_of(CONCEDING, lo, first))
              if first - u <= _CONCESSION_REACH or u <= lo + 1), None)
    if c is None or tokens.next_mark(HARD_GAP, c, first + 1) <= first:
        return None
    comma = tokens.next_mark(HARD_GAP, last, hi)
    if comma >= hi or "," not in tokens.gap(comma) or tokens.marked(SENTENCE_GAP, comma):
        return None
    return comma
_CAUSATIVES = frozenset("cause causes caused causing lead leads led leading".split())


def governs_up_to(tokens: Tokens, v: int, limit: int) -> bool:
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
        if re.search(r"[;:\n]|[.!?](?:\s|$)", gap) or ("," in gap and words[u] not in ELABORATING):
            return False
        if u < limit and words[u] in ("and", "or") and words[u + 1] not in _PRONOUN_SUBJECTS:
            continue  # nouns joined ("the Securities and Exchange Commission"), not a clause of its own
        if words[u] == "to" and words[v] in _CAUSATIVES:
            continue  # "cause actual results to differ": the object's infinitive is the causing verb's own
        if u < limit and (words[u] in FINITE_VERBS or words[u] in AUXILIARIES or words[u] in BOUNDARIES):
            return False
    return True


def sentence_low(tokens: Tokens, i: int, lo: int) -> int:
    """The first token of the sentence token i stands in, not before lo (a two-sentence range
    holds two)."""
    return tokens.last_mark(SENTENCE_GAP, i, lo)


def in_idiom(words: list[str], a: int) -> bool:
    """Whether the word at a is the noun of a fixed prepositional phrase, which names no
    participant: "as a result of" (no "results"), "in the event that" (no "events"); or the
    participle of "as amended", which says in what form a law or an agreement is meant ("the Reform
    Act of 1995, as amended"), never that anything will be revised."""
    if a >= 1 and words[a] == "amended" and words[a - 1] == "as":
        return True
    return a >= 2 and (words[a - 2], words[a - 1], words[a]) in IDIOMS


_KIN_AFTER_AND = frozenset("similar other variations comparable kindred like analogous".split())


def joins_listed_words(tokens: Tokens, t: int, covered: set[int]) -> bool:
    """Whether "and" / "or" at t joins items of a list rather than clauses: a part's own words
    ("words or expressions") or the list's tail ("and similar expressions"). A negation after
    such a list still belongs to the clause it subjects."""
    words = tokens.words
    if words[t] not in ("and", "or") or t + 1 >= len(words):
        return False
    return words[t + 1] in _KIN_AFTER_AND or (t - 1 in covered and t + 1 in covered)


CAPTION_REACH = 16  # words from a "Risk Factors" caption to the document it stands in


YEAR = re.compile(r"^(?:19|20)[0-9]{2}$")


_PRONOUN_SUBJECTS = frozenset("we it they i he she you".split())


def new_subject_between(tokens: Tokens, a: int, b: int) -> bool:
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
               # "Forward-looking statements are contained in our earnings release; statements
               # made on this call are ...": after a semicolon a clause of its own opens, unless
               # what follows continues the list or phrase before it ("; and in our Form 10-K",
               # "; (ii) ...")
               or (";" in tokens.gap(t) and "(" not in tokens.gap(t) and words[t] not in _AFTER_SEMICOLON_GOES_ON
                   and not (len(words[t]) <= 3 and words[t].isalpha() and t + 1 < len(words)
                            and ")" in tokens.gap(t + 1)))
               for t in range(a + 1, min(b, len(words) - 1))) or other_clause_between(tokens, a, b)


# words that carry the phrase before a semicolon on, in a list of places or items, rather than
# open a clause with a subject of its own
_AFTER_SEMICOLON_GOES_ON = frozenset("""and or in on within from through by at of to as including such plus
nor""".split())


def predicate_between(tokens: Tokens, a: int, b: int) -> bool:
    """Whether a predicate coordinated after a comma ("..., and include the following risks",
    "..., and are subject to") opens between tokens a and b: what stands before it ends the
    first predicate, what follows is the second's, and the two do not join."""
    words = tokens.words
    return any(words[t] in ("and", "but") and "," in tokens.gap(t) and words[t + 1] in _COORDINATED_VERBS
               and not tokens.marked(HARD_GAP, t + 1)
               for t in range(a + 1, min(b, len(words) - 1)))


_COORDINATED_VERBS = frozenset("include includes involve involves are is".split())
_RESUMING_SUBJECTS = frozenset("they these those it this which".split())


def correcting_predicate(tokens: Tokens, t: int, end: int) -> int | None:
    """The auxiliary that opens a predicate of its own between t and `end`, after "but" (with or
    without a comma) or after a semicolon and a pronoun: "are not listed here but are described
    in ...", "...; they are described in ..." (the second predicate says what the first denied of
    another place; `predicate_between` is the comma-and-verb coordination). None otherwise."""
    words = tokens.words
    for b in range(t + 1, min(end, len(words) - 1)):
        gap = tokens.gap(b)
        opens = (words[b] == "but" and not re.search(r"[;:.!?()]", gap)) or (
            ";" in gap and words[b] in _RESUMING_SUBJECTS)
        if opens and words[b + 1] in AUXILIARIES and b + 1 < end:
            return b + 1
    return None


def other_clause_between(tokens: Tokens, a: int, b: int) -> bool:
    """Whether a clause whose subject is not the statements opens between tokens a and b, so that
    a verb after it is that subject's: a relative clause on historical statements ("from our
    statements of historical fact, which use the same terminology")."""
    words = tokens.words
    return any(words[t] == "which" and "," in tokens.gap(t)
               and any(w in NOT_FORWARD for w in words[max(a + 1, t - 3) : t])
               for t in range(a + 1, min(b, len(words) - 1)))


def consecutive(chosen: dict[str, tuple[int, int]]) -> list[tuple[tuple[str, tuple[int, int]], tuple[str, tuple[int, int]]]]:
    """The chosen parts in text order, each with the one after it."""
    ordered = sorted(chosen.items(), key=lambda item: item[1][0])
    return list(zip(ordered, ordered[1:]))


_THAT_NOUNS = frozenset("""guarantee guarantees assurance assurances representation representations warranty
warranties promise promises""".split())


ELABORATING = frozenset("particularly especially notably including namely".split())


MODALS_OF_THE_PAST = frozenset("would could might should".split())


FILER_NAME_WORDS = 3


_COORDINATE_ASIDE_WORDS = 12
_COORDINATE_OPENERS = frozenset("and or".split())
# a comparison between commas ("which, like those of our peers, speak only as of ..."): it
# likens the statements to others' without lengthening what is said of them
_COMPARISON_OPENERS = frozenset("like unlike".split())
# ... nor does an alternative of makers between commas ("which, whether made by Acme or by any of
# its subsidiaries, speak only as of ..."), though what it names is still read for an owner
_ALTERNATIVE_OPENERS = frozenset("whether".split())


def coordinate_aside(tokens: Tokens, first: int, last: int) -> int:
    """The words of a coordinate aside between commas inside tokens (first, last): a second
    subject and verb that share the object after them ("This Annual Report on Form 10-K contains,
    and our other public statements may contain, forward-looking statements"). They stand between
    the verb and its object without lengthening the statement, so a form's reach does not count
    them. Read only for a form that is otherwise too long. The count, or 0."""
    for b in range(first + 1, last):
        if (tokens.words[b] in _COORDINATE_OPENERS or tokens.words[b] in _COMPARISON_OPENERS
                or tokens.words[b] in _ALTERNATIVE_OPENERS) and "," in tokens.gap(b):
            for e in range(b + 1, min(last, b + _COORDINATE_ASIDE_WORDS) + 1):
                if "," in tokens.gap(e):
                    return e - b
            return 0
    return 0


# a second place joined to the first by "or"/"and" with the same preposition ("made in this
# release or in any documents", "contained in our reports or in our filings"): the statements are
# the same, only said in more places, so the second phrase does not lengthen what is said of them
_REPEATED_PREPOSITIONS = frozenset("in on within from through by at".split())
_REPEATED_PLACE_WORDS = 6


def repeated_place_aside(tokens: Tokens, first: int, last: int) -> int:
    """The words of a second prepositional phrase coordinated with a first of the same preposition
    inside tokens (first, last): "or in any documents" after "in this press release". It names
    another place of the same statements and stands between the subject and its verb without
    lengthening what is said of them, so a form's reach does not count it. Accepted only where the
    first phrase opens at most six words before "or"/"and" with no comma between; the aside is
    counted as long as the first phrase (the second's end is not known without its verb). Read only
    for a form that is otherwise too long. The count, or 0."""
    words = tokens.words
    for b in range(first + 2, last - 1):
        if words[b] not in _COORDINATE_OPENERS or words[b + 1] not in _REPEATED_PREPOSITIONS:
            continue
        for a in range(b - 1, max(first, b - _REPEATED_PLACE_WORDS) - 1, -1):
            if "," in tokens.gap(a + 1):
                break
            if words[a] == words[b + 1]:
                return b - a
    return 0


# the document's own title by its form ("this Quarterly Report on Form 10-Q", "this Annual Report
# on Form 10-K", "this Form 8-K"): a name of "this report", one unit however many words it takes
_TITLE_KINDS = frozenset("annual quarterly current transition periodic".split())
_FORM_LETTERS = frozenset("k q f ksb qsb a".split())


def _form_number_end(words: list[str], f: int, last: int) -> int | None:
    """The last token of "form" + its number at `f` ("form 10 q", "form 8 k", "form 20 f"), or None."""
    if f + 1 > last or words[f] != "form" or not words[f + 1].isdigit():
        return None
    end = f + 1
    while end + 1 <= last and words[end + 1] in _FORM_LETTERS:
        end += 1
    return end


def own_title_aside(tokens: Tokens, first: int, last: int) -> int:
    """The words beyond the first of the document's own title by its form inside tokens (first,
    last): "this Quarterly Report on Form 10-Q" names the document as "this report" does, so a
    form's reach counts it as one word ("Forward-looking statements contained in this Quarterly
    Report on Form 10-Q speak only as of ..."). Only after "this": another's or an earlier report
    ("the Annual Report on Form 10-K of our largest customer") keeps its length. Read only for a
    form that is otherwise too long. The count, or 0."""
    words = tokens.words
    for b in range(first + 1, last - 1):
        if words[b] != "this":
            continue
        f = b + 1
        if words[f] in _TITLE_KINDS and f + 3 <= last and words[f + 1] == "report" and words[f + 2] == "on":
            f += 3
        end = _form_number_end(words, f, last)
        if end is not None and end < last:
            return end - (b + 1)
    return 0


# who made the statements, named after them ("statements attributable to us or persons acting on
# our behalf apply only as of ..."): a post-modifier of the subject that ends at "behalf"
_ATTRIBUTION_OPENERS = frozenset("attributable attributed ascribable ascribed".split())
_ATTRIBUTION_END = "behalf"
_ATTRIBUTION_WORDS = 12


def attribution_aside(tokens: Tokens, first: int, last: int) -> int:
    """The words of an attribution after a noun inside tokens (first, last): "attributable to us or
    persons acting on our behalf", "attributed to the Company or any person acting on its behalf".
    It says who made the statements (read for an owner elsewhere) and stands between the subject
    and its verb without lengthening what is said of them, so a form's reach does not count it.
    Accepted only from an attribution word followed by "to" up to "behalf" within twelve words, the
    fixed legal phrase; any other modifier ("statements made in our reports filed with the SEC")
    still counts. Read only for a form that is otherwise too long. The count, or 0."""
    words = tokens.words
    for b in range(first + 1, last - 1):
        if words[b] in _ATTRIBUTION_OPENERS and words[b + 1] == "to":
            for e in range(b + 2, min(last, b + _ATTRIBUTION_WORDS) + 1):
                if words[e] == _ATTRIBUTION_END:
                    return e - b + 1
            return 0
    return 0


# the company named as the maker of its own statements after them ("statements made by the Company
# in this press release speak only as of ..."): the maker is the legend's own, so the agent phrase
# says nothing the subject does not and does not lengthen what is said of the statements
_MAKER_VERBS = frozenset("made given expressed issued provided".split())
_OWN_MAKERS = (("us",), ("management",), ("our", "management"), ("the", "company"), ("the", "corporation"),
               ("the", "partnership"), ("the", "trust"), ("the", "bank"), ("the", "group"), ("the", "issuer"),
               ("the", "registrant"), ("the", "company's", "management"), ("the", "company", "s", "management"))


def own_maker_aside(tokens: Tokens, first: int, last: int) -> int:
    """The words of "by" + the company as maker after a maker verb inside tokens (first, last):
    "made by the Company", "expressed by us", "given by management". The statements are the
    company's whoever is named so, and the agent stands between the subject and its verb without
    lengthening what is said of them, so a form's reach does not count it. Another maker ("made by
    our partners") keeps its length (and is read for an owner elsewhere). Read only for a form that
    is otherwise too long. The count, or 0."""
    words = tokens.words
    for b in range(first + 1, last - 1):
        if words[b] != "by" or words[b - 1] not in _MAKER_VERBS:
            continue
        for maker in sorted(_OWN_MAKERS, key=len, reverse=True):
            if tuple(words[b + 1 : b + 1 + len(maker)]) == maker and b + len(maker) < last:
                return 1 + len(maker)
        return 0
    return 0


def comparison_aside(tokens: Tokens, a: int, b: int) -> tuple[int, int] | None:
    """The first and last token of a comparison set off by commas that holds the words a..b
    ("which, unlike the statements of our former manager, speak only as of ..."), or None: what
    it names is what the subject is likened to, not the subject of the clause around it."""
    words = tokens.words
    for opener in range(a, max(-1, a - _COORDINATE_ASIDE_WORDS), -1):
        if opener < a and "," in tokens.gap(opener + 1) or opener == 0:
            return None
        if words[opener] in _COMPARISON_OPENERS and "," in tokens.gap(opener):
            break
    else:
        return None
    close = next((e for e in range(b + 1, min(len(words), opener + _COORDINATE_ASIDE_WORDS + 1))
                  if "," in tokens.gap(e)), None)
    return (opener, close - 1) if close is not None else None


# Prepositions whose object may be an indirect question: "has no bearing on whether", "without
# regard to whether", "the question of whether"
_QUESTION_PREPOSITIONS = frozenset("on to of about regarding concerning".split())
_QUESTION_REACH = 12  # from "whether" to a part of the element inside its clause


def in_indirect_question(tokens: Tokens, a: int, lo: int) -> bool:
    """Whether token a stands in a clause that "whether" opens after a preposition ("... has no
    bearing on whether it contains words such as", "without regard to whether they are
    forward-looking"): what such a clause says is asked, not asserted. Not the "whether" of an
    alternative set off by a comma ("whether as a result of new information or otherwise")."""
    # (a cheap test first: most sentences have no "whether" near the part, and this is asked of
    # every part of every candidate)
    key = ("whether",)
    if key not in tokens._memo:
        tokens._memo[key] = [t for t, word in enumerate(tokens.words) if word == "whether"]
    positions = tokens._memo[key]
    i = bisect_left(positions, a) - 1
    if i < 0 or positions[i] < max(lo, a - _QUESTION_REACH):
        return False
    k = positions[i]
    words = tokens.words
    if any(tokens.marked(HARD_GAP, u) for u in range(k + 1, a + 1)):
        return False
    return k - 1 >= lo and words[k - 1] in _QUESTION_PREPOSITIONS and not tokens.marked(HARD_GAP, k)
