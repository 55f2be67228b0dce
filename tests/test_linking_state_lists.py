"""A list of persons each named with his state ("A of X, B of Y and C of Z signed"): the parser hangs
the later names on the state before them; they are listed beside the first all the same."""
from __future__ import annotations

from datetime import datetime

from kb.model import Article
from kb.pipeline import extract_article


def _signers(text: str, published: datetime) -> set[str]:
    article = Article(id="t", raw_text=text, source="test", published=published)
    x = extract_article(article, "auto")
    names = {a.id: a.name for a in x.actors}
    return {names.get(p, p) for e in x.events if e.type == "AgreementSigned" for p in e.participants}


def test_names_hung_on_the_state_before_them_are_listed_with_the_first():
    text = "Michael Manley of Jamaica, Forbes Burnham of Guyana and Errol Barrow of Barbados signed the charter on Monday."
    assert {"Michael Manley", "Forbes Burnham", "Errol Barrow"} <= _signers(text, datetime(1973, 7, 5))


def test_a_name_hung_on_the_state_of_an_office_is_not_listed():
    # "of Jamaica" follows an office, not a name: Burnham, named after it, signed nothing
    text = ("The prime minister of Jamaica, Michael Manley, signed the charter on Monday, "
            "and Forbes Burnham of Guyana stayed at home.")
    assert "Forbes Burnham" not in _signers(text, datetime(1973, 7, 5))
