"""Summits told by who gathers: the leaders of a body of states meeting are that body's summit, not
an encounter between persons ("leaders of the African Union will meet in Addis Ababa", "ASEAN
leaders met on Saturday", "the bloc's leaders, meeting in Riyadh, ...", "a meeting of Gulf
Cooperation Council leaders", "heads of state of the region gathered in Lusaka"). Leaders of one
state, of parties or of an opposition, and a number of leaders ("the two leaders met") meet as
persons. Read by kb.extract.lexicon before the trigger table's rows.
"""
from __future__ import annotations

from kb import gazetteer
from kb.extract.actorwords import names_a_diplomatic_actor
from kb.extract.clauses import name_text, of_objects, subject

# Verbs of leaders coming together: only "meet" has a row of its own; with a body's leaders as
# subject the others tell a summit too.
GATHERING_VERBS = {"meet", "gather", "convene"}
# Nouns of a gathering whose "of" names who gathers: "a meeting of ASEAN leaders".
GATHERING_NOUNS = {"meeting", "gathering"}
# What "heads of" a summit are heads of: "heads of state", "heads of government".
HEADED = {"state", "government"}


def summit_gathering(token) -> bool:
    """Whether a verb or noun of meeting tells the leaders of a body of states coming together."""
    return bool(_leaders(token))


def gathered_bodies(token, index) -> list[str]:
    """The bodies whose leaders gather at a summit told by its verb or noun ("leaders of the OAU,
    meeting in X"): the summit's parties, though the gathering word's own phrase may not name them;
    none when the word tells no such gathering."""
    return list(dict.fromkeys(a for leaders in _leaders(token) for b in _bodies(leaders) for a in index.resolve(b)))


def _leaders(token) -> list:
    """The words naming the leaders of a body who gather, when a verb or noun of meeting tells so;
    a verb only with no object, or with a person or a party met ("met Xi", not "met the farmers'
    demands"; "gathered support" gathers no one)."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") and lemma in GATHERING_VERBS and _meets_no_thing(token):
        who = _gatherers(token)
    elif token.pos_ == "NOUN" and lemma in GATHERING_NOUNS:  # "a meeting of ASEAN leaders"; the parser
        # takes the participle for a noun at times, its subject kept ("Leaders of X, meeting in Y, ...")
        who = of_objects(token) + [c for c in token.children if c.dep_ == "nsubj"]
    else:
        return []
    return [w for w in who if _bodies(w) or _heads_of_state(w)]


def _meets_no_thing(verb) -> bool:
    """A gathering verb with no object, or "meet" with a person or a party for object."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return True
    return verb.lemma_.lower() == "meet" and all(
        names_a_diplomatic_actor(o) or o.ent_type_ == "PERSON" or o.pos_ == "PRON" for o in objects)


def _gatherers(verb, completed: bool = False) -> list:
    """Who meets: the verb's subject; of a participle, the noun it describes ("leaders, meeting in
    X, ..."), the leaders of the body it is hung on, or the subject of the clause it goes with; of a
    verb completing another ("were due to meet", "are expected to meet": `completed`), that verb's
    subject, passive or not; of "they" in a clause hung on another ("will call for X when they
    meet"), the other's subject."""
    own = subject(verb)
    if own is not None and own.lower_ == "they" and verb.dep_ == "advcl":
        return _gatherers(verb.head)
    if own is not None:
        return [own] if own.dep_ == "nsubj" or completed else []
    if verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return []
    if verb.dep_ == "acl":  # the parser may hang it on the body: "Leaders of the OAU, meeting in X"
        head = verb.head
        return [head, head.head.head] if head.dep_ == "pobj" and head.head.lower_ == "of" else [head]
    if verb.dep_ in ("xcomp", "conj", "acomp") and verb.head.i != verb.i:  # "were due to meet": via "due"
        return _gatherers(verb.head, completed=verb.dep_ != "conj")
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "Leaders of X, meeting in Y, urged ...": the clause's doers
        return _gatherers(verb.head)
    return []


def _heads_of_state(noun) -> bool:
    """"heads of state", "heads of government": plural, not counted."""
    return _plural_uncounted(noun) and noun.lemma_.lower() == "head" and any(
        o.lemma_.lower() in HEADED for o in of_objects(noun))


def _bodies(noun) -> list:
    """The words naming the body of states whose leaders a noun names: "leaders of the African
    Union", "ASEAN leaders", "the bloc's leaders" when the bloc is named; plural and not counted."""
    if not _plural_uncounted(noun) or noun.lemma_.lower() != "leader":
        return []
    owners = of_objects(noun) + [c for c in noun.children if c.dep_ in ("poss", "compound")]
    return [o for o in owners if _body_of_states(o)]


def _plural_uncounted(noun) -> bool:
    return noun.tag_ == "NNS" and not any(c.dep_ == "nummod" for c in noun.children)



def _body_of_states(word) -> bool:
    """A body of states by its name in the gazetteer (no national body or party: those have a country);
    the parser tags an acronym a common noun at times ("ECOWAS leaders")."""
    if not word.text[:1].isupper():
        return False
    entries = [gazetteer.organization(n) for n in _names(word)]
    return any(e is not None and e.kind == "organization" and e.country is None for e in entries)


def _names(word) -> list[str]:
    """The name a word heads, as a whole ("the Organisation of Islamic Cooperation", "the
    Gulf Cooperation Council": the phrase under the word, its article left out) and as its compounds."""
    phrase = [t for t in word.subtree if not (t.dep_ == "det" and t.i < word.i) and t.dep_ != "case"]
    return [" ".join(t.text for t in phrase), name_text(word)]
