"""The no-update disclaimer's limits: where an exception or commitment swallows it.

A disclaimer confined to one statement, a commitment to update despite it, a former practice of
disclaiming abandoned, exceptions that reach past the law's ("other than to update", "except
whenever ... becomes inaccurate"), updates only "as the law requires", and how often updates come:
a disclaimer held only for a stretch ("for the next 30 days", "until our next annual meeting") and
an updating schedule stated beside it ("updates its forward-looking statements every quarter").
"""

from __future__ import annotations

import re

from .clauses import LAW_WORDS, Tokens
from .lexicon import BOUNDARIES, FILLERS, WRONGNESS, inflections, is_negation
from .syntax import DO_FORMS, FUTURE_MODALS, HARD_GAP, SENTENCE_GAP, STOP_GAP, YEAR, concession_end, exceptive_at

# a clause's end within a sentence: STOP_GAP without its brackets and line breaks, which an
# aside or a wrapped line puts inside a clause
_CLAUSE_END = re.compile(r"[;:]|[.!?](?:\s|$)")


# One statement of one matter: "update its estimate of when the orders will ship", "our
# forward-looking statement about the timing of the approval", "rely on our projection for the
# plant's output" names a single statement, not the release's statements ("update any
# projection", "our expectations", "our expectation of future results" do not).
_ONE_STATEMENT = frozenset("""estimate forecast projection prediction assessment calculation statement assumption
expectation""".split())
_ONE_OWNER = frozenset("our its their the this that his her my".split())
_ONE_LINKS = frozenset("of for regarding concerning about on".split())
# words of selection between the owner and the noun ("its particular estimate of ..."): still one
_ONE_SELECTING = frozenset("particular specific individual".split())
_ONE_STATEMENT_REACH = 16


def one_statement(tokens: Tokens, t: int, e: int, hi: int, objects) -> bool:
    """Whether the object that starts at t (its object word ending at e) is a single statement of
    one matter (`_ONE_STATEMENT` after "its", "our", "the" ..., then "of", "about" ...), and no other
    object of `objects` is coordinated with it ("its estimate of plant capacity or any other
    forward-looking statement" is every statement)."""
    words = tokens.words
    noun = e
    if words[noun] not in _ONE_STATEMENT and noun + 1 < hi and words[noun + 1] in _ONE_STATEMENT:
        noun += 1  # "forward-looking" + "statement"
    if (words[noun] not in _ONE_STATEMENT or noun + 2 >= hi or words[noun + 1] not in _ONE_LINKS
            or tokens.marked(HARD_GAP, noun + 1) or "future" in words[noun + 2 : noun + 4]):
        return False
    if words[noun] == "statement" and words[noun + 1] == "of":
        return False  # "the statement of its expectations": a statement of the legend's kind
    owner = t - 1
    while owner > 0 and words[owner] in _ONE_SELECTING:
        owner -= 1
    if not (owner >= 0 and words[owner] in _ONE_OWNER):
        return False
    for u in range(noun + 2, min(hi, noun + _ONE_STATEMENT_REACH)):
        if tokens.marked(HARD_GAP, u) and "," not in tokens.gap(u):
            return True
        if words[u] in ("or", "and") and any(term.matches_at(words, v, hi) is not None
                                            for v in range(u + 1, min(hi, u + 4)) for term in objects):
            return False
    return True


# An object confined by a word of exclusivity to one matter: "any forward-looking statement only
# about the delivery date", "... regarding its reinsurance renewal only", "solely as regards the
# timing of ...", "about the expansion, and those alone", "regarding the PDUFA date, and no
# others", "Only the statements ... about the launch date speak ...": the element is said of that
# matter's statements, not of the release's. A phrase that names an example or widens ("including
# those regarding", "particularly", "whether about its guidance or any other matter") confines
# nothing, and an "only" of condition ("only as required by law", "only to the extent", "only if")
# or the as-of words' own "only as of" is no confinement to a topic.
_EXCLUSIVE = frozenset("only solely exclusively purely".split())
# the links that name what the statements are about, by their words after the exclusive word
# (not "on": "our judgment on the publication date only" dates the statements)
_TOPIC_LINKS = (("about",), ("regarding",), ("concerning",), ("respecting",), ("with", "respect", "to"),
                ("with", "regard", "to"), ("in", "respect", "of"), ("in", "regard", "to"), ("as", "regards"),
                ("as", "to"), ("relating", "to"), ("related", "to"), ("that", "relate", "to"),
                ("which", "relate", "to"), ("in", "relation", "to"), ("pertaining", "to"), ("in", "connection", "with"),
                ("as", "they", "relate", "to"), ("insofar", "as", "they", "relate", "to"))
# what a trailing "only" may not be followed by: a condition or measure, not a topic's end
_TRAILING_ONLY_NOT = frozenset("""if when where as to insofar because after before until once so in for by
with at upon whenever than a an the""".split())
# phrases that widen or give an example: past them nothing is confined
_WIDENING = frozenset("including includes include particularly especially notably whether such e.g. like".split())
# the last words of a coda that confines: "and those alone", "and on that statement only"
_CODA_LAST = frozenset("alone only".split())
_CODA_OTHERS = frozenset("others other".split())
_CONFINED_REACH = 24
_DETERMINERS_BEFORE = frozenset("the a an any all our its their this these those such".split())


# the statements' own moment after a topic link: "the date on which it is made", "the date hereof",
# "the time they are made", "today"; not a dated matter ("the launch date", "the date of closing")
_OWN_MOMENT_NOUNS = frozenset("date time day".split())
_OWN_MOMENT_AFTER = (("hereof",), ("on", "which"), ("at", "which"), ("of", "this"), ("of", "these"),
                     ("they", "are", "made"), ("they", "were", "made"), ("it", "is", "made"), ("it", "was", "made"),
                     ("such", "statements"), ("made",), ("when", "made"), ("the", "statements"), ("these", "statements"))
_OWN_MOMENT_DAYS = frozenset("today".split())


def _statements_own_moment(words: list[str], u: int, hi: int) -> bool:
    """Whether the words at u name the statements' own moment ("the date on which it is made",
    "the date hereof", "the time they are made", "today"), as an as-of limit does."""
    if u < hi and words[u] in _OWN_MOMENT_DAYS:
        return True
    k = u + (words[u : u + 1] == ["the"])
    if k >= hi or words[k] not in _OWN_MOMENT_NOUNS:
        return False
    return any(tuple(words[k + 1 : k + 1 + len(after)]) == after for after in _OWN_MOMENT_AFTER)


def _topic_link_at(words: list[str], u: int, hi: int) -> int:
    """The number of words of a topic link ("about", "with respect to") at u, or 0."""
    for link in _TOPIC_LINKS:
        if tuple(words[u : min(hi, u + len(link))]) == link:
            return len(link)
    return 0


def confined_to_a_topic(tokens: Tokens, a: int, b: int, lo: int, hi: int) -> int | None:
    """The word of exclusivity that confines the object or subject whose noun spans tokens [a, b]
    to one matter ("statements only about the launch", "statements regarding X only", "... about X,
    and those alone", "... regarding X, and no others", "Only the statements about X"), or None."""
    words = tokens.words
    # a linked topic after the noun: what a trailing "only" or a coda can confine
    linked = False
    end = min(hi, b + _CONFINED_REACH)
    u = b + 1
    while u < end:
        if tokens.marked(STOP_GAP, u):
            break
        word = words[u]
        if word in _WIDENING or word in ("which", "who") or (word == "not" and u + 1 < end and words[u + 1] == "only"):
            break
        if word in ("any", "all", "every") and u + 1 < end and words[u + 1] == "other":
            break  # "whether about its guidance or about any other matter": every topic
        if word in _EXCLUSIVE:
            link = _topic_link_at(words, u + 1, hi)
            if link and _statements_own_moment(words, u + 1 + link, hi):
                # "speaks only as to the date on which it is made": the as-of limit itself, said
                # with a topic link, not a matter the statements are confined to
                u += 1 + link
                continue
            if link:
                return u  # "only about", "solely as regards", "only with respect to"
            # "..., but only those concerning its Volvo program", "only the ones about the launch"
            k = u + 1 + (words[u + 1 : u + 2] == ["the"])
            if words[k : k + 1] in (["those"], ["ones"]) and _topic_link_at(words, k + 1, hi):
                return u
            if linked and words[u - 1] not in _DETERMINERS_BEFORE and (
                    u + 1 >= hi or tokens.marked(HARD_GAP, u + 1) or words[u + 1] not in _TRAILING_ONLY_NOT):
                return u  # "regarding its reinsurance renewal only", "... only contained in this release"
        if words[u] in ("and", "but") and linked and tokens.marked(HARD_GAP, u):
            # a coda after a comma: "and those alone", "and on that statement only", "and no others"
            coda_end = u + 1
            while coda_end < min(hi, u + 6) and not tokens.marked(HARD_GAP, coda_end):
                coda_end += 1
            coda = words[u + 1 : coda_end]
            if coda and (coda[-1] in _CODA_LAST or (coda[0] in ("no", "none", "not") and coda[-1] in _CODA_OTHERS)
                         or coda[:2] in (["none", "other"], ["no", "other"], ["not", "others"])):
                return u + len(coda)
        link = _topic_link_at(words, u, hi)
        if link:
            linked = True
            u += link
            continue
        u += 1
    # "Only the forward-looking statements ... about the launch": the exclusive word before the noun
    # phrase, with a topic linked after it
    v = a - 1
    while v >= max(lo, a - 4) and (words[v] in _DETERMINERS_BEFORE or words[v] in ("forward", "looking")):
        v -= 1
    if v >= lo and v < a and words[v] in _EXCLUSIVE and not tokens.marked(HARD_GAP, v + 1) and linked:
        if not (v > lo and words[v - 1] == "not"):
            return v
    return None


_ONLY_CONDITIONS = frozenset("if when where as to insofar".split())


def only_as_the_law_requires(tokens: Tokens, lo: int, hi: int) -> bool:
    """Whether the sentence from lo restricts what it says to what the law requires: "only if
    applicable law requires it", "only when required by law", "only to the extent the rules
    require"."""
    words = tokens.words
    for t in range(lo, min(hi, len(words)) - 1):
        if t > lo and tokens.marked(SENTENCE_GAP, t):
            return False
        if words[t] != "only" or words[t + 1] not in _ONLY_CONDITIONS:
            continue
        if t > lo and words[t - 1] == "not":
            continue  # "..., and not only as required by law": more than the law asks, not just that
        for u in range(t + 1, min(len(words), t + 9)):
            if re.search(r"[;:.!?]", tokens.gap(u)):
                break
            if words[u] in LAW_WORDS:
                return True
    return False


_COMMITTING = frozenset("""commit commits committed promise promises promised pledge pledges pledged agree agrees
agreed vow vows vowed""".split())
_UPDATING = frozenset("update revise correct".split())  # "we will nevertheless update them"
# ... in any form: "it always revises them"
_UPDATING_INFLECTED = frozenset(form for word in _UPDATING for form in inflections(word))
_COMMITMENT_REACH = 10  # words from the concession's comma to the commitment's "do so"
# Adverbs of habit: a practice of doing what the concession disclaims is as good as a commitment
# ("although not obliged to revise them, the Company routinely does so")
_HABITUAL = frozenset("routinely regularly always invariably customarily habitually unfailingly usually".split())


def commitment_despite(tokens: Tokens, first: int, key_end: int, lo: int, hi: int) -> tuple[int, int] | None:
    """A disclaimer conceded in a clause of "although"/"while" whose main clause commits to doing
    what it disclaims ("Although we are under no duty to revise them, we have promised our lenders
    to do so"): the (commitment, "so") tokens, or None."""
    words = tokens.words
    comma = concession_end(tokens, first, key_end, lo, hi)
    if comma is None:
        # only the duty conceded, the verb read in the main clause: "Although not legally
        # required, we will update these statements"
        comma = concession_end(tokens, first, first, lo, hi)
        if comma is None or comma > key_end:
            return None
    verb = None
    for u in range(comma, min(hi, comma + _COMMITMENT_REACH)):
        if u > comma and tokens.marked(STOP_GAP, u):
            return None
        if words[u] in _COMMITTING or words[u] in FUTURE_MODALS or (
                words[u] in _HABITUAL and not any(is_negation(w) for w in words[max(comma, u - 2) : u])) or (
                words[u] in _DECIDING and u + 1 < hi and words[u + 1] == "to"):
            # "we have promised to do so", "we will do so every quarter", "it routinely does so",
            # "has resolved to update them" (a decision taken is a commitment; not "we do not
            # always do so")
            verb = u
        elif verb is not None and is_negation(words[u]):
            return None  # "we will not do so"
        elif verb is not None and ((words[u] == "so" and words[u - 1] in DO_FORMS)
                                   or (words[u] in _UPDATING_INFLECTED and u - verb <= 3 and (
                                       words[verb] in FUTURE_MODALS or words[u - 1] == "to"))):
            # the act itself after the modal or the commitment's "to": "we will update them",
            # "has promised to revise them"
            return verb, u
    return None


# Nouns of a will to act that an aside may set against the disclaimed duty ("has every
# intention, though no obligation, to update them"), and the concessive words that open the aside.
_WILL_NOUNS = frozenset("intention intent plan commitment expectation desire".split())
_ASIDE_CONCESSIVES = frozenset("though although albeit if but".split())
_ASIDE_REACH = 3  # "though no obligation": from the duty noun back to the concessive word


def intention_beside_aside(tokens: Tokens, first: int, lo: int) -> tuple[int, int] | None:
    """A disclaimed duty in an aside that concedes it beside an affirmed will to do the act ("AYR
    has every intention, though no obligation, to update"; "a firm plan, if no duty, to revise"):
    the infinitive belongs to the will as much as to the duty, so the company means to update.
    The (will noun, duty) tokens, or None; a will that is itself denied ("no intention, though
    ...") is none."""
    words = tokens.words
    for c in range(first - 1, max(lo, first - 1 - _ASIDE_REACH), -1):
        if tokens.marked(STOP_GAP, c + 1):
            return None
        if words[c] in _ASIDE_CONCESSIVES and "," in tokens.gap(c) and c - 1 >= lo \
                and words[c - 1] in _WILL_NOUNS:
            if any(is_negation(w) for w in words[max(lo, c - 4) : c - 1]):
                return None
            return c - 1, first
    return None


# Connectors that turn what follows against the disclaimer ("...; nevertheless, we will").
_NEVERTHELESS = frozenset("nevertheless nonetheless however but yet still though although".split())
_INTENDING = _COMMITTING | frozenset("intend intends intended plan plans planned expect expects expected".split())


def elliptical_commitment(tokens: Tokens, key_end: int, hi: int) -> tuple[int, int] | None:
    """A clause after the disclaimer, turned against it by "nevertheless", "however" or "but",
    that commits to the act with its verb left out ("...; nevertheless, we have promised our
    shareholders that we will.", "... However, we intend to."): the (connector, modal or "to")
    tokens, or None. `hi` may lie past the disclaimer's sentence: the next sentence is read too.
    A permissive "may" promises nothing, and a negation withholds it ("but we do not intend to")."""
    words = tokens.words
    connector = None
    sentences = 0
    for u in range(key_end + 1, min(hi, key_end + 1 + 2 * _COMMITMENT_REACH)):
        gap = tokens.gap(u)
        if SENTENCE_GAP.search(gap):
            sentences += 1
            if sentences > 1 or connector is not None:
                return None
        if connector is None:
            if words[u] in _NEVERTHELESS and (u == key_end + 1 or STOP_GAP.search(gap) or "," in gap):
                connector = u
            continue
        if is_negation(words[u]):
            return None
        closes = u + 1 >= len(words) or tokens.marked(STOP_GAP, u + 1)
        # (a comma closes the elided "do" too: "..., though it nearly always does, except ...")
        done = closes or "," in tokens.gap(u + 1)
        if (words[u] in _UPDATING_INFLECTED or (done and words[u] in DO_FORMS)) and any(
                words[v] in _HABITUAL for v in range(max(connector + 1, u - 2), u)):
            # the act itself done as a habit: "..., yet we always update them", "though we usually do"
            return connector, u
        if closes and (words[u] in FUTURE_MODALS or (words[u] == "to" and words[u - 1] in _INTENDING)):
            return connector, u
    return None


# A later clause of the disclaimer's own sentence that commits to the act outright, the medium or
# audience being all the disclaimer kept back ("does not intend to update them by press release,
# but will do so in its quarterly report"; "...; it will update them on its website"). Its subject,
# if any, is the company by a pronoun; what may stand between the break and the modal.
_LATER_SUBJECTS = frozenset("we it they".split())
_LATER_OPENERS = frozenset("but yet although though and".split())  # "..., although we will do so each quarter"
_LATER_REACH = 3  # "but" + "we" + "will"; "; it will"
_SEMICOLON = re.compile(";")
# words of a condition that leaves the commitment no wider than a carve-out ("but will do so if the
# law requires", "but will do so only when ...")
_LATER_LIMITS = frozenset("if unless only where when whenever should except save required requires".split())
_EXCEPTING_LIMITS = frozenset("except save required requires".split())


def commitment_after(tokens: Tokens, key_end: int, hi: int) -> tuple[int, int] | None:
    """A clause after the disclaimer, past a semicolon or a comma and "but", in the same sentence,
    whose future modal commits to the act ("but will do so in its annual report", "; it will update
    them on its website"): the (modal, act) tokens, or None. A negation, a permissive modal, or a
    condition or the law in the rest of the clause ("but will do so if the law requires") leaves
    the disclaimer standing."""
    words = tokens.words
    bound = min(hi, len(words))
    # the first break after the disclaimer: a sentence's end gives up; a semicolon opens the later
    # clause, and so does "but"/"yet" (or "and" with a decision) after a comma before it. (Looked
    # up from the gaps' marks: a run-on sentence would otherwise be walked once per disclaimer.)
    ended = tokens.next_mark(SENTENCE_GAP, key_end, bound)
    semicolon = tokens.next_mark(_SEMICOLON, key_end, ended)
    start = next((u + 1 for u in tokens.positions_of(_LATER_OPENERS, key_end + 1, semicolon)
                  if "," in tokens.gap(u) and (words[u] != "and" or _decided_at(words, u + 1, hi))), None)
    if start is None and semicolon < ended:
        start = semicolon
    if start is None:
        return None
    decided = _decided_at(words, start, hi)
    if decided is not None:
        return decided  # "..., and it has decided to update all of them": a decision made, not a duty disclaimed
    delegated = _delegated_at(tokens, start, hi)
    if delegated is not None:
        return delegated  # "..., but our advisers have agreed to update them on our behalf"
    modal = None
    for u in range(start, min(hi, len(words), start + _LATER_REACH)):
        if u > start and tokens.marked(HARD_GAP, u):
            return None
        if words[u] in FUTURE_MODALS:
            modal = u
            break
        if words[u] in _INTENDING and u + 1 < len(words) and words[u + 1] == "to":
            modal = u + 1  # "but we expect to do so on a regular basis": an intention to do the act
            break
        if words[u] not in _LATER_SUBJECTS:
            return None
    if modal is None or modal + 2 >= min(hi, len(words)):
        return None
    act = modal + 1
    if not (words[act] in _UPDATING_INFLECTED or (words[act] in DO_FORMS and words[act + 1] == "so")):
        return None
    for u in range(act + 1, min(hi, len(words))):
        if tokens.marked(HARD_GAP, u):
            # a condition set off by a comma limits it too ("but will do so, if at all, ..."); the
            # law's carve-out after a comma belongs to the whole disclaimer ("..., except as required by law")
            if words[u] in _LATER_LIMITS - _EXCEPTING_LIMITS:
                return None
            break
        if is_negation(words[u]) or words[u] in _LATER_LIMITS or words[u] in LAW_WORDS:
            return None
    return modal, act


# An agent's commitment to do the act for the company ("but our financial advisers have agreed to
# update them on our behalf"): the company's own updates, made through another, so the disclaimer is
# turned round as by "but we will update them". The agent's noun phrase may take a few words; the
# act's behalf must be the company's ("on our behalf", "on its behalf", "for us").
_AGENT_WORDS = 5
_BEHALF_REACH = 8  # from the act to "on our behalf" ("update them and any later guidance on our behalf")
_COMPANY_POSSESSIVES = frozenset("our its the company's".split())


def _delegated_at(tokens: Tokens, start: int, hi: int) -> tuple[int, int] | None:
    """A later clause opening at `start` in which someone commits to do the act on the company's
    behalf: the (commitment, act) tokens, or None. A negation, a condition or the law in the clause
    leaves the disclaimer standing ("but our advisers will not update them for us"), and so does an
    act done for someone else ("... on behalf of its clients")."""
    words = tokens.words
    bound = min(hi, len(words))
    commit = None
    for u in range(start, min(bound, start + _AGENT_WORDS + 2)):
        if u > start and tokens.marked(HARD_GAP, u):
            return None
        if is_negation(words[u]) or words[u] in _LATER_LIMITS:
            return None
        if words[u] in _COMMITTING or words[u] in FUTURE_MODALS:
            commit = u
            break
    if commit is None or commit == start:
        return None
    act = commit + 1 + (commit + 1 < bound and words[commit + 1] == "to")
    if act >= bound or words[act] not in _UPDATING_INFLECTED:
        return None
    behalf = False
    for u in range(act + 1, bound):
        if tokens.marked(HARD_GAP, u):
            break
        if is_negation(words[u]) or words[u] in _LATER_LIMITS or words[u] in LAW_WORDS:
            return None  # (to the clause's end: "... on our behalf if the law requires it")
        if u - act <= _BEHALF_REACH and ((words[u] == "behalf" and words[u - 1] in _COMPANY_POSSESSIVES
                                          and words[u - 2] == "on")
                                         or (words[u] == "for" and u + 1 < bound and words[u + 1] == "us")):
            behalf = True
    return (commit, act) if behalf else None


_DECIDING = frozenset("decided determined resolved elected chosen committed undertaken".split())
_DECIDED_OBJECTS = frozenset("them it all each every these those such".split())


def _decided_at(words: list[str], u: int, hi: int) -> tuple[int, int] | None:
    """A decision already made to do the act to the statements, opening at u ("we have decided to
    update all of them", "it has determined to revise them", "we have elected to do so"): the
    (auxiliary, act) tokens, or None. The object must be the statements by a pronoun or a
    quantifier ("our guidance" is another act)."""
    if u + 5 >= min(hi, len(words)) or words[u] not in _LATER_SUBJECTS or words[u + 1] not in ("has", "have"):
        return None
    if words[u + 2] not in _DECIDING or words[u + 3] != "to":
        return None
    act = u + 4
    if words[act] in _UPDATING_INFLECTED and words[act + 1] in _DECIDED_OBJECTS:
        return u + 1, act
    if words[act] in DO_FORMS and words[act + 1] == "so":
        return u + 1, act
    return None


# ... and the statement itself named as a standing one ("has withdrawn its former disclaimer of any
# obligation to revise", "retracted its caution against relying")
_STANDING_STATEMENTS = frozenset("disclaimer disclaimers caution cautions warning warnings".split())
_PRACTICE_NOUNS = frozenset("practice practices policy policies habit custom position stance approach".split()) | _STANDING_STATEMENTS
_ABANDONING = frozenset("""abandon abandons abandoned abandoning discontinue discontinues discontinued discontinuing
drop drops dropped dropping end ends ended ending scrap scraps scrapped retire retires retired reversed reverses
reverse withdraw withdraws withdrew withdrawn withdrawing retract retracts retracted retracting rescind rescinds
rescinded rescinding revoke revokes revoked revoking""".split())
_GIVING = frozenset("give gives gave given giving".split())
_PRACTICE_MODIFIERS = frozenset("""its our their the his her former earlier prior previous past old longstanding
long standing usual customary established""".split())


def abandoned_practice(tokens: Tokens, first: int, lo: int) -> tuple[int, int] | None:
    """A verb of ending over the practice the proposition is named as ("has given up its former
    practice of undertaking no obligation to update", "abandoned our policy of cautioning readers
    ..."): the (verb, first part) tokens, or None."""
    words = tokens.words
    b = first - 1
    while b > lo and first - b <= 3 and words[b] != "of" and (
            words[b].endswith("ing") or is_negation(words[b]) or words[b] in FILLERS):
        b -= 1  # "of undertaking no obligation": the gerund and its negation before the part
    if words[first] in _PRACTICE_NOUNS or (first + 1 < len(words) and words[first + 1] in _PRACTICE_NOUNS):
        # the part's own words name the statement or the practice: "withdrawn its former disclaimer
        # of any duty", "abandoned its policy of not updating"
        v = first - 1
    elif b - 1 <= lo or words[b] != "of" or words[b - 1] not in _PRACTICE_NOUNS:
        return None
    else:
        v = b - 2
    b = max(b, v + 1)
    while v > lo and words[v] in _PRACTICE_MODIFIERS and b - v <= 5:
        v -= 1
    if any(tokens.marked(HARD_GAP, u) for u in range(v + 1, first + 1)):
        return None
    if words[v] in _ABANDONING:
        return v, first
    if words[v] == "up" and v - 1 >= lo and words[v - 1] in _GIVING:
        return v - 1, first
    return None


COMPARATIVES = frozenset("less fewer".split())


def _how_often(word: str) -> bool:
    """An adverb of manner or frequency between "less" and "than" ("less often than", "less
    frequently than", "less promptly than")."""
    return word == "often" or (word.endswith("ly") and len(word) > 4)


COMPARATIVE_REACH = 12  # the rest of the object's noun phrase, coordinated too ("any forward-looking
# information or statements"), then "any less than"


def exceptive_after(tokens: Tokens, last: int, hi: int) -> int | None:
    """"other than", "except" or "but" right after the last part ("as of any date other than the
    date on which it is made"): its token, or None."""
    words = tokens.words
    t = last + 1
    if t + 1 < hi and not tokens.marked(HARD_GAP, t) and "," not in tokens.gap(t):
        if words[t] == "other" and words[t + 1] == "than":
            return t
        if words[t] in ("except", "but", "save") and words[t + 1] in ("the", "as", "on", "for", "at", "that"):
            return t
    return None


_HABITS = frozenset("""quarterly monthly weekly annually yearly daily regularly routinely periodically customary
customarily practice practices habit""".split()) | _HABITUAL  # "except that we invariably do"
_PERIODS = frozenset("quarter month week year day".split())
_EXCEPTION_WORDS = 14  # words of an exception clause read for a habit
_LAW_NOUNS = frozenset("law laws legal regulation regulations regulatory rule rules statute statutes court courts".split())
_OWN_RULES = frozenset("policy policies practice practices guidelines procedures charter bylaws".split())


def habitual_exception(tokens: Tokens, e: int, hi: int) -> tuple[int, int] | None:
    """An exception after the disclaimer, not the law's carve-out, made for a standing practice
    ("except as our customary practice of quarterly updates requires", "save that it revises them
    every quarter") or closed by saying it takes in every statement ("except those management has
    reviewed, which is all of them"): the exception's first and last token, or None."""
    words = tokens.words
    after_law = False  # the law's carve-out read: only an exception joined to it may follow
    for t in range(e + 1, min(hi, e + 1 + 2 * _EXCEPTION_WORDS)):
        if tokens.marked(_CLAUSE_END, t):
            return None
        # ("beyond our practice of revising them every quarter": the same; "unless we repeat them,
        # as we do each quarter")
        if not (exceptive_at(words, t) is not None or words[t] in ("beyond", "unless")):
            continue
        if after_law and words[t - 1] not in ("and", "or"):
            return None
        habit = None
        occasion = _occasion_only(tokens, t, hi)
        for u in range(t + 1, min(hi, t + 1 + _EXCEPTION_WORDS)):
            if tokens.marked(_CLAUSE_END, u):
                break
            if words[u] in _LAW_NOUNS:
                # the law's carve-out ("except as required by law"), whatever else it names, unless
                # the company's own rule is coordinated with the law ("by law or by our disclosure
                # policy"): what the company binds itself to is no carve-out
                own = _own_rule_after(tokens, u, hi)
                if own is None:
                    own = _habit_beside_law(tokens, u, hi)
                if own is None:
                    # an exception for whatever the law permits, not what it requires ("except to
                    # the extent law permits", "except as permitted by law"): every lawful update is
                    # excepted, so the exception swallows the disclaimer
                    permitted = _law_permits(tokens, t, u, hi)
                    if permitted is not None:
                        return t, permitted
                    # ... unless the carve-out is then read to require an update whenever a
                    # statement goes wrong ("except as required by law, which requires us to do so
                    # whenever one becomes inaccurate"): the exception swallows the disclaimer
                    stale = _whenever_inaccurate(tokens, u, hi)
                    if stale is None:
                        stale = _law_requires_all(tokens, u, hi)
                    if stale is None:
                        stale = _excepted_errors(tokens, u, hi)
                    if stale is not None:
                        return t, stale
                    # a second exception joined to the law's ("except as required by law and
                    # except in our next quarterly release, in which each of them will be
                    # updated") is read as one of its own
                    after_law = True
                    break
                habit = own
                break
            if habit is None and _updates_whenever(tokens, t, u, hi):
                habit = u  # "except for the revisions we make whenever events warrant"
            if habit is None and (_universal_at(tokens, u) or (
                    words[u] in ("each", "every") if occasion  # "other than at each quarterly call": every occasion brings one
                    else words[u] in _HABITS or (words[u] in ("each", "every") and u + 1 < hi and words[u + 1] in _PERIODS))):
                habit = u
        if habit is not None:
            return t, habit
        if not after_law:
            return None
    return None


_PERMITTING = frozenset("permit permits permitted permitting allow allows allowed allowing".split())
_LAW_REQUIRING = frozenset("require requires required requiring mandate mandates mandated compel compels".split())


def _law_permits(tokens: Tokens, t: int, u: int, hi: int) -> int | None:
    """An exception opened at t whose law noun at u is said only to permit, not to require ("except
    to the extent law permits", "except as permitted by applicable law"): the token of the
    permitting verb, or None. A negation ("except as the law does not permit") or a word of
    requiring anywhere in the carve-out ("except as required or permitted by law") leaves it the
    law's ordinary carve-out."""
    words = tokens.words
    found = None
    for v in range(t + 1, min(hi, u + 4)):
        if v > t + 1 and tokens.marked(_CLAUSE_END, v):
            break
        if is_negation(words[v]) or words[v] in _LAW_REQUIRING:
            return None
        if words[v] in _PERMITTING and found is None:
            found = v
    return found


_UPDATE_NOUNS = frozenset("revision revisions correction corrections".split())


def _updates_whenever(tokens: Tokens, t: int, u: int, hi: int) -> bool:
    """Whether the exception opening at t names updates made "whenever" something happens ("save
    for the revisions we make whenever events warrant"): a standing promise to update, as a habit
    is. The updating word stands between the exceptive and "whenever"; an occasion the law sets
    ("except for the updates we make whenever the law requires") is the law's carve-out."""
    words = tokens.words
    if words[u] != "whenever" or not any(
            words[v] in _UPDATING_INFLECTED or words[v] in _UPDATE_NOUNS for v in range(t + 1, u)):
        return False
    for v in range(u + 1, min(hi, u + 1 + _EXCEPTION_WORDS)):
        if tokens.marked(_CLAUSE_END, v):
            break
        if words[v] in _LAW_NOUNS or words[v] in _REQUIRING or words[v] == "required":
            return False
    return True


# An exception that opens on a preposition of time or place names an occasion or a channel
# ("except during our regularly scheduled quarterly calls", "except in our quarterly reports"),
# unless the preposition starts a phrase of manner ("in accordance with our practice").
_OCCASION_OPENERS = frozenset("during at in on through via".split())
_MANNER_AFTER_IN = frozenset("accordance line keeping compliance conformity case cases".split())


def _occasion_only(tokens: Tokens, t: int, hi: int) -> bool:
    """Whether the exception opening at t names only when or where updates may come: a
    preposition of occasion right after the exceptive and no updating verb before the exception's
    clause ends. Its habit words ("regularly scheduled", "quarterly") then describe the occasion;
    no update is said to be made at it, so the disclaimer stands for the time between ("does not
    intend to update them, except during our regularly scheduled quarterly calls"). An exception
    that does say the updates are made ("except in its quarterly reports, where it updates them
    every quarter") is read for its habit as before; one over each occasion ("other than at each
    quarterly earnings call") promises an update at every one of them."""
    words = tokens.words
    last = exceptive_at(words, t)
    if last is None or last + 2 >= hi or words[last + 1] not in _OCCASION_OPENERS \
            or words[last + 2] in _MANNER_AFTER_IN:
        return False
    for v in range(last + 2, min(hi, last + 2 + 2 * _EXCEPTION_WORDS)):
        if tokens.marked(_CLAUSE_END, v):
            break
        if words[v] in _UPDATING_INFLECTED:
            return False
    return True


# A closure that makes the exception cover every statement: "except those management has
# reviewed, which is all of them", "unless our officers made them, as every one of them was"
_UNIVERSALS = (("all", "of", "them"), ("every", "one", "of"), ("each", "of", "them"), ("all", "of", "these"),
               ("every", "one", "was"), ("every", "one", "is"))


def _universal_at(tokens: Tokens, u: int) -> bool:
    """A closure at u in an aside (", which is all of them", ", as every one of them was"); not
    what the exception itself asks ("unless readers have weighed all of them")."""
    words = tokens.words
    closed = any(tuple(words[u : u + len(closure)]) == closure for closure in _UNIVERSALS) or (
        # "..., which are the only forward-looking statements in this release": what is excepted is
        # every statement there is ("all the forward-looking statements it contains")
        (words[u : u + 2] == ["the", "only"] or words[u : u + 2] == ["all", "the"])
        and any(w in _STATEMENT_WORDS for w in words[u + 2 : u + 2 + _CLOSURE_NOUN_WORDS]))
    return closed and any(words[k] in ("which", "as") and "," in tokens.gap(k) for k in range(max(0, u - 5), u))


_STATEMENT_WORDS = frozenset("statements statement information".split())
_CLOSURE_NOUN_WORDS = 3  # "the only" + "forward looking statements"


_WHENEVER = frozenset("whenever each every any".split())
_INACCURATE = WRONGNESS | frozenset("inaccurate outdated stale obsolete".split())


def _whenever_inaccurate(tokens: Tokens, u: int, hi: int) -> int | None:
    """After a law's carve-out at u, a condition in the same sentence that names every occasion a
    statement becomes wrong ("whenever one becomes inaccurate", "each time one of them proves
    untrue"): the token of the wrongness word, or None."""
    words = tokens.words
    for v in range(u + 1, min(hi, u + 30)):
        if tokens.marked(_CLAUSE_END, v):
            return None
        if words[v] in _WHENEVER and (words[v] == "whenever" or (v + 1 < hi and words[v + 1] in ("time", "occasion"))):
            for w in range(v + 1, min(hi, v + 9)):
                if tokens.marked(_CLAUSE_END, w):
                    return None
                if words[w] in _INACCURATE:
                    return w
    return None


_ERROR_OPENERS = frozenset("where when if insofar".split())
_ERROR_WORDS = 14  # "except for information that the Company's subsequent results show to have been mistaken"


def _excepted_errors(tokens: Tokens, u: int, hi: int) -> int | None:
    """After a law's carve-out at u, a second exception coordinated with it that takes in the
    statements later shown wrong ("except as required by law and except for any information that
    later results show to have been mistaken", "... or where a later event makes one inaccurate"):
    every occasion there is to update, so the exception swallows the disclaimer. The token of
    the wrongness word, or None."""
    words = tokens.words
    for v in range(u + 1, min(hi, u + 12)):
        if tokens.marked(_CLAUSE_END, v):
            return None
        if words[v] not in ("and", "or") or v + 2 >= hi:
            continue
        opener = v + 1
        if not (exceptive_at(words, opener) is not None or words[opener] in _ERROR_OPENERS):
            continue
        for w in range(opener + 1, min(hi, opener + 1 + _ERROR_WORDS)):
            if tokens.marked(_CLAUSE_END, w) or words[w] in _LAW_NOUNS:
                break
            if words[w] in _INACCURATE and not is_negation(words[w - 1]):
                return w
    return None


_UPDATING_FORMS = _UPDATING | frozenset("updating revising correcting".split())
_REQUIRING = frozenset("""require requires requiring oblige obliges obliging compel compels compelling demand demands
demanding mandate mandates""".split())


def _law_requires_all(tokens: Tokens, u: int, hi: int) -> int | None:
    """After a law's carve-out at u, the law then said, in the same sentence and with no negation,
    to require an update of every statement ("..., and the law, as we read it, obliges us to revise
    each of them") or on every occasion ("..., which requires us to update them after every
    material change"): the exception takes in every statement. The token that closes it, or None.
    An update required only at one time ("... to update them after the merger closes") leaves the
    disclaimer standing."""
    words = tokens.words
    required = verb = None
    for v in range(u + 1, min(hi, u + 30)):
        if tokens.marked(_CLAUSE_END, v) or is_negation(words[v]):
            return None
        if words[v] in _REQUIRING:
            required = v
        elif required is not None and words[v] in _UPDATING_FORMS:
            verb = v
        elif verb is not None and (any(tuple(words[v : v + len(c)]) == c for c in _UNIVERSALS)
                                   or (words[v] in ("every", "each") and v == verb + 1)
                                   or (words[v] == "any" and v == verb + 1 and _asserted_requirement(words, u, required))):
            # "... requires us to update each of them", "... to update every statement"; "any" as
            # the object of a requirement the sentence asserts of the law is as wide ("..., which
            # we read as requiring us to correct any that cease to be accurate"); not the carve-out
            # itself ("except as the law may require us to revise any of them")
            return v
        elif verb is not None and words[v] in _EACH_OCCASION and v + 1 < hi and words[v + 1] in ("every", "each"):
            # "... which requires us to update them after every material change": every occasion
            # to update is one the law requires, whichever statements it touches
            return v + 1
    return None


_EACH_OCCASION = frozenset("after upon following at on".split())  # "... after every material change"
_PERMISSIVE_MODALS = frozenset("may might could".split())


def _asserted_requirement(words: list[str], u: int, required: int) -> bool:
    """Whether the requiring verb at `required` stands in a clause of its own after the law noun at
    u, a relative or a coordinated one ("law, which we read as requiring", "law, and the law
    requires"), with no permissive modal before it: the sentence says what the law requires, not
    only that updates it may require are excepted."""
    between = words[u + 1 : required]
    return any(w in ("which", "and") for w in between) and not any(w in _PERMISSIVE_MODALS for w in between)


def fronted_exception(tokens: Tokens, lo: int, first: int) -> tuple[int, int] | None:
    """An exception for the law that opens the sentence before the disclaimer and then says the law
    requires an update of every statement ("Beyond what the law requires, which is that we update
    every forward-looking statement each quarter, we undertake no obligation to ..."), or joins
    the company's own policy or habit to the law's case ("Except as required by law or by our
    disclosure policy, we do not undertake ..."): the exception swallows the disclaimer. The
    (exceptive, closing) tokens, or None."""
    words = tokens.words
    if lo >= first or not (exceptive_at(words, lo) is not None or words[lo] in ("beyond", "unless")):
        return None
    for u in range(lo + 1, min(first, lo + 1 + _EXCEPTION_WORDS)):
        if tokens.marked(_CLAUSE_END, u):
            return None
        if words[u] in _LAW_NOUNS:
            # the company's own rule or habit coordinated with the law's, as after the disclaimer
            # ("Except as required by law or by our disclosure policy, which requires us to update
            # promptly, we do not undertake ..."): what the company binds itself to is no carve-out
            own = _own_rule_after(tokens, u, first)
            if own is None:
                own = _habit_beside_law(tokens, u, first)
            if own is not None:
                return lo, own
            every = _law_requires_all(tokens, u, first)
            return (lo, every) if every is not None else None
        if (words[u] in _HABITS or (words[u] in ("each", "every") and u + 1 < first and words[u + 1] in _PERIODS)) \
                and _updating_within(tokens, lo + 1, first):
            # "Except for its practice of revising them every quarter, the Company assumes no
            # obligation to ...": the exception is a standing practice of updating, as after the
            # disclaimer (not "Apart from the quarterly dividend, ...")
            return lo, u
        if words[u] in _UPDATING_INFLECTED and _updates_all(words, u + 1):
            return lo, u  # "Aside from its commitment to update all of them, ...": an exception of everything
    return None


_REVISION_NOUNS = frozenset("revision revisions".split())  # ("update", "updates" are among the verb's forms)


def _updating_within(tokens: Tokens, a: int, b: int) -> bool:
    """Whether an updating verb or its noun stands in tokens [a, b) before the clause ends."""
    words = tokens.words
    for u in range(a, b):
        if tokens.marked(_CLAUSE_END, u):
            return False
        if words[u] in _UPDATING_INFLECTED or words[u] in _REVISION_NOUNS:
            return True
    return False


def _updates_all(words: list[str], v: int) -> bool:
    """Whether the object of an updating verb ending at v-1 is every statement ("update all of
    them", "revise each of them", "update every forward-looking statement")."""
    return any(tuple(words[v : v + len(c)]) == c for c in _UNIVERSALS) or (v < len(words) and words[v] in ("every", "each"))


_OWN_RULE_WORDS = 7  # "by" + "the Company's own disclosure" + "policy"


def _own_rule_after(tokens: Tokens, u: int, hi: int) -> int | None:
    """The company's own policy or practice coordinated with the law noun at u ("by law or by our
    disclosure policy", "law or the Company's internal guidelines"): its token, or None. Another
    body's rules ("or the rules of the stock exchange") are no rule of the company's."""
    words = tokens.words
    v = _joined_to_law(tokens, u, hi)
    if v is None:
        return None
    owned = False
    # (the rule's noun may stand after the owner and a few modifiers: "or by the Company's own
    # disclosure policy", "or our internal written guidelines")
    for w in range(v + 1, min(hi, v + 1 + _OWN_RULE_WORDS)):
        if tokens.marked(HARD_GAP, w) or words[w] in _LAW_NOUNS:
            return None
        if words[w] in ("our", "its", "their") or (words[w].endswith("'s") and words[w] != "it's"):
            owned = True
        elif words[w] in _OWN_RULES:
            return w if owned else None
    return None


def _joined_to_law(tokens: Tokens, u: int, hi: int) -> int | None:
    """The "or"/"and" a few words after the law noun at u that joins another case to the law's
    ("by law or ...", "law and ..."), in the same phrase: its token, or None."""
    for v in range(u + 1, min(hi, u + 4)):
        if tokens.marked(HARD_GAP, v):
            return None
        if tokens.words[v] in ("or", "and"):
            return v
    return None


_CHOICES = frozenset("""deem deems deemed consider considers determine determines decide decides elect elects choose
chooses appropriate advisable desirable discretion wish wishes see sees fit""".split())
_HABIT_ALTERNATIVE_WORDS = 10  # "or as it routinely does at the end of each quarter"


def _habit_beside_law(tokens: Tokens, u: int, hi: int) -> int | None:
    """A standing practice coordinated with the law noun at u as another case of the exception
    ("except as required by law or as it routinely does every quarter", "by law and in its
    quarterly updates"): what the company does anyway is no carve-out. Its token, or None. A
    case left to the company's choice ("or as we periodically deem appropriate") and another
    body's rules ("or the rules of an exchange on which our shares regularly trade") are none."""
    words = tokens.words
    v = _joined_to_law(tokens, u, hi)
    if v is None:
        return None
    habit = None
    for w in range(v + 1, min(hi, v + 1 + _HABIT_ALTERNATIVE_WORDS)):
        if tokens.marked(HARD_GAP, w) and habit is not None:
            break  # the case ends at its comma ("Except as ... or as it does every quarter, we ...")
        if tokens.marked(HARD_GAP, w) or words[w] in _LAW_NOUNS or words[w] in _CHOICES \
                or words[w] in ("only", "then"):
            return None  # ("and then only in its quarterly reports" narrows the law's case)
        if habit is None and (words[w] in _HABITS or (words[w] in ("each", "every") and w + 1 < hi
                                                      and words[w + 1] in _PERIODS)):
            habit = w
    return habit


def comparative_after(tokens: Tokens, last: int, hi: int) -> int | None:
    """"less than" closing the clause of a part ("not to rely on these statements any less than on
    historical facts"): the comparative denies the degree the clause speaks of; its token."""
    words = tokens.words
    for t in range(last + 1, min(hi, last + COMPARATIVE_REACH) - 1):
        if tokens.marked(HARD_GAP, t) or (words[t] in BOUNDARIES and words[t] != "than"):
            return None
        if words[t] in COMPARATIVES and words[t + 1] == "than" and not tokens.marked(HARD_GAP, t + 1):
            return t
        if (words[t] in COMPARATIVES and t + 2 < hi and words[t + 2] == "than" and _how_often(words[t + 1])
                and not tokens.marked(HARD_GAP, t + 1) and not tokens.marked(HARD_GAP, t + 2)):
            return t  # "no obligation to update them less often than quarterly": at least quarterly
    return None


# What an exception to the disclaimer may name and leave it standing: the law's carve-out in any of
# its words ("except as required by applicable securities legislation", "save to the extent the
# listing rules oblige us"), and the company's own choice ("except as we may consider appropriate",
# "unless management decides otherwise"): no duty arises from either. Anything else it names (an
# event, a request, a kind of statement, a wrong statement) is an occasion the company now
# updates on, so the exception swallows the disclaimer.
_LEGAL_EXCEPTION_WORDS = LAW_WORDS | _LAW_NOUNS | _LAW_REQUIRING | frozenset("""legally statutory requirement
requirements mandatory compelled obliged obligated obligation obligations oblige obliges comply complying
compliance legislation act acts exchange exchanges listing securities sec regulators regulator authority
authorities""".split())
_CHOOSING = frozenset("""decide decides decided choose chooses chose elect elects elected wish wishes wished deem
deems deemed consider considers considered determine determines determined think thinks believe believes
prefer prefers desire desires see sees""".split())
_AT_DISCRETION = frozenset("discretion appropriate advisable desirable fit prudent voluntarily voluntary".split())
# "unless otherwise indicated": a reference to what the document says elsewhere, no occasion
_AS_SAID_ELSEWHERE = [["otherwise", w] for w in "indicated noted stated specified disclosed provided".split()]
_MAY = frozenset("may might can could".split())
_CHOOSERS = frozenset("we it management board directors company officers".split())
_UNEXCUSED_REACH = 30  # from the disclaimer's key word to the exception ("..., whether as a result of new information, future events or otherwise, except ...")
_UNEXCUSED_WORDS = 16  # words of the exception read for what it names


def _exception_opens(words: list[str], t: int) -> int | None:
    """The last token of an exception that opens at t ("except", "other than", "unless",
    "barring", "with the exception of"), or None."""
    last = exceptive_at(words, t)
    if last is not None:
        return last
    if words[t] in ("unless", "barring"):
        return t
    if words[t : t + 4] == ["with", "the", "exception", "of"]:
        return t + 3
    return None


def unexcused_exception(tokens: Tokens, first: int, key_end: int, hi: int) -> tuple[int, int] | None:
    """An exception after the disclaimer that names neither the law's carve-out nor the company's
    own choice ("..., with the exception of statements that become materially inaccurate",
    "barring a significant change in our outlook", "save insofar as our investors ask us to"):
    the updates it excepts are owed, so the disclaimer no longer holds. The exception's first and
    last token read, or None. An exception that names only an occasion ("except during our
    quarterly calls") is left to `habitual_exception`. Only a disclaimer of updating is read so
    (a reliance caution's exception, "unless you have weighed them", excepts no duty)."""
    words = tokens.words
    if not any(words[v] in _UPDATING_INFLECTED or words[v] in _UPDATE_NOUNS for v in range(first, key_end + 1)):
        return None
    for t in range(key_end + 1, min(hi, key_end + 1 + _UNEXCUSED_REACH)):
        if tokens.marked(_CLAUSE_END, t):
            return None
        last = _exception_opens(words, t)
        if last is None:
            continue
        if _occasion_only(tokens, t, hi):
            return None
        end = last
        for u in range(last + 1, min(hi, last + 1 + _UNEXCUSED_WORDS)):
            if tokens.marked(_CLAUSE_END, u):
                break
            end = u
        said = words[last + 1 : end + 1]
        if not said or any(w in _LEGAL_EXCEPTION_WORDS for w in said) or said[:2] in _AS_SAID_ELSEWHERE:
            return None
        # (the company's choice: "as we consider appropriate", "in which it may revise some")
        chosen = any(w in _AT_DISCRETION for w in said) or any(
            w in _CHOOSERS and any(v in _CHOOSING or v in _MAY for v in said[k + 1 : k + 4]) for k, w in enumerate(said))
        if chosen and not any(w in _INACCURATE for w in said):
            return None
        return t, end
    return None


# A disclaimer held for a stretch of time only ("For the next 30 days, we undertake no obligation
# to update ...", "no obligation to update these statements for 30 days", "... during the next
# quarter"): once the stretch is over, it no longer holds. A stretch of every time ("now or later",
# "in any later quarter") limits nothing, and a period of the events an update would reflect
# ("to reflect events during the next quarter") is no stretch of the disclaimer.
_STRETCH_OPENERS = frozenset("for during within over".split())
_STRETCH_LEAD = frozenset("the next coming following first initial".split())
_STRETCH_NOUNS = frozenset("day days week weeks month months quarter quarters year years period".split())
_NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
sixty ninety""".split())
_EVENT_NOUNS = frozenset("""events event circumstances circumstance developments development changes change results
information occurring arising""".split())
_STRETCH_AFTER = 8  # words from the disclaimer's key word to a trailing stretch ("update these statements" + "for 30 days")


def _stretch_at(words: list[str], t: int, hi: int) -> int | None:
    """The stretch noun of "for the next 30 days" / "during the next quarter" opening at t, or
    None: a number or a word of a coming time must stand before the noun."""
    if words[t] not in _STRETCH_OPENERS:
        return None
    limited = False
    for u in range(t + 1, min(hi, t + 5)):
        if words[u] in _STRETCH_NOUNS:
            return u if limited else None
        if words[u] in _STRETCH_LEAD - {"the"} or words[u] in _NUMBER_WORDS or words[u].isdigit():
            limited = True
        elif words[u] != "the":
            return None
    return None


def limited_in_time(tokens: Tokens, first: int, key_end: int, lo: int, hi: int) -> tuple[int, int] | None:
    """A stretch of time fronted before the disclaimer in its sentence or trailing its object:
    (opener, stretch noun), or None."""
    words = tokens.words
    for t in tokens.positions_of(_STRETCH_OPENERS, lo, tokens.next_mark(SENTENCE_GAP, lo, first)):
        u = _stretch_at(words, t, first)
        if u is not None:
            return t, u
    if words[lo] in _BOUNDING and lo < first and _later_time(words, lo + 1, first):
        return lo, lo  # "Until our next annual meeting, we undertake no obligation to update ..."
    for t in range(key_end + 1, min(hi, len(words), key_end + 1 + _STRETCH_AFTER)):
        if tokens.marked(STOP_GAP, t) or words[t] in _EVENT_NOUNS:
            break
        u = _stretch_at(words, t, hi)
        if u is not None:
            return t, u
    return None


_BOUNDING = frozenset("until till through before".split())
_LATER_WORDS = frozenset("next end close coming following upcoming".split())
_BOUND_WORDS = 6  # "until" + "our next annual" + "meeting"


def _later_time(words: list[str], a: int, b: int) -> bool:
    """Whether a later time is named in words [a, min(b, a + _BOUND_WORDS)): a coming event ("our
    next annual meeting", "the end of the year") or a date with its year."""
    window = words[a : min(b, a + _BOUND_WORDS)]
    return any(w in _LATER_WORDS or YEAR.fullmatch(w) for w in window)


# An updating schedule stated beside the disclaimer ("The company updates its forward-looking
# statements every quarter and undertakes no other obligation to update them"): an update verb
# in the affirmative, not under a permissive modal ("we may update them quarterly" keeps the
# disclaimer), with a frequency after it in its clause.
_UPDATE_FINITE = frozenset("update updates revise revises refresh refreshes".split())
_PERMISSIVE = frozenset("may might could can if whether".split())
_FREQUENCIES = frozenset("weekly monthly quarterly annually yearly daily biweekly semiannually".split())
_SCHEDULE_WORDS = 8  # the verb's object and a frequency ("its forward-looking statements every quarter")


def _frequency_at(words: list[str], u: int, hi: int) -> bool:
    if words[u] in _FREQUENCIES:
        return True
    if words[u] in ("every", "each") and u + 1 < hi and words[u + 1] in _STRETCH_NOUNS:
        return True
    return words[u] in ("once", "twice") and u + 2 < hi and words[u + 1] in ("a", "per", "every", "each")


def scheduled_update(tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
    """An affirmative update verb with a frequency in the disclaimer's sentence: (verb,
    frequency), or None. A negation or a permissive modal in the verb's clause before it leaves it
    alone ("we do not update them each quarter", "we may update them quarterly")."""
    words = tokens.words
    end = min(hi, len(words))
    for t in tokens.positions_of(_UPDATE_FINITE, lo, tokens.next_mark(SENTENCE_GAP, lo, end)):
        # the verb's clause: back to a clause mark or after a boundary word, whichever is nearer
        boundary = tokens.last_of(BOUNDARIES, lo, t)
        start = max(tokens.last_mark(HARD_GAP, t, lo), lo if boundary is None else boundary + 1)
        if any(is_negation(w) or w in _PERMISSIVE or w == "to" for w in words[start:t]):
            continue  # "no obligation to update them each quarter": the disclaimer's own verb
        for u in range(t + 1, min(end, t + 1 + _SCHEDULE_WORDS)):
            if tokens.marked(HARD_GAP, u) or words[u] in BOUNDARIES:
                break
            if _frequency_at(words, u, end):
                return t, u
    return None
