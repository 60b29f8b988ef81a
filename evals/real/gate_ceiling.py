"""How much a perfect sentence classifier could add as the offline engine's mention gate (run 2026-12-07).

    python evals/real/gate_ceiling.py [SUITE]     (default real-dev; never run it on the test split)

The engine's gates (``extractor/engines/offline/gates.py``) judge each strike mention: a report of a strike, talk
about strikes, or another event. A trained sentence classifier would replace or overrule them. Its ceiling is an
oracle that knows which sentences the gold quotes as strike evidence:

- ``keep``: a mention in a gold evidence sentence that a gate rejected is kept (what a classifier could rescue);
- ``drop``: a mention the gates kept in no gold evidence sentence is dropped (what it could remove);
- ``both``; and ``none``, the engine as it is.

Strike and claim counts are printed for each; a classifier can only do worse than its oracle.
"""

from __future__ import annotations

import sys
import warnings
from collections import Counter

from extractor.config import Settings
from extractor.engines.offline import gates
from extractor.engines.offline.events import Mention
from extractor.engines.offline.rules import Rules
from extractor.evaluation.scoring import Counts
from extractor.evaluation.suite import load_inputs, run_eval, suite_dirs

MODES = ("none", "keep", "drop", "both")


def _prf(counts: Counts) -> str:
    tp, fp, fn = counts.tp, counts.fp, counts.fn
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"tp {tp} fp {fp} fn {fn} P {p:.2f} R {r:.2f} F1 {f:.3f}"


def main(suite: str = "real-dev") -> None:
    """Score the suite once per oracle mode and print one line each."""
    if suite == "real-test":
        raise SystemExit("gate_ceiling: the test split is scored as a whole only, never analysed")
    warnings.filterwarnings("ignore")
    inputs = load_inputs(*suite_dirs(suite))
    quotes = [" ".join(e.quote.split()) for g in inputs.gold.values() for s in g.strikes for e in s.evidence]
    original = gates.rejecting_gate
    oracle = gates.Gate("oracle", lambda mention, rules: True, "drop")

    for mode in MODES:
        changed: Counter[str] = Counter()

        def judged(
            mention: Mention, rules: Rules, mode: str = mode, changed: Counter[str] = changed
        ) -> gates.Gate | None:
            gate = original(mention, rules)
            text = " ".join(mention.segment.span.text.split())
            in_gold = any(q in text or (len(text) > 30 and text in q) for q in quotes)
            if mode in ("keep", "both") and in_gold and gate is not None:
                changed["kept"] += 1
                return None
            if mode in ("drop", "both") and not in_gold and gate is None:
                changed["dropped"] += 1
                return oracle
            return gate

        gates.rejecting_gate = judged
        try:
            run = run_eval(inputs, Settings(engine="offline", use_cache=False), concurrency=1)
        finally:
            gates.rejecting_gate = original
        print(
            f"{mode:5} strikes {_prf(run.aggregate.strikes)} | claims {_prf(run.aggregate.claims)}"
            f" | mentions kept {changed['kept']}, dropped {changed['dropped']}"
        )


if __name__ == "__main__":
    main(*sys.argv[1:2])
