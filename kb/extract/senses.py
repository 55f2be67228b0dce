"""Senses of a trigger word other than its row's, told apart by the words around it: the table
(kb.extract.lexicon) lists a verb for a kind of event, and these checks say when the verb, as
used, is not that event ("will leave 2,000 marines on the island" withdraws nobody; "a garrison is
stationed near the border" tells how things stand).
"""
from __future__ import annotations

from kb.extract.measures import SANCTIONING_VERBS, TIE_VERBS, aimed_at_a_party, ties_to_a_state

# Types whose verbs, in the present passive, describe a standing state ("troops are stationed").
STATE_TYPES = {"MilitaryDeployment"}
# Verbs of sending or flying in a cargo: their deployment and aid rows match the troops or the relief
# as the thing sent ("flew in two battalions"); the envoys a state sends are kb.extract.verbsenses's.
CARGO_SENDING_VERBS = {"send", "dispatch", "fly"}
# Verbs of enacting: a law, bill or budget they take is voted only by a chamber.
ENACTING_VERBS = {"pass", "approve", "adopt"}
# What a chamber enacts: passed by a person, a government or a state it is assent or a policy.
LAW_NOUNS = {"bill", "law", "amendment", "budget", "legislation"}
# Words heading a legislature or its members: "the lower house", "deputies", "the Security Council".
CHAMBER_HEADS = {"parliament", "assembly", "senate", "house", "congress", "chamber", "legislature", "deputy",
                 "lawmaker", "legislator", "mp", "senator", "duma", "knesset", "majlis", "council", "diet",
                 "representative", "member", "delegate", "committee", "sejm", "rada", "cortes"}
# What one meets without meeting anyone: "met the conditions", "will meet the deadline", "the demands
# were met".
REQUIREMENT_NOUNS = {"demand", "condition", "criterion", "requirement", "target", "obligation", "deadline",
                     "standard", "expectation", "goal", "commitment", "threshold", "need", "benchmark", "quota",
                     "cost", "term", "challenge"}
# Nouns that count what follows "of": "thousands of troops", "a group of diplomats".
COUNT_NOUNS = {"thousand", "hundred", "dozen", "million", "score", "number", "group", "contingent",
               "battalion", "brigade", "unit", "team", "batch", "handful", "couple", "pair"}


def outside_sense(verb, trig) -> bool:
    """Rows whose verb has another sense that only the role of the matched word tells apart:
    forces left somewhere are kept there ("will leave 2,000 marines on the island" withdraws
    nobody; "the last marines left the island" is the withdrawal); one's own people ordered out
    of a country are evacuated ("ordered its nationals out of X"; "ordered X's diplomats out"
    expels); an order awarded is a purchase ("awarded an order for ten frigates"; "the Order of
    Merit", named, is an honour); a ban or a freeze aimed at no party, and ties lowered that are no
    state's, are no sanction and no break (kb.extract.measures); listeners told what to do or
    expect are bidden, not addressed ("told reporters to expect a decision"); a participle of
    speaking to an audience is the channel of the act it goes with; troops or relief are sent only
    when they are what is sent, not the addressee ("sent a letter to the police") or what is asked
    for ("sent for help"); a law is voted only when a chamber (or nobody named) passes it; a
    condition, deadline or demand met is no meeting."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if trig.type == "Concession" and lemma == "leave":
        forces = trig.required_lemmas
        return any(o.lemma_.lower() in forces or counted(o) & forces for o in objects)
    if trig.type == "Expulsion" and lemma == "order":
        doer = verb
        while doer.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in doer.children):
            doer = doer.head  # "broke ties with X and ordered its diplomats out": the subject is shared
        subjects = [c for c in doer.children if c.dep_ == "nsubj"]
        # the pronoun must fit the subject: a named person ordering "its diplomats" out means another state's
        own = {"his", "her"} | (set() if any(c.ent_type_ == "PERSON" for c in subjects) else {"its", "their", "our"})
        return any(p.dep_ == "poss" and (p.lower_ in own or p.lower_ in {c.lower_ for c in subjects})
                   for o in objects for p in o.children)
    if trig.type == "Praise" and lemma == "award":
        return any(o.text in ("order", "orders") for o in objects)  # as written: "Order" names one
    if trig.type == "Sanction" and lemma in SANCTIONING_VERBS:
        return not aimed_at_a_party(verb)
    if trig.type == "BreakRelations" and lemma in TIE_VERBS:
        return not ties_to_a_state(verb)
    if trig.type in ("MilitaryDeployment", "Aid") and lemma in CARGO_SENDING_VERBS:
        return not trig.required_lemmas & _things_sent(verb)  # "sent a letter to the police"
    if trig.type == "Vote" and lemma in ENACTING_VERBS:
        return _not_enacted(verb, trig)
    if trig.type in ("Meeting", "Visit") and lemma == "meet":  # "met its obligations": no one is met
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in REQUIREMENT_NOUNS for c in verb.children)
    if trig.type == "Statement" and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "xcomp"):
        return True  # "X, speaking to reporters, called Y a liar": the channel of the act it goes with
    if trig.type == "Statement" and lemma == "tell":  # "told reporters to expect a decision": a bidding
        return any(c.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                   for c in verb.children)
    return False


def stative_passive(verb, trig) -> bool:
    """"the garrison is stationed near the border": for the types whose verbs can tell a standing state, a
    present passive with no other auxiliary tells how things stand, not that anything happened
    ("were sent", "are being deployed" did)."""
    if trig.type not in STATE_TYPES:
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return bool(aux) and all(a in ("is", "are", "am", "'re", "'s") for a in aux) and \
        any(c.dep_ == "auxpass" for c in verb.children)


def counted(noun) -> set[str]:
    """What a count of things counts: "troops" in "thousands of troops", "a group of diplomats"."""
    if noun.lemma_.lower() not in COUNT_NOUNS and noun.pos_ != "NUM":
        return set()
    return {g.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"}


def _things_sent(verb) -> set[str]:
    """Lemmas of what a verb of sending sends: its object or passive subject, their conjuncts and what
    they count ("sent two frigates and a destroyer", "thousands of troops were flown in"), or the noun
    a participle describes ("the troops sent to the border")."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl"):
        things.append(verb.head)
    words = [w for t in things for w in (t, *t.conjuncts)]
    return {w.lemma_.lower() for w in words}.union(*(counted(w) for w in words))


def _not_enacted(verb, trig) -> bool:
    """"Power passed to the army under the law", "the king approved the law by decree": the word of the
    row is not what the verb enacts, or a law is enacted by someone other than a chamber."""
    objects = [w for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for w in (c, *c.conjuncts)]
    enacted = {o.lemma_.lower() for o in objects} & trig.required_lemmas
    if not enacted:
        return True
    if not enacted <= LAW_NOUNS:
        return False  # a resolution or a motion: voted by whatever body adopts it
    doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    doers += [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers and verb.dep_ in ("xcomp", "conj"):
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "the house voted to pass the bill"
    doers = [verb.head if d.lower_ in ("which", "that", "who") and verb.dep_ == "relcl" else d for d in doers]
    return any(d.lemma_.lower() not in CHAMBER_HEADS for d in doers)
