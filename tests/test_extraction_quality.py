"""Extraction quality: the real seed articles exactly, and precision/recall on our labelled set.

The labelled set has a `dev` half (rules may be tuned on it) and a `holdout` half (never
tuned on); both are reported. Figures are printed with `pytest -s` and in the summary.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spbe.extract.article import extract_path
from tests.labelled import evaluate, score

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

# The bar for the whole labelled set.
BAR_PRECISION, BAR_RECALL = 0.97, 0.95


@pytest.mark.skipif(not (SEEDS / "gold.jsonl").exists(), reason="shared/seeds not beside the repo")
@pytest.mark.parametrize(
    "gold",
    [json.loads(line) for line in (SEEDS / "gold.jsonl").read_text("utf-8").splitlines()]
    if (SEEDS / "gold.jsonl").exists()
    else [],
    ids=lambda g: g["id"],
)
def test_seed_articles_come_out_exactly(gold):
    result = extract_path(SEEDS / f"{gold['id']}.txt")
    s = score(gold["id"], gold["records"], [r.to_json() for r in result.records])
    assert s.errors == []
    assert (result.published.isoformat() if result.published else None) == gold["published"]


@pytest.fixture(scope="module")
def quality():
    out = {split: evaluate(split)[0] for split in ("dev", "holdout")}
    out["all"] = evaluate(None)[0]
    return out


def test_labelled_set_report(quality, record_property, capsys):
    with capsys.disabled():
        print()
        for split, s in quality.items():
            print(
                f"extraction quality [{split}]: precision {s.precision:.3f} recall "
                f"{s.recall:.3f} (tp {s.tp}, fp {s.fp}, fn {s.fn})"
            )
    for split, s in quality.items():
        record_property(f"{split}_precision", round(s.precision, 3))
        record_property(f"{split}_recall", round(s.recall, 3))


def test_labelled_set_meets_the_bar(quality):
    total = quality["all"]
    assert total.precision >= BAR_PRECISION, "\n".join(total.errors)
    assert total.recall >= BAR_RECALL, "\n".join(total.errors)
