"""Appointments: a leadership change told by whoever gives the office, not by its holder.

"Parliament named X interim president", "the king appointed X as prime minister", "named X acting
prime minister": the verb's subject gives the office (the agent); the holder is its object or the
person named inside the office phrase (the parser reads "named Prime Minister X interim president"
with X inside "president"), and is the recipient.
"""
from __future__ import annotations

APPOINTING_VERBS = {"name", "appoint", "install", "designate", "nominate"}
# Offices of government whose change of holder is a leadership change (an envoy's is not).
OFFICE_NOUNS = {"president", "minister", "premier", "chancellor", "leader", "head", "king", "queen",
                "emir", "monarch", "ruler", "regent", "successor", "vice-president"}
# Offices that are of government only when a state or a government owns them: "head of state", "the
# Libyan leader", not "head of the negotiating team" or a party's "its leader".
OWNED_OFFICES = {"leader", "head", "successor"}
STATE_WORDS = {"state", "government", "country", "nation", "republic", "kingdom", "junta", "cabinet"}


def office_given(verb):
    """The office noun an appointing verb gives ("named X interim president"), or None."""
    if verb.lemma_.lower() not in APPOINTING_VERBS:
        return None
    slots = [c for c in verb.children if c.dep_ in ("oprd", "dobj", "attr", "xcomp", "ccomp")]
    slots += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
              for o in p.children if o.dep_ == "pobj"]
    return next((s for s in slots if s.lemma_.lower() in OFFICE_NOUNS
                 and (s.lemma_.lower() not in OWNED_OFFICES or _owned_by_a_state(s))), None)


def _owned_by_a_state(office) -> bool:
    """"head of state", "leader of the interim government", "Iran's leader", "the Libyan leader"."""
    owners = [c for c in office.children if c.dep_ in ("poss", "amod", "compound")]
    owners += [o for p in office.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
               if o.dep_ == "pobj"]
    return any(o.ent_type_ in ("GPE", "NORP") or o.lemma_.lower() in STATE_WORDS for o in owners)


def appointees(verb, index) -> list[str]:
    """The persons given the office: the verb's object, or a name inside the office phrase."""
    office = office_given(verb)
    if office is None:
        return []
    words = [c for c in verb.children if c.dep_ == "dobj" and c.i != office.i]
    words += [t for t in office.subtree if t.pos_ == "PROPN" and t.dep_ in ("compound", "appos")]
    found = [a for w in words for a in index.resolve(w) if index.kind(a) == "person"]
    return list(dict.fromkeys(found))
