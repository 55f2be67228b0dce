"""Actor linking: a bare body name of an organization is the organization's unless the text ties
it to a state, a state's body is its state's only where that state is in view, and an office
holder's state comes from his own title before the office holders listed beside him."""
from __future__ import annotations

from datetime import datetime

import pytest

from kb.model import Article, CleanArticle


def _actors(nlp, text: str, published: datetime) -> dict:
    from kb.extract.actors import extract_actors
    article = Article(id="links", raw_text=text, source="links-test", published=published)
    clean = CleanArticle(article=article, text=text, headline=None, published=published, agency=None, authors=[])
    return {a.id: a for a in extract_actors(nlp(text), clean)}


@pytest.mark.parametrize("text, when, key, linked", [
    # wire copy names the UN's bodies bare, even in an article that never names the UN
    ("Kazakhstan asked the Security Council on Monday to condemn the attacks. "
     "Kazakhstan closed its borders.", datetime(2022, 1, 6), "org:un-security-council", True),
    ("Kazakhstan addressed the General Assembly on Monday. Kazakhstan closed its borders.",
     datetime(2022, 1, 6), "org:un-general-assembly", True),
    ("The United Nations said on Monday that the Security Council would meet on the crisis in "
     "Uzbekistan.", datetime(2019, 3, 4), "org:un-security-council", True),
    # ... unless the text ties the council to a state
    ("Kazakhstan's Security Council met on Monday to discuss the unrest. Kazakhstan closed its borders.",
     datetime(2022, 1, 6), "org:un-security-council", False),
    ("The Kazakh Security Council met on Monday to discuss the unrest.",
     datetime(2022, 1, 6), "org:un-security-council", False),
    ("The United Nations said the Security Council of Kazakhstan met on Monday.",
     datetime(2022, 1, 6), "org:un-security-council", False),
    # another state's legislature
    ("Peruvian officials said in Lima that the accord gives the movement two seats in each house of "
     "Congress. Peru will hold a vote.", datetime(2016, 9, 27), "org:u-s-congress", False),
    ("Barack Obama said on Tuesday that Congress must lift the embargo on Cuba.",
     datetime(2014, 12, 18), "org:u-s-congress", True),
    # an upper house: the U.S. Senate only where the United States is in view
    ("Jimmy Carter asked the Senate on Friday to delay the treaty vote.",
     datetime(1980, 1, 4), "org:u-s-senate", True),
    ("The Senate of Uzbekistan named an interim president on Thursday. Uzbekistan mourned.",
     datetime(2016, 9, 8), "org:u-s-senate", False),
])
def test_a_bare_body_name_is_its_owners_only_where_the_owner_is_in_view(nlp, text, when, key, linked):
    assert (key in _actors(nlp, text, when)) == linked


@pytest.mark.parametrize("text", [
    "Uzbekistan's Security Council met on Monday. Uzbekistan closed its borders.",
    "President Shavkat Mirziyoyev chaired the Security Council of Uzbekistan on Monday.",
])
def test_a_bare_body_name_tied_to_a_state_is_that_states_body(nlp, text):
    council = _actors(nlp, text, datetime(2019, 3, 4))["org:security-council-of-uzbekistan"]
    assert (council.name, council.country) == ("Security Council of Uzbekistan", "UZB")


def test_a_state_s_body_out_of_its_owners_view_is_the_body_of_the_state_in_view(nlp):
    text = "Peru's president said on Monday that Congress must vote on the accord. Peru will hold a vote."
    congress = _actors(nlp, text, datetime(2016, 9, 27))["org:congress-of-peru"]
    assert (congress.name, congress.country) == ("Congress of Peru", "PER")


def test_a_body_every_state_has_is_named_for_the_state_in_view(nlp):
    text = "President Tran Duc Luong of Vietnam addressed the National Assembly on Monday."
    actors = _actors(nlp, text, datetime(2000, 11, 17))
    assert actors["org:national-assembly-of-vietnam"].country == "VNM"
    assert "org:national-assembly" not in actors


def test_an_organization_with_its_own_name_keeps_it(nlp):
    text = "President Tran Duc Luong of Vietnam met the National League for Democracy on Monday."
    actors = _actors(nlp, text, datetime(2000, 11, 17))
    assert "org:national-league-for-democracy" in actors


@pytest.mark.parametrize("text, person, state, when", [
    # a word between the demonym and the title
    ("A drone strike killed Iranian commander Hossein Salami and Iraqi militia leader Qais Khazali.",
     "person:qais-khazali", "IRQ", datetime(2020, 1, 3)),
    # a state of several words before the title
    ("The talks were brokered by St Lucia Prime Minister Philip Pierre and Barbados's Prime Minister "
     "Mia Mottley.", "person:philip-pierre", "LCA", datetime(2023, 12, 14)),
    # the state after the name
    ("The mediation by Guinea's President Alpha Conde and President Macky Sall of Senegal went on "
     "all night.", "person:macky-sall", "SEN", datetime(2017, 1, 20)),
])
def test_an_office_holder_takes_the_state_of_his_own_title_before_his_neighbours(nlp, text, person, state, when):
    assert _actors(nlp, text, when)[person].country == state


def test_office_holders_listed_without_a_state_still_share_one(nlp):
    text = "The ministers held talks with Leonid Brezhnev, Premier Alexei Kosygin and President Nikolai Podgorny."
    assert _actors(nlp, text, datetime(1972, 5, 26))["person:nikolai-podgorny"].country == "SUN"


def test_the_head_of_an_organization_of_states_serves_no_state(nlp):
    text = ("Leaders fly to Jakarta for the summit, which U.N. Secretary-General Antonio Guterres and "
            "U.S. Secretary of State Antony Blinken are also due to attend.")
    actors = _actors(nlp, text, datetime(2022, 5, 4))
    assert actors["person:antonio-guterres"].country is None
    assert actors["person:antony-blinken"].country == "USA"
