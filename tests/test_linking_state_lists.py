"""A list of persons each named with his state ("A of X, B of Y and C of Z signed"): the parser hangs
the later names on the state before them; they are listed beside the first all the same. The parse
is built by hand (the model's parse of such a list changes with the names); names are invented."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kb.extract.linking import ActorIndex
from kb.model import Actor

# "Ana Ruiz of Chile, Luis Vela of Peru and Eva Mora of Cuba signed it ." with "Vela" an apposition
# of "Chile" and "Mora" a conjunct of "Vela", as the small model parses such lists.
_WORDS = ["Ana", "Ruiz", "of", "Chile", ",", "Luis", "Vela", "of", "Peru", "and", "Eva", "Mora", "of", "Cuba",
          "signed", "it", "."]
_HEADS = [1, 14, 1, 2, 3, 6, 3, 6, 7, 6, 11, 6, 11, 12, 14, 14, 14]
_DEPS = ["compound", "nsubj", "prep", "pobj", "punct", "compound", "appos", "prep", "pobj", "cc", "compound",
         "conj", "prep", "pobj", "ROOT", "dobj", "punct"]
_POS = ["PROPN", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "PROPN",
        "ADP", "PROPN", "VERB", "PRON", "PUNCT"]


def _index(first_state: str = "Chile") -> tuple[Doc, ActorIndex]:
    words = [first_state if w == "Chile" else w for w in _WORDS]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=_HEADS, deps=_DEPS, pos=_POS)
    persons = [(0, 2, "ana-ruiz"), (5, 7, "luis-vela"), (10, 12, "eva-mora")]
    actors = [Actor(id=f"person:{key}", name=doc[s:e].text, kind="person",
                    mentions=[(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))]) for s, e, key in persons]
    for i, code in ((3, None), (8, "PER"), (13, "CUB")):
        if code:
            actors.append(Actor(id=f"country:{code}", name=doc[i].text, kind="country", country=code,
                                mentions=[(doc[i].idx, doc[i].idx + len(doc[i]))]))
    return doc, ActorIndex(doc, actors)


def test_names_hung_on_the_state_before_them_are_listed_with_the_first():
    doc, index = _index()
    assert {"person:ana-ruiz", "person:luis-vela", "person:eva-mora"} <= set(index.resolve(doc[1]))


def test_a_name_hung_on_a_word_that_is_no_state_is_not_listed():
    # "Ana Ruiz of Acme, Luis Vela ...": "of" names a firm, not a state
    doc, index = _index(first_state="Acme")
    assert "person:luis-vela" not in index.resolve(doc[1])
