"""Clauses told at another time than the clause or date they hang on: a "where"/"when" clause in the
past perfect or with "would" (kb.extract.sharedtime), and a said clause the parser hangs on another
said clause (kb.extract.datetense.reported). The sentences are our own."""
from __future__ import annotations

from datetime import datetime

from kb.extract.datetense import reported
from tests.extract_support import dates_on, nlp

SATURDAY = datetime(2019, 10, 19)


def test_a_where_clause_in_the_past_perfect_or_with_would_keeps_no_date_of_the_meeting():
    meeting = "Germany and France met in Vienna in June, where Iran "
    assert dates_on(meeting + "signed a gas accord with Austria.", "signed", SATURDAY) == ["2019-06"]
    assert dates_on(meeting + "had signed a gas accord with Austria.", "signed", SATURDAY) == [None]
    assert dates_on(meeting + "would later sign a gas accord with Austria.", "sign", SATURDAY) == [None]


def _parsed(words, heads, deps, pos, lemmas):
    from spacy.tokens import Doc

    return Doc(nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_a_said_clause_hung_on_another_said_clause_is_reported():
    # the parse the small model gives a second "that" clause now and then: under the first one
    words = ["Haiti", "said", "that", "it", "had", "a", "right", "and", "that", "the", "pact", "gave", "it", "water"]
    heads = [1, 1, 4, 4, 1, 6, 4, 4, 11, 10, 11, 4, 11, 11]
    deps = ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "det", "dobj", "cc", "mark", "det", "nsubj", "ccomp",
            "dative", "dobj"]
    pos = ["PROPN", "VERB", "SCONJ", "PRON", "VERB", "DET", "NOUN", "CCONJ", "SCONJ", "DET", "NOUN", "VERB",
           "PRON", "NOUN"]
    lemmas = ["Haiti", "say", "that", "it", "have", "a", "right", "and", "that", "the", "pact", "give", "it", "water"]
    assert reported(_parsed(words, heads, deps, pos, lemmas)[11])
    # the same chain under a verb that says nothing
    hoped = _parsed(words, heads, deps, pos, [*lemmas[:1], "hope", *lemmas[2:]])
    assert not reported(hoped[11])
