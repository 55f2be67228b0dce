"""Every common shape of a byline, credit or picture credit, at the head or the foot of a story: the
line leaves the text and its people become the article's authors (outlets do not). Each class has
look-alikes that must stay text. All inputs are our own."""
from __future__ import annotations

import pytest

from kb.cleaning import clean
from kb.model import Article

HEADLINE = "Talks open in Vienna"
BODY = "Two foreign ministers met in Vienna on Friday to discuss a prisoner exchange, officials said."
AFTER = "The talks resume next week."


def _clean(raw: str):
    return clean(Article(id="t", raw_text=raw, source="test-input.txt"))


@pytest.mark.parametrize("byline, authors", [
    ("By ADA QUELL and BRAM OSEI", ["ADA QUELL", "BRAM OSEI"]),
    ("BY ADA QUELL, STAFF WRITER", ["ADA QUELL"]),
    ("By Ada Quell, Reuters", ["Ada Quell"]),
    ("By Ada Quell | AP", ["Ada Quell"]),
    ("By Ada Quell / AFP", ["Ada Quell"]),
    ("By Ada Quell Reuters", ["Ada Quell"]),
    ("By Ada Quell and Bram Osei, The Associated Press", ["Ada Quell", "Bram Osei"]),
    ("By Ada Quell, Associated Press Writer", ["Ada Quell"]),
    ("Ada Quell, BBC News", ["Ada Quell"]),
    ("Ada Quell\nReuters", ["Ada Quell"]),
    ("Ada Quell | Staff Writer", ["Ada Quell"]),
    ("Ada Quell, Correspondent", ["Ada Quell"]),
    ("By Ada Quell\nDiplomatic Correspondent", ["Ada Quell"]),
    ("Story by Ada Quell", ["Ada Quell"]),
    ("Words by Ada Quell", ["Ada Quell"]),
    ("Report: Ada Quell", ["Ada Quell"]),
    ("Written by Ada Quell", ["Ada Quell"]),
    ("By Ada Quell • Published March 3, 2021", ["Ada Quell"]),
    ("By Ada Quell, Port-au-Prince, and Bram Osei, Washington", ["Ada Quell", "Bram Osei"]),   # where each filed
])
def test_a_byline_at_the_head_gives_its_authors(byline, authors):
    cleaned = _clean(f"{HEADLINE}\n\n{byline}\n\n{BODY}\n\n{AFTER}")
    assert (cleaned.headline, cleaned.authors, cleaned.text) == (HEADLINE, authors, f"{BODY}\n\n{AFTER}")


@pytest.mark.parametrize("foot, authors", [
    ("Ada Quell reported from Kyiv, and Bram Osei from London.", ["Ada Quell", "Bram Osei"]),
    ("-- Ada Quell, Associated Press", ["Ada Quell"]),
    ("— Ada Quell", ["Ada Quell"]),
    ("Ada Quell, Reuters", ["Ada Quell"]),
    ("Ada Quell and Bram Osei, Associated Press", ["Ada Quell", "Bram Osei"]),
    ("The Associated Press contributed to this report.", []),
    ("Ada Quell in Kyiv and Bram Osei in Moscow contributed reporting.", ["Ada Quell", "Bram Osei"]),
    ("(Reporting by Ada Quell in Vienna; additional reporting by Bram Osei in Moscow; Editing by Carla Mbeki)",
     ["Ada Quell", "Bram Osei", "Carla Mbeki"]),
    ("Ada Quell is a Reuters correspondent based in Nairobi.", ["Ada Quell"]),
    ("About the author\n\nAda Quell covers diplomacy for the Harbour Post from Lima.", ["Ada Quell"]),
    ("With additional reporting by Ada Quell in Kyiv.", ["Ada Quell"]),
    ("With reporting from Ada Quell in Kyiv and Bram Osei in Moscow.", ["Ada Quell", "Bram Osei"]),
    ("Ada Quell and Bram Osei contributed reporting from Kyiv.", ["Ada Quell", "Bram Osei"]),
    ("— With assistance from Ada Quell and Bram Osei.", ["Ada Quell", "Bram Osei"]),
    ("This article was written by Ada Quell.", ["Ada Quell"]),
    ("Fact-checked by Ada Quell", ["Ada Quell"]),
    # notices and the wire's terms, which name no one
    ("To contact the reporter on this story: Ada Quell in Kyiv at aquell@example.org", []),
    ("To contact the editors responsible for this story: Bram Osei at bosei@example.org", []),
    ("Editor's note: This story was first published in 2019.", []),
    ("Copyright 2019 The Associated Press. All rights reserved. This material may not be published, "
     "broadcast, rewritten or redistributed.", []),
    ("An earlier version of this article misstated the date of the talks.", []),
    ("This story has been updated with comment from the ministry.", []),
    ("Follow Ada Quell on Twitter: @adaquell", []),
])
def test_a_credit_at_the_foot_leaves_the_text(foot, authors):
    cleaned = _clean(f"{HEADLINE}\n\n{BODY}\n\n{AFTER}\n\n{foot}")
    assert (cleaned.authors, cleaned.text) == (authors, f"{BODY}\n\n{AFTER}")


@pytest.mark.parametrize("caption", [
    "Ada Quell/AFP via Getty Images",
    "Officials at the talks in Vienna. Ada Quell/AFP via Getty Images",
    "Officials at the talks in Vienna. Ada Quell for The New York Times",
    "Officials at the talks in Vienna. Credit: Ada Quell/Reuters",
    "Officials at the talks in Vienna. © Ada Quell/Harbour Post",
    "Officials at the talks in Vienna. (AP Photo/Ada Quell)",
    "Officials at the talks in Vienna. EPA-EFE/ADA QUELL",
    "Cover photo: Ada Quell/Harbour Post",
    "Photo courtesy of Ada Quell",
    "Photo by Ada Quell on Unsplash",
])
def test_a_picture_credit_takes_its_caption_out(caption):
    assert _clean(f"{BODY}\n\n{caption}\n\n{AFTER}").text == f"{BODY}\n\n{AFTER}"


@pytest.mark.parametrize("paragraph", [
    # a list of delegates is no signature: only the foot holds one
    "- Ada Quell, the foreign minister",
    # a minister reports from somewhere in a sentence that goes on
    "Foreign Minister Ada Quell reported from Geneva that the talks had stalled.",
    # a sentence that closes on a full stop after a slash is no picture credit
    "Ministers discussed the Iran/Iraq border.",
    "The Associated Press reported that the talks had stalled.",
    "Ada Quell, the envoy, arrived in Vienna.",
    "With reporting from the front, the envoy said the talks had failed.",
    "With assistance from Saudi Arabia and South Korea.",
    "The editors of the report said it may contain errors.",
])
def test_sentences_shaped_like_credits_stay(paragraph):
    cleaned = _clean(f"{HEADLINE}\n\n{BODY}\n\n{paragraph}\n\n{AFTER}")
    assert cleaned.text == f"{BODY}\n\n{paragraph}\n\n{AFTER}"
    assert cleaned.authors == []


def test_the_pages_metadata_gives_only_writers_as_authors():
    article = Article(id="t", raw_text=f"{BODY}\n\n{AFTER}", source="test-input.html",
                      authors=["Ada Quell", "Washington", "Staff Writer", "The Harbour Post", "Bram Osei"])
    assert clean(article).authors == ["Ada Quell", "Bram Osei"]
