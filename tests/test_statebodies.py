""""The army", "troops", "the foreign ministry", "the cabinet in Honiara": a body of a state named
by what it is acts for the state in view (kb.extract.statebodies). Every sentence and name here
is written for the test."""
from __future__ import annotations

from datetime import datetime

from kb.extract.linking import ActorIndex
from tests.extract_support import make_actors, nlp
from tests.test_participants import _events

DAY = datetime(2023, 6, 12)


def _parties(text: str, etype: str) -> set[str]:
    events = _events(text, DAY)[0]
    return {p for e in events if e.type == etype for p in e.participants}


def _body_stands_for(text: str, body: str) -> list[str]:
    """The actors the last mention of a body's noun resolves to: a silent case is read here rather
    than through events, since an act whose only party is left unresolved makes no event at all."""
    doc = nlp()(text)
    index = ActorIndex(doc, make_actors(text))
    index.when = DAY.date()
    return index.resolve([t for t in doc if t.lower_ == body][-1])


def test_the_army_named_bare_is_the_state_its_troops_were_named_with():
    text = ("Malian troops have guarded the northern towns for a decade. On Sunday the army sent "
            "four hundred soldiers to the border with Niger.")
    assert "country:MLI" in _parties(text, "MilitaryDeployment")


def test_a_ministry_in_a_capital_the_sentence_opens_in_is_that_state():
    text = ("Lithuania and Poland signed a transit accord on Monday. In Riga, the foreign ministry "
            "criticised the accord as a threat to its ports.")
    assert "country:LVA" in _parties(text, "Criticism")


def test_a_body_placed_in_a_capital_is_that_state():
    text = "The government in Dushanbe denied on Monday that the border had been closed."
    assert "country:TJK" in _parties(text, "Denial")


def test_forces_sent_are_the_sending_states():
    text = "Ghana and Togo said on Monday they would send troops to the border with Burkina Faso."
    assert {"country:GHA", "country:TGO"} <= _parties(text, "MilitaryDeployment")


def test_an_army_seizing_power_is_no_state_act():
    seized = ("Nigerien troops patrol the river. On Sunday the army seized power in Niamey and "
              "suspended the constitution.")
    assert _body_stands_for(seized, "army") == []
    sent = "Nigerien troops patrol the river. On Sunday the army sent two battalions to the border."
    assert _body_stands_for(sent, "army") == ["country:NER"]


def test_a_ministry_told_after_a_state_acting_is_that_state():
    text = ("Sweden recalled its fishing fleet on Monday. The ministry accused Copenhagen of "
            "breaking the quota treaty.")
    assert "country:SWE" in _parties(text, "Accusation")


def test_a_body_told_after_a_state_acting_on_another_is_left_unresolved():
    text = ("Belarus shelled Lviv on Monday. The ministry appealed to the United Nations for a "
            "ceasefire.")
    assert "country:BLR" not in _parties(text, "Appeal")


def test_bodies_of_another_owner_stay_unlinked():
    held = "Chadian forces have held the lake shore for years. "
    assert _parties(held + "On Sunday rebel troops attacked Nigeria's garrison at Baga.",
                    "MilitaryAction") == {"country:NGA"}
    assert _parties(held + "On Sunday the troops attacked Nigeria's garrison at Baga.",
                    "MilitaryAction") == {"country:TCD", "country:NGA"}


def test_foreign_troops_are_not_the_state_in_view():
    text = ("Chadian forces have held the lake shore for years. On Sunday Chad asked foreign troops "
            "to withdraw from the border.")
    assert "country:TCD" in _parties(text, "Appeal")          # Chad asks
    assert _body_stands_for(text, "troops") == []               # the troops asked are not Chad's


def test_a_body_of_a_town_a_school_or_a_party_is_no_state_body():
    # the town's own government, even when "of" names a place in a state
    town = "The town government of Quebec City praised the new rail link on Wednesday."
    assert "country:CAN" not in _parties(town, "Praise")
    school = ("Serbia jailed three reporters last week. The student government at the law faculty "
              "protested against the sentences on Monday.")
    assert "country:SRB" not in _parties(school, "Protest")
    # a portfolio or a force's kind is still the state's own body
    kind = ("Canada and Norway disputed the fishing quota. In Ottawa the finance ministry "
            "criticised Norway on Monday.")
    assert "country:CAN" in _parties(kind, "Criticism")
