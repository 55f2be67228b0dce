"""Where a trigger sits in its sentence's parse: the verb of its clause, the verb a noun trigger
is an argument of, the first verb of a coordinated chain, the words that subordinate a clause."""
from __future__ import annotations

OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")
SETTING_PREPS = {"at", "during", "after", "before", "in", "for", "following", "of", "with", "toward",
                 "towards", "ahead", "since", "on", "into", "by"}
# Heads of a clause with no finite verb ("X persona non grata"): a bare verb form, a noun, an adjective.
SMALL_CLAUSE_TAGS = {"VB", "NN", "NNS", "JJ"}
MANNER_PREPS = {"without", "by"}  # "left without signing", "ended it by signing": one act, one time
SEQUENCE_PREPS = {"after", "before", "since", "upon", "on", "while"}  # "after signing", "on arriving"
AIMING_PREPS = {"on", "upon", "against", "to", "toward", "towards"}  # "turned on X", "fired toward X"
DEFINITE = {"the", "this", "that", "these", "those"}  # determiners of a thing already in view


def clause_verb(tok):
    """The verb heading the clause a token sits in (the token itself for a verb)."""
    for _ in range(10):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT" or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def governing_verb(noun):
    """The verb a noun trigger is an argument of, through at most a few noun/preposition hops."""
    tok = noun
    for _ in range(5):
        if tok.dep_ in ("ROOT",) or tok.head.i == tok.i:
            return None
        if tok.dep_ in ("conj", "appos", "compound"):
            tok = tok.head
            continue
        if tok.dep_ not in OBJECT_DEPS + ("pobj", "nsubj", "nsubjpass", "npadvmod", "prep"):
            return None
        if tok.dep_ == "prep" and tok.lower_ not in SETTING_PREPS:
            return None  # "protect against missile strikes": the strikes are not the protector's
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def conj_root(verb):
    """The first verb of a chain of coordinated verbs."""
    for _ in range(8):
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = coordinated_with(verb)
    return verb


def speaker_going_on(verb, reporting: set[str]):
    """"X said Y had failed and urged Z to act": a past act of words with no subject of its own,
    coordinated with the verb of what a speaker reports, goes on with the speaker, not with the
    reported clause's subject; the reporting verb (one of `reporting`), else None. Not a verb
    with its own auxiliary ("was called off", "would reject": the reported clause goes on).
    kb.extract.participants still leaves a reported state other than the speaker's own with its
    acts ("said Russia had massed troops and accused Kyiv")."""
    # a past form; the parser tags it a participle after a passive ("was disappointed and accused
    # X"), where its object shows it active
    past = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children)
    if verb.dep_ != "conj" or not past or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    reported = verb.head  # the reported verb, whatever its form ("was disappointed and accused")
    if reported.dep_ != "ccomp" or reported.head.lemma_.lower() not in reporting:
        return None
    return reported.head if reported.head.tag_ in ("VBD", "VBZ") else None


def coordinated_with(verb):
    """The verb a coordinated verb pairs with. Verbs coordinate with verbs of their own form, so a
    verb the parser hung on one of another form pairs with the nearest verb of its form above:
    "ordered X to leave and barred Y" ("barred" hung on "leave": it pairs with "ordered"),
    "insisting that it meant to reopen the port and blaming X" ("blaming" pairs with "insisting").
    The walk passes through a preposition whose clause it climbs from: "accused X of violating
    its border and recalled its envoy" ("recalled" hung on "violating" pairs with "accused")."""
    head = verb.head
    if head.tag_ == verb.tag_ or not verb.tag_.startswith("VB"):
        return head
    above = head
    for _ in range(4):
        upper = _over_preposition(above)
        if upper.i == above.i or upper.pos_ not in ("VERB", "AUX"):
            break
        above = upper
        if above.tag_ == verb.tag_:
            return above
    return head


def _over_preposition(clause):
    """The word a clause hangs on, read past a preposition that introduces it ("of violating")."""
    upper = clause.head
    return upper.head if clause.dep_ == "pcomp" and upper.dep_ == "prep" else upper


def has_subject(verb) -> bool:
    """Whether a clause names its own subject ("she said", "it was signed"): one that does not
    tells the act of another clause's doer ("met X, hoping to ...")."""
    return subject(verb) is not None


def subject(verb):
    """The subject a clause names, active or passive ("she said", "it was signed"), or None."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def marks(verb) -> set[str]:
    """Subordinating words of a clause; the parser makes "when" an adverb, not a marker."""
    return {c.lower_ for c in verb.children if c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")}


def object_taken_as_subject(verb):
    """The parser at times reads "a strike killed X and Y, and Z vowed revenge" as if X, Y and Z
    vowed: the transitive verb is left without an object, and the subject of the verb it hangs on
    starts right after it. Return (the tokens of the lost object, the real subject: the last
    conjunct), or None when the parse is not of that shape."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i <= verb.i or any(c.dep_ == "dobj" for c in verb.children):
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1), None)
    last = max((t for t in subject.subtree if t.dep_ == "conj"), key=lambda t: t.i, default=None) \
        if subject is not None else None
    if last is None:
        return None
    lost = [t for t in subject.subtree if t.i < last.left_edge.i and t.dep_ in ("nsubj", "conj", "appos")]
    return lost, last


def small_clause_subject(verb):
    """"declared the envoy persona non grata", "found the minister guilty": the parser at times
    reads the object and what it is declared as a clause of their own, the object its subject.
    Such a clause has no finite verb, no auxiliary and no "that"; return that subject, or None
    ("said X attacked", "said X would go" are clauses told, not objects)."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.tag_ in SMALL_CLAUSE_TAGS):
        if any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children):
            continue
        told = subject(clause)
        if told is not None and told.left_edge.i == verb.i + 1:
            return told
    return None


def name_words(tok) -> list:
    """The words of the name a token heads: the compounds written before it, then the token itself
    ("Shining Path", "Port Moresby"); the form gazetteer and actor look-ups are keyed on."""
    return [c for c in tok.lefts if c.dep_ == "compound"] + [tok]


def name_text(tok) -> str:
    """The name a token heads, as written ("Port Moresby"): the key of the gazetteer's look-ups."""
    return " ".join(w.text for w in name_words(tok))


def bidden_subjects(bidding) -> list:
    """Whom a demand bids act, told in the mandative subjunctive: "demanded that X withdraw",
    "backed the call that Y step down", "proposed that X and Y hold talks" (a 'that' clause whose
    verb is in its bare form, with no modal: "insisted that X would stay" bids no one). A passive
    clause ("asked that the aid be sent") names what is to be done, not who is to do it."""
    clauses = [c for c in bidding.children if c.dep_ in ("ccomp", "acl") and c.tag_ in ("VB", "VBP")
               and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               and not any(a.dep_ in ("aux", "auxpass") for a in c.children)]
    return [s for c in clauses for s in c.children if s.dep_ == "nsubj"]


def of_objects(word) -> list:
    """The objects of a word's "of" prepositions: "leaders of the OAU", "a meeting of its leaders"."""
    return [o for p in word.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
