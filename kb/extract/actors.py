"""Actors of one article: persons, countries, organizations and groups, each merged over its mentions.

Sources are spaCy's entities, checked against our gazetteer and a few dependency rules:
a title before a name gives a role and a country (kb.extract.persons), a capital or "the Kremlin"
is a government only when it acts (kb.extract.bodies), an office holder whose title names no
state may take it from the sentence (kb.extract.officeholders), and credits (authors, agencies,
photographers) never become actors; outlets and journalists only when acted upon (kb.extract.press).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kb import gazetteer as gz
from kb.credits import names_credited_in
from kb.errors import ExtractionError
from kb.extract import bodies, namereader, persons, press
from kb.extract.bodies import ACTOR_NOUNS, GOVERNMENT_BODIES, GROUP_HEADS, MEDIA_WORDS, ORG_HEADS, acts
from kb.extract.candidates import Candidate, merge, to_actor
from kb.extract.counterparts import counterpart_roles
from kb.extract.crowds import add_crowds
from kb.extract.legislatures import add_chambers
from kb.extract.officeholders import states_from_context
from kb.extract.titles import Title
from kb.iris import slugify as slug
from kb.model import Actor, CleanArticle
from kb.nlp import text_of

# Names other modules read from here, where they were first defined.
__all__ = ["extract_actors", "acts", "ACTOR_NOUNS", "ORG_HEADS", "GROUP_HEADS", "GOVERNMENT_BODIES",
           "MEDIA_WORDS"]


def extract_actors(doc: Doc, clean: CleanArticle) -> list[Actor]:
    """Find the actors of `clean` in `doc` (parsed from clean.text), merged and in text order."""
    if text_of(doc) != clean.text:
        raise ExtractionError("extract_actors: the Doc was not parsed from the cleaned text")
    at = clean.published.date() if clean.published else None
    blocked = _blocked_names(clean) | _journalists(doc)
    found: dict[str, Candidate] = {}
    people: list[tuple[Span, str, Title]] = []
    surnames = persons.surnames(doc, blocked)
    full_names = persons.full_names(doc)
    for ent in _entities(doc):
        if _blocked(ent, blocked, surnames) or _press_mention(ent, found):
            continue
        if (ent.label_ == "PERSON" or ent.text in surnames or persons.leader_surname(ent, at)
                or persons.titled_name(ent, full_names) or persons.ranked_surname(ent, surnames)) \
                and not bodies.as_org_or_country(ent, found, at):
            person = persons.person_mention(ent)
            if person:
                people.append(person)
        elif ent.label_ in ("GPE", "NORP", "ORG", "LOC", "FAC"):
            bodies.org_or_country(ent, found, at)
    unlabelled = namereader.unlabelled_full_names(doc)
    taken = {t.i for span in unlabelled for t in span}
    for span in unlabelled + [s for s in persons.unlabelled_names(doc, surnames) if s.start not in taken]:
        person = persons.person_mention(span)
        if person:
            people.append(person)
    for cand in persons.resolve_people(people, at):
        merge(found, cand)
    bodies.unlabelled_orgs(doc, found)
    add_crowds(doc, found)
    counterpart_roles(doc, found)
    states_from_context(doc, found, clean.dateline, at)
    add_chambers(doc, found, clean.dateline)
    return [to_actor(c) for c in sorted(found.values(), key=lambda c: min(c.mentions))]


def _entities(doc: Doc) -> list[Span]:
    """spaCy's entities, two misreadings mended: a name cut in two ("Zine el-Abidine" + "Ben Ali")
    is one person, and an organization listed with a person in one span ("the African National
    Congress and F.W. de Klerk") is the two of them."""
    out: list[Span] = []
    for ent in doc.ents:
        last = out[-1] if out else None
        if last is not None and ent.label_ == last.label_ == "PERSON" and last.end == ent.start \
                and not persons.is_rank(last):
            out[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            out += _listed_in_one(ent)
    return out


def _listed_in_one(ent: Span) -> list[Span]:
    """An organization of the table and a name joined by "and" inside one ORG entity, else `ent`."""
    if ent.label_ != "ORG" or gz.organization(ent.text) is not None:
        return [ent]
    joint = next((t.i for t in ent if t.lower_ == "and"), None)
    if joint is None or joint + 1 >= ent.end:
        return [ent]
    start = ent.start + (ent[0].lower_ == "the")
    left, right = Span(ent.doc, start, joint, label="ORG"), ent.doc[joint + 1:ent.end]
    if start >= joint or gz.organization(left.text) is None:
        return [ent]
    person = persons.looks_like_name(right.text) and gz.organization(right.text) is None
    return [left, Span(ent.doc, right.start, right.end, label="PERSON" if person else "ORG")]


def _blocked_names(clean: CleanArticle) -> set[str]:
    """Authors, the agency and the names that credits left in the text give ("REUTERS/Jane Roe")."""
    names = {gz.normalize(n) for n in clean.authors}
    if clean.agency:
        names.add(gz.normalize(clean.agency))
    names.update(gz.normalize(n) for n in names_credited_in(clean.text))
    return names


def _journalists(doc: Doc) -> set[str]:
    """Persons the text presents as the press passing the news on ("CNN's Ana Lima asked"), unless
    something is done to them somewhere in it ("the reporter Ana Lima was expelled")."""
    press_people = [e for e in doc.ents if e.label_ == "PERSON" and press.journalist(e)
                    and gz.person(e.text) is None]     # an office holder of the table is no journalist
    acted = {gz.normalize(e.text) for e in press_people if press.acted_upon(e)}
    return {gz.normalize(e.text) for e in press_people if press.passes_words(e)} - acted


def _press_mention(ent: Span, found: dict[str, Candidate]) -> bool:
    """Whether `ent` names an outlet, which is no actor unless acted upon ("Russia banned X"); then it
    is added here as the organization it is."""
    if not press.outlet(ent):
        return False
    if press.acted_upon(ent):
        org = gz.organization(ent.text)
        if org is not None:
            bodies.add_org(found, org, ent.start_char, ent.end_char)
        else:
            name = re.sub(r"^[Tt]he\s+|'s$", "", ent.text.strip())
            merge(found, Candidate("org:" + slug(name), name, "organization", None,
                                   mentions=[(ent.start_char, ent.end_char)]))
    return True


def _blocked(ent: Span, blocked: set[str], surnames: set[str]) -> bool:
    text = gz.normalize(ent.text)
    if text in blocked:
        return True
    # a lone word of a blocked name: "Spetalnick" alone, from the credit "Writing by Matt Spetalnick"
    return " " not in text and ent.text not in surnames and any(text in b.split() for b in blocked)

