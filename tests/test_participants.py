"""Participants of events: the state behind an official, hosts of visits, parties named apart.

Every sentence here is written for the test; each checks one rule of kb.extract.events or
kb.extract.participants through the whole pipeline (actors, places, dates, events).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from kb.model import Article
from kb.pipeline import extract_article


def _events(text: str, published: datetime):
    extraction = extract_article(Article(id="participants", raw_text=text, source="test",
                                         published=published))
    return extraction.events, {a.id: a for a in extraction.actors}


def _one(events, etype: str):
    found = [e for e in events if e.type == etype]
    assert len(found) == 1, [(e.type, e.participants) for e in events]
    return found[0]


def test_an_official_brings_a_state_the_text_never_names():
    events, actors = _events("Prime Minister Shinzo Abe condemned the missile launch on Tuesday.",
                             datetime(2016, 9, 7))
    criticism = _one(events, "Criticism")
    assert "country:JPN" in criticism.participants
    assert actors["country:JPN"].kind == "country"   # the state joins the article's actors


def test_the_destination_of_a_visit_is_its_host():
    events, _ = _events("Narendra Modi paid a two-day visit to Tokyo on Friday.", datetime(2016, 11, 12))
    visit = _one(events, "Visit")
    assert "country:JPN" in visit.recipients
    assert {"country:IND", "person:narendra-modi"} <= set(visit.participants)


def test_a_visit_to_a_capital_goes_to_the_state_it_stood_for_then():
    events, _ = _events("Margaret Thatcher paid a visit to Moscow on Monday.", datetime(1987, 3, 31))
    visit = _one(events, "Visit")
    assert "country:SUN" in visit.participants and "country:RUS" not in visit.participants


def test_the_passive_subject_controls_an_infinitive():
    events, _ = _events("Chancellor Angela Merkel was expected to make a visit to Brazil next month.",
                        datetime(2015, 7, 1))
    visit = _one(events, "Visit")
    assert visit.agents[:1] == ["person:angela-merkel"]
    assert {"country:DEU", "country:BRA"} <= set(visit.participants)


def test_a_reaction_to_the_event_is_aimed_at_whoever_carried_it_out():
    text = ("Turkey attacked Kurdish positions in Syria on Monday. "
            "Prime Minister Shinzo Abe condemned the attack on Monday.")
    events, _ = _events(text, datetime(2016, 3, 9))
    criticism = _one(events, "Criticism")
    assert "country:TUR" in criticism.recipients


def test_they_is_the_coordinated_subject_just_before():
    text = ("Barack Obama met Vladimir Putin in Moscow on Monday. "
            "Angela Merkel and Shinzo Abe held talks in Berlin on Tuesday. "
            "They will meet again in Osaka in June.")
    events, _ = _events(text, datetime(2016, 3, 9))
    planned = [e for e in events if e.modality == "planned"]
    assert planned and {"person:angela-merkel", "person:shinzo-abe"} <= set(planned[0].participants)
    assert "person:barack-obama" not in planned[0].participants   # not the article's first pair


def test_the_three_countries_are_the_last_three_named():
    text = ("Chile, Peru and Bolivia signed a water accord on Monday. "
            "Argentina accused the three countries of ignoring its claims.")
    events, _ = _events(text, datetime(2014, 5, 8))
    accusation = _one(events, "Accusation")
    assert {"country:CHL", "country:PER", "country:BOL"} <= set(accusation.participants)


def test_a_demonym_on_the_object_names_the_state_acted_upon():
    events, _ = _events("Canada froze Venezuelan assets on Tuesday.", datetime(2017, 9, 27))
    sanction = _one(events, "Sanction")
    assert {"country:CAN", "country:VEN"} <= set(sanction.participants)


def test_a_name_parsed_as_the_subject_of_its_partner_is_still_coordinated():
    """The parser reads some surnames as verbs and hangs "President Alpha and Prime Minister Omega
    Begin" as Alpha, subject of the noun Begin: both names are the clause's subjects."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from kb.extract.phrases import coordinated

    words = ["President", "Alpha", "and", "Minister", "Omega", "Begin", "signed", "it"]
    heads = [1, 5, 1, 5, 5, 6, 6, 6]
    deps = ["compound", "nsubj", "cc", "compound", "compound", "nsubj", "ROOT", "dobj"]
    pos = ["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "VERB", "PRON"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in coordinated(doc[5])] == ["Begin", "Alpha"]


def test_a_destination_or_an_adjective_alone_makes_no_event():
    text = "The schedule calls for the delegation to travel on to Lyon. Crowds attacked the French consulate."
    events, _ = _events(text, datetime(2016, 10, 31))
    assert events == []


def test_parties_named_inside_a_joint_act_share_in_it():
    text = ("Morocco signed accords to open trade offices with Ghana and Senegal on Tuesday, "
            "in a deal brokered by France.")
    events, _ = _events(text, datetime(2019, 4, 3))
    signing = _one(events, "AgreementSigned")
    assert {"country:MAR", "country:GHA", "country:SEN", "country:FRA"} <= set(signing.participants)


def test_the_two_countries_are_the_agents_of_the_lead_not_its_broker():
    text = ("Chile and Peru agreed on Monday to reopen their embassies, in a deal brokered by Brazil. "
            "The two countries will hold talks in Lima next month.")
    events, _ = _events(text, datetime(2019, 4, 3))
    talks = [e for e in events if e.modality == "planned"]
    assert talks and {"country:CHL", "country:PER"} <= set(talks[0].participants)
    assert "country:BRA" not in talks[0].participants


def test_titles_take_their_state_from_an_of_phrase():
    text = ("Lamin Jobe resigned as president of Gambia on Monday. "
            "Musa Kanteh, the commander of Mali's northern army, was killed on Sunday. "
            "Kenya's top diplomat Raychelle Omamo attended the talks. "
            "Libya's caretaker Prime Minister Omar Bashir spoke on Monday.")
    _, actors = _events(text, datetime(2019, 4, 3))
    assert actors["person:lamin-jobe"].country == "GMB"
    assert actors["person:musa-kanteh"].country == "MLI"
    assert actors["person:raychelle-omamo"].country == "KEN"
    assert actors["person:raychelle-omamo"].roles   # "top diplomat" is an office
    assert actors["person:omar-bashir"].country == "LBY"


def test_a_military_commander_brings_his_state():
    text = "Turkish army commander Kemal Aksoy threatened Syria on Monday."
    events, _ = _events(text, datetime(2019, 4, 3))
    threat = _one(events, "Threat")
    assert {"person:kemal-aksoy", "country:TUR", "country:SYR"} <= set(threat.participants)


def test_the_heads_of_two_bodies_are_those_bodies_signing_with_the_main_pair():
    """The heads stand for their bodies (no person, not the pair's leaders); the documents they sign
    that day are those of the pair's agreement: one occasion, one event (gold README), all four sharing."""
    text = ("Chile and Peru agreed on Monday to share a river basin. "
            "The heads of the World Bank and the African Union signed the documents in Lima on Monday.")
    events, _ = _events(text, datetime(2019, 4, 3))
    signing = _one(events, "AgreementSigned")
    four = {"country:CHL", "country:PER", "org:world-bank", "org:african-union"}
    assert (set(signing.agents), set(signing.participants)) == (four, four)


def test_a_witness_shares_in_a_signing():
    text = "Armenia and Georgia signed a border accord on Friday in the presence of Kazakhstan."
    events, _ = _events(text, datetime(2019, 4, 3))
    signing = _one(events, "AgreementSigned")
    assert "country:KAZ" in signing.participants


def test_that_country_is_the_state_last_named_other_than_the_actor():
    text = "Canada expelled Iranian diplomats on Monday and banned all exports to that country."
    events, _ = _events(text, datetime(2019, 4, 3))
    sanction = _one(events, "Sanction")
    assert "country:IRN" in sanction.recipients and "country:CAN" in sanction.agents


def test_a_bare_title_takes_the_state_its_sentence_gives():
    text = ("Malawi cut ties with Taiwan on Monday, President Peter Mwale said. "
            "Bush held talks with Chancellor Angela Merkel and Minister Karl Hoffer on Tuesday.")
    _, actors = _events(text, datetime(2008, 1, 16))
    assert actors["person:peter-mwale"].country == "MWI"    # speaker of what his country did
    assert actors["person:karl-hoffer"].country == "DEU"    # listed with a German office holder


def test_a_reaction_to_the_trip_is_aimed_at_the_traveller():
    text = "Narendra Modi paid a visit to Tokyo on Friday. China criticised the trip on Saturday."
    events, _ = _events(text, datetime(2016, 11, 13))
    criticism = _one(events, "Criticism")
    assert "person:narendra-modi" in criticism.recipients


def test_an_appositive_summing_up_the_lead_shares_its_date():
    from kb.extract.eventdate import attached_date
    from kb.model import TimeValue
    from kb.nlp import get_nlp

    text = ("Chilean President Michelle Bachelet landed in Lima on Monday to greet President Ollanta "
            "Humala, a ceremony that opened the first summit between the neighbours in years.")
    doc = get_nlp()(text)
    start = text.index("on Monday")
    monday = TimeValue("2014-05-05", "day", "on Monday", start=start, stop=start + len("on Monday"))
    summit = next(t for t in doc if t.text == "summit")
    assert attached_date(summit, summit.sent, [monday]) is monday


@pytest.mark.parametrize("text, published, etype, role, expected", [
    # the possessor of an act does it, the "of" phrase undergoes it
    ("Jordan condemned Syria's invasion of Lebanon on Monday.", datetime(1976, 6, 8),
     "MilitaryAction", "recipients", ["country:LBN"]),
    # whom an air strike killed is its target
    ("A U.S. air strike killed two Iraqi officials on Sunday.", datetime(2004, 5, 10),
     "MilitaryAction", "recipients", ["country:IRQ"]),
    # who signs an order does what the order does
    ("President Jacques Chirac signed a decree banning arms exports to Iraq on Monday.", datetime(1990, 8, 7),
     "Sanction", "agents", ["person:jacques-chirac"]),
    # "they" is the group subject of the clause before: the states, not the two leaders of the lead
    ("Prime Minister Shinzo Abe met Indian Prime Minister Narendra Modi in Tokyo on Monday. "
     "The two countries upgraded their ties in 2014, and in July they signed a trade agreement.",
     datetime(2016, 11, 14), "AgreementSigned", "participants", ["country:IND", "country:JPN"]),
    # "the two countries" of two compatriots are the first two states named
    ("President Emmanuel Macron met French Ambassador Jean Dupont on Thursday on his arrival in Senegal. "
     "The two countries signed a trade agreement in July.", datetime(2019, 11, 15),
     "AgreementSigned", "participants", ["country:FRA", "country:SEN"]),
    # a court named by its common noun is the court named before
    ("Colombia took the case to the International Court of Justice in 2001. "
     "Nicaragua rejects the court's jurisdiction.", datetime(2012, 11, 20),
     "Rejection", "participants", ["country:NIC", "org:international-court-of-justice"]),
    # "the three countries" named again are the three it named the first time, not the last three states
    ("Japan, India and Australia signed a supply pact on Monday, and the three countries will share bases. "
     "The deal replaces a 2016 contract with France. In Beijing, a foreign ministry spokesman accused "
     "the three countries of a Cold War mentality on Tuesday.", datetime(2021, 9, 16),
     "Accusation", "recipients", ["country:AUS", "country:IND", "country:JPN"]),
    # an official whose title names no state speaks for the capital the sentence opens with
    ("In Tehran, foreign ministry spokesman Nasser Kanaani condemned the sanctions on Monday.",
     datetime(2023, 1, 10), "Criticism", "participants", ["country:IRN", "person:nasser-kanaani"]),
    # a pronoun inside a group subject does not stand for that subject (this used to recurse without end)
    ("Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday. "
     "The two leaders themselves did not sign the gas accord but backed it in a joint declaration.",
     datetime(2016, 8, 10), "Meeting", "participants", ["person:recep-tayyip-erdogan", "person:vladimir-putin"]),
])
def test_who_takes_part(text, published, etype, role, expected):
    events, _ = _events(text, published)
    assert sorted(getattr(_one(events, etype), role)) == expected


def test_a_deal_signed_long_ago_is_not_signed_by_whoever_revives_it():
    events, _ = _events("Peru and Chile agreed on Friday to revive a fishing pact signed in 1998.",
                        datetime(2014, 3, 8))
    assert not [e for e in events if e.type == "AgreementSigned" and e.date is not None
                and e.date.value == "1998"], [(e.type, e.date, e.participants) for e in events]


def test_a_leader_named_bare_beside_another_keeps_no_state_of_the_other():
    text = ("President Aldo Brenner asked the Paris-led bloc for help on Wednesday. "
            "The Kremlin said Vladimir Putin and Brenner had a long telephone conversation on Saturday.")
    _, actors = _events(text, datetime(2022, 1, 8))
    assert actors["person:vladimir-putin"].country == "RUS"
    assert actors["person:aldo-brenner"].country != "RUS"


def test_a_lone_first_name_and_the_two_men_are_the_leaders_named_in_full():
    text = ("Prime Minister Tesfa Gebre of Ruritania and President Amanuel Dawit of Eritrea signed a "
            "declaration in Asmara on Monday. Tesfa flew into Asmara on Sunday. "
            "The two men held talks later on Sunday.")
    events, actors = _events(text, datetime(2018, 7, 9))
    assert len(actors["person:tesfa-gebre"].mentions) == 2   # "Tesfa" alone is him again
    meeting = _one(events, "Meeting")
    assert {"person:tesfa-gebre", "person:amanuel-dawit"} <= set(meeting.participants)


def test_coordinated_demonyms_on_a_plural_noun_name_each_state():
    text = ("Kenya and Uganda held talks on Monday. "
            "The British and Irish governments signed an accord in Belfast on Friday.")
    events, _ = _events(text, datetime(1998, 4, 11))
    signing = _one(events, "AgreementSigned")
    assert {"country:GBR", "country:IRL"} <= set(signing.participants)
    assert not {"country:KEN", "country:UGA"} & set(signing.participants)


@pytest.mark.parametrize("when, modality", [("later on Wednesday", "planned"), ("on Wednesday", "asserted")])
def test_a_trip_later_on_the_day_of_publication_is_still_planned(when, modality):
    text = f"Prime Minister John Howard flies to Jakarta {when} for a summit on the relief effort."
    events, _ = _events(text, datetime(2005, 1, 5, 9, 0))
    assert _one(events, "Visit").modality == modality


@pytest.mark.parametrize("text, etype, sender, addressee", [
    ("Chinese President Xi Jinping on Friday sent President Aldo Brenner a message praising the steps "
     "he had taken.", "Praise", "person:xi-jinping", "person:aldo-brenner"),
    ("Kenya sent a letter to Uganda on Monday condemning the raid.", "Criticism", "country:KEN", "country:UGA"),
])
def test_a_message_sent_to_someone_is_aimed_at_its_addressee(text, etype, sender, addressee):
    events, _ = _events(text, datetime(2022, 1, 8))
    event = _one(events, etype)
    assert sender in event.agents and addressee in event.recipients


@pytest.mark.parametrize("tail, victim", [
    ("killing the group's military chief Tarek Mansour.", True),
    ("ignoring an appeal by the group's military chief Tarek Mansour.", False),
])
def test_whom_a_strike_killed_is_hit_by_it(tail, victim):
    events, _ = _events(f"Israel struck a militia compound in Gaza on Monday, {tail}", datetime(2012, 11, 15))
    strike = _one(events, "MilitaryAction")
    assert ("person:tarek-mansour" in strike.recipients) is victim


@pytest.mark.parametrize("text, victims", [
    # a name coordinated with another's apposition is coordinated with that other
    ("A U.S. drone strike in Yemen on Friday killed Salim al-Rashidi, a U.S.-born cleric, and militant Samir Kadi.",
     {"person:salim-al-rashidi", "person:samir-kadi"}),
    # an apposition coordinating common nouns names no one else
    ("A U.S. drone strike in Yemen on Friday killed Omar Haddad, a senior commander and bomb maker.",
     {"person:omar-haddad"}),
])
def test_names_coordinated_across_an_apposition(text, victims):
    events, _ = _events(text, datetime(2012, 11, 15))
    assert set(_one(events, "MilitaryAction").recipients) == victims


def _parsed(words, heads, deps, **attrs):
    """A parse given by hand: the shape the model gives some sentences, made certain."""
    from spacy.tokens import Doc

    from kb.nlp import get_nlp
    return Doc(get_nlp().vocab, words=words, heads=heads, deps=deps, **attrs)


def test_an_object_the_parser_took_for_a_later_subject_is_found_again():
    """"A strike killed Ali Omar and Hassan Nouri, and Karim Saleh vowed revenge", with the parse
    the model gives such sentences at times: the killed read as the subject of "vowed"."""
    from kb.extract.clauses import object_taken_as_subject
    words = ["A", "strike", "killed", "Ali", "Omar", "and", "Hassan", "Nouri", ",", "and", "Karim", "Saleh",
             "vowed", "revenge", "."]
    heads = [1, 2, 12, 4, 12, 4, 7, 4, 7, 7, 11, 7, 12, 12, 12]
    deps = ["det", "nsubj", "ccomp", "compound", "nsubj", "cc", "compound", "conj", "punct", "cc", "compound",
            "conj", "ROOT", "dobj", "punct"]
    lost, subject = object_taken_as_subject(_parsed(words, heads, deps)[2])
    assert [t.text for t in lost] == ["Omar", "Nouri"] and subject.text == "Saleh"


def test_a_killing_verb_with_its_own_object_lost_nothing():
    from kb.extract.clauses import object_taken_as_subject
    words = ["A", "strike", "killed", "Ali", "Omar", ",", "and", "Karim", "Saleh", "vowed", "revenge", "."]
    heads = [1, 2, 9, 4, 2, 9, 9, 8, 9, 9, 9, 9]
    deps = ["det", "nsubj", "ccomp", "compound", "dobj", "punct", "cc", "compound", "nsubj", "ROOT", "dobj", "punct"]
    assert object_taken_as_subject(_parsed(words, heads, deps)[2]) is None


@pytest.mark.parametrize("text, recipients", [
    # what the act takes away comes from its recipient
    ("Kenya and Tanzania withdrew their ambassadors from Uganda on Wednesday.", ["country:UGA"]),
    # a "from" phrase of another verb is where someone came from, not a side of the act
    ("Kenya's president flew back from Uganda on Wednesday and recalled the ambassador to Tanzania.",
     ["country:TZA"]),
])
def test_what_an_act_takes_away_comes_from_its_recipient(text, recipients):
    events, _ = _events(text, datetime(2014, 3, 6))
    assert _one(events, "BreakRelations").recipients == recipients


def test_a_tensed_verb_hung_on_an_infinitive_pairs_with_the_verb_before_it():
    """The parser hangs "barred" on "leave"; the one who ordered also barred, and accused, that day."""
    text = ("Kenya on Monday ordered 20 Somali diplomats to leave the country and barred five others "
            "from returning, accusing them of spying.")
    events, _ = _events(text, datetime(2014, 3, 11))
    accusation = _one(events, "Accusation")
    assert accusation.agents == ["country:KEN"] and accusation.date.value == "2014-03-10"


def test_a_participle_hung_on_an_infinitive_pairs_with_the_participle_before_it():
    """The parser hangs "accusing" on "build"; it pairs with "denying", told on Friday."""
    text = ("Iran said on Friday it was leaving the talks, denying that it wanted to build a bomb "
            "and accusing Britain of bad faith.")
    events, _ = _events(text, datetime(2019, 3, 2))
    assert _one(events, "Accusation").date.value == "2019-03-01"


@pytest.mark.parametrize("second, tag, pairs_with", [
    ("barred", "VBD", "ordered"),   # a tensed verb pairs with the tensed verb
    ("return", "VB", "leave"),      # an infinitive pairs with the infinitive ("to leave and return")
    ("leaving", "VBG", "leave"),    # no verb of its form above: the verb it hangs on
])
def test_a_coordinated_verb_pairs_with_a_verb_of_its_own_form(second, tag, pairs_with):
    from kb.extract.clauses import coordinated_with
    words = ["Kenya", "ordered", "them", "to", "leave", "and", second, "."]
    doc = _parsed(words, [1, 1, 1, 4, 1, 4, 4, 1], ["nsubj", "ROOT", "dobj", "aux", "xcomp", "cc", "conj", "punct"],
                  tags=["NNP", "VBD", "PRP", "TO", "VB", "CC", tag, "."],
                  pos=["PROPN", "VERB", "PRON", "PART", "VERB", "CCONJ", "VERB", "PUNCT"])
    assert coordinated_with(doc[6]).text == pairs_with


@pytest.mark.parametrize("purpose, helped", [
    ("to assist Haiti with reconstruction", ["country:HTI"]),   # whom the act is done to help
    ("to help rebuild schools in Haiti", []),                    # where the helped things are is no side
])
def test_whom_an_act_is_done_to_help_receives_it(purpose, helped):
    events, _ = _events(f"Japan pledged $50 million on Monday {purpose}.", datetime(2010, 1, 19))
    assert _one(events, "Aid").recipients == helped


@pytest.mark.parametrize("phrase, principal", [
    ("on behalf of the African Union", True),    # whom an act is done for takes part on the doer's side
    ("on the advice of the African Union", False),  # whose advice it followed does not
])
def test_whom_an_act_is_done_on_behalf_of_takes_part(phrase, principal):
    events, _ = _events(f"Kenya condemned the coup on Monday {phrase}.", datetime(2008, 9, 15))
    criticism = _one(events, "Criticism")
    assert ("org:african-union" in criticism.agents) is principal


@pytest.mark.parametrize("subject, sender", [
    ("Peacekeepers of the African Union", "org:african-union"),  # a body of people sent acts for its sender
    ("Critics of the African Union", None),                       # people named by a view are nobody's force
])
def test_a_force_acts_for_whoever_sent_it(subject, sender):
    events, _ = _events(f"{subject} arrived in Mogadishu on Monday.", datetime(2022, 1, 7))
    assert [e.agents for e in events if e.type == "MilitaryDeployment"] == ([[sender]] if sender else [])


def test_a_deployment_goes_to_the_state_it_arrives_in():
    events, _ = _events("Ethiopian troops began arriving in Somalia on Monday.", datetime(2006, 12, 26))
    deployment = _one(events, "MilitaryDeployment")
    assert "country:SOM" in deployment.recipients and "country:ETH" in deployment.agents


def test_a_deployment_to_a_border_has_no_host():
    events, _ = _events("Ethiopian troops began arriving at the border on Monday.", datetime(2006, 12, 26))
    deployment = _one(events, "MilitaryDeployment")
    assert deployment.recipients == [] and deployment.participants == ["country:ETH"]


def test_units_named_inside_the_force_act_for_their_states():
    events, _ = _events("About 3,000 soldiers from the African Union, most of them Kenyan paratroopers "
                        "with smaller contingents from Uganda and Burundi, began arriving in Somalia on "
                        "Monday. Ethiopian troops, backed by units from Djibouti, crossed into Sudan on "
                        "Tuesday.", datetime(2006, 12, 26))
    first, second = sorted((e for e in events if e.type == "MilitaryDeployment"), key=lambda e: e.date.value)
    assert {"org:african-union", "country:KEN", "country:UGA", "country:BDI"} <= set(first.agents)
    assert {"country:ETH", "country:DJI"} <= set(second.agents)


def test_a_clause_inside_the_force_names_no_unit_of_it():
    events, _ = _events("Ethiopian troops, who fought Eritrean soldiers last year, crossed into Sudan on "
                        "Tuesday.", datetime(2006, 12, 26))
    deployment = _one(events, "MilitaryDeployment")
    assert "country:ERI" not in deployment.participants


def test_a_warning_about_things_or_about_oneself_has_no_target():
    for text in ("President Jimmy Carter warned on Friday that the talks would fail.",
                 "President Jimmy Carter warned on Friday that he would walk out."):
        events, _ = _events(text, datetime(1980, 1, 5))
        assert _one(events, "Threat").recipients == [], text


def _summit_after(apposition: str):
    events, _ = _events("Kim Jong Il flew to Seoul on Tuesday to shake hands with President Kim Dae-jung, "
                        f"{apposition} opened the first summit between the two states.", datetime(2000, 6, 14))
    return _one(events, "Summit")


def test_which_after_a_thing_in_apposition_to_a_person_stands_for_the_clause():
    summit = _summit_after("an unannounced gesture that")
    assert {"person:kim-jong-il", "person:kim-dae-jung"} <= set(summit.participants)


def test_who_after_a_person_in_apposition_stays_that_person():
    assert "person:kim-jong-il" not in _summit_after("a former dissident who").participants


def test_his_rival_is_the_last_person_named_other_than_him():
    events, _ = _events("Adama Barrow won the vote on Thursday. Yahya Jammeh conceded defeat on Friday and "
                        "telephoned his rival to congratulate him.", datetime(2016, 12, 3))
    assert set(_one(events, "PhoneCall").participants) == {"person:yahya-jammeh", "person:adama-barrow"}


def test_his_rival_with_no_other_person_named_is_nobody():
    events, _ = _events("Yahya Jammeh conceded defeat on Friday and telephoned his rival to congratulate him.",
                        datetime(2016, 12, 3))
    assert _one(events, "PhoneCall").participants == ["person:yahya-jammeh"]


@pytest.mark.parametrize("text, published, etype, side, expected", [
    # a warning or an allegation told as a clause is aimed at the clause's subject
    ("Chancellor Helmut Kohl warned on Friday that continued Iraqi aggression would end the talks.",
     datetime(1990, 10, 5), "Threat", "recipients", {"country:IRQ"}),
    ("Israel alleged on Monday that Iranian agents had planned the bombing.",
     datetime(2012, 2, 14), "Accusation", "recipients", {"country:IRN"}),
    # a state named again by what it is to another: the state last named other than the subject's
    ("Kenya and Uganda withdrew their ambassadors from Somalia on Thursday, accusing their troubled "
     "neighbour of harbouring militants.", datetime(2011, 10, 6), "Accusation", "recipients", {"country:SOM"}),
    ("Kenya withdrew its ambassador from Somalia on Thursday and praised its ally Ethiopia.",
     datetime(2011, 10, 6), "Praise", "recipients", {"country:ETH"}),
    # a name the parser hung on the verb after a title and a comma is the title's apposition
    ("The pact was signed in Amman by Bahrain's prime minister, Sheikh Khalifa bin Salman, at a meeting with "
     "Egyptian President Hosni Mubarak.", datetime(2009, 5, 12), "Meeting", "agents", {"person:khalifa-bin-salman"}),
    # ... or as the apposition of another word
    ("The pact was signed in Amman by Bahrain's prime minister, Sheikh Khalifa bin Salman, at a meeting with "
     "Egyptian President Hosni Mubarak and Jordan's foreign minister, Nasser Judeh, according to diplomats.",
     datetime(2009, 5, 12), "Meeting", "participants", {"person:nasser-judeh"}),
    # an act refused with its doer's possessive is aimed at the doer (and his state)
    ("Cuba sent envoys. President Andres Pastrana called off Fidel Castro's mediation with the guerrillas in "
     "March.", datetime(2001, 5, 2), "Rejection", "participants", {"person:fidel-castro", "country:CUB"}),
])
def test_a_side_found_beyond_the_plain_object(text, published, etype, side, expected):
    events, _ = _events(text, published)
    found = set(getattr(_one(events, etype), side))
    assert expected <= found and (side != "recipients" or found == expected)


def test_the_government_and_the_rebels_named_again_are_the_ones_named_before():
    events, _ = _events("A truce between the Indonesian government and the Free Aceh Movement began on Sunday. "
                        "Finland is expected to broker talks between the government and the movement within "
                        "weeks.", datetime(2005, 1, 30))
    mediation = _one(events, "Mediation")
    assert {"country:IDN", "group:free-aceh-movement"} <= set(mediation.participants)


def test_a_bare_government_with_none_named_before_is_nobody():
    events, _ = _events("Finland is expected to broker talks between the government and the guerrillas within "
                        "weeks.", datetime(2005, 1, 30))
    assert _one(events, "Mediation").participants == ["country:FIN"]


@pytest.mark.parametrize("where, expected", [
    ("In Washington", ["country:USA"]),
    ("In Moscow", []),   # told in another state's capital: not the government named before
])
def test_a_bare_government_told_in_another_state_is_not_the_one_named_before(where, expected):
    events, _ = _events(f"The U.S. government imposed sanctions on Russia on Monday. {where} on Tuesday, the "
                        "government condemned Russia's conduct.", datetime(2014, 3, 17))
    assert _one(events, "Criticism").agents == expected


def test_arms_named_by_a_state_s_adjective_act_for_it_and_hit_the_adjective_s_state():
    events, _ = _events("Iraqi jets bombed a string of Iranian airfields on Monday.", datetime(1980, 9, 22))
    strike = _one(events, "MilitaryAction")
    assert strike.agents == ["country:IRQ"] and strike.recipients == ["country:IRN"]


def test_a_state_s_adjective_beside_the_target_is_not_hit():
    events, _ = _events("Iraqi jets bombed a camp near the Iranian border on Monday.", datetime(1980, 9, 22))
    assert _one(events, "MilitaryAction").recipients == []


@pytest.mark.parametrize("before, bloc", [
    ("Mali is a member of the Economic Community of West African States. ", ["org:ecowas"]),
    ("", []),   # no organization of states named before: nobody
])
def test_an_organization_of_states_named_by_what_it_is_is_the_last_one_named(before, bloc):
    events, _ = _events(before + "President Amadou Toumani Toure asked the regional bloc for troops on Tuesday.",
                        datetime(2012, 4, 3))
    assert _one(events, "Appeal").recipients == bloc


@pytest.mark.parametrize("body, expected", [
    ("alliance", ["org:nato"]),
    ("ruling alliance", []),   # a party alliance at home, not the union of states named before
    ("opposition bloc", []),
])
def test_a_body_at_home_is_not_the_organization_of_states_named_before(body, expected):
    events, _ = _events(f"Estonia joined NATO in 2004. The {body} criticised Russia on Monday.", datetime(2014, 3, 3))
    assert _one(events, "Criticism").agents == expected


@pytest.mark.parametrize("text, etype, state", [
    ("Jimmy Carter and Anwar Sadat held talks at the French embassy on Thursday.", "Meeting", None),
    ("Students stormed the Danish embassy on Sunday.", "Protest", "country:DNK"),  # the target
])
def test_an_embassy_an_act_is_done_at_is_a_place_not_a_party(text, etype, state):
    events, _ = _events(text, datetime(1975, 7, 31))
    states = [p for p in _one(events, etype).participants if p.startswith("country:")]
    assert states == ([state] if state else [])


@pytest.mark.parametrize("text, etype, parties", [
    ("The United States, joined by Britain and France, imposed sanctions on Iran on Friday.", "Sanction",
     {"country:USA", "country:GBR", "country:FRA", "country:IRN"}),
    ("France, alongside Germany, condemned the nuclear test on Friday.", "Criticism", {"country:FRA", "country:DEU"}),
    ("France condemned the nuclear test alongside Germany on Friday.", "Criticism", {"country:FRA", "country:DEU"}),
    ("Twelve countries, including Brazil and Chile, signed the treaty on Friday.", "AgreementSigned",
     {"country:BRA", "country:CHL"}),
    # what joins something else in the sentence is not a party
    ("France condemned the nuclear test, which was joined by protests in Germany, on Friday.", "Criticism",
     {"country:FRA"}),
])
def test_parties_a_phrase_names_as_joining_it_take_part(text, etype, parties):
    events, _ = _events(text, datetime(2020, 5, 8))
    assert set(_one(events, etype).participants) == parties
