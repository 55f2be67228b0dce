"""A journey made for a gathering: "flew to X on Monday for the summit", "arrived for talks with Y".

The traveller takes part in the gathering the journey is for, and the gathering is as planned or
as hypothetical as the journey (kb.extract.events uses both).
"""
from __future__ import annotations

from kb.extract import modality as modality_mod
from kb.extract.lexicon import CONSULT_TYPES, match_trigger


def journey_for(noun, trig):
    """The journey a gathering is the purpose of ("flew to X on Monday for the summit", "arrived
    for talks with Y"): its traveller takes part in the gathering, which is as planned or as
    hypothetical as the journey; a journey called off says nothing of the gathering (None)."""
    if trig.type not in CONSULT_TYPES - {"Visit"} or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    verb = noun.head.head
    journey = match_trigger(verb) if verb.pos_ in ("VERB", "AUX") else None
    if journey is None or journey.type != "Visit" or modality_mod.modality(verb) == "negated":
        return None  # "will not travel to X for the summit": the summit goes on without him
    return verb
