"""The tops and furniture of scraped pages as small sites set them: a masthead and menu over a
stamp, the headline under the stamp, a standfirst above the byline, breadcrumbs, stamps with
sections, figures or an "Updated" time, bylines that close on where the writer filed.

Every page here is our own, written to the shape of pages scrapers meet (not gold articles).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from kb.boilerplate import is_junk_line
from kb.cleaning import clean
from kb.credits import byline_names
from kb.model import Article
from kb.pagehead import read_head_line
from kb.sources import read_one

LEAD = ("OSLO - Norway and Iceland signed a fisheries accord on Tuesday after three rounds of talks, "
        "the Norwegian foreign ministry said.")
MORE = "The accord sets quotas for herring in the waters between Jan Mayen and Iceland."


def cleaned(text: str):
    return clean(Article(id="t1", raw_text=text, source="test-input.txt"))


@pytest.mark.parametrize("line, published", [
    ("Saturday 7 March 2015 | Updated 09:40", datetime(2015, 3, 7, 9, 40)),
    ("Monday, 2 June 2003 - 11:02", datetime(2003, 6, 2, 11, 2)),
    ("News > Europe | March 3, 2011", datetime(2011, 3, 3)),
    ("FROM THE ARCHIVE > 12 May 1979", datetime(1979, 5, 12)),
    ("POLITICS > EUROPE | Sept 4, 2019 10:48 GMT | 3 min read", datetime(2019, 9, 4, 10, 48)),
    ("Updated 05.04.2012 08:40", datetime(2012, 4, 5, 8, 40)),
    ("2012-04-05", datetime(2012, 4, 5)),
    ("Last updated 9.15pm GMT, Sunday 3 May 2009", datetime(2009, 5, 3)),
    ("Posted by the Europe Desk | Tuesday 8 July 2008 | Refresh for the latest", datetime(2008, 7, 8)),
    ("Thursday, October 9, 2014 | Updated 4:05 p.m.", datetime(2014, 10, 9, 16, 5)),
    # "First"/"Last" open the stamp item with their word; a weekday may be cut short
    ("Published 3 May 2021 Last updated 4 May 2021", datetime(2021, 5, 3)),
    ("First published on Mon 3 May 2021 10.00 BST", datetime(2021, 5, 3, 10, 0)),
    ("Last modified on Tue 4 May 2021 08.15 BST", datetime(2021, 5, 4, 8, 15)),
])
def test_stamp_lines_with_sections_figures_and_updates(line, published):
    assert read_head_line(line).published == published


@pytest.mark.parametrize("line", [
    "Home > Europe > Politics",              # a trail of sections dates nothing
    "Talks go on - the view from Kyiv",
    "Norway and Iceland - an old quarrel",
    "06/07/2005",                            # day or month first: the order varies by country
    "The modified plan was published on Monday.",
])
def test_lines_that_are_no_stamp(line):
    assert read_head_line(line) is None


@pytest.mark.parametrize("line, names", [
    ("By Ana Lima, Vadsø", ["Ana Lima"]),                        # a place the gazetteer does not know
    ("by Ana Lima, Oslo bureau", ["Ana Lima"]),
    ("From Ana Lima, Oslo, and our Diplomatic Staff", ["Ana Lima"]),
    ("Filed by Ana Lima, Quito", ["Ana Lima"]),
    ("By Ana Lima, with additional reporting by Bram Osei in Lagos", ["Ana Lima", "Bram Osei"]),
    ("By Ana Lima, United Nations correspondent", ["Ana Lima"]),
])
def test_bylines_closing_on_where_the_writer_filed(line, names):
    assert byline_names(line) == names


@pytest.mark.parametrize("line", [
    "From Moscow, the view is grim",
    "From the outset, Paris objected",
    "By Friday, the talks had failed",
])
def test_sentences_opening_like_a_byline_are_none(line):
    assert byline_names(line) is None


@pytest.mark.parametrize("line", [
    "-- ADVERTISEMENT --",
    "[Advertisement]",
    "----------",
    "* * *",
    "Listen to this article (6 min)",
    "Comments (12) - Log in to comment",
    "Comments (3) | Report an error",
    "Comments are now disabled on this post.",
    "Search...",
    "Share: fb | li | Email",
    "Share this: [Facebook] [Email]",
    "[Facebook] [Email]     Listen to this story (3 min)",
    "Home > World > Asia",
    "Region > Venezuela",
    "Subscribe for EUR 3.50 a month | Sign in",
    "Subscribe for unlimited access -- two weeks free! | Sign in",
    "Log in | Register | Subscribe to our digital edition",
    "Tip: bookmark this page for the latest news.",
    "(c) 2004 The Harbour Post. Reprints: desk@harbourpost.example",
    "Notice: our app uses cookies to store your language.",
])
def test_furniture_lines(line):
    assert is_junk_line(line, " ".join(line.split()))


@pytest.mark.parametrize("line", [
    "Search for survivors went on.",
    "The advertisement ran in three papers.",
    "Subscribe to the idea that peace is near, he said.",
    "Comments by the minister angered Oslo.",
    "Exports > imports, the ministry boasted.",
])
def test_sentences_like_that_furniture_stay(line):
    assert not is_junk_line(line, " ".join(line.split()))


def test_a_masthead_over_the_stamp_is_no_headline():
    page = cleaned("NORTHERN RECORD\nHome | Norway | Iceland | Arctic | Opinion\n"
                   "Cookies here help us tally page views. [Fine]\n\n"
                   "ANALYSIS  |  Tuesday 4 March 2008  |  4 min read\n\n"
                   "Norway and Iceland settle their herring quarrel\n\n"
                   "A deal two years in the making\n\n"
                   "by Ana Lima, Vadsø\n\n"
                   f"{LEAD}\n\n{MORE}")
    assert page.headline == "Norway and Iceland settle their herring quarrel"
    assert page.published == datetime(2008, 3, 4)
    assert page.authors == ["Ana Lima"]
    assert page.dateline.place == "Oslo"
    assert page.text.startswith("Norway and Iceland signed")


def test_a_standfirst_between_headline_and_byline_stays_in_the_text():
    standfirst = "Two years of talks end with quotas both capitals can sell at home."
    page = cleaned("NORTHERN RECORD\n\nFEATURE\n\nThe herring accord, explained\n\n"
                   f"{standfirst}\n\nBy Ana Lima, Oslo bureau chief\nTuesday 4 March 2008 - 06:40 GMT\n\n"
                   f"{LEAD}\n\n{MORE}")
    assert page.headline == "The herring accord, explained"
    assert page.published == datetime(2008, 3, 4, 6, 40)
    assert page.authors == ["Ana Lima"]
    assert page.text.split("\n\n")[:2] == [standfirst, LEAD.removeprefix("OSLO - ")]


def test_a_head_set_without_blank_lines_is_read_line_by_line():
    page = cleaned("EXPLAINER\nThe herring accord, explained\nTuesday 4 March 2008\n"
                   f"By Ana Lima, Arctic correspondent, Tromsø\n\n{LEAD}\n\n{MORE}")
    assert page.headline == "The herring accord, explained"
    assert page.published == datetime(2008, 3, 4)
    assert page.authors == ["Ana Lima"]


def test_a_photo_credit_under_the_byline_is_not_joined_to_it():
    page = cleaned("Tuesday 4 March 2008\n\nNORWAY AND ICELAND SETTLE HERRING ROW\n\n"
                   "By Ana Lima in Oslo\nPhoto: Northern Record / Bram Osei\n\n"
                   f"{LEAD}\n\n{MORE}")
    assert page.headline == "NORWAY AND ICELAND SETTLE HERRING ROW"
    assert "Ana Lima" in page.authors


def test_an_html_page_dated_only_by_its_own_meta_tag(tmp_path):
    page = tmp_path / "accord.html"
    page.write_text('<!DOCTYPE html><html><head><title>Herring accord</title>'
                    '<meta name="published" content="2008-03-04T06:30:00+01:00"></head><body><article>'
                    f"<h1>Herring accord</h1><p>{LEAD}</p><p>{MORE}</p></article></body></html>",
                    encoding="utf-8")
    assert read_one(page).published.date().isoformat() == "2008-03-04"


BODY = "Norway and Iceland signed a fisheries accord on Tuesday after three rounds of talks."


@pytest.mark.parametrize("element, place", [
    ('<p class="byline">By Ana Lima &middot; Reykjavik &middot; Tuesday 4 March 2008</p>', "Reykjavik"),
    ('<div class="author-line"><span itemprop="author">Ana Lima</span> in Reykjavik &#8212; 4 March 2008</div>',
     "Reykjavik"),
    ('<div class="byline">Ana Lima, Nordic Correspondent, in Reykjavik</div>', "Reykjavik"),
    ('<p class="byline">By Ana Lima in Hofsos and Bram Osei in Reykjavik</p>', None),   # two places named
    ('<p class="byline">By Ana Lima, Nordic Correspondent</p>', None),                   # no place at all
    ('<p class="byline">By Ana Lima | Published 4 March 2008 in World News</p>', None),  # a section
    ('<span class="byline">Ana Lima, Correspondent in Europe</span>', None),             # a region
    ('<div class="author-bio">Ana Lima covers fisheries in Reykjavik.</div>', None),     # a biography
])
def test_an_html_bylines_city_stands_for_a_missing_dateline(tmp_path, element, place):
    page = tmp_path / "accord.html"
    page.write_text("<!DOCTYPE html><html><head><title>Herring accord</title></head><body><article>"
                    f"<h1>Norway and Iceland settle their herring quarrel</h1>{element}"
                    f"<p>{BODY}</p><p>{MORE}</p></article></body></html>", encoding="utf-8")
    article = clean(read_one(page))
    assert (article.dateline.place if article.dateline else None) == place


@pytest.mark.parametrize("byline, place", [
    ("By Ana Lima in Reykjavik", "Reykjavik"),
    ("By Ana Lima · Reykjavik · Tuesday 4 March 2008", "Reykjavik"),
    ("Ana Lima | Reykjavik | 4 March 2008", "Reykjavik"),
    ("By Ana Lima in Reykjavik and Bram Osei in Oslo", None),   # two cities: the story has no one place
    ("ARCTIC > ATLANTIC > Tuesday 4 March 2008", None),        # a section named for a sea is no city
])
def test_where_the_byline_was_filed_stands_for_a_missing_dateline(byline, place):
    page = cleaned(f"Norway and Iceland settle their herring quarrel\n\n{byline}\n\n{BODY}\n\n{MORE}")
    assert (page.dateline.place if page.dateline else None) == place


def test_the_texts_own_dateline_outranks_the_bylines_city():
    page = cleaned(f"Herring accord signed\n\nBy Ana Lima in Reykjavik\n\n{LEAD}\n\n{MORE}")
    assert page.dateline.place == "Oslo"


def test_a_dateline_of_two_cities_without_an_agency():
    page = cleaned(f"Herring accord signed\n\nREYKJAVIK/OSLO, Mar 4 - {BODY}\n\n{MORE}")
    assert page.dateline.place == "Reykjavik"
    assert page.text.startswith("Norway and Iceland signed")


def test_a_picture_credit_beside_the_byline_names_the_photographer_too():
    line = read_head_line("Story by Ana Lima and Bram Osei | Photos: Northern Record / Keri Matai")
    assert {"Ana Lima", "Bram Osei", "Keri Matai"} <= set(line.authors)


def test_a_standfirst_above_a_second_stamp_comes_out_once():
    summary = "A short summary of what the herring talks are for."
    page = cleaned(f"Herring talks open\n\nBy Ana Lima | 3 May 2008\n\nMinisters gather in the capital\n\n"
                   f"{summary}\n\nUpdated 4 May 2008\n\n{BODY}\n\n{MORE}")
    assert page.text.count(summary) == 1
