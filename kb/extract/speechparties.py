"""The parties an act of speech names beyond its speaker: the one it charges, threatens or bids
("said Y must withdraw": Y is bidden), and the doer of an act a charge names ("accused X of
shelling Y": X shelled).

A speaker's own state is not the party he bids: "X said Germany should win the cup", said by a
German, asks nothing of another side (the state is his, resolved through the actor's country, not
by the words of his name). A charge may still fall on it: an opposition leader accuses his own
government.
"""
from __future__ import annotations

from kb.extract import speechacts

# Kinds of speech whose content names a party the act is aimed at.
AIMED_SPEECH = ("Accusation", "Threat", "Appeal")


def speech_parties(tok, trig, index, agents: list[str], recipients: list[str]) -> tuple[list[str], list[str]]:
    """Agents and recipients of an event, with those its act of speech names added."""
    agents = agents + [a for w in speechacts.charged_doers(tok) for a in index.resolve(w)
                       if a not in agents + recipients]
    if trig.type in AIMED_SPEECH:
        own = set(index.countries_of(agents)) if trig.type == "Appeal" else set()
        named = [a for t in speechacts.accused(tok, trig) for a in index.resolve(t)]
        recipients = recipients + [a for a in dict.fromkeys(named) if a not in agents + recipients
                                   and not own & set(index.countries_of([a]))]
    return agents, recipients
