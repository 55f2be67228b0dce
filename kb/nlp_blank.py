"""The rules-only ("blank") pipeline: spaCy's tokenizer and sentencizer with no model.

Imported only when that pipeline is asked for, since importing spaCy costs about a second.
"""
from __future__ import annotations

import spacy
from spacy.attrs import NORM
from spacy.language import Language
from spacy.tokens import Doc


@Language.component("dkb_fresh_token_edges")
def fresh_token_edges(doc: Doc) -> Doc:
    """The tokenizer's Doc rebuilt with each token's tree edges on itself. spaCy's special cases
    that merge pieces ("''" glued to a word) leave the later tokens' edges one place ahead; a
    parser would recompute them, but this pipeline has none, and Token.children then reads
    outside the Doc (in unsigned arithmetic: a segfault). Only NORM is copied: the tokenizer sets
    nothing else on a token that the lexeme does not already hold. Costs about 2 ms per article."""
    fresh = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    fresh.from_array([NORM], doc.to_array([NORM]))
    return fresh


def blank_pipeline() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("dkb_fresh_token_edges", first=True)
    nlp.add_pipe("sentencizer")
    return nlp
