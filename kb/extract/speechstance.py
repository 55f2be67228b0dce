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

Two stances on what the speaker's own side does are acts of their own. A refusal said ("X said its
government would not honour the award", "declared that the council no longer recognises the general") turns
down what another offers, demands or rules: a Rejection. A denial said ("said its troops had not
crossed the border", "told reporters Moscow has nothing to do with those raids") says a charge
of a hostile act against the speaker's side is untrue: a Denial. Another party's refusal or denial
("Germany said Russia would not accept ...") is reported, and one on no such act ("said it had not
received an invitation") denies nothing. A step "not yet" taken is a delay, no refusal; a side
spared a harm told in the passive ("its ships were not attacked") reports, and denies nothing.
"""
from __future__ import annotations

from kb import gazetteer
from kb.extract.actorwords import names_a_diplomatic_actor
from kb.extract.eventnouns import known_act
from kb.extract.lexicon import FORCE_NOUNS
from kb.extract.speechverbs import REPORTING_VERBS

# Verbs of a stance held on a thing done, by the kind of act stating them makes. Verbs the trigger
# table lists in these senses ("praised", "deplored") are events of their own and never reach here.
STANCE_KINDS = {"regret": "Criticism", "lament": "Criticism", "welcome": "Praise", "support": "Praise",
                "appreciate": "Praise", "salute": "Praise"}
# Nouns of a loss mourned: regretted, it is a condolence.
LOSS_NOUNS = {"loss", "death", "casualty", "victim", "suffering", "bloodshed", "tragedy"}
# The possessive a subject pronoun names its own act with: "it regretted its decision" is an apology,
# "it regretted his decision" a criticism of another.
POSSESSIVE_OF = {"it": "its", "we": "our", "i": "my", "he": "his", "she": "her", "they": "their"}
# Words a speaker names itself by inside what it says.
SELF_PRONOUNS = {"it", "he", "she", "we", "they", "i"}
# Of these, the ones that name the speaker even as what a passive acts on ("we were not involved";
# "he was not kidnapped" names the person acted on).
SPEAKER_PRONOUNS = {"we", "i"}
# Pronouns that name a person; "it" said by a state, a ministry or an army is that speaker itself.
PERSON_PRONOUNS = {"he", "she", "they"}
SPEAKING_ENTITIES = ("GPE", "ORG", "NORP")
# Verbs of taking up what another offers, demands or rules: negated, said of the speaker's side, a refusal.
ACCEPTING_VERBS = {"accept", "recognise", "recognize", "implement", "honour", "honor", "abide", "comply",
                   "obey", "heed", "endorse"}
# Hostile acts a side is charged with: negated, said of the speaker's side, a denial.
CHARGED_ACTS = {"fight", "fire", "shoot", "attack", "strike", "shell", "bomb", "cross", "invade", "kill",
                "involve", "sponsor", "fund", "arm", "spy", "interfere", "meddle", "violate", "breach", "plot",
                "hack", "poison", "torture", "abduct", "kidnap", "smuggle", "provoke", "incite"}
# Acts a side is charged with doing to a person: "he was not abducted" denies the charge. A person not
# killed, attacked or struck is a report that he survived, no denial.
HARMS_TO_PERSONS = {"abduct", "kidnap", "torture", "poison", "detain", "spy"}
# Nouns a speaker names its own side by with a possessive ("its government", "our troops"): its bodies
# and its armed forces.
OWN_SIDE_NOUNS = FORCE_NOUNS | {"government", "country", "state", "administration", "nation", "people", "army",
                                "military", "navy", "agent", "official", "ship", "plane"}
OWN_POSSESSIVES = set(POSSESSIVE_OF.values())
# Auxiliaries of a thing to come (also read by kb.extract.speechacts): "would not accept" refuses;
# "would not attack", "can't attack" are promises, no denial.
PROSPECT_AUX = {"will", "would", "shall", "'ll", "wo", "could", "can", "may", "might", "must", "should", "ca"}


def stance_kind(clause, saying) -> str | None:
    """The kind of act a clause of what is said by the verb `saying` makes when it states the
    speaker's own stance on a thing ("it regretted the decision": Criticism), or None."""
    speakers = [c for c in saying.children if c.dep_ == "nsubj"]
    # said, told or announced: a court's ruling or a report's finding states no stance of its own
    refusal = _refusal_or_denial(clause, speakers) if saying.lemma_.lower() in REPORTING_VERBS else None
    if refusal is not None:
        return refusal
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
    return kind if any(_names_speaker(s, speakers) for s in subjects) else None


def _refusal_or_denial(clause, speakers) -> str | None:
    """"(X said) it would not accept the ruling": Rejection; "(X said) its troops had not crossed the
    border", "the state had nothing to do with it", "he was not kidnapped": Denial; else None."""
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "nsubjpass" for c in clause.children):
        return _passive_denial(clause, speakers)
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not any(_own_side(s, speakers) for s in subjects):
        return None
    lemma = clause.lemma_.lower()
    negated = _negated(clause, subjects)
    if lemma in ACCEPTING_VERBS and negated and not _delayed(clause):
        return "Rejection"
    if any(c.dep_ == "aux" and c.lower_ in PROSPECT_AUX for c in clause.children):
        return None  # "would not attack": a promise of what it will not do, no charge answered
    if lemma in CHARGED_ACTS and negated or lemma == "have" and _nothing_to_do_with(clause):
        return "Denial"
    return None


def _passive_denial(clause, speakers) -> str | None:
    """A charged act denied in the passive: the speaker's side not involved ("its agents were not
    involved"), or a person the speaker's side is charged with harming not harmed ("he was not
    kidnapped"). The speaker's side spared a harm ("its ships were not attacked", "no soldiers of
    ours were killed", a navy saying "it was not attacked") is a report of harm, no denial; so is a
    person not killed or struck (he survived). "he" or "they" in the passive is the person acted on,
    never the speaker; "it" is the speaker when the speaker is no person."""
    lemma = clause.lemma_.lower()
    subjects = [c for c in clause.children if c.dep_ == "nsubjpass"]
    if lemma not in CHARGED_ACTS | HARMS_TO_PERSONS or not _negated(clause, subjects) \
            or any(c.dep_ == "aux" and c.lower_ in PROSPECT_AUX for c in clause.children):
        return None
    own = [s for s in subjects if _speaker_in_passive(s, speakers)]
    if lemma == "involve":
        return "Denial" if own else None
    persons = [s for s in subjects if s.lower_ in PERSON_PRONOUNS or s.ent_type_ == "PERSON"]
    return "Denial" if lemma in HARMS_TO_PERSONS and persons and not own else None


def _speaker_in_passive(subject, speakers) -> bool:
    """The subject of a passive that names the speaker's own side: "we", "it" said by a speaker
    that is no person (a state, a ministry, an army), or a side it names (see _own_side)."""
    if subject.lower_ == "it":
        return not any(s.ent_type_ == "PERSON" or s.lower_ in PERSON_PRONOUNS | SPEAKER_PRONOUNS for s in speakers)
    return subject.lower_ in SPEAKER_PRONOUNS or subject.lower_ not in SELF_PRONOUNS and _own_side(subject, speakers)


def _delayed(verb) -> bool:
    """"had not yet implemented", "has not implemented": a step not taken so far is a delay told,
    no refusal; a refusal is told as a stand ("will not accept", "does not recognise", "no longer
    recognised", "has never accepted")."""
    if any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children):
        return True
    stand = any(c.dep_ in ("neg", "advmod") and c.lower_ in ("never", "longer") for c in verb.children)
    return not stand and verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _negated(verb, subjects) -> bool:
    """"would not accept", "never fired", "no longer recognised", "no soldiers crossed"."""
    return any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ == "longer" and any(
        g.dep_ == "neg" for g in c.children) for c in verb.children) or any(
        c.dep_ == "det" and c.lower_ == "no" for s in subjects for c in s.children)


def _nothing_to_do_with(verb) -> bool:
    """"has nothing to do with those raids": the idiom of a part denied."""
    return any(c.dep_ == "dobj" and c.lower_ == "nothing" and any(
        d.lemma_.lower() == "do" and any(p.lower_ == "with" for p in d.children) for d in c.children)
        for c in verb.children)


def _own_side(subject, speakers) -> bool:
    """The speaker itself (see _names_speaker), a side it names by its possessive ("its troops", "his
    government"), or forces or a body of the state it speaks for ("no Chilean soldiers", "the Russian
    state", said by a voice of Chile or Russia, or one naming no other state)."""
    if _names_speaker(subject, speakers):
        return True
    if subject.lemma_.lower() not in OWN_SIDE_NOUNS:
        return False
    if any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in subject.children):
        return True
    named = _states_named_in(c for c in subject.children if c.dep_ in ("amod", "compound", "poss"))
    voices = _states_named_by(speakers)
    return bool(named) and (not voices or named <= voices)


def _grief_or_own(noun, subjects) -> bool:
    """A loss mourned ("the deaths", "the suffering of the victims") or the speaker's own act, named by the
    possessive of the pronoun it speaks as ("it ... its decision", "we ... our mistakes"):
    regretting it is a condolence or an apology, no criticism of another ("it regretted his decision")."""
    own = {POSSESSIVE_OF.get(s.lower_) for s in subjects}
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
    voices = _states_named_by(speakers)
    return not voices or bool(voices & _states_named_in([subject]))


def _states_named_by(speakers) -> set[str]:
    """The states the words of the speakers name ("Russia's foreign minister": Russia)."""
    return {state for s in speakers for state in _states_named_in(s.subtree)}


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
