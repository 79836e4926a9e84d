"""What a forward-looking sentence is about, and whether a legend's factors speak to it.

Courts have refused the safe harbor where the cautionary language had nothing to do with the
projection made (the statute asks for "meaningful cautionary statements identifying important
factors that could cause actual results to differ materially from those in the forward-looking
statement", 15 U.S.C. 78u-5(c)(1)(A)(i)). So each forward-looking sentence gets one of eight
topics, and each topic names the words a legend uses when it warns about it.

Topics (first match in this order wins, the most specific first): regulatory approvals and
trials, acquisitions and closings, litigation, financing and capital, products and launches,
operations and supply, macro, guidance and earnings (the default for anything else, since a
projection about the business is a projection of its results).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..words import WordList, first_in_run, word_run

TOPICS: dict[str, dict[str, str]] = {
    "regulatory/trials": {
        "title": "regulatory approvals and trials",
        "body": r"\b(?:fda|ema|clinical|trials?|phase (?:1|2|3|i|ii|iii|1b|2b)|regulatory (?:approval|submission|path)|"
                r"approvals?|nda|bla|ind|pdufa|enrol\w*|topline|patients?|indication|clearance|therap\w+|tolerability|"
                r"efficacy|dosing|vaccines?|drug candidates?|product candidates?)\b",
        "legend": r"\b(?:regulatory|clinical|trials?|fda|approvals?|clearance|governmental? (?:approval|regulation)|"
                  r"product candidates?|development (?:of|risks)|efficacy|safety)\b",
    },
    "acquisitions/closings": {
        "title": "acquisitions and closings",
        "body": r"\b(?:acquisitions?|acquire|merger|merge|transaction|closing|close|business combination|divest\w*|"
                r"integration|synerg\w+|accretive|tender offer|spin[- ]?off)\b",
        "legend": r"\b(?:acquisitions?|merger|transactions?|closing|integrat\w+|synerg\w+|combination|divest\w*|"
                  r"conditions to (?:the )?(?:closing|completion)|consummat\w+)\b",
    },
    "litigation": {
        "title": "litigation",
        "body": r"\b(?:litigation|lawsuits?|appeal|verdict|court|settlement|claims?|judgment|dispute|patent enforcement)\b",
        "legend": r"\b(?:litigation|legal proceedings|lawsuits?|claims|outcome of (?:pending )?(?:legal|litigation)|"
                  r"intellectual property|disputes?)\b",
    },
    "financing/capital": {
        "title": "financing and capital",
        "body": r"\b(?:financing|(?<!working )capital|debt|liquidity|equity offering|offering|dividends?|share repurchases?|"
                r"buybacks?|repurchase|credit facility|notes|leverage|cash flow|balance sheet|proceeds|at-the-market|atm)\b",
        "legend": r"\b(?:financing|capital|liquidity|debt|indebtedness|credit|interest rates?|access to (?:the )?capital|"
                  r"cash flows?|dividends?|repurchases?|funding)\b",
    },
    "products/launches": {
        "title": "products and launches",
        "body": r"\b(?:launch\w*|products?|platform|introduc\w+|roll ?out|release of|new (?:stores?|offerings?|services?)|"
                r"customers? (?:will|can)|technology|deliveries|ship\w*|contract|orders?)\b",
        "legend": r"\b(?:new products?|product (?:introductions?|development|launches|demand|acceptance)|market acceptance|"
                  r"technolog\w+|competition|competitive|innovation|customer demand|demand for (?:our|the company)|"
                  r"products?)\b",
    },
    "operations/supply": {
        "title": "operations and supply",
        "body": r"\b(?:supply|suppliers?|manufactur\w+|production|capacity|facilit\w+|operations|restructuring|"
                r"cost (?:reduction|savings)|savings|workforce|stores?|inventory|logistics)\b",
        "legend": r"\b(?:supply|suppliers?|manufactur\w+|production|operations|operational|restructuring|costs?|"
                  r"inventory|labor|facilities|disruptions?)\b",
    },
    "macro": {
        "title": "macro",
        "body": r"\b(?:econom\w+|macro\w*|inflation|interest rates?|currency|foreign exchange|recession|"
                r"geopolitic\w+|pandemic|covid|tariffs?|market conditions|consumer (?:demand|spending))\b",
        "legend": r"\b(?:econom\w+|inflation|interest rates?|currency|exchange rates?|foreign exchange|recession|"
                  r"geopolitic\w+|pandemic|covid|war|tariffs?|market conditions|political)\b",
    },
    "guidance/earnings": {
        "title": "guidance and earnings",
        "body": r"",
        "legend": r"\b(?:results of operations|financial (?:results|performance|condition)|revenues?|earnings|sales|"
                  r"margins?|profitab\w+|operating results|demand|fluctuations? in (?:our )?(?:quarterly|operating))\b",
    },
}
DEFAULT = "guidance/earnings"
_BODY = {name: re.compile(spec["body"], re.IGNORECASE) for name, spec in TOPICS.items() if spec["body"]}
_LEGEND = {name: re.compile(spec["legend"], re.IGNORECASE) for name, spec in TOPICS.items()}
_GUIDANCE = re.compile(r"\b(?:guidance|outlook|revenue|earnings|eps|per share|margin|sales|ebitda|profit|income|"
                       r"growth|tax rate|expenses)\b", re.IGNORECASE)


_RESULTS = re.compile(r"\b(?:guidance|outlook|eps|per share|revenue|earnings)\b", re.IGNORECASE)
# The same patterns without IGNORECASE, for a text lower-cased: there they match where the
# case-blind ones match (at the same offsets), and Python's engine skips ahead to a pattern's
# first letters only when the case is fixed, at three times the speed of trying every position.
# That holds for any text without the three letters that Unicode folding reads as ASCII ones
# while their lower case is not ("ı", "ſ") or is longer ("İ"): every other character keeps its
# length and whether it is a word character when lower-cased, and matches an ASCII letter
# case-blind exactly when its lower case is that letter (the Kelvin sign's is "k").
_CASED = tuple(_BODY.values()) + tuple(_LEGEND.values()) + (_GUIDANCE, _RESULTS)
assert not any(c.isupper() for pattern in _CASED for c in pattern.pattern)  # (lower case, escapes too)
_BODY_LOWER = {name: re.compile(pattern.pattern) for name, pattern in _BODY.items()}
_LEGEND_LOWER = {name: re.compile(pattern.pattern) for name, pattern in _LEGEND.items()}
_GUIDANCE_LOWER = re.compile(_GUIDANCE.pattern)
_RESULTS_LOWER = re.compile(_RESULTS.pattern)
_CASE_BLIND_ONLY = ("\u0130", "\u0131", "\u017f")


def _lower_matches(text: str) -> bool:
    """Whether the lower-case patterns may be searched in `text.lower()` in place of the
    case-blind ones in `text` (see above)."""
    if text.isascii():
        return True
    for letter in _CASE_BLIND_ONLY:
        if letter in text:
            return False
    return True


def topic_of(text: str) -> str:
    """The topic of a forward-looking sentence (one of `TOPICS`)."""
    if _lower_matches(text):
        text, body, guidance, results = text.lower(), _BODY_LOWER, _GUIDANCE_LOWER, _RESULTS_LOWER
    else:
        body, guidance, results = _BODY, _GUIDANCE, _RESULTS
    if guidance.search(text) and results.search(text):
        return DEFAULT  # a projection of results is guidance, whatever else it mentions
    for name, pattern in body.items():
        if pattern.search(text):
            return name
    return DEFAULT


def on_topics(texts: list[str], topics: set[str]) -> dict[int, str]:
    """The texts whose topic (`topic_of`) is one of `topics`: index → topic. A topic other than
    the default needs its own words in the text, so when the default is not asked for, only the
    texts with some asked topic's words are given a topic: in a long filing, few of them."""
    if not topics:
        return {}
    if DEFAULT in topics:
        found = ((i, topic_of(text)) for i, text in enumerate(texts))
    else:
        lower, blind = _words_of(frozenset(topics))
        found = ((i, topic_of(text)) for i, text in enumerate(texts)
                 if (lower.search(text.lower()) if _lower_matches(text) else blind.search(text)))
    return {i: topic for i, topic in found if topic in topics}


def _words_of(topics: frozenset[str], loose: bool = False) -> tuple[re.Pattern, re.Pattern]:
    """One pattern for the body words of all `topics` (each made `_loose` with `loose`), for
    lower-cased ASCII text and case-blind. Kept for the life of the process: there are at most 2^7
    sets of topics with words of their own, and compiling one costs more than a document's search
    with it (a cache that is emptied, like `re`'s own when many patterns pass through it, would
    compile them again and again)."""
    kept = _LOOSE_WORDS_OF if loose else _WORDS_OF
    found = kept.get(topics)
    if found is None:
        patterns = (_BODY[name].pattern for name in TOPICS if name in topics)
        either = "|".join(f"(?:{_loose(p) if loose else p})" for p in patterns)
        found = kept[topics] = (re.compile(either), re.compile(either, re.IGNORECASE))
    return found


_WORDS_OF: dict[frozenset[str], tuple[re.Pattern, re.Pattern]] = {}
_LOOSE_WORDS_OF: dict[frozenset[str], tuple[re.Pattern, re.Pattern]] = {}


def may_be_on_topics(text: str, topics: set[str]) -> bool:
    """False only when no sentence cut from `text` (`fslcheck.fls.segment`) can be given one of
    `topics` by `on_topics`: none of the topics is the default, and their words stand nowhere in
    the text. A sentence's text is a stretch of the document's with each run of white space made
    one space, so the text is searched with a looser pattern (`_loose`): a space of a topic's words
    ("cash flow") stands for any run of white space, and the look-behind of "capital" is left out
    (what precedes a sentence's first word is not in its text). Most releases name no body word of
    a topic their legend leaves uncovered: then their sentences need not all be cut to look for
    one. Where one is named, the search stops at the first."""
    if not topics or DEFAULT in topics:
        return bool(topics)
    lower, blind = _words_of(frozenset(topics), loose=True)
    return bool(lower.search(text.lower()) if _lower_matches(text) else blind.search(text))


def _loose(pattern: str) -> str:
    """A body pattern that matches wherever it matches in a text with its runs of white space made
    one space, and more: each space may be any run of white space, and no look-behind is asked."""
    pattern = _LOOK_BEHIND.sub("", pattern)
    pattern = pattern.replace("[- ]", r"(?:-|\s+)").replace(" ?", r"\s*")
    return pattern.replace(" ", r"\s+")


_LOOK_BEHIND = re.compile(r"\(\?<[!=][^()]*\)")
# (`_loose` reads a space in a character class only as "[- ]" writes it)
assert all(" " not in c for p in _BODY.values() for c in re.findall(r"\[[^\]]*\]", _loose(p.pattern)))


# The topics' key words again, for legends damaged by OCR ("prodncts", "cornpetition"): a legend
# word that OCR could have made from one of them covers the topic too (fslcheck.words).
_KEY_WORDS = {
    "regulatory/trials": ("regulatory", "clinical", "approval", "clearance", "efficacy"),
    "acquisitions/closings": ("acquisition", "merger", "transaction", "closing", "integration", "consummate"),
    "litigation": ("litigation", "proceedings", "lawsuit", "claims", "dispute"),
    "financing/capital": ("financing", "capital", "liquidity", "indebtedness", "credit", "interest", "funding"),
    "products/launches": ("product", "technology", "technological", "competition", "competitive", "innovation",
                          "demand"),
    "operations/supply": ("supply", "supplier", "manufacturing", "production", "operations", "operational",
                          "restructuring", "inventory", "disruption"),
    "macro": ("economic", "economy", "inflation", "currency", "exchange", "recession", "pandemic", "political",
              "tariff"),
    "guidance/earnings": ("results", "financial", "revenue", "earnings", "sales", "margins", "profitability"),
}
_WORDS = re.compile(r"[a-z0-9]+")


def coverage(legend_text: str, section_text: str = "", topics: Iterable[str] = TOPICS) -> dict[str, str | None]:
    """For each of `topics`, the words of the cautionary language that speak to it (the first
    found), or None when none do. The language is a legend and, for a filing that has one, its
    Risk Factors section (`section_text`). A legend word that OCR could have made from one of the
    topic's key words counts too ("prodncts"); a Risk Factors section is read as written: it runs
    to thousands of words, among which a damaged one is never the only one on its topic."""
    cautionary = f"{legend_text} {section_text}" if section_text else legend_text
    if _lower_matches(cautionary):  # (the same matches, faster: see `_CASED`)
        searched, patterns = cautionary.lower(), _LEGEND_LOWER
    else:
        searched, patterns = cautionary, _LEGEND
    out = {topic: (cautionary[match.start():match.end()] if (match := patterns[topic].search(searched)) else None)
           for topic in topics}
    unsure = [topic for topic, words in out.items() if words is None]
    if unsure:
        legend_words = WordList(_long_words(legend_text))
        section_words = None
        for topic in unsure:
            damaged = (legend_words.first_match(key, prefix=True) for key in _KEY_WORDS[topic])
            found = next((legend_words.words[i] for i in damaged if i is not None), None)
            if found is None and section_text:
                if section_words is None:  # (made once, when the legend leaves a topic to it)
                    listed = _long_words(section_text)
                    section_words = (listed, word_run(listed))
                listed, run = section_words
                first = next((i for key in _KEY_WORDS[topic]
                              if (i := first_in_run(run, key, prefix=True)) < len(listed)), None)
                found = listed[first] if first is not None else None
            out[topic] = found
    return out


def _long_words(text: str) -> list[str]:
    """The distinct words of five letters or more, in text order (the same answer every run)."""
    return list(dict.fromkeys(_LONG_WORDS.findall(text.lower())))


# The words of `_WORDS` five characters long or more: a run shorter than that fails at each of its
# characters, so the search passes over it, and one of five or more is matched whole from its first
# (a run starts after a character outside the class). Short words are never made into strings.
_LONG_WORDS = re.compile(r"[a-z0-9]{5,}")


def title(topic: str) -> str:
    return TOPICS[topic]["title"]
