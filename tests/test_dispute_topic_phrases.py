"""A topic in the text's own words keeps its prepositional phrase whole while the topic has room
for it, not only its first five words."""
import pytest

from kb.extract.disputewords import generic_topic
from tests.extract_support import nlp


def _topic(text: str, head: str, most: int = 7):
    doc = nlp()(text)
    tok = next(t for t in doc if t.text == head)
    found = generic_topic(tok, ("of",), most=most)
    return found[1] if found else None


@pytest.mark.parametrize("text,head,most,topic", [
    # a phrase of six words fits a topic of nine with its head: kept whole, not cut after five
    ("Lisbon pressed for the release of detained Angolan trade union organisers.", "release", 9,
     "release of detained Angolan trade union organisers"),
    ("Warsaw asked for the extradition of two retired Soviet secret police officers.", "extradition", 9,
     "extradition of retired Soviet secret police officers"),
    # one too long is cut, and a conjunction left hanging goes with the cut
    ("Oslo wants the return of the trawlers and crews seized off the coast of Iceland in May.", "return", 5,
     "return of trawlers"),
])
def test_a_phrase_is_kept_whole_while_the_topic_has_room(text, head, most, topic):
    assert _topic(text, head, most) == topic


def test_a_short_phrase_is_unchanged():
    assert _topic("Chile objected to the closure of the border crossing.", "closure") == "closure of border crossing"
