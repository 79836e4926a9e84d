"""Retractions around the sentence: a relative clause that denies the part, a clause or the next
sentence that takes the element back, a sentence set against the one before, a speaker's
retraction, a denial announced in advance.
"""

from __future__ import annotations

from itertools import chain

from ..clauses import HARD_STOP, Tokens, read_once
from ..lexicon import (
    APPLYING, BOUNDARIES, FILLERS, IMPLICIT_NEGATORS, RENOUNCING, is_local_negation, is_negation, overlooked)
from ..references import coordinated_law
from ..syntax import AUXILIARIES, HARD_GAP, SENTENCE_GAP, STOP_GAP


_RELATIVE_OPENERS = frozenset("which whose".split())
# What a pointed-to document does with the risks, denied in a relative clause on it: "our filings
# with the SEC, none of which discusses these risks", "..., which do not address these statements".
# (Not "incorporated": filings not incorporated by reference are still where the risks are told.)
_DISCUSSING = frozenset("""discuss discusses discussed address addresses addressed describe describes described
mention mentions mentioned concern concerns concerned""".split())
# A relative clause on a filing that says what it holds by a verb of containing and a noun of
# discussion ("that contains no discussion of risk", "none of which includes any description of
# these risks"): the determiner decides, "no" denying and "any" under a negative collective.
_CONTAINING = frozenset("contain contains contained include includes included provide provides offer offers give gives"
                        " hold holds".split())
_DISCUSSION_NOUNS = frozenset("discussion discussions description descriptions mention disclosure disclosures analysis"
                              " treatment account".split())


def _discussion_held(words: list[str], t: int, hi: int) -> int | None:
    """The determiner ("no", "any") of a noun of discussion right after the verb of containing at
    t ("contains no discussion", "includes any meaningful description"), or None."""
    d = t + 1
    if d + 1 >= hi or words[d] not in ("no", "any"):
        return None
    noun = d + 1 + (words[d + 1] not in _DISCUSSION_NOUNS and d + 2 < hi)  # one adjective: "no detailed discussion"
    return d if words[noun] in _DISCUSSION_NOUNS else None


_BRACKET_WORDS = 4  # the longest defined name in brackets read past ("(the "SEC")", "(the "2023 Form 10-K")")
_DENIAL_REACH = 14  # words after a part a relative clause denying it may run over


@read_once
def denied_after(tokens: Tokens, e: int, hi: int) -> int | None:
    """A relative clause on the part that denies it reaches the statement: "the Reform Act, the
    protections of which do not apply to this release", "..., which in our view does not extend
    to statements of this kind", "whose safe harbor the Company has elected to waive". The
    denying token, or None. A new clause ("and", "but") or a sentence end stops the search."""
    words = tokens.words
    opened = concessive = False
    opened_at = conceded_from = e
    denier = None  # a negative collective that opens the relative clause ("none of which")
    t, end = e, min(hi, e + 1 + _DENIAL_REACH)
    while t + 1 < end:
        t += 1
        gap = tokens.gap(t)
        word = words[t]
        if "(" in gap and not opened and word in _COLLECTIVES and words[t + 1 : t + 3] == ["of", "which"]:
            gap = ""  # "the Reform Act (none of which ...)": a relative clause in brackets
        if "(" in gap and not opened and ")" not in gap:
            # a short defined name in brackets ("the Securities and Exchange Commission (the
            # "SEC"), none of which ..."): read past it to what follows the bracket
            close = next((u for u in range(t + 1, min(hi, t + _BRACKET_WORDS + 1)) if ")" in tokens.gap(u)), None)
            if close is not None and close < hi and not tokens.marked(SENTENCE_GAP, close):
                t, gap, word = close, tokens.gap(close).replace(")", ""), words[close]
                end = max(end, min(hi, t + 1 + _DENIAL_REACH))
                if word in _COLLECTIVES and words[t + 1 : t + 3] == ["of", "which"]:
                    gap = ""
        if opened and t - opened_at <= _OPENER_WORDS and (close := _aside_close(tokens, t, hi)) is not None:
            # an aside before the relative clause's own verb: "whose safe harbor, however, the
            # Company is not eligible to claim"
            t, word, gap = close, words[close], tokens.gap(close).replace(",", "")
            end = max(end, min(hi, t + 1 + _DENIAL_REACH))
        if HARD_STOP.search(gap):
            return None
        if word == "which" and t - 2 > e and words[t - 1] == "of" and words[t - 2] in _NEGATIVE_COLLECTIVES:
            denier = t - 2  # "..., none of which, we accept, affords these statements any protection"
        if word in _RELATIVE_OPENERS or (word == "that" and _denied_in_relative(tokens, t, hi)):
            opened, opened_at = True, t  # "..., which does not extend to", "a draft of the Act that was never enacted"
            end = max(end, min(hi, t + 1 + _DENIAL_REACH))  # the reach is the relative clause's own
            continue
        if not opened and "," in gap and (word in _RENAMING or (word in FILLERS and t + 1 < hi
                                                                and words[t + 1] in _RENAMING)):
            # an appositive that renames the provision and takes a reduced relative clause:
            # "the Reform Act, provisions the Company has elected not to invoke", "…, a statute
            # we do not rely on"
            opened, opened_at = True, t
            end = max(end, min(hi, t + 1 + _DENIAL_REACH))
            continue
        if not opened and word in ("and", "or"):
            collective = _collective_relative(tokens, t, hi)
            if collective is not None:
                # "Section 27A ... and Section 21E ..., both of which were repealed": the relative
                # clause is said of every coordinated provision, the first as much as the last
                t, end, opened = collective, min(hi, collective + 1 + _DENIAL_REACH), True
                if words[t] == "which" and words[t - 2] in _NEGATIVE_COLLECTIVES:
                    denier = t - 2  # "..., and Section 21E (none of which affords them any protection)"
                continue
        if not opened and word in ("and", "or") and coordinated_law(words, t, hi):
            # "under the Securities Act of 1933 and the Securities Exchange Act of 1934, although
            # ...": two laws named together are one phrase, not two clauses
            end = max(end, min(hi, t + 1 + _DENIAL_REACH))
            continue
        if not opened and word in _CONCESSIVES and "," in gap and not concessive:
            # "..., although the safe harbor those sections create is unavailable to the Company",
            # "..., though these statements are ineligible for that protection": a clause that grants
            # the provision only to take it away; only a word that gives it up counts there (not a
            # denied "apply": "... but it does not apply to statements made in a tender offer" is a
            # limit of the law, not a waiver)
            concessive, conceded_from = True, t
            end = max(end, min(hi, t + 1 + _DENIAL_REACH))
            continue
        if concessive and word in _CONCEDED_AWAY and any(
                w in _CONCEDED_NOUNS for w in chain(words[t + 1 : min(hi, t + 6)], words[conceded_from + 1 : t])):
            # "..., although these statements are ineligible for that protection", "..., although
            # the safe harbor those sections create is unavailable to us"
            return t
        if concessive and word in _RELYING and any(is_negation(w) for w in words[max(conceded_from + 1, t - 3) : t]):
            # "..., but the Company does not rely on it", "..., although we will not invoke that
            # protection": the provision granted, then not claimed (a denied "apply" is still the
            # law's own limit, above)
            return max(u for u in range(max(conceded_from + 1, t - 3), t) if is_negation(words[u]))
        if concessive and word in _STANCES and t - 1 > conceded_from and words[t - 1] in ("no", "any") and (
                words[t - 1] == "no" or any(is_negation(w) for w in words[max(conceded_from + 1, t - 4) : t - 1])) \
                and words[t + 1 : t + 2] in (["on"], ["as"], ["about"]) and any(
                    w in APPLYING or w in _CONCEDED_NOUNS for w in words[t + 2 : min(hi, t + 2 + _STANCE_REACH)]):
            # "..., though the Company takes no position on whether that Act applies to them",
            # "..., although we express no view as to whether the safe harbor covers them": the
            # company withholds the claim the sentence made, as "does not claim" does (a view
            # withheld on something else, "whether any court would agree", leaves it)
            return t - 1 if words[t - 1] == "no" else max(
                u for u in range(max(conceded_from + 1, t - 4), t - 1) if is_negation(words[u]))
        if concessive and word in ("that", "which") and t - 1 > conceded_from and words[t - 1] in _CONCEDED_NOUNS:
            continue  # "although the safe harbor that those sections create is unavailable": its subject's relative clause
        if word == "and" and tuple(words[t - 1 : t + 2]) == ("securities", "and", "exchange"):
            continue  # the Commission's name ("of which our filings with the Securities and Exchange Commission make no mention")
        if opened and (excluded := _company_set_aside(tokens, t, hi)) is not None:
            return excluded  # "on which our underwriters, but not the Company, may rely"
        if word in BOUNDARIES:
            return None
        if not opened:
            continue
        if word in RENOUNCING:
            return t
        if (withheld := _protection_withheld(tokens, t, hi)) is not None:
            return withheld  # "provisions which, the Company acknowledges, give no protection to"
        if word in _OPTING and t + 1 < hi and words[t + 1] == "out":
            return t  # "sections from whose protection the Company has opted out"
        # (a negation on a verb of leaving out is a litotes, no denial of the describing: "risks,
        # which investors should not disregard, are described in ...")
        denials = [u for u in range(max(e + 1, t - 3), t) if is_negation(words[u]) and not overlooked(words, u)]
        if (word in APPLYING or word in _DISCUSSING) and denials:
            return max(denials)
        if (word in APPLYING or word in _DISCUSSING) and denier is not None:
            return denier
        if word in _CONTAINING and (held := _discussion_held(words, t, hi)) is not None:
            if words[held] in ("no", "without"):
                return held  # "a filing with the SEC that contains no discussion of risk"
            if denier is not None:
                return denier  # "..., none of which contains any discussion of these risks"
        if word in APPLYING and t - 2 > e and words[t - 1] == "to" and "to" in IMPLICIT_NEGATORS.get(words[t - 2], ()):
            return t - 2  # "whose safe harbor ceased to apply to the Company", "fails to extend to"
    return None


# What a provision gives the statements, and what it gives ("which affords them no protection")
_GIVING = frozenset("""give gives gave given giving afford affords afforded affording offer offers offered
offering provide provides provided providing grant grants granted granting extend extends extended confer
confers conferred lend lends lent""".split())
_SHELTER = frozenset("protection protections shelter benefit benefits immunity coverage".split())
_GIVEN_REACH = 4  # "affords" + "these" + "statements" + "no": the object may come before "no"


def _protection_withheld(tokens: Tokens, t: int, hi: int) -> int | None:
    """The "no" of a verb of giving at t whose object is "no" + a noun of protection, inside a
    relative clause on the provision ("provisions which give no protection to any statement in this
    release", "a statute that affords these statements no shelter"): the provision is said to protect
    nothing. None when "no" does not stand right before such a noun ("which give no less protection
    than", "which give protection no matter how the statements are worded")."""
    words = tokens.words
    if words[t] not in _GIVING:
        return None
    for u in range(t + 1, min(hi - 1, t + 1 + _GIVEN_REACH)):
        if tokens.marked(HARD_GAP, u):
            return None
        if words[u] == "no" and words[u + 1] in _SHELTER:
            return u
    return None


# The company named only to be set apart from the relative clause's subject ("on which our
# underwriters, but not the Company, may rely"; "which others, though not we, may invoke"): the
# provision is said to serve someone else.
_COMPANY_ITSELF = (["the", "company"], ["we"], ["us"], ["the", "issuer"])


_SET_ASIDE_VERB_WORDS = 3  # "the Company," + "may" + "rely"


def _company_set_aside(tokens: Tokens, t: int, hi: int) -> int | None:
    """The "not" of an aside "but not the Company" / "though not we" opening at t inside a relative
    clause, when the clause's verb of relying or applying follows the aside: the company is set
    apart from those the provision serves. None otherwise ("and not only its underwriters": the
    company is among them)."""
    words = tokens.words
    if words[t] not in ("but", "though") or t + 2 >= hi or words[t + 1] != "not" or "," not in tokens.gap(t):
        return None
    name = next((n for n in _COMPANY_ITSELF if words[t + 2 : t + 2 + len(n)] == n), None)
    if name is None:
        return None
    after = t + 2 + len(name)
    if after >= hi or "," not in tokens.gap(after):
        return None
    if any(words[u] in APPLYING for u in range(after, min(hi, after + _SET_ASIDE_VERB_WORDS))):
        return t + 1
    return None


_RELATIVE_SUBJECT_WORDS = 8  # "that a privately held company such as ours cannot invoke"


def _denied_in_relative(tokens: Tokens, t: int, hi: int) -> bool:
    """Whether the relative "that" at t opens a clause with a negation after its subject, however
    long that subject ("a safe harbor that a privately held company such as ours cannot invoke",
    "a draft of the Act that was never enacted"), before any clause of its own ends it."""
    words = tokens.words
    # the long reach only on a noun of the provision ("a safe harbor that ..."); after a verb
    # "that" opens its object ("we recognize that the Act's safe harbor may not be available for
    # every one of them"), whose negation is that clause's own
    reach = _RELATIVE_SUBJECT_WORDS if t > 0 and words[t - 1] in _CONCEDED_NOUNS | {"act", "acts"} else 3
    close = _aside_close(tokens, t + 1, hi) if t + 1 < hi else None
    if close is not None:
        # an aside before the clause's subject: "a safe harbor that, as a newly public company, we may not use"
        reach += close - t - 1
    u, end, resumed = t, min(hi, t + 1 + reach), None
    while u + 1 < end:
        u += 1
        if close is not None and u <= close:
            continue
        if u > t + 1 and u != resumed and (inner := _aside_close(tokens, u, hi)) is not None:
            # an aside after the clause's subject: "provisions that the Company, as an issuer of
            # penny stock, cannot invoke" (read past it, its words not counted in the reach;
            # the comma that closes it is no clause gap)
            end, u, resumed = min(hi, end + inner - u), inner - 1, inner
            continue
        if (tokens.marked(HARD_GAP, u) and u != resumed) or words[u] in BOUNDARIES:
            return False
        if is_negation(words[u]):
            return True
    return False


_OPENER_WORDS = 3  # from a relative opener to an aside before its clause's verb ("whose safe harbor, however,")
_ASIDE_CLOSE_WORDS = 6  # the longest aside between commas read past ("as a newly public company")
_NOT_ASIDES = frozenset("and or but nor which that who".split())


def _aside_close(tokens: Tokens, t: int, hi: int) -> int | None:
    """The token after a short aside between commas that opens at token t (its gap holds the
    first comma), or None: ", however,", ", as a newly public company,". A coordinated or
    relative clause after the comma is no aside."""
    words = tokens.words
    if "," not in tokens.gap(t) or tokens.marked(HARD_STOP, t) or words[t] in _NOT_ASIDES:
        return None
    for k in range(t + 1, min(hi, t + 1 + _ASIDE_CLOSE_WORDS)):
        gap = tokens.gap(k)
        if HARD_STOP.search(gap):
            return None
        if "," in gap:
            return k
    return None


_CONCESSIVES = frozenset("although though but".split())
# what a concessive clause may say to give the provision up (not "disclaim": "..., but we disclaim
# any duty to update" is the legend's next element)
_CONCEDED_AWAY = frozenset("""unavailable inapplicable ineligible waive waives waived repealed forgo forgoes forgone
forwent renounce renounces renounced relinquish relinquishes relinquished lose loses lost losing forfeit forfeits
forfeited""".split())
# nouns of a stance taken on a question ("takes no position on whether", "expresses no view as to")
_STANCES = frozenset("position positions view views opinion opinions stance".split())
_STANCE_REACH = 8  # "on whether that Act applies": the question's words that name the provision's reach
# the company's own claim to a provision, as against the law's reach ("apply", "extend", "cover")
_RELYING = frozenset("""rely relies relied relying invoke invokes invoked invoking claim claims claimed claiming
avail avails availed availing""".split())
_OPTING = frozenset("opt opts opted opting".split())
_RENAMING = frozenset("provision provisions protection protections statute statutes law laws legislation section "
                      "sections".split())
_CONCEDED_NOUNS = _RENAMING | {"harbor", "harbour"}  # the subject a concessive clause gives up
_COLLECTIVES = frozenset("both all each neither none either".split())
_NEGATIVE_COLLECTIVES = frozenset("neither none".split())
_COORDINATED_REACH = 24  # words of the coordinated provisions before ", both of which"


@read_once
def _collective_relative(tokens: Tokens, t: int, hi: int) -> int | None:
    """A relative clause said of coordinated antecedents after the "and"/"or" at t: "..., both
    of which", "..., each of which", "..., all of which", or a plural appositive ("..., sections
    the Company has elected not to invoke"); the token of "which" or of the appositive's noun, or
    None. Only commas may stand between (no clause of its own ends before it)."""
    words = tokens.words
    bracket_end = -1
    for u in range(t + 1, min(hi - 2, t + _COORDINATED_REACH)):
        gap = tokens.gap(u)
        if words[u] in _COLLECTIVES and ("," in gap or "(" in gap) and words[u + 1] == "of" and words[u + 2] == "which":
            return u + 2  # ", both of which", "(none of which ...)"
        if "(" in gap and ")" not in gap:
            # a short defined name in brackets ("... Commission (the "SEC"), none of which"): read past it
            bracket_end = next((k for k in range(u + 1, min(hi, u + _BRACKET_WORDS + 1)) if ")" in tokens.gap(k)), -1)
            if bracket_end < 0:
                return None
            continue
        if u < bracket_end:
            continue
        if u == bracket_end:
            gap = gap.replace(")", "")
        if HARD_STOP.search(gap) or words[u] in AUXILIARIES:
            return None
        if words[u] in _PLURAL_RENAMING and "," in tokens.gap(u):
            # a plural appositive renames every coordinated provision: "Section 27A ... and
            # Section 21E ..., sections from whose protection the Company has opted out"
            return u
    return None


_PLURAL_RENAMING = frozenset("sections provisions protections statutes laws".split())


# A clause after an affirmed caution that says the thing cautioned of will not happen ("Actual
# results could differ materially, although we are confident they will not", "..., but
# historically they never have", "..., a possibility we consider remote"): it takes the caution
# back. The clause opens with a concessive word or is an appositive on the possibility; its
# pronoun refers back; it denies (an odd count of negations: "although we cannot assure you that
# they will not" denies nothing) the event in an elliptical predicate ("they will not", "we do not
# expect them to", "they never have", "will not do so") or judges it remote.
_TAKING_BACK = frozenset("although though but yet however while".split())
_POSSIBILITIES = frozenset("possibility prospect outcome scenario eventuality event risk".split())
# what the clause calls the event: remote, or out of the question ("a risk we have eliminated",
# "although our auditors have ruled this out")
# (not "impossible": "although it is impossible to predict all such factors" takes nothing back)
_REMOTE = frozenset("remote negligible improbable implausible theoretical far-fetched eliminated excluded".split())
_RULE_VERBS = frozenset("rule rules ruled ruling".split())
_REFERRED_EVENT = frozenset("they them it so this".split())
_ELLIPTICAL_ENDS = frozenset("will would do does did have has had to".split())
_EVENT_VERBS = frozenset("differ vary happen occur materialize materialise".split())
# what a variance is confined to after "though (only)": one direction, or a slight degree
_ONE_WAY = frozenset("""favourably favorably positively upward upwards upwardly slightly marginally modestly
immaterially insignificantly""".split())
_ONE_WAY_PHRASES = (("to", "the", "upside"), ("in", "our", "favour"), ("in", "our", "favor"), ("for", "the", "better"),
                    ("in", "investors'", "favour"), ("in", "investors'", "favor"))
_TAKE_BACK_REACH = 14  # words of the clause read after its opening ("although we are confident that they will not")


_DASHES = ("—", "–", "--")
# sentence adverbs set off after the opening word ("but, honestly, they won't", "but frankly, ..."):
# the speaker's comment, which leaves the clause's own words to be read after it
_SPEAKER_ADVERBS = frozenset("""however honestly frankly candidly truthfully actually really realistically
seriously practically""".split())


def taken_back_after(tokens: Tokens, e: int, hi: int) -> tuple[int, int] | None:
    """See `_TAKING_BACK` above: the (opening, closing) tokens of the clause after the part
    ending at e that takes the caution back, or None. A clause of the speaker's own between them
    ("-- I say that because I have to, but honestly, they won't") is read past to the next one."""
    words = tokens.words
    u = e
    while u + 1 < min(hi, e + 1 + _TAKE_BACK_REACH):
        u += 1
        gap = tokens.gap(u)
        if tokens.marked(STOP_GAP, u):
            return None
        if "," in gap or gap.strip() in _DASHES:
            found = _taken_back_at(tokens, u, hi)
            if found is not None or u > e + 1 and words[u] in _TAKING_BACK:
                return found
    return None


def _taken_back_at(tokens: Tokens, opening: int, hi: int) -> tuple[int, int] | None:
    """The clause opening at `opening` takes the caution back (`taken_back_after`)."""
    words = tokens.words
    start = opening
    appositive = words[start] in ("a", "an") and start + 1 < hi and words[start + 1] in _POSSIBILITIES
    if not appositive:
        if words[start] not in _TAKING_BACK:
            return None
        start += 1
        limit = _one_way(tokens, start, hi)
        if limit is not None:
            return opening, limit  # "..., though only favourably", "but only slightly": no material variance either way
    negations = 0
    negation_at = None
    referred = appositive
    for u in range(start, min(hi, start + _TAKE_BACK_REACH)):
        if u > start and (tokens.marked(HARD_GAP, u) and not (u == start + 1 and words[u - 1] in _SPEAKER_ADVERBS)):
            break
        word = words[u]
        if word in _REFERRED_EVENT and not (word == "it" and u + 1 < hi and words[u + 1] in ("is", "was")):
            referred = True
        if is_negation(word) and not is_local_negation(words, u):
            negations += 1
            negation_at = u
        if referred and (word in _REMOTE or (word == "out" and _RULE_VERBS.intersection(words[max(start, u - 2) : u]))):
            if negations % 2 == 0:
                return opening, u  # "..., a possibility we consider remote", "though we think it remote"
            return None  # "..., a possibility we do not consider remote", "... we cannot rule out": kept
        closes = u + 1 >= hi or tokens.marked(HARD_GAP, u + 1) or _cause_adverbial(words, u + 1)
        ended = closes and (word in _ELLIPTICAL_ENDS or word in _EVENT_VERBS
                            or (word in ("not", "never") and words[u - 1] in _ELLIPTICAL_ENDS)
                            or (word == "so" and words[u - 1] in ("do", "does")))
        if ended and referred and negations % 2 == 1 and _denies_the_event(words, negation_at, u):
            return opening, u  # "although we are confident they will not", "they never have"
    return None


_CAUSE_PHRASES = (["as", "a", "result", "of"], ["because", "of"], ["due", "to"], ["owing", "to"], ["on", "account", "of"])


def _cause_adverbial(words: list[str], u: int) -> bool:
    """Whether a phrase of cause opens at u ("as a result of", "because of", "due to"): after an
    elided verb ("..., but we do not expect that they will as a result of these factors") it adds
    no verb of its own, and the elliptical clause is complete before it."""
    return any(words[u : u + len(phrase)] == phrase for phrase in _CAUSE_PHRASES)


_BELIEVING = frozenset("""believe believes expect expects anticipate anticipates think thinks foresee foresees likely
probable possible""".split())  # ("not certain that they will" is a hedge)
_COMPLEMENTIZERS = frozenset("that whether if".split())


def _one_way(tokens: Tokens, start: int, hi: int) -> int | None:
    """The last token of a clause opening at `start` (after "though", "but") that confines the
    variance to one direction or a slight degree and ends there ("only favourably", "only to the
    upside", "only slightly"), or None ("though favourably or unfavourably" confines nothing)."""
    words = tokens.words
    t = start + 1 if start < hi and words[start] == "only" else start
    if t >= hi:
        return None
    end = t + 1 if words[t] in _ONE_WAY else next(
        (t + len(p) for p in _ONE_WAY_PHRASES if tuple(words[t : t + len(p)]) == p), None)
    if end is None or end > hi or (end < hi and not tokens.marked(HARD_GAP, end)):
        return None
    return end - 1


def _denies_the_event(words: list[str], negation: int, end: int) -> bool:
    """Whether the negation at `negation` bears on the event the clause ending at `end` names:
    no complementizer between them ("we do not expect them to"), or one after a verb of belief
    ("we do not believe that they will"); not one over another verb ("it does not follow that
    they will", "we cannot predict whether they will")."""
    between = words[negation + 1 : end]
    if not any(w in _COMPLEMENTIZERS for w in between):
        return True
    verb = next((w for w in between if w not in ("do", "does", "did")), "")
    return verb in _BELIEVING



# A short sentence right after the element's that takes it back as a whole (`retracted_next`)
_RETRACTION_WORDS = 16  # the longest such sentence ("That caution, however, no longer applies to our guidance.")
_RETRACTION_OPENERS = frozenset("but however yet realistically".split())
_RETRACTION_PAIRS = frozenset({("in", "practice"), ("in", "fact"), ("in", "reality"), ("in", "truth")})
_DEMONSTRATIVES = frozenset("this that such these those".split())
_STILL_HOLDS = frozenset("apply applies hold holds stand stands".split())
_DOING_AUXILIARIES = frozenset("does do did will shall would".split())
_COPULAS_NOW = frozenset("is are".split())
_LIKELY = frozenset("likely realistic possible plausible probable conceivable".split())
_REAL = frozenset("realistic real likely serious genuine plausible".split())
_SUBJECT_WORDS = 5  # words from the subject's first to its verb ("That caution, however,")


def retracted_next(tokens: Tokens, lo: int, hi: int, future: bool) -> tuple[int, int] | None:
    """The (first, last) tokens of what takes back the element of the sentence before, when the
    sentence [lo, hi) does so as a whole: a subject that refers back with a demonstrative and a
    verb saying it holds no longer ("That caution no longer applies.", "This limitation does not
    apply to our guidance.") or, for an element that foresees an event (`future`), the event called
    no real possibility or denied outright ("This is not, however, a realistic possibility.", "In
    practice, they will not."). None otherwise: a sentence that goes on about something else
    ("This list is not exhaustive.", "It is not possible to predict all such risks") takes nothing
    back."""
    words = tokens.words
    if hi - lo > _RETRACTION_WORDS:
        return None
    u = lo
    while u < hi - 1:
        if words[u] in _RETRACTION_OPENERS:
            u += 1
        elif (words[u], words[u + 1]) in _RETRACTION_PAIRS:
            u += 2
        else:
            break
    referring = words[u] in _DEMONSTRATIVES
    if not referring and not (future and words[u] in ("they", "it")):
        return None
    for v in range(u + 1, min(hi, u + 1 + _SUBJECT_WORDS)):
        word = words[v]
        if referring and v + 2 < hi and (word, words[v + 1]) == ("no", "longer") and words[v + 2] in _STILL_HOLDS:
            return u, v + 2  # "That caution no longer applies."
        if referring and word in _DOING_AUXILIARIES and _negating(words, v + 1):
            verb = _past_however(words, v + 2, hi)
            if verb < hi and words[verb] in _STILL_HOLDS:
                return u, verb  # "This limitation does not apply to our guidance."
        if future and word in _COPULAS_NOW:
            negation = _past_however(words, v + 1, hi)
            if negation < hi and _negating(words, negation):
                rest = words[_past_however(words, negation + 1, hi) : hi]
                if rest[:1] in (["a"], ["an"]):
                    rest = rest[1:]
                if (len(rest) == 1 and rest[0] in _LIKELY) or (
                        len(rest) == 2 and rest[0] in _REAL and rest[1] in _POSSIBILITIES):
                    return u, hi - 1  # "This is not, however, a realistic possibility."
        if future and word in ("will", "would") and _negating(words, v + 1):
            rest = words[v + 2 : hi]
            if not rest or (len(rest) == 1 and rest[0] in _EVENT_VERBS):
                return u, hi - 1  # "In practice, they will not."
    return None


def _negating(words: list[str], t: int) -> bool:
    return t < len(words) and (words[t] in ("not", "never") or words[t].endswith("n't"))


def _past_however(words: list[str], t: int, hi: int) -> int:
    """`t`, or the word after a "however" standing there ("is not, however, a ...")."""
    return t + 1 if t + 1 < hi and words[t] == "however" else t


_CONTRASTING = frozenset("however nevertheless nonetheless".split())
_CONTRAST_OPENERS = frozenset("but yet".split())
_CONTRAST_REACH = 8  # "however" stands within a sentence's first words ("The Company does not, however, intend")


def contrasted(tokens: Tokens, lo: int, hi: int) -> bool:
    """Whether the sentence [lo, hi) sets itself against the one before: it opens with "but",
    "yet" or "in fact", or says "however", "nevertheless" or "nonetheless" among its first words."""
    words = tokens.words
    if words[lo] in _CONTRAST_OPENERS or words[lo : lo + 2] == ["in", "fact"]:
        return True
    return any(w in _CONTRASTING for w in words[lo : min(hi, lo + _CONTRAST_REACH)])


# A short sentence that says of what follows that it is false ("The following is not true of this
# news release.", "The following does not apply to these statements.") denies the next sentence
# before it is said: what it holds is not asserted. Only "the following" as the whole subject, a
# predicate of falsity or inapplicability, and a sentence of its own (a colon that opens a list
# keeps the list in the same sentence, and "The following is not an exhaustive list" says nothing
# false of what follows).
_FALSE_AHEAD = (("is", "not", "true"), ("are", "not", "true"), ("is", "false"), ("are", "false"), ("is", "untrue"),
                ("are", "untrue"), ("is", "not", "the", "case"), ("is", "not", "correct"), ("is", "incorrect"),
                ("does", "not", "apply"), ("do", "not", "apply"), ("is", "inapplicable"), ("are", "inapplicable"))
_FALSE_AHEAD_WORDS = 12  # the whole denying sentence ("The following is not true of this news release")


def denied_in_advance(tokens: Tokens, first: int) -> tuple[int, int] | None:
    """See `_FALSE_AHEAD`: the first and last tokens of the sentence before the one holding
    `first`, when it denies what follows it; else None."""
    words = tokens.words
    start = tokens.last_mark(SENTENCE_GAP, first, 0)
    if start <= 0 or ":" in tokens.gap(start):
        return None
    before = tokens.last_mark(SENTENCE_GAP, start - 1, 0)
    said = words[before:start]
    if len(said) > _FALSE_AHEAD_WORDS or said[:2] != ["the", "following"]:
        return None
    return (before, start - 1) if any(tuple(said[2 : 2 + len(p)]) == p for p in _FALSE_AHEAD) else None

# A speaker's retraction of what was just said ("Actually, scratch that", "-- well, strike that,",
# "I take that back"): on a call the words are spoken and cannot be deleted, so they are withdrawn
# by a formula; what they said no longer stands.
_RETRACTIONS = (["scratch", "that"], ["strike", "that"], ["i", "take", "that", "back"], ["i", "take", "it", "back"],
                ["forget", "that"], ["forget", "i", "said", "that"], ["forget", "what", "i", "just", "said"],
                ["scratch", "what", "i", "just", "said"], ["strike", "what", "i", "just", "said"],
                ["i", "retract", "that"], ["ignore", "what", "i", "just", "said"])
# the interjections a retraction may follow ("Actually, scratch that", "No, wait, strike that")
_RETRACTION_LEADS = frozenset("actually well no wait sorry oh rather".split())
_RETRACTION_NEXT = 4  # words into the next sentence a retraction of the last one may stand at
_RETRACTION_FIRSTS = frozenset(phrase[0] for phrase in _RETRACTIONS)


def retracted_after(tokens: Tokens, e: int, n: int) -> tuple[int, int] | None:
    """A speaker's retraction after the part ending at e, later in its sentence or at the start of
    the next one, each time at the opening of a clause or after an interjection: "... Reform Act of
    1995. Actually, scratch that -- ...", "... our most recent Form 10-K -- well, scratch that,
    ...". The retraction's (first, last) tokens, or None. Not a retraction denied or reported
    ("don't forget that", "we never said scratch that")."""
    words = tokens.words
    end = tokens.next_mark(SENTENCE_GAP, e, n)
    limit = min(n, end + _RETRACTION_NEXT) if end < n else n
    for u in tokens.positions_of(_RETRACTION_FIRSTS, e + 1, limit):
        phrase = next((p for p in _RETRACTIONS if words[u : u + len(p)] == p), None)
        if phrase is None:
            continue
        gap = tokens.gap(u)
        opens = "," in gap or gap.strip() in ("—", "–", "--") or SENTENCE_GAP.search(gap) is not None
        if not opens and u > e + 1 and words[u - 1] in _RETRACTION_LEADS:
            lead_gap = tokens.gap(u - 1)
            opens = "," in lead_gap or lead_gap.strip() in ("—", "–", "--") or SENTENCE_GAP.search(lead_gap) is not None
        if u >= end and not all(w in _RETRACTION_LEADS for w in words[end:u]):
            continue  # in the next sentence, only at its start ("Actually, scratch that")
        if opens and not any(is_negation(w) for w in words[max(e + 1, u - 2) : u]):
            return u, u + len(phrase) - 1
