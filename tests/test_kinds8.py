"""Classes of wording of this round (q-kinds8), each checked both ways on sentences of our own:
an act named as what another act answers keeps no date of its answer; a remark that only sources
news or tells a standing view is no statement; putting one's name to an agreement signs it."""
from datetime import datetime
from functools import partial

from tests.extract_support import events_of, parse, trigger_kind

PUB = datetime(2015, 3, 10, 9, 0)
GERMANY, RUSSIA, FRANCE, IRAN = "country:DEU", "country:RUS", "country:FRA", "country:IRN"
_events = partial(events_of, published=PUB)


# -- an act answered by another: not of the answer's day ------------------------------------------

def test_an_act_a_reaction_answers_keeps_no_date_of_the_reaction():
    (act,) = _events("Germany on Monday condemned Russia's invasion of Ukraine.", "MilitaryAction")
    assert act.date is None and RUSSIA in act.participants
    (act,) = _events("France recalled its envoy from Iran on Monday over its offensive in Ukraine.", "MilitaryAction")
    assert act.date is None
    (act,) = _events("Germany froze trade with Russia on Monday as a reprisal for the invasion of Ukraine.",
                     "MilitaryAction")
    assert act.date is None


def test_an_act_told_with_its_own_day_or_as_the_news_keeps_its_date():
    (act,) = _events("Germany condemned Sunday's invasion of Ukraine by Russia.", "MilitaryAction")
    assert act.date is not None and act.date.value == "2015-03-08"
    (act,) = _events("Russia invaded Ukraine on Monday.", "MilitaryAction")
    assert act.date is not None and act.date.value == "2015-03-09"
    # an act not named as known ("an invasion") is not one the reader knows of: left as before
    (act,) = _events("Russia on Monday launched an invasion of Ukraine.", "MilitaryAction")
    assert act.date is not None


# -- remarks: a source or a standing view is no statement ------------------------------------------

def test_a_saying_that_sources_what_it_follows_is_no_statement():
    assert not _events("The border with Ukraine stayed quiet on Monday, Germany said.", "Statement")
    assert _events("Germany said on Monday that the border with Ukraine stayed quiet.", "Statement")


def test_a_view_held_in_the_present_or_perfect_is_no_statement():
    assert not _events("Germany says the rebels use Ukraine as a base.", "Statement")
    assert not _events("Germany has said the rebels used Ukraine as a base.", "Statement")


def test_a_remark_in_the_past_or_after_a_quotation_stays_a_statement():
    assert _events("Angela Merkel said on Monday that the outcome was fair.", "Statement")
    assert _events('"The outcome is fair," Angela Merkel said on Monday.', "Statement")
    assert _events("'The outcome is fair,' Angela Merkel said on Monday.", "Statement")


def test_a_quoted_phrase_inside_news_a_saying_follows_makes_no_quotation():
    # only a mark opening the clause makes it the speaker's own words
    assert not _events('The "peace plan" is dead after the vote, Germany said on Monday.', "Statement")
    assert _events('"The peace plan is dead after the vote," Germany said on Monday.', "Statement")


# -- putting one's name to an agreement ------------------------------------------------------------

def test_putting_a_name_or_signature_to_an_agreement_signs_it():
    assert trigger_kind("Germany and France put their names to the accord on Monday.", "put") == "AgreementSigned"
    assert trigger_kind("The two ministers put their signatures to a treaty in Paris.", "put") == "AgreementSigned"
    (deal,) = _events("Germany and France put their names to the accord on Monday.", "AgreementSigned")
    assert {GERMANY, FRANCE} <= set(deal.participants)


def test_putting_a_name_to_a_letter_or_a_list_signs_no_agreement():
    assert trigger_kind("Angela Merkel put her name to a letter of protest.", "put") is None
    assert trigger_kind("The party put his name on the ballot.", "put") is None
    assert trigger_kind("Germany put its name forward for the seat.", "put") is None


# -- ordinary wording of praise, yielding, expelling and accusing ----------------------------------

def test_police_or_troops_storming_an_embassy_is_an_armed_act_protesters_storming_it_a_protest():
    assert trigger_kind("Russian police stormed the French embassy on Monday.", "stormed") == "MilitaryAction"
    assert trigger_kind("Protesters stormed the French embassy on Monday.", "stormed") == "Protest"


def test_an_honour_awarded_or_the_dead_mourned_as_what_they_were_is_praise():
    assert trigger_kind("Norway awarded the ambassador a medal for her service.", "awarded") == "Praise"
    assert trigger_kind("The republic awarded the pilot the Order of the Star.", "awarded") == "Praise"
    assert trigger_kind("The former general was mourned as a peacemaker by both parties.", "mourned") == "Praise"
    assert trigger_kind("The city honoured the firefighters for their courage.", "honoured") == "Praise"
    # a court's award is no honour: it is the court's ruling (kb.extract.rulings)
    assert trigger_kind("The court awarded damages to the family.", "awarded") == "Statement"
    assert trigger_kind("Thousands mourned the victims of the flood.", "mourned") is None


def test_an_order_awarded_is_a_purchase_and_a_commitment_honoured_is_kept():
    assert trigger_kind("The navy awarded an order for six frigates to a Korean yard.", "awarded") is None
    assert trigger_kind("Sweden honoured its pledge to take in refugees.", "honoured") is None
    # the truce kept stays a ceasefire, not eaten by a praise on its verb
    events = parse("Germany said on Monday it would honour the truce for as long as Russia did.", PUB)[-1]
    assert [e.type for e in events if e.type in ("Praise", "Ceasefire")] == ["Ceasefire"]


def test_troops_leaving_a_country_or_land_handed_over_is_a_concession():
    assert trigger_kind("Two thousand Turkish soldiers left northern Cyprus after the accord.", "left") == "Concession"
    assert trigger_kind("In 1999 Portugal handed the territory of Macau to China.", "handed") == "Concession"
    assert trigger_kind("Iran loosened curbs on trade with Germany.", "loosened") == "Concession"
    assert trigger_kind("The minister left Berlin on Wednesday.", "left") is None
    assert trigger_kind("The troops left their barracks at dawn.", "left") is None
    assert trigger_kind("France will leave 800 soldiers in Mali until the spring.", "leave") is None  # kept there
    assert trigger_kind("She will hand the letter to the envoy.", "hand") is None


def test_officials_ordered_out_of_a_country_are_expelled():
    assert trigger_kind("Germany ordered 20 Russian officials out of the country.", "ordered") == "Expulsion"
    assert trigger_kind("Spain ordered Venezuela's diplomats out of Madrid.", "ordered") == "Expulsion"
    assert trigger_kind("Germany ordered its officials to report on the talks.", "ordered") is None
    # one's own people ordered out of a country are evacuated
    assert trigger_kind("Spain ordered its diplomats out of Caracas.", "ordered") is None
    assert trigger_kind("The government ordered our nationals out of the war zone.", "ordered") is None
    assert trigger_kind("The prime minister ordered his diplomats out of Caracas.", "ordered") is None
    # a named person's "its" is another state's: that is an expulsion
    assert trigger_kind("Angela Merkel cut ties with Iran on Friday and ordered its diplomats out of the country.",
                    "ordered") == "Expulsion"


def test_tying_someone_to_a_crime_is_an_accusation():
    assert trigger_kind("Prosecutors in Berlin have linked two Russian agents to the poisoning of a defector.",
                    "linked") == "Accusation"
    assert trigger_kind("Germany linked its grid to the French network.", "linked") is None


def test_telling_that_another_party_was_hiding_arms_is_an_accusation():
    events = parse("The German minister told reporters in Vienna that Iran was concealing arms from inspectors.",
                   PUB)[-1]
    (charge,) = [e for e in events if e.type == "Accusation"]
    assert IRAN in charge.recipients
    events = parse("The German minister told reporters in Vienna that Iran was building roads near the border.",
                   PUB)[-1]
    assert not [e for e in events if e.type == "Accusation"]


# -- visitors received ------------------------------------------------------------------------------

def test_receiving_or_calling_on_a_person_is_a_meeting():
    assert trigger_kind("Angela Merkel received Vladimir Putin at the chancellery.", "received") == "Meeting"
    assert trigger_kind("Angela Merkel called on Vladimir Putin at his dacha on Monday.", "called") == "Meeting"
    assert trigger_kind("Angela Merkel received a letter from Vladimir Putin.", "received") is None
    assert trigger_kind("Angela Merkel called on Vladimir Putin to free the prisoners.", "called") == "Appeal"
    assert trigger_kind("Angela Merkel saw Vladimir Putin as a rival.", "saw") is None
    assert trigger_kind("The envoy called on Maria Lopez in Cordoba on Sunday.", "called") == "Meeting"


def test_calling_on_a_person_for_or_over_something_or_seeing_one_is_no_meeting():
    assert trigger_kind("The Arab League called on Omar Haddad on Friday for calm in the port.", "called") == "Appeal"
    assert trigger_kind("Norway called on Omar Haddad on Friday over the jailing of two bloggers.", "called") == "Appeal"
    assert trigger_kind("Norway called on Omar Haddad.", "called") != "Meeting"
    assert trigger_kind("Students saw Omar Haddad on television.", "saw") is None


# -- a gathering a journey is made for ---------------------------------------------------------------

def test_the_traveller_to_a_summit_takes_part_in_it_as_planned_as_the_journey():
    (summit,) = _events("Angela Merkel will fly to Paris on Friday for the summit.", "Summit")
    assert "person:angela-merkel" in summit.participants and summit.modality == "planned"


def test_a_journey_called_off_leaves_the_summit_without_the_traveller():
    summits = _events("Angela Merkel will not fly to Paris for the NATO summit.", "Summit")
    assert all("person:angela-merkel" not in s.participants and s.modality != "negated" for s in summits)
