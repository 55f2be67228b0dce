"""Wording classes of session 11's second kinds round, each tested both ways."""
from kb import gazetteer
from kb.extract.filing import dateline_place
from kb.extract.sessions import lone_session
from kb.model import Actor, Dateline, Event
from tests.extract_support import events_of, parse


def events_of_any(text: str) -> list:
    return parse(text)[-1]


def test_a_bodys_dateline_is_its_seat():
    """A story filed from a body ("SECURITY COUNCIL -") was written in the city it sits in."""
    seat = gazetteer.organization("UN Security Council").seat
    place = dateline_place(Dateline("UN Security Council"))
    assert seat and place is not None and place.name == seat and place.start is None


def test_a_body_without_a_seat_gives_no_dateline_place():
    """A body whose table row names no seat stays without a place rather than a guessed one."""
    bodies = ("UN Security Council", "United Nations", "NATO", "European Union", "African Union")
    seatless = [b for b in bodies if gazetteer.organization(b) and not gazetteer.organization(b).seat]
    assert seatless
    assert all(dateline_place(Dateline(body)) is None for body in seatless)


def test_a_city_dateline_is_unchanged():
    place = dateline_place(Dateline("GENEVA"))
    assert place is not None and place.name == "Geneva"


# -- reactions to agreements told before (kb.extract.agreementreactions) ----------------------
SIGNINGS = ("Poland signed a border treaty with Ukraine on Monday. "
            "India signed a gas agreement with Qatar on Monday. ")


def _parties(text: str, kind: str) -> set[str]:
    return {p for e in events_of(text, kind) for p in e.participants}


def test_a_plural_reaction_takes_the_parties_of_every_agreement_told():
    parties = _parties(SIGNINGS + "Russia condemned both agreements.", "Criticism")
    assert {"country:POL", "country:UKR", "country:IND", "country:QAT"} <= parties


def test_a_singular_reaction_takes_the_last_agreement_only():
    parties = _parties(SIGNINGS + "France welcomed the agreement.", "Praise")
    assert {"country:IND", "country:QAT"} <= parties
    assert not {"country:POL", "country:UKR"} & parties


def test_a_new_agreement_is_no_back_reference():
    """'an agreement on X' is news of its own, not the signing told before."""
    parties = _parties(SIGNINGS + "France welcomed an agreement on river traffic.", "Praise")
    assert not {"country:IND", "country:QAT", "country:POL", "country:UKR"} & parties


def test_a_rejection_of_the_agreement_does_not_take_its_signers():
    """Turning an agreement down is the rejecter's own act: the signers are not named as parties."""
    parties = _parties(SIGNINGS + "Turkey rejected the agreement.", "Rejection")
    assert not {"country:IND", "country:QAT"} & parties


def test_a_said_on_another_day_than_the_reaction_it_is_joined_to_is_a_statement():
    """'praised X in May and said in June ...': two days are two occasions (review11b item 10)."""
    kinds = {e.type for e in events_of_any("France praised the plan in April and said in October that it had failed.")}
    assert {"Praise", "Statement"} <= kinds
    kinds = {e.type for e in events_of_any("France praised the plan and said it would help the region.")}
    assert "Statement" not in kinds


# -- a state's own body sitting in session (kb.extract.sessions) -------------------------------
class _Index:
    def __init__(self, *actors):
        self.by_id = {a.id: a for a in actors}


def _meeting(*parties: str, kind: str = "Meeting") -> Event:
    return Event(id="e", type=kind, label="", cameo=None, plover=None, date=None, place=None,
                 agents=list(parties), recipients=[], participants=list(parties), modality="asserted",
                 confidence=0.5)


SENATE = Actor(id="org:senate-of-chile", kind="organization", country="CHL", name="Senate of Chile")
UNION = Actor(id="org:au", kind="organization", country=None, name="African Union")
ENVOY = Actor(id="person:ana-diaz", kind="person", country="URY", name="Ana Diaz")


def test_a_states_own_body_met_alone_is_no_meeting():
    assert lone_session(_meeting(SENATE.id), _Index(SENATE))


def test_a_body_of_many_states_or_a_body_met_by_someone_stays_a_meeting():
    index = _Index(SENATE, UNION, ENVOY)
    assert not lone_session(_meeting(UNION.id), index)  # a council of many states convening brings them together
    assert not lone_session(_meeting(SENATE.id, ENVOY.id), index)  # an envoy received by the senate
    assert not lone_session(_meeting(SENATE.id, kind="Vote"), index)  # the vote it then took
