"""Denials from outside the clause: words after a proposition that take it back.

A question answered "no", a condition the sentence declares false, a caution reported and then
rejected, filings to be disregarded or since withdrawn, a denial in a following clause ("..., but
none of them is"), and a counterfactual ("would have been described, had we been required to").

One module a kind of denial: questions, concessions, pointers, conditions, cautions, retractions.
"""

from .questions import answered_no, rhetorical_question, asked_in_place, whether_clause
from .concessions import (
    rejected_after, conceded_then_rejected, withdrawn_after_concession, conceded_then_ceased,
    words_denied_by_concession)
from .pointers import (
    disowned_after, withdrawn_after, inapplicable_after, removed_later, emptied_later, emptied_in_aside,
    disregarded_after, disregarded_before, privative_elaborated, causes_eliminated_next,
    filing_standing_lapsed, filed_only_once, pointer_set_aside, filings_leave_out)
from .conditions import (
    denied_condition, met_exception, unreal_then_denied, exception_covers_all, exception_takes_own,
    counterfactual, in_unreal_condition, answers_unreal_condition, awaits_directive,
    answers_fronted_supposition)
from .cautions import (
    caution_lapsed, dismissal_of_caution_denied, possibility_ruled_out_after, caution_taken_back_after,
    reliability_asserted)
from .retractions import (
    denied_after, taken_back_after, retracted_next, contrasted, denied_in_advance, retracted_after)
