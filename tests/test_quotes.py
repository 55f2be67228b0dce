"""Quotes: spans, scare quotes, speakers by attribution, continuation, and the event they belong to."""
from datetime import datetime

import pytest

from kb.extract.quotes import extract_quotes, quote_spans
from tests.extract_support import parse, seed_text

PUB = datetime(2010, 6, 10)
PUTIN, HADLEY, BUSH = "person:vladimir-putin", "person:stephen-hadley", "person:george-w-bush"


def _quotes(text):
    doc, actors, _, _, events = parse(text, PUB)
    return extract_quotes(doc, actors, events), events


@pytest.fixture(scope="module")
def seed():
    doc, actors, _, _, events = parse(seed_text(), dateline="Sochi")
    return doc, extract_quotes(doc, actors, events), events


def _starting(quotes, words):
    found = [q for q in quotes if q.text.startswith(words)]
    assert found, f"no quote starting {words!r}: {[q.text[:30] for q in quotes]}"
    return found[0]


def test_seed_hadley_replied(seed):
    _, quotes, _ = seed
    assert _starting(quotes, "I don’t think that matters").speaker == HADLEY
    assert _starting(quotes, "What matters is").speaker == HADLEY     # continues in the paragraph


def test_seed_putin_quotes_belong_to_the_news_conference(seed):
    _, quotes, events = seed
    by_id = {e.id: e for e in events}
    for words in ("I always appreciated", "I want to be understood"):
        quote = _starting(quotes, words)
        assert quote.speaker == PUTIN
        assert by_id[quote.event].type == "Statement"
    assert _starting(quotes, "an example of old logic").speaker == PUTIN   # "He added"


def test_seed_bush_quote_is_about_the_summit(seed):
    _, quotes, events = seed
    quote = _starting(quotes, "This is an area")
    assert quote.speaker == BUSH
    assert next(e for e in events if e.id == quote.event).type == "Summit"


def test_seed_scare_quotes_are_not_quotes_and_offsets_hold(seed):
    doc, quotes, _ = seed
    texts = [q.text for q in quotes]
    assert not [t for t in texts if t in ("road map", "rogue states,", "intensify dialogue", "strategic framework")]
    assert all(doc.text[q.start:q.end] == q.text for q in quotes)
    assert len(quotes) == 7


def test_said_after_the_name_and_straight_quotes():
    quotes, _ = _quotes('"Our two countries share a long border and a long history," said Angela Merkel.')
    (quote,) = quotes
    assert quote.speaker == "person:angela-merkel"
    assert quote.text.startswith("Our two countries")


def test_attribution_before_the_quote_and_unknown_speaker():
    text = ("Angela Merkel told reporters: “We have agreed to meet again in the autumn.”\n\n"
            "“Nobody expected this outcome at all,” one diplomat remarked.")
    quotes, _ = _quotes(text)
    assert [q.speaker for q in quotes] == ["person:angela-merkel", None]


def test_running_quote_ends_at_its_paragraph():
    text = "“This is the first paragraph of a long statement by the minister\n\n“And this goes on.”"
    second = text.index("“And") + 1
    assert quote_spans(text) == [(1, text.index("\n\n")), (second, text.index("”"))]


@pytest.mark.parametrize("text", [
    'Xinhua quoted Angela Merkel as saying: "We are ready to sign the deal next week."',
    '"We will never accept these terms from anyone," a Meridian Herald reporter quoted Angela Merkel as saying.',
    'Angela Merkel was quoted by Interfax as saying: "We are ready to sign the deal next week."',
])
def test_the_one_quoted_speaks_not_the_outlet_that_quotes(text):
    quotes, _ = _quotes(text)
    assert [q.speaker for q in quotes] == ["person:angela-merkel"]


@pytest.mark.parametrize("text", [
    '"The talks failed because neither side moved," the newspaper wrote in an editorial.',
    '"The ministers are far apart on every point," according to the Geneva Tribune.',
    '"The ministers are far apart on every point," Reuters reported.',
    '"The ministers are far apart on every point," CNN\'s Lena Morrow said on Monday.',
])
def test_an_outlet_or_a_journalist_never_speaks_a_quote(text):
    quotes, _ = _quotes(text)
    assert [q.speaker for q in quotes] == [None]
