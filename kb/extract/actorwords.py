"""What one word can stand for before the article's actors are linked: a state, an armed group, a
body, an office holder. The trigger rules ask it of the word they hang on (whom a war is fought
with, whom a measure hits, who is bidden to act), so it is judged on the word, its entity label
and the gazetteer alone."""
from __future__ import annotations

from kb import gazetteer
from kb.extract.appointments import OFFICE_NOUNS, STATE_WORDS
from kb.extract.clauses import name_text
from kb.extract.titles import HEAD_TITLES

# Common nouns that stand for a state: "its western neighbour", "the regime".
STATE_NOUNS = STATE_WORDS | {"regime", "neighbour", "neighbor", "authority", "power", "monarchy", "emirate"}
# Men under arms by their common noun, who can do an armed act: "the rebels entered the capital",
# "the two armies clashed".
ARMED_DOERS = {"soldier", "troop", "force", "army", "rebel", "militia", "guerrilla", "insurgent", "fighter",
               "militant", "separatist", "jihadist", "gunman", "commando", "marine", "paratrooper", "militiaman"}
# Words that name an armed group but also a party or a current ("the National Front", "the Five Star
# Movement"): they type a group's name, they do not make its doer armed.
ARMED_GROUP_WORDS = {"faction", "insurgency", "movement", "front", "brigade"}
# Common nouns of men under arms or their groups: "at war with the rebels", "pressed the militias".
ARMED_NOUNS = ARMED_DOERS | ARMED_GROUP_WORDS
# Common nouns of bodies that act for their members: "asked the council to act".
BODY_NOUNS = {"council", "parliament", "assembly", "senate", "congress", "court", "commission", "committee",
              "union", "alliance", "bloc", "league", "organization", "organisation", "agency", "ministry",
              "legislature", "body", "community", "group", "party", "opposition", "delegation"}
# Entity labels of names of states, peoples, bodies and persons.
_NAMED_PARTIES = {"GPE", "NORP", "ORG", "PERSON"}


def names_a_state(word) -> bool:
    """A place-name entity, or a proper noun the gazetteer knows as a country: the small parser
    takes a short country name for a person at times ("suspended Mali")."""
    return word.ent_type_ == "GPE" or word.pos_ == "PROPN" and gazetteer.country(word.text) is not None


def stands_for_a_state(word) -> bool:
    """A state by its name, its people ("the Soviets") or a common noun ("its neighbour", "the regime")."""
    return names_a_state(word) or word.ent_type_ == "NORP" or word.pos_ == "NOUN" and word.lemma_.lower() in STATE_NOUNS


def names_an_armed_group(word) -> bool:
    """Men under arms by their common noun ("the rebels"), or a name the gazetteer lists as a group."""
    if word.pos_ == "PROPN":
        entry = gazetteer.organization(name_text(word))
        return entry is not None and entry.kind == "group"
    return word.lemma_.lower() in ARMED_NOUNS


def names_a_named_party(word) -> bool:
    """A state, body or person named by its proper name ("Iran", "the Central Bank", "X"), or a state
    by its common noun: what a measure is aimed at ("froze loans to Iran"; not "to small firms")."""
    return word.ent_type_ in _NAMED_PARTIES or stands_for_a_state(word)


def names_a_diplomatic_actor(word) -> bool:
    """A state, a body, a group or an office holder, named or by its common noun ("the council",
    "the opposition leader", "the militias"); "it" bidden to act stands for one of them too."""
    lemma = word.lemma_.lower()
    return names_a_named_party(word) or names_an_armed_group(word) or lemma in BODY_NOUNS \
        or lemma in HEAD_TITLES or lemma in OFFICE_NOUNS or word.lower_ == "it"

