"""Field accuracy on matched strikes: on what share of the strikes it found does the engine get the date,
the place and the killed figures right? (the real-news issue's measure, beside the per-field F1).

``python -m benchmarks.matched_fields [--gold DIR --articles DIR] [RUN_FILE ...]`` (default: the committed
offline baselines) prints, per run, how many strikes were matched and the share with the right date, place and
killed figures; ``--gold``/``--articles`` name the folders of runs made on gold outside the repository.
"""

from __future__ import annotations

import sys
from pathlib import Path

from extractor.errors import ExtractorError
from extractor.evaluation.runs import EvalRun, load_run
from extractor.evaluation.scoring import NameJudge, casualties_agree, dates_agree
from extractor.evaluation.suite import EvalInputError, load_inputs
from extractor.schemas import StrikeReport

ROOT = Path(__file__).resolve().parents[1]


def _place_right(pred: StrikeReport, gold: StrikeReport, judge: NameJudge) -> bool:
    """The finest level gold names (place, else region, else country) is named alike by the prediction."""
    for level in ("place", "region", "country"):
        want = getattr(gold.location, level)
        if want:
            got = getattr(pred.location, level)
            return bool(got) and judge.same(got, want, ("place", "country"))
    return not (pred.location.place or pred.location.region or pred.location.country)


def _date_right(pred: StrikeReport, gold: StrikeReport) -> bool:
    if gold.strike_date is None or pred.strike_date is None:
        return gold.strike_date is None and pred.strike_date is None
    return dates_agree(pred.strike_date, pred.date_precision, gold.strike_date, gold.date_precision)


def _killed_right(pred: StrikeReport, gold: StrikeReport) -> bool:
    """Every killed entry of gold has an agreeing predicted one, and nothing killed is predicted beyond gold."""
    want = [c for c in gold.casualties if c.kind == "killed"]
    got = [c for c in pred.casualties if c.kind == "killed"]
    return len(want) == len(got) and all(any(casualties_agree(p, g) for p in got) for g in want)


def matched_field_accuracy(
    run: EvalRun, gold_dir: Path | None = None, articles_dir: Path | None = None
) -> dict[str, float | int]:
    """Matched strikes and the share of them with the right date, place and killed figures. ``gold_dir`` and
    ``articles_dir`` stand in for the run's own folders (a run on folders outside the repository keeps only their
    names)."""
    inputs = load_inputs(
        gold_dir or ROOT / run.config.gold_dir, articles_dir or ROOT / run.config.articles_dir, run.config.suite
    )
    missing = [a.article_id for a in run.articles if a.article_id not in inputs.gold]
    if missing:
        raise EvalInputError(f"{missing[0]}: the run's article has no gold in the given folder")
    matched = date = place = killed = 0
    for article in run.articles:
        if article.prediction is None:
            continue
        gold = inputs.gold[article.article_id]
        judge = NameJudge(gold.alternatives)
        for pair in article.score.strike_pairs:
            g, p = gold.strikes[pair.gold], article.prediction.strikes[pair.predicted]
            matched += 1
            date += _date_right(p, g)
            place += _place_right(p, g, judge)
            killed += _killed_right(p, g)
    share = (lambda n: round(n / matched, 3)) if matched else (lambda n: 0.0)
    return {"matched": matched, "date": share(date), "place": share(place), "killed": share(killed)}


def main(args: list[str]) -> int:
    """Print each run's matched-field shares; a bad run file or folder is one line on stderr and exit code 2."""
    if args[:1] in (["-h"], ["--help"]):
        print((__doc__ or "").strip())
        return 0
    folders: dict[str, Path] = {}
    while args[:1] in (["--gold"], ["--articles"]) and len(args) >= 2:
        folders[args[0]], args = Path(args[1]), args[2:]
    files = [Path(p) for p in args] or sorted((ROOT / "evals" / "runs").glob("baseline-offline*.json"))
    for path in files:
        try:
            run = load_run(path)
            print(run.config.suite, matched_field_accuracy(run, folders.get("--gold"), folders.get("--articles")))
        except ExtractorError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
