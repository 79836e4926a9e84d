"""Plain words for a finding: its status, where it is, what matched and why it is not met.

Every report format (text, JSON, HTML) explains a finding with the functions here, so a lawyer
reading the printed page and a pipeline reading the JSON `explanation` field see the same
sentence. The explanation is built from what the checks recorded: the status, the score, the
notes and the kind-specific `details` (see CONTRACTS: `closest`, `polarity`, `set_aside`, factor
counts, waivers). Every key is optional; an absent key shortens the sentence, it never breaks it.

Status words are for a reader who does not know the tool: "Not found" rather than "missing",
"Found, but wording differs" rather than "weak". The rule id and score stay available for the
technical reader in `detail_line`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from ..documents.model import Document
from ..matching import meaning_differences
from ..normalise import canonical_phrase
from ..result import Finding, Status

STATUS_WORDS = {
    "met": "Found",
    "missing": "Not found",
    "weak": "Found, but wording differs",
    "violated": "Forbidden wording found",
    "waived": "Waived",
    "not-applicable": "Not applicable",
}
CONTRADICTED = "Contradicted"
_CONTRARY = ("negated", "reversed")
_MEANING_NOTE = "wording differs in a word that carries meaning: "
_MISSTATED_NOTE = "the sentence misstates a number the rule names: "
_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMBER = re.compile(r"\d+(?:\.\d+)*[a-z]?")


def contradicted(finding: Finding) -> bool:
    """A required element whose only candidate says the opposite (a negated or reversed clause)."""
    if finding.status is not Status.VIOLATED:
        return False
    details = finding.details or {}
    if details.get("polarity") in _CONTRARY:
        return True
    return any(str(note).startswith(_CONTRARY) for note in finding.notes)


def status_words(finding: Finding) -> str:
    """The status as a reviewer would say it."""
    if contradicted(finding):
        return CONTRADICTED
    return STATUS_WORDS.get(finding.status.value, finding.status.value)


_NEGATIVE_TITLE = re.compile(r"(?:no|not|never|without|none)\b", re.IGNORECASE)


def title_words(finding: Finding) -> str:
    """The rule's title, made safe to put after a status word.

    "Not found: No undue reliance" reads as a double negative; a title that opens with a
    negation is quoted as the name of a statement instead ("Not found: The “No undue
    reliance” statement")."""
    title = finding.title or finding.rule
    if finding.status.is_problem and _NEGATIVE_TITLE.match(title):
        return f"The \u201c{title}\u201d statement"
    return title


def shown_notes(finding: Finding) -> list[str]:
    """The finding's notes a reader still needs once `explain` has put the meaning-word
    differences and a contradiction into words (the raw notes, "1995, no, +1993", "negated:
    '…'", stay in the JSON)."""
    said = (_MEANING_NOTE, _MISSTATED_NOTE) + (tuple(f"{p}: " for p in _CONTRARY) if contradicted(finding) else ())
    return [str(note) for note in finding.notes if not str(note).startswith(said)]


def _contrary(finding: Finding) -> str:
    """A contradicted element in words: "The document says the opposite – negated: “will not
    differ”." The cue is the document's own words that turn the statement around."""
    details = finding.details or {}
    polarity = str(details.get("polarity") or "")
    cue = str(details.get("polarity_cue") or "")
    for note in finding.notes:  # the engine's note, "negated: 'will not differ'", when details lack it
        kind, _, words = str(note).partition(": ")
        if kind in _CONTRARY:
            polarity = polarity if polarity in _CONTRARY else kind
            cue = cue or words.strip("'\"")
    if polarity not in _CONTRARY:
        polarity = "negated"
    text = "The document says the opposite \u2013 " + polarity
    if cue:
        return text + f": {_q(_short(cue))}."
    return text + (f": {_q(_short(finding.excerpt))}." if finding.excerpt else ".")


# What an element that holds of something else than the company's statements, here and now, says
# (the engine's polarities other than negated and reversed).
_ELSEWHERE = {
    "another's": "The sentence speaks of another's statements, documents or filings (another party, document, "
                 "regulator or time), not the company's own",
    "open-ended": "The sentence lets the statements speak beyond the date they are made",
    "past": "The sentence speaks of the past, not of the forward-looking statements",
}


def _elsewhere(finding: Finding) -> str:
    """A violated element whose polarity places it elsewhere, in words: "The sentence speaks of
    another's statements ... – “Canadian securities regulators”." Empty for other findings."""
    details = finding.details or {}
    polarity = str(details.get("polarity") or "")
    if polarity not in _ELSEWHERE:
        return ""
    cue = str(details.get("polarity_cue") or "")
    return _ELSEWHERE[polarity] + (f": {_q(_short(cue))}." if cue else ".")


# ---------------------------------------------------------------------------------------------
# Where


def place(document: Document | None, offset: int | None) -> str:
    """Where an offset is, in the terms the document's reader uses: page, paragraph or line.

    Line numbers mean something for plain text and Markdown (a reviewer opens the file in an
    editor); an HTML source is often one long line, so there the paragraph of the extracted text
    is named instead; Word has paragraphs, PDF has pages.
    """
    if document is None or offset is None:
        return ""
    location = document.locate(offset)
    parts = location.named_parts(page="page ", paragraph="paragraph ", cell="table cell ")
    if parts:
        return ", ".join(parts)
    if document.format in ("text", "markdown", "edgar") and location.line is not None:
        return f"line {location.line}"
    return f"paragraph {text_paragraph(document.text, offset)}"


def has_legend(findings: Sequence[Finding]) -> bool:
    """False when the checks found no legend in the document: its unmatched findings point at
    the document's start (`anchor` "document") rather than at the legend."""
    return not any(f.anchor == "document" for f in findings)


def where(finding: Finding, document: Document | None, rule: Mapping[str, Any] | None = None,
          legend: bool = True) -> str:
    """Where the finding's match is ("line 35"), and "in the legend" when its rule looks only
    inside the legend (`scope: legend`) and the document has one (`legend`, see `has_legend`;
    without one, such a rule falls back to the whole text): the reader knows the words were
    found where they count."""
    if finding.start is None:
        return ""
    said = place(document, finding.start)
    if said and legend and isinstance(rule, Mapping) and rule.get("scope") == "legend":
        said += ", in the legend"
    return said


def looked_in(finding: Finding, document: Document | None, rule: Mapping[str, Any] | None = None) -> str:
    """Where an element that was not found was looked for, in words: in the legend (and where it
    starts), in the whole document, or nowhere because no legend was found for a rule that looks
    only inside the legend. Empty for a finding with a match."""
    if finding.anchor not in ("legend", "document"):
        return ""
    scope = rule.get("scope") if isinstance(rule, Mapping) else None
    if scope == "document":
        return "looked for in the whole document"
    if finding.anchor == "legend" and finding.anchor_start is not None:
        at = place(document, finding.anchor_start)
        return "looked for in the legend" + (f", which starts at {at}" if at else "")
    if finding.anchor == "document" and scope != "legend":  # (a legend rule: `explain` says it)
        return "no legend was found"
    return ""


def text_paragraph(text: str, offset: int) -> int:
    """1-based number of the non-empty line (a paragraph of extracted HTML) holding `offset`."""
    before = text[: max(0, min(offset, len(text)))]
    count = sum(1 for line in before.split("\n")[:-1] if line.strip())
    return count + 1


# ---------------------------------------------------------------------------------------------
# What matched


@dataclass(frozen=True)
class Quote:
    """A sentence with the words that carry the element picked out: before + match + after."""

    before: str
    match: str
    after: str

    @property
    def text(self) -> str:
        return self.before + self.match + self.after

    def cut(self, width: int) -> str:
        """The quote in at most `width` characters, kept around the match.

        Context is dropped from both sides (marked with …) before the match is touched; a match
        longer than `width` is cut at its end. Without a located match, the sentence's start.
        """
        if len(self.text) <= width:
            return self.text
        if not self.match or len(self.match) + 2 > width:
            text = (self.match or self.text)[: width - 1]
            return (text[: text.rindex(" ")] if " " in text else text).rstrip() + "\u2026"
        room = max(0, width - len(self.match) - 2)
        before, after = self.before, self.after
        keep_before = min(len(before), room // 2)
        keep_after = min(len(after), room - keep_before)
        keep_before = min(len(before), room - keep_after)
        head = before[len(before) - keep_before:] if keep_before else ""
        tail = after[:keep_after] if keep_after else ""
        # Whole words only: a cut word would read as a typo in the quote.
        if keep_before < len(before) and " " in head:
            head = head[head.index(" "):]
        if keep_after < len(after) and " " in tail:
            tail = tail[: tail.rindex(" ")]
        head = ("\u2026" + head.lstrip()) if keep_before < len(before) else head
        tail = (tail.rstrip() + "\u2026") if keep_after < len(after) else tail
        return head + self.match + tail


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def quote(finding: Finding, document: Document | None) -> Quote | None:
    """The finding's sentence with its matched words marked, or None when nothing matched."""
    sentence = finding.excerpt or ""
    if not sentence:
        return None
    matched = _matched_words(finding, document)
    if matched and matched != sentence:
        at = sentence.find(matched)
        if at < 0:
            at = sentence.lower().find(matched.lower())
        if at >= 0:
            return _with_misstated(finding, Quote(sentence[:at], sentence[at:at + len(matched)],
                                                  sentence[at + len(matched):]))
        return Quote(sentence, "", "")  # the match is not inside the (shortened) sentence
    return Quote("", sentence, "")


def _matched_words(finding: Finding, document: Document | None) -> str:
    """The words the finding matched, read from the document ("" without one)."""
    if document is None or finding.start is None or finding.end is None:
        return ""
    if not 0 <= finding.start < finding.end <= len(document.text):
        return ""
    return _collapse(document.text[finding.start:finding.end])


def _with_misstated(finding: Finding, found: Quote) -> Quote:
    """The quote's match widened over a misstated number that follows it ("Reform Act" + " of
    1996"): the number is what the explanation is about, so it is marked too."""
    for note in finding.notes:
        note = str(note)
        if not note.startswith(_MISSTATED_NOTE):
            continue
        numbers = _NUMBER.findall(note[len(_MISSTATED_NOTE):].split(";")[0])
        if not numbers:
            continue
        follows = re.match(r"(\W*(?:\w+\W+){0,2}?)" + re.escape(numbers[-1]) + r"\b", found.after)
        if follows and len(follows.group()) <= 16:
            return Quote(found.before, found.match + follows.group(), found.after[follows.end():])
    return found


# ---------------------------------------------------------------------------------------------
# Why


def _q(text: str) -> str:
    return f"\u201c{text}\u201d"


def _short(text: str, width: int = 160) -> str:
    """`text` in at most `width` characters, cut after a whole word (a cut word reads as a typo)."""
    text = _collapse(text)
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if " " in cut[width // 2:]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "\u2026"


def _score(value: Any) -> str:
    return f"{value:.0f}" if isinstance(value, (int, float)) and not isinstance(value, bool) else ""


def differences(finding: Finding) -> list[str]:
    """The meaning words that differ, in words: "lacks “materially”", "the year reads 1996 …"."""
    wanted: list[str] = []
    extra: list[str] = []
    for note in finding.notes:
        note = str(note)
        if note.startswith(_MEANING_NOTE):
            for word in note[len(_MEANING_NOTE):].split(","):
                word = word.strip()
                if word.startswith("+"):
                    extra.append(word[1:])
                elif word:
                    wanted.append(word)
    for word in (finding.details or {}).get("differences", []) or []:
        word = str(word)
        (extra if word.startswith("+") else wanted).append(word.lstrip("+"))
    said = []
    # A number in place of another reads as one change (years first: a year is also a number).
    for pattern, noun in ((_YEAR, "year"), (_NUMBER, "number")):
        replaced = zip([w for w in wanted if pattern.fullmatch(w)], [w for w in extra if pattern.fullmatch(w)])
        for old, new in list(replaced):
            said.append(f"the {noun} reads {new}, the rule expects {old}")
            wanted.remove(old)
            extra.remove(new)
    said.extend(f"lacks {_q(w)}" for w in dict.fromkeys(wanted))
    said.extend(f"adds the number {_q(w)}" if _NUMBER.fullmatch(w) else f"adds {_q(w)}"
                for w in dict.fromkeys(extra))
    for note in finding.notes:
        note = str(note)
        if note.startswith(_MISSTATED_NOTE):
            words = note[len(_MISSTATED_NOTE):].split(";")[0].strip()
            numbers = _NUMBER.findall(words)
            expected = [n for n in _NUMBER.findall(finding.message.lower()) if numbers and n != numbers[-1]
                        and len(n) == len(numbers[-1])]
            if numbers and expected:
                kind = "year" if _YEAR.fullmatch(numbers[-1]) else "number"
                said.append(f"the {kind} reads {numbers[-1]}, the rule expects {expected[0]}")  # the quote shows where
            else:
                said.append(f"misstates a number: {_q(words)}")
    return said


Rule = Mapping[str, Any]  # a rule as the pack describes it to reports (PackInfo.rules): id, title, parts …


def rule_index(rules: Any) -> dict[str, Rule]:
    """The pack's rule descriptions by id (`PackInfo.rules`); anything odd is skipped."""
    return {str(r["id"]): r for r in rules or [] if isinstance(r, Mapping) and "id" in r}


def _part_words(rule: Rule | None, name: str) -> list[str]:
    parts = rule.get("parts") if isinstance(rule, Mapping) else None
    words = parts.get(name) if isinstance(parts, Mapping) else None
    return [str(w).lstrip("=").rstrip("*") for w in words or [] if str(w).strip("=*")]


def _word_pattern(word: str) -> re.Pattern[str]:
    """A part's word (or word group) as the document may write it: any ending, any spacing."""
    body = r"[\s-]+".join(re.escape(w) for w in word.split())
    return re.compile(r"(?<![\w-])" + body + r"[\w'-]*", re.IGNORECASE)


def _said_as(words: list[str], text: str) -> str:
    """The first of a part's words that `text` (the rule's message, its model clause) uses, in
    the form it uses: "material" is said "materially" in "could differ materially"."""
    for word in words:
        stem = word[:-1] if len(word) > 5 else word  # "material"/"materially", "rely"/"relied" aside
        found = _word_pattern(stem).search(text)
        if found and len(found.group()) <= len(word) + 4:
            return found.group()
    return ""


def _lacked(closest: Mapping) -> list[str]:
    """What a closest wording lacks, as the rule's part names where the engine gives them
    (`lacks_parts`: `lacking` names each by the rule's own word), else as it says it (`lacks`)."""
    return [str(x) for x in closest.get("lacks_parts") or closest.get("lacks") or []]


def lacking(item: str, finding: Finding, rule: Rule | None = None) -> str:
    """What the closest wording lacks, in words: a part of the rule's proposition ("degree") is
    named by the word the rule's own message uses for it ("lacks “materially”"), else by the
    first words the part accepts; a polarity note ("negated: '…'") is kept as it is."""
    if item.startswith(("negated", "reversed", "lacks", "adds")):
        return item
    words = _part_words(rule, item)
    if not words:
        return f"lacks {_q(item)}"
    said = _said_as(words, f"{finding.message} {finding.model or ''}")
    if said:
        return f"lacks {_q(said)}"
    return "lacks a word such as " + " or ".join(_q(w) for w in words[:2])


def closest_quote(finding: Finding, rule: Rule | None = None) -> Quote | None:
    """The closest wording (details["closest"]), with the words that fill the rule's parts
    picked out: the shortest stretch holding a word of every part it has (`has_parts`, the parts
    the engine found, when it says; else every part it does not lack). Without the rule's parts,
    the whole excerpt is the match."""
    closest = (finding.details or {}).get("closest")
    if not isinstance(closest, Mapping) or not closest.get("excerpt"):
        return None
    excerpt = _collapse(str(closest["excerpt"]))
    lacks = set(_lacked(closest))
    has = closest.get("has_parts")
    parts = rule.get("parts") if isinstance(rule, Mapping) else None
    found: list[list[tuple[int, int]]] = []
    for name in parts if isinstance(parts, Mapping) else ():
        if name in lacks or (isinstance(has, list) and name not in has):
            continue
        spans = [(m.start(), m.end()) for word in _part_words(rule, name)
                 for m in _word_pattern(word).finditer(excerpt)]
        if spans:
            found.append(spans)
    if not found:
        return Quote("", excerpt, "")
    best: tuple[int, int] | None = None
    for anchor, _ in (span for spans in found for span in spans):
        chosen = [min(spans, key=lambda s: abs(s[0] - anchor)) for spans in found]
        lo, hi = min(s[0] for s in chosen), max(s[1] for s in chosen)
        if best is None or hi - lo < best[1] - best[0]:
            best = (lo, hi)
    lo, hi = best
    return Quote(excerpt[:lo], excerpt[lo:hi], excerpt[hi:])


_TOKEN = re.compile(r"\{[^}]*\}|\.\.\.|[^\s{}]+")
_WORD = re.compile(r"[\w$%]+(?:['\u2019.][\w]+)*")


def _doc_words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text.replace("-", " "))]


def _phrase_words(phrase: str, matched: str) -> list[str]:
    """The rule's phrase as words, each `{a|b}` group read as the alternative the matched words
    come nearest to (one they contain, else the first; an optional group the words lack is
    left out); `...` and `*` dropped."""
    have = set(_doc_words(matched))
    out: list[str] = []
    for token in _TOKEN.findall(phrase):
        if token == "...":
            continue
        if token.startswith("{"):
            alternatives = [a.split() for a in token[1:-1].split("|")]
            present = [a for a in alternatives if a and all(
                any(h.startswith(w.rstrip("*").lower()) for h in have) for w in a)]
            if present:
                chosen = max(present, key=len)
            elif any(not a for a in alternatives):
                continue
            else:  # the alternative that reads most like the document's words
                chosen = max(alternatives, key=lambda a: fuzz.partial_ratio(" ".join(a), matched.lower()))
            out.extend(w.rstrip("*") for w in chosen)
        else:
            out.append(token.rstrip("*"))
    return out


def drift(matched: str, phrase: str) -> list[str]:
    """A word-level difference between the document's words and the rule's phrase they came
    near: "“after” where the rule has “as of”", "lacks “undue”", "adds “also”"."""
    from difflib import SequenceMatcher

    wanted = [w.lower() for w in _phrase_words(phrase, matched)]
    have = _doc_words(matched)
    # A word counts as the rule's when it starts like it ("statements" for "statement*").
    have_as = [next((w for w in wanted if h.startswith(w) and len(h) <= len(w) + 3), h) for h in have]
    said = []
    for op, a1, a2, b1, b2 in SequenceMatcher(a=wanted, b=have_as, autojunk=False).get_opcodes():
        rule_words, doc_words = " ".join(wanted[a1:a2]), " ".join(have[b1:b2])
        if op == "replace":
            said.append(f"{_q(doc_words)} where the rule has {_q(rule_words)}")
        elif op == "delete":
            said.append(f"lacks {_q(rule_words)}")
        elif op == "insert":
            said.append(f"adds {_q(doc_words)}")
    return said


def _closest(finding: Finding, rule: Rule | None = None, document: Document | None = None) -> str:
    closest = (finding.details or {}).get("closest")
    near = closest_quote(finding, rule)
    if isinstance(closest, Mapping) and near is not None:
        at = place(document, closest["start"]) if isinstance(closest.get("start"), int) else ""
        text = f"The closest wording in the document{f' ({at})' if at else ''} is {_q(near.cut(160))}"
        score = _score(closest.get("score"))
        if score:
            text += f" (score {score} of 100)"
        said = [lacking(item, finding, rule) for item in _lacked(closest) if item]
        return text + (": " + "; ".join(said) if said else "") + "."
    weak = (finding.details or {}).get("weak")
    if finding.excerpt and finding.score is not None and isinstance(weak, (int, float)) and finding.score < weak / 2:
        # Far below "close": the passage's differences would be a list of unrelated words.
        return (f"No wording near this requirement was found in the document (the nearest passage "
                f"scores {_score(finding.score)} of 100; {_score(weak)} counts as close).")
    if finding.excerpt and finding.score is not None:
        text = f"The closest wording in the document is {_q(_short(finding.excerpt))} (score {_score(finding.score)} of 100)"
        said = differences(finding)
        return text + (": " + "; ".join(said) if said else "") + "."
    return "No wording near this requirement was found in the document."


def _factors(finding: Finding) -> str:
    details = finding.details or {}
    if "count" not in details:
        return ""
    count, required = details.get("count"), details.get("required")
    text = f"{count} factor{'' if count == 1 else 's'} found"
    if required is not None:
        text += f", {required} required"
    missing = [str(f.get("name") or f.get("id")) for f in details.get("factors", []) or []
               if isinstance(f, dict) and f.get("status") in ("missing", "weak")]
    if missing:
        text += "; not found: " + ", ".join(missing)
    return text + "."


def set_aside(finding: Finding, document: Document | None) -> list[str]:
    """One sentence per legend-like passage the checks found but did not count, and why."""
    said = []
    for item in (finding.details or {}).get("set_aside", []) or []:
        if not isinstance(item, dict):
            continue
        where = place(document, item.get("start")) if isinstance(item.get("start"), int) else ""
        reason = str(item.get("reason") or "not counted as the company's legend")
        text = "A legend-like passage" + (f" at {where}" if where else "") + f" was set aside: {reason}"
        if item.get("excerpt"):
            text += f" ({_q(_short(str(item['excerpt']), 120))})"
        said.append(text + ".")
    return said


def _waiver(finding: Finding) -> str:
    waiver = finding.waiver or {}
    parts = []
    if waiver.get("reason"):
        parts.append(f"reason: {waiver['reason']}")
    if waiver.get("approved_by"):
        parts.append(f"approved by {waiver['approved_by']}")
    if waiver.get("expires"):
        parts.append(f"expires {waiver['expires']}")
    return "Waived" + (" (" + "; ".join(str(p) for p in parts) + ")" if parts else "") + "."


def explain(finding: Finding, document: Document | None = None, rule: Rule | None = None) -> str:
    """Why the finding has its status, in one or two plain sentences (no markup).

    `rule` is the rule as the pack describes it (`rule_index(result.pack.rules)`): with it, a
    part the closest wording lacks is named by the rule's own word for it."""
    status = finding.status
    said: list[str] = []
    if status is Status.MET:
        found = quote(finding, document)
        counted = _factors(finding)
        if counted:
            said.append(counted[0].upper() + counted[1:])
        elif found is not None and (found.match or _matched_words(finding, document)):
            # (a match beyond the end of a shortened sentence is quoted from the document)
            said.append(f"Found: {_q(_short(found.match or _matched_words(finding, document), 200))}.")
    elif status is Status.WEAK:
        what = differences(finding)
        counted = _factors(finding)
        if counted:
            said.append(counted[0].upper() + counted[1:])
        if what:
            said.append("The wording differs: " + "; ".join(what) + ".")
        elif not counted:
            near = (finding.details or {}).get("closest")
            found = quote(finding, document)
            words = found.match if found is not None and found.match else ""
            # The proposition's closest sentence is about another place when it does not hold
            # the weak match: what it lacks says nothing about these words.
            lacks = _lacked(near) if isinstance(near, Mapping) and (
                not isinstance(near.get("start"), int) or finding.start is None
                or near["start"] <= finding.start < near.get("end", near["start"])) else []
            phrase = str((finding.details or {}).get("matched_phrase") or "")
            drifted = drift(words, phrase) if words and phrase and not lacks else []
            score = _score(finding.score)
            threshold = _score((finding.details or {}).get("threshold"))
            text = f"The closest wording, {_q(_short(words))}, is near the requirement" if words else \
                "The wording is close to the requirement"
            if lacks:
                text += " but " + "; ".join(lacking(x, finding, rule) for x in lacks)
            elif drifted:
                text += f" ({_q(' '.join(_phrase_words(phrase, words)))}) but differs: " + "; ".join(drifted)
            if score:
                text += f" (score {score} of 100" + (f"; {threshold} counts as found" if threshold else "") + ")"
            said.append(text + ".")
    elif status is Status.MISSING:
        counted = _factors(finding)
        near = _closest(finding, rule, document)
        nowhere = (near.startswith("No wording") and finding.anchor == "document"
                   and isinstance(rule, Mapping) and rule.get("scope") == "legend")
        if counted:
            said.append(counted[0].upper() + counted[1:])
        if nowhere:
            # Not "nothing near it in the document": a legend rule looks only inside a legend.
            said.append("The document has no legend to look in; this element counts only inside one.")
        elif not counted and not (near.startswith("No wording") and set_aside(finding, document)):
            said.append(near)  # (a set-aside legend is the nearest wording: said below)
    elif status is Status.VIOLATED:
        if contradicted(finding):
            said.append(_contrary(finding))
        elif _elsewhere(finding):
            said.append(_elsewhere(finding))
        else:
            said.append("The document uses wording the rule forbids"
                        + (f": {_q(_short(finding.excerpt))}" if finding.excerpt else "") + ".")
    elif status is Status.WAIVED:
        said.append(_waiver(finding))
    else:
        said.append("This rule does not apply to this document.")
    said.extend(set_aside(finding, document))
    return " ".join(said)


@dataclass(frozen=True)
class Suggestion:
    """Wording to copy under a problem: counsel's approved sentence, or the pack's model clause."""

    source: str  # "approved" (a company pack's approved wording) or "model" (the rule's model clause)
    text: str


SUGGEST_FROM_APPROVED = 60  # token-set similarity (0-100) of an approved sentence to the model clause
SENTENCE_WORDS = 5


def suggestion(finding: Finding, approved: Sequence[str] = ()) -> Suggestion | None:
    """What to write for a missing, weak or contradicted element.

    A company pack's approved wording takes precedence: the approved sentence most like the
    rule's model clause, when one is alike enough; otherwise the model clause itself. Nothing for
    an element that is met, for forbidden wording, or for a rule that carries the approved wording
    itself (its card shows that wording and the redline).
    """
    if not finding.status.is_problem or finding.approved or not finding.model:
        return None
    if finding.status is Status.VIOLATED and not contradicted(finding):
        return None
    model = canonical_phrase(finding.model)
    best: tuple[float, str] | None = None
    if len(model.split()) >= SENTENCE_WORDS:  # a heading is not looked for among sentences
        for text in approved:
            for sentence in re.split(r"(?<=[.!?])\s+(?=[\"\u201c(A-Z])", _collapse(text)):
                words = canonical_phrase(sentence)
                # Alike, and lacking none of the model's meaning words ("undue", "no"). A number
                # the model names may be absent (counsel cites the Act, not its sections), but not
                # replaced by another ("Act of 1996").
                diffs = meaning_differences(model, words)
                lacking = [w for w in diffs if not w.startswith("+")]
                if any(not w[:1].isdigit() for w in lacking) or (
                        lacking and any(w[1:2].isdigit() for w in diffs if w.startswith("+"))):
                    continue
                score = fuzz.token_set_ratio(model, words)
                if score >= SUGGEST_FROM_APPROVED and (best is None or score > best[0]):
                    best = (score, sentence)
    if best is not None:
        return Suggestion("approved", best[1])
    return Suggestion("model", _collapse(finding.model))


def detail_line(finding: Finding) -> str:
    """For the technical reader: rule id, score and thresholds, in one line."""
    parts = [finding.rule]
    if finding.score is not None:
        parts.append(f"score {finding.score:.1f}")
    details = finding.details or {}
    limits = []
    if isinstance(details.get("threshold"), (int, float)):
        limits.append(f"found at {details['threshold']:g}")
    if isinstance(details.get("weak"), (int, float)) and details.get("weak") != details.get("threshold"):
        limits.append(f"close at {details['weak']:g}")
    if limits:
        parts.append(" / ".join(limits))
    if (finding.status.is_problem and finding.score is not None
            and isinstance(details.get("threshold"), (int, float)) and finding.score >= details["threshold"]):
        parts.append("the words score high, but a word that carries meaning differs")
    parts.append(f"severity {finding.severity.value}")
    return " \u00b7 ".join(parts)
