"""A contested act named with no owner ("the intervention", "the invasion") in a sentence where only a
body judges it: where it was judged is no topic, the state the article is about is its side, and the
quarrel it caused (ties cut) is an aspect of it. A war kept away is no dispute under way."""
from tests.test_dispute_topics import _topics
from tests.test_disputes import _article_disputes, _candidate_disputes

INTERVENTION = ("Malawian troops crossed into Zambia on Monday. Zambia broke off diplomatic relations with "
                "Malawi the same day, and Zambian officials accused the Malawians of shelling villages near "
                "the border. On Friday the African Union condemned the invasion {}.")


def test_an_act_judged_in_a_text_is_no_act_in_that_text():
    """ "condemned the invasion in a communique": where it was said, not what was done."""
    assert _topics("The bloc had already strongly deplored the intervention in a text that most members "
                   "backed.") == ["intervention"]
    assert _topics("Kenya had already, in March, condemned the occupation in a statement that was read on "
                   "the radio.") == ["occupation"]
    assert _topics("The African Union condemned the invasion of Zambia on Friday.") == ["invasion of Zambia"]
    assert _topics("The African Union condemned the intervention in Zambia on Friday.") == ["intervention in Zambia"]


def test_an_act_judged_by_a_body_is_the_act_of_the_state_the_article_is_about():
    (dispute,) = _article_disputes(INTERVENTION.format("in a communique that was issued after a summit"))
    assert dispute.topic == "Zambia invasion"
    assert "country:ZMB" in dispute.parties and "org:african-union" in dispute.parties


def test_an_act_in_a_place_keeps_its_place():
    disputes = _article_disputes(INTERVENTION.format("of Zambia"))
    assert "invasion of Zambia" in [d.topic for d in disputes]


def test_ties_cut_are_named_by_the_matter_told_with_them():
    """Cut ties name a quarrel by how it shows; with "the invasion" between the same states, the
    invasion names it; with no matter told, they are read as the relations, which alone name no
    dispute."""
    topics = [d.topic for d in _article_disputes(INTERVENTION.format("in a communique that was issued after a summit"))]
    assert not any(t.endswith("diplomatic relations") for t in topics)
    bare = "Zambia broke off diplomatic relations with Malawi on Monday."
    (cut,) = _candidate_disputes(bare)
    assert cut.topic == "Malawi-Zambia diplomatic relations"
    assert _article_disputes(bare) == []


def test_a_war_kept_away_is_no_war_under_way():
    for text in ("The envoys of Ghana and Togo met on Friday to avert a war between the two states.",
                 "Officers in Ghana said they had seized power to shield the nation from a civil war, and "
                 "Togo closed the border."):
        assert not [d for d in _article_disputes(text) if "war" in d.topic]
    (war,) = _article_disputes("The war between Ghana and Togo has killed hundreds, and Togo closed the border.")
    assert war.topic == "Ghana-Togo war"
