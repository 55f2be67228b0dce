"""Property-based tests: on any text, cleaning, date resolution and extraction raise nothing but
DkbError, and every offset they return indexes into the cleaned text.

Inputs mix arbitrary Unicode with news-shaped fragments (datelines, names, dates, quotes,
scraping junk), so the search reaches the rules past the first "no text" check. Example counts
stay small: the real spaCy model costs tens of milliseconds per call.
"""
from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from kb import cleaning, pipeline
from kb.errors import DkbError, ExtractorFailure
from kb.extract.dates import extract_dates, parse_date
from kb.model import Article, PRECISIONS
from kb.nlp import get_nlp

FRAGMENTS = [
    "MOSCOW (Reuters) - ", "SOCHI, Russia (Reuters) - ", "GENEVA, March 3 (AP) — ",
    "President Vladimir Putin", "U.S. President George W. Bush", "Chancellor Angela Merkel",
    "Russia", "China", "the United Nations", "NATO", " met ", " visited ", " said ", " accused ",
    " imposed sanctions on ", " signed an agreement with ", " will travel to ", " did not meet ",
    " on Sunday", " on April 6, 2008", " last week", " next month", " in early 2009",
    " on February 30", " in the year 99999", " on 31/31/2031", " yesterday", " in the 1990s",
    " April 5-6", " this weekend", " in late May", " two days later",
    "“", "”", '"', "'", ".", ",", ";", " - ", "\n", "\n\n", "\r\n", "\t", " ",
    "Slideshow (8 Images)", "0 : 0", "• medium-wide-browser", "Advertisement",
    "April 7, 2008 / 7:57 AM / 12 years ago", "By Jane Doe", "(Reporting by Jane Doe; Editing by Bob Roe)",
    "REUTERS/Grigory Dukor", "(AP Photo/Ivan Sekretarev, File)", "© 2008 Reuters. All rights reserved.",
    "\ufeff", "\u200b", "\u202e", "\u0301", "🇷🇺", "中国", "Zürich", "\x00", "\x0c", "\u2028",
]

newsy = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map("".join)
ACTORS = ["President Vladimir Putin", "Bush", "Chancellor Angela Merkel", "Russia", "China", "Iran",
          "the European Union", "NATO", "Foreign Minister Sergei Lavrov", "Kim Jong Un", "“Putin”"]
VERBS = ["met", "visited", "accused", "criticised", "will meet", "did not sign a deal with",
         "imposed sanctions on", "threatened", "praised", "expelled diplomats from", "may visit"]
TAILS = ["", " in Sochi", " in Geneva on Sunday", " on April 6, 2008", " last week", " next month",
         " over missile defence", ", officials said", " in talks on the nuclear dispute"]
# Sentence-shaped text (subject, verb, object, tail), so many examples reach the event rules.
sentence = st.tuples(st.sampled_from(ACTORS), st.sampled_from(VERBS), st.sampled_from(ACTORS),
                     st.sampled_from(TAILS), st.sampled_from([".", ".\n\n", "", " -", "!"])
                     ).map(lambda p: f"{p[0]} {p[1]} {p[2]}{p[3]}{p[4]} ")
storylike = st.lists(st.one_of(sentence, sentence, st.sampled_from(FRAGMENTS)), min_size=1, max_size=12).map("".join)
texts = st.one_of(st.text(max_size=300), newsy, storylike, storylike)
# Years from 1000: before that xsd:gYear needs zero padding, which test_years_before_1000_* covers.
published = st.one_of(
    st.none(),
    st.datetimes(min_value=datetime(1000, 1, 1), max_value=datetime(9998, 12, 30)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1),
                 timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=14)),
                                            timezone(timedelta(hours=-12))])),
)
headlines = st.one_of(st.none(), st.text(max_size=60), st.sampled_from(FRAGMENTS))

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _article(text: str, when: datetime | None = None, headline: str | None = None) -> Article:
    return Article(id="prop", raw_text=text, source="prop.txt", published=when, headline=headline)


def _real_model():
    return get_nlp("auto")  # a missing model is a failure, never a skip


# -- cleaning -----------------------------------------------------------------------------------

@FAST
@given(text=texts, when=published, headline=headlines)
def test_clean_raises_only_dkb_errors(text, when, headline):
    try:
        clean = cleaning.clean(_article(text, when, headline))
    except DkbError:
        return
    assert clean.text and clean.text == clean.text.strip()
    assert clean.content_hash == hashlib.sha256(clean.text.encode("utf-8")).hexdigest()
    assert "\r" not in clean.text and "\ufeff" not in clean.text


# -- dates --------------------------------------------------------------------------------------

def _check_dates(doc, values) -> None:
    for value in values:
        assert 0 <= value.start <= value.stop <= len(doc.text), value
        assert doc.text[value.start:value.stop] == value.text, value
        assert value.precision in PRECISIONS
        _check_value(value)


def _check_value(value) -> None:
    pattern = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}[value.precision]
    assert re.fullmatch(pattern, value.value), value
    if value.earliest and value.latest:
        assert value.earliest <= value.latest, value


@FAST
@given(text=texts, when=published)
def test_dates_with_blank_pipeline_never_raise(text, when):
    doc = get_nlp("blank")(text)
    _check_dates(doc, extract_dates(doc, when))


@SLOW
@given(text=texts, when=published)
def test_dates_with_real_model_never_raise(text, when):
    doc = _real_model()(text)
    _check_dates(doc, extract_dates(doc, when))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(expression=st.one_of(st.text(max_size=40), st.sampled_from([f.strip() for f in FRAGMENTS])),
       when=published, tense=st.sampled_from([None, "past", "future"]))
def test_parse_date_never_raises(expression, when, tense):
    value = parse_date(expression, when, tense)
    if value is not None:
        _check_value(value)


@pytest.mark.parametrize("expression, precision", [("on Sunday", "day"), ("in May", "month"),
                                                   ("this year", "year")])
def test_years_before_1000_are_zero_padded(expression, precision):
    """xsd:date/gYearMonth/gYear need four-digit years: "0999", not "999" (found by the property above)."""
    value = parse_date(expression, datetime(999, 6, 15), "past")
    assert value is not None and value.precision == precision
    _check_value(value)
    assert value.value.startswith("0999"), value


# -- whole extraction ---------------------------------------------------------------------------

def _check_extraction(x) -> None:
    text = x.article.text
    inside = lambda start, end: 0 <= start <= end <= len(text)   # noqa: E731
    ids = {actor.id for actor in x.actors}
    for actor in x.actors:
        assert all(inside(s, e) for s, e in actor.mentions), actor
    for event in x.events:
        assert set(event.participants) <= ids and set(event.agents) | set(event.recipients) <= set(event.participants)
        for ev in event.evidence:
            assert inside(ev.start, ev.end) and text[ev.start:ev.end] == ev.text, ev
        if event.date and event.date.start is not None:
            assert inside(event.date.start, event.date.stop), event.date
        assert 0 <= event.confidence <= 1
    for quote in x.quotes:
        assert inside(quote.start, quote.end), quote
        assert quote.text in text[quote.start:quote.end] or text[quote.start:quote.end] in quote.text, quote
    for dispute in x.disputes:
        for ev in dispute.evidence:
            assert inside(ev.start, ev.end) and text[ev.start:ev.end] == ev.text, ev


def _extract(text: str, when, model: str):
    try:
        return pipeline.extract_article(_article(text, when), model)
    except ExtractorFailure:
        raise  # a bug the pipeline caught so the batch goes on: still a bug here
    except DkbError:
        return None


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, when=published)
def test_extraction_with_blank_pipeline_raises_only_dkb_errors(text, when):
    x = _extract(text, when, "blank")
    if x is not None:
        _check_extraction(x)


@SLOW
@given(text=texts, when=published)
# Found by this test: a meeting kept a country as its agent after dropping it from its participants.
@example(text="Russia visited President Vladimir Putin President Vladimir Putin visited President "
              "Vladimir Putin in talks on the nuclear dispute \u201cPutin\u201d met President Vladimir Putin. ",
         when=None)
def test_extraction_with_real_model_raises_only_dkb_errors(text, when):
    _real_model()
    x = _extract(text, when, "auto")
    if x is not None:
        _check_extraction(x)
