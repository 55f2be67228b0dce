"""Persons among an article's names: the mention without its title, its canonical full name, and
the role and state its title or the leaders table gives it."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span

from kb import gazetteer as gz
from kb.credits import NAME_PARTICLES
from kb.extract.bodies import ORG_HEADS
from kb.extract.candidates import Candidate
from kb.extract.namereader import HONORIFICS, QUOTES, listed_with_state, nickname
from kb.extract.titles import (HEAD_TITLES, TITLE_WORDS, Title, role_from_title, title_after,
                               title_apposed_before, title_as, title_before, title_head)
from kb.iris import slugify as slug
from kb.nlp_named_after import NAMED_AFTER_WORDS

_REGNAL_TITLES = {"King", "Queen", "Pope", "Prince", "Princess", "Emir", "Sultan", "Emperor", "Empress"}
_MISREAD_LABELS = {"ORG", "GPE", "LOC", "NORP", "FAC", "WORK_OF_ART"}
# Ranks the title reader does not know, which spaCy takes into a name ("Field Marshal X").
_RANKS = {"field", "marshal", "colonel", "col.", "lieutenant", "lt.", "brigadier", "brig.", "major",
          "maj.", "admiral", "adm.", "captain", "capt.", "commodore", "sheik", "sheikh"}
# Prefixes of ships' names: "USS Carl Vinson" is a carrier, not a person.
_SHIP_PREFIXES = {"USS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "RFS", "FS", "MV", "RV"}


def surnames(doc: Doc, blocked: set[str]) -> set[str]:
    """Last names of the article's full PERSON names (credited names aside): spaCy labels a
    lone "Quill" ORG at times, and a lone "Brown" is Gordon Brown's even if Chris Brown wrote it.
    First names too, where names are given first (a lone "Abiy" later is "Abiy Ahmed")."""
    names = set()
    for e in doc.ents:
        if e.label_ == "PERSON" and len(e) > 1 and gz.normalize(e.text) not in blocked:
            names.update(t.text for t in _name_ends(e) if t.is_title and t.lower_ not in TITLE_WORDS
                         and t.lower_ not in HONORIFICS)
    return names


def _name_ends(name: Span) -> list:
    """The words a person is called by alone: the first and the last of his name, and of a name of
    three words or more the last but one, the first of two surnames ("Urcuyo" of "Francisco
    Urcuyo Malianos") or the given name before a family name ("Ayub" of "Mohammad Ayub Khan")."""
    return [name[0], name[-1]] + ([name[-2]] if _last_but_one_named(name.text.split()) else [])


# Family names that open a name written in East Asian order ("Lee Hsien Loong", "Nguyen Xuan Phuc"),
# whose last two words are the given name's syllables, no surname.
_EAST_ASIAN_FAMILY_NAMES = {"kim", "lee", "park", "choi", "jung", "chung", "yoon", "moon", "roh", "chun",
                            "nguyen", "tran", "le", "pham", "ho", "vo", "xi", "li", "wang", "zhang", "liu",
                            "chen", "yang", "zhao", "huang", "zhou", "wu", "hu", "jiang", "deng", "mao",
                            "wen", "lim", "tan", "ong", "goh"}


def _last_but_one_named(words: list[str]) -> bool:
    """Whether the last but one word of a name of three words or more is one its bearer is called
    by alone: not an initial ("George H. W. Bush"), nor before a suffix ("Jr.") or a syllable of
    two letters, nor a given name's syllable in East Asian order ("Kim Jong Un", "Lee Hsien Loong")."""
    return len(words) > 2 and words[0].casefold() not in _EAST_ASIAN_FAMILY_NAMES \
        and all(len(w) > 2 and not w.endswith(".") for w in words[-2:])


def ranked_surname(ent: Span, names: set[str]) -> bool:
    """"Field Marshal Ayub", "General Doumbouya" read as an organization: a rank or title before a
    word the article names a person by."""
    words = [t for t in ent if t.lower_ not in TITLE_WORDS and t.lower_ not in _RANKS]
    return len(words) == 1 and len(words) < len(ent) and words[0].i == ent.end - 1 and words[0].text in names


def unlabelled_names(doc: Doc, names: set[str]) -> list[Span]:
    """A lone name word spaCy gave no label ("Abiy flew into the capital") that a full name of
    the article begins or ends with, and that names no country or place."""
    # the set look-up first: it fails for nearly every token, the label and tag tests cost more
    return [doc[t.i: t.i + 1] for t in doc if t.text in names and not t.ent_type_ and t.pos_ == "PROPN"
            and gz.gazetteer().country_match(t.text) is None and gz.place(t.text) is None]


def leader_surname(ent: Span, at: date | None) -> bool:
    """A lone "Ford" that spaCy calls an organization is the leader of that name in office then."""
    if at is None or len(ent) != 1 or ent.label_ != "ORG" or not ent.text.istitle():
        return False
    row = gz.person(ent.text, at)
    return row is not None and row.active(at)


def titled_name(ent: Span, full_names: set[str]) -> bool:
    """A name spaCy calls an organization, a place or a title of a work that is a person's: a full
    name of the leaders table ("Thabo Mbeki" read as a place), one in apposition to an office,
    before or after it ("the party general secretary, Le Van Tam", "X, the head of the electoral
    commission", "Y, a spokesman for the president": a name the gazetteer knows as no place), one
    of a list of names each with its state ("A of X, B of Y and C of Z"), or
    one that ends with a person's full name given elsewhere in the article ("Aung San Suu Kyi"
    read as an organization, "Ms Suu Kyi" later)."""
    if ent.label_ not in _MISREAD_LABELS or gz.organization(ent.text) is not None or len(ent) < 2:
        return False
    if gz.gazetteer().person_name(ent.text) is not None and " " in ent.text.strip() \
            and gz.gazetteer().country_match(ent.text) is None:
        return True
    if not looks_like_name(re.sub(r"^\S+[’']s ", "", ent.text)) or _body_words(ent):
        return False  # "Chile's Andes Copper Holdings" is a firm
    if (_apposed_office(ent) or listed_with_state(ent)) and gz.place(ent.text) is None \
            and gz.gazetteer().country_match(ent.text) is None:
        return True
    words = ent.text.split()
    return ent.label_ == "ORG" and ((len(words) > 2 and " ".join(words[-2:]) in full_names) or person_evidence(ent))


def is_rank(span: Span) -> bool:
    """Whether `span` is words of titles, ranks or honorifics only ("Field Marshal"); one word
    alone may be a surname ("Major said", of John Major)."""
    return len(span) > 1 and all(t.lower_ in TITLE_WORDS or t.lower_ in _RANKS or t.lower_ in HONORIFICS
                                 for t in span)


def full_names(doc: Doc) -> set[str]:
    """The names of two or more words spaCy labels as persons, without a possessive."""
    return {re.sub(r"[’']s$", "", e.text).strip() for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}


def person_mention(ent: Span) -> tuple[Span, str, Title] | None:
    """The name span without titles or possessive, its text, and the title around it."""
    doc, start, end = ent.doc, ent.start, ent.end
    if is_rank(ent):
        return None  # "Field Marshal" read as a name of its own
    while start < end and (doc[start].lower_ in TITLE_WORDS or doc[start].lower_ in HONORIFICS
                           or (doc[start].lower_ in _RANKS and start < end - 1)):
        start += 1  # spaCy sometimes swallows "President", "Mr." or "Colonel" into the name
    if start + 2 < end and doc[start + 1].text in ("'s", "’s") and _state_word(doc[start].text):
        start += 2  # "Malawi's Peter Ndoro" read as one name: the state is his title's
    while end > start and doc[end - 1].text in ("'s", "\u2019s", "'", "\u2019"):
        end -= 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2  # spaCy cuts "Moon Jae-in" at the hyphen
    if start >= end or doc[start].text in ("St", "St.", "Saint") or doc[start].text in _SHIP_PREFIXES:
        return None  # "St Andrew's Hall" names a hall, "USS Carl Vinson" a ship, not a person
    if doc[end - 1].text == "City" or (end < len(doc) and doc[end].lower_ in NAMED_AFTER_WORDS) \
            or gz.place(doc[start:end].text) is not None:
        # "Ho Chi Minh City", "the Sultan Hassan mosque": places named after people (the parser's
        # named-after component reads the same words, after capitalised names only)
        return None
    if start >= 4 and doc[start - 1].text in QUOTES and doc[start - 3].text in QUOTES \
            and doc[start - 4].pos_ == "PROPN" and doc[start - 4].text[:1].isupper():
        start -= 4  # 'Roelof "Pik" Botha' with only "Botha" labelled
    span = doc[start:end]
    name = nickname(span) or re.sub(r"\s+", " ", span.text).strip()
    if not looks_like_name(name):
        return None
    if start > 0 and doc[start - 1].text in _REGNAL_TITLES and " " not in name:
        name = f"{doc[start - 1].text} {name}"  # a monarch or pope is known by title and name
    title = title_before(doc, start) or title_after(span) or title_head(span) or title_as(span) or Title()
    apposed = title_apposed_before(span) if not (title.country or title.organization) else None
    if apposed is not None:  # "X's ruler, General Y": the rank stays his title, the state is X
        title = replace(title, country=apposed.country, organization=apposed.organization) \
            if title.has_head else apposed
    return span, name, title


def _state_word(text: str) -> bool:
    return gz.gazetteer().country_match(text) is not None


# Words a company's name is made of: a state's possessive comes before its firms as well.
_COMPANY_WORDS = {"steel", "oil", "gas", "petroleum", "airlines", "airways", "air", "bank", "group", "motors",
                  "energy", "telecom", "telecoms", "holdings", "corp", "corp.", "corporation", "ltd", "ltd.",
                  "inc", "inc.", "company", "industries", "mining", "shipping", "power",
                  "electric", "petrochemical", "pharma", "pharmaceuticals", "airport", "railways", "plc",
                  "gmbh", "copper", "metals", "cement", "auto", "automotive", "insurance", "capital"}


def person_evidence(ent: Span) -> bool:
    """Whether an entity spaCy calls an organization is told as a person by a state's possessive
    on it ("Malawi's X", "talks with Djibouti's Y")."""
    return any(c.dep_ == "poss" and _state_word(c.text) for c in ent.root.children)


def _body_words(ent: Span) -> bool:
    return any(t.lower_ in ORG_HEADS or t.lower_ in _COMPANY_WORDS for t in ent)


def _apposed_office(ent: Span) -> bool:
    """Whether an office is in apposition to the name, after it ("X, the Malian envoy") or before
    it ("the foreign minister, X")."""
    root = ent.root
    if root.dep_ == "appos" and _office_noun(root.head):
        return True
    return any(c.dep_ == "appos" and c.i >= ent.end and _office_noun(c) for c in root.children)


def _office_noun(tok) -> bool:
    """A title ("spokesman", "foreign minister"), or the head of a body or a state ("the head of
    the commission", "head of state")."""
    return tok.lemma_.lower() in HEAD_TITLES or tok.lower_ == "head" and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def looks_like_name(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 5 or any(ch.isdigit() or ch in "/@#" for ch in name):
        return False
    if len(words) == 1 and name.isupper() and len(name) > 3:
        return False  # "SOCHI", "REUTERS": page furniture, not people
    return all(w[0].isupper() or w.lower() in NAME_PARTICLES or re.match(r"[a-z]{1,3}-[A-Z]", w)
               for w in words)  # "Abdel Fattah al-Sisi", "Charles de Gaulle"


def resolve_people(people: list[tuple[Span, str, Title]], at: date | None) -> list[Candidate]:
    """Give every mention its canonical full name; drop lone words nobody can resolve."""
    full = [(span.start_char, name) for span, name, _ in people if len(name.split()) > 1]
    out: list[Candidate] = []
    for span, name, title in people:
        canonical = _canonical(name, span.start_char, full, at)
        if canonical is None and (title.has_head or len(name.split()) > 1):
            canonical = name
        if canonical is None:
            continue
        out.append(_person(canonical, (span.start_char, span.end_char), title, at))
    return out


def _canonical(name: str, where: int, full: list[tuple[int, str]], at: date | None) -> str | None:
    known = gz.gazetteer().person_name(name)  # a full name or alias from the leaders table
    if known and len(name.split()) > 1:
        return known
    name = _common_form(name, where, full)
    words = [w.casefold() for w in name.split()]
    longer = [(pos, f) for pos, f in full if _shorter_form(words, [w.casefold() for w in f.split()])]
    # a word that ends (or begins) one full name and is the last but one of another is the first's:
    # "Aquino" of "Corazon Aquino", not of "Benigno Aquino Jr."
    longer = [(pos, f) for pos, f in longer
              if _shorter_form(words, [w.casefold() for w in f.split()], last_but_one=False)] or longer
    if longer:
        before = [(pos, f) for pos, f in longer if pos <= where]
        pos, name = before[-1] if before else longer[0]
        name = _common_form(name, pos, full)
    return gz.gazetteer().person_name(name, at) or (name if longer or len(words) > 1 else None)


def _common_form(name: str, where: int, full: list[tuple[int, str]]) -> str:
    """"President Mohammed Hosni Mubarak" is the article's "Hosni Mubarak" when it named him so
    first; a full name given first ("Aung San Suu Kyi") stays what a later "Suu Kyi" stands for."""
    words = [w.casefold() for w in name.split()]
    for pos, other in full:
        tail = [w.casefold() for w in other.split()]
        if pos < where and 1 < len(tail) < len(words) and words[-len(tail):] == tail:
            return other
    return name


def _shorter_form(words: list[str], full: list[str], last_but_one: bool = True) -> bool:
    """"Bush", "George Bush" or "W. Bush" stands for "George W. Bush"; "Laura Bush" does not; and
    (`last_but_one`) "Urcuyo" for "Francisco Urcuyo Malianos", the first of two surnames."""
    if len(words) >= len(full):
        return False
    if len(words) == 1:
        return words[0] in (full[-1], full[0]) or (last_but_one and _last_but_one_named(full) and words[0] == full[-2])
    if words == full[-len(words):]:
        return True   # "Suu Kyi" of "Aung San Suu Kyi"
    rest = iter(full)
    return words[0] == full[0] and words[-1] == full[-1] and all(w in rest for w in words)


def _person(name: str, mention: tuple[int, int], title: Title, at: date | None) -> Candidate:
    row = gz.person(name, at)
    cand = Candidate("person:" + slug(name), name, "person", title.country, mentions=[mention])
    if row is not None and row.name == name:
        cand.country = cand.country or row.country
        cand.wikidata = row.wikidata
    role = role_from_title(title, name, at)
    if role:
        cand.roles.append(role)
    elif at is not None and row is not None and row.name == name:
        cand.table_roles.extend(gz.roles_at(name, at))
    return cand
