"""Full names of persons the small model leaves without a label, read from the words a news writer
puts around a name: an honorific before it ("Dame Whina Cooper"), an office in apposition to it
("the island's foreign minister, Fiame Naomi Mata'afa,") or a nickname in quotes inside it
('Roelof "Pik" Botha'), or a list of names each with its state ("A of X, B of Y and C of Z"). A
name the model labelled, even in part, is left to the entity rules.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kb import gazetteer as gz
from kb.credits import NAME_PARTICLES
from kb.extract.titles import HEAD_TITLES, TITLE_WORDS

# Words of address that come before a person's name and never before anything else.
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "madam"}
QUOTES = {'"', "“", "”", "'", "‘", "’"}
_LONGEST = 5  # words of the longest name read


def unlabelled_full_names(doc: Doc) -> list[Span]:
    """Spans of names of two words or more (or one after an honorific) that no entity covers and
    that an honorific, an office in apposition or a quoted nickname marks as a person's."""
    out: list[Span] = []
    i = 0
    while i < len(doc):
        run = _name_run(doc, i)
        if run is not None and _marked_as_person(run):
            out.append(run)
            i = run.end
        else:
            i += 1
    return out


def nickname(span: Span) -> str | None:
    """'Roelof "Pik" Botha': the name the person goes by, the quoted nickname and the surname."""
    words = [t for t in span if t.text not in QUOTES]
    quoted = [t for t in span[1:-1] if _quoted(t)]
    return f"{quoted[0].text} {words[-1].text}" if len(quoted) == 1 and len(words) >= 3 else None


def _name_run(doc: Doc, start: int) -> Span | None:
    """The longest run of name words from `start` (capitalised words, particles inside, one quoted
    nickname), none of them labelled, a title or a state's name; None if `start` begins none."""
    if not _name_word(doc[start]) or doc[start].lower_ in HONORIFICS:
        return None
    end = start
    while end < len(doc) and end - start < _LONGEST + 2:
        tok = doc[end]
        if _name_word(tok) or (tok.lower_ in NAME_PARTICLES and end > start and end + 1 < len(doc)
                               and _name_word(doc[end + 1])):
            end += 1
        elif tok.text in QUOTES and end > start and end + 2 < len(doc) and _name_word(doc[end + 1]) \
                and doc[end + 2].text in QUOTES:
            end += 3  # 'Roelof "Pik" Botha'
        else:
            break
    if end == start or doc[end - 1].lower_ in NAME_PARTICLES:
        return None
    span = doc[start:end]
    if any(t.ent_type_ for t in span) or gz.gazetteer().country_match(span.text) or gz.place(span.text):
        return None
    return span


def _name_word(tok: Token) -> bool:
    """A capitalised proper noun, not a title, no entity's ("Mata'afa", "Njie-Saidy" whole)."""
    if tok.ent_type_ or tok.lower_ in TITLE_WORDS or not tok.text[:1].isupper() or tok.pos_ != "PROPN":
        return False
    return tok.text.replace("'", "").replace("-", "").isalpha()


def _quoted(tok: Token) -> bool:
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text in QUOTES and doc[tok.i + 1].text in QUOTES


def _marked_as_person(span: Span) -> bool:
    """An honorific before the name, a quoted nickname inside it, or an office apposed to it."""
    doc = span.doc
    words = [t for t in span if t.text not in QUOTES]
    if span.start > 0 and doc[span.start - 1].lower_ in HONORIFICS:
        return len(words) <= 3
    if len(words) < 2 or len(words) > _LONGEST:
        return False
    if nickname(span) or listed_with_state(span):
        return True
    root = span.root
    if root.dep_ == "appos" and _office(root.head) and root.head.i < span.start:
        return doc[span.start - 1].text == "," and span.end < len(doc) and doc[span.end].text in (",", ".")
    return False


def _office(tok: Token) -> bool:
    """A title noun of an office ("minister", "ambassador", "spokesman")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in HEAD_TITLES


def listed_with_state(span: Span) -> bool:
    """"A of X, B of Y and C of Z signed": a name followed by "of" and a state's name, in a list
    with a person's name the model labelled as one or the leaders table knows. The parser hangs
    the names of such a list on each other or on the state before them ("B" a conjunct of "X").
    Two names the model did not read as persons do not vouch for each other: firms and clubs are
    named with their state the same way ("X Motor of Japan and Y Motor of Korea")."""
    root = span.root
    state = _state_after(root)
    if state is None:
        return False
    partners = [c for c in (*root.children, *state.children) if c.dep_ in ("conj", "appos")]
    if root.dep_ in ("conj", "appos"):
        head = root.head
        hung_on_state = head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "PROPN"
        partners.append(head.head.head if hung_on_state else head)
    return any(p.i not in range(span.start, span.end) and _a_person(p) for p in partners)


def _a_person(tok: Token) -> bool:
    """Whether a name's last word is of a name the model labelled a person or the leaders table
    lists ("Errol Barrow" read as a place)."""
    if tok.pos_ != "PROPN":
        return False
    if tok.ent_type_ == "PERSON":
        return True
    first = min([c.i for c in tok.children if c.dep_ in ("compound", "flat")] + [tok.i])
    return " " in (name := tok.doc[first:tok.i + 1].text) and gz.gazetteer().person_name(name) is not None


def _state_after(tok: Token) -> Token | None:
    """The state's name in an "of" right after a name ("Lennart Meri of Estonia"), or None."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == tok.i + 1:
            for obj in prep.children:
                words = tok.doc[prep.i + 1:obj.i + 1]
                match = gz.gazetteer().country_match(words.text) if obj.dep_ == "pobj" else None
                if match is not None and match[1] == "name":
                    return obj
    return None
