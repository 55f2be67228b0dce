"""Who takes part in a contest for power and in the reactions and votes around it, read off the
parse around the trigger: the state power changes hands in, whom a new office holder replaces or
beats, the members whose votes a body's vote tells, whom a reaction with no object is aimed at."""
from __future__ import annotations

from kb.extract.clauses import governing_verb

VOTING_VERBS = {"vote", "abstain"}
PROVOKED_TYPES = {"Criticism", "Protest"}  # reactions, aimed at whoever did what provoked them
LOSING_VERBS = {"replace", "succeed", "oust", "unseat", "beat", "defeat"}  # "replacing X", "beating Y"
# Verbs whose subject contends in the election or change their object names ("X won the
# run-off", "Y lost the presidential vote", "Z contested the poll").
CONTESTING_VERBS = {"win", "lose", "contest", "concede", "dispute"}


def power_states(tok, index) -> list[str]:
    """The state whose power changes hands, or is voted on, takes part in the change or the
    election: the one it happens in ("soldiers seized power in X", "won the election in Y") and
    the one whose office the persons taking, leaving or running for it hold ("Z was sworn in as
    prime minister", whatever Z's title says of him now); not the state of a guest who only
    attends ("X attended the swearing-in of Y")."""
    verb = governing_verb(tok) if tok.pos_ not in ("VERB", "AUX") else None
    holders = [tok] + [verb] * (verb is not None)
    holders += [o for h in holders for o in h.children if o.dep_ == "dobj"]  # "seized power in X"
    places = [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
              for o in p.children if o.dep_ == "pobj"]
    found = [a for o in places for a in index.resolve(o) if index.kind(a) == "country"]
    replaced = replaced_persons(tok, index)
    persons = [p for p in _contenders(tok, index) if index.kind(p) == "person"] + replaced
    states = [s for s in index.countries_of(persons) if index.kind(s) == "country"]
    return found + replaced + states


def _contenders(tok, index) -> list[str]:
    """Who takes, leaves or runs for the office: the trigger's own subject or object ("X was
    sworn in", "ousted Y", "X is to become prime minister"), or the owner of a noun trigger ("Z's
    inauguration", "the swearing-in of Z"), or the subject of the verb that wins or loses a noun
    trigger ("W, who won the run-off")."""
    if tok.pos_ in ("VERB", "AUX"):
        controller = tok
        while controller.dep_ == "xcomp" and controller.head.i != controller.i:
            controller = controller.head  # "X is to become prime minister": X, the subject of "is"
        heads = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        heads += [c for c in controller.children if c.dep_ in ("nsubj", "nsubjpass") and controller.i != tok.i]
    else:
        heads = [c for c in tok.children if c.dep_ == "poss"]
        heads += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in CONTESTING_VERBS:
            heads += [c for c in tok.head.children if c.dep_ == "nsubj"]
    return [a for h in heads for a in index.resolve(h)]


def replaced_persons(tok, index) -> list[str]:
    """Whom the one taking an office replaces or beats to it takes part in the change or the
    election: "will become prime minister, replacing X", "was sworn in to succeed Y", "was
    re-elected, beating Z"."""
    verbs = [c for c in tok.children if c.dep_ in ("advcl", "xcomp", "conj", "acl") and c.lemma_.lower() in LOSING_VERBS]
    return [a for v in verbs for o in v.children if o.dep_ == "dobj" for a in index.resolve(o)
            if index.kind(a) == "person"]


def votes_cast(vote, index) -> list[str]:
    """The members whose votes a body's vote tells in the same clause take part in it: "the
    council voted 12 to 2, with X and Y voting against and Z abstaining", "..., with X, Y and Z
    abstaining" (the parser hangs such a "with" phrase on any noun of the clause)."""
    if vote.pos_ not in ("VERB", "AUX"):
        return []
    found: list[str] = []
    for cast in (t for t in vote.subtree if t.i > vote.i and t.tag_ == "VBG" and t.lemma_.lower() in VOTING_VERBS):
        voters = [c for c in cast.children if c.dep_ == "nsubj"]
        if not voters and cast.dep_ == "acl":  # "with X, Y and Z abstaining"
            voters = [o for p in cast.head.children if p.dep_ == "prep" and p.lower_ == "with"
                      for o in p.children if o.dep_ == "pobj"]
        found += [a for v in voters for a in index.resolve(v)]
    return found


def provokers(reaction, index) -> list[str]:
    """Whom a reaction with no object is aimed at: the doer of the act after which it came
    ("X reacted with fury after Y's prime minister Z visited the shrine": Z)."""
    acts = [c for c in reaction.children if c.dep_ == "advcl" and c.i > reaction.i
            and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children)]
    return [a for act in acts for s in act.children if s.dep_ in ("nsubj", "nsubjpass") for a in index.resolve(s)]
