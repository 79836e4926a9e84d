"""Does a document read as an earnings-call script or transcript? (Then the oral pack applies.)

Signs, looked for in the whole document: an operator's turn ("Operator" on a
line of its own or as a speaker label), call language ("conference call", "earnings call",
"welcome to the ... call", "turn the call over"), the question-and-answer session ("question-
and-answer", "(Operator Instructions)", "our first question comes from"), and speaker lines
("Jane Smith -- CFO", "Tim Cook: ..."); a word a transcript repeats ("question" three times,
"operator" or "call" three times) is a sign too, so that one damaged or missing
occurrence (OCR noise) does not hide it. Two kinds of signs, one of them an operator or the
questions and one found as itself rather than as a repeated word, make a transcript. A press release that announces a call has call language, but its
question-and-answer session is one the sentence announces ("followed by a question-and-answer
period", "participants in the Q&A session should pre-register"), which is no sign, and its
"Investor Contact:" line is no speaker: a speaker's label counts when it comes back. Measured on
1,380 call transcripts (la83la/earnings-call-transcripts) and 3,000 news items (zhigehe/bulwark):
one transcript missed (a JSON dump without speakers or questions); 37 items taken, all of them
articles that summarise a call (its prepared remarks and the analysts' questions), no company release.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import islice

from ..months import ABBREVIATIONS, FULL_NAMES, month_number

_SIGNS = {
    # (the leading space stops at the line's end: "^\s*" read every later line start of a run of
    # blank lines to its end, minutes for a text with thousands of them)
    "operator": re.compile(r"^[^\S\n]*operator\b\s*(?::|$)|\boperator instructions\b", re.IGNORECASE | re.MULTILINE),
    "call": re.compile(r"\bwelcome (?:\w+ ){0,6}(?:conference call|earnings call|call)\b|\bturn (?:the call|it) over\b|"
                       r"\bon (?:today's|this) call\b|\bprepared remarks\b", re.IGNORECASE),
    "questions": re.compile(r"\b(?P<session>question[- ]and[- ]answer|questions and answers|q ?& ?a)\b|"
                            r"\b(?:first|next) question\b|\bopen (?:up )?the (?:call|line)s? (?:for|to) questions\b",
                            re.IGNORECASE),
    "speakers": re.compile(r"^(?P<label>[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3})(?: --? .{2,60}|:)\s*$", re.MULTILINE),
}
# A question-and-answer session that its sentence announces ("followed by a question-and-answer
# period", "participants in the Q&A session should pre-register", "The question and answer session
# will follow") is a call to come, described by the release that announces it; a transcript holds
# the session itself, so such a mention is no sign. (A transcript's operator may say "we will now
# begin the question-and-answer session", but the questions that follow are signs of their own.)
_ANNOUNCES = re.compile(r"\b(?:will|shall|followed by|to follow|participa\w*|(?:pre-?)?regist\w*|join|dial\w*)\b",
                        re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]")


def _counts(text: str, match: re.Match) -> bool:
    """Whether a match of a sign's pattern is a sign: a question-and-answer session counts unless
    its sentence announces it."""
    if match.groupdict().get("session"):
        start = max(text.rfind(end, 0, match.start()) for end in ".!?\n") + 1
        found = _SENTENCE_END.search(text, match.end())
        return not _ANNOUNCES.search(text, start, found.start() if found else len(text))
    return True


def _found(text: str, name: str) -> bool:
    """Whether the sign's pattern finds a sign in the text. A speaker line counts when its label comes
    back: speakers take the floor again, while a table's "ASSETS:" or a release's "Investor
    Contact:" line stands once."""
    pattern = _SIGNS[name]
    if name == "speakers":
        seen: set[str] = set()
        for match in pattern.finditer(text):
            label = match.group("label")
            if label in seen:
                return True
            seen.add(label)
        return False
    return any(_counts(text, match) for match in pattern.finditer(text))


# (an operator repeated is the call's, whose turns are labelled with a capital: a release about
# oil fields names "the operator" or "a third-party operator" in lower case)
_MANY = {"questions": re.compile(r"\bquestions?\b", re.IGNORECASE), "operator": re.compile(r"\b(?:Operator|OPERATOR)\b"),
         "call": re.compile(r"\bcall\b", re.IGNORECASE)}
_MANY_COUNT = 3  # a word a transcript repeats: one damaged or missing occurrence must not hide it


def signs(text: str) -> list[str]:
    return [name for name in _SIGNS if _has_sign(text, name)]


def _has_sign(text: str, name: str) -> bool:
    many = _MANY.get(name)
    # Counting stops at the third occurrence: a long filing says "call" hundreds of times.
    return _found(text, name) or (
        many is not None and sum(1 for _ in islice(many.finditer(text), _MANY_COUNT)) >= _MANY_COUNT)


# Words without which a key sign cannot be there, looked for in the lower-cased text: a plain `in`
# test rules most releases out at a fraction of the case-blind searches' cost. (pattern needs,
# repeated-word needs): "q&a" needs no "question", a repeated "question" does. Case-blind matching
# also takes "ı" and "İ" for "i" and "ſ" for "s", which lower-casing does not turn into them: a
# text with one is searched as before.
_KEY_NEEDS = {"operator": (("operator",), ("operator",)), "questions": (("question", "&"), ("question",))}
_FOLDED_APART = ("ı", "İ", "ſ")


def _has_key_sign(text: str, lower: str, name: str) -> bool:
    """`_has_sign(text, name)` for a key sign, its searches skipped where their words are absent."""
    if any(c in text for c in _FOLDED_APART):
        return _has_sign(text, name)
    pattern_needs, many_needs = _KEY_NEEDS[name]
    if name == "questions" and "question" not in lower:
        # only "q&a" ("q & a") can match: it starts a character or two before its "&", so the
        # pattern is tried there alone rather than searched through the whole text
        if _q_and_a(text):
            return True
    elif any(word in lower for word in pattern_needs) and _found(text, name):
        return True
    return any(word in lower for word in many_needs) and sum(
        1 for _ in islice(_MANY[name].finditer(text), _MANY_COUNT)) >= _MANY_COUNT


def _q_and_a(text: str) -> bool:
    """`_found(text, "questions")` for a text without "question": a match is then "q&a"
    (`\\bq ?& ?a\\b`), which starts one or two characters before its "&"."""
    pattern = _SIGNS["questions"]
    found = text.find("&")
    while found >= 0:
        for start in (found - 2, found - 1):
            match = pattern.match(text, start) if start >= 0 else None
            if match and _counts(text, match):
                return True
        found = text.find("&", found + 1)
    return False


@lru_cache(maxsize=4)  # asked of the same document text by the engine and by the forward-looking scan
def is_call_transcript(text: str) -> bool:
    # The signs that must be there first: most documents have neither, and the other signs are
    # then not worth looking for (the speaker lines are a slow search of every line).
    lower = text.lower()
    key = [name for name in ("operator", "questions") if _has_key_sign(text, lower, name)]
    if not key:
        return False
    found = key + [name for name in _SIGNS if name not in key and _has_sign(text, name)]
    # Words repeated are no transcript on their own: a bank's release says "questions" in its
    # shareholder-services table and "call" in its call notice three times each. One sign at least
    # is the thing itself (an operator's turn, a session of questions, call language, speakers).
    return len(found) >= 2 and any(_found(text, name) for name in found)


# --- Who holds the floor -------------------------------------------------------------------------

_OPERATOR_LINE = re.compile(r"^\W*operator\W*$", re.IGNORECASE)
# The operator's label left on the words spoken ("Operator : Our first question", "Operator
# [Operator Instructions] ...").
_OPERATOR_OPENS = re.compile(r"^\W*operator\s*(?::|(?=[\[(]))\s*", re.IGNORECASE)
# A section heading of a transcript, alone on its line.
_QA_HEADING = re.compile(r"^\W*(?:questions?[- ]and[- ]answers?(?: session| section)?|q ?& ?a(?: session)?)\W*$",
                         re.IGNORECASE)
_PREPARED_HEADING = re.compile(r"^\W*(?:prepared remarks|presentation|management discussion(?: section)?|"
                               r"opening remarks)\W*$", re.IGNORECASE)
_PARTICIPANTS_HEADING = re.compile(r"^\W*(?:call participants|corporate participants|conference call participants|"
                                   r"participants|contents)\W*$", re.IGNORECASE)
# A role as a title names it.
_ANALYST_TITLE = re.compile(r"\b(?:analysts?|anayst|research division|equity research|research analyst)\b", re.IGNORECASE)
_MANAGEMENT_TITLE = re.compile(r"\b(?:ceo|cfo|coo|cto|chief|president|officer|chairman|chairwoman|chair|director|"
                               r"head of|treasurer|vice president|vp|svp|evp|investor relations|executive|controller|"
                               r"general counsel|secretary|founder|managing partner)\b", re.IGNORECASE)
# A participants-list entry: "Jane Smith--Chief Financial Officer", "Joe Bloggs--Acme. -- Analyst".
_PARTICIPANT = re.compile(r"^[ \t]*([A-Z][^\n]{1,60}?)[ \t]*--[ \t]*(\S[^\n]{0,150}?)[ \t]*$", re.MULTILINE)
# A person's name alone: two to five capitalised words or initials ("Theresa L. Womble", "Cai von
# Rumohr", "Kessel D. Stelling Jr.", "J. Powell Brown"), with nothing after it.
_NAME_WORD = r"(?:[A-Z][a-zA-Z'’.-]*|(?:de|da|del|der|di|du|la|le|van|von|bin|al|dos|mc)\b)"
_BARE_NAME = re.compile(rf"^\s*(?:(?:Mr|Ms|Mrs|Dr)\.? )?[A-Z][a-zA-Z'’.-]*(?: {_NAME_WORD}){{1,4}},?\s*$")
# Words a heading or a short remark has that a person's name does not.
_NOT_NAME = frozenset("""remarks questions question answers answer participants participant presentation discussion
section operator conference call earnings results quarter quarterly fiscal year full annual statements statement
forward looking safe harbor company corporation inc ltd plc group holdings session thank thanks you yes no okay
good great morning afternoon evening everyone all the and of for with our we contents duration minutes overview
outlook guidance highlights financial review summary closing opening introduction agenda disclaimer webcast
replay transcript participants speaker unidentified unknown management executives analysts""".split())
# A table row that names the speaker and marks the turn a question or an answer.
# ("| 1 | Jane Smith Analyst, Acme Securities | Q |", or as text: "1 Jane Smith Analyst, Acme Q").
_QA_ROW = re.compile(r"^\s*\|?\s*\d*\s*\|?\s*(?P<who>[^|\n]{3,160}?)\s*\|?\s*(?P<qa>[QA])\s*\|?\s*$")
# A speaker the transcript does not name ("Unidentified Analyst", "Unknown Speaker").
_UNNAMED = re.compile(r"^\W*(?:unidentified|unknown)\s+(analyst|participant|speaker|company representative|"
                      r"executive)\W*$", re.IGNORECASE)
# The operator calling on a questioner ("Our first question comes from Jane Smith with Acme").
_CALLS_QUESTION = re.compile(r"\b(?:next|first|following|last|final) question\b|\bquestion (?:comes|is coming|is) from\b|"
                             r"\bfrom the line of\b|\bgo (?:to|ahead with) the line\b|\byour line is (?:now )?open\b",
                             re.IGNORECASE)
# Management taking the floor back in a transcript without speaker marks.
_ANSWERING = re.compile(r"^\W*(?:thanks?|thank you)\b[^.?!]{0,40}\b(?:question|for that|for the)\b|^\W*good question\b",
                        re.IGNORECASE)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "mr", "ms", "mrs", "dr"})
_OPENING_SENTENCES = 15  # the host's housekeeping at the start of a call is this long at most


def name_key(name: str) -> str:
    """A person's name reduced to its first and last words, lower-cased ("Theresa L. Womble" and
    "Theresa Womble" are one speaker)."""
    words = [w.strip(".,'’").lower() for w in name.split()]
    words = [w for w in words if len(w) > 1 and w not in _SUFFIXES]
    return f"{words[0]} {words[-1]}" if len(words) >= 2 else (words[0] if words else "")


def title_role(title: str) -> str | None:
    """The role a title names: "analyst" ("Acme Securities -- Analyst"), "management" ("Chief
    Financial Officer") or None."""
    if _ANALYST_TITLE.search(title):
        return "analyst"
    if _MANAGEMENT_TITLE.search(title):
        return "management"
    return None


def bare_name(text: str) -> bool:
    """Is `text` a person's name alone (a speaker line), not a heading or a short remark?"""
    if not _BARE_NAME.match(text):
        return False
    words = [w.strip(".,'’").lower() for w in text.split()]
    return not any(w in _NOT_NAME for w in words)


def speaker_line(text: str) -> str | None:
    """The role a transcript line that only names a speaker gives ("Operator": "operator"; a
    title or a Q/A table row: its role; a bare name: "unknown"), else None. A sentence of speech
    is never one: it ends with a full stop, or is long."""
    stripped = text.strip()
    if _OPERATOR_LINE.match(stripped):
        return "operator"
    row = _QA_ROW.match(stripped)
    if row and title_role(row.group("who")):
        return "analyst" if row.group("qa") == "Q" else "management"
    unnamed = _UNNAMED.match(stripped)
    if unnamed:
        return {"analyst": "analyst", "participant": "unknown", "speaker": "unknown"}.get(unnamed.group(1).lower(),
                                                                                          "management")
    if len(stripped.split()) > 14 or stripped.endswith(("?", "!")) or (stripped.endswith(".") and
                                                                       not stripped.endswith((" Jr.", " Sr.", " Co.", " Inc."))):
        return None
    if bare_name(stripped):
        return "unknown"
    return None


def roster(text: str) -> dict[str, str]:
    """Names and roles of a transcript's participants list ("Jane Smith--Chief Financial
    Officer": management; "Joe Bloggs--Acme. -- Analyst": analyst)."""
    out: dict[str, str] = {}
    for match in _PARTICIPANT.finditer(text):
        name, title = match.group(1).strip(), match.group(2)
        if not bare_name(name):
            continue
        role = "analyst" if "--" in title else title_role(title)
        if role:
            out[name_key(name)] = role
    return out


@dataclass
class Floor:
    """Who holds the floor in a call transcript. Feed it every sentence in order (`follow`) and
    any speaker label cut off a sentence (`label`); `role` is then "operator", "management" or
    "analyst" (None before anyone speaks), `turn()` the kind of turn."""

    roster: dict[str, str] = field(default_factory=dict)  # name key -> role, from the participants list
    role: str | None = None
    questions: bool = False  # the question-and-answer session has begun
    marked: bool = False     # the transcript marks its speakers (names, titles, labels)
    called: bool = False     # the operator has called on a questioner who has not spoken yet
    seen: dict[str, str] = field(default_factory=dict)  # name key -> role, as this call has it
    name: str = ""           # the key of the last bare name, until a title line gives its role
    listing: bool = False    # in a participants list: names and titles are recorded, nobody speaks
    headed: bool = False     # the transcript heads its sections: only a heading opens the questions
    turns: int = 0           # management's turns so far in the prepared remarks
    said: int = 0            # sentences spoken in the current turn

    @classmethod
    def of(cls, text: str) -> Floor:
        """A floor for the transcript `text`, with its participants list read."""
        return cls(roster=roster(text))

    def turn(self) -> str | None:
        """"operator", "prepared" (management's prepared remarks), "question" (an analyst's) or
        "answer" (management's, in the questions and answers), else None."""
        if self.role == "management":
            return "answer" if self.questions else "prepared"
        return {"operator": "operator", "analyst": "question"}.get(self.role or "")

    def opening(self) -> bool:
        """The host's opening words: the first sentences of management's first turn, in a
        transcript that names its speakers (welcome, who is on the call, the safe-harbor reminder,
        non-GAAP measures, the hand-over to the chief executive)."""
        return self.marked and self.role == "management" and not self.questions and self.turns == 1 \
            and self.said < _OPENING_SENTENCES

    def follow(self, text: str) -> None:
        """Take the sentence `text` into account."""
        stripped = text.strip()
        if _QA_HEADING.match(stripped):
            self.questions, self.role, self.called, self.listing, self.headed = True, None, False, False, True
            return
        if _PREPARED_HEADING.match(stripped):
            self.questions, self.role, self.listing, self.headed = False, None, False, True
            return
        if _PARTICIPANTS_HEADING.match(stripped):
            self.role, self.listing = None, True
            return
        opens = _OPERATOR_OPENS.match(stripped)
        if opens and not self.listing:
            self.marked = True
            self._speaks("operator")
            self._spoken(stripped[opens.end():])
            return
        role = speaker_line(stripped)
        if role is None:
            title = title_role(stripped) if len(stripped.split()) <= 14 and not stripped.endswith((".", "?", "!")) else None
            if title is not None and (self.name or " - " in stripped or ", " in stripped):
                if self.name:  # "Acme Securities, Research Division - Analyst" after the name
                    self.seen[self.name] = title
                self.name = ""
                if not self.listing:
                    self._speaks(title)
            elif not self.listing:
                self._spoken(stripped)
            return
        self.marked = True
        if role == "unknown":
            key = name_key(stripped)
            self.name = key
            if self.listing:
                return
            role = self.roster.get(key) or self.seen.get(key) or self._expected()
            self.seen.setdefault(key, role)
        elif self.listing:
            return
        else:
            self.name = ""
            if role != "operator" and not _UNNAMED.match(stripped):
                self.questions = True  # only a Q/A row names its role without a title line
        self._speaks(role)

    def label(self, label: str) -> None:
        """A speaker label cut off the sentence that follows ("Operator", "Tim Cook -- CEO")."""
        name, _, title = label.partition("--") if "--" in label else label.partition(" - ")
        if _OPERATOR_LINE.match(name):
            self.marked = True
            self._speaks("operator")
            return
        if not bare_name(name):  # "Revenue:", "Note:" open a line too; only a person speaks
            return
        self.marked = True
        key = name_key(name)
        role = title_role(title) if title else None
        role = role or self.roster.get(key) or self.seen.get(key) or self._expected()
        self.seen.setdefault(key, role)
        self._speaks(role)

    def _expected(self) -> str:
        """The role of a speaker the call has not named before: management in the prepared
        remarks; in the questions, the questioner the operator has just called on, else
        management answering."""
        if self.questions and (self.called or self.role == "operator"):
            return "analyst"
        return "management"

    def _speaks(self, role: str) -> None:
        if role != "operator":
            self.called = False
        if role == "analyst":
            # analysts speak only once the questions are open: this holds when the session's
            # heading was lost (OCR damage, a heading the call did not print)
            self.questions = True
        if role == "management" and not self.questions and not (self.role == "management" and self.said == 0):
            self.turns += 1  # (a title line right after the name is the same turn)
        self.role, self.said = role, 0

    def _spoken(self, text: str) -> None:
        """A sentence of speech: the operator's call on a questioner opens the questions; in a
        transcript without speaker marks, it also hands the floor to the questioner, and
        management's thanks for the question take it back."""
        self.said += 1
        if _CALLS_QUESTION.search(text) and (self.role in (None, "operator") or not self.marked):
            if self.headed and not self.questions:
                return  # the operator's opening words ("... then we will take the first question")
            self.questions = True
            if self.marked:
                self.called = True
            else:
                self.role = "analyst"
        elif not self.marked and self.role == "analyst" and _ANSWERING.search(text):
            self.role = "management"


# --- The date of the call ------------------------------------------------------------------------

# (abbreviated as newswires write a date before its day: "today, Feb. 27, 2020")
_MONTH_WORDS = "|".join((*FULL_NAMES, *sorted(ABBREVIATIONS, key=len, reverse=True)))
_CALL_DATE = re.compile(
    r"(?P<lead>\b(?:today|tonight|date:|dated today|this (?:call|conference|morning|afternoon)|being recorded|"
    r"(?:held|hosted|broadcast|recorded|conducted) (?:[\w’'.,-]+ ){0,12}?on|speak only as of|only as of|"
    r"(?:information|view|outlook|expectations?) (?:[\w’'.,-]+ ){0,6}?as of|call,)\W{0,3}(?:(?:\w+,? ){0,3}?))"
    r"(?P<month>" + _MONTH_WORDS + r")\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)\b"
    r"|\b(?P<day2>\d{1,2})(?:st|nd|rd|th)? day of (?P<month2>" + "|".join(FULL_NAMES) + r"),?\s+(?P<year2>(?:19|20)\d\d)\b",
    re.IGNORECASE)
_CALL_DATE_WORDS = 3000  # the call states its date in the opening remarks and the safe-harbor reminder


def call_date(text: str) -> date | None:
    """The date a transcript states for the call itself, in its opening: a date said to be
    today's, the day the call is held or recorded, the date its statements speak as of, or a
    header's "Date:"; None when it states none (a date of a filing or of a period's end is not
    the call's)."""
    head = " ".join(text.split()[:_CALL_DATE_WORDS])
    for match in _CALL_DATE.finditer(head):
        month = match.group("month") or match.group("month2")
        day = match.group("day") or match.group("day2")
        year = match.group("year") or match.group("year2")
        number = month_number(month.lower())
        if number is None:
            continue  # a month a case-blind match folded ("ſeptember")
        try:
            return date(int(year), number, int(day))
        except ValueError:
            continue
    return None
