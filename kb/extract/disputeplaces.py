"""Where a dispute is: lands and places read as topics.

- a place a conflict is in: "the war in Darfur", "fighting in the former colony";
- a land claimed, held or partitioned: "sovereignty over X", "Moroccan-held Western Sahara",
  "the annexed Crimea", "since the island was divided".
A place from the table of known topics takes that topic; any other is its own canonical topic, so
"the war in Darfur" and "the Darfur conflict" are one dispute whoever reports them.
"""
from __future__ import annotations

from kb import gazetteer
from kb.extract.disputewords import (LAND_NOUNS as LAND_WORDS, TOPIC_PREPS, Mention, may_come, phrase_span, slug,
                                     table_topic_named)
from kb.extract.linking import ActorIndex

_WAR_NOUNS = {"war", "fighting", "violence", "hostilities", "conflict", "insurgency", "unrest"}
_SPANS = {"year", "decade", "month", "week", "day"}


def spanned(noun) -> bool:
    """ "a decade of civil war", "years of conflict"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in _SPANS


# Nouns for a land that can be partitioned: "the divided island", "the island was divided".
_LAND_NOUNS = {"peninsula", "island", "city", "country", "nation", "capital", "continent", "territory",
               "homeland", "land", "state"}
_ANY_LAND_NOUNS = _LAND_NOUNS | LAND_WORDS


def divided(word, n: int) -> list[Mention]:
    """ "the divided island", "since the country was divided": the partition of a land is the topic
    (a country "divided over" an issue is split in opinion, not partitioned)."""
    if word.dep_ == "amod":
        land = word.head
    elif any(c.dep_ == "auxpass" for c in word.children):
        land = next((c for c in word.children if c.dep_ == "nsubjpass"), None)
    else:
        return []
    if land is None or any(c.dep_ == "prep" and c.lower_ in TOPIC_PREPS for c in word.children):
        return []
    if not (land.ent_type_ in ("GPE", "LOC") or land.lemma_.lower() in _LAND_NOUNS):
        return []
    span = (min(word.idx, land.left_edge.idx), max(word.idx + len(word), land.idx + len(land)))
    named = [g for c in land.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]  # "the island of Cyprus"
    if not named and land.lower_ in _ANAPHORIC_LANDS:
        named = [t for t in [_antecedent(land)] if t is not None]
        if not named:
            return []  # "the divided city" with no city named before it: too vague to be a topic
    land = named[0] if named else land
    words = [t for t in land.doc[land.left_edge.i:land.i + 1]
             if t.i != word.i and (t.i == land.i or t.dep_ in ("compound", "amod"))]
    topic = "division of " + ("" if land.pos_ == "PROPN" else "the ") + " ".join(t.text for t in words)
    return [Mention(slug(topic), topic, n, True, span, inner_parties=True, weight=2)]


_ANAPHORIC_LANDS = {"city": "city", "capital": "city", "country": "country", "nation": "country"}


def _antecedent(noun):
    """The place "the city" or "the country" refers back to: the last city or country named before it."""
    kind = _ANAPHORIC_LANDS[noun.lower_]
    for ent in reversed([e for e in noun.doc.ents if e.end <= noun.i and e.label_ == "GPE"]):
        entry = gazetteer.place(ent.text)
        if ((entry is not None and entry.kind == kind) or (kind == "country" and gazetteer.country(ent.text))) \
                and not _names_a_meeting(ent.root):
            return ent.root
    for tok in reversed(noun.doc[:noun.i]):  # a city named inside a landmark's name: "the Berlin Wall"
        entry = gazetteer.place(tok.text) if tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON" else None
        if entry is not None and entry.kind == kind and not _names_a_meeting(tok):
            return tok
    return None


# Nouns of a deal or a meeting that take the name of the city it was signed or held in: "the Lima
# Accord", "the Vienna talks". That city is where the sides met, not a land divided between them.
_MEETING_NOUNS = {"accord", "agreement", "treaty", "declaration", "protocol", "process", "summit",
                  "conference", "talk", "pact", "charter", "convention", "communique", "consensus",
                  "plan", "format", "framework", "memorandum", "act", "document", "formula"}


def _names_a_meeting(tok) -> bool:
    """ "Geneva" in "the Geneva Conventions": a word of the name of a deal or a meeting."""
    head = tok
    while head.dep_ in ("compound", "nmod", "amod") and head.head.i != head.i:
        head = head.head
    word = head.lemma_.lower()  # a capitalised "Accords" keeps its plural as its lemma
    return head.i != tok.i and (word in _MEETING_NOUNS or word.endswith("s") and word[:-1] in _MEETING_NOUNS)


# Participles that say who holds a land: "Moroccan-held Western Sahara", "the annexed Crimea".
HELD_PARTICIPLES = {"controlled", "administered", "held", "occupied", "annexed", "claimed"}
_HELD_ALONE = {"occupied", "annexed"}   # the others need their holder: "the controlled area" says nothing


def held_territory(word, n: int, index: ActorIndex) -> list[Mention]:
    """A named land said to be held, occupied or annexed by a side is a contested territory."""
    land = word.head
    if word.dep_ != "amod" or land.pos_ != "PROPN" or land.ent_type_ in ("PERSON", "NORP"):
        return []
    holder = [c for c in word.children if c.dep_ in ("npadvmod", "compound", "amod", "nmod")
              and gazetteer.country(c.text) is not None]
    if not holder and (word.lower_ not in _HELD_ALONE or land.ent_type_ not in ("GPE", "LOC")):
        return []  # the parser calls many a small land ORG or FAC: its holder's name vouches for it
    return [place_mention(word, land, n, index, label=False, skip={t.i for t in word.subtree}, weight=2)]


# How a state takes land ("the lands it occupied", "the territory seized by X"): one of _LAND_NOUNS.
TAKEN_PARTICIPLES = {"occupied", "seized", "captured", "annexed", "conquered"}


def taken_land(word, n: int, index: ActorIndex) -> list[Mention]:
    """ "the lands it occupied in 1975", "the territory seized by Turkey in 1939": land a state took,
    named with its taker and the year ("land occupied by X in 1967"). Not land a crowd occupied
    ("the square they had occupied"): the taker must be a state."""
    land = word.head
    if word.dep_ not in ("relcl", "acl") or land.lemma_.lower() not in _LAND_NOUNS:
        return []
    takers = [g for c in word.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] + \
        [c for c in word.children if c.dep_ == "nsubj"]
    state = next((index.by_id[a] for t in takers for a in _taker(t, index) if index.kind(a) == "country"), None)
    if state is None:
        return []
    years = [g.text for c in word.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
             if g.ent_type_ == "DATE" and g.text.isdigit()]
    topic = f"{land.lemma_.lower()} {word.lower_} by {state.name}" + (f" in {years[0]}" if years else "")
    return [Mention(slug(topic), topic, n, True, (land.idx, word.idx + len(word)), weight=2)]


def _taker(tok, index: ActorIndex) -> list[str]:
    """The actors a taker names; "it" stands for the state the clause around the land is about
    ("while X keeps the lands it occupied")."""
    found = index.resolve(tok)
    if found or tok.lower_ not in ("it", "they"):
        return found
    clause = tok.head.head
    while clause is not None and clause.pos_ != "VERB":
        clause = clause.head if clause.head.i != clause.i else None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    return index.resolve(subject) if subject is not None else []


def claim(noun, n: int, index: ActorIndex) -> list[Mention]:
    """ "sovereignty over X", "control of X", "claim to X", "X's status": the place X is the topic;
    a writer names the quarrel over a land's standing with the noun ("the status of Kosovo")."""
    if noun.lemma_.lower() == "status" and not _standing_as_a_land(noun):
        return []
    preps = [c for c in noun.children if c.dep_ == "prep"]
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.dep_ == "prep" and after.head.i == noun.head.i:
        preps.append(after)  # "awarded Yemen sovereignty over X": the parser hangs "over X" on the verb
    lands = [_whole(obj) for child in preps if child.lower_ in ("over", "of", "to", "on")
             for obj in child.children if obj.dep_ == "pobj"]
    if noun.lemma_.lower() == "status":
        lands += [c for c in noun.children if c.dep_ == "poss"]   # "Kosovo's status"; "Mexico's sovereignty" is its own
    for land in lands:
        if _is_land(land, noun, index):
            mention = place_mention(noun, land, n, index, label=False)
            if noun.lemma_.lower() in _STANDING_NOUNS:
                mention.topic = f"{noun.lemma_.lower()} {_STANDING_NOUNS[noun.lemma_.lower()]} {mention.topic}"
            return [mention]
    if noun.lemma_.lower() == "claim" and any(c.lower_ == "territorial" for c in noun.children) and not may_come(noun):
        return [Mention("territorial-claims", "territorial claims", n, True, phrase_span(noun),
                        inner_parties=True)]
    return []


def _standing_as_a_land(status) -> bool:
    """Whether "status" is a land's standing as a state or a territory ("the final status of the
    region"), not a rank a state holds among others: "its status as an emerging economy", "a
    trade status", "observer status at the assembly", "its status in the bloc"."""
    if any(c.dep_ == "prep" and c.lower_ in ("as", "in", "at", "within", "among") for c in status.children):
        return False
    after = status.doc[status.right_edge.i + 1] if status.right_edge.i + 1 < len(status.doc) else None
    if after is not None and after.dep_ == "prep" and after.lower_ == "as":
        return False  # the parser may hang the role on the verb: "suspending Chile's status as an observer"
    return not any(c.dep_ == "compound" or c.dep_ == "amod" and c.lower_ not in _LAND_STANDING
                   for c in status.children)


# Qualifiers of a land's own standing: "the final status of X", "the territory's disputed status".
_LAND_STANDING = {"final", "future", "political", "legal", "disputed", "contested", "constitutional",
                  "international", "eventual", "permanent", "ultimate", "undecided", "unresolved"}


# Claim nouns that say what is contested about a land, with the preposition the writer puts after
# them: "sovereignty over the islands", "the status of the region".
_STANDING_NOUNS = {"sovereignty": "over", "status": "of"}
# Words for a share of a land: a claim to "part of the islands" is a claim to the islands.
_SHARE_WORDS = {"most", "part", "parts", "all", "much", "half", "some", "rest", "remainder"}


def _whole(obj):
    """The land a share of it names: "half of the islands" gives the islands."""
    if obj.lower_ not in _SHARE_WORDS:
        return obj
    return next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), obj)


def _is_land(tok, noun, index: ActorIndex) -> bool:
    """Whether a claim noun's object names a land. The small parser knows the famous places and
    calls a rock or a hamlet few texts name a person or a firm ("sovereignty over Pedra Branca"),
    and the actors follow it: after "sovereignty" any proper name that is no body the article names
    is a land (no state is sovereign over a person), and after any claim noun a land noun with a
    proper name before it is ("the Hanish islands")."""
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    # a plural name the small model leaves unlemmatised ("Middle Rocks", tag NNPS) is stripped of its "s"
    head = tok.lemma_.lower().removesuffix("s") if tok.tag_ == "NNPS" else tok.lemma_.lower()
    if head in _ANY_LAND_NOUNS and \
            any(c.dep_ in ("compound", "amod") and c.text[:1].isupper() for c in tok.children):
        return True
    actor = index.at(tok)
    return tok.pos_ == "PROPN" and noun.lemma_.lower() == "sovereignty" and \
        (actor is None or index.kind(actor) not in ("organization", "group"))


def place_object(noun):
    preps = [c for c in noun.children if c.dep_ == "prep"]
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.dep_ == "prep" and after.head.pos_ == "VERB" and spanned(noun):
        preps.append(after)  # "to stop a decade of war in X": the parser hangs "in X" on the verb
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _WAGING_VERBS:
        preps += [c for c in noun.head.children if c.dep_ == "prep"]  # "fought a war across X": where it was fought
    for child in preps:
        if child.lower_ in ("in", "over", "across"):
            for obj in child.children:
                lands = ([t for t in (obj, *obj.conjuncts) if t.ent_type_ in ("GPE", "LOC")]
                         if obj.dep_ == "pobj" else [])
                if lands:
                    return _known_land_among(lands)
                if obj.dep_ == "pobj" and obj.lemma_.lower() in _STATE_NOUNS and _state_antecedent(obj) is not None:
                    return obj
    return _place_where(noun)


# Verbs whose object is a war and whose place is the war's: "they fought a war in X", "waged a war across X".
_WAGING_VERBS = {"fight", "wage"}


def _known_land_among(lands: list):
    """ "they fought across Sindh and Kashmir": of lands named together, the one the table of known
    topics holds names the quarrel; else the first."""
    return next((land for land in lands if table_topic_named(place_name(land)) is not None), lands[0])


# What a war does where it is fought: "where fighting has raged", "where the insurgency has displaced
# millions". A war that only weighs on a place ("where the war has pushed up prices", "where the
# conflict dominated the council") is not in it. ("rag": the small model's lemma of "raged".)
_RAGING_VERBS = {"rage", "rag", "kill", "displace", "uproot", "erupt", "flare", "ravage", "devastate", "destroy",
                 "grind"}
# "where the war has claimed thousands of lives": "claim" is a war's harm only with a toll for object
# ("claimed the attention of voters" is not).
_TOLL_NOUNS = {"life", "lives", "victim", "thousand", "hundred", "million", "people", "civilian", "soldier", "death"}


def _place_where(noun):
    """ "the northern region of Borno, where an insurgency has displaced millions": a conflict raging or
    harming in a relative clause on a place is in that place (its name, or the name after "the
    region of"); one only spoken of there, or weighing on it, is not ("where the war was discussed")."""
    clause = noun.head
    lemma = clause.lemma_.lower()
    toll = lemma == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() in _TOLL_NOUNS for c in clause.children)
    doing = (noun.dep_ == "nsubj" and (lemma in _RAGING_VERBS or toll)) or \
        (noun.dep_ == "nsubjpass" and lemma in _WAGING_VERBS)  # "where the war was fought"
    if not doing or clause.dep_ != "relcl" or \
            not any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
        return None
    place = clause.head
    if place.lemma_.lower() in _ANY_LAND_NOUNS:
        place = next((g for c in place.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), place)
    return place if place.ent_type_ in ("GPE", "LOC") else None


# "fighting in the former colony", "unrest in the kingdom": the state named before.
_STATE_NOUNS = {"republic", "country", "nation", "state", "kingdom", "emirate"}


def _state_antecedent(noun) -> str | None:
    """The name of the country a definite "the (former Soviet) republic" refers back to: the last
    country the text named before it, by name or by demonym ("Malian President ...")."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or \
            any(c.pos_ == "PROPN" or c.dep_ == "prep" for c in noun.children if c.i > noun.i):
        return None
    for tok in reversed(noun.doc[noun.sent.start:noun.left_edge.i]):
        entry = gazetteer.country(tok.text) if tok.pos_ in ("PROPN", "ADJ") else None
        if entry is not None and tok.text in (entry.name, *entry.aliases, *entry.demonyms):
            return entry.name  # a capital is left out: it may be only the dateline
    return None


def place_mention(noun, place, n: int, index: ActorIndex, label: bool = True, skip=frozenset(),
                  weight: int = 1) -> Mention:
    """ "the war in Darfur" -> darfur-conflict; a table place ("violence in Kosovo") -> its topic.
    `weight` is given to a land taken as the topic itself (label off)."""
    name = place_name(place, skip)
    known = table_topic_named(name)
    if known is not None:
        return Mention(known[0], known[1], n, True, phrase_span(place), canonical=True, weight=weight)
    if not label:
        return Mention(slug(name), name, n, True, phrase_span(place), canonical=True, weight=weight)
    word = noun.lower_
    kind = "conflict" if noun.lemma_.lower() in _WAR_NOUNS else noun.lemma_.lower()
    return Mention(f"{slug(name)}-{kind}", f"{word} in {name}", n, True, phrase_span(place),
                   canonical=True, weight=2)


def place_name(tok, skip=frozenset()) -> str:
    """A place as the writer names it: its proper words and its head noun ("Hanish islands")."""
    if tok.pos_ != "PROPN" and tok.lemma_.lower() in _STATE_NOUNS:
        return _state_antecedent(tok) or tok.text
    words = [t for t in tok.doc[tok.left_edge.i:tok.i + 1]
             if (t.pos_ == "PROPN" or t.i == tok.i or _proper_modifier(t, tok)) and t.i not in skip]
    return " ".join(t.text for t in words) or tok.text


def _proper_modifier(t, head) -> bool:
    """A capitalised word the parser took for an adjective, naming the land it stands before ("the
    Hanish islands"); a word capitalised only as the sentence's first is not one."""
    return t.dep_ in ("amod", "compound") and t.head.i == head.i and t.text[:1].isupper() and t.i > t.sent.start
