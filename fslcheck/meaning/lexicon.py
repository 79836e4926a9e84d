"""Word families and the small closed classes that decide polarity.

A pack names a part of a proposition by base words ("differ", "material", "update"); a word of
the text fills it when it belongs to the same family: its inflections and the derived forms that
keep the meaning ("differs", "different", "difference", "differently"). The families below are
the hand table of the words legends turn on; a word that is not in the table gets the regular
English inflections (`inflections`), which is all most words of a pack need.

A few family members carry a negative prefix ("immaterial", "insignificant"): they fill the
part, and count as a negation (`NEGATIVE_FORMS`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..months import ABBREVIATIONS, FULL_NAMES

# One family per line: every word on a line fills a part named by any of them.
_FAMILIES = """
differ differs differed differing different difference differences differently differential
vary varies varied varying variance variances variation variations variable
diverge diverges diverged diverging divergence divergences divergent
deviate deviates deviated deviating deviation deviations
depart departs departed departing departure departures
discrepancy discrepancies
material materially materiality immaterial immaterially
significant significantly significance insignificant insignificantly
substantial substantially insubstantial
considerable considerably
meaningful meaningfully
important importantly
update updates updated updating
revise revises revised revising revision revisions
correct corrects corrected correcting correction corrections
amend amends amended amending amendment amendments
supplement supplements supplemented supplementing
modify modifies modified modifying modification modifications
change changes changed changing
release releases released releasing
announce announces announced announcing
alter alters altered altering alteration alterations
rely relies relied relying reliance reliant
obligation obligations obligated obligate obligates oblige obliged obliges
duty duties
intend intends intended intending intention intentions intent
undertake undertakes undertook undertaken undertaking undertakings
plan plans planned planning
commit commits committed committing commitment commitments
responsibility responsibilities responsible
require requires required requiring requirement
bind binds bound binding
assume assumes assumed assuming assumption
expect expects expected expecting expectation expectations
disclaim disclaims disclaimed disclaiming disclaimer
decline declines declined declining
refrain refrains refrained refraining
caution cautions cautioned cautioning cautionary
warn warns warned warning
advise advises advised advising
urge urges urged urging
encourage encourages encouraged encouraging
identify identifies identified identifying identification identifiable
signal signals signalled signaled signalling signaling sign signs
indicate indicates indicated indicating indication indicative
denote denotes denoted denoting
mark marks marked marking marker markers
characterize characterizes characterized characterizing characterise characterises characterised
accompany accompanies accompanied accompanying
precede precedes preceded preceding
follow follows followed following
contain contains contained containing
include includes included including
constitute constitutes constituted constituting
represent represents represented representing
qualify qualifies qualified qualifying
deem deems deemed
consider considers considered considering
appear appears appeared appearing
make makes made making
speak speaks spoke spoken speaking
state states stated stating
express expresses expressed expressing
describe describes described describing description descriptions
discuss discusses discussed discussing discussion discussions
detail details detailed detailing
disclose discloses disclosed disclosing disclosure disclosures
set sets
refer refers referred referring reference references
file files filed filing filings
report reports reported reporting
document documents
submission submissions submit submits submitted
result results resulted
outcome outcomes
event events
performance performances perform performs performed
achievement achievements achieve achieves achieved
development developments
circumstance circumstances
statement statements
information
projection projections project projects projected
forecast forecasts forecasted forecasting
estimate estimates estimated estimating
expectation expectations
plan plans
word words
term terms terminology terminologies
expression expressions
phrase phrases phrasing
language
verb verbs
variation variations
similar similarly
comparable
kindred
analogous
like
current currently
valid validity
accurate accuracy
date dates dated
time times
today
issue issued issuance
publication published publish
announcement
risk risks risky
factor factors
uncertainty uncertainties uncertain
speak speaks
guarantee guarantees guaranteed
assurance assurances assure assures assured
later subsequent succeeding ensuing
reaffirm reaffirms reaffirmed reaffirming reconfirm reconfirms reconfirmed reconfirming
lose loses lost losing
"""

NEGATIVE_FORMS = frozenset("""
immaterial immaterially insignificant insignificantly insubstantial unlikely
""".split())


def _table() -> dict[str, frozenset[str]]:
    families: dict[str, set[str]] = {}
    for line in _FAMILIES.strip().splitlines():
        members = set(line.split())
        for word in line.split():
            families.setdefault(word, set()).update(members)
    return {word: frozenset(members) for word, members in families.items()}


_TABLE = _table()


def inflections(word: str) -> set[str]:
    """The regular inflections of an English word not in the table (plural, past, gerund,
    third person, adverb): enough for the nouns and verbs a pack author adds."""
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing", word + "ly"}
    if word.endswith("y") and len(word) > 2:
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if word.endswith("e"):
        forms |= {word[:-1] + "ing"}
    if len(word) > 2 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


@lru_cache(maxsize=4096)
def family(word: str) -> frozenset[str]:
    """Every form of the text that fills a part named by `word`, with the "un-" forms of the
    table's words ("unaccompanied", "unintended"), which fill it negated (`is_negative_form`)."""
    if word in _TABLE:
        forms = _TABLE[word] | frozenset(_UN + form for form in _TABLE[word] if len(form) >= _UN_MIN)
    else:
        forms = frozenset(inflections(word))
    return forms | frozenset(_british(form) for form in forms if _IZE.search(form))


# American -ize/-yze and their British -ise/-yse spellings are one word ("recognize", "recognise";
# "characterization", "characterisation"; "analyze", "analyse"): a pack names the American form.
_IZE = re.compile(r"(?<=[a-z]{3})([iy])z(e|es|ed|ing|ation|ations)$")


def _british(form: str) -> str:
    return _IZE.sub(lambda m: m.group(1) + "s" + m.group(2), form)


# "un-" on a word of the table denies it ("unaccompanied by words such as", "unintended"); only
# words of the table, and only long ones, so that "unduly", "undertake" or "until" are never read
# as "un-" and a stem.
_UN = "un"
_UN_MIN = 5


def is_negative_form(word: str) -> bool:
    """A word that fills a part and denies it: "immaterial", "insignificant", "unaccompanied"."""
    return word in NEGATIVE_FORMS or (word.startswith(_UN) and len(word) - len(_UN) >= _UN_MIN
                                      and word[len(_UN):] in _TABLE)


# Adjectives that deny the noun they stand before as a source of what it names: "unreliable
# indicators of forward-looking statements" indicate none. Only right before the part: elsewhere
# ("unreliable suppliers could cause results to differ") they describe a risk.
UNTRUSTWORTHY = frozenset("unreliable untrustworthy misleading deceptive meaningless spurious false".split())

# Negation cues: each one turns what its clause says into its opposite. "n't" forms are found by
# their ending ("doesn't", "won't"); "neither ... nor" counts once. The judgements of the second
# line deny what they govern as "not" does ("it would be unwise to rely" is a caution; "it would
# not be unreasonable to place full reliance" invites reliance); "unwarranted" and "unjustified"
# are not among them: they are synonyms of "undue", not negations.
NEGATIONS = frozenset("""
not no never none nothing neither nor without cannot nobody nowhere unlikely impossible non
unreasonable unwise imprudent inadvisable inappropriate absent ill hardly scarcely inconceivable unthinkable
implausible improbable deny denies denied barely
seldom rarely infrequently sporadically uncommon
""".split())  # seldom, rarely, uncommon: a frequency that denies ("can rarely be identified by words such as",
# "are uncommon in forward-looking statements"; "not uncommon" affirms)

# Adverbs that deny a frequency only after "only": "only occasionally identified by words such as"
# says they mostly are not ("exceptionally" alone is a degree: "exceptionally volatile").
RARELY_AFTER_ONLY = frozenset("occasionally exceptionally intermittently sporadically sometimes".split())

# Phrases of rare occurrence that deny a frequency as "rarely" does: "in rare cases", "on rare
# occasions", "in (very) few instances", "in only a few cases", "only very occasionally", "at most
# occasionally", "in a minority of cases".
_OCCASION_NOUNS = frozenset("cases case occasions occasion instances instance circumstances times".split())
_INTENSIFIERS = frozenset("very quite extremely exceedingly".split())


def rare_occasions(words: list[str], t: int) -> bool:
    """Whether a phrase of rare occurrence opens at word t (see above)."""
    following = words[t + 1 : t + 5]
    if words[t] in ("in", "on"):
        rest = following[1:] if following[:1] == ["only"] else following
        if rest[:1] == ["a"] and rest[1:2] == ["few"] and following[:1] == ["only"]:
            return rest[2:3] != [] and rest[2] in _OCCASION_NOUNS  # "in only a few cases" ("in a few cases" is some)
        if rest[:1] in (["very"], ["relatively"]):
            rest = rest[1:]
        if rest[:1] in (["rare"], ["few"]) and rest[1:2] and rest[1] in _OCCASION_NOUNS:
            return True
        return following[:3] == ["a", "minority", "of"]
    if words[t] == "only":
        return bool(following[:1]) and following[0] in _INTENSIFIERS and following[1:2] != [] \
            and following[1] in RARELY_AFTER_ONLY
    return words[t] == "at" and following[:1] == ["most"] and following[1:2] != [] and following[1] in RARELY_AFTER_ONLY


# An amount called small before a noun of reliance limits the reliance as "not ... undue" does:
# "place only limited reliance on them", "little weight should be given to them" caution the
# reader ("some reliance", "a little reliance" and "more than limited reliance" do not).
SMALL_AMOUNTS = frozenset("little limited minimal scant slight modest negligible".split())
RELIANCE_NOUNS = frozenset("reliance weight confidence emphasis importance".split())
_AMOUNT_RAISERS = frozenset("a than but beyond above".split())  # "a little", "more than limited", "anything but limited"


def small_amount(words: list[str], index: int) -> bool:
    """Whether the word at `index` calls the reliance after it small ("limited reliance", "little
    weight"), with no article or comparison before it that turns the amount round ("a little
    reliance" is some; "more than limited reliance", "anything but limited reliance" are more)."""
    return (words[index] in SMALL_AMOUNTS and index + 1 < len(words) and words[index + 1] in RELIANCE_NOUNS
            and not (index > 0 and words[index - 1] in _AMOUNT_RAISERS))


# Verbs that keep the reliance they take as object within bounds, as "not ... undue" does: "limit
# any reliance you place on them", "minimise your reliance on", "temper the reliance placed on".
# Only over the reliance noun itself (after at most a determiner or a possessive of the reader),
# so that "our limited cash resources" or "limits on our borrowing" limit nothing here.
LIMITING_VERBS = frozenset("""limit limits limited limiting restrict restricts restricted restricting
minimize minimizes minimized minimizing minimise minimises minimised minimising temper tempers tempered tempering
curb curbs curbed curbing lessen lessens lessened lessening""".split())
_LIMITED_DETERMINERS = frozenset("any the your their his her its all such one's that this".split())


# "keep within due bounds your reliance on them", "keep within reasonable limits any reliance":
# the same bound put on the reliance named after it
_BOUNDS = frozenset("bounds limits".split())
_FITTING_BOUNDS = frozenset("due reasonable proper appropriate prudent sensible".split())
_KEEPING = frozenset("keep keeps kept keeping hold holds holding".split())


def _kept_within_bounds(words: list[str], v: int, low: int) -> int | None:
    """The verb of "keep within (due) bounds" whose "bounds" is at v, or None."""
    k = v - 1
    if k >= low and words[k] in _FITTING_BOUNDS:
        k -= 1
    if k - 1 >= low and words[k] == "within" and words[k - 1] in _KEEPING:
        return k - 1
    return None


def limiting_verb(words: list[str], index: int, low: int) -> int | None:
    """The verb before the reliance noun at `index` that limits it ("limit any reliance", "minimize
    reliance on"), or None. A participle right before the noun is an adjective of amount ("limited
    reliance" is read by `small_amount`), not a verb that governs it."""
    if words[index] not in RELIANCE_NOUNS:
        return None
    v = index - 1
    if v >= low and words[v] in _LIMITED_DETERMINERS:
        v -= 1
    kept = _kept_within_bounds(words, v, low) if v >= low and words[v] in _BOUNDS else None
    if kept is not None:
        return kept   # (else "limits" is the verb: "nothing herein limits the reliance ...")
    if v < low or words[v] not in LIMITING_VERBS:
        return None
    if v == index - 1 and words[v].endswith("ed"):
        return None
    return v


# A likelihood called slight denies the clause it takes as "unlikely" does: "there is only a
# remote chance that results could differ materially", "little prospect that ..." (a plain "risk
# that results could differ" is the caution itself).
SLIGHT = frozenset("remote negligible little slight minimal slim scant nil zero".split())
LIKELIHOODS = frozenset("chance chances possibility likelihood prospect prospects probability risk".split())
DOUBTING = frozenset("doubtful questionable remote".split())  # over a clause: "we consider it remote that ..."


def slight_likelihood(words: list[str], index: int) -> bool:
    """Whether the word at `index` calls the likelihood after it slight ("a remote chance that").
    Not the risk that lies in an act ("little risk in placing full reliance"): that calls the act
    safe, it does not deny that it happens. "doubtful" or "remote" over a clause says the same ("it
    is doubtful that results will differ", "we consider it remote that ..."; not "doubtful accounts",
    "remote work")."""
    if words[index] in DOUBTING and index + 1 < len(words) and words[index + 1] in ("that", "whether"):
        return True
    if (words[index] in SLIGHT and index > 0 and words[index - 1] in ("at", "as") and index + 2 < len(words)
            and words[index + 1] == "the" and words[index + 2] in LIKELIHOODS):
        return True  # the judgement before its object: "puts at nil the chance that", "rates as remote the risk that"
    if not (words[index] in SLIGHT and index + 1 < len(words) and words[index + 1] in LIKELIHOODS):
        return False
    return not (index + 3 < len(words) and words[index + 2] == "in" and words[index + 3].endswith("ing"))

# Predicates that judge what their subject names to be wrong, as "not" would deny it: "reliance on
# these statements would be misplaced", "… is unwarranted". Before a noun ("unwarranted reliance")
# they are synonyms of "undue" and deny nothing, so they count only as the predicate.
PREDICATE_DENIALS = frozenset("""misplaced unwarranted unjustified unjustifiable unfounded ill-advised
ill-founded""".split())
# "Undue" and "excessive" judge a degree: after a modal of possibility they judge as those do
# ("reliance on them would be undue"; "no reliance on them could be undue" approves any), but
# under a modal of duty they only set the limit the caution sets ("such reliance should not be undue").
DEGREE_DENIALS = frozenset("undue excessive".split())

# Verbs and adjectives that deny the verb or noun they govern ("fail to update", "will not
# hesitate to revise", "refrain from relying", "not relieved of its obligation"): each form, with
# the words that may link it to what it governs ("" for none: "avoid relying").
IMPLICIT_NEGATORS: dict[str, frozenset[str]] = {
    form: links
    for forms, links in (
        ("fail fails failed failing", {"to"}),
        # "have yet to be identified by words such as", "has yet to take on any duty to update":
        # what is yet to be done has not been done
        ("yet", {"to"}),
        ("hesitate hesitates hesitated hesitating", {"to"}),
        # "should not fear to rely", "need not be afraid of relying": a fear held back invites the act
        ("fear fears feared fearing afraid", {"to", "of"}),
        ("refuse refuses refused refusing", {"to"}),
        ("decline declines declined declining", {"to"}),
        ("cease ceases ceased ceasing", {"to", ""}),
        # "does not intend to stop revising" keeps revising ("stops short of" is read in negation.py)
        ("stop stops stopped stopping", {""}),
        # "would not neglect any duty to update" owns the duty, as "does not shirk any duty" does
        ("neglect neglects neglected neglecting", {"to", ""}),
        ("omit omits omitted omitting", {"to"}),
        ("refrain refrains refrained refraining", {"from"}),
        ("abstain abstains abstained abstaining", {"from"}),
        ("avoid avoids avoided avoiding", {""}),
        # a phrasal verb of holding back: "shy away from relying", "steer away from placing reliance"
        ("away", {"from"}),
        # "will not hold back from revising", "not be shy of placing full reliance", "does not
        # shirk any duty to update", "escape identification by", "would be hard put to differ"
        ("back", {"from"}),
        ("shy", {"of", "about", "from"}),
        ("shirk shirks shirked shirking", {""}),
        ("escape escapes escaped escaping", {""}),
        # what is put off is not done now: "no obligation to delay publicly updating them" leaves
        # them to be updated promptly (over a gerund only, `DEFERRING`)
        ("delay delays delayed delaying postpone postpones postponed postponing defer defers deferred deferring",
         {""}),
        ("put", {"to"}),
        ("relieved relieve relieves relieving released free frees freed freeing devoid exempt exempts exempted",
         {"of", "from"}),
        # nouns of holding back: "no hesitation in placing reliance" invites what it governs, as
        # does the adjective ("need not be reluctant to rely")
        ("hesitation hesitancy reluctance", {"in", "about", "to"}),
        ("reluctant hesitant loath loth", {"to", "about"}),   # "hesitant about relying"
        ("absent missing excluded omitted", {"from"}),
        # "unworthy of your reliance" withholds it; "none of them is unworthy of reliance" invites it
        ("unworthy undeserving", {"of"}),
        # the rest of the verbs of leaving undone, holding off and resisting: "will not forget to
        # update", "does not evade any duty to update", "will not balk at
        # revising", "not be remiss in updating", "not be slow to revise", "hold off on updating"
        ("forget forgets forgot forgotten forgetting", {"to"}),
        ("evade evades evaded evading "
         "resist resists resisted resisting forgo forgoes forwent forgone forgoing forego foregoes foregone "
         # (not "foregoing": "the foregoing factors" is the list before, no forgoing)
         "dodge dodges dodged dodging", {""}),
        ("desist desists desisted desisting shrink shrinks shrank shrinking recoil recoils recoiled recoiling",
         {"from"}),
        ("balk balks balked balking", {"at"}),
        ("remiss", {"in"}),
        ("slow", {"to", "in"}),
        ("off", {"on"}),
        ("unwilling disinclined averse", {"to"}),
        # misgivings about what they govern: "no qualms about relying on them", "without
        # reservation in placing reliance"
        ("qualms misgivings reservations reservation scruples", {"about", "in", "over"}),
        # sheltered from it: "actual results are not immune from differing materially"
        ("immune insulated", {"from", "to"}),
        # unfit for what they govern: "words that are unsuited to identifying such statements"
        ("unsuited unfit unsuitable", {"to"}),
        # beside what they govern: "used for reasons unrelated to identifying such statements"
        ("unrelated unconnected", {"to"}),
        # without the power or use for what they govern: "words incapable of identifying such
        # statements", "useless in identifying them", "readers are unable to identify them by"
        # ("not unhelpful in identifying" is a litotes: two negations, one reading)
        ("incapable powerless", {"of"}),
        ("unable", {"to"}),
        ("useless worthless unhelpful", {"in", "for"}),
    )
    for form in forms.split()
    for links in [frozenset(links)]
}

# Verbs that keep someone from doing what they govern through "from" ("nothing prevents the reader
# from relying").
KEEPING_FROM = frozenset("""prevent prevents prevented preclude precludes precluded stop stops stopped bar bars barred
discourage discourages discouraged deter deters deterred dissuade dissuades dissuaded prohibit prohibits prohibited
keep keeps""".split())

# Judgements that deny the clause they take ("it would be wrong to assume that ...", "it is false
# that ..."); alone ("should assumptions prove incorrect") they deny nothing of the legend's.
WRONGNESS = frozenset("wrong incorrect false mistaken untrue erroneous misleading".split())
# Nouns that judge an act wrong when an infinitive follows ("it would be a mistake to think that
# ..."); before "that" they name a cause ("an error that could cause results to differ").
WRONG_ACTS = frozenset("mistake mistakes".split())
# Nouns that call the clause after "that" false ("it is a misconception that words such as ...
# identify ..."); not "error" or "mistake", whose "that" clause names what they cause.
FALSEHOODS = frozenset("misconception misconceptions myth myths fallacy fallacies falsehood misunderstanding untruth".split())
# Judgements of danger or folly: over an infinitive they deny the act as "unwise" does ("it would be
# unsafe to rely on them", "unwarranted for investors to place full reliance"); elsewhere they
# describe ("unsafe products", "dangerous goods", "unwarranted reliance").
IMPRUDENT_ACTS = frozenset("unsafe dangerous risky foolish foolhardy rash reckless perilous hazardous unwarranted unjustified".split())
# Judgements whose negative prefix already denies the act they take ("it would be unwise to place
# undue reliance" cautions as "you should not" does): read through that prefix, not as IMPRUDENT_ACTS.
UNWISE_ACTS = frozenset("unwise imprudent inadvisable".split())
# Verbs of blame: over "for" + a gerund they judge the act wrong as WRONGNESS does ("investors
# would be blamed for placing full reliance"); denied ("cannot be faulted for relying") they approve it.
BLAMED = frozenset("faulted blamed criticized criticised censured reproached".split())
# Judgements of an act named by a gerund after "about", "with" or "in" ("something undue about
# relying on them", "nothing wrong with placing full reliance"): the judgement denies the act as
# "not" would, so a negative subject before it ("nothing") cancels into approval.
JUDGED_ACTS = (WRONGNESS | PREDICATE_DENIALS | DEGREE_DENIALS | IMPRUDENT_ACTS
               | frozenset("unwise imprudent improper inadvisable".split()))

# The words of a body that regulates or supervises ("the Commission", "the Alberta Securities
# Commission", "the state banking authority"): where filings go, and a party of its own when it
# makes statements.
REGULATORS = frozenset("""commission commissions authority authorities administrators regulator regulators agency
autorite autorité department departments ministry ministries bureau bureaus superintendent commissioner administration
administrations""".split())

# Who or when a statement belongs to when it is not the company's here and now: "our competitors'
# press releases", "statements made by third-party analysts", "our prior-year releases". A part
# the company must own ("company_parts" of a proposition) that one of these words owns is not
# the element.
OTHER_OWNERS = frozenset("""
competitor competitors competitor's analyst analysts analyst's peer peers third others issuers vendors
suppliers counterparties newswire newswires
licensee licensees licensee's dealer dealers dealer's seller sellers seller's buyer buyers buyer's underwriter
underwriters underwriter's
partner partners partner's partners' distributor distributors distributor's distributors' customer customers
customer's customers' client clients client's counterparty counterparty's reseller resellers licensor licensors licensor's
supplier supplier's vendor vendor's lender lenders lender's reinsurer reinsurers reinsurers'
purchaser purchasers purchaser's purchasers'
parent parent's predecessor predecessors predecessor's auditor auditors auditor's acquirer acquirers acquirer's
broker brokers broker's brokers' noteholder noteholders noteholder's bondholder bondholders bondholder's debtholders
owner owners owner's owners' operator operators operator's operators'
tenant tenants tenant's tenants' lessee lessees lessee's borrower borrowers borrower's franchisee franchisees
franchisee's policyholder policyholders policyholder's payer payers payer's payers' payor payors payor's
manufacturers manufacturers' contractor contractor's contractors contractors' subcontractor subcontractor's subcontractors
actuaries actuaries' actuary's
regulator's regulators' governments government's governments' unions union's unions' agency's
agencies'
agent agents agent's registrar registrars registrar's trustee trustees trustee's
consultant consultants consultant's consultants' adviser advisers adviser's advisor advisors advisor's
landlord landlords landlord's lessor lessors lessor's respondent respondents respondent's
opponent opponents opponent's builders homebuilders builder's automakers automaker's refiners refiner's
sponsor sponsors sponsor's venture ventures venture's
custodian custodians custodian's physicians physician's merchants merchant's accountants accountants'
accountant's incumbents entrants assignee assignees assignee's grantee grantees payee payees transferee
transferees mortgagee mortgagees claimants applicants
industry's market's sector's consensus
""".split())  # the industry's or the market's results, the consensus: not the company's
# (not "operator": a call's operator reads the legend out for the company)

# Parties the list above does not name are still recognised by the shape of their word: an
# agent noun, a person or firm named by what it does ("our growers", "the servicer's", "the
# insurers'", "economists"). These -er/-or/-ist words are not parties: the company's own people
# and the legend's readers, words that only look like agent nouns, things named by what they do
# ("markers", "drivers", "indicators"), and adjectives and adverbs.
_AGENT_ENDINGS = ("er", "or", "ist")
_NOT_AGENTS = frozenset("""
officer director member founder employer issuer registrant filer speaker presenter reader listener viewer
holder shareholder stockholder unitholder securityholder investor subscriber user controller treasurer chancellor
number matter factor quarter order letter paper chapter center centre sector error layer barrier power water
border headquarter register parameter indicator monitor motor color colour behavior behaviour interior anchor
mirror floor door harbor harbour labor labour favor favour honor honour rumor rumour calendar dollar summer winter
january february march april may june july august september october november december
other together whether however further rather either neither under over after never ever later earlier
lower higher greater larger smaller fewer better faster slower stronger weaker longer shorter newer older wider
broader deeper major minor prior senior junior superior inferior exterior former latter inner outer upper
offer transfer charter filter meter liter litre cluster roster poster master disaster character shelter theater
theatre gender tender answer cancer fever corner manner banner river silver copper timber lumber rubber fiber fibre
polymer container transformer conductor semiconductor reactor vector tractor trailer computer server
printer router weather leather feather thunder wonder danger anger finger
hunger shoulder boulder ledger lever liver exist persist assist insist resist consist reminder regulator
consider deliver differ enter cover recover discover suffer refer prefer defer infer confer
alter foster bolster hinder encounter counter administer render gather remember mentor tailor doctor editor
disclaimer newsletter header footer primer teaser flyer folder binder
marker identifier qualifier modifier signifier pointer driver trigger buffer sticker ticker waiver rider wrapper
scanner sensor processor detector predictor descriptor accelerator multiplier divisor denominator numerator
barometer thermometer booster tracker timer
merger disorder tumor tumour cancer ulcer biomarker inhibitor agonist antagonist receptor activator modulator
transporter promoter injector inhaler catheter stimulator ventilator respirator analyzer analyser sequencer
premier frontier cylinder chamber semester trimester diameter perimeter kilometer kilometre
checklist playlist waitlist wishlist shortlist blacklist whitelist watchlist blocklist allowlist
thereafter hereafter hereinafter thereunder hereunder whatsoever whatever whichever whenever wherever moreover
forever altogether another remainder career flavor corridor endeavor powder alzheimer revolver surrender
differentiator comparator precursor outlier placeholder voucher retainer blister liquor pepper butter ladder
fertilizer exchanger smelter incinerator burner charger boiler cooler freezer projector browser helicopter
freighter tanker excavator conveyor escalator simulator optimizer sanitizer converter inverter transmitter breaker
crusher splitter limiter concentrator incubator electrolyzer dishwasher scooter blockbuster bestseller newspaper
caliber calibre aquifer bunker terror horror tremor euribor starter nonstarter soccer
turnover takeover rollover carryover crossover changeover makeover workover
assist exist persist insist resist consist desist twist
outdoor indoor proper improper younger softer smarter leaner flatter litter flower washer connector prosper
fuller clearer richer sooner bigger harder easier simpler tighter looser cheaper steeper sharper stricter lesser
thinner thicker darker lighter louder bolder calmer firmer fairer poorer quicker smoother rougher tougher cleaner
closer heavier healthier wealthier riskier costlier likelier busier happier
""".split())


@lru_cache(maxsize=8192)
def is_agent_noun(word: str) -> bool:
    """Whether `word` is an agent noun naming another party by what it does ("growers",
    "the servicer's", "insurers'", "economists"): a word of six letters or more ending in
    -er, -or or -ist (plural or possessive), not one of `_NOT_AGENTS`."""
    base = word
    if base.endswith("'s"):
        base = base[:-2]
    elif base.endswith("s'"):
        base = base[:-2]
    elif base.endswith("s") and not base.endswith("ss"):
        base = base[:-1]
    return (len(base) >= 6 and base.endswith(_AGENT_ENDINGS) and base not in _NOT_AGENTS
            and not _compound_of_non_agent(base))


def _compound_of_non_agent(base: str) -> bool:
    """Whether `base` ends in a longer word that is no agent noun ("microinjector", "backorder",
    "wastewater", "multicenter", "horsepower"), so it names a thing as that word does."""
    ends = [base[k:] for k in range(2, len(base) - 4)]
    return not any(e in _PEOPLE for e in ends) and any(e in _NOT_AGENTS for e in ends)


# the people among the words above: a compound of one may name another party ("coinvestor",
# "policyholder", "subscriber" of a partner's service)
_PEOPLE = frozenset("""officer director member founder employer issuer registrant filer speaker presenter reader
listener viewer holder shareholder stockholder unitholder securityholder investor subscriber user controller
treasurer chancellor""".split())


# After "other", the nouns that name no one ("other factors", "other risks"): any other plural
# noun there names someone else ("the statements of other utilities", "other banks' estimates").
NOT_OWNERS = frozenset("""
factors risks uncertainties matters things events circumstances documents filings reports information
statements words expressions terms phrases conditions developments reasons variables assumptions items
sections parts places times dates periods candidates products programs projects trials studies markets
regions segments sources costs expenses items amounts measures metrics disclosures
""".split())
OTHER_TIMES = frozenset("prior previous earlier former past preceding last".split())
# Prepositions of topic: a party named after one is what the statements are about, not their
# maker ("statements regarding our suppliers' capacity" are the company's own).
ABOUT_WORDS = frozenset("about regarding concerning relating related respecting".split())


def topic_party(words: list[str], t: int, opened: int) -> bool:
    """Whether word t, in a subject from `opened`, stands in a topic phrase ("the statements in
    this release regarding the closing of the merger"): it names no owner, unless it names another
    time ("regarding prior periods" is still about the past)."""
    about = next((k for k in range(t - 1, opened - 1, -1) if words[k] in ABOUT_WORDS), None)
    # ... but an agent after it is the maker again: "statements regarding the merger made by Beta"
    return about is not None and words[t] not in OTHER_TIMES and "by" not in words[about:t]


# Modifiers that make a document or filing a later one than this ("our next annual report", "the
# upcoming proxy statement"): not there yet to be read, and not this one.
LATER_MARKERS = frozenset("next upcoming forthcoming".split())
# Words of a subject or agent that name the company itself ("we", "the Company's management").
OWN_SPEAKERS = frozenset("we us i company company's corporation management itself ourselves".split())

# Documents, and the words that show one is another than the one at hand ("the accompanying
# presentation", "the transcript of our call") or this one ("this release", "today's call").
# Documents of a kind a press release or a call never is: named without "this", another document
# ("Statements in the Offering Memorandum ... constitute forward-looking statements").
OTHER_KINDS = frozenset("""memorandum memoranda memo memos newsletter newsletters brochure brochures deck decks
magazine""".split())
DOCUMENT_NOUNS = frozenset("""release releases report reports presentation presentations call calls transcript
transcripts website site prospectus proxy filing filings letter letters webcast document documents materials
brochure brochures supplement form""".split()) | OTHER_KINDS
# Modifiers that make statements of another kind than forward-looking ones ("historical statements").
NOT_FORWARD = frozenset("historical retrospective".split())
OTHER_DOCUMENTS = frozenset("""accompanying attached enclosed separate transcript website annual quarterly proxy
prospectus draft drafts research investor investors""".split()) | OTHER_TIMES   # "an earlier draft of this press
# release"; analysts' "research reports" and "our investor presentation" are never the release itself
DEICTICS = frozenset("this these herein hereof today's today present".split())
# The nouns and pronouns a legend names its statements by ("the statements", "reliance on them").
STATEMENT_NOUNS = frozenset("statement statements information".split())
STATEMENT_PRONOUNS = frozenset("they them it these those".split())

# Adjectives of nationality: a law they name is another country's ("the Israeli Securities Law",
# "the German Securities Trading Act"), whatever words it shares with the U.S. Acts.
DEMONYMS = frozenset("""canadian british english scottish irish french german swiss dutch belgian luxembourg
luxembourgish italian spanish portuguese swedish norwegian danish finnish austrian polish greek israeli japanese
chinese korean taiwanese indian australian brazilian mexican argentine chilean singaporean malaysian indonesian
philippine thai vietnamese emirati saudi qatari turkish russian ukrainian bermudian caymanian""".split())

# The states of the United States: a securities act a state names ("the Texas Securities Act", "the
# Kentucky Securities Act") is a blue-sky law, not the federal Acts whose safe harbor a legend
# invokes. Two-word names by their distinctive word ("new york" by "york").
STATES = frozenset("""alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
missouri montana nebraska nevada hampshire jersey york carolina dakota ohio oklahoma oregon pennsylvania rhode
tennessee texas utah vermont virginia washington wisconsin wyoming""".split())

# Canada's provinces and territories, and countries named as a noun before their law ("the Ontario
# Securities Act", "the Israel Securities Law", "the Singapore Securities and Futures Act"): a
# law they name is not the U.S. Acts either. Two-word names by their distinctive word.
PROVINCES = frozenset("""ontario quebec alberta manitoba saskatchewan scotia brunswick newfoundland labrador yukon
nunavut""".split())
COUNTRIES = frozenset("""canada israel japan singapore kong china taiwan korea india australia bermuda cayman
ireland england scotland germany france switzerland netherlands luxembourg brazil mexico
usa uk eu uae prc america europe asia africa italy spain portugal greece cyprus sweden norway denmark finland
iceland belgium austria poland russia ukraine turkey egypt nigeria zealand chile argentina colombia peru panama
indonesia malaysia thailand vietnam philippines qatar saudi arabia kuwait dubai monaco liberia guernsey""".split())

# A company's name read by its words: the suffixes that mark one ("Southwind Corp.", "Acme Holdings"),
# and the subjects that name no company in particular ("the Company undertakes", "we do not").
CORPORATE_SUFFIXES = frozenset("""inc incorporated corp corporation co company companies ltd limited llc plc lp llp sa nv
ag se ab asa oyj spa holdings group""".split())
# The suffixes that only ever end a company's name (not "company" or "group", which a legend also
# writes as common nouns)
INCORPORATION_SUFFIXES = frozenset("inc incorporated corp corporation ltd limited llc plc lp llp".split())
GENERIC_NAMES = frozenset("""we it they company company's corporation group issuer registrant management firm bank
trust partnership fund reit this which that who and or nor also further furthermore however therefore accordingly
none one neither""".split())
# The months, in full and as newswires abbreviate them before a day ("as of Nov. 4, 2026").
MONTHS = frozenset(FULL_NAMES)
MONTH_ABBREVIATIONS = frozenset(ABBREVIATIONS)

# Words a legend writes with capitals that name no party: the titles of laws, filings, sections
# and agencies, the lawmakers and courts ("the safe harbor Congress added"), months and days
# ("the Commission's rules", "Management's Discussion", "as of June 30").
TITLE_WORDS = frozenset("""sec securities exchange commission act acts section sections rule rules regulation
regulations item items form forms part parts annual quarterly current report reports risk risks factor factors
private litigation reform safe harbor harbors forward looking statement statements cautionary note notes
management discussion analysis united states america federal edgar sedar internet website nyse nasdaq gaap ifrs
pslra
board directors investor investors relations press release news wire fiscal quarter year
congress senate parliament legislature court courts fasb pcaob
provision provisions law laws protection protections
monday tuesday wednesday thursday friday saturday sunday""".split()) | MONTHS | MONTH_ABBREVIATIONS

# Who reads a statement: a date that is theirs ("the date you read it") is not the statement's.
READERS = frozenset("you reader readers investor investors anyone shareholders stockholders holders".split())

# Words that end a clause, so that a negation before them does not reach a word after them
# ("are not guarantees ... and involve risks that could cause results to differ materially").
BOUNDARIES = frozenset("""
and but although though while whereas however because since if unless except when where which
who whom whose that than so whether otherwise moreover furthermore additionally nevertheless
""".split()) | frozenset(
    # the exceptives, like "except" and "other than": a negation before them does not reach what
    # they introduce ("no obligation beyond (besides, save) our obligation to update" assumes the
    # obligation to update; "no risks beyond those described could cause ..." keeps the caution)
    "besides beyond save".split())

# "that" after these words introduces what they say, not a relative clause: a negation before it
# reaches into it ("there can be no assurance that results will not differ materially").
COMPLEMENT_TAKERS = frozenset("""
believe believes believed expect expects expected think thinks thought anticipate anticipates
anticipated assurance assurances guarantee guarantees assure assures likely unlikely certain given
made say says said state states stated represent represents possible probable clear mean means
suggest suggests indicate indicates true case impossible chance chances possibility likelihood prospect
danger risk fear evidence reason indication fact view belief hope promise promises promised ensure ensures
know knows predict predicts confirm confirms warrant warrants certify certifies inconceivable unthinkable
implausible conceivable plausible assume assumed say said conclude infer imply implies deny denies denied
doubtful questionable remote suppose supposes supposed imagine imagines imagined
suggestion suggestions notion idea assertion premise contention
assuming believing expecting concluding thinking supposing presuming inferring anticipating imagining
""".split()) | WRONGNESS | FALSEHOODS  # "it is false (a myth) that words such as ... identify ..."

# Words that show a subject has ended and its verb begun (auxiliaries and the verbs legends turn on).
FINITE_VERBS = frozenset("""is are was were be been being will would shall should may might can could must do does did
has have had contain contains constitute constitutes include includes cannot""".split())
NEGATIVE_SUBJECTS = frozenset("nothing none no neither nobody".split())
# Modal verbs: the verb of a clause that "as" (meaning "because") opens, or of the main clause after
# a relative clause of its subject.
MODALS = frozenset("could may might will would can cannot shall should must".split())

# Determiners and fillers skipped when reading what a word applies to.
FILLERS = frozenset("the a an any all our its their this these those such your his her my".split())

# Words that refer back to the previous sentence ("Such variances may be material").
ANAPHORS = frozenset("such these those this that it they them any".split())


# Words a determiner or negation is found fused to where a wire copy dropped its line breaks
# ("assumes noobligation to update", "readers should notplace undue reliance", "disclaims
# anyobligation"): the legend's own nouns and verbs after "no", "not" and "any". A token that is
# one of these after one of those prefixes is read as the two words; a real word such as
# "nothing", "notice" or "anyone" never is (its rest is not in the table).
FUSED_PREFIXES = ("not", "no", "any")
FUSABLE = frozenset("""
obligation obligations duty duties undertaking undertakings intention intent responsibility liability
commitment commitments assurance assurances guarantee guarantees representation representations
warranty warranties place placing put rely relying reliance undue update updates updating revise
revising publicly forward statement statements person other""".split())


# ... and "not" fused to the auxiliary before it ("readers shouldnot place", "the company doesnot
# undertake"); "cannot" is a word of its own and stays one.
FUSED_AUXILIARIES = frozenset("should would could does do did will may might must is are was were has have had "
                              "shall".split())

# Verbs a transcript or a wire copy runs into the "no" that follows them ("assumeno obligation").
FUSED_BEFORE_NO = frozenset("assume assumes undertake undertakes has have had bear bears accept accepts".split())


def fused_split(word: str) -> int:
    """Where a token fused from a prefix of FUSED_PREFIXES and a word of FUSABLE, or from an
    auxiliary and "not", splits; or 0."""
    for prefix in FUSED_PREFIXES:
        if word.startswith(prefix) and word[len(prefix):] in FUSABLE:
            return len(prefix)
    if word.endswith("not") and word[:-3] in FUSED_AUXILIARIES:
        return len(word) - 3
    if word.endswith("no") and word[:-2] in FUSED_BEFORE_NO:
        return len(word) - 2  # "we assumeno obligation": a verb and "no" run together
    return 0


# Contractions are read as the words they stand for ("aren't" as "are not", "we're" as "we are"),
# so that every reading of "not", of an auxiliary and of a subject pronoun reads the spoken form
# too: a call transcript says "we don't undertake", "they aren't historical facts", "we'll not
# update". "can't" is "cannot", a word of its own as written. A pronoun's "'s" is read as "is"
# only after a pronoun ("it's", "there's"); after a noun it is a possessive ("company's").
_NOT_CONTRACTED = {"wo": "will", "sha": "shall"}  # "wo" + "n't"
_CONTRACTED_AUXILIARIES = frozenset("""do does did is are was were has have had would should could must need
might ought dare""".split())
_PRONOUN_ENDINGS = {"re": "are", "ve": "have", "ll": "will", "d": "would", "m": "am"}
_PRONOUNS = frozenset("i you we they he she it there that here what who".split())
_IS_AFTER = frozenset("it he she there that here what who".split())


def contraction(word: str) -> tuple[tuple[str, int, int], ...] | None:
    """The words a contracted token stands for, each with where it stands in the token (start,
    end): "aren't" -> ("are", 0, 3), ("not", 3, 6); "won't" -> ("will", 0, 2), ("not", 2, 5);
    "can't" -> ("cannot", 0, 5); "we're" -> ("we", 0, 2), ("are", 2, 5). None for any other word
    ("company's", "o'clock")."""
    if word.endswith("n't") and len(word) > 3:
        stem = word[:-3]
        if stem == "ca":
            return (("cannot", 0, len(word)),)
        full = _NOT_CONTRACTED.get(stem, stem if stem in _CONTRACTED_AUXILIARIES else None)
        return None if full is None else ((full, 0, len(stem)), ("not", len(stem), len(word)))
    head, _, ending = word.partition("'")
    if head == "let" and ending == "s":
        return (("let", 0, 3), ("us", 3, len(word)))
    if head not in _PRONOUNS:
        return None
    full = "is" if ending == "s" and head in _IS_AFTER else _PRONOUN_ENDINGS.get(ending)
    return None if full is None else ((head, 0, len(head)), (full, len(head), len(word)))


def is_negation(word: str) -> bool:
    """A negation cue: "not", "no", "never", "cannot", "doesn't" ..."""
    return word in NEGATIONS or word.endswith("n't")

# A negation that applies to the next word or two only, not to the clause: "including without
# limitation", "not limited to", "statements that are not historical facts", "whether or not".
LOCAL_NEGATIONS = (
    ("without", "limitation"), ("without", "limit"), ("not", "limited"),
    ("not", "historical"), ("not", "purely"), ("not", "exclusive"), ("not", "exhaustive"),
    ("no", "later"), ("or", "not"), ("not", "currently"), ("not", "presently"), ("not", "known"),
    ("no", "matter"),   # "No matter how carefully we plan, ...": whatever the case, nothing denied
    ("not", "guarantees"), ("not", "guarantee"), ("not", "based"), ("not", "all"), ("not", "every"),
    ("not", "each"), ("not", "necessarily"),
    ("not", "always"),  # "sometimes, but not always, accompanied by words such as": a hedge, not a denial
    # the same hedge in other adverbs: "typically, though not invariably, prefaced by"
    ("not", "invariably"), ("not", "exclusively"), ("not", "uniformly"), ("not", "universally"),
    # litotes for "notably": "the Reform Act, not least", "risks, not least our ability to ..."
    ("not", "least"),
    # "more often than not", "more likely than not": the comparison's "not" is the alternative
    # weighed, not a denial of the clause ("can, more often than not, be identified by")
    ("than", "not"),
    # "we make no secret of our commitment to revise": the idiom affirms what it governs
    ("no", "secret"),
    ("non", "exhaustive"), ("non", "exclusive"), ("non", "limiting"),  # "a non-exhaustive list of these risks"
    # ... and the same hedge as an adverb: "Non-exhaustively, these risks include ..."
    ("non", "exhaustively"), ("non", "exclusively"), ("not", "exhaustively"),
    # legal idioms for "in addition to what was said": "Without limiting the foregoing, we may use
    # terms such as ...", "without prejudice to the generality of the above"
    ("without", "limiting"), ("without", "restricting"), ("without", "prejudice"),
    # a floor that says "the whole of it": "place nothing short of (nothing less than) full
    # reliance on them" places full reliance
    ("nothing", "short"), ("nothing", "less"),
    # the same for the best course: "readers can do no better than to consult our Form 10-K"
    # recommends the filing; the negation denies only a better course
    ("no", "better"), ("nothing", "better"),
) + tuple(
    # what the statements are said not to be: "they are neither promises nor guarantees, and are
    # subject to risks ... including": the negation denies the nouns, not the clause it opens
    (negation, noun) for negation in ("neither", "nor")
    for noun in ("promise", "promises", "guarantee", "guarantees", "assurance", "assurances", "warranty", "warranties")
)


# Adverbs that only date what a negation before them denies: "risks not currently known" denies
# the state alone; after "do" the negation may be the clause's, the adverb dating it ("we do not
# presently intend to revise them" denies the intention; "risks we do not currently know about"
# still describes the risks).
_DATING_ADVERBS = frozenset("currently presently".split())
_DO_SUPPORT = frozenset("do does did".split())


def dated_by_do(words: list[str], index: int) -> bool:
    """Whether the "not" at `index` follows "do" and precedes "currently" or "presently"."""
    return (words[index] == "not" and index + 1 < len(words) and words[index + 1] in _DATING_ADVERBS
            and index > 0 and words[index - 1] in _DO_SUPPORT)


# Idioms of more words whose negation adds rather than denies: "not to mention the timing",
# "not only ... but also"
_ADDING_IDIOMS = (("not", "to", "mention"),)
_NOT_ONLY_REACH = 15  # words from "not only" to its "but"


def is_local_negation(words: list[str], index: int) -> bool:
    """Whether the word at `index` belongs to one of the LOCAL_NEGATIONS pairs, as its first or
    its second word ("not limited", "or not"), to an idiom that adds ("not to mention", "not only
    ... but also"), or denies only a frequency ("by no means always")."""
    following = words[index + 1] if index + 1 < len(words) else ""
    if _no_matter_as_noun(words, index):
        return False
    # a contracted "not" is "not" ("aren't limited to", "that aren't historical facts")
    word = "not" if words[index].endswith("n't") else words[index]
    if word in ("no", "not") and following == "less" and words[index + 2 : index + 3] == ["than"]:
        return True  # litotes: "are intended, no less than any other signal, to identify" (as much as)
    if _in_no_order(words, index):
        return True  # "Risks ..., in no particular order: ...": the order denied, not the risks
    if _completeness_disclaimed(words, index):
        return True  # "Without purporting to be exhaustive, we list these factors below": a hedge on the list
    return (word, following) in LOCAL_NEGATIONS or (
        index > 0 and (words[index - 1], words[index]) in LOCAL_NEGATIONS) or denies_frequency(words, index) or (
        word == "not" and (("not", *words[index + 1 : index + 3]) in _ADDING_IDIOMS or (
            following == "only" and "but" in words[index + 2 : index + 2 + _NOT_ONLY_REACH])
            or _not_only_occasion(words, index)))


# "without purporting (claiming, pretending) to be exhaustive (complete, an exhaustive list)": the
# list's completeness disclaimed, as "not limited to" does, nothing of what it lists denied
_PURPORTING = frozenset("purporting claiming pretending".split())
_COMPLETE = frozenset("exhaustive complete comprehensive".split())


def _completeness_disclaimed(words: list[str], index: int) -> bool:
    """Whether the word at `index` is the "without" (or the participle after it) of "without
    purporting to be exhaustive" and its like."""
    if words[index] in _PURPORTING and index > 0 and words[index - 1] == "without":
        index -= 1
    return (words[index] == "without" and words[index + 1 : index + 2] != [] and words[index + 1] in _PURPORTING
            and words[index + 2 : index + 4] == ["to", "be"]
            and any(w in _COMPLETE for w in words[index + 4 : index + 6]))


# "in no particular order", "in no order of importance": a list's order denied, nothing of what it
# lists (the adjective between "no" and "order", if any, is one word)
_ORDER_ADJECTIVE_WORDS = 1


def _in_no_order(words: list[str], index: int) -> bool:
    """Whether the "no" at `index` is that of "in no (particular) order"."""
    return (words[index] == "no" and index > 0 and words[index - 1] == "in"
            and "order" in words[index + 1 : index + 2 + _ORDER_ADJECTIVE_WORDS])


# the words after "no matter" that make it "regardless of": "no matter how carefully we plan"
_REGARDLESS_OF = frozenset("what whatever how however whether when where who whom which why if".split())


def _no_matter_as_noun(words: list[str], index: int) -> bool:
    """Whether the word at `index` is the "no" of "no matter" (or its "matter") naming a matter
    it denies ("No matter discussed in this release is a forward-looking statement"), not the
    idiom "no matter how ...", which denies nothing."""
    start = index if words[index] == "no" else index - 1
    return (start >= 0 and words[start : start + 2] == ["no", "matter"]
            and (start + 2 >= len(words) or words[start + 2] not in _REGARDLESS_OF))


# conjunctions of an occasion or a manner that "not only" widens ("and not only as required by
# law", "not only when the law requires it"); not "as of", where "not only" moves a date ("speak
# not only as of today")
_OCCASIONS = frozenset("as when where if insofar".split())
# adverbs of focus that "not" denies in the same way ("and not merely to the extent the law
# requires it", "not just when required by law")
_FOCUS_ADVERBS = frozenset("only merely just solely simply".split())


def _not_only_occasion(words: list[str], index: int) -> bool:
    """Whether "not" at `index` opens "not only" (or "not merely", "not just") over a clause of
    occasion, extent or manner ("We will update them, and not only as required by law", "... and
    not merely to the extent the law requires it"): the "not" denies the focus adverb and widens
    what was said to more occasions; it does not deny the clause it stands in."""
    if words[index + 1 : index + 2] == [] or words[index + 1] not in _FOCUS_ADVERBS:
        return False
    rest = words[index + 2 : index + 5]
    return (rest[:1] != [] and rest[0] in _OCCASIONS and words[index + 3 : index + 4] != ["of"]) or (
        rest == ["to", "the", "extent"])


# Adverbs of frequency or extent, and adjectives of exclusivity: a negation that governs one of
# them hedges ("often, though by no means always, identifiable by words such as", "are not the
# exclusive means of identifying"), it does not deny the clause.
HEDGED = frozenset("always invariably necessarily exclusively uniformly universally exclusive exhaustive only sole".split())
_HEDGE_LINKS = frozenset("means quite the a an".split())  # "by no means always", "not the only"
# adjectives of exclusivity that "not" hedges with no word between ("not exhaustive"), unlike
# "not only", which may deny ("speak not only as of today")
_HEDGED_ADJECTIVES = frozenset("exhaustive exclusive".split())
# nouns of want that "no" turns into plenty ("no shortage of detail", "no lack of discussion")
_WANT_NOUNS = ("shortage", "lack", "dearth", "scarcity", "want", "paucity")


def denies_frequency(words: list[str], index: int) -> bool:
    """Whether the negation at `index` governs an adverb of frequency or an adjective of
    exclusivity over "means", "quite" or an article ("by no means always", "not quite
    invariably", "not the exclusive means"), or "no" turns a noun of want into plenty ("no shortage
    of detail"); "not only" alone is no hedge ("speak not only as of")."""
    if words[index] not in ("not", "no", "never"):
        return False
    t = index + 1
    while t < len(words) and t - index <= 2 and words[t] in _HEDGE_LINKS:
        t += 1
    if words[index] == "not" and words[index + 1 : index + 3] == ["a", "few"]:
        return True  # "not a few of these statements": litotes for many, a quantity, not a denial
    if words[index] == "not" and index + 1 < len(words) and words[index + 1] in _HEDGED_ADJECTIVES:
        return True  # "the risks above are not exhaustive": more of them exist, none is denied
    if words[index] == "no" and words[index + 1 : index + 3] in ([lack, "of"] for lack in _WANT_NOUNS):
        return True  # "no shortage of detail in our filings": litotes for plenty, not a denial
    return t < len(words) and words[t] in HEDGED and t > index + 1


# Fixed prepositional phrases whose noun is no participant of a proposition: "as a result of"
# speaks of a cause, not of results; "in the event that" of a condition, not of events.
IDIOMS = frozenset({("as", "a", "result"), ("as", "a", "consequence"), ("in", "the", "event"),
                    ("at", "the", "outset"),
                    # "statements not in the present tense": the adjective, not the verb "present"
                    ("in", "the", "present"), ("at", "the", "present")})


# Adjectives of incapacity that deny the causing verb after them as "cannot" does: "risks that are
# insufficient to cause actual results to differ materially", "factors unable to affect ...".
INCAPABLE = frozenset("insufficient unable incapable powerless inadequate unfit unsuited".split())
CAUSING = frozenset("""cause causing make lead result bring produce affect impact render give alter move shift""".split())
# ... and the same said with a verb of lacking and a noun of capacity: "risks that lack the
# capacity to cause ...", "factors without the power to affect ..."; "incapable of causing".
LACKING = frozenset("lack lacks lacked lacking without".split())
CAPACITIES = frozenset("capacity ability power means potential".split())
_GERUNDS = frozenset("causing making leading resulting bringing producing affecting impacting rendering".split())


_PHRASE_PREPOSITIONS = frozenset("in for by".split())  # not "of": "incapable of causing" is a gerund's
_DEGREE_REACH = 5  # words of the adjective phrase after "too" ("too common in ordinary business writing to")


def degree_infinitive(words: list[str], index: int) -> int | None:
    """The verb of the infinitive that a word of incapacity or "too" + adjective at `index` governs,
    or None: "insufficient to cause", "insufficient in scale to cause" (a short phrase that says in
    what respect), "too remote to cause", "too varied in form to be identified" (the verb after a
    passive "be"). What is insufficient, or too slight, for the act denies it."""
    if words[index] == "too":
        stop = min(len(words) - 1, index + 2 + _DEGREE_REACH)
        t = next((t for t in range(index + 2, stop) if words[t] == "to"), None)
    elif words[index] in INCAPABLE:
        t = index + 1
        if t < len(words) and words[t] in _PHRASE_PREPOSITIONS:
            # "insufficient in scale to": a preposition and up to two words, then "to"
            t = next((k for k in range(t + 2, min(len(words) - 1, t + 4)) if words[k] == "to"), None)
        if t is None or t >= len(words) - 1 or words[t] != "to":
            return None
    else:
        return None
    if t is None:
        return None
    v = t + 1
    if v + 1 < len(words) and words[v] == "be":
        v += 1  # "too varied to be identified by words such as ..."
    return v if v < len(words) else None


def is_incapacity(words: list[str], index: int) -> bool:
    """Whether the word at `index` denies a causing verb it governs ("insufficient to cause",
    "unable to affect"), which then says the opposite of a caution that it could. "too" with an
    adjective of degree before the infinitive denies it the same way ("risks too remote to cause
    results to differ materially", "too small to affect"): what is too slight to cause cannot."""
    if words[index] == "too" or (words[index] in INCAPABLE and index + 1 < len(words) and words[index + 1] != "of"):
        # "too remote to cause", "too small in scale to affect", "insufficient in scale to cause"
        v = degree_infinitive(words, index)
        return v is not None and words[v] in CAUSING
    if words[index] in LACKING:
        t = index + 1
        if t < len(words) and words[t] in ("the", "any", "a"):
            t += 1
        if t + 1 < len(words) and words[t] == "such" and words[t + 1] in CAPACITIES:
            # "though the following lack any such capacity:": "such" takes up the capacity to
            # cause named before, so it is that capacity they lack
            return True
        return (t + 2 < len(words) and words[t] in CAPACITIES and words[t + 1] == "to"
                and words[t + 2] in CAUSING)
    if words[index] in INCAPABLE and index + 2 < len(words) and words[index + 1] == "of":
        return words[index + 2] in _GERUNDS  # "incapable of causing"
    if words[index] in KEEPING_FROM:
        return _kept_from_causing(words, index)
    if words[index] == "short" and index > 0 and words[index - 1] in _STOPPING_SHORT and index + 2 < len(words) \
            and words[index + 1] == "of":
        return words[index + 2] in _GERUNDS  # "risks that fall short of causing": they do not cause
    return False


_KEPT_OBJECT_WORDS = 4  # the object between a verb of keeping and its "from" ("prevents these market risks from")


def _kept_from_causing(words: list[str], index: int) -> bool:
    """Whether the verb of keeping at `index` keeps its object from causing ("our hedging prevents
    these risks from causing results to differ", "risks which our hedging prevents from causing"
    (the object a relative pronoun before it)): what is kept from causing a difference does not
    cause one, as with "incapable of causing". Kept from anything else ("prevent us from achieving
    our goals") is no denial of a cause: that is itself a risk."""
    for t in range(index + 1, min(len(words) - 1, index + 2 + _KEPT_OBJECT_WORDS)):
        if words[t] == "from":
            return words[t + 1] in _GERUNDS
    return False


# What "yet" follows when it says "still to be done" ("have yet to", "remain yet to"), not the
# conjunction (", yet to identify them all readers must consider their context")
_YET_HOLDERS = frozenset("have has had having is are was were be been remain remains remained".split())


def conjunction_yet(words: list[str], index: int) -> bool:
    """Whether the "yet" at `index` is the conjunction or an adverb of time, not the "yet" of
    "have yet to", which denies the infinitive it governs."""
    return words[index] == "yet" and (index == 0 or words[index - 1] not in _YET_HOLDERS)


STOPPING = frozenset("stop stops stopped stopping".split())
# verbs of putting off, which govern a gerund ("delay updating", "postpone revising"), not a noun
# ("delayed filings", "deferred revenue")
DEFERRING = frozenset("delay delays delayed delaying postpone postpones postponed postponing defer defers deferred deferring".split())
_STOPPING_SHORT = STOPPING | frozenset("fall falls fell falling fallen".split())


# What says a provision does not reach a statement when a relative clause on the statute or its
# safe harbor denies it ("the Reform Act, the protections of which do not apply to this release",
# "..., which does not extend to statements of this kind"), and the verbs that give it up
# ("whose safe harbor the Company has elected to waive").
APPLYING = frozenset("""apply applies applied extend extends extended cover covers covered protect protects
protected shield shields shielded reach reaches govern governs available enacted adopted passed rely relies relied
afford affords afforded provide provides use uses
relying invoke invokes invoked invoking claim claims claimed""".split())  # "a statute on which the company does
# not rely", "provisions the Company has elected not to invoke"
RENOUNCING = frozenset("""waive waives waived waiving forgo forgoes forgone forego renounce renounces renounced
relinquish relinquishes relinquished disclaim disclaims disclaimed""".split()) | frozenset(
    # a provision said to be gone gives no safe harbor either ("..., both of which were repealed")
    """repealed rescinded revoked abolished invalidated annulled""".split()) | frozenset(
    # said to be of no use here: "a statute whose safe harbor has been held inapplicable to
    # statements of this kind", "... is unavailable to the Company", "whose safe harbor excludes
    # statements made in connection with an initial public offering"
    """inapplicable unavailable ineligible exclude excludes excluded excluding""".split()) | frozenset(
    # given up by the company's own conduct, or kept from it: "..., protection under which the
    # Company has forfeited", "..., the protection of which is denied to the Company"
    """forfeit forfeits forfeited forfeiting denied withheld""".split())

# Words that set a phrase against what follows them: "as that term is used in our policy, rather
# than within the meaning of the Reform Act", "instead of under the safe harbor", "in lieu of any
# discussion in our filings".
CONTRASTS = (("rather", "than"), ("instead", "of"), ("as", "opposed", "to"), ("in", "lieu", "of"),
             # "under our own disclosure policy, as distinct from the safe harbor of the Reform Act"
             ("as", "distinct", "from"), ("in", "contrast", "to"),
             # right before the part it sets aside, with no verb between: "within the meaning of the
             # securities laws of Canada, excluding the Reform Act" (not "results, excluding special
             # items, may differ": there it stands after the part)
             ("excluding",))
# ... and what may open a clause the sentence rejects: "Far from disclaiming any obligation to
# update ..., we commit to doing so" ("far from" sets no noun phrase aside: "far from certain").
REJECTIONS = CONTRASTS + (("far", "from"),)
# ... and what rejects the whole phrase it opens at a sentence's start, up to its comma: "Contrary
# to the usual caution not to place undue reliance on them, you may rely on them fully" ("Contrary
# to expectations, results could differ materially" rejects only the phrase before the comma).
FRONTED_REJECTIONS = REJECTIONS + (("contrary", "to"),)

# Risks said to be over: a list of them names nothing that could still cause results to differ
# ("Risks that have been fully resolved include ...", "risks, all of which we have since eliminated").
RESOLVED = frozenset("""resolved eliminated overcome extinguished removed retired dispelled""".split())

# Verbs of leaving out: under a negation they commend what they govern ("investors should not
# overlook the following factors", "do not ignore these risks").
OVERLOOKING = frozenset("""overlook overlooked ignore ignored disregard disregarded forget forgotten neglect
neglected underestimate underestimated discount discounted dismiss dismissed skip skipped bypass bypassed""".split())


_SUBJECT_NOUN_WORDS = 3  # "no" + "prudent reader" + the modal: "No prudent reader should ignore"


def overlooked(words: list[str], index: int) -> bool:
    """Whether the negation at `index` governs a verb of leaving out within two words ("should not
    overlook", "never to ignore"), or is a negative subject whose modal governs one ("No reader
    should overlook the caution", "Nobody should disregard"): a litotes that affirms, not a denial."""
    if any(w in OVERLOOKING for w in words[index + 1 : index + 3]):
        return True
    if words[index] not in NEGATIVE_SUBJECTS:
        return False
    for k in range(index + 1, min(len(words) - 1, index + 2 + _SUBJECT_NOUN_WORDS)):
        if words[k] in MODALS:
            v = k + 2 if words[k + 1] in ("ever", "then", "therefore") and k + 2 < len(words) else k + 1
            return words[v] in OVERLOOKING
        if words[k] in FINITE_VERBS or words[k] in BOUNDARIES:
            return False
    return False


# Words ending in -ed that are no verb's past form ("need", "indeed", "speed").
_NOT_PAST = frozenset("need needed indeed embed seed speed feed proceed exceed succeed".split())


def ends_like_a_past(word: str) -> bool:
    """Whether the word has the "-ed" of a regular past or participle ("described", "caused")."""
    return word.endswith("ed") and word not in _NOT_PAST
