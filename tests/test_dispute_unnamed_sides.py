"""Fighting between sides that no actor stands for ("militias from X and Y") is a conflict named by
the text's own words, fought in the state the article is about; sides the text does not name leave
the conflict unnamed, and sides that are actors still name it by themselves."""
from tests.test_disputes import _article_disputes


def test_fighting_between_sides_no_actor_stands_for_is_named_by_its_words():
    (dispute,) = _article_disputes(
        "Zambian officials met on Monday to discuss the fighting between militias from Luapula and Muchinga.")
    assert dispute.topic == "fighting between militias from Luapula and Muchinga"
    assert dispute.parties == ["country:ZMB"]


def test_fighting_between_sides_the_text_does_not_name_is_no_dispute():
    assert _article_disputes("Zambia sent police to the north on Monday after weeks of fighting between "
                             "two rival gangs left a market in ruins.") == []


def test_fighting_between_states_is_named_by_the_states():
    (dispute,) = _article_disputes("Weeks of clashes between Zambia and Malawi have closed the border.")
    assert dispute.topic == "Malawi-Zambia clashes"
    assert set(dispute.parties) == {"country:ZMB", "country:MWI"}

