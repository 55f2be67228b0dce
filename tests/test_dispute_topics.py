"""Dispute topics read from how a text frames a contested situation."""
from kb.extract.disputetopics import find_mentions
from kb.extract.linking import ActorIndex
from tests.extract_support import nlp


def _topics(text: str) -> list[str]:
    doc = nlp()(text)
    return [m.topic for m in find_mentions(list(doc.sents), ActorIndex(doc, []))]


def test_a_partitioned_land_is_a_topic():
    assert _topics("The talks were the first since the island was divided in 1974.") == ["division of the island"]
    assert _topics("Germany was divided after the war.") == ["division of Germany"]
    assert _topics("Envoys discussed the divided island of Timor.") == ["division of Timor"]


def test_the_divided_city_is_the_city_named_before():
    assert "division of Nicosia" in _topics("The envoy landed in Nicosia. He spent a day in the divided city.")
    assert not any(t.startswith("division") for t in _topics("He spent a day in the divided city."))


def test_a_land_divided_over_an_issue_is_split_in_opinion_not_partitioned():
    assert not any(t.startswith("division") for t in _topics("The country is divided over the new tax."))
    assert not any(t.startswith("division") for t in _topics("The cabinet was divided."))


def test_a_feared_war_is_not_a_dispute_under_way():
    assert _topics("Markets fell on fears of a wider war in the Balkans.") == []
    assert _topics("The war in the Balkans dragged on.") == ["war in Balkans"]
