"""What a credit looks like: the roles and labels that open one, the agencies that sign a picture,
and the shape of a credited name.

Two readers share these, and match different things:
- whole credit lines ("Reporting by A; Editing by B", "Text: A. Photos: B", "By A, Correspondent"),
  which the cleaner lifts out of the page as authors (kb.pagehead, kb.cleaning);
- credits left inside body text ("... on Tuesday. REUTERS/Jane Roe", "Writing by A; Editing by B"
  glued to a paragraph, "A in Paris contributed to this report"), whose names kb.extract.actors
  keeps from becoming actors. There only the names right after the opening count, so a sentence
  such as "By Friday, President X had ..." or "reporting by state media said X ..." credits no one.
"""
from __future__ import annotations

import re

from kb import gazetteer as gz

CAP_WORD = r"[A-Z][\w'.\-]*"
_GAP = r"[^\S\n]+"    # a name never runs on into the next line
_PARTICLES = r"(?:de|van|von|der|al|bin|da|di|la|le)"
# A credited name is two to five words, capitalised save for particles: "Charles de Gaulle".
NAME = rf"{CAP_WORD}(?:{_GAP}(?:{CAP_WORD}|{_PARTICLES})){{1,4}}"
_NAME = re.compile(NAME)

# "Additional reporting by", "Writing and editing by": a role, then "by" and names.
_ROLE_BY = (r"(?:additional\s+)?(?:reporting|writing|editing|compiled|research|graphics|photos?|photographs?"
            r"|pictures)"
            r"(?:\s+and\s+(?:reporting|writing|editing))?\s+by\s+")
# Feature pages label their credits with a colon instead: "Text: A. Photos: B".
_LABEL = r"(?:text|words|photos?|pictures|video|reporting)\s*:\s*"
# Agencies and words that sign a picture, then a slash or colon: "REUTERS/Jane Roe", "Photo: A".
_PICTURE_SIGN = r"(?:REUTERS|AFP|AP Photo|AP|EPA|Getty Images|Pool|POOL|Photo|Photograph|Picture)\s*[/:]\s*"
_CONTRIBUTED = r"\s+contributed\s+(?:to\s+)?(?:this\s+|the\s+)?(?:report|reporting|story|article)"

# What follows a byline's names: "Latin America Correspondent", "Diplomatic Editors".
_ROLE = re.compile(r"(?:[A-Z][\w'\-]*\s+){0,4}(?:correspondent|editor|reporter|writer|columnist|analyst"
                   r"|contributor|journalist|chief|producer|photographer|staff)s?", re.I)
_CREDIT_SEGMENT = re.compile(rf"(?i:{_ROLE_BY}|{_LABEL})(?P<names>.+)")
# A whole "contributed" line: "Associated Press writers A in Lima and B contributed to this report."
_CONTRIBUTED_LINE = re.compile(rf"(?:(?:{CAP_WORD}\s+){{1,4}}(?:writers?|reporters?|correspondents?)\s+)?"
                               rf"(?P<names>.+?){_CONTRIBUTED}\.?")
_BYLINE = re.compile(r"[Bb]y\s+(?P<names>.{3,120})")

# Where a credited writer filed from: "A in Moscow", "B at the United Nations".
_FILED_FROM = rf"{_GAP}(?:in|at){_GAP}(?:the{_GAP})?{CAP_WORD}(?:{_GAP}{CAP_WORD}){{0,2}}"
# Inside body text: names listed right after an opening ("A in Moscow, B and C").
_LISTED = (rf"{NAME}(?:{_FILED_FROM})?(?:(?:[^\S\n]*[,/&][^\S\n]*|{_GAP}and{_GAP})(?:and{_GAP})?"
           rf"{NAME}(?:{_FILED_FROM})?)*")
_CREDIT_IN_TEXT = re.compile(rf"(?:\b(?i:{_ROLE_BY})|\b{_PICTURE_SIGN}|^By\s+)(?P<names>{_LISTED})", re.M)
_CONTRIBUTED_IN_TEXT = re.compile(rf"(?P<names>{_LISTED}){_CONTRIBUTED}")
_FILED_FROM_RE = re.compile(_FILED_FROM)


def byline_names(line: str) -> list[str] | None:
    """Names from a whole byline line, "By A and B, Diplomatic Correspondents", else None."""
    match = _BYLINE.fullmatch(line.strip())
    return split_names(match["names"]) if match else None


def credit_names(paragraph: str) -> list[str] | None:
    """Names from a paragraph made only of "<role> by <names>" or "<label>: <names>" segments, or
    of "<names> contributed to this report", else None."""
    contributed = _CONTRIBUTED_LINE.fullmatch(paragraph.strip("() "))
    if contributed is not None:
        names = split_names(contributed["names"])
        # "Saudi Arabia contributed to the report." is a sentence about a state or a body
        return None if names is None or any(_names_a_body(name) for name in names) else names
    segments = re.split(r"\s*;\s*|(?<=[a-z])\.\s+(?=[A-Z])", paragraph.strip("() ").rstrip("."))
    matches = [_CREDIT_SEGMENT.fullmatch(segment) for segment in segments]
    if not all(matches):
        return None
    names = [split_names(match["names"]) for match in matches]
    if None in names:   # "Reporting by state media suggested ..." is a sentence, not a credit
        return None
    return [name for group in names for name in group]


# Words a title-case headline is made of and a person's name is not: "Merkel Holds Talks".
_HEADLINE_WORDS = frozenset("""
    hold holds held meet meets met talk talks sign signs signed agree agrees agreed say says said
    warn warns urge urges call calls back backs reject rejects vow vows seek seeks visit visits
    open opens end ends win wins lose loses face faces make makes set sets take takes
    deal accord pact summit war peace border crisis vote ties talks news report
    to for on over with after as in at of against amid into from by new""".split())
_PERSON_WORD = re.compile(r"[A-Z][\w'.\-]*")


def is_personal_name(name: str) -> bool:
    """Whether `name` is shaped like one person's name: two or three capitalised words, besides
    particles ("Charles de Gaulle"), none of them a headline's word ("Angela Merkel Hold Talks")."""
    words = [word for word in name.split() if not re.fullmatch(_PARTICLES, word)]
    return (2 <= len(words) <= 3 and all(_PERSON_WORD.fullmatch(word) for word in words)
            and not any(word.casefold() in _HEADLINE_WORDS for word in words) and not _names_a_body(name))


def _names_a_body(name: str) -> bool:
    return name.split()[0] in ("The", "A", "An") or gz.organization(name) is not None \
        or gz.gazetteer().country_match(name) is not None


def split_names(names: str) -> list[str] | None:
    """Split "A, B at the UN and C in Moscow, Correspondents" into names; None unless every part is
    name-shaped."""
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", names.strip(" .)"))
    cleaned = [re.sub(r"\s+(?:in|at)\s+.*$", "", part).strip() for part in parts]
    names = [part for part in cleaned if not _ROLE.fullmatch(part)]   # "Reuters Staff" names no one
    if not all(_NAME.fullmatch(name) for name in names) or not any(cleaned):
        return None
    return names


def names_credited_in(text: str) -> list[str]:
    """Names that credits left inside body text give: right after "Writing by", "REUTERS/", a
    "By" opening a line, or right before "contributed to this report"."""
    listed = [m["names"] for m in _CREDIT_IN_TEXT.finditer(text)]
    # searched only in lines that say "contributed": tried at every offset of a long text, a
    # pattern that opens on a name list is the dearest of actor extraction
    listed += [m["names"] for line in text.splitlines() if "contributed" in line
               for m in _CONTRIBUTED_IN_TEXT.finditer(line)]
    return [name for names in listed for name in _NAME.findall(_FILED_FROM_RE.sub("", names))]
