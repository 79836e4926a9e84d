"""What a legend refers to: the statute it invokes and the filings it points to.

A statute of another country or a definition that points elsewhere, and filings that are not the
company's SEC filings: another regulator or filing system, a part withheld from the public, a
document another party filed, a "Risk Factors" caption of a document that is not a filing.
"""

from __future__ import annotations

import re

from .clauses import Tokens
from .lexicon import (
    BOUNDARIES, CORPORATE_SUFFIXES, COUNTRIES, DEMONYMS, FILLERS, FINITE_VERBS, LATER_MARKERS, MODALS,
    MONTH_ABBREVIATIONS, MONTHS, PROVINCES, REGULATORS, STATES)
from .names import stem
from .parties import name_before, speaker_names
from .syntax import CAPTION_REACH, FILER_NAME_WORDS, HARD_GAP, SENTENCE_GAP, STOP_GAP, YEAR, sentence_low


_RECIPIENT_LINKS = frozenset("with to".split())
_REGULATORS = REGULATORS
_SEC_WORDS = frozenset("sec exchange edgar".split())  # "the (U.S.) Securities and Exchange Commission", "the SEC"
# Other regulators by the initials they go by ("the call reports we file with the OCC"): banking,
# commodities, energy, drugs, and the securities regulators of other countries
_REGULATOR_INITIALS = frozenset("""occ fdic ncua cftc ferc fcc fda ema nrc fca pra osc amf asic bafin esma finra sfc
mas""".split())
# Filing nouns that take their recipient straight after them ("our annual report to the European
# Medicines Agency", "submissions to the FDA")
_SENT_DOCUMENTS = frozenset("report reports filing filings submission submissions".split())


def other_recipient(tokens: Tokens, b: int, hi: int) -> int | None:
    """The regulator a filing went to when it is not the SEC: "our filings with the Ontario
    Securities Commission", "documents filed with the Financial Conduct Authority". The part ends
    in "with" or "to"; the noun phrase after it is read up to its head. Its token, or None."""
    words = tokens.words
    # (past an aside between the document and the clause that files it: "our final prospectus
    # dated June 1, 2024, filed with ...", "documents filed from time to time with ...")
    start = _past_asides(tokens, b + 1, hi)
    if words[b] in FILED and start < hi and words[start] == "by":
        # past the filer: "documents filed by DNOW Inc. with the U.S. Patent and Trademark Office"
        for u in range(start + 1, min(hi, start + 1 + _FILER_WORDS)):
            if tokens.marked(STOP_GAP, u) or words[u] in BOUNDARIES:
                break
            if words[u] in _RECIPIENT_LINKS:
                start = u
                break
    if words[b] in FILED and start < hi and words[start] in _RECIPIENT_LINKS:
        b = start  # "documents filed" | "with the Financial Conduct Authority"
    elif words[b] not in _RECIPIENT_LINKS:
        # "periodic reports" | "(that) we file / filed / have filed" | "with ...": the filing clause
        # after the noun, also as an appositive after a comma (", filed with ...", ", which was filed with")
        t = start
        while t < min(hi, start + 4) and words[t] in _FILING_CLAUSE and not (
                tokens.marked(STOP_GAP, t) or t > start and tokens.marked(HARD_GAP, t)):
            t += 1
        if t > start and t < hi and words[t] in _RECIPIENT_LINKS and not tokens.marked(HARD_GAP, t) \
                and any(words[k] in FILED or words[k] in ("file", "files") for k in range(start, t)):
            b = t
        elif t == b + 1 and t < hi and words[b] in _SENT_DOCUMENTS and words[t] in _RECIPIENT_LINKS \
                and not tokens.marked(HARD_GAP, t):
            b = t
    if words[b] not in _RECIPIENT_LINKS:
        return None
    if (b + 2 < hi and words[b + 1] in ("that", "such") and words[b + 2] in _REGULATORS
            and words[b + 2] not in ("commission", "commissions") and not tokens.marked(HARD_GAP, b + 2)):
        return b + 2  # "on file with that agency": a regulator named before, not by the SEC's defined name
    sent = words[b] == "to" and words[b - 1] in _SENT_DOCUMENTS  # "our annual report to ..."
    for t in range(b + 1, min(hi, b + 1 + _RECIPIENT_WORDS)):
        if _stock_exchange(tokens, t, hi):
            # "our filings with the Australian Securities Exchange": a market, not the Securities
            # and Exchange Commission
            return None if _names_us(tokens, t + 1, hi) else t
        if tokens.marked(HARD_GAP, t) or words[t] in _SEC_WORDS or words[t] in BOUNDARIES and words[t] != "and":
            return None
        if words[t] in _REGULATOR_INITIALS:
            return None if _names_us(tokens, t + 1, hi) else t
        if words[t] in _COURTS:
            return t  # "the appeal filed with the Court of Appeals": pleadings, not the SEC's filings
        if sent and t - b <= _AUDIENCE_WORDS and _audience(words[t]) and words[t] not in _REGULATORS:
            # a report sent to readers who are not the company's security holders ("our Annual
            # Report to Boat Owners", "the quarterly reports to our lenders") is no filing
            return None if words[t] in _HOLDERS else t
        if words[t] in _REGULATORS or words[t] in _OTHER_BODIES:
            # a bare "the Commission" is the SEC under its defined name; a named body is another,
            # unless the bodies named are those of the United States as well ("the securities
            # regulators in Canada and the United States")
            named = any(words[k] not in FILLERS for k in range(b + 1, t)) or (
                t + 2 < hi and words[t + 1] == "of" and not tokens.marked(HARD_GAP, t + 1)) or (  # "the Department of Insurance"
                words[t] not in _BARE_SEC_NAMES)  # "the Autorité des marchés financiers", "the Ministry"
            return t if named and not _names_us(tokens, t + 1, hi) else None
    return None


# heads that, bare after "the", may be the SEC under a defined name ("filed with the Commission")
_FILER_WORDS = 6  # "by" + "Acme Holdings, Inc." + "with"
_BARE_SEC_NAMES = frozenset("commission commissions regulator regulators authorities".split())
# Other public bodies filings go to, never the SEC ("documents filed with the U.S. Patent and
# Trademark Office", "reports filed with the Federal Reserve Board")
_OTHER_BODIES = frozenset("office offices board boards".split())
_COURTS = frozenset("court courts tribunal tribunals registrar".split())
# words read after "with"/"to" for the recipient's head: "the U.S. Food and Drug Administration"
_RECIPIENT_WORDS = 8


def _stock_exchange(tokens: Tokens, t: int, hi: int) -> bool:
    """Whether token t is the "exchange" of a market's name ("Stock Exchange", "the TSX Venture
    Exchange", "the Korea Exchange"), not of the Commission's ("Securities and Exchange
    Commission") or the Act's ("the Securities Exchange Act", "the Exchange Act")."""
    words = tokens.words
    return (words[t] == "exchange" and t > 0 and words[t - 1] not in ("and", "the")
            and not tokens.marked(HARD_GAP, t)
            and not (t + 1 < hi and words[t + 1] in ("commission", "commission's", "act")))


_FROM_TIME = ("from", "time", "to", "time")
_DATE_WORDS = MONTHS | MONTH_ABBREVIATIONS | {"as", "of"}  # "dated as of March 3, 2025"
_DATE_REACH = 5


def _past_asides(tokens: Tokens, t: int, hi: int) -> int:
    """The token after a document's date or a "from time to time" starting at t ("dated June 1,
    2024," "dated as of March 3, 2025"), or t when none starts there."""
    words = tokens.words
    if tuple(words[t : t + 4]) == _FROM_TIME and not any(tokens.marked(STOP_GAP, u) for u in range(t, t + 4)):
        return t + 4
    if t >= hi or words[t] != "dated" or tokens.marked(STOP_GAP, t):
        return t
    return _past_year(tokens, t, hi, _DATE_WORDS, _DATE_REACH)


_AUDIENCE_WORDS = 3  # "to" + "our retail boat" + "owners"
# Those a report to security holders goes to: it is the annual report that goes with the proxy statement
_HOLDERS = frozenset("""shareholders stockholders holders unitholders securityholders shareowners investors members
partners""".split())


def _audience(word: str) -> bool:
    """Whether `word` may be the plural head of those a report is sent to ("dealers", "lenders")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "'s")) and word.isalpha()


def _names_us(tokens: Tokens, start: int, hi: int) -> bool:
    """The few words after a regulator's name, up to the sentence's end, name the United States
    or its filing system: "in Canada and the United States", "and the U.S. SEC", "on EDGAR"."""
    words = tokens.words
    for t in range(start, min(hi, start + 10)):
        if t > start and tokens.marked(SENTENCE_GAP, t):
            return False
        if words[t] in _SETTING_ASIDE:
            return False  # "..., rather than (to) the U.S. SEC": named only to be set aside
        if words[t] in _SEC_WORDS or words[t] == "states" and words[t - 1] == "united" \
                or words[t] == "s" and words[t - 1] == "u":
            return True
    return False


_SETTING_ASIDE = frozenset("rather instead opposed not".split())
# Other countries' filing systems and the exchanges that publish their issuers' reports (Canada's
# SEDAR, the Australian, Hong Kong, Singapore, New Zealand, Johannesburg and London exchanges, the
# UK's news service for listed companies): not the SEC's
_OTHER_SYSTEMS = frozenset("sedar sedarplus sedi asx hkex sgx nzx jse lse rns".split())
# the dot inside a web address ("www.sedarplus.ca", "www.sec.gov") joins its words, it ends no sentence
_ADDRESS_DOT = re.compile(r"[./]")


def other_system(tokens: Tokens, b: int, hi: int) -> int | None:
    """The filing system a filing is kept on when it is another country's and the sentence names
    none of the SEC's: "other public filings that we make available under our profile on SEDAR+"
    (a Canadian issuer's filings), read up to the sentence's end, so that a closing "..., all of
    which are available under our profile on SEDAR+" places every filing the sentence named. A
    sentence that also names the SEC, EDGAR or a U.S. form ("... on SEDAR+ and with the U.S.
    Securities and Exchange Commission on EDGAR", "our Form 40-F, also on SEDAR+") points to the
    SEC's too. The system's token, or None."""
    words = tokens.words
    system = None
    named = tokens.positions_of(_OTHER_SYSTEMS, b + 1, hi)  # (none named: nothing to walk to)
    for t in range(b + 1, named[0] + 1 if named else b + 1):
        if tokens.marked(SENTENCE_GAP, t) and not _ADDRESS_DOT.fullmatch(tokens.gap(t)):
            break
        if words[t] in _OTHER_SYSTEMS:
            system = t
            break
    if system is None or _names_sec(tokens, system, hi):
        return None
    return system


# A listing or filing system outside the U.S., as a release shows it: a ticker with its market
# ("TSX-V: VO", "ASX: PLS", written with any marks between "TSX" and "V"), a market or system by
# name. Case matters: "AIM" and "CSE" are only markets in capitals. Each sign opens a word.
_LISTED_ABROAD = re.compile(
    r"(?:TSX[^\w\s]{0,12}V|TSXV|TSX|CSE|NEO|ASX|AIM|LSE|HKEX|SGX|NZX|JSE|KRX|KOSDAQ|TASE)\s*[:：]"
    r"|(?:TSX Venture|Toronto Stock|Canadian Securities|Australian Securities|London Stock|Hong Kong Stock|"
    r"Singapore) Exchange\b|SEDAR\b|sedarplus\b")
# Anything of the SEC's or of U.S. securities law: the document may be a U.S. filer's, and a
# generic pointer ("our annual report") its SEC filings. Written in lower case (they are read
# case-blind): the signs that open a word, and those that may stand anywhere.
# (an annual or quarterly report is the SEC's by its number alone, hyphen written: "our 10-K and
# subsequent filings with the Commission"; a bare "8-K" or "6-K" is left, being also a sum's form)
_US_FILER_WORDS = (r"sec\b|edgar\b|forms?\s+(?:10|20|40|6|8)\s*-?\s*[kqf]\b|(?:10|20|40)-[kqf]\b|exchange act\b"
                   r"|securities act of 1933\b|sections?\s+(?:27a|21e)\b|nyse\b|nasdaq\b")
_US_FILER_ANYWHERE = (r"securities and exchange commission|sec\.gov|securities litigation reform|new york stock exchange"
                      r"|(?:united states|u\.s\.) securities (?:laws?|regulators?)")
_US_FILER = re.compile(rf"\b(?:{_US_FILER_WORDS})|{_US_FILER_ANYWHERE}", re.IGNORECASE)
# ... as written, for a lower-cased text (`_names_us_filer`)
_US_FILER_WORDS_LOWER = re.compile(_US_FILER_WORDS)
_US_FILER_ANYWHERE_LOWER = re.compile(_US_FILER_ANYWHERE)
# The letters a case-blind pattern reads as ASCII ones while their lower case is not one (the
# dotless i, the long s) or is two characters (the dotted capital I).
_CASE_BLIND_ONLY = "\u0130\u0131\u017f"
_WORD_CHARACTER = re.compile(r"\w")


def listed_abroad_only(text: str) -> re.Match[str] | None:
    """Where a document shows that its issuer is listed or files outside the U.S. (a TSX-V or ASX
    ticker, SEDAR+) when it names nothing of the SEC's or of U.S. securities law anywhere: such an
    issuer's "annual report", "other public filings" or "continuous disclosure documents" are
    filings at home, not with the SEC. A U.S. filer's generic pointer ("our periodic filings") is
    read as its SEC filings, and so is that of any document that names neither. The marker's
    match, or None."""
    if _names_us_filer(text):  # (first: a U.S. filer names the SEC early, and most documents are theirs)
        return None
    return _at_word_start(_LISTED_ABROAD, text)


def _names_us_filer(text: str) -> bool:
    """Whether `_US_FILER` finds a sign in `text`. Searched in the lower-cased text as written
    where that finds the same (lower-casing keeps every other letter's length and whether it is a
    word character, and gives the letter the case-blind match reads): the case-blind pattern
    finds no first letter to skip ahead to and tries its alternation at every character, which
    cost a document without an early sign several milliseconds (tens in a long one)."""
    if any(letter in text for letter in _CASE_BLIND_ONLY):
        return _US_FILER.search(text) is not None
    lower = text.lower()
    return _US_FILER_ANYWHERE_LOWER.search(lower) is not None or _at_word_start(_US_FILER_WORDS_LOWER, lower) is not None


def _at_word_start(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern` preceded by `\b` searched in `text`, for a pattern each of whose alternatives
    opens on a word character (so `\b` before it holds exactly where no word character stands
    before it). The pattern alone is searched, from one place found to the next, and the boundary
    checked at each: a pattern that opens on `\b` has no first letter for the search to skip
    ahead to, and is tried at every character of the text. The first match kept is the one `\b`
    and the pattern would find: no match starts further left, and at its start every alternative
    is tried in order as there."""
    found = pattern.search(text)
    while found is not None and found.start() > 0 and _WORD_CHARACTER.match(text, found.start() - 1):
        found = pattern.search(text, found.start() + 1)
    return found


def _names_sec(tokens: Tokens, t: int, hi: int) -> bool:
    """Whether the sentence of token t names the SEC, EDGAR, the United States or one of the
    SEC's forms ("Form 40-F"), before t or after it up to the sentence's end."""
    words = tokens.words
    for u in range(sentence_low(tokens, t, 0), hi):
        if u > t and tokens.marked(SENTENCE_GAP, u) and not _ADDRESS_DOT.fullmatch(tokens.gap(u)):
            break
        if words[u] in _SEC_WORDS or words[u] == "states" and words[u - 1] == "united" \
                or words[u] == "s" and u > 0 and words[u - 1] == "u" \
                or words[u] in _FORM_LETTERS and u > 1 and words[u - 1] in _FORM_NUMBERS and words[u - 2] == "form":
            return True
    return False


_FORM_NUMBERS = frozenset("10 20 40 6 8".split())  # "Form 10-K", "Form 40-F", "Form 6-K": the SEC's forms
_FORM_LETTERS = frozenset("k q f".split())


LAW_LINKS = frozenset("by under of in".split())  # "defined by the ... Act", "under the ... Law"
_PROVISION_WORDS = frozenset("provision provisions protection protections of under in".split())
# "laws" and "legislation" are heads like "law": another country's only when one is named ("applicable
# Canadian securities legislation", "the securities laws of Ontario"), never by themselves
LAW_HEADS = frozenset("ordinance ordinances code codes directive directives regulation regulations act law laws "
                       "legislation".split())
_GENERAL_LAW_HEADS = frozenset("law laws legislation".split())
# Instruments parties make among themselves, whose "safe harbor" terms are no statute's ("the safe
# harbor provisions of the merger agreement", "under our credit agreement", "of the indenture")
PRIVATE_INSTRUMENTS = frozenset("""agreement agreements contract contracts treaty treaties indenture indentures
lease leases bylaws charter""".split())
_US_WORDS = frozenset("federal states u us usa america sec".split())  # "united" alone: "the United Kingdom ... Act"
_US_ACT_WORDS = frozenset("reform litigation securities exchange 1933 1934 1995 pslra".split()) | _US_WORDS


def foreign_law(tokens: Tokens, b: int, hi: int) -> int | None:
    """The law a safe harbor belongs to when it is not the U.S. statute: "the safe harbor
    provisions of the Hong Kong Securities and Futures Ordinance", "under the French Monetary and
    Financial Code". Read from the part's end over "provisions of the", up to the law's head noun;
    an ordinance, code, directive or regulation is another country's unless a U.S. word names it
    ("federal", "1934"), an "act" unless the words before it are the U.S. Acts' ("Securities",
    "Exchange", "Reform"); a "law", "laws" or "legislation" only when a country or province owns it
    ("applicable Canadian securities legislation"), while "the federal securities laws" and
    "applicable law" are left as they were read. A private instrument's safe harbor ("of our credit
    agreement") is no law's either. Its token, or None."""
    words = tokens.words
    t = b + 1
    while t < hi and t - b <= 3 and (words[t] in _PROVISION_WORDS or words[t] in FILLERS):
        t += 1
    if t == b + 1:
        return None
    if words[t - 1] not in ("of", "under", "in", "the"):
        # "of our credit agreement": only an instrument is owned so (no law is "ours")
        return next((u for u in range(t, min(hi, t + 4)) if words[u] in PRIVATE_INSTRUMENTS and not any(
            tokens.marked(HARD_GAP, k) for k in range(t, u + 1))), None) if words[t - 1] in _OWNING else None
    start = t
    for u in range(start, min(hi, start + 8)):
        if tokens.marked(HARD_GAP, u) and u > start:
            return None
        if words[u] in PRIVATE_INSTRUMENTS:
            return u  # "the safe harbor provisions of our reinsurance treaties": a contract's, not a law's
        if words[u] in LAW_HEADS:
            named = words[start:u]
            # a country that owns the law, before it or after it ("Japan's Financial Instruments
            # and Exchange Act", "the Securities and Futures Act of Singapore"), whatever words
            # its name shares with the U.S. Acts; "Act of 1995" is dated, not owned
            owner = next((k for k in range(start, u) if (words[k].endswith("'s")
                          and words[k][:-2] not in _US_WORDS and words[k][:-2] not in _OWN_WORDS)
                          or words[k] in DEMONYMS or words[k] in STATES
                          or words[k] in PROVINCES or (words[k] in COUNTRIES and words[k] not in _US_WORDS)), None)
            # "the Israeli Securities Law", "the German ... Act", "the Texas Securities Act"
            if owner is None and u + 2 < hi and words[u + 1] == "of" and not tokens.marked(HARD_GAP, u + 1) \
                    and words[u + 2].isalpha() and words[u + 2] not in FILLERS and words[u + 2] not in _US_WORDS \
                    and words[u + 2] not in _OWN_WORDS:
                owner = u + 2
            if owner is not None and words[u] in _GENERAL_LAW_HEADS and _names_us(tokens, start, min(hi, u + 8)):
                return None  # "the Canadian and United States securities laws": the U.S. laws among them
            if owner is not None:
                return owner
            if words[u] in _GENERAL_LAW_HEADS:
                # "the safe harbor provisions of the federal tax laws": laws of another field than
                # securities are another body of law's, wherever they are; "applicable law" and
                # "the federal securities laws" are left as they were read
                field = next((k for k in range(start, u) if words[k] in _OTHER_FIELDS), None)
                if field is not None and not any(w in _SECURITIES_FIELD for w in named):
                    return field
                return None  # "applicable law": a law is another country's only when one is named
            us = _US_ACT_WORDS if words[u] == "act" else _US_WORDS
            if not named or any(w in us for w in named) or all(w in _REFERRING_BACK for w in named):
                return None  # "the safe harbor provisions of that Act": the law named before
            return u
    return None


_OWN_WORDS = frozenset("company nation country congress".split())
# Fields of law other than securities, whose safe harbors are not the statute's ("the safe harbor
# provisions of the federal tax laws", "under the antitrust laws")
_OTHER_FIELDS = frozenset("""tax taxation antitrust environmental labor labour employment bankruptcy immigration
patent copyright trademark privacy zoning customs tariff competition criminal election pension
consumer""".split())  # "consumer": "under state consumer-protection laws"
_SECURITIES_FIELD = frozenset("securities exchange".split())
_OWNING = frozenset("our its their".split())  # determiners of a party's own instrument
_REFERRING_BACK = frozenset("that this such said same".split())
_DEFINITION_REACH = 250  # words back from "the Act" its definition ("... Act of Singapore (the "Act")") may stand


def defined_law(tokens: Tokens, b: int, hi: int) -> int | None:
    """The law a safe harbor belongs to when it is named by a defined short name ("the safe
    harbor protection of the Act") whose definition earlier in the legend names another
    country's or a state's law ("the Securities and Futures Act of Singapore (the "Act")"): read as
    `foreign_law` reads a law named in full. Its token, or None."""
    words = tokens.words
    t = b + 1
    while t < hi and t - b <= 3 and (words[t] in _PROVISION_WORDS or words[t] in FILLERS):
        t += 1
    if t >= hi or t == b + 1 or words[t - 1] != "the" or words[t] not in LAW_HEADS:
        return None
    head = words[t]
    for k in range(b - 1, max(1, b - _DEFINITION_REACH), -1):
        # "(the Act)": the head between "(the" and ")"
        if not (words[k] == head and words[k - 1] == "the" and "(" in tokens.gap(k - 1)
                and k + 1 < len(words) and ")" in tokens.gap(k + 1)):
            continue
        for j in range(k - 3, max(0, k - 14), -1):  # the full name before the definition
            if tokens.marked(HARD_GAP, j + 1):
                return None
            if words[j] in LAW_LINKS:
                found = foreign_law(tokens, j, k - 1)
                if found is not None:
                    return found
        return None
    return None


_NOT_FILINGS = frozenset("""memorandum memoranda memo newsletter newsletters brochure brochures presentation
presentations deck slides blog website webpage site bulletin bulletins magazine internal""".split())  # "internal":
# "in our internal board reports" are no filing
# Documents of a Canadian (or other non-SEC) listing, which hold "Risk Factors" sections of their
# own: "the Company's filing statement", "management information circular", "listing application",
# "annual information form" (filed on SEDAR+, or with an exchange, not with the SEC)
_LISTING_DOCUMENTS = frozenset({("filing", "statement"), ("information", "circular"), ("information", "circulars"),
                                ("listing", "application"), ("listing", "applications"), ("information", "form"),
                                ("information", "forms")})
_FILING_WORDS = frozenset("""form 10 k q ks qs 10k 10q 10ks 10qs 8 20 f annual quarterly report reports filing filings
filed prospectus registration statement proxy sec commission""".split())


def caption_elsewhere(tokens: Tokens, b: int, hi: int) -> int | None:
    """A "Risk Factors" caption that stands in a document that is no filing: "the section
    entitled “Risk Factors” in the Company's confidential investor memorandum". The caption
    alone is a pointer only when it stands in a filing; the document's head noun, or None."""
    words = tokens.words
    for t in range(b + 1, min(hi, b + 1 + CAPTION_REACH)):
        if re.search(r"[;()\n]|[.!?](?:\s|$)", tokens.gap(t)) or words[t] in ("which", "that", "but"):
            return None
        if t + 1 < hi and (words[t], words[t + 1]) in _LISTING_DOCUMENTS and not _names_sec(tokens, t, hi):
            return t + 1  # (unless the sentence names the SEC's filings too: "... filed as an exhibit to our Form 40-F")
        if words[t] in _FILING_WORDS:
            # a filing, unless sent to another regulator ("... of our annual report to the
            # European Medicines Agency")
            while t + 1 < hi and words[t + 1] in _FILING_WORDS and words[t + 1] not in FILED \
                    and not tokens.marked(HARD_GAP, t + 1):
                t += 1  # to the head noun: "annual" + "report" (a participle after it files it)
            # ... or filed with one ("... of the annual statement filed with the State's Department
            # of Insurance"): the recipient of whatever document the caption stands in
            return other_recipient(tokens, t, hi)
        if words[t] in _NOT_FILINGS or words[t] in _WITHHELD:
            return t  # (a document the public cannot read: "included in Agios' confidential submissions")
    return None


_LAW_NAME_WORDS = 7  # the longest law's name read after "and" ("the Securities Exchange Act of 1934")
_SECTION_WORDS = frozenset("section sections rule rules".split())


def coordinated_law(words: list[str], t: int, hi: int) -> bool:
    """Whether "and"/"or" at t joins another law's or section's name to the one before ("... and
    the Securities Exchange Act of 1934", "... and Section 21E"): a determiner or "Section" after
    it and a law's head word within the name's reach, with no verb between."""
    if t + 1 >= hi or not (words[t + 1] in FILLERS or words[t + 1] in _SECTION_WORDS):
        return False
    for u in range(t + 1, min(hi, t + 1 + _LAW_NAME_WORDS)):
        if words[u] in FINITE_VERBS or words[u] in MODALS:
            return False
        if words[u] in LAW_HEADS or words[u] in _SECTION_WORDS:
            return True
    return False


FILED = frozenset("filed furnished submitted".split())


_FILING_CLAUSE = FILED | frozenset("that which we it the company has have had been was were is are file files on".split())  # "on file with"


_FILER_LINK_REACH = 10  # words from the filing to the "by" or "of" that names its filer
_FILER_NAME_REACH = 8  # words from a link to the corporate suffix of the filer it names
_FILER_CHAIN_WORDS = 14  # words from that link to the filer's corporate suffix, over a chain of documents


def named_filer(tokens: Tokens, a: int, b: int, lo: int, hi: int) -> int | None:
    """A filing (or a company part) owned by a company the legend does not speak for, named with its corporate suffix:
    "Southwind Corp.'s Form 10-K", "the Form 10-K filed by Southwind Corp.", "the annual report of
    our former parent, Southwind Holdings". A name is another company's when the legend's
    disclaimers name the company they speak for (`speaker_names`) and not it, or, where they name
    none ("we undertake no obligation"), when the document does not present it as itself
    (`Names.another`); the name's token, or None."""
    speakers = speaker_names(tokens)
    if not speakers and not tokens.names.own:
        return None

    def theirs(name: list[str]) -> bool:  # name: its words last first, as `name_before` reads them
        if not name:
            return False
        return not speakers.intersection(name) if speakers else tokens.names.another(name[::-1])

    words = tokens.words
    # the possessive of a suffix before the part: "Southwind Corp.'s Form 10-K" (one word, "corp's")
    k = a - 1
    while k >= lo and words[k] in FILLERS:
        k -= 1
    if k > lo and words[k].endswith("'s") and stem(words[k]) in CORPORATE_SUFFIXES:
        name = name_before(tokens, k, lo)
        if theirs(name):
            return k - 1
    # "filed by Southwind Corp. with the SEC": the filer named just before the part
    if k > lo and words[k] in CORPORATE_SUFFIXES:
        suffix = k
        while suffix > lo and words[suffix - 1] in CORPORATE_SUFFIXES:
            suffix -= 1
        name = name_before(tokens, k + 1, lo)
        before = suffix - len(name) - 1
        # "by Southwind Corp.", or by an appositive's head first: "by our former parent, Southwind Corp.,"
        reach = before if before < lo or "," not in tokens.gap(before + 1) else max(lo, before - FILER_NAME_WORDS - 2)
        if theirs(name) and any(
                words[j] in ("by", "of") for j in range(reach, before + 1) if j >= lo):
            return suffix - 1
    # "filed by" / "of" a name with its suffix, in the words after the part
    # (over a chain of documents: "the annual report on Form 10-K filed by ...")
    link = None
    for t in range(b + 1, min(hi, b + _FILER_LINK_REACH)):
        if tokens.marked(SENTENCE_GAP, t) or words[t] in BOUNDARIES:
            return None
        if words[t] in ("by", "of") or (words[t] == "to" and words[t - 1] in _ATTRIBUTED):
            link = t
            break
    if link is None:
        return None
    first_link = link
    for t in range(link + 1, min(hi, first_link + _FILER_CHAIN_WORDS)):
        if tokens.marked(SENTENCE_GAP, t) and t > link + 1:
            return None
        if words[t] in ("by", "of") and t > link + 1 and any(w in _FILING_WORDS for w in words[link + 1 : t]):
            link = t  # down a chain of documents: "the Risk Factors section of the annual report of ..."
            continue
        if t >= link + _FILER_NAME_REACH:
            return None
        if words[t] in CORPORATE_SUFFIXES:
            name = name_before(tokens, t, link + 1)
            if theirs(name) and not any(w in ("our", "its") for w in name):
                return t - 1
            return None
    return None


_WITHHELD = frozenset("confidential nonpublic unpublished unfiled undisclosed secret private".split())
_DOCUMENT_PARTS = frozenset("""annex annexes exhibit exhibits schedule schedules appendix appendices portion portions
part parts version versions supplement supplements draft drafts""".split())
_WITHHELD_WORDS = 6  # "the confidential annex to Tevogen's Annual Report on"


def withheld_part(tokens: Tokens, a: int, lo: int) -> int | None:
    """A part of the filing that the public cannot read, named right before it ("the confidential
    annex to our Annual Report on Form 10-K", "an unpublished supplement to our 10-Q"): its
    adjective's token, or None. The pointer then leads nowhere a reader can go."""
    words = tokens.words
    for t in range(a - 1, max(lo, a - _WITHHELD_WORDS) - 1, -1):
        if tokens.marked(HARD_GAP, t + 1) or words[t] in BOUNDARIES:
            return None
        if words[t] in ("to", "of") and t - 1 >= lo and words[t - 1] in _DOCUMENT_PARTS:
            return next((u for u in range(t - 2, max(lo, t - 4) - 1, -1) if words[u] in _WITHHELD), None)
    return None


# What passes between a company and the SEC without being a filing: letters and talks with its
# staff ("the Company's correspondence with the staff of the SEC", "our discussions with the
# Commission")
_COMMUNICATIONS = frozenset("""correspondence conversations conversation discussions discussion meetings meeting
communications communication dialogue dialog talks""".split())
_RECIPIENT_FILLERS = frozenset("the staff of u s its".split())  # "with the staff of the U.S." + "Securities ..."
_SENT_WORDS = 6  # "correspondence" + "with the staff of the" + the SEC's name


def no_filing_sent(tokens: Tokens, a: int, lo: int) -> int | None:
    """The SEC named at a as the other side of something that is no public filing: letters or
    talks with it ("those described in the Company's correspondence with the staff of the
    Securities and Exchange Commission"), or submissions the public cannot read ("Agios'
    confidential submissions to the Securities and Exchange Commission"). The noun's (or
    adjective's) token, or None; "filings with the SEC" and "reports submitted to the SEC" are
    left as they were read."""
    words = tokens.words
    t = a if words[a] in _RECIPIENT_LINKS else a - 1  # (the part may start at the link: "with the SEC")
    while t >= lo and a - t <= _SENT_WORDS and words[t] in _RECIPIENT_FILLERS and not tokens.marked(HARD_GAP, t + 1):
        t -= 1
    if t - 1 < lo or words[t] not in _RECIPIENT_LINKS or tokens.marked(HARD_GAP, t + 1) or tokens.marked(HARD_GAP, t):
        return None
    noun = t - 1
    if words[noun] in _COMMUNICATIONS:
        return noun
    if words[noun] in _SENT_DOCUMENTS:
        return next((u for u in range(noun - 1, max(lo, noun - 3) - 1, -1) if words[u] in _WITHHELD
                     and not any(tokens.marked(HARD_GAP, k) for k in range(u + 1, noun + 1))), None)
    return None


_LATER_WORDS = 3  # "our next annual report on Form 10-K": the modifiers read before the filing's name
_UNFILED = frozenset("draft unfiled".split())  # "our draft annual report on Form 10-K": not filed yet either


def later_filing(tokens: Tokens, a: int, lo: int) -> int | None:
    """A filing named as one still to come ("our next annual report on Form 10-K", "the upcoming
    proxy statement", "our draft annual report"): the marker's token, or None. Such a filing is
    not yet there to be read."""
    words = tokens.words
    for t in range(a - 1, max(lo, a - _LATER_WORDS) - 1, -1):
        if tokens.marked(HARD_GAP, t + 1) or words[t] in BOUNDARIES:
            return None
        if words[t] in LATER_MARKERS or words[t] in _UNFILED:
            return t
    return None


_FILING_ACTS = frozenset("file furnish submit".split())
# (a filing one "is due to file" is set down for a later day as firmly as one planned)
_PLANNING = frozenset("expect expects intend intends plan plans due".split())
_FILED_FORMS = frozenset("file files filed furnish furnishes furnished submit submits submitted have has".split())
_TO_COME_SUBJECT_WORDS = 3  # "that the Company will file", "that our former parent will file"


def filing_to_come(tokens: Tokens, b: int, hi: int) -> int | None:
    """A filing named by a clause that will file it ("the annual report on Form 20-F that the
    Company will file with the SEC", "the reports we expect to file"): not there yet to be read.
    The future's token, or None ("that we filed", "that we may file from time to time" do not count)."""
    words = tokens.words
    if _to_be_placed(tokens, b + 1, hi):
        return b + 1  # "under the caption "Risk Factors" to be included in our next annual report"
    t = _past_covered_period(tokens, b + 1, hi)
    if t < hi and words[t] in ("that", "which") and (
            not tokens.marked(HARD_GAP, t) or (words[t] == "which" and tokens.gap(t).strip() == ",")):
        t += 1  # (also a clause set off by a comma: "the Form 10-K ..., which the Company will file ...")
    elif (t + 2 < hi and words[t : t + 2] == ["to", "be"] and words[t + 2] in FILED
          and not any(tokens.marked(HARD_GAP, k) for k in range(t + 1, t + 3))
          and _later_time_after(tokens, t + 2, len(words))):
        return t  # "our Form 10-K, to be filed with the SEC later this month" (a bare "to be filed" may be today's 8-K)
    for u in range(t, min(hi - 1, t + 1 + _TO_COME_SUBJECT_WORDS)):
        if tokens.marked(HARD_GAP, u) or words[u] in BOUNDARIES:
            return None
        v = u + 1
        if words[u] in _SCHEDULED and _scheduled_filing(words, v, hi):
            return u  # "that Acme has scheduled for filing with the SEC next month"
        if (words[u] in _DESTINED and v + 2 < hi and words[v : v + 2] == ["to", "be"] and words[v + 2] in FILED
                and not any(tokens.marked(HARD_GAP, k) for k in range(v, v + 3))):
            return u  # "which is to be filed with the SEC", "that has yet to be filed": still to come
        if words[u] in _PROGRESSIVE and v < hi and (
                words[v] in _PREPARING or (v + 1 < hi and words[v] == "being" and words[v + 1] in _PREPARED)):
            return u  # "that we are preparing", "which is being drafted": not finished, so not filed
        if words[u] in ("will", "shall"):
            while v < hi and words[v].endswith("ly"):
                v += 1  # "will shortly file"
            if v + 1 < hi and words[v] == "be" and words[v + 1] in FILED:
                v += 1  # in the passive: "our Form 10-K will be filed with the SEC next month"
            elif v >= hi or words[v] not in _FILING_ACTS:
                return None
            # (the time is read to the clause's end, past a joined name's: "filed" + "with the SEC next month")
            return u if _later_time_after(tokens, v, len(words)) else None
        if (words[u] in _PLANNING and v + 1 < hi and words[v] == "to" and words[v + 1] in _FILING_ACTS
                and _later_time_after(tokens, v + 1, hi)):
            return u
    return None


# a filing still being written: "the Form 10-K that we are preparing", "which is being finalized"
_PROGRESSIVE = frozenset("is are am".split())
_PREPARING = frozenset("preparing drafting finalizing finalising completing writing compiling".split())
_PREPARED = frozenset("prepared drafted finalized finalised completed written compiled".split())


# what a name "to be" + one of these is still waiting for: "the caption "Risk Factors" to be included
# in the annual report", "the risks to be described in our Form 10-K" (not "required to be included",
# whose "required" stands between; nor a bare "to be filed", which a call says of the Form 8-K that
# carries its release: "included as an exhibit to the company's Form 8-K to be filed" still points
# there)
_PLACING = frozenset("included contained described discussed set".split())


def _to_be_placed(tokens: Tokens, t: int, hi: int) -> bool:
    """Whether "to be" + a participle of placing starts at token t, right after a name."""
    words = tokens.words
    return (t + 2 < hi and words[t : t + 2] == ["to", "be"] and words[t + 2] in _PLACING
            and not any(tokens.marked(HARD_GAP, k) for k in range(t + 1, t + 3))
            and not re.search(r"[;:,(]", tokens.gap(t)))


# a filing destined or still awaited: "which is to be filed", "that has yet to be filed", "which
# remains to be filed" (not "required to be filed", an obligation that says nothing of the time)
_DESTINED = frozenset("is are yet remains remain".split())
# a filing set down for a later day: "that Acme has scheduled for filing", "slated to be filed"
_SCHEDULED = frozenset("scheduled slated".split())


def _scheduled_filing(words: list[str], v: int, hi: int) -> bool:
    """Whether "for filing", "to file" or "to be filed" follows a word of scheduling at v - 1."""
    return (words[v : v + 2] == ["for", "filing"] or (v + 1 < hi and words[v] == "to" and words[v + 1] in _FILING_ACTS)
            or (v + 2 < hi and words[v : v + 2] == ["to", "be"] and words[v + 2] in FILED))


# The period a report covers, named between the report and the clause that files it ("the Form
# 10-K for the year ended December 31, 2024 that we will file later this month", "for 2024"):
# words of a period and a date only, up to its year.
_PERIOD_WORDS = frozenset("the fiscal year years quarter period months weeks ended ending of".split()) | MONTHS | MONTH_ABBREVIATIONS
_PERIOD_REACH = 9


def _past_covered_period(tokens: Tokens, t: int, hi: int) -> int:
    """The token after a covered period starting at t ("for the year ended December 31, 2024",
    "for fiscal 2024"), or t when none starts there."""
    if t >= hi or tokens.words[t] != "for" or tokens.marked(HARD_GAP, t):
        return t
    return _past_year(tokens, t, hi, _PERIOD_WORDS, _PERIOD_REACH)


def _past_year(tokens: Tokens, t: int, hi: int, allowed: frozenset[str], reach: int) -> int:
    """The token after the year that closes a date phrase opened at t ("for" ... "2024", "dated"
    ... "2024"), read over `allowed` words and numbers within `reach` words; t when none does."""
    words = tokens.words
    for u in range(t + 1, min(hi, t + 1 + reach)):
        if tokens.marked(STOP_GAP, u):
            return t
        if YEAR.match(words[u]):
            return u + 1
        if words[u] not in allowed and not words[u].isdigit():
            return t
    return t


# "once": "that the Company will file with the SEC once its audit is complete"
# ("after": under "will file" the event it names is still to come, "after this offering")
# ("when", "upon": under "will file" the occasion they name is still to come, "when the offer commences")
_LATER_TIMES = frozenset("later next soon shortly coming upcoming hereafter due once after when upon".split())
_LATER_TIME_WORDS = 11  # "will file with the U.S. Securities and Exchange Commission (SEC) later this year"


def _later_time_after(tokens: Tokens, v: int, hi: int) -> bool:
    """Whether the filing verb at v is followed, in its clause, by a time still to come ("later
    this year", "next month", "in due course"). A deal's proxy statement or registration statement
    "that the Company will file with the SEC" is the place its legend points to and counts."""
    words = tokens.words
    end = min(hi, v + 1 + _LATER_TIME_WORDS)
    t, after_term = v + 1, False
    while t < end:
        closed = _defined_term_closed(tokens, t, end)
        if closed is not None:
            # a defined term in brackets names the regulator again: "(SEC)"; read on past it
            t, after_term = closed, True
            continue
        if words[t] in _LATER_TIMES and not (tokens.marked(HARD_GAP, t) and not after_term):
            return True  # (before the boundaries: "when" opens the clause of the occasion)
        if (tokens.marked(HARD_GAP, t) and not after_term) or (words[t] in BOUNDARIES and words[t] != "and"):
            return False  # ("and" of "Securities and Exchange Commission" read on)
        t, after_term = t + 1, False
    return False


_DEFINED_TERM_OPEN = re.compile(r"^\s*\(\W*$")
_DEFINED_TERM_CLOSE = re.compile(r"^\W*\)\s*$")
_DEFINED_TERM_REACH = 2  # "(SEC)", "(the Commission)"


def _defined_term_closed(tokens: Tokens, t: int, end: int) -> int | None:
    """The token after a bracketed defined term of at most two words opening before token t
    ("... Commission (SEC) later"), or None where no such term opens there."""
    if not _DEFINED_TERM_OPEN.match(tokens.gap(t)):
        return None
    for k in range(t + 1, min(end, t + 1 + _DEFINED_TERM_REACH)):
        if _DEFINED_TERM_CLOSE.match(tokens.gap(k)):
            return k
        if tokens.marked(HARD_GAP, k):
            return None
    return None


# "make" files only with the regulator named after it: "the filings that Acme will make with the SEC
# after this offering" (not "will make ... available")
_FILING_ACTS_BEFORE_REGULATOR = _FILING_ACTS | frozenset(["make"])
_FILED_TO = frozenset("to with the".split())  # the words between a filing verb and its regulator
_FILED_TO_WORDS = 2


def _filing_act_before(tokens: Tokens, a: int, lo: int) -> int:
    """The filing verb just before a regulator's name that begins at a ("will submit" + "to the
    SEC", "will file with" + "the Securities and Exchange Commission"), or a itself."""
    words = tokens.words
    k = a
    for _ in range(_FILED_TO_WORDS + 1):
        if k - 1 < lo or tokens.marked(HARD_GAP, k):
            return a
        if words[k - 1] in _FILING_ACTS_BEFORE_REGULATOR:
            return k - 1
        if words[k - 1] not in _FILED_TO:
            return a
        k -= 1
    return a


def filed_later(tokens: Tokens, a: int, lo: int) -> int | None:
    """The filing verb at a under a future or a plan ("that the Company will file with the SEC",
    "we expect to file with the SEC"): the future's token, or None."""
    words = tokens.words
    if (words[a] == "filing" and a - 2 >= lo and words[a - 1] == "for" and words[a - 2] in _SCHEDULED
            and not tokens.marked(HARD_GAP, a) and not tokens.marked(HARD_GAP, a - 1)):
        return a - 2  # "that we have scheduled for filing with the SEC": set down for a later day
    a = _filing_act_before(tokens, a, lo)
    if words[a] not in _FILING_ACTS_BEFORE_REGULATOR:
        return None
    k = a - 1
    while k > lo and words[k].endswith("ly"):
        k -= 1
    if k < lo or tokens.marked(HARD_GAP, k + 1):
        return None
    if words[k] == "to" and k - 1 >= lo and words[k - 1] in _SCHEDULED:
        return k - 1  # "slated to file": the schedule says it is still to come
    if words[k] == "to" and k - 1 >= lo and words[k - 1] in _PLANNING:
        k -= 1
    elif words[k] not in ("will", "shall"):
        return None
    if k - 2 >= lo and words[k - 1] in ("or", "and") and words[k - 2] in _FILED_FORMS:
        return None  # "the reports we file or will file": those already filed too
    return k if _later_time_after(tokens, a, len(words)) else None


# Filing that has not begun: "once the Company begins filing with the SEC", "until we start filing
# with the SEC", "which it will commence filing with the SEC next year": a company that is still to
# begin filing has no filing there to be read. (Not a beginning in the past: "since it began filing".)
_BEGINNING = frozenset("begin begins start starts commence commences".split())
_NOT_BEGUN = frozenset("once when until after before unless if".split())
_BEGIN_SUBJECT_WORDS = 4  # "once the Company" + "begins": the condition read back over its subject


def filing_not_begun(tokens: Tokens, a: int, lo: int) -> int | None:
    """The regulator named at a (or the gerund "filing" there) after a filing that is still to
    begin: the token of the condition or future that says so, or None."""
    words = tokens.words
    f = a if words[a] == "filing" else _filing_act_before(tokens, a, lo)
    if f - 1 >= lo and words[f] in ("filing", "file") and words[f - 1] == "to" and not tokens.marked(HARD_GAP, f):
        f -= 1  # "begins to file with the SEC"
    if f - 1 < lo or words[f - 1] not in _BEGINNING or tokens.marked(HARD_GAP, f):
        return None
    k = f - 2
    while k >= lo and words[k].endswith("ly"):
        k -= 1
    if k >= lo and words[k] in ("will", "shall") and not tokens.marked(HARD_GAP, k + 1):
        return k
    if k - 1 >= lo and words[k] == "to" and (words[k - 1] in _PLANNING or words[k - 1] == "yet"):
        return k - 1  # "expects to begin filing", "has yet to begin filing"
    for t in range(k, max(lo, k - _BEGIN_SUBJECT_WORDS) - 1, -1):
        if tokens.marked(HARD_GAP, t + 1):
            return None
        if words[t] in _NOT_BEGUN:
            return t
        if words[t] in BOUNDARIES:
            return None
    return None


# A filing made on a condition still to come: "..., once filed with the SEC", "when it is filed",
# "upon its filing with the SEC", "after it has been filed". Not "after it was filed" (done).
_ON_FILING = frozenset("once when upon after".split())
_ON_FILING_FILLERS = frozenset("it its they their is are has have been being that this the such report".split()) \
    | frozenset("and prepared completed finalized finalised audited approved signed placed put on".split())  # "once it is audited and placed on file"
_ON_FILING_ACTS = FILED | frozenset("filing available file".split())
_FILINGS_TO_ADD = frozenset("filings reports documents".split())
_CONDITION_GAP = re.compile(r"\s*[,(]\s*$")
_ON_FILING_WORDS = 8  # "once it has been filed", "once it is prepared and placed on file": read this far to the act


def filed_on_condition(tokens: Tokens, spans: list[tuple[int, int]], hi: int) -> int | None:
    """A filing act on a condition still to come, right after one of the filing's names (`spans`):
    "our Form 10-K, once filed with the SEC", "..., when it is filed", "upon its filing". The
    filing it names is not there yet to be read. The condition word's token, or None. The
    condition must follow the name itself: in "reports, which are posted as soon as practicable
    after they are filed", it is the posting's. A name the condition does not reach leaves a
    pointer standing: "the proxy statement (when available) and other documents filed with the SEC"."""
    # (a covered period goes with the name: "our Form 10-K for the year ended December 31, 2026,
    # once it is filed")
    names = [(a, _past_covered_period(tokens, b + 1, hi) - 1) for a, b in spans]
    conditions = [t for t in (_condition_after(tokens, b, hi) for _, b in names) if t is not None]
    if not conditions:
        return None
    reached = [any(_reached(tokens, name, t) for t in conditions) for name in names]
    # (a name goes on in the next one: "annual report" + "on Form 10-K" + "for the year ended ...")
    order = sorted(range(len(names)), key=lambda i: names[i][0], reverse=True)
    for i in order:
        reached[i] = reached[i] or any(
            reached[j] and 0 < names[j][0] - names[i][1] <= 4
            and not any(tokens.marked(HARD_GAP, k) for k in range(names[i][1] + 1, names[j][0] + 1))
            for j in order)
    return conditions[0] if all(reached) else None


def _condition_after(tokens: Tokens, b: int, hi: int) -> int | None:
    """The condition word of a filing act right after a filing's name ending at b, or None."""
    words = tokens.words
    t = b + 1
    if t >= hi or words[t] not in _ON_FILING or (tokens.marked(HARD_GAP, t) and not _CONDITION_GAP.match(tokens.gap(t))):
        return None  # (after a comma or in brackets: "the proxy statement (when available)")
    if words[b] in _FILINGS_TO_ADD:
        return None  # "our Form 10-K and subsequent filings, when filed": the later ones are added
    for u in range(t + 1, min(hi, t + 1 + _ON_FILING_WORDS)):
        if tokens.marked(HARD_GAP, u):
            return None
        if words[u] in _ON_FILING_ACTS:
            return t
        if words[u] not in _ON_FILING_FILLERS:
            return None
    return None


def _reached(tokens: Tokens, span: tuple[int, int], t: int) -> bool:
    """Whether the condition at t bears on the filing's name at `span`: the name runs up to it,
    or stands in the condition's own clause after it ("once filed with the SEC")."""
    a, b = span
    if b < t:
        return not any(tokens.marked(HARD_GAP, k) for k in range(b + 1, t))
    return not any(tokens.marked(HARD_GAP, k) for k in range(t + 1, a + 1))


_PUT_OFF = frozenset("postponed delayed deferred suspended".split())
_PUT_OFF_LEADS = frozenset("which whose the filing of that it has have had been is was are were being we".split())
_PUT_OFF_WORDS = 8  # ", the filing of which has been indefinitely postponed"


def filing_put_off(tokens: Tokens, b: int, hi: int) -> int | None:
    """A filing named, then said by a clause on it to be put off ("our Form 10-K, the filing of
    which has been postponed", "..., whose filing was delayed", "which we have deferred"): not
    there yet to be read. The token of the delay, or None. A delay then made good ("which was
    delayed but filed on March 30") leaves the pointer standing."""
    words = tokens.words
    t = b + 1
    if t >= hi or words[t] not in ("which", "whose", "the") or (
            tokens.marked(HARD_GAP, t) and not _CONDITION_GAP.match(tokens.gap(t))):
        return None
    for u in range(t, min(hi, t + _PUT_OFF_WORDS)):
        if u > t and tokens.marked(HARD_GAP, u):
            return None
        if words[u] in _PUT_OFF:
            for v in range(u + 1, min(hi, u + 6)):
                if tokens.marked(STOP_GAP, v):
                    break
                if words[v] in FILED:
                    return None
            return u
        if words[u] not in _PUT_OFF_LEADS and not words[u].endswith("ly"):
            return None
    return None


_ATTRIBUTED = frozenset("attributed attributable ascribed credited".split())  # "statements attributed to Southwind Corp."


# -- the Act named for something other than the statements ----------------------------------
# Words that name a lawsuit and the steps of one: the Act (or a section) named in a sentence that
# has them and says nothing of statements is the law a suit was brought or decided under ("the
# securities class action filed against us under the Private Securities Litigation Reform Act",
# "the lead plaintiff's claims under Section 21E"), not the safe harbor the legend claims.
LAWSUIT_WORDS = frozenset("""lawsuit lawsuits suit suits plaintiff plaintiffs plaintiff's plaintiffs' complaint
complaints defendant defendants allegation allegations alleging alleged alleges court courts dismissal dismissed
appeal appealed appeals pleading pleadings litigation litigations""".split())
_CLASS_ACTION = ("class", "action")
# Words of what the statute protects: a sentence with one of them speaks of statements, and the
# Act in it is the statements' ("the court held that the PSLRA's safe harbor protects forward-
# looking statements such as these" is read as it was before).
_STATEMENT_WORDS = frozenset("""forward looking statement statements harbor harbour harbors harbours projection
projections cautionary remarks comments information""".split())


def named_for_a_lawsuit(tokens: Tokens, spans: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Whether the law named at `spans` (its occurrences in sentence [lo, hi)) is named as the law
    of a lawsuit: a word of a suit stands outside the law's own name ("Litigation" in the Act's
    name is none) and no word of statements or of a safe harbor stands in the sentence."""
    words = tokens.words
    inside = {t for a, b in spans for t in range(a, b + 1)}
    suit = False
    for t in range(lo, hi):
        if words[t] in _STATEMENT_WORDS:
            return False
        if t not in inside and (words[t] in LAWSUIT_WORDS or (
                words[t] == _CLASS_ACTION[1] and t > lo and words[t - 1] == _CLASS_ACTION[0])):
            suit = True
    return suit


_SECTION_SIGNS = frozenset("section sections".split())  # "§" reads as "section"


def section_of_another_law(tokens: Tokens, a: int, b: int, hi: int) -> bool:
    """Whether the section number at [a, b] is a section of a law other than the U.S. Acts:
    "Section 27A of the Internal Revenue Code", "Section 21E of the Clean Air Act" (read as
    `foreign_law` reads a safe harbor's law); not "Section 21E of the Exchange Act", nor a number
    named without its law."""
    if a < 1 or tokens.words[a - 1] not in _SECTION_SIGNS:
        return False
    return foreign_law(tokens, b, hi) is not None or _section_of_the_other_act(tokens, a, b, hi)


_AMENDING = frozenset("amended amends amend amending superseded supersedes replaced replaces".split())
_AMENDING_CLAUSE = frozenset("that which".split())
_LAW_NAME_OPENERS = frozenset("private securities litigation u s us united states federal 1995".split())


def amended_by_another(tokens: Tokens, a: int, lo: int) -> bool:
    """Whether the law named at a is the object of another law's amending clause: "the Securities
    Litigation Uniform Standards Act of 1998, a later statute that amended the PSLRA", "..., which
    amended the Private Securities Litigation Reform Act", "a bill amending the PSLRA". The
    statements are then placed under the amending law; the law amended is named only as such. Not
    "the PSLRA, as amended", nor "Section 21E, as amended by the PSLRA" (the Act the agent)."""
    words = tokens.words
    t = a - 1
    while t >= lo and words[t] in _LAW_NAME_OPENERS and not tokens.marked(HARD_GAP, t + 1):
        t -= 1  # to the name's start: "reform act of 1995" is found inside "the Private Securities Litigation ..."
    if t >= lo and words[t] in ("the", "that", "this"):
        t -= 1
    if t < lo or words[t] not in _AMENDING or tokens.marked(HARD_GAP, t + 1):
        return False
    return words[t] == "amending" or (t - 1 >= lo and words[t - 1] in _AMENDING_CLAUSE
                                      and not tokens.marked(HARD_GAP, t))


_DEFINING_PREPOSITIONS = frozenset("in under by".split())
_TERM_NOUNS = frozenset("term terms phrase phrases".split())
_TERM_DETERMINERS = frozenset("that such the those these".split())
_HISTORICAL = frozenset("historical historic past".split())
_DEFINED_TERM_WORDS = 3  # "historical facts", "statements of historical fact": the term read back from "as"


def defines_a_historical_term(tokens: Tokens, a: int, lo: int) -> bool:
    """Whether the law named at a is cited only as defining a term of the past that stands right
    before "as (that term is) defined in": "statements that do not describe historical facts as
    that term is defined in the Private Securities Litigation Reform Act of 1995 may constitute
    forward-looking statements". The Act is tied to the historical facts (which it does not
    define), not to the forward-looking statements; "forward-looking statements as that term is
    defined in the Act" and an aside after a comma ("historical facts, as defined in ...") stay
    the Act's."""
    words = tokens.words
    t = a - 1
    while t >= lo and words[t] in _LAW_NAME_OPENERS and not tokens.marked(HARD_GAP, t + 1):
        t -= 1
    if t >= lo and words[t] in ("the", "that", "this"):
        t -= 1
    if t - 2 < lo or words[t] not in _DEFINING_PREPOSITIONS or words[t - 1] != "defined":
        return False
    t -= 2
    if t >= lo and words[t] in ("is", "are", "was", "were"):
        t -= 1
    if t - 1 >= lo and words[t] in _TERM_NOUNS and words[t - 1] in _TERM_DETERMINERS:
        t -= 2
    if t - 1 < lo or words[t] != "as" or any(tokens.marked(HARD_GAP, u) or "," in tokens.gap(u)
                                             for u in range(t, a)):
        return False
    term = words[max(lo, t - _DEFINED_TERM_WORDS) : t]
    return (any(w in _HISTORICAL for w in term)
            and not any(w in ("forward", "looking", "forward-looking") for w in term))


# A short name of the Act ("the Reform Act", "the PSLRA") means what the document defines it as:
# another law's name set before it in the definition ("the Dodd-Frank Wall Street Reform and
# Consumer Protection Act (the "Reform Act")", "the Uniform Securities Act of 1956 (the "PSLRA")")
# makes the short name that law's, here and after.
_SHORT_NAME_HEAD = ("reform", "act")
_ACT_OWN_NAME = frozenset("litigation securities pslra 1995".split())  # words of the Act's own name
# The initials abbreviate "Private Securities Litigation Reform Act", so a name they are given to
# is the Act's only with "Litigation" or "Reform" in it (or the year, or the safe-harbor sections
# the Act enacted); "Securities" alone is every securities law's word
_INITIALS = (("pslra",), ("p", "s", "l", "r", "a"))
_INITIALS_OWN_NAME = frozenset("litigation reform 1995 27a 21e".split())
_LAW_NAME_REACH = 14  # words of a law's full name read back from its definition


def defined_as_another_law(tokens: Tokens, a: int, b: int) -> bool:
    """Whether "the Reform Act" or "the PSLRA" at [a, b] is the short name the document gives
    another law: the nearest definition "(the Reform Act)" or "(the PSLRA)" at or before it follows
    a law's name without a word of the PSLRA's own name ("Litigation", "Securities", "1995" for
    "the Reform Act"; "Litigation", "Reform", "1995" for the initials). Not the PSLRA's own short
    name ("the Private Securities Litigation Reform Act of 1995 (the "PSLRA")"), nor a short name
    with no definition."""
    words = tokens.words
    if tuple(words[b - 1 : b + 1]) == _SHORT_NAME_HEAD:
        if any(w in _ACT_OWN_NAME for w in words[a : b + 1]):
            return False
        head, own = _SHORT_NAME_HEAD, _ACT_OWN_NAME
    else:
        head = next((s for s in _INITIALS if b - len(s) + 1 >= a and tuple(words[b - len(s) + 1 : b + 1]) == s), None)
        if head is None:
            return False
        own = _INITIALS_OWN_NAME
    n = len(head)
    for k in range(b - n + 1, max(1, a - _DEFINITION_REACH), -1):
        # "(the Reform Act)": "the" opening a bracket, the short name closing it
        if not (tuple(words[k : k + n]) == head and words[k - 1] == "the" and "(" in tokens.gap(k - 1)
                and k + n < len(words) and ")" in tokens.gap(k + n)):
            continue
        name: list[str] = []
        for j in range(k - 2, max(-1, k - 2 - _LAW_NAME_REACH), -1):  # the full name before the bracket
            if j < k - 2 and tokens.marked(HARD_GAP, j + 1):
                break
            name.append(words[j])
        return "act" in name and not any(w in own for w in name)
    return False


# The Act each safe-harbor section belongs to: 27A is the Securities Act's (of 1933), 21E the
# Exchange Act's (of 1934)
_SECTION_ACTS = {"27a": "securities", "21e": "exchange"}
_ACT_YEARS = {"1933": "securities", "1934": "exchange"}
_ACT_NAME_WORDS = 5  # "of the" + "U.S. Securities Exchange" + "Act"


def _section_of_the_other_act(tokens: Tokens, a: int, b: int, hi: int) -> bool:
    """Whether a safe-harbor section is named as a section of the other Securities Act, which has
    no such safe harbor: "Section 27A of the Securities Exchange Act of 1934", "Section 21E of the
    Securities Act of 1933". The Act is told by "Exchange" in its name and by its year; where name
    and year disagree ("Section 21E of the Securities Act of 1934", a common slip) or the Act is
    not named, the section stands as it was read."""
    words = tokens.words
    own = _SECTION_ACTS.get(words[a]) if a == b else None
    if own is None or b + 2 >= hi or words[b + 1] != "of" or tokens.marked(HARD_GAP, b + 1):
        return False
    for u in range(b + 2, min(hi, b + 2 + _ACT_NAME_WORDS)):
        if tokens.marked(HARD_GAP, u):
            return False
        if words[u] == "act":
            name = words[b + 2 : u]
            if "securities" not in name and "exchange" not in name:
                return False
            by_name = "exchange" if "exchange" in name else "securities"
            year = words[u + 2] if u + 2 < hi and words[u + 1] == "of" and not tokens.marked(HARD_GAP, u + 1) else None
            by_year = _ACT_YEARS.get(year, by_name)
            return by_name == by_year and by_name != own
    return False


# Safe harbors of the registration rules, which exempt an offering or a resale from registration,
# not statements from liability: "the safe harbor from registration provided by Rule 506", "the
# Rule 144 safe harbor", "the Regulation S safe harbor". Rule 175 and Rule 3b-6 are the SEC's own
# safe harbors for forward-looking statements and stay the statute's.
_HARBOR_WORDS = frozenset("harbor harbour harbors harbours".split())
_RULE_WORDS = frozenset("rule rules regulation".split())
_FORWARD_RULES = frozenset("175 3b".split())
_EXEMPTION_WORDS = frozenset("registration resale resales".split())
# ("the safe harbor provisions of Rule 10b5-1": the provisions of a rule are the rule's)
_SOURCE_LINKS = frozenset("of under in provided by afforded available from the provision provisions".split())
_RULE_REACH = 5  # "the safe harbor" + "provided by" + "Rule 506"; "provisions of" + "Rule 144"


def exemption_harbor(tokens: Tokens, a: int, b: int, hi: int) -> int | None:
    """The registration rule a safe harbor at [a, b] belongs to when it exempts from registration
    ("safe harbor from registration", "from the registration requirements") or is a rule's or a
    regulation's named right before it ("the Rule 144 safe harbor", "the Regulation D safe
    harbor") or as its source after it ("the safe harbor provided by Rule 506 of Regulation D"):
    its token, or None. Not Rules 175 and 3b-6, the safe harbors for forward-looking statements."""
    words = tokens.words
    if words[b] not in _HARBOR_WORDS:
        return None
    for t in range(b + 1, min(hi, b + 1 + _RULE_REACH)):
        if tokens.marked(HARD_GAP, t):
            break
        if words[t] in _EXEMPTION_WORDS and words[t - 1] in ("from", "the", "for"):
            return t
        if words[t] in _RULE_WORDS and t + 1 < hi and words[t + 1] not in _FORWARD_RULES:
            return t
        if words[t] not in _SOURCE_LINKS:
            break
    # "the Rule 144 safe harbor", "the Regulation S safe harbor": the rule and its number or letter
    first = a - 1  # the word before "safe"
    if first >= 2 and words[first - 1] in _RULE_WORDS and words[first] not in _FORWARD_RULES \
            and not tokens.marked(HARD_GAP, first) and not tokens.marked(HARD_GAP, a):
        return first - 1
    return None
