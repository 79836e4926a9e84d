"""Who a word names: another owner or the company.

The lowest layer of the readings of whose statements an element speaks of: whether a word names
another party ("competitors", "third parties", "the selling stockholders") or a time that is not
the company's present, and the names of the speakers and companies a text mentions.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from .clauses import Tokens
from .lexicon import (
    BOUNDARIES, CORPORATE_SUFFIXES, FILLERS, GENERIC_NAMES, NOT_FORWARD, NOT_OWNERS, OTHER_DOCUMENTS, OTHER_KINDS,
    OTHER_OWNERS, OTHER_TIMES, OWN_SPEAKERS, STATEMENT_NOUNS, is_agent_noun, is_negation)
from .names import stem
from .syntax import AUXILIARIES, FILER_NAME_WORDS, HARD_GAP, RELATIVES

def is_owner(words: list[str], t: int) -> bool:
    """Whether word t names another owner ("competitors", "third party", "customer"), not
    another time."""
    return is_other_owner(words, t) and words[t] not in OTHER_TIMES


# An exception set after its noun, as an absolute phrase: "Statements made in this release,
# historical information contained herein excepted, constitute ...", "Historical statements aside, ..."
_EXCEPTED_AFTER = frozenset("excepted aside".split())
_EXCEPTED_AFTER_WORDS = 3  # "contained herein" + "excepted"


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
    if word == "consensus":
        # the analysts' consensus is a mass noun that takes a determiner or a modifier ("the
        # consensus", "analyst consensus", "consensus estimates"); bare, with neither, the word is a
        # name ("risk factors affecting Consensus", "filed by Consensus")
        return (t > 0 and words[t - 1] in _CONSENSUS_MODIFIERS) or (
            t + 1 < len(words) and words[t + 1] in _CONSENSUS_NOUNS)
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
    if word in _ORGANIZATIONS and words[max(0, t - 2) : t] in (["contract", "research"], ["clinical", "research"]):
        # "its contract (or clinical) research organization": hired to run the trials, a company of its own
        return True
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
    if t > 0 and words[t - 1] in _OUTSIDE_PROVIDERS and is_agent_noun(word) and word not in OWN_PEOPLE:
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
            and not any(w in _EXCEPTING for w in words[max(0, t - 3) : t])
            and not any(w in _EXCEPTED_AFTER for w in words[t + 2 : t + 2 + _EXCEPTED_AFTER_WORDS])
            and not _in_addition_to(words, t)):
        # ... and "Except for the historical information contained herein, the matters discussed
        # ... are forward-looking statements" sets them apart from ours; "In addition to the
        # historical information contained herein, this release contains ..." adds ours to it
        return True  # "historical statements can be identified by words such as ...": another kind
    if word == "others" and t + 1 < len(words) and words[t + 1] in _DESCRIBED:
        return False  # "risks of competition, pricing and others described in our filings": more of them
    if word in OTHER_TIMES and t + 1 < len(words) and words[t + 1] == "to":
        return False  # "prior to beginning", "previous to the call": a preposition, no other time
    if (t + 3 < len(words) and words[t + 1] == "we" and words[t + 2] in ("compete", "competed")
            and words[t + 3] in ("with", "against") and word not in NOT_OWNERS and word not in PLACES):
        return True  # "the health plans we compete with": competitors named by a contact clause
    # (a relative clause fronted on its preposition is the same clause: "the utilities from
    # which we buy power" as "the utilities we buy power from")
    contact = t + 1
    if (t + 3 < len(words) and words[t + 1] in FRONTED_PREPOSITIONS and words[t + 2] in ("which", "whom")
            and words[t + 3] == "we"):
        contact = t + 3
    if (contact + 1 < len(words) and words[contact] == "we" and serving_verb(words, contact + 1) and word.endswith("s")
            and len(word) > 3 and word not in NOT_OWNERS and word not in PLACES):
        # "the hospitals we serve", "the funds we manage": parties the company acts for; "the
        # systems we have agreed to acquire", "the businesses we sold": parties it buys or sells
        return True
    if _joined_by_company(words, t):
        return True  # "the networks with which our stations are affiliated", "the pools in which we participate"
    if _defined_by_company_relative(words, t):
        return True  # "the institutions from which the Company licenses its technology", "the enterprises whose bonds we hold"
    if acts_on_company(words, t):
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
            or word in NOT_OWNERS or word in PLACES or word in _NOT_JOINED):
        return False
    clause = words[t + 3 : t + 3 + _JOINING_REACH]
    if not clause or clause[0] not in ("we", "our", "the", "its"):
        return False
    verb = next((k for k, w in enumerate(clause) if w in _JOINING), None)
    return verb is not None and not any(is_negation(w) for w in clause[:verb])


# Plural nouns a relative clause with the company for subject may define and that still name the
# company's own units, people or things, or the places it works in ("the subsidiaries through
# which we operate", "the markets in which we compete")
NOT_DEFINED_PARTIES = frozenset("""subsidiaries affiliates divisions units segments businesses entities employees
officers directors executives managers members people personnel staff properties assets facilities plants
products services technologies jurisdictions""".split())
_DEFINING_PREPOSITIONS = frozenset("from with to through for by in on at".split())
_WHOSE_NOUN_WORDS = 3  # "whose Agency RMBS" + the company: the possessed noun read this far


def _defined_by_company_relative(words: list[str], t: int) -> bool:
    """Whether the plural noun at t is defined by a relative clause, on a preposition or on
    "whose", whose subject is the company ("the institutions from which the Company licenses its
    technology", "the enterprises whose securities we hold", "the sellers with whom we merged"):
    the company stands in a relation to them, so they are a party of their own. Not the company's
    own units, people or places (`NOT_DEFINED_PARTIES`, `PLACES`) nor nouns that name no one."""
    word = words[t]
    if (len(word) <= 3 or not word.isalpha() or not word.endswith("s") or word.endswith("ss")
            or word in NOT_OWNERS or word in PLACES or word in _NOT_JOINED or word in STATEMENT_NOUNS
            or word in NOT_DEFINED_PARTIES):
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
    return (v + 2 < len(words) and words[v] == "the" and words[v + 1] in COMPANY_GENERIC_NOUNS
            and words[v + 2] not in BOUNDARIES)


_BANKS = frozenset("bank banks bank's banks'".split())
_BANK_SERVICES = frozenset("correspondent depositary depository".split())
_SITES = frozenset("site sites site's sites'".split())
_ORGANIZATIONS = frozenset("""organization organizations organization's organizations' organisation organisations
organisation's organisations'""".split())
_STUDY_WORDS = frozenset("trial trials study studies clinical investigational investigator research".split())
COMPANY_POSSESSIVES = frozenset("our company's corporation's".split())


def _owns_the_company(words: list[str], k: int) -> bool:
    """Whether the company's possessive stands at word k, or before a "mutual" there ("our
    holding company", "the Company's mutual holding company")."""
    if words[k] == "mutual" and k > 0:
        k -= 1
    return words[k] in COMPANY_POSSESSIVES


_FORMER_RELATIONS = frozenset("""subsidiary subsidiaries subsidiary's affiliate affiliates affiliate's parent
parent's unit division spinoff company company's""".split())
_OUTSIDE_PROVIDERS = frozenset("contract outside external".split())


# modifiers read between "other" and the plural it qualifies ("the other California investor-owned
# utilities"); the first plural, filler or verb word ends the reading
_OTHER_MODIFIERS = 3
FRONTED_PREPOSITIONS = frozenset("from to for with through".split())
AGENT_OPENERS = frozenset("the its our their his her these those such any each a an some all certain".split())
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
    if before in AGENT_OPENERS or (before in _AGENT_LINKS and plural) or before in COMPANY_POSSESSIVES:
        # (the company's possessive determines a singular as "our" does: "the Company's acquirer",
        # "the Corporation's distributor")
        return True
    if before.endswith("'s") and len(before) > 3 and plural:
        # a possessive determines a plural as "our" does: "Acme's collaborators", "the Company's
        # distributors" (not a singular: "the Fund's manager" may speak for the Fund)
        return True
    if (t > 1 and (words[t - 2] in AGENT_OPENERS or (words[t - 2] in _AGENT_LINKS and plural))
            and before not in OWN_SPEAKERS and before not in FILLERS
            and not before.endswith(("s", "'s", "s'")) and not is_agent_noun(before)):
        return True
    # ... and the head of a plural name of two or three words after a possessive or a determiner:
    # "the Company's program administrators", "the managing general agents"
    return plural and any(_name_modifiers(words, k, t) and (
        words[k - 1] in AGENT_OPENERS or (words[k - 1].endswith("'s") and len(words[k - 1]) > 3))
        for k in range(max(1, t - _NAME_MODIFIERS), t))


_NAME_MODIFIERS = 2  # modifiers read before an agent noun's head ("managing general" + "agents")


def _name_modifiers(words: list[str], k: int, t: int) -> bool:
    """Whether words[k:t] can all modify the agent noun at t as parts of its name: none is the
    company's word, a filler, a plural or possessive, another agent noun, an opener or a link."""
    return all(not (w in OWN_SPEAKERS or w in FILLERS or w.endswith(("s", "'s", "s'")) or is_agent_noun(w)
                    or w in AGENT_OPENERS or w in _AGENT_LINKS) for w in words[k:t])


_EXAMPLES_OPEN = frozenset("such like including".split())
_COMPANY_ITSELF = frozenset("us we ourselves ours".split())
COMPANY_NOUNS = frozenset("company corporation issuer registrant".split())


def _names_the_company(words: list[str], k: int) -> bool:
    """Whether the examples opened at word k ("such as", "like", "including") name the company:
    "such as this company", "like us", "including the Company"."""
    k += 2 if words[k] == "such" and words[k + 1] == "as" else 1
    if k < len(words) and words[k] in _COMPANY_ITSELF:
        return True
    return k + 1 < len(words) and words[k] in ("this", "the", "our") and words[k + 1] in COMPANY_NOUNS


_PARTIES = frozenset("party parties party's parties'".split())
# what makes "consensus" the analysts' or the market's: a word before it ("the consensus", "street
# consensus") or the noun it qualifies after it ("consensus estimates")
_CONSENSUS_MODIFIERS = frozenset("""the a this that their its analyst analysts analysts' analyst's market street
wall industry general broad sell-side buy-side""".split())
_CONSENSUS_NOUNS = frozenset("""estimate estimates forecast forecasts expectation expectations view views figure
figures number numbers projection projections outlook""".split())
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
follow compete partner process perform manufacture fabricate assemble host operate transport carry""".split())
_HOLDING_IN = frozenset("hold own have invest invested held owned".split())
ACTING_REACH = 4  # words from the verb to "us" or "our" ("that refer patients to us")
# (a bank, trust or fund the company is the object of is another one: "the bank that lends to us")
_NOT_PARTIES = (NOT_OWNERS | STATEMENT_NOUNS | OWN_SPEAKERS | GENERIC_NAMES | frozenset("issuer registrant".split())) - \
    frozenset("bank trust fund firm group partnership reit".split())


def acting_verb(word: str) -> bool:
    """A form of one of `_ACTING_ON` ("represents", "supplies", "lending", "financed")."""
    if word in _ACTING_ON:
        return True
    for ending, restore in (("s", ""), ("es", ""), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
                            ("ied", "y")):
        if word.endswith(ending) and word[: -len(ending)] + restore in _ACTING_ON:
            return True
    return False


def acts_on_company(words: list[str], t: int) -> bool:
    """Whether the noun at t is a party the company is the object of, by the relative clause or
    participle after it ("the unions that represent our employees", "the state agencies that
    regulate us", "the union representing our workers"): someone else. Not what affects or
    concerns the company ("the factors that govern our business" names no party)."""
    word = words[t]
    if len(word) < 3 or not word.isalpha() or word in _NOT_PARTIES or word in PLACES:
        return False
    v = t + 1
    if words[v : v + 3] == ["in", "which", "we"] or words[v : v + 3] == ["in", "whom", "we"]:
        # "the companies in which we hold stakes", "... in which we invest"
        return v + 3 < len(words) and words[v + 3] in _HOLDING_IN
    if v < len(words) and words[v] in ("that", "who", "which"):
        v += 1
        while v < len(words) and words[v] in RELATIVE_ADVERBS:
            v += 1  # "the shareholders who now own part of the Company"
    elif not (v < len(words) and words[v].endswith("ing")):
        return False
    if v >= len(words) or not acting_verb(words[v]):
        return False
    # the company as "us", "our", its generic noun's possessive ("the dealers who lease the REIT's
    # properties") or its generic noun itself ("the analysts who follow the Company")
    return any(w in ("us", "our") or (w.endswith("'s") and w[:-2] in COMPANY_GENERIC_NOUNS)
               or (w in COMPANY_GENERIC_NOUNS and words[k - 1] == "the")
               for k, w in enumerate(words[v + 1 : v + 1 + ACTING_REACH], start=v + 1))


COMPANY_GENERIC_NOUNS = frozenset("company corporation issuer registrant trust partnership fund reit".split())



# Parties, named by what the company does for them ("the clinics we manage"); not the places it
# does it in ("the markets we serve", "the communities we serve")
PLACES = frozenset("""communities regions areas countries geographies territories states cities locations sites
segments sectors channels""".split())
SERVING = frozenset("""serve served manage managed advise advised represent represented insure insured finance
financed fund funded supply supplied invest""".split())
TRADED = frozenset("""acquire acquired acquiring buy bought buying purchase purchased purchasing sell sold selling divest
divested divesting""".split())
INTENDING = frozenset("agreed agree plan plans planned intend intends intended propose proposes proposed to recently".split())


COMPANY_NAME_WORDS = 3  # "Hamilton Lane", "SJW Group": the company's own name before its verb


def served_party(words: list[str], u: int) -> bool:
    """Whether the plural noun at u is followed, within a name's few words, by the verb of a
    contact clause that serves or trades it ("funds hamilton lane advises", "utilities acme has
    agreed to acquire"): a party someone acts for, which speaks for itself. For a caption's words,
    where no token gaps or own names are at hand; whoever the clause's subject is, the noun is
    another party."""
    word = words[u]
    if (len(word) <= 3 or not word.isalpha() or not word.endswith("s") or word.endswith("ss")
            or word in NOT_OWNERS or word in PLACES or word in STATEMENT_NOUNS):
        return False
    for v in range(u + 2, min(len(words), u + 2 + COMPANY_NAME_WORDS)):
        if serving_third_person(words[v]):
            return True  # "advises", "manages", "acquires"
        if words[v] in AUXILIARIES or words[v] in INTENDING:
            return serving_verb(words, v)
        if words[v] in RELATIVES or words[v] in PREPOSITIONS:
            return False
    return False


def serving_third_person(word: str) -> bool:
    """Whether `word` is the third person of a verb of `SERVING` or `TRADED` ("advises",
    "manages", "finances", "buys")."""
    # (its "-es" is the base's own "e" in "advises", an ending of its own in "finishes")
    bases = {word.removesuffix("s"), word.removesuffix("es")} - {word}
    return any(base in SERVING or base in TRADED for base in bases)


def serving_verb(words: list[str], v: int) -> bool:
    """A verb of `SERVING` or `TRADED` at v, after auxiliaries or an intention ("have agreed to")."""
    for u in range(v, min(len(words), v + 4)):
        if words[u] in SERVING or words[u] in TRADED:
            return True
        if words[u] not in AUXILIARIES and words[u] not in INTENDING:
            return False
    return False


_SELLERS = frozenset("stockholders shareholders holders securityholders unitholders stockholder shareholder".split())


# Participles that describe what a list names ("and others described in our filings").
_DESCRIBED = frozenset("described discussed detailed identified listed set outlined explained noted".split())
_EXCEPTING = frozenset("except than besides apart excluding save beyond unlike".split())


def _in_addition_to(words: list[str], t: int) -> bool:
    """Whether "in addition to" (or "aside from") opens the noun phrase of the word at t, a
    determiner or two between ("In addition to the historical information contained herein,
    this release contains forward-looking statements"): like "besides", it sets the noun apart
    from what the sentence goes on to say."""
    for s in range(max(0, t - 4), t):
        if words[s : s + 3] == ["in", "addition", "to"] or words[s : s + 2] == ["aside", "from"]:
            start = s + (3 if words[s] == "in" else 2)
            return all(w in ("the", "any", "all", "our", "its", "this", "these", "such") for w in words[start:t])
    return False
AUTHORING = frozenset("""issued issues issue published publishes publish filed files file made makes make gave
gives give released releases release prepared prepares prepare provided provides provide wrote writes
distributed distributes circulated circulates projected projects project forecast forecasts forecasted estimated
estimates estimate predicted predicts announced announces announce disclosed discloses disclose reported reports
report shared shares share furnished furnishes furnish""".split())  # ("share": "the projections our distributors
# shared with us"; "furnish": "the information that our partner has furnished", a maker's verb as "provide" is)


# The company's own people and group, who speak for it when they make its statements ("the
# statements our officers make", "that members of management give", "that our subsidiaries make")
OWN_PEOPLE = frozenset("""officers directors employees executives managers members representatives spokespersons
spokespeople insiders staff personnel people subsidiaries affiliates divisions units segments businesses""".split())


# The company's own people and bodies, and the words it calls itself by: named after its
# possessive they still speak for it ("our management team", "the Company's Board").
_OWN_BODIES = OWN_SPEAKERS | OWN_PEOPLE | COMPANY_GENERIC_NOUNS | frozenset("""board team leadership officer director
executive president chairman chair ceo cfo coo spokesperson spokesman spokeswoman subsidiary affiliate group bank
firm registrant issuer""".split())
POSSESSED_PARTY_WORDS = 3  # "clinical research organizations" after "our"


def possessed_party(tokens: Tokens, owner: int, end: int) -> int | None:
    """The head (token end - 1) of a noun phrase [owner, end) that names a party the company has:
    the company's possessive ("our", "the Company's", a name the document gives itself) and one
    to three words ("our member institutions", "the Company's property manager"). A company does
    not name itself through a possessive of its own, so whoever that is, is someone else; but not
    its own people and bodies ("our management", "the Company's Board") nor a name it gives
    itself. Read only where the phrase stands as an agent (the subject of "undertakes", the
    maker "by" names), where it cannot be a thing. None otherwise."""
    words = tokens.words
    if not 1 <= end - owner - 1 <= POSSESSED_PARTY_WORDS or not company_possessive(tokens, owner):
        return None
    if any(not words[u].isalpha() or own_body(tokens, u) or words[u] in STATEMENT_NOUNS or words[u] in JOINERS
           for u in range(owner + 1, end)):
        return None
    return end - 1


def company_possessive(tokens: Tokens, u: int) -> bool:
    """Whether word u is the company's possessive: "our", "the Company's", a name the document
    gives itself with "'s", or "the Bank's" where the document defines "the Bank" as its own name."""
    word = tokens.words[u]
    if word in COMPANY_POSSESSIVES:
        return True
    base = word.removesuffix("'s")
    # (or the kind noun it defines as its short name: "the Bank's member institutions" where the
    # document calls itself "the Bank")
    return word != base and (tokens.names.is_own(base) or (
        u > 0 and tokens.words[u - 1] == "the" and tokens.names.is_own_kind(base)))


def own_body(tokens: Tokens, u: int) -> bool:
    """Whether word u names the company's own people or bodies, or the company by a word or name
    it gives itself ("management", "Board", "officers", "Company")."""
    return tokens.words[u] in _OWN_BODIES or tokens.names.is_own(tokens.words[u])


# Nouns of outcome an "actual results" part may be coordinated with before the owner's "of" ("the
# actual results, financial condition and business of our tenants", "results and conditions of the
# Company's co-investors"), and the words that may modify one of them.
ASCRIBED = frozenset("attributed attributable ascribed ascribable".split())  # + "to": who made the statements


# Modifiers of rivalry or adjacency that make the plural after them other parties
_RIVALRY = frozenset("competing rival neighbouring neighboring".split())


RELATIVE_ADVERBS = frozenset("now also currently still indirectly directly ultimately".split())


# Nouns a legend coordinates with its statements ("forward-looking statements and information in ...")
JOINED_STATEMENT_NOUNS = STATEMENT_NOUNS | frozenset("projections estimates forecasts expectations".split())
ANOTHER_DOCUMENT = OTHER_KINDS | OTHER_DOCUMENTS


PLACES_HERE = frozenset("above below foregoing preceding following".split())
LINKS = frozenset("of by from in for".split())  # "for": "results for prior periods"
OWNER_PHRASE_WORDS = 5  # the words of an owner's noun phrase read after its link ("by the Company's former joint venture partner")


PREPOSITIONS = frozenset("about on regarding concerning for with to from in at into under over as".split())


PARTICIPLES = frozenset("made reported published issued prepared provided given released expressed contained "
                         "included presented set forth disseminated".split())
# Words of a subject that join another to the company ("Northwind and its partners", "neither we
# nor the underwriters"): such a subject speaks for the company too.
JOINERS = frozenset("and or nor".split())


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
            and (words[k + 1] in CORPORATE_SUFFIXES or not tokens.marked(HARD_GAP, k + 1)):
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
OWN_POSSESSIVES = frozenset("our my company's corporation's".split())
DOCUMENT_CHAIN_WORDS = 16  # "..., for the fiscal year ended December 31, 2023, and subsequent"
