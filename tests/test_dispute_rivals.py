"""A switch of recognition: ties cut with one state and opened with its rival government in the
same breath. Only rival governments of one country are recognised in place of each other, not two
states whose names look alike."""
import pytest

from tests.test_disputes import _article_disputes, _candidate_disputes

CUT_AND_OPEN = "Turkey broke off diplomatic relations with {} on Monday and established ties with {}."


@pytest.mark.parametrize("dropped, chosen, codes", [
    ("Taiwan", "China", {"country:TWN", "country:CHN"}),              # a formal name claims the other's
    ("China", "Taiwan", {"country:CHN", "country:TWN"}),
    ("West Germany", "East Germany", {"country:DEU", "country:DDR"}),  # halves named by compass points
    ("Vietnam", "North Vietnam", {"country:VNM", "country:VDR"}),
])
def test_ties_moved_to_a_rival_government_are_a_switch_of_recognition(dropped, chosen, codes):
    (switch,) = _article_disputes(CUT_AND_OPEN.format(dropped, chosen))
    assert switch.topic.startswith("recognition of ")
    assert set(switch.parties) == codes


@pytest.mark.parametrize("dropped, chosen, dropped_code", [
    ("Guinea", "Equatorial Guinea", "country:GIN"),
    ("Equatorial Guinea", "Guinea", "country:GNQ"),
    ("the Republic of the Congo", "the Democratic Republic of the Congo", "country:COG"),
    ("the Democratic Republic of the Congo", "the Republic of the Congo", "country:COD"),
    ("Guinea", "Guinea-Bissau", "country:GIN"),
])
def test_ties_moved_to_a_state_of_a_look_alike_name_are_relations_cut(dropped, chosen, dropped_code):
    """Guinea and Equatorial Guinea, the two Congos: one word in common, two states, neither claiming
    to govern the other; the ties cut are read between the state that cut them and the state dropped
    (alone, named only by those sides, they are no dispute)."""
    (cut,) = _candidate_disputes(CUT_AND_OPEN.format(dropped, chosen))
    assert cut.topic.endswith("diplomatic relations")
    assert set(cut.parties) == {dropped_code, "country:TUR"}
