"""Merging the events of one article: reports of one occasion become one event.

Two events merge when their types agree (Meeting folds into Summit), their modality agrees, one's
participants are covered by the other's and their dates and places agree; an act named again with
a definite noun ("the accord", "the visit") folds into the dated one of its kind told before, even
with other parties, and calling it off negates it. Two remarks told in different sentences by
speakers the text names apart ("a police spokesman said ... The finance minister said ...") are two
occasions, even when both speak for one state, and lend each other no date or place. The parties
the next sentences name as joining an occasion take part in it (kb.extract.companions).
"""
from __future__ import annotations

from kb.extract.companions import join_companions
from kb.extract.lexicon import TYPE_RANK
from kb.extract.linking import ActorIndex
from kb.model import Event, Place, TimeValue

FAMILY = {"Summit": "consult", "Meeting": "consult"}


def fold_channels(raw: list[Event], index: ActorIndex) -> list[Event]:
    """Fold a statement that carries the news of an act told in its own or the previous sentence,
    by the speaker or the speaker's state ("Panama broke off relations, President X said in a
    televised address"; "Y condemned the deal. Y's president said in a statement ..."), into
    that act. The speaker joins the act when it is the speaker's own or the speaker's state's."""
    kept: list[Event] = []
    for event in raw:
        target = _carried_act(event, kept, index) if event._channel else None
        if target is None:
            kept.append(event)
            continue
        acting = set(target.agents) | set(index.countries_of(target.agents))
        own = [a for a in event.agents if a in acting or set(index.countries_of([a])) & set(target.agents)]
        event.agents, event.participants, event.recipients = own, list(own), []
        event.place = None  # where it was said, not where it was done
        absorb(target, event, index)
    return kept


def _carried_act(statement: Event, earlier: list[Event], index: ActorIndex) -> Event | None:
    """The first act of the speaker's side in the statement's sentence, else in the one before."""
    speaker = set(statement.agents) | set(index.countries_of(statement.agents))
    for sent_no in (statement._sent_no, statement._sent_no - 1):
        for event in earlier:
            if event._sent_no != sent_no or event.type == "Statement" \
                    or event.modality != statement.modality or not dates_overlap(event.date, statement.date):
                continue
            if speaker & (set(event.agents) | set(index.countries_of(event.agents))):
                return event
    return None


def merge(raw: list[Event], index: ActorIndex) -> list[Event]:
    merged: list[Event] = []
    for event in raw:
        target = next((m for m in merged if _compatible(m, event, index)), None)
        if target is None and event._told_again:
            target = next((m for m in reversed(merged) if _told_before(m, event)), None)
            if target is not None and event.modality == "negated" and target.modality != "negated":
                if event._points_back:  # "..., cancelling the visit": the trip told before did not happen
                    target.modality = "negated"
                else:  # "would not sign the memorandum amending ...": another act (kb.extract.retold)
                    target = None
        if target is None:
            merged.append(event)
        else:
            absorb(target, event, index)
    join_companions(merged, index)  # "He was joined by X": parties named in the sentences after
    return merged


def _compatible(a: Event, b: Event, index: ActorIndex) -> bool:
    if a.modality != b.modality:
        return False
    if FAMILY.get(a.type, a.type) != FAMILY.get(b.type, b.type) and not _mediators_talks(a, b):
        return False
    if a.type != b.type and (a._aside or b._aside):
        return False  # "on the margins of the summit, X and Y held talks": their own meeting
    if _remarks_of_two_speakers(a, b, index):
        return False
    if not dates_overlap(a.date, b.date) or not _places_agree(a.place, b.place):
        return False
    undated = [e for e in (a, b) if e.date is None]
    if len(undated) == 1 and getattr(undated[0], "_elsewhen", False):
        return False  # "months later, they met again" is another occasion
    pa, pb = set(a.participants), set(b.participants)
    wide_a, wide_b = pa | set(index.countries_of(list(pa))), pb | set(index.countries_of(list(pb)))
    return pa <= wide_b or pb <= wide_a


def _remarks_of_two_speakers(a: Event, b: Event, index: ActorIndex) -> bool:
    """Whether two Statements told in different sentences have subjects the text names apart
    ("the army's spokesman said ..." / "the trade minister said ..."); a pronoun ("he said") may be
    either speaker, so it keeps them mergeable."""
    if a.type != "Statement" or b.type != "Statement" or a._sent_no == b._sent_no:
        return False
    words = [_speaker_word(index.doc[e._tok]) for e in (a, b)]
    return None not in words and words[0] != words[1]


def _speaker_word(trigger) -> str | None:
    """The head word of the subject of a saying ("spokesman", "Papadakis"), None for a pronoun or
    no subject."""
    subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    return subject.lower_


def _mediators_talks(a: Event, b: Event) -> bool:
    """Talks held by the mediators of a mediation told in the same sentence are that mediation
    ("a round of mediation by X and Y, who spent the day in talks with Z")."""
    pair = {a.type: a, b.type: b}
    mediation = pair.get("Mediation")
    talks = pair.get("Meeting") or pair.get("Negotiation")
    return mediation is not None and talks is not None and mediation._sent_no == talks._sent_no \
        and bool(talks.agents) and set(talks.agents) <= set(mediation.agents)


def _told_before(earlier: Event, event: Event) -> bool:
    """Whether `event`, named again with a definite noun, is the dated `earlier` one of its kind,
    whoever else it names ("X and Y signed a deal on Monday ... The deal, signed with Z, ...")."""
    return FAMILY.get(earlier.type, earlier.type) == FAMILY.get(event.type, event.type) \
        and event.modality in (earlier.modality, "negated") and earlier.date is not None \
        and not (event.date is None and event._elsewhen) \
        and dates_overlap(earlier.date, event.date) and _places_agree(earlier.place, event.place)


def _places_agree(a: Place | None, b: Place | None) -> bool:
    """Places in different countries mean different events; a sea or region next to a city may not."""
    if a is None or b is None or a.name == b.name:
        return True
    return not (a.country and b.country and a.country != b.country)


def dates_overlap(a: TimeValue | None, b: TimeValue | None) -> bool:
    if a is None or b is None:
        return True
    if None in (a.earliest, a.latest, b.earliest, b.latest):
        return a.value == b.value
    return a.earliest <= b.latest and b.earliest <= a.latest


def absorb(target: Event, event: Event, index: ActorIndex) -> None:
    if TYPE_RANK.get(event.type, 0) > TYPE_RANK.get(target.type, 0):
        target.type, target.cameo, target.plover = event.type, event.cameo, event.plover
    if event.date is not None and (target.date is None or _finer(event.date, target.date)):
        target.date = event.date
    target.agents = union(target.agents, event.agents, index)
    target.recipients = [r for r in union(target.recipients, event.recipients, index)
                         if r not in target.agents]
    target.participants = union(target.participants, event.participants, index)
    target._parties = getattr(target, "_parties", set()) | getattr(event, "_parties", set())
    target._places = getattr(target, "_places", [target.place]) + [event.place]
    target.evidence += [ev for ev in event.evidence if ev not in target.evidence]
    target.confidence = round(min(0.99, max(target.confidence, event.confidence) + 0.05), 2)


def _finer(a: TimeValue, b: TimeValue) -> bool:
    order = {"day": 0, "month": 1, "year": 2}
    return order.get(a.precision, 3) < order.get(b.precision, 3)


def union(first: list[str], second: list[str], index: ActorIndex) -> list[str]:
    """Union of actor ids, leaving out a country whose person is already there."""
    out = list(first)
    for actor_id in second:
        if actor_id in out:
            continue
        if index.kind(actor_id) == "country" and actor_id in index.countries_of(
                [p for p in out if index.kind(p) == "person"]):
            continue
        out.append(actor_id)
    return out
