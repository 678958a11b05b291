"""All scoring of pledgewatch's output against hand-made labels, in one place.

- `gold`: `pledgewatch eval` (`make eval`): the pipeline run on each gold set of `../shared/eval` and scored with its
  `score.py` (statements, speakers, cues, pledges, appeals, capabilities) and the hand-coded `coding_dev` with
  `score_coding.py`; the error analysis in `reports/eval/`. `score_all()` is what notebook 06 shows.
- `speakers`: speaker resolution alone, fed the gold mentions (`python -m pledgewatch.evaluation.speakers`).
- `coding_rules`: the coding rules alone, fed the gold statements (`python -m pledgewatch.evaluation.coding_rules`).
- `agreement`: `pledgewatch agree`: a hand-coded sample against the machine, and two coders against each other.

Every scorer reads `../shared` (research-only material, never committed) and skips with a message where it is absent.
"""
