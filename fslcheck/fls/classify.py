"""Is a sentence forward-looking? A weighed decision over named linguistic features.

A sentence's features (`fslcheck.fls.features`) are the cues of `fslcheck.fls.cues` (future and
planning constructions such as "will", "expects to", "is expected to", "plans to", "on track to",
"we're going to"; guidance words and figure ranges; dates after the release; and the false
friends: logistics, administration, expectations reported in the past, risk-factor hedges,
legend language, questions, headings and table rows), the sentence's place in the document (under
an "Outlook" heading, after a forward-looking lead-in, in a call transcript) and its words. A
logistic regression (`fslcheck.fls.model`, trained on the tune half of the labelled set with its
settings chosen by cross-validation by company) weighs them; the verdict names the features that
weighed most, so every decision stays explainable.

Three rules stand outside the weights:

1. a sentence of the document's own legend is never forward-looking (it describes forward-looking
   statements, it does not make them);
2. in a call transcript that names its speakers, a sentence of an analyst's turn (a question and
   the remarks that set it up) or of the operator's is not the company's statement, so not its
   forward-looking statement (`ctx:turn-question`, `ctx:turn-operator`: see
   `fslcheck.fls.transcript.Floor`);
3. in a document (`Reader`), the items of a list whose lead-in was judged forward-looking ("For
   fiscal 2021 the company expects:") are forward-looking too (`follow_list`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .cues import fired
from .features import Context, features, named_features
from .model import Model, load

_REASONS = {  # the feature that weighed most against, in a reader's words
    "not:legend-language": "cautionary language",
    "not:question": "a question",
    "not:table-or-heading": "a heading or table row",
    "not:heading": "a heading or table row",
    "not:logistics": "logistics",
    "not:administrative": "administrative terms",
    "not:past-expectation": "an expectation reported in the past",
    "not:risk-hedge": "a risk-factor hedge",
    "not:past-verb": "told of the past",
    "not:past-date": "told of the past",
    "not:results-announcement": "told of the past",
    "not:accounting": "accounting or terms",
    "not:conditional": "a condition, not a statement",
    "f:hand-over": "logistics",
    "not:call-agenda": "the call's own agenda",
    "not:refusal": "declines to forecast",
    "not:versus-guidance": "a result measured against earlier guidance",
    "not:disclosure": "a promise about disclosure",
    "not:column-header": "a heading or table row",
    "f:figure-run": "a heading or table row",
    "f:about-paragraph": "a company description",
    "not:non-gaap-note": "an explanation of non-GAAP measures",
    "not:your-forecast": "someone else's forecast",
    "f:change-figure": "told of the past",
    "not:mission": "a standing mission",
    "not:past-belief": "a belief about the past",
}
_LIST_ITEM = "an item of a forward-looking list"
_NOT_THE_COMPANYS = {"ctx:turn-question": "an analyst's turn", "ctx:turn-operator": "the operator's turn"}
_ITEM_WORDS = 60  # an item of a guidance list is a phrase or a sentence, not a paragraph
# What an item's own words say it is, whatever list it is in: cautionary language, a question, a
# column header, or a figure reported against earlier guidance ("Prior outlook of up 3% to 5% was
# impacted by ...").
_NO_ITEM = frozenset({"not:legend-language", "not:question", "not:column-header", "not:past-expectation",
                      "not:versus-guidance"})


@dataclass(frozen=True)
class Verdict:
    """The classifier's answer for one sentence: the decision and the cues behind it."""

    forward_looking: bool
    cues: list[str] = field(default_factory=list)  # the named cues that fired, the weightiest first
    reason: str = ""  # what decided, in a few words
    probability: float = 0.0


def _named(name: str) -> bool:
    return not name.startswith(("w:", "past:", "len:", "has-number")) and "&" not in name


# What the labelling rules exclude by definition (RULES.md): when every sign of the future in a
# sentence is one such a false friend explains ("the webcast will be available", "will continue
# to receive his base salary", a question, the legend's language), the sentence is not
# forward-looking whatever the weights say; a guidance word or an expectation verb beside it is
# a second clause the false friend does not explain, and the weights decide.
_FUTURE = frozenset({"will", "expect-verb", "expected-to", "guidance", "guidance-change", "range-strong", "range", "plan",
                     "on-track", "positioned", "look-forward", "should", "potential-to", "future-relative", "future-date",
                     "continue-future", "belief-modal", "we-future", "prospective", "figure-item", "effect"})
_EXPLAINS = {
    "not:legend-language": _FUTURE,
    "not:question": _FUTURE,
    "not:logistics": frozenset({"will", "plan", "continue-future", "look-forward", "expected-to", "we-future",
                                "future-date", "future-relative"}),
    "not:administrative": frozenset({"will", "continue-future", "future-date", "future-relative", "figure-item"}),
    # Declining to guide ("we are not providing guidance at this time", "we won't give quarterly
    # guidance"): the guidance named and the future of the refusal itself are what it declines; an
    # expectation or a figure beside it is a second clause and weighs.
    "not:refusal": frozenset({"will", "we-future", "guidance", "guidance-change"}),
    # The note on non-GAAP measures ("the metrics within the company's outlook are non-GAAP measures
    # ... cannot, without unreasonable efforts, forecast ..."): the outlook it names and the verbs
    # of forecasting it denies are the note's subject; a figure or range beside them still weighs.
    "not:non-gaap-note": frozenset({"guidance", "guidance-change", "will", "expect-verb", "we-future"}),
    # A belief or estimate about what has happened ("we estimate that we outpaced our markets").
    "not:past-belief": frozenset({"expect-verb", "belief-modal"}),
    # the host's or operator's hand-over ("I would now like to turn the conference over to"): logistics
    "f:hand-over": frozenset({"will", "plan", "look-forward", "we-future", "future-relative"}),
}


def _explained_away(cues: list[str]) -> str | None:
    future = _FUTURE.intersection(cues)
    for false_friend, explains in _EXPLAINS.items():
        if false_friend in cues and future <= explains:
            return false_friend
    return None


# A heading or table row with no cue for the future at all ("Operating Expenses Reduced by 21%",
# a row of figures) is not forward-looking by RULES.md, and the weights need not be asked: such
# lines are half of a filing's sentences. One with any such cue ("2025 Outlook: revenue of $5 to
# $6 billion", "Launch Expected in 2025") is weighed as any sentence is.
_SHAPES = ("not:table-or-heading", "not:heading", "not:column-header")


def _bare_shape(cues: list[str]) -> str | None:
    for shape in _SHAPES:
        if shape in cues:
            return shape if all(c.startswith("not:") for c in cues) else None
    return None


def _explained(cues: list[str], extra: list[str] = ()) -> Verdict | None:
    """The verdict for a sentence whose every sign of the future a false friend among `cues`
    (and `extra`, features that act as one) explains away, else None."""
    false_friend = _explained_away(cues + extra if extra else cues)
    if false_friend is None:
        return None
    return Verdict(False, [false_friend] + [c for c in cues if c != false_friend], _REASONS[false_friend], 0.0)


def judge(names: list[str], cues: list[str], model: Model, cues_explained: bool | None = None,
          probability: float | None = None) -> Verdict:
    """The verdict for a sentence whose features are `names` (and named cues `cues`).
    `cues_explained`: whether `_explained(cues)` gave a verdict, when the caller knows already.
    `probability`: the model's, when the caller has weighed the sentence already; then `names`
    need only hold its named features (the words weigh, but they neither explain nor list)."""
    # "f:hand-over" comes last in `_EXPLAINS`: with or without it, a false friend among the cues
    # is found first, so `_explained(cues)` alone gives the same verdict when it gives one.
    if "f:hand-over" in names or cues_explained is not False:
        explained = _explained(cues, ["f:hand-over"] if "f:hand-over" in names else [])
        if explained is not None:
            return explained
    for turn, reason in _NOT_THE_COMPANYS.items():
        if turn in names:
            return Verdict(False, [turn] + cues, reason, 0.0)
    if probability is None:
        probability = model.probability(names)
    weighed = model.contributions(names)
    decision = probability >= model.threshold
    order = [n for n, w in weighed if _named(n) and (w > 0) == decision]
    order += [c for c in cues if c not in order]
    for name in names:  # the context flags; the words, last in `names`, are many and never listed
        if name.startswith("w:"):
            break
        if name.startswith("ctx:") and "&" not in name and name not in order:
            order.append(name)
    if decision:
        positive = [n for n, w in weighed if w > 0 and _named(n)]
        reason = "weighed forward-looking: " + ", ".join(positive[:3]) if positive else "weighed forward-looking"
    else:
        against = [n for n, w in weighed if w < 0 and n in _REASONS]
        reason = _REASONS[against[0]] if against else "no sign of the future"
    return Verdict(decision, order, reason, probability)


def classify(text: str, release_date: date | None = None, in_legend: bool = False,
             context: Context | None = None, model: Model | None = None) -> Verdict:
    """Judge one sentence. `release_date` lets dates count as future or past; `in_legend` marks a
    sentence of the document's own safe-harbor legend (never forward-looking); `context` is what
    the document said before it (none for a sentence on its own)."""
    cues = fired(text, release_date)
    if in_legend:
        return Verdict(False, ["legend"] + cues, "part of the legend")
    model = model or load(alone=context is None)
    return judge(features(text, cues, context, model.words), cues, model)


_BULLET_END = re.compile(r"(?:[:;]|\s[•·▪*\-–—])\s*$")  # the line before an item ends with its bullet or a colon


def follow_list(verdict: Verdict, text: str, lead: Verdict | None, previous_text: str) -> tuple[Verdict, Verdict | None]:
    """The verdict for a sentence that may be an item of a forward-looking list, and the lead-in
    of the forward-looking list open after it (None when none is).

    A list opens with a forward-looking lead-in ending in a colon ("For fiscal 2021 the company
    expects:"); each item after it that reads as an item (its line is bulleted, or it starts in
    lower case, or it is a figure: "tax rate of approximately 17 percent") is forward-looking as
    the lead-in is, as likely as the lead-in, and keeps the list open; anything else closes it."""
    if lead is not None and item_shaped(text, verdict.cues, previous_text):
        if not verdict.forward_looking and len(text.split()) <= _ITEM_WORDS \
                and not (_NO_ITEM & set(verdict.cues)):
            verdict = Verdict(True, ["list-item"] + verdict.cues, _LIST_ITEM, lead.probability)
        if verdict.forward_looking:  # an item judged forward-looking on its own (a long one too) keeps the list open
            return verdict, lead
    opens = verdict.forward_looking and lead_in_shaped(text)
    return verdict, verdict if opens else None


def item_shaped(text: str, cues: list[str], previous_text: str) -> bool:
    """Whether a sentence reads as an item of a list open before it (`follow_list`): the line
    before it ends with a bullet or a colon, or it starts in lower case, or it is a figure. `cues`:
    its verdict's (which hold "figure-item" exactly when its fired cues do)."""
    return bool(_BULLET_END.search(previous_text)) or text[:1].islower() or "figure-item" in cues


def lead_in_shaped(text: str) -> bool:
    """Whether a sentence ends as a list's lead-in does (a colon, perhaps before a bullet): judged
    forward-looking, it opens a list (`follow_list`)."""
    return text.rstrip(" •·▪*-–—").endswith(":")


class Reader:
    """Judges the sentences of one document in order, each knowing what came before it."""

    def __init__(self, release_date: date | None = None, transcript: bool = False, model: Model | None = None) -> None:
        self.release_date = release_date
        self.context = Context(transcript=transcript)
        self.model = model or load()
        self.lead: Verdict | None = None  # the lead-in of the forward-looking list open, if any
        self.previous_text = ""

    def judge(self, text: str, in_legend: bool = False) -> Verdict:
        if in_legend:  # never forward-looking: not worth matching a cue in it (a 10-K's legend is long)
            verdict = Verdict(False, ["legend"], "part of the legend")
            self.context.advance(text, [])
            self.lead, self.previous_text = None, text
            return verdict
        cues = fired(text, self.release_date)
        # A sentence whose false friend explains its every sign of the future is judged on its
        # cues alone (`judge` would say the same whatever its other features): not worth building them.
        verdict = _explained(cues) or self._bare(cues) or self._weighed(text, cues)
        verdict, self.lead = follow_list(verdict, text, self.lead, self.previous_text)
        self.context.advance(text, cues)
        self.previous_text = text
        return verdict

    def take(self, text: str, verdict: Verdict, cues: frozenset[str], kept: bool) -> None:
        """Take in a sentence another reader judged in the state this one is in (`verdict`, with
        its cues, and `kept`: whether the list open before it stayed open), as `judge` would
        have: the list open after it is the same one when kept, else the sentence itself when it
        opens one (a verdict not kept is the sentence's own, not an item's)."""
        if not kept:
            self.lead = verdict if verdict.forward_looking and lead_in_shaped(text) else None
        self.context.advance(text, cues)
        self.previous_text = text

    def _weighed(self, text: str, cues: list[str]) -> Verdict:
        """`judge(features(text, cues, self.context, self.model.words), cues, self.model)`, the
        words weighed without being named (`Model.probability_with_words`): a long sentence has
        a hundred of them, and they neither explain a verdict nor are listed in it."""
        named, lower = named_features(text, cues, self.context)
        named = list(dict.fromkeys(named))
        return judge(named, cues, self.model, cues_explained=False,
                     probability=self.model.probability_with_words(named, lower))

    def _bare(self, cues: list[str]) -> Verdict | None:
        """The verdict for a heading or table row without any cue for the future (`_bare_shape`),
        with the context flags the weights would have listed; an analyst's or the operator's turn
        is named as `judge` names it."""
        shape = _bare_shape(cues)
        if shape is None:
            return None
        flags = [flag for flag in self.context.flags() if flag != "ctx:transcript"]
        for turn, reason in _NOT_THE_COMPANYS.items():
            if turn in flags:
                return Verdict(False, [turn] + cues + [f for f in flags if f != turn], reason, 0.0)
        return Verdict(False, [shape] + [c for c in cues if c != shape] + flags, _REASONS[shape], 0.0)

    def gap(self) -> None:
        """The next sentence given is not the one after the last (a sampled document)."""
        self.context.reset_previous()
        self.lead, self.previous_text = None, ""
