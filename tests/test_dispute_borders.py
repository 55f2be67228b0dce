"""A border between two states as their quarrel, told without "border dispute": a border question, a
contested piece of land on the border, a dispute noun with no matter beside the border the sides share."""
from tests.test_dispute_topics import _topics
from tests.test_disputes import _article_disputes


def test_a_border_named_as_an_open_question_is_the_matter():
    assert _topics("The pact put to rest a border question older than either state.") == ["border"]
    assert _topics("The budget question was left for June.") == []


def test_a_contested_land_on_the_border_makes_the_border_the_matter():
    assert _topics("Benin accused Niger of moving troops onto a contested ridge along their shared border.") == \
        ["border"]
    assert _topics("Troops landed on a contested island.") == ["contested island"]
    assert _topics("A contested vote split the assembly.") == []   # contested at the polls, read elsewhere


def test_a_dispute_with_no_matter_takes_the_border_the_sides_share():
    assert _topics("The two governments drew their joint frontier anew, putting an end to a quarrel of "
                   "decades.") == ["border"]
    assert _topics("The two governments drew up a budget, putting an end to a quarrel of decades.") == []
    assert _topics("The dispute over grazing rights flared along their common border.") == ["grazing rights"]
    assert _topics("The border crossing reopened.") == []


def test_a_quarrel_between_people_or_told_apart_from_the_border_is_not_over_it():
    assert _topics("Slovenia and Croatia opened their common border to buses on Sunday after a dispute "
                   "between farmers and the customs officers.") == ["dispute"]   # named after its sides, elsewhere
    assert _topics("Ministers discussed their common border on Monday, and the mayor said a quarrel had broken "
                   "out in the market.") == []
    assert _topics("Slovakia and Hungary reopened their shared border to trucks driven by men who had a quarrel "
                   "with the police.") == []
    assert _topics("Chile and Peru reopened their shared frontier on Friday after a quarrel between the two "
                   "governments.") == ["border"]


def test_the_border_is_named_after_the_states_that_share_it():
    (border,) = _article_disputes("Togo accused Ghana on Friday of moving troops onto a contested ridge along "
                                  "their shared border.")
    assert border.topic == "Ghana-Togo border"
    assert set(border.parties) == {"country:TGO", "country:GHA"}


def test_a_border_is_between_states_the_other_one_from_the_main_pair():
    # a body hailing the end of the question is no side of it; the state named has its counterpart
    (border,) = _article_disputes("Latvia and Belarus signed a treaty in Riga on Monday. The European Union "
                                  "praised the deal, saying it settled a border question that Latvia had carried "
                                  "since 1991.")
    assert border.topic == "Belarus-Latvia border"
    assert set(border.parties) == {"country:LVA", "country:BLR"}
    # with no main pair to take the other side from, one state alone shares no border
    assert _article_disputes("The European Union praised the deal, saying it settled a border question that "
                             "Latvia had carried since 1991.") == []


def test_a_border_question_between_states_outside_the_main_pair_keeps_its_own_sides():
    disputes = _article_disputes("Chile and Bolivia signed a gas deal in La Paz on Monday. The United Nations "
                                 "welcomed the accord, saying it closed a border question between Chile and Peru.")
    (border,) = [d for d in disputes if d.topic.endswith("border")]
    assert border.topic == "Chile-Peru border" and set(border.parties) == {"country:CHL", "country:PER"}
