"""Conditions and exceptions that take an element back: a condition the sentence declares false or
met, an exception said to cover everything or this document's own statements, and unreal cases
(counterfactuals, "would" clauses answering a false "if", a directive still awaited).
"""

from __future__ import annotations

from bisect import bisect_left

from ..clauses import Tokens, read_once
from ..lexicon import DOCUMENT_NOUNS, STATEMENT_NOUNS, is_negation
from ..times import past_verb_between
from ..syntax import AUXILIARIES, HARD_GAP, MODALS_OF_THE_PAST, SENTENCE_GAP, STOP_GAP, sentence_low
from .pointers import _DISREGARD_REACH


_CONDITION_SUBJECTS = frozenset("it they we this that these those there such".split())
_ALL_OF = frozenset("all each both".split())  # "which all of them have": every one of what the condition names
_CONDITION_VERBS = AUXILIARIES | {"do", "does", "did"}  # "and they are not", "which it does not"
# the verbs of a comment clause with "as" that states the fact: "only if it addressed, as it does
# not, matters relating to ..."
_FACTUAL_VERBS = frozenset("do does did is are was were has have had".split())


# An inverted conditional opens on the subjunctive auxiliary, after a comma or at the sentence's
# start: "were those provisions to apply to the Company", "were GENFIT an SEC registrant",
# "should they prove material", "had we been required to"
_INVERTING = frozenset("were should had".split())
_NOT_INVERTED_SUBJECTS = AUXILIARIES | frozenset("not never to also only then there".split())


def _inverted_condition(tokens: Tokens, t: int, lo: int, end: int) -> bool:
    """Whether a condition in subject-auxiliary inversion opens at t: "were"/"should"/"had" first
    in the sentence or after a comma, with a subject after it ("..., were those provisions to apply
    to the Company, which they do not"), not a participle or an auxiliary ("..., were made",
    "..., had been filed")."""
    words = tokens.words
    if words[t] not in _INVERTING or t + 2 >= end or not (t == lo or "," in tokens.gap(t)):
        return False
    subject = words[t + 1]
    return subject not in _NOT_INVERTED_SUBJECTS and not subject.endswith(("ed", "en"))


def denied_condition(tokens: Tokens, lo: int, hi: int, only: bool = False) -> tuple[int, int] | None:
    """A condition the sentence itself declares false: "... only if it discussed future events,
    which it does not", "... if our assumptions were wrong, and they are not", or a negative
    condition answered by a bare positive ("... only if its assumptions could never need
    revision, which they can"). The (first, last) tokens of the denial, or None. `only`: the
    condition must be opened by "only if" (what holds only then fails with it)."""
    words = tokens.words
    end = min(hi, len(words))
    condition = None
    negative = False  # whether the condition's own clause is negative
    for t in range(lo, end):
        if t > lo and tokens.marked(SENTENCE_GAP, t):
            return None
        if (words[t] == "if" and (not only or (t > lo and words[t - 1] == "only"))) or (
                not only and _inverted_condition(tokens, t, lo, end)) or _bounding_condition(words, t, lo, only):
            condition, negative = t, False
            continue
        if condition is not None and words[t] in ("not", "never") and not tokens.marked(HARD_GAP, t):
            negative = True
            continue
        if condition is None or words[t] not in ("which", "and", "but", "as"):
            continue
        none = _none_is_so(tokens, t, end)
        if none is not None:
            return t, none  # "... only where they are marked with an asterisk, and none is so marked"
        u = t + 1
        if words[u : u + 3] and words[u] in _ALL_OF and words[u + 1 : u + 3] in (["of", "them"], ["of", "these"],
                                                                                   ["of", "those"]):
            u += 3  # "..., which all of them have", "and each of them is": the condition met by every one
        while u < end and u - t <= 2 and words[u] in _CONDITION_SUBJECTS:
            u += 1
        if u >= end or words[u] not in _CONDITION_VERBS or u == t + 1 and words[t] != "which":
            continue
        if words[t] == "as" and words[u] not in _FACTUAL_VERBS:
            continue  # "..., as it does not," denies the condition; "..., as they may not," only doubts it
        v = u + 1
        if v < end and words[v] in ("not", "never") or is_negation(words[u]):
            last = v if v < end and words[v] in ("not", "never") else u
            if last + 1 >= end or tokens.marked(HARD_GAP, last + 1):
                return t, last
        elif _no_intention(words, u, v, end, tokens):
            # "... if our board were to abandon the plans, which it has no intention to do": the
            # condition is one the sentence says will not be brought about
            return t, v + 1
        elif negative and words[t] == "which" and (v >= end or tokens.marked(HARD_GAP, v)):
            return t, u  # "... only if they could never need revision, which they can"
    return None


def met_exception(tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
    """An "unless" condition the sentence then says is met: "not to place undue reliance on these
    statements unless management has confirmed them, which it has". "Unless" is "if not": the
    claim holds only while its exception is unmet, and a bare positive answer in a relative or
    comment clause ("which it has", "as they have") meets it, so nothing of the claim is left. A
    negative answer ("which it has not") or none leaves the claim standing; an "unless" clause
    with its own negation is not read. The (first, last) tokens of the answer, or None."""
    words = tokens.words
    end = min(hi, len(words))
    condition = None
    for t in range(lo, end):
        if t > lo and tokens.marked(SENTENCE_GAP, t):
            return None
        if words[t] == "unless":
            condition = t
            continue
        if condition is None:
            continue
        if is_negation(words[t]) and not any(w in ("which", "as") for w in words[condition:t]):
            condition = None  # "unless they are not ...": not read
            continue
        if words[t] not in ("which", "as") or "," not in tokens.gap(t):
            continue
        u = t + 1
        if words[u : u + 3] and words[u] in _ALL_OF and words[u + 1 : u + 3] in (["of", "them"], ["of", "these"],
                                                                                   ["of", "those"]):
            u += 3
        while u < end and u - t <= 2 and words[u] in _CONDITION_SUBJECTS:
            u += 1
        if u == t + 1 or u >= end or words[u] not in _FACTUAL_VERBS:
            continue
        if u + 1 >= end or tokens.marked(HARD_GAP, u + 1):
            return t, u
    return None


_INTENTION_NOUNS = frozenset("intention intent plan plans".split())
_DOING_IT = (("to", "do", "so"), ("of", "doing", "so"), ("to", "do"), ("of", "doing"), ("to", "do", "that"),
             ("of", "doing", "that"), ("to", "do", "it"), ("of", "doing", "it"))


def _no_intention(words: list[str], u: int, v: int, end: int, tokens: Tokens) -> bool:
    """Whether the answer to a condition at u ("which it has", "and it has") goes on "no intention
    to do (so)" to the clause's end: the condition is one that will not be met."""
    if not (words[u] in ("has", "have") and v + 1 < end and words[v] == "no" and words[v + 1] in _INTENTION_NOUNS):
        return False
    w = v + 2
    for tail in _DOING_IT:
        if tuple(words[w : w + len(tail)]) == tail:
            w += len(tail)
            break
    return w >= end or tokens.marked(HARD_GAP, w)


# Conditions that bound a claim other than "if": "to the extent (that) those laws apply to the
# Company", "insofar as it applies", "only where they are marked"
def _bounding_condition(words: list[str], t: int, lo: int, only: bool) -> bool:
    """Whether a condition that bounds the claim opens at t: "only where" (either reading), and
    for a claim not bound to "only": "to the extent", "insofar as", "in so far as"."""
    if words[t] == "where":
        return t > lo and words[t - 1] == "only"
    if only:
        return False
    if words[t] == "extent":
        return t - 2 >= lo and words[t - 2 : t] == ["to", "the"]
    if words[t] == "insofar":
        return t + 1 < len(words) and words[t + 1] == "as"
    return words[t] == "far" and t - 2 >= lo and words[t - 2 : t] == ["in", "so"] and words[t + 1 : t + 2] == ["as"]


_NONE_WORDS = frozenset("none neither nothing".split())
_NONE_REACH = 5  # "and none" up to its verb: "and none in this release is"
_NONE_TAIL = 3  # the verb to the clause's end: "is so marked"


def _none_is_so(tokens: Tokens, t: int, end: int) -> int | None:
    """A short clause after "and"/"but" at t that says none of what the condition asks for is so:
    "..., and none is so marked", "..., and none in this release is", "..., but there are none".
    Its last token, or None. The clause must end soon after its verb: "and none of them can be
    predicted with certainty" says something else of the risks."""
    words, gap = tokens.words, tokens.gap
    if t + 2 >= end:
        return None
    if words[t + 1] == "there" and words[t + 2] in ("is", "are") and t + 3 < end and words[t + 3] == "none":
        last = t + 3
        return last if last + 1 >= end or HARD_GAP.search(gap(last + 1)) else None
    if words[t + 1] not in _NONE_WORDS:
        return None
    for v in range(t + 2, min(end, t + 2 + _NONE_REACH)):
        if HARD_GAP.search(gap(v)):
            return None
        if words[v] in _CONDITION_VERBS:
            stop = next((k for k in range(v + 1, end) if HARD_GAP.search(gap(k))), end)
            return stop - 1 if stop - v <= _NONE_TAIL else None
    return None


def unreal_then_denied(tokens: Tokens, first: int, last: int, lo: int, hi: int) -> tuple[int, int] | None:
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
    barrier = HARD_GAP
    if would is None:
        # a past verb among the parts says what was so, and the "but" clause what is so now:
        # "This press release contained forward-looking statements when first drafted, but the
        # final version contains none"
        would = past_verb_between(tokens, first, last)
    if would is None:
        # "statements that we wish were within the meaning of Section 27A ..., as amended, and
        # Section 21E ..., but which are not": a wish puts the proposition as unreal, as "would"
        # does, over the provisions it names (their asides' commas included)
        would = next((t for t in range(max(lo + 1, first - _WISH_REACH), first)
                      if words[t] in _SUBJUNCTIVE_BE and words[t - 1] in _WISHING), None)
        barrier = STOP_GAP
    if would is None or any(tokens.marked(barrier, t) for t in range(would + 1, first + 1)):
        return None
    end = min(hi, len(words))
    for t in range(last + 1, end):
        if tokens.marked(SENTENCE_GAP, t):
            return None
        # ... or a clause after ", and" ("would contain forward-looking statements only in an
        # Outlook section, and this year it has none"); an "and" that does not deny is read past
        joined = words[t] == "and" and "," in tokens.gap(t)
        if words[t] != "but" and not joined:
            continue
        denied = None
        for u in range(t + 1, min(end, t + _DENIAL_WORDS)):
            if u > t + 1 and tokens.marked(HARD_GAP, u):
                break
            if words[u] in ("none", "not", "never", "no") or words[u].endswith("n't"):
                closes = u + 1 >= end or tokens.marked(HARD_GAP, u + 1)
                denied = (would, u) if closes else None
                break
        if denied is not None or not joined:
            return denied
    return None


_HEDGING_MODALS = frozenset("would may might".split())  # before the parts or between them
_DENIAL_WORDS = 10  # "but on review it turns out to contain none": from "but" to the negation


_WISHING = frozenset("wish wishes wished".split())
_WISH_REACH = 25  # a wish over coordinated provisions ("wish were within ... Section 27A ... and Section 21E")
_SUBJUNCTIVE_BE = frozenset("were was".split())
_EXCEPTION_OPENERS = frozenset("except excepting apart aside other save excluding besides".split())
_WHOLE = frozenset("entire all everything every".split())
_EXCEPTION_WORDS = 10  # the excepted noun phrase up to its relative clause ("except for historical information")


def exception_covers_all(tokens: Tokens, first: int, lo: int) -> int | None:
    """An exception that opens the sentence and is then said to cover everything ("Except for
    historical information, which makes up the whole of it, this release contains ..."): nothing
    is left for the rest of the sentence to hold of. The word of totality's token, or None."""
    words = tokens.words
    start = sentence_low(tokens, first, lo)
    if start >= first or words[start] not in _EXCEPTION_OPENERS:
        return None
    for u in range(start + 1, min(first, start + _EXCEPTION_WORDS)):
        if tokens.marked(STOP_GAP, u):
            return None
        if words[u] in ("which", "that") and "," in tokens.gap(u):
            for v in range(u + 1, min(first, u + 1 + _DISREGARD_REACH)):
                if tokens.marked(HARD_GAP, v) or is_negation(words[v]):
                    return None  # "which is not all of it"
                if words[v] in ("whole", "entirety") or (words[v] in _WHOLE and any(
                        w in ("it", "this") or w in DOCUMENT_NOUNS for w in words[v + 1 : v + 4])):
                    return v  # (of the document: not "which apply to all of our businesses")
            return None
    return None


_OWN_FORECASTS = frozenset("guidance outlook forecast forecasts projections".split())
_OWN_DETERMINERS = frozenset("its our company's".split())
_OWN_STATEMENT_REACH = 14  # words of the excepted phrase ("except as to the forward-looking information in this news release")


def _names_this_document(words: list[str], u: int) -> bool:
    """Whether words[u] names the document itself: "herein", "hereof", or "this" before a document
    noun, one modifier allowed ("this release", "this news release")."""
    if words[u] in ("herein", "hereof"):
        return True
    return words[u] == "this" and any(w in DOCUMENT_NOUNS for w in words[u + 1 : u + 3])


def exception_takes_own(tokens: Tokens, first: int, lo: int) -> int | None:
    """An exception that opens the sentence and takes out this document's own forward-looking
    statements ("Except as to the forward-looking information in this news release, the reader
    is cautioned not to place undue reliance on any forward-looking information"): what the
    main clause says after the exception's comma holds of every statement but the ones the
    legend is about. The exception's first token, or None. The parts must stand after the comma
    that closes it; an exception of anything else ("Except as required by law", "Other than
    statements of historical fact") or of another document's statements ("Except for the
    forward-looking statements in our Form 10-K") takes out nothing of this document."""
    words = tokens.words
    start = sentence_low(tokens, first, lo)
    if start >= first or words[start] not in _EXCEPTION_OPENERS:
        return None
    forward = this = None
    for u in range(start + 1, min(first, start + _OWN_STATEMENT_REACH)):
        if "," in tokens.gap(u) or tokens.marked(STOP_GAP, u):
            break
        if words[u] == "forward" and u + 2 < first and words[u + 2] in STATEMENT_NOUNS:
            forward = u  # ("forward" + "looking" + "statements")
        if forward is not None and _names_this_document(words, u):
            this = u
        if (this is None and words[u] in _OWN_FORECASTS and u - 1 > start
                and any(w in _OWN_DETERMINERS for w in words[start + 1 : u])):
            # ... or the company's own forecast, the principal forward-looking statement ("Except
            # for its annual revenue guidance, PyroGenesis undertakes no obligation to update")
            forward = this = u
        if forward is None and words[u] == "those" and u <= start + _THOSE_REACH:
            forward = -u  # "Other than those contained in this news release, forward-looking
            # statements speak ...": the pronoun stands for the statements the main clause names
    if forward is None or this is None:
        return None
    closing = next((k for k in range(this + 1, first + 1) if "," in tokens.gap(k)), None)
    if closing is None or any(tokens.marked(STOP_GAP, k) for k in range(this + 1, closing + 1)):
        return None
    if forward < 0 and not _statements_open(words, closing, first):
        return None  # "Other than those in this release, our risks ...": "those" is not the statements
    return start


_THOSE_REACH = 3  # "other than those", "except for those", "apart from those"


def _statements_open(words: list[str], closing: int, first: int) -> bool:
    """Whether the main clause after the exception's comma (its first word at `closing`) opens with
    the forward-looking statements, a determiner allowed before them ("any forward-looking ...")."""
    for u in range(closing, min(first + 1, closing + 3, len(words) - 2)):
        if words[u] == "forward" and words[u + 2] in STATEMENT_NOUNS:
            return True
    return False


@read_once
def counterfactual(tokens: Tokens, key: int, lo: int, hi: int) -> tuple[int, int] | None:
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
        if t > lo and tokens.marked(SENTENCE_GAP, t):
            perfect = present = planned = None
        if words[t] in ("was", "were") and t + 3 <= key and words[t + 1 : t + 4] == ["to", "have", "been"] \
                and key - t <= 30:
            planned = t  # "were to have been discussed in a supplement ...": a plan that came to nothing
        if words[t] in MODALS_OF_THE_PAST and words[t + 1] == "have" and key - t <= 60:
            perfect = t
        elif words[t] == "would" and key - t <= 12:
            present = t
    if planned is not None:
        return planned, planned + 3
    if perfect is None and present is None:
        # no modal: an inverted past perfect after the key still puts it as unreal ("... within
        # the meaning of the Act, had the Company remained a reporting company"); so does a
        # trailing "were it not for ..." ("could cause results to differ materially ... were it
        # not for the hedges we have put in place")
        return _trailing_had(tokens, key, hi) or _trailing_not_for(tokens, key, hi)
    # the "had" and "were" of the sentence, up to the first sentence break after the key
    stop = tokens.next_mark(SENTENCE_GAP, max(key, lo), end)
    auxiliaries = tokens.positions(_HAD_WERE)
    for h in auxiliaries[bisect_left(auxiliaries, lo) : bisect_left(auxiliaries, stop)]:
        if (h > lo and tokens.marked(SENTENCE_GAP, h)) or h + 2 >= end:
            continue
        inverted = h == lo or "," in tokens.gap(h) or words[h - 1] in ("if", "and") or (
            words[h + 1] in _INVERTED_SUBJECTS and "not" in words[h + 2 : h + 4]) or (  # "... were it not bound"
            # "... under the Act had the Company been eligible": "had", its subject, "been"
            words[h] == "had" and words[h + 1] in _INVERTED_SUBJECTS and "been" in words[h + 2 : h + 5]) or (
            # after a "would have": "... would have been described in our Form 10-K had we filed one"
            words[h] == "had" and words[h + 1] in _INVERTED_SUBJECTS and perfect is not None and h > perfect)
        conditional = any(words[k] == "if" for k in range(max(lo, h - 4), h))
        if words[h] == "were":
            # (the company by its own name inverts the same way: "were GENFIT an SEC registrant")
            subject = words[h + 1] in _INVERTED_SUBJECTS or tokens.names.is_own(words[h + 1])
            if perfect is None and (words[h + 1] == "to" or not (
                    (inverted and subject) or "not" in words[h + 1 : h + 4] or _other_kind(tokens, h))):
                continue  # "if these risks were to materialize", "if our assumptions were wrong"
        if inverted or conditional:
            return (perfect, perfect + 1) if perfect is not None else (present, present)
    return None


_INVERTED_SUBJECTS = frozenset("it we they the company he she".split())  # "were it not bound"
# The kinds of entity a company is: to suppose it another ("if we were a private company", "if it
# were still a start-up") is plainly unreal, unlike supposing an event ("if we were a party to a
# lawsuit") or a state of the world ("if our assumptions were wrong")
_ENTITY_KINDS = frozenset("""company companies corporation issuer registrant filer entity partnership bank fund
trust reit startup start-up subsidiary""".split())
_KIND_REACH = 4  # "a smaller reporting company", "still an emerging growth company"


def _other_kind(tokens: Tokens, h: int) -> bool:
    """Whether "were" at h, after "if" and the company as subject ("if we were", "if the Company
    were", "if Acme were"), supposes it an entity of another kind: "a/an" and a noun of
    `_ENTITY_KINDS` within a few words ("if we were a private company")."""
    words = tokens.words
    if h < 2 or not (words[h - 1] in _INVERTED_SUBJECTS or tokens.names.is_own(words[h - 1])):
        return False
    if "if" not in words[max(0, h - 3) : h]:
        return False
    u = h + 1 + (h + 1 < len(words) and words[h + 1] in ("still", "instead", "then"))
    if u >= len(words) or words[u] not in ("a", "an"):
        return False
    return any(w in _ENTITY_KINDS for w in words[u + 1 : u + 1 + _KIND_REACH])


# "..., had the Company remained a reporting company": "had", the company, a past participle
_HAD_SUBJECT_REACH = 3
_PARTICIPLE_SUFFIXES = ("ed", "en", "wn")  # remained, been, known
_TRAILING_HAD_REACH = 30  # from the key to the "had"


def _trailing_had(tokens: Tokens, key: int, hi: int) -> tuple[int, int] | None:
    """An inverted past perfect after a comma, following the key in its sentence with no modal
    before it: "Certain statements ... are forward-looking statements within the meaning of the
    Act, had the Company remained a reporting company". The condition supposes what is not so, and
    the claim hangs on it. The ("had", participle) tokens, or None. "had" as a main verb ("..., had
    revenue of") has no subject and participle after it."""
    words = tokens.words
    end = min(hi, len(words), key + _TRAILING_HAD_REACH)
    for h in range(key + 1, end):
        if tokens.marked(SENTENCE_GAP, h):
            return None
        if words[h] != "had" or "," not in tokens.gap(h):
            continue
        u = h + 1
        if u < end and (words[u] in _INVERTED_SUBJECTS or tokens.names.is_own(words[u])):
            for p in range(u + 1, min(end, u + 1 + _HAD_SUBJECT_REACH)):
                if words[p].endswith(_PARTICIPLE_SUFFIXES) and words[p] not in _INVERTED_SUBJECTS:
                    return h, p
    return None
_HAD_WERE = frozenset(("had", "were"))

# "were it not for", "had it not been for", "if it were not for", "if it had not been for", "if
# not for": the clause before it holds only in a world without what follows "for"
_NOT_FOR_OPENINGS = (("were", "it", "not", "for"), ("had", "it", "not", "been", "for"),
                     ("if", "it", "were", "not", "for"), ("if", "it", "had", "not", "been", "for"),
                     ("if", "not", "for"), ("were", "they", "not", "for"))
_CLAUSE_JOINERS = frozenset("and but although though while whereas yet".split())


def _trailing_not_for(tokens: Tokens, key: int, hi: int) -> tuple[int, int] | None:
    """A counterfactual "were it not for ..." after the key in its sentence: "factors that could
    cause results to differ materially from our forward-looking statements were it not for the
    hedges we have put in place". What the clause claims is prevented by what follows "for", so
    the claim is not made. The tokens of the phrase, or None."""
    words = tokens.words
    end = min(hi, len(words), key + _TRAILING_HAD_REACH)
    for h in range(key + 1, end):
        if tokens.marked(SENTENCE_GAP, h) or ";" in tokens.gap(h) or (
                "," in tokens.gap(h) and words[h] in _CLAUSE_JOINERS):
            return None  # another clause, whose counterfactual is its own
        for opening in _NOT_FOR_OPENINGS:
            n = len(opening)
            if tuple(words[h : h + n]) == opening and h + n <= end:
                return h, h + n - 1
    return None


# A condition in the past tense or inverted, whose consequence says what "would" follow: "Had this
# release contained forward-looking statements, they would be identified here", "If the Company
# were under any such obligation, it would say so". What such a condition supposes is not so.
_PRESENT_FINITES = frozenset("is are am does do has have will shall can may".split())
_UNREAL_CONDITION_WORDS = 25  # "If" up to the comma that ends its clause


def _clause_comma(tokens: Tokens, opener: int, start: int, limit: int) -> int | None:
    """The first token in [start, limit) after whose word a comma stands, closing the clause that
    `opener` opens, or None (no comma, or a stop between the opener and it: the clause ended first)."""
    comma = next((t for t in range(start, limit) if "," in tokens.gap(t)), None)
    if comma is None or any(tokens.marked(STOP_GAP, t) for t in range(opener + 1, comma)):
        return None
    return comma


def in_unreal_condition(tokens: Tokens, first: int, last: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The parts at [first, last] stand in a condition that opens the sentence at lo and is
    plainly unreal: inverted "Had ..."/"Were ...", or "If" with a past tense and no present one,
    answered by a "would" after its comma. The (opener, "would") tokens, or None."""
    words = tokens.words
    if lo >= first:
        return None
    opener = lo + 1 if words[lo] == "even" and lo + 1 < first else lo
    inverted = words[opener] in _HAD_WERE
    if not inverted and words[opener] != "if":
        return None
    comma = _clause_comma(tokens, opener, last + 1, min(hi, opener + _UNREAL_CONDITION_WORDS))
    if comma is None:
        return None
    condition = words[opener + 1 : comma]
    if not inverted and (any(w in _PRESENT_FINITES for w in condition)
                         or not any(w in _HAD_WERE or w.endswith("ed") for w in condition)):
        return None
    would = next((t for t in range(comma, min(hi, comma + 8)) if words[t] == "would"), None)
    if would is None or any(tokens.marked(HARD_GAP, t) and t > comma for t in range(comma, would + 1)):
        return None
    return opener, would


_SUPPOSED_DOCUMENTS = DOCUMENT_NOUNS | frozenset("announcement communication".split())
_WOULD = frozenset(["would"])
_UNREAL_ANSWER_WORDS = 8  # from the last part to the "if" that follows it ("... in this release if it contained any")


def answers_unreal_condition(tokens: Tokens, first: int, last: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The parts at [first, last] are a "would" clause answering an "if" that follows and is
    plainly unreal of the document: a past tense, no present one, and the document named in it
    ("Words such as ... would identify forward-looking statements if this release contained
    any"). What it supposes of the document is not so. The ("would", "if") tokens, or None. A
    supposition about events ("actual results would differ materially if any of these risks
    materialized") names no document and is the legend's own warning."""
    words = tokens.words
    would = next(iter(reversed(tokens.positions_of(_WOULD, lo, last))), None)
    if would is None or any(tokens.marked(STOP_GAP, t) for t in range(would + 1, last + 1)):
        return None
    opener = next((t for t in range(last + 1, min(hi, last + 1 + _UNREAL_ANSWER_WORDS)) if words[t] == "if"), None)
    if opener is None or any(tokens.marked(STOP_GAP, t) for t in range(last + 1, opener + 1)):
        return None
    end = next((t for t in range(opener + 1, hi) if tokens.marked(HARD_GAP, t)), hi)
    condition = words[opener + 1 : end]
    if (any(w in _PRESENT_FINITES for w in condition) or not any(w in _HAD_WERE or w.endswith("ed") for w in condition)
            or not any(w in _SUPPOSED_DOCUMENTS for w in condition)):
        return None
    return would, opener


# A claim made to wait on a directive nobody has given: "Only if the SEC so orders could actual
# results differ materially ...", "... are discussed in our filings with the SEC only if the SEC
# so orders". "so" takes up the claim itself, and "only if/when" makes the directive its one
# condition: until it is given, the claim is not made. A condition that names an event ("only if
# one or more of these risks materialize") is the legend's own warning and is not read here.
_DIRECTING = frozenset("""order orders ordered direct directs directed require requires required instruct
instructs instructed request requests requested demand demands demanded""".split())
_ONLY_CONDITIONS = frozenset("if when".split())
_DIRECTIVE_REACH = 6  # from "only if" to the "so" ("only if a federal court so orders")
_DIRECTIVE_AFTER_KEY = 12  # from the claim's last part to a trailing "only if" in its clause


def _directive_condition(tokens: Tokens, t: int, hi: int) -> tuple[int, int] | None:
    """Whether "only" at t opens "only if/when ... so <directs>" in the same clause: the ("only",
    verb) tokens, or None."""
    words = tokens.words
    if t + 1 >= hi or words[t] != "only" or words[t + 1] not in _ONLY_CONDITIONS:
        return None
    for u in range(t + 2, min(hi - 1, t + 2 + _DIRECTIVE_REACH)):
        if tokens.marked(HARD_GAP, u):
            return None
        if words[u] == "so" and words[u + 1] in _DIRECTING and not tokens.marked(HARD_GAP, u + 1):
            return t, u + 1
    return None


def awaits_directive(tokens: Tokens, first: int, e: int, sentence_lo: int, hi: int) -> tuple[int, int] | None:
    """See `_DIRECTING` above: the claim at [first, e] in a sentence that opens with "Only if ...
    so orders," or followed, in its clause, by "only if ... so orders". The (first, last) tokens
    of the condition, or None."""
    words = tokens.words
    if sentence_lo < first:
        fronted = _directive_condition(tokens, sentence_lo, min(hi, first))
        if fronted is not None:
            return fronted
    for t in range(e + 1, min(hi, e + 1 + _DIRECTIVE_AFTER_KEY)):
        if tokens.marked(STOP_GAP, t) or tokens.marked(SENTENCE_GAP, t) or "," in tokens.gap(t):
            return None
        if words[t] == "only":
            return _directive_condition(tokens, t, hi)
    return None


# A claim answering a fronted present counterfactual about the document itself: "Were this
# release governed by Canadian practice, any forward-looking statements made in it would speak
# only as of ...", "Were any statements made herein not historical, they would be
# forward-looking". The inverted "were" with no "to" supposes what is not so now; the claim holds
# only in the world supposed. "Were any of these risks to materialize, results would differ"
# (a "were ... to" future, about events) is the legend's own warning.
_HEREIN = frozenset("herein hereof hereby".split())
_UNREAL_MODALS = frozenset("would could might".split())
_SUPPOSITION_WORDS = 20  # "Were" up to the comma that ends its clause


# "to" after these is a preposition, not the mark of a "were ... to" future ("Were this release
# subject to Canadian rules")
_PREPOSITIONAL_TO = frozenset("subject due owing according pursuant prior similar applicable addressed".split())


def answers_fronted_supposition(tokens: Tokens, first: int, e: int, sentence_lo: int,
                                hi: int) -> tuple[int, int] | None:
    """See `_HEREIN` above: the ("were", modal) tokens, or None."""
    words = tokens.words
    if words[sentence_lo] != "were" or sentence_lo + 2 >= first:
        return None
    comma = _clause_comma(tokens, sentence_lo, sentence_lo + 2, min(first, sentence_lo + _SUPPOSITION_WORDS))
    if comma is None:
        return None
    condition = words[sentence_lo + 1 : comma]
    future = any(w == "to" and (k == 0 or condition[k - 1] not in _PREPOSITIONAL_TO) for k, w in enumerate(condition))
    if future or not any(w in _SUPPOSED_DOCUMENTS or w in _HEREIN for w in condition):
        return None
    last = max(first, e)
    modal = next((t for t in range(comma, last + 1) if words[t] in _UNREAL_MODALS), None)
    if modal is None or any(tokens.marked(STOP_GAP, t) for t in range(comma, modal + 1)):
        return None
    return sentence_lo, modal
