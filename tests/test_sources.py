"""Reading articles: formats, ids, dates, and one clear error per bad input."""
from __future__ import annotations

import codecs
import io
import hashlib
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from kb.errors import InputError
from kb.model import Article
from kb.sources import read_articles, read_one

DATA = Path(__file__).parent / "data" / "articles"
SEEDS = Path(__file__).parents[2] / "shared" / "seeds"


@pytest.fixture(scope="module")
def seed_path() -> Path:
    path = SEEDS / "000_ad0b8d14bd08f566.txt"
    assert path.exists(), f"seed article not found at {path}"
    return path


@pytest.fixture(scope="module")
def folder_results() -> list:
    return list(read_articles(DATA))


def only_error(path, **kwargs) -> InputError:
    results = list(read_articles(path, **kwargs))
    assert len(results) == 1 and isinstance(results[0], InputError), results
    return results[0]


# --- plain text and the seed ----------------------------------------------------------------

def test_seed_reads_as_one_plain_text_article(seed_path):
    article = read_one(seed_path)
    raw = seed_path.read_bytes()
    assert article.id == hashlib.sha256(raw).hexdigest()[:16]
    assert article.raw_text == raw.decode("utf-8")
    assert article.source == str(seed_path)
    assert (article.published, article.headline, article.url, article.raw_html) == (None, None, None, None)


def test_published_argument_applies_to_plain_text(seed_path):
    when = datetime(2008, 4, 8, 12, 0)
    assert read_one(seed_path, published=when).published == when


def test_utf8_bom_and_utf16_with_bom_are_decoded(tmp_path):
    body = "Talks in Zürich ended “without a deal”, envoys said."
    (tmp_path / "a.txt").write_bytes(codecs.BOM_UTF8 + body.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(body.encode("utf-16"))   # Python writes the BOM
    texts = [a.raw_text for a in read_articles(tmp_path)]
    assert texts == [body, body]


# --- folders --------------------------------------------------------------------------------

def test_folder_is_walked_recursively_in_sorted_order(folder_results):
    sources = [Path(r.source).relative_to(DATA).as_posix() for r in folder_results]
    assert sources == ["geneva_ap.txt", "records.jsonl:1", "records.jsonl:3", "records.jsonl:4",
                       "single.json", "sub/late.text", "summit.html"]
    assert all(isinstance(r, Article) for r in folder_results)


def test_folder_skips_hidden_files_and_folders_and_other_suffixes(tmp_path):
    (tmp_path / ".draft.txt").write_text("A hidden draft that must not be read at all here.")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "page.html").write_text("<html><body><p>cached</p></body></html>")
    (tmp_path / "readme.md").write_text("Not an article.")
    (tmp_path / "Real.TXT").write_text("Envoys met in Oslo on Monday to discuss fishing rights.")
    results = list(read_articles(tmp_path))
    assert [Path(r.source).name for r in results] == ["Real.TXT"]


def test_empty_folder_gives_one_error(tmp_path):
    err = only_error(tmp_path)
    assert str(tmp_path) in err.message and "folder" in err.message


# --- JSON Lines and JSON --------------------------------------------------------------------

def test_jsonl_records(folder_results):
    first, second, third = (r for r in folder_results if ".jsonl:" in r.source)
    assert first.id == "wash-2021-03-1"            # "wash/2021 03#1" sanitised
    assert first.url == "https://example.org/a1"
    assert first.headline == "Ministers sign grain accord"
    assert first.published == datetime(2021, 3, 3, 14, 20, tzinfo=timezone.utc)
    assert first.raw_text.startswith("WASHINGTON, March 3 (Reuters) - Two farm ministers")
    assert second.id == hashlib.sha256(second.raw_text.encode()).hexdigest()[:16]
    assert second.headline is None and second.published is None
    assert third.id == "42" and third.url is None


def test_published_argument_fills_only_records_without_a_date():
    when = datetime(2020, 1, 1)
    dates = [a.published for a in read_articles(DATA / "records.jsonl", published=when)]
    assert dates == [datetime(2021, 3, 3, 14, 20, tzinfo=timezone.utc), when, when]


def test_json_single_record():
    article = read_one(DATA / "single.json")
    assert (article.id, article.headline, article.published) == (
        "kyiv-talks-01", "Talks end without statement", datetime(2022, 1, 20))


def test_json_list_yields_errors_per_record_and_goes_on(tmp_path):
    path = tmp_path / "list.json"
    good = {"id": "x1", "text": "The two foreign ministers met in Rome on Friday."}
    path.write_text(json.dumps([good, {"title": "no body"}, "just a string", dict(good, id="x2")]))
    results = list(read_articles(path))
    assert [r.id for r in results if isinstance(r, Article)] == ["x1", "x2"]
    errors = [r.message for r in results if isinstance(r, InputError)]
    assert errors == [f"{path}[1]: record has no text", f"{path}[2]: expected a JSON object, got str"]


def test_malformed_jsonl_line_in_the_middle(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": "a", "text": "Ministers met in Paris on Monday for talks."}),
             '{"id": "b", "text": "unterminated',
             json.dumps({"id": "c", "text": "Envoys met in Rome on Tuesday for talks."})]
    path.write_text("\n".join(lines) + "\n")
    results = list(read_articles(path))
    assert [r.id for r in results if isinstance(r, Article)] == ["a", "c"]
    (err,) = [r for r in results if isinstance(r, InputError)]
    assert err.message.startswith(f"{path}:2: malformed JSON")


@pytest.mark.parametrize("record, field", [
    ({"id": "a", "text": 17}, "text"),
    ({"id": ["a"], "text": "Envoys met."}, "id"),
    ({"id": True, "text": "Envoys met."}, "id"),
    ({"title": {"x": 1}, "text": "Envoys met."}, "title"),
    ({"published": 20080407, "text": "Envoys met."}, "published"),
])
def test_jsonl_wrong_types_are_refused_for_that_line(tmp_path, record, field):
    path = tmp_path / "typed.jsonl"
    path.write_text(json.dumps({"text": "A clean first record about talks."}) + "\n" + json.dumps(record))
    results = list(read_articles(path))
    assert isinstance(results[0], Article)
    assert isinstance(results[1], InputError)
    assert results[1].message.startswith(f"{path}:2: field '{field}' must be")


@pytest.mark.parametrize("stamp", ["2008-02-30", "99999-01-01", "year 99999", "2008-13-01T10:00"])
def test_impossible_published_date_is_refused(tmp_path, stamp):
    path = tmp_path / "dates.jsonl"
    path.write_text(json.dumps({"id": "d", "published": stamp, "text": "Envoys met in Bern."}))
    err = only_error(path)
    assert err.message.startswith(f"{path}:1: impossible published date {stamp!r}")


def test_spelled_out_published_date_is_accepted(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"published": "April 7, 2008", "text": "Envoys met in Bern."}))
    assert read_one(path).published == datetime(2008, 4, 7)


def test_jsonl_line_over_the_limit_is_skipped_and_the_rest_read(tmp_path):
    path = tmp_path / "long.jsonl"
    long_text = "word " * 400
    path.write_text("\n".join(json.dumps({"id": i, "text": t}) for i, t in
                              [("s1", "Short talks."), ("big", long_text), ("s2", "More talks.")]))
    results = list(read_articles(path, max_bytes=500))
    assert [r.id for r in results if isinstance(r, Article)] == ["s1", "s2"]
    (err,) = [r for r in results if isinstance(r, InputError)]
    assert err.message == f"{path}:2: line is over the limit of 500 bytes"


# --- HTML -----------------------------------------------------------------------------------

def test_html_main_text_title_date_and_url():
    article = read_one(DATA / "summit.html")
    assert article.headline == "Leaders hold lakeside summit"
    assert article.url == "https://wire.example.org/2019/lakeside-summit"
    assert article.published == datetime(2019, 5, 2, 10, 0)
    assert article.raw_html == (DATA / "summit.html").read_text()
    paragraphs = article.raw_text.split("\n\n")
    assert paragraphs[1].startswith("OSLO (Reuters) - The prime ministers")
    assert "Home" not in paragraphs and not any("All rights reserved" in p for p in paragraphs)


def test_html_archive_date_before_1995_is_kept(tmp_path):
    path = tmp_path / "old.html"
    path.write_text('<html><head><title>Old talks</title>'
                    '<meta property="article:published_time" content="1978-09-18T09:00:00Z">'
                    '<meta property="article:modified_time" content="2018-01-01T00:00:00Z"></head>'
                    '<body><article><p>Two delegations met at a country retreat for twelve days of '
                    'talks that ended with a signed framework, aides said.</p></article></body></html>')
    assert read_one(path).published == datetime(1978, 9, 18, 9, 0)


def test_html_without_article_text_is_refused(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav><a href='/'>Home</a> <a href='/about'>About us</a></nav>"
                    "<script>var tracking = 1;</script></body></html>")
    assert only_error(path).message == f"{path}: no article text found in the HTML"


# --- bad inputs -----------------------------------------------------------------------------

def test_missing_path(tmp_path):
    path = tmp_path / "nowhere.txt"
    assert only_error(path).message == f"{path}: no such file or folder"


def test_empty_and_whitespace_files(tmp_path):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_blank.txt").write_bytes(b" \n\t\n")
    messages = [e.message for e in read_articles(tmp_path)]
    assert messages == [f"{tmp_path / 'a_empty.txt'}: empty file",
                        f"{tmp_path / 'b_blank.txt'}: empty file (only whitespace)"]


@pytest.mark.parametrize("data, reason", [
    (b"GIF89a\x01\x00\x00\x00\xff\xff", "contains NUL bytes"),
    (bytes(range(1, 9)) * 50 + b"some text", "mostly control bytes"),
])
def test_binary_file_is_refused(tmp_path, data, reason):
    path = tmp_path / "picture.txt"
    path.write_bytes(data)
    assert only_error(path).message == f"{path}: binary file ({reason})"


def test_invalid_utf8_names_the_byte_offset(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Talks in Zürich".encode("latin-1"))
    assert only_error(path).message == f"{path}: not valid UTF-8 (bad byte at offset 10)"


def test_big_file_is_refused_without_being_opened(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)   # sparse: instant, no disk used
    real_open = Path.open

    def guarded_open(self, *args, **kwargs):
        assert self != path, "the oversized file was opened"
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    assert only_error(path).message == f"{path}: file is 52,428,800 bytes, over the limit of 20,000,000"


def test_batch_goes_on_after_bad_files(tmp_path):
    (tmp_path / "1.txt").write_bytes(b"")
    (tmp_path / "2.txt").write_bytes(b"\xfd\xfc not text")
    (tmp_path / "3.txt").write_text("Envoys met in Vienna on Friday for a new round of talks.")
    results = list(read_articles(tmp_path))
    assert [type(r).__name__ for r in results] == ["InputError", "InputError", "Article"]


def test_read_one_raises_instead_of_yielding(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_one(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="holds 3 articles, expected one"):
        read_one(DATA / "records.jsonl")
    with pytest.raises(InputError, match="is a folder"):
        read_one(DATA)


@pytest.mark.parametrize("data, sources", [
    (b'{"id": "s1", "text": "Envoys met in Bern."}\n{"id": "s2", "text": "Talks went on."}\n',
     ["<stdin>:1", "<stdin>:2"]),
    ("Envoys met in Bern on Monday, officials said.".encode(), ["<stdin>"]),
])
def test_stdin_dash(monkeypatch, data, sources):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert [a.source for a in read_articles("-")] == sources
