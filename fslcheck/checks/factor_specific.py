"""Which items of a factor list name a specific factor (the `factor-count` check's filters).

The labelling guide counts only specific factors, so generic phrases, clauses of the legend itself
and catch-all references to other documents are dropped from a list before it is counted.
"""

from __future__ import annotations

import re
from functools import lru_cache

SPLIT_AND = re.compile(r",? (?:and|or|as well as) (?=[a-z])")
_GENERIC_WORDS = frozenset("""
    variety number range host multitude wide broad one more
    various other certain many several numerous important significant known unknown additional such
    these those the and or of a an factors factor risks risk uncertainties uncertainty things matters
    events conditions subject including include includes among others beyond our its their company
    company's companies control which other general following
    outside
""".split())
CLAUSE_START = re.compile(
    r"^(?:many|some|most|all|none|each|any|both|copies|a copy|details) of (?:which|these|them|those)\b|"
    r"^(?:which|that|who|whose|it|they|we|there|cannot|can|could|may|might|will|would|should|must|"
    r"are|is|were|was|be|been|has|have|had|do|does|consequently|accordingly|therefore|thus|"
    r"whether|otherwise|in addition|also|please|readers|you|investors|including|such as|especially|"
    r"particularly|for example|but|on|at|from|upon|based on|etc|"  # ("etc." names nothing more)
    # "... due to various uncertainties, and I refer you to the cautionary statement on our slide":
    # the speaker sending listeners on is a clause of the caution, not a factor
    r"i(?:'d| would| will| also| further)? (?:refer|direct|point|encourage|urge|remind|invite|ask))\b"
)
NOT_A_FACTOR = re.compile(
    # "actual results" are the company's, but "the actual results of our drilling program" are an
    # activity's outcome, a factor ("of operations" and "of the company" stay the company's)
    r"forward looking statement|differ materially|materially different|"
    r"actual results(?! of (?!(?:the |our |its |their )?(?:company|operations?|business|[a-z]+'s)\b))|"
    r"\b(?:could|may|might|would|will|can) cause\b|"
    r"\bform [0-9]+ [a-z]{1,3}\b|annual report|quarterly report|current report|filings? with|"
    # "the documents filed by us with the SEC": who filed them does not make them a factor
    r"filed (?:by (?:us|it|them|the company|[a-z]+) )?with|"
    # "the other reports we file with the SEC from time to time": a place the risks are set out in,
    # whoever is said to file it and in whatever tense
    r"\b(?:we|it|they|the company) (?:files?|furnish(?:es)?)(?: or furnish(?:es)?)? (?:with|to) (?:the )?"
    r"(?:sec\b|securities (?:and|&) exchange commission|commission\b)|"
    # a periodic report named by its form number alone ("our first-quarter 10-Q as updated by our
    # second-quarter 10-Q"): a document pointed at, as "Form 10-Q" is
    r"\b(?:10 k|10 q|8 k|20 f|40 f|6 k)\b|"
    r"annual information form|management'?s discussion and analysis|"  # a Canadian filer's documents
    r"reports? (?:filed|with)|securities (?:and|&) exchange commission|under the (?:caption|heading)|"
    r"risk factors (?:section|in)|the foregoing|\bthe following\b|\bas follows\b|(?:discussed|described|detailed|disclosed|identified|"
    r"set forth|referred to|referenced|listed|contained|included|outlined|summari[sz]ed|explained) "
    # ("the matters identified in FDA inspections and warning letters": what a regulator's or an
    # auditor's inspection found is a finding the company must deal with, not a document of its own
    # that sets out factors; nor is a note to the financial statements, which describes the matter
    # the item names: "the outcome of the product liability claims described in Note 14")
    r"(?:in|under|from time|elsewhere|herein|above|below)(?! (?:[a-z0-9']+ ){0,3}?(?:inspections?|audits?|observations|"
    r"warning letters?|examinations?)\b(?! (?:committees?|reports?|sections?)\b))(?! notes? [0-9]{1,2}\b)|"
    r"^(?:and |or )?(?:other|such other|those other|additional|similar) "
    r"(?:\w+ )?(?:factors|risks|uncertainties|matters)\b|"
    # a catch-all behind a quantifier ("numerous other factors beyond Acme's control") or with
    # several kinds before a general noun ("other unexpected commercial, technical or legal
    # developments"): kinds of what may happen, none named
    r"^(?:and |or )?(?:various|numerous|many|several|certain|any|all) (?:such )?other "
    r"(?:\w+ )?(?:factors|risks|uncertainties|matters|developments|events|circumstances)\b|"
    r"^(?:and |or )?(?:other|such other|additional|similar) (?:[a-z]+,? (?:(?:and|or) )?){0,5}"
    r"(?:developments|events|circumstances|contingencies)$|"
    # "..., including those described under Item 1A, and in subsequent securities filings": where
    # factors are set out, a place and no factor
    r"^(?:and |or )?(?:in|within) (?:(?:our|its|the company's|subsequent|future|later|other|periodic|public|"
    r"recent|such|these|those|any) )*(?:securities |sec |regulatory )?(?:filings|reports|documents|disclosures)$|"
    # "..., including those under "Risk Factors" therein": the factors a document holds under a
    # caption, pointed at, not named
    r"^(?:and |or )?those under\b|"
    # "... in our Form 10-K, as updated by Part II, Item 1A of this Quarterly Report": the pointer's
    # tail naming where the risks were brought up to date, cut off at its comma, names no factor
    r"^(?:and |or )?as (?:updated|supplemented|amended|modified|revised)(?: (?:and|or) (?:updated|supplemented|amended|"
    r"modified|revised))? (?:by|in)\b|\b(?:those|risks?|factors?|uncertaint\w+|matters|caption|heading)\b.*\btherein\b|"
    # "factors beyond our control, unforeseen events, and changes in circumstances": what nobody
    # foresaw, with nothing said of what it is, is the legend's catch-all, no factor named
    r"^(?:and |or )?(?:other |any |such )?(?:unforeseen|unforeseeable|unexpected|unanticipated|unpredictable) "
    r"(?:events?|circumstances|developments|occurrences|contingencies)$|"
    # "local zoning rules and changes": a bare word of change, split from the pair it closes,
    # names nothing that changes
    r"^(?:and |or )?(?:changes|developments|fluctuations|variations)$|"
    # "..., whether as a result of new information, future events or otherwise": what would make
    # the company update, the no-update clause's own words
    r"^(?:and |or )?(?:new information|future events|changed circumstances|subsequent events|otherwise)$|"
    # "if one or more of these risks materialize, or if underlying assumptions prove incorrect":
    # the legend's own risks coming about, or its assumptions failing, name no factor
    r"^(?:and |or )?(?:if |should |in the event )?(?:(?:one or more|any|some|all|either|each) of )?(?:these|such|those|the "
    r"foregoing|the) (?:[a-z]+ )?(?:risks|uncertainties|factors|events)(?: (?:or|and) (?:other )?(?:risks|uncertainties|"
    r"factors))? (?:materiali[sz]es?|occurs?|come about|comes about|develops?)\b|"
    r"^(?:and |or )?(?:if |should )?(?:the |our |such |these |any )?(?:underlying )?assumptions(?: underlying (?:[a-z]+ ){0,3})? "
    r"(?:prove|proves|turn out|turns out)(?: to be)? (?:incorrect|inaccurate|wrong|untrue|erroneous|invalid|false)\b"
)


_KINDS_NOUN = re.compile(r"^[a-z]+(?: (?:and|or) [a-z]+)? (?:factors|risks|uncertainties|conditions|considerations)$")
# A sub-heading that groups the items under it ("Economic Factors", "Operating Factors"): a kind
# of factors, never one.
_GROUP_HEADING = re.compile(r"^[a-z]+(?: and (?:other )?[a-z]+)? factors$")
# ... or a first-level item of a two-level list, which ends on the word that opens its sub-items
# ("• risks related to our business, including:" / "o changes in demand;" ...): its sub-items are
# the factors, and the heading is no factor besides them
_OPENS_SUB_ITEMS = re.compile(r"(?:,? (?:including|such as|namely|in particular))$")


_ADJECTIVE = re.compile(r"^(?:[a-z]+ )?[a-z/]+(?:al|ic|ive|ary|ory)$")
# "national and local economic, business and market conditions": adjectives joined by "and"/"or"
# before the one next to the noun are a run of their own, as the comma-parted ones are
ADJECTIVE_WORD = r"[a-z/]+(?:al|ic|ive|ary|ory)"
_COORDINATED_ADJECTIVES = re.compile(r"^(?:[a-z]+ )?(?:(?:and|or) " + ADJECTIVE_WORD + r" ){1,2}" + ADJECTIVE_WORD + "$")


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
        if not (_GROUP_HEADING.match(item) or _OPENS_SUB_ITEMS.search(item)) or (number == len(items) and number > 1):
            out.append(item)
    return out


_THAT_CLAUSE = re.compile(r"\b(?:possibility|possibilities|risk|risks|likelihood|chance|uncertainty|fact) that\b")
LEADING_THAT = re.compile(r"^that,? ")
PARALLEL_THAT = re.compile(r"^(?:and |or )?that,? ")
LEADING_WHETHER = re.compile(r"^(?:and |or )?whether (?!or not\b)")
_JOINED_QUESTION = re.compile(r"^(?:(?:and|or) )?whether (?:we|it|they|the company|management) ")
# (a question in the passive asks about what is done to its subject: "whether they will be
# accepted by physicians" is "accepted by physicians")
_QUESTION_SUBJECT = re.compile(r"^(?:we|it|they)(?: (?:can|will|could|may|are|is|do|does))?(?: be able to| be(?= [a-z]+ed\b))? ")


# "our record customer demand, which we expect to sustain growth": a relative clause that says the
# company expects the item to favour its growth or results makes the item a strength, no factor
# that could cause results to fall short ("our customer demand, which we expect to slow" stays one)
_FAVOURS = re.compile(r"^(?:and |or )?(?:which|that) (?:we|management|the company) (?:expects?|anticipates?|believes?) "
                      r"(?:to |will )(?:continue to )?(?:sustain|drive|support|fuel|boost|accelerate|strengthen|"
                      r"improve|increase|lift|underpin) (?:our |its )?(?:[a-z'-]+ )?(?:growth|demand|revenues?|sales|"
                      r"margins?|results|earnings|profitability|performance)$")


def drop_strengths(items: list[str]) -> list[str]:
    """The items less those a relative clause after them (`_FAVOURS`) calls what the company
    expects to drive its growth, and that clause."""
    out: list[str] = []
    for item in items:
        if out and _FAVOURS.match(item):
            out.pop()
            continue
        # (the clause set off by commas inside the item, where the list read it as the item's)
        inner = item.find(", which ")
        if inner >= 0 and _FAVOURS.match(item[inner + 2 :]):
            continue
        out.append(item)
    return out


def continue_that_clauses(items: list[str]) -> list[str]:
    """"the possibility that benefits may not materialize; that the offer may not be completed;
    that …": once an item opens with "the possibility (risk) that", later items starting with
    "that" are further factors of the same construction, not relative clauses."""
    out: list[str] = []
    opener = ""
    # "including that demand may fall; that costs may rise; that ...": items that all open with
    # "that" are parallel content clauses, each a factor, the first one as well.
    thats = sum(1 for i in items if PARALLEL_THAT.match(i))
    parallel = thats >= MIN_PARALLEL and 3 * thats >= 2 * len(items) and bool(LEADING_THAT.match(items[0]))
    for item in items:
        if opener or parallel:
            item = (PARALLEL_THAT if opener else LEADING_THAT).sub("", item)
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
# an item that states a risk as a sentence with a subject of its own and a modal: "our bakers may strike",
# "the cost of diesel fuel for our trucks may rise" (a subject of up to eight words, no comma in it;
# a product's code is one of its words: "our patents covering brx 210 may be challenged")
# a sentence's end inside an item (not an abbreviation's full stop: "u.s. tariffs", "acme inc. and")
_SENTENCES_IN_ITEM = re.compile(r"(?<![a-z.])(?!(?:inc|corp|ltd|etc|llc|plc|no|co)\.)[a-z0-9]{3,}\. [a-z]")
_MODAL_CLAUSE = re.compile(r"^(?:and |or )?(?!we )(?:[a-z0-9'-]+ ){1,8}(?:may|could|might|will|would|can)(?: not)? [a-z]")


def specific_factors(items: list[str]) -> list[str]:
    """The items that name specific factors (`is_specific_factor`). "depending on whether the FDA
    approves …, whether our partner funds … and whether we can raise …": parallel questions that
    a result turns on are factors, while one "whether" clause ("whether as a result of new
    information …") stays a clause of the legend. Items that state a risk as a sentence with
    "we" for subject ("we may fail to retain key staff; we depend on one supplier") are factors
    once several items of the list do so; one such item stays a clause of the legend."""
    parallel = sum(1 for item in items if LEADING_WHETHER.match(item)) >= 2
    # "the length of the downturn, our customers' budgets, and whether we can pass on higher
    # costs": a question joined to the list as its last member is one of its factors
    joined = (len(items) >= 2 and bool(_JOINED_QUESTION.match(items[-1]))
              and is_specific_factor(_question(items[-1])))
    # (among items that are sentences of a risk's own, "cocoa prices may rise; our bakers may
    # strike; we may lose our largest grocer", a "we" sentence is one more of them)
    # (and so is an item of several sentences, a bullet's paragraph: "our sales depend on housing
    # starts. starts fall when rates rise")
    we_items = sum(1 for item in items if _LEADING_WE.match(item) or _MODAL_CLAUSE.match(item)
                   or _SENTENCES_IN_ITEM.search(item)) >= MIN_PARALLEL
    # "Will we be able to raise capital? Can we keep our customers?": direct questions, several
    # in a row, ask about factors the way "whether" clauses do
    asked = sum(1 for item in items if _DIRECT_QUESTION.match(item)) >= 2
    return [i for i in items if is_specific_factor(i)
            or ((parallel or _POSED_QUESTION.match(i)) and LEADING_WHETHER.match(i) and is_specific_factor(_question(i)))
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
    return bool(content) and not NOT_A_FACTOR.search(item)


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
            tail = SPLIT_AND.split(parts[-1])
            if len(tail) == 2 and all(len(t.split()) <= 8 for t in tail):
                parts[-1:] = tail
        named += [p for p in parts if is_specific_factor(p)]
    return named


TRAILING_CATCH_ALL = re.compile(
    r"^(?P<factor>.+?),? (?:and|as well as) (?:(?:the )?(?:other|such other|additional|similar) (?:\w+ )?"
    r"(?:factors|risks|uncertainties|matters)\b|"
    # a pointer that closes the last item by a pronoun or a definite noun and a participle of
    # place: "..., government reimbursement and those described under "Risk Factors" in our Form
    # 10-K", "... and the risks discussed in our filings"
    r"(?:those|the (?:factors|risks|uncertainties|matters)) (?:\w+ )?(?:described|discussed|detailed|identified|"
    r"set forth|set out|listed|outlined|referred to|referenced|disclosed|contained|included|explained|summari[sz]ed) "
    r"(?:in|under|from time|elsewhere|herein|therein|above|below)\b)")


_POINTER_PRONOUN = re.compile(r"^(?:and |or |as well as )?(?:those|these|them|the ones)\b")
_OTHER_KINDS = re.compile(r"^(?:and |or )?(?:the )?(?:other|such other|additional|similar) ")


def cut_trailing_catch_alls(items: list[str]) -> list[str]:
    """"…; our ability to collect receivables and manage inventory and other risks described in
    our SEC filings": the last item carries the catch-all that points elsewhere after its own
    factor; the factor before "and other risks" is read as the item (the catch-all, no factor,
    is left out as it would be on its own)."""
    out = []
    for item in items:
        match = TRAILING_CATCH_ALL.match(item)
        head = match.group("factor") if match else ""
        # a catch-all that goes on to name factors ("and other risks, including ...") is read
        # by `named_in_catch_alls` from the whole item
        # ("and other economic, competitive and technological and other risks discussed in our
        # filings": what stands before the second "other" is the catch-all's own kinds, no factor)
        # ("those outlined in our slides and those discussed under Risk Factors": a pointer before
        # the pointer is no factor either)
        cut = (match is not None and not NOT_A_FACTOR.search(head) and not _OTHER_KINDS.match(head)
               and not _POINTER_PRONOUN.match(head)
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
    return _QUESTION_SUBJECT.sub("", LEADING_WHETHER.sub("", item))


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
    return not (CLAUSE_START.search(item) or NOT_A_FACTOR.search(pointed) or _POINTING_ITEM.match(item)
                or _DOCUMENT_ITEM.match(item) or _PLACE_ITEM.fullmatch(item) or _GENERIC_DESCRIBED.fullmatch(item)
                or _GENERIC_OF_BUSINESS.fullmatch(item) or _only_places(item) or _COLUMN_CAPTIONS.fullmatch(item)
                or _SPOKEN_FILLER.fullmatch(item) or _OF_A_NATURE.fullmatch(item) or _BUSINESS_ALONE.fullmatch(item))


# "..., the supply of our active ingredient, and then, of course, competition from generics": words
# a speaker sets between the items, parted off by the commas around them, say nothing of a factor
_FILLER_WORD = r"(?:then|also|again|finally|lastly|of course|you know|i mean|obviously|naturally|certainly|clearly)"
_SPOKEN_FILLER = re.compile(rf"(?:and |or )?{_FILLER_WORD}(?:,? (?:and )?{_FILLER_WORD})*")
# "risks and uncertainties, including those of a business, economic and competitive nature": the
# kinds the risks are of, not a risk named; parted at its commas, the opening ("those of a
# business") and the close ("economic and competitive nature") are each no factor
_KIND_WORDS = r"(?:[a-z]+,? (?:(?:and|or|and/or) )?){0,6}"
_OF_A_NATURE = re.compile(
    r"(?:and |or )?(?:(?:those|ones|risks?|factors?|uncertaint(?:y|ies)) )?of an? " + _KIND_WORDS
    + r"(?:nature|kind|character|sort)|"
    r"(?:and |or )?(?:those|ones) of an? [a-z]+|"
    r"(?:and |or )?" + _KIND_WORDS + r"(?:nature|kind|character)")


# A table's header row set above its rows of factors ("Risk | Description", "Area | Risk",
# "Factor | Potential impact"): words that name the table's columns, not a factor.
_CAPTION_WORD = (r"(?:risks?|factors?|uncertaint(?:y|ies)|descriptions?|categor(?:y|ies)|areas?|types?|impacts?|"
                 r"effects?|potential|items?|topics?|matters?|could affect|may affect|affects?|details?|examples?)")
_COLUMN_CAPTIONS = re.compile(rf"{_CAPTION_WORD}(?: (?:and |& |/ )?{_CAPTION_WORD}){{1,2}}")


# "..., including those described in our Form S-1, the preliminary prospectus and in our other
# filings": the items after a pointer that name the documents or their parts, and where they are
# kept, are more places to look, not factors.
_DOCUMENT_ITEM = re.compile(
    r"(?:and |or |as well as )?(?:(?:in|on|under|at) )?(?:(?:the|our|its|their|any|each|such|all|this|that|"
    # a document named by when it was issued ("including this morning's press release", "today's
    # earnings release"), or by whose it is ("the Company's latest press release")
    r"today's|yesterday's|tonight's|(?:this|yesterday|last) (?:morning|afternoon|evening|night|week|quarter)'s|"
    r"[a-z]+'s) ){0,2}"  # ("the Company's latest press release")
    r"(?:(?:other|preliminary|final|base|subsequent|later|latest|most recent|recent|related|future|earnings) )*"
    r"(?:prospectus(?:es)?(?: supplements?)?|registration statements?|proxy statements?|press releases?|(?:earnings|news) releases?|public statements|"
    # a Canadian filer's documents: "the listing application (form 2b) dated ..., the interim
    # consolidated financial statements ... and the management's discussion and analysis for ..."
    r"(?:(?:interim|annual|audited|unaudited|condensed|consolidated|quarterly) )*financial statements|"
    r"management'?s discussion (?:and |& )?analysis|listing applications?|filing statements?|"
    r"(?:management )?information circulars?|annual information forms?|"
    r"(?:periodic |public )?filings|part [ivx]{1,3}|item [0-9]{1,2}[a-z]?|sedar\+?|edgar|"
    # the caption of a 10-K's and a 10-Q's Item 7A / Item 3, named beside the Risk Factors item
    r"quantitative (?:and )?qualitative disclosures? (?:about|of|regarding) market risks?|"
    r"(?:(?:annual|quarterly|current) reports? on )?forms? [0-9]{1,2} [a-z]{1,2})\b|"
    # "... these factors ... is available in our SEC filings": the lead-in's "is" opens a place
    r"(?:and |or )?(?:is |are )?available (?:on|at|under|through|from|in) ")
# "..., copies of which are available from our investor relations department, our website and the
# SEC": a place where a document is kept, as a whole item, is no factor either.
_PLACE_ITEM = re.compile(
    r"(?:and |or )?(?:(?:in|on|at|from|under|through) )?(?:(?:the|our|its|their|the company's) )?"
    r"(?:web ?site|sec|securities (?:and|&) exchange commission|investor relations(?: department| office)?|"
    r"(?:caption |heading )?risk factors)")


# "because of risks and uncertainties that are difficult to predict": the legend's general nouns,
# described only by how hard they are to foresee or by being out of the company's hands, name no
# factor. Another noun keeps its clause ("costs that are difficult to predict" names costs), and so
# does any other description ("risks that are difficult to insure against").
_GENERAL_NOUN = r"(?:risks?|uncertaint(?:y|ies)|factors?|contingenc(?:y|ies)|matters)"
_HARD_TO = r"(?:predict|foresee|forecast|anticipate|estimate|quantify|control)"
_GENERIC_DESCRIBED = re.compile(
    r"(?:and |or )?(?:(?:the|these|such|other|various|certain|many|numerous|significant|important|known|unknown|and|or) )*"
    + _GENERAL_NOUN + r"(?:,? (?:and|or|&) (?:other )?" + _GENERAL_NOUN + r")*"
    r",? (?:that|which) (?:are|is|may be|might be|can be|could be|remain)(?: (?:often|inherently|generally|very|"
    r"extremely|largely|sometimes))? (?:(?:difficult|hard|impossible) to " + _HARD_TO + r"(?: (?:or|and) " + _HARD_TO
    + r")*|(?:beyond|outside(?: of)?) (?:our|the company's|its|their|management's) (?:ability to )?control)")

# "risks inherent in our business", "risks and uncertainties associated with our business and our
# industry generally", "changes in circumstances": risks said to belong to the business as a whole,
# or a change in whatever the circumstances are, name no factor ("risks of our international
# operations" names one: a kind word before the business's noun makes it specific)
_BUSINESS_NOUN = r"(?:business(?:es)?|industry|industries|operations|company|enterprise|activities)"
_GENERIC_OF_BUSINESS = re.compile(
    r"(?:and |or )?(?:(?:the|these|such|other|various|certain|many|numerous|significant|important|known|unknown|"
    r"usual|normal|ordinary|customary|general|typical|and|or) )*"
    + _GENERAL_NOUN + r"(?:,? (?:and|or|&) (?:other )?" + _GENERAL_NOUN + r")*"
    r" (?:inherent in|associated with|related to|relating to|attendant to|incident to|incidental to|of|in|affecting|"
    r"that affect|facing|faced by)"
    r" (?:(?:our|the|its|their|the company's) )?" + _BUSINESS_NOUN
    + r"(?:,? (?:and|or) (?:(?:our|the|its|their|the company's) )?" + _BUSINESS_NOUN + r")*"
    r"(?: (?:generally|in general|as a whole))?|"
    r"(?:and |or )?(?:changes|developments) in (?:circumstances|conditions|events)|"
    # ... and the risks of the economy or the markets said to be taken in general ("risks relating to
    # the economy generally"): the adverb makes the item a catch-all, not a named condition
    r"(?:and |or )?(?:(?:the|other|general) )*" + _GENERAL_NOUN + r" (?:associated with|related to|relating to|of|"
    r"affecting|in) (?:the )?(?:economy|markets?|economic conditions|market conditions)"
    r" (?:generally|in general|as a whole)")

# "risks and uncertainties relating to our business, including those set forth in our filings": when
# the lead-in ends at the relation, the business's own noun is left as the item, and it names no
# more than the whole phrase does ("our international operations" stays a factor: a kind word)
_BUSINESS_ALONE = re.compile(
    r"(?:and |or )?(?:our|the|its|their|the company's) " + _BUSINESS_NOUN
    + r"(?:,? (?:and|or) (?:(?:our|the|its|their|the company's) )?" + _BUSINESS_NOUN + r")*"
    r"(?: (?:generally|in general|as a whole))?")

# "..., as well as any risks discussed in Part II, Item 1A, "Risk Factors" of this report on Form
# 10-Q, and in Part I, Item 1A, "Risk Factors" and in Part II, Item 7, ...": a pointer's captions
# and parts, cut into items at its commas, leave pieces such as "risk factors of this report" and
# "risk factors and in part ii". An item whose every part joined by "and"/"or" is a place in a
# document (after an "of this report" that says which document) points; one part that names
# something else ("pricing pressure and in particular imports") keeps it a factor.
_PLACE_CONJUNCTION = re.compile(r",? (?:and|or|as well as) ")
_OF_DOCUMENT = re.compile(r" (?:of|in) (?:this|our|the|its|that) (?:[a-z-]+ ){0,3}(?:report|prospectus|document|filing)s?"
                          r"(?: on form [0-9]{1,2} [a-z]{1,2})?$")


def _only_places(item: str) -> bool:
    """Whether every part of the item joined by "and"/"or" is a document's place (see above)."""
    parts = _PLACE_CONJUNCTION.split(item)
    if len(parts) < 2 and not _OF_DOCUMENT.search(item):
        return False
    for part in parts:
        part = _OF_DOCUMENT.sub("", part)
        if not (_PLACE_ITEM.fullmatch(part) or _DOCUMENT_ITEM.match(part)):
            return False
    return True


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
                         r"(?:timely |promptly )?file\b|"
                         # "delays in filing our 10-Q": the same act named by its noun
                         r"\b(?:delays?|failures?) in (?:the )?(?:timely )?filing\b|"
                         # "irrespective of the Company's filing of the Form 10-Q": the filing of a
                         # report named as an act (a gerund with "of"), not a place the risks are set out
                         r"\bfiling of (?:the |our |its |their |such |any |this |that )?(?:form|annual|quarterly|"
                         r"periodic|current|registration|proxy|10 [kq]|20 f|40 f)\b")


MIN_PARALLEL = 3
