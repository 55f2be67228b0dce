"""What a credit looks like: the roles and labels that open one, the agencies that sign a picture,
and the shape of a credited name.

Two readers share these, and match different things:
- whole credit lines ("Reporting by A; Editing by B", "Text: A. Photos: B", "By A, Correspondent"),
  which the cleaner lifts out of the page as authors (kb.pagehead, kb.cleaning);
- credits left inside body text ("... on Tuesday. REUTERS/Jane Roe", "Writing by A; Editing by B"
  glued to a paragraph, "A in Paris contributed to this report"), whose names kb.extract.actors
  keeps from becoming actors. There only the names right after the opening count, so a sentence
  such as "By Friday, President X had ..." or "reporting by state media said X ..." credits no one.
"""
from __future__ import annotations

import re

from kb import gazetteer as gz

# A capitalised word; a full stop belongs to it only as an initial or a short abbreviation ("J.",
# "Jr.", "U.S."), so "... by Ada Quell. Edited by ..." ends the name at "Quell".
CAP_WORD = r"[A-Z](?:[\w'\-]*|[a-z]{0,2}\.|(?:\.[A-Z])+\.?)"
_GAP = r"[^\S\n]+"    # a name never runs on into the next line
# The lower-case words a personal name holds between its capitalised ones ("Charles de Gaulle",
# "Ana del Campo"); kb.extract.persons reads names in the text with the same words.
NAME_PARTICLES = frozenset({"de", "del", "van", "von", "der", "den", "al", "bin", "ibn", "da", "di", "du", "dos",
                            "la", "le", "el"})
_PARTICLES = "(?:" + "|".join(sorted(NAME_PARTICLES)) + r")\b"  # a whole word: not the "de" of "delivers"
# A credited name is two to five words, capitalised save for particles: "Charles de Gaulle".
NAME = rf"{CAP_WORD}(?:{_GAP}(?:{CAP_WORD}|{_PARTICLES})){{1,4}}"
_NAME = re.compile(NAME)

# "Additional reporting by", "Writing and editing by": a role, then "by" and names.
_ROLE_BY = (r"(?:additional\s+)?(?:reporting|writing|editing|compiled|research|graphics|photos?|photographs?"
            r"|pictures)"
            r"(?:\s+and\s+(?:reporting|writing|editing))?\s+by\s+")
# The same credit told with a participle, "Written by A. Edited by B": prose says "a video filmed by
# soldiers" or "reported by state media", so inside text only a capital opening a sentence counts.
_DONE_BY = (r"(?:Written|Edited|Reported|Produced|Photographed|Filmed|Translated)"
            r"(?:\s+and\s+(?:written|edited))?\s+by\s+")
# Feature pages label their credits with a colon instead: "Text: A. Photos: B".
_LABEL = r"(?:text|words|photos?|photographs?|pictures|video|reporting|report|credits?)\s*:\s*"
# Credits only a whole line may hold: prose has "harsh words by X" and "a story by X".
_LINE_ROLE_BY = (r"(?:(?:story|words|text|interview|video|photography|illustrations?)(?:\s+and\s+photos?)?"
                 r"|fact[- ]checked|reviewed|designed|illustrated"
                 r"|this\s+(?:article|story|report)\s+was\s+(?:written|reported|compiled|produced|edited))\s+by\s+"
                 # "With additional reporting by A", "With assistance from A" (the wire's foot)
                 r"|with\s+(?:additional\s+)?(?:reporting|assistance)\s+(?:by|from)\s+")
# Agencies that sign a picture, then a slash or colon: "REUTERS/Jane Roe", "AFP: A".
_PICTURE_SIGN = r"(?:REUTERS|AFP|AP Photo|AP|EPA|Getty Images|Pool|POOL)\s*[/:]\s*"
# "Photo:" opens a caption as often as a credit ("Photo: Ardern at the forum in Suva"): its names
# are the photographer's only where they close the line or meet the agency ("Photo: Ada Quell/AFP").
_CAPTION_SIGN = r"(?:Photo|Photograph|Picture)s?\s*[/:]\s*"
_CONTRIBUTED = r"\s+contributed\s+(?:to\s+)?(?:this\s+|the\s+)?(?:report|reporting|story|article)"
# Where the contributors filed from, closing a whole line: "... contributed reporting from Kyiv."
_FROM_WHERE = r"(?:\s+(?:from|in)\s+[A-Z][\w'\-]*(?:,?\s+[A-Z][\w'\-]*){0,3})?"

# Words an outlet's own name is made of: "the Meridian Herald", "Channel 4 News", "Radio Sahel", and
# the words for a newspaper, daily or news in the languages papers keep in their names ("Asahi
# Shimbun", "Frankfurter Allgemeine Zeitung", "Gazeta Wyborcza", "Dong-a Ilbo", "Renmin Ribao").
OUTLET_NAME_WORDS = frozenset({"news", "times", "post", "radio", "television", "tv", "journal", "herald", "telegraph",
                               "tribune", "gazette", "daily", "chronicle", "courier", "ledger", "dispatch",
                               "broadcasting", "newspaper", "newswire", "wire", "weekly", "monthly", "magazine",
                               "review", "bulletin", "inquirer",
                               "shimbun", "zeitung", "gazeta", "gazzetta", "ilbo", "ribao", "diario", "diário",
                               "jornal", "nachrichten", "noticias", "notícias", "tribuna", "vedomosti", "novosti",
                               "akhbar", "quotidien", "rundschau", "kurier", "courrier", "presse"})

# What follows a byline's names: "Latin America Correspondent", "Diplomatic Editors".
_ROLE_NOUN = (r"(?:correspondent|editor|reporter|writer|columnist|analyst|contributor|journalist|chief|producer"
              r"|photographer|staff|bureau|desk)s?")
_ROLE = re.compile(rf"(?:[A-Z][\w'\-]*\s+){{0,4}}{_ROLE_NOUN}", re.I)
# Words that qualify a press role and are no part of a name, so a role glued to the names without a
# comma ("By Ada Quell Staff Correspondent") comes off them; places qualify one too ("Asia Editor").
_DESK_WORDS = frozenset("""staff senior chief special foreign diplomatic political economics economic business
    defence defense security bureau deputy associate assistant contributing managing executive investigations
    investigative world international national regional news science health energy trade legal climate
    middle east west north south central latin southern northern eastern western""".split())
_CREDIT_SEGMENT = re.compile(rf"(?:(?i:{_ROLE_BY}|{_LABEL}|{_LINE_ROLE_BY})|{_DONE_BY})(?P<names>.+)")
# A writer's signature closing the story: "-- Ada Quell, Associated Press", "— Ada Quell".
_SIGNATURE = re.compile(r"[-–—]{1,2}\s*(?P<names>[^-–—].{2,120})")
# Where each writer filed from, told at the foot: "Ada Quell reported from Kyiv, and Bram Osei from London."
_REPORTED_FROM = re.compile(rf"(?P<first>{NAME})\s+reported\s+from\s+[^.;]{{2,60}}?"
                            rf"(?:,?\s+and\s+(?P<second>{NAME})\s+from\s+[^.;]{{2,60}})?\.?")
# A whole "contributed" line: "Associated Press writers A in Lima and B contributed to this report."
_CONTRIBUTED_LINE = re.compile(rf"(?:(?:{CAP_WORD}\s+){{1,4}}(?:writers?|reporters?|correspondents?)\s+)?"
                               rf"(?P<names>.+?){_CONTRIBUTED}{_FROM_WHERE}\.?")
# Where each writer filed from, one word after his name, where the gazetteer may not know the town:
# "By Ada Quell, Karlskrona", "Written by Ada Quell, Tamale, and Bram Osei, Kumasi". A person's
# name is two words or more, so a lone capitalised word closing a byline's item is a place.
_WRITER_AND_TOWN = re.compile(rf"(?P<name>{NAME}),[^\S\n]*{CAP_WORD}(?=[^\S\n]*(?:,|\band\b|$))")
_BYLINE = re.compile(r"(?:(?:[Ff]iled|[Ww]ritten|[Pp]osted)\s+)?(?:[Bb]y|BY)\s+(?P<names>.{3,120})")
# The older British byline: "From Ada Quell, Vienna, and our Foreign Staff". Prose opens on
# "From" too ("From Moscow, the view is grim"), so it counts only where it names a person.
_FROM_BYLINE = re.compile(r"From\s+(?P<names>.{3,120})")

# Where a credited writer filed from: "A in Moscow", "B at the United Nations".
_FILED_FROM = rf"{_GAP}(?:in|at){_GAP}(?:the{_GAP})?{CAP_WORD}(?:{_GAP}{CAP_WORD}){{0,2}}"
# Inside body text: names listed right after an opening ("A in Moscow, B and C").
_LISTED = (rf"{NAME}(?:{_FILED_FROM})?(?:(?:[^\S\n]*[,/&][^\S\n]*|{_GAP}and{_GAP})(?:and{_GAP})?"
           rf"{NAME}(?:{_FILED_FROM})?)*")
_CREDIT_IN_TEXT = re.compile(rf"(?:\b(?i:{_ROLE_BY})|\b{_PICTURE_SIGN}|^By\s+)(?P<names>{_LISTED})", re.M)
_CAPTION_CREDIT_IN_TEXT = re.compile(rf"\b{_CAPTION_SIGN}(?P<names>{_LISTED})(?=[^\S\n]*(?:/|\.?[^\S\n]*$))", re.M)
# A participle credit only where its names close the line: "Written by Kim, the letter praised ..."
# names the letter's writer, who is in the news.
_DONE_IN_TEXT = re.compile(rf"(?:^|(?<=[.!?]\s)){_DONE_BY}(?P<names>{_LISTED})\.?[^\S\n]*$", re.M)
# A picture's credit in brackets closing its caption, an outlet and a photographer either way
# round: "... at the quay. (Harbour Post / Ada Quell)", "(Ada Quell/Harbour Post)".
_BRACKETED_CREDIT = re.compile(r"\((?P<first>[^()/\n]{2,60}?)[^\S\n]*/[^\S\n]*(?P<second>[^()/\n]{2,60}?)\)"
                               r"[^\S\n]*$", re.M)
_CONTRIBUTED_IN_TEXT = re.compile(rf"(?P<names>{_LISTED}){_CONTRIBUTED}")
_FILED_FROM_RE = re.compile(_FILED_FROM)


# An author's note at the foot: "Ada Quell is the Post's Moscow correspondent. She covered ...".
# "Ada Quell covers diplomacy for the Post from Lima.", "Ada Quell writes about the Gulf."
_BIO = re.compile(rf"(?P<name>{NAME})\s+(?:(?:is|was|has been|serves as)\s+(?:a|an|the|our)\b[^.!?\"“”]{{0,80}}?"
                  r"\b(?:correspondent|reporter|editor|writer|columnist|journalist|photographer|producer"
                  r"|contributor|bureau chief|freelancer)s?\b"
                  r"|(?:covers|has covered|writes about|writes on|reports on|reports from|has reported from)\s)")
_BIO_MAX_WORDS = 60


def bio_names(paragraph: str) -> list[str] | None:
    """The writer a short author's note opens on ("Ada Quell is a freelance journalist based in
    Lima.", "Ada Quell covers the Gulf for the Post."), else None."""
    if len(paragraph.split()) > _BIO_MAX_WORDS or re.search(r"[\"“”]|\b(?:said|says|told)\b", paragraph):
        return None      # quoted or reported speech makes it the story's text
    match = _BIO.match(paragraph)
    return [match["name"]] if match and is_personal_name(match["name"]) else None


def foot_names(paragraph: str) -> list[str] | None:
    """The writers a paragraph at the story's foot names, else None: an author's note, a signature
    ("-- Ada Quell, Associated Press") or where each filed from ("Ada Quell reported from Kyiv, and
    Bram Osei from London."). Only at the foot: higher up, "- Ada Quell" may be a list of delegates."""
    if (names := bio_names(paragraph)) is not None:
        return names
    if (signature := _SIGNATURE.fullmatch(paragraph.strip())) is not None:
        names = signed_names(signature["names"]) or split_names(signature["names"])
    elif (filed := _REPORTED_FROM.fullmatch(paragraph.strip())) is not None:
        names = [name for name in (filed["first"], filed["second"]) if name]
    else:
        return None
    return names if names and all(map(is_personal_name, names)) else None


def byline_names(line: str) -> list[str] | None:
    """Names from a whole byline line, "By A and B, Diplomatic Correspondents", else None; the
    place a writer filed from may close it even where the gazetteer does not know it ("By Ada
    Quell, Karlskrona")."""
    match = _BYLINE.fullmatch(line.strip())
    if match is None:
        match = _FROM_BYLINE.fullmatch(line.strip())
        names = _filed_names(match["names"]) if match else None
        return names or None
    return _filed_names(match["names"])


def _filed_names(names: str) -> list[str] | None:
    # "A, with additional reporting by B in Washington": the second writer is named as the first
    names = re.sub(r",?\s+with\s+(?:additional\s+)?reporting\s+(?:by|from)\s+", " and ", names)
    found = split_names(names)
    if found is None:
        found = split_names(_WRITER_AND_TOWN.sub(r"\g<name>", names.strip(" .")))
    # "By A, Arctic correspondent, Tromso": the town closes the line after a role
    if found is None and (cut := re.fullmatch(rf"(?P<names>.+),\s*{CAP_WORD}", names.strip(" ."))):
        found = split_names(cut["names"])
    return found


def credit_names(paragraph: str) -> list[str] | None:
    """Names from a paragraph made only of "<role> by <names>" or "<label>: <names>" segments, or
    of "<names> contributed to this report", else None."""
    contributed = _CONTRIBUTED_LINE.fullmatch(paragraph.strip("() "))
    if contributed is not None:
        if is_outlet_name(contributed["names"]):
            return []    # "The Associated Press contributed to this report."
        names = split_names(contributed["names"])
        # "Saudi Arabia contributed to the report." is a sentence about a state or a body
        bodies = any(map(_names_a_body, _name_parts(contributed["names"])))
        return None if names is None or bodies else names
    segments = re.split(r"\s*;\s*|(?<=[a-z])\.\s+(?=[A-Z])", paragraph.strip("()—–- ").rstrip("."))
    matches = [_CREDIT_SEGMENT.fullmatch(segment) for segment in segments]
    if not all(matches):
        return None
    names = [split_names(match["names"]) for match in matches]
    if None in names:   # "Reporting by state media suggested ..." is a sentence, not a credit
        return None
    if any(_names_a_body(part) for match in matches for part in _name_parts(match["names"])):
        return None     # "With assistance from Japan and South Korea." tells of states
    return [name for group in names for name in group]


# Words a title-case headline is made of and a person's name is not: "Merkel Holds Talks".
_HEADLINE_WORDS = frozenset("""
    hold holds held meet meets met talk talks sign signs signed agree agrees agreed say says said
    warn warns urge urges call calls back backs reject rejects vow vows seek seeks visit visits
    open opens end ends win wins lose loses face faces make makes set sets take takes
    deal accord pact summit war peace border crisis vote ties talks news report
    to for on over with after as in at of against amid into from by new""".split())
_PERSON_WORD = re.compile(r"[A-Z][\w'.\-]*")


def is_personal_name(name: str) -> bool:
    """Whether `name` is shaped like one person's name: two or three capitalised words, besides
    particles ("Charles de Gaulle"), none of them a headline's word ("Angela Merkel Hold Talks")."""
    words = [word for word in name.split() if not re.fullmatch(_PARTICLES, word)]
    return (2 <= len(words) <= 3 and all(_PERSON_WORD.fullmatch(word) for word in words)
            and not any(word.casefold() in _HEADLINE_WORDS for word in words) and not _names_a_body(name))


def _names_a_body(name: str) -> bool:
    return name.split()[0] in ("The", "A", "An") or gz.organization(name) is not None \
        or gz.gazetteer().country_match(name) is not None


def split_names(names: str) -> list[str] | None:
    """Split "A, B at the UN and C in Moscow, Correspondents" into names; None unless every part is
    name-shaped."""
    parts = _name_parts(names)
    cleaned = [_without_role(re.sub(r"\s+(?:in|at)\s+.*$", "", part).strip()) for part in parts]
    # "Reuters Staff", "The Associated Press", where one filed from ("A, Nairobi") and the body
    # a role was at ("A, United Nations correspondent") name no one
    names = [part for part in cleaned if not (_ROLE.fullmatch(part) or is_outlet_name(part) or _is_place(part)
                                              or gz.organization(part) is not None)]
    if not all(_NAME.fullmatch(name) for name in names) or not any(cleaned):
        return None
    return names


def _name_parts(names: str) -> list[str]:
    return re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", names.strip(" .)"))


def _without_role(part: str) -> str:
    """ "Ada Quell Staff Correspondent" -> "Ada Quell": the role noun closing a part, with the desk and
    place words before it, comes off when two words or more of a name are left; so does a news
    agency's name glued on ("Ada Quell Reuters")."""
    words = part.split()
    if len(words) > 2 and gz.organization(words[-1]) is not None and is_outlet_name(words[-1]):
        return " ".join(words[:-1])     # "By Ada Quell Reuters"
    if not words or not re.fullmatch(_ROLE_NOUN, words[-1], re.I):
        return part
    cut = len(words) - 1
    while cut and _qualifies_a_role(words[cut - 1]):
        cut -= 1
    return " ".join(words[:cut]) if cut >= 2 else part   # a part that is all role is left to _ROLE


def _qualifies_a_role(word: str) -> bool:
    return word.casefold() in _DESK_WORDS or re.fullmatch(_ROLE_NOUN, word, re.I) is not None \
        or gz.place(word) is not None or gz.gazetteer().country_match(word) is not None


def signed_names(line: str) -> list[str] | None:
    """Names of a byline without "By" that states their role or outlet: "Ada Quell, Correspondent",
    "Ada Quell and Bram Osei, Staff Writers", "Ada Quell, Reuters"; each must be a person's name."""
    parts = re.split(r"\s*,\s*|\s+[|–—]\s+", line.strip(" ."), maxsplit=0)
    if len(parts) < 2 or not (_ROLE.fullmatch(parts[-1]) or is_outlet_name(parts[-1])):
        return None
    names = split_names(", ".join(parts[:-1]))
    return names if names and all(map(is_personal_name, names)) else None


def is_outlet_name(name: str) -> bool:
    """Whether a credited name is an outlet's: a news organization of the table ("The Associated
    Press"), or a name made of an outlet's words ("Harbour Post", "BBC News")."""
    org = gz.organization(name.strip())
    if org is not None:
        return org.kind == "media"
    return bool({word.casefold() for word in name.split()} & OUTLET_NAME_WORDS)


def is_role(text: str) -> bool:
    """Whether a line or item is only a press role: "Staff Writer", "Tokyo Bureau Chief"."""
    return _ROLE.fullmatch(text.strip(" .")) is not None


def _is_place(part: str) -> bool:
    return gz.place(part) is not None or gz.gazetteer().country_match(part) is not None


def names_credited_in(text: str) -> list[str]:
    """Names that credits left inside body text give: right after "Writing by", "REUTERS/", a
    "By" opening a line or a "Photo:" whose names close the line or meet the agency, or right
    before "contributed to this report"."""
    listed = [m["names"] for pattern in (_CREDIT_IN_TEXT, _CAPTION_CREDIT_IN_TEXT, _DONE_IN_TEXT)
              for m in pattern.finditer(text)]
    # searched only in lines that say "contributed": tried at every offset of a long text, a
    # pattern that opens on a name list is the dearest of actor extraction
    listed += [m["names"] for line in text.splitlines() if "contributed" in line
               for m in _CONTRIBUTED_IN_TEXT.finditer(line)]
    listed += [name for m in _BRACKETED_CREDIT.finditer(text) for name in _photographer(m["first"], m["second"])]
    return [name for names in listed for name in _NAME.findall(_FILED_FROM_RE.sub("", names))]


def _photographer(first: str, second: str) -> list[str]:
    """The person's name of a bracketed picture credit whose other side is an outlet's, else none:
    "(Harbour Post / Ada Quell)" credits Ada Quell; "(Paris / Berlin)" or "(1998 / 2004)" no one."""
    first, second = first.strip(), second.strip()
    for outlet, name in ((first, second), (second, first)):
        if is_outlet_name(outlet) and _NAME.fullmatch(name) and is_personal_name(name):
            return [name]
    return []
