"""pledgewatch.schema loads pandera without hypothesis (its data-synthesis strategies), and validates the same."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from pledgewatch import schema


def test_schema_import_leaves_hypothesis_unloaded_and_importable():
    code = ("import sys, pledgewatch.schema as s; s.validate('manifest', s.empty('manifest')); "
            "print('hypothesis' in sys.modules); import hypothesis.strategies; print('importable')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "importable"]


def test_validation_still_refuses_a_bad_value():
    import pandera.errors

    bad = schema.empty("manifest").iloc[:0].copy()
    row = {c: None for c in bad.columns}
    row["status"] = "not-a-status"
    with pytest.raises((pandera.errors.SchemaError, pandera.errors.SchemaErrors)):
        schema.validate("manifest", pd.DataFrame([row], columns=bad.columns))
