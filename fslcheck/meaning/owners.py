"""Whose statements: readings that move an element onto someone else's.

An element protects the company only when it speaks of the company's own forward-looking
statements, results and filings. These readings find the other owner a part is tied to: another
party's statements or results ("the seller's projections", "estimates of analysts"), a statement
made before or in another document, a named speaker or company that is not the issuer, a caption
that names another owner, a comparison with others' figures.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

from .clauses import Tokens, read_once
from .lexicon import (
    BOUNDARIES, CORPORATE_SUFFIXES, DEICTICS, DOCUMENT_NOUNS, FILLERS, FINITE_VERBS, GENERIC_NAMES, INCORPORATION_SUFFIXES,
    LATER_MARKERS, MODALS, NOT_FORWARD, NOT_OWNERS, OTHER_DOCUMENTS, OTHER_KINDS, OTHER_OWNERS, OTHER_TIMES,
    OWN_SPEAKERS, REGULATORS, STATEMENT_NOUNS, inflections, is_agent_noun, is_negation, topic_party)
from .names import stem
from .times import past_occasion
from .syntax import (
    AUXILIARIES, CAPTION_REACH, FILER_NAME_WORDS, HARD_GAP, PERFECT, RELATIVES, SENTENCE_GAP, STOP_GAP, YEAR, exceptive_at,
    sentence_low)


def is_owner(words: list[str], t: int) -> bool:
    """Whether word t names another owner ("competitors", "third party", "customer"), not
    another time."""
    return is_other_owner(words, t) and words[t] not in OTHER_TIMES


def is_other_owner(words: list[str], t: int) -> bool:
    """Whether word t names another owner or another time ("competitors", "third party",
    "prior-year", "other utilities")."""
    word = words[t]
    if t + 2 < len(words) and words[t + 1] in _EXAMPLES_OPEN and _names_the_company(words, t + 1):
        return False  # "issuers such as this company", "companies like us": the company among them
    if word == "third":
        return t + 1 < len(words) and words[t + 1] in ("party", "parties", "party's")
    if word == "operator" and t + 1 < len(words) and words[t + 1] == "instructions":
        return False  # "[Operator Instructions]": a transcript's note where the call's prompts were cut
    if word == "selling":  # the selling stockholders of an offering speak for themselves
        return t + 1 < len(words) and words[t + 1] in _SELLERS
    if word in _PARTIES:
        # the other side of a dispute or a deal: "the opposing parties in our legal proceedings",
        # "the other party to the merger"
        return t > 0 and (words[t - 1] in _ADVERSE or words[t - 1] == "other")
    if word in _STAKE_HOLDERS:
        # one who holds control of the company is another person: "its majority shareholder"
        return t > 0 and words[t - 1] in _CONTROLLING
    if word in _COMPANY_FORMS and t > 0 and words[t - 1] in _HELD_COMPANIES:
        return True  # "the Company's portfolio companies": the businesses a fund holds speak for themselves
    if word in _FIRMS:
        # a firm named by the service it sells the company is another party: "its independent
        # registered public accounting firm", "the investor relations firm" (not "the Firm", how
        # some asset managers name themselves)
        return t > 0 and words[t - 1] in _SERVICES
    if word in _AGENCIES and t > 0 and words[t - 1] in _AGENCY_SERVICES:
        # an agency named by the service it sells or performs is another party: "the rating
        # agencies that rate our debt", "our advertising agency" (a bare "agency" may be a
        # regulator, read as such elsewhere)
        return True
    if word in _AGENCIES and t + 1 < len(words) and words[t + 1] in ("that", "which"):
        return True  # an agency known by what it did is a body of its own: "the agency that awarded the grant"
    if word in _ORGANIZATIONS and words[max(0, t - 2) : t] == ["contract", "research"]:
        return True  # "its contract research organization": hired to run the trials, a company of its own
    if word in _SITES and t > 0 and words[t - 1] in _STUDY_WORDS:
        # the sites of a trial are the hospitals and clinics that run it, not the sponsor: "our
        # clinical trial sites identify their forward-looking statements by ..."
        return True
    if word in _BANKS and t > 0 and words[t - 1] in _BANK_SERVICES:
        # "our correspondent banks", "its ADS depositary bank": banks that serve the company, not the company
        return True
    if word in _COMPANY_FORMS and t > 1 and words[t - 1] == "holding" and _owns_the_company(words, t - 2):
        return True  # "the Company's mutual holding company": the parent that holds the company
    if t > 0 and words[t - 1] == "former" and word in _FORMER_RELATIONS:
        return True  # "our former subsidiary", "its former parent": a company of its own now
    if t > 0 and words[t - 1] in _OUTSIDE_PROVIDERS and is_agent_noun(word) and word not in _OWN_PEOPLE:
        return True  # "Conduit's contract manufacturer", "our outside administrator": hired, not the company
    if word in _RIVALRY:
        # those the company competes with or sits beside: "competing shopping centers", "rival
        # airlines", "neighbouring claim holders" (a plural within two words, naming no one's factors)
        for following in words[t + 1 : t + 3]:
            if following in AUXILIARIES or following in BOUNDARIES or following in FILLERS:
                return False
            if following.endswith("s") and len(following) > 3 and not following.endswith("ss"):
                return following not in NOT_OWNERS and following not in STATEMENT_NOUNS
        return False
    if word == "target":  # the company a deal would acquire ("the target company's projections")
        return t + 1 < len(words) and words[t + 1] in ("company", "company's", "companies", "companies'")
    if word == "other":
        # a plural noun after "other" (or after one modifier) names others ("other utilities",
        # "other member banks"), unless it is one of the nouns that name no one ("other factors",
        # "other important risks")
        after = t + 1
        if words[t + 1 : t + 4] == ["securities", "and", "exchange"]:
            after = t + 5  # "other Securities and Exchange Commission filings": the Commission's name modifies
        for following in words[after : after + _OTHER_MODIFIERS + 1]:
            if following in AUXILIARIES or following in BOUNDARIES or following in FILLERS:
                return False
            if following == "people":
                return True  # a plural without "-s": "statements that other people make about us"
            if following.rstrip("'").endswith("s") and len(following) > 3 and not following.endswith("ss"):
                return following.rstrip("'") not in NOT_OWNERS and following not in NOT_OWNERS
        return False
    if (word in NOT_FORWARD and t + 1 < len(words) and words[t + 1] in STATEMENT_NOUNS
            and not (t > 0 and words[t - 1] in ("non", "not"))  # "non-historical statements" are ours
            and not any(w in _EXCEPTING for w in words[max(0, t - 3) : t])):
        # ... and "Except for the historical information contained herein, the matters discussed
        # ... are forward-looking statements" sets them apart from ours
        return True  # "historical statements can be identified by words such as ...": another kind
    if word == "others" and t + 1 < len(words) and words[t + 1] in _DESCRIBED:
        return False  # "risks of competition, pricing and others described in our filings": more of them
    if word in OTHER_TIMES and t + 1 < len(words) and words[t + 1] == "to":
        return False  # "prior to beginning", "previous to the call": a preposition, no other time
    if (t + 3 < len(words) and words[t + 1] == "we" and words[t + 2] in ("compete", "competed")
            and words[t + 3] in ("with", "against") and word not in NOT_OWNERS and word not in _PLACES):
        return True  # "the health plans we compete with": competitors named by a contact clause
    # (a relative clause fronted on its preposition is the same clause: "the utilities from
    # which we buy power" as "the utilities we buy power from")
    contact = t + 1
    if (t + 3 < len(words) and words[t + 1] in _FRONTED_PREPOSITIONS and words[t + 2] in ("which", "whom")
            and words[t + 3] == "we"):
        contact = t + 3
    if (contact + 1 < len(words) and words[contact] == "we" and _serving_verb(words, contact + 1) and word.endswith("s")
            and len(word) > 3 and word not in NOT_OWNERS and word not in _PLACES):
        # "the hospitals we serve", "the funds we manage": parties the company acts for; "the
        # systems we have agreed to acquire", "the businesses we sold": parties it buys or sells
        return True
    if _joined_by_company(words, t):
        return True  # "the networks with which our stations are affiliated", "the pools in which we participate"
    if _defined_by_company_relative(words, t):
        return True  # "the institutions from which the Company licenses its technology", "the enterprises whose bonds we hold"
    if _acts_on_company(words, t):
        return True  # "the unions that represent our employees", "the agencies that rate us"
    if t > 0 and words[t - 1] == "co" and stem(word).rstrip("s").endswith(("er", "or")) and word not in _OWN_CO_ROLES:
        return True  # "our co-packer", "the co-investors", "its co-sponsor's": someone the company works with
    return word in OTHER_OWNERS or word in OTHER_TIMES or _agent_party(words, t)


# Bodies the company belongs to or is joined with, named by a relative clause fronted on its
# preposition: "the networks with which our stations are affiliated", "the pools in which we
# participate" (not the places it works in: "the markets in which we participate")
_JOINING = frozenset("affiliated participate participates participated partnered allied".split())
_JOINING_REACH = 5
_NOT_JOINED = frozenset("markets industries businesses segments sectors programs activities areas".split())


def _joined_by_company(words: list[str], t: int) -> bool:
    word = words[t]
    if (t + 3 >= len(words) or words[t + 1] not in ("with", "in") or words[t + 2] != "which"
            or not word.endswith("s") or word.endswith("ss") or len(word) <= 3
            or word in NOT_OWNERS or word in _PLACES or word in _NOT_JOINED):
        return False
    clause = words[t + 3 : t + 3 + _JOINING_REACH]
    if not clause or clause[0] not in ("we", "our", "the", "its"):
        return False
    verb = next((k for k, w in enumerate(clause) if w in _JOINING), None)
    return verb is not None and not any(is_negation(w) for w in clause[:verb])


# Plural nouns a relative clause with the company for subject may define and that still name the
# company's own units, people or things, or the places it works in ("the subsidiaries through
# which we operate", "the markets in which we compete")
_NOT_DEFINED_PARTIES = frozenset("""subsidiaries affiliates divisions units segments businesses entities employees
officers directors executives managers members people personnel staff properties assets facilities plants
products services technologies jurisdictions""".split())
_DEFINING_PREPOSITIONS = frozenset("from with to through for by in on at".split())
_WHOSE_NOUN_WORDS = 3  # "whose Agency RMBS" + the company: the possessed noun read this far


def _defined_by_company_relative(words: list[str], t: int) -> bool:
    """Whether the plural noun at t is defined by a relative clause, on a preposition or on
    "whose", whose subject is the company ("the institutions from which the Company licenses its
    technology", "the enterprises whose securities we hold", "the sellers with whom we merged"):
    the company stands in a relation to them, so they are a party of their own. Not the company's
    own units, people or places (`_NOT_DEFINED_PARTIES`, `_PLACES`) nor nouns that name no one."""
    word = words[t]
    if (len(word) <= 3 or not word.isalpha() or not word.endswith("s") or word.endswith("ss")
            or word in NOT_OWNERS or word in _PLACES or word in _NOT_JOINED or word in STATEMENT_NOUNS
            or word in _NOT_DEFINED_PARTIES):
        return False
    v = t + 1
    if v + 1 < len(words) and words[v] in _DEFINING_PREPOSITIONS and words[v + 1] in ("which", "whom"):
        return _company_subject_then_verb(words, v + 2)
    if v < len(words) and words[v] == "whose":
        return any(_company_subject_then_verb(words, u) for u in range(v + 2, min(len(words), v + 2 + _WHOSE_NOUN_WORDS)))
    return False


def _company_subject_then_verb(words: list[str], v: int) -> bool:
    """Whether the company ("we", "the Company") stands at v as a clause's subject, a word after it."""
    if v < len(words) and words[v] == "we":
        return v + 1 < len(words)
    return (v + 2 < len(words) and words[v] == "the" and words[v + 1] in _COMPANY_GENERIC_NOUNS
            and words[v + 2] not in BOUNDARIES)


_BANKS = frozenset("bank banks bank's banks'".split())
_BANK_SERVICES = frozenset("correspondent depositary depository".split())
_SITES = frozenset("site sites site's sites'".split())
_ORGANIZATIONS = frozenset("""organization organizations organization's organizations' organisation organisations
organisation's organisations'""".split())
_STUDY_WORDS = frozenset("trial trials study studies clinical investigational investigator research".split())
_COMPANY_POSSESSIVES = frozenset("our company's corporation's".split())


def _owns_the_company(words: list[str], k: int) -> bool:
    """Whether the company's possessive stands at word k, or before a "mutual" there ("our
    holding company", "the Company's mutual holding company")."""
    if words[k] == "mutual" and k > 0:
        k -= 1
    return words[k] in _COMPANY_POSSESSIVES


_FORMER_RELATIONS = frozenset("""subsidiary subsidiaries subsidiary's affiliate affiliates affiliate's parent
parent's unit division spinoff company company's""".split())
_OUTSIDE_PROVIDERS = frozenset("contract outside external".split())


# modifiers read between "other" and the plural it qualifies ("the other California investor-owned
# utilities"); the first plural, filler or verb word ends the reading
_OTHER_MODIFIERS = 3
_FRONTED_PREPOSITIONS = frozenset("from to for with through".split())
_AGENT_OPENERS = frozenset("the its our their his her these those such any each a an some all certain".split())
_AGENT_LINKS = frozenset("by of".split())  # a bare plural after them: "forecasts published by economists"


def _agent_party(words: list[str], t: int) -> bool:
    """Whether word t is an agent noun (`is_agent_noun`) standing as a party: after a determiner
    (a possessive, before a plural) or, in the plural, after "by"/"of", or as the head of a two-word name after a determiner ("the
    investment manager", "our contract growers") or, in the plural, after "by"/"of" ("made by
    content creators"). A bare singular is more likely a name or a verb ("Payoneer does not
    undertake", "is undertaken by Payoneer", "the Board considers")."""
    if not is_agent_noun(words[t]) or t == 0:
        return False
    before = words[t - 1]
    plural = words[t].endswith("s") and not words[t].endswith("'s")
    if before in _AGENT_OPENERS or (before in _AGENT_LINKS and plural):
        return True
    if before.endswith("'s") and len(before) > 3 and plural:
        # a possessive determines a plural as "our" does: "Acme's collaborators", "the Company's
        # distributors" (not a singular: "the Fund's manager" may speak for the Fund)
        return True
    if (t > 1 and (words[t - 2] in _AGENT_OPENERS or (words[t - 2] in _AGENT_LINKS and plural))
            and before not in OWN_SPEAKERS and before not in FILLERS
            and not before.endswith(("s", "'s", "s'")) and not is_agent_noun(before)):
        return True
    # ... and the head of a plural name of two or three words after a possessive or a determiner:
    # "the Company's program administrators", "the managing general agents"
    return plural and any(_name_modifiers(words, k, t) and (
        words[k - 1] in _AGENT_OPENERS or (words[k - 1].endswith("'s") and len(words[k - 1]) > 3))
        for k in range(max(1, t - _NAME_MODIFIERS), t))


_NAME_MODIFIERS = 2  # modifiers read before an agent noun's head ("managing general" + "agents")


def _name_modifiers(words: list[str], k: int, t: int) -> bool:
    """Whether words[k:t] can all modify the agent noun at t as parts of its name: none is the
    company's word, a filler, a plural or possessive, another agent noun, an opener or a link."""
    return all(not (w in OWN_SPEAKERS or w in FILLERS or w.endswith(("s", "'s", "s'")) or is_agent_noun(w)
                    or w in _AGENT_OPENERS or w in _AGENT_LINKS) for w in words[k:t])


_EXAMPLES_OPEN = frozenset("such like including".split())
_COMPANY_ITSELF = frozenset("us we ourselves ours".split())
_COMPANY_NOUNS = frozenset("company corporation issuer registrant".split())


def _names_the_company(words: list[str], k: int) -> bool:
    """Whether the examples opened at word k ("such as", "like", "including") name the company:
    "such as this company", "like us", "including the Company"."""
    k += 2 if words[k] == "such" and words[k + 1] == "as" else 1
    if k < len(words) and words[k] in _COMPANY_ITSELF:
        return True
    return k + 1 < len(words) and words[k] in ("this", "the", "our") and words[k + 1] in _COMPANY_NOUNS


_PARTIES = frozenset("party parties party's parties'".split())
_COMPANY_FORMS = frozenset("company companies company's companies'".split())
_HELD_COMPANIES = frozenset("portfolio investee".split())
# (a trust's or partnership's holders of units too: "the Trust's controlling unitholder")
_STAKE_HOLDERS = frozenset("""shareholder shareholders stockholder stockholders shareholder's stockholder's unitholder
unitholders unitholder's""".split())
_FIRMS = frozenset("firm firms firm's firms'".split())
_AGENCIES = frozenset("agency agencies".split())  # (the possessives are OTHER_OWNERS already)
_AGENCY_SERVICES = frozenset("""rating ratings advertising staffing collection collections travel relations marketing
media recruitment recruiting""".split())  # "our investor relations agency", "the media agency"
_SERVICES = frozenset("""accounting audit auditing law legal consulting advisory banking brokerage relations research
rating ratings valuation engineering appraisal solicitation search staffing modeling modelling forecasting""".split())
_CONTROLLING = frozenset("majority controlling principal largest".split())
_ADVERSE = frozenset("opposing adverse".split())
# (a co-founder or co-chair speaks for the company)
_OWN_CO_ROLES = frozenset("founder founders founder's chair chairs chair's".split())
# Verbs a party does to or for the company: with the company as their object, their subject is
# someone else ("the bank that lends to us", "the fund holding our shares").
_ACTING_ON = frozenset("""represent regulate oversee supervise govern own hold control finance fund lend insure rate
audit advise supply employ acquire buy purchase license lease rent distribute refer sue invest manage serve cover
follow compete partner process perform manufacture fabricate assemble host operate transport""".split())
_HOLDING_IN = frozenset("hold own have invest invested held owned".split())
_ACTING_REACH = 4  # words from the verb to "us" or "our" ("that refer patients to us")
# (a bank, trust or fund the company is the object of is another one: "the bank that lends to us")
_NOT_PARTIES = (NOT_OWNERS | STATEMENT_NOUNS | OWN_SPEAKERS | GENERIC_NAMES | frozenset("issuer registrant".split())) - \
    frozenset("bank trust fund firm group partnership reit".split())


def _acting_verb(word: str) -> bool:
    """A form of one of `_ACTING_ON` ("represents", "supplies", "lending", "financed")."""
    if word in _ACTING_ON:
        return True
    for ending, restore in (("s", ""), ("es", ""), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
                            ("ied", "y")):
        if word.endswith(ending) and word[: -len(ending)] + restore in _ACTING_ON:
            return True
    return False


def _acts_on_company(words: list[str], t: int) -> bool:
    """Whether the noun at t is a party the company is the object of, by the relative clause or
    participle after it ("the unions that represent our employees", "the state agencies that
    regulate us", "the union representing our workers"): someone else. Not what affects or
    concerns the company ("the factors that govern our business" names no party)."""
    word = words[t]
    if len(word) < 3 or not word.isalpha() or word in _NOT_PARTIES or word in _PLACES:
        return False
    v = t + 1
    if words[v : v + 3] == ["in", "which", "we"] or words[v : v + 3] == ["in", "whom", "we"]:
        # "the companies in which we hold stakes", "... in which we invest"
        return v + 3 < len(words) and words[v + 3] in _HOLDING_IN
    if v < len(words) and words[v] in ("that", "who", "which"):
        v += 1
        while v < len(words) and words[v] in _RELATIVE_ADVERBS:
            v += 1  # "the shareholders who now own part of the Company"
    elif not (v < len(words) and words[v].endswith("ing")):
        return False
    if v >= len(words) or not _acting_verb(words[v]):
        return False
    # the company as "us", "our", its generic noun's possessive ("the dealers who lease the REIT's
    # properties") or its generic noun itself ("the analysts who follow the Company")
    return any(w in ("us", "our") or (w.endswith("'s") and w[:-2] in _COMPANY_GENERIC_NOUNS)
               or (w in _COMPANY_GENERIC_NOUNS and words[k - 1] == "the")
               for k, w in enumerate(words[v + 1 : v + 1 + _ACTING_REACH], start=v + 1))


_COMPANY_GENERIC_NOUNS = frozenset("company corporation issuer registrant trust partnership fund reit".split())



# Parties, named by what the company does for them ("the clinics we manage"); not the places it
# does it in ("the markets we serve", "the communities we serve")
_PLACES = frozenset("""communities regions areas countries geographies territories states cities locations sites
segments sectors channels""".split())
_SERVING = frozenset("""serve served manage managed advise advised represent represented insure insured finance
financed fund funded supply supplied invest""".split())
_TRADED = frozenset("""acquire acquired acquiring buy bought buying purchase purchased purchasing sell sold selling divest
divested divesting""".split())
_INTENDING = frozenset("agreed agree plan plans planned intend intends intended propose proposes proposed to recently".split())


_COMPANY_NAME_WORDS = 3  # "Hamilton Lane", "SJW Group": the company's own name before its verb


def _served_by_company(tokens: Tokens, u: int, hi: int) -> bool:
    """Whether the plural noun at u is followed by a contact clause whose subject is the company,
    by its own name or its generic noun, and whose verb serves or trades them ("the funds Hamilton
    Lane manages", "the utilities the Company proposes to acquire"): parties the company acts for,
    buys or sells, who speak for themselves (as "the funds we manage" are read by `is_other_owner`)."""
    words = tokens.words
    word = words[u]
    if (len(word) <= 3 or not word.isalpha() or not word.endswith("s") or word.endswith("ss")
            or word in NOT_OWNERS or word in _PLACES or word in STATEMENT_NOUNS):
        return False
    v = u + 1
    if v + 1 < hi and words[v] == "the" and words[v + 1] in _COMPANY_GENERIC_NOUNS:
        v += 2
    else:
        while v < hi and v - u <= _COMPANY_NAME_WORDS and (tokens.names.is_own(words[v]) or (
                v > u + 1 and words[v] in CORPORATE_SUFFIXES)):  # "SJW Group", "Acme Holdings"
            v += 1
    if v == u + 1 or v >= hi or any(HARD_GAP.search(tokens.gap(k)) for k in range(u + 1, v + 1)):
        return False
    third = words[v][:-2] if words[v].endswith(("ses", "ches", "shes")) else words[v].removesuffix("s")
    return _serving_verb(words, v) or third in _SERVING or third in _TRADED or (
        words[v] in _INTENDING and _serving_verb(words, v + 1)) or _done_to_by_company(words, u, v, hi) or (
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
_NOT_DONE_TO = _NOT_DEFINED_PARTIES | frozenset("""plans estimates projections forecasts expectations budgets
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


def served_party(words: list[str], u: int) -> bool:
    """Whether the plural noun at u is followed, within a name's few words, by the verb of a
    contact clause that serves or trades it ("funds hamilton lane advises", "utilities acme has
    agreed to acquire"): a party someone acts for, which speaks for itself. For a caption's words,
    where no token gaps or own names are at hand; whoever the clause's subject is, the noun is
    another party."""
    word = words[u]
    if (len(word) <= 3 or not word.isalpha() or not word.endswith("s") or word.endswith("ss")
            or word in NOT_OWNERS or word in _PLACES or word in STATEMENT_NOUNS):
        return False
    for v in range(u + 2, min(len(words), u + 2 + _COMPANY_NAME_WORDS)):
        third = words[v][:-2] if words[v].endswith(("ses", "ches", "shes")) else words[v].removesuffix("s")
        if words[v] != third and (third in _SERVING or third in _TRADED):
            return True  # "advises", "manages", "acquires"
        if words[v] in AUXILIARIES or words[v] in _INTENDING:
            return _serving_verb(words, v)
        if words[v] in RELATIVES or words[v] in PREPOSITIONS:
            return False
    return False


def _serving_verb(words: list[str], v: int) -> bool:
    """A verb of `_SERVING` or `_TRADED` at v, after auxiliaries or an intention ("have agreed to")."""
    for u in range(v, min(len(words), v + 4)):
        if words[u] in _SERVING or words[u] in _TRADED:
            return True
        if words[u] not in AUXILIARIES and words[u] not in _INTENDING:
            return False
    return False


_SELLERS = frozenset("stockholders shareholders holders securityholders unitholders stockholder shareholder".split())


# Participles that describe what a list names ("and others described in our filings").
_DESCRIBED = frozenset("described discussed detailed identified listed set outlined explained noted".split())
_EXCEPTING = frozenset("except than besides apart excluding save beyond unlike".split())


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
            if HARD_GAP.search(tokens.gap(t)) or words[t] in AUXILIARIES or words[t] in BOUNDARIES:
                return None
            if words[t] in DOCUMENT_NOUNS:
                return t
        return None
    if words[b] not in DOCUMENT_NOUNS:
        return None
    # a document of a kind a release never is ("the Offering Memorandum") is another one unless
    # "this" names it
    marker = b if words[b] in OTHER_KINDS else None
    if marker is None and words[b] in _GENERIC_DOCUMENTS and a - 1 >= lo and not HARD_GAP.search(tokens.gap(a)) \
            and words[a - 1].isalpha() and words[a - 1] not in _OWN_DOCUMENT_MODIFIERS and words[a - 1] not in DEICTICS:
        marker = a - 1  # "the Plan document", "the offering document": a kind named by a noun before it
    for t in range(a - 1, max(lo, a - 5) - 1, -1):
        if words[t] == "of" and t - 1 >= lo and words[t - 1] in OTHER_DOCUMENTS:
            return t - 1  # "the transcript of our earnings call"
        if (HARD_GAP.search(tokens.gap(t + 1)) or words[t] in AUXILIARIES or words[t] in BOUNDARIES
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
    if verb - 2 >= lo and words[verb - 1] in _AUTHORING and words[verb - 2] in PERFECT:
        stop = verb - 2
    for t in range(stop - 1, max(lo, stop - 4) - 1, -1):
        if HARD_GAP.search(tokens.gap(t + 1)) or words[t] in AUXILIARIES or words[t] in BOUNDARIES:
            return None
        if is_other(words, t) or (words[t].endswith("'s") and _another_name(tokens, t, lo)):
            return t
        if words[t] in _POSSESSIVE_PRONOUNS:
            # "its" or "their" that refers back to another party ("Brennick cautions its
            # investors not to rely on its forward-looking statements")
            return _referent(tokens, t, lo, _POSSESSIVE_PRONOUNS[words[t]])
    return None


_CONTACT_OPENERS = frozenset("our the its their that which".split())
_AUTHORING = frozenset("""issued issues issue published publishes publish filed files file made makes make gave
gives give released releases release prepared prepares prepare provided provides provide wrote writes
distributed distributes circulated circulates projected projects project forecast forecasts forecasted estimated
estimates estimate predicted predicts announced announces announce disclosed discloses disclose reported reports
report shared shares share""".split())  # ("share": "the projections our distributors shared with us")


_PLACED_IN = frozenset("in at on".split())  # a phrase that places a clause's plural subject, before its verb
_CONTACT_SUBJECT_WORDS = 9  # "that" + "the staff of the Oregon Public Utility Commission" (eight words)
_SUCH_REACH = 6  # "such" + "forward-looking statements" before "as": "such statements as Acme may make", "such of these forward-looking statements as"


def _contact_owner(tokens: Tokens, t: int, hi: int, is_other) -> int | None:
    """The owner named as the subject of a clause that describes the noun before token t, "that",
    "as" after "such", or none opening it: "the guidance our partner issued last week", "the annual
    report that our largest customer filed", "such statements as Acme may make", "the forecasts
    Acme publishes". A modal may stand before the verb ("that our lenders may issue"). Its token,
    or None."""
    words = tokens.words
    if t >= hi or HARD_GAP.search(tokens.gap(t)):
        return None
    such_as = words[t] == "as" and "such" in words[max(0, t - _SUCH_REACH - 1) : t]
    named = words[t] not in _CONTACT_OPENERS and tokens.names.is_name(words[t])
    if words[t] not in _CONTACT_OPENERS and not such_as and not named:
        return None
    if such_as or words[t] in ("that", "which"):
        # a passive clause names its maker by "by": "such of these statements as were made by our
        # joint venture partner", "the forecasts that were issued by our lenders"
        v = t + 1
        if v + 2 < hi and words[v] in AUXILIARIES and (words[v + 1] in _AUTHORING or words[v + 1] in _PARTICIPLES) \
                and words[v + 2] == "by" and not any(HARD_GAP.search(tokens.gap(k)) for k in range(v, v + 3)):
            return _owner_in_phrase(tokens, v + 2, hi, is_other)[0]
    # a regulator makes statements of its own ("the forward-looking statements that the staff of
    # the state utility commission may make"), though the filings it "makes available" are ours
    regulated = t > 0 and words[t - 1] in _JOINED_STATEMENT_NOUNS
    held = None  # an owner whose "of" phrase stands between it and the verb
    for u in range(t, min(hi, len(words) - 1, t + _CONTACT_SUBJECT_WORDS)):  # the verb may close the span read (hi)
        if u > t and (HARD_GAP.search(tokens.gap(u)) or words[u] in BOUNDARIES or words[u] in AUXILIARIES):
            return None
        # (its verb in the perfect too: "the estimates our partner has published"; or after the
        # head of a compound the other's word begins: "the reports the dealer manager files"; or
        # after a modal: "that our lenders may issue", "as Acme may have published")
        verb = u + 1
        opened = verb  # where the verb's own words begin: after an apposition ("our former parent, Halvorsen,")
        if verb < len(words) and "," in tokens.gap(verb):
            verb = opened = _apposition_end(tokens, verb, hi) or verb
        if words[verb] in MODALS and verb + 1 < len(words):
            verb += 1
        verb = verb + 1 if words[verb] in PERFECT and verb + 1 < len(words) else verb
        if words[verb] not in _AUTHORING and verb + 1 < len(words) and words[verb + 1] in _AUTHORING \
                and words[verb] not in AUXILIARIES and words[verb] not in BOUNDARIES:
            verb += 1
        unbroken = not any(HARD_GAP.search(tokens.gap(k)) for k in range(opened + 1 if opened > u + 1 else u + 1, verb + 1))
        if ((is_other(words, u) or _another_name(tokens, u, t) or (regulated and words[u] in REGULATORS)
             or (u > t and _plural_author(words, u, t) and not tokens.names.is_own(words[u]))) and words[verb] in _AUTHORING
                and unbroken):
            return u
        if held is not None and words[verb] in _AUTHORING and unbroken:
            return held  # the owner's "of" phrase read past: "that the purchasers of our properties may make"
        if held is None and u + 1 < len(words) and words[u + 1] == "of" and is_owner(words, u):
            held = u
        if held is None and u + 1 < len(words) and words[u + 1] in _PLACED_IN and _plural_author(words, u, t):
            held = u  # a plural subject placed by its phrase: "that participants in the program make"
        if named and u > t:
            return None  # a bare name opens the clause only as its whole subject ("the forecasts Acme publishes")
    return None


# The company's own people and group, who speak for it when they make its statements ("the
# statements our officers make", "that members of management give", "that our subsidiaries make")
_OWN_PEOPLE = frozenset("""officers directors employees executives managers members representatives spokespersons
spokespeople insiders staff personnel people subsidiaries affiliates divisions units segments businesses""".split())


def _plural_author(words: list[str], u: int, t: int) -> bool:
    """Whether the word at u, inside the clause opened at t, is a plural common noun that heads
    the clause's subject ("the information that veterinary clinics publish", "which hospitals
    issue"): whoever they are, they are not the company, which would be "we", "the Company" or its
    name, nor its own people."""
    word = words[u]
    if words[t] not in ("that", "which") or (u + 1 < len(words) and words[u + 1] in ("and", "or")):
        return False  # (a relative clause only; "our expectations or forecasts" coordinates nouns)
    if (len(word) <= 3 or not word.isalpha() or not word.endswith("s") or word.endswith(("ss", "us", "is"))
            or word in NOT_OWNERS or word in STATEMENT_NOUNS or word in OWN_SPEAKERS or word in _OWN_PEOPLE
            or word in CORPORATE_SUFFIXES):
        return False  # (nor the suffix of a company's name: "that Northwind Holdings Inc. makes")
    # only determiners and modifiers before it in the clause: "that (our) (veterinary) clinics"
    return all(not (w in OWN_SPEAKERS or w in AUXILIARIES or w in BOUNDARIES or w in PREPOSITIONS or w == "of")
               for w in words[t + 1 : u])


_APPOSITION_WORDS = 6  # ", our former joint venture partner," or ", Halvorsen Shipping Group,"


def _apposition_end(tokens: Tokens, first: int, hi: int) -> int | None:
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
        if (word in AUXILIARIES or word in BOUNDARIES or word in _AUTHORING or word in RELATIVES
                or word in FINITE_VERBS or word in PREPOSITIONS or word in _LIKENING or is_negation(word)):
            return None  # (a comparison is no apposition: "Conduit, like its former parent, assumes")
    return None


_LIKENING = frozenset("like unlike".split())


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
    if not owners_only and t < hi and not HARD_GAP.search(tokens.gap(t)):
        earlier = past_occasion(tokens, t, hi)  # "forward-looking statements on our previous call"
        if earlier is not None:
            return earlier
    # the rest of the noun, or a noun coordinated with it ("forward-looking statements made by",
    # "statements or information of"), at most three words
    while (t < min(hi, e + 4) and words[t] not in _PARTICIPLES and words[t] not in _LINKS and words[t] not in _ASCRIBED
           and words[t] not in AUXILIARIES and (words[t] not in BOUNDARIES or _joins_statement_nouns(words, t, hi))
           and words[t] not in FILLERS and not HARD_GAP.search(tokens.gap(t))):
        # a clause opened by "as" after "such", or by a bare name, may begin within these words:
        # "such statements as Acme may make", "the forecasts Acme publishes"
        contact = _contact_owner(tokens, t, hi, is_other) if words[t] == "as" or t > e + 1 else None
        if contact is not None:
            return contact
        t += 1
    if (t + 2 < hi and words[t] in _ASCRIBED and words[t + 1] == "to"
            and not HARD_GAP.search(tokens.gap(t)) and not HARD_GAP.search(tokens.gap(t + 1))):
        # "statements attributed to our customers": the one they are ascribed to made them, as
        # after "made by"
        owner, cut = _owner_in_phrase(tokens, t + 1, hi, is_other)
        if owner is not None or cut:
            return owner
    if t < hi and words[t] in _PARTICIPLES and not HARD_GAP.search(tokens.gap(t)):
        t += 1
        if t < hi and words[t] in ("out", "forth"):  # "set out in", "set forth in"
            t += 1
        before = _made_before(tokens, t, hi)
        if before is not None:
            return before
    if words[t : t + 5] == ["by", "or", "on", "behalf", "of"] and t + 5 < hi and not any(
            HARD_GAP.search(tokens.gap(k)) for k in range(t + 1, t + 5)):
        t += 2  # "made by or on behalf of the Seller": one party for both links
    if words[t : t + 3] == ["on", "behalf", "of"] and t + 3 < hi and not any(
            HARD_GAP.search(tokens.gap(k)) for k in range(t + 1, t + 3)):
        t += 2  # "statements issued on behalf of our research partners": theirs, as "by" would say
    contact = _contact_owner(tokens, t, hi, is_other)
    if contact is not None:
        return contact
    if not owners_only and t < hi and not HARD_GAP.search(tokens.gap(t)):
        earlier = past_occasion(tokens, t, hi)  # "statements made at last year's investor day"
        if earlier is not None:
            return earlier
    past = _defined_term_end(tokens, e + 1, hi)
    if past is not None and words[past] in _LINKS:
        # "the filings with the Securities and Exchange Commission ("SEC") of Medtronic": the
        # short name defined in brackets stands inside the phrase, the owner after it
        return _owner_in_phrase(tokens, past, hi, is_other)[0]
    if t >= hi or words[t] not in _LINKS or HARD_GAP.search(tokens.gap(t)):
        return None
    if (not owners_only and words[t] == "of" and words[e] in DOCUMENT_NOUNS
            and not any(w in DEICTICS for w in words[max(0, e - 3) : e])):
        # "our press release of February 2024": a document known by another date is another one
        for u in range(t + 1, min(hi, t + 4)):
            if HARD_GAP.search(tokens.gap(u)):
                break
            if words[u] in _MONTH_NAMES or YEAR.match(words[u]):
                return u
    # the noun phrase after the link, its modifiers too ("of our joint-venture partners", "of the
    # Company's largest customer")
    owner, cut = _owner_in_phrase(tokens, t, hi, is_other)
    if owner is not None or cut:
        return owner
    # "... in the press releases of other companies": the owner of the document named
    for u in range(t + 1, min(hi, t + 7)):
        if (HARD_GAP.search(tokens.gap(u)) or words[u] in BOUNDARIES or words[u] in AUXILIARIES
                or words[u] in PREPOSITIONS):
            return None  # "in this release about the products of other companies": ours
        if words[u] in DEICTICS:
            # "statements in this annual report": ours, unless a relative clause after the
            # document names their maker ("statements in this release that are made by our licensor")
            return _relative_agent_after(tokens, u, hi, is_other)
        if words[t] == "in" and words[u] in _ANOTHER_DOCUMENT and not (
                owners_only and words[u] in _COMPANIONS):
            return u  # "statements in our 2019 annual report", "in the accompanying presentation", "in our offering memorandum"
        if (words[t] == "of" and words[u] in _ANOTHER_DOCUMENT and not owners_only
                and any(words[k] in DOCUMENT_NOUNS for k in range(u + 1, min(hi, u + 3)))):
            return u  # "the statements of our 2019 quarterly reports" (not "estimates of annual revenue")
        if words[u] in ("of", "by"):
            return _owner_in_phrase(tokens, u, hi, is_other)[0]  # "by securities analysts"
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
        if HARD_GAP.search(tokens.gap(r)):
            return None
        if words[r] in ("that", "which"):
            break
    else:
        return None
    v = r + 1
    if v + 2 < hi and words[v] in AUXILIARIES and (words[v + 1] in _PARTICIPLES or words[v + 1] in _AUTHORING) \
            and words[v + 2] == "by" and not any(HARD_GAP.search(tokens.gap(k)) for k in range(v, v + 3)):
        return _owner_in_phrase(tokens, v + 2, hi, is_other)[0]
    return None


# Nouns of outcome an "actual results" part may be coordinated with before the owner's "of" ("the
# actual results, financial condition and business of our tenants", "results and conditions of the
# Company's co-investors"), and the words that may modify one of them.
_ASCRIBED = frozenset("attributed attributable ascribed ascribable".split())  # + "to": who made the statements
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
            if v > u and HARD_GAP.search(tokens.gap(v)):
                return end
            if words[v] in _COORDINATED_OUTCOMES:
                end, u = v, v + 1
                break
            if (words[v] in BOUNDARIES or words[v] in AUXILIARIES or words[v] in PREPOSITIONS
                    or words[v] in FILLERS or words[v] in FINITE_VERBS or words[v] in _LINKS):
                return end
        else:
            return end
    return end


@read_once
def _owner_in_phrase(tokens: Tokens, link: int, hi: int, is_other) -> tuple[int | None, bool]:
    """The other owner named in the noun phrase after the link word at `link`, its modifiers read
    past ("of our joint-venture partners", "by independent research firms"), and whether a clause
    break cut the phrase short. A bare name counts after "of" or "by" only: after "in" or "from" it
    is a place as often as an owner ("in Canada"), but its possessive is an owner ("in Cantor
    Fitzgerald's research reports")."""
    words = tokens.words
    for u in range(link + 1, min(hi, link + 1 + _OWNER_PHRASE_WORDS)):
        if HARD_GAP.search(tokens.gap(u)):
            if words[link] in _APPOSED_LINKS and u > link + 1 and tokens.gap(u).strip() == "," and not any(
                    words[k] in OWN_SPEAKERS or words[k] in _COMPANY_NOUNS for k in range(link + 1, u)):
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
        names_document = noun < hi and words[noun] in DOCUMENT_NOUNS and not HARD_GAP.search(tokens.gap(u + 1))
        # ("attributed to Thoma Bravo": the one statements are ascribed to made them, as after "by")
        ascribed = words[link] == "to" and link > 0 and words[link - 1] in _ASCRIBED
        if is_other(words, u) or ((words[link] in ("of", "by") or ascribed or words[u].endswith("'s") or names_document)
                                   and _another_name(tokens, u, link + 1)):
            return (None if _joined_to_company(tokens, u + 1, hi) else u), False
        if _served_by_company(tokens, u, hi):
            return u, False  # "of the funds Hamilton Lane manages", "of the utilities the Company has agreed to acquire"
        if _exemplified_by_names(tokens, u, hi):
            return u, False  # "of grocery anchors such as Kroger and Publix": others, by the names they are given
        if (words[u] in BOUNDARIES or words[u] in AUXILIARIES or words[u] in PREPOSITIONS
                or words[u] in _LINKS or is_negation(words[u])):
            break
    return None, False


_EXAMPLE_NAME_WORDS = 4  # "such as" + "Kroger", "Cantor Fitzgerald & Co."


def _exemplified_by_names(tokens: Tokens, u: int, hi: int) -> bool:
    """Whether the plural noun at u is followed by "such as" and a name the document does not
    give itself ("grocery anchors such as Kroger and Publix"): the examples show the noun names
    other parties. Not "issuers such as the Company", nor things named by example ("risks such as
    inflation" are no parties: a name is needed, and the noun must be no statement or place)."""
    words = tokens.words
    word = words[u]
    if (u + 3 >= hi or words[u + 1] != "such" or words[u + 2] != "as" or len(word) <= 3 or not word.endswith("s")
            or word.endswith("ss") or word in NOT_OWNERS or word in STATEMENT_NOUNS or word in _PLACES):
        return False
    last = u + 3
    while (last + 1 < min(hi, u + 3 + _EXAMPLE_NAME_WORDS) and words[last + 1] not in ("and", "or")
           and not HARD_GAP.search(tokens.gap(last + 1))):
        last += 1
    if any(words[k] in OWN_SPEAKERS or words[k] in _COMPANY_NOUNS for k in range(u + 3, last + 1)):
        return False
    return _another_name(tokens, last, u + 3)


_APPOSED_LINKS = frozenset("by of".split())
_ROLE_WORDS = 4  # ", the lead underwriter", ", its former parent company"


def _apposed_role(tokens: Tokens, t: int, hi: int) -> int | None:
    """The noun of another party that heads an apposition opening with the comma before token t
    (", the lead underwriter of the offering", ", our former parent"): its token, or None where the
    apposition names no party before a verb, a preposition or a clause word."""
    words = tokens.words
    for k in range(t, min(hi, t + _ROLE_WORDS)):
        if k > t and HARD_GAP.search(tokens.gap(k)):
            return None
        if is_other_owner(words, k):
            return k
        if words[k] in _KIN_MODIFIERS and k + 1 < hi and not HARD_GAP.search(tokens.gap(k + 1)) and not (
                words[k + 1] in PREPOSITIONS or words[k + 1] in BOUNDARIES or words[k + 1] in AUXILIARIES):
            return k + 1  # ", an affiliated fund managed by ...", ", its fellow spin-off,": one of a kind beside the company
        if (words[k] in AUXILIARIES or words[k] in FINITE_VERBS or words[k] in PREPOSITIONS
                or words[k] in BOUNDARIES or words[k] in RELATIVES):
            return None
    return None


# Modifiers of rivalry or adjacency that make the plural after them other parties
_RIVALRY = frozenset("competing rival neighbouring neighboring".split())
# Modifiers that make the apposition's head another entity of the company's kind ("an affiliated
# fund", "a sister company", "Carrier's fellow spin-off"), not the company itself.
_KIN_MODIFIERS = frozenset("affiliated sister fellow separate unaffiliated unrelated".split())


_RELATIVE_ADVERBS = frozenset("now also currently still indirectly directly ultimately".split())


def _relative_acts_on_company(tokens: Tokens, t: int, hi: int) -> bool:
    """Whether a relative clause opening at token t ("which manages OPI", "who now own part of
    the Company") has a verb of `_ACTING_ON` whose object, a few words on, is the company: "us",
    "our", "the Company" or a name the document gives itself. Not "which affects the Company"."""
    words = tokens.words
    if t >= hi or words[t] not in ("which", "who"):
        return False
    v = t + 1
    while v < hi and (words[v] in _RELATIVE_ADVERBS or words[v].endswith("ly")):
        v += 1
    if v >= hi or not _acting_verb(words[v]):
        return False
    for k in range(v + 1, min(hi, v + 1 + _ACTING_REACH)):
        if HARD_GAP.search(tokens.gap(k)):
            return False
        w = words[k]
        if w in ("us", "our") or (w.endswith("'s") and w[:-2] in _COMPANY_GENERIC_NOUNS) or (
                w in _COMPANY_GENERIC_NOUNS and words[k - 1] == "the") or tokens.names.is_own(w) or (
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
        if v > u and STOP_GAP.search(tokens.gap(v)):
            return False
        word = words[v]
        if word in ("and", "or"):
            joined = True
        elif word in OWN_SPEAKERS or tokens.names.is_own(word):
            if joined or (v + 1 < hi and words[v + 1] in ("and", "or")) or (v + 1 < hi and "," in tokens.gap(v + 1)):
                return joined or _list_goes_on(tokens, v + 1, hi)
        elif not _list_member(tokens, word):
            return False
    return False


_LIST_REACH = 8  # "Brightwater, Air Transport Services Group or the combined company"
_LIST_FILLERS = frozenset("the its their combined".split())


def _list_member(tokens: Tokens, word: str) -> bool:
    """Whether `word` may stand in a list of parties: a name, one of the company's, or an article."""
    return word in _LIST_FILLERS or word in OWN_SPEAKERS or tokens.names.is_name(word) or tokens.names.is_own(word)


def _list_goes_on(tokens: Tokens, v: int, hi: int) -> bool:
    """Whether an "and" or "or" follows at v, after the list's commas and names."""
    words = tokens.words
    for w in range(v, min(hi, v + _LIST_REACH)):
        if w > v and STOP_GAP.search(tokens.gap(w)):
            return False
        if words[w] in ("and", "or"):
            return True
        if not _list_member(tokens, words[w]):
            return False
    return False


# Nouns a legend coordinates with its statements ("forward-looking statements and information in ...")
_JOINED_STATEMENT_NOUNS = STATEMENT_NOUNS | frozenset("projections estimates forecasts expectations".split())


def _joins_statement_nouns(words: list[str], t: int, hi: int) -> bool:
    """Whether the "and" at t joins another statement noun to the one before it."""
    return words[t] == "and" and t + 1 < hi and words[t + 1] in _JOINED_STATEMENT_NOUNS


# "When used in the offering memorandum, words such as ...": the sentence's fronted phrase places
# what it says in another document
_FRONTED_USE = frozenset("when as if where".split())
# a word that makes a document another one without "this": a kind a release never is, or a marker
# ("annual", "accompanying", "prior")
# The papers of a transaction, which a release may describe but never is ("When used in the Merger
# Agreement, ...", "... in the Offer to Purchase, ...", "... in the offering circular, ...")
_TRANSACTION_PAPERS = frozenset("""agreement agreements contract contracts indenture indentures circular circulars
offer""".split())
_ANOTHER_DOCUMENT = OTHER_KINDS | OTHER_DOCUMENTS
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
            return _owner_in_phrase(tokens, t, first, is_owner)[0]
    if words[t] != "in":
        return None
    found = owner = None
    document = crossed = False
    for u in range(t + 1, min(first, t + 1 + _FRONTED_DOCUMENT_WORDS)):
        if HARD_GAP.search(tokens.gap(u)) or words[u] in DEICTICS:
            return None
        crossed = crossed or words[u] in PREPOSITIONS or words[u] == "connection"
        if found is None and (words[u] in _ANOTHER_DOCUMENT or (words[u] in _TRANSACTION_PAPERS and not crossed)):
            found = u  # (the papers where the words are used, not "in connection with the merger agreement")
        if owner is None and is_owner(words, u):
            owner = u
        document = document or words[u] in DOCUMENT_NOUNS or words[u] in _NOTES
        if "," in tokens.gap(u + 1):
            return found if found is not None else owner if document else None
    return None


_SUBJECT_OPENERS = frozenset("only the these such certain all any some".split())


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
    if t + 2 >= first or words[t] not in STATEMENT_NOUNS:
        return None
    t += 1
    if words[t] in _PARTICIPLES:
        t += 2 if words[t] == "set" else 1
    if t >= first or words[t] != "in":
        return None
    found = None
    for u in range(t + 1, min(first, t + 1 + _FRONTED_DOCUMENT_WORDS)):
        if HARD_GAP.search(tokens.gap(u)) or words[u] in RELATIVES or words[u] in FINITE_VERBS:
            break
        if words[u] in DEICTICS or words[u] in _PLACES_HERE:
            return None  # "our quarterly outlook above": a part of this document
        if found is None and words[u] in _ANOTHER_DOCUMENT:
            found = u
    return found


_PLACES_HERE = frozenset("above below foregoing preceding following".split())
def object_in_other_document(tokens: Tokens, e: int, hi: int) -> int | None:
    """Another document that holds the object ending at token e ("update the information in our
    filings", "revise the statements contained in our SEC filings"): its token, or None
    (`other_document_in_place`)."""
    words = tokens.words
    t = e + 1
    if t < hi and words[t] in _PARTICIPLES and not HARD_GAP.search(tokens.gap(t)):
        t += 2 if words[t] == "set" else 1
    if t >= hi or words[t] != "in" or HARD_GAP.search(tokens.gap(t)):
        return None
    return other_document_in_place(tokens, t + 1, hi, filed=True)


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
        if (k > t and HARD_GAP.search(tokens.gap(k))) or words[k] in RELATIVES or words[k] in FINITE_VERBS \
                or words[k] in AUXILIARIES:
            break
        if words[k] in DEICTICS or words[k] in _PLACES_HERE:
            return None
        if found is None and (_another_document_at(words, k, hi) or (filed and _filed_document_at(words, k, hi))):
            found = k
    return found


def _filed_document_at(words: list[str], w: int, hi: int) -> bool:
    """Whether token w names one of the company's filings ("filings", "Form 10-K")."""
    return words[w] in _FILED_BY_KIND or (words[w] == "form" and w + 1 < hi and words[w + 1][:1].isdigit())


def _another_document_at(words: list[str], w: int, hi: int) -> bool:
    """Whether token w names another document: by its kind, or by a mark of another document or
    time that a document's noun follows within three words."""
    if words[w] in _DOCUMENTS_BY_KIND:
        return True
    return words[w] in _DOCUMENT_MARKS and any(
        words[k] in DOCUMENT_NOUNS or (words[k] == "statements" and words[k - 1] == "financial")
        for k in range(w + 1, min(hi, w + 4)))


def _made_before(tokens: Tokens, t: int, hi: int) -> int | None:
    """"before" or "prior to" an event right after a participle ("statements made before our
    conversion to a closed-end fund", "issued prior to the merger"): statements of an earlier
    time, unless the event is this document's or today ("made prior to the date of this
    release"). The token of "before" / "prior", or None."""
    words = tokens.words
    if t >= hi or HARD_GAP.search(tokens.gap(t)):
        return None
    if words[t] == "before":
        start = t + 1
    elif words[t] == "prior" and t + 1 < hi and words[t + 1] == "to":
        start = t + 2
    else:
        return None
    for u in range(start, min(hi, start + 6)):
        if HARD_GAP.search(tokens.gap(u)) or words[u] in BOUNDARIES:
            break
        if words[u] in DEICTICS or words[u] in ("today", "hereof", "herein", "now"):
            return None
    return t


_COMPANIONS = OTHER_TIMES | frozenset("accompanying attached enclosed".split())
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
        if HARD_GAP.search(tokens.gap(n + 1)) or words[n] in BOUNDARIES or words[n] in AUXILIARIES:
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


_MONTH_NAMES = frozenset("""january february march april may june july august september october november
december""".split())
# what a comparator's owner does to it: authors it, or expects it ("from the results our partners expect")
_PROJECTING = _AUTHORING | frozenset("expect expects expected anticipate anticipates anticipated suggest suggests "
                                     "suggested".split())


_COMPARATOR_NOUNS = frozenset("""plans plan estimates estimate projections forecasts forecast expectations budgets budget
guidance targets outlook results""".split())
_LINKS = frozenset("of by from in for".split())  # "for": "results for prior periods"
_OWNER_PHRASE_WORDS = 5  # the words of an owner's noun phrase read after its link ("by the Company's former joint venture partner")


PREPOSITIONS = frozenset("about on regarding concerning for with to from in at into under over as".split())


_PARTICIPLES = frozenset("made reported published issued prepared provided given released expressed contained "
                         "included presented set forth disseminated".split())


def caption_owner(tokens: Tokens, b: int, hi: int) -> int | None:
    """Another filer of the documents a "Risk Factors" caption stands in: "under “Risk Factors” in
    the reports and statements filed by our principal supplier with the SEC". Read over the
    coordinated documents up to "by" or "of" and the owner after it; its token, or None."""
    words = tokens.words
    for t in range(b + 1, min(hi - 1, b + CAPTION_REACH)):
        if HARD_GAP.search(tokens.gap(t)) or words[t] in AUXILIARIES:
            return None
        if words[t] in ("by", "of"):
            v = t + 1
            while v < hi and v <= t + 3 and (words[v] in FILLERS or not is_owner(words, v)) \
                    and not HARD_GAP.search(tokens.gap(v)) and words[v] not in BOUNDARIES:
                v += 1
            if v < hi and is_owner(words, v) and not HARD_GAP.search(tokens.gap(v)):
                return v
    return None


_POSSESSED_WORDS = 3  # modifiers and noun of a possessed document: "2022 sustainability report"


_COMPARED = frozenset("those that what the ones".split())
_OUTCOME_NOUNS = frozenset("results result events event performance outcomes outcome achievements".split())
_STATEMENT_WORDS = frozenset("forward looking statements statement".split())
_COMPARATOR_CHAIN = 8  # "in the prospectuses of our competitors": a document and its owner after "in"


# A sentence opened by a phrase before its subject ("Within the meaning of ..., this release ...").
# (and a concessive clause: "While the company may elect to update them, its licensor disclaims ...")
_FRONTED = frozenset("within under like unlike except besides beyond after before until unless if while whilst although though whereas".split())
# a linking adverb that opens the sentence before its subject or a fronted clause ("However, while ...")
_LINKING_ADVERBS = frozenset("however moreover further furthermore additionally accordingly nevertheless nonetheless also".split())
_DETERMINERS = frozenset("a an the any all no every".split())
_ANAPHORIC_DETERMINERS = frozenset("such similar".split())  # "any such obligation": the duty named before, said again
# verbs of a disclaimer that a second predicate opens with ("... and disclaims any obligation")
_PREDICATE_VERBS = frozenset("disclaim disclaims disclaimed undertake undertakes assume assumes decline declines "
                             "reject rejects accept accepts".split())
# Words of a subject that join another to the company ("Northwind and its partners", "neither we
# nor the underwriters"): such a subject speaks for the company too.
_JOINERS = frozenset("and or nor".split())
# a negation inside such a predicate opens no subject: "..., and does not intend to, update"
_PREDICATE_NEGATORS = frozenset("not never".split())


_SET_ASIDE_WORDS = 8  # from "not" to the comma that closes the aside ("not Celltrion Inc. itself,")


def company_set_aside(tokens: Tokens, first: int, lo: int) -> int | None:
    """The "not" of an aside on the subject that sets the company itself aside ("Only its
    subsidiaries, and not the company itself, undertake no obligation ...", "The agent, not us,
    assumes ..."): the clause is said of someone else and denied of the company. Its token, or None."""
    words = tokens.words
    # (only where "not" or a contrast opens: a run-on sentence has thousands of words before a part)
    for t in tokens.positions_of(_SETTING_ASIDE_OPENERS, sentence_low(tokens, first, lo) + 1, first):
        b = t - 1 if words[t - 1] in ("and", "but") else t
        if _contrast_aside(words, t) and "," in tokens.gap(t):
            pass  # "The agent, rather than the Fund, disclaims ...", "..., instead of the Company, ..."
        elif words[t] != "not" or "," not in tokens.gap(b) or not tokens.sets_aside_noun(b, t):
            continue
        closing = next((u for u in range(t + 1, min(first + 1, t + _SET_ASIDE_WORDS)) if "," in tokens.gap(u)), None)
        if closing is not None and any(_company_itself(tokens, u, closing) for u in range(t + 1, closing)):
            return t
    return None


def _company_itself(tokens: Tokens, u: int, closing: int) -> bool:
    """Whether word u of an aside that closes at `closing` names the company itself ("not the
    Company", "not us", "not Acme itself"), not something of the company's ("not our
    shareholders", "not only its auditors": a possessive with its noun after it)."""
    word = tokens.words[u]
    if not (word in OWN_SPEAKERS or word in ("issuer", "registrant") or tokens.names.is_own(word)):
        return False
    possessive = word in _OWN_POSSESSIVE_DETERMINERS or word.endswith("'s")
    return not (possessive and u + 1 < closing and tokens.words[u + 1] not in ("own", "itself"))


_OWN_POSSESSIVE_DETERMINERS = frozenset("our its".split())


_SUBJECT_RELATIVES = frozenset("whose who whom that which".split())
_CLOSING_BRACKET = re.compile(r"\]")
_CONTRASTS = (("rather", "than"), ("instead", "of"), ("as", "opposed", "to"))
_SETTING_ASIDE_OPENERS = frozenset(["not"] + [c[0] for c in _CONTRASTS])


def _contrast_aside(words: list[str], t: int) -> bool:
    """Whether a contrastive preposition that sets a noun aside opens at t ("rather than",
    "instead of", "as opposed to")."""
    return any(tuple(words[t : t + len(c)]) == c for c in _CONTRASTS)


_REFERRING_PRONOUNS = frozenset("it they".split())
_PRONOUN_ANTECEDENT_WORDS = 8  # "The Israeli Ministry of Defense" + its verb: the subject read this far
_PAST_VERB = re.compile(r"[a-z]{3,}ed$")


def _pronoun_antecedent(tokens: Tokens, start: int, clause_start: int, lo: int) -> int | None:
    """Who "It" or "they" at `start` refers back to, when that is someone else: the subject of the
    clause before it in the same sentence (`clause_start` < start: "Ernst & Young has not examined
    them, and it undertakes no obligation ..."), or else of the sentence before ("The Israeli
    Ministry of Defense reviewed this release. It undertakes no obligation ..."). The earlier
    subject is read up to its verb (an auxiliary, a finite verb or a past form) and judged as
    `another_speaks` judges a subject; a company, a release or "we" there leaves the pronoun the
    company's ("This release was prepared by management. It ...")."""
    words = tokens.words
    if clause_start < start:
        prior = clause_start
    elif start >= 1 and "\n" not in tokens.gap(start):
        # (the sentence before may lie outside the range the element is read in, but not
        # beyond its paragraph)
        prior = sentence_low(tokens, start - 1, 0)
        lo = min(lo, prior)
    else:
        return None
    for v in range(prior + 1, min(start, prior + 1 + _PRONOUN_ANTECEDENT_WORDS)):
        if words[v] in AUXILIARIES or words[v] in FINITE_VERBS or words[v] in _PREDICATE_VERBS or _PAST_VERB.match(words[v]):
            return another_speaks(tokens, v, lo, resolve=False)
        if HARD_GAP.search(tokens.gap(v)):
            return None  # an aside or a fronted phrase: the subject is not read plainly
    return None


def another_speaks(tokens: Tokens, first: int, lo: int, resolve: bool = True) -> int | None:
    """The word that names someone else as the subject of the sentence whose first part is token
    `first` ("Our joint venture partner undertakes no obligation ...", "The underwriters have no
    duty ..."), or None. The subject is read from the sentence's start to its verb or the first comma
    (an aside, "like its peers", is no subject), and only when no word of it names the company or
    joins another to it."""
    words = tokens.words
    start = sentence_low(tokens, first, lo)
    # a transcriber's note in square brackets ("[Operator Instructions] Please note that ...") is
    # no part of the speaker's sentence: its words name no subject
    start = tokens.last_mark(_CLOSING_BRACKET, first, start)
    sentence_start = start
    clause = tokens.clause_start(first, start)
    coordinated = None
    aside_end = _aside_after_joiner(tokens, start, clause, first)
    if aside_end is not None:
        # a main clause joined after a whole one, its subject behind a fronted aside: "These
        # statements speak only as of today and, except as required by law, our lenders undertake
        # no obligation ..." is said of the lenders
        start = coordinated = clause = aside_end
    while clause != start and words[clause - 1] in ("and", "or") and (
            _joins_party_nouns(tokens, clause - 1, start, first) or _within_party_subject(tokens, start, clause - 1)):
        # two nouns of parties joined in one subject ("Acme's agents and business partners do not
        # intend ..."): no new clause begins at "and"
        clause = tokens.clause_start(clause - 1, start)
    if clause != start and words[clause - 1] in ("and", "or") and all(
            words[u] in FINITE_VERBS or words[u] in _PREDICATE_VERBS or words[u].endswith("ly") or words[u] in _DETERMINERS
            or words[u] in _ANAPHORIC_DETERMINERS  # "..., and expressly disclaim any such obligation to, update"
            or words[u] in _PREDICATE_NEGATORS for u in range(clause, first)):
        # a predicate coordinated without a subject of its own shares the sentence's ("The agent
        # does not undertake to, and specifically disclaims any obligation to, update ...")
        # ... and the subject it shares is that of the clause it is joined to, which may itself be
        # a main clause coordinated after a whole one: "These statements speak only as of today,
        # and our partner assumes no obligation to, and does not intend to, update them"
        joined_to = tokens.clause_start(clause - 2, start) if clause - 2 > start else start
        clause = start
        if joined_to != start and _coordinated_main_clause(tokens, start, joined_to):
            start = coordinated = clause = joined_to
    elif _coordinated_main_clause(tokens, start, clause):
        # a main clause coordinated after a whole one has a subject of its own: "These statements
        # speak only as of today, and our auditors disclaim any obligation to update them" (only a
        # party's noun or possessive there is read as another's, not a bare name, which may be a
        # short name the company goes by)
        start = coordinated = clause
    head = _relative_on_party_subject(tokens, start, clause, first) if clause != start else None
    if head is not None:
        # a restrictive relative clause on the party the clause opens with is no clause of its
        # own: "The seller from which the Company bought the plant disclaims ...", "The dealers
        # and distributors that sell our trucks undertake no obligation ..." are said of them;
        # so is one on the subject of a main clause coordinated after a whole one
        if head != start and _coordinated_main_clause(tokens, start, head):
            start = coordinated = head
        clause = start if head == start or coordinated == head else clause
    if clause != start and words[clause - 1] in _SUBJECT_RELATIVES:
        # a name with a relative clause between commas that ties it to the company: "Sky Premium
        # Life, whose brand the Company distributes, disclaims ..." (the company in the clause is
        # no speaker)
        opener = clause - 2 if clause - 2 > start and words[clause - 2] in _RELATIVE_PREPOSITIONS else clause - 1
        named = list(range(start, opener))
        if named and len(named) <= _TIE_SUBJECT_WORDS and not any(
                words[u] in AUXILIARIES or words[u] in FINITE_VERBS or HARD_GAP.search(tokens.gap(u))
                for u in named[1:]):
            tied = _tied_to_company_aside(tokens, named, opener, first)
            if tied is not None:
                return tied
    if clause != start and words[clause - 1] in _SUBJECT_RELATIVES:
        # the company's relative clause on a party closes before the main verb: "The appraisers
        # whose valuations we cite have no obligation ..." is said of the appraisers
        ours = next((t for t in range(clause, min(first, clause + 4)) if words[t] in OWN_SPEAKERS), None)
        resumed = _antecedent_resumed(tokens, clause, ours, first) if ours is not None else None
        if resumed is not None:
            return resumed
    if clause != start and words[clause - 1] in RELATIVES:
        # a relative clause has a subject of its own, and it says the element: "estimates of
        # analysts, which those analysts describe as forward-looking statements within the
        # meaning of the Act"; one without ("statements that are made under the Act") is the
        # sentence's
        own_subject = _relative_speaker(tokens, clause, first)
        if own_subject is not False:
            return own_subject
        clause = start
    if (words[start] in _LINKING_ADVERBS and start + 1 < first and "," in tokens.gap(start + 1)
            and words[start + 1] in _FRONTED and clause > start + 1):
        start += 1  # "However, while the company may update them, its partner disclaims ...": past the adverb
    elif (words[start] in _LINKING_ADVERBS and start + 1 < first and "," in tokens.gap(start + 1)
            and clause <= start + 1):
        # "Further, Halvorsen, our majority shareholder, has no obligation ...": past the adverb
        start = clause = start + 1
    if words[start] in PREPOSITIONS or words[start] in _FRONTED or words[start] in OTHER_TIMES:
        # the subject follows a fronted phrase ("Prior to the merger, Eastgate relied on ...")
        after = next((t for t in range(start + 1, first) if "," in tokens.gap(t)), start)
        clause, start = max(clause, after), after
    if clause != start or words[start] in PREPOSITIONS or words[start] in _FRONTED:
        # only the sentence's own subject is read: a clause begun after "and" may be the tail of a
        # fronted phrase ("Within the meaning of the Act and other laws, this release ...")
        return None
    subject = []
    joined = None  # the first word joining another to the subject ("Neither the underwriters nor ...")
    for t in range(start, first):
        if t > start and _acts_on_company(words, t - 1):
            break  # the subject's head is a party the clause after it sets apart: "The agencies that regulate us"
        if _relative_on_party(tokens, subject, t, first):
            # a relative clause on a party the subject has named says which party it is; the
            # company named inside it is no subject: "The seller from which the Company bought
            # the plant disclaims ...", "The dealers and distributors that sell our trucks ..."
            break
        if words[t] in OWN_SPEAKERS and not is_owner(words, t) and not (t > start and (is_owner(words, t - 1) or (  # "our parent company"
                words[t - 1].endswith("'s") and _another_name(tokens, t - 1, start)))) and not (  # "Deverra's management"
                words[t].endswith("'s") and any(
                is_other_owner(words, u) for u in range(t + 1, min(first, t + 4))
                if not (words[u] in AUXILIARIES or words[u] in FINITE_VERBS))) \
                and not _in_others_of_phrase(words, start, t) and not _last_word_of_a_name(tokens, t, start, first):
            return None  # (not the company's possessive on another: "the company's transfer agent")
        ascribed_to = words[t] == "to" and t > start and words[t - 1] in _ASCRIBED  # "attributed to": no infinitive
        if (words[t] in AUXILIARIES and not ascribed_to) or words[t] in FINITE_VERBS or words[t] in _PREDICATE_VERBS or (
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
        # ("Neither Armada nor Rezolve undertakes ...": the company by one of the names the
        # document gives itself)
        # (a first member that is another party by its noun is what "its" refers back to: "Neither
        # the seller nor its sponsor"; a bare name may be the company's own short name)
        first_is_other = any(is_other_owner(words, u) for u in subject if u < joined)
        if any(_joined_member_is_company(tokens, t, rest, first_is_other) for t in rest):
            return None
        subject = [t for t in subject if t < joined]
    if resolve and len(subject) == 1 and words[subject[0]] in _REFERRING_PRONOUNS:
        # a pronoun subject is whoever it refers back to: "Goldman Sachs reviewed this release. It
        # undertakes no obligation ..." is said of the adviser (read only for a bare pronoun, so
        # the cost falls on few sentences)
        return _pronoun_antecedent(tokens, subject[0], sentence_start, lo)
    apposed = subject[-1] + 1 if subject else None
    # a party the subject names as its topic is what the statements are about, not who makes
    # them: "Statements concerning our collaboration with Pfizer are ..."
    subject = [t for t in subject if not topic_party(words, t, start)]
    # (a name the company gives itself is never a party by the shape of its word: "The Kroger Co.
    # assumes no obligation" is no "servicer")
    found = next((t for t in subject if is_other_owner(tokens.words, t) and not tokens.names.is_own(words[t])), None)
    if found is None and subject and words[subject[-1]] in REGULATORS and not tokens.names.is_own(words[subject[-1]]):
        # a regulator at the subject's head speaks for itself, not for the company it oversees:
        # "The California Public Utilities Commission, which regulates our utilities, undertakes no
        # obligation ..."
        found = subject[-1]
    if found is None and apposed is not None:
        # an apposition that names the subject's role: "WISeKey, its majority shareholder, does
        # not undertake ..."; "Halvorsen, our former parent, ..."
        found = _other_in_apposition(tokens, apposed, first)
    if found is None and apposed is not None:
        # an aside that ties the named subject to the company: "Goldman Sachs, the Company's
        # financial advisor on the sale, assumes no duty ...", "Sky Premium Life, whose brand the
        # Company distributes, disclaims ..." is said of another
        found = _tied_to_company_aside(tokens, subject, apposed, first)
    if found is None:
        # those the release quotes or cites speak for themselves: "The clinical laboratories quoted
        # in this release undertake no obligation ...", "the experts cited above"
        found = _quoted_party(tokens, subject)
    if found is None:
        # a person named with a title is someone, never the company: "Mr. Halvorsen undertakes no
        # obligation ...", "Dr. Lee's estimates"
        found = _titled_person(tokens, start, first, lo)
    if found is None:
        # a name's possessive in the subject owns what the subject names: "Statements in Cantor
        # Fitzgerald's research reports can be identified by words such as ..."
        found = next((t for t in subject if words[t].endswith("'s") and _possesses_a_thing(tokens, t, subject)
                      and _another_name(tokens, t, start)), None)
    if found is None and coordinated is None:
        # a bare name: "Coeur undertakes no obligation ..." where the legend's other disclaimers
        # speak for SilverCrest, or the document names itself otherwise (a subject that
        # disclaims is itself a speaker, so only the others decide; a name the document gives
        # itself is never another's: "IVT", short for the company)
        own = tokens.names.own | speaker_names(tokens, besides=(start, start + len(subject) + 2))
        found = next((t for t in subject if _another_name(tokens, t, start, own, by_suffix=False)), None) if own else None
        if any(stem(words[t]) in own for t in subject):
            found = None  # "Coeur and SilverCrest undertake ...": the company speaks too
    if found is None and subject and coordinated is None:
        # a company named with its suffix that the legend's disclaimers do not speak for:
        # "Southwind Corp. uses words such as ..." over "Northwind undertakes no obligation ..."
        # (or, when they speak only as "we", the names the document gives itself)
        suffix = next((t for t in subject if words[t] in CORPORATE_SUFFIXES), None)
        speakers = (speaker_names(tokens) or tokens.names.own) if suffix is not None else frozenset()
        name = name_before(tokens, suffix, start) if speakers else []
        if name and not speakers.intersection(name) and not speakers.intersection(map(stem, name)):
            found = suffix - 1
    return found


_RELATIVE_OPENERS = frozenset("that which who whom whose".split())
_RELATIVE_PREPOSITIONS = _FRONTED_PREPOSITIONS | frozenset("in on at".split())


_NAME_ENDINGS = frozenset("company corporation management".split())


def _within_party_subject(tokens: Tokens, start: int, j: int) -> bool:
    """Whether "and"/"or" at j stands inside a subject that opens at `start` with another party's
    noun and a phrase after it ("Our peers in the property and casualty industry do not ..."):
    no verb, comma or clause opener before it, so it joins two words of the phrase, not clauses."""
    words = tokens.words
    # (after a fronted phrase, the subject opens at its comma: "Except as required by law, our
    # peers in the property and casualty industry ...")
    start = tokens.last_mark(HARD_GAP, j - 1, start)
    head = range(start, j)
    if j - start < 3 or HARD_GAP.search(tokens.gap(j)) or any(
            words[u] in AUXILIARIES or words[u] in FINITE_VERBS or words[u] in _PREDICATE_VERBS
            or words[u] in _RELATIVE_OPENERS or (u > start and HARD_GAP.search(tokens.gap(u))) for u in head):
        return False
    party = next((u for u in head if is_other_owner(words, u) and not tokens.names.is_own(words[u])), None)
    return party is not None and party + 1 < j and words[party + 1] in PREPOSITIONS


def _last_word_of_a_name(tokens: Tokens, t: int, start: int, first: int) -> bool:
    """Whether "Company" or "Corporation" at t ends a name ("Loews Corporation", "The Halvorsen
    Company") that the document writes as a name or that an apposition after it gives another
    party's role ("Loews Corporation, Acme's majority shareholder,"): the name decides whose it
    is, not the word the company calls itself by ("the Company")."""
    if tokens.words[t] not in _NAME_ENDINGS or t <= start:
        return False
    before = tokens.words[t - 1]
    if before in _DETERMINERS or before in _OWN_POSSESSIVES or before.endswith("'s") or not before.isalpha():
        return False
    if tokens.names.is_name(before) or _other_in_apposition(tokens, t + 1, first) is not None:
        return True
    # a name the aside after it ties to the company: "Alaska Permanent Capital Management, the
    # Company's joint venture investor,"
    return _tied_to_company_aside(tokens, list(range(start, t + 1)), t + 1, first) is not None


def _name_ending(tokens: Tokens, subject: list[int]) -> bool:
    """Whether the subject's last word is "Company", "Corporation" or "Management" ending a name
    of its own ("RP Management", "Alaska Permanent Capital Management"), not the company's own
    word for itself or its managers ("the Company", "our management", "senior management"): the
    word before it is written only as a name, or three words of a name without a determiner or
    possessive come before it."""
    words = tokens.words
    if len(subject) < 2 or words[subject[-1]] not in _NAME_ENDINGS:
        return False
    name = subject[:-1]
    if any(words[u] in _DETERMINERS or words[u] in _OWN_POSSESSIVES or words[u].endswith("'s")
           or not words[u].isalpha() for u in name):
        return False
    return tokens.names.never_lower(words[name[-1]]) or len(name) >= 3


def _relative_on_party_subject(tokens: Tokens, start: int, clause: int, first: int) -> int | None:
    """The first token of the subject a restrictive relative clause at `clause` is said of ("that
    sell our trucks", "from which the Company bought ...", no comma before it), when that subject
    opens its clause, names another party by its noun and has no verb of its own; else None."""
    words = tokens.words
    opener = clause - 1
    if opener - 1 > start and words[opener] in ("which", "whom") and words[opener - 1] in _RELATIVE_PREPOSITIONS:
        opener -= 1
    elif words[opener] not in _RELATIVE_OPENERS:
        return None
    if opener <= start or HARD_GAP.search(tokens.gap(opener)) or first - clause < 2:
        return None
    head_start = tokens.clause_start(opener - 1, start)
    head = range(head_start, opener)
    if any(words[u] in AUXILIARIES or words[u] in FINITE_VERBS or words[u] in _PREDICATE_VERBS
           or (u > head_start and HARD_GAP.search(tokens.gap(u))) for u in head):
        return None
    if any(is_other_owner(words, u) and not tokens.names.is_own(words[u]) for u in head):
        return head_start
    return None


def _relative_on_party(tokens: Tokens, subject: list[int], t: int, first: int) -> bool:
    """Whether a relative clause opens at word t ("that", "whom", or a preposition before "which"
    or "whom": "from which", "with whom") right after a subject that already names another party
    by its noun (not by a name the company gives itself)."""
    words = tokens.words
    if not subject or t != subject[-1] + 1 or HARD_GAP.search(tokens.gap(t)):
        return False
    opens = words[t] in _RELATIVE_OPENERS or (
        words[t] in _RELATIVE_PREPOSITIONS and t + 1 < first and words[t + 1] in ("which", "whom"))
    return opens and any(is_other_owner(words, u) and not tokens.names.is_own(words[u]) for u in subject)


_PARTY_NOUN_WORDS = 3  # modifiers and head of each party noun joined ("business partners", "outside actuaries")


def _joins_party_nouns(tokens: Tokens, j: int, start: int, first: int) -> bool:
    """Whether "and"/"or" at j joins two short noun phrases of subject words, the one before it
    naming another party ("agents and business partners", "our underwriters or their
    affiliates"), with no verb, comma or clause opener on either side before `first`."""
    words = tokens.words
    if j - 1 < start or j + 1 >= first or HARD_GAP.search(tokens.gap(j)) or HARD_GAP.search(tokens.gap(j + 1)):
        return False
    # the second noun phrase runs to the verb ("and business partners" + "do not intend")
    for u in range(j + 1, min(first, j + 2 + _PARTY_NOUN_WORDS)):
        if words[u] in AUXILIARIES or words[u] in FINITE_VERBS or words[u] in _PREDICATE_VERBS:
            break
        if words[u] in BOUNDARIES or (u > j + 1 and HARD_GAP.search(tokens.gap(u))) or u - j > _PARTY_NOUN_WORDS:
            return False
    return is_other_owner(words, j - 1) and words[j - 1] not in AUXILIARIES


_OF_PHRASE_WORDS = 3  # "of" + "the" + the company's word ("the landlords of the Company's restaurants")
# ("to": the side of a deal or contract the company is the other side of, "the other party to the
# Company's merger", "the counterparties to our swaps")
_PARTY_PHRASE_LINKS = frozenset("of to".split())


def _in_others_of_phrase(words: list[str], start: int, t: int) -> bool:
    """Whether the company's word at t stands in an "of" phrase on another party the subject has
    already named ("The landlords of the Company's restaurants disclaim ...", "The tenants of the
    Company's buildings"): the phrase says which others they are; the subject is still theirs."""
    for k in range(t - 1, max(start, t - _OF_PHRASE_WORDS) - 1, -1):
        if words[k] in _PARTY_PHRASE_LINKS:
            return k - 1 >= start and is_owner(words, k - 1)
        if words[k] not in _DETERMINERS and words[k] not in ("our", "its", "their"):
            return False
    return False


# Who a caution against undue reliance may be given to: the legend's readers by any name. A
# caution whose only addressee is someone else (the company's lenders, its directors and officers)
# does not caution investors. The addressee is the subject of "should not rely" or of "are
# cautioned (warned, advised) not to rely"; the subject of an active "caution" is the speaker.
_RELIERS = frozenset("""you your reader readers investor investors shareholder shareholders stockholder stockholders
holder holders securityholders unitholders unitholder public anyone everyone nobody one persons person recipients
recipient audience listeners viewers participants users""".split())
_INSIDERS = frozenset("directors officers employees insiders staff".split())  # the company's own people
_CAUTIONED = frozenset("cautioned warned advised urged reminded encouraged told asked instructed".split())
_CAUTIONING = frozenset("caution cautions warn warns advise advises urge urges remind reminds".split())
_RELIER_MODALS = frozenset("should must ought need may can".split())
_RELIER_WORDS = 6  # "The Company's directors and officers"


def other_reliers(tokens: Tokens, first: int, lo: int) -> int | None:
    """The word of a caution's addressee that names only others than the legend's readers
    ("Killam's lenders are cautioned not to place undue reliance", "The Company's directors and
    officers should not place undue reliance"), or None: the addressee is the subject right before
    a modal or "are cautioned" in the clause of `first`, after any fronted phrase."""
    words = tokens.words
    start = sentence_low(tokens, first, lo)
    start = tokens.last_mark(HARD_GAP, first - 1, start)  # (after the last comma before `first`)
    verb = None
    for t in range(start, first):
        if words[t] in _CAUTIONING:
            # the active caution names its addressee as the object: "We caution our lenders not to ..."
            end = next((u for u in range(t + 1, first) if words[u] in ("not", "to", "against")), None)
            if end is None or end == t + 1 or end - t - 1 > _RELIER_WORDS:
                return None
            return _other_addressee(tokens, range(t + 1, end), t + 1)
        if words[t] in _RELIER_MODALS or (words[t] in ("are", "is", "be", "been") and t + 1 < first and words[t + 1] in _CAUTIONED):
            verb = t - (words[t] == "been" and t - 1 > start and words[t - 1] in ("have", "has"))  # "have been told"
            break
    if verb is None or verb == start or verb - start > _RELIER_WORDS:
        return None
    return _other_addressee(tokens, range(start, verb), start)


def _other_addressee(tokens: Tokens, subject: range, start: int) -> int | None:
    """The word of `subject` (a caution's addressee) that names only others than the legend's
    readers (`other_reliers`), or None."""
    words = tokens.words
    if any((words[t] in _RELIERS and not _possessed_by_another(tokens, t, start))
           or words[t] in OWN_SPEAKERS and not words[t].endswith("'s") for t in subject):
        return None  # "investors", "you", "we": the readers, or the company speaking of itself
    found = next((t for t in subject if is_owner(words, t) or words[t] in _INSIDERS), None)
    # ... or another party by name: "Beta Inc. should not place undue reliance on these statements"
    return found if found is not None else next((t for t in subject if _another_name(tokens, t, start)), None)


def _possessed_by_another(tokens: Tokens, t: int, lo: int) -> bool:
    """Whether readers' word t is another party's by a possessive right before it: "Brightwater
    Capital's investors", "our lenders' shareholders" are not the legend's readers."""
    before = t - 1
    if before < lo or not tokens.words[before].endswith(("'s", "'")) or HARD_GAP.search(tokens.gap(t)):
        return False
    possessor = tokens.words[before].removesuffix("'s").removesuffix("'")
    if possessor in OWN_SPEAKERS or stem(possessor) in tokens.names.own:
        return False
    # (the possessor read with the few words before it that may make it a party, "our
    # independent auditors'", not with a copy of the whole text)
    context = tokens.words[max(0, before - 3) : before] + [possessor]
    return is_owner(context, len(context) - 1) or _another_name(tokens, before, lo)


def _joined_member_is_company(tokens: Tokens, t: int, rest: range, first_is_other: bool) -> bool:
    """Whether word t of the members joined after the first one of a subject names the company:
    "we", "the Company", a name the document gives itself, "our" before one of its own ("our
    management"), "its" referring back to a first member that is the company ("Northwind and its
    partners"). Not "our" before another party ("Neither our auditors nor our underwriters"), nor
    "its" after a first member that is another party ("Neither the seller nor its sponsor")."""
    words = tokens.words
    if words[t] in OWN_SPEAKERS or stem(words[t]) in tokens.names.own:
        return True
    if words[t] == "its":
        return not first_is_other
    if words[t] == "our":
        return not any(is_other_owner(words, u) for u in range(t + 1, rest.stop))
    return False


def _other_in_apposition(tokens: Tokens, t: int, first: int) -> int | None:
    """A word of another party in an apposition that opens with a comma at token t and closes
    before the verb ("WISeKey, its majority shareholder, does not undertake"): its token, or
    None."""
    if t >= first or "," not in tokens.gap(t):
        return None
    end = _apposition_end(tokens, t, first + 1)
    if end is None:
        return None
    return next((u for u in range(t, end) if is_other_owner(tokens.words, u)), None)


# An aside of at most this many words between the subject and its verb ("Network 1 Financial
# Securities, the underwriter of the Company's initial public offering, undertakes ...")
_TIE_ASIDE_WORDS = 14
_TIE_SUBJECT_WORDS = 8  # the name before such an aside ("The Netherlands Cancer Institute")
# Possessives of the company in an aside ("the Company's financial advisor", "our former sponsor");
# (`_COMPANY_POSSESSIVES` above: not "its", which in a relative clause refers back to the subject
# itself, "the issuer, which posts its figures on its website,")
# Heads after the company's possessive that name the company itself or its name, not a party
# ("Northwind, our company, ...", "Acme, the Company's former name, ...")
_SELF_HEADS = frozenset("company corporation name names brand brands business businesses ticker symbol".split())
# Words of an aside that defines the subject as the company, or speaks for it ("Northwind, which we
# refer to as the Company, ...", "Acme, together with its subsidiaries, ...", "on behalf of")
_DEFINING_WORDS = frozenset("refer refers referred called collectively together herein hereinafter formerly known "
                            "behalf including like unlike".split())


def _tied_to_company_aside(tokens: Tokens, subject: list[int], t: int, first: int) -> int | None:
    """The subject's last word when the subject is followed by an aside between commas that ties
    it to the company, so it is someone else: a noun phrase with the company's possessive on a
    role ("Goldman Sachs, the Company's financial advisor on the sale,", "Alpha Capital, AgEagle's
    principal investor,", "RP Management, LLC, the company's former external adviser,") or a
    relative clause that names the company ("Sky Premium Life, whose brand the Company
    distributes,", "Blackstone Medical Services, which bought the Company's care unit,"). Refused:
    a subject with a word of the company's or one of its names ("Brookfield Asset Management,
    which manages ... Brookfield Wealth Solutions,": the name alone does not tell), an aside that
    defines the subject as the company or speaks for it ("which we refer to as the Company",
    "together with its subsidiaries", "on behalf of the Company"), one whose head is the company
    itself or its name ("our company", "the Company's former name"), or one that does not close
    before the verb."""
    words = tokens.words
    if not subject or t >= first or "," not in tokens.gap(t) or HARD_GAP.search(tokens.gap(t).replace(",", "")):
        return None
    if words[t] in CORPORATE_SUFFIXES:  # "RP Management, LLC, the company's ...": the name's suffix
        t += 1
        if t >= first or "," not in tokens.gap(t):
            return None
    named = subject[:-1] if _name_ending(tokens, subject) else subject
    if any(words[u] in OWN_SPEAKERS or words[u] in _OWN_POSSESSIVES or tokens.names.is_own(words[u]) for u in named):
        return None  # ("Our officers, who we believe act reasonably, ...": the company's own people)
    if words[subject[0]] in PREPOSITIONS or words[subject[0]] in _FRONTED:
        return None  # a fronted phrase, no subject: "Apart from historical facts, which ..., this release"
    if any(words[u] in DEICTICS or words[u] in DOCUMENT_NOUNS or words[u] in STATEMENT_NOUNS for u in named) or not any(
            words[u].isalpha() and words[u] not in _AGENT_OPENERS and tokens.names.never_lower(words[u]) for u in named):
        # a party by its name only: "This release, which the Company issued today, contains ..."
        # and "The statements in this call, which is hosted by the Company, ..." are the company's
        return None
    reach = min(first + 1, len(words), t + 1 + _TIE_ASIDE_WORDS)
    close = next((k for k in range(t + 1, reach) if HARD_GAP.search(tokens.gap(k))), None)
    if close is None or HARD_GAP.search(tokens.gap(close).replace(",", "")) or any(
            HARD_GAP.search(tokens.gap(k)) for k in range(close + 1, first)):
        return None  # the aside must close with a comma and leave only the verb's words after it
    aside = range(t, close)
    if any(words[u] in _DEFINING_WORDS for u in aside):
        return None
    if words[t] in ("which", "who", "whose") or (words[t] in _RELATIVE_PREPOSITIONS and t + 1 < close
                                                  and words[t + 1] in ("which", "whom")):
        # a relative clause: the company anywhere in it, as subject, object or possessor
        tie = next((u for u in aside if words[u] in OWN_SPEAKERS or words[u] in _COMPANY_POSSESSIVES
                    or tokens.names.is_own(words[u].removesuffix("'s"))), None)
        return subject[-1] if tie is not None else None
    if any(words[u] in AUXILIARIES or words[u] in FINITE_VERBS or words[u] in RELATIVES for u in aside):
        return None  # a noun phrase only: a clause here is no apposition
    for u in aside:
        possessive = words[u] in _COMPANY_POSSESSIVES or (
            words[u].endswith("'s") and tokens.names.is_own(words[u].removesuffix("'s")))
        of_company = words[u] == "of" and u + 1 < close and (
            words[u + 1] in ("us", "company", "corporation") or tokens.names.is_own(words[u + 1])
            or (words[u + 1] == "the" and u + 2 < close and words[u + 2] in ("company", "corporation")))
        if possessive and u + 1 < close and words[u + 1] not in _SELF_HEADS:
            return subject[-1]
        if of_company and u > t:  # "the trustee of the Company": a role of the company's
            return subject[-1]
    return None


_QUOTING = frozenset("quoted cited interviewed featured".split())


def _quoted_party(tokens: Tokens, subject: list[int]) -> int | None:
    """The noun of a subject that a participle of quoting follows ("the laboratories quoted in
    this release", "the analysts cited above"): someone the document quotes, never the company;
    its token, or None (not the company itself, "the Company, as quoted")."""
    words = tokens.words
    for t in subject[1:]:
        if words[t] in _QUOTING and t - 1 in subject:
            noun = words[t - 1]
            if noun in OWN_SPEAKERS or noun in _COMPANY_NOUNS or stem(noun) in tokens.names.own \
                    or not noun.isalpha() or "," in tokens.gap(t):
                return None
            return t - 1
    return None


_HONORIFICS = frozenset("mr mrs ms messrs dr".split())
_PERSON_NAME_WORDS = 3


def _possesses_a_thing(tokens: Tokens, t: int, subject: Sequence[int]) -> bool:
    """Whether the possessive at t owns a thing named after it in the subject ("Cantor
    Fitzgerald's research reports"), not the rest of a name it is part of ("Dr. Reddy's
    Laboratories", "Macy's, Inc."): a word after it the document writes in lower case."""
    return any(not tokens.names.never_lower(tokens.words[k]) for k in subject
               if k > t and tokens.words[k] not in CORPORATE_SUFFIXES)


def _titled_person(tokens: Tokens, start: int, first: int, lo: int) -> int | None:
    """The title of a person named as the whole subject of the sentence, right before its verb
    ("Mr. Halvorsen undertakes no obligation ...", "Ms. Okafor does not undertake ..."): its token,
    or None. The title's period may have been read as a sentence's end, so the title may stand just
    before `start`. Not a company named after a person ("Dr. Reddy's Laboratories"), nor a person
    in a fronted clause ("As Mr. Halvorsen noted, the Company ...")."""
    words = tokens.words
    title = start - 1 if start > lo and words[start - 1] in _HONORIFICS else start
    if words[title] not in _HONORIFICS or not (title == lo or SENTENCE_GAP.search(tokens.gap(title))):
        return None
    for k in range(title + 1, min(first + 1, title + 2 + _PERSON_NAME_WORDS)):
        if k > title + 1 and HARD_GAP.search(tokens.gap(k)):
            return None
        if words[k] in AUXILIARIES or words[k] in FINITE_VERBS or words[k] in _PREDICATE_VERBS:
            # only a disclaimer's verb: a call's "Mr. Halvorsen will discuss forward-looking
            # statements" speaks for the company
            disclaims = words[k] in _PREDICATE_VERBS or any(
                is_negation(w) or w in _PREDICATE_VERBS for w in words[k + 1 : k + 3])
            return title if k > title + 1 and disclaims else None
        if words[k].endswith("'s") or words[k] in CORPORATE_SUFFIXES:
            return None
    return None
_CLAUSE_JOINERS = frozenset("and but or".split())
# present-tense verbs a legend's first clause ends its statement with ("These statements speak
# only as of today, and ..."), besides the auxiliaries and "is", "have", "include"
_CLAUSE_VERBS = frozenset("""speak speaks reflect reflects represent represents involve involves differ differs
apply applies relate relates remain remains""".split())


def _coordinated_main_clause(tokens: Tokens, start: int, clause: int) -> bool:
    """Whether the clause at `clause` is a main clause joined by ", and" (", but", ", or") to a
    whole clause before it, one with a verb of its own from the sentence's start: "Results may
    differ materially, but our lenders assume no duty ..." (not the tail of a fronted phrase,
    "Within the meaning of the Act and other laws, ...", nor a list's last item)."""
    words = tokens.words
    # ("... as of this date and WISeKey, its majority shareholder, does not undertake ...": "and"
    # with no comma joins two clauses too when what follows it has a verb of its own after a subject)
    if clause <= start + 1 or words[clause - 1] not in _CLAUSE_JOINERS or (
            "," not in tokens.gap(clause - 1) and not (words[clause - 1] == "and" and subject_then_verb(tokens, clause))):
        return False
    if words[start] in PREPOSITIONS or words[start] in _FRONTED or words[start] in OTHER_TIMES:
        return False
    return any(words[t] in AUXILIARIES or words[t] in FINITE_VERBS or words[t] in _CLAUSE_VERBS
               for t in range(start + 1, clause - 1))


_ASIDE_WORDS = 8  # a fronted aside between a joiner and its clause's subject: "except as required by applicable law"


def _aside_after_joiner(tokens: Tokens, start: int, clause: int, first: int) -> int | None:
    """The first word after a fronted aside ("except as required by law,", "if the law requires,")
    that opens a main clause joined by "and"/"but"/"or" to a whole clause before it ("..., and,
    except as required by law, our lenders undertake ..."), when a subject stands between the
    aside and `first`; None otherwise."""
    words = tokens.words
    # the clause read may begin inside the aside or after it ("and, unless the law requires
    # otherwise, our lenders ..."): the aside runs back to the word after the joiner
    clause = next((j for j in range(clause, max(start + 1, clause - _ASIDE_WORDS) - 1, -1)
                   if words[j] in _FRONTED and words[j - 1] in _CLAUSE_JOINERS), None)
    if clause is None or clause <= start + 1:
        return None
    if "," not in tokens.gap(clause - 1) and "," not in tokens.gap(clause):
        return None  # "and" standing in the clause, not joining two ("results and, except ...")
    if words[start] in PREPOSITIONS or words[start] in _FRONTED or words[start] in OTHER_TIMES:
        return None
    if not any(words[t] in AUXILIARIES or words[t] in FINITE_VERBS or words[t] in _CLAUSE_VERBS
               for t in range(start + 1, clause - 1)):
        return None  # nothing whole before "and" to join to
    end = next((u for u in range(clause + 1, min(first, clause + _ASIDE_WORDS + 1)) if "," in tokens.gap(u)), None)
    if end is None or end >= first or words[end] in AUXILIARIES or words[end] in FINITE_VERBS:
        return None  # no subject of its own after the aside: the predicate shares the sentence's
    return end


_JOINED_SUBJECT_WORDS = 8  # a subject with an apposition: "WISeKey, its majority shareholder,"


def subject_then_verb(tokens: Tokens, clause: int) -> bool:
    """Whether the words from `clause` are a subject (a noun phrase, an apposition allowed) and then
    a verb: "WISeKey, its majority shareholder, does not undertake", "our lenders assume"; not a
    second noun of a coordinated subject or object ("Acme and its partners", "risks and
    uncertainties that ...")."""
    words = tokens.words
    if words[clause] in AUXILIARIES or words[clause] in FINITE_VERBS or words[clause] in _PREDICATE_VERBS:
        return False  # a coordinated predicate shares the subject before "and"
    for t in range(clause + 1, min(len(words), clause + _JOINED_SUBJECT_WORDS)):
        if HARD_GAP.search(tokens.gap(t).replace(",", "")) or words[t] in RELATIVES or words[t] in PREPOSITIONS:
            return False
        if words[t] in AUXILIARIES or words[t] in _PREDICATE_VERBS:
            return True
    return False


_PASSIVE_AGENT_WORDS = 20  # from the element's last part to "by": "update" + "or revise any forward-looking
# statement as a result of new information or future events is undertaken by" (no gap, no boundary between)
_IRREGULAR_PARTICIPLES = frozenset("undertaken taken given done made".split())


def passive_agent(tokens: Tokens, last: int, hi: int) -> int | None:
    """Another party named as the agent of a passive that closes the element: "No obligation to
    update these statements is assumed by our underwriters", "These statements will not be
    updated by our transfer agent". The agent says who does (or does not) what the element says,
    as a subject would; its token, or None ("is assumed by the Company" is the company's)."""
    words = tokens.words
    for t in range(last, min(hi, len(words) - 1, last + _PASSIVE_AGENT_WORDS)):
        if t > last and (HARD_GAP.search(tokens.gap(t)) or words[t] in BOUNDARIES):
            return None  # (a relative clause has an agent of its own: "statements that were reviewed by our auditors")
        if words[t] != "by" or t < 2:
            continue
        participle = words[t - 1]
        if (participle.endswith("ed") or participle in _IRREGULAR_PARTICIPLES) and words[t - 2] in AUXILIARIES:
            return _owner_in_phrase(tokens, t, hi, is_owner)[0]
        return None
    return None


def _relative_speaker(tokens: Tokens, clause: int, first: int) -> int | None | bool:
    """The subject of the relative clause opening at `clause`, when it names someone else ("which
    our partner made under the Act"): its token; None when it names the company ("which we make
    ..."); False when it names neither, or the clause has no subject of its own ("that are made
    under the Act", "that cover our stock are made ..."): the sentence's subject decides."""
    words = tokens.words
    # the clause sets its antecedent apart: "The agencies that regulate us undertake ...", "The
    # firms in which we hold stakes ..."
    for antecedent in (clause - 2, clause - 3):
        if antecedent >= 0 and _acts_on_company(words, antecedent):
            return antecedent
    for t in range(clause, first):
        if words[t] in OWN_SPEAKERS:
            # the company's clause may close before the main verb: "The appraisers whose
            # valuations we cite have no obligation ..." is said of the appraisers
            return _antecedent_resumed(tokens, clause, t, first)
        if words[t] in AUXILIARIES or words[t] in FINITE_VERBS or words[t] in _PREDICATE_VERBS or (
                t > clause and "," in tokens.gap(t)):
            break
        if is_other_owner(words, t) or _another_name(tokens, t, clause):
            return t
    return False


def _antecedent_resumed(tokens: Tokens, clause: int, t: int, first: int) -> int | None:
    """The party the relative clause at `clause` is said of, when the clause's own subject (the
    company's word at t) and its verb are followed at once by the main clause's verb ("whose
    valuations we cite have ..."): the antecedent's token, else None (the clause is the company's)."""
    words = tokens.words
    antecedent = clause - 2
    if antecedent < 0 or words[clause - 1] not in _SUBJECT_RELATIVES or not is_owner(words, antecedent):
        return None
    verb = t + 1
    if verb + 1 > first or words[verb] in AUXILIARIES or words[verb] in MODALS or "," in tokens.gap(verb + 1):
        return None
    following = words[verb + 1]
    if following in AUXILIARIES or following in MODALS or following in _PREDICATE_VERBS or following in ("have", "has", "do", "does"):
        return antecedent
    return None


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
    if t > lo and words[t] == "for" and not HARD_GAP.search(tokens.gap(t + 1)):
        t -= 1  # "except for", "save for"
    if t >= lo and not HARD_GAP.search(tokens.gap(t + 1)):
        for opens in (t, t - 1):  # "except" or "other than" ending right before
            if opens >= lo and exceptive_at(words, opens) == t:
                return opens
    t = b + 1
    while t < hi and t <= b + 2 and words[t] in _STATEMENT_HEADS and not HARD_GAP.search(tokens.gap(t)):
        t += 1
    end = exceptive_at(words, t) if t < hi else None
    if end is not None and end + 1 < hi and words[end + 1] == "for":
        end += 1  # "except for", "save for"
    # (set off by a comma too: "no obligation to update any statement, other than the ones in this release")
    if end is not None and end < hi and not STOP_GAP.search(tokens.gap(t)) and _names_statements(tokens, end + 1, hi):
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
        if k > u and HARD_GAP.search(tokens.gap(k)):
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


def compared_with_others(tokens: Tokens, last: int, hi: int) -> int | None:
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
    """Whether a second comparator coordinated after another's names the company's own ("... from
    analysts' estimates and from our guidance", "or from those expressed here", "from past
    results, as well as those expressed in any forward-looking statement")."""
    words = tokens.words
    for t in range(other + 1, min(hi - 1, other + 10)):
        if STOP_GAP.search(tokens.gap(t)):
            return False  # (a comma may set off the coordinated comparator: "from past results, as well as ...")
        coordinated = words[t - 1] in _ALTERNATIVES or words[t - 3 : t] == ["as", "well", "as"]
        if coordinated and words[t] == "from":
            t += 1
        elif not (coordinated and words[t] in _OWN_COMPARED and words[t] != "the"):
            continue
        return words[t] in _OWN_COMPARED and not any(
            is_other_owner(words, k) for k in range(t, min(hi, t + 5)))   # not "from those of analysts"
    return False


# "materially, and perhaps substantially, from": more degrees coordinated before the comparison
_DEGREE_LINKS = frozenset("and or perhaps possibly potentially even maybe very quite".split())
_DEGREE_WORDS = 5


def _from_after_degrees(tokens: Tokens, last: int, hi: int) -> int | None:
    """The "from" after the proposition's last word when only more degrees stand between
    ("differ materially and perhaps substantially from"), or None."""
    words = tokens.words
    for k in range(last + 1, min(hi, last + 1 + _DEGREE_WORDS)):
        if STOP_GAP.search(tokens.gap(k)):
            return None
        if words[k] == "from":
            return k if k > last + 2 else None
        if not (words[k] in _DEGREE_LINKS or (words[k].endswith("ly") and len(words[k]) > 4)):
            return None
    return None


_SUBJECT_TAIL_WORDS = 6  # "parties" + "in our legal proceedings have" + "projected"


def _verb_of_projecting(tokens: Tokens, subject: int, hi: int) -> int | None:
    """The verb of projecting that follows the subject at token `subject` within its clause,
    past a phrase that modifies the subject ("the opposing parties in our legal proceedings have
    projected"): its token, or None."""
    words = tokens.words
    for k in range(subject + 1, min(hi, subject + 1 + _SUBJECT_TAIL_WORDS)):
        if HARD_GAP.search(tokens.gap(k)) or words[k] in BOUNDARIES:
            return None
        if words[k] in _PROJECTING:
            return k
    return None


def _other_comparator(tokens: Tokens, last: int, hi: int) -> int | None:
    words = tokens.words
    t = next((k for k in range(max(0, last - 2), min(hi, last + 2)) if words[k] == "from"), None)
    if t is None:
        t = _from_after_degrees(tokens, last, hi)
    if t is None:
        return None
    u = t + 1
    while u < hi and u <= t + 2 and words[u] in _COMPARED and not HARD_GAP.search(tokens.gap(u)):
        u += 1
    # (after "those", or after the noun of the compared thing: "from the projections that ...")
    opened = u + 2 if u + 1 < hi and words[u] in _COMPARATOR_NOUNS else u + 1
    relative = next((k for k in range(t + 2, min(hi, opened)) if words[k] in RELATIVES
                     and not any(HARD_GAP.search(tokens.gap(j)) for j in range(t + 1, k + 1))), None)
    if relative is not None:
        # "from those that the opposing parties in our legal proceedings have projected": a
        # relative clause on the compared thing, its subject another's however it is modified
        subject = relative_subject(tokens, relative - 1, hi)
        verb = _verb_of_projecting(tokens, subject, hi) if subject is not None else None
        if verb is not None and not any(w in OWN_SPEAKERS for w in words[relative + 1 : verb]):
            return subject  # (not "those that management and our partners have projected")
    # one thing compared, named by a list of nouns: "from the expectations and projections of
    # ...", "from the plans, intentions and expectations disclosed in ...": read from its last
    u = _comparator_list_end(tokens, u, hi)
    # up to two words of the compared thing ("projected", "estimates"), then its owner's link;
    # the statements' own words do not count ("from the forward-looking statements of our tenants")
    reach = 3 + sum(1 for k in range(u, min(hi, u + 4)) if words[k] in _STATEMENT_WORDS)
    if u + 1 < hi and words[u + 1] in ("or", "and"):
        reach += 2  # two coordinated participles: "from those indicated or anticipated by ..."
    for v in range(u, min(hi, u + reach + 2)):
        if words[v] in ("on", "at") and v > u and not HARD_GAP.search(tokens.gap(v)):
            elsewhere = other_document_in_place(tokens, v + 1, hi)  # "the model returns displayed on our website"
            if elsewhere is not None:
                return elsewhere
        if v >= u + reach and not (words[u + 1 : v] and any(w in RELATIVES for w in words[u + 1 : v])):
            break  # (a relative clause's subject may run to two more words: "that our former parent issued")
        if v > u and words[v] in RELATIVES and not HARD_GAP.search(tokens.gap(v)):
            continue  # "from the results that Southwind has projected": the relative clause's subject is next
        if HARD_GAP.search(tokens.gap(v)) or words[v] in BOUNDARIES:
            return None
        other = is_other_owner(words, v) or _another_name(tokens, v, u)
        verb = v + 2 if v + 2 < hi and words[v + 1] in PERFECT else v + 1  # "that Gentex has suggested"
        if other and verb < hi and words[verb] in _PROJECTING \
                and not any(HARD_GAP.search(tokens.gap(k)) for k in range(v + 1, verb + 1)):
            return v  # a contact clause whose subject is another's: "from the results our reinsurers project"
        if other and v + 1 < hi and (words[v].endswith(("'s", "s'"))
                                     or (words[v + 1] in _COMPARATOR_NOUNS and is_owner(words, v))):
            # a possessive owner: "from the industry's results", "from our peers' estimates" (a
            # plural's apostrophe is gone from canonical words: "from their owners plans")
            return v
        if (words[v] in OTHER_TIMES and v + 1 < hi and words[v + 1] in _OUTCOME_NOUNS
                and not HARD_GAP.search(tokens.gap(v + 1)) and not _coordinated_comparator(tokens, v + 1, hi)):
            return v  # another time's outcomes: "from actual past events", "from prior results"
        if words[v] in ("by", "of", "in"):  # "... contained in our competitors' forward-looking statements"
            # (or at the end of a document named there: "described in the prospectuses of our competitors");
            # the statements' own words do not use up the reach ("described in the forward-looking
            # statements of our customers")
            own_words = sum(1 for k in range(v + 1, min(hi, v + 5)) if words[k] in _STATEMENT_WORDS)
            end, w = v + 5 + own_words, v + 1
            while w < min(hi, end):
                # "projected by the catastrophe models our reinsurers publish", "disclosed in the
                # forward-looking statements that Halvorsen makes"
                contact = _contact_owner(tokens, w, hi, is_other_owner) if w > v + 1 else None
                if contact is not None:
                    return contact
                if HARD_GAP.search(tokens.gap(w)) or words[w] in BOUNDARIES or words[w] in AUXILIARIES:
                    return None
                if is_other_owner(words, w) or _another_name(tokens, w, v + 1):
                    return w
                if words[w] in ("of", "by") and words[v] == "in" and w > v + 1:
                    end = min(w + 4, v + _COMPARATOR_CHAIN + own_words)
                elif words[w] == "of" and w > v + 1:
                    # the owner's whole noun phrase after the statements' "of", its modifiers
                    # read past ("by the forward-looking statements of our hotel chain customers")
                    end = max(end, w + 1 + _OWNER_PHRASE_WORDS)
                w += 1
            return other_document_in_place(tokens, v + 1, hi)
    return None


_LISTED_COMPARATOR_NOUNS = _COMPARATOR_NOUNS | frozenset("intentions intention beliefs".split())
_COMPARATOR_LIST_WORDS = 8  # "plans, intentions, estimates, forecasts and expectations"


def _comparator_list_end(tokens: Tokens, u: int, hi: int) -> int:
    """The last noun of a list of the compared thing's nouns that starts at token u, joined by
    commas and a closing "and" or "or" ("plans, intentions and expectations", "expectations and
    projections"); u itself when no list starts there."""
    words = tokens.words
    if u >= hi or words[u] not in _LISTED_COMPARATOR_NOUNS:
        return u
    for k in range(u + 1, min(hi - 1, u + _COMPARATOR_LIST_WORDS)):
        gap = tokens.gap(k).strip()
        if words[k] in _ALTERNATIVES and gap in ("", ","):
            closing = words[k + 1] in _LISTED_COMPARATOR_NOUNS and not tokens.gap(k + 1).strip()
            return k + 1 if closing else u
        if gap != "," or words[k] not in _LISTED_COMPARATOR_NOUNS:
            return u
    return u


def _coordinated_comparator(tokens: Tokens, n: int, hi: int) -> bool:
    """Whether a second comparator is coordinated after the noun at n ("from past results and
    those expressed in the forward-looking statements", "... or from our projections"): the
    variance is then measured against the statements too."""
    words = tokens.words
    for t in range(n + 1, min(hi, n + 4)):
        if HARD_GAP.search(tokens.gap(t)) and "," not in tokens.gap(t):
            return False
        if words[t] in ("and", "or") or words[t] == "from":
            continue
        return words[t] in _OWN_COMPARED or words[t] in _PROJECTING or words[t] == "any"
    return False


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
                and not HARD_GAP.search(tokens.gap(period)):
            # "Form 10-K for the year ended December 31, 2023 of our largest customer": the
            # period the report covers, then the report's owner
            skipped += period - t
            t = period
        if HARD_GAP.search(tokens.gap(t)) and not tokens.gap(t).strip() in ("", '"', "'") and not (
                captioned and t in (e + 1, e + 3) and tokens.gap(t).strip().strip("\"'“”‘’") == ","):
            return None
        if words[t] in RELATIVES and t > e + 1:
            # "the annual report on Form 10-K that our former parent filed": the relative clause
            # on the chain's last document names its filer
            return relative_subject(tokens, t - 1, hi)
        if words[t] in _JOINERS and words[t + 1 : t + 3] in (["other", s] for s in _OTHER_SECTIONS) \
                and not HARD_GAP.search(tokens.gap(t + 1)):
            # "Item 1A and other sections of the Form 10-K of ...": sections of the same document
            skipped += 2
            t += 2
            continue
        if words[t] in BOUNDARIES or words[t] in AUXILIARIES or words[t] in FINITE_VERBS or words[t] in _PARTICIPLES:
            return None
        if words[t] in ("of", "by") and t + 1 < hi:
            for u in range(t + 1, min(hi, t + 5)):
                if HARD_GAP.search(tokens.gap(u)) or words[u] in BOUNDARIES or words[u] in ("of", "in", "on"):
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
        if STOP_GAP.search(tokens.gap(u)):
            return None
    return None


# A company's name read by its words (`CORPORATE_SUFFIXES` marks one: "Southwind Corp."): the verbs
# of the legend's disclaimers whose subject is the company the legend speaks for ("Northwind
# undertakes no obligation ..."), and the words a name read backwards stops at.
_DISCLAIMING = frozenset("undertakes assumes disclaims declines intends".split())


_NO_NAMES = GENERIC_NAMES | frozenset("expressly specifically hereby by of from in for with to at on as".split()) \
    | FILLERS | CORPORATE_SUFFIXES


def name_before(tokens: Tokens, t: int, lo: int) -> list[str]:
    """The words of a name ending just before token t (corporate suffixes read past), up to
    `FILER_NAME_WORDS` words, stopping at a clause break or a word that names no one."""
    words, out = tokens.words, []
    k = t - 1
    while k >= lo and words[k] in CORPORATE_SUFFIXES:  # its abbreviation's full stop ends no sentence
        k -= 1
    while k >= lo and len(out) < FILER_NAME_WORDS and words[k].isalpha() and words[k] not in _NO_NAMES \
            and words[k] not in BOUNDARIES \
            and (words[k + 1] in CORPORATE_SUFFIXES or not HARD_GAP.search(tokens.gap(k + 1))):
        out.append(words[k])
        k -= 1
    return out


def speaker_names(tokens: Tokens, besides: tuple[int, int] | None = None) -> frozenset[str]:
    """The words of the names the legend's disclaimers speak for: the subjects of "undertakes",
    "assumes", "disclaims", "does not" ("Northwind Robotics, Inc. undertakes no obligation").
    Empty when the legend speaks only as "we" or "the Company". `besides`: leave out the
    disclaimers whose verb stands in these tokens (the sentence being read)."""
    key = ("speakers",)
    if key not in tokens._memo:
        words, said = tokens.words, []
        for t, word in enumerate(words):
            if word in _DISCLAIMING or (word == "does" and t + 1 < len(words) and words[t + 1] == "not"):
                # (with their stems: "Dr. Reddy's Laboratories" speaks as "reddy" too)
                said.append((t, frozenset(w for word in name_before(tokens, t, 0) for w in (word, stem(word)))))
        times_named = Counter(w for _, name in said for w in name)
        tokens._memo[key] = [t for t, _ in said], [name for _, name in said], times_named, frozenset(times_named)
    verbs, names, times_named, every = tokens._memo[key]
    if besides is None:
        return every
    # the words named only by the disclaimers in `besides` are left out: a text of many legends
    # has thousands of disclaimers, and only the sentence's own few are looked at
    inside = names[bisect_left(verbs, besides[0]):bisect_left(verbs, besides[1])]
    named_inside = Counter(w for name in inside for w in name)
    return frozenset(w for w, count in times_named.items() if count > named_inside[w])


_DEAL_NOUNS = frozenset("acquisition acquisitions merger mergers transaction transactions deal deals combination "
                        "integration purchase spin spinoff divestiture".split())  # ("spin-off": "spin")


def _another_name(tokens: Tokens, t: int, lo: int, own: frozenset[str] | None = None, by_suffix: bool = True) -> bool:
    """Whether word t is (the last word of) the name of someone the legend does not speak for,
    with no corporate suffix to show it: "Royalty Pharma's filings", "statements made by
    Stonepeak", "Coeur undertakes no obligation" (`Names.another`). The company's names are the
    ones the document gives itself and the subjects of the legend's disclaimers (`speaker_names`), or
    `own` when the caller knows better (not the sentence's own disclaimer)."""
    if "&" in tokens.gap(t) or (t + 1 < len(tokens.words) and "&" in tokens.gap(t + 1)):
        return False  # part of a name joined by "&", which the words do not spell
    if t + 1 < len(tokens.words) and tokens.words[t + 1] in _DEAL_NOUNS and not tokens.words[t].endswith("'s"):
        return False  # the name of a deal the company makes: "the results of the Tessaly acquisition"
    own = tokens.names.own | speaker_names(tokens) if own is None else own
    name = name_before(tokens, t, lo)[::-1] + [tokens.words[t]]
    opener = t - len(name)
    if opener >= lo and tokens.words[opener] in _OWN_POSSESSIVES:
        return False  # a name the company calls its own is its product or brand: "our GLP-1 agonists"
    if by_suffix and t + 1 < len(tokens.words) and stem(tokens.words[t + 1]) in INCORPORATION_SUFFIXES:
        name.append(tokens.words[t + 1])  # "Beta Pharmaceuticals, Inc.": the suffix shows a name
    return tokens.names.another(name, own, by_suffix)


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
    filings of Geely, our largest customer, with the SEC". Its token, or None."""
    words = tokens.words
    w = next((k for k in range(a, max(lo, a - 5) - 1, -1) if words[k] == "with"), None)  # "with the U.S."
    if w is None:
        return None
    for n in range(w - 1, max(lo, w - _FILED_PHRASE_WORDS) - 1, -1):
        if STOP_GAP.search(tokens.gap(n + 1)) or words[n] in BOUNDARIES:
            return None
        if words[n] in _FILED_NOUNS:
            if n + 2 < w and words[n + 1] in _SUBJECT_PRONOUNS and words[n + 2] in _AUTHORING:
                # "other filings it makes with the SEC": the filer is whom the pronoun refers back to
                return _referent(tokens, n + 1, lo, _SUBJECT_PRONOUNS[words[n + 1]])
            return other_after(tokens, n, w, is_owner) if n + 1 < w else None
    return None


_SUBJECT_PRONOUNS = {"it": False, "they": True}  # whether the party referred back to is plural


_POSSESSOR_MODIFIERS = 4  # "its most recent annual report": the pronoun a few words before the document
_OWN_POSSESSIVES = frozenset("our my company's corporation's".split())


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
                               if _served_by_company(tokens, k, len(words))), None)
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
    return None


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
                           if not any(HARD_GAP.search(tokens.gap(j)) for j in range(k + 1, t + 1))), t)
    if not tokens.names.another(words[name_start : t + 1], own):
        return False
    after = words[t + 1] if t + 1 < len(words) and not HARD_GAP.search(tokens.gap(t + 1)) else ""
    if after in FINITE_VERBS or after in AUXILIARIES or after in _AUTHOR_VERBS:
        return True
    return any(words[k] in _AUTHOR_LINKS and not HARD_GAP.search(tokens.gap(k + 1))
               for k in range(max(lo, name_start - 1), t))


def _possessive_before(tokens: Tokens, a: int, lo: int) -> int | None:
    """The token of "its" or "their" among the few modifiers before token a, or None."""
    for t in range(a - 1, max(lo, a - 1 - _POSSESSOR_MODIFIERS), -1):
        if HARD_GAP.search(tokens.gap(t + 1)) or tokens.words[t] in BOUNDARIES or tokens.words[t] in AUXILIARIES:
            return None
        if tokens.words[t] in _POSSESSIVE_PRONOUNS:
            return t
    return None


# STOP_GAP less its brackets: a parenthesis may hold a short name (Acme, Inc.'s ("Acme") Annual Report)
_CHAIN_BREAK = re.compile(r"[;:\n]|[.!?](?:\s|$)")
DOCUMENT_CHAIN_WORDS = 16  # "..., for the fiscal year ended December 31, 2023, and subsequent"
_SAME_NAME_WORDS = 2  # "on Form"


def own_possessive_before(tokens: Tokens, a: int) -> bool:
    """Whether the company's possessive stands a few words before token a ("our most recent
    Annual Report", "the Company's Form 10-K")."""
    return any(w in _OWN_POSSESSIVES for w in tokens.words[max(0, a - _POSSESSOR_MODIFIERS) : a])


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
        if words[t] == "other" and words[t - 1] in _JOINERS and words[t + 1] in _FILED_NOUNS:
            if not document_chain(tokens, b, t - 1):
                return None
            found = other_after(tokens, t + 1, hi, is_owner)
            return found if found is not None else relative_subject(tokens, t + 1, hi)
    return None


def _listed_after(tokens: Tokens, b: int, a: int) -> bool:
    """Whether the words between tokens b and a go on with the same document's name ("Annual
    Report" + "on Form" + "10-K") or a list of documents, "and" or "or" before the next."""
    between = tokens.words[b + 1 : a]
    return document_chain(tokens, b, a) and (len(between) <= _SAME_NAME_WORDS or any(w in _JOINERS for w in between))


def document_chain(tokens: Tokens, b: int, a: int) -> bool:
    """Whether the words between tokens b and a only name more of the document or documents
    ended at b: no verb, no clause, at most a few words ("section of Acme, Inc.'s Annual Report",
    ", including its Annual Report on Form 10-K, Quarterly Reports ...")."""
    between = tokens.words[b + 1 : a]
    if len(between) > DOCUMENT_CHAIN_WORDS or any(_CHAIN_BREAK.search(tokens.gap(k)) for k in range(b + 1, a + 1)):
        return False
    return not any(w in FINITE_VERBS or (w in BOUNDARIES and w not in _JOINERS) or w in RELATIVES for w in between)


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
    start = sentence_low(tokens, first, lo)
    for s in range(first - 1, start, -1):
        if words[s] in ("statements", "statement") and words[s - 1] == "looking":
            found = other_after(tokens, s, first, is_owner)
            if found is None and s + 1 < first and words[s + 1] in ("that", "which"):
                found = relative_subject(tokens, s, first)  # "statements that our suppliers made"
            if found is None and s + 2 < first and words[s + 1] in _PARTICIPLES and words[s + 2] == "by":
                found = _owner_in_phrase(tokens, s + 2, first, is_owner)[0]  # ", made by our dealers,"
            return found if found is not None else _made_by_after(tokens, last, hi)
    return None


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
        if _CLAUSE_BREAK.search(tokens.gap(t)) or words[t] in FINITE_VERBS:
            return None
        if "," not in tokens.gap(t):
            continue
        k = t + 1 if words[t] == "but" else t
        if k + 1 < hi and words[k] == "which" and words[k + 1] in _PLURAL_BE:
            k += 2
        if k + 1 < hi and words[k] in _PARTICIPLES and words[k + 1] == "by":
            return _owner_in_phrase(tokens, k + 1, hi, is_owner)[0]
    return None
    return None


def relative_subject(tokens: Tokens, b: int, hi: int) -> int | None:
    """Another owner as the subject of a relative clause on the words ending at b: "the annual
    reports that our competitors have filed", "the reports third parties file"; its token."""
    words = tokens.words
    if words[b] in PREPOSITIONS:
        return None  # "filings with" + "the Israel Securities Authority ...": its object, not a clause's subject
    t = b + 1
    if t < hi and words[t] in ("that", "which") and not HARD_GAP.search(tokens.gap(t)):
        t += 1
    for u in range(t, min(hi, t + 4)):
        if HARD_GAP.search(tokens.gap(u)) or words[u] in AUXILIARIES or words[u] in FINITE_VERBS:
            return None
        if is_owner(words, u) or _another_name(tokens, u, t):
            return u
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
            if before and not any(_CLAUSE_BREAK.search(tokens.gap(t)) for t in range(before[-1][1] + 1, k + 1)):
                return before[-1]
        if _CLAUSE_BREAK.search(tokens.gap(k)):
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
        if b2 < a and b2 + 2 >= a and all(words[k] in _JOINERS for k in range(b2 + 1, a)) \
                and not _CLAUSE_BREAK.search("".join(tokens.gap(k) for k in range(b2 + 1, a + 1))):
            a = a2
    if a > lo and words[a - 1] in ("form", "forms"):  # "Forms" + "10-K"
        a -= 1
    verb = a - 2
    if verb <= lo or words[a - 1] != "on" or words[verb] not in _AUTHORING:
        return None
    for n in range(verb - 2, max(lo, verb - 2 - _SUBJECT_WORDS) - 1, -1):
        if _CLAUSE_BREAK.search(tokens.gap(n + 1)) or words[n] in BOUNDARIES:
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
        if any(STOP_GAP.search(tokens.gap(k)) for k in range(b2 + 1, sequel + 1)):
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
