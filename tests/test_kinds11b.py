"""Wording classes of session 11's second kinds round, each tested both ways."""
from kb import gazetteer
from kb.extract.events import dateline_place
from kb.model import Dateline


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
