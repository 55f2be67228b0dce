"""A leader coming home is no visit (kb.extract.homecoming): a visit whose only host is the
traveller's own state, by the actor's country or the leaders table, is dropped; a host abroad or a
second host keeps it."""
from datetime import date
from types import SimpleNamespace

from kb.extract.homecoming import comes_home
from kb.model import Actor, Event

ACTORS = [Actor("person:recep-erdogan", "Recep Tayyip Erdogan", "person", "TUR"),
          Actor("person:angela-merkel", "Angela Merkel", "person"),  # no country given: the table's
          Actor("person:someone", "Ivo Nobody", "person"),
          Actor("country:TUR", "Turkey", "country", "TUR"),
          Actor("country:DEU", "Germany", "country", "DEU"),
          Actor("country:GRC", "Greece", "country", "GRC")]
INDEX = SimpleNamespace(by_id={a.id: a for a in ACTORS}, when=date(2012, 6, 5))


def _visit(agent, *hosts, kind="Visit"):
    return Event(id="", type=kind, label="", cameo=None, plover=None, date=None, place=None, agents=[agent],
                 recipients=list(hosts), participants=[agent, *hosts], modality="asserted", confidence=0.5,
                 evidence=[], trigger="flew")


def test_a_visit_hosted_only_by_the_travellers_own_state_is_a_homecoming():
    assert comes_home(_visit("person:recep-erdogan", "country:TUR"), INDEX)
    assert comes_home(_visit("person:angela-merkel", "country:DEU"), INDEX)  # by the leaders table


def test_a_host_abroad_a_second_host_an_unknown_traveller_or_another_kind_is_kept():
    assert not comes_home(_visit("person:recep-erdogan", "country:GRC"), INDEX)
    assert not comes_home(_visit("person:recep-erdogan", "country:TUR", "country:GRC"), INDEX)
    assert not comes_home(_visit("person:someone", "country:GRC"), INDEX)
    assert not comes_home(_visit("person:someone", "country:TUR"), INDEX)
    assert not comes_home(_visit("person:recep-erdogan", "country:TUR", kind="Meeting"), INDEX)
