"""How a dispute stands: unresolved ("no solution", "failed to resolve"), resolved ("settled", "an
agreement ended the row"), else ongoing, read from the first sentence about its topic that says so;
a peace agreement signed by every state party, or a ruler in revolt stepping down, settles it too."""
from __future__ import annotations

import re

from kb.extract.disputewords import Mention
from kb.extract.linking import ActorIndex
from kb.model import Dispute, Event

UNRESOLVED = re.compile(
    r"\bno (?:firm |real |concrete |final )?(?:solution|resolution|breakthrough|agreements?|deal|progress|"
    r"compromise)\b|\bfail(?:ed|s|ing)? to (?:resolve|settle|reach|bridge|end|agree|overcome|produce)\b|"
    r"\b(?:remain(?:s|ed)?|still) (?:unresolved|deadlocked|stalled|at odds|divided|far apart)\b|"
    r"\b(?:deadlock|impasse|stalemate|unresolved)\b|\b(?:not|n't|never) (?:been )?(?:resolve|settle)d?\b|"
    r"\bwithout (?:a |an |any )?(?:solution|agreement|breakthrough|deal)\b|\bfell short\b|"
    r"\bwithout reaching (?:any |an )?agreement\b|\bcollapsed?\b|\bbroke (?:up|down)\b")
RESOLVED = re.compile(
    r"\b(?:resolved|settled|solved)\b|\b(?:resolve|settle|solve|end)(?:s|d)? (?:the|their|a|its|this) "
    r"(?:[\w-]+ ){0,3}(?:dispute|row|conflict|standoff|feud|crisis|differences|quarrel|rift|war)\b|"
    r"\b(?:agreement|deal|accord|treaty|declaration) (?:that |which )?(?:ended|ends|settled|settles|resolved|"
    r"resolves)\b|"
    r"\bsign(?:s|ed|ing)? (?:a |an |the )?(?:final |political |comprehensive )?(?:peace|settlement)\b|"
    r"\bput an end to\b|\b(?:declared|formally) (?:an )?end(?:ing|ed)?\b|"
    r"\b(?:end to|ending|ended|ends|end) (?:the |a |an |their |its )?(?:[\w-]+ ){0,4}(?:dispute|row|conflict|war|"
    r"standoff|feud|crisis|hostility|hostilities|estrangement|enmity|rupture|quarrel|rift)\b")
# Words that make a settlement something wished, needed or possible, not done: "must be settled".
MAYBE = re.compile(r"\b(?:could|would|may|might|can|will|shall|should|must|need|needs|ought|to|if|hope|hopes|"
                   r"hoped|seek|seeks)\s+(?:\w+\s+)?$")

# A settlement of a conflict: "a peace accord", "a Treaty of Peace and Friendship", "signed a
# settlement" (not "settlement building", which is about land).
PEACE = re.compile(r"\bpeace (?:agreement|accord|deal|treaty|pact)s?\b|\b(?:treaty|agreement|accord)s? of peace\b|"
                   r"\b(?:a|the|political|peace|final) settlement\b(?! (?:building|construction|activity|expansion))",
                   re.I)
STEPPED_DOWN = re.compile(r"\b(?:resign(?:s|ed)?|step(?:s|ped)? down|ousted|overthrown|toppled|fled)\b", re.I)
REVOLT = re.compile(r"\b(?:uprising|revolt|rebellion|revolution)$")


def settled_by_events(dispute: Dispute, events: list[Event], index: ActorIndex) -> None:
    """What the article reports done can settle a dispute that no sentence about its topic calls
    settled: a peace agreement signed by every state party to it ("forty years of conflict over X"
    in an article about the peace agreement), or the ruler of a state in revolt stepping down."""
    states = [p for p in dispute.parties if p.startswith("country:")]
    if dispute.status != "ongoing" or not states:
        return
    done = [(e, set(index.countries_of(e.participants))) for e in events if e.modality == "asserted" and e.evidence]
    settled = next((e for e, sides in done if e.type == "AgreementSigned" and PEACE.search(e.evidence[0].text)
                    and set(states) <= sides), None)
    if settled is None and REVOLT.search(dispute.topic):
        settled = next((e for e, sides in done if e.type == "LeadershipChange"
                        and STEPPED_DOWN.search(e.evidence[0].text) and states[0] in sides), None)
    if settled is not None:
        dispute.status, dispute.status_evidence = "resolved", settled.evidence[0]


def status_of(mentions: list[Mention], sents) -> tuple[str, int]:
    """The status and the sentence it was read from; with no word on it, the dispute is ongoing
    as of its first mention."""
    numbers = sorted({m.sent_no for m in mentions})
    for n in numbers:
        text = sents[n].text.lower().replace("’", "'")
        if UNRESOLVED.search(text):
            return "unresolved", n
        if any(not MAYBE.search(text[:m.start()]) for m in RESOLVED.finditer(text)):
            return "resolved", n
    return "ongoing", numbers[0]

