"""Whose statements a proposition's reading speaks of: the readings of `Proposition` that find
another owner for a part ("the seller's forward-looking statements", "estimates of analysts", a
law of another country referred back to with "thereby") and so make the reading another's.

`OwnershipReadings` is a mixin of `fslcheck.meaning.proposition.Proposition`: its methods read the
proposition's `parts`, `negation_on`, `owned_parts`, `company_parts` and `objects`, and the
readings of `fslcheck.meaning.owners` and its lower modules do the work.
"""

from __future__ import annotations

from .clauses import Tokens
from .lexicon import (
    BOUNDARIES, DEICTICS, DOCUMENT_NOUNS, FILLERS, FINITE_VERBS, MODALS, NOT_FORWARD, STATEMENT_NOUNS, STATEMENT_PRONOUNS,
    is_negation, topic_party)
from .negation import contrasted_before, not_beside
from .other_documents import excepted_statements, other_document
from .owner_phrases import relative_subject
from .owners import (
    antecedent_of, caption_owner, coordinated_outcomes_end, filer_before_form, filer_of_filings, other_after,
    other_before, own_possessive_before, owner_of, owner_of_the_others, possessor_referred_back,
    sequel_of_anothers, views_of_another)
from .parties import is_other_owner, is_owner
from .speakers import pronoun_antecedent
from .references import (
    FILED, LAW_HEADS, LAW_LINKS, caption_elsewhere, defined_law, exemption_harbor, filed_later, filed_on_condition,
    filing_not_begun, filing_put_off, filing_to_come, foreign_law, later_filing, named_filer, no_filing_sent, other_recipient,
    other_system,
    withheld_part)
from .syntax import (
    AUXILIARIES, COPULAS, ELABORATING, HARD_GAP, SENTENCE_GAP, STOP_GAP, exceptive_at, RELATIVES, sentence_low)
from .terms import Candidate
from .times import future_placement, past_occasion

_ANTECEDENT_WORDS = 12


def _antecedent_of_other_kind(tokens: Tokens, a: int, lo: int) -> int | None:
    """A pronoun at a whose nearest antecedent in its own sentence is statements of another kind
    ("You can identify the historical statements in this release by the fact they use words such
    as ..."): the word that makes them so ("historical"), or None."""
    words = tokens.words
    if words[a] not in STATEMENT_PRONOUNS:
        return None
    for t in range(a - 1, max(lo, a - _ANTECEDENT_WORDS) - 1, -1):
        if tokens.marked(SENTENCE_GAP, t + 1):
            return None
        if words[t] in STATEMENT_NOUNS:
            if any(is_negation(w) or w == "non" for w in words[max(lo, t - 3) : t]):
                return None  # "statements that are not statements of historical fact": ours
            if t + 2 < a and words[t + 1] == "of" and words[t + 2] in NOT_FORWARD:
                return t + 2  # "the statements of historical fact in this release"
            return next((k for k in range(t - 1, max(lo, t - 3) - 1, -1) if words[k] in NOT_FORWARD), None)
    return None


# Words that make the results a subject's statements are about results of the past ("reported
# fourth-quarter financial results", "historical results"), and how far before the results noun
_PAST_RESULT_MARKS = frozenset("reported historical".split())
_PAST_RESULT_NOUNS = frozenset("results earnings revenues revenue sales".split())
_PAST_RESULT_WORDS = 4  # "reported" + "fourth quarter financial" + "results"


def _past_results_at(words: list[str], t: int, start: int, first: int) -> bool:
    """Whether the mark at t heads a noun of results within a few words, before the part at
    `first` with no other subject coordinated, in a subject with no negation or exception before it: "statements that are not
    reported financial results" and "statements other than statements of historical results" say
    which statements are not about the past."""
    if not any(words[u] in _PAST_RESULT_NOUNS for u in range(t + 1, min(first, t + 1 + _PAST_RESULT_WORDS))):
        return False
    if any(w in ("and", "or") for w in words[t + 1 : first]):
        return False  # "... about reported results and about our outlook": the outlook's statements too
    return not any(is_negation(w) or exceptive_at(words, k) is not None or w in ("except", "excluding", "besides")
                   for k, w in enumerate(words[start:t], start))


PERIOD_NOUNS = frozenset("quarter quarters year years period periods month months weeks".split())


_BACK_REFERENCES = frozenset("thereby thereunder therein".split())  # "the safe harbor created thereby"
_COORDINATED_WORDS = 6  # from this document's part to another's joined to it ("this call and the attached slides")
_CONJUNCT_WORDS = 14  # the same when "and" follows this document's part at once


_FILER_JOIN_WORDS = 9  # "filed" + "by our parent's largest supplier with the U.S." + "Securities and Exchange Commission"
_FILER_CLAUSE_WORDS = 7  # "Form 10-K that the Company's former parent filed"


# A section of a filing named before the filing it is in, its caption set off by commas: "Item 1A,
# "Risk Factors," in Globex's Annual Report on Form 10-K" (canonical text keeps no quotes).
_SECTION_WORDS = frozenset("item section caption heading entitled titled".split())
_CAPTION_WORDS = 4  # "risks related to our business"
_IN_DOCUMENT_WORDS = 4  # "in" + "globex's" + up to two more words before the document's name


def _caption_then_document(tokens: Tokens, a: int, end: int, a2: int) -> bool:
    """Whether the occurrence [a, end] names a section ("Item 1A", "the section entitled") and a
    caption between commas follows it, then "in" or "of" and the occurrence at a2: the section is
    part of the document named at a2, which is the one whose owner and time count."""
    words = tokens.words
    if not _SECTION_WORDS.intersection(words[a : end + 1]) or a2 - end > 2 + _CAPTION_WORDS + _IN_DOCUMENT_WORDS:
        return False
    link = next((k for k in range(end + 2, a2) if words[k] in ("in", "of") and tokens.gap(k).strip() == ","), None)
    return (link is not None and tokens.gap(end + 1).strip() == "," and link - end - 1 <= _CAPTION_WORDS
            and a2 - link <= _IN_DOCUMENT_WORDS
            and not any(tokens.marked(HARD_GAP, k) for k in range(end + 2, link))
            and not any(tokens.marked(HARD_GAP, k) for k in range(link + 1, a2 + 1)))


_RELATIVE_OPENERS = RELATIVES | frozenset(["whose"])
_RELATIVE_CLAUSE_WORDS = 8  # "the automakers whose vehicles we sell": a short relative clause
_SUBJECT_MODALS = frozenset("may might could can will would should".split())
# What a speaker said, or the verb that says it, before the gathering it was said at
_SAID_THINGS = frozenset("""made discussed said presented provided offered given shared expressed covered addressed
statements remarks comments matters topics""".split())


_DEMONSTRATIVE_PRONOUNS = frozenset("these those this that".split())
_PREDICATE_JOINERS = frozenset("but yet and or".split())


def _determiner_use(tokens: Tokens, span: tuple[int, int], limit: int) -> bool:
    """Whether a one-word demonstrative read as the statements stands before a noun of its own
    ("Given these risks, you should not ..."): a determiner, not a pronoun for them."""
    a, b = span
    words = tokens.words
    if a != b or words[a] not in _DEMONSTRATIVE_PRONOUNS or b + 1 >= limit or tokens.marked(HARD_GAP, b + 1):
        return False
    following = words[b + 1]
    return not (following in AUXILIARIES or following in FINITE_VERBS or following in BOUNDARIES
                or following in FILLERS or following in STATEMENT_NOUNS or following.endswith("ly"))


def _within(span: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def _subject_before_relative(tokens: Tokens, spans: list[tuple[int, int]], start: int, verb: int,
                             lo: int) -> list[tuple[int, int]]:
    """The occurrences of a part before a short relative clause that parts it from its
    infinitive ("cause the results of the automakers who supply us to differ") or from its modal
    ("the results of the utilities from which we buy power may differ"): the clause read from
    `start` is the relative one, and the part it lacks is the subject of the verb, which stands
    before the relative word. Empty when the verb has neither "to" nor a modal before it, or no
    relative word opens the clause."""
    words = tokens.words
    if verb < 1 or (words[verb - 1] != "to" and words[verb - 1] not in _SUBJECT_MODALS):
        return []
    for r in range(start - 1, max(lo, start - 3) - 1, -1):
        if words[r] in _RELATIVE_OPENERS and verb - r <= _RELATIVE_CLAUSE_WORDS:
            outer = tokens.clause_start(r, sentence_low(tokens, r, lo))
            return [span for span in spans if outer <= span[0] and span[1] < r]
    return []


_LIST_JOINS = frozenset("and or".split())


def _list_head(tokens: Tokens, a: int, spans: list[tuple[int, int]], lo: int) -> int:
    """The first name of a list of names (`spans`) that the name at a goes on, joined by commas
    (and a closing "and"/"or") only: "the proxy statement, Form 8-K, and other reports". a when
    no name comes right before it."""
    words = tokens.words
    head = a
    while True:
        before = [(a2, b2) for a2, b2 in spans if b2 < head and lo <= a2
                  and "," in tokens.gap(b2 + 1)
                  and all(words[k] in _LIST_JOINS for k in range(b2 + 1, head))
                  and head - b2 - 1 <= 1]
        if not before:
            return head
        last = max(b2 for _, b2 in before)
        head = min(a2 for a2, b2 in before if b2 == last)  # (the longest name ending there: "Form 10-Q", not "10-Q")


class OwnershipReadings:
    """The readings of whose statements a proposition's candidate speaks of (see the module notes)."""

    def _owned_spans(self, c: Candidate) -> list[tuple[int, int]]:
        """The canonical offsets of c's parts of `owned_parts`."""
        return [c.part_spans[n] for n in self.owned_parts if n in c.part_spans]

    def _owner_unasked(self, c: Candidate, owned: dict[tuple[str, tuple[int, int]], list[Candidate]]) -> bool:
        """Whether a reading of another's (in `owned`, by its key parts) has all of c's key words
        in the same place and a company part c leaves unnamed."""
        keys = [(n, span) for n, span in c.part_spans.items() if n in self.negation_on]
        if not keys:
            return False
        if any(all(o.part_spans.get(n) == span for n, span in keys)
               and any(n in o.part_spans and n not in c.part_spans for n in self.company_parts)
               for o in owned.get(keys[0], ())):
            return True
        # ... or reads them inside longer key words of its own, taking one of those words for
        # the company part: "undue" + "reliance" beside "undue reliance" + "on its forward-looking
        # statements" (the object named, and another's)
        return any(all(n in o.part_spans and _within(span, o.part_spans[n]) for n, span in keys)
                   and any(n in o.part_spans and n in c.part_spans and any(
                       _within(c.part_spans[n], o.part_spans[k]) for k in self.negation_on if k in o.part_spans)
                       for n in self.company_parts)
                   for readings in owned.values() for o in readings)

    def _owned_by_others(self, tokens: Tokens, chosen: dict[str, tuple[int, int]],
                         occurrences: dict[str, list[tuple[int, int]]], lo: int, hi: int) -> int | None:
        """The word that shows what the proposition is about belongs to someone else or another
        time, or None: a part of
        `company_parts` owned by another ("our competitors' press releases", "results reported by
        our competitors", "statements made in our prior-year releases"), or, when the form names
        none of those parts, a clause whose subject is another's ("Third-party analysts'
        estimates may differ materially from ..."). Of a part that stands both before the key
        verb and after it, the one before is the clause's subject and is read."""
        keys = [a for n, (a, _) in chosen.items() if n in self.negation_on]
        verb = min(keys) if keys else min(a for a, _ in chosen.values())
        sentence_start = sentence_low(tokens, verb, lo)
        start = tokens.clause_start(verb, sentence_start)
        if (start > sentence_start and tokens.words[start - 1] in _PREDICATE_JOINERS
                and (tokens.words[start] in AUXILIARIES or tokens.words[start] in COPULAS)):
            # a predicate joined without a subject of its own shares the sentence's ("Statements in
            # analysts' reports are not historical facts but are forward-looking statements")
            start = sentence_start
        owned = []
        for name in self.company_parts:
            if name not in chosen:
                continue
            before = [span for span in occurrences[name] if start <= span[0] and span[1] < verb
                      and not _determiner_use(tokens, span, verb)]
            # the noun an aside sets aside is not the subject: "this release, not our investor
            # presentation, contains ..." (unless it is the only one: "the merger agreement, not this release")
            kept = [span for span in before if not_beside(tokens, span[0], start) is None]
            before = kept or before
            # nor the noun of an aside that names some of the subject: "Actual results, including
            # the results of our joint ventures, could differ ..." is said of the company's results
            kept = [span for span in before if not _in_inclusion_aside(tokens, span[0], start)]
            before = kept or before
            if not before and start > lo and tokens.words[start - 1] in ("and", "or"):
                # a clause start read at the "and" of coordinated nouns ("the actual results and
                # conditions of our tenants to differ"): the subject's noun stands before it
                before = [span for span in occurrences[name] if start - 4 <= span[1] < start - 1
                          and coordinated_outcomes_end(tokens, span[1], hi) >= start]
            if not before:
                before = _subject_before_relative(tokens, occurrences[name], start, verb, lo)
            owned.append(before[-1] if before else chosen[name])

        def another(a: int, b: int) -> int | None:
            found = other_document(tokens, a, b, lo, hi)
            found = found if found is not None else a if is_other_owner(tokens.words, a) else other_before(tokens, a, lo)
            found = found if found is not None else _possessor_of_sentence_before(tokens, a, lo)
            found = found if found is not None else contrasted_before(tokens, a, lo)
            found = found if found is not None else not_beside(tokens, a, lo)
            found = found if found is not None else other_after(tokens, b, hi)
            # "the forward-looking statements reflect the estimates and beliefs of our counterparty's
            # management": statements that give another's views are that other's
            found = found if found is not None else views_of_another(tokens, b, hi)
            if found is None and (b_last := coordinated_outcomes_end(tokens, b, hi)) != b:
                # "the actual results, financial condition and business of our tenants": the owner
                # after the last noun the results are coordinated with owns them all
                found = other_after(tokens, b_last, hi)
            # "Southwind Corp.'s actual results", "statements attributed to Southwind Corp."
            found = found if found is not None else named_filer(tokens, a, b, lo, hi)
            found = found if found is not None else _antecedent_of_other_kind(tokens, a, lo)
            if found is None and self.negative:
                # a caution or disclaimer for every statement but these says the opposite of them
                found = excepted_statements(tokens, a, b, lo, hi)
            return found

        if owned:
            for a, b in owned:
                found = another(a, b)
                if found is not None and self._coordinated_with_ours(tokens, occurrences, name_of=(a, b),
                                                                     start=sentence_low(tokens, a, lo),
                                                                     another=another):
                    continue  # "on this call and in the accompanying presentation": this one too
                if found is not None:
                    return found
            return None
        first = min(a for a, _ in chosen.values())
        words = tokens.words
        sentence = sentence_low(tokens, first, lo)
        if not any(w in FINITE_VERBS for w in words[sentence:first]):
            start = sentence  # the whole subject, however many nouns it coordinates
        for t in range(sentence + 1, first):
            # "Matters we discussed on last quarter's call that were not historical facts were
            # considered forward-looking statements": the subject was said at an earlier gathering
            if words[t - 1] in _SAID_THINGS and (earlier := past_occasion(tokens, t, first)) is not None:
                return earlier
        for t in range(start, first):
            if words[t] in AUXILIARIES or (words[t] in BOUNDARIES and start != sentence):
                return None
            if is_other_owner(words, t) and not topic_party(words, t, start):
                return t
            if (words[t] == "ended" and t > start and words[t - 1] in PERIOD_NOUNS
                    and not any(w in ("and", "or") for w in words[t + 1 : first])):
                # "The statements in this release regarding our earnings for the quarter ended
                # December 31, 2024 are ...": statements about a period that is over
                return t
            if words[t] in _PAST_RESULT_MARKS and _past_results_at(words, t, start, first):
                # "the statements of reported fourth-quarter financial results are the forward-
                # looking statements": results already reported are history, not a forecast
                return t
            if words[t] in DOCUMENT_NOUNS:  # "Statements in Oracle's annual report ... are ..."
                other = other_document(tokens, t, t, lo, hi)
                if other is not None:
                    return other
        return None

    def _coordinated_with_ours(self, tokens: Tokens, occurrences: dict[str, list[tuple[int, int]]],
                               name_of: tuple[int, int], start: int, another) -> bool:
        """Whether the occurrence name_of, another's, is coordinated ("and", "or") with an
        earlier occurrence of a company part in the same clause that names this document ("this
        call and the accompanying presentation", "today's release or our website"): what is said
        is said of this one as well."""
        words = tokens.words
        a0 = name_of[0]
        for name in self.company_parts:
            for a, b in occurrences.get(name, []):
                if not (start <= a and b < a0) or another(a, b) is not None:
                    continue
                between = range(b + 1, a0)
                # a second part that opens right after "and" may run long before its document:
                # "this release and statements made by management on the quarterly call"
                joined = (any(words[t] in ("and", "or") for t in between) and len(between) <= _COORDINATED_WORDS
                          or between and words[between[0]] in ("and", "or") and len(between) <= _CONJUNCT_WORDS)
                if (joined
                        and not any(words[t] in FINITE_VERBS or words[t] in AUXILIARIES for t in between)
                        and any(words[t] in DEICTICS for t in range(max(start, a - 2), a + 1))
                        and not any(tokens.marked(HARD_GAP, t) and ","
                                    not in tokens.gap(t) for t in range(b + 1, a0 + 1))):
                    return True
        return False

    def _owned_by_another(self, tokens: Tokens, chosen: dict[str, tuple[int, int]],
                          occurrences: dict[str, list[tuple[int, int]]], lo: int, hi: int) -> int | None:
        """The owner, not the company, of a part of `owned_parts`: "the reports that our
        competitors have filed", "the Form 20-F of the Company's largest customer", "“Risk
        Factors” in Item 3.D of the annual report of our former parent"; its token, or None.
        Another time does not count here: a filing of a prior year is still the company's."""
        for name in self.owned_parts:
            if name in chosen:
                found = self._owner_of_occurrence(tokens, chosen[name], occurrences[name], lo, hi)
                if found is not None:
                    return found
        return None

    def _owner_of_occurrence(self, tokens: Tokens, span: tuple[int, int], spans: list[tuple[int, int]],
                             lo: int, hi: int, antecedent: bool = True) -> int | None:
        """`_owned_by_another` for one occurrence of an owned part (`spans`: all of the part's
        occurrences in the sentence). With `antecedent`, a part in a relative clause may take
        the owner of the documents the clause describes."""
        a, b = span
        joined = []
        # an occurrence of the same part a few words before ("filed with") opens the noun
        # phrase this one ends ("the U.S. Securities and Exchange Commission")
        for a2, b2 in sorted(spans, reverse=True):
            # (or more words when they name the filer: "documents filed by the Company's main
            # supplier with the SEC")
            # (or after the participle that the filing's name does not take in: "the Form 10-K
            # filed by Brennick Castings with the SEC")
            by = b2 + 2 if b2 + 2 < a and tokens.words[b2 + 1] in FILED else b2 + 1
            reach = _FILER_JOIN_WORDS + by - b2 - 1 if by < a and tokens.words[by] == "by" else 4
            if a2 < a and a - b2 <= reach and not any(tokens.marked(HARD_GAP, k) for k in range(a2 + 1, a + 1)):
                joined.append((b2, a))
                a = a2
        # and the occurrences a few words after, which go on with the same name ("the annual
        # report" + "on Form 10-K" + "filed by Tessaly" + "with the SEC")
        # (over a list's commas too: "Forms 10-K, 10-Q and 8-K filed with the SEC by Watsco";
        # not from a document the company calls its own: "our Form 10-K, the Form 10-Q of ...")
        gap = HARD_GAP if own_possessive_before(tokens, a) else STOP_GAP
        end = last = b
        documents = []  # the documents a section named first is in ("Item 1A, ..., in Globex's Form 10-K")
        for a2, b2 in sorted(spans):
            if a2 > end and any(w in ELABORATING for w in tokens.words[end + 1 : a2]):
                # a document given as one of those named ("our filings with the SEC, including the
                # Form 10-K we expect to file next month") is a name of its own: what is said of
                # it is not said of the filings it is one of
                break
            captioned = _caption_then_document(tokens, a, end, a2) if a2 > end else False
            if a2 > end and (captioned or (
                    a2 - end <= 4 and not any(tokens.marked(gap, k) for k in range(end + 1, a2 + 1)))):
                joined.append((end, a2))
                if captioned:
                    documents.append(a2)
                end = b2
            if last < b2 and ((a2 <= last + 4 and not any(tokens.marked(gap, k) for k in range(last + 1, a2 + 1)))
                              or _caption_then_document(tokens, a, last, a2)):
                last = b2  # (overlapping ones too: "filings with" + "with the SEC")
        found = owner_of(tokens, a, b, lo, hi)
        for b2, next_a in joined:
            if found is None:
                # the filer named between them: "reports filed by our largest supplier with the SEC"
                found = other_after(tokens, b2, next_a, is_owner)
        for next_a in documents:
            if found is None:
                found = other_before(tokens, next_a, lo, is_owner)
        if found is None and last > b:
            # the filer named after the whole name: "filings with the SEC of our largest customer"
            found = other_after(tokens, last, hi, is_owner)
        if found is None and (tokens.words[a] in FILED or tokens.words[a] in _FILE_VERBS):
            # "the Form 10-K that our former parent filed with the SEC": the document named a
            # few words before, with another owner as the subject of the clause that files it
            # (a present or future verb too: "that our merger partner has filed and will file with
            # the SEC")
            # (read further over a verb coordinated before it: "that our merger partner has filed
            # and will file")
            reach = _FILER_CLAUSE_WORDS + (_COORDINATED_FILING_WORDS if tokens.words[a - 1] in MODALS else 0)
            for a2, b2 in spans:
                if b2 < a and a - b2 <= reach and not any(
                        tokens.marked(HARD_GAP, k) for k in range(b2 + 1, a + 1)):
                    found = relative_subject(tokens, b2, a)
                    if found is not None:
                        break
        if found is None and tokens.words[a] in FILED and "," in tokens.gap(a):
            # ", filed with the SEC on ...": the participle describes the document before it
            earlier = [(a2, b2) for a2, b2 in spans if b2 < a and a - b2 <= 14]
            if earlier:
                found = owner_of(tokens, *earlier[-1], lo, hi)
        # The readers below are tried in turn until one names an owner. First a filing withheld,
        # made later or still to come, also between the name's words ("the annual report on Form
        # 20-F that Acme will file with the SEC").
        readers = [lambda: withheld_part(tokens, a, lo), lambda: later_filing(tokens, a, lo),
                   # "our correspondence with the staff of the SEC", "confidential submissions to the SEC"
                   lambda: no_filing_sent(tokens, a, lo),
                   # "risks will be described in our Form 10-K for 2025": not written there yet
                   lambda: future_placement(tokens, a, lo),
                   # ... said before the first of a list the name goes on ("will be described in the
                   # Company's proxy statement, Form 8-K, and other reports")
                   lambda: future_placement(tokens, head, lo) if (head := _list_head(tokens, a, spans, lo)) != a else None,
                   lambda: filing_to_come(tokens, last, hi), lambda: filed_later(tokens, a, lo),
                   # "our Form 10-K, once filed with the SEC": filed only when that comes
                   lambda: filed_on_condition(tokens, spans, hi),
                   # "our Form 10-K, the filing of which has been postponed"
                   lambda: filing_put_off(tokens, last, hi),
                   # "once the Company begins filing with the SEC"
                   lambda: filing_not_begun(tokens, a, lo)]
        for b2, next_a in joined:
            readers += [lambda b2=b2, next_a=next_a: filing_to_come(tokens, b2, next_a + 1),
                        lambda next_a=next_a: filed_later(tokens, next_a, lo)]
        factors = "factors" in tokens.words[a : b + 1]
        readers += [
            lambda: other_recipient(tokens, b, hi),
            lambda: foreign_law(tokens, b, hi),
            # "the safe harbor from registration provided by Rule 506", "the Rule 144 safe harbor"
            lambda: exemption_harbor(tokens, a, b, hi),
            lambda: self._law_referred_back(tokens, b, lo, hi),
            lambda: defined_law(tokens, b, hi),
            lambda: other_system(tokens, b, hi),
            lambda: caption_elsewhere(tokens, b, hi) if factors else None,
            lambda: caption_owner(tokens, b, hi) if factors else None,
            lambda: named_filer(tokens, a, b, lo, hi),
            # "the filings of our supplier, including its Form 10-K"
            lambda: possessor_referred_back(tokens, a, lo, spans),
            # ... or before a later name of the same chain: "Brennick describes them under
            # "Risk Factors" in its Form 10-K"
            *[lambda next_a=next_a: possessor_referred_back(tokens, next_a, lo) for _, next_a in joined],
            # "the Form 10-K of our operating partner and subsequent Quarterly Reports on Form 10-Q"
            lambda: sequel_of_anothers(tokens, a, spans, lo, hi),
            # "filings made by our former parent with the SEC"
            lambda: filer_of_filings(tokens, a, lo),
            # "... Form 10-K, Quarterly Reports on Form 10-Q and other documents our former parent filed"
            lambda: owner_of_the_others(tokens, a, last, hi),
            # "the reports the dealer manager files on Forms 10-K and 10-Q"
            lambda: filer_before_form(tokens, a, spans, lo),
        ]
        for read in readers:
            if found is not None:
                break
            found = read()
        if found is None and antecedent:
            # "the filings with the SEC of our contract manufacturer, which are available at
            # the SEC's website": the documents the clause describes have the owner
            described = antecedent_of(tokens, a, spans, lo)
            if described is not None:
                found = self._owner_of_occurrence(tokens, described, spans, lo, hi, antecedent=False)
        return found

    def _law_referred_back(self, tokens: Tokens, b: int, lo: int, hi: int) -> int | None:
        """The owner of a law the part refers back to with "thereby", "thereunder" or "therein"
        ("the safe harbors created thereby") when the sentence before names another country's or
        a state's law ("as defined by the Oregon Securities Act") and none of the proposition's
        other key parts (the U.S. Act itself): its token, or None. Only the one sentence before
        is read."""
        words = tokens.words
        if not any(words[t] in _BACK_REFERENCES for t in range(b + 1, min(hi, b + 4))):
            return None
        same = self._law_earlier_in_sentence(tokens, b, lo, hi)
        if same is not None or lo == 0:
            return same
        previous = sentence_low(tokens, lo - 1, 0)
        if any(self.parts[n].occurrences(tokens, previous, lo) for n in self.negation_on
               if n not in self.owned_parts):
            return None
        for k in range(previous, lo - 1):
            if words[k] in LAW_LINKS or words[k + 1] == "the":  # "as the Nevada Securities Act defines them"
                found = foreign_law(tokens, k, lo)
                if found is not None and words[found] not in LAW_HEADS:  # a named owner
                    return found
        return None


    def _law_earlier_in_sentence(self, tokens: Tokens, b: int, lo: int, hi: int) -> int | None:
        """`_law_referred_back` within the part's own sentence: "forward-looking information within
        the meaning of applicable Canadian securities legislation, which is subject to the safe
        harbour provided thereby" takes up the province's or country's law named before the part,
        when the sentence names no U.S. Act or section (the proposition's other key parts)."""
        if any(self.parts[n].occurrences(tokens, lo, hi) for n in self.negation_on if n not in self.owned_parts):
            return None
        words = tokens.words
        for k in range(lo, b - 1):
            if words[k + 1] in LAW_LINKS:  # "the meaning" + "of applicable Canadian ... legislation"
                found = foreign_law(tokens, k, b)
                if found is not None and words[found] not in LAW_HEADS:  # a named owner
                    return found
        return None


_FILE_VERBS = frozenset("file files".split())
_COORDINATED_FILING_WORDS = 3  # "and will" before "file" + the verb before them ("filed")
_INCLUDING = frozenset("including includes excluding especially particularly notably".split())
_INCLUSION_ASIDE_WORDS = 12


def _in_inclusion_aside(tokens: Tokens, a: int, lo: int) -> bool:
    """Whether token a stands in an aside opened by a comma and "including" ("especially", ...)
    that is still open at a: it names some of what the noun before it names."""
    words = tokens.words
    for t in range(a - 1, max(lo, a - _INCLUSION_ASIDE_WORDS) - 1, -1):
        if tokens.marked(HARD_GAP, t + 1):
            return False
        if words[t] in _INCLUDING:
            return t > lo and "," in tokens.gap(t)
    return False


_OPENING_MODIFIERS = 3  # "Its" + "own" + "forward-looking" before the part


def _possessor_of_sentence_before(tokens: Tokens, a: int, lo: int) -> int | None:
    """Another party that a sentence-opening "Its" or "Their" before the part at token a refers
    back to: the subject of the sentence before, when that is someone else and of the pronoun's
    number ("Halvorsen Marine, our largest customer, also reported. Its forward-looking statements
    speak only as of ..."; "Our dealers reported too. Their forward-looking statements ..."). A
    subject that is the company ("Acme thanks its dealers. Its ...") keeps the statements the
    company's. Its token, or None."""
    words = tokens.words
    start = sentence_low(tokens, a, lo)
    if words[start] not in _OPENING_POSSESSIVES or a - start > _OPENING_MODIFIERS or any(
            HARD_GAP.search(tokens.gap(k)) for k in range(start + 1, a + 1)):
        return None
    found = pronoun_antecedent(tokens, start, start, lo)
    if found is None:
        return None
    word = words[found]
    plural = word.endswith("s") and not word.endswith(("ss", "'s")) and is_owner(words, found)
    if words[start] == "its" and plural:
        return None  # "Our dealers reported. Its ..." cannot be theirs
    return found


_OPENING_POSSESSIVES = frozenset("its their".split())
