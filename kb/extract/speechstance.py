"""Stances a speaker states as its own: "X said it regretted the decision" criticises the decision,
"X said it welcomed the ruling" praises the ruling. The kind of such a remark is decided by the verb
of what is said, not by "said": a reporting verb only carries the stance, as in "X regretted the
decision" told without it.

The stance is the speaker's own when the subject of what is said is a pronoun ("said it regretted"),
or a name of a state or body that a voice of it speaks for ("a spokesman said Washington regretted
the step", "the minister said Chile welcomed the ruling"); a state or body telling another party's
stance ("Germany said Russia welcomed the decision") reports it, and lends it no act of its own.
A voice that names another state as its own ("Russia's foreign minister said Ukraine welcomed
...") reports too. Regret of a loss ("the deaths in the storm") or of one's own act ("its wartime
aggression") is a condolence or an apology, no criticism. A stance told with a modal or a negation ("would support",
"did not welcome") is a promise or a refusal, and one on no thing known to the reader ("the island
welcomed trade") a standing wish, one on a party ("supported the army") a side taken: no verdict of
a thing done; all are left to the other rules.
"""
from __future__ import annotations

from kb import gazetteer
from kb.extract.actorwords import names_a_diplomatic_actor
from kb.extract.eventnouns import known_act

# Verbs of a stance held on a thing done, by the kind of act stating them makes. Verbs the trigger
# table lists in these senses ("praised", "deplored") are events of their own and never reach here.
STANCE_KINDS = {"regret": "Criticism", "lament": "Criticism", "welcome": "Praise", "support": "Praise",
                "appreciate": "Praise", "salute": "Praise"}
# Nouns of a loss mourned: regretted, it is a condolence.
LOSS_NOUNS = {"loss", "death", "casualty", "victim", "suffering", "bloodshed", "tragedy"}
# The possessive a subject pronoun names its own act with: "it regretted its decision" is an apology,
# "it regretted his decision" a criticism of another.
OWN_POSSESSIVE = {"it": "its", "we": "our", "i": "my", "he": "his", "she": "her", "they": "their"}
# Words a speaker names itself by inside what it says.
SELF_PRONOUNS = {"it", "he", "she", "we", "they", "i"}
SPEAKING_ENTITIES = ("GPE", "ORG", "NORP")


def stance_kind(clause, saying) -> str | None:
    """The kind of act a clause of what is said by the verb `saying` makes when it states the
    speaker's own stance on a thing ("it regretted the decision": Criticism), or None."""
    kind = STANCE_KINDS.get(clause.lemma_.lower())
    if kind is None or clause.pos_ != "VERB" or clause.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in ("aux", "neg") for c in clause.children):
        return None  # "would support", "did not welcome": a promise or a refusal
    if not any(c.dep_ == "dobj" and known_act(c) and not names_a_diplomatic_actor(c) for c in clause.children):
        return None  # "the island welcomed trade", "it supported the army": no thing done that it judges
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if kind == "Criticism" and any(c.dep_ == "dobj" and _grief_or_own(c, subjects) for c in clause.children):
        return None  # "regretted the deaths", "regretted its wartime aggression": condolence, apology
    speakers = [c for c in saying.children if c.dep_ == "nsubj"]
    return kind if any(_names_speaker(s, speakers) for s in subjects) else None


def _grief_or_own(noun, subjects) -> bool:
    """A loss mourned ("the deaths", "the suffering of the victims") or the speaker's own act, named by the
    possessive of the pronoun it speaks as ("it ... its decision", "we ... our mistakes"):
    regretting it is a condolence or an apology, no criticism of another ("it regretted his decision")."""
    own = {OWN_POSSESSIVE.get(s.lower_) for s in subjects}
    return noun.lemma_.lower() in LOSS_NOUNS or any(c.dep_ == "poss" and c.lower_ in own for c in noun.children)


def _names_speaker(subject, speakers) -> bool:
    """A pronoun, the speaker's own name again, or a state or body that a voice of it speaks for:
    a speaker named by a common noun ("a spokesman", "the ministry") or a person (its minister);
    a state or body naming another ("Germany said Russia ...") only reports."""
    if subject.lower_ in SELF_PRONOUNS or any(subject.lower_ == s.lower_ for s in speakers):
        return True
    if subject.ent_type_ not in SPEAKING_ENTITIES:
        return False
    # a state spoken for by a voice of it: a spokesman, a ministry, or a person (its minister); not a
    # voice that names another state as its own ("Russia's foreign minister said Ukraine ...")
    if not all(s.ent_type_ in ("", "PERSON") for s in speakers):
        return False
    voices = {state for s in speakers for state in _states_named_in(s.subtree)}
    return not voices or bool(voices & _states_named_in([subject]))


def _states_named_in(words) -> set[str]:
    """The states the names among `words` stand for ("Russian", "the Kremlin", "Russia's")."""
    states = set()
    for word in words:
        if word.ent_type_ in SPEAKING_ENTITIES:
            name = next((e.text for e in word.doc.ents if e.start <= word.i < e.end), word.text)
            entry = gazetteer.country(name) or gazetteer.country(word.text)
            if entry is not None:
                states.add(entry.alpha3)
    return states
