"""Headings that extraction merged into a paragraph, found in the source text (capitals matter).

Fixed-width EDGAR text, tag-less HTML, one giant `<p>` and newswire copies run a heading into
the text around it: "… visit www.example.com. Forward-Looking Statements Certain statements in
this release …", "… (more) 12 Cautionary Note Concerning Factors That May Affect Future Results
This Annual Report …". A merged heading is a title-case run of a few words that stands after a
sentence end, a number, a web address or the start of the paragraph, and before a capitalised
word that opens the next sentence ("This", "Certain", "We" …, or any capitalised word a
lower-case one follows); a headline may leave a verb in lower case ("Forward-Looking Information
is Subject to Risk and Uncertainty"). In text all in capitals a heading is told from the sentence
after it only where that sentence cannot go on the caption ("FORWARD-LOOKING STATEMENTS THIS PRESS
RELEASE CONTAINS FORWARD-LOOKING STATEMENTS ...") or a colon closes it.

`legend_headings` finds those that name a legend (forward-looking, safe harbor, cautionary);
`section_headings` finds any such heading ("About Acme Corporation", "Media Contact"), for
paragraphs so long that they must hold more than one section.
"""

from __future__ import annotations

import re

from ..meaning.lexicon import FINITE_VERBS
from ..normalise import INVISIBLE

# Words a title may leave in lower case ("Forward Looking and other Cautionary Information").
SMALL_WORDS = frozenset({"of", "on", "and", "or", "the", "for", "to", "in", "a", "an", "regarding",
                         "concerning", "about", "under", "with", "by", "other"})
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+$", re.IGNORECASE)
_LEGEND_NAME = re.compile(r"(?:Forward|FORWARD)[-‐‑– ]?(?:Looking|LOOKING|looking)|(?:Safe|SAFE) (?:Harbou?r|HARBOU?R)|"
                          r"(?:Safe|SAFE) harbou?r|Cautionary|CAUTIONARY|Caution\b|(?:Special|SPECIAL) (?:Note|NOTE)")
# What a caption in sentence case, or one opening with "Caution", must name to be the legend's
# ("Caution regarding forward-looking information:"; not "Caution: ...", which may warn of anything)
_NAMED_IN_CAPTION = re.compile(r"(?i)forward[-‐‑– ]?looking|safe harbou?r|cautionary")
# Capitalised words that open the sentence after a merged heading ("… Statements This release").
_SENTENCE_OPENERS = frozenset("""This These The Certain Statements Except Some All We Our Any In From
Information Unless When Readers Investors You Such Each During Although While Matters Many Actual Management Comments
It Its For""".split())
# These open a sentence even before a capitalised word ("… Future Results This Annual Report …").
_STRONG_OPENERS = frozenset("This These Certain Except We Our Some All Readers Investors You Unless".split())
# A sentence end, then a capitalised word: where any merged heading may start.
_AFTER_SENTENCE = re.compile(r"(?<=[a-z0-9)”\"'][.!?]) +(?=[A-Z][A-Za-z&'’-]* )")
_MARKUP_RUN = re.compile(r"[#*=_~|-]{2,}")
# A bare domain ("Learn more at acme.com") or a social handle ("Twitter: @AcmeCorp") ends a
# contact line as a full web address does.
_DOMAIN = re.compile(r"(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6}/?")
_HANDLE = re.compile(r"@[A-Za-z0-9_]{2,}")
# ... and so does the name of a social network, a link's label on a release's contact lines
# ("Follow us on LinkedIn", "Connect with us on Twitter"): such a name closes a line, never a
# sentence that goes on.
_SOCIAL_NETWORKS = frozenset({"linkedin", "twitter", "facebook", "instagram", "youtube", "tiktok", "stocktwits",
                              "bluesky", "wechat", "weibo", "xing"})
# ... and so does an officer's title, the last line of a release's signature ("On behalf of the
# Board of Directors, Jane Roe Chief Executive Officer"), which no heading ends with.
_SIGNATURE_TITLES = frozenset({"Officer", "President", "CEO", "CFO", "COO", "Chairman", "Chairwoman", "Chairperson",
                               "Secretary", "Treasurer"})
# A caption that names the statute runs long ("Safe Harbor for Forward-Looking Statements
# Statement under the Private Securities Litigation Reform Act of 1995"): as a paragraph in title
# case may (`fslcheck.checks.heading`), such a merged caption may run to 2.5 times max_words.
_STATUTE = re.compile(r"\b(?:Act|ACT)\b")
_LONG_CAPTION_SHARE = 2.5
# ... ending with it: "... under the Private Securities Litigation Reform Act of 1995:"
_ENDS_WITH_STATUTE = re.compile(r"\b(?:Act|ACT)(?: (?:of|OF) [0-9]{4})?:$")
_LEAD_WORDS = 6
_SECTION_WORDS = 8


# Characters a reader does not see (`normalise.INVISIBLE`): a soft hyphen (a Word or RTF export's
# discretionary hyphen, "Caut\u00adionary"), zero-width spaces and joiners, a byte-order mark.
_INVISIBLE = INVISIBLE


def legend_headings(source: str, start: int, end: int, max_words: int = 12) -> list[tuple[int, int]]:
    """Source spans of merged headings that name a legend, in source [start, end). A heading is read
    as a reader sees it: the invisible characters inside its words (`_INVISIBLE`) are left out."""
    if _INVISIBLE.search(source, start, end) is None:
        return _legend_headings(source, start, end, max_words)
    piece = source[start:end]
    kept = [i for i, ch in enumerate(piece) if not _INVISIBLE.match(ch)]
    seen = "".join(piece[i] for i in kept)
    return [(start + kept[a], start + kept[b - 1] + 1) for a, b in _legend_headings(seen, 0, len(seen), max_words)
            if a < b]


def _legend_headings(source: str, start: int, end: int, max_words: int) -> list[tuple[int, int]]:
    spans = []
    for named in _LEGEND_NAME.finditer(source, start, end):
        words_before = source[max(start, named.start() - 120) : named.start()].split()
        if words_before and not words_before[-1].strip(_QUOTES):
            words_before.pop()  # the opening quote of '"Safe harbor" statement ...'
        in_capitals = named.group().isupper()
        lead: list[str] = []
        for index in range(len(words_before) - 1, -1, -1):
            word = words_before[index]
            # (what ends a unit is no word of a heading: "| ir@acme.com Forward-looking statements";
            # nor is a word in another case than the heading's: "... RESULTS OF OPERATIONS
            # Forward-Looking Statements", "... Select Market PART I CAUTIONARY STATEMENT")
            if len(lead) >= _LEAD_WORDS or word.rstrip(_CLOSING_QUOTES)[-1:] in ":;," or _ends_a_unit(word) \
                    or not (word[:1].isupper() or word in SMALL_WORDS) or _other_case(word, in_capitals) \
                    or _part_number(words_before, index):
                break
            lead.insert(0, word)
        while lead and lead[0] in SMALL_WORDS:
            lead.pop(0)
        rest = len(words_before) - len(lead)
        previous = words_before[rest - 1] if rest > 0 else ""
        at_start = rest == 0 and len([w for w in source[start : named.start()].split() if w.strip(_QUOTES)]) == len(lead)
        # a heading in title case after one in capitals starts a unit of its own
        after_capitals = not in_capitals and _in_capitals(previous)
        if not (at_start or after_capitals or _part_number(words_before, rest - 1) or _ends_a_unit(previous)):
            continue
        longest = int(_LONG_CAPTION_SHARE * max_words)
        following = source[named.start() : end].split(None, longest + 2)[: longest + 2]
        # (a caption closed by a full stop or in sentence case starts with the legend's name: "See
        # the Safe Harbor Statement." is a sentence)
        label = _label_end(following) or (_capitals_label(following, max_words) if in_capitals else None) or (
            (_closed_label(following, max_words) or _sentence_case_label(following, max_words)) if not lead else None)
        if label is None or len(lead) + label[0] > longest or (
                len(lead) + label[0] > max_words and not _STATUTE.search(" ".join(label[1][: label[0]]))):
            continue
        count, words_after = label
        caption = " ".join(lead + words_after[:count])
        if not is_title(caption) and not _sentence_case(words_after[:count]):
            continue
        if named.group() == "Caution" and not _NAMED_IN_CAPTION.search(caption):
            continue  # "Caution:" may warn of anything
        if lead:  # where the lead's words stand, just before the name ("A NOTE ABOUT ...": not the A of ABOUT)
            placed = re.compile(r"\s+".join(re.escape(w) for w in lead) + r"\s*$").search(
                source, max(start, named.start() - 120), named.start())
            first = placed.start() if placed is not None else -1
        else:
            first = named.start()
        found = re.compile(r"\s*".join(re.escape(w) for w in words_after[:count])).match(source, named.start())
        span = (first if first >= 0 else named.start(), found.end()) if found is not None else None
        if span is not None and span not in spans:  # "Cautionary Note Regarding Forward-Looking …" names it twice
            spans.append(span)
    return spans


def _ends_a_unit(word: str) -> bool:
    """The word before a merged heading closes what came before it: a sentence, a number (a page,
    a year, a telephone number "203-6386"), a web or e-mail address, the end of a contact or
    signature line (`_closes_a_line`), a "(more)" or a run of markup ("###", "***") that newswires
    set between sections."""
    word = word.rstrip(_CLOSING_QUOTES) or word  # a quotation ends the sentence: '... as a Board Observer.”'
    return (word[-1:] in ".!?)" or word.rstrip(".")[-1:].isdigit() or WEB_ADDRESS.match(word) is not None
            or "@" in word[1:-1] or word.endswith(("(more)", "-more-")) or _MARKUP_RUN.fullmatch(word) is not None
            or _DOMAIN.fullmatch(word) is not None or _HANDLE.fullmatch(word) is not None
            or _closes_a_line(word))


def _other_case(word: str, in_capitals: bool) -> bool:
    """The word is written in the other case than a heading in capitals (or not): a word of one
    letter ("A NOTE ABOUT ...", "Part I") is in either."""
    return sum(c.isalpha() for c in word) >= 2 and word.isupper() != in_capitals


def _in_capitals(word: str) -> bool:
    """A word of two letters or more all in capitals ("OPERATIONS", "NOTE")."""
    return _other_case(word, False)


_ROMAN = frozenset({"I", "II", "III", "IV"})


def _part_number(words: list[str], index: int) -> bool:
    """words[index] numbers a filing's part ("PART I", "Part II"), which closes a heading line."""
    return index >= 1 and words[index].rstrip(".") in _ROMAN and words[index - 1] in ("PART", "Part")


def _closes_a_line(word: str) -> bool:
    """A social network's name or an officer's title: the end of a contact or signature line."""
    return word.lower() in _SOCIAL_NETWORKS or word.rstrip(",") in _SIGNATURE_TITLES


_QUOTES = "\"“”'‘’"
_CLOSING_QUOTES = "\"”'’"


def _closed_label(words: list[str], max_words: int) -> tuple[int, list[str]] | None:
    """A title-case caption closed by a full stop, then a sentence ("… info@acme.com Forward
    Looking Statements. Certain disclosure in this release …"): every word capitalised or small,
    and a word that opens sentences after the stop."""
    for index, word in enumerate(words[:max_words]):
        if not (word[:1].isupper() or word in SMALL_WORDS) or word.lower().rstrip(".") in FINITE_VERBS:
            return None
        if word.endswith("."):
            following = words[index + 1] if index + 1 < len(words) else ""
            if index >= 1 and following in _SENTENCE_OPENERS and len(word) > 4:
                return index + 1, words
            return None
    return None


def _sentence_case(words: list[str]) -> bool:
    """A caption in sentence case: a capital first, then lower case ("Forward-looking statements");
    a statute's name keeps its capitals ("“Safe harbor” statement under the Private Securities
    Litigation Reform Act of 1995:")."""
    bare = [w.strip(_QUOTES) for w in words]
    if len(bare) < 2 or not bare[0][:1].isupper():
        return False
    if _ENDS_WITH_STATUTE.search(" ".join(bare)):
        return bare[1][:1].islower()
    return all(w[:1].islower() for w in bare[1:])


def _sentence_case_label(words: list[str], max_words: int) -> tuple[int, list[str]] | None:
    """A caption in sentence case run into its paragraph ("Forward-looking statements This press
    release contains ..."): lower-case words after the capitalised first, then, before any
    punctuation and within max_words, a capitalised word that opens a sentence. Inside a sentence
    a capitalised "This" or "The" cannot follow a lower-case word: that is where a heading ended."""
    bare = [w.strip(_QUOTES) for w in words]
    # a caption that names the statute, closed by a colon before a capitalised sentence
    for index, word in enumerate(bare[1 : int(_LONG_CAPTION_SHARE * max_words) + 1], start=1):
        if word.lower() in FINITE_VERBS or word[-1:] in ".!?;,)":
            break  # "Forward-looking statements include the following:" is a sentence
        if word.endswith(":"):
            if _ENDS_WITH_STATUTE.search(" ".join(bare[: index + 1])) and index + 1 < len(words) \
                    and words[index + 1][:1].isupper():
                return index + 1, words
            # a short caption closed by a colon before a sentence's subject ("Caution regarding
            # forward-looking information: This press release contains ...")
            if index < max_words and index + 1 < len(words) and words[index + 1] in _STRONG_OPENERS \
                    and all(w[:1].islower() and w.rstrip(":").lower() not in FINITE_VERBS for w in bare[1 : index + 1]) \
                    and _NAMED_IN_CAPTION.search(" ".join(bare[: index + 1])):
                return index + 1, words
            break
    for index, word in enumerate(bare[1 : max_words + 1], start=1):
        if word[:1].isupper():
            if index >= 2 and word in _SENTENCE_OPENERS and (word in _STRONG_OPENERS or (
                    index + 1 < len(words) and words[index + 1][:1].islower())):
                return index, words
            return None
        if word.lower() in FINITE_VERBS or word[-1:] in ".!?,;:)" or (word != words[index] and index > 1):
            return None
    return None


def section_headings(source: str, start: int, end: int) -> list[tuple[int, int]]:
    """Source spans of any merged heading after a sentence end in source [start, end)
    ("… on Form 10-K. About Acme Corporation Acme Corporation designs …" gives "About Acme
    Corporation Acme" or so: where the section starts matters, not its exact words)."""
    spans = []
    for boundary in _AFTER_SENTENCE.finditer(source, start, end):
        words = source[boundary.end() : min(end, boundary.end() + 200)].split(None, _SECTION_WORDS + 2)
        label = _label_end(words[: _SECTION_WORDS + 2])
        if label is None or label[0] > _SECTION_WORDS or not is_title(" ".join(words[: label[0]]), 0.99):
            continue
        if words[label[0] - 1] in SMALL_WORDS:
            continue
        spans.append((boundary.end(), boundary.end() + len(" ".join(words[: label[0]]))))
    return spans


def _label_end(words: list[str]) -> tuple[int, list[str]] | None:
    """How many of `words` (starting at a heading) are the heading, before the sentence that
    follows it opens; None when no sentence follows in sentence case."""
    verb = next((i for i, w in enumerate(words) if (w[:1].islower() and w not in SMALL_WORDS) or w[-1:] in ".!?,;:"), None)
    headline = _headline_end(words, verb) if verb is not None else None
    for index, word in enumerate(words if headline is None else ()):
        if index and word in _SENTENCE_OPENERS and (word in _STRONG_OPENERS or (
                index + 1 < len(words) and words[index + 1][:1].islower())):
            count = index
            break
        if word[:1].islower() and word not in SMALL_WORDS:
            # The capitalised word before it starts the sentence ("… Statements Intel's Business
            # Outlook and other statements"): the last one, over small words.
            count = index - 1
            while count > 0 and words[count] in SMALL_WORDS:
                count -= 1
            break
        if word[-1:] == ":" and index + 1 < len(words) and words[index + 1][:1].isupper():
            count = index + 1  # a label that a colon closes ("… Reform Act of 1995: This release …")
            break
        if word[-1:] in ".!?,;":
            return None
    else:
        if headline is None:
            return None
        count = headline
    if count < 1 or not words[count][:1].isupper():
        return None  # "Restrictions on our operations …": a sentence, not a heading before one
    if not any(w[:1].islower() for w in words[count : count + 6]):
        return None  # text all in capitals: no heading can be told from it
    return count, words


# In text all in capitals a caption and the sentence after it can be told apart only where that
# sentence opens with a clause that cannot go on the caption's noun: its own verb with its object
# ("FORWARD-LOOKING STATEMENTS THIS PRESS RELEASE CONTAINS FORWARD-LOOKING STATEMENTS ...": after
# "statements this release contains" a relative clause would have no object), "CERTAIN STATEMENTS"
# or "EXCEPT FOR". ("FORWARD-LOOKING STATEMENTS THIS RELEASE CONTAINS ARE ..." is one sentence.)
_CAPITALS_SENTENCE = re.compile(
    r"(?:THIS|THESE)(?: [A-Z0-9-]+){1,4}? (?:MAY |WILL |ALSO )?(?:CONTAINS?|INCLUDES?|CONSTITUTES?) "
    r"(?!(?:ARE|IS|WAS|WERE|MAY|MIGHT|WILL|SHOULD|COULD|CAN|WOULD|HAVE|HAS|BE|AND|OR)\b)[A-Z\"“]"
    r"|CERTAIN (?:STATEMENTS|INFORMATION|MATTERS)\b|EXCEPT FOR\b")
# ... and the caption ends with a caption's noun (or the statute's year)
_CAPTION_NOUNS = frozenset({"STATEMENT", "STATEMENTS", "INFORMATION", "NOTE", "NOTICE", "LANGUAGE", "HARBOR",
                            "HARBOUR", "1995", "PROVISIONS", "DISCLAIMER"})


def _capitals_label(words: list[str], max_words: int) -> tuple[int, list[str]] | None:
    """A caption in capitals run into a legend in capitals (`_CAPITALS_SENTENCE`), or closed by a
    colon before one ("SAFE HARBOR STATEMENT: THIS RELEASE ...")."""
    for index, word in enumerate(words[: max_words + 1]):
        if any(c.islower() for c in word):
            return None
        if word.endswith(":") and index + 1 < len(words) and word.rstrip(":").strip(_QUOTES) in _CAPTION_NOUNS:
            return index + 1, words
        if word[-1:] in ".!?,;:":
            return None
        if index and words[index - 1].strip(_QUOTES) in _CAPTION_NOUNS and _CAPITALS_SENTENCE.match(" ".join(words[index:])):
            return index, words
    return None


# Verbs a headline leaves in lower case ("Forward-Looking Information is Subject to Risk and
# Uncertainty", "Forward-Looking Statements are Subject to Change").
_HEADLINE_VERBS = frozenset({"is", "are"})


def _headline_end(words: list[str], verb: int) -> int | None:
    """Where a headline with a lower-case verb ends: words[verb] is "is" or "are" after two title
    words or more, and the words after it are title-case (or small) up to a capitalised word that
    opens a sentence, which follows without punctuation ("... Subject to Change This release ...").
    None when the verb is a sentence's ("... Statements Acme is listed on ...")."""
    if verb < 2 or words[verb] not in _HEADLINE_VERBS or not words[verb - 1][:1].isupper() \
            or any(w in _STRONG_OPENERS for w in words[1:verb]):
        return None  # ("... Statements We are Pleased ...": the verb is the sentence's)
    for index in range(verb + 1, len(words)):
        word = words[index]
        if index > verb + 1 and word in _SENTENCE_OPENERS and (word in _STRONG_OPENERS or (
                index + 1 < len(words) and words[index + 1][:1].islower())):
            return index
        if not (word[:1].isupper() or word in SMALL_WORDS) or word[-1:] in ".!?,;:":
            return None
    return None


def is_title(words_text: str, share: float = 0.6) -> bool:
    """Title case or capitals: most words of four letters or more start with a capital."""
    words = words_text.split()
    if not words or not words[0][:1].isupper():
        return False
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) / len(long_words) >= share
