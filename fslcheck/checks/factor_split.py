"""Splitting the text after a factor list's lead-in into its items.

Semicolons, enumerators ((i), (a), 1.) and commas separate items; coordinated words that share a
head, an object or a modifier are kept together as one factor.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..meaning.lexicon import COUNTRIES, PROVINCES, STATES
from ..months import PATTERN as MONTH
from ..text_units import BULLETS
from .legend import is_page_furniture
from .factor_specific import (ADJECTIVE_WORD, CLAUSE_START, LEADING_THAT, LEADING_WHETHER, MIN_PARALLEL, NOT_A_FACTOR,
                              PARALLEL_THAT, SPLIT_AND, TRAILING_CATCH_ALL, is_specific_factor)

MARKER = r"\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)"
_SENTENCE_ENUMERATOR = re.compile(r"[.;]\s*(?=" + MARKER + ")")
PARENTHESES = re.compile(r"\([^()]*\)")
# Words that qualify the list rather than name a factor ("include, in particular, competition, ...").
_QUALIFIER = re.compile(r"^(?:but (?:are )?not limited to|but (?:aren't|isn't) limited to|without limitation|among others|among other things|"
                        # the limit denied first, the listing verb after it: "factors ... are not
                        # limited to, but include, x, y and z"
                        # (set off by commas, each half is a part of its own)
                        r"(?:are |is )?not limited to(?:,? but (?:include|includes|are|is))?|but (?:include|includes)|"
                        r"among other factors|among other risks|in particular|particularly|notably|especially|"
                        r"for example|for instance|inter alia|"
                        # the order the list is given in: "include, in no particular order, ..."
                        r"in no particular order|in no specific order|in no order of (?:importance|priority)|"
                        r"not (?:necessarily )?in order of (?:importance|priority))$")
_QUALIFIED_COLON = re.compile(r"(?P<qualifier>[a-z' ]{3,40}?)\s*:\s*(?P<rest>\S.*)$", re.DOTALL)
_QUALIFIED_COMMA = re.compile(r"(?P<qualifier>[a-z' ]{3,40}?)\s*,\s*(?P<rest>\S.*)$", re.DOTALL)
# "market risks, i.e., interest rates, exchange rates and equity prices": what follows restates the
# item before it, naming what it is; the items after it are the factors, it is their kind
_RESTATING = re.compile(r"(?:i\.? ?e\.?|viz\.?|that is|to wit)")
_CONTINUED_OBJECT = re.compile(r"^[a-z]+ (?:and|or) other ")
_INFINITIVE = re.compile(r"\bto [a-z]+")
# an item that ends on the bare verb of a relative clause, its object still to come after a comma
_OPEN_VERB_SERIES = re.compile(r"\b(?:that|which) (?:could|may|might|would|can|will) [a-z]+$")
# "the failure to further develop, prove out or commercialize the product": an infinitive left
# without its object, then a short run of verbs joined by "or"/"and" whose last one takes the
# object: the verbs share it, one factor
_OPEN_INFINITIVE = re.compile(r"\b(?:failure|failures|inability|ability|efforts?|attempts?) to (?:[a-z]+ )?[a-z]+$")
# any infinitive left open ("our reliance on third parties to manufacture" + "package and
# distribute our products") when the verbs after it take a determined object
_ANY_OPEN_INFINITIVE = re.compile(r"[a-z] to (?:[a-z]+ )?[a-z]+$")
_VERBS_THEN_OBJECT = re.compile(r"^(?:[a-z]+ ){1,2}(?:or|and) [a-z]+ (?:the|our|its|their|his|her|any|such|these|"
                                r"those|this|that|a|an)\b")
# "our ability to obtain, maintain and enforce patent protection": verbs that share the object of
# the last one, after an infinitive left open (`_OPEN_INFINITIVE`), with no determiner needed
_SHARED_VERBS = frozenset("""obtain maintain enforce protect defend develop manufacture commercialize commercialise market
sell distribute acquire integrate attract retain hire motivate expand grow complete finance fund execute implement
achieve realize realise manage launch produce scale secure raise renew extend operate build construct
""".split())
_VERB_RUN = re.compile(r"^((?:[a-z]+,? ){0,2})(?:and|or) ([a-z]+) [a-z]")
# "the impact of the pandemic on our business, results of operations and financial condition": the
# nouns of the company's state, listed after one another, are what a factor bears on, not factors
_STATE_WORDS = frozenset("""business businesses results result operations operating financial condition conditions
position cash flow flows liquidity prospects capital resources reputation and or of our its the future""".split())
_STATE_ENDS = ("business", "businesses", "operations", "condition", "results", "position", "flows", "liquidity",
               "prospects", "resources")
# "the cost of commodities such as beef, chicken and cheese": examples opened inside an item run on
# over its commas while they stay bare nouns of a few words, up to the "and" or "or" that closes them
_EXAMPLES_OPENED = re.compile(r"[a-z] (?:such as|including|like)(?: [a-z'-]+){1,3}$")
_BARE_EXAMPLE = re.compile(r"^(?:and |or )?(?!(?:the|our|its|their|any|a|an|changes|risks?)\b)[a-z'-]+(?: [a-z'-]+){0,2}$")
_CLOSING_EXAMPLE = re.compile(r"(?:^| )(?:and|or) ")
_EXAMPLES_REACH = 4  # parts after the opener, the last closing the run


# "relationships with its lenders, suppliers and customers, the effect of ...": an "and" that closes
# a run of bare nouns in the middle of a comma list coordinates inside the item before it; a list
# of factors puts its own "and" before its last item only
# (a last word of one word: "existing and emerging competition" is a factor of its own, its
# adjectives joined; "wood, steel and other materials" closes with the kind of what it lists;
# "and/or" closes as "and" does: "aspects of manufacturing, assembling and/or marketing")
_INNER_CLOSE = re.compile(r"^(?!(?:the|our|its|their|any|a|an|changes|risks?)\b)[a-z'-]+(?: [a-z'-]+)?,? (?:and/or|and|or) "
                          r"(?:other (?!(?:factors|risks|uncertainties|matters|things)\b))?"
                          r"(?!(?:the|our|its|their|any|a|an|other|changes|risks?)\b)[a-z'-]+$")
_INNER_BARE = re.compile(r"^(?!(?:the|our|its|their|any|a|an|changes|risks?)\b)[a-z'-]+$")
_LIST_GOES_ON = re.compile(r"^(?:(?:and|or) (?!(?:other|others|similar|such|additional|etc)\b)|(?!(?:and|or|as well as|other|others|etc)\b))"
                           r"(?:the|our|its|their|any|a|an|[a-z]+ [a-z]+)\b")
_INNER_HEAD_WORDS = 3
# "investments in stocks, bonds and real estate, and ...": when the item before ends on a
# preposition's object, a one-word noun and a longer one closed by "and" go on that object
# ("bonds and real estate"), a modifier excepted ("existing and emerging competition" is a factor)
_OPEN_OBJECT = re.compile(r"\b(?:in|of|for|from|with|on|to|by|among|across|between) (?:the |our |its |their )?[a-z'-]+(?: [a-z'-]+)?$")
_INNER_CLOSE_LONGER = re.compile(r"^(?!(?:the|our|its|their|any|a|an|changes|risks?)\b)(?P<first>[a-z'-]+),? (?:and|or) "
                                 r"(?!(?:the|our|its|their|any|a|an|other|changes|risks?)\b)[a-z'-]+(?: [a-z'-]+){1,2}$")


# "lower store traffic, which may depend on weather, gasoline prices and employment levels, ...":
# short bare nouns closed by "and" after a relative clause's preposition are its objects
_RELATIVE_OPEN = re.compile(r"^(?:which|who|that) [a-z' ]*\b(?:by|on|to|with|from|of|in) [a-z'-]+(?: [a-z'-]+)?$")
_SHORT_BARE = re.compile(r"^(?!(?:the|our|its|their|any|a|an|and|or|changes|risks?)\b)[a-z'-]+(?: [a-z'-]+){0,2}$")
_SHORT_CLOSE = re.compile(r"^(?!(?:the|our|its|their|any|a|an|changes|risks?)\b)[a-z'-]+(?: [a-z'-]+){0,2},? (?:and|or) "
                          r"(?!(?:the|our|its|their|any|a|an|other|changes|risks?)\b)[a-z'-]+(?: [a-z'-]+){0,2}$")


def _relative_objects(items: list[str], parts: list[str], index: int) -> int:
    """How many comma parts from `index` on are objects of the relative clause that ends `items`
    ("which may be affected by economic conditions" + "interest rates and consumer
    confidence"): short bare nouns up to one closed by "and"/"or"; 0 when there is none."""
    if not items or not _RELATIVE_OPEN.match(items[-1]):
        return 0
    return _closed_run(parts, index, _SHORT_CLOSE.match, _SHORT_BARE.match)


# "the potential effects of the pandemic on our operations, the markets we serve and our financial
# results": after an effect said to bear "on" something of the company's, the comma run of more such
# things (each with its own determiner) closed by "and"/"or" is what the one effect bears on, not
# more factors. Only the company's own things, said as such, are read so ("our customers", "the
# markets we serve"); a factor noun among them ("our ability to ...", "competition") breaks the run,
# and then every part counts as before ("our liquidity, our financial condition" alone are two).
_EFFECT_ON = re.compile(r"\b(?:effects?|impacts?|consequences) of\b.*\bon (?:our|its|their) (?:[a-z'-]+ ){0,2}[a-z'-]+$")
_BORNE_NOUNS = (r"(?:operations|business|businesses|results|condition|liquidity|customers|clients|employees|"
                r"suppliers|workforce|markets|revenues?|earnings|prospects|performance|people|communities)")
_BORNE_ONE = (r"(?:(?:our|its|their) (?:[a-z'-]+ ){0,2}" + _BORNE_NOUNS
              + r"|the (?:markets|communities|industries|customers) (?:we|it|they) serve)")
_BORNE = re.compile(r"^" + _BORNE_ONE + "$")
# the part that closes the run, alone after "and" or joined to one more ("our customers and our
# financial results": no serial comma)
_BORNE_CLOSE = re.compile(r"^(?:" + _BORNE_ONE + r",? )?(?:and|or) " + _BORNE_ONE + "$")


def _objects_borne_on(items: list[str], parts: list[str], index: int) -> int:
    """How many comma parts from `index` on name more of the company's things that the effect
    ending `items` bears on ("the effects of the pandemic on our operations" + "the markets we
    serve" + "and our financial results"); 0 when the run is broken or not closed by "and"/"or"."""
    if not items or not _EFFECT_ON.search(items[-1]):
        return 0
    return _closed_run(parts, index, _BORNE_CLOSE.match, _BORNE.match)


def _closed_run(parts: list[str], index: int, closes: Callable[[str], object], bare: Callable[[str], object]) -> int:
    """How many comma parts from `index` on make a run of `bare` parts that one part `closes`
    ends (within a few parts); 0 when the run is broken or never closed."""
    for k in range(index, min(len(parts), index + _EXAMPLES_REACH)):
        part = parts[k].strip(" ,;:.\n")
        if closes(part):
            return k - index + 1
        if not bare(part):
            return 0
    return 0


def _closes_open_object(item: str, part: str) -> bool:
    """Whether `part` ("bonds and real estate") finishes the object of the preposition that ends
    `item` ("investments in stocks")."""
    close = _INNER_CLOSE_LONGER.match(part)
    if not close or not _OPEN_OBJECT.search(item):
        return False
    first = close.group("first")
    return not (first in _MODIFIERS or first in _PARTICIPLES or re.fullmatch(ADJECTIVE_WORD + "|[a-z]+(?:ed|er)", first))


# participles used as adjectives before a noun ("trucking" or "mining" name industries: nouns)
_PARTICIPLES = frozenset("""existing emerging growing rising increasing declining decreasing ongoing continuing changing
evolving prevailing pending remaining competing developing operating""".split())


# "the selling price of products, input availability and prices": the noun a preposition's object
# hangs on ("price" of "price of products") cannot be one of the objects it takes; a part that closes
# on that noun again ("... and prices") is the head's parallel, a factor of its own
_OBJECT_HEAD = re.compile(r"\b(?P<head>[a-z'-]+) (?:in|of|for|from|with|on|to|by|among|across|between) "
                          r"(?:the |our |its |their )?[a-z'-]+(?: [a-z'-]+)?$")


def _stem(word: str) -> str:
    """A noun without its plural ending ("prices" and "price" are one noun)."""
    if re.search(r"(?:[sxz]|ch|sh)es$", word):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _repeats_object_head(item: str, part: str) -> bool:
    """Whether `part` closes on the noun that the preposition ending `item` hangs on (`_OBJECT_HEAD`)."""
    head = _OBJECT_HEAD.search(item)
    return head is not None and _stem(part.split()[-1]) == _stem(head.group("head"))


def _inner_coordination(items: list[str], parts: list[str], index: int) -> int:
    """How many comma parts from `index` on finish a coordination inside the last item (see
    `_INNER_CLOSE`): bare parts up to one closed by "and"/"or", with the list going on after it
    with another item; 0 when there is none (nor when the closing part names the noun the last
    item's preposition hangs on again: `_repeats_object_head`)."""
    # (adjectives before a shared noun, "state and federal fiscal, monetary and trade policies",
    # are `_merge_shared_adjectives`'s)
    if not items or len(items[-1].split()) < _INNER_HEAD_WORDS or re.search(r"\b" + ADJECTIVE_WORD + "$", items[-1]):
        return 0
    for k in range(index, min(len(parts) - 1, index + _EXAMPLES_REACH)):
        part = parts[k].strip(" ,;:.\n")
        if _INNER_CLOSE.match(part) or (k == index and _closes_open_object(items[-1], part)):
            if _repeats_object_head(items[-1], part):
                return 0
            after = parts[k + 1].strip(" ,;:.\n")
            good = (_LIST_GOES_ON.match(after) and not _QUALIFIER.match(after) and not CLAUSE_START.search(after)
                    and not _BARE_ADVERBS.fullmatch(after) and not _AS_IT_BEARS.match(after))
            return k - index + 1 if good else 0
        if not _INNER_BARE.match(part):
            return 0
    return 0


# "the loss of its CEO, CFO and other key executives": bare nouns closed by "and other" and the
# kind they belong to, after an item that ends on a preposition's object, are more members of that
# object's kind, so they go on the item (one factor). A kind that names factors themselves ("...,
# inflation and other economic conditions") closes the list of factors instead.
_KIND_CLOSE = re.compile(r"^(?!(?:the|our|its|their|any|a|an|changes|risks?)\b)[a-z'-]+(?: [a-z'-]+)?,? (?:and|or) other "
                         r"(?:[a-z'-]+ ){0,2}(?P<kind>[a-z'-]+)$")
_FACTOR_KINDS = frozenset("""factors risks uncertainties matters conditions changes developments events circumstances
trends things issues considerations contingencies pressures challenges difficulties dynamics influences forces
variables""".split())


def _closes_kind(part: str) -> bool:
    close = _KIND_CLOSE.match(part)
    return close is not None and close.group("kind") not in _FACTOR_KINDS


# ... with a serial comma before "and other" ("the loss of its CEO, CFO, and other key executives"):
# the closing part is the conjunction and the kind alone, after at least one bare member
_KIND_CLOSE_ALONE = re.compile(r"^(?:and|or) other (?:[a-z'-]+ ){0,2}(?P<kind>[a-z'-]+)$")


def _members_of_kind(items: list[str], parts: list[str], index: int) -> int:
    """How many comma parts from `index` on name more members of the kind of the object that ends
    `items` ("the loss of its ceo" + "cfo and other key executives", or "cfo" + "and other key
    executives"); 0 when there is none."""
    if not items or not _OPEN_OBJECT.search(items[-1]):
        return 0

    run = _closed_run(parts, index, _closes_kind, _INNER_BARE.match)
    if run or not _INNER_BARE.match(parts[index].strip(" ,;:.\n")):
        return run
    alone = _closed_run(parts, index + 1, _closes_kind_alone, _INNER_BARE.match)
    return alone + 1 if alone else 0


def _closes_kind_alone(part: str) -> bool:
    close = _KIND_CLOSE_ALONE.match(part)
    return close is not None and close.group("kind") not in _FACTOR_KINDS


# "the demand for air travel in North America, Europe and Asia": places go on the item that names
# where; a place is no factor
# (the other words of two-word names are place words too: "the United States", "New Zealand")
_PLACES = STATES | PROVINCES | COUNTRIES | frozenset("""europe asia africa america americas oceania latin north south
east west central middle eastern western northern southern abroad elsewhere united states kingdom emirates new
zealand hong u.s. u.s u.k. u.k usa uk eu""".split())


def _places(part: str) -> bool:
    """Whether `part` only names places ("europe", "latin america and asia", "the united states")."""
    words = [w for w in part.split() if w not in ("and", "or", "the")]
    return bool(words) and all(w in _PLACES for w in words)


# "general economic conditions, both nationally and in our markets": where or how a factor bears,
# said after a comma, is no factor of its own
_ADVERBIAL_ASIDE = re.compile(r"^(?:both|either) (?:[a-z]+ly|in|at|within|outside|across)\b|^[a-z]+ly (?:and|or) [a-z]+ly$")


# "changes in federal and state renewable fuel mandates": a part that ends on a modifier after a
# preposition has no noun yet; it shares the one after "and", so the pair is one factor
_MODIFIERS = frozenset("""federal state local national international domestic foreign regional global economic
political regulatory governmental legislative competitive financial environmental public private existing new
current future short long near medium quantitative qualitative""".split())
_MODIFIER_OPEN = re.compile(r"\b(?:in|of|for|by|from|to|on|under|with) (?:the )?([a-z'-]+)$")


def _modifier_left_open(first: str) -> bool:
    """Whether the first half of a last pair ends on a bare modifier after its preposition, or is
    one ("domestic and international competition", "Quantitative and Qualitative Disclosures About
    Market Risk": a modifier alone names nothing)."""
    opened = _MODIFIER_OPEN.search(first)
    return (bool(opened) and opened.group(1) in _MODIFIERS) or first.strip() in _MODIFIERS


def _example_run(parts: list[str], index: int) -> int:
    """How many comma parts from `index` on go on the examples opened at the end of the item
    before them: a run of bare nouns that an "and" or "or" closes ("beef", "chicken and cheese");
    0 when the parts run on without closing (then they are factors of the list)."""
    return _closed_run(parts, index, lambda part: _BARE_EXAMPLE.match(part) and _CLOSING_EXAMPLE.search(part),
                       _BARE_EXAMPLE.match)


# "the timing, cost, and outcome of our clinical trials": aspect nouns in a comma run share the
# complement the last one takes; the run is one factor
_ASPECT_HEAD = re.compile(r"^(?:the|its|their|our|any) (?:timing|cost|costs|outcome|outcomes|results?|scope|amount|"
                          r"level|size|extent|nature|pace|success|availability|terms|rate|duration|severity|"
                          r"magnitude|frequency|impact|effect|effects)$")
_ASPECT_WORD = re.compile(r"^(?:and |or )?[a-z]+$")
_ASPECT_CLOSE = re.compile(r"^(?:and|or) [a-z]+ (?:of|on|for|from|in|under|with)\b")


def _aspect_run(items: list[str], parts: list[str], index: int) -> int:
    """How many comma parts from `index` on go on the bare aspect noun that ends `items`
    ("the timing" + "cost" + "and outcome of our trials"); 0 when the run does not close on
    an "and"/"or" noun that takes a complement."""
    if not items or not _ASPECT_HEAD.match(items[-1]):
        return 0
    return _closed_run(parts, index, _ASPECT_CLOSE.match, _ASPECT_WORD.match)


def _shares_verbs(item: str, part: str) -> bool:
    """Whether `part` goes on with verbs that share an object with the open infinitive that
    ends `item` ("ability to obtain" + "maintain and enforce patent protection")."""
    run = _VERB_RUN.match(part)
    if not run or not _OPEN_INFINITIVE.search(item):
        return False
    # one known verb in the run is enough ("train and retain"), a noun among them is not
    # ("inflation and interest rates" after "our ability to compete")
    verbs = [w.strip(",") for w in run.group(1).split()] + [run.group(2)]
    return any(w in _SHARED_VERBS for w in verbs) and not any(_NOUN_ENDING.search(w) for w in verbs)


_NOUN_ENDING = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ism|ship|ure|ers|ors|ies)$")


def _state_of_company(part: str) -> bool:
    """Whether `part` only names the company's state ("results of operations and financial
    condition", "cash flows")."""
    words = part.split()
    return bool(words) and all(w in _STATE_WORDS for w in words) and words[-1] in _STATE_ENDS


def _bears_on_state(item: str, part: str) -> bool:
    """Whether `part` goes on the company's state that `item` ends on ("the effect of tariffs on
    our business" + "financial condition and results of operations"); "our liquidity, our
    financial condition" are two factors, each with its own determiner."""
    return item.endswith(_STATE_ENDS) and not _state_of_company(item) and _state_of_company(part) \
        and not part.startswith(("our ", "its ", "the ", "their "))


_OTHERS = re.compile(r"(?:others?|another)\b")
_ADVERB = r"(?:in general|generally|specifically|in particular|particularly|especially|more broadly|broadly)"
_BARE_ADVERBS = re.compile(_ADVERB + r"(?:,? (?:and|or) " + _ADVERB + ")*")
_AS_IT_BEARS = re.compile(r"^as (?:it|they|this|these|those|such|each) (?:[a-z]+ )?(?:appl|relat|affect|bear|pertain|concern)")
# "the effects of the pandemic, and its impacts on our credit quality": the effects of the factor
# just named, told after it with a pronoun that points back to it, are no factor of their own
_ITS_EFFECTS = re.compile(r"^(?:its|their) (?:impacts?|effects?|consequences|implications|repercussions)\b")


_BARE_FACTOR_WORDS = 3
_NEW_NOUN_PHRASE = re.compile(r"(?:the|our|its|their|any) [a-z]")


def _bare_then_phrase(pair: list[str]) -> bool:
    """"market conditions and the satisfaction of customary closing conditions related to the
    offering": a bare noun of a few words, then "and" and a noun phrase that opens with its own
    determiner, are two factors however long the second runs (a determiner starts a new noun
    phrase; it does not go on the first one's modifiers)."""
    first, second = pair
    return (len(first.split()) <= _BARE_FACTOR_WORDS and not _NEW_NOUN_PHRASE.match(first)
            and _NEW_NOUN_PHRASE.match(second) is not None)


_ACTIVITY_NOUN = re.compile(r"[a-z]{4,}(?:tion|sion|ment)$")


def _paired_activities(pair: list[str]) -> bool:
    """"operational risks associated with mineral exploration and development": two activity
    nouns joined by "and" under the modifiers of the first ("mineral exploration and
    development") are one thing done, not a second factor; the second is one word and the first
    part a longer phrase, so "competition and regulation" still parts."""
    first, second = pair
    words = first.split()
    return (len(words) >= 3 and len(second.split()) == 1 and _ACTIVITY_NOUN.match(second) is not None
            and _ACTIVITY_NOUN.match(words[-1]) is not None)


# A noun that names an aspect of something and needs its complement to say of what ("the
# severity ...", "the adverse impact ..."): left bare before "and", it shares the complement of
# the noun after it ("the severity and duration of the pandemic", "the adverse impact and
# uncertainty surrounding the pandemic"): one factor, not a bare aspect and a second factor.
_BARE_ASPECT = re.compile(
    r"^(?:the|its|their|our|any) (?:[a-z]+ )?(?:impacts?|effects?|timing|outcomes?|severity|duration|extent|"
    r"scope|magnitude|length|pace|frequency)$")
_COMPLEMENT = re.compile(
    r"^(?:[a-z]+ ){0,2}[a-z]+ (?:of|on|from|surrounding|regarding|concerning|related to|relating to|"
    r"associated with|arising from)\b")


def _shared_complement(pair: list[str]) -> bool:
    """Whether the first of a last pair is a bare aspect noun that takes the second's complement."""
    return _BARE_ASPECT.match(pair[0]) is not None and _COMPLEMENT.match(pair[1]) is not None


# A factor phrase that says what bears and on what: a head noun and its own complement ("changes
# in interest rates", "our ability to obtain financing"); the second of a pair also opens with its
# own determiner ("the loss of key customers"), which starts a new noun phrase rather than going on
# the first one's object.
_HEAD_AND_COMPLEMENT = re.compile(
    r"^(?:(?:the|our|its|their|any) )?(?:[a-z'-]+ ){0,2}[a-z'-]+ (?:of|in|to|from|for|on|with|by|against) [a-z]")
# The second half's complement is its head's own ("the loss of", "our ability to"): an "on" or "in"
# there may be the complement both halves share ("the effects of inflation and the pandemic on our
# customers").
_DETERMINED_HEAD_AND_COMPLEMENT = re.compile(
    r"^(?:the|our|its|their) (?:[a-z'-]+ )?(?:[a-z'-]+ of|(?:ability|inability|failure|need|decision|efforts?) to) [a-z]")


# People and bodies named after a preposition are its objects, joined by "and" to the one before
# ("the outcome of negotiations with our lenders and the holders of our notes"), not a new factor.
_PARTY_HEAD = re.compile(
    r"^(?:the|our|its|their) (?:[a-z'-]+ )?(?:holders|shareholders|stockholders|unitholders|noteholders|"
    r"bondholders|owners|members|customers|clients|employees|lenders|creditors|suppliers|vendors|partners|"
    r"investors|regulators|competitors|governments?|authorities|agencies|officers|directors|tenants|"
    r"residents|patients|physicians|distributors|dealers|franchisees|licensees|subsidiaries|affiliates|"
    r"counterparties|parties|banks|people|staff|management|board) ")


# A head noun with its own complement, for the first half of a list's last pair; "at" also takes a
# head's place ("construction cost escalation at our reactor site")
_HEAD_AND_OWN_COMPLEMENT = re.compile(
    r"^(?:(?:the|our|its|their|any) )?(?:[a-z'-]+ ){0,2}[a-z'-]+ (?:of|in|to|from|for|on|with|by|against|at) [a-z]")
_HEADED_HALF_WORDS = 3


def _headed_halves(pair: list[str]) -> bool:
    """"..., delays in licensing our in situ recovery project and changes in u.s. policy on imports
    of enriched uranium": at the end of a comma list, two halves that each open with a head noun of
    a few words and that head's own complement are two factors however long they run (the list
    before shows the pair is its last two members). Not a bare aspect that shares the second's
    complement ("the severity and duration of ..."), not people after the first's preposition
    ("negotiations with our lenders and the holders of our notes")."""
    first, second = pair
    head = _HEAD_AND_OWN_COMPLEMENT.match(first)
    # the first half's object runs to two words or more: a one-word object ("the price of oil and
    # natural gas in our regions") may be the first of two the head shares
    return (head is not None and len(first[head.end() - 1:].split()) >= 2
            and len(first.split()) >= _HEADED_HALF_WORDS and len(second.split()) >= _HEADED_HALF_WORDS
            and (_HEAD_AND_COMPLEMENT.match(second) is not None or _DETERMINED_HEAD_AND_COMPLEMENT.match(second) is not None)
            and not _PARTY_HEAD.match(second) and not _BARE_ASPECT.match(first))


def _two_factor_phrases(pair: list[str]) -> bool:
    """"changes in interest rates and the loss of key customers": both halves of "and" are whole
    factor phrases, a head noun with its own complement, the second opened by a determiner; two
    factors even when no comma list stands around them ("the effects of inflation and the
    pandemic" stays one: its second half has no complement of its own)."""
    first, second = pair
    if second.startswith(("because ", "if ")) and len(second.split()) >= 3:
        # "because of regulatory delays and because our supplier may fail ...": a second reason;
        # "if demand falls or if our supplier fails": a second condition
        return True
    return (_HEAD_AND_COMPLEMENT.match(first) is not None
            and _DETERMINED_HEAD_AND_COMPLEMENT.match(second) is not None
            and not _PARTY_HEAD.match(second)
            and not _BARE_ASPECT.match(first))


# "due to weaker demand and to higher steel prices": a second half that opens with a preposition
# the first half never uses repeats the one the whole list hangs on (the lead-in's "due to"), and
# opens a second factor; "our exposure to rates and to currencies" repeats its own head's "to" and
# stays one factor.
_LEADING_PREPOSITION_PHRASE = re.compile(r"(?P<preposition>to|from|of|by|on|upon) (?:[a-z'.-]+ )+[a-z'.-]+")


def _repeats_lead_preposition(pair: list[str]) -> bool:
    """Whether the second of a last pair opens with a preposition the first does not hold."""
    opened = _LEADING_PREPOSITION_PHRASE.fullmatch(pair[1])
    return opened is not None and opened.group("preposition") not in pair[0].split()


def _fuse_places(tail: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """"economic conditions in the u.s. and abroad": an "and" between places joins the places of
    one item ("in the u.s. and abroad" is one where), so the parts it split are put back together."""
    return _rejoined(tail, lambda before, part: _places(part) and before.split()[-1] in _PLACES)


_PLACE_OBJECT = re.compile(r"\b(?:in|across|outside|throughout|within) (?P<where>[a-z.' -]+)$")


def _after_places(pair: list[str]) -> bool:
    """"economic conditions in the u.s. and abroad and competition in our markets": a first half
    that ends on where it bears has its object closed by the places, so a second half that is no
    place, with a determiner or a complement of its own, is a second factor, not another where."""
    where = _PLACE_OBJECT.search(pair[0])
    return (where is not None and _places(where.group("where")) and not _places(pair[1])
            and (_NEW_NOUN_PHRASE.match(pair[1]) is not None or _HEAD_AND_COMPLEMENT.match(pair[1]) is not None
                 or _BARE_PHRASE_AFTER_PLACE.fullmatch(pair[1]) is not None))


# "the loss of our contract in texas and higher medical cost trends": a bare phrase of three words
# or more after the places is a factor of its own; not more places ("and other countries",
# "and neighboring gulf states") nor what the places' preposition takes as well
_BARE_PHRASE_AFTER_PLACE = re.compile(
    r"(?!(?:other|neighbou?ring|surrounding|nearby|adjacent|certain|some|many|several|foreign|abroad)\b)"
    r"(?:[a-z'-]+ ){2,5}(?!(?:states|countries|regions|markets|areas|provinces|territories|nations|"
    r"jurisdictions|cities|counties|locations|sites)$)[a-z'-]+")


_AS_WELL_AS = re.compile(r",? as well as ")
_AS_WELL_AS_AGAIN = re.compile(r",? as well as (?=(?:the )?(?:risks?|uncertaint(?:y|ies)|factors?) (?:related to|relating to|"
                               r"associated with|arising from|pertaining to|inherent in|concerning|regarding|from)\b)")
_NO_NOUN_PHRASE = re.compile(r"(?:having|being|been|to)\b")
_OPEN_OBJECT_BARE = re.compile(r"^(?!(?:the|our|its|their|any|a|an)\b)[a-z'-]+(?: [a-z'-]+)?$")


def _added_phrase(pair: str, tail: list[str]) -> bool:
    """"competition as well as changes in regulation": "as well as" adds a whole phrase to the one
    before it, a second factor, unless what it adds is a bare noun the first half's preposition
    takes as well ("the price of steel as well as copper")."""
    joins = list(_AS_WELL_AS.finditer(pair))
    if len(joins) != 1 or SPLIT_AND.split(pair) != tail or _NO_NOUN_PHRASE.match(tail[1]) or CLAUSE_START.search(tail[1]):
        return False  # ("... are described in our release as well as having been posted on our website": no factor added)
    if NOT_A_FACTOR.search(pair):
        return False  # "factors referenced in our release as well as our filings with the sec": more documents pointed at
    return not (_OPEN_OBJECT.search(tail[0]) and _OPEN_OBJECT_BARE.match(tail[1]))


_AND_DETERMINED = re.compile(r",? and (?=(?:the|our|its|their) [a-z])")
_DETERMINED = re.compile(r"(?:the|our|its|their) [a-z]")


def _determined_halves(pair: str) -> list[str] | None:
    """"its proposed exploration and development activities on its properties and the need to
    comply with environmental and governmental regulations": a last pair with several "and"s,
    both of whose halves open with a determiner, parts at the one "and" that a determiner follows
    (a determiner starts a new noun phrase, the other "and"s join words inside the phrases)."""
    joins = list(_AND_DETERMINED.finditer(pair))
    if len(joins) != 1 or not _DETERMINED.match(pair):
        return None
    halves = [pair[: joins[0].start()], pair[joins[0].end() :]]
    return halves if all(len(h.split()) >= 2 for h in halves) else None


def _join_others(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """"actions by governmental authorities or others in connection therewith": "or others" finishes
    the part before it, it is no factor of its own."""
    return _rejoined(parts, lambda before, part: _OTHERS.match(part) is not None)


def _shared_noun_adjectives(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """"political or regulatory developments and interest rates": a lone adjective joined to the
    next part shares that part's noun; the two are one part ("political or regulatory
    developments"), so the pair is read as the two factors it holds."""
    return _rejoined(parts, lambda before, part: re.fullmatch(ADJECTIVE_WORD, before) is not None)


def _split_at_joins(pair: str) -> list[tuple[str, str]]:
    """The parts of `pair` at each "and", "or" and "as well as" (`SPLIT_AND`), each with the
    joining word before it ("" for the first), so that parts put back together read as the
    document wrote them."""
    pieces = SPLIT_AND.split(pair)
    joins = [" " + m.group().lstrip(", ") for m in SPLIT_AND.finditer(pair)]
    return list(zip([""] + joins, pieces))


def _rejoined(parts: list[tuple[str, str]], joins_previous) -> list[tuple[str, str]]:
    """`parts` with each one that `joins_previous(previous part, part)` says belongs to the part
    before it appended to that part, with its own joining word."""
    out: list[tuple[str, str]] = []
    for join, part in parts:
        if out and joins_previous(out[-1][1], part):
            out[-1] = (out[-1][0], out[-1][1] + join + part)
        else:
            out.append((join, part))
    return out


def _without_page_furniture(text: str) -> str:
    """The list without a page's footer or number standing inside it ("… conditions, changes" /
    "7" / "Acme | Page 8" / "Table of Contents" / "in demand, …"): what runs over it joins up again."""
    if "\n" not in text:
        return text
    pieces = [p for p in re.split(r"\n+", text)]
    kept = [p for p in pieces if not is_page_furniture(p, 0, len(p))]
    if len(kept) == len(pieces):
        return text
    out = kept[0] if kept else ""
    for piece in kept[1:]:
        out += ("\n" if out.rstrip()[-1:] in ".;:!?" else " ") + piece
    return out


# Factors said one to a sentence after the lead-in's own list, each sentence a fragment that opens
# on a factor's head ("Those risks include pricing, volume .... Uncertainty regarding the pace of
# the recovery. Also, our ability to obtain inventory."), as a call's caution is read aloud.
FACTOR_SENTENCE_HEAD = (r"(?:(?:also|additionally|further|furthermore|in addition|and),? )?"
                         r"(?:(?:the )?uncertaint(?:y|ies) (?:regarding|about|as to|over|surrounding|concerning|"
                         r"related to|relating to|associated with)|(?:our|its|their|the company's) (?:ability|inability) to|"
                         r"risks? (?:associated with|related to|relating to|arising from|regarding))\b")
_FACTOR_SENTENCE_BREAK = re.compile(r"\.\s+(?=" + FACTOR_SENTENCE_HEAD + ")")
_FACTOR_SENTENCE_OPENER = re.compile(r"^(?:also|additionally|further|furthermore|in addition|and),? ")
_FULL_STOP_PARAGRAPH = re.compile(r"(?<=\.)\n+")


def _numbers_as_bullets(enumeration: str) -> str:
    """`enumeration` with the numbers that open its paragraphs ("1. the pace of orders" / "2. the
    price of resin") read as bullets, when they count up from the first: a numbered list's "3."
    is no sentence's end and its "2" no page number."""
    found = list(_PARAGRAPH_NUMBER.finditer(enumeration))
    if len(found) < 2 or [int(m.group("number")) for m in found] != list(range(int(found[0].group("number")),
                                                                            int(found[0].group("number")) + len(found))):
        return enumeration
    return _PARAGRAPH_NUMBER.sub(lambda m: m.group("lead") + BULLETS[0] + " ", enumeration)


_PARAGRAPH_NUMBER = re.compile(r"(?P<lead>(?:^|\n|:)[ \t]*)(?P<number>\d{1,2})[.)][ \t]+(?=\S)")


_BARE_CONJUNCTION = re.compile(r"(?:and|or|and/or|but)[\s,]*")


_CLOSING_SEMICOLON = re.compile(r"\S; (?:and|or) \S")


def split_items(enumeration: str) -> list[str]:
    """Split a run of listed factors into items (canonical text in, item texts out)."""
    enumeration = _numbers_as_bullets(enumeration)
    pieces = _FACTOR_SENTENCE_BREAK.split(enumeration)
    if len(pieces) > 1:
        # a list, then factors one to a sentence: each sentence is one factor (or, set out as a
        # list of its own, its items)
        items = split_items(pieces[0])
        for sentences in pieces[1:]:
            # a paragraph closed by a full stop ends its factor: "our ability to hire staff." /
            # "the outcome of pending litigation." are two bulleted items, not one
            for piece in _FULL_STOP_PARAGRAPH.split(sentences.strip(" \n")):
                piece = _FACTOR_SENTENCE_OPENER.sub("", piece.strip(" .\n"))
                own = _OWN_LEAD_IN.match(piece)
                if own is not None:
                    # "Risks relating to the offering include X and Y.": a second lead-in, its
                    # own list after its verb, not one factor
                    items += split_items(piece[own.end():])
                    continue
                items += split_items(piece) if re.search(f"[;{BULLETS}\n]", piece) else [piece]
        return items
    enumeration = _split_at_enumerators(enumeration)
    enumeration = _SENTENCE_ENUMERATOR.sub(";", enumeration)  # "… serve. (ii) commodity …"
    enumeration = _DATE_COMMA.sub(r"\1 \3", enumeration)  # "filed on april 5, 2024": no item break
    enumeration = _THOUSANDS_COMMA.sub("", enumeration)  # "repay the $1,250,000 note": one figure
    enumeration = _FORM_LIST.sub(lambda m: m.group().replace(",", ""), enumeration)  # "forms 10 k, 10 q and 8 k"
    # (the paragraph break after the list's last item ends the list: it parts no items)
    text = re.sub(r"(?<=\S)  +", " ", PARENTHESES.sub(" ", _without_page_furniture(enumeration))).rstrip(" \n")
    # "The following factors, among others, could cause results to differ: competition; …": the
    # items start after the colon that ends the lead-in's sentence.
    first_separator = text.find(";" if text.count(";") >= 2 else ",")
    colon = text.find(":", 0, first_separator if first_separator >= 0 else len(text))
    announcing = _ANNOUNCING_LINE.match(text)
    if announcing is not None:
        # "... including, but not limited to, the following." and the factors a paragraph each:
        # the sentence that announced them ends the lead-in, and each paragraph after it is a
        # factor, its commas inside it ("Effects of economic conditions, including as a result of
        # war, terrorism and public health issues."), unless it is a list of its own
        items = []
        for piece in re.split(r"\n+", text[announcing.end() :].strip(" \n")):
            piece = piece.strip(" .")
            items += split_items(piece) if re.search(f"[;{BULLETS}]", piece) else [piece] if piece else []
        return items
    if colon >= 0:
        text = text[colon + 1 :]
    else:
        # "The following factors ... could cause results to differ from those in the statements."
        # and then the items, a paragraph each: they start after the full stop ending that sentence
        # (only the lead-in's own words, a modal and a verb of causing: "weather.\n\nfuel costs;" is
        # a first item that ended with a full stop)
        stop = text.find(".\n", 0, first_separator if first_separator >= 0 else len(text))
        if stop >= 0 and ";" in text[stop:] and _LEAD_IN_REST.search(text, 0, stop):
            text = text[stop + 2 :]
    # "include: o weather … o the price of fertilizer o changes …": a fixed-width exhibit's "o"
    # bullets on lines that extraction joined into one paragraph; a list that opens with the
    # marker and repeats it is split at it.
    if _LETTER_BULLET_START.match(text) and len(_LETTER_BULLET.findall(text)) >= 3:
        text = _LETTER_BULLET.sub(";", text)
    if text.count(";") >= 2:
        # Items that end with ";": a break after anything else is a line broken inside an item
        # ("… chinese yuan and" / "south korean won;"), and a page number there is no item.
        text = re.sub(r"(?<![;:\n])(?:\s[0-9]{1,3})?\n+(?![" + BULLETS + "])", " ", text)
    text = re.sub(f"[{BULLETS}]|\n+", ";", text)  # bullets and list paragraphs separate items
    if text.count("?") >= 2:
        text = text.replace("?", ";")  # direct questions, one item each
    # ("... operate: currency devaluation in argentina; and changes in brazilian tax law": two items
    # with no comma in them, the semicolon before the closing "and" parts them as it does three)
    separator = ";" if text.count(";") >= 2 or (
        text.count(";") == 1 and "," not in text and _CLOSING_SEMICOLON.search(text)) else ","
    if separator == ",":
        # "... and other factors outside our control that may cause our business, strategy or
        # actual results to differ materially": the commas after a relative clause about results
        # differing part that clause's objects, not factors; the list ends where it begins.
        clause = _DIFFERING_RELATIVE.search(text)
        text = text[: clause.start()] if clause else text
    items: list[str] = []
    added_after: list[int] = []  # items that open with "as well as": the one before ends a list of its own
    closers: set[int] = set()  # items after a serial comma's "and": "x, y, and z" (z is one factor)
    examples_left = 0  # comma parts still to go on the examples an item opened ("such as beef, chicken and cheese")
    # "risks related to our indebtedness as well as risks related to the integration of Beta, ...":
    # "as well as" before the list's general noun taken up again with a relation of its own adds a
    # second factor of the same kind, not a word of the first
    parts = [piece for part in text.split(separator) for piece in _AS_WELL_AS_AGAIN.split(part)]
    for index, part in enumerate(parts):
        part = _DASH_BULLET.sub("", part.strip(" ,;:.\n"))  # "* demand for …", "- the timing of …"
        if items and separator == "," and _subjects_of_open_that(items[-1], parts[index:]):
            # "the risk that estimates, forecasts, projections and other statements will not be
            # achieved": the commas part the subjects of one clause, whose verb is still to come
            items[-1] += ", " + part
            continue
        if items and separator == "," and _goes_on_relative(items[-1], part, parts[index - 1], index + 1 == len(parts)):
            # "the loss of our contract, which accounted for 18%, or $42 million, of revenue, and
            # ...": a non-restrictive relative clause set off by commas is the item's, and so are
            # the asides and objects its own commas part
            items[-1] += ", " + part
            continue
        if separator == ",":
            if part.startswith("as well as ") and items:
                added_after.append(len(items))
            elif re.match(r"(?:and|or) ", part) and items:
                closers.add(len(items))
            part = re.sub(r"^(?:and|or|as well as) ", "", part)  # "..., as well as x and y": the pair is x and y
        qualified = _QUALIFIED_COLON.match(part)
        if qualified is not None and _QUALIFIER.match(qualified.group("qualifier")):
            # "such as, but not limited to: tariffs on ..., ...": the qualifier set off by the
            # comma before it ends at the colon, and the first factor follows
            part = qualified.group("rest")
        if separator == ";":
            # "include, without limitation, our ability to raise capital; ...": in a semicolon list
            # the qualifier set off by commas stays on the first item; it is no word of the factor
            qualified = _QUALIFIED_COMMA.match(part)
            if qualified is not None and _QUALIFIER.match(qualified.group("qualifier")):
                part = qualified.group("rest")
        if _QUALIFIER.match(part):
            continue
        if separator == "," and items and _RESTATING.fullmatch(part):
            items.pop()
            continue
        if not sum(1 for w in re.findall(r"[a-z]+", part) if len(w) >= 3) or _BARE_CONJUNCTION.fullmatch(part):
            # (a conjunction alone is what "…; and" leaves before the next bullet: no item, and
            # counted as a one-word item it would make the bulleted "competitive factors" after it
            # look like the kind shared by a run of adjectives)
            continue
        if items and separator == "," and _OPEN_VERB_SERIES.search(items[-1]):
            # "market conditions that could delay, reduce or cancel orders": the commas go on with
            # the verbs of a relative clause, which share one object; the item is not over yet.
            items[-1] += ", " + part
            continue
        if items and separator == "," and (
                (_ANY_OPEN_INFINITIVE.search(items[-1]) and _VERBS_THEN_OBJECT.match(part))
                or _shares_verbs(items[-1], part)):
            items[-1] += ", " + part
            continue
        if items and separator == "," and _bears_on_state(items[-1], part):
            items[-1] += ", " + part
            continue
        if items and separator == "," and not examples_left:
            # a coordination inside the last item goes on over commas: examples it opened ("such as
            # beef, chicken and cheese"), or bare nouns closed by "and" mid-list
            opened = _EXAMPLES_OPENED.search(items[-1])
            examples_left = ((_example_run(parts, index) if opened and not _CLOSING_EXAMPLE.search(opened.group())
                              else 0) or _inner_coordination(items, parts, index) or _aspect_run(items, parts, index)
                             or _relative_objects(items, parts, index) or _members_of_kind(items, parts, index)
                             or _objects_borne_on(items, parts, index))
        if examples_left:
            examples_left -= 1
            items[-1] += ", " + part
            continue
        if items and separator == "," and (_places(part) or _ADVERBIAL_ASIDE.match(part)):
            items[-1] += ", " + part
            continue
        if separator == "," and _BARE_ADVERBS.fullmatch(part):
            continue   # "..., in general and specifically, ...": how the factor before bears, no factor
        if items and separator == "," and _AS_IT_BEARS.match(part):
            # "market conditions, as they apply to our industry": a clause of the factor before it
            items[-1] += ", " + part
            continue
        if items and separator == "," and _ITS_EFFECTS.match(part):
            items[-1] += ", " + part
            continue
        if items and separator == "," and _CONTINUED_OBJECT.match(part) and _INFINITIVE.search(items[-1]):
            # "ability to attract and retain the staff, temporary and other employees": the
            # comma continues the objects of one verb, so it is one factor, not two.
            items[-1] += ", " + part
            continue
        items.append(part)
    # "x, y and z": the last comma-part often holds two factors joined by "and"; when the
    # sentence goes on in a clause after the list ("…, y and z, which could cause …"), the
    # last part before that clause (or before a catch-all: "…, y and z, and other risks described in
    # our Form 10-K"; or before a clause of the legend: "…, y and z, and results could differ
    # materially") does.
    if separator == "," and items:
        # a catch-all after the pair ("x and y and other factors described in our Form 10-K")
        # is set apart first: it neither hides the pair nor makes it look like three parts
        last = len(items) - 1
        # "whether we can raise capital, whether customers renew and whether tariffs rise": in a
        # list of parallel questions a "whether" item is a factor, not a clause of the legend
        questions = sum(1 for item in items if LEADING_WHETHER.match(item)) >= 2
        # "include that demand may weaken, that prices may rise and that ...": parallel content
        # clauses, each a factor (`continue_that_clauses`), the last pair too
        thats = bool(LEADING_THAT.match(items[0])) and sum(1 for item in items if PARALLEL_THAT.match(item)) >= 2
        while True:
            catch_all = TRAILING_CATCH_ALL.match(items[last])
            pair = catch_all.group("factor") if catch_all else items[last]
            clause = CLAUSE_START.search(pair) and not (questions and LEADING_WHETHER.match(pair)) \
                and not (thats and PARALLEL_THAT.match(pair)) and not _REPEATED_HEAD.match(pair)
            if last == 0 or not (clause or NOT_A_FACTOR.search(pair)):
                break
            last -= 1
        # "x, y and z, as well as w": a list closed by "and" before the "as well as" that adds
        # the last item; the comma-part before it is a list's end as much as the last one is
        before = added_after[0] - 1 if added_after == [len(items) - 1] and len(items) >= 3 else None
        tail = _list_end_pair(pair, last > 0, last in closers)
        if tail is not None:
            rest = [items[last][catch_all.end("factor") :].strip(" ,")] if catch_all else []
            items[last : last + 1] = tail + [re.sub(r"^(?:and|as well as) ", "", r) for r in rest]
        if before is not None and before not in closers and (tail is None or last > before):
            pair_before = _list_end_pair(items[before], True, False)
            if pair_before is not None:
                items[before : before + 1] = pair_before
    if separator == "," and added_after == [1] and len(items) == 2:
        # "weaker demand and higher steel prices, as well as the loss of a key customer": the
        # pair before "as well as" is a list's end as much as a last comma-part is
        pair = SPLIT_AND.split(items[0])
        if len(pair) == 2 and all(len(p.split()) <= 8 for p in pair):
            items[0:1] = pair
    if separator == ",":
        items = _examples_after_catch_all(items)
        # ("..., the risk that X and the risk that Y": the pair is too long for the tests above)
        items = [part for item in items for part in _split_risk_objects(item)]
        items = _join_shared_objects([part for item in items for part in _AND_THE_RISK.split(item)
                                      for part in _AND_OTHER_CAUSES.split(part)])
        return _factors_named_by_examples(_join_narrowed(items, text))
    if items:
        # "...; tenant defaults; and property taxes, any of which could cause results to differ":
        # the relative clause (or the pointer) that closes the list speaks of all the items, it is
        # no part of the last
        items[-1] = _CLOSING_RELATIVE.sub("", items[-1]) or items[-1]
    items = [part for item in items for part in _AND_THE_RISK.split(item) for part in _AND_OTHER_CAUSES.split(part)]
    items = [part for item in items for part in _split_risk_objects(item)]
    return _factors_named_by_examples(_split_parallel_heads(_join_narrowed(items, text)))


# "due to a variety of important factors, many of which are described in our Form 10-K, including
# risks related to the automotive industry, ...": an "including" after items that name no factor (a
# catch-all and a pointer's relative clause) opens the list of factors; its first item is a factor
# ("changes in laws, including tax laws" narrows a factor named before: no item opens there)
_INCLUDING_OPENING = re.compile(r"including,? (?:(?:but )?not limited to,? |without limitation,? |among others,? )?")


def _examples_after_catch_all(items: list[str]) -> list[str]:
    for index, item in enumerate(items[1:], 1):
        opening = _INCLUDING_OPENING.match(item)
        if opening is not None and item[opening.end():] and not any(is_specific_factor(i) for i in items[:index]):
            return [item[opening.end():]] + items[index + 1:]
    return items


# "changes in economic conditions generally, and the real estate markets specifically": a factor
# named broadly and then narrowed to the part of it that matters most is one factor; the commas
# that set the narrowing off part no items ("business conditions in general, and the housing
# market in particular" too). Only a general part followed by its particular part, a noun phrase:
# "the economy specifically, the housing market generally" or a narrowing that runs on ("...
# specifically affected by tariffs") stays two, and a prepositional narrowing ("..., and in the
# chip industry in particular") is left to the reading of asides.
_GENERALLY_END = re.compile(r"\b(?:generally|in general)$", re.IGNORECASE)
_PARTICULARLY_END = re.compile(r"^(?:and |or )?(?!(?:in|on|at|for|within|across|among|to|from) )(?:[^,;]+ )?"
                               r"(?:specifically|particularly|in particular)$", re.IGNORECASE)


def _join_narrowed(items: list[str], source: str) -> list[str]:
    """The items, a general factor and the narrowing after it joined (read as written in `source`)."""
    joined: list[str] = []
    for item in items:
        narrowing = item.strip(" .")
        if joined and _GENERALLY_END.search(joined[-1].strip(" .")) and _PARTICULARLY_END.match(narrowing) \
                and len(narrowing.split()) <= 10:
            general = joined[-1].strip(" .")
            written = next((f"{general}{between}{narrowing}" for between in (", and ", ", or ", " and ", " or ")
                            if f"{general}{between}{narrowing}" in source), None)
            joined[-1] = written or f"{general}, {narrowing}"
        else:
            joined.append(item)
    return joined


# "the uncertainties related to market conditions and the completion of the offering": a bare
# risk noun whose preposition takes two objects joined by "and", the second a noun phrase of its
# own (a determiner opens it), names a risk of each object: two factors, wherever the item stands
# in the list (a list's last comma-part is parted by `_list_end_pair` as well).
_RISK_OBJECTS = re.compile(
    r"^(?P<head>(?:the )?(?:risks?|uncertaint(?:y|ies)) (?:related to|relating to|associated with|regarding|"
    r"concerning|surrounding|with respect to) )(?P<objects>.+)$")


# the second object that points back at the first ("... and their impact on our results", "... and
# the impact thereof") names no second risk; a comma in the first means the "and" may close an
# aside ("..., including the tax rate, the timing of transfers and the value of ...")
_POINTS_BACK = re.compile(
    r"(?:its|their) |the (?:[a-z]+ )?(?:impacts?|effects?|consequences|implications|results) "
    r"(?:thereof|of (?:this|that|these|those|such|the foregoing|them|it)\b)")


def _split_risk_objects(item: str) -> list[str]:
    """The factors of an item that opens with a bare risk noun and its preposition
    (`_RISK_OBJECTS`): one per object when two whole objects are joined by one "and" before a
    determiner; one factor when the first object is a bare aspect that shares the second's
    complement ("the timing and the amount of the dividend"), when the second names people ("the
    holders of our notes") or points back at the first (`_POINTS_BACK`), when the first holds a
    comma, or when no such "and" joins them."""
    found = _RISK_OBJECTS.match(item)
    if found is None:
        return [item]
    objects = found.group("objects")
    joins = list(_AND_DETERMINED.finditer(objects))
    if len(joins) != 1:
        return [item]
    halves = [objects[: joins[0].start()], objects[joins[0].end():]]
    if ("," in halves[0] or _POINTS_BACK.match(halves[1]) or len(halves[1].split()) < 2
            or _PARTY_HEAD.match(halves[1]) or _BARE_ASPECT.match(halves[0])
            or _shared_complement(halves)
            or not (_bare_then_phrase(halves) or _two_factor_phrases(halves))):
        return [item]
    return [found.group("head") + halves[0], halves[1]]


# "economic developments and factors such as litigation and industrial relations": a bare kind of
# factor ("factors", "matters") with no specific noun of its own names its factors by its examples;
# they are the list's items (as "the cost of commodities such as beef and cheese" is not: a specific
# head, "the cost of commodities", is the factor its examples elaborate)
_KIND_WITH_EXAMPLES = re.compile(r"^(?:(?P<first>.+?),? (?:and|as well as) )?(?:and |as well as )?(?:other )?"
                                 r"(?:factors|matters) (?:such as|like|including|namely),? (?P<examples>\S.*)$")
_EXAMPLE_WORDS = 8
_QUALIFIER_FIRST = re.compile(r"(?:but (?:are |is )?not limited to|without limitation|among others|among other things)\b")


def _factors_named_by_examples(items: list[str]) -> list[str]:
    """The items, each bare kind of factor with examples replaced by its factors (`_named_by_examples`)."""
    return [part for number, item in enumerate(items) for part in _named_by_examples(item, number == 0)]


def _named_by_examples(item: str, first_item: bool = False) -> list[str]:
    """The factors of an item whose factor noun is a bare kind followed by examples
    (`_KIND_WITH_EXAMPLES`): the factor before the kind, if any, and each example; the item
    alone otherwise. The list's first item that opens with the kind is the lead-in's own words
    ("due to factors such as weather and crop prices"): its examples are the list, split already."""
    found = _KIND_WITH_EXAMPLES.match(item)
    # ("factors including, but not limited to, market conditions, ...": the lead-in's own words,
    # its qualifier after them; what follows is the whole list, split already)
    if found is None or _QUALIFIER_FIRST.match(found.group("examples")) or (first_item and not found.group("first")):
        return [item]
    first = [found.group("first")] if found.group("first") else []
    parts = [p for p in re.split(r",\s*", found.group("examples")) if p.strip()]
    if len(parts) == 1:
        halves = SPLIT_AND.split(parts[0])
        examples = halves if len(halves) == 2 and all(len(h.split()) <= _EXAMPLE_WORDS for h in halves) else parts
    else:
        last = re.sub(r"^(?:and|or) ", "", parts[-1])
        examples = parts[:-1] + (_list_end_pair(last, True, parts[-1].startswith(("and ", "or "))) or [last])
    return first + [re.sub(r"^(?:and|or) ", "", e) for e in examples]


def _list_end_pair(pair: str, list_before: bool, closed: bool) -> list[str] | None:
    """The two factors a list's last comma-part holds ("..., weaker demand and higher costs"), or
    None when it is one factor (`split_items`). `list_before`: comma-parts stand before it;
    `closed`: it follows a serial comma's "and"."""
    tail = [part for _, part in _fuse_places(_join_others(_shared_noun_adjectives(_split_at_joins(pair))))]
    by_determiner = False
    if len(tail) > 2:
        # "stock market volatility and the ability to raise capital from internal and external
        # sources": a bare noun, then a determiner's phrase that has an "and" of its own; the
        # pair parts at its first "and", the second phrase keeps the rest
        first = SPLIT_AND.search(pair)
        halves = [pair[: first.start()], pair[first.end() :]]
        determined = _determined_halves(pair)
        if _bare_then_phrase(halves):
            tail = halves
        elif _repeats_lead_preposition(halves):
            # "by the loss of key engineers and by a fire or flood at our plant": the second half
            # repeats the lead-in's preposition and keeps its own "or"
            tail = halves
        elif determined:
            tail, by_determiner = determined, True
    whole_phrases = len(tail) == 2 and (_two_factor_phrases(tail) or _bare_then_phrase(tail)
                                        or _after_places(tail) or _added_phrase(pair, tail)
                                        or (not closed and (list_before or _names_no_pointer(pair))
                                            and _headed_halves(tail)))
    if len(tail) == 2 and _repeats_lead_preposition(tail):
        tail, whole_phrases = [tail[0], tail[1].split(" ", 1)[1]], True
    if ((list_before or whole_phrases) and len(tail) == 2 and (not closed or _OWN_PHRASE.match(tail[1]))
            and (all(len(t.split()) <= 8 for t in tail) or _bare_then_phrase(tail) or by_determiner
                 or whole_phrases)
            and not _paired_activities(tail)
            and not _shared_complement(tail)
            # "a cyberattack on our systems or those of our vendors": a pronoun for the first
            # half's noun takes another owner; it is the same factor, not a second
            and not _PRONOUN_HEAD.match(tail[1])
            and not _bears_on_state(tail[0], tail[1])
            and not _modifier_left_open(tail[0])
            and not (_EXAMPLES_OPENED.search(tail[0].rsplit(", ", 1)[0]) and _BARE_EXAMPLE.match(tail[1]))
            # "the risk that prices, volumes, margins and costs will move": the subjects of one
            # clause, joined above, end with their "and"; the verb after it is the clause's
            and not (", " in tail[0] and _OPEN_THAT.match(tail[0]))):
        return tail
    return None


_PRONOUN_HEAD = re.compile(r"(?:those|that) of\b")
# a pair that opens with a pronoun standing for the factors ("those described in section 12 ...")
_POINTER_PRONOUN = re.compile(r"(?:those|these|that|the ones)\b")


def _names_no_pointer(pair: str) -> bool:
    """Whether a pair with no list before it may be read as two headed halves: not a pointer to
    where the factors are set out ("those discussed in the risk factors section of our annual
    report ... filed with the securities and exchange commission on ...", "factors referenced in
    our press release as well as our filings with the sec"), whose halves are places and names, not
    factors (a list before the pair shows it is one of factors; a lone pair must show it itself)."""
    return NOT_A_FACTOR.search(pair) is None and _POINTER_PRONOUN.match(pair) is None


# after a serial comma's "and" the last item is one factor ("our ability to hire and retain
# pharmacists"), unless its own "and" opens a phrase of its own: a determiner or a repeated
# preposition ("changes in customer preferences and in the general economy")
_OWN_PHRASE = re.compile(r"(?:the|our|its|their|any|a|an|in|on|of|for|from|to|with|by|at) ")
_OPEN_THAT = re.compile(r"^(?:and |or )?(?:the )?(?:risk|possibility|chance|likelihood) that ")
_AUXILIARY = re.compile(r"\b(?:will|would|may|might|could|can|cannot|shall|should|must|is|are|was|were|be|been|has|"
                        r"have|had|do|does|did|won't|don't|doesn't)\b")
_OPEN_SUBJECT_WORDS = 4


# A sentence that opens like a factor fragment ("Risks relating to the offering ...") but goes on
# to a listing verb is a lead-in of its own: its list follows the verb.
_OWN_LEAD_IN = re.compile(r"^risks? (?:associated with|related to|relating to|arising from|regarding) (?:[a-z'-]+ ){1,6}?"
                          r"(?:include|includes|are|comprise)\b(?:,? (?:but are )?not limited to|,? among others)?[,:]?\s+")
# (not a clause that says the items bear on results, "which could cause ...", nor one that closes
# the list: those are no item's, `_CLOSING_RELATIVE` and CLAUSE_START read them)
# ("many of whom are small businesses", "some of which": a quantifier's relative too)
_QUANTIFIER_OF = r"(?:(?:many|some|most|all|each|one|several|both|none|any|much) of )?"
_RELATIVE_START = re.compile(_QUANTIFIER_OF + r"(?:which|who|whose|whom) "
                             r"(?!(?:[a-z]+ )?(?:may|could|might|would|can|will|cause|affect)\b)")
_RELATIVE_OPENED = re.compile(r", " + _QUANTIFIER_OF + r"(?:which|who|whom) ")
# what goes on a relative clause after its own comma: an alternative figure ("or $42 million"), a
# preposition's phrase ("of revenue in 2027")
_RELATIVE_ASIDE = re.compile(r"(?:or (?:\$|[0-9])|(?:of|in|for|from|at|by|on|to|during|since) )")
# the verb that ends the subject a relative clause interrupted ("the risk that demand, which we
# launched in april, grows more slowly"): a part that opens no new noun phrase or clause
_NOT_SUBJECT_VERB = re.compile(r"(?:the|our|its|their|any|a|an|and|or|as well as|changes|risks?|uncertaint[a-z]*|"
                               r"(?:the )?(?:risk|possibility|chance|likelihood) that)\b")


def _goes_on_relative(item: str, part: str, previous: str, last: bool) -> bool:
    """Whether the comma part `part` goes on the item before it: it opens a relative clause set
    off by commas (not as the list's `last` part: a clause closing the list speaks of all its
    items), or it continues one the item opened (`previous`, the comma part before it, is inside
    it) with an aside, or gives the verb of the "that" clause the relative interrupted."""
    if _RELATIVE_START.match(part):
        # (a clause that runs on into a colon is the lead-in's: "the following, which the board
        # has put aside: ..." says what the list is)
        # (nor a clause on a generic noun, "risks and uncertainties, many of which are beyond our
        # control, and ...": that says what the general words are, and they stay no factor)
        return not last and ":" not in part and is_specific_factor(item)
    relatives = list(_RELATIVE_OPENED.finditer(item))
    opened = relatives[-1].start() if relatives else -1
    if opened < 0 or _RELATIVE_START.match(part) is None and previous.strip(" ,;:.\n") not in item[opened:]:
        return False
    if _RELATIVE_ASIDE.match(part):
        return True
    subject = _OPEN_THAT.match(item)
    return (subject is not None and not _AUXILIARY.search(item[subject.end():opened])
            and _NOT_SUBJECT_VERB.match(part) is None)


def _subjects_of_open_that(item: str, rest: list[str]) -> bool:
    """Whether `item` is a "the risk that ..." clause that has named only its subject so far (a few
    words, no verb), and the parts from here on are more subjects, a later one bringing the
    clause's verb ("the risk that estimates, forecasts and projections will not be achieved").
    "the risk that demand falls, competition and regulation" has no verb to come: no join."""
    opened = _OPEN_THAT.match(item)
    if opened is None:
        return False
    subject = item[opened.end():]
    if len(subject.split()) > _OPEN_SUBJECT_WORDS or _AUXILIARY.search(subject):
        return False
    for part in rest:
        if _OPEN_THAT.match(part.strip(" ,;:.\n")):
            return False  # a second clause of its own
        if _AUXILIARY.search(part):
            return True
        if len(part.split()) > _OPEN_SUBJECT_WORDS:
            return False
    return False


# "our dependency on one supplier and the risk that its plant closes;": a semicolon item whose
# "and" opens a "the risk that ..." (or "the risk of ...") phrase names a second factor there.
# After a comma the phrase often ends an elaboration of the item's factor ("risks of our
# strategy, including changes to it, and the risk that it fails"): the item stays whole.
_AND_THE_RISK = re.compile(r"(?<!,) and (?=the (?:risk|possibility|likelihood) (?:that|of)\b)")

# "... as a result of certain factors, including changes in our financial resources and as a result of
# certain other factors listed in our filings": the "and" that repeats the causing preposition before
# the other factors (the catch-all and the pointer) closes the factor named before it; the factor is
# not part of the pointer.
_AND_OTHER_CAUSES = re.compile(
    r" and (?=(?:also )?(?:as a result of|because of|due to|owing to|as a consequence of|resulting from) "
    r"(?:certain |various |the |any |such )?(?:other|additional|further) (?:factors|risks|uncertainties|matters)\b)")


# A lead-in's last line that announces the list and ends its sentence with a full stop, the items
# on the lines after it ("..., including, but not limited to, the following." / "competition.").
_ANNOUNCING_LINE = re.compile(r"[^\n;:]*?\b(?:the following|as follows)(?: [a-z]+){0,3}\.\n")
# The rest of a lead-in's sentence before its items: a modal and a verb of causing or differing.
_LEAD_IN_REST = re.compile(r"\b(?:could|may|might|would|can)\b[^.;]*\b(?:cause|differ|vary|affect)")
# The relative clause that closes a semicolon list, also a restrictive "that" clause about the
# list's effect and a pointer that closes the sentence ("...; and the loss of key customers, that
# could cause results to differ", "..., see our Form 10-K")
_CLOSING_RELATIVE = re.compile(r",\s*(?:(?:(?:any|each|all|some|many|most|one|either|both) of )?which\b"
                               r"|that (?:may|could|might|would|can|will)\b|(?:please )?(?:see|refer to)\b"
                               r"|as (?:described|discussed|detailed|set forth|set out|identified|outlined)\b).*$")
# A clause about results differing that ends a comma list: a relative one ("... that may cause our
# results to differ"), or a second predicate of the sentence's subject ("..., including x that could
# delay our plans, and could cause our results, goals and plans to differ materially"). A quantifier
# before "which" is the clause's ("..., and z, any of which could cause ...": "any of" names nothing).
_DIFFERING_RELATIVE = re.compile(r"(?:\s(?:" + _QUANTIFIER_OF + r"which|that)|,? (?:and|or)) "
                                 r"(?:may|could|might|would|can) (?:cause|lead)\b"
                                 r"[^;.]*?\b(?:differ|vary)")



# Numbered items: "(i) …, (ii) …, and (iii) …", "(a) …; (b) …", "(1) … (2) …".
_ENUMERATOR_LABEL = re.compile(r"([,;.]?\s*(?:and |or )?)\((?P<label>[ivx]{1,5}|[a-z]|\d{1,2})\)")
# the same run numbered without an opening bracket, as plain-text and Word lists are ("1. weaker
# demand 2. higher steel prices 3. ...", "a) ... b) ..."), read when no bracketed run splits
_BARE_ENUMERATOR_LABEL = re.compile(r"([,;.]?\s*(?:and |or )?)(?<![\w.$])(?:(?P<label>\d{1,2})[.)]|"
                                    r"(?P<letter>[ivx]{1,5}|[a-z])\))(?=\s)")
# Each pattern's marker alone, without the punctuation and "and"/"or" it may take before it: a
# match of the pattern holds one of these where its marker stands (the same look-around there),
# so a list with none of them has no marker at all. The patterns' optional opening is tried at
# every character of the list; the markers alone are found by a fast scan (ten times as fast).
_ENUMERATOR_MARKS = {
    _ENUMERATOR_LABEL: re.compile(r"\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)"),
    _BARE_ENUMERATOR_LABEL: re.compile(r"(?<![\w.$])(?:\d{1,2}[.)]|(?:[ivx]{1,5}|[a-z])\))(?=\s)"),
}
_ROMAN = {"i": 1, "v": 5, "x": 10}
_MIN_ENUMERATED = 3


def _roman(label: str) -> int | None:
    if not label or any(c not in _ROMAN for c in label):
        return None
    value = 0
    for index, c in enumerate(label):
        following = _ROMAN[label[index + 1]] if index + 1 < len(label) else 0
        value += -_ROMAN[c] if _ROMAN[c] < following else _ROMAN[c]
    return value


def _ordinal(label: str, style: str) -> int | None:
    if style == "roman":
        return _roman(label)
    if style == "digit":
        return int(label) if label.isdigit() else None
    return ord(label) - ord("a") + 1 if len(label) == 1 and label.isalpha() else None


def _split_at_enumerators(enumeration: str) -> str:
    """"include: (i) the risk that …, (ii) the adverse impact of …, and (iii) …": numbered items
    end where the next number stands, whatever punctuation comes before it (commas inside an
    item are not item breaks then). Markers count only as a run numbered 1, 2, 3 … (i, ii, iii;
    a, b, c) of at least three, so a stray "(a)" or a footnote "(1)" changes nothing."""
    for pattern in (_ENUMERATOR_LABEL, _BARE_ENUMERATOR_LABEL):
        if pattern is _ENUMERATOR_LABEL and "(" not in enumeration:
            continue  # (its markers open with a bracket: no need to try it at every character)
        if _ENUMERATOR_MARKS[pattern].search(enumeration) is None:
            continue  # (no marker: the pattern finds none either)
        split = _split_at_run(enumeration, list(pattern.finditer(enumeration)))
        if split is not None:
            return split
    return enumeration


def _label(marker: re.Match) -> str:
    """A marker's number or letter, "ii" of "(ii)", "3" of "3.", "b" of "b)"."""
    return marker.group("label") or marker.groupdict()["letter"]


def _split_at_run(enumeration: str, markers: list[re.Match]) -> str | None:
    """The list split at its first run of numbered markers (`_split_at_enumerators`), or None
    when the markers hold no such run."""
    for first_index, first in enumerate(markers):
        label = _label(first)
        style = "roman" if label == "i" else "digit" if label == "1" else "letter" if label == "a" else None
        if style is None:
            continue
        run, expected = [first], 2
        for marker in markers[first_index + 1 :]:
            if _ordinal(_label(marker), style) != expected:
                break
            run.append(marker)
            expected += 1
        # Numbering that starts again ("…; changes (i) to laws and (ii) due to elections; …
        # risks related to (i) …") numbers parts of items, not the items.
        if len(run) < _MIN_ENUMERATED or any(_label(m) == label for m in markers[first_index + 1 :]):
            return None
        out, position = [], 0
        # a run that opens the list numbers every factor: a semicolon inside a numbered item
        # ("(iv) delays in permitting; and the cost of the new line; (v) ...") goes on the item
        # (so does a run whose first marker stands right after the colon that ends the lead-in:
        # "... could cause results to differ: (i) ...; (ii) ...; (iii) adverse changes in the economy;
        # and government responses thereto (iv) ...")
        lead = enumeration[: first.start()]
        whole = ";" not in lead and (lead.count(" ") <= _LEAD_WORDS or lead.rstrip().endswith(":"))
        for marker in run:
            segment = enumeration[position : marker.start()]
            out.append(_inner_semicolons(segment) if whole and marker is not first else segment)
            # "those relating to our ability to (i) complete the merger, (ii) ...": words before
            # the first marker that wait for their object are the stem of every numbered item,
            # not an item of their own
            out.append(";" if marker is not first or not (":" in enumeration[: marker.start()][-3:]
                                                          or _awaits_items(segment)) else " ")
            position = marker.end()
        out.append(_inner_semicolons(enumeration[position:]) if whole else enumeration[position:])
        return "".join(out)
    return None


_LEAD_WORDS = 6
_STEM_END = re.compile(r"\b(?:that|whether|the|our|its|their)$")


def _awaits_items(stem: str) -> bool:
    """Whether the words before a list's first marker end where a complement must follow: a
    preposition or "to" ("our ability to"), "that", "whether" or a determiner."""
    stem = stem.strip(" ,\n")
    return bool(stem) and (_dangles(stem) or bool(_STEM_END.search(stem)))
_INNER_SEMICOLON = re.compile(r";(?=\s*(?:and|or)\s+(?P<rest>[^;]*))")


def _inner_semicolons(segment: str) -> str:
    """A numbered item's "; and ..." goes on the item when what follows names a factor; a
    catch-all after it ("; and other risks in our Form 10-K") stays apart, no factor."""
    return _INNER_SEMICOLON.sub(lambda m: "," if is_specific_factor(m.group("rest").strip(" .")) else ";", segment)


# a comma that groups a figure's digits in thousands parts no items
_THOUSANDS_COMMA = re.compile(r"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))")
_DATE_COMMA = re.compile(r"\b(" + MONTH + r" [0-9]{1,2}), ([0-9]{4})\b")
# "reports filed on Forms 10-K, 10-Q and 8-K": the commas between form numbers part one
# reference to the filings (a catch-all left out whole), not factors.
_FORM_LIST = re.compile(r"\bforms? [0-9]{1,2} [a-z]{1,3}(?:, [0-9]{1,2} [a-z]{1,3}\b)+")
# "from higher steel prices or from the loss of a customer": a pair whose parts open with the
# same preposition, as a lead-in's repeated ("arise from ..., from ... or from ...")
_REPEATED_HEAD = re.compile(r"from .+,? (?:and|or) from ")
_DANGLING_PREPOSITION = re.compile(r"\b(?:of|for|from|in|on|to|with|by|about|regarding|into|over)$")
# "the level of debt we take on", "the markets we compete in": a relative clause without "which"
# strands its preposition, whose object is the noun the clause hangs on, so nothing is awaited.
_STRANDED_PREPOSITION = re.compile(r"\b(?:we|they|you)(?: [a-z']+){1,2} [a-z]+$")


def _dangles(item: str) -> bool:
    """Whether an item ends on a preposition that waits for its object ("the cost of, and
    demand for, our products"), not one a contact clause has stranded ("the debt we rely on")."""
    return bool(_DANGLING_PREPOSITION.search(item)) and not _STRANDED_PREPOSITION.search(item)


_LEADING_PREPOSITION = re.compile(r"^(?:of|for|from|into)\b")


# "relationships with customers, employees or partners", "to obtain any necessary permits, consents or
# authorizations": a short "x or y" after a comma ends a run of alternatives inside one factor (a
# list of factors closes with "and"), so it finishes the item before it.
# "the arbitrator's award in the Tesla, Inc. dispute": the comma before a company's legal form
# is part of its name, not an item break.
_COMPANY_SUFFIX = re.compile(r"(?:inc|ltd|llc|corp|plc|l\.?p|n\.?v|s\.?a|ag|gmbh)\b\.?")
_ALTERNATIVES_TAIL = re.compile(r"(?:[a-z'-]+ ){0,2}or [a-z'-]+(?: [a-z'-]+){0,1}")


# "inflation, political or regulatory developments": adjectives joined by "or" before their own
# noun make a factor of their own after an item that ends on a noun (after "changes in economic,"
# they finish a run of adjectives, and the item before them is not over)
_ADJECTIVES_OR_NOUN = re.compile(ADJECTIVE_WORD + r" or " + ADJECTIVE_WORD + r" [a-z'-]+")


def _own_adjectives(before: str, item: str) -> bool:
    return _ADJECTIVES_OR_NOUN.fullmatch(item) is not None and re.search(r"\b" + ADJECTIVE_WORD + "$", before) is None


def _join_shared_objects(items: list[str]) -> list[str]:
    """"cost of, progression of, and results from, our clinical trials": comma items that end
    with a preposition share the object that follows, and an item that opens with "of" finishes
    the one before ("review by regulators, of our candidates"): one factor, not several."""
    out: list[str] = []
    pending = ""
    # "... could arise from weaker demand, from higher steel prices or from the loss of a
    # customer": a preposition repeated at the head of several items repeats the lead-in's, each
    # item a factor of its own
    # ("the price of steel, of copper and of tin" repeats "of" under one head: one factor)
    repeated = {"from"} if sum(1 for item in items if item.startswith("from ")) >= 2 else set()
    for item in items:
        if pending:
            item = pending + " " + re.sub(r"^(?:and|or) ", "", item)
            pending = ""
        if _dangles(item):
            pending = item
            continue
        head = _LEADING_PREPOSITION.match(item)
        if head and head.group() in repeated:
            out.append(item[head.end() :].lstrip())
            continue
        if out and (_LEADING_PREPOSITION.match(item) or (_ALTERNATIVES_TAIL.fullmatch(item) and not _own_adjectives(out[-1], item))
                    or _COMPANY_SUFFIX.match(item)):
            out[-1] += ", " + item
            continue
        out.append(item)
    if pending:
        out.append(pending)
    return out


# An item written as a sentence ("if claims exceed reserves, the company's results could be
# affected"; "losses could affect the company's ratings, the company's ability to raise capital
# ..."): the head after its comma is its subject or one of its objects, not a further item.
_MODAL = re.compile(r"\b(?:could|may|might|would|will|can)\b")


def _split_parallel_heads(items: list[str]) -> list[str]:
    """"our ability to sell our products, our ability to compete …; our ability to manage …": in a
    list whose items end with ";", the words most items open with ("our ability", "the risk",
    "changes in") mark a further item where they follow a comma inside one item."""
    heads: dict[str, int] = {}
    for item in items:
        head = " ".join(item.split()[:2])
        if len(head.split()) == 2:
            heads[head] = heads.get(head, 0) + 1
    parallel = [h for h, n in heads.items() if n >= MIN_PARALLEL]
    if parallel:
        pattern = re.compile(r",\s+(?:and\s+)?(?=(?:" + "|".join(re.escape(h) for h in parallel) + r")\b)")
        items = [part.strip() for item in items
                 for part in ([item] if _MODAL.search(item) else _rejoin_dangling(pattern.split(item)))
                 if part.strip()]
        items = [part for item in items for part in _split_bare_head(item, parallel)]
    return [part.strip() for item in items for part in _rejoin_dangling(_split_risk_heads(item)) if part.strip()]


# the words a parallel head opens with before its noun ("our ability", "the risk", "its ability")
_PARALLEL_HEAD_DETERMINERS = frozenset("our the its their".split())
# what follows a head noun that opens a factor of its own ("ability to ...", "risk of ...", "risk that ...")
_HEAD_COMPLEMENTS = ("to", "of", "that")


def _split_bare_head(item: str, parallel: list[str]) -> list[str]:
    """"our continued ability to pay operating costs and ability to meet demand": in a list whose
    items open with "our ability" (a determiner, then a noun), the noun repeated bare after "and"
    with its complement ("and ability to ...") opens a further factor, as "and our ability to ..."
    would. Refuses the noun as an object ("the ability to hire and retain staff", "our ability to
    fund research and development": no repeated noun) and a noun that no head of the list has."""
    nouns = {h.split()[1] for h in parallel if h.split()[0] in _PARALLEL_HEAD_DETERMINERS}
    if not nouns or _MODAL.search(item):
        return [item]
    pattern = re.compile(r"\s+and\s+(?=(?:" + "|".join(re.escape(n) for n in sorted(nouns)) + r")\s+(?:"
                         + "|".join(_HEAD_COMPLEMENTS) + r")\b)")
    parts = [part.strip() for part in pattern.split(item) if part.strip()]
    # the first part must itself open with the head ("our continued ability to ..."): a bare noun
    # after "and" in an item of another kind ("the cost of labor and ability to ...") is left whole
    if len(parts) > 1 and not any(n in parts[0].split()[:3] for n in nouns):
        return [item]
    return parts


def _rejoin_dangling(parts: list[str]) -> list[str]:
    """"fluctuations in, and our ability to predict, our operating results": a part that ends
    on a preposition waits for its object, which comes after the aside set off by commas; the
    head repeated in the aside opens no further item there."""
    out: list[str] = []
    for part in parts:
        if out and _dangles(out[-1].rstrip(" ,")):
            out[-1] = out[-1].rstrip(" ,") + ", " + part.strip()
        else:
            out.append(part)
    return out


# "risks pertaining to permits, risks relating to approvals, risks related to safety": a risk noun
# with its preposition, repeated after a comma inside one semicolon item, opens a further factor.
_RISK_HEAD = r"risks? (?:relat(?:ing|ed)|pertaining|associated with|arising)\b"
_RISK_HEAD_START = re.compile(_RISK_HEAD)
_RISK_HEAD_AFTER_COMMA = re.compile(r",\s+(?:and\s+)?(?=" + _RISK_HEAD + ")")


def _split_risk_heads(item: str) -> list[str]:
    """An item that opens with a risk head and repeats it after a comma holds one factor per head;
    so does one whose head (its words up to the noun: "the company's ability", "changes in") comes
    again after a comma ("the company's ability to grow, the company's ability to keep its staff;
    ...": the list's semicolons part the other items)."""
    if _RISK_HEAD_START.match(item) and _RISK_HEAD_AFTER_COMMA.search(item):
        return _RISK_HEAD_AFTER_COMMA.split(item)
    words = item.split()
    if len(words) < 4 or words[0] in ("and", "or") or _MODAL.search(item):
        return [item]
    # the head runs to its noun: "the company's ability", not "the company's" (which an object
    # of "including ..." may repeat: "success with its products, including the company's X")
    noun = 0
    while noun < 2 and (words[noun] in _HEAD_DETERMINERS or words[noun].endswith(("'s", "s'"))):
        noun += 1
    if noun == 0 and words[1] not in _HEAD_NOUNS:
        return [item]
    head = words[:2] if noun == 0 else words[: noun + 1]
    repeated = re.compile(r",\s+(?:and\s+)?(?=" + re.escape(" ".join(head)) + r"\b)")
    return repeated.split(item)


_HEAD_DETERMINERS = frozenset("the our its their any a an".split())
# a head of two words with no determiner: "changes in", "risks of", "failure to"
_HEAD_NOUNS = frozenset("in of to that".split())


# (and a second-level "o" bullet, which keeps its place inside a list of other bullets: "o changes in demand")
_DASH_BULLET = re.compile(r"^(?:[-–*]|o(?= [a-z])) +")
_LETTER_BULLET_START = re.compile(r"\s*o (?=[a-z])")
_LETTER_BULLET = re.compile(r"(?:^|(?<=\s))o (?=[a-z])")
