"""Forward-looking statements in a document's body: sentences, the classifier, their topics.

`segment` cuts a document into sentences a reader would quote (headings, table rows, bulleted
items and transcript speaker lines are units of their own); `classify` decides whether a
sentence is forward-looking and names the cues that decided it; `topics` puts a forward-looking
sentence under one of the subjects a legend's factors should speak to. `scan` ties them together
for one document. Nothing here imports the checks or the CLI: they use this package.
"""
