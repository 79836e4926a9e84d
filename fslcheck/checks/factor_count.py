"""`factor-count`: the legend lists at least `min` specific factors after a lead-in.

```yaml
- id: pslra.risk-factors
  kind: factor-count
  min: 3
  lead_ins:                      # where a list of factors starts
    - "factors that could cause ... {include|including}"
    - "including {, |} {but not limited to|without limitation}"
```

After each lead-in, the rest of its sentence (or, when the lead-in ends with a colon, the list
items that follow) is split into items at semicolons (or commas, when there are no semicolons);
the longest list counts. `met` at `min` items or more, `weak` with fewer, `missing` with no
lead-in. The count and the items are in `details`.

Only specific factors count (labelling guide: "names specific factors/risks/uncertainties that
could cause results to differ ... count = how many distinct specific factors are named"), so an
item is dropped when it is

- generic ("various important factors", "known and unknown risks and uncertainties");
- a clause of the legend rather than a factor (it starts with a relative pronoun or a verb:
  "many of which are beyond our control", "cannot be predicted"; it speaks of forward-looking
  statements or of results differing), except "that …" items continuing "the possibility that
  …; that …";
- a catch-all reference to other documents ("other factors discussed in our Form 10-K", "the
  risks described under Risk Factors", "assumptions underlying any of the foregoing").

A lead-in only opens a factor list when its sentence, up to the lead-in, speaks of risks,
factors or uncertainties or of what could cause or affect results: "including without limitation"
after "statements pertaining to" lists forward-looking statements, not factors. The lead-in whose
list has the most specific factors counts.

A filing may set its factors out under sub-headings instead, after a legend sentence that says
the discussion below holds them ("These are factors that we think could cause our actual results
to differ materially ..."): each sub-heading is one factor (`headed_factors`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from dataclasses import dataclass

from ..meaning.names import NO_NAMES, Names, stem
from ..meaning.lexicon import (COUNTRIES, NEGATIVE_FORMS, OTHER_OWNERS, OVERLOOKING, OWN_SPEAKERS, PROVINCES, RESOLVED,
                               STATES, is_incapacity, is_local_negation, is_negation, overlooked)
from ..result import Finding, Status
from ..rules.model import Rule
from ..text_units import BULLETS
from ..words import word_matches
from .base import PHRASES_SCHEMA, CheckContext, compile_phrases, finding
from .inline_headings import is_title
from .legend import is_page_furniture

KIND = "factor-count"
OPTIONS = {"lead_ins": PHRASES_SCHEMA, "min": {"type": "integer", "minimum": 1}}
REQUIRED = ("lead_ins",)
DEFAULT_MIN = 3
_MARKER = r"\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)"
_ENUMERATOR = re.compile(_MARKER)
_NEXT_ENUMERATOR = re.compile(r"[ \t]*" + _MARKER)  # on the same line: no paragraph break
_SENTENCE_ENUMERATOR = re.compile(r"[.;]\s*(?=" + _MARKER + ")")
_MAX_LIST_PARAGRAPHS = 40
_LIST_ITEM_WORDS = 80
_SEMICOLON_ITEM_WORDS = 500  # after "…;" the list goes on even over a long run-together paragraph
_PARENTHESES = re.compile(r"\([^()]*\)")
# Words that qualify the list rather than name a factor ("include, in particular, competition, ...").
_QUALIFIER = re.compile(r"^(?:but (?:are )?not limited to|but (?:aren't|isn't) limited to|without limitation|among others|among other things|"
                        r"among other factors|among other risks|in particular|particularly|notably|especially|"
                        r"for example|for instance|inter alia)$")
_CONTINUED_OBJECT = re.compile(r"^[a-z]+ (?:and|or) other ")
_INFINITIVE = re.compile(r"\bto [a-z]+")
# an item that ends on the bare verb of a relative clause, its object still to come after a comma
_OPEN_VERB_SERIES = re.compile(r"\b(?:that|which) (?:could|may|might|would|can|will) [a-z]+$")
# "the failure to further develop, prove out or commercialize the product": an infinitive left
# without its object, then a short run of verbs joined by "or"/"and" whose last one takes the
# object: the verbs share it, one factor
_OPEN_INFINITIVE = re.compile(r"\b(?:failure|failures|inability|ability|efforts?|attempts?) to (?:[a-z]+ )?[a-z]+$")
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
# adjectives joined; "wood, steel and other materials" closes with the kind of what it lists)
_INNER_CLOSE = re.compile(r"^(?!(?:the|our|its|their|any|a|an|changes|risks?)\b)[a-z'-]+(?: [a-z'-]+)?,? (?:and|or) "
                          r"(?:other (?!(?:factors|risks|uncertainties|matters|things)\b))?"
                          r"(?!(?:the|our|its|their|any|a|an|other|changes|risks?)\b)[a-z'-]+$")
_INNER_BARE = re.compile(r"^(?!(?:the|our|its|their|any|a|an|changes|risks?)\b)[a-z'-]+$")
_LIST_GOES_ON = re.compile(r"^(?:(?:and|or) (?=(?:the|our|its|their|any|a|an) )|(?!(?:and|or|as well as|other|others|etc)\b))"
                           r"(?:the|our|its|their|any|a|an|[a-z]+ [a-z]+)\b")
_INNER_HEAD_WORDS = 3


def _inner_coordination(items: list[str], parts: list[str], index: int) -> int:
    """How many comma parts from `index` on finish a coordination inside the last item (see
    `_INNER_CLOSE`): bare parts up to one closed by "and"/"or", with the list going on after it
    with another item; 0 when there is none."""
    # (adjectives before a shared noun, "state and federal fiscal, monetary and trade policies",
    # are `_merge_shared_adjectives`'s)
    if not items or len(items[-1].split()) < _INNER_HEAD_WORDS or re.search(r"\b" + _ADJECTIVE_WORD + "$", items[-1]):
        return 0
    for k in range(index, min(len(parts) - 1, index + _EXAMPLES_REACH)):
        part = parts[k].strip(" ,;:.\n")
        if _INNER_CLOSE.match(part):
            after = parts[k + 1].strip(" ,;:.\n")
            good = (_LIST_GOES_ON.match(after) and not _QUALIFIER.match(after) and not _CLAUSE_START.search(after)
                    and not _BARE_ADVERBS.fullmatch(after) and not _AS_IT_BEARS.match(after))
            return k - index + 1 if good else 0
        if not _INNER_BARE.match(part):
            return 0
    return 0


# "the demand for air travel in North America, Europe and Asia": places go on the item that names
# where; a place is no factor
# (the other words of two-word names are place words too: "the United States", "New Zealand")
_PLACES = STATES | PROVINCES | COUNTRIES | frozenset("""europe asia africa america americas oceania latin north south
east west central middle eastern western northern southern abroad elsewhere united states kingdom emirates new
zealand hong""".split())


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
current future short long near medium""".split())
_MODIFIER_OPEN = re.compile(r"\b(?:in|of|for|by|from|to|on|under|with) (?:the )?([a-z'-]+)$")


def _modifier_left_open(first: str) -> bool:
    """Whether the first half of a last pair ends on a bare modifier after its preposition."""
    opened = _MODIFIER_OPEN.search(first)
    return bool(opened) and opened.group(1) in _MODIFIERS


def _example_run(parts: list[str], index: int) -> int:
    """How many comma parts from `index` on go on the examples opened at the end of the item
    before them: a run of bare nouns that an "and" or "or" closes ("beef", "chicken and cheese");
    0 when the parts run on without closing (then they are factors of the list)."""
    for k in range(index, min(len(parts), index + _EXAMPLES_REACH)):
        part = parts[k].strip(" ,;:.\n")
        if not _BARE_EXAMPLE.match(part):
            return 0
        if _CLOSING_EXAMPLE.search(part):
            return k - index + 1
    return 0


def _shares_verbs(item: str, part: str) -> bool:
    """Whether `part` goes on with verbs that share an object with the open infinitive that
    ends `item` ("ability to obtain" + "maintain and enforce patent protection")."""
    run = _VERB_RUN.match(part)
    if not run or not _OPEN_INFINITIVE.search(item) or run.group(2) not in _SHARED_VERBS:
        return False
    return all(w.strip(",") in _SHARED_VERBS for w in run.group(1).split())


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


def _join_others(parts: list[str]) -> list[str]:
    """"actions by governmental authorities or others in connection therewith": "or others" finishes
    the part before it, it is no factor of its own."""
    joined: list[str] = []
    for part in parts:
        if joined and _OTHERS.match(part):
            joined[-1] += " or " + part
        else:
            joined.append(part)
    return joined


_SPLIT_AND = re.compile(r",? (?:and|or|as well as) (?=[a-z])")
# A lead-in sentence that names its factors only by referring back: "Among them are ...", "These
# include ...", "We list some of them here: ..." (the factors were named in the sentence before).
_REFERS_BACK = re.compile(r"\s*(?:(?:(?:chief|foremost|prominent|principal|primary|main|key|first|notable) )?"
                          r"among (?:them|these|those)\b|"
                          # "The following are some, though not all, of these risks:"
                          r"the following (?:are|include) (?:some|several|certain|a few|many|among)\b[^.;:]{0,40}? "
                          r"(?:these|those|such|them)\b|"
                          r"(?:these|they|those) (?:may |could |might )?(?:include|includes|comprise)\b|"
                          r"(?:these|those|such) (?:reasons|factors|risks|uncertainties|matters|events) "
                          r"(?:may |could |might )?(?:include|includes|comprise|are)\b|"
                          r"(?:we|i) (?:list|name|identify|highlight|note|describe|set out|set forth) "
                          r"(?:(?:some|several|certain|a few|many|the most important|the principal) )?(?:of )?"
                          r"(?:them|these|those)\b)")
_CONTEXT_STEMS = ("risk", "factor", "uncertaint", "cause", "affect", "impact", "differ", "vary", "varies", "deviat", "diverg",
                  "contingenc", "assumption")
# what cannot be assured is uncertain: "there can be no assurances regarding: (a) ..." speaks of
# the uncertainties its list names
_UNASSURED_CONTEXT = r"\bno (?:assurances?|guarantees?)\b"
_FACTOR_CONTEXT = re.compile("|".join(_CONTEXT_STEMS + (_UNASSURED_CONTEXT,)))
_UNASSURED_LEAD_IN = re.compile(_UNASSURED_CONTEXT)
_COLON_NEXT = re.compile(r"\s*:")
_GENERIC_WORDS = frozenset("""
    variety number range host multitude
    various other certain many several numerous important significant known unknown additional such
    these those the and or of a an factors factor risks risk uncertainties uncertainty things matters
    events conditions subject including include includes among others beyond our its their company
    company's companies control which other general following
""".split())
_CLAUSE_START = re.compile(
    r"^(?:many|some|most|all|none|each|any|both|copies|a copy|details) of (?:which|these|them|those)\b|"
    r"^(?:which|that|who|whose|it|they|we|there|cannot|can|could|may|might|will|would|should|must|"
    r"are|is|were|was|be|been|has|have|had|do|does|consequently|accordingly|therefore|thus|"
    r"whether|otherwise|in addition|also|please|readers|you|investors|including|such as|especially|"
    r"particularly|for example|but|on|at|from|upon|based on|etc)\b"  # ("etc." names nothing more)
)
_NOT_A_FACTOR = re.compile(
    # "actual results" are the company's, but "the actual results of our drilling program" are an
    # activity's outcome, a factor ("of operations" and "of the company" stay the company's)
    r"forward looking statement|differ materially|materially different|"
    r"actual results(?! of (?!(?:the |our |its |their )?(?:company|operations?|business|[a-z]+'s)\b))|"
    r"\b(?:could|may|might|would|will|can) cause\b|"
    r"\bform [0-9]+ [a-z]{1,3}\b|annual report|quarterly report|current report|filings? with|filed with|"
    r"annual information form|management'?s discussion and analysis|"  # a Canadian filer's documents
    r"reports? (?:filed|with)|securities and exchange commission|under the (?:caption|heading)|"
    r"risk factors (?:section|in)|the foregoing|\bthe following\b|\bas follows\b|(?:discussed|described|detailed|disclosed|identified|"
    r"set forth|referred to|listed|contained|included|outlined) (?:in|under|from time|elsewhere|herein|above|below)|"
    r"^(?:and |or )?(?:other|such other|those other|additional|similar) "
    r"(?:\w+ )?(?:factors|risks|uncertainties|matters)\b|"
    # a catch-all behind a quantifier ("numerous other factors beyond Acme's control") or with
    # several kinds before a general noun ("other unexpected commercial, technical or legal
    # developments"): kinds of what may happen, none named
    r"^(?:and |or )?(?:various|numerous|many|several|certain|any|all) (?:such )?other "
    r"(?:\w+ )?(?:factors|risks|uncertainties|matters|developments|events|circumstances)\b|"
    r"^(?:and |or )?(?:other|such other|additional|similar) (?:[a-z]+,? (?:(?:and|or) )?){0,5}"
    r"(?:developments|events|circumstances|contingencies)$|"
    # "..., including those under "Risk Factors" therein": the factors a document holds under a
    # caption, pointed at, not named
    r"^(?:and |or )?those under\b|\b(?:those|risks?|factors?|uncertaint\w+|matters|caption|heading)\b.*\btherein\b|"
    # "local zoning rules and changes": a bare word of change, split from the pair it closes,
    # names nothing that changes
    r"^(?:and |or )?(?:changes|developments|fluctuations|variations)$|"
    # "..., whether as a result of new information, future events or otherwise": what would make
    # the company update, the no-update clause's own words
    r"^(?:and |or )?(?:new information|future events|changed circumstances|subsequent events|otherwise)$"
)


_KINDS_NOUN = re.compile(r"^[a-z]+(?: (?:and|or) [a-z]+)? (?:factors|risks|uncertainties|conditions|considerations)$")
# A sub-heading that groups the items under it ("Economic Factors", "Operating Factors"): a kind
# of factors, never one.
_GROUP_HEADING = re.compile(r"^[a-z]+(?: and (?:other )?[a-z]+)? factors$")


_ADJECTIVE = re.compile(r"^(?:[a-z]+ )?[a-z/]+(?:al|ic|ive|ary|ory)$")
# "national and local economic, business and market conditions": adjectives joined by "and"/"or"
# before the one next to the noun are a run of their own, as the comma-parted ones are
_ADJECTIVE_WORD = r"[a-z/]+(?:al|ic|ive|ary|ory)"
_COORDINATED_ADJECTIVES = re.compile(r"^(?:[a-z]+ )?(?:(?:and|or) " + _ADJECTIVE_WORD + r" ){1,2}" + _ADJECTIVE_WORD + "$")


def _merge_shared_adjectives(items: list[str]) -> list[str]:
    """"adverse economic, social, political, regulatory and physical conditions": a run of
    adjectives split at commas shares the noun of the item that ends it: one factor."""
    out: list[str] = []
    run: list[str] = []
    for item in items:
        if _ADJECTIVE.match(item) or _COORDINATED_ADJECTIVES.match(item):
            run.append(item)
            continue
        if len(run) >= 2:
            item = ", ".join(run) + ", " + item
        else:
            out.extend(run)
        run = []
        out.append(item)
    return out + run


# "economic, competitive, governmental and other factors (outside our control)": adjectives that
# share the noun of a catch-all name kinds of factors, none of them a specific one.
_KINDS_THEN_OTHERS = re.compile(r"^(?P<kinds>[a-z/]+(?:, [a-z/]+)*),? (?:and|or) (?:other|similar) "
                                r"(?:[a-z]+ )?(?:factors|risks|uncertainties|considerations)\b")


def _kinds_then_others(item: str) -> bool:
    match = _KINDS_THEN_OTHERS.match(item)
    return match is not None and all(_ADJECTIVE.match(kind) for kind in match.group("kinds").split(", "))


def drop_kinds_of_factors(items: list[str]) -> list[str]:
    """"economic, competitive, governmental and technology factors": adjectives sharing one noun
    name kinds of factors, not specific factors; the run of one-word items before such an item
    goes with it. A lone "market conditions" is a factor like any other. A run of adjectives
    before another noun is one factor with it (`_merge_shared_adjectives`)."""
    out: list[str] = []
    items = _merge_shared_adjectives(items)
    for number, item in enumerate(items, 1):
        shared = " and " in item or " or " in item or (out and len(out[-1].split()) == 1)
        if shared and _KINDS_NOUN.match(item) or _kinds_then_others(item):
            while out and len(out[-1].split()) == 1:
                out.pop()
            continue
        # a group heading stands before the items it groups: the last item of a list is none
        # ("economic conditions, market demands, and competitive factors": competition)
        if not _GROUP_HEADING.match(item) or (number == len(items) and number > 1):
            out.append(item)
    return out


_THAT_CLAUSE = re.compile(r"\b(?:possibility|possibilities|risk|risks|likelihood|chance|uncertainty|fact) that\b")
_LEADING_THAT = re.compile(r"^that,? ")
_PARALLEL_THAT = re.compile(r"^(?:and |or )?that,? ")
_LEADING_WHETHER = re.compile(r"^(?:and |or )?whether (?!or not\b)")
_JOINED_QUESTION = re.compile(r"^(?:(?:and|or) )?whether (?:we|it|they|the company|management) ")
_QUESTION_SUBJECT = re.compile(r"^(?:we|it|they)(?: (?:can|will|could|may|are|is|do|does))?(?: be able to)? ")


def continue_that_clauses(items: list[str]) -> list[str]:
    """"the possibility that benefits may not materialize; that the offer may not be completed;
    that …": once an item opens with "the possibility (risk) that", later items starting with
    "that" are further factors of the same construction, not relative clauses."""
    out: list[str] = []
    opener = ""
    # "including that demand may fall; that costs may rise; that ...": items that all open with
    # "that" are parallel content clauses, each a factor, the first one as well.
    thats = sum(1 for i in items if _PARALLEL_THAT.match(i))
    parallel = thats >= _MIN_PARALLEL and 3 * thats >= 2 * len(items) and bool(_LEADING_THAT.match(items[0]))
    for item in items:
        if opener or parallel:
            item = (_PARALLEL_THAT if opener else _LEADING_THAT).sub("", item)
            # "the possibility that the merger fails, that we lose key staff, ...": the later
            # clause is read under the opener, whatever its subject ("we lose key staff" alone
            # would read as a clause of the legend)
            if opener and _QUESTION_SUBJECT.match(item):
                item = f"the {opener} {item}"
            elif parallel and _QUESTION_SUBJECT.match(item):
                item = f"the risk that {item}"  # "..., that prices may rise and that we may lose a customer"
        found = _THAT_CLAUSE.search(item)
        opener = opener or (found.group(0) if found else "")
        out.append(item)
    return out


# "...; we may fail to comply with privacy laws; we depend on third-party vendors; ...": a list
# whose items are sentences about the company, several of them with "we" for subject
_LEADING_WE = re.compile(r"^(?:and |or )?we (?!undertake|assume|disclaim|caution|believe|expect|intend|anticipate)")


def specific_factors(items: list[str]) -> list[str]:
    """The items that name specific factors (`is_specific_factor`). "depending on whether the FDA
    approves …, whether our partner funds … and whether we can raise …": parallel questions that
    a result turns on are factors, while one "whether" clause ("whether as a result of new
    information …") stays a clause of the legend. Items that state a risk as a sentence with
    "we" for subject ("we may fail to retain key staff; we depend on one supplier") are factors
    once several items of the list do so; one such item stays a clause of the legend."""
    parallel = sum(1 for item in items if _LEADING_WHETHER.match(item)) >= 2
    # "the length of the downturn, our customers' budgets, and whether we can pass on higher
    # costs": a question joined to the list as its last member is one of its factors
    joined = (len(items) >= 2 and bool(_JOINED_QUESTION.match(items[-1]))
              and is_specific_factor(_question(items[-1])))
    we_items = sum(1 for item in items if _LEADING_WE.match(item)) >= _MIN_PARALLEL
    # "Will we be able to raise capital? Can we keep our customers?": direct questions, several
    # in a row, ask about factors the way "whether" clauses do
    asked = sum(1 for item in items if _DIRECT_QUESTION.match(item)) >= 2
    return [i for i in items if is_specific_factor(i)
            or ((parallel or _POSED_QUESTION.match(i)) and _LEADING_WHETHER.match(i) and is_specific_factor(_question(i)))
            or (joined and i is items[-1])
            or (asked and _DIRECT_QUESTION.match(i) and is_specific_factor(_DIRECT_QUESTION.sub("", i)))
            or (we_items and _LEADING_WE.match(i) and _states_a_risk(i))]


# "..., whether the acquisition closes on time, ...": a question with a subject of its own asks
# about a factor; "whether as a result of new information" only widens a clause of the legend.
_POSED_QUESTION = re.compile(r"^(?:and |or )?whether (?:the|our|its|their|any|we|it|they)\b")
_DIRECT_QUESTION = re.compile(r"^(?:will|can|could|would|should|may|might|do|does|is|are|has|have) "
                              r"(?:(?:we|it|they)(?: be able to| continue to)? )?(?=[a-z])")


def _states_a_risk(item: str) -> bool:
    """A "we ..." item read as a factor: it has words of its own and is no clause of the legend
    about the statements or results ("we caution that results could differ materially")."""
    content = [w for w in re.findall(r"[a-z][a-z0-9']+", item) if len(w) >= 3 and w not in _GENERIC_WORDS]
    return bool(content) and not _NOT_A_FACTOR.search(item)


_CATCH_ALL_INCLUDING = re.compile(
    r"^(?:and |or )?(?:other|such other|those other|additional|similar)\b[^:]*?\bincluding"
    r"(?:,? (?:but not limited to|without limitation))?,? (?P<named>.+)$")


def named_in_catch_alls(items: list[str]) -> list[str]:
    """"…; and other factors beyond our control, including without limitation, changes in the
    general economy, changes in interest rates and geopolitical conflicts": a catch-all item is
    no factor, but the specific factors it goes on to name are (a reference to another document
    there, "including those in our Form 10-K", names none)."""
    named: list[str] = []
    for item in items:
        match = _CATCH_ALL_INCLUDING.match(item)
        if match is None or is_specific_factor(item):
            continue
        parts = [re.sub(r"^(?:and|or) ", "", p.strip()) for p in match.group("named").split(",")]
        parts = [p for p in parts if p]
        if parts:
            tail = _SPLIT_AND.split(parts[-1])
            if len(tail) == 2 and all(len(t.split()) <= 8 for t in tail):
                parts[-1:] = tail
        named += [p for p in parts if is_specific_factor(p)]
    return named


_TRAILING_CATCH_ALL = re.compile(
    r"^(?P<factor>.+?),? (?:and|as well as) (?:the )?(?:other|such other|additional|similar) (?:\w+ )?"
    r"(?:factors|risks|uncertainties|matters)\b")


_OTHER_KINDS = re.compile(r"^(?:and |or )?(?:the )?(?:other|such other|additional|similar) ")


def cut_trailing_catch_alls(items: list[str]) -> list[str]:
    """"…; our ability to collect receivables and manage inventory and other risks described in
    our SEC filings": the last item carries the catch-all that points elsewhere after its own
    factor; the factor before "and other risks" is read as the item (the catch-all, no factor,
    is left out as it would be on its own)."""
    out = []
    for item in items:
        match = _TRAILING_CATCH_ALL.match(item)
        head = match.group("factor") if match else ""
        # a catch-all that goes on to name factors ("and other risks, including ...") is read
        # by `named_in_catch_alls` from the whole item
        # ("and other economic, competitive and technological and other risks discussed in our
        # filings": what stands before the second "other" is the catch-all's own kinds, no factor)
        cut = (match is not None and not _NOT_A_FACTOR.search(head) and not _OTHER_KINDS.match(head)
               and not _names_after_including(item[match.end():]))
        out.append(head if cut else item)
    return out


def _names_after_including(rest: str) -> bool:
    """Whether a catch-all's "including ..." goes on to name a factor ("and other risks, including
    currency swings"), not another document ("..., including our Annual Report on Form 10-K")."""
    at = rest.find(" including")
    return at >= 0 and is_specific_factor(rest[at + len(" including"):])


def _question(item: str) -> str:
    """What a "whether" item asks about, as a factor reads: "whether we can raise capital" is
    "raise capital"."""
    return _QUESTION_SUBJECT.sub("", _LEADING_WHETHER.sub("", item))


# "including, among others, those related to:" and the bullets under it: the words before the
# colon point at the factors to come ("those related to"), they are none themselves.
_POINTING_ITEM = re.compile(r"^(?:(?:among others|among other things|without limitation|but not limited to),? )?"
                            r"(?:as well as )?those(?: [a-z]+){0,2} (?:to|with|from|in|by|under|below)$")


@lru_cache(maxsize=4096)  # the items of a list are read again for every lead-in nested in it
def is_specific_factor(item: str) -> bool:
    """Whether a listed item names a specific factor (see the module notes)."""
    words = re.findall(r"[a-z][a-z0-9']+", item)
    content = [w for w in words if len(w) >= 3 and w not in _GENERIC_WORDS]
    if not content:
        return False
    # "the failure to file our periodic reports with the SEC on time": the act of filing is the
    # factor; the reports it names are what is filed, not a pointer to the risks they describe
    filing = _FILING_ACT.search(item)
    pointed = _without_late_foregoing(item[: filing.start()] if filing else item)
    if _RISK_THAT.match(pointed):
        # "the risk that Acme and the distributor described above fail to agree": the words
        # point back at a party of the factor's own clause, not at risks set out elsewhere
        pointed = _PARTY_POINTED_BACK.sub("", pointed)
    return not (_CLAUSE_START.search(item) or _NOT_A_FACTOR.search(pointed) or _POINTING_ITEM.match(item)
                or _DOCUMENT_ITEM.match(item) or _PLACE_ITEM.fullmatch(item))


# "..., including those described in our Form S-1, the preliminary prospectus and in our other
# filings": the items after a pointer that name the documents or their parts, and where they are
# kept, are more places to look, not factors.
_DOCUMENT_ITEM = re.compile(
    r"(?:and |or |as well as )?(?:(?:in|on|under|at) )?(?:(?:the|our|its|their|any|each|such|all) )?"
    r"(?:(?:other|preliminary|final|base|subsequent|later|most recent|related|future) )*"
    r"(?:prospectus(?:es)?(?: supplements?)?|registration statements?|proxy statements?|press releases?|public statements|"
    # a Canadian filer's documents: "the listing application (form 2b) dated ..., the interim
    # consolidated financial statements ... and the management's discussion and analysis for ..."
    r"(?:(?:interim|annual|audited|unaudited|condensed|consolidated|quarterly) )*financial statements|"
    r"management'?s discussion (?:and |& )?analysis|listing applications?|filing statements?|"
    r"(?:management )?information circulars?|annual information forms?|"
    r"(?:periodic |public )?filings|part [ivx]{1,3}|item [0-9]{1,2}[a-z]?|sedar\+?|edgar|"
    r"(?:(?:annual|quarterly|current) reports? on )?forms? [0-9]{1,2} [a-z]{1,2})\b|"
    r"(?:and |or )?available (?:on|at|under|through|from) ")
# "..., copies of which are available from our investor relations department, our website and the
# SEC": a place where a document is kept, as a whole item, is no factor either.
_PLACE_ITEM = re.compile(
    r"(?:and |or )?(?:(?:in|on|at|from|under|through) )?(?:(?:the|our|its|their|the company's) )?"
    r"(?:web ?site|sec|securities and exchange commission|investor relations(?: department| office)?|"
    r"(?:caption |heading )?risk factors)")


# "uncertainty of market acceptance of our products and the impact of studies, including those
# referenced here, on any of the foregoing": a factor of its own that ends by bearing on the ones
# before it; "the foregoing" points back only where little stands before it ("assumptions
# underlying any of the foregoing", "the impact of the foregoing").
_FOREGOING = re.compile(r"\bthe foregoing\b")
_LATE_FOREGOING_WORDS = 8


def _without_late_foregoing(item: str) -> str:
    """The item with a "the foregoing" cut out where enough words of its own stand before it."""
    match = _FOREGOING.search(item)
    if match is None:
        return item
    before = [w for w in re.findall(r"[a-z][a-z0-9']+", item[: match.start()]) if len(w) >= 3 and w not in _GENERIC_WORDS]
    return item if len(before) < _LATE_FOREGOING_WORDS else item[: match.start()] + item[match.end() :]
_RISK_THAT = re.compile(r"^(?:and |or )?(?:the )?(?:risk|possibility|chance|likelihood) that (?!(?:are|is|were|was|have|has) )")
_PARTY_POINTED_BACK = re.compile(r"\b(?:discussed|described|detailed|disclosed|identified|referred to|listed|mentioned|"
                                 r"named) (?:above|below|herein)\b")
_FILING_ACT = re.compile(r"\b(?:ability|inability|failure|fail|unable|delays?|delayed)(?: [a-z]+){0,3} to "
                         r"(?:timely |promptly )?file\b")


# What ties a list of risks to the company's results or statements: "factors that could cause",
# "results may be affected by", "forward-looking statements involve risks such as". Without it, a
# list of risks is one the document talks about ("patients with risk factors such as diabetes,
# obesity and hypertension", "rating agencies consider factors such as leverage …"), unless the
# risks open the sentence ("Key risks include …", "Such factors include …").
_TIED = re.compile(r"\b(?:cause[sd]?|affect(?:s|ed|ing)?|impact(?:s|ed|ing)?|influenc(?:e|es|ed|ing)|differ\w*|var(?:y|ies)|"
                   r"results?|performance|forward looking|statements?|business|operations|financial|outlook|guidance|"
                   r"projections?|expectations?|expect\w*|plans?|future|could|may|might|would|will|can)\b")
_TIED_STEMS = ("cause", "affect", "impact", "influenc", "result", "differ", "statement", "forward", "performance",
               "business", "operation", "financial", "expect", "outlook", "guidance", "projection")
_RISK_NOUN = re.compile(r"\b(?:risk|factor|uncertaint)")
# What may stand before the risks when they open the sentence: determiners, quantifiers and the
# adjectives of lead-ins ("Among the key risks are", "There are several important factors",
# "Examples of such uncertainties include"), not a verb or noun of another subject ("Our
# reinsurance subsidiary underwrites risks such as …").
_OPENING = frozenset("""
    among the a an these those such other our its their this that some many several various certain number
    of key principal main major primary chief important significant material specific potential additional
    further known unknown and or there are is in addition to for example examples instance instances following
    also particular particularly notable most few
""".split())


def _about_results(text: str, start: int, end: int) -> bool:
    if _TIED.search(text, start, end):
        return True
    # OCR-damaged text ("resuIts", "cauze"): the longer tie words, read tolerantly.
    if any(word_matches(stem, word, prefix=True) for word in re.findall(r"[a-z0-9]+", text[start:end])
           if len(word) >= 5 for stem in _TIED_STEMS):
        return True
    if _ANNOUNCED.search(text, start, end):
        return True
    noun = _RISK_NOUN.search(text, start, end)
    if noun is None:
        return False
    # a short phrase fronted and set off by a comma ("For illustrative purposes only, such risks
    # include") frames the sentence; the risks still open its clause
    fronted = _FRONTED.match(text, start, noun.start())
    opening = fronted.end() if fronted else start
    # "FSBN believes that its primary risk factors include ...": the speaker's belief frames the
    # clause the risks open, as a fronted phrase does (a party's belief, "analysts believe that
    # the key risks include", frames risks the document only reports)
    belief = _BELIEF.match(text, opening, noun.start())
    if belief and not any(w in OTHER_OWNERS for w in belief.group("speaker").split()):
        opening = belief.end()
    return all(w in _OPENING for w in re.findall(r"[a-z']+", text[opening : noun.start()]))


_BELIEF = re.compile(r"\s*(?P<speaker>(?:[a-z']+ ){0,2}[a-z']+) (?:believes?|considers?|thinks?) that\s+")


_FRONTED = re.compile(r"\s*(?:[a-z']+ ){0,4}[a-z']+,\s*")


# "Readers should weigh the following risks: ...": risks announced as the list that follows are the
# legend's own list wherever they stand in the sentence, not risks the document talks about.
_ANNOUNCED = re.compile(r"\bthe following (?:[a-z]+ ){0,2}(?:risks?|factors?|uncertaint\w*)\b")


# A sentence whose subject is "statements regarding ..." lists what the forward-looking
# statements are about; a lead-in word inside that list ("... and assumptions and predictions
# about future activities, including the development of ..., are all forward-looking
# statements") introduces more topics, not factors that could cause results to differ.
_TOPIC_SUBJECT = re.compile(
    r"(?:for example|for instance|in particular|specifically)?,? ?(?:all |any |the |these |such )?"
    r"(?:forward looking )?statements (?:regarding|about|relating to|related to|concerning|as to|"
    r"with respect to|pertaining to|that relate to|that concern)\b")
# "... statements that involve risks and uncertainties, including statements regarding: the
# timing of our trials; ...": what the lead-in opens is a list of the statements' topics.
# (after the lead-in's own qualifier, "including without limitation statements relating to ...",
# and also when the topics are the company's expectations: "include our expectations regarding")
_TOPICS_AFTER = re.compile(r"[\s,:]*(?:(?:but (?:are )?not limited to|without limitation|among other things|among others|(?:other )?things)"
                           r"[\s,:]*)?(?:(?:forward looking )?statements|(?:our|the company's|management's) "
                           r"(?:expectations|beliefs)) (?:regarding|about|relating to|"
                           r"related to|concerning|as to|with respect to|pertaining to|that relate to|that concern)\b")
_CAUSAL = re.compile(r"\b(?:cause[sd]?|could|might|differ\w*|var(?:y|ies)|affect\w*|impact\w*)\b")
# "... on assumptions that it believes were reasonable, which include, but are not limited to,
# assumptions with respect to the company's growth potential, ...": a list whose first words name
# assumptions lists what the statements rest on, not factors, unless the sentence has spoken of
# causing or differing before it (as for a sentence whose subject is the assumptions).
_ASSUMPTIONS_AFTER = re.compile(r"[\s,:]*(?:(?:but (?:are )?not limited to|without limitation|among other things|among others)"
                                r"[\s,:]*)?(?:the |our |its |their |certain |key |material |principal )?assumptions "
                                r"(?:with respect to|in respect of|regarding|about|as to|concerning|relating to|related to|"
                                r"underlying|that)\b")


# "the list of factors set forth in our filings that may affect future results is not exhaustive":
# the lead-in's "is" is the copula of what is said of the list, and no list follows it (the
# listing form "are not limited to" still opens one).
_PREDICATE_AFTER = re.compile(r"(?:(?<=\bis)|(?<=\bare))\s+(?:not (?!limited to\b|only\b)|(?:exhaustive|complete|comprehensive|"
                              r"all inclusive|exclusive)\b)")


def _lists_assumptions(text: str, sentence_start: int, lead_in_end: int) -> bool:
    """Whether the list after a lead-in opens by naming assumptions, with nothing of causing or
    differing in its sentence before it."""
    return (_ASSUMPTIONS_AFTER.match(text, lead_in_end) is not None
            and not _CAUSAL.search(text, sentence_start, lead_in_end))


# A sentence whose subject is the assumptions ("Certain assumptions made in preparing the
# forward-looking information include: our ability to ...; ...") lists what the statements rest
# on, not what could cause results to differ from them, unless the sentence says so before the
# list ("Assumptions that could prove wrong and cause results to differ include ...").
_ASSUMPTION_SUBJECT = re.compile(
    r"(?:the |these |such |certain |some |other |our |its |key |material |principal |important |"
    r"significant |underlying )*assumptions\b")


# "Forward-looking statements involve risks and uncertainties and include, without limitation, our
# guidance ...": the listing verb is the statements' second predicate, so what it lists are the
# statements' topics, though risks stand between the subject and the verb.
_STATEMENTS_INCLUDE = re.compile(
    r"(?:all |any |the |these |such |our )?(?:forward looking )?statements\b[^.;:]{0,120}?\band (?:also )?(?:include|includes)\b")
# "The declaration of future dividends will depend on factors such as our earnings, capital needs
# and financial condition": what a board weighs in deciding a payout, not factors that could make
# results differ from the statements.
_PAYOUT_SUBJECT = re.compile(
    r"(?:the |any |all |future )*(?:(?:declaration|payment|amount|timing|level|rate)s?(?: and (?:the )?"
    r"(?:declaration|payment|amount|timing|level|rate)s?)? of (?:any |all |such |future |our |the )*)?"
    r"(?:quarterly |annual |regular |special |cash )*(?:dividends?|distributions?|share repurchases?|stock repurchases?|buybacks?)\b")


# "The Board will consider factors such as earnings, cash flow and capital requirements", "The
# factors we considered in setting guidance include backlog, ...": what a deciding party weighs
# (the company, its management or board) is a consideration of its decision, not a risk that could
# make results differ
_DELIBERATING = re.compile(
    r"(?:(?:the|our) )?(?:management|board(?: of directors)?|company|committee|we)\b[^.;:]{0,60}?\b"
    r"(?:consider|considers|considered|weigh|weighs|weighed|evaluate|evaluates|evaluated|assess|assesses|assessed|"
    r"takes? into account|took into account)\b[^.;:]{0,30}?(?<!risk )\b(?:factors|considerations|criteria)\b|"
    r"(?:the |other )?(?<!risk )(?:factors|considerations|criteria) (?:that |which )?(?:we|management|the board|the company) "
    r"(?:consider|considered|weigh|weighed|take into account|took into account|evaluate|evaluated|used|use)\b")


def _lists_topics(text: str, sentence_start: int, lead_in_end: int) -> bool:
    """Whether the lead-in stands inside a "statements regarding ..." list of topics, or a list
    of assumptions the sentence's subject names (or a payout decision's considerations), with
    nothing of causing or differing before it."""
    statements = _STATEMENTS_INCLUDE.match(text, sentence_start)
    if statements and statements.end() <= lead_in_end and not _CAUSAL.search(text, sentence_start, lead_in_end):
        return True
    fronted = _FRONTED.match(text, sentence_start)  # "In addition, future dividend payments ..."
    opening = (_TOPIC_SUBJECT.match(text, sentence_start) or _ASSUMPTION_SUBJECT.match(text, sentence_start)
               or _PAYOUT_SUBJECT.match(text, fronted.end() if fronted else sentence_start)
               or _DELIBERATING.match(text, fronted.end() if fronted else sentence_start))
    if not opening:
        # ... or as the noun the lead-in hangs on, wherever it stands ("the Company has applied
        # several material assumptions, including without limitation, ...")
        head = text.rfind("assumptions", max(sentence_start, lead_in_end - _ASSUMPTION_REACH), lead_in_end)
        opening = head >= 0 and _LEAD_IN_AFTER.fullmatch(text, head + len("assumptions"), lead_in_end) \
            and not _RISK_NOUNS.search(text, sentence_start, head)  # "risks, uncertainties and assumptions"
    return bool(opening) and not _CAUSAL.search(text, sentence_start, lead_in_end)


_ASSUMPTION_REACH = 60
_RISK_NOUNS = re.compile(r"\b(?:risks?|uncertaint\w*|factors?|contingenc\w*|hazards?|dangers?)\b")
# A lead-in bounded by a past time ("Such factors included, until last year, ..."): what used to
# be factors, not those that could cause results to differ now.
_UNTIL_PAST = re.compile(r",?\s*until (?:last|recently|earlier|the (?:end|start|beginning) of (?:last|the prior|the previous)"
                         r"|(?:19|20)[0-9]{2}\b)")
# what may stand between the assumptions and the end of a lead-in that hangs on them
_LEAD_IN_AFTER = re.compile(r",?\s*(?:including|include|includes|such as|among others|among them)"
                            r"(?:,?\s*(?:but not limited to|without limitation))?(?:,?\s*the following)?,?\s*:?")


# "Words such as 'expects', 'plans' ... identify forward-looking statements": a lead-in that
# ends a phrase naming words lists the cue words, not factors ("assumptions. Words such as").
_CUE_LIST = re.compile(r"\b(?:words|terms|expressions|phrases|terminology)(?: [a-z]+){0,2} (?:such as|like|including)$")


_REASON_CLAUSE = re.compile(r"\b(?:as|because|since) (?:such|these|those|they|the|all|any)\b(?: [a-z-]+){0,4} "
                            r"(?:involve|involves|entail|entails|are subject|is subject)\b")
_SUBORDINATE = re.compile(r"\s*(?:while|although|though|whereas|if|because|since|unless|even if|even though)\b")
# ", some of which cannot be predicted or quantified,": a relative clause set off by commas adds
# to the risks it follows without restricting them, so a negation inside it does not deny the
# list ("Risks that we do not consider material include", restrictive, still does; so does
# ", none of which could affect ...", whose negation is its own pronoun).
_NON_RESTRICTIVE = re.compile(r",\s*(?:(?:some|many|most|all|certain|several|each|any|both|one) of )?"
                              r"(?:which|whom|whose)\b[^,;:]*(?=,)")


def _denied(text: str, start: int, end: int) -> bool:
    """Whether the clause that opens the list denies it ("the Company does not consider any of the
    following a risk that could affect its results:", "no factors other than those could cause
    …"): a negation in the lead-in's clause, other than one that bears on the next word only
    ("not limited to", "without limitation", "not historical facts")."""
    clause_start = max(start, text.rfind(";", start, end) + 1)
    # "While there is no assurance that any list of risks is complete, important factors … include":
    # a subordinate clause before the main one is not the lead-in's.
    subordinate = _SUBORDINATE.match(text, clause_start, end)
    if subordinate is not None:
        comma = text.find(",", subordinate.end(), end)
        clause_start = comma + 1 if comma >= 0 else clause_start
    # "Readers should not rely on these statements, as they involve risks that could cause results
    # to differ, including": a clause giving the reason for a caution opens the lead-in's own
    # clause; the caution's negation bears on the reliance, not on the list.
    for reason in _REASON_CLAUSE.finditer(text, clause_start, end):
        clause_start = reason.start()
    words = re.findall(r"[a-z']+", _NON_RESTRICTIVE.sub(",", text[clause_start:end]))
    if _strengths_as_subject(words):
        return True
    # "Risks that we consider immaterial include": a negative form denies the list as much as
    # "not" does, unless a non-restrictive relative clause only adds it
    if any((is_negation(word) and not is_local_negation(words, index) and not overlooked(words, index)
            and not _unassured(words, index))
           or word in NEGATIVE_FORMS for index, word in enumerate(words)):
        return True
    # "Risks that have been fully resolved include", "These risks, which the Company believes it has
    # now fully mitigated, include": risks said to be over are none, in a relative clause or not;
    # a lead-in clause opened by a pronoun after a semicolon is read with the clause it takes up
    # ("The risks referred to above have since been resolved; they were risks associated with:")
    opening = re.match(r"\s*([a-z']+)", text[clause_start:end])
    if opening is not None and opening.group(1) in _TAKING_UP and clause_start > start:
        clause_start = max(start, text.rfind(";", start, clause_start - 1) + 1)
    words = re.findall(r"[a-z']+", text[clause_start:end])
    return any(word in RESOLVED or word in _LEAVING_OUT
               or is_incapacity(words, index)   # "factors found unable to cause results to differ"
               or (word == "used" and index + 1 < len(words) and words[index + 1] == "to"
                   and index > 0 and words[index - 1] in _HABIT_SUBJECTS)   # "Factors that used to affect ...": former
               # "Risks and uncertainties once included ...": a list of what the risks were
               or (word in _FORMERLY and index + 1 < len(words) and words[index + 1] in _PAST_LISTING)
               # "Such factors would have included, had the merger failed, ...": a counterfactual
               # list, of what the factors would have been in a case that did not come about
               or (word in _COUNTERFACTUAL_MODALS and words[index + 1 : index + 2] == ["have"]
                   and index + 2 < len(words) and words[index + 2] in _PAST_LISTING)
               or (word in _SET_ASIDE and index + 1 < len(words) and words[index + 1] in ("out", "away"))
               or _put_aside(words, index)   # "matters the Company has considered and set aside"
               or (word in _MITIGATED and index > 0 and words[index - 1] in _IN_FULL)
               # "statements ... free of risks and uncertainties": the risks said to be absent
               or (word == "free" and index + 1 < len(words) and words[index + 1] in ("of", "from"))
               or word in _DISSOCIATED   # "These risks are unrelated to the following:"
               or _unshaken(words, index)
               # "Risks that can safely be disregarded include": matters readers may leave out of
               # account ("risks investors should not overlook" keep the list: the litotes affirms)
               or (word in OVERLOOKING and not any(is_negation(w) for w in words[max(0, index - 4) : index]))
               for index, word in enumerate(words))


_ASSURANCES = frozenset("assurance assurances guarantee guarantees".split())


def _unassured(words: list[str], index: int) -> bool:
    """"there can be no assurance regarding: ...": the negation denies that the matters listed are
    assured, which is what makes them uncertainties; it does not deny the list."""
    return words[index] == "no" and index + 1 < len(words) and words[index + 1] in _ASSURANCES


# The lead-in's subject names what favours the results, not what threatens them ("Our strengths,
# which should let results exceed our projections, include ..."; "Advantages that could help us
# beat our forecasts include"): the list names no risk. Only as the head of the subject, after a
# determiner: "factors that could erode our competitive advantages" still lists risks.
_STRENGTHS = frozenset("strength strengths advantage advantages tailwind tailwinds".split())
_SUBJECT_DETERMINERS = frozenset("our the its their these those key principal main certain some".split())


def _strengths_as_subject(words: list[str]) -> bool:
    t = 0
    while t < len(words) - 1 and t < 3 and words[t] in _SUBJECT_DETERMINERS:
        t += 1
    return t < len(words) and words[t] in _STRENGTHS and (t > 0 or len(words) > 1)


# Statements said to hold whatever the listed matters do ("These statements would remain accurate
# whatever the course of each of the following: ...", "... are unaffected by the following"): the
# list is a reassurance, not cautionary factors.
_UNSHAKEN = frozenset("unaffected immune insulated impervious".split())
_REMAINING = frozenset("remain remains stay stays".split())
_HOLDING = frozenset("accurate valid true correct intact unchanged".split())


def _unshaken(words: list[str], index: int) -> bool:
    word = words[index]
    return word in _UNSHAKEN or (word in _REMAINING and index + 1 < len(words) and words[index + 1] in _HOLDING)


_TO_COLON = re.compile(r"[^;:.!?\n]{0,300}:")
_TO_LIST_MARK = re.compile(r"[^;:.!?\n]{0,300}[;:]")
# the verbs a lead-in opens its list with: denied after the lead-in phrase, they deny the list
_LISTING_VERBS = frozenset("include includes including comprise comprises cause causes affect affects impact "
                           "impacts influence influences".split()) | {"among"}  # "are not among the following:"


def _denied_lead_in(text: str, sentence_start: int, end: int) -> bool:
    """`_denied` for the lead-in found up to `end`, and for the words after it up to a colon that
    opens the list ("due to a number of factors, which do not include: ...", "The following
    factors ... have been found unable to cause results to differ: ..."): there only a denied
    listing or causing verb, an incapacity or a verb of leaving out turns the list round, not an
    aside ("(the order in which they appear does not reflect their importance)", "which we list
    below without ranking them")."""
    if _denied(text, sentence_start, end):
        return True
    colon = _TO_COLON.match(text, end)
    if colon is None:
        # a list opened by a semicolon in a colon's place ("... include none of the following;
        # the risk that ..."): only the listing verb's negative object is read there
        mark = _TO_LIST_MARK.match(text, end)
        opening = re.findall(r"[a-z']+", text[end : mark.end()])[:1] if mark is not None else []
        return bool(opening) and opening[0] in _NEGATIVE_OBJECTS and text[end - 1 : end].isalpha()
    words = re.findall(r"[a-z']+", _PARENTHESES.sub(" ", text[end : colon.end()]))
    if words and words[0] in _NEGATIVE_OBJECTS and text[end - 1 : end].isalpha():
        return True  # "... include none of the following:": the listing verb's object denies the list
    return any((is_negation(word) and not is_local_negation(words, index)
                and any(w in _LISTING_VERBS for w in words[index + 1 : index + 4]))
               or is_incapacity(words, index) or word in _LEAVING_OUT or _unshaken(words, index)
               or _put_aside(words, index)   # "..., which the Company has considered and set aside:"
               or word in _DISSOCIATED
               or word in RESOLVED   # "the following, each of which we have eliminated:"
               or _excepted(words, index)
               for index, word in enumerate(words))


# Exceptives that open the list itself ("due to a variety of factors, other than: ...", "...,
# excluding: ...", "..., with the exception of the following:"): what follows is left out of the
# factors. Not "besides", which often adds ("besides the following:").
_EXCEPTING_PAIRS = frozenset({("other", "than"), ("apart", "from"), ("aside", "from"), ("save", "for"),
                              ("not", "counting"), ("exclusive", "of"), ("but", "not"), ("though", "not"),
                              ("although", "not"), ("leaving", "aside"), ("setting", "aside"), ("putting", "aside")})
_EXCEPTING_WORDS = frozenset("except excepting excluding".split())
_INCLUDING = frozenset("include includes including such among".split())


def _excepted(words: list[str], index: int) -> bool:
    """Whether an exceptive at `index` of the words before a list's colon opens the list, with no
    listing word among them ("factors, other than the following:"; not "factors, other than those
    above, including:", nor an aside in a list's lead-in: "including, apart from X, whether:")."""
    opens = words[index] in _EXCEPTING_WORDS or tuple(words[index : index + 2]) in _EXCEPTING_PAIRS \
        or words[index : index + 3] == ["with", "the", "exception"]
    return opens and not any(w in _INCLUDING for w in words)


_NEGATIVE_OBJECTS = frozenset("none nothing neither".split())
_FORMERLY = frozenset("once formerly previously".split())
_PAST_LISTING = frozenset("included comprised were".split())
_COUNTERFACTUAL_MODALS = frozenset("would could might".split())


# The lead-in's verb turned round ("Such risks and uncertainties exclude, among other things; ..."),
# risks set aside ("Risks and uncertainties that management has ruled out include: ...") or
# mitigated in full ("risks, which the Company believes it has now fully mitigated, include ...";
# "risks we seek to mitigate" are still risks)
_LEAVING_OUT = frozenset("exclude excludes".split())
_TAKING_UP = frozenset("they these those".split())  # a pronoun that takes up the clause before a semicolon
# what may stand before "used to" when it is the past habit of the risks, not a use ("factors that
# used to affect ...", "risks which used to", not "the assumptions used to prepare the outlook")
_HABIT_SUBJECTS = frozenset("that which factors risks uncertainties matters they".split())
_SET_ASIDE = frozenset("rule rules ruled ruling".split())
# "fully insured against each of the following", "completely hedged": in full, as mitigated
# (or already allowed for in full: "fully reflected in our guidance", "wholly accounted for")
_MITIGATED = frozenset("""mitigated neutralized neutralised addressed insured hedged protected reflected accounted
absorbed""".split())
_ASIDE_VERBS = frozenset("set put cast brushed swept".split())
# the listed matters said to bear no relation to the risks ("... are unrelated to the following")
_DISSOCIATED = frozenset("unrelated irrelevant unconnected".split())


def _put_aside(words: list[str], index: int) -> bool:
    """"set aside", "put aside": matters left out of account, as "ruled out" ones are; "put
    behind it (us)": matters the company is past, as resolved ones are."""
    if words[index] == "behind":
        return (index > 0 and words[index - 1] in _BEHIND_VERBS and index + 1 < len(words)
                and words[index + 1] in _BEHIND_OBJECTS)
    return words[index] == "aside" and index > 0 and words[index - 1] in _ASIDE_VERBS


_BEHIND_VERBS = frozenset("put puts putting left got gotten".split())
_BEHIND_OBJECTS = frozenset("it us them itself ourselves".split())
_IN_FULL = frozenset("fully completely entirely wholly".split())


# A list taken back after it is given: a clause whose subject is a negative quantifier over the
# whole list ("..., though none of these could in fact cause such a difference", "Readers are
# cautioned that none of the risk factors in this list has been found capable of affecting our
# results") with a verb or adjective of causing or capacity says the list holds no factor that
# could. "none of which" on one item ("litigation, none of which is pending") is that item's.
_RETRACTED = re.compile(
    r"\b(?:none|not one|not any) of (?:these|those|them|the foregoing|the above|this list|the listed\b"
    r"|the (?:[a-z]+ ){0,3}(?:above|listed|foregoing|in this list|on this list|in the list))"
    r"(?:[^.;:]{0,80}?)\b(?:cause|causes|causing|affect|affects|affecting|capable|able|impact|impacts|"
    r"impacting|result in|lead to|bearing|material|significant)\b")   # "none of the foregoing has any bearing on
# our results", "though none of these is material"
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_MAY_RETURN = re.compile(r"\b(?:but|though|although|yet)\b[^.;:]*?\b(?:may|might|could|can)\b")


def _retracted(text: str, start: int, end: int) -> bool:
    """Whether the list in [start, end), or the sentence right after it, takes the whole list
    back (`_RETRACTED`), or the list's own predicate denies that its items could cause or affect
    anything (`_denied_predicate`)."""
    if _denied_predicate(text, start, end):
        return True
    stop = min(len(text), end + 400)
    first = _SENTENCE_END.search(text, max(start, end - 1), stop)
    if first is not None:
        second = _SENTENCE_END.search(text, first.end(), stop)
        stop = second.end() if second is not None else stop
    if _RETRACTED.search(text, start, stop) is not None:
        return True
    resolved = _ALL_RESOLVED.search(text, start, stop)
    if resolved is None:
        return False
    # "... we have eliminated all of them, but they may recur": the concession brings them back
    end_of_sentence = _SENTENCE_END.search(text, resolved.end(), stop)
    return _MAY_RETURN.search(text, resolved.end(), end_of_sentence.start() if end_of_sentence else stop) is None


# The verbs a list of factors is the subject of when the sentence ends on what they do ("Factors
# such as demand, competition and rates could affect our results"), and their nouns ("have no
# effect on").
_EFFECTS = frozenset("cause causes affect affects impact impacts influence influences alter alters change changes "
                     "harm harms".split())
_EFFECT_NOUNS = frozenset("effect effects impact bearing influence".split())
# a clause of the item's own opens before the verb ("the risk that ...", "events we cannot influence")
_ITEM_OPENERS = frozenset("that whether if which who whom we i you they it management".split())


_AUXILIARY_VERBS = frozenset("will would could can do does did may might should shall must".split())


def _verb_denied(words: list[str], index: int) -> bool:
    """Whether the verb at `index` is negated as a verb: "will not affect", "cannot cause",
    "don't impact" (not "no change in tariffs", a noun after a determiner)."""
    for k in range(max(0, index - 3), index):
        word = words[k]
        if word == "cannot" or (word.endswith("n't") and word != "n't"):
            return True
        if word in ("not", "never") and k > 0 and words[k - 1] in _AUXILIARY_VERBS and not is_local_negation(words, k):
            return True
    return False


def _denied_predicate(text: str, start: int, end: int) -> bool:
    """Whether the list's last conjunct ends the sentence with a predicate that denies the items
    any effect: "Factors such as demand, competition and rates will not affect our results",
    "... are incapable of affecting our results", "... have no effect on our results". Read in
    the text after the list's last comma or semicolon, and only when no "that", "whether",
    "which" or a subject of its own opens a clause of the item's before the verb ("the risk that
    suppliers will not change their terms", "events we cannot influence" are factors)."""
    sentence = _SENTENCE_END.search(text, start, end + 1)
    stop = sentence.start() if sentence is not None else end
    tail_start = max(text.rfind(",", start, stop), text.rfind(";", start, stop)) + 1
    if tail_start <= 0:
        return False
    words = re.findall(r"[a-z']+", text[tail_start:stop].lower())
    for index, word in enumerate(words):
        if word in _ITEM_OPENERS:
            return False
        before = words[max(0, index - 3) : index]
        if word in _EFFECTS and _verb_denied(words, index):
            return True
        if is_incapacity(words, index):
            return True
        if word in _EFFECT_NOUNS and before and before[-1] == "no" and index + 1 < len(words) and words[index + 1] in ("on", "upon"):
            return True
    return False


# ... or by a universal over the whole list said to be over ("Management has since concluded that
# every matter listed above has been fully resolved"; `RESOLVED`).
_SETTLED = "|".join(sorted(RESOLVED) + ["ruled out"])  # "..., each of which management has now ruled out"
_ALL_RESOLVED = re.compile(
    r"\b(?:(?:every|each|all)(?: of)? (?:the |these |those )?(?:[a-z]+ ){0,3}?(?:above|listed|foregoing|in this list)|"
    r"(?:every one|each|all|both) of (?:which|them))\b"
    r"[^.;:]{0,60}?\b(?:has|have) (?:now |since |already )?(?:been )?(?:fully |completely |entirely )?(?:"
    + _SETTLED + r")\b"
    # ... the verb first: "but we have since eliminated all of them", "we have ruled out each of these factors"
    r"|\b(?:has|have) (?:now |since |already )?(?:fully |completely |entirely )?(?:"
    + _SETTLED + r") (?:all|each|every one)(?: of)? (?:them|these|those|the above|the foregoing)\b")


_THEIR_STATEMENTS = frozenset("statements projections forecasts estimates".split())
_OWN_MARKERS = frozenset("these this our its such company's".split())


def _statements_of_party(words: list[str], index: int) -> bool:
    """Whether the party at `index` owns the forward-looking statements the lead-in's risks bear
    on ("our licensees' forward-looking statements are subject to", "the forward-looking
    statements of our licensees are subject to"), with none of the company's own named beside
    them ("these forward-looking statements and those of our partners")."""
    follows = [w for w in words[index + 1 : index + 4] if w not in ("forward", "looking", "s")]  # ("Acme’s": "s")
    theirs = bool(follows) and follows[0] in _THEIR_STATEMENTS
    of_theirs = any(words[k] == "of" and words[k - 1] in _THEIR_STATEMENTS
                    for k in range(max(1, index - 3), index))
    if not (theirs or of_theirs):
        return False
    return not any(w in _OWN_MARKERS and (n == "forward" or n in _THEIR_STATEMENTS) for w, n in zip(words, words[1:]))


_REPORTING = frozenset("describe describes described identify identifies identified list lists listed report "
                       "reports reported disclose discloses disclosed cite cites cited".split())


def _described_by_others(text: str, start: int, end: int, names: Names = NO_NAMES) -> bool:
    """Whether the lead-in's clause gives the risks as someone else describes them ("The risks
    our dealers describe in their own reports include", "risks identified by analysts
    include"), or as someone else's ("Risks facing our parent include", "factors that could
    affect our distributors' results include"; read on to the colon that opens the list):
    another's list, not the company's cautionary factors. A party is a word of `OTHER_OWNERS` or a
    name the document does not give itself (`names`: "Risks facing Halvorsen Marine, our joint
    venture partner, include", "factors that could affect Halvorsen's own results include")."""
    colon = _TO_COLON.match(text, end)  # the lead-in read on to the colon that opens the list
    stop = colon.end() if colon is not None else end
    words = re.findall(r"[a-z']+", text[max(start, text.rfind(";", start, end) + 1):stop])
    words = [w for w in words if w != "own"]  # "their own results", "Halvorsen's own results": the same owner
    own_outcome = any(w in ("our", "its", "company's") and n in _OUTCOMES for w, n in zip(words, words[1:]))
    for index, word in enumerate(words):
        if word in OTHER_OWNERS or _names_another(names, words, index):
            if any(w in ("not", "than") for w in words[max(0, index - 3) : index]) and not any(
                    w in _FACING for w in words[max(0, index - 3) : index]):
                continue  # the party set aside: "which we and not our auditors have identified"
            verb_at = index + 1
            if verb_at < len(words) and words[verb_at] == "of":
                # the party's "of" phrase read past: "the former owners of the mill described"
                verb_at = next((k for k in range(verb_at + 1, min(len(words), verb_at + 5))
                                if words[k] in _REPORTING), verb_at)
            if any(w in _REPORTING or w in _FACING for w in words[verb_at : verb_at + 2]):
                return True  # "our dealers describe", "the risks that our former parent faces"
            if _contrasted_with_own(words, index + 1, names):
                return True  # "the factors that analysts, rather than the Company, consider"
            if index >= 2 and words[index - 1] in ("by",) and words[index - 2] in _REPORTING:
                return True  # "identified by analysts"
            facing = next((k for k in range(index - 1, max(-1, index - _APPOSED_REACH - 1), -1) if words[k] in _FACING), None)
            if facing is not None and (_in_apposition(words[facing + 1 : index]) or index - facing <= _FACED_REACH and not any(
                    w in _OWN or stem(w) in names.own for w in words[facing + 1 : index])):
                # "Risks facing our parent", "risks confronting Acme Holdings, our parent," (not
                # "risks facing the Company and its customers": the company's own among them)
                return True
            if _affected_party(words, index):
                return True  # "factors affecting our largest customer include"
            if _statements_of_party(words, index):
                return True  # "The forward-looking statements of our licensees are subject to risks, including"
            if own_outcome:
                continue  # "our results and those of our customers": the company's among them
            if index + 1 < len(words) and words[index + 1] in _OUTCOMES:
                # "factors that could affect our distributors' results" (canonical text drops the
                # apostrophe after a plural), "our customer's results"
                return True
            if any(words[k] == "of" and words[k - 1] in _OUTCOMES for k in range(max(1, index - 3), index)):
                return True  # "the results of our largest customer"
    return False


# "analysts, rather than the Company,", "our partners and not GM": the party set against the
# company, so that what follows is the party's and not the company's
_CONTRASTS = (("rather", "than"), ("instead", "of"), ("as", "opposed"), ("and", "not"), ("not",))
_CONTRAST_REACH = 4


def _contrasted_with_own(words: list[str], at: int, names: Names) -> bool:
    """Whether words[at:] open with a contrast whose other side is the company ("rather than the
    Company", "as opposed to us", "and not GM")."""
    for contrast in _CONTRASTS:
        if tuple(words[at : at + len(contrast)]) == contrast:
            rest = words[at + len(contrast) : at + len(contrast) + _CONTRAST_REACH]
            # (with no name of its own known, a name there is taken for the company's: "rather than GM")
            return any(w in _OWN or w in OWN_SPEAKERS or w in ("our", "ours") or names.is_own(w)
                       or (not names.own and names.is_name(stem(w))) for w in rest)
    return False


def _names_another(names: Names, words: list[str], index: int) -> bool:
    """Whether words[index] ends a name of someone the document does not present as itself."""
    if not names.own or words[index] in _NOT_NAME_ENDS or (
            index + 1 < len(words) and words[index + 1] not in _NOT_NAME_ENDS and names.never_lower(stem(words[index + 1]))):
        return False  # (a name's last word only: "Halvorsen" in "Halvorsen Marine" is not)
    return names.another(words[max(0, index - _NAME_WORDS + 1) : index + 1])


_NAME_WORDS = 3
_NOT_NAME_ENDS = frozenset("risks factors uncertainties include includes including results".split())


# The risks of someone else's business, not the company's: "Risks facing our parent include",
# "factors that could affect our distributors' results include". The owner within a few words
# after the verb of facing (an appositive names it: "facing Acme Holdings, our parent,").
_FACING = frozenset("facing face faces confronting confront confronts".split())
_FACED_REACH = 5
_APPOSED_REACH = 10  # "facing" + "First Federal MHC, our mutual holding company" + "parent"
_APPOSITIVE_NAME_WORDS = 4


def _in_apposition(between: list[str]) -> bool:
    """Whether the words between a verb of facing and the party name someone the party then
    describes ("facing Redfern MHC, our mutual holding company parent"): a short name, then "our"
    and the party's modifiers, with no "and" or "or" to make them two (the name may share words
    with the company's own, as a parent's often does)."""
    if "our" not in between[1:] or any(w in ("and", "or") for w in between):
        return False
    return between.index("our", 1) <= _APPOSITIVE_NAME_WORDS
_OWN = frozenset("company we us business businesses corporation issuer".split())
_OUTCOMES = frozenset("results result performance business businesses operations earnings returns".split())


# "Factors affecting our largest customer include ...": the party is what the factors affect, as the
# verb's whole object (only determiners and adjectives between; not "affecting demand from our
# customers" or "affecting customer demand", where the company's business is affected).
_AFFECTING = frozenset("affecting affect affects impacting impact impacts influencing".split())
_AFTER_OBJECT = frozenset("include includes including are is could may might can would will such".split())
_DIRECT_OBJECT_REACH = 3
_DETERMINERS = frozenset("our the its their a an".split())


def _affected_party(words: list[str], index: int) -> bool:
    if index + 1 < len(words) and words[index + 1] not in _AFTER_OBJECT:
        return False
    for k in range(index - 1, max(-1, index - _DIRECT_OBJECT_REACH - 1), -1):
        if words[k] in _AFFECTING:
            return words[k + 1] in _DETERMINERS and not any(w in _OWN for w in words[k + 1 : index])
    return False


def _damaged_factor_context(text: str, start: int, end: int) -> bool:
    """For a lead-in found by the OCR-tolerant search: the factor context, OCR damage allowed.

    Damage changes or drops a letter, it does not halve a word: a word much shorter than the stem
    ("act" of "Reform Act" for "affect") is another word, not a damaged one."""
    return any(len(word) >= len(stem) - 1 and word_matches(stem, word, prefix=True)
               for word in re.findall(r"[a-z0-9]+", text[start:end]) for stem in _CONTEXT_STEMS)


# The running header an EDGAR filing repeats at the top of every page, a link back to its table of
# contents: between two items of a list split by a page break it is furniture like the page number
# (`legend.is_page_furniture` knows it as a paragraph of its own).
_RUNNING_HEADER = re.compile(r"\s*table of contents\s*")
_RUNNING_HEADER_END = re.compile(r"\n+table of contents$")


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
_FACTOR_SENTENCE_HEAD = (r"(?:(?:also|additionally|further|furthermore|in addition|and),? )?"
                         r"(?:(?:the )?uncertaint(?:y|ies) (?:regarding|about|as to|over|surrounding|concerning|"
                         r"related to|relating to|associated with)|(?:our|its|their|the company's) (?:ability|inability) to|"
                         r"risks? (?:associated with|related to|relating to|arising from|regarding))\b")
_FACTOR_SENTENCE = re.compile(r"\s*" + _FACTOR_SENTENCE_HEAD)
_FACTOR_SENTENCE_BREAK = re.compile(r"\.\s+(?=" + _FACTOR_SENTENCE_HEAD + ")")
_FACTOR_SENTENCE_OPENER = re.compile(r"^(?:also|additionally|further|furthermore|in addition|and),? ")
_FACTOR_SENTENCES = 8  # sentences of one factor each read on after the list
_FACTOR_SENTENCE_WORDS = 60


def _factor_sentences(context: CheckContext, end: int, scope_end: int) -> int:
    """The end of the sentences of one factor each that follow a list's sentence (see
    `_FACTOR_SENTENCE_HEAD`), in its paragraph or the next ones of the legend; `end` when none."""
    text = context.text
    for _ in range(_FACTOR_SENTENCES):
        following = _FACTOR_SENTENCE.match(text, end, scope_end)
        if following is None or not text[:end].rstrip().endswith("."):
            return end
        start = following.start() + len(following.group()) - len(following.group().lstrip())
        _, sentence_end = context.sentence_of(start, start + 1)
        sentence_end = min(sentence_end, scope_end)
        if sentence_end <= end or text.count(" ", start, sentence_end) >= _FACTOR_SENTENCE_WORDS:
            return end
        end = sentence_end
    return end


def split_items(enumeration: str) -> list[str]:
    """Split a run of listed factors into items (canonical text in, item texts out)."""
    pieces = _FACTOR_SENTENCE_BREAK.split(enumeration)
    if len(pieces) > 1:
        # a list, then factors one to a sentence: each sentence is one factor (or, set out as a
        # list of its own, its items)
        items = split_items(pieces[0])
        for piece in pieces[1:]:
            piece = _FACTOR_SENTENCE_OPENER.sub("", piece.strip(" .\n"))
            items += split_items(piece) if re.search(f"[;{BULLETS}\n]", piece) else [piece]
        return items
    enumeration = _split_at_enumerators(enumeration)
    enumeration = _SENTENCE_ENUMERATOR.sub(";", enumeration)  # "… serve. (ii) commodity …"
    enumeration = _DATE_COMMA.sub(r"\1 \2", enumeration)  # "filed on april 5, 2024": no item break
    enumeration = _FORM_LIST.sub(lambda m: m.group().replace(",", ""), enumeration)  # "forms 10 k, 10 q and 8 k"
    text = re.sub(r"(?<=\S)  +", " ", _PARENTHESES.sub(" ", _without_page_furniture(enumeration)))
    # "The following factors, among others, could cause results to differ: competition; …": the
    # items start after the colon that ends the lead-in's sentence.
    first_separator = text.find(";" if text.count(";") >= 2 else ",")
    colon = text.find(":", 0, first_separator if first_separator >= 0 else len(text))
    if colon >= 0:
        text = text[colon + 1 :]
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
    separator = ";" if text.count(";") >= 2 else ","
    if separator == ",":
        # "... and other factors outside our control that may cause our business, strategy or
        # actual results to differ materially": the commas after a relative clause about results
        # differing part that clause's objects, not factors; the list ends where it begins.
        clause = _DIFFERING_RELATIVE.search(text)
        text = text[: clause.start()] if clause else text
    items: list[str] = []
    added_after: list[int] = []  # items that open with "as well as": the one before ends a list of its own
    examples_left = 0  # comma parts still to go on the examples an item opened ("such as beef, chicken and cheese")
    parts = text.split(separator)
    for index, part in enumerate(parts):
        part = _DASH_BULLET.sub("", part.strip(" ,;:.\n"))  # "* demand for …", "- the timing of …"
        if items and separator == "," and _subjects_of_open_that(items[-1], parts[index:]):
            # "the risk that estimates, forecasts, projections and other statements will not be
            # achieved": the commas part the subjects of one clause, whose verb is still to come
            items[-1] += ", " + part
            continue
        if separator == ",":
            if part.startswith("as well as ") and items:
                added_after.append(len(items))
            part = re.sub(r"^(?:and|or|as well as) ", "", part)  # "..., as well as x and y": the pair is x and y
        if _QUALIFIER.match(part):
            continue
        if not sum(1 for w in re.findall(r"[a-z]+", part) if len(w) >= 3):
            continue
        if items and separator == "," and _OPEN_VERB_SERIES.search(items[-1]):
            # "market conditions that could delay, reduce or cancel orders": the commas go on with
            # the verbs of a relative clause, which share one object; the item is not over yet.
            items[-1] += ", " + part
            continue
        if items and separator == "," and _OPEN_INFINITIVE.search(items[-1]) and (
                _VERBS_THEN_OBJECT.match(part) or _shares_verbs(items[-1], part)):
            items[-1] += ", " + part
            continue
        if items and separator == "," and _bears_on_state(items[-1], part):
            items[-1] += ", " + part
            continue
        if items and separator == "," and not examples_left:
            # a coordination inside the last item goes on over commas: examples it opened ("such as
            # beef, chicken and cheese"), or bare nouns closed by "and" mid-list
            opened = _EXAMPLES_OPENED.search(items[-1])
            examples_left = (_example_run(parts, index) if opened and not _CLOSING_EXAMPLE.search(opened.group())
                             else 0) or _inner_coordination(items, parts, index)
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
    if separator == "," and items and len(items) >= 2:
        # a catch-all after the pair ("x and y and other factors described in our Form 10-K")
        # is set apart first: it neither hides the pair nor makes it look like three parts
        last = len(items) - 1
        # "whether we can raise capital, whether customers renew and whether tariffs rise": in a
        # list of parallel questions a "whether" item is a factor, not a clause of the legend
        questions = sum(1 for item in items if _LEADING_WHETHER.match(item)) >= 2
        # "include that demand may weaken, that prices may rise and that ...": parallel content
        # clauses, each a factor (`continue_that_clauses`), the last pair too
        thats = bool(_LEADING_THAT.match(items[0])) and sum(1 for item in items if _PARALLEL_THAT.match(item)) >= 2
        while True:
            catch_all = _TRAILING_CATCH_ALL.match(items[last])
            pair = catch_all.group("factor") if catch_all else items[last]
            clause = _CLAUSE_START.search(pair) and not (questions and _LEADING_WHETHER.match(pair)) \
                and not (thats and _PARALLEL_THAT.match(pair)) and not _REPEATED_HEAD.match(pair)
            if last == 0 or not (clause or _NOT_A_FACTOR.search(pair)):
                break
            last -= 1
        tail = _join_others(_SPLIT_AND.split(pair))
        by_determiner = False
        if len(tail) > 2:
            # "stock market volatility and the ability to raise capital from internal and external
            # sources": a bare noun, then a determiner's phrase that has an "and" of its own; the
            # pair parts at its first "and", the second phrase keeps the rest
            first = _SPLIT_AND.search(pair)
            halves = [pair[: first.start()], pair[first.end() :]]
            determined = _determined_halves(pair)
            if _bare_then_phrase(halves):
                tail = halves
            elif determined:
                tail, by_determiner = determined, True
        if (last > 0 and len(tail) == 2
                and (all(len(t.split()) <= 8 for t in tail) or _bare_then_phrase(tail) or by_determiner)
                and not _paired_activities(tail)
                and not _shared_complement(tail)
                and not _bears_on_state(tail[0], tail[1])
                and not _modifier_left_open(tail[0])
                and not (_EXAMPLES_OPENED.search(tail[0].rsplit(", ", 1)[0]) and _BARE_EXAMPLE.match(tail[1]))
                # "the risk that prices, volumes, margins and costs will move": the subjects of one
                # clause, joined above, end with their "and"; the verb after it is the clause's
                and not (", " in tail[0] and _OPEN_THAT.match(tail[0]))):
            rest = [items[last][catch_all.end("factor") :].strip(" ,")] if catch_all else []
            items[last : last + 1] = tail + [re.sub(r"^(?:and|as well as) ", "", r) for r in rest]
    if separator == "," and added_after == [1] and len(items) == 2:
        # "weaker demand and higher steel prices, as well as the loss of a key customer": the
        # pair before "as well as" is a list's end as much as a last comma-part is
        pair = _SPLIT_AND.split(items[0])
        if len(pair) == 2 and all(len(p.split()) <= 8 for p in pair):
            items[0:1] = pair
    if separator == ",":
        return _join_shared_objects(items)
    if items:
        # "...; tenant defaults; and property taxes, any of which could cause results to differ":
        # the relative clause that closes the list speaks of all the items, it is no part of the last
        items[-1] = _CLOSING_RELATIVE.sub("", items[-1]) or items[-1]
    items = [part for item in items for part in _AND_THE_RISK.split(item)]
    return _split_parallel_heads(items)


_OPEN_THAT = re.compile(r"^(?:and |or )?(?:the )?(?:risk|possibility|chance|likelihood) that ")
_AUXILIARY = re.compile(r"\b(?:will|would|may|might|could|can|cannot|shall|should|must|is|are|was|were|be|been|has|"
                        r"have|had|do|does|did|won't|don't|doesn't)\b")
_OPEN_SUBJECT_WORDS = 4


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


_CLOSING_RELATIVE = re.compile(r",\s*(?:(?:any|each|all|some|many|most|one|either|both) of )?which\b.*$")
# A clause about results differing that ends a comma list: a relative one ("... that may cause our
# results to differ"), or a second predicate of the sentence's subject ("..., including x that could
# delay our plans, and could cause our results, goals and plans to differ materially").
_DIFFERING_RELATIVE = re.compile(r"(?:\s(?:that|which)|,? (?:and|or)) (?:may|could|might|would|can) (?:cause|lead)\b"
                                 r"[^;.]*?\b(?:differ|vary)")



# Numbered items: "(i) …, (ii) …, and (iii) …", "(a) …; (b) …", "(1) … (2) …".
_ENUMERATOR_LABEL = re.compile(r"([,;.]?\s*(?:and |or )?)\((?P<label>[ivx]{1,5}|[a-z]|\d{1,2})\)")
# the same run numbered without an opening bracket, as plain-text and Word lists are ("1. weaker
# demand 2. higher steel prices 3. ...", "a) ... b) ..."), read when no bracketed run splits
_BARE_ENUMERATOR_LABEL = re.compile(r"([,;.]?\s*(?:and |or )?)(?<![\w.$])(?:(?P<label>\d{1,2})[.)]|"
                                    r"(?P<letter>[ivx]{1,5}|[a-z])\))(?=\s)")
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
        whole = ";" not in enumeration[: first.start()] and enumeration.count(" ", 0, first.start()) <= _LEAD_WORDS
        for marker in run:
            segment = enumeration[position : marker.start()]
            out.append(_inner_semicolons(segment) if whole and marker is not first else segment)
            out.append(";" if marker is not first or ":" not in enumeration[: marker.start()][-3:] else " ")
            position = marker.end()
        out.append(_inner_semicolons(enumeration[position:]) if whole else enumeration[position:])
        return "".join(out)
    return None


_DENIED_CAUSE = re.compile(r",?\s*\b(?:though|although|but|yet|and)?\s*(?:[a-z]+ly )?not (?:due to|because of|"
                           r"as a result of|owing to|caused by|on account of)\b")
# The words every match of `_DENIED_CAUSE` ends with: found by a fast scan for "not ", where the
# whole pattern is tried at every character of a list (most lists have no such words)
_DENIED_CAUSE_TAIL = re.compile(r"not (?:due to|because of|as a result of|owing to|caused by|on account of)\b")
_LEAD_WORDS = 6
_INNER_SEMICOLON = re.compile(r";(?=\s*(?:and|or)\s+(?P<rest>[^;]*))")


def _inner_semicolons(segment: str) -> str:
    """A numbered item's "; and ..." goes on the item when what follows names a factor; a
    catch-all after it ("; and other risks in our Form 10-K") stays apart, no factor."""
    return _INNER_SEMICOLON.sub(lambda m: "," if is_specific_factor(m.group("rest").strip(" .")) else ";", segment)


_DATE_COMMA = re.compile(r"\b((?:january|february|march|april|may|june|july|august|september|october|november|"
                         r"december) [0-9]{1,2}), ([0-9]{4})\b")
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
        if out and (_LEADING_PREPOSITION.match(item) or _ALTERNATIVES_TAIL.fullmatch(item)
                    or _COMPANY_SUFFIX.match(item)):
            out[-1] += ", " + item
            continue
        out.append(item)
    if pending:
        out.append(pending)
    return out


_MIN_PARALLEL = 3


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
    parallel = [h for h, n in heads.items() if n >= _MIN_PARALLEL]
    if parallel:
        pattern = re.compile(r",\s+(?:and\s+)?(?=(?:" + "|".join(re.escape(h) for h in parallel) + r")\b)")
        items = [part.strip() for item in items
                 for part in ([item] if _MODAL.search(item) else _rejoin_dangling(pattern.split(item)))
                 if part.strip()]
    return [part.strip() for item in items for part in _rejoin_dangling(_split_risk_heads(item)) if part.strip()]


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

_PAGE_NUMBER = re.compile(r"[0-9]{1,3}")
# A sub-heading on its own line inside a list ("Economic Factors" / "• unemployment levels;").
_GROUP_HEADING_LINE = re.compile(r"\n[a-z]+(?: and (?:other )?[a-z]+)? (?:factors|risks)$")
_PAGE_NUMBER_END = re.compile(r"\s[0-9]{1,3}$")
_SEMICOLON_ITEM_SENTENCES = 4  # full stops one item may hold ("… with limited exceptions. If GF …;")


# A lead-in whose sentence ends by announcing the list ("… including the following.", "… are as
# follows.") opens it like a colon does, and its items may be sentences of their own.
_ANNOUNCES_LIST = re.compile(r"(?:the following|as follows)(?: [a-z]+){0,3}\s*[.:]$")
_PERIOD_ITEM_WORDS = 30


_DASH_BULLET = re.compile(r"^[-–*] +")
_LETTER_BULLET_START = re.compile(r"\s*o (?=[a-z])")
_LETTER_BULLET = re.compile(r"(?:^|(?<=\s))o (?=[a-z])")


# A bullet, or a list number ("1.", "2)", "(b)", "(iv)"), at the start of a source line.
_SOURCE_BULLET = re.compile(f"[ \t]*(?:[{BULLETS}]|[-–*o](?= )|(?:\\d{{1,2}}[.)]|\\((?:\\d{{1,2}}|[a-z]|[ivx]{{1,4}})\\))(?= ))")
_TABLE_ROW = re.compile(r"\S\t+\S")  # two cells with text


def _next_paragraph(text: str, position: int) -> int:
    while text[position : position + 1] == "\n":
        position += 1
    return position


def _bulleted(context: CheckContext, position: int) -> bool:
    """Whether the paragraph that starts at or just before canonical `position` opens with a
    bullet or a list number in the source ("•", "▪", "-", "*", "o", "2.", "(b)"), or is a row of a table (its cells apart by a
    tab, as the HTML and Word readers write them: "Supply<tab>shortages of consumables"): items
    of a list need no punctuation."""
    text = context.text
    start = text.rfind("\n", 0, max(0, position - 1)) + 1 if text[position - 1 : position] != "\n" else position
    if start >= len(text):
        return False
    # asked again and again of the same paragraphs, once per lead-in of a long list
    return context.memo(("factor-count-bulleted", start), lambda: _bulleted_paragraph(context, start))


def _bulleted_paragraph(context: CheckContext, start: int) -> bool:
    source_start = context.canonical.to_source(start, start + 1)[0]
    source = context.document.text
    line_start = source.rfind("\n", 0, source_start) + 1
    # (the bound leaves room for a marker the canonical text kept, "12. ", and the space after it)
    if _SOURCE_BULLET.match(source, line_start, source_start + 6):
        return True
    line_end = source.find("\n", source_start)
    return _TABLE_ROW.search(source, line_start, len(source) if line_end < 0 else line_end) is not None


# Between two bulleted items of a long list a filing puts lines that are no items: a page's number
# and running heads ("63" / "THE ACME COMPANY AND SUBSIDIARIES" / "FORWARD-LOOKING STATEMENTS,
# Continued") and the headings that group the items ("Financial, Economic and Credit Risks"). Each
# is short and ends without punctuation; a few of them in a row still leave one list.
_INTERLUDE_WORDS = 12
_INTERLUDE_LINES = 4
_CLOSING_PUNCTUATION = (".", ";", ":", ",", "?", "!")


def _paragraph_end(text: str, position: int, scope_end: int) -> int:
    end = text.find("\n", position)
    return scope_end if end < 0 else min(end, scope_end)


def _interlude(context: CheckContext, start: int, end: int) -> bool:
    """A short line without closing punctuation that is not itself a bulleted item (a lone table
    row between items of another kind is none: a page's footer the reader kept as a table,
    "1<tab>Acme Foods Inc.")."""
    text = context.text
    if end <= start or text.count(" ", start, end) >= _INTERLUDE_WORDS:
        return False
    if not _bulleted(context, start):
        return not text[start:end].rstrip().endswith(_CLOSING_PUNCTUATION)
    # (whatever its last cell ends with: "Acme Foods Inc."; asked once per paragraph, not per lead-in)
    return context.memo(("factor-count-lone-row", start, end), lambda: _lone_table_row(context, start, end))


def _table_row(context: CheckContext, start: int) -> bool:
    """Whether the paragraph at canonical `start` is a row of a table and opens with no bullet."""
    source_start = context.canonical.to_source(start, start + 1)[0]
    source = context.document.text
    line_start = source.rfind("\n", 0, source_start) + 1
    line_end = source.find("\n", source_start)
    return (not _SOURCE_BULLET.match(source, line_start, source_start + 6)
            and _TABLE_ROW.search(source, line_start, len(source) if line_end < 0 else line_end) is not None)


def _lone_table_row(context: CheckContext, start: int, end: int) -> bool:
    """A table row with no row of its table before or after it: a list written as a table has
    rows on both sides of each item, a footer kept as a one-row table between bullets has none."""
    text = context.text
    if not _table_row(context, start):
        return False
    following = _next_paragraph(text, end)
    if following < len(text) and _table_row(context, following):
        return False
    before = start
    while before > 0 and text[before - 1] == "\n":
        before -= 1
    return before == 0 or not _table_row(context, text.rfind("\n", 0, before) + 1)


def _bullet_after_interludes(context: CheckContext, end: int, scope_end: int, at_least: int = 1) -> int | None:
    """The start of the bulleted paragraph that follows `end` past `at_least` to a few interlude
    lines (`_interlude`), or None when text of another kind, or nothing, comes first."""
    text = context.text
    position = _next_paragraph(text, end)
    for lines in range(_INTERLUDE_LINES + 1):
        if position >= scope_end:
            return None
        line_end = _paragraph_end(text, position, scope_end)
        if _bulleted(context, position) and not _lone_table_row(context, position, line_end):
            return position if lines >= at_least else None
        if not _interlude(context, position, line_end):
            return None
        position = _next_paragraph(text, line_end)
    return None


# a marker the canonical text kept ("o weather …", "- the price …", "(b) changes …", "2. the …")
_KEPT_MARKER = re.compile(r"(?:[-–*o]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s")


def _listed_text(context: CheckContext, start: int, end: int) -> str:
    """The canonical text of a list as `split_items` reads it, with what the canonical text lost
    of its layout put back: a paragraph the source opens with a bullet glyph opens with one again
    after an item that ended with a comma, "and" or nothing (the canonical text drops the glyph,
    and "• rising rates," / "• the loss of a customer;" would join into one item; after a full
    stop the join is left as it was: on the tune half, splitting there gained nothing and lost a
    list), and interlude lines between bulleted items (`_interlude`) end the item before them
    instead of joining it."""
    text = context.text
    pieces = []
    position = start
    newline = text.find("\n", start, end)
    paragraph = start if start == 0 or text[start - 1] == "\n" else (end if newline < 0 else _next_paragraph(text, newline))
    while paragraph < end:
        paragraph_end = _paragraph_end(text, paragraph, end)
        if (not text[position:paragraph].rstrip().endswith((".", "?", "!")) and _glyph_bulleted(context, paragraph)
                and not _KEPT_MARKER.match(text, paragraph)):
            pieces.append(text[position:paragraph] + BULLETS[0])
            position = paragraph
        elif (_interlude(context, paragraph, paragraph_end) and paragraph > start
              and _bullet_after_interludes(context, max(start, paragraph - 1), end) is not None):
            pieces.append(text[position:paragraph] + ";")
            position = paragraph_end
        if paragraph_end >= end:
            break
        paragraph = _next_paragraph(text, paragraph_end)
    pieces.append(text[position:end])
    return "".join(pieces)


_GLYPH_BULLET = re.compile(f"[ \t]*[{BULLETS}]")


def _glyph_bulleted(context: CheckContext, position: int) -> bool:
    """Whether the source line of canonical `position` opens with a bullet glyph ("•", "▪" ...)."""
    source_start = context.canonical.to_source(position, position + 1)[0]
    source = context.document.text
    return _GLYPH_BULLET.match(source, source.rfind("\n", 0, source_start) + 1, source_start + 2) is not None


def _semicolon_items(context: CheckContext, start: int, end: int, scope_end: int) -> int:
    """The end of a colon-opened list of items that end with ";", where an item holds whole
    sentences ("the following: Intel's dominance may limit our ability to compete; AMD has a
    wafer supply agreement ... with limited exceptions. If GF is unable to ..., our business
    could be affected; ..."): past a full stop the list goes on while the next ";" comes within
    a few sentences of the same paragraph. Anywhere else the list ends where its sentence does."""
    text = context.text
    colon = text.find(":", start, end)
    if colon < 0 or text.count(" ", start, colon) > 8 or text.count("; ", colon, end) < 1:
        return end
    paragraph_end = text.find("\n", end)
    paragraph_end = min(scope_end, len(text) if paragraph_end < 0 else paragraph_end)
    while end < paragraph_end:
        position, reached = end, None
        for _ in range(_SEMICOLON_ITEM_SENTENCES):
            if position >= paragraph_end:
                break
            _, sentence_end = context.sentence_of(position, position + 1)
            sentence_end = min(sentence_end, paragraph_end)
            if text.find("; ", position, sentence_end) >= 0:
                reached = sentence_end
                break
            position = sentence_end + 1
        if reached is None or reached <= end:
            return end
        end = reached
    return end


@dataclass(frozen=True)
class _ColonLeadIn:
    """A colon that opens a list, where a lead-in phrase would stand (start, end, exact)."""

    start: int
    end: int
    exact: bool = True


# "There are many factors that could cause actual results to differ materially: the performance
# of our hotels, …", "Among the risks that could affect our results:" and bullets: whatever the
# wording, a colon that ends a sentence naming risks (factors, uncertainties) and what they could
# do to results opens their list.
_LIST_NOUN = re.compile(r"\b(?:risks?|factors?|uncertaint(?:y|ies))\b")
# what a denied colon sentence may announce (`Checker._refused`)
_ANNOUNCED_NOUN = re.compile(r"\b(?:risks?|factors?|uncertaint(?:y|ies)|matters?|events?|developments?|the following)\b")
_LIST_VERB = re.compile(r"\b(?:cause|causes|affect|affects|impact|impacts|influence|influences|differ|vary)\b")

_COLON_VERB_WORDS = 5
_COLON_WORDS = 25
# "... could differ materially. Some of these factors are: ...": the risks named by the subject
# alone, referring back, and "are" or "include" right before the colon
_BARE_COPULA = re.compile(r"\s+(?:are|include)\s*$")
# "the following" (or "as follows") right before the colon, or after it only an aside set off by a
# comma ("..., are not among the following, which the Company has set aside:"), in a sentence
# that names the risks; or a sentence that opens with it ("The following are some, though not
# all, of these risks:")
_FOLLOWING_TAIL = re.compile(r"\b(?:the following|as follows)(?:,[^,;:.()]{0,120})?\s*$")
_FOLLOWING_OPENING = re.compile(r"\s*the following (?:are|include|is|includes)\b")
_ANNOUNCED_WORDS = 60


def _announced_list(text: str, sentence_start: int, colon: int) -> int | None:
    """The start of the risk noun of a sentence that announces its list as "the following" (see
    `_FOLLOWING_TAIL`), or None."""
    if ";" in text[sentence_start:colon] or text.count(" ", sentence_start, colon) > _ANNOUNCED_WORDS:
        return None
    tail = _FOLLOWING_TAIL.search(text, sentence_start, colon)
    if tail is not None and tail.end() == colon:
        noun = _LIST_NOUN.search(text, sentence_start, tail.start())
        return noun.start() if noun is not None else None
    if _FOLLOWING_OPENING.match(text, sentence_start, colon):
        noun = _LIST_NOUN.search(text, sentence_start, colon)
        return noun.start() if noun is not None else None
    return None
_REFERRING_SUBJECT = re.compile(r"^(?:(?:some|certain|several|many|a few|the most important|the principal) of )?"
                                r"(?:these|those|such|the|our)(?: [a-z]+){0,2} $")


def _colon_lead_ins(context: CheckContext, start: int, end: int) -> list[_ColonLeadIn]:
    text = context.text
    found = []
    colon = text.find(":", start, end)
    while colon >= 0:
        sentence_start, _ = context.sentence_of(colon, colon + 1)
        # The colon ends the clause that names the risks and what they could do ("factors that
        # could cause", "risks that may affect"), not a long run whose words happen to include both.
        for noun in _LIST_NOUN.finditer(text, sentence_start, colon):
            verb = _LIST_VERB.search(text, noun.end(), colon)
            bare = (_BARE_COPULA.fullmatch(text, noun.end(), colon) is not None
                    and _REFERRING_SUBJECT.match(text[sentence_start : noun.start()].lstrip()) is not None)
            if bare or (verb is not None and text.count(" ", noun.end(), verb.start()) <= _COLON_VERB_WORDS
                        and text.count(" ", noun.end(), colon) <= _COLON_WORDS and ";" not in text[noun.end():colon]):
                found.append(_ColonLeadIn(noun.start(), colon))  # the list, as after a lead-in phrase, opens with the colon
                break
        else:
            announced = _announced_list(text, sentence_start, colon)
            if announced is not None:
                found.append(_ColonLeadIn(announced, colon))
        colon = text.find(":", colon + 1, end)
    return found


# Factors named before the verb that makes them factors: "Changes in interest rates, the loss of a
# major customer and delays in product launches could cause actual results to differ materially",
# "Competition, regulation and supply disruptions are among the risks that could affect our
# results". The subject is the list. What the verb does must be the legend's caution (results
# differing, or harm): "could cause results to improve" names strengths, and "are discussed in
# this release" names topics, neither a list of factors.
_CAUTION_TAIL = (r"(?:cause|lead|result in|give rise to)\b[^.;:]{0,80}?\b(?:differ\w*|var(?:y|ies)|materially different|"
                 r"(?:such|these|those|a|material) differences?)\b"
                 r"|(?:materially |significantly )?(?:and )?adversely (?:affect|impact)")
_FRONTED_LIST_VERB = re.compile(
    r",?\s(?:(?:could|may|might|would|can)(?: each| all| also| individually or (?:together|collectively|in the aggregate))?"
    r" (?:" + _CAUTION_TAIL + r")"
    r"|(?:are|is) (?:among|some of|one of|examples of) the (?:[a-z]+ ){0,2}"
    r"(?:(?:risks|uncertainties) (?:that|which) (?:could|may|might|can) (?:cause|affect|impact|harm)"
    r"|(?:factors|matters|events) (?:that|which) (?:could|may|might|can) (?:" + _CAUTION_TAIL + r")"
    # the noun ends the sentence: inside a legend, "... are among the important factors." names
    # the caution's own factors ("the factors we weigh in pricing" goes on, and is no such list)
    r"|(?:risks|uncertainties|factors|risk factors)(?=\s*[.;])))\b")
# what may open the sentence before its subject list: a linking adverb, or the caution itself
# ("We caution that ...")
_FRONTED_OPENING = re.compile(
    r"\s*(?:(?:however|in addition|additionally|moreover|furthermore|also|for example|for instance|in particular),?\s+)?"
    r"(?:(?:we|the company|management) (?:caution|cautions|note|notes|warn|warns|remind|reminds)"
    r"(?: you| readers| investors)? that,?\s+)?")
_FRONTED_SUBJECT_WORDS = 80
_RELATIVE_END = re.compile(r"\b(?:which|that|who|whose|whom)$")
# "... are based on ... and involve risks, ..., and could cause results to differ": a verb after "and"
# (or "or") is a second predicate of the sentence's own subject, so no list stands before it as a subject.
_COORDINATED_PREDICATE = re.compile(r",?\s(?:and|or)$")
# The verb is no list's: it ends a relative clause inside the sentence ("risks, many of which are
# beyond our control and could adversely affect ...", "the extent to which any factor, or
# combination of factors, may cause ..."), or the clause before it opens with a subordinator or
# a pronoun subject of its own ("While management considers ..., they are subject to risks ...").
_NOT_A_SUBJECT_LIST = re.compile(r"\b(?:which|whom|whose)\b|^(?:while|although|though|if|because|since|whether|when|"
                                 r"it|there|this|they|we|you|i)\b")
# fewer than this many specific factors before the verb are a clause's subject, not a list
_MIN_FRONTED = 2


def _fronted_lists(context: CheckContext, start: int, end: int) -> list[tuple[int, int]]:
    """The subject lists in [start, end) whose verb makes them factors (`_FRONTED_LIST_VERB`): for
    each, the span from the subject's start to the verb. The subject is a list (a comma or an
    "and"/"or" in it) and starts the clause (after a colon or semicolon, if one stands before)."""
    text = context.text
    found = []
    for verb in _FRONTED_LIST_VERB.finditer(text, start, end):
        sentence_start, _ = context.sentence_of(verb.start(), verb.start() + 1)
        clause_start = max(sentence_start, text.rfind(";", sentence_start, verb.start()) + 1,
                           text.rfind(":", sentence_start, verb.start()) + 1)
        clause_start = _FRONTED_OPENING.match(text, clause_start).end()
        subject = text[clause_start : verb.start()]
        if not ("," in subject or " and " in subject or " or " in subject):
            continue
        if subject.count(" ") > _FRONTED_SUBJECT_WORDS or _RELATIVE_END.search(subject):
            continue  # "risks, uncertainties and assumptions which could cause": a relative clause, not a subject
        if _COORDINATED_PREDICATE.search(subject):
            continue
        if _NOT_A_SUBJECT_LIST.search(subject):
            continue
        found.append((clause_start, verb.start()))
    return found


class Checker:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.lead_ins = compile_phrases(rule.options["lead_ins"])
        self.required = int(rule.options.get("min", DEFAULT_MIN))

    def check(self, context: CheckContext) -> Finding:
        intact: set[int] = set()
        best = self._best_list(context, "find_exact", intact)
        if best is None or len(best[0]) < self.required:
            # A lead-in damaged by OCR ("such factos include"): the tolerant search, as a fallback.
            # A lead-in the exact search found intact and denied stays denied.
            tolerant = self._best_list(context, "find_tolerant", intact)
            if tolerant is not None and (best is None or len(tolerant[0]) > len(best[0])):
                best = tolerant
        headed = headed_factors(context, self.rule.scope)
        if headed is not None and (best is None or len(headed[0]) > len(best[0])):
            best = headed
        if best is None:
            return finding(self.rule, context, Status.MISSING, details={"count": 0, "required": self.required})
        items, span = best
        status = Status.MET if len(items) >= self.required else (Status.WEAK if items else Status.MISSING)
        details = {"count": len(items), "required": self.required, "items": items}
        return finding(self.rule, context, status, span=span, details=details)

    def _best_list(self, context: CheckContext, search: str,
                   intact: set[int] | None = None) -> tuple[list[str], tuple[int, int]] | None:
        """The lead-in (found by `search`) whose list has the most specific factors. `intact`:
        the exact search adds the sentence of every lead-in it found intact and denied ("Risks
        that we consider immaterial include"); the tolerant search skips those sentences (a
        lead-in turned away only for want of risk words may still be damaged text)."""
        best: tuple[list[str], tuple[int, int]] | None = None
        text = context.text
        for scope_start, scope_end in context.spans(self.rule.scope):
            accepted: list[tuple[list[str], tuple[int, int], bool]] = []  # every list read here, and whether it adds
            matches = [m for phrase in self.lead_ins for m in getattr(phrase, search)(text, scope_start, scope_end)]
            if search == "find_exact":
                matches += _colon_lead_ins(context, scope_start, scope_end)

            # A list whose lead-in is denied or given as another's: the lead-ins inside its items
            # ("…, including increased costs") are its items, not lists of their own.
            refused = self._refused(context, matches, scope_start, scope_end) if search == "find_exact" else []
            if intact is not None and refused:
                # the tolerant search must not read those inner lead-ins as lists either
                intact.update(context.sentence_of(m.start, m.end)[0] for m in matches
                              if any(a <= m.start < b for a, b in refused))
            for match in matches:
                if any(a <= match.start < b for a, b in refused):
                    continue
                sentence_start, _ = context.sentence_of(match.start, match.end)
                if intact is not None and search == "find_tolerant" and sentence_start in intact:
                    continue
                last_sentence = context.sentence_of(max(match.start, match.end - 1), match.end)
                if (context.sentence_of(match.start, match.start + 1) != last_sentence
                        and not _REFERS_BACK.match(text, last_sentence[0], match.end)):
                    # a lead-in phrase whose gap runs over a sentence end ("... could differ
                    # materially. The forward-looking statements herein include statements about
                    # ..."): its words belong to two sentences, and the list is not one of factors,
                    # unless the second sentence refers back to the first ("... due to many
                    # factors. These include ...")
                    continue
                # "Many factors could cause … . Among them are …" (or "These include …"): a
                # lead-in that opens its sentence by referring back takes its context from the
                # sentence before.
                context_start = sentence_start
                if sentence_start > 1 and _REFERS_BACK.match(text, sentence_start, match.end):
                    context_start = context.sentence_of(sentence_start - 2, sentence_start - 1)[0]
                # (read on to a colon that opens the list: "Should any of the following occur,
                # actual results could differ materially: ...")
                colon = _TO_COLON.match(text, match.end)
                context_end = colon.end() if colon is not None else match.end
                damaged_start = sentence_start
                if "following" in text[match.start : match.end]:
                    # "the following" names what its own clause says it is: not "no factors could
                    # cause ...; it lists the following only as its areas of business:"
                    context_start = max(context_start, text.rfind(";", context_start, match.start) + 1)
                    damaged_start = max(damaged_start, context_start)
                if not (_FACTOR_CONTEXT.search(text, context_start, context_end)
                        or (not match.exact and _damaged_factor_context(text, damaged_start, match.end))):
                    if intact is not None and match.exact and _denied_lead_in(text, sentence_start, match.end):
                        # denied as well as short of risk words ("Our strengths ... include:"): the
                        # tolerant search must not take it up as damaged text
                        intact.add(sentence_start)
                    continue
                # Damaged text (the tolerant search's) is not read for ties or denials: OCR noise
                # must not turn a list away.
                if (_lists_topics(text, sentence_start, match.end) or _TOPICS_AFTER.match(text, match.end)
                        or _lists_assumptions(text, sentence_start, match.end)
                        or _PREDICATE_AFTER.match(text, match.end)
                        or _CUE_LIST.search(text, max(0, match.end - 60), match.end)):
                    continue
                if match.exact and _UNTIL_PAST.match(text, match.end):
                    if intact is not None:
                        intact.add(sentence_start)  # factors of the past, not the list at hand
                    continue
                if (not match.exact and not _about_results(text, context_start, match.end)
                        and not any(p.find_exact(text, match.start, match.end) for p in self.lead_ins)):
                    # A lead-in only the tolerant search sees is a guess at damage, and needs a
                    # sentence about results to stand on (`_about_results` reads its tie words
                    # OCR-tolerantly): "the investor is subject to investment risk including ..."
                    # took the singular for a damaged "risks ... including", and a sentence about
                    # an investor's risk lists no factors of the results.
                    continue
                if match.exact and (not _about_results(text, context_start, match.end)
                                    or _denied_lead_in(text, sentence_start, match.end)
                                    or _described_by_others(text, sentence_start, match.end, context.names)):
                    if intact is not None and (_denied_lead_in(text, sentence_start, match.end)
                                               or _described_by_others(text, sentence_start, match.end, context.names)):
                        intact.add(sentence_start)
                    continue
                if _UNASSURED_LEAD_IN.search(text, match.start, match.end) and not _COLON_NEXT.match(text, match.end):
                    # "no assurance can be given as to our future results": without a colon that
                    # announces a list, what cannot be assured is one matter, not the factors
                    continue
                span = self._enumeration(context, match.end, scope_end)
                spans = [span]
                # "Risks (such as x, y and z) could cause …": a lead-in inside parentheses
                # may list up to the closing one; the reading with more factors counts.
                opened = text.rfind("(", sentence_start, match.end)
                if opened >= 0 and text.find(")", opened, match.end) < 0:
                    closed = text.find(")", match.end, span[1])
                    if closed >= 0:
                        spans.append((span[0], closed))
                items, span = max(((self._items(context, s), s) for s in spans), key=lambda pair: len(pair[0]))
                if match.exact and _retracted(text, span[0], span[1]):
                    if intact is not None:
                        intact.add(sentence_start)  # taken back: the tolerant search may not restore it
                    continue
                accepted.append((items, (match.start, span[1]), _ADDITIVE.match(text, sentence_start, match.end) is not None))
                if best is None or len(items) > len(best[0]):
                    best = (items, (match.start, span[1]))
            best = _with_added_lists(best, accepted)
            if search == "find_exact":
                for subject in _fronted_lists(context, scope_start, scope_end):
                    if any(a <= subject[0] < b for a, b in refused):
                        continue
                    items = self._items(context, subject)
                    if len(items) >= _MIN_FRONTED and (best is None or len(items) > len(best[0])):
                        best = (items, subject)
        return best

    def _refused(self, context: CheckContext, matches, scope_start: int, scope_end: int) -> list[tuple[int, int]]:
        """The lists of lead-ins found intact that are denied ("Risks that we consider immaterial
        include: …") or given as another's ("The risks our dealers describe include: …")."""
        text = context.text
        refused = []
        for match in matches:
            if not match.exact:
                continue
            sentence_start, _ = context.sentence_of(match.start, match.end)
            if (_denied_lead_in(text, sentence_start, match.end)
                    or _described_by_others(text, sentence_start, match.end, context.names)):
                refused.append(self._enumeration(context, match.end, scope_end))
        # a colon that announces matters no lead-in phrase names, in a sentence that denies them
        # ("The following matters, each already priced into our projections and so incapable of
        # causing a difference, are noted for completeness: ..."): its items' inner lead-ins
        # ("uncertainties associated with ..., including ...") are items too
        colon = text.find(":", scope_start, scope_end) if matches else -1
        while colon >= 0:
            sentence_start, _ = context.sentence_of(colon, colon + 1)
            # (or gives them as another's: "The following are the risks that the former owners
            # of the business we bought listed in their own reports: ...")
            if (_ANNOUNCED_NOUN.search(text, sentence_start, colon) is not None
                    and (_denied(text, sentence_start, colon + 1)
                         or _described_by_others(text, sentence_start, colon + 1, context.names))):
                refused.append(self._enumeration(context, colon, scope_end))  # (from the colon: a bulleted list goes on)
            colon = text.find(":", colon + 1, scope_end)
        return refused

    @staticmethod
    def _items(context: CheckContext, span: tuple[int, int]) -> list[str]:
        listed = _listed_text(context, span[0], span[1])
        # "... due to a number of factors, though plainly not due to X, Y or Z": what follows a
        # denied repetition of the cause is set apart from the list, not added to it
        denied = _DENIED_CAUSE.search(listed) if _DENIED_CAUSE_TAIL.search(listed) else None
        listed = listed[: denied.start()] if denied else listed
        items = cut_trailing_catch_alls(continue_that_clauses(drop_kinds_of_factors(split_items(listed))))
        # distinct factors (labelling guide): an item repeated word for word is one factor
        return list(dict.fromkeys(specific_factors(items) + named_in_catch_alls(items)))

    @staticmethod
    def _enumeration(context: CheckContext, start: int, scope_end: int) -> tuple[int, int]:
        """`_list_span`, once per lead-in end (several lead-in phrases may end at one place)."""
        return context.memo(("factor-count-enumeration", start, scope_end),
                            lambda: Checker._list_span(context, start, scope_end))

    @staticmethod
    def _list_span(context: CheckContext, start: int, scope_end: int) -> tuple[int, int]:
        """From the lead-in's end to its sentence end, or on over the list it opens.

        A list goes on over following short paragraphs (bulleted items) while the text before
        the paragraph break ends with a colon, a semicolon, a comma or "and"/"or"; the item that
        ends with a full stop closes it.
        """
        text = context.text
        _, end = context.sentence_of(start, start + 1)
        # Numbered items written as sentences ("(i) economic conditions. (ii) commodity prices."):
        # the list goes on while the next sentence of the paragraph opens with the next marker.
        while _ENUMERATOR.search(text, start, end):
            following = _NEXT_ENUMERATOR.match(text, end)
            if following is None or following.end() >= scope_end:
                break
            _, end = context.sentence_of(following.end(), following.end() + 1)
        end = _semicolon_items(context, start, end, scope_end)
        end = _factor_sentences(context, end, scope_end)
        if text.find(":", start, end) >= 0 and end < scope_end and _bulleted(context, max(start, end - 1)):
            # "the following: • the first risk. It is explained at length. …;": a bulleted item is
            # its whole paragraph, however many sentences it holds
            end = max(end, _paragraph_end(text, end, scope_end))
        # "Factors that could cause results to differ include: Will we raise capital? Can we
        # keep our customers? ...": after the colon, each question is an item; the list goes on
        # while the next sentence of the paragraph is one too.
        if text[start:end].lstrip(" ").startswith(":") and text[start:end].rstrip().endswith("?"):
            paragraph_end = text.find("\n", end)
            paragraph_end = min(scope_end, len(text) if paragraph_end < 0 else paragraph_end)
            while end < paragraph_end:
                _, following = context.sentence_of(end + 1, end + 2)
                following = min(following, paragraph_end)
                if following <= end or not text[end:following].rstrip().endswith("?"):
                    break
                end = following
        announced = bool(_ANNOUNCES_LIST.search(text[max(0, start - 60) : end].rstrip(" \n")))
        # A lead-in that ends its paragraph with a colon, its items paragraphs that are sentences
        # ("include:" / "Demand for our products may weaken." / "Steel prices may rise."), lists
        # them as "the following:" does, while every item is a sentence of its own.
        sentences_after_colon = text[start:end].strip(" \n") == ":"
        items = furniture = 0  # (a page's number or header between items counts toward no limit)
        while end < scope_end and items - furniture < _MAX_LIST_PARAGRAPHS:
            # A page number extracted at the end of an item ("…; 5") is not the item's end.
            # (nor is a running header after it; what ends the item is the text before both)
            before = _RUNNING_HEADER_END.sub("", text[start:end].rstrip(" \n")).rstrip(" \n")
            before = _PAGE_NUMBER_END.sub("", before).rstrip(" \n")
            # After "the following.", factors one per paragraph, each a sentence of its own: the
            # list goes on while the next paragraph is a short specific factor.
            if not before.endswith((".", ":")):
                sentences_after_colon = False
            sentence_items = (announced or sentences_after_colon) and before.endswith(".")
            resumed = None
            if not (before.endswith((":", ";", ",")) or re.search(r" (?:and|or)$", before) or sentence_items
                    or (items and _GROUP_HEADING_LINE.search(before))
                    or (items and _bulleted(context, end) and _bulleted(context, _next_paragraph(text, end)))):
                # past a page's furniture or a group's heading the bullets may still go on
                if items and _interlude(context, text.rfind("\n", start, end) + 1, end):
                    resumed = _bullet_after_interludes(context, end, scope_end, at_least=0)
                elif items and (_bulleted(context, max(start, end - 1)) or before.endswith(_CLOSING_PUNCTUATION)):
                    resumed = _bullet_after_interludes(context, end, scope_end)
                if resumed is None:
                    break  # an item without punctuation ends the list, unless bullets go on
            if text.find("\n", max(start, end - 1), end + 1) < 0:
                break  # the sentence ended inside a paragraph, not at a break
            next_start = end if resumed is None else resumed
            while text[next_start : next_start + 1] == "\n":
                next_start += 1
            next_end = text.find("\n", next_start)
            next_end = len(text) if next_end == -1 else min(next_end, scope_end)
            if _PAGE_NUMBER.fullmatch(text, next_start, next_end) or _RUNNING_HEADER.fullmatch(text, next_start, next_end):
                end = next_end  # a page number (or header) between two items: the list goes on past it
                items += 1
                furniture += 1
                continue
            words = text.count(" ", next_start, next_end) + 1
            if sentence_items and not before.endswith((":", ";", ",")) and (not (
                    words <= _PERIOD_ITEM_WORDS and is_specific_factor(text[next_start:next_end].strip(" .;")))
                    or (not announced and not text[next_start:next_end].rstrip().endswith("."))):
                break
            # After "…;", or a colon opening items that end with ";" (a PDF's bullets run
            # together), or before a paragraph of items that end with ";" (a PDF broke a line
            # inside an item: "… chinese yuan and" / "south korean won; …"), the list goes on
            # over a long paragraph.
            semicolons = (before.endswith(";") or (before.endswith(":") and ";" in text[next_start:next_end])
                          or text.count("; ", next_start, next_end) >= 2)
            limit = _SEMICOLON_ITEM_WORDS if semicolons else _LIST_ITEM_WORDS
            if next_end <= next_start or words > limit:
                break
            _, sentence_end = context.sentence_of(next_start, next_start + 1)
            if _bulleted(context, next_start):
                sentence_end = next_end  # a bulleted item is its whole paragraph
            end = _semicolon_items(context, start, min(next_end, sentence_end), scope_end)
            items += 1
        return start, end


# A filing's risk discussion set out under sub-headings: a sentence of the legend says that what
# follows are the factors ("These are factors that we think could cause our actual results to
# differ ..."), and the paragraph after its own is a sub-heading. Each sub-heading (a line of its
# own in title case, with no full stop) names one factor; the prose under it explains it. The
# legend finder stops at the first sub-heading, so the list is read on past the legend's end, up
# to the next part or item of the filing (and no further than _MAX_HEADED_PARAGRAPHS).
_HEADED_LEAD_IN = re.compile(r"\b(?:these|the following) (?:are|include)(?: [a-z]+){0,3}? (?:factors|risks|uncertainties)\b"
                             r"[^.;:]{0,120}?\b(?:could|may|might|can)\b[^.;:]{0,60}?\b(?:cause|affect)")
_MAX_HEADED_PARAGRAPHS = 400
_HEADED_WORDS = 30
_FILING_SECTION = re.compile(r"(?:item [0-9]{1,2}[a-z]?\b|part [ivx]{1,4}\b)")
_CLOSING_MARK = (".", ":", ";", ",", "?", "!")
# the paragraph says the discussion is still to come ("We provide the following discussion of
# risks ..."), not that the factors were just named ("These are among the risks that could ...")
_ANNOUNCES_BELOW = re.compile(r"\b(?:the following|below|as follows)\b")
# a release's closing sections are no factors ("About Acme", "Media Contact")
_BOILERPLATE_SECTION = re.compile(r"(?:about\b|(?:media |investor |press )?contacts?\b)")


# A lead-in that adds to a list given before it: "Other factors include ...", "Additional risks
# are ...", "They also include ...".
# "Such risks and other important factors include ..." is a list of its own: the word that adds
# opens the sentence or stands before the listing verb.
_ADDITIVE = re.compile(r"\s*(?:(?:the|some|certain|several|many|a number of) )?(?:other|additional|further)\b|"
                       r".*\balso (?:include|includes|including|are|is|comprise|comprises)\b")


def _with_added_lists(best: tuple[list[str], tuple[int, int]] | None,
                      accepted: list[tuple[list[str], tuple[int, int], bool]]) -> tuple[list[str], tuple[int, int]] | None:
    """The best list with the lists that a later lead-in adds to it ("Factors that could cause
    such differences include weaker demand and higher steel prices. Other factors include the
    loss of a key customer."): one legend's factors, named in two sentences, are counted
    together; a factor named in both counts once."""
    if best is None:
        return None
    items, (start, end) = best
    seen = set(items)
    added = list(items)
    for other_items, (other_start, other_end), additive in sorted(accepted, key=lambda entry: entry[1]):
        if additive and other_start >= end:
            added += [item for item in other_items if item not in seen]
            seen.update(other_items)
            end = other_end
    return (added, (start, end)) if len(added) > len(items) else best


def _sub_heading(context: CheckContext, start: int, end: int) -> bool:
    """A paragraph that is a title-case line of a few words with no closing mark."""
    if context.text.count(" ", start, end) >= _HEADED_WORDS:
        return False
    source_start, source_end = context.canonical.to_source(start, end)
    line = context.document.text[source_start:source_end].strip(" \t\n*#_")
    return "\n" not in line and not line.endswith(_CLOSING_MARK) and is_title(line)


def headed_factors(context: CheckContext, scope: str) -> tuple[list[str], tuple[int, int]] | None:
    """The sub-headings a legend sentence announces as its factors, and their span."""
    text = context.text
    paragraphs = context.paragraphs
    for scope_start, scope_end in context.spans(scope):
        for lead_in in _HEADED_LEAD_IN.finditer(text, scope_start, scope_end):
            sentence_start, _ = context.sentence_of(lead_in.start(), lead_in.end())
            if _denied(text, sentence_start, lead_in.end()):
                continue
            index = bisect_right(paragraphs, (lead_in.start(), len(text) + 1)) - 1
            following = paragraphs[index + 1 : index + 1 + _MAX_HEADED_PARAGRAPHS] if index >= 0 else []
            if (not following or not _ANNOUNCES_BELOW.search(text, *paragraphs[index])
                    or not _sub_heading(context, *following[0])):
                continue
            headings: list[str] = []
            last_end = following[0][1]
            for start, end in following:
                if _FILING_SECTION.match(text, start) or _BOILERPLATE_SECTION.match(text, start):
                    break
                if _PAGE_NUMBER.fullmatch(text[start:end].strip()) or not _sub_heading(context, start, end):
                    continue
                headings.append(text[start:end].strip())
                last_end = end
            if headings:
                return list(dict.fromkeys(headings)), (lead_in.start(), last_end)
    return None
