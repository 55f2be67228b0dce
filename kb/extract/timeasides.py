"""Words of a sentence whose times are not its trigger's clause's: relative clauses and participles
on other nouns, quotations, what a sayer reported, time words qualifying another noun, clauses after
a colon or semicolon (`aside_tokens`); and the verbs coordinated after the trigger's
(`later_conjuncts`), whose shift words but not dates are aside. kb.extract.maindate reads a
sentence's time shifts and dates without them, so the trigger's act can still be the news of the day."""
from __future__ import annotations

from kb.extract.calendarunits import CALENDAR_UNITS, PARTS_OF_DAY
from kb.extract.clauses import clause_verb
from kb.extract.joinedclauses import after_the_mark
from kb.extract.speechverbs import REPORTING_VERBS

SAYING = REPORTING_VERBS | {"admit", "confirm"}
STRAIGHT_QUOTES = {'"', "''", "``"}
CLOSING_QUOTES = {"\u201d", "''"}
QUOTE_MARKS = STRAIGHT_QUOTES | CLOSING_QUOTES | {"\u201c"}
NOUN_QUALIFIERS = {"amod", "compound", "poss", "nmod"}  # a word's links to the noun it qualifies
TIME_NOUNS = CALENDAR_UNITS | PARTS_OF_DAY | {"weekend", "time"}  # nouns a time word tells the time of


def aside_tokens(tok, sent) -> set[int]:
    """The tokens of `sent` whose time words and dates do not place the trigger `tok`."""
    return _asides(tok, sent) | _quoted_words(tok, sent) | after_the_mark(tok, sent) \
        | _noun_qualifiers(tok, sent) | _reported_content(tok, sent)


def _asides(tok, sent) -> set[int]:
    """Tokens of the relative clauses on nouns that leave the trigger out: they tell of other
    times ("a seat they never held", "who a decade ago led ...")."""
    return {t.i for v in sent if v.dep_ in ("relcl", "acl") and tok not in v.subtree for t in v.subtree}


def _noun_qualifiers(tok, sent) -> set[int]:
    """Time words that qualify a noun other than the trigger ("to a long ovation", "the previous
    cabinet", "meddling in Ukraine's October election", "last year's vote"): they say which thing is
    meant, not when the trigger's clause happened. A word on the trigger itself ("an earlier
    statement") still places it, and so does a time noun's own ("Monday morning")."""
    return {t.i for t in sent if t.dep_ in NOUN_QUALIFIERS and t.head.i != tok.i
            and t.head.pos_ in ("NOUN", "PROPN") and t.head.lemma_.lower() not in TIME_NOUNS}


def _reported_content(tok, sent) -> set[int]:
    """Tokens of what a sayer reported when the trigger is outside it ("X said on state radio that Y's
    troops had crossed the border over the weekend"): the times in it are the reported acts', not
    the saying's, which is the news of the day unless dated itself."""
    return {t.i for v in sent if v.dep_ == "ccomp" and v.head.lemma_.lower() in SAYING
            and tok not in v.subtree for t in v.subtree}


def _quoted_words(tok, sent) -> set[int]:
    """Tokens of the quotations in the sentence when the trigger is outside them ("'It was a
    democracy on Monday and must be one again,' X told reporters"): their times are the speaker's,
    not the saying's."""
    inside, opened = set(), False
    for t in sent:
        if t.text in QUOTE_MARKS:
            opened = t.text not in CLOSING_QUOTES and not (opened and t.text in STRAIGHT_QUOTES)
        elif opened:
            inside.add(t.i)
    return set() if tok.i in inside else inside


def later_conjuncts(tok) -> set[int]:
    """Tokens of the verbs coordinated after the trigger's own ("held talks with X, and afterwards
    toured Y"): their time words place what follows the trigger's act, not the act itself."""
    verb = clause_verb(tok)
    return {t.i for c in verb.children if c.dep_ == "conj" and c.i > verb.i and tok not in c.subtree
            for t in c.subtree}
