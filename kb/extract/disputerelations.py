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
from kb.extract.disputewords import NOT_TOPICS, Mention, canonical, generic_topic, phrase_span, slug, table_topic_in
from kb.extract.linking import ActorIndex
from kb.extract.modality import FUTURE_AUX, HYPOTHETICAL_AUX

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
    switch = _switch(verb, [*dropped[:1], *([subject] if subject is not None else [])], index)
    if switch is not None:  # ties dropped for a rival government, or cut by the one its rival won over
        topic, one, rival = switch
        return [Mention(slug(topic), topic, n, True, phrase_span(one), party_tokens=[one, rival], status=status)]
    reason = act_reason(verb)  # "cut ties after police stormed its embassy": the quarrel is the raid
    if reason is None and _only_possible(verb):
        return []  # "the kingdom may yet cut ties": a break that has not happened
    if reason is None and not _other_side_told(noun, verb, subject, index):
        before = _side_named_before(noun, subject, index)
        if before is None:
            return []  # "Venezuela suspended relations last week": with whom is not said here
        sides.append(before)
    topic, span = reason if reason is not None else ("diplomatic relations", phrase_span(noun))
    known = table_topic_in(topic)  # ties cut over a known land: that land's quarrel, one across articles
    return [Mention(slug(topic), topic, n, True, span, party_tokens=sides, status=status,
                    canonical=known is not None and known[1] == topic)]


def _other_side_told(noun, verb, subject, index: ActorIndex) -> bool:
    """Whether the break names the state it is made with ("with X", "between X and Y"), or its
    subject stands for both sides ("the two neighbours cut ties")."""
    told = any(c.dep_ == "prep" and c.lower_ in ("with", "between") for h in (noun, verb) for c in h.children)
    return told or subject is not None and len(index.resolve(subject)) > 1


def _side_named_before(noun, subject, index: ActorIndex):
    """ "Malawi summoned Zambia's envoy on Friday. On Saturday it suspended relations": when the
    sentence before names the breaker and one other state, ties are broken with that state (the
    token naming it first there is returned); None when that sentence tells no such pair."""
    start = noun.sent.start
    breaker = set(index.countries_of(index.resolve(subject))) if subject is not None and start > 0 else set()
    if not breaker:
        return None
    named: dict[str, object] = {}
    for tok in noun.doc[start - 1].sent:
        actor = index.at(tok)
        for state in index.countries_of([actor]) if actor is not None else []:
            if index.kind(state) == "country":
                named.setdefault(state, tok)
    others = [state for state in named if state not in breaker]
    return named[others[0]] if len(others) == 1 and breaker & set(named) else None


_POSSIBLE_HEADS = {"threaten", "warn", "consider", "weigh", "mull", "risk", "fear", "urge", "refuse", "decline"}
_MODALS = HYPOTHETICAL_AUX | FUTURE_AUX
_PAST_MARKS = {"after", "since", "having", "had"}   # "after cutting ties", "having cut ties", "had cut ties"


def _only_possible(verb) -> bool:
    """Whether a break is told as possible, threatened, urged or denied rather than done: a modal
    or a negation on its verb or on the verbs it hangs from ("could cut ties", "threatened to cut
    ties", "may yet sever relations", "did not break off relations"). A break told as
    past in a clause of its own keeps its tense whatever the main verb says ("Once it had severed
    ties, the kingdom may now mend them" tells a break done)."""
    for _, v in zip(range(4), [verb, *verb.ancestors]):
        if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MODALS for c in v.children):
            return True
        if v.i != verb.i and v.pos_ == "VERB" and v.lemma_.lower() in _POSSIBLE_HEADS:
            return True
        if v.dep_ not in ("xcomp", "pcomp", "prep", "pobj", "advcl", "advmod") or _told_past(v):
            return False
    return False


def _told_past(v) -> bool:
    """A participle or subordinate clause set in the past: "after cutting ties", "having cut
    ties", "once it had cut ties"."""
    if v.dep_ not in ("advcl", "pcomp") or v.pos_ not in ("VERB", "AUX"):
        return False
    return v.tag_ == "VBD" or any(c.dep_ in ("aux", "mark") and c.lower_ in _PAST_MARKS for c in v.children) \
        or v.dep_ == "pcomp" and v.head.lower_ in _PAST_MARKS


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


def _switch(verb, sides: list, index: ActorIndex):
    """(topic, side, rival) when the state a break names and a state the same clause opens ties with
    or recognises are rival governments of one country: "cut ties with X and established ties with
    Y", "X cut ties with Z after Z moved to recognise Y", "severed relations with Z after Z voted to
    switch recognition to Y". The quarrel is over which of the two is recognised, named after both."""
    rival = _switched_to(verb) or _recognised(verb)
    for side in sides if rival is not None else []:
        states = [_state(side, index), _state(rival, index)]
        if None not in states and states[0].id != states[1].id and _rival_governments(*states):
            names = sorted(s.name for s in states)
            return f"recognition of {names[0]} or {names[1]}", side, rival
    return None


def _recognised(verb):
    """The state the clause of a break recognises: "to recognise Y", "to switch recognition to Y"."""
    for tok in verb.subtree:
        lemma = tok.lemma_.lower()
        if lemma in ("recognise", "recognize") and tok.pos_ == "VERB":
            found = next((c for c in tok.children if c.dep_ == "dobj"), None)
        elif lemma == "recognition":
            found = next((g for h in (tok, tok.head) for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
                          for g in c.children if g.dep_ == "pobj"), None)
        else:
            continue
        if found is not None:
            return found
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
