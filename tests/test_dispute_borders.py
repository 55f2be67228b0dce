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
    assert set(_topics("Both leaders signed a pact marking their common border, ending a dispute that had led to "
                       "clashes.")) == {"border"}
    assert _topics("Both leaders signed a pact, ending a dispute that had led to clashes.") == []
    assert _topics("The dispute over grazing rights flared along their common border.") == ["grazing rights"]
    assert _topics("The border crossing reopened.") == []


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
