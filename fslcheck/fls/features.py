"""What the forward-looking model reads in a sentence: its cues, its place in the document, its words.

Three kinds of feature, each a name (the model, `fslcheck.fls.model`, gives each name a weight):

- the named cues of `fslcheck.fls.cues` (positive ones such as `will`, `expect-verb`,
  `future-date`; false friends such as `not:logistics`, `not:past-expectation`), and how many
  past-tense verbs the sentence has;
- context (`Context`): the sentence sits under an "Outlook" or "Guidance" heading; the sentence
  before it is a forward-looking lead-in that opens a list ("For fiscal 2024 the company
  expects:"); the sentence before it had a future construction, or told of guidance; the
  document is a call transcript (where conversational future, "we're going to", "we'll see",
  carries guidance), and in a transcript who holds the floor (`fslcheck.fls.transcript.Floor`):
  an analyst (whose remarks set up a question and assert nothing for the company), the operator,
  or management, and whether management's turn is the prepared remarks or an answer in the
  questions and answers; the sentence is part of a quotation;
- words: lower-cased words and word pairs (`w:going to`), numbers, years, quarters and fiscal
  years each reduced to a token of their kind (`w:#`, `w:<year>`, `w:<q>`, `w:<fy>`) and common
  endings trimmed ("expects", "expected" -> `w:expect`), only those the model was trained to
  weigh.

Context is built only from cues and headings, never from the model's own earlier verdicts, so
the features of a sentence are the same at training time (`benchmarks/fls_train.py`) as in use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .transcript import Floor, speaker_line

# The cues that make a short line ending in ":" a lead-in to a list of forward-looking items.
_LEAD_IN_CUES = frozenset({"will", "expect-verb", "expected-to", "guidance", "guidance-change", "plan", "range-strong",
                           "on-track", "future-date", "future-relative", "we-future"})
_FUTURE_CUES = frozenset({"will", "expect-verb", "expected-to", "guidance-change", "plan", "on-track", "we-future",
                          "belief-modal", "look-forward"})
_SECTION_HEADING = re.compile(r"\b(?:outlook|guidance|forecast|looking (?:ahead|forward)|expectations|"
                              r"financial targets|(?:19|20)\d\d (?:plans?|priorities|targets|objectives))\b", re.IGNORECASE)
_OTHER_HEADING = re.compile(r"\b(?:about|conference call|webcast|forward[- ]looking|safe harbor|contacts?|"
                            r"non-gaap|reconciliation|results|highlights|financial statements|q&a|questions)\b",
                            re.IGNORECASE)
# (the lookahead, which every branch's first character passes, lets a position no word starts at
# fail on one test instead of on each branch: a third of the time `word_tokens` spends)
_WORD = re.compile(r"(?=[a-z\d$€£])(?:[a-z][a-z'’]*\d*|\d+(?:[.,]\d+)*%?|[$€£])")
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
_PERIOD_TOKEN = re.compile(r"(?:q[1-4]|h[12])(?:(?:19|20)?\d\d)?")
_FY_TOKEN = re.compile(r"(?:fy|f)(?:(?:19|20)?\d\d)")
_ENDINGS = ("ing", "ed", "s")  # trimmed so that "expects", "expected", "expecting" weigh as one
# A speaker's line in a transcript ("Acme Securities, Research Division - Analyst", "Acme Inc. -
# CFO").
_ANALYST_LINE = re.compile(r"\b(?:research division|analyst|equity research|securities|capital markets)\b", re.IGNORECASE)
_MANAGEMENT_LINE = re.compile(r"\b(?:ceo|cfo|coo|chief|president|officer|chairman|director|head of|treasurer|"
                              r"vice president|vp|investor relations|executive)\b", re.IGNORECASE)
_OPERATOR_LINE = re.compile(r"^\W*operator\W*$", re.IGNORECASE)
# Shapes the named cues do not cover: a comparison with an earlier period (results, not
# guidance: "Revenue of $8.25 billion, up 11% year-over-year"); a headline or item opening on a
# guidance verb ("Expects FY24 EPS of", "Raises Full-Year Guidance"); the operator's or host's
# hand-over ("turn the conference over to").
_VERSUS_PRIOR = re.compile(r"\b(?:year[- ](?:over|on)[- ]year|y/y|yoy|q/q|quarter[- ](?:over|on)[- ]quarter|year[- ]ago|"
                           r"prior[- ]year|last year|previous year|same (?:period|quarter) (?:of|in|last)|compared (?:to|with)|"
                           r"versus|(?:up|down) [\d.,]+ ?(?:%|percent|basis points) (?:from|over|versus|vs))\b")
_GUIDANCE_OPENING = re.compile(r"^\W*(?:\w+ ){0,3}(?:expects|raises|reaffirms|reiterates|updates|sees|targets|projects|"
                               r"narrows|lowers|increases|initiates|issues|provides|maintains|affirms|confirms)\b")
_HAND_OVER = re.compile(r"\b(?:turn|hand|pass) (?:the )?(?:call|conference|floor|line|it|things|this) (?:back )?over\b|"
                        r"\bplease go ahead\b|\b(?:next|first) question\b")
# These are matched against the lower-cased sentence, as the cues are (cheaper than a case-blind
# search), and only when it holds a word they cannot match without (a plain `in` test rules most
# sentences out at a fraction of a search's cost).
_VERSUS_NEEDS = ("year", "y/y", "yoy", "q/q", "quarter", "compared", "versus", " vs", "period", "% from", "% over",
                 "percent from", "percent over", "points from", "points over")
_HAND_OVER_NEEDS = (" over", "go ahead", "question")
# A table row's figures side by side ("... $0.22-$0.27 $0.19", "2024 2025 Outlook", "$23.0 billion
# $750 million"): a sentence keeps its figures apart with words.
_FIGURE_RUN = re.compile(r"\d(?:%|\)|\*| ?(?:million|billion|thousand|bps|x))?\s+[$€£(]?-?\d")
# The opening of a company description ("About Carrier Carrier Global Corporation, ... is committed
# to ... for generations to come"): a standing mission, not a plan.
_ABOUT = re.compile(r"^\W*About (?:the )?[A-Z]")
# A change reported as a figure ("up 210 bps", "a 16% and 18% increase"): mostly results.
_CHANGE = re.compile(r"\b(?:up|down|increased?|decreased?|grew|rose|fell|declined?)(?: by)? [\d.,]+ ?(?:%|percent|bps|"
                     r"basis points|points)|\ba [\d.,]+% (?:and [\d.,]+% )?(?:increase|decrease|rise|decline|improvement)")
# An item of an outlook list with an infinitive for its verb ("Adjusted EBITDA to increase
# modestly", "Corporate loss to approximate $115 million"): the newswire shape of a projection.
_INFINITIVE_ITEM = re.compile(r"^\W*((?:[\w$*&/()'.,%-]+ ){1,12}?)to (?:increase|decrease|grow|decline|be|approximate|range|"
                              r"improve|remain|rise|fall|exceed|reach|total|expand|contract|accelerate|moderate|"
                              r"approach)\b")
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|we|i|you|they|he|she|it|our|its|need|needs|want|"
                     r"wants|seem|seems|[a-z]{3,}ed)\b")
_PARTICIPLES = re.compile(r"\b(?:adjusted|diluted|weighted|combined|consolidated|reported|related|based|expected|projected|"
                          r"anticipated|estimated|excluded|annualized|unlevered|levered)\b")
_SAID = re.compile(r"\b(?:said|says|added|commented|stated|noted|explained|continued)\b")
_SMALL = frozenset({"a", "an", "and", "of", "the", "for", "to", "in", "on", "at", "by", "with", "or", "&"})
_ITEM_WORDS = 60


def is_heading(text: str) -> bool:
    """A short line without a closing full stop, mostly capitalised words: a section heading."""
    words = text.strip(" •·▪-–—*#").split(None, 10)  # an 11th piece means more than 10 words: no need to split them all
    if not words or len(words) > 10 or text.rstrip()[-1] in ".!?;,":
        return False
    big = [w for w in words if w.lower() not in _SMALL]
    return bool(big) and sum(w[:1].isupper() or w[:1].isdigit() for w in big) >= 0.75 * len(big)


@dataclass
class Context:
    """What the sentences before this one say about it. Feed every sentence of a document, in
    order, to `advance`; `reset_previous` when the next sentence given is not adjacent."""

    transcript: bool = False
    section: str | None = None          # "outlook" under an outlook/guidance heading, "about" under an
                                        # "About <company>" heading, else None
    previous_text: str = ""
    previous_cues: frozenset[str] = field(default_factory=frozenset)
    speaker: str | None = None          # in a transcript: "analyst", "operator" or "management"
    floor: Floor | None = None          # in a transcript: who holds the floor (made on first use)
    in_quote: bool = False              # a quotation opened before this sentence is still open

    def flags(self) -> list[str]:
        out = []
        if self.transcript:
            out.append("ctx:transcript")
            if self.speaker:
                out.append("ctx:speaker-" + self.speaker)
            turn = self.floor.turn() if self.floor is not None else None
            if self.floor is not None and self.floor.opening():
                out.append("ctx:turn-opening")
            if turn in ("prepared", "answer") or (turn and self.floor.marked):
                # an analyst's or the operator's turn only where the transcript names its speakers
                # (`fslcheck.fls.classify` then rules it out: not the company's statement)
                out.append("ctx:turn-" + turn)
        if self.section == "outlook":
            out.append("ctx:outlook-section")
        elif self.section == "about":
            out.append("ctx:about-section")
        if self.in_quote:
            out.append("ctx:in-quote")
        if "guidance" in self.previous_cues or "guidance-change" in self.previous_cues:
            out.append("ctx:previous-guidance")
        stripped = self.previous_text.rstrip(" •·▪-–—")
        if stripped.endswith(":") and self.previous_cues & _LEAD_IN_CUES:
            out.append("ctx:lead-in")
        if self.previous_cues & _FUTURE_CUES and not stripped.endswith(":"):
            out.append("ctx:previous-future")
        return out

    def advance(self, text: str, cues: list[str]) -> None:
        if is_heading(text):
            if _ABOUT.match(text):
                self.section = "about"
            elif _SECTION_HEADING.search(text) and not _OTHER_HEADING.search(text):
                self.section = "outlook"
            elif self.section and _OTHER_HEADING.search(text) or len(text.split()) <= 4:
                self.section = None
        if self.transcript:
            self._follow_speaker(text)
        self.in_quote = _quote_open_after(text, self.in_quote)
        self.previous_text = text
        self.previous_cues = frozenset(cues)

    def _follow_speaker(self, text: str) -> None:
        """Who holds the floor after `text` (see `fslcheck.fls.transcript.Floor`)."""
        if self.floor is None:
            self.floor = Floor()
        self.floor.follow(text)
        self.speaker = self.floor.role

    def label(self, label: str) -> None:
        """A transcript's speaker label cut off the sentence that follows ("Operator", "Tim Cook
        -- CEO"): that speaker holds the floor."""
        if self.transcript:
            if self.floor is None:
                self.floor = Floor()
            self.floor.label(label)
            self.speaker = self.floor.role

    def reset_previous(self) -> None:
        self.previous_text = ""
        self.previous_cues = frozenset()
        self.speaker = None
        if self.floor is not None:  # who speaks after a gap is unknown; the section and the names stay
            self.floor.role, self.floor.name, self.floor.called = None, "", False
        self.in_quote = False


def title_line(text: str) -> str | None:
    """The role a transcript's speaker line names ("Acme Securities, Research Division - Analyst":
    "analyst"; "Widget Corp. - CFO": "management"; "Operator": "operator"), else None."""
    if _OPERATOR_LINE.match(text):
        return "operator"
    if len(text.split()) > 14 or text.rstrip().endswith((".", "?", "!")):
        return None
    if _ANALYST_LINE.search(text):
        return "analyst"
    if _MANAGEMENT_LINE.search(text):
        return "management"
    return None


_OPENING_QUOTE = re.compile(r'“|"(?=[\w$(‘\'])')  # a straight quote before a word opens


def _quote_open_after(text: str, open_before: bool) -> bool:
    """Is a quotation still open after `text`? The last quote mark decides: an opening one (curly,
    or straight before a word) leaves it open, any other closes it. Straight quotes are read by
    their position rather than toggled, because segmentation leaves a sentence's leading quote
    outside its text and a toggle would then stay open for the rest of the document."""
    last = max(text.rfind("“"), text.rfind("”"), text.rfind('"'))
    return open_before if last < 0 else bool(_OPENING_QUOTE.match(text, last))


_TOKENS: dict[str, str] = {}  # a word as found -> as it weighs
_TOKENS_KEPT = 1 << 16


def _token(token: str) -> str:
    """A word reduced to what it weighs as: numbers, years, quarters and fiscal years by kind,
    common endings trimmed."""
    if token[0].isdigit():
        if _YEAR_TOKEN.fullmatch(token):
            return "<year>"
        return "#%" if token.endswith("%") else "#"
    if not token[-1].isdigit():
        for ending in _ENDINGS:
            if len(token) > len(ending) + 3 and token.endswith(ending) and not token.endswith("ss"):
                return token[: -len(ending)]
        return token
    if _PERIOD_TOKEN.fullmatch(token):
        return "<q>"
    if _FY_TOKEN.fullmatch(token):
        return "<fy>"
    return token.rstrip("0123456789") or "#"


@dataclass(frozen=True)
class WeightedWords:
    """The `w:` features a model gives a weight: a word or pair without one adds nothing to a
    score, so a model's reader need not build it (the bulk of a sentence's features)."""

    singles: frozenset[str]  # the words (as they weigh, without "w:") weighed alone
    pairs: dict[str, frozenset[str]]  # a pair's first word -> its second words
    # the same as feature names, looked up by word and by pair of words (`words` filters a
    # sentence's words and pairs with them in one pass each, without building a name per word)
    single_names: dict[str, str] = field(init=False, repr=False, compare=False)
    pair_names: dict[tuple[str, str], str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "single_names", {word: "w:" + word for word in self.singles})
        object.__setattr__(self, "pair_names", {(first, second): f"w:{first} {second}"
                                                for first, seconds in self.pairs.items() for second in seconds})

    @classmethod
    def of(cls, names) -> WeightedWords:
        singles, pairs = set(), {}
        for name in names:
            if name.startswith("w:"):
                first, space, second = name[2:].partition(" ")
                if space:
                    pairs.setdefault(first, set()).add(second)
                else:
                    singles.add(first)
        return cls(frozenset(singles), {k: frozenset(v) for k, v in pairs.items()})


def word_tokens(lower: str) -> list[str]:
    """The words of a lower-cased sentence as they weigh (`_token`), in order, repeats kept."""
    if len(_TOKENS) > _TOKENS_KEPT:
        _TOKENS.clear()
    found = _WORD.findall(lower.replace("’", "'"))
    tokens = list(map(_TOKENS.get, found))  # a document repeats its words: each is reduced once
    if None in tokens:
        tokens = [token if token is not None else _TOKENS.setdefault(word, _token(word))
                  for token, word in zip(tokens, found)]
    return tokens


def words(text: str, weighted: WeightedWords | None = None, lower: str | None = None) -> list[str]:
    """Lower-cased words and word pairs of a sentence, as `w:` features (with `weighted`, only
    those it holds). `lower`: `text.lower()`, when the caller has it already."""
    tokens = word_tokens(text.lower() if lower is None else lower)
    following = tokens[1:]
    if weighted is None:
        return ["w:" + token for token in tokens] + [f"w:{a} {b}" for a, b in zip(tokens, following)]
    out = list(filter(None, map(weighted.single_names.get, tokens)))
    out += filter(None, map(weighted.pair_names.get, zip(tokens, following)))
    return out


def features(text: str, cues: list[str], context: Context | None = None,
             weighted: WeightedWords | None = None) -> list[str]:
    """Every feature name of a sentence (cues, counts, context, words), without repeats. With
    `weighted`, the words and pairs it does not hold are left out (they would weigh nothing)."""
    out, lower = named_features(text, cues, context)
    out += words(text, weighted, lower)
    return list(dict.fromkeys(out))


def named_features(text: str, cues: list[str], context: Context | None = None) -> tuple[list[str], str]:
    """The features of `features` other than the words (repeats kept), in the same order, and
    the lower-cased sentence. No such name starts with "w:", so `features` lists these first and
    the words after them."""
    out = list(cues)
    lower = text.lower()
    past = _past_count(lower)
    out.append("past:none" if not past else "past:one" if past == 1 else "past:many")
    length = len(text.split(None, _ITEM_WORDS + 1))  # (past the long bound no word need be split off)
    out.append("len:short" if length <= 6 else "len:long" if length > _ITEM_WORDS else "len:mid")
    digit = _DIGIT.search(text) is not None
    if digit:
        out.append("has-number")
    future = [c for c in cues if c in _FUTURE_CUES or c in ("should", "range-strong", "future-date", "future-relative")]
    if future:  # a false friend matters when it explains a future construction away
        out += [c + "&future" for c in cues if c.startswith("not:")]
    flags = context.flags() if context is not None else []
    if _needs(lower, _VERSUS_NEEDS) and _VERSUS_PRIOR.search(lower):
        out.append("f:versus-prior")
    if digit and _FIGURE_RUN.search(text):
        out.append("f:figure-run")
    if digit and _CHANGE.search(lower):
        out.append("f:change-figure")
    item = _INFINITIVE_ITEM.match(lower) if " to " in lower else None
    if item and not _FINITE.search(_PARTICIPLES.sub(" ", item.group(1))):
        out.append("f:infinitive-item")
    if _ABOUT.match(text):
        out.append("f:about-paragraph")
    if _GUIDANCE_OPENING.match(lower):
        out.append("f:guidance-opening")
    if _needs(lower, _HAND_OVER_NEEDS) and _HAND_OVER.search(lower):
        out.append("f:hand-over")
    if "“" in text or ('"' in text and _SAID.search(lower)):  # a quotation (straight quotes also mark titles)
        out.append("ctx:quoted")
    if context is not None and context.transcript and (title_line(text) or speaker_line(text)):
        out.append("f:speaker-line")  # a speaker's name and title: no statement at all
    # Being in a transcript says nothing by itself (a cross-validated model leant on it and
    # flagged a held-out call's results); it weighs through the constructions it changes.
    out += [flag for flag in flags if flag != "ctx:transcript"]
    for flag in flags:  # context matters through what the sentence itself holds
        if flag in ("ctx:outlook-section", "ctx:lead-in"):
            if "has-number" in out:
                out.append(flag + "&number")
            if "figure-item" in cues or "range" in cues:
                out.append(flag + "&figure")
        if flag == "ctx:transcript":
            out += [flag + "&" + c for c in cues if c in ("will", "we-future", "modal", "should", "expect-verb")]
        if flag in ("ctx:turn-prepared", "ctx:turn-answer"):  # scripted remarks and spoken answers differ
            out += [flag + "&" + c for c in cues if c in ("will", "we-future", "modal", "should", "expect-verb")]
        if flag == "ctx:speaker-analyst" and future:  # an analyst's future is the question's, not the company's
            out.append(flag + "&future")
    return out, lower


_PAST = re.compile(r"\b(?:was|were|had|did|\w{3,}ed)\b")  # matched against the lower-cased sentence
# A match of `_PAST` is a whole word (it starts and ends on a word boundary and is all word
# characters): "was", "were", "had", "did", or a word of five or more characters ending in "ed".
# Those two kinds are counted apart, each with a pattern that is quicker to search: the "ed" of
# a long word, found from its literal, with the three word characters before it looked at
# behind; and the four short words.
_PAST_ED = re.compile(r"ed\b(?<=\w\w\wed)")
_PAST_SHORT = re.compile(r"\b(?:was|were|had|did)\b")


def _past_count(lower: str) -> int:
    """How many matches `_PAST` has in `lower`, counted up to 2 (none, one or many)."""
    count = 0
    for pattern in (_PAST_ED, _PAST_SHORT):
        found = pattern.search(lower)
        if found is not None:
            count += 1
            if count == 2 or pattern.search(lower, found.end()) is not None:
                return 2
    return count


_DIGIT = re.compile(r"\d")


def _needs(lower: str, literals: tuple[str, ...]) -> bool:
    """Does `lower` hold one of `literals`? (A plain loop: cheaper than any() over a generator.)"""
    for literal in literals:
        if literal in lower:
            return True
    return False
