"""Bidding a party to act: "asked the council to delay its vote", "told X to step down", "asked
the rebels to release them" are appeals to it, when the listener is a state, a body, a group or
an office holder (not "told residents to stay indoors", "asked customers to pay online")."""
from __future__ import annotations

from kb.extract.actorwords import names_a_diplomatic_actor

# Verbs of bidding someone do something: with an object and an infinitive they are an appeal.
BIDDING_VERBS = {"ask", "tell", "press", "encourage", "beg", "exhort", "implore", "request", "urge"}
# Infinitives that bid no act of their own: going away ("told the ambassador to leave" sends
# someone out, it pleads with nobody) and "do" standing for an act told before ("begged her to do
# the same").
NO_ACT_VERBS = {"leave", "go", "depart", "quit", "get", "do"}
# Running a state: asking someone to do it hands them an office, it pleads for nothing.
GOVERNING_VERBS = {"form", "run", "lead", "head", "govern"}
GOVERNED_NOUNS = {"government", "cabinet", "country", "affair", "administration", "state", "coalition"}
# Texts adopted or signed: what they ask of someone is what the vote or the signing decided (the
# lexicon's agreement nouns among them, written out: the lexicon reads this module).
TEXT_NOUNS = {"resolution", "communique", "charter", "convention", "motion", "text", "agreement", "accord",
              "deal", "treaty", "pact", "protocol", "memorandum", "declaration", "settlement"}


def bids_to_act(verb) -> bool:
    """A verb of bidding with a diplomatic actor for object and an infinitive of what they should
    do; not one sending someone away ("told the envoy to leave": an expulsion) or naming the act
    asked only with "do", nor what an adopted text asks."""
    if verb.lemma_.lower() not in BIDDING_VERBS or verb.dep_ == "pcomp":
        return False  # "accused it of pressing the militias to attack": the bidding is what is charged
    listeners = [c for c in verb.children if c.dep_ == "dobj" and names_a_diplomatic_actor(c)]
    acts = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    doer = verb
    while doer.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in doer.children):
        doer = doer.head  # "the resolution called on A and asked B to ...": the subject is shared
    # "the resolution asked X to send an envoy": what a text asks is its content, not an act of its own
    written = any(c.dep_ == "nsubj" and c.lemma_.lower() in TEXT_NOUNS for c in doer.children)
    return bool(listeners) and not written and any(a.lemma_.lower() not in NO_ACT_VERBS and not _hands_power(a)
                                                   for a in acts)


def _hands_power(act) -> bool:
    """"asked the army to run the country", "asked X to form a government": an office handed over."""
    return act.lemma_.lower() in GOVERNING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in GOVERNED_NOUNS for c in act.children)


def asking_day(date, asked) -> bool:
    """Whether a date is the bidding's, not written inside the phrase of the act bidden: "asked X
    on Friday to open talks" (the talks have no day), "urged X to withdraw by June" (June is theirs)."""
    words = list(asked.subtree)
    return date.start is None or not words[0].idx <= date.start < words[-1].idx + len(words[-1])
