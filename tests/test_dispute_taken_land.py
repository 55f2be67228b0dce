"""Land a state took, told with a clause ("the lands it occupied in 1975", "the territory seized by
Turkey in 1939"): a contested territory named with its taker and the year. Land a crowd occupied,
or a clause with no state as taker, is none."""
import pytest

from tests.test_disputes import _article_disputes


@pytest.mark.parametrize("text, topic", [
    ("Algeria said talks could not resume while Morocco kept the lands it occupied in 1975.",
     "land occupied by Morocco in 1975"),
    ("Syria demanded the return of the territory seized by Turkey in 1939.", "territory seized by Turkey in 1939"),
    ("Ethiopia said it would never give up the land Eritrea captured.", "land captured by Eritrea"),
])
def test_land_a_state_took_is_a_contested_territory(text, topic):
    assert topic in [d.topic for d in _article_disputes(text)]


@pytest.mark.parametrize("text", [
    "The protesters in Rabat left the square they had occupied for a week.",
    "Morocco said the area occupied by the protesters had been cleared.",
    "Farmers in Morocco tilled the land they had captured from the desert.",
])
def test_land_taken_by_no_state_is_no_contested_territory(text):
    assert not any(("occupied" in d.topic or "captured" in d.topic) for d in _article_disputes(text))
