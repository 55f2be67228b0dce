"""Joining a body: a state that joins a bloc, an alliance or a treaty, or accedes to one, has
signed up to it ("Croatia joined the EU in 2013", "the bloc, which Latvia joined two years before",
"Kazakhstan acceded to the treaty"); the gold codes it as an agreement signed with the body
(tests/gold/README.md), planned when the joining is only expected ("are expected to join the
market next year").

A wish or a request to join is not yet joining: "its bid to join NATO", "applied to join the
alliance", "hopes to join the bloc" tell an application, which the text reports only as what
another may grant or block. Nor are joining a firm, a person ("joined the envoy on his tour"),
talks ("joined them for talks": kb.extract.companions), forces ("rebel groups joined forces") or
a gerund with no one joining ("joining the alliance was a risk")."""
from __future__ import annotations

from kb import gazetteer
from kb.extract.bidding import BIDDING_VERBS
from kb.extract.clauses import name_text

# Verbs of joining a body, each with the preposition that names the body, if any.
JOINING_VERBS = {"join": None, "accede": "to"}
# Common nouns of the bodies and pacts a state joins: "joined the alliance", "acceded to the treaty".
JOINED_BODIES = {"union", "alliance", "bloc", "league", "organization", "organisation", "commonwealth",
                 "community", "federation", "grouping", "pact", "treaty", "convention", "market",
                 "association", "coalition", "agreement", "accord", "protocol", "club", "zone"}
# Words of asking or wishing to join, on which the joining hangs: "bid to join", "applied to join".
# The verbs of bidding another to act (kb.extract.bidding) ask too ("urged Kyiv to join"); the rest
# are wishing and asking words of membership ("its application", "the right to join"). (modality's
# PLAN_HEADS and SEEKING_HEADS share some of them, but modality imports the lexicon, which reads
# this module: they cannot be imported here.)
WISHING_WORDS = BIDDING_VERBS | {
    "bid", "application", "apply", "hope", "want", "seek", "wish", "aspiration", "ambition", "desire", "effort",
    "attempt", "try", "push", "drive", "quest", "campaign", "invitation", "invite", "offer", "right",
    "eligible", "candidacy", "chance", "lobby", "call", "pressure", "eager", "keen", "ready", "willing",
    "allow", "permit"}
# Kinds of bodies in the organizations table a state joins (not a news agency, not an armed group).
_JOINED_KINDS = {"organization"}


def joins_a_body(verb) -> bool:
    """Whether a verb tells a party joining a body (see the module)."""
    lemma = verb.lemma_.lower()
    if lemma not in JOINING_VERBS or _wished(verb):
        return False
    if any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in verb.children):
        return False  # "X joined the party in 1990": a person's career, not a state's membership
    if verb.dep_ in ("csubj", "csubjpass") or verb.dep_ == "ROOT" and verb.tag_ == "VBG":
        return False  # "joining the alliance was a risk": no one joins
    return any(_is_body(b) for b in _joined(verb, JOINING_VERBS[lemma]))


def _joined(verb, prep: str | None) -> list:
    """What the verb says is joined: its object ("joined the EU"), the object of its preposition
    ("acceded to the treaty"), or, in a relative clause, the noun it describes ("the alliance,
    which Malta later joined")."""
    if prep is None:
        found = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        found = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == prep for o in p.children
                 if o.dep_ == "pobj"]
    if verb.dep_ == "relcl" and (not found or all(w.tag_ in ("WDT", "WP") for w in found)):
        found = [verb.head]
    return [w for w in found if w.tag_ not in ("WDT", "WP")]


def _is_body(word) -> bool:
    """A body or pact by its common noun ("the alliance") or a name the table lists as a body ("NATO")."""
    if word.pos_ == "NOUN":
        return word.lemma_.lower() in JOINED_BODIES
    if word.pos_ != "PROPN":
        return False
    if word.lemma_.lower() in JOINED_BODIES:  # "the Union", "the Commonwealth"
        return True
    entry = gazetteer.organization(name_text(word))
    return entry is not None and entry.kind in _JOINED_KINDS


def _wished(verb) -> bool:
    """"bid to join", "applied to join", "hopes to join", "was invited to join": the joining is
    asked for or wished, up a chain of infinitives ("applied to be allowed to join"); so is a
    purpose or a bidding ("reformed its courts to join the Union", "persuaded Malta to join")."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    objected = any(c.dep_ == "dobj" for c in verb.head.children)
    if infinitive and (verb.dep_ == "advcl" or verb.dep_ == "xcomp" and objected):
        return True  # "reformed its courts to join", "persuaded X to join": a purpose or a bidding
    word = verb
    for _ in range(3):
        if word.dep_ not in ("xcomp", "acl", "conj"):
            return False
        word = word.head
        if _wishing(word) or any(c.dep_ == "dobj" and _wishing(c) for c in word.children):
            return True  # "block the bids of X to join": the parser may hang the infinitive on the verb
    return False


def _wishing(word) -> bool:
    return word.lemma_.lower() in WISHING_WORDS
