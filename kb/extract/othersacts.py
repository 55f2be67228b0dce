"""What a named speaker says another party will do or has done ("France said Germany would send
troops", "Spain said Morocco had agreed to talks"): the speaker's word on another's act, which the
news tells as a remark of its own (kb.extract.speechacts), about that party (kb.extract.claims).

A party speaking of itself is no other party: "Kenyan officials said Nairobi would open the border",
"Prime Minister X ... X said Kenya would open the border" tell the speaker's own plan, an act of its
own. Nor is an unnamed speaker ("officials said", "it said") a party whose word the news reports."""
from __future__ import annotations

from kb import gazetteer
from kb.extract.clauses import name_text

# Auxiliaries of another party's act told in a saying: what it will do, or had done before it.
OTHER_PARTY_AUX = {"will", "would", "'ll", "had", "'d"}
NAMING_ENTITIES = ("GPE", "NORP", "PERSON", "ORG")


def another_partys_act(clause, verb) -> bool:
    """Whether `clause`, said by `verb`, tells what a named party other than the speaker will do or
    had done: its active subject a name, told with "will"/"would" or "had"."""
    speakers = [s for s in verb.children if s.dep_ == "nsubj"]
    if not speakers or not all(_named(s) for s in speakers):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in OTHER_PARTY_AUX for c in clause.children):
        return False
    own = {state for s in speakers for state in _states_named(s)}
    # the doer, told in the active voice: "Y would be expelled" tells what is done to Y, by someone unsaid
    return any(_named(s) and not own & _states_named(s) and s.lower_ not in {w.lower_ for w in speakers}
               for s in clause.children if s.dep_ == "nsubj")


def _named(word) -> bool:
    """A party named by its name, or by a common noun its state or body qualifies ("Japan's
    foreign ministry", "German diplomats"): not "officials" or "it"."""
    return word.pos_ == "PROPN" or word.ent_type_ in NAMING_ENTITIES or any(
        c.dep_ in ("poss", "amod", "compound") and (c.pos_ == "PROPN" or c.ent_type_ in NAMING_ENTITIES)
        for c in word.children)


def _states_named(word) -> set[str]:
    """The states a word and its qualifiers name: a state, its capital or people ("Washington",
    "American"), or the state a leader of the gazetteer serves; for a person named again by the
    surname ("Clark said ..."), also those of the fuller mention before ("New Zealand's Prime
    Minister Helen Clark")."""
    states = set()
    for mention in (word, *_earlier_mentions(word)):
        for w in (mention, *(c for c in mention.children if c.dep_ in ("poss", "amod", "compound"))):
            entry = gazetteer.country(name_text(w))
            leader = gazetteer.person(_person_name(w)) if entry is None else None
            code = entry.alpha3 if entry is not None else leader.country if leader is not None else None
            if code is not None:
                states.add(code)
    return states


def _earlier_mentions(word) -> list:
    """The words before `word` that head a name ending as it does, a person's surname named again."""
    if word.ent_type_ != "PERSON":
        return []
    return [t for t in word.doc[:word.i] if t.text == word.text and t.pos_ == "PROPN"]


def _person_name(word) -> str:
    """The name a word heads, without a title before it ("Prime Minister Helen Clark": "Helen Clark")."""
    given = [c for c in word.lefts if c.dep_ == "compound" and c.ent_type_ == "PERSON"]
    return " ".join(w.text for w in (*given, word))
