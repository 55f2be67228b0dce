"""Cleaning: junk goes, metadata is lifted out, and no real sentence is lost."""
from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb.cleaning import clean
from kb.errors import InputError
from kb.model import Article, Dateline
from kb.pipeline import extract_article
from kb.sources import read_articles, read_one

DATA = Path(__file__).parent / "data" / "articles"
SEEDS = Path(__file__).parents[2] / "shared" / "seeds"
BODY = "Two foreign ministers met in Vienna on Friday to discuss a prisoner exchange, officials said."


def article(text: str, **fields) -> Article:
    return Article(id="t1", raw_text=text, source="test-input.txt", **fields)


@pytest.fixture(scope="module")
def seed_article() -> Article:
    path = SEEDS / "000_ad0b8d14bd08f566.txt"
    assert path.exists(), f"seed article not found at {path}"
    return read_one(path)


@pytest.fixture(scope="module")
def seed(seed_article):
    return clean(seed_article)


@pytest.fixture(scope="module")
def fixtures() -> dict:
    """Our own fixture articles, cleaned, keyed by source name relative to tests/data/articles."""
    return {Path(a.source).relative_to(DATA).as_posix(): clean(a) for a in read_articles(DATA)}


# --- the seed -------------------------------------------------------------------------------

def test_seed_metadata(seed, seed_article):
    assert seed.published == datetime(2008, 4, 7, 7, 57)
    assert seed.dateline == Dateline(place="Sochi", country="Russia")
    assert seed.agency == "Reuters"
    assert seed.authors == ["Matt Spetalnick", "Christian Lowe", "Andrew Roche", "Chris Wilson"]
    assert seed.headline == seed_article.raw_text.split("\n")[2]   # the line after the stamp
    assert seed.article is seed_article


def test_seed_junk_is_gone(seed):
    for junk in ("REUTERS/", "Slideshow", "0 : 0", "browser", "tablet", "Reporting by",
                 "Editing by", "12 years ago", "(Reuters)", "SOCHI"):
        assert junk not in seed.text, junk
    assert seed.text.startswith("U.S. President George W. Bush")


def test_seed_keeps_every_real_paragraph(seed, seed_article):
    raw_paragraphs = [p.strip() for p in seed_article.raw_text.split("\n\n") if p.strip()]
    junk = [p for p in raw_paragraphs
            if "REUTERS/" in p or p.startswith(("Slideshow", "Additional reporting", "0 : 0"))]
    assert len(junk) == 4
    body = [re.sub(r"^SOCHI, Russia \(Reuters\) - ", "", p) for p in raw_paragraphs[2:] if p not in junk]
    assert seed.text.split("\n\n") == body
    assert len(body) == 20


def test_seed_text_shape(seed):
    paragraphs = seed.text.split("\n\n")
    assert all(p and p == p.strip() and "\n" not in p and "  " not in p for p in paragraphs)
    assert "“" in seed.text and "’" in seed.text          # curly quotes kept as they are
    assert seed.content_hash == hashlib.sha256(seed.text.encode("utf-8")).hexdigest()


def test_cleaning_is_idempotent(seed, fixtures):
    for cleaned in [seed, *fixtures.values()]:
        again = clean(article(cleaned.text, headline=cleaned.headline))
        assert again.text == cleaned.text
        assert again.dateline is None and again.authors == []


# --- our own fixtures -----------------------------------------------------------------------

def test_ap_style_fixture(fixtures):
    cleaned = fixtures["geneva_ap.txt"]
    assert cleaned.published == datetime(2019, 3, 12, 16, 5)
    assert cleaned.headline == "Envoys agree to resume water talks in Geneva"
    assert cleaned.dateline == Dateline(place="Geneva", country=None)
    assert cleaned.agency == "AP"
    # byline first, then credits; names said twice are kept once
    assert cleaned.authors == ["Anna Kovacs", "Pierre Duval", "Lena Ortiz"]
    paragraphs = cleaned.text.split("\n\n")
    assert paragraphs[0].startswith("Envoys from two neighbouring river states agreed on Tuesday")
    assert paragraphs[1].endswith("accepted a draft agenda for a second round in April.")
    assert len(paragraphs) == 5
    for junk in ("AP Photo", "File photo", "Our Standards", "Reporting by", "By Anna"):
        assert junk not in cleaned.text


def test_lookalikes_of_junk_are_kept(fixtures):
    text = fixtures["geneva_ap.txt"].text
    assert "according to a REUTERS/Ipsos poll." in text
    assert "Copyright disputes over hydrological data have slowed earlier rounds" in text


def test_jsonl_record_with_dated_dateline(fixtures):
    cleaned = fixtures["records.jsonl:1"]
    assert cleaned.dateline == Dateline(place="Washington", country=None, day=date(2021, 3, 3))
    assert cleaned.agency == "Reuters"
    assert cleaned.headline == "Ministers sign grain accord"
    assert cleaned.text.split("\n\n")[0] == ("Two farm ministers signed a grain export accord on "
                                             "Wednesday after three days of talks.")


def test_one_paragraph_per_line_record(fixtures):
    cleaned = fixtures["records.jsonl:3"]
    assert cleaned.headline == "Lisbon hosts port conference"
    assert cleaned.text.split("\n\n") == [
        "Delegates from twelve coastal states opened a conference on port security in Lisbon on Monday.",
        "The meeting ends on Friday."]


def test_clean_record_passes_through(fixtures):
    cleaned = fixtures["records.jsonl:4"]
    assert cleaned.text == "A border crossing closed for a year reopened on Saturday, the interior ministry said."
    assert (cleaned.dateline, cleaned.agency, cleaned.authors) == (None, None, [])


def test_html_fixture(fixtures):
    cleaned = fixtures["summit.html"]
    assert cleaned.headline == "Leaders hold lakeside summit"
    assert cleaned.dateline == Dateline(place="Oslo", country=None)
    assert cleaned.authors == ["Ola Nordmann", "Kari Holm"]
    assert cleaned.published == datetime(2019, 5, 2, 10, 0)
    assert cleaned.text.startswith("The prime ministers of two Nordic states held a summit")
    assert len(cleaned.text.split("\n\n")) == 2   # the repeated <h1> is not body text


# --- rules, one at a time -------------------------------------------------------------------

@pytest.mark.parametrize("opening, place, country, agency", [
    ("SOCHI, Russia (Reuters) - ", "Sochi", "Russia", "Reuters"),
    ("GENEVA (AP) — ", "Geneva", None, "AP"),
    ("WASHINGTON, March 3 (Reuters) - ", "Washington", None, "Reuters"),
    ("NEW YORK/LONDON (Reuters) - ", "New York", None, "Reuters"),
    ("ST. PETERSBURG, Russia, June 2 (AFP) – ", "St. Petersburg", "Russia", "AFP"),
    ("UNITED NATIONS (Reuters) -", "United Nations", None, "Reuters"),
    ("KYIV, Ukraine (AP)—", "Kyiv", "Ukraine", "AP"),      # dash glued on
    ("KYIV (AP)", "Kyiv", None, "AP"),                      # dash lost, body glued on
    ("Dayton, Ohio (AP) — ", "Dayton", "Ohio", "AP"),       # place in title case
    ("PARIS — ", "Paris", None, None),                      # no agency
    ("BUENOS AIRES, Argentina -- ", "Buenos Aires", "Argentina", None),
    ("LA PAZ — ", "La Paz", None, None),                    # a short first word, then another
    ("MOSCOW, June 27 - ", "Moscow", None, None),
    ("BERLIN (dpa) - ", "Berlin", None, "dpa"),              # an agency in lower case
    ("BEIJING, June 3 /Xinhua/ -- ", "Beijing", None, "Xinhua"),   # between slashes
    ("NEW DELHI, Jun 3 (IANS) ", "New Delhi", None, "IANS"),  # no dash, a space before the text
    ("NEW DELHI: ", "New Delhi", None, None),                # a known place with a colon
    ("UNITED NATIONS, May 4 -- ", "United Nations", None, None),
])
def test_dateline_forms(opening, place, country, agency):
    cleaned = clean(article(opening + BODY))
    assert (cleaned.dateline, cleaned.agency, cleaned.text) == (Dateline(place, country), agency, BODY)


def test_an_agency_alone_opens_the_text():
    cleaned = clean(article("(Reuters) - " + BODY))
    assert (cleaned.dateline, cleaned.agency, cleaned.text) == (None, "Reuters", BODY)


@pytest.mark.parametrize("text", [
    "Officials in GENEVA (the city) said talks would go on.",
    "NATO said on Monday that talks would go on.",
    "Moscow (Reuters) said nothing; this is not a dateline.",
    "The (Reuters) — report was wrong.",
    "NATO — the alliance — said talks would go on.",
    "Moscow — which said nothing — is not a dateline.",
    "US — and allied — envoys said talks would go on.",
    # a label is no agency nor place
    "(Updated) - The talks would go on, officials said.",
    "NOTE: The talks would go on, officials said.",
    "UPDATE: The talks would go on, officials said.",
])
def test_text_that_only_resembles_a_dateline_is_kept(text):
    cleaned = clean(article(text))
    assert (cleaned.text, cleaned.dateline, cleaned.agency) == (text, None, None)


@pytest.mark.parametrize("junk", [
    "Ministers pose in Vienna, May 3, 2019. REUTERS/Lena Varga",
    "Ministers pose in Vienna, May 3, 2019. REUTERS/Lena Varga/File Photo",
    "Ministers pose in Vienna, May 3, 2019. (AP Photo/Ivan Petrov, File)",
    "Ministers pose in Vienna, May 3, 2019. AP Photo/Ivan Petrov",
    "Ministers pose in Vienna. (Photo: Jane Roe/Example Agency)",
    "Ministers pose in Vienna, May 3, 2019. File photo",
    "Slideshow (12 Images)",
    "0 : 0",
    "14 : 3",
    "  • narrow-browser-and-phone\n  • above-portrait-tablet",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "Advertisement",
    "© 2019 Example Wire. All rights reserved.",
])
def test_junk_paragraph_is_removed(junk):
    cleaned = clean(article(f"{BODY}\n\n{junk}\n\nThe talks resume next week."))
    assert cleaned.text == f"{BODY}\n\nThe talks resume next week."


@pytest.mark.parametrize("sentence", [
    "The envoy said the offer was, in his words, just a file photo.",
    "Delegates agreed that a 3 : 1 majority would be needed for any change.",
    "Copyright 2019 rules were the subject of the third round, delegates said.",
    "Reporting by state media suggested the talks had stalled.",
])
def test_sentences_near_junk_patterns_survive(sentence):
    assert sentence in clean(article(f"{BODY}\n\n{sentence}")).text


@pytest.mark.parametrize("credit, names", [
    ("Reporting by Ana Lima; Editing by Tom Hale", ["Ana Lima", "Tom Hale"]),
    ("(Reporting by Ana Lima in Kyiv and Piotr Nowak in Warsaw; Writing by Ana Lima)",
     ["Ana Lima", "Piotr Nowak"]),
    ("Additional reporting by Ana Lima, Piotr Nowak and Jean de la Fontaine. Editing by Tom Hale",
     ["Ana Lima", "Piotr Nowak", "Jean de la Fontaine", "Tom Hale"]),
    ("Reporting and writing by Ana Lima", ["Ana Lima"]),
])
def test_credit_lines_become_authors(credit, names):
    cleaned = clean(article(f"{BODY}\n\n{credit}"))
    assert (cleaned.text, cleaned.authors) == (BODY, names)


def test_stamp_overrides_given_date_and_its_absence_keeps_it():
    given = datetime(2020, 1, 1)
    stamped = clean(article(f"Apr 7, 2008 / 11:05 PM / 3 years ago\n\n{BODY}", published=given))
    plain = clean(article(BODY, published=given))
    assert (stamped.published, stamped.text) == (datetime(2008, 4, 7, 23, 5), BODY)
    assert plain.published == given


def test_impossible_stamp_is_left_in_place():
    text = f"February 30, 2008 / 7:57 AM\n\n{BODY}"
    cleaned = clean(article(text))
    assert cleaned.published is None
    assert cleaned.text == text


def test_given_headline_repeated_in_body_is_dropped_once():
    cleaned = clean(article(f"Talks  resume in Vienna\n\nTalks resume in Vienna\n\n{BODY}",
                            headline="Talks resume in Vienna"))
    assert cleaned.headline == "Talks resume in Vienna"
    assert cleaned.text == f"Talks resume in Vienna\n\n{BODY}"


def test_hard_wrapped_paragraphs_are_joined():
    cleaned = clean(article("The envoys met for\nthree   hours\ton Friday.\n\nThey will\nmeet again."))
    assert cleaned.text == "The envoys met for three hours on Friday.\n\nThey will meet again."


def test_wrapped_first_line_is_not_mistaken_for_a_headline():
    text = "The envoys of the two states met\nfor three hours on Friday.\n\nThey will meet again."
    cleaned = clean(article(text))
    assert cleaned.headline is None
    assert cleaned.text.startswith("The envoys of the two states met for three hours")


@pytest.mark.parametrize("byline, authors", [
    ("By Ana Lima", ["Ana Lima"]),
    ("By Ana Lima and Piotr Nowak", ["Ana Lima", "Piotr Nowak"]),
    ("By Reuters Staff", []),
])
def test_byline_without_headline(byline, authors):
    cleaned = clean(article(f"{byline}\n\nGENEVA (AP) — {BODY}"))
    assert (cleaned.headline, cleaned.authors, cleaned.text) == (None, authors, BODY)
    assert cleaned.dateline == Dateline("Geneva")


def test_short_text_is_not_taken_for_a_headline():
    cleaned = clean(article("Ceasefire holds in the north"))
    assert (cleaned.headline, cleaned.text) == (None, "Ceasefire holds in the north")


def test_all_junk_is_an_input_error():
    with pytest.raises(InputError) as caught:
        clean(article("Slideshow (3 Images)\n\n0 : 0\n  • landscape-tablet\n\nReporting by Ana Lima"))
    assert caught.value.message.startswith("test-input.txt: no article text left after cleaning")


# Words that sit near the junk patterns without making a caption, credit or dateline.
_WORDS = ["talks", "met", "in", "Geneva", "by", "reporting", "photo", "file", "said", "on", "0",
          ":", "AP", "Reuters", "(Reuters)", "slideshow", "images", "browser", "tablet", "—", "-",
          "“quoted”", "REUTERS", "editing", "writing", "Monday", "Ana", "Lima",
          # and near the page furniture: bars, banners, calls, footers, link lists, stamps
          "•", "share", "Share:", "Facebook", "Twitter", "cookies", "we", "our", "subscribe",
          "Subscribe", "newsletter", "related", "Related:", "(c)", "©", "2019", "Copyright", "Photo:",
          "/", "By", "Updated", "min", "read", "June", "27"]
_SENTENCE = st.builds(lambda first, rest: " ".join([first, *rest]) + ".",
                      st.sampled_from(["The", "Envoys", "Officials"]),
                      st.lists(st.sampled_from(_WORDS), min_size=1, max_size=15)).filter(
    # A bullet whose items are a word or two and a dated copyright mark ("The • (c) 2019.") is a
    # footer's link list, not a sentence: the cleaner rightly drops it (see the test below); so is
    # an owner's mark followed by a bullet ("The 27. Envoys Copyright •.": a footer's owner, links).
    lambda sentence: not re.search(r"•\s*(?:\(c\)|©|Copyright)\s*(?:©|\(c\))?\s*\d{4}\s*\.$", sentence)
    and not re.search(r"(?:\(c\)|©|Copyright)\s*•", sentence))


def test_a_bulleted_line_ending_in_a_dated_copyright_mark_is_a_footer():
    cleaned = clean(article("Envoys met in Geneva on Monday.\n\nHome • (c) 2019."))
    assert cleaned.text == "Envoys met in Geneva on Monday."


@pytest.mark.parametrize("sentence", ["Envoys (Reuters) — Monday talks went on.", "Envoys (c) — 0."])
def test_a_word_no_place_is_known_by_with_an_agency_is_no_dateline(sentence):
    # Found by the property test below at 5,000 examples: a title-case word before "(Reuters) —"
    # read as a dateline's place cut the sentence; "(c)" is the copyright sign, no agency.
    cleaned = clean(article(f"Envoys met in Geneva on Monday.\n\n{sentence}"))
    assert cleaned.text == f"Envoys met in Geneva on Monday.\n\n{sentence}"
    assert clean(article("Kyiv (Reuters) — Envoys met on Monday.")).dateline.place == "Kyiv"


def test_an_owners_copyright_mark_before_a_bullet_is_a_footer():
    # Found by the property test below: such a line is dropped whole, as a footer should be.
    cleaned = clean(article("Envoys met in Geneva on Monday.\n\nThe 27. Envoys Copyright •."))
    assert cleaned.text == "Envoys met in Geneva on Monday."


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_SENTENCE, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=5))
def test_plain_sentences_are_never_dropped(paragraphs):
    cleaned = clean(article("\n\n".join(paragraphs)))
    assert cleaned.text == "\n\n".join(paragraphs)


# --- page layouts the first rules were not written for (our own pages) ---------------------

MAGAZINE_PAGE = """HARBOUR POST — News from the Pacific rim
Home | World | Pacific | Business | Opinion | Sign in  Subscribe
We use cookies to improve this site. [Accept] [Settings]

Pacific ministers agree to pool fisheries patrol data

Updated 14 March 2021, 08:15 GMT · By Marta Ruiz, Pacific Correspondent · 6 min read

WELLINGTON — Fisheries ministers from nine Pacific states agreed on Sunday to pool the data
their patrol boats collect, a step they said would help catch illegal fleets.

[Photo: Patrol boats in Wellington harbour. Kiri Tane / Harbour Post]

The agreement takes effect in June, the ministers said.

More on this story
• Explainer: who polices the high seas?
• Tuna catch hits record

Share this article: Facebook | X | Email
Copyright © 2003-2025 Harbour Post Media Ltd. All rights reserved. | Privacy
"""

LEDGER_PAGE = """THE NORTHERN LEDGER
Front page • Region • Business • e-Edition

Envoys reopen border talks in Tromso

Published: 3 May 2016
Words: Ana Lima. Pictures: Piotr Nowak

TROMSO, May 3 - Envoys of two neighbouring states reopened talks on their sea border on Tuesday.

The Northern Ledger is funded by its readers. Support independent journalism.
"""

CORRESPONDENT_PAGE = """Menu  Search

By Ana Lima and Piotr Nowak, Central America Correspondents Published August 8, 1987

SAN JOSE — Five presidents signed a regional peace plan on Friday after two days of talks.

(Additional reporting by Jan Kowalski)
"""

MASTHEAD_PAGE = """ARCTIC MONITOR — Independent reporting from the north

Envoys meet in Tromso to discuss fishing rights

TROMSO — Norwegian and Russian envoys met on Tuesday to discuss fishing rights.
"""


@pytest.mark.parametrize("page, headline, published, place, authors, text", [
    (MAGAZINE_PAGE, "Pacific ministers agree to pool fisheries patrol data", datetime(2021, 3, 14, 8, 15),
     "Wellington", ["Marta Ruiz"],
     "Fisheries ministers from nine Pacific states agreed on Sunday to pool the data their patrol "
     "boats collect, a step they said would help catch illegal fleets.\n\n"
     "The agreement takes effect in June, the ministers said."),
    (LEDGER_PAGE, "Envoys reopen border talks in Tromso", datetime(2016, 5, 3), Dateline("Tromso", day=date(2016, 5, 3)),
     ["Ana Lima", "Piotr Nowak"],
     "Envoys of two neighbouring states reopened talks on their sea border on Tuesday."),
    (CORRESPONDENT_PAGE, None, datetime(1987, 8, 8), "San Jose", ["Ana Lima", "Piotr Nowak", "Jan Kowalski"],
     "Five presidents signed a regional peace plan on Friday after two days of talks."),
    (MASTHEAD_PAGE, "Envoys meet in Tromso to discuss fishing rights", None, "Tromso", [],
     "Norwegian and Russian envoys met on Tuesday to discuss fishing rights."),
])
def test_page_layouts(page, headline, published, place, authors, text):
    cleaned = clean(article(page))
    assert (cleaned.headline, cleaned.published, cleaned.authors) == (headline, published, authors)
    dateline = place if isinstance(place, Dateline) else Dateline(place)
    assert (cleaned.dateline, cleaned.agency, cleaned.text) == (dateline, None, text)


@pytest.mark.parametrize("opening, published, day", [
    ("WASHINGTON, May 6 (Reuters) - ", datetime(2015, 5, 7, 6, 0), date(2015, 5, 6)),  # filed the evening before
    ("UNITED NATIONS, Dec. 31 -- ", datetime(1999, 1, 1), date(1998, 12, 31)),        # across the new year
    ("OSLO, Sept 20 (NTB) - ", datetime(2019, 9, 20), date(2019, 9, 20)),             # the same day
    ("OSLO, Sept 2 (NTB) - ", datetime(2019, 9, 20), None),     # weeks before: a reprint or a slip, not the filing day
    ("OSLO, Sept 22 (NTB) - ", datetime(2019, 9, 20), None),    # after publication: no filing day
    ("OSLO, Feb 30 (NTB) - ", datetime(2019, 3, 1), None),      # no such day
    ("OSLO, Sept 20 (NTB) - ", None, None),                     # nothing to read the year from
    ("OSLO (NTB) - ", datetime(2019, 9, 20), None),             # no day given
])
def test_a_datelines_day_is_the_day_the_story_was_filed(opening, published, day):
    cleaned = clean(article(opening + BODY, published=published))
    assert cleaned.dateline.day == day
    assert cleaned.text == BODY


def test_relative_days_are_told_from_the_datelines_day():
    # A morning paper of Thursday carries a story filed on Wednesday: its "today" is Wednesday.
    body = "Norway and Iceland signed a fisheries accord today, their ministers said."
    published = datetime(2020, 6, 4, 5, 30)
    filed = extract_article(article("REYKJAVIK, June 3 (Wire) - " + body, published=published))
    undated = extract_article(article("REYKJAVIK (Wire) - " + body, published=published))
    assert [e.date.value for e in filed.events if e.type == "AgreementSigned"] == ["2020-06-03"]
    assert [e.date.value for e in undated.events if e.type == "AgreementSigned"] == ["2020-06-04"]


def test_site_name_on_top_is_no_dateline_or_headline():
    cleaned = clean(article(f"ARCTIC MONITOR — Independent reporting from the north\n\nTROMSO — {BODY}"))
    assert (cleaned.headline, cleaned.dateline, cleaned.text) == (None, Dateline("Tromso"), BODY)
    alone = clean(article("ARCTIC MONITOR — Independent reporting from the north"))
    assert (alone.dateline, alone.text) == (None, "ARCTIC MONITOR — Independent reporting from the north")


@pytest.mark.parametrize("stamp, published, authors", [
    ("27 June 1997 | by Ana Lima | 4 min read", datetime(1997, 6, 27), ["Ana Lima"]),
    ("Updated: Sunday, 3 May 2016 at 14.05 GMT", datetime(2016, 5, 3, 14, 5), []),
    ("Published March 3, 2016 8:47 PM EST", datetime(2016, 3, 3, 20, 47), []),
    ("Posted on 5 Oct 2019 · 3 min read", datetime(2019, 10, 5), []),
    ("9 February 2020, 07:05 (Lima time)", datetime(2020, 2, 9, 7, 5), []),
    ("By Ana Lima, Diplomatic Editor Published August 8, 1987", datetime(1987, 8, 8), ["Ana Lima"]),
    ("Published 2 May 2016 | Updated 3 May 2016, 09:00", datetime(2016, 5, 2), []),
    ("By Ana Lima\nMarch 3, 2016 / 8:47 PM", datetime(2016, 3, 3, 20, 47), ["Ana Lima"]),
])
def test_stamp_and_byline_forms(stamp, published, authors):
    cleaned = clean(article(f"Envoys reopen border talks\n\n{stamp}\n\n{BODY}"))
    assert (cleaned.headline, cleaned.published, cleaned.authors, cleaned.text) == (
        "Envoys reopen border talks", published, authors, BODY)


@pytest.mark.parametrize("sentence", [
    "3 May 2016 was the day the talks began, the envoy recalled.",
    "By Friday the talks had stalled, officials said.",
    "Updated figures were published on March 3, 2016, the ministry said.",
    "By Ana Lima's account, the envoys met twice.",
])
def test_sentences_shaped_like_stamps_stay(sentence):
    cleaned = clean(article(f"{sentence}\n\n{BODY}"))
    assert (cleaned.published, cleaned.authors, cleaned.text) == (None, [], f"{sentence}\n\n{BODY}")


@pytest.mark.parametrize("byline, authors", [
    ("By Ana Lima, Diplomatic Correspondent", ["Ana Lima"]),
    ("By Ana Lima and Piotr Nowak, Moscow Correspondents", ["Ana Lima", "Piotr Nowak"]),
    ("by Ana Lima in Kyiv", ["Ana Lima"]),
])
def test_byline_roles_are_not_names(byline, authors):
    cleaned = clean(article(f"{byline}\n\nGENEVA (AP) — {BODY}"))
    assert (cleaned.authors, cleaned.dateline, cleaned.text) == (authors, Dateline("Geneva"), BODY)


@pytest.mark.parametrize("credit, names", [
    ("Text: Ana Lima. Photos: Piotr Nowak", ["Ana Lima", "Piotr Nowak"]),
    ("Words: Ana Lima; Pictures: Piotr Nowak", ["Ana Lima", "Piotr Nowak"]),
    ("Photos by Piotr Nowak", ["Piotr Nowak"]),
])
def test_colon_credits_become_authors(credit, names):
    cleaned = clean(article(f"{BODY}\n\n{credit}"))
    assert (cleaned.text, cleaned.authors) == (BODY, names)


def test_a_stamp_line_glued_to_a_credit_line_is_read_as_two():
    cleaned = clean(article(f"Envoys reopen border talks\n\n8 May 2016, 19:40\nText: Ana Lima. Photos: Piotr Nowak"
                            f"\n\nOSLO — {BODY}"))
    assert (cleaned.published, cleaned.authors) == (datetime(2016, 5, 8, 19, 40), ["Ana Lima", "Piotr Nowak"])
    assert (cleaned.headline, cleaned.dateline, cleaned.text) == ("Envoys reopen border talks", Dateline("Oslo"), BODY)


def test_lines_of_a_paragraph_that_are_not_all_stamps_stay_one_paragraph():
    text = "The envoys signed the text on\nMarch 3, 2016\nin Geneva, officials said.\n\nThey met again."
    assert clean(article(text)).text == ("The envoys signed the text on March 3, 2016 in Geneva, officials said."
                                         "\n\nThey met again.")
