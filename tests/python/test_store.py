"""detente.read_events and detente.dyad: a database as pandas DataFrames,
checked against `detente export` and `detente dyad` on the same database."""
from __future__ import annotations

import io
import json
import math
import subprocess

import pytest

import detente

pd = pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("store") / "synthetic.db")
    n = detente._detente._synthetic_db(path, 20000)
    assert n >= 20000
    return path


def test_read_events(db):
    df = detente.read_events(db)
    assert len(df) >= 20000
    assert list(df.columns[:2]) == ["event_id", "doc_id"]
    assert set(detente.EVENT_COLUMNS) <= set(df.columns)
    assert str(df["date"].dtype).startswith("datetime64")
    days = sorted(df["date"].unique())
    start, end = pd.Timestamp(days[len(days) // 4]), pd.Timestamp(days[3 * len(days) // 4])
    kor = detente.read_events(db, sources=["KOR"], codes=["0"], start=start.date(), end=end.strftime("%Y-%m-%d"))
    assert len(kor) > 0
    assert kor["source"].str.startswith("KOR").all()
    assert kor["code"].str.startswith("0").all()
    assert kor["date"].min() >= start and kor["date"].max() <= end
    assert len(kor) < len(detente.read_events(db, sources=["KOR"], codes=["0"]))
    assert len(detente.read_events(db, limit=7)) == 7


def test_read_events_equals_cli_export(db, cli):
    p = subprocess.run([cli, "export", "--db", db, "--actor", "JPN", "--format", "jsonl"], capture_output=True,
                       text=True, check=True)
    cli_rows = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    df = detente.read_events(db, actors=["JPN"])
    assert len(df) == len(cli_rows)
    assert list(df["event_id"]) == [r["event_id"] for r in cli_rows]
    assert list(df["code"]) == [r["code"] for r in cli_rows]
    assert list(df["num_mentions"]) == [r["num_mentions"] for r in cli_rows]


def test_dyad_equals_cli(db, cli):
    df = detente.dyad(db, "KOR", "JPN", by="year")
    assert df.attrs["a"] == "KOR" and isinstance(df.index, pd.DatetimeIndex)
    assert (df["both_events"] == df["ab_events"] + df["ba_events"]).all()
    assert df["both_events"].sum() > 0
    p = subprocess.run([cli, "dyad", "KOR", "JPN", "--db", db, "--by", "year", "--format", "csv"],
                       capture_output=True, text=True, check=True)
    ref = pd.read_csv(io.StringIO(p.stdout), dtype={"period": str})
    assert list(df["period"]) == list(ref["period"])
    for col in ref.columns:
        if col in ("period", "start"):
            continue
        got, want = df[col].tolist(), ref[col].tolist()
        for g, w in zip(got, want):
            if isinstance(w, float) and math.isnan(w):
                assert math.isnan(g), col
            else:
                assert g == pytest.approx(w, abs=1e-3), col


def test_dyad_options(db):
    m = detente.dyad(db, "KOR", "JPN", by="month", start="2010-01", end="2010-12")
    assert list(m["period"]) == [f"2010-{i:02d}" for i in range(1, 13)]
    every = detente.dyad(db, "KOR", "JPN", by="month", start="2010-01", end="2010-12", all_events=True)
    assert (every["both_events"] >= m["both_events"]).all()
    with pytest.raises(detente.Error):
        detente.dyad(db, "KOR", "JPN", by="fortnight")


def test_missing_database_is_an_error(tmp_path):
    with pytest.raises(detente.Error):
        detente.read_events(str(tmp_path / "nope.db"))
