"""Lemmas the small model's rules get wrong, put right after its lemmatizer (a spaCy component,
imported once spaCy is loaded, like kb.nlp_named_after).

spaCy's English rules strip "-ed"/"-es"/"-ing" and keep the first stem that is a known word, so
"hoped" becomes "hop" and "spared" "spar": the rules that read "hope to" as a plan, or "spare" as
a concession, would never see them.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

# Word form -> lemma, for verbs of the news whose stem the rules cut to another known word.
MISREAD_FORMS = {"hopes": "hope", "hoped": "hope", "hoping": "hope",
                 "spared": "spare", "spares": "spare",
                 "stared": "stare", "taped": "tape", "bared": "bare"}


@Language.component("dkb_lemmas")
def mend_lemmas(doc: Doc) -> Doc:
    """Set the lemma of each misread form, whatever its part of speech (the noun "hopes" is "hope" too)."""
    for token in doc:
        lemma = MISREAD_FORMS.get(token.lower_)
        if lemma is not None:
            token.lemma_ = lemma
    return doc
