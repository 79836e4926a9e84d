"""`fls-staleness`: the legend points to current filings and speaks as of the release date.

```yaml
- id: pslra.staleness
  kind: fls-staleness
  severity: warning
  max_age_days: 365        # a referenced 10-K/10-Q period may end at most this long before the release ...
  filing_window_days: {10-K: 90, 10-Q: 45}   # ... plus the time the company has to file it
```

Two ways a legend goes stale when it is copied from release to release:

- it points readers to a Form 10-K or 10-Q "for the fiscal year ended December 31, 2019" (or
  "for fiscal 2019", "for the quarter ended March 31, 2020") whose period ended more than a
  year before the release date, beyond the time the company has to file the next one (a 10-K
  for the year just ended may be the latest until the new one is filed): its risk factors are
  not the current ones that the cautionary statement incorporates;
- it says the information is current, or the statements speak, "as of" a date other than the
  release date ("All information in this press release is current as of July 10, 2019").

The release date is the date the document states near its top (`fslcheck.fls.scan.stated_date`).
`met` when neither is found, `missing` (a warning by default) with each stale reference in
`details["stale"]` and as a note, `not-applicable` when the document states no date or has no
legend. Both are practice rather than statute: the safe harbor asks for meaningful cautionary
statements (15 U.S.C. 78u-5(c)(1)(A)(i)), which risk factors of a superseded report may not be.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import months
from ..result import Finding, Status
from ..rules.model import Rule
from .base import CheckContext, finding
from .forward_looking import release_date

KIND = "fls-staleness"
OPTIONS = {
    "max_age_days": {"type": "integer", "minimum": 0},
    "filing_window_days": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}},
}
REQUIRED = ()

_MONTH = r"(?P<month>" + months.WORDS + r")\.?"
_FULL_DATE = _MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)"
# "Form 10-K for the fiscal year ended December 31, 2019", "10-Q for the quarter ended March 31, 2020",
# "Annual Report on Form 10-K for fiscal 2019", "Form 10-K for the year 2019"
_FILING = re.compile(
    r"\b(?:form )?(?P<form>10-?k|10-?q)(?:405)?\b[^.;]{0,80}?\bfor (?:the |its |our )?(?:fiscal )?"
    r"(?:(?:year|quarter|period|three months|six months|nine months|quarterly period)(?: ended| ending)? )?"
    r"(?:(?:" + _FULL_DATE + r")|(?:fiscal (?:year )?)?(?P<fy>(?:19|20)\d\d))",
    re.IGNORECASE)
_AS_OF = re.compile(r"\b(?:as of|as at|current as of|speak(?:s)? only as of) " + _FULL_DATE, re.IGNORECASE)


def _date(match: re.Match) -> date | None:
    month = months.month_number(match.group("month").lower())
    try:
        return date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:  # "February 30"
        return None


class Checker:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.max_age = timedelta(days=int(rule.options.get("max_age_days", 365)))
        windows = {"10-K": 90, "10-Q": 45} | dict(rule.options.get("filing_window_days", {}))
        self.windows = {key.upper().replace("-", ""): timedelta(days=int(value)) for key, value in windows.items()}

    def check(self, context: CheckContext) -> Finding:
        released = release_date(context)
        if released is None:
            return finding(self.rule, context, Status.NOT_APPLICABLE, notes=["the document states no release date"])
        if not context.legend_spans:
            return finding(self.rule, context, Status.NOT_APPLICABLE, notes=["no legend"])
        source = context.document.text
        stale = []
        for start, end in context.legend_spans:
            source_start, source_end = context.canonical.to_source(start, end)
            legend = source[source_start:source_end]
            flat = re.sub(r"\s+", " ", legend)
            for match in _FILING.finditer(flat):
                form = match.group("form").upper().replace("-", "")
                if match.group("fy"):
                    period_end = date(int(match.group("fy")), 12, 31)
                else:
                    period_end = _date(match)
                if period_end is None:
                    continue
                limit = period_end + self.max_age + self.windows.get(form, timedelta(0))
                if released > limit:
                    stale.append({"kind": "filing", "excerpt": match.group(0), "period_end": period_end.isoformat(),
                                  "note": f"Form {form[:2]}-{form[2:]} for a period ended {period_end.isoformat()}, "
                                          f"more than a year before the release date {released.isoformat()}"})
            for match in _AS_OF.finditer(flat):
                stated = _date(match)
                if stated is not None and stated != released:
                    stale.append({"kind": "as-of", "excerpt": match.group(0), "date": stated.isoformat(),
                                  "note": f"'{match.group(0)}' is not the release date {released.isoformat()}"})
        details = {"release_date": released.isoformat(), "stale": stale}
        if not stale:
            legend_start = context.legend_spans[0][0]  # the legend is what was checked: point at its start
            return finding(self.rule, context, Status.MET, span=(legend_start, legend_start + 1), details=details)
        first = stale[0]["excerpt"]
        found = context.text.find(first.lower().replace("-", " "), context.legend_spans[0][0])
        span = (found, found + len(first)) if found >= 0 else context.legend_spans[0]
        return finding(self.rule, context, Status.MISSING, span=span, details=details,
                       notes=[s["note"] for s in stale])
