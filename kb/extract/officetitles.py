"""Who "the presidents of X and Y" are: the persons the article names as holding that office
for those states.

A writer who first names each state's president by title and name can go on with one plural
noun, "the presidents of both states" with the two states after "of": it stands for the holders as
well as for the states. "Leaders" are the heads of state or government. A
former holder, a president-elect or a party's leader holds no office of the state now.
"""
from __future__ import annotations

# The plural office noun (with the words before it) and the words of a role that hold it.
# A state's heads by their own titles; a head's ministers and deputies serve his state ("his
# foreign minister").
STATE_HEADS = ("president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan")
_HEADS = STATE_HEADS + ("head of state", "head of government")
_OFFICES = {"leader": _HEADS, "head": _HEADS, "president": ("president",),
            "prime minister": ("prime minister", "premier"), "premier": ("prime minister", "premier"),
            "foreign minister": ("foreign minister", "foreign secretary"),
            "defence minister": ("defence minister", "defense minister"),
            "defense minister": ("defence minister", "defense minister")}
_NO_STATE_OFFICE = ("former", "elect", "ex-", "opposition", "party")  # no office of the state now
_NOT_HOLDING = _NO_STATE_OFFICE + ("deputy", "vice")  # nor the office itself
# Words of a body whose own president or chairman an "of" names: no office of the state.
_BODIES = ("senate", "assembly", "parliament", "congress", "house", "bank", "court", "council",
           "committee", "commission", "party", "union", "federation", "chamber", "duma")


# The words of a role that serve a state: its heads, ministers, secretaries and envoys.
_STATE_OFFICES = _HEADS + ("minister", "secretary", "ambassador", "envoy")


def serves_state(actor) -> bool:
    """Whether a person holds an office of his state: "President of Kenya", "Foreign Minister",
    "Vice-President" (a deputy serves it too); not a former holder, a party's or the opposition's
    leader, nor a body's president."""
    roles = [r.lower().replace("-", " ") for r in actor.roles]  # "vice-president" holds "president"
    return any(_holds(role, word, _NO_STATE_OFFICE) for role in roles for word in _STATE_OFFICES)


def office_of(tok) -> tuple[str, ...] | None:
    """The role words a plural office noun names ("the prime ministers" -> prime minister), or None
    for a singular ("the president of X" is one person the linker finds apart)."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return None
    before = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.i == tok.i - 1]
    return _OFFICES.get(" ".join(before + [tok.lemma_.lower()]))  # "vice presidents" is no office here


def office_holders(actors, states: set[str], office: tuple[str, ...]) -> list[str]:
    """Ids of the persons whose state is one of `states` (ISO codes) and whose role is `office`.
    A state has one holder of an office at a time: two persons the article gives the same state
    and office are one misplaced, and neither is taken."""
    by_seat: dict[tuple[str, str], list[str]] = {}
    for actor in actors:
        if actor.kind != "person" or actor.country not in states:
            continue
        for role in (r.lower() for r in actor.roles):
            held = next((w for w in office if _holds(role, w)), None)
            if held:
                by_seat.setdefault((actor.country, held), []).append(actor.id)
                break
    return [ids[0] for ids in by_seat.values() if len(ids) == 1]


def _holds(role: str, office_word: str, not_holding: tuple[str, ...] = _NOT_HOLDING) -> bool:
    """Whether a role (lower case) is the state's office: its head, the words before any "of",
    ends in the office word ("president", "foreign minister"), no word of it marks a former,
    deputy or party office, and its "of" names no body ("President of the Senate", "Governor
    of the Central Bank")."""
    head, _, owner = role.partition(" of ")
    if not (head == office_word or head.endswith(" " + office_word)):
        return False
    if any(n in head for n in not_holding):
        return False
    return not any(body in owner for body in _BODIES)
