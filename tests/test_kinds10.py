"""Classes of wording of this round (q-kinds10), each checked both ways on sentences of our own:
a remark made to an audience (reporters, a crowd, the radio) is a statement of its own; an
election told in a clause about one who stood in it ("X, who won the election", "X, whose party
swept to power"), a year before it ("the 2008 election") and a "run-off" written with a hyphen."""
from datetime import datetime
from functools import partial

from tests.extract_support import events_of, trigger_kind

PUB = datetime(2015, 3, 10, 9, 0)
PUTIN, MERKEL, ERDOGAN, MEDVEDEV = ("person:vladimir-putin", "person:angela-merkel", "person:recep-erdogan",
                                   "person:dmitry-medvedev")
_events = partial(events_of, published=PUB)


# -- a remark made to an audience ------------------------------------------------------------------

def test_telling_or_speaking_to_an_audience_is_a_statement():
    (remark,) = _events("Vladimir Putin told reporters in Sochi on Monday that the pipeline would be finished "
                        "next year.", "Statement")
    assert PUTIN in remark.participants and remark.date.value == "2015-03-09"
    (remark,) = _events("Angela Merkel told a crowd in Dresden that Germany would keep its soldiers in Kosovo.",
                        "Statement")
    assert MERKEL in remark.participants
    assert trigger_kind("Recep Tayyip Erdogan spoke to reporters after the dinner.", "spoke") == "Statement"


def test_a_message_to_a_party_a_bidding_or_a_story_is_no_statement_to_an_audience():
    assert trigger_kind("Germany told Russia that the border would stay open.", "told") is None
    assert trigger_kind("Angela Merkel told reporters to expect a decision on Friday.", "told") is None
    assert trigger_kind("Dmitry Medvedev told a story about his school years.", "told") is None
    # a committee, a council or a newspaper is told things in hearings and reports, rarely a remark
    assert trigger_kind("Dmitry Medvedev told the committee that the budget was too small.", "told") is None
    assert trigger_kind("Angela Merkel told a newspaper that the euro was safe.", "told") is None
    assert trigger_kind("Vladimir Putin spoke to Angela Merkel on Tuesday.", "spoke") is None
    # speaking to an audience while doing another act of speech is that act's channel
    assert trigger_kind("Angela Merkel, speaking to reporters in Berlin, called the raid a crime.",
                        "speaking") is None


# -- an election told around one who stood in it -----------------------------------------------------

def test_one_who_won_or_whose_party_won_stood_in_the_election():
    (vote,) = _events("Dmitry Medvedev, who won the 2008 election, flew to Berlin on Monday.", "Election")
    assert MEDVEDEV in vote.participants and vote.date.value == "2008"
    (vote,) = _events("Recep Tayyip Erdogan, who had been mayor of Istanbul and whose party then won a general "
                      "election in 2002, flew to Berlin.", "Election")
    assert ERDOGAN in vote.participants
    (vote,) = _events("Vladimir Putin, whose party swept to power in 1999, met Angela Merkel.", "Election")
    assert PUTIN in vote.participants
    (vote,) = _events("Dmitry Medvedev won the presidential run-off in March.", "Election")
    assert MEDVEDEV in vote.participants


def test_power_taken_by_arms_praise_won_and_counted_votes_are_no_election():
    assert trigger_kind("The rebels swept to power in Kabul in a week.", "swept") is None
    assert _events("Vladimir Putin, who won praise for the plan, met Angela Merkel.", "Election") == []
    assert trigger_kind("The resolution passed by 14 votes to one.", "votes") is None
    assert trigger_kind("The soldiers ran off into the woods.", "off") is None


# -- a treaty named by the year it was made ----------------------------------------------------------

def test_an_agreement_named_by_its_year_was_made_that_year():
    (treaty,) = _events("The border follows a line drawn under a 1921 treaty between Russia and Poland.",
                        "AgreementSigned")
    assert {"country:RUS", "country:POL"} <= set(treaty.participants)
    assert treaty.date.value == "1921" and treaty.modality == "asserted"
    # ending it now does not undo its making
    (treaty,) = _events("Ukraine's parliament voted on Monday to cancel the 1997 agreement with Russia.",
                        "AgreementSigned")
    assert treaty.modality == "asserted" and treaty.date.value == "1997"
    # the day of the sentence that mentions it is not the signing's, and its honourer is no signatory
    (treaty,) = _events("Poland said on Friday that it would respect the 1934 treaty with Germany.",
                        "AgreementSigned")
    assert treaty.date.value == "1934" and "country:POL" not in treaty.agents + treaty.recipients
    assert _events("Turkey said on Tuesday it would keep to the 1936 convention.", "AgreementSigned") == []


def test_an_agreement_without_a_year_or_with_a_count_is_no_signing_of_its_own():
    assert trigger_kind("The treaty between Russia and Poland fixed the border.", "treaty") is None
    assert trigger_kind("Russia has signed 300 agreements with Poland.", "agreements") is None


# -- a demand told as what another party must do -------------------------------------------------------

def test_saying_a_named_party_must_or_should_act_is_an_appeal_to_it():
    (plea,) = _events("Angela Merkel said on Monday that Russia should pull its troops out of Ukraine.", "Appeal")
    assert {MERKEL, "country:RUS"} <= set(plea.participants) and plea.date.value == "2015-03-09"
    assert "country:RUS" in plea.recipients
    (plea,) = _events("Vladimir Putin said the Ukrainian government must pay its gas debts.", "Appeal")
    assert PUTIN in plea.participants


def test_what_must_happen_what_we_must_do_a_passive_or_a_stand_held_is_no_appeal():
    assert _events("Angela Merkel said on Monday that the talks must continue.", "Appeal") == []
    assert _events("Angela Merkel said on Monday that we must act together.", "Appeal") == []
    assert _events("Vladimir Putin said on Monday that Ukraine should be punished.", "Appeal") == []
    assert _events("Vladimir Putin has said that Ukraine should pay its gas debts.", "Appeal") == []
    # a likelihood or a state told with "should" or "must" bids no one to act
    assert _events("Vladimir Putin said on Tuesday that Turkey should expect a dry summer.", "Appeal") == []
    assert _events("Recep Tayyip Erdogan said Poland must be pleased with its harvest.", "Appeal") == []
    assert _events("Dmitry Medvedev said on Friday that Ukraine should remain calm.", "Appeal") == []
    assert _events("Angela Merkel said on Monday that Turkey should know that Germany would defend Greece.",
                   "Appeal") == []


def test_a_demand_told_to_an_audience_is_an_appeal():
    (plea,) = _events("Angela Merkel told reporters on Tuesday that Russia should take its soldiers out of "
                      "Georgia.", "Appeal")
    assert "country:RUS" in plea.recipients
    assert _events("Angela Merkel told reporters on Tuesday that the monitors should go home.", "Appeal") == []


def test_the_speakers_own_state_is_not_the_party_bidden():
    (plea,) = _events("Angela Merkel said on Monday that Germany should pull its troops out of Kosovo.", "Appeal")
    assert "country:DEU" not in plea.recipients
    assert _events("Angela Merkel said on Monday that Germany should win the cup. Merkel added that France "
                   "must be happy with its team.", "Appeal") == []


# -- an act named in a charge is done by the one charged ------------------------------------------------

def test_the_party_charged_with_an_act_is_its_doer():
    (strike,) = _events("Iran accused Turkey on Monday of shelling villages near the border.", "MilitaryAction")
    assert "country:TUR" in strike.agents
    (strike,) = _events("Germany condemned Russia for the invasion of Ukraine.", "MilitaryAction")
    assert {"country:RUS", "country:UKR"} <= set(strike.participants)


def test_an_act_with_its_own_doer_or_under_no_charge_takes_no_charged_party():
    (charge,) = _events("Iran accused Turkey of ignoring the shelling by Kurdish rebels of its villages.",
                        "Accusation")
    assert "country:TUR" in charge.participants
    (strike,) = _events("Iran blamed Turkey for Pakistan's shelling of its villages.", "MilitaryAction")
    assert strike.agents == ["country:PAK"]  # the act's own doer, not the one blamed
    (strike,) = _events("Germany thanked Russia for the invasion of Ukraine being called off.", "MilitaryAction")
    assert "country:RUS" not in strike.agents


# -- coming for an occasion --------------------------------------------------------------------------

def test_flying_in_or_arriving_for_an_occasion_is_a_visit():
    (trip,) = _events("Recep Tayyip Erdogan flew in for the funeral on Monday.", "Visit")
    assert ERDOGAN in trip.participants and trip.date.value == "2015-03-09"
    assert trigger_kind("Angela Merkel arrived for the ceremony on Monday.", "arrived") == "Visit"


def test_troops_arriving_or_a_flight_without_an_occasion_are_no_such_visit():
    assert trigger_kind("French troops arrived for the exercise on Monday.", "arrived") == "MilitaryDeployment"
    assert trigger_kind("The plane flew in low over the city.", "flew") is None
