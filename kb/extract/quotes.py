"""Quotes: text between double quotes, its speaker and the event it belongs to.

Scare quotes ("road map", “rogue states”) are left out: a quote needs five words, or three
words that start with a capital and end in punctuation. The speaker comes from a speech verb
outside the quotation marks in the sentences the quote touches ("X said", "said X", "X told a
news conference", "he replied" -> the nearest earlier person who was a clause subject, "the
agency quoted X as saying" -> X, never the outlet that passes the words on); a
quote with no attribution of its own continues the previous quote of its paragraph. A
paragraph that opens a curly quote and never closes it (the news convention for a quote running
on) ends the quote at the paragraph's end.
"""
from __future__ import annotations

import re

from kb.extract.lexicon import CONSULT_TYPES
from kb.extract.filing import filing_state
from kb.extract.linking import ActorIndex
from kb.model import Actor, Dateline, Event, Place, Quote
from kb.nlp import text_of

SPEECH_VERBS = {"say", "tell", "add", "reply", "insist", "state", "declare", "note", "write", "ask",
                "stress", "warn", "argue", "explain", "remark", "continue", "answer", "conclude",
                "announce", "acknowledge", "admit", "claim", "complain", "comment", "respond",
                "recall", "predict", "urge", "caution", "emphasise", "emphasize", "agree", "vow"}
OPENERS, CLOSERS = "“", "”"
_MARK = re.compile('[“"]')     # what opens a quotation: the walk below jumps from one to the next


def extract_quotes(doc, actors: list[Actor], events: list[Event],
                   dateline: Place | Dateline | None = None) -> list[Quote]:
    """Find the quotations of an article with speaker and event; offsets exclude the marks; `dateline`
    is where the article was filed (a bare "the government" may be its state's)."""
    index = ActorIndex(doc, actors, filing_state(dateline))
    text = text_of(doc)
    spans = [s for s in quote_spans(text) if _is_quote(text[s[0]:s[1]])]
    quotes: list[Quote] = []
    for start, end in spans:
        speaker = _speaker(doc, start, end, spans, index)
        previous = quotes[-1] if quotes else None
        if speaker is None and previous is not None and _same_paragraph(text, previous.end, start):
            speaker = previous.speaker
        quotes.append(Quote(text=text[start:end], start=start, end=end, speaker=speaker,
                            event=_event_for(text, start, end, speaker, events)))
    return quotes


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Inner offsets of every quotation; curly quotes may run on to the end of a paragraph."""
    spans: list[tuple[int, int]] = []
    mark = _MARK.search(text)
    while mark is not None:
        i = mark.start()
        if text[i] == OPENERS:
            stop = _curly_end(text, i + 1)
        else:
            close = text.find('"', i + 1)
            para = _paragraph_end(text, i + 1)
            stop = close if 0 <= close < para else para
        spans.append((i + 1, stop))
        mark = _MARK.search(text, stop + 1)
    return [(s, e) for s, e in spans if e > s]


def _curly_end(text: str, start: int) -> int:
    close = text.find(CLOSERS, start)
    reopen = text.find(OPENERS, start)
    para = _paragraph_end(text, start)
    candidates = [p for p in (close, reopen, para) if p >= 0]
    return min(candidates)


def _paragraph_end(text: str, start: int) -> int:
    found = text.find("\n\n", start)
    return len(text) if found < 0 else found


def _same_paragraph(text: str, a: int, b: int) -> bool:
    return "\n\n" not in text[a:b]


def _is_quote(inner: str) -> bool:
    words = inner.split()
    if len(words) >= 5:
        return True
    return len(words) >= 3 and inner.strip()[:1].isupper() and bool(re.search(r"[.,!?]\W*$", inner))


def _speaker(doc, start: int, end: int, spans, index: ActorIndex) -> str | None:
    """Actor id of the subject of the nearest speech verb outside quotes, in the quote's sentences."""
    best = None
    for sent in doc.sents:
        if sent.end_char <= start - 1 or sent.start_char > end + 1:
            continue  # a sentence that ends before the opening mark only led up to it
        for tok in sent:
            if tok.lemma_.lower() not in SPEECH_VERBS or tok.pos_ != "VERB":
                continue
            if any(s <= tok.idx < e for s, e in spans):
                continue
            distance = start - tok.idx if tok.idx < start else tok.idx - end
            if best is None or distance < best[0]:
                best = (distance, tok)
    if best is None:
        return None
    return _subject_of(best[1], index)


def _subject_of(verb, index: ActorIndex) -> str | None:
    quoted = _quoted_one(verb)
    if quoted is not None:
        found = index.resolve(quoted)
        return found[0] if found else None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.lower_ in ("he", "she"):
                return index.previous_person(child.idx)
            found = index.resolve(child)
            return found[0] if found else None
    for child in verb.children:  # "according to X" hangs off a prepositional phrase
        if child.dep_ == "prep":
            for obj in child.children:
                found = index.resolve(obj) if obj.dep_ == "pobj" else []
                if found:
                    return found[0]
    return None


def _quoted_one(verb):
    """ "The paper quoted X as saying", "X was quoted by the agency as saying": X speaks, not the
    outlet that passes the words on."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() not in ("quote", "cite"):
        return None
    return next((c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _event_for(text: str, start: int, end: int, speaker: str | None, events: list[Event]) -> str | None:
    """The event reported in the quote's sentence, else in its paragraph (the speaker's first)."""
    same = [e for e in events if any(ev.start <= end and start <= ev.end for ev in e.evidence)]
    if same:
        return _prefer(same, speaker).id
    lo = text.rfind("\n\n", 0, start) + 1
    hi = _paragraph_end(text, end)
    para = [e for e in events if any(lo <= ev.start < hi for ev in e.evidence)]
    return _prefer(para, speaker).id if para else None


def _prefer(events: list[Event], speaker: str | None) -> Event:
    def rank(event: Event) -> tuple:
        return (speaker not in event.participants,
                event.type not in CONSULT_TYPES | {"Statement"}, -event.confidence)
    return min(events, key=rank)
