"""Where an article was filed: its dateline as a place, and the state governed from it.

The dateline ("ACCRA, March 2 -") places the lead's news of the day; a body's dateline ("UNITED
NATIONS -") names the city the body sits in. The filing state lets a bare body of a state ("the
government") be read as that state's (kb.extract.statebodies)."""
from __future__ import annotations

from kb import gazetteer
from kb.extract.eventplace import as_place, seat_entry
from kb.extract.homestate import capital_state
from kb.model import Dateline, Place


def dateline_place(dateline: Place | Dateline | None) -> Place | None:
    """The dateline as a Place without offsets (it is not in the body), resolved by the gazetteer;
    a body's dateline is the city it sits in ("UNITED NATIONS -": New York), None if it has no seat."""
    if dateline is None or isinstance(dateline, Place):
        return dateline
    entry = gazetteer.place(dateline.place)
    if entry is None:
        body = gazetteer.organization(dateline.place)
        if body is None:
            return Place(dateline.place, None, None)
        entry = seat_entry(body)
    return as_place(entry) if entry is not None else None


def filing_state(dateline: Place | Dateline | None) -> str | None:
    """The state whose capital the article is filed from, None for no dateline or another city."""
    return capital_state(dateline.place) if isinstance(dateline, Dateline) and dateline.place else None
