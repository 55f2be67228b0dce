"""Strip scraping junk from an article body and lift out its stamp, headline, dateline and credits.

Every rule is anchored to a whole line or a whole paragraph and errs towards keeping text:
a stray caption left in costs little, a real sentence dropped loses an event.
"""
from __future__ import annotations

import hashlib
import re
from datetime import datetime

from kb import gazetteer
from kb.errors import InputError
from kb.model import Article, CleanArticle, Dateline

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH_RE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_BREAKPOINT_WORDS = r"(?:narrow|medium|wide|browser|phone|tablet|portrait|landscape|above|below|and|larger|smaller)"
_CAP_WORD = r"[A-Z][\w'.\-]*"

# A whole line matching one of these is dropped wherever it stands.
LINE_JUNK = [
    # Reuters gallery widget left as text: "Slideshow (8 Images)".
    re.compile(r"Slideshow \(\d+ Images?\)", re.I),
    # Share/comment counters rendered as "0 : 0".
    re.compile(r"\d{1,6} : \d{1,6}"),
    # The page's CSS breakpoint names, scraped as a bullet list: "• medium-wide-browser".
    re.compile(rf"[•·*–-]?\s*{_BREAKPOINT_WORDS}(?:-{_BREAKPOINT_WORDS})+"),
    # Reuters footer link.
    re.compile(r"Our Standards: The Thomson Reuters Trust Principles\.?"),
    # Ad slot labels.
    re.compile(r"Advertisement|ADVERTISEMENT"),
    # Copyright footers: "© 2008 Reuters. All rights reserved."; a sentence that merely
    # starts with the word "Copyright" has no © or year right after it.
    re.compile(r"(?:©|Copyright ©|Copyright \d{4})[^.]{0,80}(?:\. All [Rr]ights [Rr]eserved\.?)?"),
]

# A whole paragraph matching one of these (searched, so anchored with $) is a photo caption.
CAPTION_JUNK = [
    # Reuters credit closing a caption: "... April 6, 2008. REUTERS/Grigory Dukor/File Photo";
    # the name must be capitalised words so "a REUTERS/Ipsos poll." is not taken for one.
    re.compile(rf"\bREUTERS/{_CAP_WORD}(?: {_CAP_WORD}){{0,3}}(?:/File(?: Photo)?)?\.?$"),
    # AP credit closing a caption: "(AP Photo/Ivan Sekretarev, File)".
    re.compile(rf"\(?AP Photo(?:/{_CAP_WORD}(?: {_CAP_WORD}){{0,3}})?(?:, File)?\)?\.?$"),
    # Generic credit closing a caption: "(Photo: Jane Doe/Agency)".
    re.compile(r"\(Photo: [^()]{1,80}\)\.?$"),
    # Archive marker closing a caption: "... in Moscow, June 5, 2007. File photo"
    re.compile(r"(?:^|[.,;]\s|/)File [Pp]hoto\.?\)?$"),
]

# "Additional reporting by A; Writing by B and C; Editing by D": one role, one list of names.
_CREDIT_SEGMENT = re.compile(
    r"(?:additional\s+)?(?:reporting|writing|editing|compiled|research|graphics)"
    r"(?:\s+and\s+(?:reporting|writing|editing))?\s+by\s+(?P<names>.+)", re.I)
_BYLINE = re.compile(r"By\s+(?P<names>.{3,80})")
_NAME = re.compile(rf"{_CAP_WORD}(?:\s+(?:{_CAP_WORD}|de|van|von|der|al|bin|da|di|la|le)){{1,4}}")

# Reuters page stamp: "April 7, 2008 / 7:57 AM / 12 years ago" (the "ago" part is relative to
# the scrape, so only date and time are kept).
_STAMP = re.compile(
    rf"(?:Updated\s+|Published\s+)?(?P<month>{_MONTH_RE})\s+(?P<day>\d{{1,2}}),\s+(?P<year>\d{{4}})"
    r"(?:\s*/\s*(?P<hour>\d{1,2}):(?P<minute>\d{2})\s*(?P<ampm>[AP]M)(?:\s+[A-Z]{2,4})?)?"
    r"(?:\s*/\s*(?:Updated\s+)?[\w ]{1,30}\s+ago)?")

# "SOCHI, Russia (Reuters) - ", "GENEVA (AP) — ", "WASHINGTON, March 3 (Reuters) - ", and the forms
# scrapers leave: the dash glued on or lost ("KYIV (AP)—", "KYIV (AP)The"), a place in title case
# ("Dayton, Ohio (AP) — ", dash required), no agency at all ("PARIS — ", capitals and a spaced dash).
_CAPS_PLACE = r"[A-Z][A-Z.'\-]*(?: [A-Z][A-Z.'\-]*){0,3}"
_TITLE_PLACE = r"(?!(?:The|A|An|It|This|That|He|She|They|We|In|On|At)\b)[A-Z][a-z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,3}"
_COUNTRY_PART = (rf"(?:,\s*(?!{_MONTH_RE}\s+\d)(?P<country>[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){{0,3}}))?"
                 rf"(?:,\s*{_MONTH_RE}\s+\d{{1,2}})?")
_AGENCY = r"\s*\((?P<agency>[A-Z][A-Za-z.& ]{0,30})\)"
_DATELINES = (
    re.compile(rf"(?P<place>{_CAPS_PLACE}(?:/{_CAPS_PLACE})*){_COUNTRY_PART}{_AGENCY}"
               r"(?:\s*[-–—]+\s*|(?=[A-Z\"“]))"),
    re.compile(rf"(?P<place>{_TITLE_PLACE}){_COUNTRY_PART}{_AGENCY}\s*[-–—]+\s*(?=[\w\"“])"),
    re.compile(rf"(?P<place>[A-Z][A-Z'\-]{{3,}}(?: [A-Z][A-Z'\-]+){{0,3}}){_COUNTRY_PART}"
               r"(?P<agency>)\s+(?:[–—]|--?)\s+"),
)

_HEAD_SIZE = 4            # stamp, headline and byline sit within the first few paragraphs
_HEADLINE_MAX_WORDS = 25


def clean(article: Article) -> CleanArticle:
    """Return the article's body without scraping junk, with its metadata lifted out."""
    paragraphs = [p for p in map(_clean_paragraph, _blocks(article.raw_text)) if p]
    paragraphs, authors = _drop_junk(paragraphs)
    head = _read_head(paragraphs, article)
    paragraphs = paragraphs[head["consumed"]:]
    dateline = agency = None
    if paragraphs:
        dateline, agency, first = _split_dateline(paragraphs[0])
        paragraphs = ([first] if first else []) + paragraphs[1:]
    text = "\n\n".join(paragraphs)
    if not text:
        raise InputError(f"{article.source}: no article text left after cleaning "
                         "(everything looked like scraping junk)")
    return CleanArticle(
        article=article, text=text, headline=head["headline"],
        published=head["published"] or article.published,
        dateline=dateline, agency=agency,
        authors=_dedupe(article.authors + head["authors"] + authors),
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest())


def _blocks(raw: str) -> list[list[str]]:
    """Split text into paragraphs of lines: at blank lines, or at every line if there are none."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").replace("\u200b", "")
    blocks = re.split(r"\n[^\S\n]*\n", raw.strip())
    if len(blocks) == 1:
        return [[line] for line in blocks[0].split("\n")]
    return [block.split("\n") for block in blocks]


def _clean_paragraph(lines: list[str]) -> str:
    """Drop junk lines and join the rest into one paragraph with single spaces."""
    kept = [line for line in (_squash(line) for line in lines) if line and not _is_line_junk(line)]
    return " ".join(kept)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _is_line_junk(line: str) -> bool:
    return any(pattern.fullmatch(line) for pattern in LINE_JUNK)


def _drop_junk(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Remove caption and credit paragraphs; return the rest and the credited names."""
    kept, authors = [], []
    for paragraph in paragraphs:
        names = _credit_names(paragraph)
        if names is not None:
            authors += names
        elif not any(pattern.search(paragraph) for pattern in CAPTION_JUNK):
            kept.append(paragraph)
    return kept, authors


def _credit_names(paragraph: str) -> list[str] | None:
    """Names from a paragraph made only of "<role> by <names>" segments, else None."""
    segments = re.split(r"\s*;\s*|(?<=[a-z])\.\s+(?=[A-Z])", paragraph.strip("() ").rstrip("."))
    matches = [_CREDIT_SEGMENT.fullmatch(segment) for segment in segments]
    if not all(matches):
        return None
    names = [_split_names(match["names"]) for match in matches]
    if None in names:   # "Reporting by state media suggested ..." is a sentence, not a credit
        return None
    return [name for group in names for name in group]


def _split_names(names: str) -> list[str] | None:
    """Split "A, B and C in Moscow" into names; None unless every part is name-shaped."""
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", names.strip(" .)"))
    cleaned = [re.sub(r"\s+in\s+.*$", "", part).strip() for part in parts]
    if not all(_NAME.fullmatch(name) for name in cleaned):
        return None
    return [name for name in cleaned if not name.endswith(" Staff")]   # "Reuters Staff"


def _read_head(paragraphs: list[str], article: Article) -> dict:
    """Take the stamp, headline and byline from the leading paragraphs, in any order."""
    head = {"consumed": 0, "published": None, "authors": [], "repeated": False,
            "headline": _squash(article.headline) if article.headline else None}
    given_headline = head["headline"]
    for index, paragraph in enumerate(paragraphs[:_HEAD_SIZE]):
        if not _take_head_item(head, paragraph, paragraphs[index + 1:], given_headline):
            break
        head["consumed"] = index + 1
    return head


def _take_head_item(head: dict, paragraph: str, rest: list[str], given: str | None) -> bool:
    """Record `paragraph` in `head` if it is a stamp, headline or byline; say whether it was."""
    stamp = _parse_stamp(paragraph)
    byline = _BYLINE.fullmatch(paragraph)
    names = _split_names(byline["names"]) if byline else None
    if stamp and not head["published"]:
        head["published"] = stamp
    elif given and not head["repeated"] and paragraph.casefold() == given.casefold():
        head["repeated"] = True   # the headline repeated atop the body (trafilatura keeps <h1>)
    elif names is not None and not head["authors"]:   # before headlines: "By A B" looks like one
        head["authors"] = names
    elif not given and not head["headline"] and _looks_like_headline(paragraph, rest):
        head["headline"] = paragraph
    else:
        return False
    return True


def _parse_stamp(paragraph: str) -> datetime | None:
    match = _STAMP.fullmatch(paragraph)
    if not match:
        return None
    month = next((n for n, name in enumerate(_MONTHS, 1)
                  if name.startswith(match["month"].rstrip(".").lower()[:3])), None)
    hour = int(match["hour"] or 0) % 12 + (12 if match["ampm"] == "PM" else 0)
    try:
        return datetime(int(match["year"]), month, int(match["day"]), hour, int(match["minute"] or 0))
    except (TypeError, ValueError):   # "Feb 30": not a stamp we can trust, leave the line alone
        return None


def _looks_like_headline(paragraph: str, rest: list[str]) -> bool:
    """A short line with no closing punctuation, followed by body text that starts a sentence."""
    words = paragraph.split()
    return (bool(rest) and 2 <= len(words) <= _HEADLINE_MAX_WORDS
            and not re.search(r"[.,;:!?\"”’)\-–—]$", paragraph)
            and not paragraph.startswith(("“", '"', "‘", "'", "•", "-", "*"))
            and not rest[0][:1].islower()
            and not _dateline_match(paragraph) and not _STAMP.fullmatch(paragraph))


def _dateline_match(paragraph: str) -> re.Match | None:
    """The first dateline form that fits; without an agency, an acronym ("NATO — ") is no place."""
    match = next(filter(None, (pattern.match(paragraph) for pattern in _DATELINES)), None)
    if match and not match["agency"] and gazetteer.organization(match["place"]) is not None:
        return None
    return match


def _split_dateline(paragraph: str) -> tuple[Dateline | None, str | None, str]:
    """Cut a leading "PLACE, Country (Agency) -" off a paragraph."""
    match = _dateline_match(paragraph)
    if not match:
        return None, None, paragraph
    place = match["place"].split("/")[0].title()
    return (Dateline(place=place, country=match["country"]), match["agency"].strip() or None,
            paragraph[match.end():])


def _dedupe(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))
