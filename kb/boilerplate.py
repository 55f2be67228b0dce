"""Recognise the page furniture a scraper leaves around an article: bars, banners, lists, footers.

Each rule looks at a whole line, a whole paragraph or a whole list of links, and asks for a sign
that a sentence of news does not carry: many short items in a row, the reader addressed ("we use
cookies", "sign up for our newsletter"), a copyright mark, a list under a "Related" heading, a
photo credit closing the paragraph. A sentence that only shares a word with the furniture ("The
ministry said it would share the report", "Related talks will resume") is kept.
"""
from __future__ import annotations

import re

from kb.credits import CAP_WORD, credit_names
from kb.pagehead import read_head_line

_BREAKPOINT_WORDS = r"(?:narrow|medium|wide|browser|phone|tablet|portrait|landscape|above|below|and|larger|smaller)"
_BULLET = re.compile(r"^\s*(?:[•·▪►>*]|[-–—](?=\s))\s*")
_ITEM_SEPARATOR = re.compile(r"\s*[|•·]\s*|\s{2,}")

# A whole line matching one of these is dropped wherever it stands.
_FIXED_LINES = [
    # Reuters gallery widget left as text: "Slideshow (8 Images)".
    re.compile(r"Slideshow \(\d+ Images?\)", re.I),
    # Share/comment counters rendered as "0 : 0".
    re.compile(r"\d{1,6} : \d{1,6}"),
    # The page's CSS breakpoint names, scraped as a bullet list: "• medium-wide-browser".
    re.compile(rf"[•·*–-]?\s*{_BREAKPOINT_WORDS}(?:-{_BREAKPOINT_WORDS})+"),
    # Reuters footer link: "Our Standards: The Thomson Reuters Trust Principles."
    re.compile(r"Our Standards: [^.]{1,60}Principles\.?"),
    # Ad slot labels, bare or set between rules or brackets: "-- ADVERTISEMENT --", "[Advertisement]".
    re.compile(r"[-–—=*\[(]*\s*(?:Advertisement|ADVERTISEMENT)\s*[-–—=*\])]*"),
    # A rule drawn with characters: "----------", "* * *".
    re.compile(r"(?:[-–—_=*~•·]\s?){3,}"),
    # An audio player's label: "Listen to this report (6 min)".
    re.compile(r"(?i:listen to this (?:article|story|report|page))(?:\s*\(\d+\s*min(?:ute)?s?\))?"),
    # A comment thread's count and controls: "Comments (9) - Add your comment", "Comments are closed."
    re.compile(r"(?i:comments?)\s*\(\d+\)"
               r"(?:\s*[-|–—]\s*(?i:log in to comment|report an error|add (?:a|your) comment))?"),
    re.compile(r"(?i:comments are (?:now )?(?:closed|disabled)(?: (?:for|on) this (?:article|story|post))?\.?)"),
    # A search box scraped as text: "Search...", "Search…".
    re.compile(r"(?i:search)\s*(?:\.{3}|…)"),
    # The heading over a writer's note: "About the author".
    re.compile(r"About the (?:authors?|writers?|reporters?|contributors?)\s*:?", re.I),
]

# --- bars of short items: navigation, share buttons, consent buttons ----------------------------

_SOCIAL = {"facebook", "twitter", "x", "whatsapp", "telegram", "vk", "linkedin", "reddit", "email",
           "e-mail", "print", "tweet", "share", "messenger", "pinterest", "flipboard", "comments",
           "comment", "mail"}
_SHARE_LABEL = re.compile(r"(?:share(?: this)?(?: (?:article|story|page|post))?|follow us(?: on)?"
                          r"|tweet this)\s*:?\s*", re.I)
_BUTTONS = {"accept", "accept all", "reject all", "reject", "ok", "agree", "i agree", "got it",
            "settings", "cookie settings", "manage preferences", "manage settings", "decline"}


def _items(raw_line: str) -> list[str]:
    return [item for item in _ITEM_SEPARATOR.split(_BULLET.sub("", raw_line).strip(" |•·")) if item]


def _is_link_bar(raw_line: str) -> bool:
    """Many short capitalised items in a row: "Home | World | Americas", "World  Business  Sport";
    not a byline and stamp set the same way ("Ana Lima | Oslo | 4 March 2008")."""
    items = _items(raw_line)
    needed = 3 if re.search(r"[|•·]", raw_line) else 4
    return (len(items) >= needed
            and all(len(item.split()) <= 4 and len(item) <= 32
                    and not re.search(r"[.,;:!?\"”]$", item) for item in items)
            and 4 * sum(item[0].isupper() for item in items) >= 3 * len(items)
            and read_head_line(" ".join(raw_line.split())) is None)


# The page's own controls, alone or a few in a row: "Menu  Search", "Skip to main content".
_CONTROLS = {"menu", "search", "home", "close", "×", "more", "live", "sign in", "log in", "subscribe",
             "register", "newsletters", "e-paper", "back to top", "skip to content",
             "skip to main content", "skip to navigation", "listen to this article", "print this article",
             "continue reading", "story continues below advertisement", "show more", "load more"}


_CRUMB = re.compile(r"\s+[>»›]\s+")


def _is_breadcrumb(line: str) -> bool:
    """The trail of sections above a story: "Home > Africa > Politics", "Region > Venezuela". One
    that carries the story's date ("ARCHIVE > 3 May 1981") is its stamp, read by
    kb.pagehead, and stays."""
    parts = _CRUMB.split(line.strip())
    return (len(parts) >= 2
            and all(len(part.split()) <= 4 and len(part) <= 32 and part[:1].isalnum() and part[:1] == part[:1].upper()
                    and not re.search(r"[.,;:!?\"”]$", part) for part in parts)
            and read_head_line(line) is None)


def _is_control_row(raw_line: str) -> bool:
    items = _items(raw_line)
    return bool(items) and all(item.lower() in _CONTROLS for item in items)


# The one-letter icons a share label may stand over: "Share: fb | li | Email".
_ICON_LETTERS = {"f", "t", "in", "fb", "li", "wa", "ig", "yt"}


def _is_share_bar(line: str) -> bool:
    """A share label and/or social network names only: "Share: Facebook | Twitter", "- Tweet"."""
    rest = _BULLET.sub("", line)
    label = _SHARE_LABEL.match(rest)
    rest = rest[label.end():] if label else rest
    words = [w.lower() for w in re.split(r"[\s|•·,\[\]]+", rest) if w]
    return (label is not None or 1 <= len(words) <= 6) and all(
        w in _SOCIAL or (label is not None and w in _ICON_LETTERS) for w in words)


def _is_button_row(line: str) -> bool:
    """Consent buttons: "[Accept] [Settings]", "Manage preferences | Accept all"."""
    if re.fullmatch(r"(?:\s*\[[^\[\]]{1,25}\]\s*)+", line):
        return True
    items = [item.lower() for item in re.split(r"\s*[|•·]\s*", line) if item]
    return bool(items) and all(item in _BUTTONS for item in items)


# --- the reader addressed: consent banners, calls to subscribe, sign in, donate ----------------

_COOKIE = re.compile(r"\bcookies?\b", re.I)
# How a banner speaks: "We use cookies", "This website uses cookies", "Accept cookies?", "[OK]".
_CONSENT = re.compile(r"\bwe use cookies|\b(?:this|our) (?:web)?(?:site|page|archive|app) uses cookies"
                      r"|\baccept (?:all )?cookies"
                      r"|\bcookies? (?:settings|preferences|policy)|\buse of cookies|\bby continuing to (?:browse|use)"
                      r"|\[[^\[\]]{1,25}\]", re.I)
_CALL = re.compile(r"(?:sign (?:up|in)|log ?in|log out|subscribe|register|donate|join us|support "
                   r"(?:us\b|(?:independent|quality|our) journalism)|become an? (?:member|subscriber|supporter|patron)"
                   r"|get (?:our|the) newsletter|download (?:our|the) app)\b", re.I)
# ... and what it offers or asks for it: "Subscribe for unlimited access", "Subscribe for $2 a week".
_CALL_TARGET = re.compile(r"\b(?:our|us|your|newsletter|journalism|today|now|free|here|account|access|trial"
                          r"|offer|(?:print|digital) edition|(?:a|per|each) (?:month|year|week))\b", re.I)
_FUNDED = re.compile(r"[A-Z][\w'&.\- ]{0,50} (?:is|are) (?:funded|supported|paid for) by (?:its|our) "
                     r"(?:readers|members|subscribers)\.?|(?i:reader-(?:funded|supported)[^.]{0,60}\.?)")


# An appeal for money speaks to the reader and names the money: "Please consider a donation to
# keep our reporting free", "The Courier relies on readers like you". Reported speech ("...,
# he said") and quotations are the article's, never an appeal.
_YOU = re.compile(r"\b(?:you|your|please)\b", re.I)
_MONEY = re.compile(r"\b(?:donat\w*|fund\w*|subscri\w*|membership|contribut\w*|rel(?:y|ies) on|depends? on"
                    r"|support (?:us|our))\b", re.I)
_SPEECH = re.compile(r"[\"“”‘’']|\b(?:said|says|told|asked|urged|added)\b")


def _is_appeal(sentence: str) -> bool:
    return (len(sentence.split()) <= 30 and bool(_YOU.search(sentence)) and bool(_MONEY.search(sentence))
            and not _SPEECH.search(sentence))


def _is_consent_banner(line: str) -> bool:
    """A cookie notice speaks to the reader: "We use cookies ...", "Accept cookies? [Accept]"."""
    return len(line.split()) <= 50 and bool(_COOKIE.search(line)) and bool(_CONSENT.search(line))


def _is_call(line: str) -> bool:
    """Every sentence of the line asks the reader to sign up, sign in, subscribe or pay."""
    sentences = [s for s in re.split(r"\s+[|•·]\s+|(?<=[.!?])\s+", line.strip(" ×")) if s]
    return len(line.split()) <= 30 and bool(sentences) and all(map(_is_call_sentence, sentences))


def _is_call_sentence(sentence: str) -> bool:
    sentence = _BULLET.sub("", sentence).strip(" ×")
    if _FUNDED.fullmatch(sentence) or _is_appeal(sentence):
        return True
    if not _CALL.match(sentence):
        return False
    short = len(sentence.split()) <= 4 and not sentence.endswith(".")
    return short or bool(_CALL_TARGET.search(sentence))


# --- notices about the page itself: "You are viewing our 1975 print edition", "This article is more
# than 5 years old", "Its text was scanned by OCR and may contain typos" -------------------------------

_PAGE_NOTICE = re.compile(
    r"\byou are (?:viewing|reading|looking at)\b|\bthis (?:article|story|page) (?:is|was) (?:more than|over"
    r"|originally)\b|\b(?:produced|generated|created|transcribed|scanned) (?:by|with|using) (?:optical character"
    r" recognition|OCR|machine translation|automated)|\b(?:text|transcript|this (?:article|page|story|version))\b"
    r"[^.]{0,60}\bmay contain (?:errors|typos|inaccuracies)\b"
    r"|\bfrom our (?:archives?|print edition)\b|\bbookmark (?:this|our) (?:page|site)\b"
    # corrections and the wire's terms of use: "An earlier version of this article misstated ...",
    # "This material may not be published, broadcast, rewritten or redistributed."
    r"|\ban earlier version of this (?:article|story|report)\b|^correction\s*:"
    r"|\bthis (?:article|story|report|material) (?:has been|was|may not be) (?:updated|corrected|amended|published"
    r"|reproduced|edited)\b|^all rights reserved\.?$|^editor'?s note\s*:", re.I)
_NOTICE_MAX_WORDS = 40


_ADDRESS = r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\.?"   # "desk@example.org"

# How a page tells the reader to reach or follow its writer: "Contact the author: ...", "Follow her
# on X @adaquell", "Email: ada@example.org".
_CONTACT = re.compile(r"(?:to )?(?:contact|email|e-mail|write to) (?:the )?"
                      r"(?:author|reporter|writer|correspondent|journalist|editor)s?\b.*"
                      r"|follow (?:him|her|them|us|[A-Z][\w'\-]+(?: [A-Z][\w'\-]+)?) on (?:twitter|x|facebook|instagram"
                      rf"|threads|bluesky|mastodon|linkedin)\b.{{0,60}}|(?:e-?mail\s*:\s*)?{_ADDRESS}",
                      re.I)


# An address under a footer's label: "Reprints: syndication@example.org".
_LABELLED_ADDRESS = re.compile(rf"(?:[A-Za-z\-]+(?: [a-z]+)?\s*:\s*)?{_ADDRESS}")
_CALL_MAX_WORDS = 6


def _is_contact(line: str) -> bool:
    sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.strip()) if s]
    # the line gives an address or a handle, or is a short call: "Contact the reporters of the bulletin:
    # the ministry has banned it." is news
    reachable = "@" in line or len(line.split()) <= _CALL_MAX_WORDS
    return len(line.split()) <= _NOTICE_MAX_WORDS and bool(sentences) and reachable \
        and all(_CONTACT.fullmatch(s) and not _SPEECH.search(s) for s in sentences)


_IN_WORD_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")    # "Editor's note" quotes no one


def _is_page_notice(line: str) -> bool:
    """Every sentence of a short line speaks of the page itself, not of the news."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", line.strip()) if s]
    return len(line.split()) <= _NOTICE_MAX_WORDS and bool(sentences) and all(
        (_PAGE_NOTICE.search(s) or _COPYRIGHT.fullmatch(s) or _LABELLED_ADDRESS.fullmatch(s))
        and not _SPEECH.search(_IN_WORD_APOSTROPHE.sub("", s))
        for s in sentences)


# --- footers ----------------------------------------------------------------------------------

_OWNER = r"(?:[A-Z0-9][\w.'&\-]*|&|and|of|the|for)(?:\s+(?:[A-Z0-9][\w.'&\-]*|&|and|of|the|for)){0,6}"
_MARK = r"(?:©|\([cC]\)|Copyright(?:\s*(?:©|\([cC]\)))?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?"
_RIGHTS = r"(?:\.?\s*(?i:all rights reserved)\.?)?"
# "© 2024 The Harbour Post.", or "Harbour Post (c) 2001-2026" (no full stop of its own, so the
# sentence "The (c) 2019." is not one).
_COPYRIGHT = re.compile(rf"{_MARK}\s*(?:{_OWNER})?\.?{_RIGHTS}|{_OWNER}\s+{_MARK}{_RIGHTS}")


def _is_copyright_footer(raw_line: str) -> bool:
    """A copyright mark with years and an owner, perhaps beside footer links between pipes or wide
    gaps: "(c) 1997-2026 | Privacy", "(c) 2017 The Wire. All rights reserved.  Terms  Privacy"."""
    parts = [" ".join(item.split()) for item in _items(raw_line)]
    marked = [part for part in parts if _COPYRIGHT.fullmatch(part) and re.search(r"[©\d]|\([cC]\)", part)
              and _dated_or_owned(part)]
    return bool(marked) and all(part in marked or len(part.split()) <= 4 for part in parts)


def _dated_or_owned(mark: str) -> bool:
    """A footer's mark gives the year, or says "Copyright" and names its owner: a bare sign after a
    word ("The AP ©", "The (c)") may be a list item's letter or a stray glyph."""
    if re.search(r"\d{4}", mark):
        return True
    owner = re.sub(r"(?i)copyright|all rights reserved|\([cC]\)|©|\b(?:the|an?|and|of|for)\b", "", mark)
    return re.search(r"(?i:copyright)", mark) is not None and re.search(r"[A-Za-z]{2,}", owner) is not None


# --- captions ---------------------------------------------------------------------------------

_NAMES = rf"{CAP_WORD}(?: {CAP_WORD}){{0,3}}"
_MEDIA_LABEL = (r"(?:(?:(?:Cover|Top|Main|Lead|Header|Featured|File) (?:photo|picture|image|video|graphic)s?"
                r"|(?:Photo|Picture|Image|Video|Graphic|Caption|Pictured)s?)\s*:\s"
                r"|(?:Image|Media|Photo|Video) (?:source|caption|copyright),\s)")
# A paragraph matching one of these (searched, so anchored with $) is a photo caption.
_CAPTIONS = [
    # Reuters credit closing a caption: "... April 6, 2008. REUTERS/Grigory Dukor/File Photo";
    # the name must be capitalised words so "a REUTERS/Ipsos poll." is not taken for one.
    re.compile(rf"\bREUTERS/{_NAMES}(?:/File(?: Photo)?)?\.?$"),
    # AP credit closing a caption: "(AP Photo/Ivan Sekretarev, File)".
    re.compile(rf"\(?AP Photo(?:/{_NAMES})?(?:, File)?\)?\.?$"),
    # Generic credit closing a caption: "(Photo: Jane Doe/Agency)".
    re.compile(r"\(Photo: [^()]{1,80}\)\.?$"),
    # A sentence, then a photographer's credit: "... oil terminal. Photograph by Jane Doe for The Post".
    re.compile(rf"[.!?][\"”’]?\s+(?:Photo(?:graph)?s?|Pictures?)\s+by\s+{_NAMES}"
               rf"(?:\s+(?:for|/)\s+(?:the\s+)?{_NAMES})?\.?$"),
    # A sentence, then only a credit "Name / Outlet" with no full stop of its own, perhaps labelled,
    # marked or passed on by an agency: "... in the Kremlin. Eurasia Wire/Pavel Shtern",
    # "... Credit: Ana Lima/Reuters", "... Ana Lima/AFP via Getty Images"; or the credit alone.
    re.compile(rf"(?:[.!?][\"”’]?\s+|^(?!By\s))(?:(?:Photo|Credit|Image)s?:\s*|©\s*)?{_NAMES}\s?/\s?{_NAMES}"
               rf"(?:/{_NAMES})?(?:\s+via\s+{_NAMES})?(?<!\.)$"),
    # A sentence, then the photographer and the paper they worked for: "... Ana Lima for The Post".
    re.compile(rf"[.!?][\"”’]?\s+{_NAMES}\s+for\s+(?:the\s+|The\s+)?{_NAMES}(?<!\.)$"),
    # A caption labelled as one: "Photo: Troops in the square. Jane Doe / Agency".
    re.compile(rf"^{_MEDIA_LABEL}"),
    # A whole caption in brackets or parentheses, labelled or closing on a credit:
    # "[Photo: Troops outside the city hall. Jane Doe / Agency]".
    re.compile(rf"^\[(?:{_MEDIA_LABEL}[^\[\]]{{1,400}}|[^\[\]]{{1,400}}\s{_NAMES}\s?/\s?{_NAMES})\]$"),
    re.compile(rf"^\((?:{_MEDIA_LABEL}.{{1,400}}|.{{1,400}}\s{_NAMES}\s?/\s?{_NAMES})\)$"),
    # A picture credit alone: "Photo courtesy of Ana Lima", "Photo by Ana Lima on Unsplash".
    re.compile(rf"^(?:Photo|Image|Picture)s?\s+(?:courtesy\s+of|by)\s+{_NAMES}(?:\s+(?:on|via|for)\s+{_NAMES})?\.?$"),
    # Archive marker closing a caption: "... in Moscow, June 5, 2007. File photo"
    re.compile(r"(?:^|[.,;]\s|/)File [Pp]hoto\.?\)?$"),
]
_CAPTION_MAX_WORDS = 80


def is_caption(paragraph: str) -> bool:
    """Whether a whole paragraph is a photo caption (a credit closes it, or a label opens it)."""
    return (len(paragraph.split()) <= _CAPTION_MAX_WORDS
            and any(pattern.search(paragraph) for pattern in _CAPTIONS))


# --- lists of links to other stories ----------------------------------------------------------

_RELATED = (r"(?:related(?: (?:coverage|stories|articles|content|news|reading|links|topics))?"
            r"|read (?:also|more)|also read|see also|more on this(?: story| topic)?|more stories"
            r"|recommended(?: for you)?|you (?:may|might) also (?:like|be interested in)"
            r"|further reading|most (?:read|popular)|top stories|(?:read|up) next"
            r"|more (?:on|from|about) (?:the )?[A-Za-z'\- ]{2,30}|related from the archives?)")
_RELATED_HEADING = re.compile(rf"{_RELATED}\s*:?", re.I)
_RELATED_INLINE = re.compile(rf"{_RELATED}(?:\s*:|\s+[-–—|•>])\s*\S.*", re.I)
_LINK_TITLE_MAX_WORDS = 16


# A page's index terms: "Topics: Diplomacy, Central Asia, Russia", "Tags: CSTO | Kazakhstan".
_TAGS = re.compile(r"(?i:tags|topics|filed under|more about)\s*:\s*(?:[^,|•.]{1,30}(?:[,|•]\s*|$)){1,12}")


def _is_link_title(raw_line: str) -> bool:
    """A line of a link list: bulleted, or short and not closed like a sentence."""
    line = raw_line.strip()
    return bool(_BULLET.match(raw_line)) or (
        len(line.split()) <= _LINK_TITLE_MAX_WORDS and not line.endswith("."))


def drop_link_lists(blocks: list[list[str]]) -> list[list[str]]:
    """Remove "Related"/"Read also" headings with the link titles under them: the rest of that
    block, and the wholly bulleted blocks that follow while the list has not ended."""
    kept, open_list = [], False
    for block in blocks:
        if open_list and all(_BULLET.match(line) for line in block if line.strip()):
            continue
        lines, open_list, in_list = [], False, False
        for raw in block:
            line = _BULLET.sub("", raw).strip()
            if _RELATED_HEADING.fullmatch(line) or _RELATED_INLINE.fullmatch(line):
                in_list = open_list = True
            elif in_list and _is_link_title(raw):
                continue
            else:
                lines.append(raw)
                in_list = open_list = False
        kept.append(lines)
    return kept


def is_junk_line(raw_line: str, line: str) -> bool:
    """Whether one line (raw, and with its spaces squashed) is page furniture, or pieces of it set
    side by side with wide gaps ("[Twitter] [Print]   Listen to this report (6 min)")."""
    pieces = [piece for piece in re.split(r"\s{3,}", raw_line.strip()) if piece]
    if len(pieces) > 1 and all(_is_junk(piece, " ".join(piece.split())) for piece in pieces):
        return True
    return _is_junk(raw_line, line)


def _is_junk(raw_line: str, line: str) -> bool:
    return (any(pattern.fullmatch(line) for pattern in _FIXED_LINES)
            or _is_link_bar(raw_line) or _is_breadcrumb(line) or _is_control_row(raw_line) or _is_share_bar(line)
            or _is_button_row(line)
            or _is_consent_banner(line) or _is_call(line) or _is_page_notice(line) or _is_contact(line)
            or _is_copyright_footer(raw_line)
            or _TAGS.fullmatch(line) is not None
            or (_opens_as_caption(line) and is_caption(line) and credit_names(line) is None))


def _opens_as_caption(line: str) -> bool:
    """Only a caption that opens like one is judged line by line; one known by the credit that
    closes it waits for its whole paragraph, or the last line of a wrapped caption would go alone."""
    return re.match(rf"\[|\(|{_MEDIA_LABEL}", line) is not None


# --- subheads ---------------------------------------------------------------------------------

_SUBHEAD_MAX_WORDS = 12       # "TROOPS ON THE STREETS", "FROM THE BALLOT BOX TO THE BARGAINING TABLE"
_UNCLOSED = re.compile(r"[^.,;:!?\"”’')\]\-–—]$")


def is_caps_heading(line: str) -> bool:
    """A line set in capitals as a heading: two to twelve words, every letter upper case, no stop."""
    letters = [ch for ch in line if ch.isalpha()]
    return (2 <= len(line.split()) <= _SUBHEAD_MAX_WORDS and len(letters) > 3
            and all(ch.isupper() for ch in letters) and _UNCLOSED.search(line) is not None)


def is_subhead(paragraph: str, following: str | None, marked: bool) -> bool:
    """Whether a body paragraph is a subhead, with text after it that opens a sentence: a line in
    capitals, or one the page's HTML marks as a heading (`marked`). A short unclosed line in
    sentence case alone is no subhead: "Iran agreed to the plan" may be a sentence lost its stop."""
    if not following or not (following[:1].isupper() or following[:1] in "\"“"):
        return False
    return marked or is_caps_heading(paragraph)
