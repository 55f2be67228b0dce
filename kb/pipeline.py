"""The one orchestrator: source -> cleaning -> extraction -> RDF -> store, in that order."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kb import cleaning, nlp
from kb.errors import DkbError, InputError
from kb.extract.actors import extract_actors
from kb.extract.dates import extract_dates
from kb.extract.disputes import extract_disputes
from kb.extract.events import extract_events
from kb.extract.places import extract_places
from kb.extract.quotes import extract_quotes
from kb.iris import Minter
from kb.model import Article, Extraction
from kb.rdf import extraction_to_triples
from kb.sources import read_articles


@dataclass
class ArticleOutcome:
    source: str
    article_id: str | None = None
    events: int = 0
    triples: int = 0
    error: str | None = None


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
    def events(self) -> int:
        return sum(o.events for o in self.stored)

    @property
    def triples(self) -> int:
        return sum(o.triples for o in self.stored)


def extract_article(article: Article, model: str = "auto") -> Extraction:
    """Clean one article and draw its actors, dates, places, events, disputes and quotes."""
    clean = cleaning.clean(article)
    doc = nlp.get_nlp(model)(clean.text)
    actors = extract_actors(doc, clean)
    dates = extract_dates(doc, clean.published)
    places = extract_places(doc, actors)
    events = extract_events(doc, actors, dates, places, clean.published)
    disputes = extract_disputes(doc, actors, events, clean.published)
    quotes = extract_quotes(doc, actors, events)
    return Extraction(article=clean, actors=actors, events=events, disputes=disputes, quotes=quotes)


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
                 published: datetime | None = None,
                 on_article: Callable[[ArticleOutcome], None] | None = None) -> IngestReport:
    """Ingest every article under `paths` into `store`, one atomic write per article."""
    minter = Minter(str(settings["base_iri"]))
    report = IngestReport()
    for source, result in iter_extractions(paths, published=published,
                                           model=str(settings["spacy_model"]),
                                           max_bytes=int(settings["max_input_bytes"])):
        outcome = ArticleOutcome(source=source)
        if isinstance(result, DkbError):
            outcome.error = str(result)
        else:
            outcome.article_id = result.article.article.id
            try:
                outcome.triples = store_extraction(store, result, minter)
                outcome.events = len(result.events)
            except DkbError as exc:
                outcome.error = f"{source}: {exc}"
        report.outcomes.append(outcome)
        if on_article:
            on_article(outcome)
    return report


def _source_of(error: DkbError, path: str | Path) -> str:
    return getattr(error, "source", None) or str(path)


def check_paths(paths: Iterable[str | Path]) -> None:
    """Fail early, naming the path, when an input path does not exist."""
    for path in paths:
        if str(path) != "-" and not Path(path).exists():
            raise InputError(f"{path}: no such file or directory", code="E101")
