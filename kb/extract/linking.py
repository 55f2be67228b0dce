"""Link tokens to actors: mention offsets, pronouns, "the two leaders", "Russian officials".

Shared by events, disputes and quotes, which all need to turn a parsed noun phrase into the
canonical actor ids the actor extractor produced.
"""
from __future__ import annotations

import bisect

from kb import gazetteer
from kb.extract.antecedents import Antecedents
from kb.extract.clauses import name_words, of_objects
from kb.extract.descriptions import definite_body
from kb.extract.officetitles import office_holders, office_of, serves_state
from kb.extract.phrases import (ANAPHORIC_PLURALS, ENVOY_NOUNS, GROUP_NOUNS, MEMBER_NOUNS, PLURAL_PRONOUNS,
                                RELATIVE_PRONOUNS, SINGULAR_PRONOUNS, STATE_GROUP_NOUNS, addressed_nation, appos_head,
                                coordinated, counted_states, is_group_phrase, names_another_person,
                                names_another_state, states_again, two_office_holders, two_people)
from kb.extract.statebodies import state_body
from kb.extract.titles import HEAD_TITLES
from kb.model import Actor

SIDE_NOUNS = {"side"}  # "the two sides": the parties to a quarrel, whatever their kind
GOVERNMENT_NOUNS = {"government", "country", "nation"}  # "X's government": the state he governs
SPEAKING_OFFICES = {"office"}  # "X's office said": X speaks through it


class ActorIndex(Antecedents):
    """Find the actors a token refers to, by mention offsets first, then by simple rules."""

    def __init__(self, doc, actors: list[Actor], filed_from: str | None = None):
        """`filed_from`: the state whose capital the article is filed from (kb.extract.filing
        .filing_state of its dateline), statebodies' last guess for a bare "the government"."""
        self.doc = doc
        self.actors = actors  # the article's list: a state named only through its officials joins it
        self.when = None      # the article's date, for the state a demonym stood for then
        self.filed_from = filed_from
        self.by_id = {a.id: a for a in actors}
        spans = sorted((s, e, a.id) for a in actors for s, e in a.mentions)
        self._starts = [s for s, _, _ in spans]
        self._spans = spans
        self.group: list[str] = []   # the persons "the two leaders" refers to, once known
        self._names = {a.name.lower(): a.id for a in actors if a.kind != "person"}
        self._resolving: set[int] = set()  # heads being resolved: the rules may lead back to one

    def at(self, token) -> str | None:
        """Return the id of the actor whose mention covers this token."""
        pos = bisect.bisect_right(self._starts, token.idx) - 1
        while pos >= 0:
            start, end, actor_id = self._spans[pos]
            if start <= token.idx < end:
                return actor_id
            if token.idx - start > 200:
                break
            pos -= 1
        return None

    def in_range(self, start: int, end: int) -> list[str]:
        """Return ids of actors mentioned between two offsets, in text order, once each."""
        lo = bisect.bisect_left(self._starts, start)
        out: list[str] = []
        for s, e, actor_id in self._spans[lo:]:
            if s >= end:
                break
            if actor_id not in out:
                out.append(actor_id)
        return out

    def resolve(self, token) -> list[str]:
        """Return the actor ids a noun-phrase head stands for, conjuncts included."""
        if token.i in self._resolving:
            return []  # a rule led back to a phrase still being resolved: it names nothing new
        self._resolving.add(token.i)
        try:
            out: list[str] = []
            listed, k = coordinated(token), 0
            while k < len(listed):  # a queue: the names a list hung on another's state join it
                listed += [t for hung in self._listed_after_state(listed[k]) for t in coordinated(hung)
                           if t not in listed]
                k += 1
            for tok in listed:
                # "X, the group's leader": the person; "its ally Egypt": the name a common noun is given
                named = [a for c in tok.children if c.dep_ == "appos" and c.i > tok.i for a in self._apposed(c)
                         if self.kind(a) == "person" or (tok.pos_ == "NOUN" and c.pos_ == "PROPN")]
                named = named or self._misread_apposition(tok)
                own = self.at(tok)
                if named and own not in named and self.kind(own) == "person" and tok.conjuncts:
                    named = [own] + named  # "X and the leader of Y, Z": Z hung on X is the leader, not X
                found = (named or self._resolve_one(tok) or self._members(tok)) + self._joined(tok)
                for actor_id in found:
                    if actor_id not in out:
                        out.append(actor_id)
            return out
        finally:
            self._resolving.discard(token.i)

    def _listed_after_state(self, tok) -> list:
        """"A of X, B of Y and C of Z signed": in a list of persons each named with his state, the
        parser hangs B (and C) on X, the state after the first name, as its apposition or conjunct.
        The persons so hung are listed beside A; a state's own apposition ("X of Chile, the host")
        names no person and is left alone."""
        if self.kind(self.at(tok)) != "person":
            return []
        states = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" and self._names_state(o)]
        return [c for o in states for c in o.children
                if c.dep_ in ("appos", "conj") and c.i > o.i and self.kind(self.at(c)) == "person"]

    def _names_state(self, tok) -> bool:
        """Whether a noun names a state: a mention of a country actor, or a name of the gazetteer's
        countries the recogniser left without a label ("Errol Barrow of Barbados")."""
        if self.kind(self.at(tok)) == "country":
            return True
        words = self.doc[min([c.i for c in tok.children if c.dep_ == "compound"] + [tok.i]):tok.i + 1]
        match = gazetteer.gazetteer().country_match(words.text) if tok.pos_ == "PROPN" else None
        return match is not None and match[1] == "name"

    def _apposed(self, appos) -> list[str]:
        """Who an apposition names: itself, or the name apposed to it in turn: "India's foreign
        minister, X, and his Chinese counterpart Y" comes out with "counterpart" (named Y) as a
        second apposition of "minister"."""
        named = [self.at(c) for c in appos.children if c.dep_ == "appos" and c.i > appos.i and appos.pos_ == "NOUN"]
        return [a for a in named if a and self.kind(a) == "person"] or self._resolve_one(appos)

    def _joined(self, tok) -> list[str]:
        """Those a phrase names as joining it: "twelve countries, including X and Y", "the United
        States, joined by X and Y", "Z, alongside Y", "Z, accompanied by his foreign minister";
        and who leads it: "negotiators led by X", "a delegation headed by Y"."""
        found: list[str] = []
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("including", "alongside"):
                found += [a for o in child.children if o.dep_ == "pobj" for a in self.resolve(o)]
            elif child.dep_ == "acl" and child.lemma_.lower() in ("join", "accompany", "lead", "head"):
                found += [a for g in child.children if g.dep_ == "agent"
                          for o in g.children if o.dep_ == "pobj" for a in self.resolve(o)]
        return found

    def _misread_apposition(self, tok) -> list[str]:
        """"signed by Qatar's emir, Sheikh X, at ...": the parser at times hangs the name after a
        title noun and a comma on the verb as an adverbial noun, or as the apposition of another
        word; it is the title's apposition."""
        after = tok.right_edge.i + 2
        if tok.pos_ != "NOUN" or after >= len(self.doc) or self.doc[after - 1].text != ",":
            return []
        name = self.doc[after]
        while name.dep_ in ("compound", "flat") and name.head.i != name.i:
            name = name.head  # "Sheikh X Y": the last word heads the name
        person = self.at(name)
        misread = name.dep_ == "npadvmod" or (name.dep_ == "appos" and name.head.i != tok.i)
        return [person] if misread and person and self.kind(person) == "person" else []

    def _members(self, tok) -> list[str]:
        """"the heads of Gazprom and Naftogaz, Miller and Dubyna" -> the named persons, else the
        bodies they head; "leaders of 33 states, the United States and Canada" -> the countries."""
        if tok.lemma_.lower() not in MEMBER_NOUNS:
            return []
        objects = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
        # the parser often hangs the names on the last body: "of Germany and China, Merkel and Hu"
        holders = [tok] + [c for o in objects for c in [o, *o.conjuncts]]
        named = [a for h in holders for c in h.children if c.dep_ == "appos" for a in self.resolve(c)]
        bodies = [a for o in objects for a in self.resolve(o) if a not in named]
        office = office_of(tok) if not named else None
        if office:  # "the presidents of X and Y": the holders the article named, beside their states
            states = {self.by_id[b].country for b in bodies if self.kind(b) == "country"}
            named = office_holders(self.actors, states, office)
        return list(dict.fromkeys(named + bodies))

    def _resolve_one(self, tok) -> list[str]:
        found = self.at(tok)
        if found:
            return [found]
        low = tok.lower_
        if low in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            summary = self._summed_up_clause(tok)
            return summary if summary is not None else self.resolve(appos_head(tok.head.head))
        if low in SINGULAR_PRONOUNS:
            person = self.previous_person(tok.idx, exclude=self._clause_subjects(tok))
            return [person] if person else []
        if low in ANAPHORIC_PLURALS:
            named = (self._previous_plural_object(tok) if low == "them" else []) or self._previous_plural_subject(tok)
            if named:
                return named
        if addressed_nation(tok):  # "X addressed the nation": X's own, not a state named before
            return [a for a in self._subject_states(tok) if self.kind(a) == "country"]
        if names_another_state(tok):
            found = self._recent_countries(tok.idx, 1, exclude=self._subject_states(tok))
            if found:
                return found  # "banned exports to that country", "accused its neighbour": the state last named
        if names_another_person(tok):  # "called his rival": the last person other than the one whose rival
            owners = {a for c in tok.children if c.dep_ == "poss" for a in self.resolve(c)}
            person = self.previous_person(tok.idx, exclude=owners | self._clause_subjects(tok))
            return [person] if person else []
        counted = counted_states(tok)
        if counted:
            earlier = self._same_count_before(tok, counted)
            if earlier is not None:  # "the three countries" again: the three it named the first time
                return self._resolve_one(earlier)
            return self._recent_countries(tok.idx, counted, exclude=self._subject_states(tok))
        if two_people(tok):
            return self._last_two_people(tok)
        paired = self._coordinated_modifiers(tok)
        if paired:
            return paired
        if states_again(tok):
            named = self._coordinated_states_before(tok)
            if named:
                return named  # "criticised the bids of X and Y, accusing the two states of bad faith"
        if low in PLURAL_PRONOUNS or is_group_phrase(tok):
            return self._group_for(tok)
        if low in ("it", "its") and tok.head.lemma_ not in ("be", "seem", "appear", "take"):
            carried = self._subject_carried_on(tok)
            if carried:
                return carried
            found = self.previous_actor(tok.idx, kinds=("country", "organization", "group"),
                                        exclude=self._own_phrase(tok))
            return [found] if found else []
        return self._office_of(tok) or self._by_modifier(tok) or definite_body(self, tok) or self._by_name(tok) \
            or self._titled_name(tok) or state_body(self, tok)

    def _subject_carried_on(self, tok) -> list[str]:
        """"X must meet Y's demands before it can join": "it" as the subject of a clause hung on
        another ("before", "until", "because", "if") goes on with that clause's subject, when a
        state, body or group is named there before it, not the party named last (Y)."""
        if tok.dep_ != "nsubj" or tok.head.dep_ != "advcl":
            return []
        for subj in (c for c in tok.head.head.children if c.dep_ == "nsubj" and c.i < tok.i):
            found = [a for a in self.resolve(subj) if self.kind(a) in ("country", "organization", "group")]
            if found:
                return found
        return []

    def _summed_up_clause(self, tok) -> list[str] | None:
        """"X shook hands with Y, a welcome that opened the summit": "that" or "which" after a
        thing in apposition to a person stands for the act the clause told, so for those who
        did it (the actors the clause names before the apposition); None when not so."""
        summary = tok.head.head
        if tok.lower_ not in ("that", "which") or summary.dep_ != "appos" or summary.pos_ != "NOUN":
            return None
        named = self.at(summary.head)
        if named is None or self.kind(named) != "person":
            return None
        return self.in_range(tok.sent.start_char, summary.idx)

    def _titled_name(self, tok) -> list[str]:
        """"Foreign Minister Per Hansen said": the parser at times makes the title the head and
        hangs the name under it as a preposition ("Per") or an adverbial; the title is the person."""
        if tok.lower_ not in HEAD_TITLES:
            return []
        for child in (c for c in tok.children if c.dep_ in ("prep", "npadvmod", "nmod", "dep") and c.i == tok.i + 1):
            person = self.at(child)
            if person and self.kind(person) == "person":
                return [person]
        return []

    def _by_name(self, tok) -> list[str]:
        """A name the actor extractor did not mark at this spot ("The Arab League voted"):
        the words of the proper-noun phrase equal an actor's canonical name."""
        if tok.pos_ != "PROPN":
            return []
        found = self._names.get(" ".join(w.lower_ for w in name_words(tok)))
        return [found] if found else []

    def modifier_countries(self, tok, demonyms: bool = True) -> list[str]:
        """Countries named in front of a participant: "U.S. President X", "Russia's Y" (and, with
        `demonyms`, "Iranian assets")."""
        out: list[str] = []
        for head in [tok, *tok.conjuncts]:
            stack = [c for c in head.children if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < head.i]
            while stack:
                cur = stack.pop()
                found = self.at(cur) or (self._demonym(cur) if demonyms else None)
                if found and self.kind(found) == "country" and found not in out:
                    out.append(found)
                stack += [c for c in cur.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
        return out

    def _demonym(self, tok) -> str | None:
        """A state named by an adjective the actor extractor let pass ("froze Iranian assets",
        "curbed Soviet fishing rights"): as a modifier of an event's party it is the state's."""
        if tok.ent_type_ not in ("NORP", "GPE") or tok.dep_ not in ("amod", "compound"):
            return None
        hit = gazetteer.gazetteer().country_match(tok.text)
        if hit is None or hit[1] != "demonym":
            return None
        return self.state(gazetteer.as_of(hit[0], self.when, "demonym").alpha3)

    def _last_two_people(self, tok) -> list[str]:
        """The last two persons named before `tok`, the earlier first ("the two men")."""
        last = self.previous_person(tok.idx, subjects_first=False)
        other = self.previous_person(tok.idx, subjects_first=False, exclude={last}) if last else None
        return [other, last] if other else []

    def _group_for(self, tok) -> list[str]:
        """"their"/"the two leaders" -> the main pair; "the two countries" -> their countries;
        "the two sides" with no main pair -> the pair named just before; "the two ministers"
        when the main pair is one of states -> the last two persons named."""
        if two_office_holders(tok) and not any(self.kind(a) == "person" for a in self.group):
            return self._last_two_people(tok) or list(self.group)
        if not self.group:
            if tok.lemma_.lower() in SIDE_NOUNS:
                return self._coordinated_states_before(tok, kinds=("country", "organization", "group"))
            return []
        if tok.lemma_.lower() in STATE_GROUP_NOUNS or \
                tok.head.lemma_.lower() in ("country", "nation"):
            states = list(dict.fromkeys(self.state(self.by_id[a].country) or a if self.kind(a) == "person"
                                        and self.by_id[a].country else a for a in self.group))
            if len(states) == 1 and self.kind(states[0]) == "country":
                # a pair of compatriots ("Clinton met by his ambassador"): the two states named first
                return self._first_countries(tok.idx, 2) or states
            return states
        return list(self.group)

    def _coordinated_modifiers(self, tok) -> list[str]:
        """"the British and Irish governments", "the U.S. and Chinese delegations": a plural noun
        whose coordinated modifiers name actors stands for each of them."""
        if tok.tag_ not in ("NNS", "NNPS"):
            return []
        for child in tok.children:
            if child.dep_ in ("compound", "amod", "nmod") and child.i < tok.i and child.conjuncts:
                found = [a for m in (child, *child.conjuncts) for a in [self.at(m)] if a]
                if len(found) > 1:
                    return list(dict.fromkeys(found))
        return []

    def _office_of(self, tok) -> list[str]:
        """"X's office said", "the office of President X rejected": a person's office speaks and
        acts for him, so it stands for the person (his state joins by the office he holds)."""
        if tok.lemma_.lower() not in SPEAKING_OFFICES:
            return []
        owners = [c for c in tok.children if c.dep_ == "poss" and c.i < tok.i]
        owners += of_objects(tok)
        return [a for o in owners for a in [self.at(o)] if a and self.kind(a) == "person"][:1]

    def _by_modifier(self, tok) -> list[str]:
        """"Russian officials", "the U.S. envoy", "Bush aides" -> the country behind them."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return []
        for child in tok.children:
            if child.dep_ == "poss" and child.lower_ == "its" and tok.lemma_.lower() in ENVOY_NOUNS:
                return self._resolve_one(child)  # "expelled its diplomats": the state "its" stands for
            if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i < tok.i:
                found = self.at(child) or (self._by_modifier(child) or definite_body(self, child) or [None])[0]
                if found:
                    actor = self.by_id.get(found)
                    if actor is not None and actor.kind == "person":
                        # "X's aides": the state he serves; "X's government" too when he holds an office of
                        # it ("a rebel leader's side", "a former president's camp" are his own); "X's
                        # counterpart": a person
                        governing = tok.lemma_ in GOVERNMENT_NOUNS and serves_state(actor)
                        personal = tok.lemma_ in GROUP_NOUNS and not governing
                        return [found] if personal else self.countries_of([found])
                    return [found]
        return []

    def countries_of(self, ids: list[str]) -> list[str]:
        """Map persons (and organizations with a country) to country actors; keep the rest."""
        out: list[str] = []
        for actor_id in ids:
            actor = self.by_id.get(actor_id)
            target = actor_id
            if actor is not None and actor.kind != "country" and actor.country:
                target = self.country_id(actor.country) or actor_id
            if target not in out:
                out.append(target)
        return out

    def country_id(self, code: str) -> str | None:
        for actor in self.by_id.values():
            if actor.kind == "country" and actor.country == code:
                return actor.id
        return f"country:{code}" if f"country:{code}" in self.by_id else None

    def state(self, code: str) -> str | None:
        """The country actor for an ISO code, added to the article's actors when the text names
        the state only through its officials ("President Obama praised ..." with no "United States")."""
        found = self.country_id(code)
        entry = gazetteer.country_by_code(code) if found is None else None
        if entry is None:
            return found
        actor = Actor(id="country:" + entry.alpha3, name=entry.name, kind="country", country=entry.alpha3,
                      wikidata=entry.wikidata)
        self.actors.append(actor)
        self.by_id[actor.id] = actor
        self._names[actor.name.lower()] = actor.id
        return actor.id

    def kind(self, actor_id: str) -> str | None:
        actor = self.by_id.get(actor_id)
        return actor.kind if actor else None


def inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)
