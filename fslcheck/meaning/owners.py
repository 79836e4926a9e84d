"""Whose statements: readings that move an element onto someone else's.

An element protects the company only when it speaks of the company's own forward-looking
statements, results and filings. The readings here find the other owner a part is tied to: another
party before or after the part ("the seller's projections", "estimates of analysts"), the owner of
a caption or of a list of documents, a pronoun that refers back to another party, a filer named
before a form. They build on, from the bottom up:

- `parties`: whether a word names another owner or the company, and the names a text mentions;
- `owner_phrases`: phrases shared by the readings above it (an owner inside "of the seller", a
  name that is not the company's, an apposition's end);
- `other_documents`: statements made in another document or earlier;
- `comparisons`: a part compared with others' figures;
- `speakers`: a sentence whose subject, speaker or relier is another party.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clauses import Tokens, read_once
from .lexicon import (
    BOUNDARIES, DEICTICS, DOCUMENT_NOUNS, FILLERS, FINITE_VERBS, INCORPORATION_SUFFIXES, MONTH_ABBREVIATIONS, MONTHS,
    OTHER_TIMES, OWN_SPEAKERS, REGULATORS, is_negation)
from .names import stem
from .owner_phrases import (
    another_name, contact_owner, document_chain, owner_in_phrase, relative_maker, relative_subject, served_by_company)
from .parties import (
    ANOTHER_DOCUMENT, ASCRIBED, AUTHORING, DOCUMENT_CHAIN_WORDS, JOINED_STATEMENT_NOUNS, JOINERS, LINKS,
    OWN_POSSESSIVES, PARTICIPLES, PREPOSITIONS, is_other_owner, is_owner, name_before, speaker_names)
from .references import FILED
from .syntax import AUXILIARIES, CAPTION_REACH, HARD_GAP, PERFECT, RELATIVES, STOP_GAP, YEAR, sentence_low
from .times import past_occasion

_FILED_WITH = frozenset("with to the u.s".split())  # between the verb that files and the regulator


@read_once
def other_before(tokens: Tokens, a: int, lo: int, is_other=None) -> int | None:
    """Another owner or time among the few modifiers just before token a ("our competitors'
    press releases", "our prior-year releases"), with no verb or clause break between: its token."""
    words = tokens.words
    is_other = is_other or is_other_owner
    if a - 2 >= lo and words[a - 2 : a] == ["u", "s"]:
        a -= 2  # "the U.S. Securities and Exchange Commission": the country's initials belong to the name
    # "the reports that our competitors have filed with the SEC": the subject of a relative
    # clause stands before its perfect auxiliary
    stop = a - 1 if a - 1 >= lo and words[a - 1] in ("have", "has", "had") else a
    # ... and so does a perfect before the verb that files, with the regulator after it: "the
    # reports that our competitor has made with the SEC"
    verb = stop
    while verb - 1 >= lo and words[verb - 1] in _FILED_WITH:
        verb -= 1
    if verb - 2 >= lo and words[verb - 1] in AUTHORING and words[verb - 2] in PERFECT:
        stop = verb - 2
    for t in range(stop - 1, max(lo, stop - 4) - 1, -1):
        if tokens.marked(HARD_GAP, t + 1) or words[t] in AUXILIARIES or words[t] in BOUNDARIES:
            return None
        if is_other(words, t) or (words[t].endswith("'s") and another_name(tokens, t, lo)):
            if _joint_with_own(tokens, t, lo):
                return None  # "Acme's and Bolt's respective Annual Reports": the company's too
            return t
        if words[t] in _POSSESSIVE_PRONOUNS:
            # "its" or "their" that refers back to another party ("Brennick cautions its
            # investors not to rely on its forward-looking statements")
            return _referent(tokens, t, lo, _POSSESSIVE_PRONOUNS[words[t]])
    return None


def _own_possessive(tokens: Tokens, k: int) -> bool:
    """Whether word k is the company's possessive: "our", "the Company's", "Acme's"."""
    word = tokens.words[k]
    if word in OWN_POSSESSIVES:
        return True
    return word.endswith("'s") and stem(word) in (tokens.names.own | speaker_names(tokens))


def _joint_with_own(tokens: Tokens, t: int, lo: int) -> bool:
    """Whether another's possessive at word t is coordinated with the company's ("Acme's and
    Bolt's respective filings", "Bolt's and our Annual Reports"): the documents are both
    parties', the company's among them."""
    words = tokens.words
    before = t - len(name_before(tokens, t, lo)) - 1  # the word before the other's name
    if before - 1 >= lo and words[before] in ("and", "or") and _own_possessive(tokens, before - 1):
        return True
    return t + 2 < len(words) and words[t + 1] in ("and", "or") and _own_possessive(tokens, t + 2)


_AGENT_ASIDE_WORDS = 6  # ", before the merger,", ", from time to time,"


def _past_aside_to_agent(tokens: Tokens, t: int, hi: int) -> int:
    """The "by" after a short aside set off by commas right after a participle ("filings made, before
    the merger, by Trinity Capital Corporation"): the agent's link, read as if the aside were not
    there; else t. An aside with a verb of its own is a clause, not read past."""
    words = tokens.words
    if t >= hi or "," not in tokens.gap(t) or tokens.marked(STOP_GAP, t):
        return t
    for u in range(t + 1, min(hi, t + _AGENT_ASIDE_WORDS + 1)):
        if words[u - 1] in AUXILIARIES or words[u - 1] in FINITE_VERBS:
            return t
        if tokens.marked(STOP_GAP, u):
            return t
        if "," in tokens.gap(u):
            return u if words[u] == "by" else t
    return t


# The words of where and when a document is filed, between the participle and its filer: "filed
# from time to time with the U.S. Securities and Exchange Commission by ..."
_FILING_ROUTE = REGULATORS | frozenset("""from time to with the u.s us securities and exchange sec periodically regularly
publicly""".split())
_FILING_ROUTE_WORDS = 11  # "from time to time" + "with the U.S. Securities and Exchange Commission"


def _filing_route_to_agent(tokens: Tokens, t: int, hi: int) -> int | None:
    """The "by" that names the filer after the route a participle of filing at token t - 1 takes
    ("filed from time to time with the SEC by Acme's parent", "furnished to the SEC by"): its
    token, or None when anything but the route's words stands between."""
    words = tokens.words
    # ("made" too, where the route and "by" follow: "other filings made with the SEC by our joint
    # venture partner")
    if t < 1 or (words[t - 1] not in FILED and words[t - 1] != "made"):
        return None
    for u in range(t, min(hi, t + _FILING_ROUTE_WORDS + 1)):
        if tokens.marked(HARD_GAP, u) and not (words[u - 1] == "u.s" or words[u - 1].endswith(".")):
            return None
        if words[u] == "by":
            return u if u > t else None
        if words[u] not in _FILING_ROUTE:
            return None
    return None


@read_once
def other_after(tokens: Tokens, e: int, hi: int, is_other=None) -> int | None:
    """Another owner or time linked to token e by "of", "by", "from" or a participle and "by" /
    "in" ("statements made by third-party analysts", "results reported by our competitors",
    "releases of prior years", "statements or information of its suppliers"): its token."""
    words = tokens.words
    # asked for another owner only (`is_owner`), a document of another time or one sent with this
    # one is no other's: "the safe harbor language in last night's press release", "in the
    # attached release" (a document of another kind, "the annual MD&A", still counts)
    owners_only = is_other is is_owner
    is_other = is_other or is_other_owner
    t = e + 1
    if t < hi and words[t] in ("that", "which") and not tokens.marked(HARD_GAP, t):
        # a restrictive relative clause that names the maker: "items in this release that are
        # attributed to our customers", "information that Halden Mining has furnished"
        maker = relative_maker(tokens, t, hi, is_other)
        if maker is not None:
            return maker
    if t < hi and words[t] == "at" and not tokens.marked(HARD_GAP, t):
        # an outcome at a party is that party's: "actual results at the hosting providers that
        # operate our miners" (a place is none: "results at our stores"; nor is another time,
        # which "at prior-year levels" would be)
        owner = owner_in_phrase(tokens, t, hi, is_owner)[0]
        if owner is not None:
            return owner
    agent = _filing_route_to_agent(tokens, t, hi)
    if agent is not None:  # the words end at the participle: "other reports filed" + "with the SEC by ..."
        owner, cut = owner_in_phrase(tokens, agent, hi, is_other)
        if owner is not None or cut:
            return owner
    if not owners_only and t < hi and not tokens.marked(HARD_GAP, t):
        earlier = past_occasion(tokens, t, hi)  # "forward-looking statements on our previous call"
        if earlier is not None:
            return earlier
    # the rest of the noun, or a noun coordinated with it ("forward-looking statements made by",
    # "statements or information of"), at most three words
    while (t < min(hi, e + 4) and words[t] not in PARTICIPLES and words[t] not in LINKS and words[t] not in ASCRIBED
           and words[t] not in AUXILIARIES and (words[t] not in BOUNDARIES or _joins_statement_nouns(words, t, hi))
           and words[t] not in FILLERS and not tokens.marked(HARD_GAP, t)):
        # a clause opened by "as" after "such", or by a bare name, may begin within these words:
        # "such statements as Acme may make", "the forecasts Acme publishes"
        contact = contact_owner(tokens, t, hi, is_other) if words[t] == "as" or t > e + 1 else None
        if contact is not None:
            return contact
        t += 1
    if (t + 2 < hi and words[t] in ASCRIBED and words[t + 1] == "to"
            and not tokens.marked(HARD_GAP, t) and not tokens.marked(HARD_GAP, t + 1)):
        # "statements attributed to our customers": the one they are ascribed to made them, as
        # after "made by"
        owner, cut = owner_in_phrase(tokens, t + 1, hi, is_other)
        if owner is not None or cut:
            return owner
    if t < hi and words[t] in PARTICIPLES and not tokens.marked(HARD_GAP, t):
        t += 1
        if t < hi and words[t] in ("out", "forth"):  # "set out in", "set forth in"
            t += 1
        before = _made_before(tokens, t, hi)
        if before is not None:
            return before
        agent = _past_aside_to_agent(tokens, t, hi)
        if agent != t:  # "filings made, before the merger, by Trinity Capital Corporation with the SEC"
            return owner_in_phrase(tokens, agent, hi, is_other)[0]
        agent = _filing_route_to_agent(tokens, t, hi)
        if agent is not None:  # "reports filed from time to time with the SEC by our former parent"
            owner, cut = owner_in_phrase(tokens, agent, hi, is_other)
            if owner is not None or cut:
                return owner
    if words[t : t + 5] == ["by", "or", "on", "behalf", "of"] and t + 5 < hi and not any(
            tokens.marked(HARD_GAP, k) for k in range(t + 1, t + 5)):
        t += 2  # "made by or on behalf of the Seller": one party for both links
    if words[t : t + 3] == ["on", "behalf", "of"] and t + 3 < hi and not any(
            tokens.marked(HARD_GAP, k) for k in range(t + 1, t + 3)):
        t += 2  # "statements issued on behalf of our research partners": theirs, as "by" would say
    contact = contact_owner(tokens, t, hi, is_other)
    if contact is not None:
        return contact
    if not owners_only and t < hi and not tokens.marked(HARD_GAP, t):
        earlier = past_occasion(tokens, t, hi)  # "statements made at last year's investor day"
        if earlier is not None:
            return earlier
    past = _defined_term_end(tokens, e + 1, hi)
    if past is not None and words[past] in LINKS:
        # "the filings with the Securities and Exchange Commission ("SEC") of Medtronic": the
        # short name defined in brackets stands inside the phrase, the owner after it
        return owner_in_phrase(tokens, past, hi, is_other)[0]
    if t >= hi or words[t] not in LINKS or tokens.marked(HARD_GAP, t):
        return None
    if (not owners_only and words[t] == "of" and words[e] in DOCUMENT_NOUNS
            and not any(w in DEICTICS for w in words[max(0, e - 3) : e])):
        # "our press release of February 2024": a document known by another date is another one
        for u in range(t + 1, min(hi, t + 4)):
            if tokens.marked(HARD_GAP, u):
                break
            if words[u] in _MONTH_NAMES or YEAR.match(words[u]):
                return u
    # the noun phrase after the link, its modifiers too ("of our joint-venture partners", "of the
    # Company's largest customer")
    owner, cut = owner_in_phrase(tokens, t, hi, is_other)
    if owner is not None or cut:
        return owner
    # "... in the press releases of other companies": the owner of the document named
    for u in range(t + 1, min(hi, t + 7)):
        if (tokens.marked(HARD_GAP, u) or words[u] in BOUNDARIES or words[u] in AUXILIARIES
                or words[u] in PREPOSITIONS):
            return None  # "in this release about the products of other companies": ours
        if words[u] in DEICTICS:
            # "statements in this annual report": ours, unless a relative clause after the
            # document names their maker ("statements in this release that are made by our licensor")
            return _relative_agent_after(tokens, u, hi, is_other)
        if words[t] == "in" and words[u] in ANOTHER_DOCUMENT and not (
                owners_only and words[u] in _COMPANIONS):
            return u  # "statements in our 2019 annual report", "in the accompanying presentation", "in our offering memorandum"
        if (words[t] == "of" and words[u] in ANOTHER_DOCUMENT and not owners_only
                and any(words[k] in DOCUMENT_NOUNS for k in range(u + 1, min(hi, u + 3)))):
            return u  # "the statements of our 2019 quarterly reports" (not "estimates of annual revenue")
        if words[u] in ("of", "by"):
            if words[u - 1] in ("and", "or") and any(
                    words[k] in OWN_SPEAKERS or tokens.names.is_own(words[k]) for k in range(t + 1, u - 1)):
                return None  # "of Larkspur or of Halden Mining": the company's statements among them
            return owner_in_phrase(tokens, u, hi, is_other)[0]  # "by securities analysts"
    return None


_DEFINED_TERM_WORDS = 2  # ("SEC"), ("the Commission")


def _defined_term_end(tokens: Tokens, t: int, hi: int) -> int | None:
    """The token after a short defined term in brackets that opens at token t and closes a word or
    two later ("Commission ("SEC") of"), with nothing else of a clause's end around it (no comma,
    stop or line break): what follows continues the phrase before the bracket. None otherwise."""
    if t >= hi or "(" not in tokens.gap(t) or HARD_GAP.search(tokens.gap(t).replace("(", "")):
        return None
    for k in range(t + 1, min(hi, t + 1 + _DEFINED_TERM_WORDS)):
        gap = tokens.gap(k)
        if ")" in gap:
            return k if not HARD_GAP.search(gap.replace(")", "")) else None
        if HARD_GAP.search(gap):
            return None
    return None


_DOCUMENT_PHRASE_WORDS = 4  # "this" + "press release" + the relative's opener


def _relative_agent_after(tokens: Tokens, u: int, hi: int, is_other) -> int | None:
    """The maker a passive relative clause names right after a document phrase opened at u ("in
    this press release that are made by Deverra", "... which were provided by our partners"): its
    token, or None (the company itself, or no such clause)."""
    words = tokens.words
    for r in range(u + 1, min(hi, u + _DOCUMENT_PHRASE_WORDS + 1)):
        if tokens.marked(HARD_GAP, r):
            return None
        if words[r] in ("that", "which"):
            break
    else:
        return None
    return relative_maker(tokens, r, hi, is_other)


_COORDINATED_OUTCOMES = frozenset("""results result events event performance outcomes outcome achievements condition
conditions business businesses operations position prospects developments""".split())
_COORDINATION_WORDS = 10  # ", financial condition, operating performance and business"
_OUTCOME_MODIFIERS = 2


def coordinated_outcomes_end(tokens: Tokens, e: int, hi: int) -> int:
    """The last outcome noun of a coordination that begins with the outcome noun at e (joined by
    commas, "and" or "or", each noun after at most two modifiers), or e itself."""
    words = tokens.words
    end = e
    u = e + 1
    while u < min(hi, e + 1 + _COORDINATION_WORDS):
        gap = tokens.gap(u)
        if STOP_GAP.search(gap):
            break
        joined = "," in gap
        if words[u] in ("and", "or"):
            joined, u = True, u + 1
        if not joined:
            break
        for v in range(u, min(hi, u + _OUTCOME_MODIFIERS + 1)):
            if v > u and tokens.marked(HARD_GAP, v):
                return end
            if words[v] in _COORDINATED_OUTCOMES:
                end, u = v, v + 1
                break
            if (words[v] in BOUNDARIES or words[v] in AUXILIARIES or words[v] in PREPOSITIONS
                    or words[v] in FILLERS or words[v] in FINITE_VERBS or words[v] in LINKS):
                return end
        else:
            return end
    return end


def _joins_statement_nouns(words: list[str], t: int, hi: int) -> bool:
    """Whether the "and" at t joins another statement noun to the one before it."""
    return words[t] == "and" and t + 1 < hi and words[t + 1] in JOINED_STATEMENT_NOUNS


def _made_before(tokens: Tokens, t: int, hi: int) -> int | None:
    """"before" or "prior to" an event right after a participle ("statements made before our
    conversion to a closed-end fund", "issued prior to the merger"): statements of an earlier
    time, unless the event is this document's or today ("made prior to the date of this
    release"). The token of "before" / "prior", or None."""
    words = tokens.words
    if t >= hi or tokens.marked(HARD_GAP, t):
        return None
    if words[t] == "before":
        start = t + 1
    elif words[t] == "prior" and t + 1 < hi and words[t + 1] == "to":
        start = t + 2
    else:
        return None
    for u in range(start, min(hi, start + 6)):
        if tokens.marked(HARD_GAP, u) or words[u] in BOUNDARIES:
            break
        if words[u] in DEICTICS or words[u] in ("today", "hereof", "herein", "now"):
            return None
    return t


_COMPANIONS = OTHER_TIMES | frozenset("accompanying attached enclosed".split())


_MONTH_NAMES = MONTHS | MONTH_ABBREVIATIONS


def caption_owner(tokens: Tokens, b: int, hi: int) -> int | None:
    """Another filer of the documents a "Risk Factors" caption stands in: "under “Risk Factors” in
    the reports and statements filed by our principal supplier with the SEC". Read over the
    coordinated documents up to "by" or "of" and the owner after it; its token, or None."""
    words = tokens.words
    for t in range(b + 1, min(hi - 1, b + CAPTION_REACH)):
        if tokens.marked(HARD_GAP, t) or words[t] in AUXILIARIES:
            return None
        if words[t] in ("by", "of"):
            v = t + 1
            while v < hi and v <= t + 3 and (words[v] in FILLERS or not is_owner(words, v)) \
                    and not tokens.marked(HARD_GAP, v) and words[v] not in BOUNDARIES:
                v += 1
            if v < hi and is_owner(words, v) and not tokens.marked(HARD_GAP, v):
                return v
    return None


_OTHER_SECTIONS = ("sections", "parts", "items", "portions", "chapters")  # "... and other sections of"
_CHAIN_WORDS = 14  # words a chain of documents may run over ("in Item 3.D of the Annual Report on Form 20-F of ...")


def _owner_down_chain(tokens: Tokens, e: int, hi: int, is_other=None) -> int | None:
    """The owner at the end of a chain of sections and documents after the part: "“Risk Factors”
    in Item 3.D of the Annual Report on Form 20-F of the Company's largest customer". Its token,
    or None; a verb, a clause opener or punctuation ends the chain."""
    words = tokens.words
    is_other = is_other or is_other_owner
    # "Item 1A, Risk Factors, of the Form 10-K ...": the item's caption set off by commas after its
    # number goes on with the chain
    captioned = words[e] == "1a" and words[e + 1 : e + 3] == ["risk", "factors"]
    skipped = 0  # the words of a covered period passed over ("for the year ended December 31, 2023")
    t = e
    while t + 1 < min(hi, e + 1 + _CHAIN_WORDS + skipped):
        t += 1
        period = _period_after(tokens, t, hi)
        if period is not None and period < hi and words[period] in ("of", "by") \
                and not tokens.marked(HARD_GAP, period):
            # "Form 10-K for the year ended December 31, 2023 of our largest customer": the
            # period the report covers, then the report's owner
            skipped += period - t
            t = period
        if tokens.marked(HARD_GAP, t) and not tokens.gap(t).strip() in ("", '"', "'") and not (
                captioned and t in (e + 1, e + 3) and tokens.gap(t).strip().strip("\"'“”‘’") == ","):
            return None
        if words[t] in RELATIVES and t > e + 1:
            # "the annual report on Form 10-K that our former parent filed": the relative clause
            # on the chain's last document names its filer
            return relative_subject(tokens, t - 1, hi)
        if words[t] in JOINERS and words[t + 1 : t + 3] in (["other", s] for s in _OTHER_SECTIONS) \
                and not tokens.marked(HARD_GAP, t + 1):
            # "Item 1A and other sections of the Form 10-K of ...": sections of the same document
            skipped += 2
            t += 2
            continue
        if words[t] in BOUNDARIES or words[t] in AUXILIARIES or words[t] in FINITE_VERBS or words[t] in PARTICIPLES:
            return None
        if words[t] in ("of", "by") and t + 1 < hi:
            for u in range(t + 1, min(hi, t + 5)):
                if tokens.marked(HARD_GAP, u) or words[u] in BOUNDARIES or words[u] in ("of", "in", "on"):
                    break
                if is_other(words, u):
                    return u
    return None


_PERIOD_NOUNS = frozenset("year quarter period months weeks".split())
_PERIOD_WORDS = 9  # "for the fiscal year ended December 31, 2023": the period a report covers


def _period_after(tokens: Tokens, t: int, hi: int) -> int | None:
    """The token after the period a report covers when one starts at t ("for the (fiscal) year
    ended December 31, 2023", "for the quarter ending March 31, 2024"): the chain of a report's
    name goes on past it. None when no such period starts there."""
    words = tokens.words
    if t >= hi or words[t] != "for" or not any(words[u] in ("ended", "ending") and words[u - 1] in _PERIOD_NOUNS
                                                for u in range(t + 2, min(hi, t + 5))):
        return None
    for u in range(t + 3, min(hi, t + 1 + _PERIOD_WORDS)):
        if YEAR.match(words[u]):
            return u + 1
        if tokens.marked(STOP_GAP, u):
            return None
    return None


def owner_of(tokens: Tokens, a: int, b: int, lo: int, hi: int) -> int | None:
    """Another owner of the words a..b: the word itself, a modifier before it, an "of"/"by"
    phrase after it or at the end of a chain of documents after it; its token, or None."""
    if is_owner(tokens.words, a):
        return a
    found = other_before(tokens, a, lo, is_owner)
    found = found if found is not None else other_after(tokens, b, hi, is_owner)
    found = found if found is not None else relative_subject(tokens, b, hi)
    return found if found is not None else _owner_down_chain(tokens, b, hi, is_owner)


_POSSESSIVE_PRONOUNS = {"its": False, "their": True}  # whether the owner it refers back to is plural
# Nouns of what is filed, which a regulator's "with the SEC" ends the phrase of
_FILED_NOUNS = frozenset("filing filings report reports document documents submission submissions".split())
_FILED_PHRASE_WORDS = 10  # "filings" + "made by the Company's former joint-venture partner" + "with"


def filer_of_filings(tokens: Tokens, a: int, lo: int) -> int | None:
    """The other owner of the filings a regulator's phrase at token a ends ("with the SEC", "with
    the Securities and Exchange Commission") when the noun of what is filed stands a few words
    before it with its filer between: "filings made by Conduit's former parent with the SEC", "the
    filings of Geely, our largest customer, with the SEC", "the reports of Vingroup filed or furnished
    to the SEC". Its token, or None."""
    words = tokens.words
    # ("with the U.S.", or "to" after the verb of filing: "furnished to the SEC")
    w = next((k for k in range(a, max(lo, a - 5) - 1, -1)
              if words[k] == "with" or (words[k] == "to" and k > lo and words[k - 1] in FILED)), None)
    if w is None:
        return None
    for n in range(w - 1, max(lo, w - _FILED_PHRASE_WORDS) - 1, -1):
        if tokens.marked(STOP_GAP, n + 1) or words[n] in BOUNDARIES:
            return None
        if words[n] in _FILED_NOUNS:
            if n + 2 < w and words[n + 1] in _SUBJECT_PRONOUNS and words[n + 2] in AUTHORING:
                # "other filings it makes with the SEC": the filer is whom the pronoun refers back to
                return _referent(tokens, n + 1, lo, _SUBJECT_PRONOUNS[words[n + 1]])
            return other_after(tokens, n, w, is_owner) if n + 1 < w else None
    return None


_SUBJECT_PRONOUNS = {"it": False, "they": True}  # whether the party referred back to is plural


_POSSESSOR_MODIFIERS = 4  # "its most recent annual report": the pronoun a few words before the document


def possessor_referred_back(tokens: Tokens, a: int, lo: int, earlier: Sequence[tuple[int, int]] = ()) -> int | None:
    """Another owner that "its" or "their" before the document at token a refers back to, the
    nearest party of its number earlier in the sentence: "the filings of our largest supplier,
    including its Annual Report on Form 10-K". The company, named first on the way back, owns it
    ("the Company, like its suppliers, describes risks in its Form 10-K"); a possessive ("our",
    "the Company's") only modifies the noun after it. A document listed after one the pronoun
    owns shares it ("its Annual Report on Form 10-K, for the year ended ..., and subsequent
    Quarterly Reports"): `earlier` are the spans of the documents named before a. Its token, or None."""
    words = tokens.words
    pronoun = _possessive_before(tokens, a, lo)
    for a2, b2 in sorted((span for span in earlier if span[1] < a), reverse=True):
        if pronoun is not None:
            break
        if b2 >= a:
            continue  # (overlapping names: "filings with" and "with the SEC")
        if not _listed_after(tokens, b2, a) or _possessed(tokens, b2, a):
            break  # (a document with an owner of its own: "..., and in our own Quarterly Reports")
        a, pronoun = a2, _possessive_before(tokens, a2, lo)
    if pronoun is None:
        return None
    return _referent(tokens, pronoun, lo, _POSSESSIVE_PRONOUNS[words[pronoun]])


def _referent(tokens: Tokens, pronoun: int, lo: int, plural: bool) -> int | None:
    """The other party a pronoun at token `pronoun` refers back to: the nearest one of its number
    earlier in the sentence, unless the company is named first on the way back. Its token, or None."""
    words = tokens.words
    own = tokens.names.own | speaker_names(tokens)
    for t in range(pronoun - 1, sentence_low(tokens, pronoun, lo) - 1, -1):
        word = words[t]
        if (word in OWN_SPEAKERS or word in own) and not word.endswith("'s"):
            if plural:
                # the company as the subject of a contact clause that defines the plural party
                # before it: "the card networks the Company relies on, including their Annual
                # Reports" ("their" is the networks')
                served = next((k for k in range(t - 1, max(lo, t - 3) - 1, -1)
                               if served_by_company(tokens, k, len(words))), None)
                if served is not None:
                    return served
            return None  # (a possessive determiner, "our" or "the Company's", modifies the noun after it)
        if word.endswith("'s") and (word in OWN_SPEAKERS or stem(word) in own) and not plural:
            # ... but no party stands between it and "its": "the Company's public statements and
            # its Form 10-K" are both the company's, the nearest party the pronoun can name
            return None
        if is_owner(words, t) and stem(word).endswith("s") == plural and word not in OTHER_TIMES:
            return t
        if not plural and _named_party_ends(tokens, t, lo, own):
            # "Brennick Castings describes these risks in its Form 10-K": a party named by its
            # name, singular whatever its last word's form
            return t
    return _prior_subject(tokens, pronoun, own, plural)


_PRIOR_SUBJECT_WORDS = 10  # "Larkspur's partner, Halden Mining Ltd., also" before the verb
_PREVERBAL = frozenset("also separately itself themselves independently regularly".split())


def _prior_subject(tokens: Tokens, pronoun: int, own: frozenset[str], plural: bool) -> int | None:
    """The other party that a pronoun opening its sentence refers back to: the subject of the
    sentence just before, in the same paragraph ("Halden Mining also issues news releases. Its
    forward-looking statements ..."). The company as that subject ("Acme also issues news
    releases. Its ...") keeps the pronoun the company's. Read up to the sentence's first verb,
    past a possessive ("Acme's partner") and an apposition; the token of the party, or None."""
    words = tokens.words
    if pronoun < 1 or sentence_low(tokens, pronoun, 0) != pronoun or "\n" in tokens.gap(pronoun):
        return None
    prior = sentence_low(tokens, pronoun - 1, 0)
    if words[prior] in PREPOSITIONS or words[prior] in OTHER_TIMES:
        return None  # a fronted phrase before the subject ("Under its agreement with Halden, Acme ..."): not read
    found = None
    for t in range(prior, min(pronoun - 1, prior + _PRIOR_SUBJECT_WORDS)):
        word = words[t]
        if word in AUXILIARIES or word in FINITE_VERBS or word in _PREVERBAL or word in BOUNDARIES:
            return found
        if word.endswith("'s") or word in OWN_POSSESSIVES:
            continue  # a possessive modifies the party after it: "Acme's partner", "our partner"
        if (word in OWN_SPEAKERS or word in own) and found is None:
            return None  # "Acme also issues ...", "We also ...": the company's
        if found is None and is_owner(words, t) and stem(word).endswith("s") == plural:
            found = t
        elif found is None and not plural and tokens.names.another([word], own):
            found = t
        if t + 1 < pronoun and (words[t + 1] in FINITE_VERBS or words[t + 1].endswith("s") and found == t
                                and not tokens.marked(HARD_GAP, t + 1) and words[t + 1] not in DOCUMENT_NOUNS):
            return found
    return found


_NAME_READ_BACK = 3  # words of a name read back from its last ("Marlow Industrial Group")
# Verbs of a document's author after its name as subject ("Brennick describes them in its Form 10-K")
_AUTHOR_VERBS = frozenset("""describes discusses explains notes details lists identifies outlines sets addresses
reports files filed states says cautions warns discloses disclosed described discussed explained""".split())
_AUTHOR_LINKS = frozenset("by as".split())  # "described by Brennick ... in its Form 10-K", "As Brennick explains in its"


def _named_party_ends(tokens: Tokens, t: int, lo: int, own: frozenset[str]) -> bool:
    """Whether token t ends a name of a party the document does not present as itself
    (`Names.another`) that stands as the author of the clause: its subject before a verb, or the
    agent after "by" or "as". A name inside an object ("the Company, including its dependence on
    Brennick, ... in its Form 10-K") is not who "its" refers to."""
    words = tokens.words
    if stem(words[t]) in INCORPORATION_SUFFIXES:  # "Beta Pharmaceuticals, Inc.": read past the suffix's comma
        name_start = t - len(name_before(tokens, t, lo))
    else:
        start = max(lo, t + 1 - _NAME_READ_BACK)
        name_start = next((k for k in range(start, t + 1)
                           if not any(tokens.marked(HARD_GAP, j) for j in range(k + 1, t + 1))), t)
    if not tokens.names.another(words[name_start : t + 1], own):
        return False
    after = words[t + 1] if t + 1 < len(words) and not tokens.marked(HARD_GAP, t + 1) else ""
    if after in FINITE_VERBS or after in AUXILIARIES or after in _AUTHOR_VERBS:
        return True
    of = next((k for k in range(t - 1, max(lo, name_start - 1, t - _NAME_READ_BACK) - 1, -1)
               if words[k] == "of" or tokens.marked(HARD_GAP, k + 1)), None)
    if of is not None and of > lo and words[of] == "of" and words[of - 1] in _FILED_NOUNS \
            and not tokens.marked(HARD_GAP, of) and not tokens.marked(HARD_GAP, of + 1):
        return True  # the possessor of the documents: "the filings of Harcastle & Pryce Holdings plc with the SEC"
    return any(words[k] in _AUTHOR_LINKS and not tokens.marked(HARD_GAP, k + 1)
               for k in range(max(lo, name_start - 1), t))


def _possessive_before(tokens: Tokens, a: int, lo: int) -> int | None:
    """The token of "its" or "their" among the few modifiers before token a, or None."""
    for t in range(a - 1, max(lo, a - 1 - _POSSESSOR_MODIFIERS), -1):
        if tokens.marked(HARD_GAP, t + 1) or tokens.words[t] in BOUNDARIES or tokens.words[t] in AUXILIARIES:
            return None
        if tokens.words[t] in _POSSESSIVE_PRONOUNS:
            return t
    return None
_SAME_NAME_WORDS = 2  # "on Form"


def own_possessive_before(tokens: Tokens, a: int) -> bool:
    """Whether the company's possessive stands a few words before token a ("our most recent
    Annual Report", "the Company's Form 10-K")."""
    return any(w in OWN_POSSESSIVES for w in tokens.words[max(0, a - _POSSESSOR_MODIFIERS) : a])


def owner_of_the_others(tokens: Tokens, a: int, b: int, hi: int) -> int | None:
    """Another owner of the documents a list closes with "and other <documents>" after the one
    at tokens a..b: "the Annual Report on Form 10-K, Quarterly Reports on Form 10-Q and other
    documents our former parent filed with the SEC". "Other" makes the documents listed before
    more of the same kind, so their filer is the same; not a document the company calls its own
    ("our Annual Report on Form 10-K and other reports our lenders receive"). Its token, or None."""
    words = tokens.words
    if own_possessive_before(tokens, a):
        return None
    for t in range(b + 2, min(hi - 1, b + DOCUMENT_CHAIN_WORDS)):
        if words[t] == "other" and words[t - 1] in JOINERS and words[t + 1] in _FILED_NOUNS:
            if not document_chain(tokens, b, t - 1):
                return None
            found = other_after(tokens, t + 1, hi, is_owner)
            return found if found is not None else relative_subject(tokens, t + 1, hi)
    return None


def _listed_after(tokens: Tokens, b: int, a: int) -> bool:
    """Whether the words between tokens b and a go on with the same document's name ("Annual
    Report" + "on Form" + "10-K") or a list of documents, "and" or "or" before the next."""
    between = tokens.words[b + 1 : a]
    return document_chain(tokens, b, a) and (len(between) <= _SAME_NAME_WORDS or any(w in JOINERS for w in between))


def _possessed(tokens: Tokens, b: int, a: int) -> bool:
    """Whether a possessive stands between tokens b and a ("our", "Northwind's")."""
    return any(w in ("our", "my", "your") or w.endswith("'s") or w.endswith("s'") for w in tokens.words[b + 1 : a])


def statements_of_another(tokens: Tokens, first: int, last: int, lo: int, hi: int) -> int | None:
    """Another owner of the forward-looking statements named last before token `first` in its
    sentence, where what follows (to token `last`) is said of those statements ("includes
    forward-looking statements of the dealers we supply, within the meaning of the Act", "repeats
    forward-looking statements that Northwind made under the safe harbor", "contains
    forward-looking statements, made by our dealers, within the meaning of the Act"), or named in
    a clause on them after it ("... within the meaning of the Act, which are made by our
    dealers"): its token, or None."""
    words = tokens.words
    for t in range(last + 1, min(hi, last + 1 + _OWN_OBJECT_WORDS)):
        if HARD_GAP.search(tokens.gap(t)):
            break
        if words[t] in ("statements", "statement") and words[t - 1] == "looking":
            # the element names its own statements after it ("..., and it undertakes no obligation
            # to update any forward-looking statement"): the ones named before are not its subject
            return None
    start = sentence_low(tokens, first, lo)
    for s in range(first - 1, start, -1):
        if words[s] in ("statements", "statement") and words[s - 1] == "looking":
            found = other_after(tokens, s, first, is_owner)
            if found is None and s + 1 < first and words[s + 1] in ("that", "which"):
                found = relative_subject(tokens, s, first)  # "statements that our suppliers made"
            if found is None and s + 2 < first and words[s + 1] in PARTICIPLES and words[s + 2] == "by":
                found = owner_in_phrase(tokens, s + 2, first, is_owner)[0]  # ", made by our dealers,"
            return found if found is not None else _made_by_after(tokens, last, hi)
    return None


_OWN_OBJECT_WORDS = 6  # "update" + "any such forward-looking statement"


# the words between the part and a clause on the statements: "of the Securities Act of 1933 and
# Section 21E of the Securities Exchange Act of 1934, each as amended,"
_AFTER_WORDS = 24
_PLURAL_BE = frozenset("are were".split())
# a clause's end; a full stop with no space after it is inside a web address ("www.sec.gov")
_CLAUSE_BREAK = re.compile(r"[;:\n]|[.!?]\s")


def _made_by_after(tokens: Tokens, last: int, hi: int) -> int | None:
    """The owner a clause on the statements names after token `last`: ", which are made by our
    dealers", ", but which were issued by the Company's distributors", ", made by Northwind". A
    plural verb ("are", "were") tells that "which" takes up the statements, not the law named
    last. Its token, or None."""
    words = tokens.words
    for t in range(last + 1, min(hi - 1, last + 1 + _AFTER_WORDS)):
        if tokens.marked(_CLAUSE_BREAK, t) or words[t] in FINITE_VERBS:
            return None
        if "," not in tokens.gap(t):
            continue
        k = t + 1 if words[t] == "but" else t
        if k + 1 < hi and words[k] == "which" and words[k + 1] in _PLURAL_BE:
            k += 2
        if k + 1 < hi and words[k] in PARTICIPLES and words[k + 1] == "by":
            return owner_in_phrase(tokens, k + 1, hi, is_owner)[0]
    return None


_ANTECEDENT_WORDS = 8  # "filings with the SEC" + "of Cana Laboratories, our contract manufacturer," + "which"
_CLAUSE_WORDS = 12  # "which" + "are available at the SEC's website (www." + "sec.gov"


def antecedent_of(tokens: Tokens, a: int, spans: Sequence[tuple[int, int]], lo: int) -> tuple[int, int] | None:
    """The documents a clause describes when the part at token a stands in that clause: "the
    filings with the SEC of our contract manufacturer, which are available at the SEC's website",
    "... and in other filings it makes with the SEC, available at www.sec.gov". Whoever owns those
    documents owns what the clause names (the website holds the manufacturer's filings). The
    clause opens with ", which", ", that" or a participle of access; the antecedent is the part's
    occurrence (`spans`) that ends a few words before it. A bracket may restate a place in the
    clause ("at the SEC's website (www.sec.gov)"). Its span, or None."""
    words = tokens.words
    for k in range(a - 1, max(lo, a - _CLAUSE_WORDS) - 1, -1):
        if (words[k] in ("which", "that") and "," in tokens.gap(k)) or words[k] in _ACCESS:
            before = [(a2, b2) for a2, b2 in spans if b2 < k and k - b2 <= _ANTECEDENT_WORDS]
            if before and not any(tokens.marked(_CLAUSE_BREAK, t) for t in range(before[-1][1] + 1, k + 1)):
                return before[-1]
        if tokens.marked(_CLAUSE_BREAK, k):
            return None
    return None


_ACCESS = frozenset("available accessible obtainable".split())  # "..., available at www.sec.gov"


_SUBJECT_WORDS = 5  # "the Company's former dealer manager" between the document and its filing verb


def filer_before_form(tokens: Tokens, a: int, spans: Sequence[tuple[int, int]], lo: int) -> int | None:
    """Another owner that files the document named at token a on a form: "the reports the dealer
    manager files on Forms 10-K, 10-Q and 8-K", "the reports that our former parent filed on Form
    8-K". The form says how the documents are filed; the clause's subject, between the document
    noun and its verb, is who files them. `spans` are the part's occurrences, which a list of
    forms runs over ("10-Q" is filed as "Forms 10-K" is). Its token, or None."""
    words = tokens.words
    for a2, b2 in sorted(spans, reverse=True):  # back to the list's first form
        if b2 < a and b2 + 2 >= a and all(words[k] in JOINERS for k in range(b2 + 1, a)) \
                and not _CLAUSE_BREAK.search("".join(tokens.gap(k) for k in range(b2 + 1, a + 1))):
            a = a2
    if a > lo and words[a - 1] in ("form", "forms"):  # "Forms" + "10-K"
        a -= 1
    verb = a - 2
    if verb <= lo or words[a - 1] != "on" or words[verb] not in AUTHORING:
        return None
    for n in range(verb - 2, max(lo, verb - 2 - _SUBJECT_WORDS) - 1, -1):
        if tokens.marked(_CLAUSE_BREAK, n + 1) or words[n] in BOUNDARIES:
            return None
        if words[n] in _FILED_NOUNS:
            return relative_subject(tokens, n, verb)
    return None


# Words that make a document listed after another a sequel to it ("the Form 10-K of our partner
# and subsequent Quarterly Reports"): the later reports are the same filer's.
_SEQUELS = frozenset("subsequent subsequently later".split())
_SEQUEL_WORDS = 3  # "subsequent" + up to two words before the document's name ("subsequent quarterly")


def sequel_of_anothers(tokens: Tokens, a: int, spans: Sequence[tuple[int, int]], lo: int, hi: int,
                       depth: int = 0) -> int | None:
    """Another owner of the document at token a when "subsequent" or "later" names it as a sequel
    to the document named last before it in the sentence, and another owns that one: "the Annual
    Report on Form 10-K of our operating partner and subsequent Quarterly Reports on Form 10-Q",
    "..., as updated in subsequent reports filed with the SEC" are the partner's reports too. A
    sequel with an owner of its own ("and our subsequent Quarterly Reports") is not. Its token, or
    None."""
    words = tokens.words
    sequel = next((k for k in range(a - 1, max(lo, a - _SEQUEL_WORDS) - 1, -1) if words[k] in _SEQUELS), None)
    if sequel is None or sequel == lo:
        return None
    if any(w in OWN_SPEAKERS or w in _SEQUEL_OWNERS or w.endswith("'s") or tokens.names.is_own(w)
           for w in words[sequel - 1 : a]):
        return None
    before = [span for span in spans if span[1] < sequel - 1]
    if not before:
        return None
    # the document named last before it, read back over the overlapping parts of its name ("Quarterly
    # Reports" + "Form 10-Q"), none of them the company's own
    for a2, b2 in sorted(before, key=lambda span: span[1], reverse=True)[:_SEQUEL_NAME_PARTS]:
        if any(tokens.marked(STOP_GAP, k) for k in range(b2 + 1, sequel + 1)):
            return None  # (the sequel in a sentence or clause of its own)
        if own_possessive_before(tokens, a2):
            return None  # "our Form 10-K and subsequent Quarterly Reports": ours
        found = owner_of(tokens, a2, b2, lo, hi)
        if found is None and depth < _SEQUEL_CHAIN:
            found = sequel_of_anothers(tokens, a2, spans, lo, hi, depth + 1)  # a sequel of a sequel
        if found is not None:
            return found
    return None


_SEQUEL_CHAIN = 3
_SEQUEL_NAME_PARTS = 3  # the overlapping parts of one document's name ("Quarterly Reports", "Form 10-Q", "10-Q")
_SEQUEL_OWNERS = frozenset("our my its their your".split())  # a sequel's own possessive


# Demonstratives that stand for statements named before ("these forward-looking statements; those
# of our reinsurers speak only as of ..."), and what ties them to a maker
_STANDING_FOR = frozenset("those that".split())


def demonstrative_of_another(tokens: Tokens, first: int, lo: int, hi: int) -> int | None:
    """Another owner of what a demonstrative subject stands for: the subject of the clause of token
    `first` (the reading's key verb) is "those" or "that" followed by "of"
    or a participle and "by" ("those of the Company's reinsurers speak only as of the date hereof",
    "those made by our dealers are based on ..."). The owner in the phrase after it, as
    `other_after` reads it; None when the phrase names the company ("those of the Company") or
    there is no such subject."""
    words = tokens.words
    start = tokens.clause_start(first, sentence_low(tokens, first, lo))
    for d in range(start, min(first, hi - 1)):
        if words[d] not in _STANDING_FOR or (d > start and words[d - 1] not in FILLERS_BEFORE_DEMONSTRATIVE):
            continue
        if HARD_GAP.search(tokens.gap(d + 1)):
            continue
        if d > lo and words[d - 1] in JOINERS:
            sentence = sentence_low(tokens, d, lo)
            if not any(words[k] in FINITE_VERBS or words[k] in AUXILIARIES for k in range(sentence, d - 1)):
                # "Our statements and those of our dealers speak ...": a subject coordinated with
                # the company's own, which is dated too
                return None
        nxt = words[d + 1]
        if nxt == "of" or (nxt in PARTICIPLES and d + 2 < hi and words[d + 2] == "by"):
            return other_after(tokens, d, hi, is_owner)
    return None


FILLERS_BEFORE_DEMONSTRATIVE = frozenset("only".split())  # "only those of our partners"


# Verbs by which statements are said to give someone's views ("the forward-looking statements
# reflect the estimates and beliefs of ..."), and the nouns of those views.
_REFLECTING = frozenset("reflect reflects reflected represent represents represented express expresses embody embodies "
                        "convey conveys".split())
_VIEW_NOUNS = frozenset("""view views belief beliefs estimate estimates expectation expectations opinion opinions judgment
judgments judgement judgements assessment assessments assumption assumptions thinking outlook forecast forecasts
projection projections intention intentions plan plans""".split())
_REFLECTED_REACH = 8  # words from the statements to the verb ("contained in this press release")
_VIEW_MODIFIERS = 3  # "the" + "current" + "good-faith" before the views' noun


def views_of_another(tokens: Tokens, e: int, hi: int) -> int | None:
    """Another owner whose views the statements ending at token e are said to reflect or
    represent, which makes the statements that owner's: "any forward-looking statements represent
    the views of our academic collaborators only as of today", "the forward-looking statements in
    this release reflect the estimates and beliefs of our counterparty's management". The views
    are the company's when no other owner is named ("reflect management's current views", "reflect
    the views of the Company") or when the verb is negated ("do not reflect the views of
    analysts": the statements are still the company's own). Its token, or None."""
    words = tokens.words
    v = e + 1
    while v < min(hi, e + 1 + _REFLECTED_REACH):
        if tokens.marked(HARD_GAP, v) or is_negation(words[v]) or words[v] in BOUNDARIES:
            return None
        if words[v] in _REFLECTING:
            break
        if words[v] in FINITE_VERBS and words[v] not in AUXILIARIES:
            return None
        v += 1
    else:
        return None
    if v >= hi or words[v] not in _REFLECTING:
        return None
    t = v + 1
    modifiers = 0
    seen_view = False
    while t < hi and not tokens.marked(HARD_GAP, t) or (seen_view and t < hi and tokens.gap(t).strip() == ","):
        word = words[t]
        if word in _VIEW_NOUNS:
            seen_view = True
        elif seen_view and word in ("and", "or"):
            pass
        elif word == "of" and seen_view:
            return owner_in_phrase(tokens, t, hi, is_owner)[0]
        elif not seen_view and modifiers < _VIEW_MODIFIERS and word not in BOUNDARIES and word not in FINITE_VERBS \
                and word not in OWN_SPEAKERS and not word.endswith("'s") and not is_negation(word):
            modifiers += 1
        else:
            return None
        t += 1
    return None
