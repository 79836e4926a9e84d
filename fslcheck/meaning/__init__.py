"""Legend elements as propositions: word families, clauses, polarity.

A layer below the checks (it imports nothing from them). `lexicon` holds the word families and
the negation cues, `clauses` cuts canonical text into tokens and sentences, `names` reads company
and person names, and `proposition` compiles a pack's proposition (its parts, forms and polarity)
and finds it in sentences. What `proposition` reads around a candidate is in modules of their
own, each a family of readings over tokens: `syntax` (clause structure, shared by the others),
`negation` (negation at the parts), `denials` (words after that take the element back), `owners`
(someone else's statements), `references` (the statute and the filings named), `times` (as-of
dates and past frames) and `updating` (the limits of a no-update disclaimer).
"""
