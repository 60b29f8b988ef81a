"""The offline engine: spaCy parse plus data-driven rules, no LLM and no network."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from spacy.language import Language
from spacy.tokens import Doc

from extractor.config import Settings
from extractor.engines.offline.analysis import DocView, build_view
from extractor.engines.offline.claims import ClaimFinder
from extractor.engines.offline.dates import DateReader, publication_date_from_text
from extractor.engines.offline.events import StrikeFinder
from extractor.engines.offline.gates import gate_mentions
from extractor.engines.offline.matchers import get_matchers
from extractor.engines.offline.merging import merge_mentions
from extractor.engines.offline.nlp import MODEL_NAME, load_nlp, model_version, parse_pieces, split_pieces
from extractor.engines.offline.records import field_rules, strike_report
from extractor.engines.offline.rules import load_engine_rules
from extractor.engines.offline.summary import extractive_summary
from extractor.gazetteer import get_gazetteer
from extractor.lexicons import data_hash
from extractor.provenance import code_hash
from extractor.schemas import Article, ArticleExtraction, EngineIdentity, RunMetadata, schema_hash

MULTIPROCESS_MIN_ARTICLES = 24
"""Below this many articles a second process costs more to start than it saves."""
BATCH_SIZE = 16


class OfflineEngine:
    """Extracts strikes and claims with spaCy and the rule files in ``extractor/data/lexicons``."""

    name = "offline"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.rules = load_engine_rules()
        self._identity: EngineIdentity | None = None

    @property
    def model(self) -> str:
        return f"{MODEL_NAME}-{model_version()}"

    def identity(self) -> EngineIdentity:
        """The spaCy model, the lexicon and rule files, and the source of this package and what it imports."""
        if self._identity is None:
            self._identity = EngineIdentity(
                engine=self.name,
                model=self.model,
                schema_hash=schema_hash(ArticleExtraction),
                data_hash=data_hash(),
                code_hash=code_hash(__package__ or "extractor.engines.offline"),
            )
        return self._identity

    def extract(self, article: Article) -> ArticleExtraction:
        started = time.perf_counter()
        nlp = load_nlp()
        docs = [(offset, nlp(piece)) for offset, piece in split_pieces(article.text)]
        return self._extract_docs(article, docs, started)

    def extract_batch(self, articles: Iterable[Article]) -> Iterator[tuple[Article, ArticleExtraction | Exception]]:
        """Parse with ``nlp.pipe`` (two processes for large batches) and yield each article when done.

        A failing article is yielded with its exception; the batch goes on. If the parser itself
        fails mid-batch, the articles not yet done are extracted one by one.
        """
        items = list(articles)
        if not items:
            return
        try:
            nlp = load_nlp()
        except Exception as exc:  # noqa: BLE001 - a broken model fails every article, reported per article
            for article in items:
                yield article, exc
            return
        done: set[int] = set()
        try:
            for index, docs, started in self._parsed(nlp, items):
                done.add(index)
                yield items[index], self._outcome(items[index], docs, started)
        except Exception:  # noqa: BLE001 - finish the rest without the batch parser
            for index, article in enumerate(items):
                if index not in done:
                    yield article, self._outcome(article, None, time.perf_counter())

    def _parsed(self, nlp: Language, items: list[Article]) -> Iterator[tuple[int, list[tuple[int, Doc]], float]]:
        """(index, [(offset, doc)], start time) for each article once all its pieces are parsed."""
        n_process = 2 if len(items) >= MULTIPROCESS_MIN_ARTICLES else 1
        pieces_left = {i: len(split_pieces(a.text)) for i, a in enumerate(items)}
        parsed: dict[int, list[tuple[int, Doc]]] = {}
        clock = time.perf_counter()
        stream = parse_pieces(
            nlp, ((i, a.text) for i, a in enumerate(items)), batch_size=BATCH_SIZE, n_process=n_process
        )
        for key, offset, doc in stream:
            index = int(str(key))
            parsed.setdefault(index, []).append((offset, doc))
            if len(parsed[index]) == pieces_left[index]:
                yield index, sorted(parsed.pop(index), key=lambda piece: piece[0]), clock
                clock = time.perf_counter()

    def _outcome(
        self, article: Article, docs: list[tuple[int, Doc]] | None, started: float
    ) -> ArticleExtraction | Exception:
        """The extraction of one article, or the exception that stopped it."""
        try:
            if docs is None:
                return self.extract(article)
            return self._extract_docs(article, docs, started)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
            return exc

    def _extract_docs(self, article: Article, docs: list[tuple[int, Doc]], started: float) -> ArticleExtraction:
        rules = self.rules
        nlp = load_nlp()
        matchers = get_matchers(nlp, rules)
        published = article.published or publication_date_from_text(article.text, rules)
        dates = DateReader(rules, published)
        views: list[DocView] = [build_view(doc, offset, matchers, rules) for offset, doc in docs]
        finder = StrikeFinder(rules, matchers, get_gazetteer(), dates)
        finder.resolve_ambiguous(views)
        mentions = []
        for view in views:
            mentions.extend(finder.mentions(view, {}))
        gated = gate_mentions(mentions, rules)
        events = merge_mentions(gated.kept, frozenset(finder.air_countries), finder.place_countries)
        strikes = [strike_report(event, article.text) for event in events]
        # Claims are statements about the article's strikes: with no strike found, threats and warnings remain.
        claims = (
            ClaimFinder(rules, finder).claims(
                views, article.text, events, gated.other_event_sentences | gated.campaign_sentences
            )
            if events
            else []
        )
        summary = extractive_summary(events, article.text)
        return ArticleExtraction(
            article_id=article.id,
            strikes=strikes,
            claims=claims,
            summary=summary,
            field_rules=field_rules(events, strikes),
            metadata=RunMetadata(
                identity=self.identity(),
                attempts=1,
                latency_ms=(time.perf_counter() - started) * 1000,
                chunks=len(docs),
                created_at=datetime.now(UTC),
            ),
        )
