"""The state a bare office title serves when neither the title nor its sentence names one:
"President X", "Foreign Minister Y", "the Prime Minister, Z" in a report about a country.

News names a foreign office holder with his state ("Chilean President X") and a home one with his
title alone, so a bare title of a national office is read as serving: the state its possessive
pronoun points back to, when the actor "its" stands for is a state and not an organization; or the
one state whose cities the sentence sets a home act in ("signed the decree in Nairobi"), never a
city he only visits, meets or speaks in; else the state governed from the capital the article is
filed from ("MANILA --"), where a reporter writes the home government's titles bare and a foreign
one's with its state, unless a possessive in the title names another owner ("the emirate's energy
minister"). A state whose holder of that office on the article's day the leaders table lists is
never given to someone the table does not know (a day in a gap of the list, a holder the table
lacks, refuses no one). The state an article merely names first is no evidence: "Ethiopia and
Eritrea signed ... in Jeddah. Foreign Minister X said the kingdom was proud to host it" is no
Ethiopian minister.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from functools import lru_cache

from spacy.tokens import Span, Token

from kb import gazetteer as gz
from kb.extract.candidates import Candidate
from kb.extract.clauses import name_text
from kb.extract.officetitles import STATE_HEADS
from kb.extract.phrases import SPOKESMEN, SUBJECT_DEPS, is_subject
from kb.extract.titles import HEAD_TITLES, TITLE_WORDS
from kb.model import Dateline
from kb.nlp import text_of

# Offices of a state's own government, by the words of the title, and how the leaders table
# words the same office ("Premier of China" and "Prime Minister of Japan" are one office).
_TABLE_OFFICES = {
    "president": ("President",),
    "vice-president": ("Vice President",), "vice president": ("Vice President",),
    "prime minister": ("Prime Minister", "Premier"), "premier": ("Prime Minister", "Premier"),
    "foreign minister": ("Foreign Minister", "Foreign Secretary"),
    "chancellor": ("Chancellor",),
}
# Titles that say the holder serves no state, or not now ("opposition leader", "President of the
# Sinn Fein", "former president", "president-elect").
_NOT_OF_THE_STATE = ("former", "opposition", "elect", "party", " of ", "'s")
# Words for holding an office for a while, which is still holding it ("acting prime minister").
_STOPGAP = {"interim", "acting", "provisional", "transitional", "caretaker"}
# The last word of a military rank or a spokesman's title (see _home_service).
_RANK_WORDS = {"general", "gen.", "admiral", "adm.", "marshal", "brigadier", "brig."}
_RANK_PREFIXES = {"lieutenant", "lt.", "major", "maj.", "brigadier", "brig.", "rear", "vice", "field", "army"}
# Words of a body that is no state's own: an armed group, a party, a bloc's or the UN's force
# ("commander of the peacekeeping force", "a spokesman for the liberation front").
_OTHER_BODIES = {"front", "movement", "rebel", "rebels", "party", "alliance", "militia", "guerrilla",
                 "guerrillas", "insurgents", "coalition", "peacekeeping", "peacekeepers", "nations", "un",
                 "u.n.", "nato"}
_POSSESSIVE_PRONOUNS = {"its", "their"}
_PERSONAL_POSSESSIVES = {"his", "her"}
_ALL_POSSESSIVES = _POSSESSIVE_PRONOUNS | _PERSONAL_POSSESSIVES
# Verbs of coming to a place: a visitor arrives in the state he visits, not in his own.
_ARRIVALS = {"arrive", "land", "visit", "travel", "fly", "come", "go", "tour", "stop"}
# Verbs and nouns of speaking and meeting: a head of state talks, meets and confers in other
# states' cities as often as in his own ("spoke to reporters in Geneva after talks with Iran").
_ENCOUNTERS = {"speak", "talk", "meet", "say", "tell", "confer", "negotiate", "host", "attend", "join",
               "talks", "meeting", "summit", "conference", "negotiation", "reporter", "forum",
               "assembly", "sideline", "visit", "trip", "tour"}
_PRONOUN_REACH = 6     # words between a possessive pronoun and the name ("its foreign minister, X")
_BACK_REACH = 400      # characters a possessive pronoun may point back over
_SENTENCES_BACK = 2    # sentences before a holder's first mention that may bring him in on a state's part


def home_office(cand: Candidate) -> str | None:
    """The office of a state's own government a bare title names ("prime minister"), or None."""
    for role in (r.lower() for r in cand.roles):
        if any(w in role for w in _NOT_OF_THE_STATE):
            continue
        first, _, rest = role.partition(" ")
        role = rest if first in _STOPGAP and rest else role  # "interim president" holds the office
        if role.endswith("minister") or role in _TABLE_OFFICES or _home_service(role):
            return role
    return None


def _home_service(role: str) -> bool:
    """A rank of a state's armed forces ("General", "Lt. Gen.", "Admiral") or a government's
    spokesman: the gold counts commanders and spokesmen as acting for their state, and a report
    names its home ones without it."""
    words = role.replace("-", " ").split()
    if not words:
        return False
    if words[-1] in SPOKESMEN:
        return len(words) == 1 or words[0] in ("government", "presidential", "military", "army")
    # "Lt. Gen." is a rank; "Secretary-General", "Attorney General" are offices of another kind
    return words[-1] in _RANK_WORDS and (len(words) == 1 or words[-2] in _RANK_PREFIXES)


def pronoun_state(span: Span, owner: dict[int, Candidate]) -> str | None:
    """"Norway left the fishing pact that Iceland drafted, and its trade minister, X, ...": the
    actor a possessive pronoun in the title points back to, the nearest one named as a subject
    before it in a clause of its own (not a relative one), else the nearest one named; its
    state when that actor is a state, none when it is an organization ("the European Union ...
    and its president, X" serves no state)."""
    doc = span.doc
    pronoun = next((t for t in doc[max(span.sent.start, span.start - _PRONOUN_REACH):span.start]
                    if t.lower_ in _ALL_POSSESSIVES and t.dep_ == "poss"), None)
    if pronoun is None:
        return None
    if pronoun.lower_ in _PERSONAL_POSSESSIVES:
        return _leader_state(doc, pronoun, owner)
    nearest = None
    for tok, cand in _named_before(doc, pronoun, owner):
        if cand.kind == "person":
            continue
        if is_subject(tok) and _main_clause(tok):
            nearest = cand
            break
        nearest = nearest or cand
    return nearest.country if nearest is not None and nearest.kind == "country" else None


def _leader_state(doc, pronoun: Token, owner: dict[int, Candidate]) -> str | None:
    """"President X of Y met them; his foreign minister, Z, ...": a minister or deputy that "his"
    or "her" gives to the person last named before, when that person heads a state (a president,
    prime minister or monarch whose state is known), serves that state."""
    cand = next((c for _, c in _named_before(doc, pronoun, owner) if c.kind == "person"), None)
    if cand is None:
        return None
    heads = any(w in r.lower() for r in cand.roles for w in STATE_HEADS)
    return cand.country if heads and cand.country else None


def _named_before(doc, pronoun: Token, owner: dict[int, Candidate]):
    """(token, actor) of each actor named before a pronoun, nearest first, within _BACK_REACH."""
    for tok in reversed(doc[:pronoun.i]):
        if pronoun.idx - tok.idx > _BACK_REACH:
            return
        cand = owner.get(tok.idx)
        if cand is not None:
            yield tok, cand


def _main_clause(tok: Token) -> bool:
    """Whether a subject's clause is no relative one ("the forum that China built")."""
    verb = tok
    while verb.dep_ != "ROOT" and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ not in ("relcl", "acl")


def scene_state(span: Span, office: str, at: date | None) -> str | None:
    """"President X signed the decree in Nairobi": the one state whose places the sentence sets
    its acts in ("in" a city or capital), unless the act is an arrival there or the sentence
    tells of talks, meetings or words to the press, which are held in other states' cities."""
    if any(t.lemma_.lower() in _ENCOUNTERS for t in span.sent) or serves_another_body(span):
        return None
    states = _scenes(span.sent)
    state = states.pop() if len(states) == 1 else None
    return state if state and not listed_office(state, office, at) else None


def paragraph_state(span: Span, office: str, at: date | None) -> str | None:
    """"In Harare the streets were quiet. ... President X said": a paragraph that opens in a
    capital tells that state's side of the story, and a national office holder named further on in
    it serves that state, unless he came there ("Y, who flew to Sanaa for the ceremony")."""
    opening, state = _paragraph_opening(span.doc, span.start_char)
    if opening is None or opening == span.sent.start or _visitor(span.root) or serves_another_body(span):
        return None
    return state if state and not listed_office(state, office, at) else None


def paragraph_opening_state(span: Span) -> str | None:
    """The state governed from the capital the paragraph of `span` opens in, if any."""
    return _paragraph_opening(span.doc, span.start_char)[1]


def _paragraph_opening(doc, char: int) -> tuple[int | None, str | None]:
    """The first sentence (its first token) of the paragraph a character is in, and the state
    governed from the capital that sentence opens in ("In Harare, ..."), if any. The paragraph
    starts and their readings are worked out once per article and kept in doc.user_data."""
    starts = doc.user_data.get("dkb_paragraph_starts")
    if starts is None:
        text = text_of(doc)
        starts = [0] + [m.start() + 2 for m in re.finditer("(?=\n\n)", text)]
        doc.user_data["dkb_paragraph_starts"] = starts
    readings = doc.user_data.setdefault("dkb_paragraph_states", {})
    start = starts[bisect_right(starts, char) - 1]
    if start not in readings:
        opening = next((t for t in doc if t.idx >= start), None)
        readings[start] = (opening.sent.start, _opening_state(opening.sent)) if opening is not None else (None, None)
    return readings[start]


def _opening_state(sent: Span) -> str | None:
    first = sent[0]
    if first.lower_ != "in" or first.dep_ != "prep" or first.head.i != sent.root.i:
        return None
    place = next((o for o in first.children if o.dep_ == "pobj"), None)
    return capital_state(sent.doc[place.left_edge.i:place.i + 1].text) if place is not None else None


def capital_state(name: str) -> str | None:
    """The state (ISO code) governed from the capital `name` names ("Nairobi" -> KEN), or None."""
    hit = gz.gazetteer().country_match(name)
    return hit[0].alpha3 if hit is not None and hit[1] == "metonym" else None


def _visitor(name: Token) -> bool:
    """Whether the clause a name is in, or a relative clause on it, tells of his coming."""
    verbs = [c for c in name.children if c.dep_ in ("relcl", "acl")] + [name.head]
    return any(v.lemma_.lower() in _ARRIVALS for v in verbs)


def dateline_state(dateline: Dateline | None, office: str, at: date | None) -> str | None:
    """The state governed from the capital an article is filed from ("BRIDGETOWN --"), for a bare
    title of a national office; none for another city (a border village a story is told from is
    on one side of it) or a dateline that names no place ("UNITED NATIONS")."""
    state = capital_state(dateline.place) if dateline is not None else None
    return state if state and not listed_office(state, office, at) else None


def introducing_state(span: Span, office: str, at: date | None) -> str | None:
    """"Cuba hit back within hours. Foreign Minister X said ...", "Talks ended in Quito. Prime
    Minister Y said ...": a holder of a national office whose title names no state, and whom
    nothing nearer ties to one, serves the state named last before it first names him (`span`),
    in his sentence or the two before (a quotation and its "he said" may stand between), when
    that state is who acts there (the subject of its clause, or the subject's possessor or
    adjective) or where it happens (a city or state something is done "in"); a writer brings a
    home official in on his state's part of the story. Not a state only acted on or come from
    ("aid flights to X", "counterparts from Y", "sanctions on Z"), one he or the clause comes to
    ("after landing in X", "who flew to Quito"), one named beside another ("Latvia and Lithuania
    signed"), a capital that follows other states in its sentence ("X and Y signed in Vilnius":
    talks are held in other states' capitals), nor a state whose holders of that office the
    leaders table lists; and none for a holder named beside another ("President X and the
    Estonian premier met": two leaders, not one state's account)."""
    doc = span.doc
    start = span.sent.start
    for _ in range(_SENTENCES_BACK):
        start = doc[start - 1].sent.start if start > 0 else 0
    before = [e for e in doc[start:span.start].ents if e.label_ in ("GPE", "NORP")]
    if not before or before[-1].root.conjuncts or span.root.conjuncts or _visitor(span.root):
        return None
    last = before[-1]
    if not (_acting(last.root) or _scene(last.root)):
        return None
    hit = gz.gazetteer().country_match(last.text)
    if hit is None or hit[1] not in ("name", "demonym", "metonym"):
        return None
    if hit[1] == "metonym" and any(e.label_ in ("GPE", "NORP") for e in doc[last.sent.start:last.start].ents):
        return None
    return None if listed_office(hit[0].alpha3, office, at) else hit[0].alpha3


def _acting(word: Token) -> bool:
    """Whether a word is a clause's subject, or its possessor or adjective ("Cuba's answer came")."""
    while word.dep_ in ("poss", "amod", "compound", "nmod") and word.head.i != word.i:
        word = word.head
    return word.dep_ in SUBJECT_DEPS


def _scene(word: Token) -> bool:
    """Whether a place is where something is done ("talks ended in Quito"), not come to."""
    prep = word.head
    return word.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lemma_.lower() not in _ARRIVALS


def owned_title(span: Span) -> bool:
    """Whether the title around a name says whose office it is in a possessive the title reader
    took no state from: "the emirate's energy minister, X", "its envoy X", "X, the party's leader";
    or the name's own phrase serves another body (`serves_another_body`)."""
    if serves_another_body(span):
        return True
    doc, first = span.doc, span.sent.start
    owners = [t for c in span.root.children if c.dep_ == "appos" and c.i >= span.end
              and c.lower_ in HEAD_TITLES for t in doc[c.left_edge.i:c.i]]
    i = span.start - 1
    while i > first and doc[i].ent_type_ == "PERSON":
        i -= 1  # a rank spaCy took into the name ("Sheik", "Colonel")
    end = i + 1
    if i >= first and doc[i].text == ",":
        end -= 1  # "the emirate's energy minister, X": the title ends before the comma
    i = end - 1
    while i > first and (doc[i].lower_ in TITLE_WORDS or doc[i].dep_ in ("compound", "amod")):
        i -= 1  # back over the title's words to what stands before them
    if first <= i < end - 1:  # title words stand between: the word before them may own them
        owners.append(doc[i])
    return any(t.dep_ == "poss" or t.tag_ == "POS" for t in owners)


def serves_another_body(span: Span) -> bool:
    """Whether an appositive or an "of"/"for" phrase after the name names a body that is no
    state's own ("General X, who leads the UN force", "Spokesman Y of the liberation front"): a bare
    rank or spokesman then takes no state from the scene, the paragraph or the dateline."""
    phrases = [c for c in span.root.children if c.i >= span.end
               and (c.dep_ == "appos" or c.dep_ == "prep" and c.lower_ in ("of", "for"))]
    return any(t.lower_ in _OTHER_BODIES for c in phrases for t in c.subtree)


def _scenes(sent: Span) -> set[str]:
    """The states of the cities a sentence sets its acts in ("in Nairobi"), arrivals aside."""
    return {state for place in sent if place.head.dep_ == "prep" and _scene(place)
            for state in [place_state(place)] if state}


def place_state(place: Token) -> str | None:
    """The state of a city or capital ("in Nairobi"); a state's own name ("in Chile") tells of
    what the act is about as often as of where it is done, so it is no scene here."""
    if place.pos_ != "PROPN":
        return None
    entry = named_place(place)
    if entry is not None and entry.kind in ("city", "venue") and entry.country:
        return entry.country
    return capital_state(name_text(place))


def named_place(word: Token) -> gz.PlaceEntry | None:
    """The gazetteer's place a proper noun names with the words of its name ("Port Moresby",
    "New Delhi" headed by their last word), None for a common noun or a name it does not know."""
    return gz.place(name_text(word)) if word.pos_ == "PROPN" else None


def listed_office(state: str, office: str, at: date | None) -> bool:
    """Whether the leaders table lists the holders of this office for this state (on day `at`,
    when given: a day in a gap of the list, whose holder the table lacks, is not refused him)."""
    words = next((v for k, v in _TABLE_OFFICES.items() if office == k), None)
    if words is None:
        return False
    terms = _table_offices()
    return any(at is None or row.active(at) for word in words for row in terms.get((word, state), ()))


@lru_cache(maxsize=1)
def _table_offices() -> dict[tuple[str, str], list]:
    """The leaders table's terms by (office, state): ("Premier", "CHN") -> its rows."""
    terms: dict[tuple[str, str], list] = {}
    for rows in gz.gazetteer().leaders.values():
        for row in rows:
            if row.country and " of " in row.role:
                terms.setdefault((row.role.split(" of ", 1)[0], row.country), []).append(row)
    return terms
