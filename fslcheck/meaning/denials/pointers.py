"""Pointers to filings taken back: filings disowned, withdrawn, removed, emptied, said not to bear
on the statements, to be disregarded or set aside, filed only once, or leaving the risks out.
"""

from __future__ import annotations

import re
from itertools import chain

from ..clauses import HARD_STOP, Tokens, read_once
from ..lexicon import (
    BOUNDARIES, DOCUMENT_NOUNS, MODALS, STATEMENT_NOUNS, IMPRUDENT_ACTS, OVERLOOKING, UNWISE_ACTS, RESOLVED,
    WRONGNESS, is_negation)
from ..syntax import AUXILIARIES, ELABORATING, HARD_GAP, PERFECT, SENTENCE_GAP, STOP_GAP, sentence_low
from .concessions import _REFERRED_ACCOUNTS, _REFERRING


# A clause after a pointer that takes the document back: it names the document again ("that
# report", "the discussion", "it") and says to leave it out of account ("investors should
# disregard that report"), not to consult it ("readers should not consult it") or that it is stale
# ("that discussion is out of date").
_DISOWNING_OPENERS = frozenset("but although though yet however except".split())
_DOCUMENT_REFERENCES = _REFERRED_ACCOUNTS | frozenset("""report reports filing filings document documents section
sections form""".split())
# ... under a negation, verbs of consulting it or of vouching for it ("although we do not endorse
# that discussion", "which the Company has not adopted")
_CONSULTING = frozenset("""consult consulted consulting read reading refer referred referring look looking review
reviewed reviewing rely relied relying use used using endorse endorses endorsed adopt adopts adopted vouch
vouches vouched credit credits credited crediting""".split())  # "none of whose discussions readers should credit"
# ... and, under a negation, words of heeding the document or of its bearing on the statements
# ("investors need pay no attention to those reports", "should not treat those filings as bearing
# on these statements", "nothing in those reports bears on this release", "turning to them")
_HEEDING = frozenset("""attention heed heeded heeding turn turns turned turning bear bears bearing relevant
pertinent""".split())
# nouns of regard, withheld by a negative determiner on the noun itself ("give that report no
# weight", "place no credence in them", "which deserve no consideration"); a comparative keeps
# the regard ("no less weight than"), and so does a positive one ("give due weight to")
_REGARD_NOUNS = frozenset("weight credence credit regard consideration importance significance".split())
# (with the modifiers of a litotes: "no small weight")
_REGARD_COMPARATIVES = frozenset("less more greater lesser small little slight mean".split())


def _regard_withheld(words: list[str], u: int, opening: int, negated: bool) -> bool:
    """Whether the noun of regard at u is denied: "no" right before it or one modifier before it
    ("no real weight"), or "any" under a negation of the clause ("should not give it any weight");
    not a comparison ("no less weight than") nor a litotes ("no small importance")."""
    if u + 1 < len(words) and words[u + 1] == "than":
        return False
    if words[u - 1] == "no" or (negated and words[u - 1] == "any"):
        return True
    return u - 2 >= opening and words[u - 2] == "no" and words[u - 1] not in _REGARD_COMPARATIVES


# verbs of advising whose "against" denies the act it governs: "advised against turning to them"
_ADVISING = frozenset("""advise advises advised advising caution cautions cautioned cautioning warn warns warned
warning recommend recommends recommended counsel counsels counselled""".split())
# what "them" may stand for besides the documents: a clause that names these says nothing of them
_PREDICTIONS = frozenset("""statement statements information projection projections forecast forecasts estimate
estimates expectation expectations guidance outlook prediction predictions""".split())
# a quantifier over what precedes, opening an appended clause: ", none of which should be read"
_QUANTIFIED_RELATIVE = frozenset("none neither all each".split())
_STALE = frozenset("outdated obsolete stale superseded inaccurate".split())
# verbs by which the company disowns what it points to ("although the Company disclaims the
# accuracy of those discussions", "which the Company disavows"): said of the document or of its
# accuracy, not of a duty ("disclaims any obligation to update that report" keeps the pointer)
_DISCLAIMING = frozenset("""disclaim disclaims disclaimed disclaiming disavow disavows disavowed disavowing repudiate
repudiates repudiated repudiating""".split())
_TRUTH_NOUNS = frozenset("""accuracy completeness reliability correctness truth truthfulness adequacy
sufficiency""".split())
_DISCLAIMED_WORDS = 4  # from the verb to the noun it disclaims ("disclaims the accuracy and completeness of")
_DISOWNING_REACH = 16  # words of the clause after the pointer read for the reference and the verb
# words from the pointer to the clause or sentence that may take it back (a pointer may name a
# chain of documents after the words read as its part: "... in our Annual Report on Form 10-K for
# the year ended ..., and in our other filings with the SEC (the "SEC"), though ...")
_OPENING_REACH = 90


_RELATIVE_PREPOSITIONS = frozenset("to in on upon at".split())
# what a document holds, named before "of which": ", the contents of which investors should disregard"
_CONTENT_NOUNS = frozenset("contents content substance text texts details".split())
# an appositive in the plural with no article renames the accounts just named (", descriptions the
# Company no longer vouches for")
_PLURAL_ACCOUNTS = frozenset("descriptions discussions accounts disclosures".split())


def _appended(words: list[str], u: int) -> bool:
    """A non-restrictive relative or an appositive on what precedes: ", which ...", ", whose
    risk section ...", ", a discussion ..."."""
    return words[u] in ("which", "whose") or (words[u] in ("a", "an") and u + 1 < len(words) and words[u + 1] in _DOCUMENT_REFERENCES) \
        or (words[u] in _PLURAL_ACCOUNTS) \
        or (words[u] in _QUANTIFIED_RELATIVE and words[u + 1 : u + 3] in (["of", "which"], ["of", "whose"])) \
        or (words[u] in _RELATIVE_PREPOSITIONS and words[u + 1 : u + 2] in (["which"], ["whose"])) \
        or (words[u] == "the" and u + 1 < len(words) and words[u + 1] in _CONTENT_NOUNS
            and words[u + 2 : u + 4] == ["of", "which"])
    # ", to which readers need not refer", ", on whose accuracy", ", the contents of which ..."


# words that open an adverbial phrase on a gerund ("when reading this release", "in weighing it"):
# the gerund is not the verb a negation in the clause denies
_ADVERBIAL_OPENERS = frozenset("when while in before after on by".split())


def _adverbial_gerund(words: list[str], u: int) -> bool:
    """Whether the word at u is a gerund opening an adverbial phrase ("investors should not set
    those documents aside when reading this release": "reading" is not what is denied)."""
    return words[u].endswith("ing") and u > 0 and words[u - 1] in _ADVERBIAL_OPENERS


def _parenthetical(tokens: Tokens, u: int) -> bool:
    """ "however" set off by commas inside the clause ("that section, however, no longer applies")."""
    return tokens.words[u] == "however" and u + 1 < len(tokens.words) and "," in tokens.gap(u + 1)


@read_once
def disowned_after(tokens: Tokens, e: int, hi: int) -> tuple[int, int] | None:
    """A clause after the pointer ending at e, opened by ";", "but", "although" or the next
    sentence (hi may lie past the pointer's own), that names the document again and takes it
    back: its (opening, verb) tokens, or None. A negated disregard keeps it ("readers should not
    ignore it")."""
    words = tokens.words
    # each clause that may take it back, up to the next sentence ("..., all of which are on file
    # with the SEC ... . Readers should leave those documents to one side."): a clause that does
    # not leaves the next one to be read
    for u in range(e + 1, min(hi, e + 1 + _OPENING_REACH)):  # (bounded: a run-on text has no sentence end)
        gap = tokens.gap(u)
        # (a dot with no space after it joins a web address's or an abbreviation's words:
        # "https://investors.example.com", "U.S.", no sentence ends there)
        ends = bool(SENTENCE_GAP.search(gap)) and gap != "."
        if ends or ";" in gap or (
                (words[u] in _DISOWNING_OPENERS or _appended(words, u)) and "," in gap):
            found = _taking_back(tokens, e, u, hi)
            if found is not None or ends:
                return found
    return None


def _taking_back(tokens: Tokens, e: int, opening: int, hi: int) -> tuple[int, int] | None:
    """The (opening, verb) of the clause opened at `opening` after the pointer ending at e, when
    it names the document again and takes it back; else None."""
    words = tokens.words
    # a clause appended to the pointer refers to it by itself (", which readers should now ignore",
    # ", a discussion investors need not consult")
    referred = _appended(words, opening)
    them_referred = _them_are_documents(tokens, e, opening)
    negated = False
    verb = None
    for u in range(opening, min(hi, opening + _DISOWNING_REACH)):
        if u > opening and (tokens.marked(STOP_GAP, u) or (words[u] in _DISOWNING_OPENERS and "," in tokens.gap(u)
                                                               and not _parenthetical(tokens, u))):
            break
        word = words[u]
        # (the determiner may stand before one modifier: "that annual report", "those other filings")
        if word == "it" or (word in _DOCUMENT_REFERENCES and u > opening and (
                words[u - 1] in _REFERRING or (u - 1 > opening and words[u - 2] in _REFERRING
                                               and words[u - 1] in _DOCUMENT_MODIFIERS))) \
                or (word == "them" and them_referred):
            referred = True
        if word in ("but", "yet") and u > opening:
            negated = False  # "which are not incorporated by reference but discuss these risks": a predicate of its own
        elif is_negation(word) or (word == "against" and words[u - 1] in _ADVISING):
            negated = True
        elif verb is None and (word in OVERLOOKING or word in _SETTING and _set_aside(words, u, hi)
                               or word in _LEAVING and _left_aside(tokens, u, hi)):
            verb = None if negated else u
        elif verb is None and negated and not _adverbial_gerund(words, u) and (word in _CONSULTING or word in _HEEDING
                                           or _vouched_for(words, u, hi) or _taken_into_account(words, u, opening, hi)):
            verb = u  # "..., although we do not stand behind that discussion", "none of which readers need take into account"
        elif verb is None and word in _REGARD_NOUNS and _regard_withheld(words, u, opening, negated):
            verb = u  # "..., to which readers should give no weight", "place no credence in them"
        elif (verb is None and negated and word == "reliance" and _appended(words, opening)
              and not any(w in _PREDICTIONS for w in words[u + 1 : u + 5])):
            # a clause on the filings themselves: ", upon which investors should place no
            # reliance" (not the next sentence's "not to place undue reliance on forward-looking
            # statements", whose object is the statements)
            verb = u
        elif verb is None and word in _UNREAD:
            verb = None if negated else u  # "..., which investors may safely leave unread"
        elif verb is None and not negated and word in _DISCLAIMING and _disclaims_document(words, u, hi):
            verb = u  # "..., although the Company disclaims the accuracy of those discussions"
        elif verb is None and negated and word in _DESCRIBING_BACK and _describes_them(words, u, hi):
            verb = u  # "..., although those filings do not in fact describe them": the pointer taken back
        elif verb is None and (word in _STALE or word == "date" and words[u - 2 : u] == ["out", "of"]
                               or word == "longer" and words[u - 1] == "no" and not _widened(words, u, hi)):
            verb = u
    return (opening, verb) if referred and verb is not None else None


# ... and, under a negation, phrasal verbs of vouching for the document ("the Company does not stand
# behind the risk discussion in those reports", "which management no longer stands by") and of
# weighing it ("none of which readers need take into account", "readers should not take them into
# account"); the latter only with the documents as the verb's object (an appended clause, or a
# pronoun or the documents between the verb and "into"), not as its subject ("although those
# filings do not take into account later events" says how old they are, not to set them aside)
_STANDING = frozenset("stand stands stood standing".split())
_TAKING = frozenset("take takes took taken taking".split())
_TAKEN_OBJECT_WORDS = 4  # "take" + "those other filings" + "into account"


def _vouched_for(words: list[str], u: int, hi: int) -> bool:
    return words[u] in _STANDING and u + 1 < hi and words[u + 1] in ("behind", "by")


def _taken_into_account(words: list[str], u: int, opening: int, hi: int) -> bool:
    if words[u] not in _TAKING:
        return False
    for t in range(u + 1, min(hi - 1, u + 2 + _TAKEN_OBJECT_WORDS)):
        if words[t : t + 2] in (["into", "account"], ["account", "of"]):
            between = words[u + 1 : t] or words[t + 2 : t + 2 + _TAKEN_OBJECT_WORDS]  # "take into account those filings"
            return (_appended(words, opening) and not words[u + 1 : t]) or any(
                w in ("it", "them") or w in _DOCUMENT_REFERENCES for w in between)
    return False


# ... and, under a negation, verbs of holding the risks, with the risks as a bare pronoun after
# them ("those filings do not describe them"); a hedge on completeness ("do not fully describe
# them", "do not discuss all of them") keeps the pointer
_DESCRIBING_BACK = frozenset("""describe describes described discuss discusses discussed address addresses addressed
contain contains contained mention mentions mentioned cover covers covered identify identifies identified""".split())
_BACK_PRONOUNS = frozenset("them it these those".split())
_COMPLETENESS = frozenset("""fully completely exhaustively necessarily entirely all every each comprehensively
thoroughly only""".split())


def _describes_them(words: list[str], u: int, hi: int) -> bool:
    """Whether the negated describing verb at u takes the risks back whole: a pronoun for them
    right after it, no word of completeness just before it or after the pronoun."""
    if u + 1 >= hi or words[u + 1] not in _BACK_PRONOUNS or words[u - 1] in _COMPLETENESS:
        return False
    return not (u + 2 < hi and words[u + 2] in _COMPLETENESS)


def _disclaims_document(words: list[str], u: int, hi: int) -> bool:
    """Whether the verb of disclaiming at u disowns the document itself or its accuracy (the next
    few words name a document or a word of truth before any "obligation", "duty", "intention"):
    "disclaims the accuracy and completeness of those discussions", "disavows that report"."""
    for t in range(u + 1, min(hi, u + 1 + _DISCLAIMED_WORDS)):
        if words[t] in _TRUTH_NOUNS or words[t] in _DOCUMENT_REFERENCES or words[t] in ("it", "them"):
            return True
        if words[t] not in ("the", "any", "all", "its", "their", "our", "responsibility", "liability", "for", "of"):
            return False
    return False


def _them_are_documents(tokens: Tokens, e: int, opening: int) -> bool:
    """Whether a "them" in the clause opened at `opening` can only stand for the documents the
    pointer ending at e names ("our periodic reports filed with the SEC, although we do not
    recommend that investors read them"): its sentence up to there names neither statements nor
    any other prediction ("these statements involve risks described in our filings, although you
    should not rely on them" is said of the statements)."""
    words = tokens.words
    start = sentence_low(tokens, e, 0)
    # ("Further information on our risk factors is contained in ...": information about the risks)
    return not any(words[t] in _PREDICTIONS and not (words[t] == "information" and words[t - 1] in _MORE_OF)
                   for t in range(start, opening))


_MORE_OF = frozenset("further additional more".split())
_DOCUMENT_MODIFIERS = frozenset("""annual quarterly periodic current other earlier prior later subsequent same
regulatory public sec""".split())


_LEAVING = frozenset("leave leaves leaving left".split())
_LEFT_ASIDE_WORDS = 6  # "leave all of those documents to one side": the object read this far


def _left_aside(tokens: Tokens, u: int, hi: int) -> bool:
    """Whether the verb of leaving at u leaves its object aside ("leave those reports aside",
    "leave all of them to one side"), the object a few words long."""
    words = tokens.words
    for t in range(u + 1, min(hi, u + 1 + _LEFT_ASIDE_WORDS)):
        if tokens.marked(HARD_GAP, t):
            return False
        if words[t] == "aside" or words[t : t + 3] == ["to", "one", "side"]:
            return True
    return False


# after "no longer", words of a restriction: what is no longer restricted has grown, not gone stale
# ("whose risk section is no longer limited to our domestic business")
_RESTRICTED = frozenset("limited confined restricted only just exclusively solely".split())
_BE_FORMS = frozenset("be is are was were been being".split())


def _widened(words: list[str], longer: int, hi: int) -> bool:
    """Whether "no longer" at `longer` lifts a restriction ("no longer limited to", "no longer only
    about") rather than saying the document has gone stale."""
    u = longer + 1
    if u < hi and words[u] in _BE_FORMS:
        u += 1
    return u < hi and words[u] in _RESTRICTED


_DISREGARD_REACH = 14  # "which does not form part of this cautionary statement and should be disregarded"
# Participles that take back what they follow: "forward-looking statements, since withdrawn, ...",
# "the Reform Act, since repealed, ..."
_WITHDRAWN = frozenset("withdrawn retracted rescinded superseded revoked recalled repealed abolished annulled".split())
_WITHDRAWN_SINCE = frozenset("since now subsequently later all each both".split())
_WITHDREW = frozenset("withdrew retracted rescinded revoked recalled".split())
_APPOSITIVE_OPENERS = frozenset("a an one".split())
_APPOSITIVE_REACH = 6


def withdrawn_after(tokens: Tokens, e: int, hi: int) -> int | None:
    """An aside right after the part that says it has been taken back ("This release included
    forward-looking statements, since withdrawn, that ..."): its participle's token, or None."""
    words = tokens.words
    t = e + 1
    if t >= hi or "," not in tokens.gap(t) or tokens.marked(HARD_STOP, t):
        return None
    if words[t] in _WITHDRAWN_SINCE and t + 1 < hi and not tokens.marked(HARD_GAP, t + 1):
        t += 1
    if words[t] in _APPOSITIVE_OPENERS:
        # an appositive that says so: "our Form 10-K, a report we withdrew last month,"
        for u in range(t + 1, min(hi, t + _APPOSITIVE_REACH)):
            if tokens.marked(HARD_GAP, u) or is_negation(words[u]):
                return None
            if words[u] in _WITHDRAWN or words[u] in _WITHDREW:
                return u
        return None
    return t if words[t] in _WITHDRAWN else None


# What the pointed-to discussion is denied of the statements: "the risk factors in our Form 10-K
# no longer apply to these statements", "... are irrelevant to them"
_BEARING = frozenset("apply applies relate relates pertain pertains".split())
_BEARING_ADJECTIVES = frozenset("relevant applicable pertinent".split())
_UNBEARING = frozenset("irrelevant inapplicable immaterial".split())


def inapplicable_after(tokens: Tokens, e: int, hi: int) -> int | None:
    """The predicate right after the part, with no break between, that denies the discussion bears
    on the statements ("... filed with the SEC do not apply to these statements", "... no longer
    apply", "... are irrelevant to them"): the denial's token, or None. A predicate that only
    limits it ("are not exhaustive") leaves the pointer standing."""
    words = tokens.words
    t = e + 1
    if t + 1 >= hi or tokens.marked(HARD_GAP, t):
        return None
    if words[t] in AUXILIARIES:
        t += 1
    if t < hi and words[t] in _UNBEARING:
        return t
    denial = t
    if t + 1 < hi and (words[t], words[t + 1]) == ("no", "longer"):
        t += 2
    elif t < hi and (is_negation(words[t]) or words[t].endswith("n't")):
        t += 1
    else:
        return None
    if t < hi and (words[t] in _BEARING or words[t] in _BEARING_ADJECTIVES):
        return denial
    return None


# A later clause that says what the sentence named has since been taken out or back
_REMOVED = _WITHDRAWN | frozenset("removed deleted struck excised eliminated".split())
_LATER_TURNS = frozenset("but yet however".split())
_RECALLED_SUBJECTS = frozenset("those these that such they it all each".split())
_PRONOUN_SUBJECTS = frozenset("they it all each".split())
_REMOVAL_REACH = 8


def removed_later(tokens: Tokens, last: int, hi: int) -> int | None:
    """The first later clause of the sentence after the parts (ending at `last`), opened by ", but"
    ("; yet", ", however"), when its subject refers back and it says that has since been taken out
    or back ("This release contained forward-looking statements when first issued, but those
    statements have since been removed"): the removal's token, or None. A negation in the clause
    keeps what it names ("but they have not been withdrawn")."""
    words = tokens.words
    ended = tokens.next_mark(SENTENCE_GAP, last, hi)
    turn = next((u for u in tokens.positions_of(_LATER_TURNS, last + 1, ended)
                 if "," in tokens.gap(u) or ";" in tokens.gap(u)), None)
    if turn is None or turn + 2 >= ended or words[turn + 1] not in _RECALLED_SUBJECTS:
        return None
    head = turn + 1 if words[turn + 1] in _PRONOUN_SUBJECTS else turn + 2 + (words[turn + 2] == "forward")
    if head > turn + 1 and words[head] not in STATEMENT_NOUNS and words[head] not in DOCUMENT_NOUNS:
        return None  # "but these risks have been partly eliminated": the risks, not the statements or the report
    for v in range(head + 1, min(ended, head + 1 + _REMOVAL_REACH)):
        if tokens.marked(HARD_GAP, v) or is_negation(words[v]) or words[v].endswith("n't"):
            return None
        if words[v] in _REMOVED:
            return v
    return None


_EXISTENTIAL_BE = frozenset("are is were was".split())


def emptied_later(tokens: Tokens, last: int, hi: int) -> int | None:
    """A later clause of the sentence, after a comma or semicolon past the parts (ending at
    `last`), that says there are none of what the clause names ("Only statements labelled
    'Projection' are forward-looking statements, and there are none"; "..., of which there are
    none"; "..., and this release has no such caption"): the class the proposition speaks of is
    empty, so it holds of nothing. The token of "none" (or "no"), or None. "there are none other
    than" names some after all and is left alone."""
    words = tokens.words
    ended = tokens.next_mark(SENTENCE_GAP, last, hi)
    for u in tokens.positions_of(frozenset({"there"}), last + 1, ended):
        if u + 2 < ended and words[u + 1] in _EXISTENTIAL_BE and words[u + 2] == "none" \
                and words[u + 3 : u + 4] not in (["other"], ["but"], ["except"]) \
                and any("," in tokens.gap(k) or ";" in tokens.gap(k) for k in range(last + 1, u + 1)):
            return u + 2
    for u in tokens.positions_of(frozenset({"such"}), last + 3, ended):
        # "..., and this release has no such caption": the document said to lack what the clause
        # made its condition
        if (words[u - 1] == "no" and words[u - 2] in _HAVING and words[u - 3] in DOCUMENT_NOUNS
                and any("," in tokens.gap(k) or ";" in tokens.gap(k) for k in range(last + 1, u - 3))):
            return u - 1
    return None


_HAVING = frozenset("has have contains contain includes include bears carries".split())


def emptied_in_aside(tokens: Tokens, first: int, last: int) -> int | None:
    """An aside inside the clause, between its parts, that says there are none of what its subject
    names ("The statements contained in this press release that are not purely historical (and,
    we note, there are none) are forward-looking statements"): the class is empty, as
    `emptied_later` reads it after the clause. The aside must be set off (a bracket or a comma
    before "there" and one after "none"); "there are none other than" names some after all. The
    token of "none", or None."""
    words = tokens.words
    for u in tokens.positions_of(frozenset({"there"}), first + 1, last):
        if not (u + 3 <= last and words[u + 1] in _EXISTENTIAL_BE and words[u + 2] == "none"):
            continue
        after = tokens.gap(u + 3)
        if (")" in after or "," in after) and any("(" in tokens.gap(k) or "," in tokens.gap(k)
                                                  for k in range(max(first + 1, u - 4), u + 1)):
            return u + 2
    return None


def disregarded_after(tokens: Tokens, e: int, hi: int) -> int | None:
    """A relative clause right after the part whose verb leaves it out of account or takes it back
    ("our filings with the SEC, which readers should set aside", "..., which investors may
    disregard", "..., which we withdrew"): what it
    names is withdrawn from the legend. A negation before the verb keeps it ("which readers should
    not overlook"); one on a verb coordinated before it does not ("which does not form part of, and
    should be ignored in reading, this release"). The verb's token, or None."""
    words = tokens.words
    t = _past_place(tokens, e + 1, hi)
    if t < hi and words[t] in ("a", "an") and "," in tokens.gap(t):
        # the relative clause on an appositive noun: "our Form 10-K, a discussion that should be ignored"
        t = next((u for u in range(t + 1, min(hi, t + _APPOSITIVE_REACH))
                  if words[u] in ("which", "that") and not tokens.marked(HARD_GAP, u)), hi)
    if t + 1 < hi and words[t] in ("but", "and") and not tokens.marked(HARD_STOP, t) \
            and not tokens.marked(HARD_GAP, t + 1):
        if words[t + 1] in ("which", "that"):
            t += 1  # "..., but which readers should ignore"
        elif words[t + 1] in AUXILIARIES and words[t + 1] not in ("to", "do", "does", "did"):
            # a predicate coordinated on the sentence's subject, which the part's clause placed in
            # the filings: "the risks were set out in our SEC filings but should now be ignored"
            t += 1
            return _disregarding_verb(tokens, t, hi)
    if t + 1 < hi and words[t] in _CONCEDING and "," in tokens.gap(t) and not tokens.marked(HARD_STOP, t):
        # a concessive clause that tells readers to leave the filings aside, naming them again:
        # "..., although investors are asked to set those discussions aside when reading this release"
        v = _disregarding_verb(tokens, t + 1, hi)
        if v is not None and any(words[k] in _BACK_REFERRING for k in range(t + 1, min(hi, v + _BACK_REFERENCE_WORDS))):
            return v
        return None
    if (t + 3 < hi and words[t] in ("none", "neither") and words[t + 1 : t + 3] in (["of", "which"], ["of", "whose"])
            and "," in tokens.gap(t) and not tokens.marked(HARD_STOP, t)):
        # a negative collective opens the clause: ", none of whose risk discussions readers should
        # credit", ", none of which investors need consult" (the negation is the clause's own)
        return _disregarding_verb(tokens, t + 3, hi, negated=True)
    if t >= hi or words[t] not in ("which", "that", "whom") or tokens.marked(HARD_STOP, t):
        return None
    return _disregarding_verb(tokens, t + 1, hi)


_CONCEDING = frozenset("although though".split())
# the words by which a concessive clause names the filings again ("set those discussions aside",
# "ignore them"): without one its verb may be about something else ("although we may withdraw our
# guidance")
_BACK_REFERRING = frozenset("them those these it such they that".split())
_BACK_REFERENCE_WORDS = 4  # from the verb: "set" + "those discussions aside"


_PLACE_PREPOSITIONS = frozenset("on at via through".split())
_PLACE_WORDS = 8  # "on EDGAR at www.sec.gov/edgar"


def _past_place(tokens: Tokens, t: int, hi: int) -> int:
    """The token after where the document is found, named right after it and closed by a comma
    ("... with the SEC on EDGAR at www.sec.gov, but which ..."): the relative clause after the
    place is still on the document. Else t."""
    words = tokens.words
    u = t
    while u < hi and words[u] in _PLACE_PREPOSITIONS and not tokens.marked(HARD_GAP, u):
        v = u + 1
        # (a web address's dots and slashes join its words)
        while (v < min(hi, u + _PLACE_WORDS) and words[v] not in _PLACE_PREPOSITIONS
               and (not tokens.marked(HARD_GAP, v) or tokens.gap(v) in (".", "/"))):
            v += 1
        u = v
    return u if u != t and u < hi and tokens.gap(u).strip() == "," else t


def _disregarding_verb(tokens: Tokens, start: int, hi: int, negated: bool = False) -> int | None:
    """The verb from start on, in a clause on the part, that leaves it out of account, unless a
    negation stands before it in its own coordinated predicate; its token, or None. `negated`:
    the clause opened under a negation ("none of which")."""
    words = tokens.words
    t = start - 1
    for u in range(t + 1, min(hi, t + 1 + _DISREGARD_REACH)):
        if words[u] in ("and", "but") and not tokens.marked(HARD_STOP, u):
            negated = False  # the relative clause's next verb (", and should be ignored")
            continue
        if tokens.marked(HARD_GAP, u):
            return None
        if words[u] in ("which", "that") and words[u - 1] in ("and", "but"):
            continue  # the relative pronoun said again: ", and which readers may disregard"
        if words[u] == "since" and words[u - 1] in PERFECT:
            continue  # the adverb, not a clause: "which we have since removed"
        if words[u] in BOUNDARIES:
            return None
        if is_negation(words[u]):
            negated = True
        elif words[u] in _JUDGED_WRONG and u + 1 < hi and words[u + 1] == "to":
            # a judgement of the act turns it round: "which readers would be wrong to ignore" keeps
            # the filings, "which readers would not be wrong to ignore" lets them go
            negated = not negated
        elif words[u] in OVERLOOKING or words[u] in _TAKEN_BACK or (
                words[u] in _SETTING and _set_aside(words, u, hi)):
            return None if negated else u
        elif words[u] in _UNREAD:
            return None if negated else u  # "which investors may safely leave unread"
        elif negated and words[u] == "take" and words[u + 1 : u + 3] == ["into", "account"]:
            return u  # "which readers should not take into account": left out of account
        elif negated and words[u] in _CONSULT_BASES and words[u - 1] in _BEFORE_A_BASE:
            # a negated bare verb of consulting tells the reader to leave it unread: "which
            # investors are advised not to consult", "which readers need not read" (not a
            # participle: "which have not been reviewed by the staff" says nothing of readers)
            return u
    return None


# the states of a document nobody reads ("which investors may leave unread")
_UNREAD = frozenset("unread unconsulted unexamined unopened unstudied".split())
# bare verbs of consulting a document, and the words a bare verb stands after ("not to consult",
# "need not read", "should not review")
_CONSULT_BASES = frozenset("consult read review study refer rely depend credit".split())
_BEFORE_A_BASE = frozenset("to not never".split()) | frozenset(
    "need should must may might can could would will ought".split())


# judgements that deny the act their infinitive names ("would be wrong (unwise) to ignore")
_JUDGED_WRONG = WRONGNESS | IMPRUDENT_ACTS | UNWISE_ACTS


_ELABORATION_REACH = 16  # words from "including" to the part it names ("including the factors identified as ...")


@read_once
def disregarded_before(tokens: Tokens, s: int, lo: int) -> int | None:
    """An elaboration ("including", "particularly") that the part at s stands in, right after a
    relative clause that leaves the elaborated noun out of account: "our filings with the SEC,
    which readers should now ignore, including the risk factors of our Form 10-K": what elaborates
    the noun set aside is set aside with it. The disregarding verb's token, or None."""
    words = tokens.words
    k = next((t for t in range(s, max(lo, s - _ELABORATION_REACH) - 1, -1)
              if tokens.marked(HARD_GAP, t) or words[t] in ELABORATING
              or (words[t] == "which" and t - 1 > lo and words[t - 1] == "and")), None)
    if k is not None and words[k] == "which" and not tokens.marked(HARD_GAP, k):
        # a second relative coordinated on the same noun names where the filings are: "...
        # (SEC), on which readers should not rely and which are available on the SEC's web site"
        k -= 1
    elif k is None or words[k] not in ELABORATING or "," not in tokens.gap(k) or tokens.marked(STOP_GAP, k):
        return None
    for u in range(k - 1, max(lo, k - 1 - _DISREGARD_REACH) - 1, -1):
        if tokens.marked(STOP_GAP, u + 1):
            return None
        if _without_regard_at(words, u) and not any(is_negation(w) for w in words[max(lo, u - 5) : u - 2]):
            # the elaborated noun is the object of a phrase that leaves it out of account: "should
            # be read without regard to statements included herein and elsewhere, including the
            # risk factors detailed in our Form 10-K" (not "not ... without regard to")
            return u
        if words[u] in ("which", "that") and "," in tokens.gap(u) and u - 1 >= lo:
            found = disregarded_after(tokens, u - 1, k)
            if found is None and tokens.marked(HARD_STOP, u):
                # after a bracketed short name: "... Commission ("SEC"), which we advise investors
                # not to consult, including our Annual Report ...": the relative is on the filings
                found = _disregarding_verb(tokens, u + 1, k)
            return found
        if (words[u] in ("which", "whom") and u - 1 > lo and words[u - 1] in _RELATIVE_PREPOSITIONS
                and "," in tokens.gap(u - 1)):
            # a relative after its preposition: "..., on which readers should not rely, including ..."
            return _disregarding_verb(tokens, u + 1, k)
    return None


def _without_regard_at(words: list[str], u: int) -> bool:
    """Whether "without regard to", which leaves its object out of account, ends at u ("read
    without regard to ..."). ("Regardless of the risks we face" is not read so: it concedes the
    risks rather than setting aside where they are described.)"""
    return words[u] == "to" and u >= 2 and words[u - 2 : u] == ["without", "regard"]


# Words that place the risks out of what follows them: "factors absent from our filings", "risks
# omitted from our Form 10-K" (the word's token is the cue; the preposition follows it)
_PRIVATIVE = {"absent": "from", "omitted": "from", "excluded": "from", "missing": "from", "removed": "from"}
_PRIVATIVE_REACH = 14  # from the privative to the comma of the elaboration ("absent from this release and the Company's filings with the SEC")
_FILING_WORDS = frozenset("filings filing reports report form sec commission edgar".split())


def privative_elaborated(tokens: Tokens, s: int, lo: int) -> int | None:
    """An elaboration ("including") that the part at s stands in, right after filings the risks
    are said to be absent or omitted from: "factors absent from our filings with the SEC,
    including the Risk Factors of our Form 10-K" (what elaborates the filings the risks are not
    in is a place they are not in either). Only when a filing's word closes the phrase before the
    comma ("factors not discussed here, including those in our Form 10-K" elaborates the factors).
    The privative word's token, or None."""
    words = tokens.words
    k = next((t for t in range(s, max(lo, s - _ELABORATION_REACH) - 1, -1)
              if tokens.marked(HARD_GAP, t) or words[t] in ELABORATING), None)
    if k is None or words[k] not in ELABORATING or "," not in tokens.gap(k) or tokens.marked(STOP_GAP, k):
        return None
    if not any(words[u] in _FILING_WORDS for u in range(max(lo, k - 3), k)):
        return None
    for u in range(k - 1, max(lo, k - 1 - _PRIVATIVE_REACH) - 1, -1):
        if tokens.marked(STOP_GAP, u + 1) or (u + 1 < k and "," in tokens.gap(u + 1)):
            return None
        if words[u] in _PRIVATIVE and u + 1 < k and words[u + 1] == _PRIVATIVE[words[u]] and not (
                u > lo and is_negation(words[u - 1])):
            return u
    return None


# a relative clause that takes back what it follows: "our Form 10-K, which we later withdrew", "...,
# which the SEC rejected", "forward-looking statements, which we have since removed" (not "which
# superseded our earlier reports": there the filing stands)
_TAKEN_BACK = frozenset("withdrew withdrawn retracted rescinded revoked rejected removed deleted excised".split())


_SETTING = frozenset("set sets setting put puts putting lay lays laying cast casts brush brushes".split())
_SET_OBJECTS = frozenset("it them that this those these".split())  # "set it aside": the object between


def _set_aside(words: list[str], u: int, hi: int) -> bool:
    """Whether the verb of setting at u is "set aside", with a pronoun object between or not
    ("should set aside that report", "should set it aside", "set those discussions aside")."""
    if u + 1 < hi and words[u + 1] == "aside":
        return True
    # (a determiner and its noun between too: "set those discussions aside")
    return u + 2 < hi and words[u + 1] in _SET_OBJECTS and "aside" in words[u + 2 : min(hi, u + 4)]


_CAUSE_NOUNS = frozenset("risk risks uncertainty uncertainties factor factors".split())
_BACK_DETERMINERS = frozenset("these those such".split())  # not "the risks of our legacy debt"
_PARTIAL_WORDS = frozenset("""some many most several certain few partly partially largely mostly substantially
one two three part""".split())
_ELIMINATED_WORDS = 8  # from the sentence's start to the verb ("The Company has, however, eliminated")


def causes_eliminated_next(tokens: Tokens, e: int, n: int) -> tuple[int, int] | None:
    """The next sentence after the one holding the part that ends at e says the risks named as
    causes have been done away with, all of them: "... may differ materially ... due to a number of
    risks and uncertainties. The Company has, however, eliminated each of these risks and
    uncertainties." What could cause the difference is gone, so the caution is taken back. The
    (sentence start, verb) tokens, or None. Only a verb of `RESOLVED` near the next sentence's start, with no
    negation and no word of part ("some of these risks", "partly eliminated") before its object,
    which refers back ("these", "each of these", "all such") to risks or uncertainties."""
    words = tokens.words
    start = tokens.next_mark(SENTENCE_GAP, e, n)
    if start >= n:
        return None
    end = tokens.next_mark(SENTENCE_GAP, start, n)
    verb = next((u for u in range(start, min(end, start + _ELIMINATED_WORDS)) if words[u] in RESOLVED), None)
    if verb is None or any(is_negation(w) or w in _PARTIAL_WORDS for w in words[start:verb]):
        return None
    u = verb + 1
    if words[u : u + 2] in (["each", "of"], ["all", "of"], ["every", "one"]):
        u += 2 + (words[u] == "every")
    elif u < end and words[u] == "all":
        u += 1
    if u >= end or words[u] not in _BACK_DETERMINERS:
        return None
    for v in range(u + 1, min(end, u + 3)):
        if words[v] in _PARTIAL_WORDS or is_negation(words[v]):
            return None
        if words[v] in _CAUSE_NOUNS:
            return start, verb
    return None

# The standing of a filing, said of it by a later predicate of its sentence: a filing still
# "pending", "yet to be filed" or "not yet made" is not on file to be read; one "withdrawn",
# "superseded", "obsolete" or "no longer relevant" is no longer there to point to. Any such
# predicate of being ("is", "are", "have been", "remain") after the pointer, in its sentence, takes
# the pointer back, whatever the subject's words are between ("Our SEC filings that will address
# these factors are still pending", "the information Bunge once provided in its reports on file
# with the SEC, concerning ..., is superseded"). A modal before it ("may be superseded from time to
# time by later reports") or a negation ("has not been withdrawn") leaves the filing standing.
_STANDING_COPULAS = frozenset("is are was were been remain remains remained".split())
_STANDING_ADVERBS = frozenset("still now since long all both each already also and entirely wholly".split())
_LAPSED_STANDING = frozenset("""pending withdrawn superseded rescinded retracted revoked obsolete outdated unfiled
abandoned void voided lapsed cancelled canceled""".split())
_NO_LONGER_STANDING = frozenset("""relevant applicable current valid operative effective available accurate
reliable pertinent""".split())
_NOT_YET_DONE = frozenset("filed made submitted furnished completed finalized finalised available issued".split())
_NEW_CLAUSE_OPENERS = frozenset("and but while whereas although though yet so".split())
_NEW_SUBJECT_WORDS = frozenset("the a an our its their this that these those we it they he she there".split())
_AUXILIARY_RUN = frozenset("have has had since now already also long not never".split())
_STANDING_REACH = 40  # words from the pointer to the predicate: "concerning factors that ... presentation, is"


def filing_standing_lapsed(tokens: Tokens, s: int, e: int, hi: int) -> int | None:
    """The token of a predicate later in the sentence that says the filing the part names (s..e)
    is pending, not yet made, withdrawn, superseded or no longer relevant, or None."""
    words = tokens.words
    end = min(tokens.next_mark(SENTENCE_GAP, e, hi), e + 1 + _STANDING_REACH)
    for t in range(e + 1, end):
        if ";" in tokens.gap(t) or ("," in tokens.gap(t) and words[t] in _NEW_CLAUSE_OPENERS
                                    and t + 1 < end and words[t + 1] in _NEW_SUBJECT_WORDS):
            return None  # another clause of its own ("..., and the outcome of the case is pending")
        if words[t] not in _STANDING_COPULAS:
            continue
        before = t - 1
        while before > e and words[before] in _AUXILIARY_RUN:
            before -= 1  # "have not since been superseded": the run of auxiliaries and adverbs
        if any(words[u] in MODALS or words[u] == "to" or is_negation(words[u]) or words[u].endswith("n't")
               for u in range(before, t)):
            continue  # "may be superseded", "to be withdrawn", "have not since been withdrawn"
        u = t + 1
        while u < end and words[u] in _STANDING_ADVERBS:
            u += 1
        if u >= end:
            return None
        if words[u] in _LAPSED_STANDING:
            return u
        if u + 1 < end and (words[u], words[u + 1]) == ("no", "longer") and u + 2 < end \
                and words[u + 2] in _NO_LONGER_STANDING:
            return u
        if u + 1 < end and is_negation(words[u]) and words[u + 1] == "yet":
            v = u + 2 + (u + 2 < end and words[u + 2] in ("been", "be"))
            if v < end and words[v] in _NOT_YET_DONE:
                return u
        if u + 2 < end and (words[u], words[u + 1], words[u + 2]) == ("yet", "to", "be") \
                and u + 3 < end and words[u + 3] in _NOT_YET_DONE:
            return u
    return None


# A clause of time on the filing's own filing ("..., once that report has been filed", "once it
# is prepared and placed on file with the SEC"): a report that will be there once it is filed is
# not there yet.
_ONCE_AFTER = 14  # "Annual Report" + "on Form 10-K for the year ended December 31, 2024," + "once"
_ONCE_REACH = 7  # "once" + "it is prepared and placed on" + "file"
_FILING_DONE = frozenset("filed file submitted furnished lodged".split())


def filed_only_once(tokens: Tokens, s: int, e: int, lo: int, hi: int) -> int | None:
    """The "once" of a clause of the pointer's sentence that files what it points to, or None."""
    words = tokens.words
    end = tokens.next_mark(SENTENCE_GAP, e, hi)
    # the clause stands right after the filing it files ("our Form 10-K for 2024, once it is
    # filed"), not after another filing coordinated later ("... described in our 2024 Form 10-K,
    # and will be updated in our next Form 10-K once it is filed")
    # (or the part is itself the clause's filing: "..., once it is prepared and placed on file with
    # the SEC")
    for t in chain(range(max(sentence_low(tokens, s, lo), s - _ONCE_REACH), s), range(e + 1, min(end, e + 1 + _ONCE_AFTER))):
        if words[t] != "once" or (t < s and any(tokens.marked(HARD_GAP, u) for u in range(t + 1, s + 1))):
            continue
        for u in range(t + 1, min(end, t + 1 + _ONCE_REACH)):
            if tokens.marked(HARD_GAP, u) or is_negation(words[u]):
                break
            if words[u] in _FILING_DONE:
                return t
    return None


# The reader told, in the pointer's own sentence, to leave the filings out of account ("Investors
# should disregard, as superseded, the risk factors outlined in our Form 10-K", "which investors
# would do well to ignore", "readers are asked to put those descriptions out of mind") or not to
# look to them ("You should not look for more information ... in our Form 10-K"). A negation right
# before the verb of disregard keeps the filings in view ("should not ignore").
_SETTING_ASIDE_VERBS = frozenset("disregard disregarded disregarding ignore ignored ignoring".split())
_LOOKING_VERBS = frozenset("look refer consult read review see turn".split())
_SET_ASIDE_NEGATION_REACH = 3  # "should not" + "simply" before the verb
_SET_ASIDE_CUES = _SETTING_ASIDE_VERBS | _LOOKING_VERBS | {"out"}  # the words a setting aside is read from


@read_once
def pointer_set_aside(tokens: Tokens, s: int, e: int, lo: int, hi: int) -> int | None:
    """The token of a verb of the pointer's sentence (before or after the part s..e) that tells the
    reader to disregard the filings or not to look to them, or None."""
    words = tokens.words
    start = sentence_low(tokens, s, lo)
    end = tokens.next_mark(SENTENCE_GAP, e, hi)
    for t in tokens.positions_of(_SET_ASIDE_CUES, start, end):
        if s <= t <= e:
            continue
        negated = any(is_negation(words[u]) or words[u].endswith("n't")
                      for u in range(max(start, t - _SET_ASIDE_NEGATION_REACH), t))
        if words[t] in _SETTING_ASIDE_VERBS and not negated:
            return t
        if (words[t], words[t + 1] if t + 1 < end else "") == ("out", "of") and t + 2 < end \
                and words[t + 2] == "mind" and not negated:
            return t
        if t < s and words[t] in _LOOKING_VERBS and t > start and words[t - 1] in ("not", "never") \
                and t - 2 >= start and words[t - 2] in MODALS | {"do", "does", "need"}:
            return t - 1  # "You should not look for ... in our Form 10-K"
    return None


# The filings said to leave the risks out, in the pointer's sentence: a word of absence with the
# filings as where the thing is absent ("are deliberately left unaddressed in our filings", "have
# been removed from the reports filed by us"), or the filings failing to discuss or lacking it
# ("risk factors that our Form 10-K and other SEC filings fail to mention"). A negation before the
# word keeps the discussion there ("not omitted from", "do not fail to mention").
_ABSENT_FROM = frozenset("""unaddressed undiscussed unmentioned undescribed undisclosed unstated omitted absent
missing removed excluded deleted excised struck dropped""".split())
_ABSENT_PLACES = frozenset("in from".split())
_FAILING = frozenset("fail fails failed failing neglect neglects neglected omit omits omitted".split())
_LACKING = frozenset("lack lacks lacked lacking".split())
_ABSENCE_PREDICATING = frozenset("""are is was were be been being left remain remains remained deliberately entirely
wholly largely completely all since""".split())
_FILING_SUBJECTS = frozenset("""which they it filings filing reports report k q f statements documents also all each
commission sec""".split())
_BACK_TO_RISKS = frozenset("them these those such it they".split())
_MENTIONING = frozenset("""mention discuss address describe disclose identify include cover detail list set
to""".split())
_LEAVING_OUT = _ABSENT_FROM | _FAILING | _LACKING  # the words a leaving out is read from
_SEMICOLON = re.compile(";")


def filings_leave_out(tokens: Tokens, s: int, e: int, lo: int, hi: int) -> int | None:
    """The token of a word of the pointer's sentence that says the filing (the part s..e) leaves the
    risks out, or None."""
    words = tokens.words
    start = sentence_low(tokens, s, lo)
    end = tokens.next_mark(SENTENCE_GAP, e, hi)

    def negated(t: int) -> bool:
        return any(is_negation(words[u]) or words[u].endswith("n't") for u in range(max(start, t - 3), t))

    for t in tokens.positions_of(_ABSENT_FROM, start + 1, s):
        # a predicate ("are left unaddressed in", "have been removed from"), not a noun's
        # modifier in a factor ("the risk of missing data in our systems")
        if words[t] in _ABSENT_FROM and words[t - 1] in _ABSENCE_PREDICATING and not negated(t) and any(
                words[u] in _ABSENT_PLACES for u in range(t + 1, min(s, t + 3))):
            return t  # "left unaddressed in our ... filings"
    for t in tokens.positions_of(_LEAVING_OUT, e + 1, tokens.next_mark(_SEMICOLON, e, end)):
        if (words[t] in _ABSENT_FROM and words[t - 1] in _ABSENCE_PREDICATING and t + 2 < end
                and words[t + 1] == "from" and words[t + 2] != "time" and not negated(t)
                and not any(words[u] in MODALS for u in range(max(start, t - 3), t))):
            return t  # "under "Risk Factors" in a section that has been removed from the reports"
        # the filings the subject ("which fail to", "our filings fail to"), not a factor's own
        # subject ("the risk that we fail to identify acquisitions", "our lack of history")
        if words[t - 1] not in _FILING_SUBJECTS and t != e + 1:
            continue
        if words[t] in _FAILING and t + 1 < end and words[t + 1] in _MENTIONING and not negated(t):
            return t  # "that our filings fail to mention"
        if words[t] in _LACKING and not negated(t) and (t + 1 >= end or any(
                words[u] in _BACK_TO_RISKS for u in range(t + 1, min(end, t + 6)))):
            return t  # "filings, which lack any discussion of them" (not "of cybersecurity risks": narrower)
    return None
