"""A state's legislature, however a text names it.

"The Nigerian Senate", "the Senate of Nigeria" and "Nigeria's senate" are one body; so are "the
Haitian parliament" and "the Parliament of Haiti". Annotators and the extractor write them in
whichever form the article used, so the evaluator compares chambers by what they are: which
chamber, of which state. The extractor takes the chamber words, and the names it gives the
chambers it finds, from the same table (kb.extract.legislatures).
"""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

from kb import gazetteer
from kb.resources import data_file


class ChamberWord(NamedTuple):
    part: str  # the part of the legislature the words name, as chambers are compared
    name: str | None  # the name the extractor gives a state's chamber written so; None: not looked for


# The generic words for a chamber, one table for the evaluator, which folds the ways of writing a
# state's chamber by the part of the legislature they name, and for the extractor, which names a
# chamber it finds written with them ("the Chilean senate" is "Senate of Chile", by
# kb.extract.legislatures). A bare "national assembly" or "congress" is the whole legislature of
# most states that use the word; a body with a name of its own ("Knesset", "Althing") is compared
# by that name and needs no folding. The extractor looks for chambers of one or two words in
# running text, and not for a bare "assembly": words it does not look for have no name here.
CHAMBER_WORDS = {
    "parliament": ChamberWord("parliament", "Parliament"),
    "legislature": ChamberWord("parliament", "Parliament"),
    "national assembly": ChamberWord("parliament", "National Assembly"),
    "assembly": ChamberWord("parliament", None),
    "congress": ChamberWord("parliament", "Congress"),
    "senate": ChamberWord("senate", "Senate"),
    "upper house": ChamberWord("senate", "Senate"),
    "house of representatives": ChamberWord("lower-house", None),
    "chamber of deputies": ChamberWord("lower-house", None),
    "lower house": ChamberWord("lower-house", "House of Representatives"),
    "house of commons": ChamberWord("lower-house", None),
}
_CHAMBER = "|".join(sorted(map(re.escape, CHAMBER_WORDS), key=len, reverse=True))
_OF_STATE = re.compile(rf"^(?:the )?(?P<chamber>{_CHAMBER}) of (?:the )?(?P<state>.+)$", re.I)
_STATES = re.compile(rf"^(?:the )?(?P<state>.+?)(?:'s|’s)? (?P<chamber>{_CHAMBER})$", re.I)


def chamber_key(name: str) -> str | None:
    """ "senate-of-nga" for "the Nigerian Senate" and "lower-house-of-rus" for "the State Duma";
    None for a name that is no chamber of a state ("World Health Assembly", "African National
    Congress")."""
    text = " ".join(name.split())
    named = _named_chambers().get(re.sub(r"^the ", "", text, flags=re.I).lower())
    if named is not None:
        return named
    match = _OF_STATE.match(text) or _STATES.match(text)
    if match is None:
        return None
    state = gazetteer.country(match["state"])
    if state is None:
        return None
    return f"{CHAMBER_WORDS[match['chamber'].lower()].part}-of-{state.alpha3.lower()}"


@functools.cache
def _named_chambers() -> dict[str, str]:
    """Chambers a text may call by their own name ("the Knesset", "the Lok Sabha"), keyed as the
    generic names of the same chamber are, so that "the Knesset" and "Israel's parliament" are one
    body. Names shared by the chambers of several states (Bundesrat, House of Commons, Federal
    Assembly, a bare Majlis) are left out: they name no one state."""
    rows = data_file("named_chambers.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {name.lower(): f"{part}-of-{state.lower()}"
            for name, state, part in (row.split("\t") for row in rows if row.strip())}
