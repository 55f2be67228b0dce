"""Strip scraping junk from an article body and lift out its stamp, headline, dateline and credits.

Every rule is anchored to a whole line or a whole paragraph and errs towards keeping text:
a stray caption left in costs little, a real sentence dropped loses an event. What counts as
page furniture is in kb.boilerplate, how stamps and bylines read in kb.pagehead, what a credit
looks like in kb.credits, a wire's dateline in kb.datelines; this module puts them together:
blocks of lines -> paragraphs -> the head (headline, stamp, byline) -> the dateline of the first
body paragraph.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from itertools import takewhile

from kb import boilerplate, gazetteer
from kb.credits import credit_names, foot_names, is_outlet_name, is_personal_name, is_role, signed_names, split_names
from kb.datelines import dateline_match, dateline_of
from kb.errors import InputError
from kb.htmlheadings import is_marked, marked_headings
from kb.model import Article, CleanArticle, Dateline
from kb.pagehead import HeadLine, byline_place, looks_like_stamp, read_head_line

_HEAD_SIZE = 6            # site name, headline, stamp and byline sit within the first paragraphs
_HEADLINE_MAX_WORDS = 25
_KICKER_MAX_CHARS = 20
_STANDFIRST_PARAGRAPHS = 2    # a standfirst, and a deck or caption, may sit above the dateline
_STANDFIRST_MAX_WORDS = 50


def clean(article: Article) -> CleanArticle:
    """Return the article's body without scraping junk, with its metadata lifted out."""
    paragraphs = _paragraphs(boilerplate.drop_link_lists(_blocks(article.raw_text)))
    paragraphs, authors = _drop_junk(paragraphs)
    marked = marked_headings(article.raw_html)
    head = _read_head(paragraphs, article, marked)
    paragraphs = [paragraphs[i] for i in head.standfirst if i < head.consumed] + paragraphs[head.consumed:]
    published = head.published or article.published
    dateline = agency = None
    lead = _lead_index(paragraphs)
    if paragraphs:
        dateline, agency, first = _split_dateline(paragraphs[lead], published)
        paragraphs = paragraphs[:lead] + ([first] if first else []) + _without_subheads(paragraphs[lead + 1:], marked)
    filed_from = head.filed_from or (byline_place(article.byline) if article.byline else None)
    if dateline is None and filed_from:
        dateline = Dateline(place=filed_from)   # "By Ana Lima in Suva": where the story was written
    text = "\n\n".join(paragraphs)
    if not text:
        raise InputError(f"{article.source}: no article text left after cleaning "
                         "(everything looked like scraping junk)")
    return CleanArticle(
        article=article, text=text, headline=head.headline,
        published=published,
        dateline=dateline, agency=agency,
        authors=_dedupe([name for name in article.authors if _names_a_writer(name)] + head.authors + authors),
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest())


def _names_a_writer(name: str) -> bool:
    """Whether a name the page's metadata gives as an author is one: a byline's role, outlet or filing
    place ("By A, Port-au-Prince, and B, Washington") is not, and as an author it would hide the
    government a capital stands for."""
    return not (is_role(name) or is_outlet_name(name) or gazetteer.place(name) is not None
                or gazetteer.gazetteer().country_match(name) is not None)


def _blocks(raw: str) -> list[list[str]]:
    """Split text into paragraphs of lines: at blank lines, or at every line if there are none."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").replace("\u200b", "")
    blocks = re.split(r"\n[^\S\n]*\n", raw.strip())
    if len(blocks) == 1:
        return [[line] for line in blocks[0].split("\n")]
    return [block.split("\n") for block in blocks]


def _paragraphs(blocks: list[list[str]]) -> list[str]:
    """Drop junk lines and join each block's lines into one paragraph with single spaces; the
    page's head set without blank lines (headline, stamp, byline, credits) stays a line a paragraph."""
    paragraphs = []
    for block in blocks:
        lines = _with_roles_joined([line for raw in block
                                    if (line := _squash(raw)) and not boilerplate.is_junk_line(raw, line)])
        if _head_block(lines):
            paragraphs += lines
        elif lines:
            paragraphs += _split_block(lines)
    return paragraphs


def _with_roles_joined(lines: list[str]) -> list[str]:
    """A role or outlet set on the line under the byline joins it ("By Ada Quell" + "Staff
    Correspondent", "Ada Quell" + "Reuters"), so it is read as the byline's, not as a headline or a
    sentence."""
    out: list[str] = []
    for line in lines:
        if out and (is_role(line) or is_outlet_name(line)) and credit_names(line) is None \
                and not boilerplate.is_caption(line) and _names_above_a_role(out[-1]):
            out[-1] = f"{out[-1]}, {line}"
        else:
            out.append(line)
    return out


def _names_above_a_role(line: str) -> bool:
    names = split_names(line.removeprefix("By ").removeprefix("by "))
    return bool(names) and all(map(is_personal_name, names))


def _split_block(lines: list[str]) -> list[str]:
    """A block's lines as paragraphs. Set directly above the text with no blank line, a headline
    or stamp above a dateline, or a subhead in capitals, is a paragraph of its own: joined, "Talks
    collapse PARIS (Reuters) - The ..." or "TROOPS ON THE STREETS Soldiers ..." read as one sentence."""
    lead = next((k for k, line in enumerate(lines) if k and dateline_match(line)), None)
    if lead is not None and all(_could_head(line) for line in lines[:lead]):
        return lines[:lead] + [" ".join(lines[lead:])]
    if len(lines) > 1 and boilerplate.is_caps_heading(lines[0]):
        return [lines[0], " ".join(lines[1:])]
    return [" ".join(lines)]


def _could_head(line: str) -> bool:
    """A headline, stamp or byline line: short and not closed like a sentence."""
    return len(line.split()) <= _HEADLINE_MAX_WORDS and not re.search(r"[.!?\"”’]$", line)


def _head_block(lines: list[str]) -> bool:
    """Whether a block is the page's head set without blank lines: a stamp, byline or credit line
    among lines that are such lines, a byline without "By", or headline-shaped (a kicker, the
    headline, its deck)."""
    return len(lines) > 1 and any(_is_head_line(line) for line in lines) and all(
        _is_head_line(line) or _unsigned_byline(line) or _could_head(line) for line in lines)


def _is_head_line(line: str) -> bool:
    return read_head_line(line) is not None or credit_names(line) is not None


def _unsigned_byline(line: str) -> list[str] | None:
    """The names of a byline without "By" ("Ana Lima and Piotr Nowak", "Ana Lima, Bishkek"): two
    names or more, or one with where it was filed, each a person's; a title-case headline ("Theresa
    May and Angela Merkel Hold Talks") is none."""
    names = split_names(line)
    return names if names and (len(names) > 1 or "," in line) and all(map(is_personal_name, names)) else None


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _drop_junk(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Remove caption and credit paragraphs, and the writers' notes and signatures at the foot;
    return the rest and the credited names."""
    kept, authors = [], []
    for paragraph in paragraphs:
        names = credit_names(paragraph)
        names = signed_names(paragraph) if names is None else names    # "Ada Quell, Reuters"
        if names is not None:
            authors += names
        elif not boilerplate.is_caption(paragraph):
            kept.append(paragraph)
    while len(kept) > 1 and (names := foot_names(kept[-1])) is not None \
            and all(_a_writer(name, kept[:-1], authors) for name in names):
        authors += names
        kept.pop()
    return kept, authors


def _a_writer(name: str, above: list[str], credited: list[str]) -> bool:
    """Whether a name a note at the foot gives is the article's writer: credited already (a byline,
    a credit line), or never named in the story above. "X was a columnist for the Post and a critic
    of the crown prince." closes a story about X, who stays in it."""
    bylines = [line.authors for p in above if (line := read_head_line(p)) is not None]
    if name in credited or any(name in names for names in bylines):
        return True
    surname = name.split()[-1]
    return not any(surname in p for p in above if read_head_line(p) is None)


@dataclass
class _Head:
    headline: str | None
    published: datetime | None = None
    authors: list[str] = field(default_factory=list)
    filed_from: str | None = None    # the byline's place, standing in for a dateline the text lacks
    consumed: int = 0            # paragraphs of the body that belong to the head
    standfirst: list[int] = field(default_factory=list)   # set inside the head, but the story's text


def _read_head(paragraphs: list[str], article: Article, marked: frozenset[str]) -> _Head:
    """Take the stamp, headline and byline from the leading paragraphs, in any order.

    Headline-shaped lines above a stamp or byline are the page's top: the last of them is the
    headline and the ones before it a site name or section (all of them are, when the source gave
    the headline). With no stamp or byline, the first headline-shaped line is the headline, as in
    a plain text file, unless it is a site's name set like a dateline or a one-word kicker. Once
    the headline is known, headline-shaped lines right above the text are its deck only when the
    text opens on a dateline or the HTML marks them (`marked`): else the first may be the lead
    sentence that lost its full stop.
    """
    given = _squash(article.headline) if article.headline else None
    head = _Head(headline=given)
    shaped: list[int] = []       # headline-shaped paragraphs since the last stamp or byline
    body = None                  # where the text starts, when the head ends before _HEAD_SIZE
    repeated = False
    site = None                  # the page's top line, should no headline follow it
    for index, paragraph in enumerate(paragraphs[:_HEAD_SIZE]):
        line = read_head_line(paragraph)
        if line is not None and _adds_to(head, line):
            if shaped and not line.authors and not head.authors and _unsigned_byline(paragraphs[shaped[-1]]):
                head.authors = _unsigned_byline(paragraphs[shaped.pop()])   # the names above a stamp
            if shaped and not given and head.headline is None:
                head.headline = _headline_of(paragraphs, shaped, top=not head.consumed)
                site = site or paragraphs[shaped[-1]]
            shaped = []
            head.published = head.published or line.published
            head.authors = head.authors or line.authors
            head.filed_from = head.filed_from or line.filed_from
            head.consumed = index + 1
        elif given and not repeated and paragraph.casefold() == given.casefold():
            repeated = True      # the headline repeated atop the body (trafilatura keeps <h1>)
            head.consumed = index + 1
        elif _looks_like_headline(paragraph, paragraphs[index + 1:]) or _is_kicker(paragraph):
            shaped.append(index)
        elif shaped and _above_a_head_line(paragraphs, index):
            head.standfirst.append(index)   # a summary between the headline and its byline
        else:
            body = index
            break
    if head.headline is None and shaped:   # no stamp below: a site's name may top the page
        names = list(takewhile(lambda i: _is_masthead(paragraphs[i]), shaped))
        rest = [i for i in shaped[len(names):] if not _is_kicker(paragraphs[i])]
        head.consumed = (rest[0] if rest else shaped[-1]) + 1
        if not rest and head.consumed == len(paragraphs):
            head.consumed -= 1   # a lone word with nothing under it heads nothing: it is the text
        head.headline = paragraphs[rest[0]] if rest else None
    if head.headline is None and not given and head.consumed:
        head.headline = site
    deck = [i for i in shaped if i >= head.consumed]
    if head.headline is not None and deck and body == deck[-1] + 1 \
            and all(paragraphs[i].casefold() != head.headline.casefold() for i in deck) \
            and (dateline_match(paragraphs[body]) or all(is_marked(paragraphs[i], marked) for i in deck)):
        head.consumed = body     # the deck under a headline
    return head


def _above_a_head_line(paragraphs: list[str], index: int) -> bool:
    """A short paragraph with a stamp or byline right under it."""
    return (index + 1 < len(paragraphs) and len(paragraphs[index].split()) <= _STANDFIRST_MAX_WORDS
            and read_head_line(paragraphs[index + 1]) is not None)


def _headline_of(paragraphs: list[str], shaped: list[int], top: bool) -> str | None:
    """The headline among headline-shaped lines right above a stamp or byline. At the page's top
    the last of them, past the site's name and a label ("HARBOUR POST", "ANALYSIS"; None when that
    is all there is, for the headline comes under the stamp); under a stamp or byline the first
    past a label, over its deck."""
    named = [i for i in shaped if not _names_the_site(paragraphs[i])]
    if not top:
        return paragraphs[(named or shaped)[0]]
    return paragraphs[named[-1]] if named else None


_SITE_NAME_MAX_WORDS = 5


def _names_the_site(paragraph: str) -> bool:
    """A masthead or section label: a one-word kicker, an outlet's name, or a few words in capitals
    ("HORN & GULF OBSERVER", "THE HORN TODAY")."""
    return _is_kicker(paragraph) or is_outlet_name(paragraph) or (
        boilerplate.is_caps_heading(paragraph) and len(paragraph.split()) <= _SITE_NAME_MAX_WORDS)


def _is_kicker(paragraph: str) -> bool:
    """A one-word label over a headline: "Analysis", "Exclusive", "Opinion"."""
    return paragraph.isalpha() and paragraph[:1].isupper() and len(paragraph) <= _KICKER_MAX_CHARS


def _adds_to(head: _Head, line: HeadLine) -> bool:
    """A second stamp or byline is not part of the head (it may be a quoted document's)."""
    return bool((line.published and not head.published) or (line.authors and not head.authors)
                or (not line.published and not line.authors and not head.authors))


def _looks_like_headline(paragraph: str, rest: list[str]) -> bool:
    """A short line with no closing punctuation, followed by body text that starts a sentence or by
    a stamp or byline ("by Ada Quell")."""
    words = paragraph.split()
    return (bool(rest) and 2 <= len(words) <= _HEADLINE_MAX_WORDS
            and not re.search(r"[.,;:!?\"”’)\-–—]$", paragraph)
            and not paragraph.startswith(("“", '"', "‘", "'", "•", "-", "*"))
            and (not rest[0][:1].islower() or read_head_line(rest[0]) is not None)
            and not looks_like_stamp(paragraph))


def _is_masthead(paragraph: str) -> bool:
    """A site's name and motto set like a dateline: "HARBOUR POST — News from the Pacific rim"."""
    return _motto_after(paragraph, dateline_match(paragraph))


def _motto_after(paragraph: str, match) -> bool:
    """Whether what follows a dateline-shaped opening is a site's motto, not prose."""
    rest = paragraph[match.end():] if match else ""
    return bool(rest) and len(rest.split()) <= _HEADLINE_MAX_WORDS and not re.search(r"[.!?\"”’)]$", rest)


def _opening_dateline(paragraph: str):
    """The dateline a paragraph opens on, None when there is none or it is a masthead."""
    match = dateline_match(paragraph)
    return match if match and not _motto_after(paragraph, match) else None


def _split_dateline(paragraph: str, published: datetime | None) -> tuple[Dateline | None, str | None, str]:
    """Cut a leading "PLACE, Country (Agency) -" off a paragraph that goes on as prose."""
    match = _opening_dateline(paragraph)
    if match is None:
        return None, None, paragraph
    return (*dateline_of(match, published), paragraph[match.end():])


def _lead_index(paragraphs: list[str]) -> int:
    """Where the story opens: at its dateline when a standfirst sits between the head and it (a
    page sets a short summary above "HARARE (Reuters) - "); else at the first paragraph. The
    standfirst stays: its sentences are the story's too."""
    for k, paragraph in enumerate(paragraphs[:_STANDFIRST_PARAGRAPHS + 1]):
        if _opening_dateline(paragraph):
            return k if all(len(p.split()) <= _STANDFIRST_MAX_WORDS for p in paragraphs[:k]) else 0
    return 0


def _without_subheads(paragraphs: list[str], marked: frozenset[str]) -> list[str]:
    """The body after its lead, without the subheads that split it into sections."""
    return [p for k, p in enumerate(paragraphs)
            if not boilerplate.is_subhead(p, paragraphs[k + 1] if k + 1 < len(paragraphs) else None,
                                          is_marked(p, marked))]


def _dedupe(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))
