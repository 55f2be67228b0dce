"""Relations going bad over a matter: the matter is the dispute ("ties soured over X"), or what it
asks for ("over X's call for an inquiry into Y"); relations going bad over a span of time name none."""
import pytest

from tests.test_disputes import _article_disputes


@pytest.mark.parametrize("text, topic", [
    ("Relations between Norway and Chile have soured over Oslo's call for an inquiry into the sinking of a "
     "fishing boat.", "inquiry into sinking of fishing boat"),
    ("Chile's ties with Peru have cooled over the fishing rights in the bay.", "fishing rights"),
    ("Relations between Kenya and Somalia fell to a new low this spring over a maritime boundary "
     "in the Indian Ocean.", "maritime boundary"),
])
def test_relations_gone_bad_over_a_matter_are_a_dispute_about_it(text, topic):
    (dispute,) = _article_disputes(text)
    assert dispute.topic == topic and dispute.status == "ongoing"
    assert len([p for p in dispute.parties if p.startswith("country:")]) == 2


@pytest.mark.parametrize("text", [
    "Ties between Peru and Bolivia have deteriorated sharply over the past year.",
    "Relations between Peru and Bolivia improved over lunch, and trade grew.",
    "Prices fell over the weekend as Peru and Bolivia signed a trade pact.",
])
def test_relations_gone_bad_over_a_span_of_time_or_doing_well_name_no_matter(text):
    assert _article_disputes(text) == []
