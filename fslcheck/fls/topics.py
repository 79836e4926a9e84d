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

from ..words import word_matches

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
# The same patterns without IGNORECASE, for an ASCII sentence lower-cased: there they match
# where the case-blind ones match (which Unicode folding makes differ only outside ASCII, "ſ"
# for "s"), and Python's engine skips ahead to a pattern's first letters only when the case is
# fixed, at three times the speed of trying every position.
_CASED = tuple(_BODY.values()) + (_GUIDANCE, _RESULTS)
assert not any(c.isupper() for pattern in _CASED for c in pattern.pattern)  # (lower case, escapes too)
_BODY_LOWER = {name: re.compile(pattern.pattern) for name, pattern in _BODY.items()}
_GUIDANCE_LOWER = re.compile(_GUIDANCE.pattern)
_RESULTS_LOWER = re.compile(_RESULTS.pattern)


def topic_of(text: str) -> str:
    """The topic of a forward-looking sentence (one of `TOPICS`)."""
    if text.isascii():
        text, body, guidance, results = text.lower(), _BODY_LOWER, _GUIDANCE_LOWER, _RESULTS_LOWER
    else:
        body, guidance, results = _BODY, _GUIDANCE, _RESULTS
    if guidance.search(text) and results.search(text):
        return DEFAULT  # a projection of results is guidance, whatever else it mentions
    for name, pattern in body.items():
        if pattern.search(text):
            return name
    return DEFAULT


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


def covered(topic: str, legend_text: str) -> str | None:
    """The legend words that speak to `topic` (the first found), or None when none do."""
    match = _LEGEND[topic].search(legend_text)
    if match:
        return match.group(0)
    words = dict.fromkeys(_WORDS.findall(legend_text.lower()))  # in text order: the same answer every run
    for key in _KEY_WORDS[topic]:
        for word in words:
            if len(word) >= 5 and word_matches(key, word, prefix=True):
                return word
    return None


def title(topic: str) -> str:
    return TOPICS[topic]["title"]
