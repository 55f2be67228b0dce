"""The one orchestrator: source -> cleaning -> extraction -> RDF -> store, in that order."""
from __future__ import annotations

import logging
import multiprocessing
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from rdflib import Literal, URIRef

from kb import cleaning, nlp
from kb.errors import DkbError, ExtractorFailure, InputError
from kb.iris import Minter
from kb.parent_watch import exit_with_parent
from kb.vocab import DKB
from kb.model import Article, CleanArticle, Extraction
from kb.rdf import extraction_to_triples
from kb.sources import read_articles

log = logging.getLogger(__name__)


@dataclass
class ArticleOutcome:
    source: str
    article_id: str | None = None
    events: int = 0
    triples: int = 0
    error: str | None = None
    unchanged: bool = False     # already stored with the same content: not extracted again


@dataclass
class IngestReport:
    outcomes: list[ArticleOutcome] = field(default_factory=list)

    @property
    def stored(self) -> list[ArticleOutcome]:
        return [o for o in self.outcomes if o.error is None]

    @property
    def failed(self) -> list[ArticleOutcome]:
        return [o for o in self.outcomes if o.error is not None]

    @property
    def unchanged(self) -> list[ArticleOutcome]:
        return [o for o in self.outcomes if o.unchanged]

    @property
    def events(self) -> int:
        return sum(o.events for o in self.stored)

    @property
    def triples(self) -> int:
        return sum(o.triples for o in self.stored)


def extract_article(article: Article, model: str = "auto") -> Extraction:
    """Clean one article and draw its actors, dates, places, events, disputes and quotes."""
    return extract_clean(cleaning.clean(article), model)


def extract_clean(clean: CleanArticle, model: str = "auto") -> Extraction:
    """Draw actors, dates, places, events, disputes and quotes from a cleaned article."""
    language = nlp.get_nlp(model)
    _check_length(clean, language)
    return _extract_parsed(language(clean.text), clean, _headline(language, clean))


def extract_many(cleans: list[CleanArticle], model: str = "auto") -> list[Extraction | DkbError]:
    """Extract a batch of cleaned articles, parsed together by nlp.pipe (spaCy's fast path).

    Each result is what extract_clean gives for that article alone, in order; an article's
    error is its own and does not stop the others.
    """
    language = nlp.get_nlp(model)
    fits = [c for c in cleans if len(c.text) <= language.max_length]
    docs = dict(zip(map(id, fits), language.pipe(c.text for c in fits)))
    titled = [c for c in fits if c.headline]      # the headlines go through the fast path too
    headlines = dict(zip(map(id, titled), language.pipe(c.headline for c in titled)))
    results: list[Extraction | DkbError] = []
    for clean in cleans:
        try:
            _check_length(clean, language)
            results.append(_extract_parsed(docs[id(clean)], clean, headlines.get(id(clean))))
        except DkbError as exc:
            results.append(exc)
    return results


def _headline(language, clean: CleanArticle):
    """The headline parsed by the body's pipeline: the disputes read it for a matter the body may
    tell only by its acts."""
    return language(clean.headline) if clean.headline else None


def _extract_parsed(doc, clean: CleanArticle, headline) -> Extraction:
    """Run the extractors; a failure they did not foresee becomes this article's ExtractorFailure,
    so a bug met on one text costs that article, not its batch."""
    try:
        return _run_extractors(doc, clean, headline)
    except DkbError:
        raise
    except Exception as exc:  # noqa: BLE001 - named and reported below, never swallowed
        log.exception("extraction failed on %s", clean.article.source)
        raise ExtractorFailure(f"{clean.article.source}: extraction failed on this text "
                              f"({type(exc).__name__}: {exc}); this is a DKB bug, please report it "
                              "with the article") from exc


def _run_extractors(doc, clean: CleanArticle, headline) -> Extraction:
    # Imported here, like spaCy in kb.nlp: the extractors import spaCy, which store-only commands
    # (`dkb serve`, `dkb timeline`) and the web app, which imports this module, need not load.
    from kb.extract.actors import extract_actors
    from kb.extract.dates import extract_dates
    from kb.extract.disputes import extract_disputes
    from kb.extract.events import extract_events
    from kb.extract.places import extract_places
    from kb.extract.quotes import extract_quotes
    from kb.extract.titles import date_roles

    actors = extract_actors(doc, clean)
    dates = extract_dates(doc, _written(clean))
    places = extract_places(doc, actors)
    events = extract_events(doc, actors, dates, places, clean.published, clean.article.id, clean.dateline)
    date_roles(actors, events)  # a leader's office is the one held on each event's date
    disputes = extract_disputes(doc, actors, events, clean.published, headline, dateline=clean.dateline)
    quotes = extract_quotes(doc, actors, events, dateline=clean.dateline)
    return Extraction(article=clean, actors=actors, events=events, disputes=disputes, quotes=quotes)


def _written(clean: CleanArticle) -> datetime | None:
    """What "today", "on Sunday" and "last week" are told from: the day the dateline names (the
    story was filed then, often the evening before the paper's date), else publication."""
    day = clean.dateline.day if clean.dateline else None
    return datetime(day.year, day.month, day.day) if day else clean.published


def _check_length(clean: CleanArticle, language) -> None:
    """Refuse text over spaCy's length limit by name (spaCy raises a bare ValueError there)."""
    if len(clean.text) > language.max_length:
        raise InputError(f"{clean.article.source}: article text is {len(clean.text):,} characters, "
                         f"over the limit of {language.max_length:,} for one article")


def iter_extractions(paths: Iterable[str | Path], *, published: datetime | None = None,
                     model: str = "auto", max_bytes: int = 20_000_000
                     ) -> Iterator[tuple[str, Extraction | DkbError]]:
    """Yield (source, extraction or error) for every article under `paths`; a bad item never stops the batch."""
    items = (item for path in paths for item in _named_items(path, published, max_bytes))
    for batch in _batches(items, BATCH):
        cleaned = [(source, _clean(item)) for source, item in batch]
        parsed = iter(extract_many([c for _, c in cleaned if not isinstance(c, DkbError)], model))
        for source, clean in cleaned:
            yield source, clean if isinstance(clean, DkbError) else next(parsed)


def _named_items(path, published, max_bytes) -> Iterator[tuple[str, Article | DkbError]]:
    for item in read_articles(path, published=published, max_bytes=max_bytes):
        yield (_source_of(item, path) if isinstance(item, DkbError) else item.source), item


def _clean(item: Article | DkbError) -> CleanArticle | DkbError:
    if isinstance(item, DkbError):
        return item
    try:
        return cleaning.clean(item)
    except DkbError as exc:
        return exc


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def store_extraction(store, extraction: Extraction, minter: Minter) -> int:
    """Write one article's graph whole (replacing any earlier version); return its triple count."""
    triples = extraction_to_triples(extraction, minter)
    store.put_article(minter.graph(extraction.article.article.id), triples)
    return len(triples)


@dataclass
class BuiltGraph:
    """What extraction hands the writer for one article: its triples and event count, or an error."""

    triples: list = field(default_factory=list)
    events: int = 0
    error: str | None = None


def build_graphs(cleans: list[CleanArticle], model: str, base_iri: str) -> list[BuiltGraph]:
    """Extract a batch of cleaned articles and build each one's graph triples; no store is touched."""
    minter = Minter(base_iri)
    built = []
    for clean, result in zip(cleans, extract_many(cleans, model)):
        try:
            if isinstance(result, DkbError):
                raise result
            built.append(BuiltGraph(extraction_to_triples(result, minter), len(result.events)))
        except DkbError as exc:
            built.append(BuiltGraph(error=_naming(clean.article.source, exc)))
    return built


def ingest_paths(store, paths: Iterable[str | Path], settings: dict, *,
                 published: datetime | None = None, force: bool = False, jobs: int = 1,
                 on_article: Callable[[ArticleOutcome], None] | None = None) -> IngestReport:
    """Ingest every article under `paths` into `store`, one atomic write per article, in input order.

    An article already stored with the same cleaned text is skipped unless `force`: that makes a
    re-run after a crash resume where it stopped, and re-ingesting a corpus cheap. With `jobs` > 1,
    that many worker processes extract and build graphs while this process alone reads, cleans and
    writes, so the store, the outcomes and their order are those of a one-process run.
    """
    minter = Minter(str(settings["base_iri"]))
    model = str(settings["spacy_model"])
    max_bytes = int(settings["max_input_bytes"])
    items = ((item, path) for path in paths
             for item in read_articles(path, published=published, max_bytes=max_bytes))
    report = IngestReport()
    with _extractor(jobs, model, minter.base) as submit:
        writer = _Writer(store, minter, force, submit)
        for outcome in writer.run(items, window=BATCH * max(2, 2 * jobs)):
            report.outcomes.append(outcome)
            if on_article:
                on_article(outcome)
    return report


# Articles parsed together: enough for nlp.pipe's batching, few enough to keep every worker busy.
BATCH = 8


class _Batch:
    """Cleaned articles sent to extraction together, and the future of their built graphs."""

    def __init__(self):
        self.cleans: list[CleanArticle] = []
        self.future = None


class _Writer:
    """Sends articles to extraction in batches, ahead of the writes, and writes them back in order.

    Whether an article is unchanged is decided at write time, as a one-process run decides it; it
    is also checked when the article is sent, to spare its extraction, unless an earlier article
    of the batch with the same id is still on its way (its write could change the answer).
    """

    def __init__(self, store, minter: Minter, force: bool, submit):
        self.store, self.minter, self.force, self.submit = store, minter, force, submit
        self.in_flight: Counter = Counter()
        self.batch = _Batch()

    def run(self, items, window: int) -> Iterator[ArticleOutcome]:
        pending: deque = deque()
        for item, path in items:
            pending.append(self._send(item, path))
            while len(pending) > window:
                yield self._finish(pending.popleft())
        while pending:
            yield self._finish(pending.popleft())

    def _send(self, item: Article | DkbError, path):
        """Clean one article and queue its extraction; return (outcome, graph, hash, batch, index)."""
        if isinstance(item, DkbError):
            return ArticleOutcome(source=_source_of(item, path), error=str(item)), None, None, None, 0
        outcome = ArticleOutcome(source=item.source, article_id=item.id)
        clean = _clean(item)
        if isinstance(clean, DkbError):
            outcome.error = _naming(item.source, clean)
            return outcome, None, None, None, 0
        graph = str(self.minter.graph(item.id))
        if not self.force and not self.in_flight[graph] and stored_unchanged(self.store, graph, clean.content_hash):
            outcome.unchanged = True
            return outcome, None, None, None, 0
        self.in_flight[graph] += 1
        batch = self.batch
        batch.cleans.append(clean)
        if len(batch.cleans) == BATCH:
            self._flush()
        return outcome, graph, clean.content_hash, batch, len(batch.cleans) - 1

    def _flush(self) -> None:
        self.batch.future = self.submit(self.batch.cleans)
        self.batch = _Batch()

    def _finish(self, sent) -> ArticleOutcome:
        """Write one article's graph, or record why not; the outcome is complete afterwards."""
        outcome, graph, content_hash, batch, index = sent
        if batch is None:
            return outcome
        if batch.future is None:
            self._flush()
        built = batch.future.result()[index]
        self.in_flight[graph] -= 1
        if built.error:
            outcome.error = built.error
        elif not self.force and stored_unchanged(self.store, graph, content_hash):
            outcome.unchanged = True      # an earlier copy in this batch stored the same text
        else:
            try:
                self.store.put_article(graph, built.triples)
                outcome.triples, outcome.events = len(built.triples), built.events
            except DkbError as exc:
                outcome.error = _naming(outcome.source, exc)
        return outcome


@contextmanager
def _extractor(jobs: int, model: str, base_iri: str):
    """Yield submit(cleans) -> a future of build_graphs: run at once for one job, else in a pool."""
    if jobs <= 1:
        yield lambda cleans: _Done(build_graphs(cleans, model, base_iri))
        return
    # spawn, not fork: this process holds an open store whose engine threads a fork would copy.
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_start_extraction_worker, initargs=(model, os.getpid())) as pool:
        yield lambda cleans: pool.submit(build_graphs, cleans, model, base_iri)


def _start_extraction_worker(model: str, parent: int) -> None:
    exit_with_parent(parent)     # a killed `dkb ingest` leaves no worker behind (nothing else stops them)
    nlp.get_nlp(model)


class _Done:
    """A result computed already, with the one Future method the writer calls."""

    def __init__(self, value):
        self._value = value

    def result(self):
        return self._value


def default_jobs(setting: int | None) -> int:
    """Worker processes for ingest: the setting when positive, else one per core."""
    return setting if setting and setting > 0 else (os.cpu_count() or 1)


def _naming(source: str, exc: DkbError) -> str:
    return str(exc) if source in str(exc) else f"{source}: {exc}"


def stored_unchanged(store, graph_iri, content_hash: str) -> bool:
    """Whether the store holds this article's graph built from the same cleaned text."""
    if not store.has_graph(str(graph_iri)):
        return False
    query = "ASK { GRAPH %s { ?article %s %s } }" % (
        URIRef(str(graph_iri)).n3(), DKB.contentHash.n3(), Literal(content_hash).n3())
    return bool(store.query(query).boolean)


def _source_of(error: DkbError, path: str | Path) -> str:
    return getattr(error, "source", None) or str(path)


def check_paths(paths: Iterable[str | Path]) -> None:
    """Fail early, naming the path, when an input path does not exist."""
    for path in paths:
        if str(path) != "-" and not Path(path).exists():
            raise InputError(f"{path}: no such file or directory", code="E101")
