"""What a noun phrase is, read off its words and the parse alone, before any actor is looked up:
a pronoun, "the two leaders", "the three countries", "its neighbour", names coordinated in ways
the parser misreads. kb.extract.linking turns such phrases into actor ids."""
from __future__ import annotations

SINGULAR_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves", "both", "we", "our"}
GROUP_NOUNS = {"leader", "president", "head", "side", "country", "nation", "government", "capital",
               "counterpart", "premier", "minister", "statesman"}
# The group nouns that name no persons ("both capitals": the two governments).
STATE_GROUP_NOUNS = {"side", "country", "nation", "government", "capital"}
# Who speaks for a body or a state's ministry by office.
SPOKESMEN = {"spokesman", "spokeswoman", "spokesperson"}
# Nouns for people standing for a body: "the heads of Gazprom and Naftogaz".
MEMBER_NOUNS = {"leader", "head", "commander", "secretary", "spokesman", "spokeswoman", "minister", "president", "chief", "representative", "delegate",
                "envoy", "delegation", "official", "diplomat", "negotiator", "member"}
ANAPHORIC_PLURALS = {"they", "them", "their", "theirs", "themselves"}
# People a state sends or keeps abroad: "its diplomats", "its ambassador" are the state's.
ENVOY_NOUNS = {"diplomat", "ambassador", "envoy", "embassy", "consul", "consulate", "mission", "delegation"}
NUMBER_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
STATE_RELATIONS = {"neighbour", "neighbor", "ally", "rival"}  # what one state is to another
PERSON_RELATIONS = {"rival", "counterpart", "opponent"}  # what one person is to another
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
ADDRESS_VERBS = {"address", "tell", "reassure", "thank", "unite", "rally"}  # a leader speaking to his own people
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def coordinated(token) -> list:
    """The token and its conjuncts, plus a name the parser hung as a modifier of its partner:
    "U.S. President Trump and North Korean leader Kim" often comes out as Trump (nmod) of Kim, and
    "President Sadat and Prime Minister Begin" as Sadat the subject of a noun Begin; and a name
    coordinated with an apposition ("X, the group's leader, and Y", "the minister, X, and his
    counterpart Y"), and a name of a list read as an apposition ("X, the Y Islands, Z and W")."""
    out = [token, *token.conjuncts]
    for child in token.children:
        if child.dep_ == "appos" and child.i > token.i:  # "X, the group's leader, and Y": Y hangs on the apposition
            if child.pos_ == "PROPN" and token.pos_ == "PROPN" and child.conjuncts:
                out.append(child)  # "X, the Y, Z and W": a list whose second name was read as an apposition
            out += [c for c in child.conjuncts if c.i > child.i and c not in out and (c.pos_ == "PROPN" or _named(c))]
        if child.dep_ in ("nmod", "nsubj", "compound") and child.pos_ == "PROPN" and child.i < token.i \
                and any(c.dep_ == "cc" and c.i > child.i for c in child.children):
            out += [child, *[c for c in child.conjuncts if c.i < token.i and c not in out]]
    return out


def _named(noun) -> bool:
    """"his counterpart Y": a common noun with a name apposed to it."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)


def appos_head(tok):
    while tok.dep_ == "appos":
        tok = tok.head
    return tok


def is_subject(tok) -> bool:
    """True when the token heads (or sits in the compound chain of) a clause subject."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in SUBJECT_DEPS


def counted_states(tok) -> int:
    """3 for "the three countries", "three nations"; 0 when the phrase counts no states (or two,
    which is the article's main pair of countries)."""
    if tok.lemma_.lower() not in ("country", "nation", "state", "government") or tok.tag_ != "NNS":
        return 0
    for child in tok.children:
        if child.dep_ == "nummod":
            value = NUMBER_WORDS.get(child.lower_) or (int(child.text) if child.text.isdigit() else 0)
            return value if 3 <= value <= 10 else 0
    return 0


WHOLES = {"region", "world", "continent", "area", "bloc", "union", "alliance"}  # "the countries of the region"
PAIR_WORDS = {"two", "both"}  # words that count a plural as a pair: "the two states", "both presidents"
# Plural nouns that name several states again ("the two states", "these countries"); not
# actorwords.STATE_NOUNS, the nouns one state is called by.
STATES_AGAIN_NOUNS = {"country", "nation", "state", "government", "capital"}
# What each of two states has or is, named again only when counted two: "the two armies", "both
# neighbours" ("the armies" may be anyone's).
STATE_BODY_NOUNS = {"army", "neighbour", "neighbor"}


def states_again(tok, bodies: bool = False) -> bool:
    """"the two states", "both governments", "these countries", "both capitals": several states
    named again by a plural common noun, counted two or not at all; not "the Baltic states", which
    a name of its own makes a group of its own, nor "the states of X". With `bodies`, also a body
    of each of two states counted two ("the two armies"), unless the phrase names their owner
    ("the two armies of the empire", "the empire's two armies")."""
    lemma = tok.lemma_.lower()
    if lemma not in STATES_AGAIN_NOUNS | (STATE_BODY_NOUNS if bodies else set()) or tok.tag_ != "NNS" \
            or counted_states(tok):
        return False
    kids = {c.lower_ for c in tok.children}
    if lemma in STATE_BODY_NOUNS:
        owned = any(c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ == "prep" and c.lower_ == "of"
                    for c in tok.children)
        return not owned and bool(kids & PAIR_WORDS)
    named = any(c.dep_ in ("amod", "compound") and c.text[:1].isupper() for c in tok.children)
    if named and not kids & PAIR_WORDS:
        return False
    of_whole = any(g.pos_ == "PROPN" or g.lemma_.lower() in WHOLES
                   for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")
    return not of_whole and bool(kids & {"the", "both", "two", "these", "those"})


def addressed_nation(tok) -> bool:
    """"addressed the nation", "told the country": the people a leader speaks to are his own."""
    return tok.lemma_.lower() in ("nation", "country") and tok.dep_ == "dobj" \
        and tok.head.lemma_.lower() in ADDRESS_VERBS and any(c.lower_ == "the" for c in tok.children)


def names_another_state(tok) -> bool:
    """"that country", "the nation"; "its neighbour", "their smaller ally": a state named again
    by a common noun, other than the subject's own ("his country" is his)."""
    if tok.tag_ != "NN":
        return False
    kids = {c.lower_ for c in tok.children}
    lemma = tok.lemma_.lower()
    return (lemma in ("country", "nation") and bool(kids & {"that", "this", "the"})) or \
        (lemma in STATE_RELATIONS and bool(kids & {"that", "this", "the", "its", "their"}))


def names_another_person(tok) -> bool:
    """"his rival", "her counterpart": a person named again by what he is to another."""
    return tok.tag_ == "NN" and tok.lemma_.lower() in PERSON_RELATIONS \
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children)


def is_group_phrase(tok) -> bool:
    """"the two leaders", "both presidents", "the leaders", "their countries", "the two men"."""
    if two_people(tok):
        return True
    if tok.lemma_.lower() not in GROUP_NOUNS or tok.tag_ not in ("NNS", "NNPS"):
        return False
    kids = {c.lower_ for c in tok.children}
    if "of" in kids:
        return False  # "the heads of Gazprom and Naftogaz" name their bodies (see _members)
    return bool(kids & (PAIR_WORDS | {"their", "the"}))


def two_office_holders(tok) -> bool:
    """"the two ministers", "both presidents": two persons counted by their offices."""
    return tok.lemma_.lower() in GROUP_NOUNS - STATE_GROUP_NOUNS and tok.tag_ in ("NNS", "NNPS") \
        and any(c.lower_ in PAIR_WORDS for c in tok.children)


def two_people(tok) -> bool:
    """"the two men", "both women": the last two persons named; "the men" may be anyone."""
    return tok.lemma_.lower() in ("man", "woman") and tok.tag_ == "NNS" \
        and any(c.lower_ in PAIR_WORDS for c in tok.children)
