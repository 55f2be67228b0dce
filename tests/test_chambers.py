"""A state's chamber is one body however the text names it, and nothing else is folded."""
import pytest

from kb import gazetteer
from kb.chambers import CHAMBER_WORDS, _named_chambers, chamber_key
from kb.evaluate import actor_key


@pytest.mark.parametrize("names, key", [
    (("Nigerian Senate", "the Senate of Nigeria", "Nigeria's senate"), "senate-of-nga"),
    (("the Haitian parliament", "Parliament of Haiti", "Haiti's legislature"), "parliament-of-hti"),
    (("Chamber of Deputies of Paraguay", "the Paraguayan lower house"), "lower-house-of-pry"),
    (("National Assembly of the Philippines", "the Philippine national assembly"), "parliament-of-phl"),
    (("Parliament of Solomon Islands", "the Solomon Islands parliament"), "parliament-of-slb"),
    # a chamber called by its own name is the chamber its state's name and the generic word give
    (("the Knesset", "Parliament of Israel", "Israel's parliament"), "parliament-of-isr"),
    (("State Duma", "the Russian lower house"), "lower-house-of-rus"),
    (("Lok Sabha", "the Indian lower house"), "lower-house-of-ind"),
    (("the Althing", "Iceland's parliament"), "parliament-of-isl"),
])
def test_one_chamber_many_names(names, key):
    assert {chamber_key(name) for name in names} == {key}


@pytest.mark.parametrize("name", [
    "World Health Assembly",        # a body of an organization, not of a state
    "African National Congress",    # a party whose name ends in a chamber's word
    "Indian National Congress",
    "Parliament Street",            # no state at all
    "the upper house",              # a chamber, but of no state named
    "Bundesrat",                    # the name of chambers of more than one state
    "House of Commons",
])
def test_names_that_are_no_chamber_of_a_state(name):
    assert chamber_key(name) is None


def test_the_evaluator_compares_chambers_by_state_and_part():
    assert actor_key("Nigerian Senate", "organization") == actor_key("Senate of Nigeria", "organization")
    # the two houses of one state stay two bodies, and one house of two states two bodies
    assert actor_key("Senate of Paraguay", "organization") != actor_key("Chamber of Deputies of Paraguay", "organization")
    assert actor_key("Senate of Paraguay", "organization") != actor_key("Senate of Uruguay", "organization")
    # a person is never folded into a chamber; a chamber of the organizations table is its chamber,
    # by whichever name the table knows it ("Israeli parliament" is an alias of the Knesset)
    assert actor_key("Parliament of Haiti", "person") == "person:parliament-of-haiti"
    assert actor_key("Israeli parliament", "organization") == actor_key("Parliament of Israel", "organization")
    assert actor_key("Duma", "organization") == actor_key("the Russian lower house", "organization")
    # a body of the table that is no chamber keeps its own key
    assert actor_key("Gazprom", "organization") == "org:gazprom"


@pytest.mark.parametrize("words, chamber", sorted((w, c) for w, c in CHAMBER_WORDS.items() if c.name))
def test_a_chamber_the_extractor_names_folds_to_the_part_its_words_name(words, chamber):
    # the extractor's "Senate of Chile" for "the Chilean senate" is the senate the evaluator folds
    assert chamber_key(f"{chamber.name} of Chile") == f"{chamber.part}-of-chl"


def test_the_named_chambers_agree_with_the_organizations_table():
    # a body both tables know is of the same state in both, or the scorer would key it apart from
    # the actor the extractor finds
    both = {name: key for name, key in _named_chambers().items() if gazetteer.organization(name) is not None}
    assert len(both) >= 10
    for name, key in both.items():
        org = gazetteer.organization(name)
        assert org.country and key.endswith(f"-of-{org.country.lower()}"), (name, key, org.country)
