"""Who speaks or relies: a sentence whose subject is another party ("The seller believes
…", "Analysts should not rely …"), a passive's agent, a party the company sets aside.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clauses import Tokens, read_once
from .lexicon import (
    BOUNDARIES, CORPORATE_SUFFIXES, DEICTICS, DOCUMENT_NOUNS, FINITE_VERBS, INCORPORATION_SUFFIXES, MODALS, OTHER_TIMES,
    OWN_SPEAKERS, NOT_OWNERS, REGULATORS, STATEMENT_NOUNS, is_negation, topic_party)
from .names import stem
from .owner_phrases import another_name, apposition_end, owner_in_phrase, relative_maker
from .parties import (
    AGENT_OPENERS, ASCRIBED, COMPANY_NOUNS, COMPANY_POSSESSIVES, FRONTED_PREPOSITIONS, JOINERS, OWN_POSSESSIVES,
    PLACES, POSSESSED_PARTY_WORDS, PREPOSITIONS, acts_on_company, company_possessive, is_other_owner, is_owner,
    name_before, own_body, possessed_party, speaker_names)
from .syntax import AUXILIARIES, HARD_GAP, RELATIVES, SENTENCE_GAP, sentence_low

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
# the roles a call transcript labels a turn with, closed by a colon
_SPEAKER_ROLES = frozenset("operator moderator host coordinator".split())
_CONTRASTS = (("rather", "than"), ("instead", "of"), ("as", "opposed", "to"))
_SETTING_ASIDE_OPENERS = frozenset(["not"] + [c[0] for c in _CONTRASTS])


def _contrast_aside(words: list[str], t: int) -> bool:
    """Whether a contrastive preposition that sets a noun aside opens at t ("rather than",
    "instead of", "as opposed to")."""
    return any(tuple(words[t : t + len(c)]) == c for c in _CONTRASTS)


_REFERRING_PRONOUNS = frozenset("it they".split())
_PRONOUN_ANTECEDENT_WORDS = 8  # "The Israeli Ministry of Defense" + its verb: the subject read this far
_PAST_VERB = re.compile(r"[a-z]{3,}ed$")


def pronoun_antecedent(tokens: Tokens, start: int, clause_start: int, lo: int) -> int | None:
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
    head = resumed = None  # the subject's noun before an apposition on it, and where the subject resumes
    v = prior + 1
    while v < min(start, prior + 1 + _PRONOUN_ANTECEDENT_WORDS):
        if v == resumed and words[v] in INCORPORATION_SUFFIXES and v + 1 < start and "," in tokens.gap(v + 1):
            # the apposition's name ends with its suffix: "Our partner, Arvalon Systems, Inc., has ..."
            v = resumed = v + 1
            continue
        if v == resumed and (words[v] in AUXILIARIES or words[v] in FINITE_VERBS or words[v] in _PREDICATE_VERBS
                             or _PAST_VERB.match(words[v]) or _third_person_verb(words, v, head)):
            return head  # the party's noun, its apposition (a name) read past
        if words[v] in AUXILIARIES or words[v] in FINITE_VERBS or words[v] in _PREDICATE_VERBS or _PAST_VERB.match(words[v]):
            return another_speaks(tokens, v, lo, resolve=False)
        if tokens.marked(HARD_GAP, v):
            # an apposition on a party's noun ("Our distributor, PetVivo Holdings, publishes ..."):
            # the subject goes on after it; any other aside or fronted phrase is not read plainly
            end = apposition_end(tokens, v, start) if "," in tokens.gap(v) and is_owner(words, v - 1) else None
            if end is None:
                return None
            head, v = v - 1, end
            resumed = end
            continue
        if _third_person_verb(words, v, v - 1):
            # "Our distributor publishes forecasts of its own. Its forecasts ...": a verb of the
            # present after a singular party's noun
            return another_speaks(tokens, v, lo, resolve=False)
        v += 1
    return None


# "that company", "such firm": a demonstrative and a noun of a party, which refer back to one named
# before; "the latter" too ("the Company" is the company's own, "this company" may be)
_REFERRING_DEMONSTRATIVES = frozenset("that such".split())
_REFERRED_PARTIES = frozenset("company firm entity party corporation partner".split())
_SUBJECT_VERB_OPENERS = frozenset("not never also".split())


def _demonstrative_party(words: list[str], start: int, clause: int, first: int) -> int | None:
    """The first word of a demonstrative party that refers back ("that company", "such firm",
    "the latter") as the subject of the sentence opening at `start`, or of a clause joined by
    "and" or "but" (`clause`: "that" opens a clause of its own to the clause reader), just before
    the verb or the element at `first`; else None."""
    for d in (start, clause - 1, clause):
        if d < start or d + 2 > first or (d > start and words[d - 1] not in ("and", "but")):
            continue
        pair = (words[d], words[d + 1])
        if not (pair[0] in _REFERRING_DEMONSTRATIVES and pair[1] in _REFERRED_PARTIES) and pair != ("the", "latter"):
            continue
        verb = d + 2
        if verb == first or words[verb] in AUXILIARIES or words[verb] in FINITE_VERBS or words[verb] in _PREDICATE_VERBS \
                or words[verb] in MODALS or words[verb] in _SUBJECT_VERB_OPENERS:
            return d
    return None


def _third_person_verb(words: list[str], v: int, head: int) -> bool:
    """Whether word v, right after the subject whose last word is at `head`, is a verb of the
    present in the third person singular: an "-s" form after a singular party's noun ("our
    distributor publishes", "the agency issues"), a noun's plural being no verb there."""
    word, noun = words[v], words[head]
    return (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "'s", "us", "is"))
            and word.isalpha() and not noun.endswith("s") and is_owner(words, head)
            and word not in NOT_OWNERS and word not in STATEMENT_NOUNS)


@read_once
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
    if (start + 1 < first and words[start] in _SPEAKER_ROLES and ":" in tokens.gap(start + 1)
            and "\n" not in tokens.gap(start + 1)):
        # a transcript's speaker label run into the line ("Operator: Please be advised that
        # management will be making forward-looking statements ...") names who speaks, not the
        # subject of what is said
        start += 1
    sentence_start = start
    clause = tokens.clause_start(first, start)
    coordinated = None
    referrer = _demonstrative_party(words, start, clause, first) if resolve else None
    if referrer is not None:
        # "that company", "such firm", "the latter": whoever was named before, in the clause
        # before or else the sentence before ("Arvalon Systems has reviewed this release. ...,
        # and that company does not undertake ...")
        found = pronoun_antecedent(tokens, referrer, start, lo) if start < referrer else None
        return found if found is not None else pronoun_antecedent(tokens, start, start, lo)
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
    if clause != start and words[clause - 1] in ("and", "or") and (all(
            words[u] in FINITE_VERBS or words[u] in _PREDICATE_VERBS or words[u].endswith("ly") or words[u] in _DETERMINERS
            or words[u] in _ANAPHORIC_DETERMINERS  # "..., and expressly disclaim any such obligation to, update"
            or words[u] in _PREDICATE_NEGATORS for u in range(clause, first)) or _opens_with_predicate(words, clause, first)):
        # a predicate coordinated without a subject of its own shares the sentence's ("The agent
        # does not undertake to, and specifically disclaims any obligation to, update ...")
        # ... and the subject it shares is that of the clause it is joined to, which may itself be
        # a main clause coordinated after a whole one: "These statements speak only as of today,
        # and our partner assumes no obligation to, and does not intend to, update them"
        joined_to = tokens.clause_start(clause - 2, start) if clause - 2 > start else start
        clause = start
        generic = _generic_party_acted_on(tokens, start, joined_to, first) if joined_to != start else None
        if generic is not None:
            return generic  # "..., and the party whose business Acme acquired assumes no obligation to, and does not intend to, update"
        if joined_to != start and _coordinated_main_clause(tokens, start, joined_to):
            start = coordinated = clause = joined_to
    elif _coordinated_main_clause(tokens, start, clause):
        # a main clause coordinated after a whole one has a subject of its own: "These statements
        # speak only as of today, and our auditors disclaim any obligation to update them" (only a
        # party's noun or possessive there is read as another's, not a bare name, which may be a
        # short name the company goes by)
        start = coordinated = clause
    generic = _generic_party_acted_on(tokens, start, clause, first) if clause != start else None
    if generic is not None:
        return generic
    head = _relative_on_party_subject(tokens, start, clause, first) if clause != start else None
    if head is not None:
        # a restrictive relative clause on the party the clause opens with is no clause of its
        # own: "The seller from which the Company bought the plant disclaims ...", "The dealers
        # and distributors that sell our trucks undertake no obligation ..." are said of them;
        # so is one on the subject of a main clause coordinated after a whole one
        if head != start and _coordinated_main_clause(tokens, start, head):
            start = coordinated = head
        clause = start if head == start or coordinated == head else clause
    if clause != start and _relative_in_apposition(tokens, start, clause, first):
        clause = start
    if clause != start and words[clause - 1] in _SUBJECT_RELATIVES:
        # a name with a relative clause between commas that ties it to the company: "Sky Premium
        # Life, whose brand the Company distributes, disclaims ..." (the company in the clause is
        # no speaker)
        opener = clause - 2 if clause - 2 > start and words[clause - 2] in _RELATIVE_PREPOSITIONS else clause - 1
        named = list(range(start, opener))
        if named and len(named) <= _TIE_SUBJECT_WORDS and not any(
                words[u] in AUXILIARIES or words[u] in FINITE_VERBS or tokens.marked(HARD_GAP, u)
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
    if clause != start and words[clause - 1] in ("whose", "whom") and "," in tokens.gap(clause - 1):
        # an aside on the subject that says what is the subject's ("whose estimates ...") or what
        # others do with it ("whom analysts follow") speaks for no one: the subject before it does
        # ("The analysts, whose estimates are quoted above, do not undertake ..."); so does the
        # subject of a main clause coordinated after a whole one ("Forward-looking statements speak
        # only as of today, and the analysts, whose estimates are quoted above, do not undertake ...")
        outer = tokens.clause_start(clause - 2, start) if clause - 2 > start else start
        if outer - 2 > start and words[outer - 1] in _SUBJECT_RELATIVES:
            # past a restrictive relative clause on the subject: "the analysts who follow the Company, whose ..."
            outer = tokens.clause_start(outer - 2, start)
        if outer != start and _coordinated_main_clause(tokens, start, outer):
            start = coordinated = outer
        clause = start
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
        # the clause is read again from there: a comma that closed the fronted phrase's reading
        # may be an apposition's ("While we may update them, Zeta LLC, our sponsor, disclaims ...")
        if after > start:
            clause = min(clause, tokens.clause_start(first, after))
        clause, start = max(clause, after), after
    if clause != start and _relative_in_apposition(tokens, start, clause, first):
        clause = start  # (past a fronted phrase: "Except as required by law, Corvanta N.V., the network whose ...,")
    if clause != start and words[start] not in PREPOSITIONS and words[start] not in _FRONTED:
        # a restrictive relative clause that names the maker of the subject, before an aside that
        # parts the subject from its verb: "Information in this communication that Patrick has
        # furnished, other than statements of historical facts, may constitute ..."
        comma = next((t for t in range(start + 1, clause) if "," in tokens.gap(t)), clause)
        for r in range(start + 1, comma):
            if words[r] in ("that", "which"):
                maker = relative_maker(tokens, r, comma, is_other_owner)
                if maker is not None:
                    return maker
                break
    if clause != start or words[start] in PREPOSITIONS or words[start] in _FRONTED:
        # only the sentence's own subject is read: a clause begun after "and" may be the tail of a
        # fronted phrase ("Within the meaning of the Act and other laws, this release ...")
        return None
    subject = []
    joined = None  # the first word joining another to the subject ("Neither the underwriters nor ...")
    for t in range(start, first):
        if t > start and acts_on_company(words, t - 1):
            break  # the subject's head is a party the clause after it sets apart: "The agencies that regulate us"
        if _relative_on_party(tokens, subject, t, first):
            # a relative clause on a party the subject has named says which party it is; the
            # company named inside it is no subject: "The seller from which the Company bought
            # the plant disclaims ...", "The dealers and distributors that sell our trucks ..."
            break
        if words[t] in OWN_SPEAKERS and not is_owner(words, t) and not (t > start and (is_owner(words, t - 1) or (  # "our parent company"
                words[t - 1].endswith("'s") and another_name(tokens, t - 1, start)))) and not (  # "Deverra's management"
                words[t].endswith("'s") and (any(
                is_other_owner(words, u) for u in range(t + 1, min(first, t + 4))
                if not (words[u] in AUXILIARIES or words[u] in FINITE_VERBS))
                or _possessed_party(tokens, t, first) is not None)) \
                and not _in_others_of_phrase(words, start, t) and not _last_word_of_a_name(tokens, t, start, first):
            return None  # (not the company's possessive on another: "the company's transfer agent")
        if words[t] in ("that", "which") and subject and "," not in tokens.gap(t):
            # a restrictive relative clause that names who made what the subject names: "Certain
            # items in this release that are attributed to our customers constitute ..."
            maker = relative_maker(tokens, t, first, is_other_owner)
            if maker is not None:
                return maker
        ascribed_to = words[t] == "to" and t > start and words[t - 1] in ASCRIBED  # "attributed to": no infinitive
        if (words[t] in AUXILIARIES and not ascribed_to) or words[t] in FINITE_VERBS or words[t] in _PREDICATE_VERBS or (
                t > start and "," in tokens.gap(t) and words[t] not in INCORPORATION_SUFFIXES):
            break  # the verb begins ("has no duty"), or an aside (not a name's suffix: "RP Management, LLC")
        if words[t] in JOINERS and joined is None:
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
        # (so is a name the document does not give itself: "Neither Armada nor its former sponsor")
        first_is_other = any(is_other_owner(words, u) for u in subject if u < joined) or any(
            another_name(tokens, u, start, tokens.names.own, by_suffix=False) for u in subject if u < joined)
        if any(_joined_member_is_company(tokens, t, rest, first_is_other) for t in rest):
            return None
        subject = [t for t in subject if t < joined]
    if resolve and len(subject) == 1 and words[subject[0]] in _REFERRING_PRONOUNS:
        # a pronoun subject is whoever it refers back to: "Goldman Sachs reviewed this release. It
        # undertakes no obligation ..." is said of the adviser (read only for a bare pronoun, so
        # the cost falls on few sentences)
        return pronoun_antecedent(tokens, subject[0], sentence_start, lo)
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
        # a party of the company's, named by its possessive and a noun, that does what the element
        # says: "Our member institutions undertake no obligation ...", "the Company's property
        # manager disclaims ..." (a company does not call itself by a possessive of its own)
        found = next(filter(None, (_possessed_party(tokens, t, first) for t in subject[:2])), None)
    if found is None:
        # ... or a plural noun the phrase after it ties to the company: "The restaurants in our
        # Accelerator Program undertake no obligation ..." (not its own people: "The members of
        # our Board")
        found = _party_in_ours(tokens, subject, first)
    if found is None:
        # a person named with a title is someone, never the company: "Mr. Halvorsen undertakes no
        # obligation ...", "Dr. Lee's estimates"
        found = _titled_person(tokens, start, first, lo)
    if found is None:
        # a name's possessive in the subject owns what the subject names: "Statements in Cantor
        # Fitzgerald's research reports can be identified by words such as ..."
        found = next((t for t in subject if words[t].endswith("'s") and _possesses_a_thing(tokens, t, subject)
                      and another_name(tokens, t, start)), None)
    if found is None and coordinated is None:
        # a bare name: "Coeur undertakes no obligation ..." where the legend's other disclaimers
        # speak for SilverCrest, or the document names itself otherwise (a subject that
        # disclaims is itself a speaker, so only the others decide; a name the document gives
        # itself is never another's: "IVT", short for the company)
        own = tokens.names.own | speaker_names(tokens, besides=(start, start + len(subject) + 2))
        found = next((t for t in subject if another_name(tokens, t, start, own, by_suffix=False)), None) if own else None
        # (the words of the other's own name are not the company's speaking: "Brookfield Asset
        # Management" beside the company "Brookfield Wealth Solutions")
        named = range(found - len(name_before(tokens, found, start)), found + 1) if found is not None else range(0)
        if any(stem(words[t]) in own for t in subject if t not in named):
            found = None  # "Coeur and SilverCrest undertake ...": the company speaks too
    if found is None and subject and coordinated is None:
        # a company named with its suffix that the legend's disclaimers do not speak for:
        # "Southwind Corp. uses words such as ..." over "Northwind undertakes no obligation ..."
        # (or, when they speak only as "we", the names the document gives itself)
        suffix = next((t for t in subject if words[t] in CORPORATE_SUFFIXES), None)
        # (the sentence's own disclaimer speaks for whoever its subject is, so only the others count)
        speakers = (speaker_names(tokens, besides=(start, first + 1)) or tokens.names.own) if suffix is not None \
            else frozenset()
        name = name_before(tokens, suffix, start) if speakers else []
        if name and not speakers.intersection(name) and not speakers.intersection(map(stem, name)):
            found = suffix - 1
    return found


def _opens_with_predicate(words: list[str], clause: int, first: int) -> bool:
    """Whether the clause at `clause` opens with a verb of a disclaimer and no subject of its own,
    the element's words coming later in its object: "..., and expressly disclaims any intention or
    obligation to, update" shares the subject of the clause it is joined to."""
    u = clause
    while u < first and (words[u].endswith("ly") or words[u] in _PREDICATE_NEGATORS):
        u += 1
    return u < first and words[u] in _PREDICATE_VERBS


_RELATIVE_OPENERS = frozenset("that which who whom whose".split())
_RELATIVE_PREPOSITIONS = FRONTED_PREPOSITIONS | frozenset("in on at".split())


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
    if j - start < 3 or tokens.marked(HARD_GAP, j) or any(
            words[u] in AUXILIARIES or words[u] in FINITE_VERBS or words[u] in _PREDICATE_VERBS
            or words[u] in _RELATIVE_OPENERS or (u > start and tokens.marked(HARD_GAP, u)) for u in head):
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
    if before in _DETERMINERS or before in OWN_POSSESSIVES or before.endswith("'s") or not before.isalpha():
        return False
    end = t + 1
    if end < first and tokens.words[end] in INCORPORATION_SUFFIXES:
        end += 1  # the name's suffix: "RP Management, LLC, the company's adviser,"
    elif end + 2 < first and tokens.words[end] == "of":
        # the name's place: "Computershare Trust Company of Canada, the trustee of ..."
        end = next((u for u in (end + 2, end + 3) if u < first and "," in tokens.gap(u)), end)
    if tokens.names.is_name(before) or _other_in_apposition(tokens, end, first) is not None:
        return True
    # a name the aside after it ties to the company: "Alaska Permanent Capital Management, the
    # Company's joint venture investor,"
    return _tied_to_company_aside(tokens, list(range(start, end)), end, first) is not None


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
    if any(words[u] in _DETERMINERS or words[u] in OWN_POSSESSIVES or words[u].endswith("'s")
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
    if opener <= start or tokens.marked(HARD_GAP, opener) or first - clause < 2:
        return None
    head_start = tokens.clause_start(opener - 1, start)
    head = range(head_start, opener)
    if any(words[u] in AUXILIARIES or words[u] in FINITE_VERBS or words[u] in _PREDICATE_VERBS
           or (u > head_start and tokens.marked(HARD_GAP, u)) for u in head):
        return None
    if any(is_other_owner(words, u) and not tokens.names.is_own(words[u]) for u in head):
        return head_start
    return None


def _generic_party_acted_on(tokens: Tokens, start: int, clause: int, first: int) -> int | None:
    """The head noun of a subject known only generically ("the firm", "the party", "the company")
    that a restrictive relative clause at `clause` says the company acts on: "The firm that Acme
    hired ...", "The party whose business Acme acquired ...", "the company whose shares we hold"
    (the company is the clause's subject, so the head is someone else); else None."""
    words = tokens.words
    opener = clause - 1
    if opener <= start or words[opener] not in _RELATIVE_OPENERS or tokens.marked(HARD_GAP, opener):
        return None
    # the head opens the sentence or a main clause joined after a whole one ("These statements
    # speak only as of today, and the firm that Acme hired disclaims ...")
    start_of_head = tokens.clause_start(opener - 1, start)
    if (start_of_head != start and words[start_of_head - 1] not in ("and", "but")) \
            or words[start_of_head] not in _RESTRICTING_ARTICLES:
        return None
    start = start_of_head
    head = range(start, opener)
    # ("whose" makes its head a possessor, so any noun of one will do: "The marketplaces whose
    # sellers Acme pays ..."; after "that" only a party's generic noun: "the firm that Acme hired")
    possessor = words[opener] == "whose" and words[opener - 1] not in STATEMENT_NOUNS and words[opener - 1].isalpha()
    if len(head) > _GENERIC_HEAD_WORDS or not (possessor or words[opener - 1] in _GENERIC_PARTIES) or any(
            words[u] in OWN_SPEAKERS or tokens.names.is_own(words[u]) or words[u].endswith("'s")
            or words[u] in AUXILIARIES or words[u] in FINITE_VERBS or (u > start and tokens.marked(HARD_GAP, u))
            for u in head):
        return None
    # the company must be the clause's subject: right after "that"/"which"/"whom" (or "the"), or
    # after the thing "whose" names ("whose royalty business Ligand acquired")
    reach = _GENERIC_CLAUSE_WORDS if words[opener] == "whose" else 2
    for u in range(opener + 1, min(first, opener + 1 + reach)):
        if tokens.marked(HARD_GAP, u) or words[u] in AUXILIARIES or words[u] in FINITE_VERBS:
            return None
        if words[u] in OWN_SPEAKERS or tokens.names.is_own(words[u]):
            return None if words[u].endswith("'s") else opener - 1
    return None


_GENERIC_HEAD_WORDS = 4  # "the" + "third" + "-party" + "firm"
_GENERIC_CLAUSE_WORDS = 4  # "whose" + "royalty business" + "Ligand": the company as the clause's subject


# heads that name a party only generically (not "company": the text is read in lower case, and "the
# Company" is the issuer's defined term), and the articles of a restrictive noun phrase
_GENERIC_PARTIES = frozenset("party parties firm firms entity entities business businesses "
                             "person persons institution institutions fund funds group bank banks".split())
_RESTRICTING_ARTICLES = frozenset("the a an each any".split())


def _relative_on_party(tokens: Tokens, subject: list[int], t: int, first: int) -> bool:
    """Whether a relative clause opens at word t ("that", "whom", or a preposition before "which"
    or "whom": "from which", "with whom") right after a subject that already names another party
    by its noun (not by a name the company gives itself)."""
    words = tokens.words
    if not subject or t != subject[-1] + 1 or tokens.marked(HARD_GAP, t):
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
    if j - 1 < start or j + 1 >= first or tokens.marked(HARD_GAP, j) or tokens.marked(HARD_GAP, j + 1):
        return False
    # the second noun phrase runs to the verb ("and business partners" + "do not intend")
    for u in range(j + 1, min(first, j + 2 + _PARTY_NOUN_WORDS)):
        if words[u] in AUXILIARIES or words[u] in FINITE_VERBS or words[u] in _PREDICATE_VERBS:
            break
        if words[u] in BOUNDARIES or (u > j + 1 and tokens.marked(HARD_GAP, u)) or u - j > _PARTY_NOUN_WORDS:
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
    return found if found is not None else next((t for t in subject if another_name(tokens, t, start)), None)


def _possessed_by_another(tokens: Tokens, t: int, lo: int) -> bool:
    """Whether readers' word t is another party's by a possessive right before it: "Brightwater
    Capital's investors", "our lenders' shareholders" are not the legend's readers."""
    before = t - 1
    if before < lo or not tokens.words[before].endswith(("'s", "'")) or tokens.marked(HARD_GAP, t):
        return False
    possessor = tokens.words[before].removesuffix("'s").removesuffix("'")
    if possessor in OWN_SPEAKERS or stem(possessor) in tokens.names.own:
        return False
    # (the possessor read with the few words before it that may make it a party, "our
    # independent auditors'", not with a copy of the whole text)
    context = tokens.words[max(0, before - 3) : before] + [possessor]
    return is_owner(context, len(context) - 1) or another_name(tokens, before, lo)


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
    end = apposition_end(tokens, t, first + 1)
    if end is None:
        return None
    return next((u for u in range(t, end) if is_other_owner(tokens.words, u)), None)


# An aside of at most this many words between the subject and its verb ("Network 1 Financial
# Securities, the underwriter of the Company's initial public offering, undertakes ...")
_TIE_ASIDE_WORDS = 14
_TIE_SUBJECT_WORDS = 8  # the name before such an aside ("The Netherlands Cancer Institute")
# Possessives of the company in an aside ("the Company's financial advisor", "our former sponsor");
# (`COMPANY_POSSESSIVES` above: not "its", which in a relative clause refers back to the subject
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
    distributes,", "Blackstone Medical Services, which bought the Company's care unit,"), or a name
    that branches off one of the company's ("Brookfield Asset Management, which manages ...
    Brookfield Wealth Solutions,": `Names.branches_off`). Refused: a subject with a word of the
    company's or one of its names otherwise, an aside that
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
    if _holds_us(tokens, t, first):
        # a relative clause that has the subject hold, own, control or manage what is "ours" sets it
        # apart from "us", whatever its name shares with the company's: "Brookfield Corporation,
        # which holds a 73% interest in our asset management business, undertakes ..."
        return subject[-1]
    named = subject[:-1] if _name_ending(tokens, subject) else subject
    # (a name that only opens like one of the company's and goes on otherwise is another's:
    # "Brookfield Asset Management" beside the company "Brookfield Wealth Solutions")
    branching = tokens.names.branches_off([stem(words[u]) for u in named])
    if not branching and any(words[u] in OWN_SPEAKERS or words[u] in OWN_POSSESSIVES or tokens.names.is_own(words[u])
                             for u in named):
        return None  # ("Our officers, who we believe act reasonably, ...": the company's own people)
    if words[subject[0]] in PREPOSITIONS or words[subject[0]] in _FRONTED:
        return None  # a fronted phrase, no subject: "Apart from historical facts, which ..., this release"
    if any(words[u] in DEICTICS or words[u] in DOCUMENT_NOUNS or words[u] in STATEMENT_NOUNS for u in named) or not any(
            words[u].isalpha() and words[u] not in AGENT_OPENERS and tokens.names.never_lower(words[u]) for u in named):
        # a party by its name only: "This release, which the Company issued today, contains ..."
        # and "The statements in this call, which is hosted by the Company, ..." are the company's
        return None
    reach = min(first + 1, len(words), t + 1 + _TIE_ASIDE_WORDS)
    close = next((k for k in range(t + 1, reach) if tokens.marked(HARD_GAP, k)), None)
    if close is None or HARD_GAP.search(tokens.gap(close).replace(",", "")) or any(
            tokens.marked(HARD_GAP, k) for k in range(_after_carve_out(tokens, close, first) + 1, first)):
        return None  # the aside must close with a comma and leave only the verb's words after it
    aside = range(t, close)
    if any(words[u] in _DEFINING_WORDS for u in aside):
        return None
    if words[t] in ("which", "who", "whose") or (words[t] in _RELATIVE_PREPOSITIONS and t + 1 < close
                                                  and words[t + 1] in ("which", "whom")):
        # a relative clause: the company anywhere in it, as subject, object or possessor
        tie = next((u for u in aside if words[u] in OWN_SPEAKERS or words[u] in COMPANY_POSSESSIVES
                    or tokens.names.is_own(words[u].removesuffix("'s"))), None)
        return subject[-1] if tie is not None else None
    if any(words[u] in AUXILIARIES or words[u] in FINITE_VERBS or words[u] in RELATIVES for u in aside):
        return None  # a noun phrase only: a clause here is no apposition
    for u in aside:
        possessive = words[u] in COMPANY_POSSESSIVES or (
            words[u].endswith("'s") and tokens.names.is_own(words[u].removesuffix("'s")))
        of_company = words[u] == "of" and u + 1 < close and (
            words[u + 1] in ("us", "company", "corporation") or tokens.names.is_own(words[u + 1])
            or (words[u + 1] == "the" and u + 2 < close and words[u + 2] in ("company", "corporation")))
        if possessive and u + 1 < close and words[u + 1] not in _SELF_HEADS:
            return subject[-1]
        if of_company and u > t:  # "the trustee of the Company": a role of the company's
            return subject[-1]
    return None


# Verbs by which a party holds or runs a business: in a relative clause on a subject, with "our"
# or "us" after them, they make the subject someone other than "we".
_HOLDING_VERBS = frozenset("hold holds held own owns owned".split())
_RUNNING_VERBS = frozenset("""control controls controlled manage manages managed advise advises advised sponsor sponsors
sponsored finance finances financed""".split())
_STAKE_NOUNS = frozenset("interest interests stake stakes shares stock equity majority percent minority".split())
_FIRST_PERSON_OBJECTS = frozenset("our us".split())


def _holds_us(tokens: Tokens, t: int, first: int) -> bool:
    """Whether the aside that opens with a comma at token t, before the verb at `first`, is a
    relative clause ("which", "that", "who") whose own verb is one of holding or running
    (`_HOLDING_VERBS`) with "our" or "us" in its object, closed by a comma before the verb:
    "Brookfield Corporation, which holds a 73% interest in our asset management business,"."""
    words = tokens.words
    if t + 1 >= first or words[t] not in ("which", "who", "that") or words[t + 1] not in _HOLDING_VERBS | _RUNNING_VERBS:
        return False
    close = next((k for k in range(t + 2, min(first + 1, t + 2 + _TIE_ASIDE_WORDS)) if tokens.marked(HARD_GAP, k)), None)
    if close is None or any(tokens.marked(HARD_GAP, k) for k in range(close + 1, first)):
        return False
    obj = range(t + 2, close)
    # (to hold or own is to be another only with a stake: "which owns our operating subsidiaries"
    # may be the company's own holding company; "which holds a 73% interest in our business" is not)
    return any(words[u] in _FIRST_PERSON_OBJECTS for u in obj) and (
        words[t + 1] in _RUNNING_VERBS or any(words[u] in _STAKE_NOUNS or words[u].endswith("%") for u in obj))


_CARVE_OUTS = frozenset("except unless save".split())


def _relative_in_apposition(tokens: Tokens, start: int, clause: int, first: int) -> bool:
    """Whether the clause at `clause` is a relative clause inside an apposition on the subject
    that opens at `start`, closed by a comma before the verb at `first`: "Corvanta Payments N.V.,
    the card network whose volume forecasts this release cites, does not intend ..." is said by
    the subject; the relative clause is part of its aside."""
    words = tokens.words
    relative = next((u for u in range(clause - 1, max(start, clause - _APPOSED_RELATIVE_WORDS) - 1, -1)
                     if words[u] in _SUBJECT_RELATIVES), None)
    if relative is None or relative <= start:
        return False
    opened = next((u for u in range(start + 1, relative) if tokens.marked(HARD_GAP, u)), None)
    if opened is None or any(words[u] in AUXILIARIES or words[u] in FINITE_VERBS or words[u] in _PREDICATE_VERBS
                             or words[u] in _SUBJECT_RELATIVES or (u > opened and tokens.marked(HARD_GAP, u))
                             for u in range(start, relative)):
        return False
    close = next((k for k in range(clause + 1, first + 1) if tokens.marked(HARD_GAP, k)), None)
    if close is None or HARD_GAP.search(tokens.gap(close).replace(",", "")):
        return False
    # only the verb's words between the close and the element ("does not intend to")
    return all(words[u] in AUXILIARIES or words[u] in FINITE_VERBS or words[u] in _PREDICATE_VERBS or words[u] in MODALS
               or is_negation(words[u]) or words[u].endswith("ly") or words[u] in _VERB_CHAIN_WORDS for u in range(close, first))


_APPOSED_RELATIVE_WORDS = 4  # the relative word read back from where the clause reader opens its clause
# the words of a verb chain before the element's own verb ("does not intend to update")
_VERB_CHAIN_WORDS = frozenset("to intend intends plan plans expect expects undertake undertakes assume assumes".split())


def _after_carve_out(tokens: Tokens, k: int, first: int) -> int:
    """The token after a carve-out between commas that opens at k, before the verb at `first`
    ("..., the trustee of the debentures, except as required by law, assumes no obligation"), or k
    when none opens there: the carve-out limits the verb, it names no one."""
    if tokens.words[k] not in _CARVE_OUTS:
        return k
    return next((u for u in range(k + 1, first) if "," in tokens.gap(u)), k)


_QUOTING = frozenset("quoted cited interviewed featured".split())


def _quoted_party(tokens: Tokens, subject: list[int]) -> int | None:
    """The noun of a subject that a participle of quoting follows ("the laboratories quoted in
    this release", "the analysts cited above"): someone the document quotes, never the company;
    its token, or None (not the company itself, "the Company, as quoted")."""
    words = tokens.words
    for t in subject[1:]:
        if words[t] in _QUOTING and t - 1 in subject:
            noun = words[t - 1]
            if noun in OWN_SPEAKERS or noun in COMPANY_NOUNS or stem(noun) in tokens.names.own \
                    or not noun.isalpha() or "," in tokens.gap(t):
                return None
            return t - 1
    return None


# verbs that need an agent as their subject: a thing does not undertake, disclaim or caution
_AGENTIVE_VERBS = frozenset("""undertake undertakes undertook disclaim disclaims disclaimed caution cautions cautioned
expressly specifically""".split())
# ... and verbs that need one only before a duty: a forecast "assumes" growth, not an obligation
_DUTY_VERBS = frozenset("assume assumes assumed accept accepts accepted".split())
_DUTIES = frozenset("obligation obligations duty duties responsibility responsibilities liability".split())
_AGENTIVE_AUXILIARIES = frozenset("does do did will shall has have".split())


def _possessed_party(tokens: Tokens, owner: int, first: int) -> int | None:
    """The head noun of a subject that names a party of the company's by its possessive at `owner`
    (`possessed_party`: "Our member institutions", "The Company's property manager") when its
    verb, before `first`, needs an agent ("undertake", "disclaim", "does not intend", "has no
    obligation"); its token, or None."""
    words = tokens.words
    verb = next((v for v in range(owner + 1, min(first + 1, owner + POSSESSED_PARTY_WORDS + 2))
                 if words[v] in AUXILIARIES or words[v] in FINITE_VERBS or words[v] in _PREDICATE_VERBS
                 or words[v] in _AGENTIVE_VERBS or words[v] in _DUTY_VERBS or tokens.marked(HARD_GAP, v)), None)
    if verb is None or tokens.marked(HARD_GAP, verb) or not _agentive_verb(words, verb):
        return None
    return possessed_party(tokens, owner, verb)


_TYING_PREPOSITIONS = frozenset("in of at from for with".split())


def _party_in_ours(tokens: Tokens, subject: list[int], first: int) -> int | None:
    """The plural head of a subject "the <noun> <preposition> <the company's possessive> ..."
    ("The restaurants in our Accelerator Program") whose verb needs an agent: a party the
    company's phrase places, not the company (`possessed_party` says which nouns are its own);
    its token, or None."""
    words = tokens.words
    if len(subject) < 4 or words[subject[0]] != "the" or words[subject[2]] not in _TYING_PREPOSITIONS:
        return None
    head, owner = subject[1], subject[3]
    if words[owner] == "the" and len(subject) > 4:
        owner = subject[4]  # "in the Company's network"
    if (not _PLURAL_PARTY.fullmatch(words[head]) or words[head] in NOT_OWNERS or words[head] in PLACES
            or own_body(tokens, head)):
        return None
    if not company_possessive(tokens, owner):
        return None
    verb = subject[-1] + 1
    if verb > first or not _agentive_verb(words, verb):
        return None
    return head


_PLURAL_PARTY = re.compile(r"[a-z]{3,}[^su']s")


def _agentive_verb(words: list[str], v: int) -> bool:
    """Whether the verb at v needs an agent: "undertakes", "disclaims", "does not intend", "has
    no obligation"."""
    if words[v] in _AGENTIVE_VERBS:
        return True
    if words[v] in _DUTY_VERBS:
        return any(w in _DUTIES for w in words[v + 1 : v + 4])  # "assumes no (such) obligation"
    if words[v] in _AGENTIVE_AUXILIARIES and v + 2 < len(words) and words[v + 1] in ("not", "no"):
        return (words[v + 2] in _AGENTIVE_VERBS or words[v + 2] in _DUTY_VERBS or words[v + 2] in _DUTIES
                or words[v + 2] in ("intend", "intention", "update"))
    return False


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
    if words[title] not in _HONORIFICS or not (title == lo or tokens.marked(SENTENCE_GAP, title)):
        return None
    for k in range(title + 1, min(first + 1, title + 2 + _PERSON_NAME_WORDS)):
        if k > title + 1 and tokens.marked(HARD_GAP, k):
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
    aside = False  # inside an apposition between commas, a phrase may follow its noun: ", the trustee of the notes,"
    for t in range(clause + 1, min(len(words), clause + _JOINED_SUBJECT_WORDS + _TIE_ASIDE_WORDS)):
        aside = aside or "," in tokens.gap(t)
        if not aside and t >= clause + _JOINED_SUBJECT_WORDS:
            return False
        if HARD_GAP.search(tokens.gap(t).replace(",", "")) or words[t] in RELATIVES or (
                words[t] in PREPOSITIONS and not aside and not (
                    words[t] == "of" and words[t - 1] in CORPORATE_SUFFIXES)):  # "Trust Company of Canada"
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
        if t > last and (tokens.marked(HARD_GAP, t) or words[t] in BOUNDARIES):
            return None  # (a relative clause has an agent of its own: "statements that were reviewed by our auditors")
        if words[t] != "by" or t < 2:
            continue
        participle = words[t - 1]
        if (participle.endswith("ed") or participle in _IRREGULAR_PARTICIPLES) and words[t - 2] in AUXILIARIES:
            return owner_in_phrase(tokens, t, hi, is_owner)[0]
        return None
    return None


_OBJECT_OPENERS = frozenset("the a an its our their his her this these those".split())


def _relative_speaker(tokens: Tokens, clause: int, first: int) -> int | None | bool:
    """The subject of the relative clause opening at `clause`, when it names someone else ("which
    our partner made under the Act"): its token; None when it names the company ("which we make
    ..."); False when it names neither, or the clause has no subject of its own ("that are made
    under the Act", "that cover our stock are made ..."): the sentence's subject decides."""
    words = tokens.words
    # the clause sets its antecedent apart: "The agencies that regulate us undertake ...", "The
    # firms in which we hold stakes ..."
    for antecedent in (clause - 2, clause - 3):
        if antecedent >= 0 and acts_on_company(words, antecedent):
            return antecedent
    if clause + 1 < first and words[clause + 1] in _OBJECT_OPENERS and words[clause] not in OWN_SPEAKERS:
        # the relative word is the clause's subject, its verb next and the verb's object after it:
        # "The Company, which serves the needs of its clients, undertakes ..." (not "which analysts
        # publish", whose subject follows the relative word)
        return False
    for t in range(clause, first):
        if words[t] in OWN_SPEAKERS:
            # the company's clause may close before the main verb: "The appraisers whose
            # valuations we cite have no obligation ..." is said of the appraisers
            return _antecedent_resumed(tokens, clause, t, first)
        if words[t] in AUXILIARIES or words[t] in FINITE_VERBS or words[t] in _PREDICATE_VERBS or (
                t > clause and "," in tokens.gap(t)):
            break
        if is_other_owner(words, t) or another_name(tokens, t, clause):
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


# A phrase that confines what the clause says to a matter or a party: "as they relate to us", "as
# it pertains to ...", "only in respect of ...", "solely with respect to ..."
_RELATING = frozenset("relate relates pertain pertains apply applies".split())
_RELATED_SUBJECTS = frozenset("it they these such this".split())
_CONFINING = frozenset("only solely exclusively".split())
_RESPECT_PHRASES = (["in", "respect", "of"], ["with", "respect", "to"], ["in", "relation", "to"], ["as", "to"])
_RELATION_REACH = 16  # words after the last part a confining phrase may stand ("... of 1934" + "only in respect of")
_MADE_BY = frozenset("made issued given expressed published".split())
_AS = frozenset(["as"])


def related_to_another(tokens: Tokens, first: int, last: int, lo: int, hi: int) -> int | None:
    """Another party that a confining phrase of the clause ties what it says to: "and similar
    expressions, as they relate to our former parent, are intended to identify ...", "within the
    meaning of Section 21E ... only in respect of statements made by our joint venture partner".
    What is said is then said of the other party's statements, not the company's. Its token, or
    None; "as they relate to us" (or to the Company, or its business) is the company's own."""
    words = tokens.words
    start = sentence_low(tokens, first, lo)
    end = min(hi, last + _RELATION_REACH)
    # a link opens at "as" or just after a confining word: only those places are read
    opening = set(tokens.positions_of(_AS, start, end))
    opening.update(c + 1 for c in tokens.positions_of(_CONFINING, start, end - 1))
    for t in sorted(opening):
        link = None
        if (words[t] == "as" and t + 3 < end and words[t + 1] in _RELATED_SUBJECTS
                and words[t + 2] in _RELATING and words[t + 3] == "to"):
            link = t + 3
        elif t > start and words[t - 1] in _CONFINING:
            phrase = next((p for p in _RESPECT_PHRASES if words[t : t + len(p)] == p), None)
            if phrase is not None:
                link = t + len(phrase) - 1
        if link is None or any(tokens.marked(HARD_GAP, k) and tokens.marked(SENTENCE_GAP, k) for k in range(t + 1, link + 1)):
            continue
        u = link + 1
        if u + 2 < hi and words[u] in STATEMENT_NOUNS and words[u + 1] in _MADE_BY and words[u + 2] == "by":
            link = u + 2  # "statements made by our joint venture partner": their maker
        owner, _ = owner_in_phrase(tokens, link, hi, is_owner)
        if owner is not None:
            return owner
    return None
