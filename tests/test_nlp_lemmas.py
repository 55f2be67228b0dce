"""Lemmas the model's rules cut to another word are put right before any rule reads them."""
from __future__ import annotations

import pytest

from kb.extract.modality import modality
from kb.nlp import get_nlp


@pytest.mark.parametrize("sentence, form, lemma", [
    ("Norway hopes to sign the accord.", "hopes", "hope"),
    ("The envoys hoped for a truce.", "hoped", "hope"),
    ("Both capitals are hoping to settle.", "hoping", "hope"),
    ("The rebels spared the convoy.", "spared", "spare"),
    ("Their hopes faded.", "hopes", "hope"),
])
def test_misread_forms_take_their_own_lemma(sentence, form, lemma):
    token = next(t for t in get_nlp()(sentence) if t.text == form)
    assert token.lemma_ == lemma


@pytest.mark.parametrize("sentence, verb", [
    ("Norway hopes to sign a fisheries accord with Iceland in May.", "sign"),
    ("Chile hoped to meet Peru's president at the summit.", "meet"),
    ("Kenya is hoping to host the talks next month.", "host"),
])
def test_an_act_hoped_for_is_planned_like_one_intended(sentence, verb):
    token = next(t for t in get_nlp()(sentence) if t.text == verb)
    assert modality(token) == "planned"


def test_words_the_rules_read_right_keep_their_lemma():
    doc = get_nlp()("The two sides hopped between capitals and sparred over the border.")
    assert [t.lemma_ for t in doc if t.pos_ == "VERB"] == ["hop", "spar"]
