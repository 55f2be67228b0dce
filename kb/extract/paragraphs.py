"""Paragraphs of an article: a blank line ends one, and a writer starts a new part of the story
with a new paragraph, so what one paragraph says of a state or an actor need not hold in the next."""
from __future__ import annotations

from kb.nlp import text_of


def same_paragraph(a, b) -> bool:
    """Whether two spans (or sentences) lie in one paragraph: no blank line stands between the
    start of the earlier and the start of the later."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return "\n\n" not in text_of(first.doc)[first.start_char:second.start_char]
