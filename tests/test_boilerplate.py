"""Page furniture: each rule drops its junk and keeps the real sentence that looks like it.

Every input here is our own, written to the shape of pages scrapers meet (not gold articles).
"""
from __future__ import annotations

import pytest

from kb.cleaning import clean
from kb.model import Article

BODY = "Two foreign ministers met in Vienna on Friday to discuss a prisoner exchange, officials said."
AFTER = "The talks resume next week."


def cleaned_text(text: str) -> str:
    return clean(Article(id="t1", raw_text=text, source="test-input.txt")).text


def around(junk: str) -> str:
    return f"{BODY}\n\n{junk}\n\n{AFTER}"


@pytest.mark.parametrize("junk", [
    # navigation bars: many short items between pipes, bullets or wide gaps
    "Home | World | Europe | Asia | Opinion | Sign in  Subscribe",
    "News  Politics  Economy  Culture  Sport  More",
    "NORTHERN LEDGER  |  Arctic  Nordics  Baltics  Energy",
    "Front page • Region • Business • e-Edition",
    # share bars, inline or one button a line
    "Share this story: Facebook | X | LinkedIn",
    "Share: WhatsApp  Telegram  Email",
    "  - Share this article\n  - Tweet\n  - Email\n  - Print",
    "Follow us on Twitter",
    # consent banners and their buttons
    "We value your privacy. This site uses cookies to measure traffic. [Agree] [Manage]",
    "Accept cookies? Cookies help us run this site. [Yes] [No]",
    "We use cookies to personalise content.\nCookie settings | Accept all",
    # calls to subscribe, sign in, donate
    "Subscribe to our daily briefing ×",
    "Sign in",
    "Log in to your account",
    "Become a member today",
    "The Harbour Post is funded by its readers. Support independent journalism.",
    "Skip to navigation",
    "Listen to this article",
    "The Harbour Post relies on readers like you. Please consider a donation to keep our reporting free.",
    "Your contribution keeps the newsroom independent. Donate today.",
    # copyright footers, with year ranges and footer links
    "Copyright © 2003-2025 Harbour Post Media Ltd. All rights reserved.",
    "Harbour Post (c) 2001-2026",
    "© 2024 The Harbour Post | Privacy | Terms of use",
    "Copyright 1990-2026 The Northern Ledger. All Rights Reserved. | Privacy policy | Contact",
    "(C) 2019",
    # captions: bracketed, labelled, or closing on a "Name / Outlet" credit
    "[Picture: Delegates leave the hall after the vote. Marta Ruiz / Harbour Post]",
    "(Ministers at the signing ceremony in Lima on Monday. Marta Ruiz/Harbour Post)",
    "Photo: The two delegations at the table. Harbour Post/Marta Ruiz",
    "Ministers walk to the hall on Monday. Marta Ruiz / Harbour Post",
    "Image caption, Delegates leave the hall after the vote",
    "Image source, Harbour Post",
    # index terms
    "Topics: Diplomacy, Pacific, Fisheries",
    "Tags: Tromso | Fishing rights | Norway",
    # lists of links to other stories, with their heading
    "More on this story:\n- Talks collapse in Geneva\n- Explainer: who sits at the table?",
    "Related articles\n\n• Border reopens after a year\n• Grain prices fall",
    "You may also like: Port strike ends | Ferry links restored",
    "See also - Ceasefire holds in the north - Envoy named",
    "READ MORE\n> Opinion: why the talks matter\n> Timeline of the dispute",
    # a caption closed by a photographer's credit; a copyright footer with links in wide gaps
    "Trawlers at anchor off Tromso. Photograph by Ana Lima for the Harbour Post",
    "(c) 2017 Harbour Post. All rights reserved.  Terms  Privacy  Advertise with us",
    # how to reach or follow the writer
    "Contact the author: ana.lima@harbourpost.example",
    "Email the reporter at ana.lima@harbourpost.example",
    "Follow her on X @analima",
    "Follow Ana Lima on Twitter.",
    "Email: newsdesk@harbourpost.example",
    # notices about the page itself
    "You are reading an archived story. Its text was scanned by OCR and may contain typos.",
    "This article is more than 5 years old",
])
def test_page_furniture_is_dropped(junk):
    assert cleaned_text(around(junk)) == f"{BODY}\n\n{AFTER}"


@pytest.mark.parametrize("sentence", [
    "The ministry said it would share the report with the committee.",
    "Related talks will resume in Lima next week, the envoy said.",
    "Read more closely, the text commits neither side to a date, diplomats said.",
    "More on the summit will follow, the spokesman said.",
    "Officials said the ministry's website uses cookies only to count visitors.",
    "She urged voters to register before the deadline.",
    "Support for the accord grew among the delegates, officials said.",
    "Subscribers to the treaty must report their stockpiles every year.",
    "You can donate blood at the border post, officials said.",
    "Please fund the clinics, the minister told donors on Monday.",
    "\"We rely on you for funding,\" the agency's head wrote to member states.",
    "Japan pledged to support the fund for refugees.",
    "Topics discussed included fishing rights, the border and trade.",
    "The image caused outrage in Lima, officials said.",
    "Copyright 2019 rules were the subject of the third round, delegates said.",
    "Facebook and Twitter removed the accounts, the ministry said.",
    "Photo opportunities were limited, aides said.",
    "(The talks were postponed, officials said.)",
    "Text: the full agreement runs to 40 pages, the ministry said.",
    "The reader-friendly summary was published by the ministry on Monday.",
    "Home rule for the region was discussed | officials said.",
    "The accord covers:\n• prisoner exchanges\n• the return of refugees\n• new elections",
    "He said the photograph by Ana Lima was taken in Tromso.",
    "(c) The third clause  was disputed by both sides, delegates said.",
    "The envoy said she would contact the authorities in Lima on Monday.",
    "Follow the money, the prosecutor told the court.",
    "The minister said the report may contain errors, but stood by its findings.",
    "Officials warned the voter lists may contain errors.",
    "This report was first presented to the Security Council in March, diplomats said.",
    "Contact the reporters of the bulletin: the ministry has banned it.",
    "Officials said the plan was produced by the two sides over three months.",
    # a copyright sign with neither a year nor "Copyright" and an owner is no footer
    "The draft • (c).",
    "The AP © •.",
])
def test_sentences_like_the_furniture_are_kept(sentence):
    text = cleaned_text(around(sentence))
    assert text.split("\n\n")[1] == " ".join(sentence.split())


def test_link_list_ends_where_prose_resumes():
    page = (f"{BODY}\n\nRelated coverage\n- Talks collapse in Geneva\n- Envoy named\n\n"
            f"- Grain prices fall\n\n{AFTER}")
    assert cleaned_text(page) == f"{BODY}\n\n{AFTER}"
    # a bulleted list that no heading announces is the article's own
    listed = f"{BODY}\n\n- Talks collapse in Geneva\n- Envoy named\n\n{AFTER}"
    assert cleaned_text(listed) == f"{BODY}\n\n- Talks collapse in Geneva - Envoy named\n\n{AFTER}"


def test_a_caption_line_glued_to_prose_goes_alone():
    page = f"[Photo: Delegates at the table. Marta Ruiz / Harbour Post]\n{BODY}\n\n{AFTER}"
    assert cleaned_text(page) == f"{BODY}\n\n{AFTER}"


def test_a_wrapped_caption_goes_whole():
    page = f"{BODY}\n\nMinisters pose in Vienna after the\nsigning. Marta Ruiz / Harbour Post\n\n{AFTER}"
    assert cleaned_text(page) == f"{BODY}\n\n{AFTER}"



def test_an_authors_note_at_the_foot_goes_and_names_an_author():
    note = "Ana Lima is the Harbour Post's Andean correspondent. She has covered the region since 2012."
    cleaned = clean(Article(id="t1", raw_text=f"{BODY}\n\n{AFTER}\n\n{note}", source="test-input.txt"))
    assert cleaned.text == f"{BODY}\n\n{AFTER}"
    assert "Ana Lima" in cleaned.authors


def test_a_person_described_mid_story_as_a_former_reporter_stays():
    text = f"{BODY}\n\nAna Lima is a former reporter who now advises the president.\n\n{AFTER}"
    assert cleaned_text(text) == text
