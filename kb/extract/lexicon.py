"""Event trigger lexicon: which words announce which event type, with CAMEO and PLOVER codes.

The words live in kb/data/triggers.tsv so they can be tuned without touching code; the codes
follow the ontology's event classes (see spec: Meeting 040 CONSULT ...).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kb.extract.appointments import office_given
from kb.extract.bidding import bids_to_act
from kb.extract.clauses import has_subject
from kb.extract.measures import suspends_a_state
from kb.extract.membership import joins_a_body
from kb.extract.removals import removes_a_ruler
from kb.extract.rulings import rules
from kb.extract.senses import counted, outside_sense, stative_passive
from kb.extract.summits import summit_gathering
from kb.extract.tallies import decided_by_tally
from kb.extract.verbsenses import denies_a_claim, receives_a_person, rings_a_person, sends_an_envoy, takes_a_place
from kb.extract.wars import war_entered
from kb.resources import data_file

# type -> (CAMEO code, PLOVER category); None where the scheme has no equivalent
EVENT_TYPES: dict[str, tuple[str | None, str | None]] = {
    "Meeting": ("040", "CONSULT"), "PhoneCall": ("041", "CONSULT"), "Visit": ("042", "CONSULT"),
    "Summit": ("043", "CONSULT"), "Mediation": ("045", "CONSULT"), "Negotiation": ("046", "CONSULT"),
    "Statement": ("010", None), "Appeal": ("020", "REQUEST"), "Cooperation": ("050", "COOPERATE"),
    "Praise": ("051", "SUPPORT"), "AgreementSigned": ("057", "AGREE"), "Aid": ("070", "AID"),
    "Concession": ("080", "CONCEDE"), "Ceasefire": ("0871", "RETREAT"),
    "Criticism": ("111", "ACCUSE"), "Accusation": ("112", "ACCUSE"), "Rejection": ("120", "REJECT"),
    "Denial": ("125", "REJECT"), "Threat": ("130", "THREATEN"), "Protest": ("140", "PROTEST"),
    "MilitaryDeployment": ("150", "MOBILIZE"), "BreakRelations": ("161", "SANCTION"),
    "Sanction": ("163", "SANCTION"), "Expulsion": ("166", "SANCTION"),
    "MilitaryAction": ("190", "ASSAULT"), "LeadershipChange": (None, None),
    "Election": (None, None), "Vote": (None, None),
}
# Types that happen "at the same occasion" as a summit and may share its date and merge into it.
CONSULT_TYPES = {"Meeting", "Summit", "Visit", "Negotiation", "Mediation", "PhoneCall"}
# Verbs that only carry a noun trigger ("agreed on a ceasefire", "signed a treaty", "reached a deal",
# "hosted talks between the two sides"): the noun names the event, the verb's subject is its agent.
LIGHT_VERBS = {"agree", "reach", "announce", "conclude", "sign", "host"}
# Nouns that name an agreement as a document: "signed a treaty", "an accord to end the war".
AGREEMENT_NOUNS = {"agreement", "accord", "deal", "treaty", "pact", "protocol", "memorandum", "declaration",
                   "settlement"}
# Verbs of a third party helping two sides to an agreement: "brokered the negotiations".
MEDIATING_VERBS = {"broker", "mediate", "facilitate", "sponsor"}
# Talks a third party brokers are its mediation ("talks brokered by Norway").
MEDIATED_TYPES = {"Negotiation", "Meeting"}
# Nouns of armed conflict: an event when told as breaking out ("fighting broke out between X and Y",
# "the war, which broke out in 1992"), a state of things otherwise ("the war in X").
# ("violence" is not one: it breaks out between crowds and fans more often than between forces.)
CONFLICT_NOUNS = {"fighting", "war", "clash", "hostility", "battle", "skirmish", "firefight", "conflict"}
# Armed bodies a state sends: "Chinese troops" fight for China, "Egyptian fans" for no state.
FORCE_NOUNS = {"troop", "force", "soldier", "peacekeeper", "police", "warplane", "aircraft", "jet", "warship",
               "contingent", "unit", "paratrooper", "battalion", "marine", "brigade"}
# Nouns of fighting that, with both sides named "between" them, tell the fighting itself ("years of
# fighting between government troops and separatists"); "war" and "conflict" between two parties name a
# standing state, "battle" as often a contest in court or at the polls; "hostility" only as the plural
# "hostilities" (the singular is ill will).
FOUGHT_NOUNS = {"fighting", "clash", "skirmish", "firefight", "hostility"}
# Armed sides of a fight ("between the navy and the guerrillas"); the police are not one: clashes between
# police and protesters are a riot.
ARMED_SIDES = (FORCE_NOUNS - {"police"}) | {"army", "military", "navy", "rebel", "militia", "guerrilla",
                                           "separatist", "insurgent", "fighter", "gunman", "militant", "jihadist"}
# Nouns of fighting sure enough of arms to be fought between two states with no armed body named
# ("fighting between Armenia and Azerbaijan"); a clash between two states may be one of words.
STATE_FIGHTS = {"fighting", "skirmish", "firefight", "hostility"}
# What makes a clash no armed one: "a diplomatic clash between Paris and Rome".
UNARMED_CLASHES = {"diplomatic", "verbal", "political", "legal", "trade", "public", "bitter", "cultural"}
# Verbs that tell an armed conflict starting or flaring up ("broke out", "erupted", "resumed").
OUTBREAK_VERBS = {"break", "erupt", "flare", "begin", "start", "resume", "escalate", "spread", "intensify"}
# Stands for a "for" that opens the clause of what is asked ("pressed for the border to reopen"): the
# appeal rows of triggers.tsv name it; written so that it cannot be the lemma of any word.
FOR_CLAUSE = "for+clause"
# Adverbs of an act done together: any act so done is a cooperation ("jointly proposed a fund").
JOINT_ADVERBS = {"jointly"}
# Preference when two types of one family describe the same occasion: the more specific wins.
TYPE_RANK = {"Mediation": 4, "Summit": 3, "Meeting": 1, "Negotiation": 2}


# Heads of a share of votes: "63 percent of the vote" counts votes, it is no event.
TALLY_NOUNS = {"percent", "%", "share", "majority", "half", "third", "quarter", "count", "tally"}
# Nouns of votes cast: after "by" they are the count an act passed by ("approved by a vote of 9 to 4").
BALLOT_NOUNS = {"vote", "ballot", "poll"}
# Prepositions that place something in time relative to an event: "after the summit".
TIME_PREPS = {"before", "after", "during", "since", "until", "following", "ahead", "prior"}
# Verbs and quantifiers that make a noun a count: "won more votes", "has enough votes to block it".
TALLY_VERBS = {"win", "have", "need", "get", "gain", "receive", "secure", "lack", "collect", "muster",
               "garner", "poll"}
TALLY_QUANTIFIERS = {"enough", "more", "most", "fewer", "less", "many", "few"}
# Nouns that, bare after "in", tell why something else was done: "recalled its envoy in protest".
MANNER_NOUNS = {"protest"}
# Verbs whose object is an act feared or fended off, not one that happened: "faced an attack",
# "to deter future attacks", "risks an invasion".
WARDING_VERBS = {"face", "fear", "risk", "deter", "prevent", "avert", "avoid", "forestall", "pre-empt", "preempt"}


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str                               # "v" or "n"
    type: str
    strength: float
    requires: tuple[frozenset[str], ...]   # every group must be matched by some nearby lemma
    excludes: frozenset[str]

    @property
    def cameo(self) -> str | None:
        return EVENT_TYPES[self.type][0]

    @property
    def plover(self) -> str | None:
        return EVENT_TYPES[self.type][1]

    @property
    def required_lemmas(self) -> frozenset[str]:
        """Every lemma any of the row's required groups accepts."""
        return frozenset().union(*self.requires)


def ruled_trigger(lemma: str, pos: str, etype: str, strength: float = 0.6) -> Trigger:
    """A trigger a rule types rather than a row of the table: no words required or excluded."""
    return Trigger(lemma, pos, etype, strength, (), frozenset())


def codes(event_type: str) -> tuple[str | None, str | None]:
    """Return (CAMEO, PLOVER) for an event type."""
    return EVENT_TYPES.get(event_type, (None, None))


@lru_cache(maxsize=1)
def triggers() -> dict[tuple[str, str], list[Trigger]]:
    """Load the trigger table, keyed by (lemma, pos), rows with requirements first."""
    table: dict[tuple[str, str], list[Trigger]] = {}
    for line in data_file("triggers.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + ["", "", ""])[:6]
        lemma, pos, etype, strength, requires, excludes = (c.strip() for c in cols)
        if etype not in EVENT_TYPES:
            raise ValueError(f"triggers.tsv: unknown event type {etype!r}")
        groups = tuple(frozenset(g.split("|")) for g in requires.split(";") if g)
        trig = Trigger(lemma, pos, etype, float(strength), groups,
                       frozenset(e for e in excludes.split("|") if e))
        table.setdefault((lemma, pos), []).append(trig)
    for rows in table.values():
        rows.sort(key=lambda t: -len(t.requires))
    return table


def match_trigger(token) -> Trigger | None:
    """Return the trigger a token stands for, judged by its lemma, part of speech and dependents.
    Judged once per token and kept on its Doc: the events, participants, speech acts and
    subsumption steps all ask about the same tokens, and the parse does not change under them."""
    judged = token.doc.user_data.setdefault("dkb_triggers", {})
    if token.i not in judged:
        judged[token.i] = _judge_trigger(token)
    return judged[token.i]


def _judge_trigger(token) -> Trigger | None:
    pos = "v" if token.pos_ in ("VERB", "AUX") else "n" if token.pos_ in ("NOUN", "PROPN") else None
    lemma = token.lemma_.lower()
    if (pos == "n" and lemma in CONFLICT_NOUNS or token.lower_ in CONFLICT_NOUNS and token.dep_ == "nsubj") \
            and outbreak_verb(token) is not None:  # the parser takes "Fighting broke out" for a verb at times
        return ruled_trigger(token.lower_, "n", "MilitaryAction")
    if pos == "n" and names_fighting_between(token):  # "heavy fighting between militias and police"
        return ruled_trigger(lemma, pos, "MilitaryAction")
    if pos == "n" and lemma == "war" and war_entered(token) is not None:  # "had been at war with X for years"
        return ruled_trigger(lemma, pos, "MilitaryAction")
    if pos is None:
        return None
    if pos == "v" and rules(token):  # "the court ruled that ...", "the tribunal awarded X the islands"
        return ruled_trigger(lemma, pos, "Statement")
    if pos == "n" and lemma in AGREEMENT_NOUNS and any(names_a_year(c) for c in token.children):
        return ruled_trigger(lemma, pos, "AgreementSigned")  # "a 1913 treaty between X and Y"
    if pos == "v" and (office_given(token) is not None or removes_a_ruler(token)):
        return ruled_trigger(lemma, pos, "LeadershipChange", 0.7)  # "named X president", "toppled X"
    if pos == "v" and lemma == "suspend" and suspends_a_state(token):  # "the bloc suspended Mali"
        return ruled_trigger(lemma, pos, "Sanction", 0.7)
    if pos == "v" and joins_a_body(token):  # "Croatia joined the EU", "the Union, which Estonia joined"
        return ruled_trigger(lemma, pos, "AgreementSigned", 0.7)
    if pos == "v" and takes_a_place(token):  # "captured Kampala", "occupied Kuwait"
        return ruled_trigger(lemma, pos, "MilitaryAction", 0.7)
    if pos == "v" and rings_a_person(token):  # "called him on Tuesday", "rang the king"
        return ruled_trigger(lemma, pos, "PhoneCall", 0.7)
    if pos == "v" and bids_to_act(token):  # "asked the council to act", "told X to step down"
        return ruled_trigger(lemma, pos, "Appeal", 0.65)
    if pos == "v" and sends_an_envoy(token):  # "sent its foreign minister to X", "dispatched a delegation"
        return ruled_trigger(lemma, pos, "Visit")
    if summit_gathering(token):  # a body's leaders meeting hold its summit (kb.extract.summits)
        return ruled_trigger(lemma, pos, "Summit", 0.85)
    if pos == "v" and receives_a_person(token):  # "received X at the palace", "called on X at his dacha"
        return ruled_trigger(lemma, pos, "Meeting", 0.65)
    if pos == "v" and decided_by_tally(token):  # "approved the force by 14 votes to none"
        return ruled_trigger(lemma, pos, "Vote", 0.7)
    if pos == "v" and denies_a_claim(token):  # "rejected that reading", "dismissed suggestions that ..."
        return ruled_trigger(lemma, pos, "Denial", 0.75)
    rows = triggers().get((lemma, pos)) or triggers().get((token.lower_, pos)) or []
    # most tokens have no row: ask nothing more of them, the tests below being the costly part
    if pos == "n" and (not rows or _is_tally(token) or _time_anchor(token) or _manner(token) or _warded(token)):
        return None
    near = _nearby_lemmas(token) if rows else set()
    for trig in rows:
        if trig.excludes & near:
            continue
        if pos == "v" and (stative_passive(token, trig) or outside_sense(token, trig)):
            continue
        if all(group & near for group in trig.requires):
            return _mediation() if trig.type in MEDIATED_TYPES and pos == "n" and _brokered(token) else trig
    if pos == "v" and any(c.dep_ == "advmod" and c.lower_ in JOINT_ADVERBS for c in token.children):
        return ruled_trigger(lemma, pos, "Cooperation")  # "jointly proposed a fund"
    return None


def outbreak_verb(noun):
    """The verb telling that a noun's conflict broke out: the noun is its subject ("fighting broke
    out", "clashes erupted") or the antecedent of its relative pronoun ("the war, which broke out
    in 1992"); "broke" only with "out" ("the war broke the country" tells no outbreak)."""
    verbs = [noun.head] if noun.dep_ == "nsubj" else []
    verbs += [c for c in noun.children if c.dep_ == "relcl"
              and any(s.dep_ == "nsubj" and s.lower_ in ("which", "that") for s in c.children)]
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma in OUTBREAK_VERBS and (lemma != "break" or any(c.dep_ == "prt" and c.lower_ == "out"
                                                               for c in verb.children)):
            return verb
    return None


def names_fighting_between(noun) -> bool:
    """A noun of fighting with two armed sides named "between" it ("fighting between X and Y",
    "clashes between Chinese and Indian troops"); not an unarmed clash ("a diplomatic clash between
    ..."), not one between persons ("the hostility between the two leaders") or unarmed crowds."""
    lemma = noun.lemma_.lower()
    if lemma not in FOUGHT_NOUNS or any(c.lower_ in UNARMED_CLASHES for c in noun.children):
        return False
    if lemma == "hostility" and noun.tag_ != "NNS":
        return False
    return any(p.dep_ == "prep" and p.lower_ == "between" and any(o.dep_ == "pobj" and _armed_sides(o, lemma)
                                                                   for o in p.children)
               for p in noun.children)


def _armed_sides(obj, lemma: str) -> bool:
    """"the navy and the guerrillas", one armed body with two adjectives ("Chinese and Indian troops"), or
    two states for a noun sure of arms; no side a person."""
    sides = [obj, *obj.conjuncts]
    if any(s.ent_type_ == "PERSON" or s.pos_ == "PRON" for s in sides):
        return False
    if any(a.dep_ == "amod" and a.conjuncts for a in obj.children):
        return obj.lemma_.lower() in ARMED_SIDES
    if len(sides) < 2:
        return False
    armed = any(s.lemma_.lower() in ARMED_SIDES for s in sides)
    return armed or (lemma in STATE_FIGHTS and all(s.ent_type_ in ("GPE", "NORP") for s in sides))


def _brokered(noun) -> bool:
    """"brokered the negotiations", "talks mediated by X", "Norwegian-brokered talks"."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in MEDIATING_VERBS:
        return True
    participles = [w for c in noun.children if c.dep_ in ("acl", "amod") for w in (c, *c.conjuncts)]
    return any(w.lemma_.lower() in MEDIATING_VERBS for w in participles)  # also "hosted and brokered by X"


def _mediation() -> Trigger:
    return next(t for t in triggers()[("mediation", "n")] if not t.requires)


def _time_anchor(noun) -> bool:
    """"Before the speech, Obama met X": an event told before, named again only to place another in time."""
    prep = noun.head
    if prep.lower_ in ("of", "to") and prep.head.lower_ in ("ahead", "prior"):
        prep = prep.head  # "ahead of the vote", "prior to the talks"
    return noun.dep_ == "pobj" and prep.lower_ in TIME_PREPS and \
        any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in noun.children)


def _manner(noun) -> bool:
    """"recalled its envoy in protest": a bare noun after "in" says why another act was done."""
    return noun.lemma_.lower() in MANNER_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "in" \
        and not any(True for _ in noun.children)


def _warded(noun) -> bool:
    """"said the country faced an attack", "to deter future attacks": an act feared, not done."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in WARDING_VERBS


def _is_tally(noun) -> bool:
    """A count, not an event: "by 14 votes", "by a vote of 9 to 4", "63 percent of the vote", "a few
    hundred votes", "won more votes than", "have enough votes to block it"; an act after "by" is
    one all the same ("prompted by the overthrow of the king")."""
    if any(c.dep_ == "nummod" and not names_a_year(c) for c in noun.children):  # "the 1996 election" is one
        return True
    if noun.head.lower_ == "by" and noun.lemma_.lower() in BALLOT_NOUNS:
        return True
    if noun.tag_ in ("NNS", "NNPS") and noun.dep_ == "dobj" and (
            noun.head.lemma_.lower() in TALLY_VERBS
            or any(c.lower_ in TALLY_QUANTIFIERS for c in noun.children)):
        return True
    return noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in TALLY_NOUNS


def names_a_year(number) -> bool:
    """A year written before a noun: "the 1996 election", "a 1913 treaty"."""
    return number.dep_ in ("nummod", "compound") and number.ent_type_ == "DATE" and len(number.text) == 4 \
        and number.text.isdigit()


def _nearby_lemmas(token) -> set[str]:
    """Lemmas of the token's dependents and of the objects of its prepositions; of an object's
    conjuncts ("accepted the agreement and the ruling") and of what a count of things counts
    ("ordered thousands of troops"); and of the noun a relative clause or participle describes
    ("the treaty he signed", "a deal brokered by X"); and of the subject a verb shares with the
    verb it completes ("troops began arriving"); and FOR_CLAUSE for a "for" that opens a clause under
    a token with no object ("asked for the guards to go")."""
    near: set[str] = set()
    for child in token.children:
        near.add(child.lemma_.lower())
        near.add(child.lower_)
        if child.dep_ in ("prep", "agent", "dative", "prt"):
            near.update(g.lemma_.lower() for g in child.children if g.dep_ in ("pobj", "pcomp"))
            near.update(o.lemma_.lower() for g in child.children if g.dep_ == "prep"  # "out of the talks"
                        for o in g.children if o.dep_ == "pobj")
        if child.dep_ in ("dobj", "nsubjpass", "attr"):
            near.update(c.lemma_.lower() for c in child.conjuncts)
            near.update(c.lemma_.lower() for c in child.children if c.dep_ == "appos")  # "called X 'a crime'"
            if child.dep_ == "dobj":  # "asked the alliance for troops": the parser may hang the verb's
                near.update(c.lower_ for c in child.children if c.dep_ == "prep")  # preposition on its object
            near.update(counted(child))
        if child.dep_ in ("advcl", "ccomp", "xcomp") and not any(c.dep_ == "dobj" for c in token.children):
            # "called for the detainees to be released": the parser hangs "for" on the clause it opens;
            # a verb with an object has its own sense ("called a truce for the talks to go on", a
            # purpose), so only an appeal row that names FOR_CLAUSE takes it
            if any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children):
                near.add(FOR_CLAUSE)
    if token.dep_ == "xcomp" and not has_subject(token):
        near.update(_subject_lemmas(token.head))  # "troops began arriving": the doer is the head's subject
    if token.dep_ in ("compound", "amod", "acl", "relcl", "dobj", "nsubjpass"):
        near.add(token.head.lemma_.lower())  # "peace talks", "the treaty he signed", "chaired the talks"
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        near.add(token.head.head.lemma_.lower())  # "rounds of talks", "the winner of the vote"
    return near


def _subject_lemmas(verb) -> set[str]:
    """The subject of a verb and what it counts ("thousands of troops"), as lemmas."""
    near: set[str] = set()
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        near.add(subj.lemma_.lower())
        near.update(counted(subj))
    return near
