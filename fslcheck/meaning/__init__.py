"""Legend elements as propositions: word families, clauses, polarity.

A layer below the checks (it imports nothing from them): `lexicon` holds the word families and
the negation cues, `clauses` cuts canonical text into tokens and clauses, `polarity` decides
whether a clause affirms, negates or reverses what an element asserts, and `proposition`
compiles a pack's proposition (its parts, forms and polarity) and finds it in sentences.
"""
