"""A state's legislature, however a text names it.

"The Nigerian Senate", "the Senate of Nigeria" and "Nigeria's senate" are one body; so are "the
Haitian parliament" and "the Parliament of Haiti". Annotators and the extractor write them in
whichever form the article used, so the evaluator compares chambers by what they are: which
chamber, of which state.
"""
from __future__ import annotations

import re

from kb import gazetteer

# The generic words for a chamber, by the part of the legislature they name. A bare "national
# assembly" or "congress" is the whole legislature of most states that use the word; a body with a
# name of its own ("Knesset", "Althing") is compared by that name and needs no folding.
CHAMBER_WORDS = {
    "parliament": "parliament", "legislature": "parliament", "national assembly": "parliament",
    "assembly": "parliament", "congress": "parliament",
    "senate": "senate", "upper house": "senate",
    "house of representatives": "lower-house", "chamber of deputies": "lower-house",
    "lower house": "lower-house", "house of commons": "lower-house",
}
_CHAMBER = "|".join(sorted(map(re.escape, CHAMBER_WORDS), key=len, reverse=True))
_OF_STATE = re.compile(rf"^(?:the )?(?P<chamber>{_CHAMBER}) of (?:the )?(?P<state>.+)$", re.I)
_STATES = re.compile(rf"^(?:the )?(?P<state>.+?)(?:'s|’s)? (?P<chamber>{_CHAMBER})$", re.I)


def chamber_key(name: str) -> str | None:
    """ "senate-of-nga" for "the Nigerian Senate"; None for a name that is no chamber of a state
    ("World Health Assembly", "African National Congress")."""
    text = " ".join(name.split())
    match = _OF_STATE.match(text) or _STATES.match(text)
    if match is None:
        return None
    state = gazetteer.country(match["state"])
    if state is None:
        return None
    return f"{CHAMBER_WORDS[match['chamber'].lower()]}-of-{state.alpha3.lower()}"
