"""Bodies of a state named by what they are, not by their state: "the army", "troops", "the
foreign ministry", "the government in Honiara", "its soldiers". A news writer names a state's organs
this way once the state is in view, and the gold counts what they do as the state's own act.

kb.extract.linking asks here last, when a phrase names no actor by its own words. The state such a
body serves is, nearest evidence first: the one its own phrase ties it to (a state's adjective, a
possessor, "in", "of" or "from" a state's place: "the ministry in Riga"); for forces a state
commands ("sent troops", "ordered its gunboats home"), the subject that commands them;
the one whose capital the sentence opens in ("In Hanoi, the ministry told reporters"); the one the
same kind of body was last named with ("Chadian troops ... the army sent"); the one whose capital
the paragraph opens in; the one told acting just before ("Sweden protested. The government said
..."); last, the state the article names most, else the one whose capital it is filed from. A
body whose words name another owner ("rebel troops", "the new government", "UN troops", "troops
from member states", "the municipal government"), or whose noun modifier is not a state's kind of
body ("the city government", "the student government", "the county army": only a portfolio or
a force's kind, "the finance ministry", "government troops", "ground forces", passes), an army
seizing power, a body sitting on its own ("the government will meet") and forces asked for ("asked
the bloc for troops") name no state; nor does a guess that
falls on a state the clause names besides ("In Moscow the government condemned Russia's conduct").
"""
from __future__ import annotations

from kb import gazetteer as gz
from kb.extract.bodyowner import main_state
from kb.extract.clauses import clause_verb
from kb.extract.descriptions import acts_on_another
from kb.extract.homestate import capital_state, paragraph_opening_state, place_state

# Armed bodies of a state, by lemma: "the army", "troops", "soldiers", "security forces".
ARMED_BODIES = {"army", "military", "troop", "soldier", "navy", "forces"}
# Civil bodies of a state, by lemma: "the government", "the foreign ministry", "the authorities".
CIVIL_BODIES = {"government", "ministry", "presidency", "administration", "authorities"}
# Modifiers that give the body another owner than the state in view, or none yet.
_OTHER_OWNER = {"rebel", "opposition", "former", "new", "interim", "transitional", "provisional", "exiled",
                "exile", "puppet", "unity", "colonial", "private", "international", "coalition", "allied",
                "regional", "multinational", "peacekeeping", "mercenary", "enemy", "local", "provincial",
                "parallel", "shadow", "occupying", "municipal", "civic"}
# "foreign troops" are another state's; "the foreign ministry" is the state's own.
_OTHER_ARMY = {"foreign", "outside"}
# Capitalised words of a body's own name that name no owner ("the Foreign Ministry", "Armed Forces").
_PORTFOLIO = {"foreign", "defence", "defense", "interior", "home", "security", "armed", "finance", "trade",
              "justice", "information", "external", "affairs", "war", "air", "naval", "presidential"}
# Nouns that may modify a body of a state as a kind of it ("the finance ministry", "government troops",
# "ground forces"); any other noun ("city", "student", "party", "county", "village") is its owner.
_STATE_KINDS = _PORTFOLIO | ARMED_BODIES | CIVIL_BODIES | {"ground", "combat", "border", "police", "army"}
# Verbs by which a state commands its own forces: their object is the subject's ("sent troops").
_COMMANDS = {"send", "deploy", "withdraw", "pull", "order", "dispatch", "move", "mobilise", "mobilize",
             "station", "keep", "recall", "bring", "mass", "commit", "rush", "fly", "land", "post"}
# Nouns of a person or part of a body: "head of government", "a member of the cabinet".
_PARTS_OF = {"head", "chief", "member", "leader", "minister", "spokesman", "spokeswoman", "part", "seat"}
# Verbs of taking power: an army that seizes it acts as a body of its own, not as the state.
_SEIZING = {"seize", "overthrow", "oust", "topple", "depose", "take", "grab", "install", "mutiny", "rule"}
# Verbs of a body sitting on its own ("the government will meet on Monday"): no encounter of states.
_SITTING = {"meet", "sit", "convene", "gather", "assemble"}
# A presidency is a body of state only when it acts ("the presidency said"), not as an office
# held, won or resigned.
_ACTING_ONLY = {"presidency"}
_REACH = 1500     # characters back the same kind of body may have been named with its state


def state_body(index, tok) -> list[str]:
    """The country actor a bare body of a state stands for (see the module's docstring), or []."""
    lemma = _lemma(tok)
    if lemma is None or not _bare(tok, lemma):
        return []
    if lemma in _ACTING_ONLY and not (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB"):
        return []
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _PARTS_OF:
        return []  # "head of government", "members of the government": persons, not the body
    if lemma in ARMED_BODIES and tok.dep_ == "pobj" and tok.head.lower_ == "for":
        return []  # "asked the bloc for troops": forces asked for are no party
    if _sitting(tok) or lemma in ARMED_BODIES and tok.head.lemma_.lower() in _SEIZING:
        return []
    tie = _own_tie(index, tok)
    if tie is not None:
        return _states(index, tie)
    if lemma in ARMED_BODIES and _commanded(tok):
        return _states(index, _commanders(index, tok))
    code = _opening_capital(tok) or _named_before(index, tok, lemma) \
        or paragraph_opening_state(tok.doc[tok.i:tok.i + 1])
    if code is None:
        acting = _acting_before(index, tok)
        code = acting if acting is not None else main_state(tok.doc) or index.filed_from
    if code and code in _states_told_with(index, tok):
        return []  # "In Moscow the government condemned Russia's conduct": no state acts on itself
    return _states(index, [code] if code else [])


def _states_told_with(index, tok) -> set[str]:
    """The states (ISO codes) named in the clause of a body outside its own phrase."""
    verb = clause_verb(tok)
    own = {t.i for t in tok.subtree}
    return {index.by_id[a].country for t in verb.subtree if t.i not in own
            for a in [index.at(t)] if a is not None and index.kind(a) == "country"}


def _states(index, codes: list[str]) -> list[str]:
    """The country actors of ISO codes, once each."""
    return list(dict.fromkeys(a for code in codes for a in [index.state(code)] if a))


def _lemma(tok) -> str | None:
    """The body noun `tok` is, by lemma ("forces" kept plural: a "force" is often a bloc's)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    low = tok.lemma_.lower()
    if tok.lower_ == "forces":
        return "forces"
    return low if low in ARMED_BODIES | CIVIL_BODIES else None


def _bare(tok, lemma: str) -> bool:
    """Whether the body is named bare: no count ("the two armies"), no modifier naming another owner
    or a name we could not link ("rebel troops", "Wagner troops"), no plural of a single body
    ("governments around the region")."""
    if lemma in ("government", "ministry", "presidency", "administration", "army", "navy") \
            and tok.tag_ in ("NNS", "NNPS"):
        return False
    for child in tok.children:
        if child.dep_ == "nummod" or child.lower_ in ("two", "both", "all", "each", "some", "any"):
            return False
        if child.dep_ in ("amod", "compound", "nmod") and child.i < tok.i and not _state_word(child):
            other = _OTHER_OWNER | (_OTHER_ARMY if lemma in ARMED_BODIES else set())
            named = child.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or child.pos_ == "PROPN"
            if child.lower_ in other or named and child.lower_ not in _PORTFOLIO:
                return False
            if child.pos_ == "NOUN" and child.lemma_.lower() not in _STATE_KINDS:
                return False  # "the city government", "the student government": no state's own body
    return True


def _own_tie(index, tok) -> list[str] | None:
    """The states (ISO codes) the body's own phrase names: a state's adjective ("Cuban soldiers"), a
    possessor ("its troops", "the kingdom's foreign ministry", "his government" of a head of
    state) or a place after "in", "of" or "from" ("the cabinet in Honiara", "the ministry
    in Riga"); [] for an owner that is no state we know ("troops from member states"); None when
    the phrase names no owner."""
    modified = [tok, tok.head] if tok.dep_ == "conj" else [tok]  # "Colombian jets and troops"
    for child in (c for m in modified for c in m.children if c.dep_ in ("amod", "compound", "nmod") and c.i < m.i):
        if _state_word(child):
            return [_state_word(child)]
    for child in tok.children:
        if child.dep_ == "poss":
            # "withdrew its troops": the state that withdrew them; else whom the possessor stands for
            commanders = _commanders(index, tok) if child.lower_ in ("its", "their") and _commanded(tok) else []
            owners = index.resolve(child)
            if commanders or owners:  # an owner that is no state ("the rebels' army") leaves no one
                return commanders or [index.by_id[a].country for a in index.countries_of(owners)
                                      if index.kind(a) == "country"]
        if child.dep_ == "prep" and child.lower_ in ("in", "of", "from"):
            for place in (o for o in child.children if o.dep_ == "pobj"):
                actor = index.at(place)
                if actor is not None and index.kind(actor) == "country":
                    return [index.by_id[actor].country]
                code = place_state(place)
                if code:
                    return [code]
            if child.lower_ in ("of", "from"):
                return []  # "troops from member states", "the army of the rebels": another owner
    return None


def _state_word(word) -> str | None:
    """The state a modifier names by its adjective or name ("Chadian soldiers", "Mali troops")."""
    if word.ent_type_ not in ("NORP", "GPE") and not (word.text[:1].isupper() and word.pos_ in ("ADJ", "PROPN")):
        return None  # the small model leaves some adjectives of states unlabelled ("Malian troops")
    hit = gz.gazetteer().country_match(word.text)
    return hit[0].alpha3 if hit is not None and hit[1] in ("name", "demonym") else None


def _sitting(tok) -> bool:
    """Whether a body is the subject of its own sitting ("the government will meet on Monday"),
    with no one met ("met with X", "met the envoys")."""
    verb = tok.head
    met = any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    return tok.dep_ == "nsubj" and verb.lemma_.lower() in _SITTING and not met


def _commanded(tok) -> bool:
    """Whether forces are the object of a verb of commanding them ("ordered troops to the border")."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _COMMANDS


def _commanders(index, tok) -> list[str]:
    """The states (ISO codes) of the subject of the clause a body is the object of, through
    "refused to pull back" and "said they will send" to the clause that has a subject."""
    verb = tok.head
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            found = [a for s in subjects for a in index.countries_of(index.resolve(s))]
            return list(dict.fromkeys(index.by_id[a].country for a in found if index.kind(a) == "country"))
        if verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head.i == verb.i:
            return []
        verb = verb.head
    return []


def _opening_capital(tok) -> str | None:
    """"In Hanoi, the ministry told reporters": the state whose capital the sentence opens in."""
    first = tok.sent[0]
    if first.lower_ != "in" or first.i >= tok.i:
        return None
    place = next((o for o in first.children if o.dep_ == "pobj"), None)
    return capital_state(tok.doc[place.left_edge.i:place.i + 1].text) if place is not None else None


def _named_before(index, tok, lemma: str) -> str | None:
    """The state the nearest earlier body of the same kind (armed or civil) was named with
    ("Chadian troops ... the army", "the Swedish government ... the ministry")."""
    family = ARMED_BODIES if lemma in ARMED_BODIES else CIVIL_BODIES
    doc = tok.doc
    for cand in reversed(doc[:tok.i]):
        if tok.idx - cand.idx > _REACH:
            return None
        if _lemma(cand) not in family:
            continue
        states = {index.by_id[a].country for a in index.modifier_countries(cand)}
        states |= {code for c in cand.children if c.dep_ in ("amod", "compound") for code in [_state_word(c)] if code}
        if len(states) == 1:
            return states.pop()
    return None


def _acting_before(index, tok) -> str | None:
    """"Sweden lodged a protest. The government said ...": the state named as the subject of this
    sentence or the one before it, when only one state is so named; "" (no state, and no further
    guess) when what it did fell on another state ("Russia shelled Kharkiv. The government
    appealed ...": the body may be the one acted upon; descriptions.acts_on_another)."""
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    subjects = {(index.by_id[a].country, cand) for cand in tok.doc[start:tok.i] if cand.dep_ in ("nsubj", "nsubjpass")
                for a in [index.at(cand)] if a is not None and index.kind(a) == "country"}
    if len({code for code, _ in subjects}) != 1:
        return None
    code = next(iter(subjects))[0]
    return "" if any(acts_on_another(index, cand, code) for _, cand in subjects) else code
