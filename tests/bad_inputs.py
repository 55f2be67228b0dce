"""Malformed inputs built on the fly for tests/test_bad_inputs.py (nothing large is committed).

Each `Case` writes one input under a folder and says what a correct ingest gives for it:
`error` (an InputError naming the input, nothing stored), `stored` (one article graph), or
`stored_or_error` where either is defensible (an article in another language may be stored
with few facts or refused). An input giving several outcomes (a JSON Lines file, a folder)
lists one expectation per outcome, in order.
"""
from __future__ import annotations

import codecs
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

GOOD = ("GENEVA (Reuters) - Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State "
        "John Kerry in Geneva on Thursday to discuss the ceasefire in Syria, officials said.")
GOOD2 = ("French President Emmanuel Macron visited Berlin on Monday for talks with German "
         "Chancellor Angela Merkel on the future of the euro zone.")
GERMAN = ("Bundeskanzlerin Angela Merkel hat am Montag in Berlin den französischen Präsidenten "
          "Emmanuel Macron empfangen. Die beiden sprachen über die Zukunft der Eurozone.")
CHINESE = "中国国家主席习近平周一在北京会见了俄罗斯总统普京，双方讨论了贸易与安全问题。"
ARABIC = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي في جنيف يوم الخميس."
JUNK_ONLY = ("Slideshow (8 Images)\n\n0 : 0\n\n• medium-wide-browser\n\n• narrow-phone-portrait\n\n"
             "Advertisement\n\nOur Standards: The Thomson Reuters Trust Principles.")
BIG = 50 * 1024 * 1024
LONG_LINE = 5 * 1024 * 1024


@dataclass
class Case:
    name: str                       # file (or folder) name under the case root
    write: Callable[[Path], None]   # writes the input at the given path
    expect: str | list[str]         # "error" | "stored" | "stored_or_error", or one per outcome
    message: str | None = None      # a fragment the error must contain (besides the input's name)


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _text(text: str) -> Callable[[Path], None]:
    return _bytes(text.encode("utf-8"))


def _json(value: object) -> Callable[[Path], None]:
    return _text(json.dumps(value, ensure_ascii=False))


def _record(**fields) -> dict:
    return {"id": "r1", "url": "https://wire.example/r1", "title": "Talks in Geneva",
            "published": "2016-09-09T10:00:00Z", "text": GOOD, **fields}


def _big_text(path: Path) -> None:
    sentence = (GOOD + " ").encode("utf-8")
    with path.open("wb") as out:
        out.write(sentence * (BIG // len(sentence) + 1))


def _long_line_jsonl(path: Path) -> None:
    words = ("talks " * (LONG_LINE // 6)).strip()
    good = json.dumps(_record(id="after-long-line"))
    path.write_text(json.dumps(_record(id="long", text=words)) + "\n" + good + "\n", encoding="utf-8")


def _long_line_text(path: Path) -> None:
    path.write_text("envoy " * (LONG_LINE // 6), encoding="utf-8")


def _html_bomb(path: Path) -> None:
    depth = 100_000
    path.write_text("<html><body>" + "<div>" * depth + "deep" + "</div>" * depth + "</body></html>",
                    encoding="utf-8")


def _symlink_loop(path: Path) -> None:
    path.mkdir()
    (path / "ok.txt").write_text(GOOD2, encoding="utf-8")
    os.symlink(path, path / "again")             # a folder that contains itself
    os.symlink(path / "self.txt", path / "self.txt")   # a file link pointing at itself


def _unreadable(path: Path) -> None:
    # Text of its own: a file with the same bytes as another is the same article (same id).
    path.write_text(GOOD2 + " Aides said a date for the next round was not yet set.", encoding="utf-8")
    path.chmod(0)


def _folder_named_like_file(path: Path) -> None:
    path.mkdir()


def _jsonl(lines: list[str], bom: bool = False) -> Callable[[Path], None]:
    data = "\n".join(lines).encode("utf-8")
    return _bytes((codecs.BOM_UTF8 if bom else b"") + data)


def cases() -> list[Case]:
    """The corpus: more than forty inputs, each a way scraped data goes wrong.

    Every JSON record gets an id of its own: two records sharing an id are one article (the
    later replaces the earlier), which is not what these inputs are about.
    """
    found = _cases()
    for case in found:
        if case.name.endswith(".json"):
            case.write = _with_id(case.write, case.name)
    return found


def _with_id(write: Callable[[Path], None], name: str) -> Callable[[Path], None]:
    def rewrite(path: Path) -> None:
        write(path)
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace('"id": "r1"', f'"id": "{Path(name).stem}"'), encoding="utf-8")
    return rewrite


def _cases() -> list[Case]:
    rec = lambda **f: json.dumps(_record(**f), ensure_ascii=False)   # noqa: E731
    return [
        # -- bytes and encodings
        Case("empty.txt", _bytes(b""), "error", message="empty"),
        Case("whitespace.txt", _bytes(b" \n\t \r\n  "), "error", message="whitespace"),
        Case("binary.txt", _bytes(bytes(range(256)) * 64), "error", message="binary"),
        Case("png.html", _bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 200), "error",
             message="binary"),
        Case("truncated-utf8.txt", _bytes(GOOD2.encode("utf-8") + "Zürich".encode("utf-8")[:2]),
             "error", message="UTF-8"),
        Case("latin1.txt", _bytes("Gespräche in Zürich endeten ohne Einigung.".encode("latin-1")),
             "error", message="UTF-8"),
        Case("utf16-no-bom.txt", _bytes(GOOD2.encode("utf-16-le")), "error"),
        Case("utf16-bom.txt", _bytes(GOOD2.encode("utf-16")), "stored"),
        Case("utf16-be-bom.txt", _bytes(codecs.BOM_UTF16_BE + GOOD2.encode("utf-16-be")), "stored"),
        Case("utf8-bom.txt", _bytes(codecs.BOM_UTF8 + GOOD2.encode("utf-8")), "stored"),
        Case("big-50mb.txt", _big_text, "error", message="over the limit"),
        Case("long-line.txt", _long_line_text, "error"),
        Case("control-chars.txt", _text("Talks\x01\x02 in\x03 Geneva\x04" * 40), "error",
             message="binary"),
        Case("nul-in-middle.txt", _text(GOOD2[:50] + "\x00" + GOOD2[50:]), "error", message="NUL"),
        Case("form-feed-and-tabs.txt", _text(GOOD2.replace(" ", "\t") + "\f\n" + GOOD), "stored"),
        Case("very-long-word.txt", _text(GOOD2 + " " + "x" * 200_000 + " " + GOOD), "stored"),
        Case("rtl-arabic.txt", _text(ARABIC), "stored_or_error"),
        Case("rtl-marks.txt", _text("\u202e" + GOOD2 + "\u202c \u200f" + GOOD + "\u200e"), "stored"),
        Case("emoji.txt", _text("🇷🇺🤝🇺🇸 " + GOOD + " 👏👏 " + "🔥" * 300), "stored"),
        Case("combining-marks.txt", _text("Z\u0351\u0352a\u0353\u0354l\u0355g\u0356o " * 200 + GOOD),
             "stored"),
        Case("lone-surrogate.txt", _bytes(GOOD2.encode("utf-8") + b"\xed\xa0\x80"), "error",
             message="UTF-8"),
        # -- languages and content
        Case("german.txt", _text(GERMAN), "stored_or_error"),
        Case("chinese.txt", _text(CHINESE), "stored_or_error"),
        Case("junk-only.txt", _text(JUNK_ONLY), "error", message="no article text"),
        Case("headline-only.txt", _text("Putin and Bush meet in Sochi"), "stored_or_error"),
        Case("dateline-only.txt", _text("SOCHI, Russia (Reuters) - "), "error"),
        Case("stamp-only.txt", _text("April 7, 2008 / 7:57 AM / 12 years ago"), "stored_or_error"),
        Case("byline-and-credits-only.txt",
             _text("By Jane Doe\n\n(Reporting by Jane Doe; Editing by John Roe)"), "error"),
        Case("one-word.txt", _text("Moscow"), "stored"),
        Case("punctuation-only.txt", _text("... !!! ??? --- ;;; ,,, ''' \"\"\""), "stored_or_error"),
        Case("unbalanced-quotes.txt", _text('“' * 500 + GOOD + '"' * 333), "stored"),
        # -- HTML
        Case("no-text.html", _text("<html><head><title>Menu</title></head><body><nav><a href='/'>Home"
                                   "</a></nav></body></html>"), "error", message="no article text"),
        Case("scripts-only.html", _text("<html><body>" + "<script>var a = 'Lavrov met Kerry';</script>"
                                        * 50 + "<style>p{}</style></body></html>"), "error"),
        Case("bomb-100k-nested.html", _html_bomb, "error"),
        Case("unclosed-tags.html", _text("<html><body><p>" + GOOD + "<div><span><b>" + GOOD2), "stored"),
        Case("html-as-txt.txt", _text("<!DOCTYPE html><html><body><article><p>" + GOOD +
                                      "</p></article></body></html>"), "stored"),
        Case("empty.html", _bytes(b""), "error", message="empty"),
        # -- JSON
        Case("title-number.json", _json(_record(title=42)), "error", message="'title'"),
        Case("text-list.json", _json(_record(text=[GOOD])), "error", message="'text'"),
        Case("published-object.json", _json(_record(published={"year": 2016})), "error",
             message="'published'"),
        Case("id-bool.json", _json(_record(id=True)), "error", message="'id'"),
        Case("scalar.json", _json(42), "error", message="JSON object"),
        Case("null.json", _json(None), "error", message="JSON object"),
        Case("string.json", _json("Lavrov met Kerry"), "error", message="JSON object"),
        Case("truncated.json", _text(json.dumps(_record())[:-20]), "error", message="malformed JSON"),
        Case("no-text-field.json", _json({"id": "x", "title": "Only a title"}), "error",
             message="no text"),
        Case("empty-text.json", _json(_record(text="   ")), "error", message="no text"),
        Case("nested-list.json", _json([[_record()]]), "error", message="JSON object"),
        Case("deeply-nested.json", _text("[" * 100_000 + "]" * 100_000), "error"),
        Case("huge-number.json", _text('{"id": 1' + "0" * 5000 + ', "text": "' + GOOD + '"}'),
             "stored_or_error"),
        # -- dates
        Case("date-feb-30.json", _json(_record(published="2008-02-30")), "error", message="2008-02-30"),
        Case("date-year-99999.json", _json(_record(published="99999-01-01")), "error"),
        Case("date-yesterday.json", _json(_record(published="yesterday")), "error"),
        Case("date-empty.json", _json(_record(published="")), "stored"),
        Case("date-far-past.json", _json(_record(published="0001-01-01")), "stored"),
        Case("date-with-offset.json", _json(_record(published="2016-09-09T10:00:00+14:00")), "stored"),
        Case("text-dates-odd.txt", _text("Envoys met on February 30, 2008 and again in the year 99999 "
                                         "and on 31/31/2031, then yesterday, officials said."), "stored"),
        # -- JSON Lines
        Case("bom.jsonl", _jsonl([rec(id="bom-1"), rec(id="bom-2", text=GOOD2)], bom=True), ["stored"] * 2),
        Case("blank-lines.jsonl", _jsonl(["", rec(id="bl-1"), "   ", "", rec(id="bl-2", text=GOOD2), ""]),
             ["stored"] * 2),
        Case("mixed.jsonl", _jsonl([rec(id="mx-1"), "{not json", "[1, 2]", rec(id="mx-4", text=42),
                                    rec(id="mx-5", text=GOOD2)]),
             ["stored", "error", "error", "error", "stored"]),
        Case("long-line.jsonl", _long_line_jsonl, ["error", "stored"]),
        Case("crlf.jsonl", _bytes((rec(id="crlf-1") + "\r\n" + rec(id="crlf-2", text=GOOD2) + "\r\n")
                                  .encode("utf-8")), ["stored"] * 2),
        Case("binary.jsonl", _bytes(b"\x00\x01\x02\xff" * 100), "error"),
        # -- file system
        Case("loop", _symlink_loop, ["stored", "error"]),   # loop/ok.txt, loop/self.txt
        # root reads any file whatever its mode, so there the file is simply stored
        Case("unreadable.txt", _unreadable, "stored" if os.geteuid() == 0 else "error"),
        # walked into as a folder it holds nothing; the test also gives it by name: one error
        Case("folder.txt", _folder_named_like_file, "error", message="folder holds no"),
    ]
