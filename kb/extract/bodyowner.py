"""Whose body a bare name is. A body of an organization ("the Security Council", "the General
Assembly") is the organization's, as wire copy names the UN's bodies, unless the text ties it to a
state: "Kazakhstan's Security Council", "the Kazakh Security Council", "the Security Council of
Kazakhstan" name Kazakhstan's ("Security Council of Kazakhstan"). A state's body ("Congress")
is that state's where it is in view or tied to it, and otherwise the body of the state in view:
"each house of Congress" in an article about Colombia is Colombia's.

The organizations table lists such a name as an alias that its owner's name completes ("UN" +
"Security Council", "U.S." + "Congress"); an alias the owner does not complete ("Duma" of "State
Duma", "NATO") names its body wherever it stands.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from spacy.tokens import Span

from kb import gazetteer as gz

_STATE_LABELS = ("GPE", "NORP")


class Owner(NamedTuple):
    """Whose body a bare name is: the organization's own (`of_state` False), or the body of a
    state (`state`, None when no state is in view: then it names no actor)."""

    of_state: bool
    state: gz.CountryEntry | None = None


def body_owner(org: gz.OrgEntry, span: Span) -> Owner:
    """Whose body `span`, a bare alias of `org`, is (see the module's docstring)."""
    tied = tied_state(span)
    if not _owner_out_of_view(org, span, tied):
        return Owner(False)
    return Owner(True, tied or _context_state(span))


def _owner_out_of_view(org: gz.OrgEntry, span: Span, tied: gz.CountryEntry | None) -> bool:
    """Whether the owner the table gives `org` is nowhere in view of `span`."""
    owner = _owner(org, span.text)
    if owner is None:
        return False
    state = gz.gazetteer().country_match(owner)
    if state is not None:
        # a national body: its state is the one tied to it, else in the sentence or the article's main state
        code = state[0].alpha3
        if tied is not None:
            return tied.alpha3 != code
        return code not in _states_in(span.sent) and main_state(span.doc) != code
    return tied is not None and gz.organization(owner) is not None


def tied_state(span: Span) -> gz.CountryEntry | None:
    """The state the words around a bare body name give it: a possessive ("Kazakhstan's
    Security Council"), a state's adjective ("the Kazakh Security Council"), or "of" and a state
    after it ("the Security Council of Kazakhstan")."""
    start = span.start + (span[0].lower_ == "the")
    doc = span.doc
    end = start - 1 if start > 0 and doc[start - 1].text in ("'s", "’s") else start
    named = [ent for ent in doc.ents if ent.end == end and ent.label_ in _STATE_LABELS]
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
        named += [ent for ent in doc.ents if ent.start == span.end + 1 and ent.label_ in _STATE_LABELS]
    hits = [hit[0] for ent in named if (hit := gz.gazetteer().country_match(_bare(ent.text))) is not None]
    return hits[0] if hits else None


def _bare(name: str) -> str:
    return re.sub(r"^the\s+", "", name, flags=re.I)


def _owner(org: gz.OrgEntry, said: str) -> str | None:
    """The words the canonical name puts before a bare alias ("UN" for "Security Council")."""
    said = _bare(said.strip())
    name = org.name
    if gz.normalize(said) == gz.normalize(name) or not name.lower().endswith(" " + said.lower()):
        return None
    return name[: -len(said)].strip() or None


def _states_in(sent: Span) -> set[str]:
    """The states a sentence names, and those its leaders of the table serve ("Obama said
    Congress must act"; spaCy may call a leader's name an organization)."""
    states = set(states_named(sent.ents))
    return states | {row.country for ent in sent.ents if ent.label_ in ("PERSON", "ORG")
                     and (row := gz.person(ent.text)) is not None and row.country}


def states_named(ents) -> list[str]:
    """The alpha3 of each entity that names a state by its name or adjective, in order."""
    return [hit[0].alpha3 for ent in ents if ent.label_ in _STATE_LABELS
            and (hit := gz.gazetteer().country_match(ent.text)) is not None]


def main_state(doc) -> str | None:
    """The state the article names most often, if one leads."""
    counts = Counter(states_named(doc.ents)).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


def state_in_view(span: Span) -> gz.CountryEntry | None:
    """The state a body with a bare name belongs to: the one tied to it, else the one the
    context gives."""
    return tied_state(span) or _context_state(span)


def _context_state(span: Span) -> gz.CountryEntry | None:
    """The state named in the sentence, else the article's main state."""
    states = _states_in(span.sent)
    code = next(iter(states)) if len(states) == 1 else main_state(span.doc)
    return gz.country_by_code(code) if code else None
