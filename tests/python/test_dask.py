"""detente.dask on a real cluster (a `dask scheduler` and two `dask worker`
processes on 127.0.0.1): the events equal the single-process CLI's as a
multiset, and a worker killed mid-job loses or duplicates nothing.

The default run codes the first DETENTE_DASK_DOCS (1200) Reuters documents
plus a few malformed lines; DETENTE_FULL_DASK=1 adds the whole corpus."""
from __future__ import annotations

import collections
import json
import os
import threading
import time

import pytest

import detente
from conftest import coder_options, need_model, run_cli

ddask = pytest.importorskip("detente.dask")

BAD_LINES = [
    "{this is not json",
    json.dumps({"id": "no-body", "date": "1987-03-01", "title": "no text here"}),
    json.dumps({"id": "no-date", "body": "Japan criticized the United States over trade."}),
    "",  # a blank line is not a document
]


def make_corpus(reuters, path, n):
    """The first n Reuters lines with malformed lines mixed in, as a new file."""
    with open(reuters, encoding="utf-8") as src, open(path, "w", encoding="utf-8") as out:
        for i, line in enumerate(src):
            if i == n:
                break
            out.write(line if line.endswith("\n") else line + "\n")
            if i % 400 == 200:  # 3 malformed lines in the first 1200
                out.write(BAD_LINES[(i // 400) % len(BAD_LINES)] + "\n")
    return path


def canon_events(events):
    return collections.Counter(json.dumps(e, sort_keys=True, ensure_ascii=False) for e in events)


def canon_rejects(rejects):
    return collections.Counter((r["file"], r["line"], r["id"], r["reason"]) for r in rejects)


def cli_reference(cli, path, tmp_path):
    rej = tmp_path / "cli-rejects.jsonl"
    p = run_cli(cli, ["code", path, "--format", "jsonl", "--rejects", str(rej), "-q"])
    events = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    rejects = [json.loads(l) for l in rej.read_text(encoding="utf-8").splitlines() if l.strip()]
    return events, rejects


# --- partitioning (no model needed) -----------------------------------------


def test_partitions_cover_every_line_once(tmp_path):
    import dask

    lines = [json.dumps({"id": i, "text": "x" * (i * 37 % 500)}) for i in range(2000)]
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")  # no final newline
    parts = ddask.plan_partitions([str(path)], blocksize=4096)
    assert len(parts) > 10 and all(p.is_range for p in parts)
    prefixes = ddask._newline_prefixes(parts)
    seen = []
    with open(path, "rb") as f:
        size = os.path.getsize(path)
        for p in parts:
            begin = ddask._line_start_at_or_after(f, p.start, size)
            stop = ddask._line_start_at_or_after(f, p.end, size)
            f.seek(begin)
            chunk = f.read(max(stop - begin, 0)).decode()
            first_line = dask.compute(prefixes[p.index])[0] + (1 if begin > p.start else 0) + 1
            for k, line in enumerate(l for l in chunk.split("\n") if l):
                assert lines[first_line + k - 1] == line
                seen.append(first_line + k)
    assert seen == list(range(1, len(lines) + 1))


def test_small_files_are_grouped(tmp_path):
    for i in range(10):
        (tmp_path / f"story-{i}.txt").write_text("word " * 300)
    parts = ddask.plan_partitions(str(tmp_path / "*.txt"), blocksize=4000)
    assert sum(len(p.files) for p in parts) == 10 and 1 < len(parts) < 10
    with pytest.raises(FileNotFoundError):
        ddask.plan_partitions(str(tmp_path / "*.jsonl"))


# --- on the cluster ----------------------------------------------------------


def test_cluster_matches_cli(dask_cluster, cli, reuters, tmp_path):
    need_model()
    n = int(os.environ.get("DETENTE_DASK_DOCS", "1200"))
    corpus = make_corpus(reuters, str(tmp_path / "reuters-subset.jsonl"), n)
    want_events, want_rejects = cli_reference(cli, corpus, tmp_path)
    out = tmp_path / "out"
    summary = ddask.code_files(corpus, client=dask_cluster.client, output=str(out), blocksize="256KiB",
                               coder_options=coder_options())
    assert summary["partitions"] > 4
    got_events, got_rejects = ddask.read_output(str(out)), ddask.read_rejects(str(out))
    assert canon_rejects(got_rejects) == canon_rejects(want_rejects)
    # The malformed lines are among them, with their line numbers in the file.
    assert {"malformed JSON", "no text field", "no date"} <= {r["reason"].split(":")[0].split(" (")[0]
                                                              for r in want_rejects}
    assert summary["events"] == len(want_events)
    assert canon_events(got_events) == canon_events(want_events)
    added = sum(1 for i in range(n) if i % 400 == 200 and BAD_LINES[(i // 400) % len(BAD_LINES)])
    assert summary["read"] == summary["coded"] + summary["rejected"] == n + added
    assert summary["rejected"] == len(want_rejects)
    # Each worker process loaded the resources at most once (one cached Coder).
    loaded = dask_cluster.client.run(lambda: len(detente._cache))
    assert len(loaded) == 2 and all(v <= 1 for v in loaded.values()) and sum(loaded.values()) >= 1


def test_cluster_dataframe(dask_cluster, cli, reuters, tmp_path):
    need_model()
    corpus = make_corpus(reuters, str(tmp_path / "reuters-small.jsonl"), 400)
    want_events, want_rejects = cli_reference(cli, corpus, tmp_path)
    ddf = ddask.code_files(corpus, blocksize="128KiB", coder_options=coder_options(), rejects=str(tmp_path / "rej"))
    assert list(ddf.columns) == detente.EVENT_COLUMNS
    df = dask_cluster.client.compute(ddf).result()
    key = lambda r: (r["doc_id"], r["sentence"], r["source"], r["target"], r["code"], r["verb_begin"])
    got = collections.Counter(key(r) for r in df.to_dict("records"))
    want = collections.Counter(key(r) for r in detente.events_frame(want_events).to_dict("records"))
    assert got == want
    assert canon_rejects(ddask.read_rejects(str(tmp_path / "rej"))) == canon_rejects(want_rejects)


def test_worker_killed_mid_job(dask_cluster, cli, reuters, tmp_path):
    need_model()
    n = int(os.environ.get("DETENTE_DASK_DOCS", "1200"))
    corpus = make_corpus(reuters, str(tmp_path / "reuters-subset.jsonl"), n)
    want_events, want_rejects = cli_reference(cli, corpus, tmp_path)
    out = tmp_path / "out"
    result, error = {}, []

    def job():
        try:
            result.update(ddask.code_files(corpus, client=dask_cluster.client, output=str(out), blocksize="128KiB",
                                           coder_options=coder_options()))
        except Exception as e:  # surfaced below
            error.append(e)

    t = threading.Thread(target=job)
    t.start()
    deadline = time.time() + 300
    total = len(ddask.plan_partitions(corpus, "128KiB"))
    while time.time() < deadline and len(list(out.glob("part-*.jsonl"))) < 3:
        time.sleep(0.05)
    done_at_kill = len(list(out.glob("part-*.jsonl")))
    assert done_at_kill < total, "the job finished before a worker could be killed"
    dask_cluster.kill("w2")
    t.join(timeout=600)
    assert not t.is_alive(), "the job did not finish after a worker was killed"
    assert not error, error
    assert len(dask_cluster.client.scheduler_info()["workers"]) == 1
    assert len(list(out.glob("part-*.jsonl"))) == total
    assert not list(out.glob("*.tmp-*"))
    assert canon_events(ddask.read_output(str(out))) == canon_events(want_events)
    assert canon_rejects(ddask.read_rejects(str(out))) == canon_rejects(want_rejects)
    assert result["read"] == result["coded"] + result["rejected"]


@pytest.mark.skipif(os.environ.get("DETENTE_FULL_DASK") != "1", reason="the whole corpus: set DETENTE_FULL_DASK=1")
def test_cluster_full_reuters(dask_cluster, cli, reuters, tmp_path):
    need_model()
    want_events, want_rejects = cli_reference(cli, reuters, tmp_path)
    out = tmp_path / "out"
    summary = ddask.code_files(reuters, client=dask_cluster.client, output=str(out), blocksize="2MiB",
                               coder_options=coder_options())
    assert canon_events(ddask.read_output(str(out))) == canon_events(want_events)
    assert canon_rejects(ddask.read_rejects(str(out))) == canon_rejects(want_rejects)
    assert summary["read"] == summary["coded"] + summary["rejected"]
