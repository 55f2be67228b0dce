"""Broken diplomatic relations as a dispute: "Bolivia cut diplomatic ties with Israel" names the
relations of the two sides as the topic, or the matter the break is given for (read in
kb.extract.disputereasons); ties cut with one state and opened with its rival in the same breath
are a switch of recognition between the two."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kb import gazetteer
from kb.extract.disputereasons import act_reason
from kb.extract.disputewords import NOT_TOPICS, Mention, canonical, generic_topic, phrase_span, slug
from kb.extract.linking import ActorIndex

RELATION_NOUNS = {"relations", "ties"}
BREAK_VERBS = {"break", "cut", "sever", "suspend", "freeze", "downgrade", "rupture"}


def relations(noun, n: int, index: ActorIndex) -> list[Mention]:
    """ "cut diplomatic ties with Israel": the relations of the two sides are the topic, or the
    matter the break is given for ("recalled its envoy in protest at the closure of its consulate")."""
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in WORSENING_VERBS:
        return _worsened(noun, n, index)
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in BREAK_VERBS:
        return []  # restored ties end a dispute the article names otherwise ("estrangement")
    status = "ongoing"
    sides = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
             for g in c.children if g.dep_ == "pobj"]
    sides += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
              for g in c.children if g.dep_ == "pobj"]
    subject = _clause_subject(verb)
    sides += [subject] if subject is not None else []
    dropped = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
               if g.dep_ == "pobj"] or [s for s in sides if subject is None or s.i != subject.i]
    rival = _switched_to(verb)
    states = [_state(tok, index) for tok in (dropped[0], rival)] if rival is not None and dropped else []
    if states and None not in states and _rival_governments(*states):  # dropped for its rival
        topic = f"recognition of {states[0].name}"
        return [Mention(slug(topic), topic, n, True, phrase_span(dropped[0]), party_tokens=[dropped[0], rival],
                        status=status)]
    reason = act_reason(verb)  # "cut ties after police stormed its embassy": the quarrel is the raid
    topic, span = reason if reason is not None else ("diplomatic relations", phrase_span(noun))
    return [Mention(slug(topic), topic, n, True, span, party_tokens=sides, status=status)]


# Relations going bad: what they go bad over is the matter in dispute ("ties soured over X").
WORSENING_VERBS = {"sour", "sink", "deteriorate", "worsen", "plunge", "plummet", "fray", "nosedive", "slump",
                   "strain", "chill", "cool", "fall", "drop", "dip", "spiral"}
# Nouns of asking for a thing: the quarrel is over the thing asked for ("a push for an inquiry").
_ASKING_NOUNS = {"push", "call", "demand", "bid", "campaign", "request", "insistence", "drive", "pressure"}


def _worsened(noun, n: int, index: ActorIndex) -> list[Mention]:
    """ "relations between X and Y soured over Z", "ties fell to a new low over Z": Z, or what Z
    asks for ("over X's call for an inquiry into Y" is a quarrel over that inquiry); "over the past
    year" says when, not over what; "soured by disputes over Z" is read from the disputes named."""
    verb = noun.head
    inner = {t.i for c in verb.children for t in c.subtree
             if c.dep_ in ("relcl", "ccomp", "advcl", "conj", "nsubj", "nsubjpass", "agent")}
    over = next((t for t in verb.subtree if t.dep_ == "prep" and t.lower_ in ("over", "about") and t.i not in inner),
                None)
    matter = next((g for g in over.children if g.dep_ == "pobj"), None) if over is not None else None
    if matter is None or matter.ent_type_ in NOT_TOPICS or any(t.ent_type_ in ("DATE", "TIME") for t in matter.subtree):
        return []
    asked = next((g for c in matter.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                  if g.dep_ == "pobj"), None) if matter.lemma_.lower() in _ASKING_NOUNS else None
    found = generic_topic(asked, ("of", "into", "on", "about")) if asked is not None else canonical(matter, index)
    if found is None:
        return []
    sides = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
             for g in c.children if g.dep_ == "pobj"] + [c for c in noun.children if c.dep_ == "poss"]
    return [Mention(found[0], found[1], n, True, phrase_span(asked if asked is not None else matter),
                    canonical=asked is None and found[2], party_tokens=sides, weight=2)]


_OPENING_VERBS = {"establish", "forge", "open", "form", "start"}


def _switched_to(verb):
    """ "cut ties with X and established ties with Y": the state Y ties are opened with in the same
    breath, the rival X is dropped for (a switch of recognition, between X and Y)."""
    for conj in verb.conjuncts:
        if conj.lemma_.lower() not in _OPENING_VERBS:
            continue
        ties = [c for c in conj.children if c.dep_ == "dobj" and c.lower_ in RELATION_NOUNS]
        if ties:   # "opened talks with Y" is no switch: the ties themselves must be opened
            return next((g for h in [conj, *ties] for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                         for g in c.children if g.dep_ == "pobj"), None)
    return None


def _state(tok, index: ActorIndex):
    """The country actor a token names, or None."""
    return next((index.by_id[i] for i in index.countries_of(index.resolve(tok))
                 if index.kind(i) == "country" and index.by_id[i].country), None)


def _rival_governments(one, other) -> bool:
    """Whether two states are rival governments of one country, so that a state can recognise only
    one of them: the halves of a country split in two and named by compass points (North and South
    Korea, East Germany and Germany, North Vietnam and Vietnam; Sudan and South Sudan read so too),
    or a state whose formal name claims the other's ("Republic of China" and China). Names that only
    look alike are two states: Guinea and Equatorial Guinea, the Republic of the Congo and the
    Democratic Republic of the Congo, whose formal names claim no name the other goes by."""
    a, b = _claims(one.country), _claims(other.country)
    return bool(a.halves & (b.halves | b.names) or b.halves & a.names
                or a.formal & b.names or b.formal & a.names)


@dataclass(frozen=True)
class _Claims:
    names: frozenset[str]    # every name the state goes by, lower case
    halves: frozenset[str]   # the country a compass-named state is half of ("north korea": "korea")
    formal: frozenset[str]   # the country a formal name claims ("republic of china": "china")


_COMPASS = re.compile(r"^(?:north|south|east|west) (.+)$")
_FORMAL = re.compile(r"^(.+?) of (?:the )?(.+)$")
# Words of a formal name before "of": they say what kind of state it is, not which country.
_STATE_FORMS = {"republic", "democratic", "people's", "federal", "socialist", "islamic", "kingdom",
                "united", "arab", "union", "state", "commonwealth", "popular", "federative"}


@lru_cache(maxsize=None)
def _claims(code: str) -> _Claims:
    entry = gazetteer.country_by_code(code)
    names = {n.lower() for n in ((entry.name, *entry.aliases) if entry is not None else ())}
    halves = {m.group(1) for m in map(_COMPASS.match, names) if m}
    formal = {m.group(2) for m in map(_FORMAL.match, names)
              if m and set(m.group(1).split()) <= _STATE_FORMS}
    return _Claims(frozenset(names), frozenset(halves), frozenset(formal))


def _clause_subject(verb):
    while verb is not None:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if verb.dep_ in ("xcomp", "conj", "ccomp", "advcl") and verb.head.i != verb.i:
            verb = verb.head
        else:
            return None
    return None
