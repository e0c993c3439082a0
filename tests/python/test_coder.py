"""detente.Coder: coding from Python gives the CLI's events; threads, GIL, rejects."""
from __future__ import annotations

import json
import os
import pickle
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

import detente
from conftest import REPO, coder_options, run_cli

EXAMPLES = os.path.join(REPO, "examples")


def example_text():
    names = sorted(n for n in os.listdir(EXAMPLES) if n.endswith(".txt"))
    if not names:
        pytest.skip("no examples/*.txt")
    with open(os.path.join(EXAMPLES, names[0]), encoding="utf-8") as f:
        return f.read()
RECORD_KEYS = ["doc_id", "sentence", "date", "source", "target", "code", "root", "quad", "goldstein", "plover",
               "mode", "source_text", "target_text", "verb_text", "spans", "location", "pattern", "text"]


def reuters_docs(path, n):
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("body"):
                docs.append(d)
            if len(docs) == n:
                break
    return docs


def canon(events):
    return sorted(json.dumps(e, sort_keys=True, ensure_ascii=False) for e in events)


# --- without the model -------------------------------------------------------


def test_package_imports():
    assert detente.__version__
    assert callable(detente.Coder)
    assert issubclass(detente.Error, RuntimeError)
    assert detente.resource_path("data/actors").endswith("data/actors")


def test_missing_model_is_a_numbered_error(tmp_path):
    with pytest.raises(detente.Error) as ei:
        detente.Coder(model=str(tmp_path / "no-such-model.bin"))
    assert ei.value.id == "E004"
    assert "no-such-model.bin" in str(ei.value)


# --- with the model ----------------------------------------------------------


def test_code_example_gives_design_records(coder):
    text = example_text()
    events = coder.code(text, date="2019-10-24", doc_id="yonhap")
    assert isinstance(events, list)
    raw = text.encode("utf-8")
    for e in events:
        assert list(e)[: len(RECORD_KEYS)] == RECORD_KEYS
        assert e["doc_id"] == "yonhap" and e["date"] == "2019-10-24"
        for role in ("source", "verb", "target"):
            b, end = e["spans"][role]
            assert 0 <= b <= end <= len(raw)
        b, end = e["spans"]["verb"]
        assert raw[b:end].decode("utf-8") in e["text"]
        assert e["text"] in text


def test_date_forms(coder):
    import datetime

    text = "South Korea's president met Japan's prime minister in Tokyo on Thursday."
    a = coder.code(text, date="2019-10-24")
    b = coder.code(text, date=datetime.date(2019, 10, 24))
    assert a == b
    assert all(e["date"] == "" for e in coder.code(text))
    with pytest.raises(ValueError):
        coder.code(text, date="not a date")
    with pytest.raises(ValueError):
        coder.code("NUL\x00byte")


def test_code_files_equals_cli(coder, cli, tmp_path):
    # The examples directory: text and HTML stories, coded by both.
    inputs = [os.path.join(REPO, "examples")]
    p = run_cli(cli, ["code", *inputs, "--format", "jsonl", "--date", "2019-10-24", "-q"])
    cli_events = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    res = coder.code_files(inputs, date="2019-10-24")
    assert res["events"] == cli_events  # same events, same order
    assert res["stats"]["read"] == res["stats"]["coded"] + res["stats"]["rejected"]
    # output= writes the CLI's bytes.
    out = tmp_path / "events.jsonl"
    coder.code_files(inputs, date="2019-10-24", output=str(out), threads=2)
    assert out.read_text(encoding="utf-8") == p.stdout


def test_code_many_matches_code_and_any_thread_count(coder, reuters):
    docs = reuters_docs(reuters, 120)
    one_by_one = []
    for d in docs:
        one_by_one.extend(coder.code(d["body"], date=d["date"], doc_id=str(d["id"]), title=d.get("title", "")))
    assert coder.code_many(docs, threads=1) == one_by_one
    assert coder.code_many(docs, threads=2) == one_by_one
    assert coder.code_many(docs, threads=7) == one_by_one


def test_code_many_rejects(coder):
    docs = [
        {"id": "ok", "date": "2019-10-24", "text": "Japan imposed sanctions on North Korea."},
        {"id": "no-text", "date": "2019-10-24"},
        {"id": "bad-date", "date": "someday", "text": "Japan imposed sanctions on North Korea."},
        {"id": "nul", "text": "a\x00b"},
        "A plain string is a document too.",
    ]
    with pytest.raises(ValueError, match="no-text"):
        coder.code_many(docs)
    rejects = []
    events = coder.code_many(docs, rejects=rejects, threads=2)
    assert [(r["index"], r["id"]) for r in rejects] == [(1, "no-text"), (2, "bad-date"), (3, "nul")]
    assert "no text field" in rejects[0]["reason"]
    assert all(e["doc_id"] in ("ok", "4") for e in events)
    with pytest.raises(TypeError):
        coder.code_many([42])


def test_one_coder_shared_by_threads(coder, reuters):
    docs = reuters_docs(reuters, 60)
    serial = [coder.code(d["body"], date=d["date"], doc_id=str(d["id"])) for d in docs]
    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(lambda d: coder.code(d["body"], date=d["date"], doc_id=str(d["id"])), docs))
    assert parallel == serial


def test_gil_is_released_while_coding(coder, reuters):
    docs = reuters_docs(reuters, 400)
    window = {}

    def work():
        window["start"] = time.perf_counter()
        coder.code_many(docs, threads=1)
        window["end"] = time.perf_counter()

    t = threading.Thread(target=work)
    ticks = []
    t.start()
    while t.is_alive():
        ticks.append(time.perf_counter())
        time.sleep(0.001)
    t.join()
    start, end = window["start"], window["end"]
    if end - start < 0.3:
        pytest.skip(f"coding took only {end - start:.2f}s: too short to observe")
    # The Python thread kept running during the C++ call's middle part.
    inside = [x for x in ticks if start + 0.1 * (end - start) < x < end - 0.1 * (end - start)]
    assert len(inside) > 20, f"only {len(inside)} ticks of the main thread in {end - start:.2f}s of coding"


def test_code_files_origin_renames_a_slice(coder, tmp_path):
    # Lines 41.. of a notional big file: documents without an id are named by
    # the big file's path and line, and so are rejects.
    chunk = tmp_path / "chunk.jsonl"
    chunk.write_text(
        json.dumps({"date": "2019-10-24", "text": "Japan imposed sanctions on North Korea."}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "x", "date": "2019-10-24", "text": "China criticized Japan."}) + "\n",
        encoding="utf-8")
    res = coder.code_files([str(chunk)], origin=(str(chunk), "big.jsonl", 40))
    assert res["stats"] == dict(res["stats"], read=3, coded=2, rejected=1)
    assert [(r["file"], r["line"]) for r in res["rejects"]] == [("big.jsonl", 42)]
    for e in res["events"]:
        assert e["doc_id"] in ("big.jsonl:41", "x")


def test_pickles_as_its_options(coder):
    again = pickle.loads(pickle.dumps(coder))
    assert again.options == coder.options
    assert pickle.loads(pickle.dumps(coder)) is again  # loaded once per process
    assert detente.cached_coder(coder_options()) is detente.cached_coder(coder_options())


def test_explain(coder):
    j = coder.explain("Japan imposed sanctions on North Korea.", date="2019-10-24")
    assert j["sentences"] and "events" in j
    assert isinstance(coder.explain("Japan imposed sanctions on North Korea.", as_text=True), str)


def test_events_frame(coder):
    events = coder.code("Japan imposed sanctions on North Korea. China criticized Japan.", date="2019-10-24",
                        doc_id="d")
    df = detente.events_frame(events)
    assert list(df.columns) == detente.EVENT_COLUMNS
    assert len(df) == len(events)
    assert str(df["date"].dtype).startswith("datetime64")
    empty = detente.events_frame([])
    assert list(empty.columns) == detente.EVENT_COLUMNS and len(empty) == 0
