"""States and territories the curated table leaves out still take part as countries."""
from datetime import datetime

from kb.model import Article
from kb.pipeline import extract_article


def test_an_office_of_a_territory_missing_from_the_table_composes_its_role():
    # The Cook Islands are found through pycountry, not the curated table; an office named after
    # them ("the Cook Islands Prime Minister, X,") once failed the whole article (no row by code).
    text = ("AVARUA, March 3 (Wire) - The Cook Islands Prime Minister, Geoffrey Henry, told "
            "reporters on Monday that his government would ask New Zealand for more aid.")
    article = Article(id="territory", raw_text=text, source="test", published=datetime(1992, 3, 4))
    extraction = extract_article(article)
    actors = {a.name: a for a in extraction.actors}
    assert actors["Geoffrey Henry"].country == "COK"
    assert actors["Geoffrey Henry"].roles == ["Prime Minister of the Cook Islands"]
    assert actors["New Zealand"].country == "NZL"
