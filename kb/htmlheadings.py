"""The lines a page's HTML marks as headings: <h1>-<h6>, and elements whose class names a deck,
standfirst or subhead. trafilatura's text has lost that markup, so the cleaner asks here before it
drops a short sentence-case line as a heading: the same words in plain text may be prose that
lost its full stop ("Iran agreed to the plan").
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_HEADING_CLASS = re.compile(r"deck|dek|standfirst|strapline|subhead|sub-head|subtitle|sub-title", re.I)


def marked_headings(html: str | None) -> frozenset[str]:
    """The text of every element the HTML marks as a heading, spaces squashed and case folded."""
    if not html:
        return frozenset()
    parser = _HeadingParser()
    parser.feed(html)
    parser.close()
    return frozenset(parser.found)


def is_marked(paragraph: str, marked: frozenset[str]) -> bool:
    """Whether a paragraph of the cleaned text is one of the marked headings."""
    return " ".join(paragraph.split()).casefold() in marked


class _HeadingParser(HTMLParser):
    """Collects the text of marked elements; an element left open ends with the one enclosing it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, list[str]]] = []    # marked elements being read: tag, text so far
        self.found: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = " ".join(value or "" for name, value in attrs if name == "class")
        if tag in _HEADING_TAGS or _HEADING_CLASS.search(classes):
            self.open.append((tag, []))

    def handle_data(self, data: str) -> None:
        for _, text in self.open:
            text.append(data)

    def handle_endtag(self, tag: str) -> None:
        tags = [open_tag for open_tag, _ in self.open]
        if tag not in tags:
            return
        while self.open:
            open_tag, text = self.open.pop()
            if words := " ".join("".join(text).split()):
                self.found.add(words.casefold())
            if open_tag == tag:
                return
