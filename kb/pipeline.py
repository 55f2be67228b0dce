"""The one orchestrator: source -> cleaning -> extraction -> RDF -> store, in that order."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from rdflib import Literal, URIRef

from kb import cleaning, nlp
from kb.errors import DkbError, InputError
from kb.extract.actors import extract_actors
from kb.extract.dates import extract_dates
from kb.extract.disputes import extract_disputes
from kb.extract.events import extract_events
from kb.extract.places import extract_places
from kb.extract.quotes import extract_quotes
from kb.extract.titles import date_roles
from kb.iris import Minter
from kb.vocab import DKB
from kb.model import Article, CleanArticle, Extraction
from kb.rdf import extraction_to_triples
from kb.sources import read_articles


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
    doc = _parse(clean, model)
    actors = extract_actors(doc, clean)
    dates = extract_dates(doc, clean.published)
    places = extract_places(doc, actors)
    events = extract_events(doc, actors, dates, places, clean.published, clean.article.id, clean.dateline)
    date_roles(actors, events)  # a leader's office is the one held on each event's date
    disputes = extract_disputes(doc, actors, events, clean.published)
    quotes = extract_quotes(doc, actors, events)
    return Extraction(article=clean, actors=actors, events=events, disputes=disputes, quotes=quotes)


def _parse(clean: CleanArticle, model: str):
    """Run spaCy, refusing text over its length limit (spaCy raises a bare ValueError there)."""
    language = nlp.get_nlp(model)
    if len(clean.text) > language.max_length:
        raise InputError(f"{clean.article.source}: article text is {len(clean.text):,} characters, "
                         f"over the limit of {language.max_length:,} for one article")
    return language(clean.text)


def iter_extractions(paths: Iterable[str | Path], *, published: datetime | None = None,
                     model: str = "auto", max_bytes: int = 20_000_000
                     ) -> Iterator[tuple[str, Extraction | DkbError]]:
    """Yield (source, extraction or error) for every article under `paths`; a bad item never stops the batch."""
    for path in paths:
        for item in read_articles(path, published=published, max_bytes=max_bytes):
            if isinstance(item, DkbError):
                yield _source_of(item, path), item
                continue
            try:
                yield item.source, extract_article(item, model)
            except DkbError as exc:
                yield item.source, exc


def store_extraction(store, extraction: Extraction, minter: Minter) -> int:
    """Write one article's graph whole (replacing any earlier version); return its triple count."""
    triples = extraction_to_triples(extraction, minter)
    store.put_article(minter.graph(extraction.article.article.id), triples)
    return len(triples)


def ingest_paths(store, paths: Iterable[str | Path], settings: dict, *,
                 published: datetime | None = None, force: bool = False,
                 on_article: Callable[[ArticleOutcome], None] | None = None) -> IngestReport:
    """Ingest every article under `paths` into `store`, one atomic write per article.

    An article already stored with the same cleaned text is skipped unless `force`: that makes a
    re-run after a crash resume where it stopped, and re-ingesting a corpus cheap.
    """
    minter = Minter(str(settings["base_iri"]))
    model = str(settings["spacy_model"])
    report = IngestReport()
    for path in paths:
        for item in read_articles(path, published=published, max_bytes=int(settings["max_input_bytes"])):
            outcome = _ingest_one(store, item, path, minter, model, force)
            report.outcomes.append(outcome)
            if on_article:
                on_article(outcome)
    return report


def _ingest_one(store, item: Article | DkbError, path, minter: Minter, model: str,
                force: bool) -> ArticleOutcome:
    if isinstance(item, DkbError):
        return ArticleOutcome(source=_source_of(item, path), error=str(item))
    outcome = ArticleOutcome(source=item.source, article_id=item.id)
    try:
        clean = cleaning.clean(item)
        if not force and stored_unchanged(store, minter.graph(item.id), clean.content_hash):
            outcome.unchanged = True
            return outcome
        extraction = extract_clean(clean, model)
        outcome.triples = store_extraction(store, extraction, minter)
        outcome.events = len(extraction.events)
    except DkbError as exc:
        outcome.error = str(exc) if item.source in str(exc) else f"{item.source}: {exc}"
    return outcome


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
