"""Classes of wording of this round (q-kinds9), each checked both ways on sentences of our own:
bidding someone do something is an appeal, and what they are bidden to do is not done; the
ordinary wording of measures against a state (a body suspending it, bans on sales, bars from a
territory, lending frozen, relations lowered); an act named after "by" is an act; a war a party
went to or is at with another."""
from datetime import datetime
from functools import partial

from tests.extract_support import events_of, trigger_kind

PUB = datetime(2015, 3, 10, 9, 0)
GERMANY, RUSSIA, FRANCE, IRAN, TURKEY = "country:DEU", "country:RUS", "country:FRA", "country:IRN", "country:TUR"
_events = partial(events_of, published=PUB)


# -- bidding someone do something ------------------------------------------------------------------

def test_asking_or_telling_a_party_to_act_is_an_appeal_to_it():
    (plea,) = _events("Germany asked Russia on Monday to reopen the border crossing.", "Appeal")
    assert {GERMANY, RUSSIA} <= set(plea.participants) and plea.date.value == "2015-03-09"
    (plea,) = _events("In a letter last week, France told Iran to stop enriching uranium.", "Appeal")
    assert {FRANCE, IRAN} <= set(plea.participants)
    assert trigger_kind("Turkey pressed Germany to extradite the two officers.", "pressed") == "Appeal"


def test_a_party_sent_away_listeners_told_what_to_expect_or_a_bidding_charged_are_no_appeal():
    assert trigger_kind("Germany told Russia's ambassador to leave the country within a week.", "told") is None
    assert trigger_kind("Angela Merkel told reporters to expect a decision on Friday.", "told") is None
    assert trigger_kind("France accused Iran of encouraging the militias to attack the border posts.",
                    "encouraging") is None
    # what an adopted text asks is its content, told with the vote
    assert trigger_kind("The resolution asked the United Nations to send observers to the border.", "asked") is None
    assert trigger_kind("The resolution condemned the raids and asked the United Nations to send observers.",
                    "asked") is None
    # asking someone to run the state hands them an office
    assert trigger_kind("The king asked the opposition leader to form a government.", "asked") is None
    assert trigger_kind("The king asked the opposition leader to join the talks.", "asked") == "Appeal"


def test_a_listener_bidden_who_is_no_state_body_group_or_office_holder_gets_no_appeal():
    assert trigger_kind("Firefighters told villagers to move their cattle uphill.", "told") is None
    assert trigger_kind("The airline asked passengers to check in online.", "asked") is None
    assert trigger_kind("The minister asked the council to delay its vote on the border.", "asked") == "Appeal"
    assert trigger_kind("Germany asked the rebels to free the hostages.", "asked") == "Appeal"


def test_what_a_party_is_bidden_to_do_is_not_done():
    (pullout,) = _events("France urged Russia on Monday to withdraw its troops from Ukraine.", "Concession")
    assert pullout.modality == "hypothetical"
    # one bidding, two acts asked for: both are asked, not done
    text = "Germany called on Russia to free the detained sailors and to withdraw its troops from Ukraine."
    assert {e.modality for e in _events(text, "Concession")} == {"hypothetical"}


def test_what_a_party_is_bidden_to_do_takes_no_date_of_the_bidding_only_its_own():
    (talks,) = _events("Germany asked Russia on Monday to open talks on the border.", "Negotiation")
    assert talks.date is None and talks.modality == "hypothetical"
    (pullout,) = _events("France urged Russia on Monday to withdraw its troops from Ukraine by June.", "Concession")
    assert pullout.date is not None and pullout.date.value == "2015-06"


def test_a_bidding_that_names_its_act_only_as_do_so_is_no_appeal():
    assert trigger_kind("Germany said Russia had begged it to do the same in January.", "begged") is None
    assert trigger_kind("Germany said Russia had begged it to mediate in January.", "begged") == "Appeal"


def test_what_a_party_agrees_to_or_does_keeps_its_own_modality():
    (pullout,) = _events("Russia agreed on Monday to withdraw its troops from Ukraine.", "Concession")
    assert pullout.modality != "hypothetical"
    (pullout,) = _events("Russia withdrew its troops from Ukraine on Monday.", "Concession")
    assert pullout.modality == "asserted"


# -- measures against a state in their ordinary wording ----------------------------------------

def test_a_body_suspending_a_state_the_parser_takes_for_a_person_sanctions_it():
    """The small parser reads a short country name as a person at times; the gazetteer knows it."""
    assert trigger_kind("The bloc suspended Mali on Thursday after the coup.", "suspended") == "Sanction"
    assert trigger_kind("The league suspended the debate on Thursday after the walkout.", "suspended") is None


def test_bans_on_sales_bars_from_a_territory_and_frozen_lending_are_sanctions():
    assert trigger_kind("Germany banned arms sales to Iran on Monday.", "banned") == "Sanction"
    assert trigger_kind("France barred the general and his aides from entering the country.", "barred") == "Sanction"
    assert trigger_kind("Germany froze all loans to Iran after the vote.", "froze") == "Sanction"
    (ban,) = _events("Germany banned arms sales to Iran on Monday.", "Sanction")
    assert GERMANY in ban.participants


def test_look_alikes_of_bans_bars_and_freezes_are_no_sanctions():
    assert trigger_kind("Germany banned smoking in railway stations on Monday.", "banned") is None
    assert trigger_kind("The constitution bars the president from seeking a third term.", "bars") is None
    assert trigger_kind("The river froze early in January.", "froze") is None
    assert trigger_kind("The court barred the singer from travel until the trial.", "barred") is None


def test_a_ban_or_freeze_aimed_at_no_party_is_no_sanction():
    assert trigger_kind("Russia banned the sale of alcohol near schools on Monday.", "banned") is None
    assert trigger_kind("The German central bank froze lending to farmers in March.", "froze") is None
    assert not _events("Turkey banned the sale of fireworks in Ankara on Monday.", "Sanction")
    assert trigger_kind("France froze the assets of two Iranian banks.", "froze") == "Sanction"
    assert trigger_kind("Germany banned oil imports from Iran in May.", "banned") == "Sanction"


def test_lowering_or_reducing_relations_breaks_them_in_part():
    (cut,) = _events("On Monday Turkey lowered its ties with Iran after the trial of two of its "
                     "nationals.", "BreakRelations")
    assert {TURKEY, IRAN} <= set(cut.participants)
    assert trigger_kind("Germany reduced its ties with Iran after the trial.", "reduced") == "BreakRelations"
    assert trigger_kind("Turkey lowered its interest rates on Monday.", "lowered") is None
    assert trigger_kind("The mill reduced its ties to timber merchants.", "reduced") is None


# -- an act named after "by" ---------------------------------------------------------------------

def test_an_act_after_by_is_an_act_and_votes_after_by_a_count():
    assert trigger_kind("The protests were prompted by the overthrow of the king in July.", "overthrow") \
        == "LeadershipChange"
    assert trigger_kind("The motion passed by a vote of nine to four.", "vote") is None
    assert trigger_kind("The motion passed by 14 votes.", "votes") is None


# -- wars entered -------------------------------------------------------------------------------------

def test_a_war_a_party_went_to_or_is_at_with_another_is_an_armed_act_of_both():
    (war,) = _events("Russia went to war with Ukraine in August 2008.", "MilitaryAction")
    assert {RUSSIA, "country:UKR"} <= set(war.participants) and war.date.value == "2008-08"
    (war,) = _events("Germany had been at war with France for two years, diplomats said.", "MilitaryAction")
    assert {GERMANY, FRANCE} <= set(war.participants)
    assert trigger_kind("In 1980 Iran waged war on its western neighbour.", "war") == "MilitaryAction"


def test_a_war_with_no_other_side_named_is_no_armed_act():
    assert not _events("Germany was at war, the minister said on Monday.", "MilitaryAction")
    assert not _events("Germany was at war on two fronts in 1916.", "MilitaryAction")
    assert not _events("The war in the north dragged on through the winter.", "MilitaryAction")
    assert trigger_kind("The bishops were at odds with Germany over the law.", "odds") is None


def test_a_war_on_a_vice_or_with_one_s_own_party_is_no_armed_act():
    assert not _events("Germany's finance minister went to war with his own party over taxes in May.",
                       "MilitaryAction")
    assert not _events("Russia's president waged war on drugs last year.", "MilitaryAction")
    assert trigger_kind("Turkey has been at war with the rebels since 1984.", "war") == "MilitaryAction"
