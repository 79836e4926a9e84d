"""One document's sentences, each judged: the view `fslcheck fls` prints and the checks use.

`scan(text, legend_spans, release_date)` cuts the document text into sentences
(`fslcheck.fls.segment`), marks those inside the document's own legend (spans in document-text
offsets, as `fslcheck.checks.legend` finds them), classifies each with the sentence before it as
context, and gives every forward-looking one a topic; `Scan` does the same only as far as a
caller asks (the first forward-looking sentence, the sentences up to some point).
`stated_date(text)` is the date a release states near its top ("CUPERTINO, California — January
18, 2011 —"), or the date a call transcript states for the call
(`fslcheck.fls.transcript.call_date`), used when no release date is given.
"""

from __future__ import annotations

from bisect import bisect_right
from contextlib import nullcontext
import re
from dataclasses import dataclass
from datetime import date
from itertools import islice

from ..months import PATTERN as MONTH, month_number
from ..normalise import Canonical
from .classify import Reader, Verdict, classify, item_shaped, lead_in_shaped
from .cues import fired, primed
from .segment import Sentence, each_sentence
from .topics import topic_of
from .transcript import Floor, call_date, is_call_transcript

_DATE = re.compile(r"\b" + MONTH + r"\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
# A number OCR damaged with a look-alike letter ("2o04", "l8") still reads as the number.
_OCR_DIGITS = re.compile(r"\b(?=[0-9oOlIS]*[0-9])[0-9oOlIS]{2,4}\b")
_DIGIT_LOOKALIKES = str.maketrans("oOlIS", "00115")
# A number damaged so stands beside a digit: a run of those characters holding a digit and a
# look-alike holds the two side by side. Without such a pair, `_OCR_DIGITS` changes nothing (most
# documents: the pass over their first words is spared).
_LOOKALIKE_BY_DIGIT = re.compile(r"[0-9][oOlIS]|[oOlIS][0-9]")
_STATED_WORDS = 400  # a release states its date in its first lines (dateline, cover page)
# The first _STATED_WORDS runs of non-space, each taken whole (possessive: a run is never split to
# make up the count), so the match ends where the last of them does.
_STATED_WINDOW = re.compile(rf"(?:\s*+\S++){{{_STATED_WORDS}}}")
# `_DATE` as written (lower case), for a lower-cased text: the same matches as the case-blind
# search, faster, where lower-casing changes no length and no character class and the text holds
# none of the letters a case-blind pattern reads as ASCII ones while their lower case is not
# (the dotless i, the long s) or is longer (the dotted capital I).
_DATE_AS_WRITTEN = re.compile(_DATE.pattern)
_CASE_BLIND_ONLY = "\u0130\u0131\u017f"
# ... and those letters read as the ASCII ones the case-blind match took them for ("ſeptember")
_AS_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def _dates(head: str):
    """`_DATE.finditer(head)`, its months read in whatever case `head` writes them."""
    if any(c in head for c in _CASE_BLIND_ONLY):
        return _DATE.finditer(head)
    return _DATE_AS_WRITTEN.finditer(head.lower())


@dataclass(frozen=True)
class Judged:
    """A sentence of the document with the classifier's verdict."""

    sentence: Sentence
    verdict: Verdict
    in_legend: bool
    topic: str | None  # only for forward-looking sentences

    @property
    def forward_looking(self) -> bool:
        return self.verdict.forward_looking


def stated_date(text: str) -> date | None:
    """The first full date in the first words of a document ("January 18, 2011", "2024-02-01");
    for a call transcript, the date it states for the call (none when it states none: the first
    date a call names is as often a filing's or a period's end).

    The window is counted in words, not characters, so that rewrapping or re-encoding a document
    (HTML, PDF, Word) does not move a date in or out of it."""
    found = _stated(text)
    return found[0] if found is not None else None


def stated_issue(text: str) -> tuple[date, bool] | None:
    """`stated_date(text)` with whether it is the end of a period the document covers ("For the
    fiscal year ended December 31, 2025" on a 10-K's cover) rather than a day the document is
    issued or held on (a dateline, a call's date): a periodic report speaks weeks or months
    after the period it covers ends, a release on the day its dateline gives."""
    found = _stated(text)
    if found is None:
        return None
    when, start, head = found
    return when, start >= 0 and _CLOSES_PERIOD.search(head, max(0, start - 40), start) is not None


# Words right before a date that make it the end of a period, not an issue date: "year ended",
# "quarterly period ended", "fiscal year end:", "for the period through", a cover page's "As of".
_CLOSES_PERIOD = re.compile(r"\b(?:ended|ending|end|through|as\s+(?:of|at))\W{0,3}$", re.IGNORECASE)
# a period the document says has ended ("the quarter ended September 30, 2021", "three months
# ended"): the document is made after that date, whatever else it states
_ENDED_DATE = re.compile(r"\bended\W{0,3}" + MONTH + r"\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_ENDED_WINDOW = re.compile(r"(?:\s*+\S++){3000}")


def latest_period_end(text: str) -> date | None:
    """The latest date a period the document's first words say has ended ("results for the
    quarter ended September 30, 2021"): a bound the document's own date cannot be earlier than,
    for a document that states no date of its own. None when it names no ended period."""
    window = _ENDED_WINDOW.match(text)
    head = text[: window.end() if window is not None else len(text)]
    latest = None
    for match in _ENDED_DATE.finditer(head):
        month = month_number(match.group(1).translate(_AS_ASCII).lower())
        try:
            when = date(int(match.group(3)), month, int(match.group(2))) if month else None
        except ValueError:
            when = None
        if when is not None and (latest is None or when > latest):
            latest = when
    return latest


def _stated(text: str) -> tuple[date, int, str] | None:
    """`stated_date`'s date, where it starts in `head` (-1 for a call's date) and `head`, the
    document's first words."""
    if is_call_transcript(text):
        called = call_date(text)
        return (called, -1, "") if called is not None else None
    window = _STATED_WINDOW.match(text)  # (fewer words than the window: all of them)
    end = window.end() if window is not None else len(text)
    head = text[:end]
    if _LOOKALIKE_BY_DIGIT.search(head):
        head = _OCR_DIGITS.sub(lambda m: m.group(0).translate(_DIGIT_LOOKALIKES), head)
    found = []
    for match in _dates(head):
        month = month_number(match.group(1).translate(_AS_ASCII).lower())
        if month is None:
            continue
        found.append((match.start(), month, int(match.group(2)), int(match.group(3))))
    for match in _ISO.finditer(head):
        found.append((match.start(), int(match.group(2)), int(match.group(3)), int(match.group(1))))
    for start, month, day, year in sorted(found):
        try:
            return date(year, month, day), start, head
        except ValueError:
            continue
    return None


class Scan:
    """A document's sentences, judged in order as far as a caller asks: a check that needs only
    the first forward-looking sentence, or the sentences up to some point, does not pay for the
    rest (a 10-K has a thousand). A judgment depends on what came before it, so `upto` judges
    from the start, each sentence once; `some` judges chosen sentences with only what their
    verdicts depend on (the same verdicts).

    `transcript` says whether the document is a call transcript (found out from the text when
    not given)."""

    def __init__(self, text: str, legend_spans: list[tuple[int, int]] = (), release_date: date | None = None,
                 canonical: Canonical | None = None, transcript: bool | None = None) -> None:
        if transcript is None:
            transcript = is_call_transcript(text)
        self.release_date = release_date
        self.transcript = transcript
        self.reader = Reader(release_date, transcript)
        if transcript:
            self.reader.context.floor = Floor.of(text)  # the participants list, wherever the call puts it
        merged = _merged(legend_spans)
        # every sentence with whether it lies in the legend, cut from the text as far as asked
        self._cutting = ((s, _inside(merged, s.start)) for s in each_sentence(text, canonical))
        self._cut: list[tuple[Sentence, bool]] = []
        self._judged: list[Judged] = []
        # sentences `some` judged ahead of `upto`: index -> (judged, cues, whether a list stayed open)
        self._known: dict[int, tuple[Judged, frozenset[str], bool]] = {}

    @property
    def sentences(self) -> list[tuple[Sentence, bool]]:
        """Every sentence of the document, with whether it lies in the legend."""
        self._cut.extend(self._cutting)
        return self._cut

    def __len__(self) -> int:
        return len(self.sentences)

    @property
    def judged_so_far(self) -> int:
        return len(self._judged)

    @property
    def judged_at_all(self) -> int:
        """How many sentences have been judged, in order (`upto`) or on their own (`some`)."""
        return len(self._judged) + sum(1 for index in self._known if index >= len(self._judged))

    def upto(self, count: int) -> list[Judged]:
        """The first `count` sentences (all of them, when there are fewer), judged."""
        done = len(self._judged)
        if count > done:
            if count > len(self._cut):
                self._cut.extend(islice(self._cutting, count - len(self._cut)))
            batch = self._cut[done:count]
            known = self._known
            # the cues of the batch's sentences outside the legend, matched in one pass (`_primed`)
            with _primed([s.text for index, (s, in_legend) in enumerate(batch, done)
                          if not in_legend and index not in known], self.release_date):
                for index, (sentence, in_legend) in enumerate(batch, done):
                    if sentence.speaker:
                        self.reader.context.label(sentence.speaker)
                    if index in known:  # judged by `some` in the state this reader is in: taken in
                        judged, cues, kept = known[index]
                        self.reader.take(sentence.text, judged.verdict, cues, kept)
                        self._judged.append(judged)
                        continue
                    verdict = self.reader.judge(sentence.text, in_legend)
                    topic = topic_of(sentence.text) if verdict.forward_looking else None
                    self._judged.append(Judged(sentence, verdict, in_legend, topic))
        return self._judged[:count]

    def some(self, indices: list[int]) -> dict[int, Judged]:
        """The sentences at `indices` (none in the legend), each judged as `upto` judges it, by
        judging besides only what their verdicts depend on: a check that needs a few sentences of
        a long document (those on some topic) need not match the cues of all before them.

        A verdict reads the text of every sentence before it (the section, an open quotation, who
        holds a call's floor), the cues of the one just before it, and whether a forward-looking
        list is open (`fslcheck.fls.classify.follow_list`): the first are followed through all
        of them, which costs no cue matching; the cues of the sentence before are matched; a list
        can be open only after a run of sentences each shaped as a lead-in or an item that holds
        a lead-in, so each asked sentence is judged together with the run before it from its
        first lead-in. When that leaves most sentences to judge, they are all judged (`upto`),
        which later callers then find judged."""
        done = len(self._judged)
        out = {i: self._judged[i] for i in indices if i < done}  # (judged already, in order)
        wanted = sorted({i for i in indices if i >= done})
        if not wanted:
            return out
        last = wanted[-1]
        if last >= len(self._cut):
            self._cut.extend(islice(self._cutting, last + 1 - len(self._cut)))
        cut = self._cut[: last + 1]
        nearby = {j for i in wanted for j in (i - 1, i) if j >= 0 and not cut[j][1]}
        if 2 * len(nearby) > len(cut) - done:  # hardly fewer than judging in order: do that, for later callers too
            judged = self.upto(last + 1)
            out.update((i, judged[i]) for i in wanted)
            return out
        with _primed([cut[j][0].text for j in sorted(nearby)], self.release_date):
            judging: set[int] = set()
            for i in wanted:
                judging.update(range(self._run_start(cut, i), i + 1))
            out.update(self._judge_sparsely(cut, judging, set(wanted)))
        return out

    def _run_start(self, cut: list[tuple[Sentence, bool]], index: int) -> int:
        """Where judging must start for the verdict of sentence `index` to be the one `upto`
        gives when no list is taken to be open there: the first lead-in of the run of lead-in and
        item shaped sentences (outside the legend) just before it, or `index` itself when the run
        holds no lead-in (no list can be open after a sentence of neither shape, nor after the
        legend, so none is open where the run starts, nor until a lead-in)."""
        start = index
        k = index - 1
        while k >= 0 and not cut[k][1]:
            text = cut[k][0].text
            if lead_in_shaped(text):
                start = k
            # (a sentence not shaped as an item is judged whatever list is open before it)
            if not item_shaped(text, fired(text, self.release_date), cut[k - 1][0].text if k else ""):
                break
            k -= 1
        return start

    def _judge_sparsely(self, cut: list[tuple[Sentence, bool]], judging: set[int], wanted: set[int]) -> dict[int, Judged]:
        """The sentences of `judging` judged by a reader of their own that follows the text of all
        before them, each run starting with the cues of the sentence before it and no list open
        (`some`). The document's own reader is left as it was."""
        reader = Reader(self.release_date, self.transcript)
        context = reader.context
        if self.transcript:  # a fresh floor over the same participants list
            context.floor = Floor(roster=self.reader.context.floor.roster)
        out: dict[int, Judged] = {}
        for k, (sentence, in_legend) in enumerate(cut):
            if sentence.speaker:
                context.label(sentence.speaker)
            if k not in judging:
                context.advance(sentence.text, ())
                reader.previous_text = sentence.text
                continue
            if k - 1 not in judging:  # a run's start: the cues of the sentence before, and no list open
                reader.lead = None
                before = cut[k - 1] if k else None
                context.previous_cues = frozenset(fired(before[0].text, self.release_date)
                                                  if before is not None and not before[1] else ())
            lead = reader.lead
            verdict = reader.judge(sentence.text, in_legend)
            topic = topic_of(sentence.text) if verdict.forward_looking else None
            judged = Judged(sentence, verdict, in_legend, topic)
            # kept for `upto`: the verdict, the cues (as the context keeps them) and whether an
            # open list stayed open, what reading the sentence in order would leave behind
            self._known[k] = (judged, context.previous_cues, lead is not None and reader.lead is lead)
            if k in wanted:
                out[k] = judged
        return out

    def all(self) -> list[Judged]:
        return self.upto(len(self.sentences))

    def any_forward_looking(self, one_pass: int = 0) -> bool:
        """Whether any sentence of the body is forward-looking, judging as few as it can.

        The sentences the first `_PROBE_REACH` hold that read like a forward-looking one
        (`_LIKELY`: "will", "expects", "guidance", ...) are judged first, on their own (`some`,
        which gives each the verdict reading in order gives it). In a release that makes
        forward-looking statements, one of the first few such sentences mostly is one, and
        then no other sentence is judged: reading in order judges every sentence before the
        first forward-looking one, with a cue-matching pass for each batch. Only when no probed
        sentence is forward-looking are the sentences read in order (`first_forward_looking`),
        which decides: a probe is a guess of where to look first, never the answer "no". A caller
        that knows how far that reading is likely to go has the first `one_pass` sentences judged
        in one pass first (one cue-matching pass costs less than a few small ones)."""
        if any(judged.forward_looking for judged in self._judged) or any(
                judged.forward_looking for judged, _, _ in self._known.values()):
            return True  # (a verdict `some` gave is the one reading in order gives)
        probes = self._probes()
        if probes and any(judged.forward_looking for judged in self.some(probes).values()):
            return True
        if one_pass:
            self.upto(one_pass)
        return self.first_forward_looking() is not None

    def _probes(self) -> list[int]:
        """The first `_PROBES` sentences past those judged in order, among the first
        `_PROBE_REACH`, that lie outside the legend, were not judged on their own before (`some`)
        and read like a forward-looking sentence (`_LIKELY`), cutting no further than the last
        of them."""
        found: list[int] = []
        index = len(self._judged)
        while len(found) < _PROBES and index < _PROBE_REACH:
            if index >= len(self._cut):
                following = next(self._cutting, None)
                if following is None:
                    break
                self._cut.append(following)
            sentence, in_legend = self._cut[index]
            if not in_legend and index not in self._known and _LIKELY.search(sentence.text):
                found.append(index)
            index += 1
        return found

    def first_forward_looking(self) -> Judged | None:
        """The first forward-looking sentence, judging (and cutting) no further than it, in
        growing batches, so that the one-pass cue matching still pays."""
        done, step = 0, 4
        while True:
            judged = self.upto(done + step)
            found = next((j for j in judged[done:] if j.forward_looking), None)
            if found is not None or len(judged) < done + step:  # (fewer: every sentence judged)
                return found
            done, step = len(judged), step * 2


# Words a forward-looking sentence mostly has (the commonest cues of the future: "will",
# "expects", "plans to", "guidance"): `Scan.any_forward_looking` judges the sentences that have
# one first. Only an order of looking: a sentence without any may still be forward-looking, and
# one with them often is not.
_LIKELY = re.compile(r"\b(?:will|expects?|expected|anticipates?|outlook|guidance|plans? to|intends? to|"
                     r"looks? forward|forecasts?)\b", re.IGNORECASE)
_PROBES = 3          # sentences probed at once: most releases' first forward-looking one is among them
_PROBE_REACH = 128   # ... looked for among the first this many sentences (a filing's body is long)

# A pass over a batch of sentences costs about what matching 1,000 characters of them one by one
# does (it reads every cue's literals, however few the sentences): below that the one by one
# matching (`fired`) is cheaper.
_PASS_PAYS = 1000


def _primed(texts: list[str], release_date: date | None):
    """`primed(texts, release_date)` when one pass over `texts` pays, else a block that primes
    nothing (each sentence's cues are then matched as it is judged: the same cues)."""
    return primed(texts, release_date) if sum(map(len, texts)) >= _PASS_PAYS else nullcontext()


def scan(text: str, legend_spans: list[tuple[int, int]] = (), release_date: date | None = None,
         canonical: Canonical | None = None, transcript: bool | None = None) -> list[Judged]:
    """Every sentence of a document text, in order, judged forward-looking or not (`Scan`)."""
    return Scan(text, legend_spans, release_date, canonical, transcript).all()


def _merged(spans) -> list[tuple[int, int]]:
    """`spans` in order, overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether offset falls in one of `spans` (`_merged`), by bisection: a document may repeat
    its legend thousands of times."""
    i = bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def judge_lines(lines: list[str], release_date: date | None = None) -> list[tuple[Verdict, str | None]]:
    """`--one-per-line`: each line is one sentence, judged on its own; one answer per line."""
    out = []
    for line in lines:
        verdict = classify(line.strip(), release_date) if line.strip() else Verdict(False, [], "empty line")
        out.append((verdict, topic_of(line) if verdict.forward_looking else None))
    return out
