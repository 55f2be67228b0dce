"""Broken diplomatic relations as a dispute: "Bolivia cut diplomatic ties with Israel" names the
relations of the two sides as the topic, or the matter the break is given for (read in
kb.extract.disputereasons); ties cut with one state and opened with its rival in the same breath
are a switch of recognition between the two."""
from __future__ import annotations

from kb.extract.disputereasons import act_reason
from kb.extract.disputewords import Mention, phrase_span, slug
from kb.extract.linking import ActorIndex

RELATION_NOUNS = {"relations", "ties"}
BREAK_VERBS = {"break", "cut", "sever", "suspend", "freeze", "downgrade", "rupture"}


def relations(noun, n: int, index: ActorIndex) -> list[Mention]:
    """ "cut diplomatic ties with Israel": the relations of the two sides are the topic, or the
    matter the break is given for ("recalled its envoy in protest at the closure of its consulate")."""
    verb = noun.head
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
    if rival is not None and dropped:  # ties cut with one state to open them with its rival
        topic = f"recognition of {dropped[0].text}"
        return [Mention(slug(topic), topic, n, True, phrase_span(dropped[0]), party_tokens=[dropped[0], rival],
                        status=status)]
    reason = act_reason(verb)  # "cut ties after police stormed its embassy": the quarrel is the raid
    topic, span = reason if reason is not None else ("diplomatic relations", phrase_span(noun))
    return [Mention(slug(topic), topic, n, True, span, party_tokens=sides, status=status)]


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
