"""Places of one article: where things happen ("in Sochi", "at the Black Sea", "the resort of Sochi").

A name is a place only where the grammar makes it a location: the object of "in", "at",
"near", of "to"/"from" after a verb of motion, or a modifier of a summit or talks, possibly
through a place noun ("the Black Sea coast", "the resort of Sochi"). So "Washington wants"
(a government acting) and "disputes over Iran" (a topic) are not places.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kb import gazetteer as gz
from kb.model import Actor, Place

PLACE_LABELS = ("GPE", "LOC", "FAC")
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "throughout", "across", "around",
                   "within", "off", "along", "beside", "aboard", "into", "onto"}
_MOTION_PREPS = {"to", "from", "toward", "towards"}
# Words whose "to"/"from" names where someone or something goes or comes from ("sent troops to X",
# "a delegation to X"): verbs of motion, and the nouns of a trip and of what is sent.
_MOTION_WORDS = {"return", "returning", "fly", "travel", "go", "come", "arrive", "head", "move",
                 "trip", "visit", "flight", "journey", "way", "tour", "leave", "depart", "send",
                 "delegation", "mission", "deploy", "dispatch"}
# Verbs whose "from" tells where the speaker was: "announced from Madrid", "broadcast from the capital".
SPEAKING_FROM = {"speak", "announce", "broadcast", "address", "say", "declare", "tell", "write"}
# Nouns through which a name still gives a location: "the Black Sea coast", "the resort of Sochi".
_PLACE_NOUNS = {"coast", "shore", "shores", "resort", "city", "town", "capital", "village", "port",
                "region", "province", "border", "island", "retreat", "outskirts", "suburb", "area",
                "residence", "office", "palace", "hotel", "hall", "headquarters", "airport", "center", "centre", "venue", "enclave", "base",
                "harbour", "harbor", "bay", "district", "county", "valley", "peninsula"}
# Units of land whose name is a place whatever the tagger took it for: "the province of X", "X province".
_LAND_NOUNS = {"city", "town", "village", "port", "province", "region", "district", "county", "island"}
# A name modifying one of these tells where it happened: "the Sochi summit", "the Minsk talks".
EVENT_NOUNS = {"summit", "talks", "meeting", "conference", "visit", "accord", "accords",
                "agreement", "agreements", "ceasefire", "protocol", "declaration", "negotiations",
                "ceremony", "rally", "forum"}
# "aimed at Russia", "angry at Washington": "at" after these is not a location.
_AT_NOT_PLACE = {"aim", "direct", "target", "point", "look", "angry", "fire", "shoot", "laugh",
                 "glance", "hit", "jab", "swipe", "lash", "aimed", "directed", "targeted"}
# A preposition inside an unknown name makes it a body or a programme, not a place.
_NAMING_PREPS = {"for", "against", "with"}
# A location inside what a text is about, or what it is done for, is part of that: "a declaration on
# security in Europe", "in retaliation for the intervention in Afghanistan".
_TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning", "for"}
# The last word of a named building or ground inside a city ("Uhuru Park", "the Elysee Palace",
# "Bole Field"): a venue named beside the dateline's city is in it.
VENUE_HEADS = {"palace", "park", "university", "airport", "hotel", "house", "square", "stadium", "field",
               "hall", "building", "centre", "center", "castle", "cathedral", "mosque", "church", "gardens"}
# Lower is more specific; place_for prefers the most specific place in a sentence.
_RANK = {"venue": 0, "city": 1, "island": 2, "unknown": 2, "region": 3, "sea": 3, "country": 4}


def extract_places(doc: Doc, actors: list[Actor]) -> list[Place]:
    """Every mention of a place used as a location, in text order (one Place per mention)."""
    places: list[Place] = []
    for ent in doc.ents:
        span = _trim(ent)
        if span is None:
            continue
        place = (_capital(span) if ent.label_ == "NORP" else None) or _place(span, ent.label_)
        if place is not None:
            places.append(place)
    named = {t.i for ent in doc.ents for t in ent}
    for span in _untagged_land_names(doc, named):
        place = _place(span, "")
        if place is not None:
            places.append(place)
    return sorted(places, key=lambda p: p.start)


def _untagged_land_names(doc: Doc, named: set[int]):
    """Names of units of land the tagger left unnamed: "in Ecuador's Sucumbios province", "the
    province of Cabo Delgado" (a local name the model does not know is still a place, told so by
    the land noun); a run of capitalised words outside every entity."""
    for tok in doc:
        if tok.lemma_.lower() not in _LAND_NOUNS or tok.pos_ != "NOUN":
            continue
        words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
        words += [n for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for n in p.children
                  if n.dep_ == "pobj"]
        for word in words:
            span = doc[min(t.i for t in word.subtree if t.dep_ == "compound" or t.i == word.i):word.i + 1]
            if all(t.pos_ == "PROPN" and t.is_title and t.i not in named for t in span):
                yield span


def _place(span: Span, label: str) -> Place | None:
    entry = gz.place(span.text)
    if entry is None and label not in PLACE_LABELS and not _names_land(span):
        return None  # only our own table, or a unit of land, rescues a mislabelled name ("Sochi" as NORP)
    if not is_location(span):
        return None  # "disputes over Iran", "Washington wants", "the Middle East peace process"
    if entry is None:
        hit = gz.country(span.text)
        if hit is not None:
            return None  # a demonym or a metonym that is not in the places table
        if any(t.lower_ in _NAMING_PREPS for t in span):
            return None  # "the Partnership for Peace", "a Fund for Africa": a body or a programme
        return Place(span.text, None, None, span.start_char, span.end_char)
    if entry.city and gz.place(entry.city) is not None:
        entry = gz.place(entry.city)  # events happen in a city: "at the Kremlin" is in Moscow
    return Place(entry.name, entry.country, entry.geonames, span.start_char, span.end_char)


def _names_land(span: Span) -> bool:
    """"the province of X", "X province": the name of a unit of land is a place's."""
    root, head = span.root, span.root.head
    if root.dep_ == "compound":
        return head.lemma_.lower() in _LAND_NOUNS
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _LAND_NOUNS


def _capital(span: Span) -> Place | None:
    """"in the Eritrean capital": the capital of the country the adjective names (the first
    metonym of the countries table is the capital)."""
    head = span.root.head
    if span.root.dep_ != "amod" or head.lower_ != "capital" or not is_location(head.doc[head.i:head.i + 1]):
        return None
    hit = gz.gazetteer().country_match(span.text)
    if hit is None or hit[1] != "demonym":
        return None
    city = capital_name(hit[0])
    if city is None:
        return None
    entry = gz.place(city)
    geonames = entry.geonames if entry is not None and entry.kind == "city" else None
    return Place(city, hit[0].alpha3, geonames, span.start_char, head.idx + len(head))


def capital_name(state: gz.CountryEntry) -> str | None:
    """A state's capital: the first metonym of the countries table, else that of the state that
    kept a former state's capital ("the Soviet capital": Moscow)."""
    capitals = state.metonyms or _successor(state.alpha3).metonyms
    return capitals[0] if capitals else None


def _successor(alpha3: str) -> gz.CountryEntry:
    """The state that kept a former state's capital (the Soviet Union's is Russia's), else itself."""
    modern = next((m for m, earlier, _ in gz.PREDECESSORS if earlier == alpha3), alpha3)
    return gz.country_by_code(modern) or gz.country_by_code(alpha3)


def _trim(ent: Span) -> Span | None:
    """The name without a trailing possessive or land noun, cut at a line break: a name never runs
    on into the next line ("talks in St Vincent" followed by a new paragraph)."""
    start, end = ent.start, ent.end
    doc = ent.doc
    end = next((t.i for t in ent if t.is_space or "\n" in t.text), end)
    while end > start and doc[end - 1].text in ("'s", "\u2019s", "'", "\u2019"):
        end -= 1
    if end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lemma_ in _LAND_NOUNS:
        end -= 1  # "Kunduz province" tagged whole: the place's name is "Kunduz"
    return doc[start:end] if start < end else None


def is_location(span: Span) -> bool:
    """Whether the grammar makes `span` a location: "in Russia", "returning to Washington"."""
    tok = governing_noun(span.root)
    if tok.dep_ == "pobj":
        prep = tok.head
        if prep.lower_ == "at" and prep.head.lemma_.lower() in _AT_NOT_PLACE:
            return False
        if prep.lower_ in LOCATIVE_PREPS:
            return not _inside_topic(prep.head)
        if prep.lower_ == "on":
            return tok.lower_ in _PLACE_NOUNS  # "on the Black Sea coast", not "on Iran"
        if prep.lower_ == "from" and prep.head.lemma_.lower() in SPEAKING_FROM:
            return True  # "announced from Madrid": where the speaker was
        if prep.lower_ in _MOTION_PREPS:
            # "sent troops to X", "will lead a delegation to X": the object is what travels
            goers = [prep.head] + [c for c in prep.head.children if c.dep_ == "dobj"]
            return any(g.lemma_.lower() in _MOTION_WORDS or g.lower_ in _MOTION_WORDS for g in goers)
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("visit", "tour", "reach", "enter", "leave"):
        return True
    if tok.dep_ in ("dobj", "nsubjpass") and tok.i != span.root.i and tok.lemma_.lower() in _LAND_NOUNS:
        return True  # "shelled the town of X", "the city of X was hit": the phrase names a location
    if tok.dep_ in ("compound", "nmod", "amod", "poss"):
        return tok.head.lower_ in EVENT_NOUNS
    return tok.dep_ == "npadvmod" and tok.head.lower_ in _PLACE_NOUNS


def _inside_topic(tok: Token) -> bool:
    """Whether a phrase hangs on the object of a topic preposition: "in Europe" in "a declaration
    on security and cooperation in Europe" tells what the declaration is about, not where it was made."""
    for _ in range(4):
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ in EVENT_NOUNS or tok.ent_type_ in ("DATE", "TIME"):
            return False
        if tok.dep_ == "conj":
            tok = tok.head
        elif tok.dep_ == "pobj":
            return tok.head.lower_ in _TOPIC_PREPS
        else:
            return False
    return False


def governing_noun(tok: Token) -> Token:
    """Climb from a name to the noun phrase that holds it: "Sochi" -> "resort" in "the resort of Sochi"."""
    for _ in range(4):
        head = tok.head
        if tok.dep_ in ("compound", "det", "amod", "nmod", "poss") and head.lemma_.lower() in _PLACE_NOUNS:
            tok = head
        elif tok.dep_ == "conj" and head.pos_ == "PROPN":
            tok = head  # "flew to Washington and Moscow"
        elif tok.dep_ == "compound" and any(t.is_space for t in tok.doc[tok.i + 1:head.i]):
            tok = head  # a headline name the parser ran on into the next line: its role is the head's
        elif tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _PLACE_NOUNS:
            tok = head.head
        elif tok.dep_ == "appos" and head.pos_ in ("PROPN", "NOUN"):
            tok = head
        elif tok.dep_ == "pobj" and head.lower_ == "of" and tok.lemma_.lower() in _PLACE_NOUNS \
                and head.head.dep_ == "pobj":
            tok = head.head  # "across the tarmac of X's airport": the outer noun is where the place is
        else:
            break
    return tok


def place_for(sentence: Span | tuple[int, int], places: list[Place],
              default: Place | None = None) -> Place | None:
    """The most specific place mentioned in `sentence` (a Span or char offsets), else `default`."""
    start, end = (sentence.start_char, sentence.end_char) if isinstance(sentence, Span) else sentence
    inside = [p for p in places if p.start is not None and start <= p.start < end]
    if not inside:
        return default
    return min(inside, key=lambda p: (specificity(p), p.start))


def specificity(place: Place) -> int:
    """Lower is finer: a venue, a city, an unknown name or an island, a region or sea, a country."""
    entry = gz.place(place.name)
    return _RANK.get(entry.kind if entry else "unknown", 2)


def is_venue(place: Place) -> bool:
    """Whether a place of the text is a named building or ground the gazetteer does not know
    ("the Elysee Palace", "Uhuru Park"): a spot inside some city, not a town of its own."""
    return place.start is not None and gz.place(place.name) is None \
        and place.name.split()[-1].lower() in VENUE_HEADS


def datelines(places: list[Place]) -> list[Place]:
    """The article's dateline among its place mentions: the one not in the body (no offsets)."""
    return [p for p in places if p.start is None]
