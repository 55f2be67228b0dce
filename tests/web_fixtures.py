"""A small hand-made store for the web tests: four articles written as kb.model values, turned
into triples by kb.rdf and stored one graph per article, so the tests do not depend on NLP."""
from __future__ import annotations

import threading
from datetime import datetime, timezone

import pytest

from kb.iris import Minter, event_key
from kb.model import (Actor, Article, CleanArticle, Dateline, Dispute, Event, Evidence, Extraction,
                      Place, Quote, TimeValue)
from kb.rdf import extraction_to_triples
from kb.settings import load_settings
from kb.store import open_store

BASE = "https://w3id.org/dkb/id/"
TOKEN = "s3cret-token"

SOCHI_TEXT = ("SOCHI, Russia - The American and Russian presidents held a summit at a Black Sea "
              "retreat on Sunday and left their quarrel over missile defence unsettled. "
              "The Russian president is due to hand over power in May. "
              "\"We still have work to do on this,\" the American president told reporters.")
SOCHI_LATER_TEXT = ("Commentators looked back on the April summit in Sochi between the two presidents, "
                    "which ended without a deal on missile defence.")
PRAGUE_TEXT = ("PRAGUE - The presidents of the United States and Russia signed a new arms reduction "
               "treaty in Prague on Thursday. Negotiators had worked on the text through most of 2009.")
SCRIPT_TEXT = ("Moscow said on Monday that <script>window.__dkbPwned = 1</script> it rejected "
               "the <b>American</b> plan & would respond.")


def _actors() -> dict[str, Actor]:
    return {
        "bush": Actor("person:george-w-bush", "George W. Bush", "person", "USA",
                      roles=["President of the United States"], wikidata="Q207"),
        "putin": Actor("person:vladimir-putin", "Vladimir Putin", "person", "RUS",
                       roles=["President of Russia"]),
        "obama": Actor("person:barack-obama", "Barack Obama", "person", "USA",
                       roles=["President of the United States"]),
        "medvedev": Actor("person:dmitry-medvedev", "Dmitry Medvedev", "person", "RUS",
                          roles=["President of Russia"]),
        "usa": Actor("country:USA", "United States", "country", "USA"),
        "rus": Actor("country:RUS", "Russia", "country", "RUS"),
    }


def _evidence(text: str, sentence_start: str, sentence_end: str) -> Evidence:
    start = text.index(sentence_start)
    end = text.index(sentence_end, start) + len(sentence_end)
    return Evidence(text[start:end], start, end)


def _event(type_, label, when, precision, parties, text, ev, place=None, modality="asserted",
           disputes=(), agents=None, date_text=None, end=None) -> Event:
    t = TimeValue(when, precision, text=date_text, end=end)
    key = event_key(type_, when, parties, place.name if place else None)
    return Event(key, type_, label, None, None, t, place, agents if agents is not None else parties, [],
                 list(parties), modality, 0.8, list(disputes), [_evidence(text, *ev)], trigger=type_.lower())


def _clean(aid, text, headline, published, dateline=None) -> CleanArticle:
    when = datetime.fromisoformat(published).replace(tzinfo=timezone.utc)
    raw = Article(aid, text, f"fixture/{aid}.txt", url=f"https://news.example.org/{aid}", headline=headline,
                  published=when)
    return CleanArticle(raw, text, headline, when, dateline, agency="Example Wire", authors=["A. Reporter"])


def sochi_summit(text: str = SOCHI_TEXT) -> Event:
    a = _actors()
    return _event("Summit", "Bush and Putin hold a summit in Sochi", "2008-04-06", "day",
                  [a["bush"].id, a["putin"].id], text,
                  ("The American", "unsettled.") if text == SOCHI_TEXT else ("Commentators", "defence."),
                  place=Place("Sochi", "RUS"), disputes=["dispute:missile-defense"], date_text="on Sunday")


def extractions() -> list[Extraction]:
    a = _actors()
    dispute = Dispute("dispute:missile-defense", "missile defense", [a["usa"].id, a["rus"].id])
    handover = _event("LeadershipChange", "Putin to hand over the presidency", "2008-05", "month",
                      [a["putin"].id], SOCHI_TEXT, ("The Russian president", "in May."), modality="planned",
                      date_text="in May")
    quote_start = SOCHI_TEXT.index("We still")
    sochi = Extraction(_clean("sochi-2008", SOCHI_TEXT, "Summit ends without missile deal",
                              "2008-04-07T07:57:00", Dateline("Sochi", "Russia")),
                       actors=[a["bush"], a["putin"], a["usa"], a["rus"]],
                       events=[sochi_summit(), handover],
                       disputes=[Dispute(dispute.id, dispute.topic, dispute.parties, "unresolved",
                                         status_evidence=_evidence(SOCHI_TEXT, "The American", "unsettled."))],
                       quotes=[Quote("We still have work to do on this,", quote_start, quote_start + 33,
                                     speaker=a["bush"].id, event=sochi_summit().id)])
    later = Extraction(_clean("sochi-recap", SOCHI_LATER_TEXT, "Looking back at Sochi", "2008-05-20T10:00:00"),
                       actors=[a["bush"], a["putin"]], events=[sochi_summit(SOCHI_LATER_TEXT)],
                       disputes=[Dispute(dispute.id, dispute.topic, dispute.parties, "ongoing")])
    treaty = _event("AgreementSigned", "New arms treaty signed in Prague", "2010-04-08", "day",
                    [a["obama"].id, a["medvedev"].id], PRAGUE_TEXT, ("The presidents", "Thursday."),
                    place=Place("Prague", "CZE"), date_text="on Thursday")
    talks = _event("Negotiation", "Arms control talks through 2009", "2009", "year",
                   [a["usa"].id, a["rus"].id], PRAGUE_TEXT, ("Negotiators", "2009."))
    prague = Extraction(_clean("prague-2010", PRAGUE_TEXT, "New arms treaty signed", "2010-04-08T15:00:00",
                               Dateline("Prague", "Czech Republic")),
                        actors=[a["obama"], a["medvedev"], a["usa"], a["rus"]], events=[treaty, talks])
    reject = _event("Rejection", "Russia rejects the <b>American</b> plan", "2008-04-07", "day",
                    [a["rus"].id, a["usa"].id], SCRIPT_TEXT, ("Moscow said", "respond."),
                    agents=[a["rus"].id], disputes=["dispute:missile-defense"])
    script = Extraction(_clean("script-test", SCRIPT_TEXT, "Moscow <i>answers</i> <script>alert(1)</script>",
                               "2008-04-08T09:00:00"), actors=[a["usa"], a["rus"]], events=[reject],
                        disputes=[dispute])
    return [sochi, later, prague, script]


def fill(store, base: str = BASE) -> None:
    minter = Minter(base)
    for x in extractions():
        store.put_article(str(minter.graph(x.article.article.id)), extraction_to_triples(x, minter))


@pytest.fixture
def web_settings():
    return load_settings(environ={}, store="memory:", update_token=TOKEN, row_cap=50, query_timeout=5.0)


@pytest.fixture
def web_store(web_settings):
    store = open_store("memory:", web_settings)
    fill(store)
    yield store
    store.close()


@pytest.fixture
def app(web_settings, web_store):
    from web import create_app

    return create_app({**web_settings, "TESTING": True, "STORE": web_store})


@pytest.fixture
def client(app):
    return app.test_client()


def iri(kind: str, key: str) -> str:
    return f"{BASE}{kind}/{key}"


class LiveServer:
    """The app on 127.0.0.1 and a free port, served by werkzeug in a background thread."""

    def __init__(self, app):
        from werkzeug.serving import make_server

        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.thread.join(5)
