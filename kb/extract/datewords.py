"""How the words of a date expression are read before they are parsed: lower-cased, stripped of the
preposition and the hedges that do not move the date ("on", "only", "as early as", "almost ... ago"),
and counts of calendar units as written ("two days", "almost two years")."""
from __future__ import annotations

import re

from kb.extract.daychains import count_of_units

# Words that set a limit on an act to come ("by Friday", "until March"), not its day.
DEADLINE_WORDS = {"by", "until", "till"}

NUMBER_WORDS = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                r"fifteen|twenty|thirty|forty|fifty|hundred|several|few|a few|many|some|"
                r"couple of|\d+(?:\.\d+)?)")
LEAD_WORDS_RE = re.compile(r"^(?:on|in|by|since|from|until|till|during|as of|of|at|earlier|later)\s+")
# "almost two years ago", "nearly a month ago": a hedged count back from publication is dated as the
# plain count's month or year, whose precision already holds the hedge; a lower bound ("more than",
# "over") only for years, the count-back rule of the gold. Not a count of days, which would name
# one day where the text names none, nor of decades or centuries, pinned to one year far from the time
HEDGED_AGO_RE = re.compile(rf"^(?:(?:almost|nearly|about|around|roughly|some|just over|just under|barely|close to)"
                           rf"\s+(?={NUMBER_WORDS}\s+(?:week|month|year)s?\s+ago$)"
                           rf"|(?:over|more than)\s+(?={NUMBER_WORDS}\s+years?\s+ago$))")


def normalise(text: str) -> str:
    """The words of a date expression as the parsers read them ("Only last week," -> "last week")."""
    text = re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip(" ,.;:'\"“”")
    text = re.sub(r"^(?:as early as|as late as|as recently as|no later than|not until|some time|sometime|only|just)\s+",
                  "", text)  # "only last week": the week all the same
    previous = None
    while previous != text:
        previous, text = text, LEAD_WORDS_RE.sub("", text)
    text = re.sub(r"^the (week|month|year)\b", r"this \1", text)
    return HEDGED_AGO_RE.sub("", text)


def counted_units(text: str) -> tuple[int, str] | None:
    """A count as written, in its calendar unit ("two days": (2, "day"), "a week": (7, "day"),
    "almost two years": (2, "year")), else None."""
    return count_of_units(normalise(text))
