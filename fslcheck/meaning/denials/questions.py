"""Denials by question and answer: a yes/no question answered "no", a rhetorical question, a
question word inside the parts, a "whether" clause that leaves the element open.
"""

from __future__ import annotations

from ..clauses import Tokens
from ..lexicon import BOUNDARIES, is_negation
from ..syntax import AUXILIARIES, HARD_GAP, SENTENCE_GAP, sentence_low


# Words that open a yes/no question ("Does the company undertake ...?", "Is a safe harbor ...?").
_QUESTION_OPENERS = frozenset("""is are was were do does did will would shall should can could may might must has have
had""".split())
_ANSWER_WORDS = 8  # the most words a short answer to a question has ("We do not believe so.")


def answered_no(tokens: Tokens, first: int, last: int, lo: int) -> int | None:
    """The negation of a short answer that denies the yes/no question tokens first..last stand in
    ("Does this release include forward-looking statements? It does not."), or None: the question
    is no statement, the answer says what holds. A question with no answer, or one answered yes
    ("... otherwise? It does."), adds nothing."""
    words = tokens.words
    n = len(words)
    start = sentence_low(tokens, first, lo)
    if words[start] not in _QUESTION_OPENERS:
        return None
    end = tokens.next_mark(SENTENCE_GAP, last, n)  # where the sentence ends (n: the text's end)
    if end >= n or "?" not in tokens.gap(end):
        return None
    stop = tokens.next_mark(SENTENCE_GAP, end, n)
    if stop - end > _ANSWER_WORDS:
        return None
    return next((t for t in range(end, stop) if is_negation(words[t])), None)


# A question that opens on "why", "who" or "how" with a modal of supposition ("Why would these
# statements speak only as of today?", "Who would seriously claim that ...?", "How could anyone
# say that ...?") asks for a reason or a person there is none of: it puts in doubt what it holds.
_RHETORICAL_OPENERS = frozenset("why who how".split())
_RHETORICAL_MODALS = frozenset("would could".split())
_RHETORICAL_SKIP = frozenset("""ever seriously really possibly honestly anyone anybody one else in the world on
earth""".split())
_ANSWER_OPENERS = frozenset("because since as for".split())
_DOUBTING_VERBS = frozenset("doubt question dispute deny challenge contest".split())


# "what"/"which" with the noun asked about ("what investor would hesitate to ...?", "which
# reader could ...?") ask for someone there is none of, as "who would" does
_WHICH_OPENERS = frozenset("what which".split())
_PERSONS = frozenset("""investor investors reader readers shareholder shareholders stockholder stockholders holder
holders unitholder unitholders person persons one analyst analysts buyer buyers purchaser purchasers lender lenders
lawyer lawyers""".split())
# a rhetorical question may open a clause after a comma and a coordinator ("Forward-looking
# statements involve risks, but what investor would hesitate to place full reliance on them?")
_CLAUSE_COORDINATORS = frozenset("but yet and so".split())


def _rhetorical_opener(tokens: Tokens, start: int, first: int) -> int | None:
    """The token that opens the question: the sentence's first word, or the first word of a
    clause after ", but"/", yet"/", and"/", so" before the parts, when it is a question word."""
    words = tokens.words
    if words[start] in _RHETORICAL_OPENERS or words[start] in _WHICH_OPENERS:
        return start
    for p in tokens.positions_of(_RHETORICAL_OPENERS | _WHICH_OPENERS, start + 2, first):
        if words[p - 1] in _CLAUSE_COORDINATORS and "," in tokens.gap(p - 1):
            return p
    return None


def rhetorical_question(tokens: Tokens, first: int, last: int, lo: int) -> int | None:
    """The opener of a rhetorical question the tokens first..last stand in ("Why would forward-
    looking statements speak only as of the date they are made?", "Who could say that ...?"), or
    None. It opens the sentence, its modal follows within two words ("Who would seriously claim"),
    the sentence ends with "?" and the next does not answer it ("Because ..."): a genuine question
    ("Why might results differ? Because ...") keeps what it presupposes."""
    words = tokens.words
    n = len(words)
    start = _rhetorical_opener(tokens, sentence_low(tokens, first, lo), first)
    if start is None:
        return None
    modal = next((t for t in range(start + 1, min(start + 4, first + 1)) if words[t] in _RHETORICAL_MODALS), None)
    if modal is None:
        return None
    if words[start] in _WHICH_OPENERS:
        # "what investor would ...", "which sensible reader could ...": a person asked about, as
        # "who" asks ("What factors could cause results to differ?" asks for the factors, and its
        # answer follows)
        if words[modal - 1] not in _PERSONS or any(words[t] in AUXILIARIES or words[t] in BOUNDARIES
                                                   for t in range(start + 1, modal)):
            return None
    elif any(words[t] not in _RHETORICAL_SKIP for t in range(start + 1, modal)):
        return None
    if any(words[t] in _DOUBTING_VERBS for t in range(modal + 1, first)):
        return None  # "Why would anyone doubt that they speak only as of today?" affirms it
    end = tokens.next_mark(SENTENCE_GAP, last, n)  # where the sentence ends (n: the text's end)
    closing = tokens.gap(end) if end < n else tokens.text[tokens.ends[n - 1]:tokens.ends[n - 1] + 3]
    if "?" not in closing:
        return None
    if end < n and words[end] in _ANSWER_OPENERS:
        return None
    return start


def asked_in_place(tokens: Tokens, first: int, last: int, lo: int) -> int | None:
    """A question word inside the parts of a sentence that ends with "?" ("Any forward-looking
    statements made in this release speak as of what date?"): the question asks for the part, it
    does not say it; what holds is in the answer, read as a sentence of its own. The question
    word's token, or None."""
    words = tokens.words
    n = len(words)
    asked = next((t for t in range(first + 1, last) if words[t] in _WHICH_OPENERS), None)
    if asked is None:
        return None
    end = tokens.next_mark(SENTENCE_GAP, last, n)  # where the sentence ends (n: the text's end)
    closing = tokens.gap(end) if end < n else tokens.text[tokens.ends[n - 1]:tokens.ends[n - 1] + 3]
    return asked if "?" in closing else None


def whether_clause(tokens: Tokens, first: int, last: int, lo: int) -> int | None:
    """The "whether" that opens the sentence when the tokens first..last stand in the clause it
    opens ("Whether this press release contains any forward-looking statements is a question the
    Company leaves open"), or None. A clause of "whether" asks or weighs; it asserts nothing, so
    what it holds is not said. A comma before the parts closes the clause first ("Whether as a
    result of new information or otherwise, we undertake no obligation to update ...")."""
    words = tokens.words
    start = sentence_low(tokens, first, lo)
    if words[start] != "whether" or start >= first:
        return None
    if any("," in tokens.gap(k) or tokens.marked(HARD_GAP, k) for k in range(start + 1, last + 1)):
        return None
    return start
