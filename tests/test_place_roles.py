"""Places: which names the grammar makes the location of something, and how a name is cut."""
from tests.extract_support import nlp
from kb.extract.places import extract_places


def _names(text: str) -> list[str]:
    return [p.name for p in extract_places(nlp()(text), [])]


def test_a_location_inside_a_topic_is_part_of_the_topic():
    assert "Asia" not in _names("The ministers adopted a charter on trade and security in Asia in Jakarta.")
    assert "Africa" not in _names("The envoys reached a deal on aid and security in Africa on Friday.")


def test_a_location_of_the_event_itself_stays():
    assert "Vienna" in _names("The talks on Monday in Vienna ended early.")
    assert "Vienna" in _names("A conference on security was held in Vienna.")


def test_a_name_built_with_for_is_a_programme_not_a_place():
    assert _names("Chile quit its role in the Alliance for Progress scheme.") == []


def test_a_name_stops_at_a_line_break():
    names = _names("Leaders agree after talks in Port Louis\n\nMinisters to meet again in May")
    assert "Port Louis" in names
    assert not any("\n" in n for n in names)


def test_a_location_of_what_an_act_answers_for_is_not_the_place_of_the_act():
    assert _names("Paris froze the loans in retaliation for the coup in Chad.") == []
    assert _names("Paris froze the loans in Chad.") == ["Chad"]


def test_the_name_of_a_unit_of_land_is_a_place_whatever_the_tagger_says():
    assert "Kakamega" in _names("The minister toured the flooded province of Kakamega on Sunday.")
    assert "Mombasa" in _names("Pirates seized the tanker in Mombasa harbour on Friday.")


def test_a_place_noun_owned_by_a_name_locates_the_phrase_around_it():
    assert "Nairobi" in _names("The envoy walked across the tarmac of Nairobi's airport to greet the king.")


def test_a_phrase_of_a_name_that_is_no_unit_of_land_is_not_a_place():
    assert _names("The senate spoke in support of Kenya's plan.") == []
    assert _names("Ruritania recognised the state of Palestine on Friday.") == []
