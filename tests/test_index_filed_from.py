"""Every actor index is built with the state its article is filed from (kb.extract.linking.ActorIndex,
given kb.extract.filing.filing_state of the dateline by events, quotes and disputes alike), so no
caller leaves a bare "the government" without the filing state's last guess. Sentences are our own."""
from __future__ import annotations

import inspect

from kb.extract.disputes import extract_disputes
from kb.extract.filing import filing_state
from kb.extract.linking import ActorIndex
from kb.extract.quotes import extract_quotes
from kb.model import Dateline
from tests.extract_support import make_actors, nlp


def test_a_bare_government_under_a_capitals_dateline_is_that_state():
    text = "The government said on Tuesday that the new road to the coast would open in May."
    doc = nlp()(text)
    index = ActorIndex(doc, make_actors(text), filing_state(Dateline(place="Accra")))
    assert index.filed_from == "GHA"
    assert index.resolve([t for t in doc if t.lower_ == "government"][0]) == ["country:GHA"]


def test_quotes_and_disputes_take_the_dateline_for_their_index():
    for extractor in (extract_quotes, extract_disputes):
        assert "dateline" in inspect.signature(extractor).parameters
