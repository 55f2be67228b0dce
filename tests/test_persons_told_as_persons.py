"""Names spaCy labels a body that the text tells as persons': styled as only persons are ("Dame
X"), or listed with persons each named with the state he signs for ("A of Argentina and B of
Chile signed"); and the particles of Spanish and Portuguese names ("del", "dos"). A body listed
so, or a name with a body's word, stays a body. Every sentence and name here is written for the
test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events

DAY = datetime(1984, 11, 30)


def _persons(text: str) -> set[str]:
    return {a for a, actor in _events(text, DAY)[1].items() if actor.kind == "person"}


def test_a_style_only_persons_bear():
    text = ("Barbados became a republic on Tuesday, when Dame Sandra Mason, until then the "
            "governor-general, was sworn in as president.")
    assert "person:sandra-mason" in _persons(text)


def test_a_roll_call_of_signatories_each_with_his_state():
    text = ("Roelof Botha of South Africa, Isidoro Malmierca of Cuba and Afonso Van-Dunem of Angola "
            "signed the accord on Thursday.")
    assert "person:isidoro-malmierca" in _persons(text)


def test_a_particle_of_a_spanish_name():
    text = "Dante Caputo of Argentina and Jaime del Valle of Chile signed the text on Thursday."
    assert "person:jaime-del-valle" in _persons(text)


def test_a_body_in_the_list_stays_a_body():
    text = "Officials of the Bank of Ghana and Ama Mensah of Ghana met on Thursday."
    assert not any("bank" in p for p in _persons(text))
