"""A state's legislature named by a common noun: "the Chilean senate", "Kenya's parliament",
"the upper house", "lawmakers voted ...".

Such a chamber is an actor of its own, an organization of its state named "Parliament of X",
"Senate of X" or "House of Representatives of X" (kb.chambers folds the other ways of writing it
onto the same key), so that a vote it takes has the chamber as its party rather than the state.
Its state is the one the words give it (a possessive, a state's adjective, "of" and a state);
failing that, the state whose capital the article is filed from, the state of the paragraph's
opening capital, or the state the article names most. A chamber with a name of its own ("the
Knesset", "the State Duma", "the European Parliament") is already an organization of the table
and is left alone.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kb import gazetteer as gz
from kb.chambers import CHAMBER_WORDS
from kb.extract.bodies import add_state_body
from kb.extract.bodyowner import main_state, states_named, tied_state
from kb.extract.candidates import Candidate
from kb.extract.homestate import capital_state, paragraph_opening_state
from kb.extract.paragraphs import same_paragraph
from kb.model import Dateline

# A chamber's head noun, and the words before it that make it one, with the name it is given.
_ONE_WORD = {words: w.name for words, w in CHAMBER_WORDS.items() if w.name and " " not in words}
_TWO_WORDS = {tuple(words.split()): w.name for words, w in CHAMBER_WORDS.items() if w.name and words.count(" ") == 1}
# Members of a legislature named as a body that acts: "lawmakers voted to ...".
_MEMBERS = {"lawmakers", "legislators", "parliamentarians", "mps"}
_VOTING_VERBS = {"vote", "pass", "approve", "ratify", "adopt", "reject", "endorse", "elect", "impeach",
                 "confirm", "amend", "overrule", "override"}


def add_chambers(doc: Doc, found: dict[str, Candidate], dateline: Dateline | None) -> None:
    """Add each chamber of a state the article names by a common noun to `found` (see the module)."""
    covered = {i for cand in found.values() if cand.kind != "country" for start, end in cand.mentions
               for i in range(start, end)}
    for span, chamber in _chamber_phrases(doc):
        if span.start_char in covered or span[-1].idx in covered:
            continue  # part of a named body ("the European Parliament", "the State Duma")
        state = tied_state(span) or _state_in_view(span, dateline)
        if state is None:
            continue
        add_state_body(found, chamber, span, state)


def _chamber_phrases(doc: Doc):
    """(span, chamber name) of each common-noun chamber: the head, with "upper"/"lower"/"national"
    before it where that makes the chamber; members only as the subject of a clause."""
    for tok in doc:
        low = tok.lower_
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
            continue  # "parliament speaker", "the Congress party": another thing the chamber owns
        before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
        if (before, low) in _TWO_WORDS:
            yield doc[tok.i - 1:tok.i + 1], _TWO_WORDS[(before, low)]
        elif low in _ONE_WORD and not _named(tok):
            yield doc[tok.i:tok.i + 1], _ONE_WORD[low]
        elif low in _MEMBERS and _house_voting(tok):
            yield doc[tok.i:tok.i + 1], "Parliament"


def _house_voting(members: Token) -> bool:
    """Whether members stand for their whole chamber: unqualified ("lawmakers", not "opposition
    lawmakers" or "20 lawmakers") and the subject of a vote ("lawmakers voted to", "met and passed")."""
    qualified = any(c.dep_ in ("amod", "compound", "nummod", "poss") or c.dep_ == "det" and c.lower_ != "the"
                    for c in members.children)
    acts = (members.head, *members.head.conjuncts)  # "lawmakers met and voted to ..."
    return members.dep_ == "nsubj" and any(v.lemma_.lower() in _VOTING_VERBS for v in acts) and not qualified


def _named(tok: Token) -> bool:
    """Whether the noun is the end of a proper name other than a state's ("Hellenic Parliament",
    "Indian National Congress"): a capitalised word before it that names no state."""
    if tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    return before.is_title and before.pos_ == "PROPN" and gz.gazetteer().country_match(before.text) is None


def _state_in_view(span: Span, dateline: Dateline | None) -> gz.CountryEntry | None:
    """The state of an untied chamber: the one state the text just before it names (its own
    sentence up to it, else the sentence before in its paragraph: "Indian ministers told
    parliament ... The upper house then approved the measure"), else the dateline's capital, the paragraph's
    opening capital, or the state the article names most. States named after the chamber are what
    it acts on ("voted to ratify the treaty with Russia"), not its own."""
    recent = _states_between(span.doc, span.sent.start, span.start) or _states_in_sentence_before(span)
    if len(recent) == 1:
        return gz.country_by_code(recent.pop())
    if recent:
        return None  # two states just before: no telling whose chamber it is
    code = ((capital_state(dateline.place) if dateline is not None else None)
            or paragraph_opening_state(span) or main_state(span.doc))
    return gz.country_by_code(code) if code else None


def _states_in_sentence_before(span: Span) -> set[str]:
    """The states the sentence before `span`'s names, when it is in the same paragraph."""
    doc, start = span.doc, span.sent.start
    if start == 0:
        return set()
    before = doc[start - 1].sent
    if not same_paragraph(before, span.sent):
        return set()
    return _states_between(doc, before.start, start)


def _states_between(doc: Doc, start: int, end: int) -> set[str]:
    """The states named by a name or an adjective between two token positions."""
    return set(states_named(doc[start:end].ents))
