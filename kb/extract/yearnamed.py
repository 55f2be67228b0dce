"""An agreement named by the year it was made ("a 1921 treaty between Russia and Poland", "the
1997 agreement with Russia") tells its making: it was signed that year, by the sides its own
phrase names.

The sentence that mentions it is about something else ("X said on Monday it would honour the 1923
treaty"): its day is not the signing's, and the one who honours, cancels or cites the treaty need
not have signed it. So the date is the year, and the one who mentions it (the subject of the verb
it hangs on) is no party unless the noun's own "between", "with" or "among" phrase names him; the
parties its own phrase tells ("the 1920 treaty, under which X recognised Y") stay.
"""
from __future__ import annotations

from datetime import date

from kb.extract.lexicon import AGREEMENT_NOUNS, names_a_year
from kb.model import TimeValue

PARTY_PREPOSITIONS = ("between", "with", "among")


def year_made(noun):
    """The year written before an agreement noun, or None."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in AGREEMENT_NOUNS:
        return None
    return next((c for c in noun.children if names_a_year(c)), None)


def signing_year(year) -> TimeValue:
    """The year an agreement was made, as a date of year precision."""
    n = int(year.text)
    return TimeValue(value=year.text, precision="year", text=year.text, earliest=date(n, 1, 1),
                     latest=date(n, 12, 31), start=year.idx, stop=year.idx + len(year.text))


def signatories(noun, index) -> list[str]:
    """The sides the agreement's own phrase names: "a treaty between X and Y", "the pact with X"."""
    found: list[str] = []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in PARTY_PREPOSITIONS):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            found += [a for a in index.resolve(obj) if a not in found]
    return found


def mentioners(noun, index) -> list[str]:
    """Who the sentence says honours, cancels or cites the agreement: the subjects of the verb the
    noun hangs on ("X would honour the 1923 treaty", "X's parliament voted to cancel the pact")."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    found: list[str] = []
    while verb is not None:
        for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")):
            found += [a for a in index.resolve(subj) if a not in found]
        # "voted to cancel the pact": the subject is the verb's the infinitive completes
        verb = verb.head if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i else None
    return found
