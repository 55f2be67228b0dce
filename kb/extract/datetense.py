"""The tense a date expression is told in: it picks the side of publication a yearless date or a
bare weekday falls on ("met on Friday" is the last Friday, "will meet on Friday" the next). And the
two ways a clause is told off the narration's time: recalled in the past perfect, or reported as what
someone said."""
from __future__ import annotations

from kb.extract.clauses import clause_verb, conj_root
from kb.extract.speechverbs import SAYING_CORE
from kb.extract.timeasides import SAYING

SPEECH_VERBS = SAYING_CORE | {"note", "write", "insist", "argue", "claim"}
FUTURE_HEADS = {"plan", "expect", "schedule", "due", "set", "intend", "aim", "hope", "want", "prepare",
                "agree", "promise", "pledge", "vow", "propose", "seek", "scheduled", "slate"}
WARNING = {"warn", "threaten", "vow", "insist"}
# The auxiliary of the past perfect: an act told as done before the narration's time ("had signed").
PAST_PERFECT_AUX = {"had", "'d"}


def tense_hint(span) -> str | None:
    """Return "future" or "past" from the verb that governs a date span, else None."""
    tok = span.root
    since = False  # "since its fall on December 7", "since Monday": the start of what has held since
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
            break
        since = since or (tok.lower_ == "since" and tok.dep_ == "prep")
        tok = tok.head
    if since or any(t.lower_ == "since" for t in span[:1]):
        return "past"  # whatever the tense of the verb the phrase hangs on ("is the worst since ...")
    kids = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if kids & {"will", "shall", "'ll", "wo"} or tok.lower_ in ("will", "shall"):
        return "future"
    if "would" in kids and "have" not in kids and tok.dep_ == "ccomp" and span.start > tok.i:
        return "future"  # "said the islets would be handed back on Sunday": what was to come when it was said
        # (a day written before the verb may date the saying: "declared on Friday that X would ...")
    if "to" in kids and (tok.head.lemma_ in FUTURE_HEADS or tok.head.lemma_ == "be"):
        return "future"  # "plans to meet on Friday", "they are to meet again on Saturday"
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    if "to" in kids and "with" in marks:  # "with the king to abdicate next year"
        return "future"
    told_past = tok.tag_ == "VBD" or bool(kids & {"had", "did", "was", "were"})
    if marks & {"if", "unless", "until"} and not told_past:
        return None  # "unless the rebels have left by May 2": a condition still open, not a past
    if told_past or tok.tag_ == "VBN" or kids & {"has", "have"}:
        return "past"
    if _scheduled_present(tok, kids):
        return "future"
    return None


def _scheduled_present(verb, aux: set[str]) -> bool:
    """News tells a timetable in the present: "flies to Berlin on Friday", "is meeting him on Monday"
    (what a speaker says on a day is told in the past: "said on Friday")."""
    if verb.lemma_.lower() in SPEECH_VERBS:
        return False
    if verb.tag_ in ("VBZ", "VBP") and not aux:
        return verb.lemma_.lower() != "be" or any(c.dep_ == "nsubj" for c in verb.children)
    return verb.tag_ == "VBG" and bool(aux & {"is", "are", "am", "'s", "'re"})


def simple_past(verb) -> bool:
    """Whether a verb is told in the simple past ("clashed", "was signed"), with no modal or
    auxiliary of another tense."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBD":
        return aux <= {"did"}
    return verb.tag_ == "VBN" and bool(aux) and aux <= {"was", "were"}


def pluperfect(tok) -> bool:
    """Whether the token's clause is in the past perfect ("had tried", "had been told"): a time
    recalled before the narration's, which does not move it."""
    verb = clause_verb(tok)
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:  # "had tried to call": the try's tense
        verb = verb.head
    return has_past_perfect_aux(verb)


def has_past_perfect_aux(verb) -> bool:
    """Whether a verb itself takes the past perfect's auxiliary ("had signed", "she'd left")."""
    return any(c.dep_ == "aux" and c.lower_ in PAST_PERFECT_AUX for c in verb.children)


def reported(tok) -> bool:
    """Whether the token's clause is told as what someone said ("admitted on Sunday that agents sank
    the ship in July"): the narration is at the saying, not at the act reported."""
    verb = conj_root(clause_verb(tok))
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SAYING | WARNING
