"""Non-state collectives a writer names by whose they are: "Greek protesters", "the Syrian
opposition", "Assad supporters", "Uzbek refugees". They act in their own name, not their state's
(a demonym before "protesters" is no government), so each is a group of its own, named by the
words the text gives it.
"""
from __future__ import annotations

from spacy.tokens import Doc

from kb import gazetteer as gz
from kb.extract.candidates import Candidate, merge
from kb.iris import slugify as slug

# Plural nouns for people who act outside any state office; "opposition" names such a body alone.
CROWD_NOUNS = {"protester", "demonstrator", "rioter", "supporter", "refugee", "rebel", "guerrilla",
               "insurgent", "separatist", "gunman", "militia", "gang", "opposition", "loyalist"}


def add_crowds(doc: Doc, found: dict[str, Candidate]) -> None:
    """Add each collective named by a demonym or a person's name set right before a crowd noun."""
    # "Assad supporters" of Bashar al-Assad: the last word of the name, its particle dropped
    surnames = {c.name.split()[-1].split("-")[-1] for c in found.values() if c.kind == "person"}
    for noun in doc:
        if noun.lemma_.lower() not in CROWD_NOUNS or noun.i == 0:
            continue
        if (noun.tag_ != "NNS" and noun.lemma_.lower() != "opposition") or not noun.text.islower():
            continue  # "the United Tajik Opposition" is a name of its own, which the entity rules read
        owner = doc[noun.i - 1]
        if owner.dep_ not in ("amod", "compound") or owner.head.i != noun.i or not _names_an_owner(owner, surnames):
            continue
        first = _name_start(owner)
        name = doc[first.i:noun.i + 1].text
        merge(found, Candidate("group:" + slug(name), name, "group",
                               mentions=[(first.idx, noun.idx + len(noun.text))]))


def _names_an_owner(owner, surnames: set[str]) -> bool:
    """Whether a modifier names whose the crowd is: a state's demonym ("Greek") or a person the
    article names ("Assad", the last word of his name)."""
    hit = gz.gazetteer().country_match(owner.text)
    if hit is not None:
        return hit[1] == "demonym"
    return owner.text[:1].isupper() and owner.text in surnames


def _name_start(owner):
    """The first word of the owner: "pro-Russian separatists" are for Russia, not Russia's, so a
    "pro-" or "anti-" split off before the demonym stays in the name."""
    doc = owner.doc
    if owner.i >= 2 and doc[owner.i - 1].text == "-" and doc[owner.i - 2].lower_ in ("pro", "anti"):
        return doc[owner.i - 2]
    return owner
