"""A foreign state's base closed by its host is a quarrel over that closure; a deal torn up "in anger
at" something is a quarrel over that thing, as ties cut for a stated reason are; an act condemned,
with what it was done to, is a quarrel over that act."""
import pytest

from tests.test_disputes import _article_disputes


@pytest.mark.parametrize("text, topic", [
    ("Djibouti's cabinet voted on Monday to close the French naval base at Obock, a decision Paris "
     "called hasty.", "closure of French naval base at Obock"),
    ("The government of Ecuador will shut the American airfield near Manta when the lease ends in May.",
     "closure of American airfield near Manta"),
])
def test_a_host_closing_a_foreign_state_s_base_is_a_dispute_over_the_closure(text, topic):
    (dispute,) = _article_disputes(text)
    assert dispute.topic == topic
    assert len([p for p in dispute.parties if p.startswith("country:")]) >= 2


@pytest.mark.parametrize("text", [
    "The French defence ministry will close the French naval base at Obock next year to save money.",
    "Djibouti's port authority closed the harbour for two days because of a storm.",
    "Ecuador will close the old airfield near Manta when the new airport opens.",
    "Chad announced that it would close the Sudanese refugee facility near Abeche by the end of the year.",
    "Jordan plans to shut the Syrian migrant camp at Rukban after the winter.",
])
def test_a_base_closed_by_its_own_state_or_a_site_nobody_foreign_holds_is_none(text):
    assert [d.topic for d in _article_disputes(text) if d.topic.startswith("closure")] == []


def test_a_deal_torn_up_in_anger_at_something_is_a_dispute_over_that_thing():
    (dispute,) = _article_disputes(
        "Chile on Tuesday renounced the naval treaty it had kept with Peru since 1961, in anger at a Peruvian "
        "report on fishing rights in the bay.")
    assert dispute.topic == "Peruvian report on fishing rights in bay"
    assert {"country:CHL", "country:PER"} <= set(dispute.parties)


def test_a_deal_torn_up_with_no_reason_is_named_by_the_deal():
    (dispute,) = _article_disputes("Chile's government has torn up the Peruvian fishing treaty it signed in 1961.")
    assert dispute.topic == "cancelled Peruvian fishing treaty"


@pytest.mark.parametrize("text, topic", [
    ("The Arab League condemned the demolition of Palestinian homes by Israeli forces on Monday.",
     "demolition of Palestinian homes"),
    ("Peru and Bolivia deplored the dissolution of Chile's parliament by the president.",
     "dissolution of Chile's parliament by president"),
    ("Georgia protested against the closure of the border crossing by Russia on Monday.",
     "closure of border crossing by Russia"),
])
def test_an_act_condemned_with_what_it_was_done_to_is_a_dispute_over_it(text, topic):
    """ "deplored the suspension of X by Y": the act, what it was done to and by whom name the quarrel."""
    assert topic in [d.topic for d in _article_disputes(text)]


@pytest.mark.parametrize("text", [
    "The Arab League condemned the violence in Gaza on Monday.",              # no act done to something
    "The Arab League condemned the leaders of the militia on Monday.",        # people, not an act
    "The Arab League welcomed the release of Palestinian prisoners on Monday.",  # welcomed, not condemned
])
def test_what_is_condemned_without_being_an_act_done_to_something_names_no_act(text):
    assert [d.topic for d in _article_disputes(text) if " of " in d.topic] == []


@pytest.mark.parametrize("text", [
    "Austria criticised the handling of the flood relief by the European Commission on Tuesday.",
    "Japan criticised the wording of the South Korean communique on the fishing talks.",
    "Norway criticised the pricing of the new malaria drugs by the manufacturers.",
])
def test_how_a_matter_is_handled_worded_or_priced_criticised_is_no_dispute_over_an_act(text):
    assert [d.topic for d in _article_disputes(text) if " of " in d.topic] == []


def test_an_act_done_to_another_state_s_people_condemned_is_a_dispute_over_it():
    topics = [d.topic for d in _article_disputes("Lithuania denounced the expulsion of its ambassador from Minsk "
                                                 "by Belarus on Friday.")]
    assert any(t.startswith("expulsion of") for t in topics), topics
