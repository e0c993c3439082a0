"""Coding news on a Dask cluster.

``code_files(paths_or_glob, client=...)`` splits the inputs into partitions
(byte ranges of big JSON Lines files, cut at line boundaries; whole files
otherwise), codes each partition on a worker and either writes one JSON Lines
file per partition (``output=DIR``) or returns a dask DataFrame of the events.

- Each worker process loads the models and dictionaries once
  (``detente.cached_coder``) and shares them between its threads.
- The result is the same events ``detente code`` gives for the same inputs:
  document ids, line numbers in rejects and every event field match a
  single-process run (tests/python/test_dask.py checks it as a multiset).
- Tasks are idempotent: a partition's files are written to a temporary name
  and renamed, so a task re-run after a worker dies replaces its output and
  nothing is lost or duplicated.

docs/python.md shows how to run it on a cluster (an existing scheduler;
dask-jobqueue on Slurm; Dask on Kubernetes).
"""
from __future__ import annotations

import glob as _glob
import json
import operator
import os
import shutil
import tempfile
import uuid
from typing import Any, Iterable, Mapping, Sequence

import dask
from dask import delayed

from . import EVENT_COLUMNS, cached_coder, events_frame

__all__ = ["code_files", "plan_partitions", "Partition"]

_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
_MIB = 1 << 20


class Partition:
    """A unit of work: ``files`` coded whole, or bytes [start, end) of one JSON
    Lines file (the lines that *begin* in that range). ``path`` is the path as
    the user gave it (it names documents and rejects, as in the CLI); ``open_path``
    is absolute, for workers whose working directory differs."""

    __slots__ = ("index", "files", "path", "open_path", "start", "end")

    def __init__(self, index, files=None, path=None, open_path=None, start=0, end=0):
        self.index, self.files, self.path, self.open_path = index, files, path, open_path
        self.start, self.end = start, end

    @property
    def is_range(self) -> bool:
        return self.files is None

    def __repr__(self):
        if self.is_range:
            return f"Partition({self.index}, {self.path!r}, bytes {self.start}-{self.end})"
        return f"Partition({self.index}, {len(self.files)} files)"


def _parse_size(s) -> int:
    if isinstance(s, (int, float)):
        return int(s)
    units = {"kb": 1000, "mb": 1000**2, "gb": 1000**3, "kib": 1024, "mib": 1024**2, "gib": 1024**3, "b": 1}
    t = str(s).strip().lower().replace(" ", "")
    for u in sorted(units, key=len, reverse=True):
        if t.endswith(u):
            return int(float(t[: -len(u)]) * units[u])
    return int(t)


def _expand(paths_or_glob: str | Sequence[str]) -> list[str]:
    """Files in the order ``detente code`` reads them: each argument in turn,
    globs expanded in sorted order, directories recursively in sorted path order."""
    if isinstance(paths_or_glob, (str, os.PathLike)):
        paths_or_glob = [paths_or_glob]
    out = []
    for p in paths_or_glob:
        p = os.fspath(p)
        matches = sorted(_glob.glob(p, recursive=True)) if _glob.has_magic(p) else [p]
        if not matches:
            raise FileNotFoundError(f"detente.dask.code_files: no files match {p!r}")
        for m in matches:
            if os.path.isdir(m):
                found = []
                for root, dirs, files in os.walk(m):
                    found.extend(os.path.join(root, f) for f in files)
                out.extend(sorted(found))
            else:
                out.append(m)
    return out


def plan_partitions(paths_or_glob: str | Sequence[str], blocksize="32MiB") -> list[Partition]:
    """Cuts the inputs into partitions of about ``blocksize`` bytes: a JSON
    Lines file bigger than that becomes byte ranges; gzip, text and HTML
    files (which cannot be split) are grouped whole until a group reaches
    ``blocksize``. Reads no data (only file sizes)."""
    bs = max(_parse_size(blocksize), 1)
    parts: list[Partition] = []
    group: list[tuple[str, str]] = []
    group_bytes = 0

    def flush():
        nonlocal group, group_bytes
        if group:
            parts.append(Partition(len(parts), files=list(group)))
            group, group_bytes = [], 0

    for p in _expand(paths_or_glob):
        ap = os.path.abspath(p)
        size = os.path.getsize(ap) if os.path.exists(ap) else 0
        if p.endswith(_JSONL_SUFFIXES) and size > bs:
            flush()
            for start in range(0, size, bs):
                parts.append(Partition(len(parts), path=p, open_path=ap, start=start, end=min(start + bs, size)))
            continue
        group.append((p, ap))
        group_bytes += size
        if group_bytes >= bs:
            flush()
    flush()
    return parts


# ---------------------------------------------------------------------------
# tasks (run on the workers)


def _count_newlines(open_path: str, start: int, end: int) -> int:
    n = 0
    with open(open_path, "rb") as f:
        f.seek(start)
        left = end - start
        while left > 0:
            buf = f.read(min(left, 8 * _MIB))
            if not buf:
                break
            n += buf.count(b"\n")
            left -= len(buf)
    return n


def _line_start_at_or_after(f, pos: int, size: int) -> int:
    """The first offset >= pos at which a line begins."""
    if pos <= 0:
        return 0
    if pos >= size:
        return size
    f.seek(pos - 1)
    f.readline()  # ends just after the first "\n" at or after pos - 1
    return f.tell()


def _atomic_write_target(final: str) -> str:
    return f"{final}.tmp-{uuid.uuid4().hex}"


def _code_partition(part: Partition, newlines_before: int, opts: Mapping[str, Any], output: str | None,
                    rejects_dir: str | None):
    """Codes one partition on a worker. Returns (stats, events-or-None)."""
    coder = cached_coder(opts["coder"])
    read_opts = opts["read"]
    out_path = os.path.join(output, f"part-{part.index:05d}.{opts['ext']}") if output else None
    rej_path = os.path.join(rejects_dir, f"rejects-{part.index:05d}.jsonl") if rejects_dir else None
    # Written under names only this attempt uses, then renamed: a re-run (after
    # a worker died) replaces the files whole, never appends to them.
    tmp_out = _atomic_write_target(out_path) if out_path else None
    tmp_rej = _atomic_write_target(rej_path) if rej_path else None
    tmpdir = tempfile.mkdtemp(prefix="detente-part-")
    try:
        if part.is_range:
            with open(part.open_path, "rb") as f:
                size = os.fstat(f.fileno()).st_size
                begin = _line_start_at_or_after(f, part.start, size)
                stop = _line_start_at_or_after(f, part.end, size)
                chunk = os.path.join(tmpdir, "chunk.jsonl")
                with open(chunk, "wb") as out:
                    f.seek(begin)
                    left = max(stop - begin, 0)
                    while left > 0:
                        buf = f.read(min(left, 8 * _MIB))
                        if not buf:
                            break
                        out.write(buf)
                        left -= len(buf)
            # Lines before `begin`: the newlines before the range, plus the one
            # that ends the line straddling `start` (if any).
            offset = newlines_before + (1 if begin > part.start else 0)
            res = coder.code_files([chunk], output=tmp_out, origin=(chunk, part.path, offset), **read_opts)
        else:
            # Paths as the user gave them name the documents (as in the CLI);
            # absolute ones if the worker's working directory differs.
            given = [p for p, _ in part.files]
            paths = given if all(os.path.exists(p) for p in given) else [ap for _, ap in part.files]
            res = coder.code_files(paths, output=tmp_out, **read_opts)
        if out_path:
            os.replace(tmp_out, out_path)
        if rej_path:
            with open(tmp_rej, "w", encoding="utf-8") as f:
                for r in res["rejects"]:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
            os.replace(tmp_rej, rej_path)
        stats = dict(res["stats"], partition=part.index)
        return stats, res["events"]
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
        for t in (tmp_out, tmp_rej):
            if t and os.path.exists(t):
                try:
                    os.remove(t)
                except OSError:
                    pass


def _stats_only(result):
    return result[0]


def _frame_only(result):
    return events_frame(result[1] or [])


def _newline_prefixes(parts: list[Partition]) -> dict[int, Any]:
    """For each byte-range partition, a lazy count of the newlines in its file
    before its range (a chain of per-range counts; cheap next to coding)."""
    prefixes: dict[int, Any] = {}
    by_file: dict[str, list[Partition]] = {}
    for p in parts:
        if p.is_range:
            by_file.setdefault(p.open_path, []).append(p)
    for ranges in by_file.values():
        ranges.sort(key=lambda p: p.start)
        acc: Any = 0
        for p in ranges:
            prefixes[p.index] = acc
            count = delayed(_count_newlines, pure=True)(p.open_path, p.start, p.end,
                                                       dask_key_name=f"detente-count-{uuid.uuid4().hex}")
            acc = delayed(operator.add, pure=True)(acc, count, dask_key_name=f"detente-prefix-{uuid.uuid4().hex}")
    return prefixes


def code_files(
    paths_or_glob: str | Sequence[str],
    *,
    client=None,
    output: str | None = None,
    overwrite: bool = False,
    blocksize="32MiB",
    coder_options: Mapping[str, Any] | None = None,
    threads_per_task: int = 1,
    format: str = "jsonl",
    date=None,
    require_date: bool = True,
    text_fields: Sequence[str] = (),
    id_field: str = "id",
    date_field: str = "date",
    rejects: str | None = None,
    retries: int = 2,
):
    """Codes files on a Dask cluster.

    ``paths_or_glob``: a path, a glob ("news/2019-*.jsonl.gz") or a list of
    them; directories are read recursively. Paths must be readable by the
    workers under the same names (a shared file system, or absolute paths
    mounted alike).

    ``client``: a ``distributed.Client`` (None: the current client, or dask's
    default scheduler if there is none).

    With ``output=DIR``: writes ``DIR/part-NNNNN.jsonl`` (events, one file per
    partition, in input order within it; ``format`` may also be tsv, gdelt
    or csv) and ``DIR/rejects-NNNNN.jsonl`` (documents that could not be
    coded, with file, line and reason), waits for the job and returns a
    summary dict: read/coded/rejected/sentences/events totals (read == coded +
    rejected), ``partitions`` and ``output``. A DIR that already holds parts
    is refused unless ``overwrite=True``.

    Without ``output``: returns a lazy dask DataFrame of the events with
    ``detente.EVENT_COLUMNS`` (one partition per input partition); compute it
    or write it with ``to_csv``/``to_parquet``. Give ``rejects=DIR`` to keep
    the rejects report (``DIR/rejects-NNNNN.jsonl``) in this mode too.

    ``coder_options``: keyword arguments for ``detente.Coder`` (e.g.
    ``{"model": ..., "actors": [...], "home": "/shared/detente"}``); each
    worker process loads one Coder per distinct options, once.
    ``threads_per_task``: coding threads inside one task (leave at 1 and give
    workers ``--nthreads`` instead). ``date``, ``require_date``,
    ``text_fields``, ``id_field``, ``date_field``: as ``detente code``'s
    --date, --text-field, --id-field, --date-field.
    """
    parts = plan_partitions(paths_or_glob, blocksize)
    opts = {
        "coder": dict(coder_options or {}),
        "read": dict(threads=threads_per_task, format=format, date=date, require_date=require_date,
                     text_fields=list(text_fields), id_field=id_field, date_field=date_field),
        "ext": {"gdelt": "tsv"}.get(format, format),
    }
    if output is None and format != "jsonl":
        raise ValueError("detente.dask.code_files: format applies to output=DIR; the DataFrame has EVENT_COLUMNS")
    if output is not None:
        output = os.path.abspath(os.fspath(output))
        os.makedirs(output, exist_ok=True)
        old = _glob.glob(os.path.join(_glob.escape(output), "part-*")) + _glob.glob(
            os.path.join(_glob.escape(output), "rejects-*"))
        if old and not overwrite:
            raise FileExistsError(f"detente.dask.code_files: {output} already holds {len(old)} part files "
                                  "(pass overwrite=True to replace them)")
        for f in old:
            os.remove(f)
    rejects_dir = output
    if rejects is not None:
        rejects_dir = os.path.abspath(os.fspath(rejects))
        os.makedirs(rejects_dir, exist_ok=True)
        for f in _glob.glob(os.path.join(_glob.escape(rejects_dir), "rejects-*")):
            os.remove(f)

    prefixes = _newline_prefixes(parts)
    token = uuid.uuid4().hex
    tasks = [
        delayed(_code_partition, pure=False)(p, prefixes.get(p.index, 0), opts, output, rejects_dir,
                                             dask_key_name=f"detente-code-{p.index:05d}-{token}")
        for p in parts
    ]
    if output is None:
        import dask.dataframe as dd

        frames = [delayed(_frame_only, pure=True)(t, dask_key_name=f"detente-frame-{i:05d}-{token}")
                  for i, t in enumerate(tasks)]
        meta = events_frame([])
        if not frames:
            return dd.from_pandas(meta, npartitions=1)
        return dd.from_delayed(frames, meta=meta, verify_meta=False)

    stats_tasks = [delayed(_stats_only, pure=True)(t, dask_key_name=f"detente-stats-{i:05d}-{token}")
                   for i, t in enumerate(tasks)]
    if client is None:
        try:
            from distributed import get_client

            client = get_client()
        except (ImportError, ValueError):
            client = None
    if client is not None:
        futures = client.compute(stats_tasks, retries=retries)
        results = client.gather(futures)
    else:
        results = list(dask.compute(*stats_tasks))
    # Every partition is in place; a temporary file left now is from an
    # attempt whose worker died mid-write (its partition was re-run).
    for d in {x for x in (output, rejects_dir) if x}:
        for f in _glob.glob(os.path.join(_glob.escape(d), "*.tmp-*")):
            try:
                os.remove(f)
            except OSError:
                pass
    summary = {"read": 0, "coded": 0, "rejected": 0, "sentences": 0, "events": 0}
    for r in results:
        for k in summary:
            summary[k] += r[k]
    summary["partitions"] = len(parts)
    summary["output"] = output
    return summary


def read_output(output: str) -> list[dict]:
    """All events of a ``code_files(..., output=DIR)`` run, in partition order."""
    events = []
    for f in sorted(_glob.glob(os.path.join(_glob.escape(output), "part-*.jsonl"))):
        with open(f, encoding="utf-8") as fh:
            events.extend(json.loads(line) for line in fh if line.strip())
    return events


def read_rejects(output: str) -> list[dict]:
    """All rejects of a ``code_files(..., output=DIR)`` run."""
    rejects = []
    for f in sorted(_glob.glob(os.path.join(_glob.escape(output), "rejects-*.jsonl"))):
        with open(f, encoding="utf-8") as fh:
            rejects.extend(json.loads(line) for line in fh if line.strip())
    return rejects
