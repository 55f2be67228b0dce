"""Verbs whose sense as an event turns on what they take: "called him" is a phone call, "received X at
the palace" a meeting, "captured Kampala" a military action, "sent its foreign minister to X" a visit.
Read by kb.extract.lexicon before the trigger table's rows."""
from __future__ import annotations

from kb.extract.actorwords import ARMED_DOERS, names_an_armed_group
from kb.extract.clauses import subject
from kb.extract.disputeelections import ELECTION_NOUNS

# Verbs of taking ground: with a named place as object they are a military action.
CAPTURE_VERBS = {"capture", "seize", "overrun", "retake", "recapture", "occupy"}
# Verbs of taking ground by force that also have peaceful senses ("took the train", "entered talks",
# "tourists overran the town"): an assault only when armed men take a place.
FORCED_ENTRY_VERBS = {"take", "enter", "overrun"}
# Places by their common noun that armed men take: "had taken the city", "overran the barracks".
PLACE_NOUNS = {"city", "town", "capital", "port", "airport", "village", "garrison", "barracks", "barrack", "stronghold",
               "base", "airbase", "post", "outpost", "camp", "position"}
# Places that are one only with an owner or a determiner: "took the enemy's positions" is an assault,
# "took positions along the border" a deployment.
OWNED_PLACE_NOUNS = {"position"}
# Verbs of ringing someone up: with a person as object they are a phone call.
RINGING_VERBS = {"call", "ring", "phone", "telephone"}
# Verbs of receiving a visitor: with a person as object they are a meeting ("received X at the palace").
RECEIVING_VERBS = {"receive", "welcome", "host"}
# Nouns of a dwelling or seat: "called on X at his villa" pays a visit there.
HOME_NOUNS = {"home", "house", "residence", "palace", "villa", "dacha", "office", "hotel", "estate", "farm"}
# Prepositions that make "called on X" an appeal: "for restraint", "over the arrests", "to resign".
APPEAL_PREPS = {"for", "over", "to", "about", "regarding"}
# Verbs of sending someone: with an envoy as object they are the sender's visit (one flies a cargo in,
# not a minister: the troops and relief sent are kb.extract.senses.CARGO_SENDING_VERBS).
ENVOY_SENDING_VERBS = {"send", "dispatch"}
# Persons sent to speak for a state: "sent its foreign minister", "dispatched a delegation".
ENVOY_OBJECTS = {"envoy", "emissary", "delegation", "delegate", "minister", "representative", "negotiator",
                 "mediator"}
# What makes a mission an envoy's: "a diplomatic mission", "a peace mission" (not "a rescue mission").
ENVOY_MISSIONS = {"diplomatic", "peace", "trade", "fact-finding", "observer", "goodwill", "mediation", "un", "u.n."}
# Particles of sending someone away: "sent the envoy home" is an expulsion, not a visit.
SENDING_AWAY = {"home", "back", "away", "packing"}


def rings_a_person(verb) -> bool:
    """A verb of ringing whose object is a person, and that names nothing the person is called
    ("called him a liar", "called her to testify" are no calls; "called on X" is an appeal)."""
    if verb.lemma_.lower() not in RINGING_VERBS:
        return False
    persons = [c for c in verb.children if c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lower_ in ("him", "her"))]
    naming = any(c.dep_ in ("oprd", "attr", "ccomp", "xcomp", "prt") for c in verb.children)
    return bool(persons) and not naming


def receives_a_person(verb) -> bool:
    """A verb of receiving a visitor whose object is a named person ("received X", "welcomed X at
    the airport"; "received him" may be a call or a letter's bearer), or a call paid on one at a
    place ("called on X at his dacha"); not when the clause says what the person is or does
    ("welcomed X as a partner", "welcomed X's decision" has no person for object), nor a "call on"
    with no place or with what it asks ("called on X for restraint", "over the arrests", "to resign")."""
    lemma = verb.lemma_.lower()
    if lemma == "call":
        objects = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
                   for g in c.children if g.dep_ == "pobj"]
        if not _visit_place(verb, objects):
            return False
    elif lemma in RECEIVING_VERBS:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        return False
    naming = any(c.dep_ in ("oprd", "attr", "ccomp", "xcomp", "acomp") or c.dep_ == "prep" and c.lower_ == "as"
                 for c in verb.children) or any(c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children)
                                                for c in verb.children)
    return not naming and any(o.ent_type_ == "PERSON" for o in objects)


def _visit_place(verb, objects) -> bool:
    """Whether a "call on X" names where the call was paid ("at her home", "in Paris") and nothing
    asked of X: no for/over/to phrase on the verb or on X."""
    preps = [c for h in (verb, *objects) for c in h.children if c.dep_ in ("prep", "aux", "advcl", "xcomp")]
    if any(p.lower_ in APPEAL_PREPS or p.dep_ in ("advcl", "xcomp") for p in preps):
        return False
    return any(p.lower_ in ("at", "in") and any(g.dep_ == "pobj" and (
        g.ent_type_ in ("GPE", "LOC", "FAC") or g.lemma_.lower() in HOME_NOUNS) for g in p.children) for p in preps)


def takes_a_place(verb) -> bool:
    """A verb of taking ground whose object is a named place: "captured Kampala", "seized the Falklands"
    (a town or a port by its common noun is in the table's rows; "occupied Kuwait" only for a state);
    or armed men taking, entering or overrunning a place (see forced_entry)."""
    places = ("GPE",) if verb.lemma_.lower() == "occupy" else ("GPE", "LOC", "FAC")
    return verb.lemma_.lower() in CAPTURE_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ in places for c in verb.children) or forced_entry(verb)


def forced_entry(verb) -> bool:
    """Armed men taking, entering or overrunning a place, named or by its common noun, as the verb's
    object: "the troops had taken the city", "the rebels entered the capital", "fighters overran
    the barracks" (also a participle whose clause's subject is armed: "armed members of the movement
    took the island, overrunning the barracks"). Not what armed men take along or take part in
    ("took the train to the capital", "entered peace talks", "took over the town"), nor others
    overrunning a place ("migrants overran the border post")."""
    if verb.lemma_.lower() not in FORCED_ENTRY_VERBS or any(c.lower_ == "as" or c.dep_ == "prt" for c in verb.children):
        return False  # "entered Ecuador as refugees", "took over the town" (kb/data/triggers.tsv reads "take over")
    own = subject(verb)
    objects = [own] if own is not None and own.dep_ == "nsubjpass" else [c for c in verb.children if c.dep_ == "dobj"]
    if not any(_a_place(o) for o in objects) or _won_at_the_polls(verb):
        return False
    return any(_armed(d) for d in _doers(verb))


def _a_place(word) -> bool:
    if word.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    lemma = word.lemma_.lower()
    return lemma in PLACE_NOUNS and (lemma not in OWNED_PLACE_NOUNS or any(
        c.dep_ in ("det", "poss", "compound") for c in word.children))


def _won_at_the_polls(verb) -> bool:
    """Parties take towns in elections: "the Front took the town in the municipal elections"."""
    return any(p.dep_ == "prep" and p.lower_ in ("in", "at") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in ELECTION_NOUNS for o in p.children) for p in verb.children)


def _doers(verb) -> list:
    """Who does the verb: its active subject, the agent of its passive ("was overrun by rebels"),
    or, for a participle with no subject, the subject of the clause it hangs on."""
    own = subject(verb)
    if own is not None and own.dep_ == "nsubj":
        return [own]
    if own is not None:
        return [a for p in verb.children if p.dep_ == "agent" for a in p.children if a.dep_ == "pobj"]
    if verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
        return _doers(verb.head)
    return []


def _armed(word) -> bool:
    """Men under arms by their common noun, "armed X", or a name the gazetteer lists as an armed group
    (a party's "Front" or "Movement" takes towns in elections: the word alone does not make it armed)."""
    return word.lemma_.lower() in ARMED_DOERS or word.pos_ == "PROPN" and names_an_armed_group(word) \
        or any(c.dep_ == "amod" and c.lower_ == "armed" for c in word.children)


def sends_an_envoy(verb) -> bool:
    """A verb of sending whose direct object is an envoy, a minister or a delegation ("sent its
    foreign minister to the summit", "dispatched a peace mission", "the envoys it was sending");
    not what is sent to such a person ("sent a letter to the minister"), nor an envoy sent home."""
    if verb.lemma_.lower() not in ENVOY_SENDING_VERBS or any(c.lower_ in SENDING_AWAY for c in verb.children):
        return False
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    if not objects and verb.dep_ in ("relcl", "acl"):  # "the envoys X was sending", "a delegation sent to Y"
        objects = [verb.head]
    return any(o.lemma_.lower() in ENVOY_OBJECTS or o.lemma_.lower() == "mission" and any(
        m.dep_ in ("amod", "compound") and m.lower_ in ENVOY_MISSIONS for m in o.children) for o in objects)


# Verbs of turning a thing down: with a claim as object they deny it ("rejected that reading").
DISMISSING_VERBS = {"reject", "dismiss", "rebut"}
# Nouns that always name a claim about a thing: turned down, it is denied ("dismissed speculation").
DENIED_CLAIM_WORDS = {"speculation", "insinuation"}
# Nouns of what another has made of a thing, a claim only when they point back at one told
# ("that reading", "such an interpretation", "Beijing's reading"): "a second reading of the bill" is
# a stage of a law.
READING_WORDS = {"reading", "interpretation", "characterization", "characterisation", "portrayal"}
POINTING_DETS = {"that", "this", "these", "those", "such"}
# Nouns that are a claim with a that-clause of what is so ("suggestions that X had lied") and a
# proposal with a clause of what to do ("the suggestion to hold talks": turned down, a rejection).
CLAUSE_CLAIM_WORDS = {"suggestion", "assertion"}


def denies_a_claim(verb) -> bool:
    """"rejected that reading", "dismissed suggestions that X had lied": a denial."""
    if verb.lemma_.lower() not in DISMISSING_VERBS:
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        lemma = obj.lemma_.lower()
        if lemma in DENIED_CLAIM_WORDS or lemma in READING_WORDS and _points_back(obj) \
                or lemma in CLAUSE_CLAIM_WORDS and _claimed_clause(verb, obj):
            return True
    return False


def _points_back(noun) -> bool:
    """"that reading", "Beijing's reading", not "a second reading" nor "the third reading"."""
    if any(c.ent_type_ == "ORDINAL" for c in noun.children):
        return False
    # "such" comes before the article ("such an interpretation": predet) or as an adjective ("such
    # interpretations"), never as the determiner itself
    return any(c.dep_ in ("det", "predet", "amod") and c.lower_ in POINTING_DETS or c.dep_ == "poss"
               for c in noun.children)


def _claimed_clause(verb, noun) -> bool:
    """A clause opened by "that" on the noun or, past a phrase between ("suggestions in the press on
    Friday that ..."), on the verb; a relative clause ("the suggestion, which X made") is no claim."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp")]
    clauses += [c for c in verb.children if c.dep_ == "ccomp" and c.i > noun.i]
    return any(m.dep_ == "mark" and m.lower_ == "that" for c in clauses for m in c.children)
