"""Phrases that tie a part to an owner, shared by the readings of other documents, comparisons,
speakers and owners: a name that is not the company's, an owner inside a phrase ("of the
seller"), an apposition's end, a contact or relative clause that names the owner.
"""

from __future__ import annotations

import re

from .clauses import Tokens, read_once
from .lexicon import (
    BOUNDARIES, CORPORATE_SUFFIXES, DEICTICS, DOCUMENT_NOUNS, FINITE_VERBS, INCORPORATION_SUFFIXES, MODALS, NOT_OWNERS,
    OTHER_DOCUMENTS, OTHER_KINDS, OWN_SPEAKERS, REGULATORS, STATEMENT_NOUNS, inflections, is_negation)
from .names import stem
from .parties import (
    ACTING_REACH, ASCRIBED, AUTHORING, COMPANY_GENERIC_NOUNS, COMPANY_NAME_WORDS, COMPANY_NOUNS, DOCUMENT_CHAIN_WORDS,
    INTENDING, JOINED_STATEMENT_NOUNS, JOINERS, LINKS, NOT_DEFINED_PARTIES, OWNER_PHRASE_WORDS, OWN_PEOPLE,
    OWN_POSSESSIVES, PARTICIPLES, PLACES, PLACES_HERE, POSSESSED_PARTY_WORDS, PREPOSITIONS, RELATIVE_ADVERBS,
    acting_verb, is_other_owner, is_owner, name_before, possessed_party, serving_third_person, serving_verb,
    speaker_names)
from .syntax import AUXILIARIES, HARD_GAP, PERFECT, RELATIVES, STOP_GAP

_SUBSIDIARY_NAME_WORDS = 4  # "Capital Investment Management LLC" after the company's own first name


def served_by_company(tokens: Tokens, u: int, hi: int) -> bool:
    """Whether the plural noun at u is followed by a contact clause whose subject is the company,
    by its own name or its generic noun, and whose verb serves or trades them ("the funds Hamilton
    Lane manages", "the utilities the Company proposes to acquire"): parties the company acts for,
    buys or sells, who speak for themselves (as "the funds we manage" are read by `is_other_owner`)."""
    words = tokens.words
    word = words[u]
    if (len(word) <= 3 or not word.isalpha() or not word.endswith("s") or word.endswith("ss")
            or word in NOT_OWNERS or word in PLACES or word in STATEMENT_NOUNS):
        return False
    v = opened = u + 1
    if v < hi and words[v] in ("that", "which") and not tokens.marked(HARD_GAP, v):
        v = opened = v + 1  # the restrictive relative clause says the same: "the funds that Hamilton Lane manages"
    if v + 1 < hi and words[v] == "the" and words[v + 1] in COMPANY_GENERIC_NOUNS:
        v += 2
    else:
        while v < hi and v - opened < COMPANY_NAME_WORDS and (tokens.names.is_own(words[v]) or (
                v > opened and words[v] in CORPORATE_SUFFIXES)):  # "SJW Group", "Acme Holdings"
            v += 1
        if v > opened and opened > u + 1:
            # ... and after "that", the rest of a longer name that begins with the company's own,
            # a subsidiary's ("the private funds that Burford Capital Investment Management LLC
            # manages"): read on to its verb
            while (v < hi and v - opened < COMPANY_NAME_WORDS + _SUBSIDIARY_NAME_WORDS and words[v].isalpha()
                   and not serving_third_person(words[v]) and words[v] not in AUXILIARIES
                   and words[v] not in BOUNDARIES and words[v] not in PREPOSITIONS and words[v] not in FINITE_VERBS
                   and not tokens.marked(HARD_GAP, v)):
                v += 1
    if v == opened or v >= hi or any(tokens.marked(HARD_GAP, k) for k in range(u + 1, v + 1)):
        return False
    return serving_verb(words, v) or serving_third_person(words[v]) or (
        words[v] in INTENDING and serving_verb(words, v + 1)) or _done_to_by_company(words, u, v, hi) or (
        _dealing_with(words, v, hi))


# Verbs of dealing with a party, with the preposition that takes the party: "the card networks
# Euronet relies on", "the carriers the Company contracts with", "the banks we borrow from". The
# company depends on them or trades with them, so they are parties of their own.
_DEALING = {form: preps for verb, preps in (
    ("rely", ("on", "upon")), ("depend", ("on", "upon")), ("contract", ("with",)), ("partner", ("with",)),
    ("work", ("with",)), ("deal", ("with",)), ("compete", ("with", "against")), ("borrow", ("from",)),
    ("license", ("from", "to")), ("buy", ("from",)), ("source", ("from",)), ("sell", ("to",)),
    ("lend", ("to",))) for form in inflections(verb)}


def _dealing_with(words: list[str], v: int, hi: int) -> bool:
    """Whether the contact clause's verb at v (after auxiliaries) is one of dealing with a party,
    its preposition left at the clause's end ("relies on", "has contracted with")."""
    while v + 1 < hi and words[v] in AUXILIARIES and not is_negation(words[v]):
        v += 1
    return v + 1 < hi and words[v + 1] in _DEALING.get(words[v], ())


# nouns a contact clause with the company for subject may define that name no party: its own
# units and people, and what it plans, projects or achieves ("the estimates the Company has
# published", "the results the Company reported")
_NOT_DONE_TO = NOT_DEFINED_PARTIES | frozenset("""plans estimates projections forecasts expectations budgets
targets goals objectives guidance outlooks views beliefs results events outcomes achievements conditions
operations developments prospects""".split())


def _done_to_by_company(words: list[str], u: int, v: int, hi: int) -> bool:
    """Whether the contact clause after the plural noun at u, the company its subject, has a
    past or perfect verb at v ("the companies Shoals has accused of infringing its patents", "the
    lenders the Company repaid"): what the company did to them makes them a party of their own,
    whatever the verb. Not nouns of its own units, plans or outcomes (`_NOT_DONE_TO`)."""
    if words[u] in _NOT_DONE_TO:
        return False
    if words[v] in ("has", "have", "had") and v + 1 < hi:
        v += 1
    return len(words[v]) > 4 and words[v].endswith("ed")


_CONTACT_OPENERS = frozenset("our the its their that which".split())


_PLACED_IN = frozenset("in at on".split())  # a phrase that places a clause's plural subject, before its verb
_CONTACT_SUBJECT_WORDS = 9  # "that" + "the staff of the Oregon Public Utility Commission" (eight words)
_SUCH_REACH = 6  # "such" + "forward-looking statements" before "as": "such statements as Acme may make", "such of these forward-looking statements as"


def contact_owner(tokens: Tokens, t: int, hi: int, is_other) -> int | None:
    """The owner named as the subject of a clause that describes the noun before token t, "that",
    "as" after "such", or none opening it: "the guidance our partner issued last week", "the annual
    report that our largest customer filed", "such statements as Acme may make", "the forecasts
    Acme publishes". A modal may stand before the verb ("that our lenders may issue"). Its token,
    or None."""
    words = tokens.words
    if t >= hi or tokens.marked(HARD_GAP, t):
        return None
    such_as = words[t] == "as" and "such" in words[max(0, t - _SUCH_REACH - 1) : t]
    named = words[t] not in _CONTACT_OPENERS and tokens.names.is_name(words[t])
    if words[t] not in _CONTACT_OPENERS and not such_as and not named:
        return None
    if such_as or words[t] in ("that", "which"):
        # a passive clause names its maker by "by": "such of these statements as were made by our
        # joint venture partner", "the forecasts that were issued by our lenders"
        v = t + 1
        if v + 2 < hi and words[v] in AUXILIARIES and (words[v + 1] in AUTHORING or words[v + 1] in PARTICIPLES) \
                and words[v + 2] == "by" and not any(tokens.marked(HARD_GAP, k) for k in range(v, v + 3)):
            return owner_in_phrase(tokens, v + 2, hi, is_other)[0]
    # a regulator makes statements of its own ("the forward-looking statements that the staff of
    # the state utility commission may make"), though the filings it "makes available" are ours
    regulated = t > 0 and words[t - 1] in JOINED_STATEMENT_NOUNS
    held = None  # an owner whose "of" phrase stands between it and the verb
    for u in range(t, min(hi, len(words) - 1, t + _CONTACT_SUBJECT_WORDS)):  # the verb may close the span read (hi)
        if u > t and (tokens.marked(HARD_GAP, u) or words[u] in BOUNDARIES or words[u] in AUXILIARIES):
            return None
        # (its verb in the perfect too: "the estimates our partner has published"; or after the
        # head of a compound the other's word begins: "the reports the dealer manager files"; or
        # after a modal: "that our lenders may issue", "as Acme may have published")
        verb = u + 1
        opened = verb  # where the verb's own words begin: after an apposition ("our former parent, Halvorsen,")
        if verb < len(words) and "," in tokens.gap(verb):
            verb = opened = apposition_end(tokens, verb, hi) or verb
        if words[verb] in MODALS and verb + 1 < len(words):
            verb += 1
        verb = verb + 1 if words[verb] in PERFECT and verb + 1 < len(words) else verb
        if words[verb] not in AUTHORING and verb + 1 < len(words) and words[verb + 1] in AUTHORING \
                and words[verb] not in AUXILIARIES and words[verb] not in BOUNDARIES:
            verb += 1
        unbroken = not any(tokens.marked(HARD_GAP, k) for k in range(opened + 1 if opened > u + 1 else u + 1, verb + 1))
        if ((is_other(words, u) or another_name(tokens, u, t) or (regulated and words[u] in REGULATORS)
             or (u > t and _plural_author(words, u, t) and not tokens.names.is_own(words[u]))
             or (u > t and _possessed_subject(tokens, t, u, such_as, verb))) and words[verb] in AUTHORING
                and unbroken):
            return u
        if held is not None and words[verb] in AUTHORING and unbroken:
            return held  # the owner's "of" phrase read past: "that the purchasers of our properties may make"
        if held is None and u + 1 < len(words) and words[u + 1] == "of" and is_owner(words, u):
            held = u
        if held is None and u + 1 < len(words) and words[u + 1] in _PLACED_IN and _plural_author(words, u, t):
            held = u  # a plural subject placed by its phrase: "that participants in the program make"
        if named and u > t:
            return None  # a bare name opens the clause only as its whole subject ("the forecasts Acme publishes")
    return None


def _possessed_subject(tokens: Tokens, t: int, u: int, such_as: bool, verb: int) -> bool:
    """Whether the clause opened at token t ("that", "which", "as" after "such", or none: the
    possessive itself) has as its subject, ending at u, a party the company has ("the statements
    our member institutions make", "such statements as the Company's dealers may issue"): someone
    else, since a company does not name itself through its own possessive (`possessed_party`);
    not its own people ("our officers"). The verb at `verb` must agree with the subject's head:
    "our earnings press release" is a noun phrase, not "our earnings press" releasing."""
    words = tokens.words
    if u + 1 < len(words) and words[u + 1] in JOINERS:
        return False  # "our hopes or forecasts": nouns coordinated, no clause
    if verb >= len(words) or not _agrees(words[u], words[u + 1], words[verb]):
        return False
    if verb != u + 1 and words[u + 1] not in MODALS and words[u + 1] not in ("has", "have", "had"):
        return False  # the verb right after the subject's head: not "our earnings press release"
    owner = t + 1 if words[t] in ("that", "which") or (such_as and words[t] == "as") else t
    if owner < u and words[owner] == "the":
        owner += 1  # "the Company's dealers"
    return owner < u and possessed_party(tokens, owner, u + 1) == u


def _agrees(head: str, after: str, verb: str) -> bool:
    """Whether a verb (`verb`, with `after` the word right after the subject's head) agrees with
    the subject's `head`: a modal or a past form with any, "-s" with a singular, the plain form
    with a plural."""
    if after in MODALS or after in ("had",) or verb.endswith("ed") or verb in _IRREGULAR_PAST:
        return True
    if after in ("has", "have"):
        return (after == "have") == _plural(head)
    return verb.endswith("s") != _plural(head)


_IRREGULAR_PAST = frozenset("made gave wrote forecast set put".split())


def _plural_author(words: list[str], u: int, t: int) -> bool:
    """Whether the word at u, inside the clause opened at t, is a plural common noun that heads
    the clause's subject ("the information that veterinary clinics publish", "which hospitals
    issue"): whoever they are, they are not the company, which would be "we", "the Company" or its
    name, nor its own people."""
    word = words[u]
    if words[t] not in ("that", "which") or (u + 1 < len(words) and words[u + 1] in ("and", "or")):
        return False  # (a relative clause only; "our expectations or forecasts" coordinates nouns)
    if (len(word) <= 3 or not word.isalpha() or not word.endswith("s") or word.endswith(("ss", "us", "is"))
            or word in NOT_OWNERS or word in STATEMENT_NOUNS or word in OWN_SPEAKERS or word in OWN_PEOPLE
            or word in CORPORATE_SUFFIXES):
        return False  # (nor the suffix of a company's name: "that Northwind Holdings Inc. makes")
    # only determiners and modifiers before it in the clause: "that (our) (veterinary) clinics"
    return all(not (w in OWN_SPEAKERS or w in AUXILIARIES or w in BOUNDARIES or w in PREPOSITIONS or w == "of")
               for w in words[t + 1 : u])


_APPOSITION_WORDS = 6  # ", our former joint venture partner," or ", Halvorsen Shipping Group,"


def apposition_end(tokens: Tokens, first: int, hi: int) -> int | None:
    """The token after an apposition that opens with a comma at token `first` and closes with
    one, a noun phrase with no verb or clause word in it ("that our former parent, Halvorsen
    Group, made", "that Halvorsen, our former parent, made"), or None."""
    words = tokens.words
    if HARD_GAP.search(tokens.gap(first).replace(",", "")):
        return None
    for k in range(first + 1, min(hi, len(words), first + 1 + _APPOSITION_WORDS)):
        gap = tokens.gap(k)
        if HARD_GAP.search(gap):
            return k if not HARD_GAP.search(gap.replace(",", "")) else None
        word = words[k - 1]
        if (word in AUXILIARIES or word in BOUNDARIES or word in AUTHORING or word in RELATIVES
                or word in FINITE_VERBS or word in PREPOSITIONS or word in _LIKENING or is_negation(word)):
            return None  # (a comparison is no apposition: "Conduit, like its former parent, assumes")
    return None


_LIKENING = frozenset("like unlike".split())


# What a maker is named after: "by" (after any word: "made by", "projected by") or "of" after a
# noun of what someone says or expects ("the projections of", "the views of")
_SAID_NOUNS = STATEMENT_NOUNS | frozenset("""projections projection estimates estimate forecasts forecast views view
beliefs belief expectations expectation opinions opinion predictions prediction outlooks outlook guidance""".split())


def _possessed_maker(tokens: Tokens, link: int, hi: int) -> int | None:
    """The head of a party of the company's (`possessed_party`) that "by", or "of" after a noun of
    what is said or expected, names as the maker ("made by our member institutions", "the
    projections of the Company's landlords"): its token, or None."""
    words = tokens.words
    if not (words[link] == "by" or (words[link] == "of" and link > 0 and words[link - 1] in _SAID_NOUNS)):
        return None
    owner = link + 2 if link + 2 < hi and words[link + 1] == "the" else link + 1
    end = owner + 1
    while end < hi and end - owner <= POSSESSED_PARTY_WORDS + 1 and not tokens.marked(HARD_GAP, end) and not (
            words[end] in BOUNDARIES or words[end] in AUXILIARIES or words[end] in PREPOSITIONS
            or words[end] in LINKS or words[end] in FINITE_VERBS or words[end] in RELATIVES
            or (end > owner + 1 and words[end] in _PREDICATE_VERBS)):
        end += 1
    if owner >= hi or not (end >= hi or tokens.marked(HARD_GAP, end) or words[end] in BOUNDARIES
                           or words[end] in AUXILIARIES or words[end] in PREPOSITIONS or words[end] in LINKS
                           or words[end] in FINITE_VERBS or words[end] in RELATIVES
                           or (end > owner + 1 and words[end] in _PREDICATE_VERBS)):
        return None
    if words[link] == "of" and not _plural(words[end - 1]):
        return None  # (after "of" a singular may be a thing: "the statements of our business")
    return possessed_party(tokens, owner, end)


# The plain verbs a legend's clause goes on with after its subject ("statements made by the Company's
# property manager speak only as of ..."): the maker's noun phrase ends before them.
_PREDICATE_VERBS = frozenset("""speak speaks differ differs vary varies reflect reflects represent represents
undertake undertakes disclaim disclaims assume assumes intend intends identify identifies""".split())


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


@read_once
def owner_in_phrase(tokens: Tokens, link: int, hi: int, is_other) -> tuple[int | None, bool]:
    """The other owner named in the noun phrase after the link word at `link`, its modifiers read
    past ("of our joint-venture partners", "by independent research firms"), and whether a clause
    break cut the phrase short. A bare name counts after "of" or "by" only: after "in" or "from" it
    is a place as often as an owner ("in Canada"), but its possessive is an owner ("in Cantor
    Fitzgerald's research reports")."""
    words = tokens.words
    party = _possessed_maker(tokens, link, hi)
    if party is not None:
        return party, False
    for u in range(link + 1, min(hi, link + 1 + OWNER_PHRASE_WORDS)):
        if tokens.marked(HARD_GAP, u):
            if words[link] in _APPOSED_LINKS and u > link + 1 and tokens.gap(u).strip() == "," and not any(
                    words[k] in OWN_SPEAKERS or words[k] in COMPANY_NOUNS for k in range(link + 1, u)):
                # a name, then its role: "undertaken by Morgan Stanley, the lead underwriter of the
                # offering," (the role's noun is what shows it is someone else)
                role = _apposed_role(tokens, u, hi)
                if role is not None:
                    return role, False
                if _relative_acts_on_company(tokens, u, hi):
                    # ... or a relative clause that makes the company its object: "of The RMR
                    # Group, which manages OPI,", "of George Weston Limited, which controls Choice"
                    return u - 1, False
            return None, True
        if _joined_to_company(tokens, u, hi):
            return None, False  # "made by the Company or Brightwater": the company's too
        # (a name before a document's noun owns it as a possessive would, the plural's apostrophe
        # being lost in canonical text: "in Brennick Castings' releases")
        noun = u + 2 if u + 2 < hi and words[u + 1] in ("press", "news") else u + 1  # "press releases"
        names_document = noun < hi and words[noun] in DOCUMENT_NOUNS and not tokens.marked(HARD_GAP, u + 1)
        # ("attributed to Thoma Bravo": the one statements are ascribed to made them, as after "by")
        ascribed = words[link] == "to" and link > 0 and words[link - 1] in ASCRIBED
        if is_other(words, u) or ((words[link] in ("of", "by") or ascribed or words[u].endswith("'s") or names_document)
                                   and another_name(tokens, u, link + 1)):
            return (None if _joined_to_company(tokens, u + 1, hi) else u), False
        if served_by_company(tokens, u, hi):
            return u, False  # "of the funds Hamilton Lane manages", "of the utilities the Company has agreed to acquire"
        if u > link + 1 and not tokens.marked(HARD_GAP, u) and _relative_acts_on_company(tokens, u, hi):
            # a noun phrase known by what it does to the company: "by the investment fund that
            # holds a majority of Bio-Path's common stock", "of the firm that manages us"
            return u - 1, False
        if _exemplified_by_names(tokens, u, hi):
            return u, False  # "of grocery anchors such as Kroger and Publix": others, by the names they are given
        if (words[u] in BOUNDARIES or words[u] in AUXILIARIES or words[u] in PREPOSITIONS
                or words[u] in LINKS or is_negation(words[u])):
            break
    return None, False


def _public_law(words: list[str], u: int) -> bool:
    """Whether the words at u open a U.S. statute's citation by its Public Law number ("Public Law
    104-67", "Pub. L. No. 104-67"): the name of a law, not of a party."""
    if words[u : u + 2] == ["public", "law"] or words[u : u + 2] == ["pub", "l"]:
        rest = words[u + 2 : u + 4]
        return bool(rest) and (rest[0][:1].isdigit() or (rest[0] == "no" and len(rest) > 1 and rest[1][:1].isdigit()))
    return False


_EXAMPLE_NAME_WORDS = 4  # "such as" + "Kroger", "Cantor Fitzgerald & Co."


def _exemplified_by_names(tokens: Tokens, u: int, hi: int) -> bool:
    """Whether the plural noun at u is followed by "such as" and a name the document does not
    give itself ("grocery anchors such as Kroger and Publix"): the examples show the noun names
    other parties. Not "issuers such as the Company", nor things named by example ("risks such as
    inflation" are no parties: a name is needed, and the noun must be no statement or place)."""
    words = tokens.words
    word = words[u]
    if (u + 3 >= hi or words[u + 1] != "such" or words[u + 2] != "as" or len(word) <= 3 or not word.endswith("s")
            or word.endswith("ss") or word in NOT_OWNERS or word in STATEMENT_NOUNS or word in PLACES):
        return False
    last = u + 3
    while (last + 1 < min(hi, u + 3 + _EXAMPLE_NAME_WORDS) and words[last + 1] not in ("and", "or")
           and not tokens.marked(HARD_GAP, last + 1)):
        last += 1
    if any(words[k] in OWN_SPEAKERS or words[k] in COMPANY_NOUNS for k in range(u + 3, last + 1)):
        return False
    return another_name(tokens, last, u + 3)


_APPOSED_LINKS = frozenset("by of".split())
_ROLE_WORDS = 4  # ", the lead underwriter", ", its former parent company"


def _apposed_role(tokens: Tokens, t: int, hi: int) -> int | None:
    """The noun of another party that heads an apposition opening with the comma before token t
    (", the lead underwriter of the offering", ", our former parent"): its token, or None where the
    apposition names no party before a verb, a preposition or a clause word."""
    words = tokens.words
    for k in range(t, min(hi, t + _ROLE_WORDS)):
        if k > t and tokens.marked(HARD_GAP, k):
            return None
        if is_other_owner(words, k):
            return k
        if words[k] in _KIN_MODIFIERS and k + 1 < hi and not tokens.marked(HARD_GAP, k + 1) and not (
                words[k + 1] in PREPOSITIONS or words[k + 1] in BOUNDARIES or words[k + 1] in AUXILIARIES):
            return k + 1  # ", an affiliated fund managed by ...", ", its fellow spin-off,": one of a kind beside the company
        if (words[k] in AUXILIARIES or words[k] in FINITE_VERBS or words[k] in PREPOSITIONS
                or words[k] in BOUNDARIES or words[k] in RELATIVES):
            return None
    return None
# Modifiers that make the apposition's head another entity of the company's kind ("an affiliated
# fund", "a sister company", "Carrier's fellow spin-off"), not the company itself.
_KIN_MODIFIERS = frozenset("affiliated sister fellow separate unaffiliated unrelated".split())


def _relative_acts_on_company(tokens: Tokens, t: int, hi: int) -> bool:
    """Whether a relative clause opening at token t ("which manages OPI", "who now own part of
    the Company", "that holds a majority of Bio-Path's common stock") has a verb of `_ACTING_ON` whose object, a few words on, is the company: "us",
    "our", "the Company" or a name the document gives itself. Not "which affects the Company"."""
    words = tokens.words
    if t >= hi or words[t] not in ("which", "who", "that"):
        return False
    v = t + 1
    while v < hi and (words[v] in RELATIVE_ADVERBS or words[v].endswith("ly")):
        v += 1
    if v >= hi or not acting_verb(words[v]):
        return False
    for k in range(v + 1, min(hi, v + 1 + ACTING_REACH)):
        if tokens.marked(HARD_GAP, k):
            return False
        w = words[k]
        if w in ("us", "our") or (w.endswith("'s") and w[:-2] in COMPANY_GENERIC_NOUNS) or (
                w in COMPANY_GENERIC_NOUNS and words[k - 1] == "the") or tokens.names.is_own(w) or (
                w.endswith("'s") and tokens.names.is_own(stem(w))) or (
                stem(w) in speaker_names(tokens)):  # (the name the legend's disclaimers speak for)
            return True
    return False


@read_once
def _joined_to_company(tokens: Tokens, u: int, hi: int) -> bool:
    """Whether the party whose name ends at token u is one of a list joined by "and" or "or" that
    names the company too (a word it speaks as, or one of its own names): "the Company or
    Brightwater", "Brightwater and the Company", "Brightwater, Harlow or the combined company".
    What such a list made is the company's too. Read forward from u over the list's names, commas
    and articles to its end."""
    words = tokens.words
    joined = False
    for v in range(u, min(hi, u + _LIST_REACH)):
        if v > u and tokens.marked(STOP_GAP, v):
            return False
        word = words[v]
        if word in ("and", "or"):
            joined = True
        elif word in _REPEATED_LINKS and words[v - 1] in ("and", "or"):
            continue  # the link said again after the conjunction: "of Brightwater or of the Company"
        elif word in OWN_SPEAKERS or tokens.names.is_own(word):
            if joined or (v + 1 < hi and words[v + 1] in ("and", "or")) or (v + 1 < hi and "," in tokens.gap(v + 1)):
                return joined or _list_goes_on(tokens, v + 1, hi)
        elif not _list_member(tokens, word):
            return False
    return False


_LIST_REACH = 8  # "Brightwater, Air Transport Services Group or the combined company"
_REPEATED_LINKS = frozenset("of by from".split())
_LIST_FILLERS = frozenset("the its their combined".split())


def _list_member(tokens: Tokens, word: str) -> bool:
    """Whether `word` may stand in a list of parties: a name, one of the company's, or an article."""
    return word in _LIST_FILLERS or word in OWN_SPEAKERS or tokens.names.is_name(word) or tokens.names.is_own(word)


def _list_goes_on(tokens: Tokens, v: int, hi: int) -> bool:
    """Whether an "and" or "or" follows at v, after the list's commas and names."""
    words = tokens.words
    for w in range(v, min(hi, v + _LIST_REACH)):
        if w > v and tokens.marked(STOP_GAP, w):
            return False
        if words[w] in ("and", "or"):
            return True
        if not _list_member(tokens, words[w]):
            return False
    return False


# Documents by their kind alone ("our website"), and the marks of another document or time before
# a document's noun ("our investor presentation", "our 2019 annual report", "the Company's last
# audited financial statements"); with `filed`, the company's filings too ("our filings", "our
# Form 10-K")
_DOCUMENTS_BY_KIND = frozenset("website transcript transcripts prospectus proxy".split()) | OTHER_KINDS
_FILED_BY_KIND = frozenset("filings filing".split())
_DOCUMENT_MARKS = OTHER_DOCUMENTS | frozenset("audited".split())
_PLACE_WORDS = 12  # "by the pro forma figures in the Company's last audited financial statements"


def other_document_in_place(tokens: Tokens, t: int, hi: int, filed: bool = False) -> int | None:
    """The first word of the place phrase from token t on that names another document (with
    `filed`, one of the company's filings too), up to the phrase's end (a clause break, a
    relative pronoun, a verb): its token, or None. A mention of this document anywhere in the
    phrase ("in this release or in our filings", "in our investor presentation and this
    release") keeps what stands there this document's own. (The filings hold the company's own
    forward-looking statements: what the results may differ from there is still theirs.)"""
    words = tokens.words
    found = None
    for k in range(t, min(hi, t + _PLACE_WORDS)):
        if (k > t and tokens.marked(HARD_GAP, k)) or words[k] in RELATIVES or words[k] in FINITE_VERBS \
                or words[k] in AUXILIARIES:
            break
        if words[k] in DEICTICS and k - 2 >= t and words[k - 2 : k] == ["other", "than"]:
            return k - 2  # "in a press release other than this one": this document set apart
        if words[k] in DEICTICS or words[k] in PLACES_HERE:
            return None
        if found is None and (_another_document_at(words, k, hi) or (filed and _filed_document_at(words, k, hi))):
            found = k
    return found


def _filed_document_at(words: list[str], w: int, hi: int) -> bool:
    """Whether token w names one of the company's filings ("filings", "Form 10-K")."""
    return words[w] in _FILED_BY_KIND or (words[w] == "form" and w + 1 < hi and words[w + 1][:1].isdigit())


# the gatherings where statements are made, named with a mark of another one ("the forward-looking
# statements of its 2019 investor day", "those made at our annual meeting"): another occasion, as
# another document is (a deictic still makes it this one: "this investor day")
_GATHERINGS = frozenset("day days meeting meetings conference conferences summit".split())


def _another_document_at(words: list[str], w: int, hi: int) -> bool:
    """Whether token w names another document: by its kind, or by a mark of another document or
    time that a document's noun (or a gathering's) follows within three words."""
    if words[w] in _DOCUMENTS_BY_KIND:
        return True
    return words[w] in _DOCUMENT_MARKS and any(
        words[k] in DOCUMENT_NOUNS or words[k] in _GATHERINGS or (words[k] == "statements" and words[k - 1] == "financial")
        for k in range(w + 1, min(hi, w + 4)))


_DEAL_NOUNS = frozenset("acquisition acquisitions merger mergers transaction transactions deal deals combination "
                        "integration purchase spin spinoff divestiture".split())  # ("spin-off": "spin")


_AMPERSAND_NAME_WORDS = 4  # "Procter & Gamble", "S&P Global", "Ernst & Young LLP"


def _ampersand_run(tokens: Tokens, t: int) -> tuple[int, int] | None:
    """The first and last tokens of a name joined by "&" that word t belongs to or closes ("Ernst
    & Young", "S&P Global": the word after the joined letters is the name's too), or None."""
    words = tokens.words
    a = b = t
    while a > 0 and t - a < _AMPERSAND_NAME_WORDS and "&" in tokens.gap(a) and not tokens.marked(STOP_GAP, a):
        a -= 1
    while b + 1 < len(words) and b - t < _AMPERSAND_NAME_WORDS and "&" in tokens.gap(b + 1) \
            and not tokens.marked(STOP_GAP, b + 1):
        b += 1
    if a == b:
        # the word closes a name of joined letters: "S&P Global"
        if t >= 2 and "&" in tokens.gap(t - 1) and len(words[t - 1]) == 1 and len(words[t - 2]) == 1 \
                and not tokens.marked(HARD_GAP, t):
            return t - 2, t
        return None
    return a, b


def another_name(tokens: Tokens, t: int, lo: int, own: frozenset[str] | None = None, by_suffix: bool = True) -> bool:
    """Whether word t is (the last word of) the name of someone the legend does not speak for,
    with no corporate suffix to show it: "Royalty Pharma's filings", "statements made by
    Stonepeak", "Coeur undertakes no obligation" (`Names.another`). The company's names are the
    ones the document gives itself and the subjects of the legend's disclaimers (`speaker_names`), or
    `own` when the caller knows better (not the sentence's own disclaimer)."""
    joined = _ampersand_run(tokens, t)
    if joined is not None:
        # a name joined by "&" ("Ernst & Young", "S&P Global", "Procter & Gamble"): the words do
        # not spell it, so it is read whole, by its writing in the source
        own = tokens.names.own | speaker_names(tokens) if own is None else own
        return tokens.names.another_joined(tokens.words[joined[0] : joined[1] + 1], own)
    if t + 1 < len(tokens.words) and tokens.words[t + 1] in _DEAL_NOUNS and not tokens.words[t].endswith("'s"):
        return False  # the name of a deal the company makes: "the results of the Tessaly acquisition"
    if _public_law(tokens.words, t) or (t > 0 and _public_law(tokens.words, t - 1)):
        return False  # "of Public Law 104-67", "Pub. L. No. 104-67": a statute's citation, no party
    own = tokens.names.own | speaker_names(tokens) if own is None else own
    name = name_before(tokens, t, lo)[::-1] + [tokens.words[t]]
    opener = t - len(name)
    if opener >= lo and tokens.words[opener] in OWN_POSSESSIVES:
        return False  # a name the company calls its own is its product or brand: "our GLP-1 agonists"
    if by_suffix and t + 1 < len(tokens.words) and stem(tokens.words[t + 1]) in INCORPORATION_SUFFIXES:
        name.append(tokens.words[t + 1])  # "Beta Pharmaceuticals, Inc.": the suffix shows a name
    return tokens.names.another(name, own, by_suffix)


# STOP_GAP less its brackets: a parenthesis may hold a short name (Acme, Inc.'s ("Acme") Annual Report)
_CHAIN_BREAK = re.compile(r"[;:\n]|[.!?](?:\s|$)")


def document_chain(tokens: Tokens, b: int, a: int) -> bool:
    """Whether the words between tokens b and a only name more of the document or documents
    ended at b: no verb, no clause, at most a few words ("section of Acme, Inc.'s Annual Report",
    ", including its Annual Report on Form 10-K, Quarterly Reports ...")."""
    between = tokens.words[b + 1 : a]
    if len(between) > DOCUMENT_CHAIN_WORDS or any(tokens.marked(_CHAIN_BREAK, k) for k in range(b + 1, a + 1)):
        return False
    return not any(w in FINITE_VERBS or (w in BOUNDARIES and w not in JOINERS) or w in RELATIVES for w in between)


def relative_subject(tokens: Tokens, b: int, hi: int) -> int | None:
    """Another owner as the subject of a relative clause on the words ending at b: "the annual
    reports that our competitors have filed", "the reports third parties file"; its token."""
    words = tokens.words
    if words[b] in PREPOSITIONS:
        return None  # "filings with" + "the Israel Securities Authority ...": its object, not a clause's subject
    t = b + 1
    if t < hi and words[t] in ("that", "which") and not tokens.marked(HARD_GAP, t):
        t += 1
    for u in range(t, min(hi, t + 4)):
        if tokens.marked(HARD_GAP, u) or words[u] in AUXILIARIES or words[u] in FINITE_VERBS:
            return None
        if is_owner(words, u) or another_name(tokens, u, t):
            return u
    return None


_MAKER_VERB_WORDS = 5  # "Halden Mining Ltd." + "has" + the verb


def relative_maker(tokens: Tokens, r: int, hi: int, is_other) -> int | None:
    """The maker a relative clause opened by "that" or "which" at r names, when another: a passive
    with its agent ("that are made by Deverra", "which were provided by our partners"), a passive
    that ascribes ("that are attributed to our customers"), or an active clause whose subject is
    another and whose verb makes or gives ("that Halden Mining has furnished", "that our partner
    published"). None for the company ("that we have provided") or a verb that does not make
    them ("that Halden Mining disputes")."""
    words = tokens.words
    v = r + 1
    if v + 2 < hi and words[v] in AUXILIARIES and words[v + 2] in ("by", "to") and not any(
            tokens.marked(HARD_GAP, k) for k in range(v, v + 3)):
        if words[v + 2] == "by" and (words[v + 1] in PARTICIPLES or words[v + 1] in AUTHORING):
            return owner_in_phrase(tokens, v + 2, hi, is_other)[0]
        if words[v + 2] == "to" and words[v + 1] in ASCRIBED:
            return owner_in_phrase(tokens, v + 2, hi, is_other)[0]
        return None
    subject = relative_subject(tokens, r - 1, hi)
    if subject is None:
        return None
    for k in range(subject + 1, min(hi, subject + 1 + _MAKER_VERB_WORDS)):
        if tokens.marked(HARD_GAP, k) or words[k] in BOUNDARIES:
            return None
        if words[k] in AUTHORING:
            return subject
        if words[k] in AUXILIARIES:
            if is_negation(words[k]):
                return None  # "that Halden Mining has not provided"
            continue  # "has", "will have"
        if words[k] in FINITE_VERBS:
            return None
    return None
