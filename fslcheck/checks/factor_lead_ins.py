"""Whether a lead-in opens a list of the company's own risk factors.

A lead-in counts only in a sentence about what could cause or affect results; a list that is
denied, retracted, ruled out, set aside, described by another party or made of topics or
assumptions names no factor of the company's.
"""

from __future__ import annotations

import re

from ..meaning.names import NO_NAMES, Names, stem
from ..meaning.parties import is_other_owner, is_owner
from ..meaning.lexicon import (NEGATIVE_FORMS, OTHER_OWNERS, OVERLOOKING, OWN_SPEAKERS, RESOLVED, is_incapacity,
                               is_local_negation, is_negation, overlooked)
from ..glued_words import is_english_word
from ..words import word_matches
from .factor_split import PARENTHESES

CONTEXT_STEMS = ("risk", "factor", "uncertaint", "cause", "affect", "impact", "differ", "vary", "varies", "deviat", "diverg",
                  "contingenc", "assumption", "depend")   # "whether our goals are met depends on ...": what they turn on


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
# "The most important factors include long-term interest rates, inflation and GDP.": a sentence that
# opens with the neutral noun "factors" (a model's inputs and a board's considerations are factors
# too) and has no word that ties it to results or names risks; only the sentence before can say
# what they are factors of (`Checker._best_list`)
_NAMES_RISKS = re.compile(r"\b(?:risk|uncertaint|contingenc|threat|danger|hazard)")
_FACTOR_NOUN = re.compile(r"\bfactors?\b")


def untied_factors(text: str, start: int, end: int) -> bool:
    """Whether [start, end) names its list only as "factors", with nothing tying them to results."""
    return (_FACTOR_NOUN.search(text, start, end) is not None and not _TIED.search(text, start, end)
            and not _NAMES_RISKS.search(text, start, end) and not _ANNOUNCED.search(text, start, end))


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


def about_results(text: str, start: int, end: int) -> bool:
    if _TIED.search(text, start, end):
        return True
    # OCR-damaged text ("resuIts", "cauze"): the longer tie words, read tolerantly; an intact
    # English word is no damage ("determined", "discretion" are not a damaged "differ") and ties
    # only by its own stem ("financially")
    if any(word.startswith(stem) or (not is_english_word(word) and word_matches(stem, word, prefix=True))
           for word in re.findall(r"[a-z0-9]+", text[start:end]) if len(word) >= 5 for stem in _TIED_STEMS):
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
    if _COMPANY_EXPOSED.fullmatch(text, opening, noun.start()):
        return True
    return all(w in _OPENING for w in re.findall(r"[a-z']+", text[opening : noun.start()]))


# The company as the subject that faces the risks: "We are exposed to risks from ...", "The Company
# faces risks associated with ...", "Our business remains subject to uncertainties relating to ...":
# its own risks, not those of its customers or of a patient ("Our customers are exposed to risks
# from floods" names risks the document talks about)
_EXPOSED_TO = (r"(?: (?:also|may|could|might|will|can|continue to|continues to|remain|remains|are|is|be|will be|"
               r"may be|could be|continue to be|continues to be))* (?:face|faces|facing|exposed to|subject to|confront|"
               r"confronts|encounter|encounters|vulnerable to|susceptible to)(?: (?:a number of|certain|various|several|"
               r"many|numerous|significant|material|important|substantial|the))*\s*")
# (the company's own undertakings as the subject: "Our activities are subject to a number of risks")
_COMPANY_EXPOSED = re.compile(r"\s*(?:we|the company|our company|our business|our businesses|the group|our group|"
                              r"our activities|our operations|the company's activities|the company's operations|"
                              r"the company's business|the group's activities|the group's operations)"
                              + _EXPOSED_TO)
_OTHERS_EXPOSED = re.compile(r"\s*(?:our |the |its |their |many |some |most |all )?(?P<party>[a-z']+)" + _EXPOSED_TO)


def others_exposed(text: str, start: int, end: int) -> bool:
    """Whether the risks in [start, end) are another party's, the subject that faces them: "Our
    customers are exposed to risks from floods, ...", "Tenants face risks such as ..." (`OTHER_OWNERS`)."""
    noun = _RISK_NOUN.search(text, start, end)
    exposed = noun and _OTHERS_EXPOSED.fullmatch(text, start, noun.start())
    return bool(exposed) and exposed.group("party") in OTHER_OWNERS


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
_CAUSAL = re.compile(r"\b(?:cause[sd]?|could|might|differ\w*|var(?:y|ies)|affect\w*|impact\w*)\b")
# "... on assumptions that it believes were reasonable, which include, but are not limited to,
# assumptions with respect to the company's growth potential, ...": a list whose first words name
# assumptions lists what the statements rest on, not factors, unless the sentence has spoken of
# causing or differing before it (as for a sentence whose subject is the assumptions).
_ASSUMPTIONS_AFTER = re.compile(r"[\s,:]*(?:(?:but (?:(?:are |is )?not|aren't|isn't) limited to|without limitation|among other things|among others)"
                                r"[\s,:]*)?(?:the |our |its |their |certain |key |material |principal )?assumptions "
                                r"(?:with respect to|in respect of|regarding|about|as to|concerning|relating to|related to|"
                                r"underlying|that)\b")


def lists_assumptions(text: str, sentence_start: int, lead_in_end: int) -> bool:
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
    r"(?:(?:the|our) )?(?:management|board(?: of directors)?|directors|trustees|company|committee|we)\b[^.;:]{0,60}?\b"
    r"(?:consider|considers|considered|weigh|weighs|weighed|evaluate|evaluates|evaluated|assess|assesses|assessed|"
    r"takes? into account|took into account)\b[^.;:]{0,30}?(?<!risk )\b(?:factors|considerations|criteria)\b|"
    r"(?:the |other )?(?<!risk )(?:factors|considerations|criteria) (?:that |which )?(?:we|management|the board|the company) "
    r"(?:consider|considered|weigh|weighed|take into account|took into account|evaluate|evaluated|used|use)\b")


def lists_topics(text: str, sentence_start: int, lead_in_end: int) -> bool:
    """Whether the lead-in stands inside a "statements regarding ..." list of topics, or a list
    of assumptions the sentence's subject names (or a payout decision's considerations), with
    nothing of causing or differing before it."""
    statements = _STATEMENTS_INCLUDE.match(text, sentence_start)
    if statements and statements.end() <= lead_in_end and not _CAUSAL.search(text, sentence_start, lead_in_end):
        return True
    # a payout's or a deliberation's subject, after a fronted phrase or not ("In addition, future
    # dividend payments ..."; "The Board considered many factors, including ...", whose first
    # words would read as a fronted phrase too)
    fronted = _FRONTED.match(text, sentence_start)
    starts = (sentence_start, fronted.end()) if fronted else (sentence_start,)
    opening = (_TOPIC_SUBJECT.match(text, sentence_start) or _ASSUMPTION_SUBJECT.match(text, sentence_start)
               or any(_PAYOUT_SUBJECT.match(text, at) or _DELIBERATING.match(text, at) for at in starts))
    if not opening:
        # ... or as the noun the lead-in hangs on, wherever it stands ("the Company has applied
        # several material assumptions, including without limitation, ...")
        head = text.rfind("assumptions", max(sentence_start, lead_in_end - _ASSUMPTION_REACH), lead_in_end)
        opening = head >= 0 and _LEAD_IN_AFTER.fullmatch(text, head + len("assumptions"), lead_in_end) \
            and not _RISK_NOUNS.search(text, sentence_start, head)  # "risks, uncertainties and assumptions"
    return bool(opening) and not _CAUSAL.search(text, sentence_start, lead_in_end)


_ASSUMPTION_REACH = 60
_RISK_NOUNS = re.compile(r"\b(?:risks?|uncertaint\w*|factors?|contingenc\w*|hazards?|dangers?)\b")
# what may stand between the assumptions and the end of a lead-in that hangs on them
_LEAD_IN_AFTER = re.compile(r",?\s*(?:including|include|includes|such as|among others|among them)"
                            r"(?:,?\s*(?:but not limited to|without limitation))?(?:,?\s*the following)?,?\s*:?")


# (... or a relative clause set off by a comma on what the caution is about: "Readers are cautioned
# not to place undue reliance on these statements, which are subject to risks including ...")
_REASON_CLAUSE = re.compile(r"\b(?:as|because|since) (?:such|these|those|they|the|all|any)\b(?: [a-z-]+){0,4} "
                            r"(?:involve|involves|entail|entails|are subject|is subject)\b|"
                            r",\s*which(?: [a-z-]+){0,2} (?:involve|involves|entail|entails|are subject|is subject)\b")
_SUBORDINATE = re.compile(r"\s*(?:while|although|though|whereas|if|because|since|unless|even if|even though)\b")
# ", some of which cannot be predicted or quantified,": a relative clause set off by commas adds
# to the risks it follows without restricting them, so a negation inside it does not deny the
# list ("Risks that we do not consider material include", restrictive, still does; so does
# ", none of which could affect ...", whose negation is its own pronoun).
_NON_RESTRICTIVE = re.compile(r",\s*(?:(?:some|many|most|all|certain|several|each|any|both|one) of )?"
                              r"(?:which|whom|whose)\b[^,;:]*(?=,)")


_PARTIAL_RELATIVE = frozenset("some many most certain several one".split())


def _relative_denies_effect(relative: str) -> bool:
    """Whether a non-restrictive relative clause on the risks, said of all of them, denies them any
    effect on the results: "Such factors, which could delay the publication of our results but could
    not change them, include: ...", "These risks, all of which cannot affect our results, include".
    A relative on part of them ("some of which cannot affect our results") leaves the rest a list."""
    words = re.findall(r"[a-z']+", relative)
    if words and words[0] in _PARTIAL_RELATIVE:
        return False
    if any(word in _REFUTED and not any(is_negation(w) for w in words[:index])
           for index, word in enumerate(words)) or "without merit" in " ".join(words):
        return True  # "..., all of which an independent review has found groundless, include"
    for index, word in enumerate(words):
        if word in _RELATIVE_SUBJECTS:
            return False  # the relative has a subject of its own: "which we cannot change" (the risks its object)
        if word in _EFFECTS and _verb_denied(words, index):
            return True
    return False


_REFUTED = frozenset("groundless baseless unfounded meritless".split())  # claims shown to be false
_RELATIVE_SUBJECTS = frozenset("we i you they he she management company company's".split())


def effect_denied_in_relative(text: str, start: int, end: int) -> bool:
    """Whether a non-restrictive relative clause in [start, end) denies the risks any effect on
    the results (`_relative_denies_effect`). A lead-in that only the tolerant search finds (the
    relative clause can hold more words than a phrase's gap) is read for it too: the words that
    deny are whole words, which no scan's damage makes."""
    return any(_relative_denies_effect(relative.group(0)) for relative in _NON_RESTRICTIVE.finditer(text, start, end))


def denied(text: str, start: int, end: int) -> bool:
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
    if _UNREAL_EXISTENCE.search(text, clause_start, end):
        return True  # "Factors that could cause such differences, were there any, would include"
    if effect_denied_in_relative(text, clause_start, end):
        return True
    words = re.findall(r"[a-z']+", _NON_RESTRICTIVE.sub(",", text[clause_start:end]))
    if _strengths_as_subject(words) or _effects_as_subject(words):
        return True
    if any(index > 0 and words[index - 1] in _LISTING_VERBS and _all_but(words[index:])
           for index in range(len(words))):
        return True  # "... include everything except:", "include anything but the following:"
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
    if _said_over(words):
        return True
    # a lead-in inside an item of a semicolon list ("Management has ruled out, as reasons for
    # results to differ, the risk that ...; risks of our crypto assets, including ..."): the
    # sentence's first clause says what every item is
    first_clause_end = text.find(";", start, clause_start)
    return first_clause_end >= 0 and _said_over(re.findall(r"[a-z']+", text[start:first_clause_end]))


# An unreal condition of existence set off by commas inside the lead-in's clause: "Factors that
# could cause or contribute to such differences, were there any, would include ..." (also "had there
# been any", "if there were any"): the subjunctive says there are none, and the list is of what would
# be factors in a case the sentence denies. ("..., if any, include" only hedges: no subjunctive.)
_UNREAL_EXISTENCE = re.compile(r",\s*(?:were there|had there been|if there were|if there had been) (?:ever )?any\b"
                               r"[^,;:.]{0,40},")


def _said_over(words: list[str]) -> bool:
    """Whether a lead-in's clause says its risks are over, left out of account or not the
    company's concern (resolved, ruled out, set aside, unrelated, once included ...)."""
    return any(((word in RESOLVED or word in _LEAVING_OUT) and not _negated_before(words, index))
               or is_incapacity(words, index)   # "factors found unable to cause results to differ"
               or (word == "used" and index + 1 < len(words) and words[index + 1] == "to"
                   and index > 0 and words[index - 1] in _HABIT_SUBJECTS)   # "Factors that used to affect ...": former
               # "Risks and uncertainties once included ...": a list of what the risks were
               or (word in _FORMERLY and index + 1 < len(words) and words[index + 1] in _PAST_LISTING)
               # "Such factors would have included, had the merger failed, ...": a counterfactual
               # list, of what the factors would have been in a case that did not come about
               or (word in _COUNTERFACTUAL_MODALS and words[index + 1 : index + 2] == ["have"]
                   and index + 2 < len(words) and words[index + 2] in _PAST_LISTING)
               or (word in _SET_ASIDE and index + 1 < len(words) and words[index + 1] in ("out", "away")
                   and not _negated_before(words, index))   # (not "which management has not ruled out")
               or _put_aside(words, index)   # "matters the Company has considered and set aside"
               or (word in _MITIGATED and index > 0 and words[index - 1] in _IN_FULL
                   and not _negated_before(words, index - 1))   # ("risks not fully covered by insurance" stay)
               # "statements ... free of risks and uncertainties": the risks said to be absent
               or (word == "free" and index + 1 < len(words) and words[index + 1] in ("of", "from"))
               or word in _DISSOCIATED   # "These risks are unrelated to the following:"
               or _unshaken(words, index)
               or _caused_to_agree(words, index)   # "... that could cause our actual results to match those projected"
               # "We have considered and excluded the following as factors": the list left out
               or (word in _DISMISSED and words[index + 1 : index + 2] in (["the"], ["these"], ["those"], ["all"], ["each"])
                   and not _negated_before(words, index))
               # "Risks that can safely be disregarded include": matters readers may leave out of
               # account ("risks investors should not overlook" keep the list: the litotes affirms)
               or (word in OVERLOOKING and not any(is_negation(w) for w in words[max(0, index - 4) : index]))
               for index, word in enumerate(words))


_DISMISSED = frozenset("excluded dismissed rejected discounted".split())
_NEGATION_REACH = 3

# What the lead-in's matters are said to cause may be agreement with the projections, or their
# being outdone, rather than a shortfall or a difference ("assumptions that could cause our actual
# results to match those projected, including ...", "factors that may cause results to exceed
# our guidance include"): the list then names no risk. Not when a negation stands right before
# ("could cause results not to match", "fail to match": a difference again).
_AGREEING = frozenset("match equal mirror confirm exceed surpass outperform beat".split())
_CAUSING = frozenset("cause causes caused causing make makes made making lead leads".split())
_CAUSE_REACH = 6  # "cause" + "our actual results and performance" + "to"


def _caused_to_agree(words: list[str], index: int) -> bool:
    if words[index] not in _AGREEING or index < 2 or words[index - 1] != "to":
        return False
    if is_negation(words[index - 2]) or words[index - 2] == "fail":
        return False
    return any(w in _CAUSING for w in words[max(0, index - 1 - _CAUSE_REACH) : index - 1])


def _negated_before(words: list[str], index: int) -> bool:
    """Whether a negation stands a few words before words[index] ("has not ruled out")."""
    return any(is_negation(w) for w in words[max(0, index - _NEGATION_REACH) : index])


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


# The lead-in's subject names what a difference would bring about, with the difference as the
# cause in the relative clause on it ("Consequences that such material differences could cause or
# contribute to include ..."): cause and effect are turned round, and the list names no factor
# that could cause a difference. Not "Consequences of the following could cause results to
# differ", where they are the cause.
_RESULTING_NOUNS = frozenset("consequence consequences repercussion repercussions ramification ramifications".split())
_DIFFERENCE_NOUNS = frozenset("difference differences variance variances variation variations deviation deviations"
                              " divergence divergences shortfall shortfalls".split())
# what may stand between "that" and the difference as the relative clause's subject
_DIFFERENCE_MODIFIERS = frozenset("such these those the any material significant substantial actual".split())


def _effects_as_subject(words: list[str]) -> bool:
    t = 0
    while t < len(words) - 1 and t < 3 and words[t] in _SUBJECT_DETERMINERS:
        t += 1
    if t + 1 >= len(words) or words[t] not in _RESULTING_NOUNS or words[t + 1] not in ("that", "which"):
        return False
    for w in words[t + 2 :]:
        if w in _DIFFERENCE_NOUNS:
            return True  # the difference is the clause's subject: it causes what the list names
        if w not in _DIFFERENCE_MODIFIERS:
            return False  # "Consequences that could cause such differences": they are the cause
    return False


# Statements said to hold whatever the listed matters do ("These statements would remain accurate
# whatever the course of each of the following: ...", "... are unaffected by the following"): the
# list is a reassurance, not cautionary factors.
_UNSHAKEN = frozenset("unaffected immune insulated impervious".split())
_REMAINING = frozenset("remain remains stay stays".split())
_HOLDING = frozenset("accurate valid true correct intact unchanged".split())


def _unshaken(words: list[str], index: int) -> bool:
    word = words[index]
    return word in _UNSHAKEN or (word in _REMAINING and index + 1 < len(words) and words[index + 1] in _HOLDING)


TO_COLON = re.compile(r"[^;:.!?\n]{0,300}:")
_TO_LIST_MARK = re.compile(r"[^;:.!?\n]{0,300}[;:]")
# the verbs a lead-in opens its list with: denied after the lead-in phrase, they deny the list
_LISTING_VERBS = frozenset("include includes including comprise comprises cause causes affect affects impact "
                           "impacts influence influences".split()) | {"among"}  # "are not among the following:"


def denied_lead_in(text: str, sentence_start: int, end: int) -> bool:
    """`denied` for the lead-in found up to `end`, and for the words after it up to a colon that
    opens the list ("due to a number of factors, which do not include: ...", "The following
    factors ... have been found unable to cause results to differ: ..."): there only a denied
    listing or causing verb, an incapacity or a verb of leaving out turns the list round, not an
    aside ("(the order in which they appear does not reflect their importance)", "which we list
    below without ranking them")."""
    if denied(text, sentence_start, end):
        return True
    if _excepted_segment(text, sentence_start, end):
        return True
    following = None
    for following in _EXCEPTING_FOLLOWING.finditer(text, sentence_start, end):
        pass
    if following is not None and len(re.findall(r"[a-z']+", text[following.end() : end])) <= 3:
        return True  # "..., excluding the following factors: (1) ...": the list is what is left out
    excepted = _FACTORS_EXCEPTED.match(text, end)
    if excepted is not None and not _lists(re.findall(r"[a-z']+", excepted.group(1))):
        return True  # "... due to a number of factors, excluding changes in demand, ..."
    if _UNREAL_ASIDE.match(text, end):
        return True  # "including, were the Company still a start-up, changes in market, ..."
    colon = TO_COLON.match(text, end)
    if colon is None:
        # a list opened by a semicolon in a colon's place ("... include none of the following;
        # the risk that ..."): only the listing verb's negative object is read there
        mark = _TO_LIST_MARK.match(text, end)
        before_mark = re.findall(r"[a-z']+", text[end : mark.end()]) if mark is not None else []
        if _placed_elsewhere(before_mark):
            return True  # "... a variety of factors, which are listed in our annual report rather than here; ..."
        if _all_but(before_mark):
            return True  # "... include everything except general economic conditions; ..."
        opening = before_mark[:1]
        return bool(opening) and opening[0] in _NEGATIVE_OBJECTS and text[end - 1 : end].isalpha()
    words = re.findall(r"[a-z']+", PARENTHESES.sub(" ", text[end : colon.end()]))
    if words and words[0] in _NEGATIVE_OBJECTS and text[end - 1 : end].isalpha():
        return True  # "... include none of the following:": the listing verb's object denies the list
    if _all_but(words):
        return True  # "... include anything but the following:"
    if _placed_elsewhere(words):
        return True
    return any((is_negation(word) and not is_local_negation(words, index)
                and any(w in _LISTING_VERBS for w in words[index + 1 : index + 4]))
               or is_incapacity(words, index) or word in _LEAVING_OUT or _unshaken(words, index)
               or _put_aside(words, index)   # "..., which the Company has considered and set aside:"
               or word in _DISSOCIATED
               or word in RESOLVED   # "the following, each of which we have eliminated:"
               or _excepted(words, index)
               for index, word in enumerate(words))


# An unreal condition set off right after the lead-in, before the first item: "including, were the
# Company still a start-up, changes in market, ...", "such as, had we not hedged them, ...": the
# items are what would weigh in a state the company is not in
_UNREAL_ASIDE = re.compile(r"\s*,?\s*(?:(?:were|had) (?:the company|we|it|they)|if (?:the company|we|it) (?:were|had))"
                           r"\b[^,;:.]{0,60},")


def _placed_elsewhere(words: list[str]) -> bool:
    """Whether the words between a lead-in and its list's colon or semicolon say the factors are
    set out in another place and not here ("which are listed in our annual report rather than
    here", "are set out in our press kit, not here"): what follows the mark is then something else
    (talking points, priorities), not the factors."""
    return any(word == "here" and index > 0 and (words[index - 1] == "not" or words[index - 2 : index] in (
        ["rather", "than"], ["other", "than"], ["instead", "of"])) for index, word in enumerate(words))


# Exceptives that open the list itself ("due to a variety of factors, other than: ...", "...,
# excluding: ...", "..., with the exception of the following:"): what follows is left out of the
# factors. Not "besides", which often adds ("besides the following:").
_EXCEPTING_PAIRS = frozenset({("other", "than"), ("apart", "from"), ("aside", "from"), ("save", "for"),
                              ("not", "counting"), ("exclusive", "of"), ("but", "not"), ("though", "not"),
                              ("although", "not"), ("leaving", "aside"), ("setting", "aside"), ("putting", "aside")})
_EXCEPTING_WORDS = frozenset("except excepting excluding".split())
_INCLUDING = frozenset("include includes including such among".split())


def _lists(words: list[str]) -> bool:
    """Whether a listing word stands among the words: "including", "among", "such as" (not the
    determiner "such" of "Such statements involve risks ..., excluding: ...")."""
    return any(w in _INCLUDING and (w != "such" or words[i + 1 : i + 2] == ["as"]) for i, w in enumerate(words))


# "the following" as what an exceptive or a verb of leaving out governs ("involve risks and
# uncertainties, excluding the following factors: ...", "the factors ... exclude the following
# risks: ..."): the list announced is what the factors leave out
_EXCEPTING_FOLLOWING = re.compile(r"\b(?:exclude|excludes|excluding|excepting|except(?:\s+for)?|other\s+than|save\s+for|exclusive\s+of|"
                                  r"with\s+the\s+exception\s+of)\s+(?:(?:any|each|all)\s+of\s+)?the\s+following\b")


# The factors named right after the lead-in and cut by an exceptive that opens the list ("... as a
# result of several factors, excluding unexpected costs, ...", "based on factors excluding market
# conditions, ..."): what follows is what the factors leave out. Not an exceptive that takes up
# matters named elsewhere ("factors, other than those discussed above, including ..."), nor one
# after a listing word ("factors, including, except where noted, ...").
_FACTORS_EXCEPTED = re.compile(
    r"\s*((?:[a-z'-]+,?\s+){0,8}?)(?:factors|risks|uncertainties|matters|reasons)\s*,?\s*"
    r"(?:excluding|not\s+including|except|excepting|other\s+than|save\s+for|exclusive\s+of|with\s+the\s+exception\s+of)\s+"
    r"(?!(?:those|that|these|the\s+ones|as|where|when|for\s+those)\b)")


def _excepted(words: list[str], index: int) -> bool:
    """Whether an exceptive at `index` of the words before a list's colon opens the list, with no
    listing word among them ("factors, other than the following:"; not "factors, other than those
    above, including:", nor an aside in a list's lead-in: "including, apart from X, whether:")."""
    opens = words[index] in _EXCEPTING_WORDS or tuple(words[index : index + 2]) in _EXCEPTING_PAIRS \
        or words[index : index + 3] == ["with", "the", "exception"]
    return opens and not _lists(words)


def _excepted_segment(text: str, sentence_start: int, end: int) -> bool:
    """Whether the lead-in found up to a colon at `end` closes with an exceptive after its last
    comma ("Many factors could change anticipated results, other than the following:"): the list
    after the colon is what the factors leave out, as when the exceptive follows the lead-in."""
    if not text.startswith(":", end):
        return False
    comma = text.rfind(",", sentence_start, end)
    if comma < 0:
        return False
    words = re.findall(r"[a-z']+", PARENTHESES.sub(" ", text[comma + 1 : end]))
    # (a listing word anywhere in the lead-in keeps the list: "including, but not limited to:")
    lead_in = re.findall(r"[a-z']+", text[sentence_start:comma])
    return bool(words) and _excepted(words, 0) and not _lists(lead_in)


_NEGATIVE_OBJECTS = frozenset("none nothing neither".split())
_UNIVERSAL_OBJECTS = frozenset("everything anything all".split())


def _all_but(words: list[str]) -> bool:
    """Whether the listing verb's object is a universal cut by an exceptive ("include everything
    except", "anything but", "all other than"): the list is then the complement, what the factors
    leave out, as with "none of the following"."""
    return (len(words) > 1 and words[0] in _UNIVERSAL_OBJECTS
            and (words[1] in _EXCEPTING_WORDS or words[1] == "but" and words[2:3] != ["not"]
                 or tuple(words[1:3]) in _EXCEPTING_PAIRS))
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
absorbed covered guaranteed indemnified""".split())   # "fully covered by our parent's guarantee"
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
    r"impacting|result in|lead to|bearing|material|significant|risk|risks|concern|threat|relevant|applicable)\b")
# "none of the foregoing has any bearing on our results", "though none of these is material",
# "none of these factors remains a risk"
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_MAY_RETURN = re.compile(r"\b(?:but|though|although|yet)\b[^.;:]*?\b(?:may|might|could|can)\b")


def retracted(text: str, start: int, end: int) -> bool:
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
    + _SETTLED + r") (?:all|each|every one)(?: of)? (?:them|these|those|the above|the foregoing)\b"
    # ... "each" alone as the subject: "although each has now been ruled out", "as each has been resolved"
    r"|\b(?:each|all|both|every one) (?:has|have) (?:now |since |already )?(?:been )?(?:fully |completely |entirely )?(?:"
    + _SETTLED + r")\b"
    # ... a relative clause with a subject of its own: "which our review has ruled out"
    r"|\bwhich (?:[a-z']+ ){1,3}(?:has|have) (?:now |since |already )?(?:fully |completely |entirely )?(?:"
    + _SETTLED + r")\b")


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


# determiners before a noun that names a party by its shape (`is_owner`: an agent noun, a noun the
# company acts on) in a lead-in's words
_PARTY_DETERMINERS = frozenset("the those these their its our".split())
_REPORTING = frozenset("describe describes described identify identifies identified list lists listed report "
                       "reports reported disclose discloses disclosed cite cites cited".split())


# Words before "others" that make it more of the things the clause lists, not another party
# ("among others", "in addition to others", "as well as others", "besides others").
_OTHERS_ADDED = frozenset("among besides plus".split())
_OTHERS_ADDED_PAIRS = frozenset({("addition", "to"), ("well", "as")})


# Risks said to face a company other than this one, named by what it is not ("a company unlike
# ours", "companies other than us") or as another ("another company", "other businesses"): another's
# risks, not the company's factors ("a company like ours" is the company's kind, and stays)
_OTHER_COMPANY_FACING = re.compile(
    r"\b(?:(?:a|an|any|some)\s+(?:company|issuer|business|firm)|companies|issuers|businesses|firms)\s+"
    r"(?:unlike|other than|different from)\s+(?:ours|us|the company|our own)\s+(?:(?:may|might|could|would|can|will|do|does)\s+)?"
    r"(?:face|faces|confront|confronts)\b"
    r"|\b(?:another|other)\s+(?:company|companies|issuer|issuers|business|businesses|firm|firms)\s+"
    r"(?:(?:may|might|could|would|can|will|do|does)\s+)?(?:face|faces|confront|confronts)\b")


_COMPARING = frozenset("like as and with among than including".split())


def described_by_others(text: str, start: int, end: int, names: Names = NO_NAMES) -> bool:
    """Whether the lead-in's clause gives the risks as someone else describes them ("The risks
    our dealers describe in their own reports include", "risks identified by analysts
    include"), or as someone else's ("Risks facing our parent include", "factors that could
    affect our distributors' results include"; read on to the colon that opens the list):
    another's list, not the company's cautionary factors. A party is a word of `OTHER_OWNERS` or a
    name the document does not give itself (`names`: "Risks facing Halvorsen Marine, our joint
    venture partner, include", "factors that could affect Halvorsen's own results include")."""
    colon = TO_COLON.match(text, end)  # the lead-in read on to the colon that opens the list
    stop = colon.end() if colon is not None else end
    words = re.findall(r"[a-z']+", text[max(start, text.rfind(";", start, end) + 1):stop])
    words = [w for w in words if w != "own"]  # "their own results", "Halvorsen's own results": the same owner
    own_outcome = any(w in ("our", "its", "company's") and n in _OUTCOMES for w, n in zip(words, words[1:]))
    joined = " ".join(words)
    for other in _OTHER_COMPANY_FACING.finditer(joined):
        before = joined[: other.start()].split()[-1:]
        if not before or before[0] not in _COMPARING:
            # "Risks that a company unlike ours might face include", "risks other companies face"
            # (not "risks that we, like other companies, face": the company among them)
            return True
    for index, word in enumerate(words):
        if word == "others" and index > 0 and (words[index - 1] in _OTHERS_ADDED
                                               or tuple(words[max(0, index - 2) : index]) in _OTHERS_ADDED_PAIRS):
            # "include, among others, statements we make": the qualifier, no party; "those factors
            # (in addition to others described elsewhere in this report) include": more of the
            # same factors, which the company describes
            continue
        if word in OTHER_OWNERS or _names_another(names, words, index) or (
                word == "other" and index > 0 and words[index - 1] == "the" and is_other_owner(words, index)) or (
                index > 0 and words[index - 1] in _PARTY_DETERMINERS and is_owner(words, index)):
            # (and a party by the shape of its noun after a determiner: "the hosting providers",
            # "those providers' own forward-looking statements", "the railroads that carry our containers")
            # (and "the other" before a plural of parties: "the results of the other regional utilities")
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
            outcome_at = index + 2 if words[index + 1 : index + 2] and words[index + 1] in _OUTCOME_QUALIFIERS else index + 1
            if outcome_at < len(words) and words[outcome_at] in _OUTCOMES:
                # "factors that could affect our distributors' results" (canonical text drops the
                # apostrophe after a plural), "our customer's results", "our dealers' actual results"
                return True
            if any(words[k] in ("of", "at") and words[k - 1] in _OWNED_OUTCOMES for k in range(max(1, index - 3), index)):
                # "the results of our largest customer", "the actual results and financial
                # condition of our licensees" (the owner after the last of the coordinated outcomes)
                return True
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
_OUTCOME_QUALIFIERS = frozenset("actual future reported operating financial".split())
_OWNED_OUTCOMES = _OUTCOMES | frozenset("condition conditions position prospects events outcomes achievements".split())


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


def damaged_factor_context(text: str, start: int, end: int) -> bool:
    """For a lead-in found by the OCR-tolerant search: the factor context, OCR damage allowed.

    Damage changes or drops a letter, it does not halve a word: a word much shorter than the stem
    ("act" of "Reform Act" for "affect") is another word, not a damaged one."""
    return any(len(word) >= len(stem) - 1 and word_matches(stem, word, prefix=True)
               for word in re.findall(r"[a-z0-9]+", text[start:end]) for stem in CONTEXT_STEMS)


# A yes/no question about the listed matters answered "no" by a short sentence whose colon opens
# the list: "Could any of the following cause actual results to differ ...? Management does not
# believe so: ..." says the matters listed cannot cause a difference (a question answered "yes",
# "Could any of the following ...? Yes, each of them could:", keeps its list).
_QUESTION_OPENERS = frozenset("""could can may might would will do does did is are was were shall should has have
had""".split())
_ANSWER_WORDS = 8  # "Management does not believe so", "In the Company's view, none could"


def _answer(text: str, question_start: int, answer_start: int, colon: int) -> bool | None:
    """Whether the short answer from answer_start to the colon denies the yes/no question
    [question_start, answer_start); None when there is no such question or the answer is long."""
    question = text[question_start:answer_start].rstrip().rstrip("\"'\u201d\u2019)")
    opener = re.match(r"\s*([a-z']+)", text[question_start:answer_start])
    if not question.endswith("?") or opener is None or opener.group(1) not in _QUESTION_OPENERS:
        return None
    words = re.findall(r"[a-z']+", text[answer_start:colon])
    if not words or len(words) > _ANSWER_WORDS:
        return None
    return any(is_negation(word) and not is_local_negation(words, index) for index, word in enumerate(words))


def answered_no(text: str, question_start: int, answer_start: int, colon: int) -> bool:
    """Whether the sentence [question_start, answer_start) is a yes/no question and the sentence
    from answer_start to the colon a short answer that denies it."""
    return _answer(text, question_start, answer_start, colon) is True


def answered_yes(text: str, question_start: int, answer_start: int, colon: int) -> bool:
    """... and a short answer that does not deny it ("Yes, each of them could:")."""
    return _answer(text, question_start, answer_start, colon) is False
