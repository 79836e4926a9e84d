"""Statements of another document: readings that move an element onto a statement made
elsewhere or earlier ("the projections in the merger proxy", "statements made in our prior
releases", "other than the statements below").
"""

from __future__ import annotations

from .clauses import Tokens
from .lexicon import (
    BOUNDARIES, DEICTICS, DOCUMENT_NOUNS, FILLERS, FINITE_VERBS, LATER_MARKERS, NOT_FORWARD, OTHER_DOCUMENTS,
    OTHER_KINDS, STATEMENT_NOUNS)
from .owner_phrases import other_document_in_place, owner_in_phrase
from .parties import ANOTHER_DOCUMENT, PARTICIPLES, PLACES_HERE, PREPOSITIONS, is_owner
from .syntax import AUXILIARIES, HARD_GAP, RELATIVES, STOP_GAP, exceptive_at, sentence_low

# The bare noun "document" is this one only with no kind named before it ("the document",
# "the following document"); "the Plan document", "the offering document" name another.
_GENERIC_DOCUMENTS = frozenset("document documents".split())
_OWN_DOCUMENT_MODIFIERS = frozenset("""the a an this following foregoing present current same entire whole full
complete above below attached""".split())


def other_document(tokens: Tokens, a: int, b: int, lo: int, hi: int) -> int | None:
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
            if tokens.marked(HARD_GAP, t) or words[t] in AUXILIARIES or words[t] in BOUNDARIES:
                return None
            if words[t] in DOCUMENT_NOUNS:
                return t
        return None
    if words[b] not in DOCUMENT_NOUNS:
        return None
    # a document of a kind a release never is ("the Offering Memorandum") is another one unless
    # "this" names it
    marker = b if words[b] in OTHER_KINDS else None
    if marker is None and words[b] in _GENERIC_DOCUMENTS and a - 1 >= lo and not tokens.marked(HARD_GAP, a) \
            and words[a - 1].isalpha() and words[a - 1] not in _OWN_DOCUMENT_MODIFIERS and words[a - 1] not in DEICTICS:
        marker = a - 1  # "the Plan document", "the offering document": a kind named by a noun before it
    for t in range(a - 1, max(lo, a - 5) - 1, -1):
        if words[t] == "of" and t - 1 >= lo and words[t - 1] in OTHER_DOCUMENTS:
            return t - 1  # "the transcript of our earnings call"
        if (tokens.marked(HARD_GAP, t + 1) or words[t] in AUXILIARIES or words[t] in BOUNDARIES
                or words[t] in PREPOSITIONS or words[t] == "of"):
            break  # the noun phrase ends ("this Annual Report on Form 10-K")
        if words[t] in DEICTICS:
            # "this annual report" is this one; "a draft of this release" is another document
            if t - 2 >= lo and words[t - 1] == "of" and words[t - 2] in OTHER_DOCUMENTS:
                return t - 2
            return _companion_of_this(tokens, t, lo)
        if (words[t] in OTHER_DOCUMENTS or words[t] in LATER_MARKERS) and marker is None:
            marker = t
    return marker


# "When used in the offering memorandum, words such as ...": the sentence's fronted phrase places
# what it says in another document
_FRONTED_USE = frozenset("when as if where".split())
# a word that makes a document another one without "this": a kind a release never is, or a marker
# ("annual", "accompanying", "prior")
# The papers of a transaction, which a release may describe but never is ("When used in the Merger
# Agreement, ...", "... in the Offer to Purchase, ...", "... in the offering circular, ...")
_TRANSACTION_PAPERS = frozenset("""agreement agreements contract contracts indenture indentures circular circulars
offer""".split())
_FRONTED_DOCUMENT_WORDS = 8
_NOTES = frozenset("note notes research commentary commentaries".split())  # what analysts write


def fronted_other_document(tokens: Tokens, first: int, lo: int) -> int | None:
    """Another document named by the phrase that opens the sentence of token `first` ("When used
    in our offering memorandum, ...", "In the accompanying presentation, ..."), before the comma
    that closes it: its token, or None. "this" (or "herein", "today's") anywhere in the phrase
    makes it this document ("When used in this release or in our investor presentation"). A
    document of another owner counts too ("In the reports of our auditors, ...", "In analysts'
    notes, ...")."""
    words = tokens.words
    start = sentence_low(tokens, first, lo)
    t = start
    if t + 2 < first and words[t] in _FRONTED_USE and words[t + 1] == "used":
        t += 2
        if words[t] == "by":
            # "When used by our former parent, words such as ...": the words are another's
            return owner_in_phrase(tokens, t, first, is_owner)[0]
    if words[t] != "in":
        return None
    found = owner = None
    document = crossed = False
    for u in range(t + 1, min(first, t + 1 + _FRONTED_DOCUMENT_WORDS)):
        if tokens.marked(HARD_GAP, u) or words[u] in DEICTICS:
            return None
        crossed = crossed or words[u] in PREPOSITIONS or words[u] == "connection"
        if found is None and (words[u] in ANOTHER_DOCUMENT or (words[u] in _TRANSACTION_PAPERS and not crossed)):
            found = u  # (the papers where the words are used, not "in connection with the merger agreement")
        if owner is None and is_owner(words, u):
            owner = u
        document = document or words[u] in DOCUMENT_NOUNS or words[u] in _NOTES
        if "," in tokens.gap(u + 1):
            return found if found is not None else owner if document else None
    return None


_SUBJECT_OPENERS = frozenset("only the these such certain all any some".split())
# the subject's head and a participle that takes it out of a document: "disclosure redacted from",
# "statements omitted from", "information removed from"
_TAKEN_OUT_HEADS = STATEMENT_NOUNS | frozenset("disclosure disclosures material materials passages text content contents "
                                               "remarks comments portions parts".split())
_TAKEN_OUT = frozenset("redacted removed omitted deleted excised excluded withheld struck cut dropped".split())


def subject_in_other_document(tokens: Tokens, first: int, lo: int) -> int | None:
    """Another document that the sentence's subject places its statements in, before token
    `first` ("Statements in our annual report that are not historical are forward-looking",
    "Only the statements contained in our investor presentation ... constitute"): its token, or
    None. "this" (or "herein", "today's", "above") in the phrase makes it this
    document or a part of it."""
    words = tokens.words
    t = sentence_low(tokens, first, lo)
    while t < first and words[t] in _SUBJECT_OPENERS:
        t += 1
    if t + 2 < first and words[t] in _TAKEN_OUT_HEADS and words[t + 1] in _TAKEN_OUT \
            and words[t + 2] == "from" and not tokens.marked(HARD_GAP, t + 1):
        # "Certain disclosure redacted from this news release may constitute forward-looking
        # information": what was taken out of a document, even this one, is not in it
        return t + 1
    if t + 2 >= first or words[t] not in STATEMENT_NOUNS:
        return None
    t += 1
    if words[t] in PARTICIPLES:
        t += 2 if words[t] == "set" else 1
    if t >= first or words[t] != "in":
        return None
    found = None
    for u in range(t + 1, min(first, t + 1 + _FRONTED_DOCUMENT_WORDS)):
        if tokens.marked(HARD_GAP, u) or words[u] in RELATIVES or words[u] in FINITE_VERBS:
            break
        if words[u] in DEICTICS or words[u] in PLACES_HERE:
            return None  # "our quarterly outlook above": a part of this document
        if found is None and words[u] in ANOTHER_DOCUMENT:
            found = u
    return found
def object_in_other_document(tokens: Tokens, e: int, hi: int) -> int | None:
    """Another document that holds the object ending at token e ("update the information in our
    filings", "revise the statements contained in our SEC filings"): its token, or None
    (`other_document_in_place`)."""
    words = tokens.words
    t = e + 1
    if t < hi and words[t] in _STATEMENT_HEADS and words[e] == "looking" and not tokens.marked(HARD_GAP, t):
        t += 1  # the object read as "forward-looking", its noun after it: "the forward-looking statements in ..."
    if t < hi and words[t] in PARTICIPLES and not tokens.marked(HARD_GAP, t):
        t += 2 if words[t] == "set" else 1
    if t >= hi or words[t] != "in" or tokens.marked(HARD_GAP, t):
        return None
    return other_document_in_place(tokens, t + 1, hi, filed=True)
_JOINED_TO = frozenset("attached appended annexed".split())  # "... to this release"
_COMPANION_NOUN_WORDS = 3  # "the slide presentation" + "accompanying": the document's noun close before


def _companion_of_this(tokens: Tokens, t: int, lo: int) -> int | None:
    """A document that goes with this one, named before it with a participle after its noun: "the
    slide presentation accompanying this press release", "the tables attached to this release"
    (the deictic at t): another document than this one. The companion noun's token, or None."""
    words = tokens.words
    p = t - 1
    nouns = DOCUMENT_NOUNS
    if p > lo and words[p] == "to" and words[p - 1] in _JOINED_TO:
        p -= 1
    elif p > lo and words[p] == "in" and _described_before(words, p - 1, lo) is not None:
        # "the option agreements described in this release": documents this one only tells of
        p = _described_before(words, p - 1, lo)
        nouns = DOCUMENT_NOUNS | _INSTRUMENTS
    elif not (p >= lo and words[p] == "accompanying"):
        return None
    for n in range(p - 1, max(lo, p - 1 - _COMPANION_NOUN_WORDS), -1):
        if tokens.marked(HARD_GAP, n + 1) or words[n] in BOUNDARIES or words[n] in AUXILIARIES:
            return None
        if words[n] in nouns:
            return n
    return None


_DESCRIBING = frozenset("described mentioned discussed summarized summarised outlined announced".split())
_INSTRUMENTS = frozenset("agreement agreements contract contracts".split())  # documents a release tells of


def _described_before(words: list[str], p: int, lo: int) -> int | None:
    """The participle of describing that ends at p ("described", "referred to"), its token; else None."""
    if p >= lo and words[p] in _DESCRIBING:
        return p
    if p - 1 >= lo and words[p] == "to" and words[p - 1] == "referred":
        return p - 1
    return None


_POSSESSED_WORDS = 3  # modifiers and noun of a possessed document: "2022 sustainability report"


_STATEMENT_HEADS = frozenset("statement statements forward projections forecasts".split())


def excepted_statements(tokens: Tokens, a: int, b: int, lo: int, hi: int) -> int | None:
    """The statements at a..b named as the exception to what the clause says ("not to rely on any
    statements except these forward-looking statements"), or a generic object at a..b followed by
    an exception that names them ("no obligation to update any statement other than the
    forward-looking statements"): the element is said of everything but them. The exceptive's
    token, or None. An exception for an occasion ("other than as required by law") is no such one."""
    words = tokens.words
    t = a - 1
    while t > lo and words[t] in FILLERS and t >= a - 2:
        t -= 1
    if t > lo and words[t] == "for" and not tokens.marked(HARD_GAP, t + 1):
        t -= 1  # "except for", "save for"
    if t >= lo and not tokens.marked(HARD_GAP, t + 1):
        for opens in (t, t - 1):  # "except" or "other than" ending right before
            if opens >= lo and exceptive_at(words, opens) == t:
                return opens
    t = b + 1
    while t < hi and t <= b + 2 and words[t] in _STATEMENT_HEADS and not tokens.marked(HARD_GAP, t):
        t += 1
    end = exceptive_at(words, t) if t < hi else None
    if end is not None and end + 1 < hi and words[end + 1] == "for":
        end += 1  # "except for", "save for"
    # (set off by a comma too: "no obligation to update any statement, other than the ones in this release")
    if end is not None and end < hi and not tokens.marked(STOP_GAP, t) and _names_statements(tokens, end + 1, hi):
        return t
    # a fronted exception of this document's statements: "Other than the forward-looking statements
    # in this release, we undertake no obligation to update ..."
    start = sentence_low(tokens, a, lo)
    end = exceptive_at(words, start) if start < a else None
    if end is not None and end + 1 < a and words[end + 1] == "for":
        end += 1
    if end is not None and _names_statements(tokens, end + 1, a, these=True):
        return start
    return None


_THOSE = frozenset("those ones".split())
_CARVE_OUT = frozenset("law laws legal regulation regulations rule rules required requires require".split())
_EXCEPTED_WORDS = 6  # "the forward-looking statements in this release"


def _names_statements(tokens: Tokens, u: int, hi: int, these: bool = False) -> bool:
    """Whether the exception's object opening at u names the statements ("the forward-looking
    statements") or this document's ("the ones in this release", "those herein"); `these` asks for
    this document's only."""
    words = tokens.words
    named = deictic = False
    for k in range(u, min(hi, u + _EXCEPTED_WORDS)):
        if k > u and tokens.marked(HARD_GAP, k):
            break
        if words[k] in NOT_FORWARD:
            return False  # "other than statements of historical fact": not the statements at all
        if words[k] in _CARVE_OUT:
            return False  # "except for any statement the law requires us to update": the law's carve-out
        if words[k] in _STATEMENT_HEADS or words[k] in _THOSE:
            named = True
        elif words[k] in DEICTICS:
            deictic = True
        elif not named and words[k] not in FILLERS:
            return False  # "other than as required by law": an occasion, not the statements
    if these or any(words[k] in _THOSE for k in range(u, min(hi, u + 2))):
        return named and deictic
    return named


# A document still to come, named as the subject: "The investor presentation we will deliver next
# month will contain ...", "The report that we will file next quarter includes ..."
_LATER_TIMES = frozenset("next upcoming coming following forthcoming".split())
_LATER_OCCASIONS = frozenset("""week weeks month months quarter quarters year years day days meeting meetings call
calls conference""".split())
_FUTURE_WORDS = frozenset("will shall".split())
_SUBJECT_START_WORDS = 5  # "The" + "investor" + "presentation": where the subject's document noun stands


def document_still_to_come(tokens: Tokens, first: int, last: int, lo: int) -> int | None:
    """The sentence's subject is a document that a contact or relative clause places in the
    future before the verb: "The investor presentation we will deliver next month will contain
    forward-looking statements" speaks of that later document, not this one. The token of the
    time word ("next"), or None. "this" or "today's" in the subject keeps it this document ("This
    release, which we will also file next week as an exhibit, contains ...")."""
    words = tokens.words
    start = sentence_low(tokens, first, lo)
    noun = None
    for t in range(start, min(last, start + _SUBJECT_START_WORDS)):
        if words[t] in DEICTICS:
            return None
        if words[t] in DOCUMENT_NOUNS:
            noun = t
            break
    if noun is None:
        return None
    future = False
    for t in range(noun + 1, last):
        if tokens.marked(STOP_GAP, t) or words[t] in DEICTICS:
            return None
        if words[t] in _FUTURE_WORDS or (words[t] == "to" and words[t + 1] == "be"):
            future = True
        elif future and words[t] in _LATER_TIMES and words[t + 1] in _LATER_OCCASIONS:
            return t
    return None


# A predicate confined to another document by a place phrase after it: "are forward-looking
# statements only in our investor presentation, not in this release", "are made solely in the
# offering memorandum"; or set there and denied of this one ("... in the accompanying investor
# presentation, but not in this release"). A place phrase with neither mark adds a place and takes
# none away ("... forward-looking statements in our annual report as well").
_CONFINING = frozenset("only solely exclusively just".split())
_SETTING_THIS_ASIDE = frozenset("not rather instead never".split())
_ASIDE_REACH = 14  # words from the other document to ", not in this release"


def placed_only_elsewhere(tokens: Tokens, e: int, hi: int) -> int | None:
    """The other document that a place phrase right after token e (the last part of a reading)
    confines the reading to, with "only" (or "solely" ...) or with this document denied after
    it: its token, or None."""
    words = tokens.words
    t = e + 1
    if t < hi and words[t] in _STATEMENT_HEADS and words[e] == "looking" and not tokens.marked(HARD_GAP, t):
        t += 1  # "are forward-looking statements" + "only in ..."
    confined = t < hi and words[t] in _CONFINING and not tokens.marked(HARD_GAP, t)
    if confined:
        t += 1
    if t + 1 >= hi or words[t] not in ("in", "within") or (tokens.marked(HARD_GAP, t) and not confined):
        return None
    found = other_document_in_place(tokens, t + 1, hi)
    if found is None:
        return None
    if confined:
        return found
    for k in range(found + 1, min(hi - 2, found + _ASIDE_REACH)):
        if words[k] in _SETTING_THIS_ASIDE and any(
                words[u] in DEICTICS or words[u] in PLACES_HERE for u in range(k + 1, min(hi, k + 4))):
            return found
        if words[k] in FINITE_VERBS or words[k] in AUXILIARIES:
            return None
    return None

