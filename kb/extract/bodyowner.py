"""Whose body a bare name is: "the Security Council" or "Congress" names the UN's or the United
States' body only when its owner is in view; in an article about Kazakhstan's leaders "the
Security Council" is Kazakhstan's ("Security Council of Kazakhstan"), and "each house of Congress"
in Colombia is Colombia's.

The organizations table lists such a name as an alias that its owner's name completes ("UN" +
"Security Council", "U.S." + "Congress"); an alias the owner does not complete ("Duma" of "State
Duma", "NATO") names its body wherever it stands.
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Span

from kb import gazetteer as gz
from kb.nlp import text_of

_STATE_LABELS = ("GPE", "NORP")


def owner_out_of_view(org: gz.OrgEntry, span: Span) -> bool:
    """Whether `span`, a bare alias of `org`, stands where its owner is nowhere in view."""
    owner = _owner(org, span.text)
    if owner is None:
        return False
    state = gz.gazetteer().country_match(owner)
    if state is not None:
        # a national body: its state is in the sentence, or is the article's main state
        code = state[0].alpha3
        return code not in _states_in(span.sent) and _main_state(span.doc) != code
    parent = gz.organization(owner)
    if parent is not None:
        return not _named_in(parent, text_of(span.doc))
    return False


def _owner(org: gz.OrgEntry, said: str) -> str | None:
    """The words the canonical name puts before a bare alias ("UN" for "Security Council")."""
    said = re.sub(r"^the\s+", "", said.strip(), flags=re.I)
    name = org.name
    if gz.normalize(said) == gz.normalize(name) or not name.lower().endswith(" " + said.lower()):
        return None
    return name[: -len(said)].strip() or None


def _states_in(sent: Span) -> set[str]:
    """The states a sentence names, and those its leaders of the table serve ("Obama said
    Congress must act"; spaCy may call a leader's name an organization)."""
    states = {hit[0].alpha3 for ent in sent.ents if ent.label_ in _STATE_LABELS
              and (hit := gz.gazetteer().country_match(ent.text)) is not None}
    return states | {row.country for ent in sent.ents if ent.label_ in ("PERSON", "ORG")
                     and (row := gz.person(ent.text)) is not None and row.country}


def _main_state(doc) -> str | None:
    """The state the article names most often, if one leads."""
    counts = Counter(hit[0].alpha3 for ent in doc.ents if ent.label_ in _STATE_LABELS
                     and (hit := gz.gazetteer().country_match(ent.text)) is not None).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


def _named_in(org: gz.OrgEntry, text: str) -> bool:
    """Whether the text names `org` by its name or an alias, as whole words."""
    return any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) for name in (org.name, *org.aliases))


def state_in_view(span: Span) -> gz.CountryEntry | None:
    """The state a body with a bare name belongs to when its table owner is out of view: one named
    in the sentence, else the article's main state."""
    states = _states_in(span.sent)
    code = next(iter(states)) if len(states) == 1 else _main_state(span.doc)
    return gz.gazetteer().countries.get(code) if code else None
