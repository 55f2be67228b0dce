"""The dkb command end to end: extract, ingest, remove, export, validate, timeline, bad input."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

from kb.cli import cli
from tests.test_dispute_basis import RECORDS as DISPUTE_BASIS_RECORDS

RDF_FORMATS = {  # dkb name -> (rdflib parser, rapper syntax or None)
    "turtle": ("turtle", "turtle"), "ntriples": ("nt", "ntriples"), "nquads": ("nquads", "nquads"),
    "trig": ("trig", "trig"), "jsonld": ("json-ld", None),  # JSON-LD keeps the named graphs
    "rdfxml": ("xml", "rdfxml"),
}


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def seed_doc():
    seed = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_ad0b8d14bd08f566.txt"
    result = run("--store", "memory:", "extract", str(seed))
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    return json.loads(lines[0])


def _names(doc, ids):
    by_id = {a["id"]: a["name"] for a in doc["actors"]}
    return {by_id[i] for i in ids}


def test_seed_article_metadata(seed_doc):
    art = seed_doc["article"]
    assert seed_doc["schema"] == "dkb.extract/1"
    assert art["published"].startswith("2008-04-07")
    assert art["dateline"]["place"] == "Sochi"
    assert art["agency"] == "Reuters"
    assert set(art["authors"]) == {"Matt Spetalnick", "Christian Lowe", "Andrew Roche", "Chris Wilson"}


def test_seed_summit_in_sochi_with_bush_and_putin(seed_doc):
    summits = [e for e in seed_doc["events"]
               if e["type"] in ("Summit", "Meeting") and e["date"] in ("2008-04-06", "2008-04-05")
               and {"George W. Bush", "Vladimir Putin"} <= _names(seed_doc, e["participants"])]
    assert summits, [(e["type"], e["date"], e["participants"]) for e in seed_doc["events"]]
    assert any(e["place"] and e["place"]["name"] == "Sochi" for e in summits)


def test_seed_putin_steps_down_as_planned_event(seed_doc):
    steps = [e for e in seed_doc["events"] if e["type"] == "LeadershipChange"
             and "Vladimir Putin" in _names(seed_doc, e["participants"])]
    assert any(e["date"] == "2008-05-07" and e["modality"] == "planned" for e in steps), steps


def test_seed_bush_talks_with_medvedev(seed_doc):
    assert any(e["type"] in ("Meeting", "Negotiation", "Summit")
               and {"George W. Bush", "Dmitry Medvedev"} <= _names(seed_doc, e["participants"])
               for e in seed_doc["events"])


def test_seed_missile_defence_dispute_between_us_and_russia(seed_doc):
    disputes = [d for d in seed_doc["disputes"] if "missile" in d["topic"]]
    assert disputes
    assert {"United States", "Russia"} <= _names(seed_doc, disputes[0]["parties"])


def test_seed_has_no_junk_or_reporters_as_actors(seed_doc):
    names = {a["name"] for a in seed_doc["actors"]}
    forbidden = {"Matt Spetalnick", "Christian Lowe", "Andrew Roche", "Chris Wilson", "Grigory Dukor",
                 "Reuters", "Slideshow"}
    assert not names & forbidden
    assert not any("browser" in n.lower() or "tablet" in n.lower() for n in names)


def test_seed_offsets_index_into_the_cleaned_text(seed_doc):
    text = seed_doc["article"]["text"]
    for event in seed_doc["events"]:
        for ev in event["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["text"]
    for actor in seed_doc["actors"]:
        for start, end in actor["mentions"]:
            assert 0 <= start < end <= len(text)


@pytest.fixture(scope="module")
def disk_store(tmp_path_factory, sample_dir):
    url = "oxigraph:" + str(tmp_path_factory.mktemp("cli") / "db")
    first = run("--store", url, "ingest", "--no-progress", str(sample_dir))
    assert first.exit_code == 0, first.output
    return url


def _store_triples(url: str) -> int:
    out = run("--store", url, "stats").stdout
    return int(next(line for line in out.splitlines() if "triples" in line).split(":")[1])


def test_ingesting_twice_changes_nothing(disk_store, sample_dir):
    before = _store_triples(disk_store)
    again = run("--store", disk_store, "ingest", "--no-progress", str(sample_dir))
    assert again.exit_code == 0, again.output
    assert _store_triples(disk_store) == before > 1000


def test_forced_reingest_gives_the_same_triples(tmp_path, sample_dir):
    url = "oxigraph:" + str(tmp_path / "db")
    one = sample_dir / "03_new_start_prague.txt"
    assert run("--store", url, "ingest", "--no-progress", str(one)).exit_code == 0
    before = _store_triples(url)
    from kb.store import open_store
    from kb.settings import load_settings
    from kb import pipeline

    store = open_store(url, load_settings(environ={}))
    try:
        report = pipeline.ingest_paths(store, [one], load_settings(environ={}), force=True)
        assert not report.failed and not report.unchanged
        assert store.count_triples() == before
    finally:
        store.close()


def test_remove_drops_exactly_that_article(tmp_path, sample_dir):
    url = "oxigraph:" + str(tmp_path / "db")
    files = [sample_dir / "03_new_start_prague.txt", sample_dir / "07_medvedev_inauguration.txt"]
    assert run("--store", url, "ingest", "--no-progress", str(files[0])).exit_code == 0
    only_first = _dump(url)
    assert run("--store", url, "ingest", "--no-progress", str(files[1])).exit_code == 0
    doc = json.loads(run("extract", str(files[1])).stdout.splitlines()[0])
    removed = run("--store", url, "remove", doc["article"]["id"])
    assert removed.exit_code == 0, removed.output
    assert _quads(_dump(url)) == _quads(only_first)
    assert run("--store", url, "remove", doc["article"]["id"]).exit_code == 1


def _quads(ds: rdflib.Dataset) -> set:
    """Quads as a set: DKB mints no blank nodes, so set equality is graph-set isomorphism."""
    return {(s, p, o, getattr(g, "identifier", g)) for s, p, o, g in ds.quads()}


def _dump(url: str) -> rdflib.Dataset:
    out = CliRunner().invoke(cli, ["--store", url, "export", "--format", "nquads"], catch_exceptions=False)
    ds = rdflib.Dataset()
    ds.parse(data=out.stdout_bytes, format="nquads")
    return ds


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_every_export_format_parses_back_and_passes_rapper(disk_store, tmp_path, fmt):
    target = tmp_path / f"kb.{fmt}"
    result = run("--store", disk_store, "export", "--format", fmt, "-o", str(target))
    assert result.exit_code == 0, result.output
    parser, rapper_syntax = RDF_FORMATS[fmt]
    reference = tmp_path / "ref.nq"
    run("--store", disk_store, "export", "--format", "nquads", "-o", str(reference))
    if fmt in ("nquads", "trig", "jsonld"):
        got, want = rdflib.Dataset(), rdflib.Dataset()
    else:
        got, want = rdflib.Graph(), rdflib.Graph()
    got.parse(target, format=parser)
    if isinstance(want, rdflib.Dataset):
        want.parse(reference, format="nquads")
    else:  # triple formats hold the union of the article graphs
        for s, p, o, _g in rdflib.Dataset().parse(reference, format="nquads").quads():
            want.add((s, p, o))
    assert len(got) > 1000
    if isinstance(want, rdflib.Dataset):
        assert _quads(got) == _quads(want)
    else:
        assert isomorphic(got, want)
    if rapper_syntax:
        check = subprocess.run(["rapper", "-q", "-i", rapper_syntax, "-c", str(target)],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stderr


def test_validate_passes_shacl_on_the_sample_kb(disk_store):
    result = run("--store", disk_store, "validate")
    assert result.exit_code == 0, result.output
    assert "conforms: True" in result.output


def test_timeline_formats_agree(disk_store):
    as_json = json.loads(run("--store", disk_store, "timeline", "all_events", "--format", "json",
                             "--limit", "5").stdout)
    as_csv = run("--store", disk_store, "timeline", "all_events", "--format", "csv", "--limit", "5").stdout
    assert len(as_json) == 5
    assert len(as_csv.strip().splitlines()) == 6
    assert [r["event"] for r in as_json] == [line.split(",")[0] for line in as_csv.strip().splitlines()[1:]]


# --- bad input: one line naming the input, non-zero exit, nothing partial stored -----------------

def _bad_inputs(tmp: Path) -> dict[str, Path]:
    tmp.mkdir(parents=True, exist_ok=True)
    files = {
        "empty": tmp / "empty.txt",
        "binary": tmp / "binary.txt",
        "latin1": tmp / "latin1.txt",
        "huge": tmp / "huge.txt",
        "html_without_text": tmp / "menu.html",
        "impossible_date": tmp / "bad-date.jsonl",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(bytes(range(256)) * 40)
    files["latin1"].write_bytes("Talks in Genève went well, the minister said.".encode("latin-1"))
    with open(files["huge"], "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    files["html_without_text"].write_text("<html><body><nav>Home | About</nav></body></html>")
    files["impossible_date"].write_text(json.dumps(
        {"id": "x1", "title": "T", "published": "2008-02-30", "text": "The leaders met in Paris."}) + "\n")
    return files


@pytest.mark.parametrize("kind", ["empty", "binary", "latin1", "huge", "html_without_text", "impossible_date"])
def test_a_bad_single_file_gets_one_line_naming_it(tmp_path, kind):
    path = _bad_inputs(tmp_path)[kind]
    url = "oxigraph:" + str(tmp_path / "db")
    result = CliRunner().invoke(cli, ["--store", url, "ingest", "--no-progress", str(path)])
    assert result.exit_code != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and str(path) in errors[0], result.stderr
    assert "articles stored: 0" in result.stdout


def test_missing_path_is_refused_by_name(tmp_path):
    result = CliRunner().invoke(cli, ["--store", "memory:", "ingest", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr and result.stderr.startswith("[E101]")


def test_a_batch_goes_on_past_bad_items_and_stores_nothing_partial(tmp_path, sample_dir):
    bad = _bad_inputs(tmp_path / "in")
    lines = [json.dumps({"id": "good-1", "title": "A", "published": "2015-02-12T10:00:00Z",
                         "text": "German Chancellor Angela Merkel met Russian President Vladimir Putin in Minsk on Thursday."}),
             "{not json",
             json.dumps({"id": "bad-type", "title": 5, "text": ["x"]})]
    (tmp_path / "in" / "mixed.jsonl").write_text("\n".join(lines) + "\n")
    url = "oxigraph:" + str(tmp_path / "db")
    result = CliRunner().invoke(cli, ["--store", url, "ingest", "--no-progress", str(tmp_path / "in")])
    assert result.exit_code == 1
    assert "articles stored: 1" in result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == len(bad) + 2
    assert any("mixed.jsonl:2" in e for e in errors) and any("mixed.jsonl:3" in e for e in errors)
    graphs = json.loads(run("--store", url, "sparql", "--format", "json",
                            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").stdout)
    assert len(graphs) == 1 and graphs[0]["g"].endswith("/graph/good-1")


def test_extract_prints_one_line_per_jsonl_line_even_for_bad_lines(tmp_path):
    path = tmp_path / "w.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "a", "title": "A", "published": "2010-04-08", "text": "Obama and Medvedev signed a treaty in Prague."}),
        "{broken",
        json.dumps({"id": "c", "title": "C", "text": "The foreign ministers met in Geneva on Monday."}),
    ]) + "\n")
    result = CliRunner().invoke(cli, ["extract", "--published", "2014-03-01", str(path)])
    assert result.exit_code == 1
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["article"].get("id") for d in docs] == ["a", None, "c"]
    assert docs[1]["errors"] and "w.jsonl:2" in docs[1]["errors"][0]
    assert docs[2]["article"]["published"].startswith("2014-03-01")


def test_extract_tells_a_named_dispute_from_one_inferred_from_acts(tmp_path):
    path = tmp_path / "two.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in DISPUTE_BASIS_RECORDS) + "\n")
    result = run("--store", "memory:", "extract", str(path))
    assert result.exit_code == 0, result.output
    expel, fish = (json.loads(line) for line in result.stdout.splitlines())
    [inferred], [named] = expel["disputes"], fish["disputes"]
    assert (named["basis"], named["inferred_from"]) == ("named", [])
    assert inferred["basis"] == "inferred"
    kinds = {e["id"]: e["type"] for e in expel["events"]}
    assert set(inferred["inferred_from"]) <= set(kinds)
    assert "Expulsion" in {kinds[i] for i in inferred["inferred_from"]}
