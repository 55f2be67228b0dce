"""The slots of one event read off the dependency parse, in one place for the event extractor:
who (kb.extract.participants), when (kb.extract.eventdate), where (kb.extract.eventplace), its
id and its label."""
from __future__ import annotations

import re

from kb.extract.clauses import clause_verb
from kb.extract.eventdate import attached_date
from kb.extract.eventplace import attached_place, seat_place
from kb.extract.participants import participants_for, partners, title_countries, visit_hosts
from kb.iris import event_key

__all__ = ["attached_date", "attached_place", "clause_verb", "event_key", "label_for", "participants_for",
           "partners", "seat_place", "title_countries", "visit_hosts"]


def label_for(event, index) -> str:
    """A short human label: "Summit: George W. Bush, Vladimir Putin (Sochi)"."""
    kind = re.sub(r"(?<!^)(?=[A-Z])", " ", event.type).capitalize()
    persons = [p for p in event.participants if index.kind(p) == "person"]
    shown = persons or event.participants
    names = [index.by_id[p].name if p in index.by_id else p for p in shown][:4]
    label = f"{kind}: {', '.join(names)}"
    return f"{label} ({event.place.name})" if event.place else label

