"""The `dkb` command: a thin click layer over library functions."""
from __future__ import annotations

import csv
import json
import sys
from datetime import datetime
from pathlib import Path

import click

from kb import pipeline, stats as kb_stats, timelines
from kb.errors import DkbError, InputError
from kb.extract_json import error_json, extraction_to_json
from kb.iris import Minter, parse as parse_iri
from kb.settings import load_settings
from kb.store import open_store


class Context:
    def __init__(self, settings: dict):
        self.settings = settings

    def store(self, read_only: bool = False):
        return open_store(str(self.settings["store"]), self.settings, read_only=read_only)


def _published(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date such as 2008-04-07") from None


class DkbGroup(click.Group):
    """Turns every DkbError into one line `[Exxx] message` on stderr and exit status 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except DkbError as exc:
            click.echo(str(exc), err=True)
            ctx.exit(1)


@click.group(cls=DkbGroup)
@click.option("--store", "store_url", help="Store URL (setting 'store'), e.g. oxigraph:dkb-data or memory:.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Settings file (TOML or JSON).")
@click.pass_context
def cli(ctx: click.Context, store_url: str | None, config_path: str | None) -> None:
    """DKB: news articles in, a knowledge graph of diplomatic events out."""
    ctx.obj = Context(load_settings(config_path, store=store_url))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date for inputs that carry none (ISO date).")
@click.option("--progress/--no-progress", default=True, help="Show a progress bar.")
@click.option("--jobs", "-j", type=click.IntRange(0), default=None,
              help="Worker processes for extraction (setting 'ingest_jobs'; 0: one per core).")
@click.pass_obj
def ingest(obj: Context, paths: tuple[str, ...], published: str | None, progress: bool,
           jobs: int | None) -> None:
    """Read, extract and store articles from files, folders or JSON Lines."""
    pipeline.check_paths(paths)
    jobs = pipeline.default_jobs(obj.settings["ingest_jobs"] if jobs is None else jobs)
    store = obj.store()
    try:
        with _progress(progress) as advance:
            report = pipeline.ingest_paths(store, paths, obj.settings, published=_published(published),
                                           jobs=jobs, on_article=advance)
        total = store.count_triples()
    finally:
        store.close()
    click.echo(f"articles stored: {len(report.stored)}  events: {report.events}  "
               f"triples written: {report.triples}  store triples: {total}  "
               f"errors: {len(report.failed)}")
    for outcome in report.failed:
        click.echo(f"error: {outcome.error}", err=True)
    if report.failed:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date for records that carry none (ISO date).")
@click.pass_obj
def extract(obj: Context, paths: tuple[str, ...], published: str | None) -> None:
    """Print the extraction of each article as JSON Lines (schema dkb.extract/1); no store is touched."""
    pipeline.check_paths(paths)
    minter = Minter(str(obj.settings["base_iri"]))
    failed = 0
    for source, result in pipeline.iter_extractions(
            paths, published=_published(published), model=str(obj.settings["spacy_model"]),
            max_bytes=int(obj.settings["max_input_bytes"])):
        if isinstance(result, DkbError):
            failed += 1
            click.echo(str(result), err=True)
            doc = error_json(source, str(result))
        else:
            doc = extraction_to_json(result, minter)
        click.echo(json.dumps(doc, ensure_ascii=False))
    if failed:
        sys.exit(1)


@cli.command()
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A timeline parameter.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table")
@click.option("--limit", type=click.IntRange(1, 10_000), default=100)
@click.option("--offset", type=click.IntRange(0), default=0)
@click.option("--list", "list_all", is_flag=True, help="List the canned timelines and their parameters.")
@click.pass_obj
def timeline(obj: Context, name: str | None, params: tuple[str, ...], fmt: str,
             limit: int, offset: int, list_all: bool) -> None:
    """Run a canned timeline (see --list)."""
    if list_all or not name:
        for t in timelines.list_timelines():
            click.echo(f"{t.name}: {t.title}")
            for p in t.params:
                need = "required" if p.required else f"optional, default {p.default!r}"
                click.echo(f"    {p.name} ({p.type}, {need}): {p.help}")
        return
    bound = dict(_split_param(p) for p in params)
    store = obj.store(read_only=True)
    try:
        result = timelines.run_timeline(store, name, bound, limit=limit, offset=offset)
    finally:
        store.close()
    _print_rows(result.columns, result.rows, fmt)


@cli.command()
@click.argument("query", required=False)
@click.option("--file", "-f", "query_file", type=click.File("r", encoding="utf-8"), help="Read the query from a file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "turtle"]), default="table")
@click.pass_obj
def sparql(obj: Context, query: str | None, query_file, fmt: str) -> None:
    """Run a SPARQL query (text or --file) against the store, read-only."""
    text = query_file.read() if query_file else query
    if not text:
        raise InputError("give a query as an argument or with --file", code="E102")
    store = obj.store(read_only=True)
    try:
        result = store.query(text)
    finally:
        store.close()
    if result.graph is not None:
        click.echo(result.graph.serialize(format="turtle"))
    elif result.boolean is not None:
        click.echo("true" if result.boolean else "false")
    else:
        rows = [{k: (str(v) if v is not None else None) for k, v in row.items()} for row in result.rows]
        _print_rows(result.vars, rows, "json" if fmt == "turtle" else fmt)


@cli.command()
@click.option("--format", "fmt", default="turtle",
              type=click.Choice(["turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml"]))
@click.option("--output", "-o", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="File to write (default: standard output).")
@click.pass_obj
def export(obj: Context, fmt: str, output: str) -> None:
    """Stream the whole knowledge base in an RDF format."""
    store = obj.store(read_only=True)
    try:
        if output == "-":
            written = store.export(fmt, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        else:
            with open(output, "wb") as out:
                written = store.export(fmt, out)
    finally:
        store.close()
    click.echo(f"exported {written} statements as {fmt}", err=True)


@cli.command()
@click.pass_obj
def stats(obj: Context) -> None:
    """Count articles, events, actors, disputes, quotes and triples."""
    store = obj.store(read_only=True)
    try:
        figures = kb_stats.collect(store)
    finally:
        store.close()
    for key, value in figures.items():
        click.echo(f"{key:>16}: {value}")


@cli.command()
@click.pass_obj
def validate(obj: Context) -> None:
    """Check the whole knowledge base against the SHACL shapes."""
    from kb.validate import validate_store

    store = obj.store(read_only=True)
    try:
        report = validate_store(store)
    finally:
        store.close()
    for focus, shape, message in report.results[:50]:
        click.echo(f"{shape}: {focus}: {message}")
    click.echo(f"conforms: {report.conforms} ({len(report.results)} violations)")
    if not report.conforms:
        sys.exit(1)


@cli.command()
@click.argument("article")
@click.pass_obj
def remove(obj: Context, article: str) -> None:
    """Remove one article (by id or IRI) and everything drawn from it alone."""
    minter = Minter(str(obj.settings["base_iri"]))
    parsed = parse_iri(article) if "/" in article else None
    graph = minter.graph(parsed[1] if parsed and parsed[0] == "article" else article)
    store = obj.store()
    try:
        removed = store.remove_article(graph)
    finally:
        store.close()
    if not removed:
        raise InputError(f"{article}: no such article in the store", code="E104", status=404)
    click.echo(f"removed {article}")


@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt",
              help="RDF format (nquads, trig, turtle, ntriples, rdfxml); default: from the file name.")
@click.pass_obj
def load(obj: Context, path: str, fmt: str | None) -> None:
    """Bulk-load an RDF dump: embedded, fast and not transactional, then indexed; on a SPARQL server,
    one Graph Store request per named graph, each registered whole."""
    store = obj.store()
    try:
        store.bulk_load(path, fmt or Path(path).suffix)
        total = store.count_triples()
    finally:
        store.close()
    click.echo(f"loaded {path}; the store holds {total} statements")


@cli.command()
@click.option("--from", "source", required=True, help="Store URL to copy from.")
@click.option("--to", "target", required=True, help="Store URL to copy to.")
@click.pass_obj
def migrate(obj: Context, source: str, target: str) -> None:
    """Copy every article graph from one store to another and verify the counts."""
    from kb.migrate import migrate as run_migration

    src = open_store(source, obj.settings, read_only=True)
    dst = open_store(target, obj.settings)
    try:
        report = run_migration(src, dst)
    finally:
        src.close()
        dst.close()
    click.echo(f"graphs: {report.graphs}  triples: {report.triples_src} -> {report.triples_dst}")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--get", "get_path", metavar="PATH", help="Answer one GET request for PATH and exit.")
@click.pass_obj
def serve(obj: Context, host: str, port: int, get_path: str | None) -> None:
    """Serve the web front end, the SPARQL endpoint and the linked-data IRIs."""
    import web    # the CLI is the one kb module that reaches up to the web app, and only here

    app = web.create_app(obj.settings)
    if get_path:
        response = app.test_client().get(get_path)
        sys.stdout.buffer.write(response.get_data())
        sys.exit(0 if response.status_code < 400 else 1)
    web.serve(app, host, port)


@cli.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "json_path", type=click.Path(dir_okay=False), help="Write the full report as JSON.")
@click.option("--diff/--no-diff", default=False, help="Print each article's misses and false alarms.")
@click.option("--split", "shown", type=click.Choice(["all", "dev", "test"]), default="all",
              help="Print, and write to --json, the figures and diffs of this split only (tuning "
                   "reads dev alone); --check always scores the held-out split.")
@click.option("--check", is_flag=True, help="Exit 1 when the held-out split misses a target.")
@click.pass_obj
def evaluate(obj: Context, gold_dir: str, json_path: str | None, diff: bool, shown: str,
             check: bool) -> None:
    """Score extraction against a gold corpus (precision, recall, F1 per field, both splits)."""
    from kb import evaluate as ev

    full = ev.run(gold_dir, model=str(obj.settings["spacy_model"]))
    report = full if shown == "all" else ev.one_split(full, shown)
    if json_path:
        Path(json_path).write_text(json.dumps(report, indent=1), encoding="utf-8")
    for split, summary in report["splits"].items():
        click.echo(f"== {split} split")
        for name in ("events_lenient", "events_strict", "participants", "countries", "actors",
                     "disputes", "quotes"):
            s = summary[name]
            click.echo(f"  {name:<16} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
                       f"  (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})")
        for name in ("kind", "date", "place", "modality"):
            click.echo(f"  {name + ' accuracy':<16} {summary[name + '_accuracy']:.3f}")
        click.echo(f"  reporters/outlets taken as actors: {summary['forbidden_actors']}")
        causes = ", ".join(f"{cause.replace('_', ' ')} {n}" for cause, n in summary["missed_by_cause"].items())
        click.echo(f"  missed events by cause: {causes}")
    missed = [k for k, (v, t, ok) in full["targets"]["test"].items() if not ok]
    if "test" in report["targets"]:
        for name, (value, target, ok) in report["targets"]["test"].items():
            click.echo(f"  target {name:<20} {value:.3f} >= {target:.2f}  {'ok' if ok else 'MISSED'}")
    if diff:
        for name, art in report["articles"].items():
            if art["missed"] or art["spurious"] or art["mismatched"]:
                click.echo(f"-- {name} ({art['split']})")
                for line in art["missed"]:
                    click.echo(f"   missed   {line}")
                for line in art["spurious"]:
                    click.echo(f"   spurious {line}")
                for pair in art["mismatched"]:
                    click.echo(f"   gold     {pair['gold']}\n   got      {pair['predicted']}")
    for name, error in report["errors"].items():
        click.echo(f"extraction failed, scored as empty: {error}", err=True)
    if check and (missed or full["errors"]):
        sys.exit(1)


def _split_param(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise InputError(f"--param {text!r}: expected KEY=VALUE", code="E103")
    return key.strip(), value


def _print_rows(columns: list[str], rows: list[dict], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(*columns)
        for row in rows:
            table.add_row(*["" if row.get(c) is None else str(row.get(c)) for c in columns])
        Console(width=200).print(table)


class _progress:
    """A rich progress bar that counts articles, or nothing when disabled or not on a terminal."""

    def __init__(self, enabled: bool):
        self.enabled = enabled and sys.stderr.isatty()

    def __enter__(self):
        if not self.enabled:
            return lambda outcome: None
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                            TextColumn("{task.completed} articles"), TimeElapsedColumn(), transient=True)
        self.bar.start()
        task = self.bar.add_task("ingesting", total=None)
        return lambda outcome: self.bar.update(task, advance=1, description=Path(outcome.source).name[:40])

    def __exit__(self, *exc):
        if self.enabled:
            self.bar.stop()
        return False


def main() -> None:
    cli(prog_name="dkb")


if __name__ == "__main__":
    main()
