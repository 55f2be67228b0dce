"""What a pronoun or a description points back to: the actors named before a spot of the text
(the nearest of a kind, the nearest person, the last few states, the nearest group of several),
read by kb.extract.linking.ActorIndex, which mixes these in."""
from __future__ import annotations

import bisect

from kb.extract.clauses import clause_verb
from kb.extract.phrases import SUBJECT_DEPS, counted_states, is_group_phrase, is_subject


class Antecedents:
    """Look-ups over the mentions of an ActorIndex (its doc, _starts, _spans, by_id, kind, resolve)."""

    def previous_actor(self, offset: int, kinds: tuple[str, ...],
                       exclude: frozenset[str] | set[str] = frozenset()) -> str | None:
        """The nearest actor of one of `kinds` mentioned before `offset` (within a few sentences)."""
        lo = bisect.bisect_left(self._starts, offset)
        for start, _, actor_id in reversed(self._spans[:lo]):
            if offset - start > 600:
                return None
            if self.kind(actor_id) in kinds and actor_id not in exclude:
                return actor_id
        return None

    def _own_phrase(self, tok) -> set[str]:
        """The actors named earlier in the noun phrase a pronoun sits in: "the U.S. embargo
        imposed on it" cannot mean the United States (a pronoun does not point back into its own phrase)."""
        noun = tok.head
        for _ in range(4):
            if noun.pos_ in ("NOUN", "PROPN") or noun.head.i == noun.i:
                break
            noun = noun.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i > tok.i:
            return set()
        return set(self.in_range(noun.left_edge.idx, noun.idx + len(noun.text)))

    def earlier(self, offset: int, reach: int | None = None):
        """The actors mentioned before `offset`, nearest first, as far back as `reach` characters
        (the whole text before it without one)."""
        lo = bisect.bisect_left(self._starts, offset)
        for start, _, actor_id in reversed(self._spans[:lo]):
            if reach is not None and offset - start > reach:
                return
            yield self.by_id[actor_id]

    def _previous_plural_object(self, tok) -> list[str]:
        """"expelled three American diplomats, accusing them of spying": "them" is the nearest
        plural noun before it in its sentence that names actors, other than its own clause's subject."""
        own = {c.i for c in clause_verb(tok).children if c.dep_ in SUBJECT_DEPS}
        for cand in reversed(tok.doc[tok.sent.start:tok.i]):
            if cand.tag_ in ("NNS", "NNPS") and cand.i not in own and cand.right_edge.i < tok.i:
                found = self.resolve(cand)
                if found:
                    return found
        return []

    def _previous_plural_subject(self, tok) -> list[str]:
        """"Ford and Brezhnev held talks. They are to meet again": "they" is the nearest earlier
        coordinated or group subject ("the two countries") of this sentence or the one before
        that names several actors."""
        sent = tok.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for cand in reversed(self.doc[start:tok.i]):
            if cand.dep_ in SUBJECT_DEPS and (cand.conjuncts or is_group_phrase(cand)) \
                    and cand.right_edge.i < tok.i:  # not a phrase holding the pronoun ("the leaders themselves")
                found = self.resolve(cand)  # "X and Y", "the two countries"
                if len(found) > 1:
                    return found
        return []

    def _coordinated_states_before(self, tok, kinds: tuple[str, ...] = ("country",)) -> list[str]:
        """The states of the nearest coordination of two or more countries ("X and Y") in this
        sentence or the one before, other than the clause's own subject; with `kinds`, of
        actors of those kinds ("Israel and Hamas" for "the two sides")."""
        sent = tok.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        own = self._subject_states(tok)
        for cand in reversed(self.doc[start:tok.i]):
            if cand.dep_ == "conj" or not cand.conjuncts or cand.right_edge.i >= tok.i:
                continue
            found = self.resolve(cand)
            if len(found) > 1 and all(self.kind(a) in kinds for a in found) and not own & set(found):
                return found
        return []

    def _subject_states(self, tok) -> set[str]:
        """The actors (and their states) of the clause's subject: "Argentina accused the three
        countries" does not count Argentina among them."""
        if tok.dep_ in SUBJECT_DEPS:
            return set()  # "X, Y and Z signed, and the three countries will ...": the subject is them
        verb = clause_verb(tok)  # the verb "exports to that country" hangs on
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # "X broke off ties, ordered ... and banned exports to that country"
        subjects = [a for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i != tok.i for a in self.resolve(c)]
        return set(subjects) | set(self.countries_of(subjects))

    def _same_count_before(self, tok, count: int):
        """The nearest earlier phrase counting as many states ("the three countries", "three
        nations"), within a few paragraphs, whose states were found."""
        for cand in reversed(self.doc[max(0, tok.i - 400):tok.i]):
            if counted_states(cand) == count and self._recent_countries(
                    cand.idx, count, exclude=self._subject_states(cand)):
                return cand
        return None

    def _recent_countries(self, offset: int, count: int, exclude: set[str]) -> list[str]:
        """"the three countries": the last `count` distinct countries named before, within a few
        sentences, other than the clause's own subject; nothing when fewer are found."""
        lo = bisect.bisect_left(self._starts, offset)
        found: list[str] = []
        for start, _, actor_id in reversed(self._spans[:lo]):
            if offset - start > 800 or len(found) == count:
                break
            if self.kind(actor_id) == "country" and actor_id not in found and actor_id not in exclude:
                found.append(actor_id)
        return found[::-1] if len(found) == count else []

    def _first_countries(self, offset: int, count: int) -> list[str]:
        """The first `count` distinct countries the article names before `offset`, or nothing."""
        lo = bisect.bisect_left(self._starts, offset)
        found = list(dict.fromkeys(a for _, _, a in self._spans[:lo] if self.kind(a) == "country"))
        return found[:count] if len(found) >= count else []

    def _clause_subjects(self, tok) -> set[str]:
        """Who "him"/"her" cannot be: the subject of its own clause ("Gore telephoned him")."""
        if tok.lower_ not in ("him", "her") or tok.dep_ not in ("dobj", "dative", "pobj"):
            return set()
        verb = tok.head if tok.dep_ != "pobj" else tok.head.head
        return {a for c in verb.children if c.dep_ == "nsubj" for a in [self.at(c)] if a}

    def previous_person(self, offset: int, subjects_first: bool = True,
                        exclude: set[str] = frozenset()) -> str | None:
        """Nearest person mentioned before `offset`, preferring one that was a clause subject."""
        lo = bisect.bisect_left(self._starts, offset)
        window = [sp for sp in self._spans[:lo] if offset - sp[0] < 1500][::-1]
        persons = [sp for sp in window if self.by_id[sp[2]].kind == "person" and sp[2] not in exclude]
        if subjects_first:
            for start, _, actor_id in persons:
                span = self.doc.char_span(start, start + 1, alignment_mode="expand")
                if span is not None and is_subject(span.root):
                    return actor_id
        return persons[0][2] if persons else None
