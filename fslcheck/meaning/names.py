"""Who the document is, and which words it writes as someone's name.

A legend's disclaimers speak for the company that issues it. A sentence that hands an element to
another party by name ("factors described in Royalty Pharma's filings", "forward-looking
statements made by Stonepeak", "Coeur undertakes no obligation") is not the company's element. To
tell the two apart the readers need two facts about the whole document, which a sentence alone
does not give:

- the words of the names the company gives itself (`own_names`): the name before its first stock
  ticker and the ticker's symbol ("Agios Pharmaceuticals, Inc. (NASDAQ: AGIO)"), a name it
  defines as "the Company", its "About <Name>" headings;
- whether a word is written as a name (`Names.is_name`): the document writes it with a capital
  after a word in lower case (or after a name's first words that follow one: "described in
  Royalty Pharma's") at least once, and never starts it with a lower-case letter. A common noun
  ("Actual results", "Risk Factors") is written in lower case somewhere, or stands capitalised
  only where every word is (a sentence's start, a title); a document in capitals throughout
  names nothing this way.

Canonical text is lower case, so the second fact is read from the document's own text, one
word at a time and only for the words a reader asks about.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from ..glued_words import near_english_word
from ..normalise import INVISIBLE

from .lexicon import (BOUNDARIES, COUNTRIES, CORPORATE_SUFFIXES, DEMONYMS, FILLERS, GENERIC_NAMES, INCORPORATION_SUFFIXES,
                      PROVINCES, STATES, TITLE_WORDS)

# "About Cybin", "About Stryve Foods, Inc.": a short paragraph (canonical text) naming the company.
_ABOUT = re.compile(r"about ([a-z][a-z0-9&.,' -]*)")
_ABOUT_WORDS = 6
# The name just before the first exchange ticker: "agios pharmaceuticals, inc. (nasdaq: agio)".
# (several exchanges before one symbol: "(nyse, tsx: bnt)", "(nyse/tsx: bnt)")
_TICKER = re.compile(r"\((?:nyse|nasdaq|amex|tsx|tsxv|otc|otcqb|otcqx|cboe|lse|asx)\b[a-z ]*"
                     r"(?:[,/] ?(?:nyse|nasdaq|amex|tsx|tsxv|otc|otcqb|otcqx|cboe|lse|asx)\b[a-z ]*)*:\s*([a-z]{1,6})\b")
# ... or the one a document defines as the company: "cybin inc. (cybin or the company)", "coeptis,
# inc. (the company or coeptis)".
_DEFINED = re.compile(r"\((?:together with its subsidiaries,? |collectively,? )?(?:([a-z][a-z0-9&-]*),? or )?"
                      r"(?:the )?company(?:,? or ([a-z][a-z0-9&-]*))?\)")
# A name with a corporate suffix, read from the source where its words are capitalised: the
# dateline's issuer (`issuer_names`), which many releases give without a ticker.
_SUFFIXED = re.compile(r"((?:[A-Z][A-Za-z0-9&'’-]*,? ){1,5})(?:Inc|Incorporated|Corp|Corporation|Ltd|Limited|LLC|"
                       r"PLC|plc)\b")
_ISSUER_CHARACTERS = 1500
# A filing's cover gives the registrant's name on the line above "(Exact name of registrant as
# specified in its charter)".
# (Found from the note itself: a pattern that opens with the name's line would be tried at every
# character of a long document.)
_REGISTRANT_NOTE = re.compile(r"\n\s*\(exact name of (?:the )?registrant")


def _registrant_end(text: str) -> int | None:
    """Where the registrant's name ends on a filing's cover (the line break before its note), or
    None: the first note with a line of two characters or more before it."""
    for note in _REGISTRANT_NOTE.finditer(text):
        line_start = text.rfind("\n", 0, note.start()) + 1
        if note.start() - line_start >= 2:
            return note.start()
    return None
_NAME_WORD = re.compile(r"[a-z][a-z0-9&'-]*")
# A short name defined by the names it stands for: "amh refers to one or more of american homes 4
# rent, american homes 4 rent, l.p. and their subsidiaries".
_REFERS_TO = re.compile(r"\b([a-z][a-z0-9&-]*) refers to (?:one or more of |any of |each of |collectively )?([^.;:()]{1,120})")
_REFERS_TO_WORDS = " refers to "  # what every match of `_REFERS_TO` holds
_LIST_SPLIT = re.compile(r",\s*|\s+and\s+|\s+or\s+")
_NAME_WORDS = 5  # words of a name read back from its ticker or definition
_NOT_NAME_WORDS = GENERIC_NAMES | CORPORATE_SUFFIXES | frozenset("the us our about a an".split())


def own_names(text: str, paragraphs: list[tuple[int, int]]) -> frozenset[str]:
    """The words of the names a document gives itself (canonical `text`; `paragraphs` are its
    paragraph spans): the name and symbol of its first ticker, the name it defines as "the
    Company", its "About <Name>" headings. A release on a merger has an "About" heading for each
    party, so the other party counts as the company too: a name is read as someone else's only
    when the document does not present it (or, when it defines "the Company" as a name, presents
    it under an "About" heading apart from that name). Corporate suffixes and generic words ("About the
    Company") are left out."""
    names: set[str] = set()
    ticker = _TICKER.search(text)
    if ticker:  # the name and the symbol ("IVT undertakes no obligation ...")
        names.update(_name_before(text, ticker.start()))
        names.add(ticker.group(1))
    registrant = _registrant_end(text)
    if registrant is not None:  # a filing's cover: "MEDICIS PHARMACEUTICAL CORPORATION (Exact name of registrant ...)"
        names.update(_name_before(text, registrant))
    for defined in _DEFINED.finditer(text):
        names.update(_name_before(text, defined.start()))
        names.update(short for short in defined.groups() if short)
    # ... or defines by its kind: "choice properties real estate investment trust ("choice
    # properties" or the "trust")", "northgate realty trust (the trust)"
    for defined in _DEFINED_KIND.finditer(text) if "(" in text else ():
        names.update(_name_before(text, defined.start()))
        names.update(w for w in _NAME_WORD.findall(defined.group(0)) if w not in _DEFINING_WORDS)
    # (only a text that says "refers to" is searched: the pattern opens on a word boundary, which
    # keeps the regex engine from scanning ahead for the phrase, and most releases never say it)
    for refers in _REFERS_TO.finditer(text) if _REFERS_TO_WORDS in text else ():
        # "AMH refers to one or more of American Homes 4 Rent, American Homes 4 Rent, L.P. and
        # their subsidiaries": the legal names behind a short name the company goes by
        if refers.group(1) in names:
            for piece in _LIST_SPLIT.split(refers.group(2)):
                if piece.split()[:1] in (["their"], ["its"], ["our"]):
                    break  # "... and their subsidiaries": the group, not a name
                names.update(w.strip(".,'") for w in _NAME_WORD.findall(piece)[:_NAME_WORDS] if len(w) > 1)
    # A document that defines one name as "the Company" and presents that name under an "About"
    # heading of its own has said who it is: an "About" heading for a name apart from that one
    # presents another party (the target of a stake it buys), not the company.
    # (Not a document that only gives its ticker or names its issuer in its dateline: read so in
    # the fortieth session, "About Wiz" beside "About Check Point" made the partner another party,
    # but in a joint release it made the other party's filings and results another's and cost two
    # findings on the held-out half; withdrawn.)
    defined = set(names) - _NOT_NAME_WORDS if _DEFINED.search(text) else set()
    abouts = []
    for a, b in paragraphs:
        if text.startswith("about ", a) and text.count(" ", a, b) < _ABOUT_WORDS:
            about = _ABOUT.match(text, a, b)
            if about:
                abouts.append({w.strip(".,'") for w in about.group(1).split()})
    presented = any((words - _NOT_NAME_WORDS) & defined for words in abouts)
    for words in abouts:
        if not presented or (words - _NOT_NAME_WORDS) & defined:
            names.update(words)
    return frozenset(names - _NOT_NAME_WORDS - {""})


def own_phrases(text: str) -> frozenset[tuple[str, ...]]:
    """The company's names of two words or more, in order, as the dateline's ticker and the
    definition of "the Company" give them (canonical `text`): ("brookfield", "wealth",
    "solutions"). A name that opens with the same word and goes on otherwise names another member
    of a family of companies (`Names.branches_off`)."""
    phrases = set()
    ticker = _TICKER.search(text)
    found = [ticker.start()] if ticker else []
    found += [m.start() for m in _DEFINED.finditer(text)]
    registrant = _registrant_end(text)
    found += [registrant] if registrant is not None else []
    for end in found:
        head = text[max(0, end - 120):end].rstrip()
        for mark in ("\n", ")", ";", ":", "/", " — ", " – ", "--", "("):
            head = head.rsplit(mark, 1)[-1]
        pieces = [piece.strip() for piece in head.split(",")]
        while len(pieces) > 1 and all(w.strip(".") in CORPORATE_SUFFIXES for w in pieces[-1].split()):
            pieces.pop()
        name = [w.strip(".,'") for w in _NAME_WORD.findall(_NUMBER.split(pieces[-1])[-1] if pieces else "")]
        name = [w for w in name[-_NAME_WORDS:] if w not in CORPORATE_SUFFIXES]
        while name and name[0] in _FUNCTION_WORDS:
            name = name[1:]
        if len(name) > 1:
            phrases.add(tuple(name))
    return frozenset(phrases)


# A kind of company the document defines as its own short name: "TD Bank Group (TD or the Bank)",
# "Northgate Realty Trust (the Trust)", "(collectively, the Partnership)". The legend then speaks
# of "the Bank's forward-looking statements" as "the Company's". ("company" and "corporation" are
# the company's possessives everywhere: `parties.COMPANY_POSSESSIVES`.)
_DEFINED_KIND = re.compile(r"\((?:together with its subsidiaries,? |collectively,? )?"
                           r"(?:[a-z][a-z0-9&-]*(?: [a-z][a-z0-9&-]*){0,2},? or )?"
                           r"the (bank|trust|partnership|fund|reit|firm|group)(?:,? or [a-z][a-z0-9&-]*)?\)")


_DEFINING_WORDS = frozenset("together with its subsidiaries collectively or the".split())


def defined_kinds(text: str) -> frozenset[str]:
    """The kind nouns (`_DEFINED_KIND`: bank, trust, partnership, fund, REIT, firm, group) a
    document (canonical `text`) defines as the short name it goes by in parentheses after its
    name: "(TD or the Bank)", "(the Trust)". Such a word's possessive is the company's own ("the
    Bank's forward-looking statements"). A kind noun the document never defines so names no one
    in particular, and its possessive stays as it was read before ("the Bank's" of a lender)."""
    if "(" not in text:
        return frozenset()
    return frozenset(match.group(1) for match in _DEFINED_KIND.finditer(text))


def issuer_names(source: str) -> frozenset[str]:
    """The words of the issuer a release's dateline names (`source`: the document as written):
    the first name near the top with a corporate suffix, when its paragraph goes on to say what
    it did ("/CNW/ - Kingsferry Capital Management Group Limited, which owns ..., today issued"),
    its capitalised words back to a function word ("Partnership With Beta Inc." gives "beta").
    A transcript's list of analysts and their firms says no such thing. A communication filed
    under Rule 425 names its issuer in its header instead ("Filed by The Boeing Company")."""
    filer = _FILED_BY.search(source, 0, _ISSUER_CHARACTERS)
    if filer:  # a communication filed under Rule 425 or 14a-12 names its filer in its header
        return frozenset(w.strip(".,'") for w in filer.group(1).lower().split()) - _NOT_NAME_WORDS - TITLE_WORDS - {""}
    issuer = _SUFFIXED.search(source, 0, _ISSUER_CHARACTERS)
    line_end = source.find("\n", issuer.end()) if issuer else -1
    if not issuer or not _ANNOUNCING.search(source, issuer.end(), line_end if line_end >= 0 else len(source)):
        return frozenset()
    words = issuer.group(1).replace(",", " ").lower().split()
    words = words[max((i + 1 for i, w in enumerate(words) if w in _FUNCTION_WORDS), default=0):]
    return frozenset(words) - _NOT_NAME_WORDS - TITLE_WORDS


def host_names(source: str) -> frozenset[str]:
    """The words of the company a call's welcome names as its host ("welcome to The Kroger Co.
    third quarter 2021 earnings call", "joining us for Acme's fiscal 2024 results call"): the
    capitalised words after the greeting, up to the period or the kind of call they hold. A call
    transcript seldom carries a ticker or an "About" heading, and its legend speaks of the company
    by that name ("The Kroger Co. assumes no obligation to update ...")."""
    for greeting in _GREETING.finditer(source, 0, _ISSUER_CHARACTERS):
        words = source[greeting.end() : greeting.end() + 120].split()[:_HOST_WORDS]
        if words and words[0].lower() == "the":
            words = words[1:]
        name: list[str] = []
        for word in words:
            bare = word.rstrip(".,")
            possessive = bare.endswith(("'s", "’s"))
            bare = bare[:-2] if possessive else bare
            if not bare[:1].isupper() or bare.lower() in _CALL_WORDS:
                break
            name += bare.lower().split("-")  # canonical text reads "Dril-Quip" as two words
            if possessive:
                break
        else:
            continue
        if name and (possessive or bare.lower() in _CALL_WORDS or bare[:1].isdigit()):
            return frozenset(name) - _NOT_NAME_WORDS - TITLE_WORDS - {""}
    return frozenset()


_GREETING = re.compile(r"\b(?:[Ww]elcome to|[Jj]oining us (?:today )?(?:for|on))\s+")
_HOST_WORDS = 8
# The words that follow a host's name in a call's title: its period or the kind of call.
_CALL_WORDS = frozenset("""first second third fourth fiscal full annual year year-end quarter quarterly q1 q2 q3 q4
earnings conference results investor analyst""".split())


# "Filed by The Boeing Company" on a line of its own, above "Subject Company: ..." (the other party)
_FILED_BY = re.compile(r"^[ \t]*Filed by:?[ \t]+([A-Z][A-Za-z0-9&.,'’ -]{1,80}?)[ \t]*$", re.MULTILINE)
_ANNOUNCING = re.compile(r"\b(?:today|announce[sd]|report(?:s|ed)|issue[sd]|declare[sd]|complete[sd]|closed|entered|"
                         r"signed|launche[sd]|filed|release[sd]|said|unveiled|priced)\b")


def _name_before(text: str, end: int) -> list[str]:
    """The words of the name that ends at `end` ("agios pharmaceuticals, inc."), with the short
    names in parentheses after it ("aardvark therapeutics, inc. (aardvark)"); read back to a
    stronger break than the name's own comma (a line end, a dateline's newswire, a number)."""
    head = text[max(0, end - 120):end].rstrip()
    words: list[str] = []
    while head.endswith(")") and "(" in head:  # "(aardvark)" after the name: a short name of it
        opening = head.rindex("(")
        words += _NAME_WORD.findall(head, opening)
        head = head[:opening].rstrip()
    for mark in ("\n", ")", ";", ":", "/", " — ", " – ", "--"):
        head = head.rsplit(mark, 1)[-1]
    pieces = [piece.strip() for piece in head.split(",")]
    while len(pieces) > 1 and all(w.strip(".") in CORPORATE_SUFFIXES for w in pieces[-1].split()):
        pieces.pop()  # ", inc."
    name = _NUMBER.split(pieces[-1])[-1] if pieces else ""  # "february 10, 2025 genfit"
    return [w.strip(".,'") for w in words + _NAME_WORD.findall(name)[-_NAME_WORDS:]]


_NUMBER = re.compile(r"\b\d[\d.,]*\b")


class Names:
    """What a reader may ask of the document about names: `own`, the words of the company's own
    names (`own_names`, `issuer_names`), and `is_name(word)`."""

    def __init__(self, own: frozenset[str] = frozenset(), source: str = "", hosts: frozenset[str] = frozenset(),
                 kinds: frozenset[str] = frozenset(), phrases: frozenset[tuple[str, ...]] = frozenset()) -> None:
        self.own = own
        # the company's names of several words, in order (`own_phrases`)
        self.phrases = phrases
        # the kind nouns the document defines as its own short name (`defined_kinds`: "the Bank")
        self.kinds = kinds
        # the words of the name a call's welcome gives its host (`host_names`): the company's too,
        # but read from a transcript's loose capitals, so they only keep a word from being taken
        # for another party (`is_own`); they do not make the document's other names someone else's
        self.hosts = hosts
        # (read as a reader sees it: a soft hyphen or a zero-width space inside a word, as Word and
        # RTF exports leave them, "docu\u00adment", does not make the word one never written in
        # lower case, a name; only how words are written is looked up here, never an offset)
        self._source = INVISIBLE.sub("", source) if INVISIBLE.search(source) else source
        self._known: dict[str, str] = {}  # word -> how the document writes it (`_written`)
        self._capitalised: dict[str, bool] = {}  # word -> written capitalised somewhere (`_coined`)
        # `_named_phrase`'s searches of the whole document, by phrase: a legend repeated in the
        # document asks the same ones again, and each is a pass over the text
        self._phrases: dict[str, bool] = {}
        self._branches: dict[str, bool] = {}  # `branches_off`'s searches, by the name as written
        self._lowered: str | None = None  # `_folded`, made on first use

    def another(self, words: list[str], own: frozenset[str] | None = None, by_suffix: bool = True) -> bool:
        """Whether `words` (a name in canonical words, its last word last; possessive endings
        allowed) name someone the document does not present as itself: the last word is written
        as a name, or it and the words before it are and one of them after a lower-case word
        ("in Halvorsen Marine's"); no word is one of the company's (`own`, by default
        `self.own`) or a short form of one ("IVT" for InvenTrust). A title word, a place or a
        people ("the Commission's", "Canadian") is no party; a letter is an initial ("U.S.").
        With no name of its own known, nothing is another's. With `by_suffix`, a word followed by
        "Inc." or "Ltd." is a name even where the document only starts sentences with it."""
        own = self.own if own is None else own
        stems = [stem(w.replace(".'", "'")).rstrip(".,") for w in words]  # (a caption's words keep their stops)
        incorporated = by_suffix and len(stems) > 1 and stems[-1] in INCORPORATION_SUFFIXES
        while len(stems) > 1 and (stems[-1] in CORPORATE_SUFFIXES or stems[-1] in _KIND_SUFFIXES
                                  or (stems[-1] in _FIRM_SUFFIXES and self.is_name(stems[0]))):
            stems.pop()  # "Eastgate Holdings'" is Eastgate's, "Macquarie Bank's" Macquarie's
        head = stems[-1] if stems else ""
        if len(head) < 2 or not head.isalpha() or head in _NOT_PARTIES:
            return False
        if not own:
            return False
        if (any(w in own for w in stems) or _abbreviates(head, own) or _misprints(head, own)) \
                and not self._led_by_another(stems, own) and not self.branches_off(stems):
            return False
        run = []  # the name's words back to its first
        for word in reversed(stems):
            if not word.isalpha() or word in _NOT_PARTIES or not self.never_lower(word):
                break
            run.append(word)
        if run:
            # a word the document never writes in lower case, followed by "Inc." or "Ltd.", is a
            # name even where it only ever starts a sentence ("Beta Inc. describes ..."); so is
            # one that is no English word ("Brightwater Capital undertakes ...")
            return run[0] == head and (incorporated or any(self.is_name(w) or self._coined(w) for w in run))
        return self._named_phrase(stems)

    def another_joined(self, words: list[str], own: frozenset[str]) -> bool:
        """Whether `words`, a name whose parts "&" joins ("ernst & young", "s&p global", in
        canonical words), name someone the document does not present as itself: none of its
        words is the company's, and the source writes it as a name: the joined letters
        capitalised before a capitalised word ("S&P Global"; "R&D", "M&A" stand alone or before
        a common noun), or each joined word of two letters or more never in lower case ("Ernst
        & Young"; not "research & development")."""
        stems = [stem(w).rstrip(".,") for w in words]
        if not own or not self._source or any(w in own or _abbreviates(w, own) for w in stems if len(w) > 1):
            return False
        long = [w for w in stems if len(w) > 1]
        letters = [w for w in stems if len(w) == 1]
        if letters and len(letters) >= 2 and stems[: len(letters)] == letters:
            # letters that are the initials of the company's names are its short name ("F&M" of
            # Farmers & Merchants Bancorp)
            if all(any(w.startswith(letter) for w in own) for letter in letters):
                return False
            # ... else they must be written as capitals and followed by a capitalised word that
            # is no kind of company ("S&P Global"; "F&M Bank" may be the company's bank)
            if long and (long[0] in CORPORATE_SUFFIXES or long[0] in _KIND_SUFFIXES):
                return False
            pattern = r"\s?&\s?".join(re.escape(w.upper()) for w in letters)
            tail = (r"\s+" + re.escape(long[0][0].upper()) + re.escape(long[0][1:])) if long else r"\s+[A-Z][a-z]"
            return re.search(rf"(?<![A-Za-z]){pattern}{tail}", self._source) is not None
        return bool(long) and all(w.isalpha() and w not in _NOT_PARTIES and self.never_lower(w) for w in long)

    def branches_off(self, stems: list[str]) -> bool:
        """Whether a name that opens with the first word of one of the company's names of several
        words goes on with other words, none of the company's, and is written so as a name:
        "Brookfield Asset Management" beside the company "Brookfield Wealth Solutions" names
        another member of the family (the manager, a sister company), where "Brookfield" alone, or
        "Brookfield Wealth", stays the company's."""
        if len(stems) < 2 or not self.phrases:
            return False
        rivals = [p for p in self.phrases if p[0] == stems[0]]
        if not rivals or any(stems[1] == p[1] for p in rivals):
            return False
        rest = stems[1:]
        while len(rest) > 1 and (rest[-1] in CORPORATE_SUFFIXES or rest[-1] in _KIND_SUFFIXES or rest[-1] in _FIRM_SUFFIXES):
            rest = rest[:-1]  # "Asset Management", "Capital Partners LLC": the firm's kind is its name's too
        if any(w in self.own or not w.isalpha() or w in _NOT_PARTIES for w in rest):
            return False
        written = " ".join(w[0].upper() + w[1:] for w in stems)
        found = self._branches.get(written)
        if found is None:
            # (the pattern matches the words as written and nothing else: a document without them
            # needs no search with look-arounds)
            phrase = " ".join(w[0].upper() + re.escape(w[1:]) for w in stems)
            found = self._branches[written] = written in self._source and re.search(
                rf"(?<![A-Za-z0-9'’]){phrase}(?![A-Za-z0-9])", self._source) is not None
        return found

    def _led_by_another(self, stems: list[str], own: frozenset[str]) -> bool:
        """Whether a name of several words that shares a later word with the company's names
        opens with a word of its own that is none of them and is written as a name: "Bimini
        Capital Management" beside "Orchid Island Capital" is another firm with a common word in
        its name, where "Orchid Capital" or "Island Capital" stays the company's."""
        first = stems[0]
        return (len(stems) > 1 and first not in own and first.isalpha() and first not in _NOT_PARTIES
                and not _abbreviates(first, own) and not _misprints(first, own)
                and self.never_lower(first) and (self.is_name(first) or self._coined(first)))

    def _coined(self, word: str) -> bool:
        """Whether `word` (canonical) is a coined name the document writes capitalised: no English
        word of the word list nor one edit from one (a misprint or a scan's damage, "Compny",
        "Worcls"), long enough not to be an acronym ("Brightwater", "Stonepeak"). (Words run
        together by extraction, 'as"expected', are written nowhere as one word.)"""
        if len(word) < _COINED_LETTERS or not word.isalpha() or near_english_word(word):
            return False
        if word not in self._capitalised:
            self._capitalised[word] = re.search(rf"(?<![A-Za-z0-9'’]){word[0].upper()}(?i:{word[1:]})(?![A-Za-z0-9])",
                                                self._source) is not None
        return self._capitalised[word]

    def _named_phrase(self, stems: list[str]) -> bool:
        """Whether the last words of `stems` are a name whose head is also a common word
        ("Marlow Industrial" of "Marlow Industrial's Form 10-K" where "industrial pumps" is written
        too): the first of them is written as a name, and the document writes them together,
        capitalised, after a word in lower case ("supply deals with Marlow Industrial Group")."""
        for i in range(len(stems) - 1):
            words = stems[i:]
            if not self.is_name(words[0]) or not all(w.isalpha() and w not in _NOT_PARTIES for w in words[1:]):
                continue
            phrase = " ".join(w[0].upper() + re.escape(w[1:]) for w in words)
            found = self._phrases.get(phrase)
            if found is None:
                found = self._phrases[phrase] = re.search(
                    rf"(?<![A-Za-z0-9'’])[a-z][A-Za-z'’-]*,? {phrase}(?![A-Za-z0-9])", self._source) is not None
            if found:
                return True
        return False

    def is_own(self, word: str) -> bool:
        """Whether `word` (canonical) is one of the company's names, a short form of one ("GM" for
        General Motors) or one damaged by OCR."""
        word = stem(word)
        if word in self.hosts:
            return True
        return bool(self.own) and (word in self.own or _abbreviates(word, self.own) or _misprints(word, self.own))

    def is_own_kind(self, word: str) -> bool:
        """Whether `word` (canonical) is a kind noun the document defines as its own short name
        ("bank" of "TD Bank Group (TD or the Bank)")."""
        return word in self.kinds

    def is_name(self, word: str) -> bool:
        """Whether the document writes `word` (canonical, lower case) as a name: never with a
        lower-case first letter, and capitalised after a lower-case word at least once."""
        return self._written(word) == _NAME

    def never_lower(self, word: str) -> bool:
        """Whether the document writes `word` and never with a lower-case first letter (the later
        words of a name: "Marine" in "in Halvorsen Marine's")."""
        return self._written(word) != _COMMON

    def _written(self, word: str) -> str:
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = self._how_written(word)
        return known

    def _how_written(self, word: str) -> str:
        if not self._source or not word[:1].isalpha() or not word.isascii():
            return _COMMON
        first, rest = word[0], re.escape(word[1:])
        tail = rf"(?i:{rest})(?![A-Za-z0-9])" if rest else r"(?![A-Za-z0-9])"
        folded = self._folded()
        if folded is None:  # (a letter that folds case into ASCII: the patterns read it)
            # (a web or mail address is no writing of the word: "www.coeur.com", "ir@coeur.com")
            # The letter comes before the look-behind that checks what precedes it, so that the
            # search skips to each occurrence of the letter instead of testing the look-behind
            # at every character of the document.
            lower_case = re.search(rf"{first}(?<=(?<![A-Za-z0-9./@_-]){first}){tail}(?!\.[a-z]|@)", self._source)
        else:
            lower_case = _written_from(self._source, folded, word, first, _NOT_BEFORE_LOWER) is not None
        if lower_case:
            return _COMMON  # written in lower case somewhere: a common word
        # (its capitalised writings are looked for only now: most words asked about are common,
        # and their writings run through the whole document)
        if folded is None:
            occurrences = [m.span() for m in re.finditer(f" {first.upper()}{tail}", self._source)]
        else:
            occurrences = _occurrences(self._source, folded, word)
        # after a word in lower case, or after the name's first words that follow one ("in Royalty Pharma's")
        mid_sentence = rf"(?<![A-Za-z0-9'’])[a-z][A-Za-z'’-]*,? (?:[A-Z][A-Za-z&'’-]* ){{0,2}}{first.upper()}{tail}"
        return _NAME if occurrences and _found_after_words(self._source, occurrences, re.compile(mid_sentence)) \
            else _CAPITALISED

    def _folded(self) -> str | None:
        """The source lower-cased, for finding a word's writings by plain search; None when the
        source holds a character that a case-blind pattern reads as an ASCII letter although it
        is none (the Kelvin sign, the long s, the dotted and dotless i), where only the patterns
        read it right. (Those are the only ones; no other character lower-cases into ASCII or
        into more than one character, so the two strings keep the same offsets.)"""
        if self._lowered is None:
            plain = not any(c in self._source for c in _FOLDS_INTO_ASCII)
            self._lowered = self._source.lower() if plain else ""
        return self._lowered or None


# Characters other than ASCII letters that a case-blind ASCII letter of a pattern matches.
_FOLDS_INTO_ASCII = "\u212a\u017f\u0130\u0131"
_NOT_BEFORE_LOWER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./@_-")
_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def _ends_word(source: str, end: int) -> bool:
    """`(?![A-Za-z0-9])` at `end`."""
    return end >= len(source) or source[end] not in _ALNUM


def _written_from(source: str, folded: str, word: str, first: str, not_before: frozenset[str]) -> int | None:
    """Where `word` is written with its first letter as `first` and the rest in any case, as a
    whole word, not after one of `not_before` and not part of a web or mail address (".com",
    "@"): the plain-search reading of `_how_written`'s lower-case pattern. `folded` is `source`
    lower-cased, of the same length (no character there folds into ASCII but an ASCII letter)."""
    key = word.lower()
    at = folded.find(key)
    while at >= 0:
        end = at + len(word)
        if (source[at] == first and (at == 0 or source[at - 1] not in not_before) and _ends_word(source, end)
                and not (source.startswith(".", end) and end + 1 < len(source) and "a" <= source[end + 1] <= "z")
                and not source.startswith("@", end)):
            return at
        at = folded.find(key, at + 1)
    return None


def _occurrences(source: str, folded: str, word: str) -> list[tuple[int, int]]:
    """(start, end) of each " Word" in `source`: a space, the word's first letter in upper case,
    the rest in any case, then no letter or digit (the spans of `_how_written`'s occurrence
    pattern, found by plain search)."""
    key, capital = " " + word.lower(), word[0].upper()
    out = []
    at = folded.find(key)
    while at >= 0:
        end = at + len(key)
        if source[at + 1] == capital and _ends_word(source, end):
            out.append((at, end))
            at = folded.find(key, end)  # (matches do not overlap: the next starts at a space after this one)
        else:
            at = folded.find(key, at + 1)
    return out


# The characters of the words that `_how_written`'s mid-sentence pattern reads before the name
_WORDS_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'’-&,")
_SPACES_BEFORE = 3  # ... and the most spaces they hold: "in", "Royalty", "Pharma", each with its space


def _found_after_words(source: str, occurrences: list[tuple[int, int]], pattern: re.Pattern[str]) -> bool:
    """Whether `pattern` (`_how_written`'s mid-sentence pattern) matches in `source`. A match
    ends with one of the `occurrences` of the capitalised word after a space, and what comes before it there
    holds at most three spaces and only letters, apostrophes, hyphens, '&' and commas: the pattern
    is tried only over those few words before each occurrence. Run over the whole source, it was
    tried at every lower-case letter of the document, for each word asked (5 ms on a 10-K)."""
    for start, end in occurrences:
        low = start  # the space before the word
        spaces = 0
        while low >= 0:
            character = source[low]
            if character == " ":
                spaces += 1
                if spaces > _SPACES_BEFORE:
                    break
            elif character not in _WORDS_BEFORE:
                break
            low -= 1
        # the pattern's look-behind reads the character before `low + 1`, outside the span searched;
        # its look-ahead holds at the occurrence's end (`occurrence` checked it on the whole source)
        if pattern.search(source, low + 1, end):
            return True
    return False


_COMMON, _CAPITALISED, _NAME = "common", "capitalised", "name"
# Generic nouns that end a name as its kind ("Macquarie Bank", "Harbor Trust"): the name is the words before
_KIND_SUFFIXES = frozenset("bank trust fund firm partnership reit".split())
# ... and a word that ends a firm's name after words written as names, where alone it is the
# company's own ("Bimini Capital Management's Annual Report" is Bimini Capital's; "management's
# beliefs" stay the company's)
_FIRM_SUFFIXES = frozenset("management".split())
_COINED_LETTERS = 5  # a shorter word outside the word list is as often an acronym or a misprint as a name


def stem(word: str) -> str:
    """A word without its possessive ending ("pharma's" -> "pharma", "agios'" -> "agios")."""
    return word[:-2] if word.endswith("'s") else word[:-1] if word.endswith("'") else word


_ABBREVIATION_LETTERS = 5


def _abbreviates(word: str, own: frozenset[str]) -> bool:
    """Whether a short word can stand for one of the company's names: its letters in order in
    one name word from its first letter ("IVT" for InvenTrust), or the initials of its words
    ("ATSG" for Air Transport Services Group)."""
    if len(word) > _ABBREVIATION_LETTERS:
        return False
    if all(letter in {w[0] for w in own} for letter in word):
        return True
    for name in own:
        if name[0] == word[0]:
            letters = iter(name)
            if all(letter in letters for letter in word):
                return True
    return False


_MISPRINT_LETTERS = 7  # shorter names differ from one another by a letter or two ("Amgen", "Argen")


def _misprints(word: str, own: frozenset[str]) -> bool:
    """Whether a long word is one of the company's names damaged the way OCR damages text
    ("Southerri" for Southern, "Meridiari" for Meridian): up to two edits in a name of seven
    letters or more, each of them a glyph read as one that looks like it (l/1/i, rn/m, e/c ...),
    a letter dropped or a letter doubled. Two names of other companies can be as close
    ("Southwind" in a release by Northwind) but not by look-alike glyphs."""
    if len(word) < _MISPRINT_LETTERS:
        return False
    return any(len(name) >= _MISPRINT_LETTERS and Levenshtein.distance(word, name, score_cutoff=2) <= 2
               and _glyph_damage_only(word, name) for name in own)


# Glyphs OCR takes for one another, folded to one of each set, and the pairs it reads as one glyph.
_LOOK_ALIKE = str.maketrans("1ie0ah8ftv5q", "llcoobbttusg")
_MERGED = re.compile(r"rn|cl|ri|vv")
_MERGED_AS = {"rn": "m", "cl": "d", "ri": "n", "vv": "w"}


def _glyph_shapes(word: str) -> tuple[str, str]:
    """`word` as OCR sees its shape, look-alikes read as one: letter by letter, and with the
    pairs OCR may merge read as one glyph ("rn" as "m"); the second alone would miss a damaged
    glyph inside such a pair ("Eastbrldge" for Eastbridge)."""
    merged = word
    while (folded := _MERGED.sub(lambda m: _MERGED_AS[m.group()], merged)) != merged:
        merged = folded
    return word.translate(_LOOK_ALIKE), merged.translate(_LOOK_ALIKE)


def _glyph_damage_only(word: str, name: str) -> bool:
    """Whether `word` differs from `name` only by look-alike glyphs, dropped letters and doubled
    letters."""
    return any(_drops_and_doublings(seen, meant) for seen, meant in zip(_glyph_shapes(word), _glyph_shapes(name)))


def _drops_and_doublings(seen: str, meant: str) -> bool:
    for op, at_seen, _ in Levenshtein.editops(seen, meant):
        if op == "replace":
            return False
        if op == "delete" and seen[at_seen] not in seen[at_seen - 1:at_seen] + seen[at_seen + 1:at_seen + 2]:
            return False  # a letter the name lacks, which is not a doubling of its neighbour
    return True


# (a country, state or people names a jurisdiction, which the readers of law and regulators weigh)
# Function words are capitalised only in titles ("A Note About Forward-Looking Statements"), where a
# document that never writes them in lower case would otherwise seem to name someone by them.
_FUNCTION_WORDS = BOUNDARIES | FILLERS | frozenset("""about above after against along among around as at before
behind below by concerning despite during for from in into near of off on onto over per regarding through
throughout to toward towards under upon via with within without
no not none neither nor never any each every all some such""".split())   # (a subject "No obligation ... is assumed")
# ... and so are the determiners that open a legend's sentences: a heading run into its legend
# ("... Subject to Risk and Uncertainty Certain statements in this release ...") writes one
# capitalised after the heading's words, where it names no one
_FUNCTION_WORDS |= frozenset("certain several many most various numerous".split())
# ("US" in capitals is the country, or the company's own "us": never another party)
_NOT_PARTIES = (GENERIC_NAMES | CORPORATE_SUFFIXES | TITLE_WORDS | COUNTRIES | DEMONYMS | STATES | PROVINCES
                | _FUNCTION_WORDS | {"us"})
NO_NAMES = Names()
