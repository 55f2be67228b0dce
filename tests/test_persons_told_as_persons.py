"""Names spaCy labels a body that the text tells as persons': styled as only persons are ("Dame
X"), or listed with persons each named with the state he signs for ("A of Peru, B of Bolivia and
C of Ecuador signed"); and the particles of Spanish and Portuguese names ("del", "dos"). A body in
such a list stays a body. Every sentence and name here is written for the test."""
from __future__ import annotations

from datetime import datetime

from spacy.tokens import Span

from kb.extract.persons import looks_like_name, titled_name
from tests.extract_support import nlp
from tests.test_participants import _events

DAY = datetime(1984, 11, 30)


def _labelled(sentence: str, name: str, label: str, persons: tuple[str, ...] = ()) -> Span:
    doc = nlp()(sentence)

    def span(text: str, kind: str) -> Span:
        start = sentence.index(text)
        return doc.char_span(start, start + len(text), label=kind)

    ents = [span(name, label)] + [span(p, "PERSON") for p in persons]
    doc.ents = ents
    return ents[0]


def _persons(text: str) -> set[str]:
    return {a for a, actor in _events(text, DAY)[1].items() if actor.kind == "person"}


def test_a_style_only_persons_bear():
    sentence = "At midnight Dame Olive Brathwaite took the oath as the republic's first president."
    assert titled_name(_labelled(sentence, "Dame Olive Brathwaite", "ORG"), set())


def test_a_roll_call_of_signatories_each_with_his_state():
    sentence = ("Tomas Rivera of Peru, Osvaldo Quintana of Bolivia and Mario Esteves of Ecuador put their "
                "signatures to the pact on Friday.")
    assert titled_name(_labelled(sentence, "Osvaldo Quintana", "ORG", ("Tomas Rivera", "Mario Esteves")), set())


def test_a_particle_of_a_spanish_name():
    assert looks_like_name("Rodrigo del Pino")
    text = "Hernan Ibarra of Uruguay and Rodrigo del Pino of Paraguay initialled the pact on Friday."
    assert "person:rodrigo-del-pino" in _persons(text)


def test_a_body_in_the_list_stays_a_body():
    text = "Officials of the Bank of Ghana and Ama Mensah of Ghana met on Thursday."
    assert not any("bank" in p for p in _persons(text))
