"""The press inside the news it reports: outlets and journalists.

An outlet named in a story is nearly always its channel ("told Reuters", "according to the BBC",
"in an interview with the daily Politika", "state television IRIB reported", "a Reuters tally"), which
takes no part in what the article tells, so it is no actor; it is one only when something is done to
it ("China expelled three Wall Street Journal reporters", "Russia banned the BBC"): then it is the
object of that act, as any other party. A journalist is no actor where they pass the news on ("CNN's
Ana Lima asked", "told the reporter Ana Lima", "the paper's editor, X, said") and nowhere acted upon;
one the news is about ("the disappearance of the journalist X", "the journalists X and Y were
freed") is an actor like anyone else.

An outlet is known by the organizations table, by the words its name is made of ("Times", "Herald",
"News", "Radio"), by the noun that presents it ("the newspaper X", "broadcaster X", "X TV") or by a
frame only the press fills ("X reported", "wrote in X", "said on X"). A journalist is a person a
press noun presents ("journalist X", "X, a reporter for Y") or an outlet owns ("CNN's X").
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kb import gazetteer as gz
from kb.credits import OUTLET_NAME_WORDS
from kb.extract.bodies import ORG_HEADS
from kb.extract.quotes import SPEECH_VERBS

# Nouns that present an outlet: "the daily Politika", "broadcaster KBC", "the Koha Ditore newspaper"
# ("network" and "site" are left out: "the Haqqani network", "the Natanz site").
OUTLET_NOUNS = {"newspaper", "daily", "weekly", "paper", "tabloid", "broadcaster", "channel", "station",
                "magazine", "outlet", "website", "television", "tv", "radio", "newswire", "publication", "journal"}
# Nouns that present a person as one of the press: "journalist X", "X, the paper's editor".
JOURNALIST_NOUNS = {"journalist", "reporter", "correspondent", "editor", "columnist", "photographer",
                    "photojournalist", "cameraman", "camerawoman", "anchor", "presenter", "commentator",
                    "blogger", "newsreader", "stringer", "interviewer", "broadcaster"}
# What of an outlet can be acted upon in its stead: "expelled three X reporters", "closed X's bureau".
PRESS_HOLDINGS = JOURNALIST_NOUNS | {"staff", "bureau", "office", "crew", "licence", "license", "accreditation",
                                     "broadcast", "website", "channel", "station", "newspaper", "employee", "team"}
# Verbs whose subject is an outlet when it is no known party: "X reported", "X quoted a diplomat".
REPORTING_VERBS = {"report", "publish", "broadcast", "air", "carry", "quote", "cite", "print"}
# Heads of an institution's name, which reports and cites in its own right ("the commission reported");
# an agency may be either, so the frame decides ("Anadolu Agency reported").
_INSTITUTION_HEADS = ORG_HEADS - {"agency", "service"}
# Verbs that pass words to or from the press rather than act on it: "told X", "gave X an interview".
_CHANNEL_VERBS = SPEECH_VERBS | {"tell", "inform", "show", "give", "grant", "brief", "contact", "reach", "call",
                                 "phone", "email", "send", "interview", "quote", "cite", "provide", "confirm",
                                 "speak", "talk", "write"}
# Articles that open the name of a paper in other languages: "Der Spiegel", "Le Monde", "El Pais".
_FOREIGN_ARTICLES = {"der", "die", "das", "le", "la", "les", "el", "il", "lo", "los", "las", "de", "het"}
_ACTED_DEPS = {"dobj", "nsubjpass", "dative"}


def outlet(ent: Span) -> bool:
    """Whether `ent` names a news outlet."""
    org = gz.organization(ent.text)
    if org is not None:
        return org.kind == "media"
    # The name's own words and frame first: they rule out most names, and cost less than the
    # country and leaders tables, which only veto a name they allow.
    if not ({t.lower_ for t in ent} & OUTLET_NAME_WORDS or ent.root.lower_ not in _INSTITUTION_HEADS
            and (_presented_as_outlet(ent) or _press_frame(ent))):
        return False
    return gz.gazetteer().country_match(ent.text) is None and gz.person(ent.text, None) is None


def journalist(ent: Span) -> bool:
    """Whether a person's mention is presented as one of the press."""
    root = ent.root
    if root.dep_ == "appos" and _press_trade(root.head):
        return True      # "the paper's editor, X"
    for child in root.children:
        if child.i < ent.start or child.i >= ent.end:
            if child.dep_ in ("compound", "amod", "appos") and _press_trade(child):
                return True      # "journalist X", "X, a reporter for Y"
            if child.dep_ == "poss" and _owning_outlet(child):
                return True      # "CNN's X"
    return ent[0].lemma_.lower() in JOURNALIST_NOUNS    # spaCy took "Journalist" into the name


def _press_trade(noun: Token) -> bool:
    """A press noun that is the person's trade now: "a former editor" who became minister is not."""
    return noun.lemma_.lower() in JOURNALIST_NOUNS and not any(
        c.lower_ in ("former", "ex", "onetime", "retired") for c in noun.children)


def passes_words(ent: Span) -> bool:
    """Whether `ent` stands where the channel of the news stands: the subject of "said", "asked" or
    "reported", the one "told" something, the other side of "an interview with"."""
    tok = _clause_member(ent.root)
    head = tok.head
    lemma = head.lemma_.lower()
    if tok.dep_ == "nsubj":
        return lemma in _CHANNEL_VERBS or lemma in REPORTING_VERBS
    if tok.dep_ in ("dobj", "dative"):
        return lemma in _CHANNEL_VERBS
    return tok.dep_ == "pobj" and head.lower_ in ("with", "to") \
        and head.head.lemma_.lower() in _CHANNEL_VERBS | {"interview"}


def _clause_member(tok: Token) -> Token:
    """The word that stands for `tok` in its clause: "the paper's editor, X" stands as "editor"."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def acted_upon(ent: Span) -> bool:
    """Whether the act of a clause falls on `ent` or on what of it the press holds: the object of a
    verb that does not merely pass words ("banned X", "expelled three X reporters", "X was jailed")."""
    tok = _clause_member(ent.root)
    if tok.dep_ in ("compound", "poss") and tok.head.lemma_.lower() in PRESS_HOLDINGS:
        tok = _clause_member(tok.head)
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "against":
        return True      # "measures against X", "a ban against X's broadcasts"
    return tok.dep_ in _ACTED_DEPS and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in _CHANNEL_VERBS


def _owning_outlet(tok: Token) -> bool:
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and outlet(ent)


def _presented_as_outlet(ent: Span) -> bool:
    """ "the newspaper X", "broadcaster X", "the X newspaper", "X TV": an outlet noun in apposition or
    compound with the name (an agency only when the news is its trade: "news agency X")."""
    root = ent.root
    near = [root.head] if root.dep_ in ("appos", "compound") else []
    near += [c for c in root.children if c.dep_ in ("compound", "appos", "amod") and not ent.start <= c.i < ent.end]
    return any(_outlet_noun(tok) for tok in near)


def _outlet_noun(tok: Token) -> bool:
    if tok.lemma_.lower() == "agency":
        return any(c.lower_ in ("news", "press", "wire") for c in tok.children)
    return tok.lemma_.lower() in OUTLET_NOUNS


def _press_frame(ent: Span) -> bool:
    """A frame only the press fills: the subject of "reported" or "quoted", the place one "wrote in"
    or "said on", or a paper's foreign name after "told" or "an interview with"."""
    root = ent.root
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_.lower() in REPORTING_VERBS and ent.label_ == "ORG" \
            and not any(c.dep_ == "prt" for c in head.children):     # "X carried out" acts
        return True
    if root.dep_ == "pobj" and head.lower_ in ("in", "on", "for") \
            and head.head.lemma_.lower() in ("write", "say", "appear", "speak", "interview"):
        return ent.label_ in ("ORG", "WORK_OF_ART")
    words = ent.text.split()
    return len(words) == 2 and words[0].lower() in _FOREIGN_ARTICLES and words[0][:1].isupper() \
        and _told_or_according(root) and not _ends_a_longer_name(ent)


def _told_or_according(root: Token) -> bool:
    """ "told X", "an interview with X", "according to X": the frames a paper's foreign name fills;
    "met De Gaulle" or "defeated Le Pen" are no such frame."""
    head = root.head
    if root.dep_ in ("dobj", "dative"):
        return head.lemma_.lower() == "tell"
    return root.dep_ == "pobj" and (head.lower_ == "with" and head.head.lemma_.lower() == "interview"
                                    or head.lower_ == "to" and head.head.lower_ == "according")


def _ends_a_longer_name(ent: Span) -> bool:
    """ "Le Drian" after "Jean-Yves Le Drian": a surname with its particle, not a paper."""
    return any(e.label_ == "PERSON" and len(e) > len(ent) and e.text.endswith(ent.text) for e in ent.doc.ents)
