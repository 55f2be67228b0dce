"""Month names as numbers for the page cleaner (kb.datelines, kb.pagehead), kept outside kb.extract so
that cleaning imports nothing of the extraction layer; the date reader (kb.extract.calendarunits)
has its own month patterns, which read lower-cased text."""
from __future__ import annotations

import calendar

# the first three letters of each month's name, lower case: "sep" -> 9 (covers "Sept." and "September")
MONTH_NUMBERS = {name.lower()[:3]: number for number, name in enumerate(calendar.month_name[1:], 1)}


def month_number(name: str) -> int:
    """1-12 for a month's name or its abbreviation ("Sept.", "Dec", "March")."""
    return MONTH_NUMBERS[name.rstrip(".").lower()[:3]]
