"""detente — political event data from news text, in Python.

detente codes news into CAMEO events (who did what to whom, when and where,
with the evidence) and aggregates them into relations between countries over
time. This package is a thin layer over the C++ engine:

    >>> import detente
    >>> coder = detente.Coder()                      # loads models and dictionaries once
    >>> events = coder.code(text, date="2019-10-24", doc_id="yonhap-1")
    >>> events[0]["source"], events[0]["code"], events[0]["target"]
    ('KORGOV', '036', 'JPNGOV')

- ``Coder.code`` / ``code_many`` / ``code_files`` return DESIGN.md's event
  records as dicts (the same facts ``detente code --format jsonl`` writes).
  The GIL is released while coding and a Coder may be shared by threads.
- ``read_events(db, ...)`` and ``dyad(db, "KOR", "JPN", by="month")`` read a
  detente database (``detente ingest``) into pandas DataFrames.
- ``detente.dask.code_files`` codes files on a Dask cluster.

Debian's packages (pybind11, pandas, dask, matplotlib) are installed for
/usr/bin/python3; build and run with that interpreter (docs/python.md).
"""
from __future__ import annotations

import os
import threading
from typing import Any, Iterable, Mapping, Sequence

from . import _detente

# An installed package carries a snapshot of data/ and models/ (setup.py); it
# is used when the source tree it was built from is absent (e.g. on cluster
# nodes) and $DETENTE_HOME is not set.
_RESOURCES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "resources")
if (not os.environ.get("DETENTE_HOME") and os.path.isdir(_RESOURCES)
        and not os.path.isdir(os.path.join(_detente.source_dir, "data"))):
    os.environ["DETENTE_HOME"] = _RESOURCES

from ._detente import Error, resource_path  # noqa: E402

__version__ = _detente.__version__
__all__ = [
    "Coder",
    "Error",
    "EVENT_COLUMNS",
    "dyad",
    "events_frame",
    "model_available",
    "read_events",
    "read_jsonl",
    "resource_path",
]

_SYNTAX_MODEL = "models/syntax-en.bin"


def model_available(model: str | None = None) -> bool:
    """True when the syntax model a Coder needs exists (the default one,
    resolved like the C++ library does: $DETENTE_HOME, install prefix, source tree)."""
    return os.path.exists(model or resource_path(_SYNTAX_MODEL))


class Coder:
    """The coding pipeline (segmenter, tagger/parser, actor dictionaries,
    verb patterns, gazetteer), loaded once and immutable.

    Loading takes a few seconds; keep one Coder and reuse it. Every method
    releases the GIL while the C++ pipeline runs, and one Coder may be used
    from any number of threads at the same time.

    Parameters mirror ``detente code``'s options:
      model            syntax model file ("" = models/syntax-en.bin)
      actors           extra actor dictionaries (detente or TABARI/PETRARCH
                       format, or directories), loaded with detente's own
      default_actors   load data/actors (False: only ``actors``)
      verbs            extra verb-pattern files
      tabari_verbs     ``verbs`` are TABARI/PETRARCH verb dictionaries
      default_patterns load data/events/patterns
      keep_modal       keep hypothetical events ("may meet"), with their mode
      allow_no_target  keep events with a source but no target
      geolocate        resolve event locations
      home             a detente data directory (sets $DETENTE_HOME for this
                       process before loading; data/ and models/ under it)

    Raises ``detente.Error`` (with ``.id``, e.g. "E004") when a model or
    dictionary is missing or malformed.
    """

    def __init__(
        self,
        *,
        model: str = "",
        actors: Sequence[str] = (),
        default_actors: bool = True,
        verbs: Sequence[str] = (),
        tabari_verbs: bool = False,
        default_patterns: bool = True,
        keep_modal: bool = False,
        allow_no_target: bool = False,
        geolocate: bool = True,
        home: str | None = None,
    ):
        if home:
            os.environ["DETENTE_HOME"] = os.fspath(home)
        self._options = dict(
            model=os.fspath(model),
            actors=[os.fspath(a) for a in actors],
            default_actors=default_actors,
            verbs=[os.fspath(v) for v in verbs],
            tabari_verbs=tabari_verbs,
            default_patterns=default_patterns,
            keep_modal=keep_modal,
            allow_no_target=allow_no_target,
            geolocate=geolocate,
        )
        self._home = os.fspath(home) if home else None
        self._impl = _detente.Coder(**self._options)

    @property
    def options(self) -> dict:
        """The keyword arguments this Coder was made with (``Coder(**options)`` makes another)."""
        return dict(self._options, home=self._home)

    def __repr__(self) -> str:
        changed = {k: v for k, v in self.options.items() if v not in ("", [], None) and not (
            k in ("default_actors", "default_patterns", "geolocate") and v is True)}
        return f"detente.Coder({', '.join(f'{k}={v!r}' for k, v in changed.items())})"

    def __reduce__(self):
        # Pickles as its options; unpickling loads (once per process, cached).
        return (cached_coder, (self.options,))

    def code(self, text: str, *, date=None, doc_id: str = "", title: str = "", source: str = "",
             url: str = "") -> list[dict]:
        """Codes one document and returns its events (DESIGN.md's records, in
        sentence order). ``date`` is a "YYYY-MM-DD" string (or any form
        detente parses), a datetime.date, or None (events then have date "").
        Raises ValueError for text with invalid UTF-8 or NUL characters."""
        return self._impl.code(text, date=date, doc_id=str(doc_id), title=title, source=source, url=url)

    def explain(self, text: str, *, date=None, doc_id: str = "", as_text: bool = False):
        """Why it coded what it coded: tokens, parse, actors, the patterns
        tried and matched, the candidates dropped and why, and the events —
        as a dict (``detente explain --json``) or as text."""
        return self._impl.explain(text, date=date, doc_id=str(doc_id), as_text=as_text)

    def code_many(self, docs: Iterable[str | Mapping[str, Any]], *, threads: int = 1,
                  rejects: list | None = None, date=None, text_fields: Sequence[str] = (),
                  id_field: str = "id", date_field: str = "date") -> list[dict]:
        """Codes many documents on ``threads`` threads and returns all their
        events, in input order (the same for any thread count).

        A document is a str (its text; its id is its index) or a mapping with
        ``id``, ``date``, the text under ``text``, ``body`` or ``content`` (or
        ``text_fields``), and optionally ``title``, ``source``, ``url``.
        ``date`` is the default for documents without one.

        A document that cannot be coded (no text, invalid UTF-8, a bad date)
        raises ValueError — unless ``rejects`` is a list, which then receives
        ``{"index", "id", "reason"}`` for each and coding goes on."""
        return self._impl.code_many(docs, threads=threads, rejects=rejects, date=date,
                                    text_fields=list(text_fields), id_field=id_field, date_field=date_field)

    def code_files(self, inputs: str | Sequence[str], *, threads: int = 1, output: str | None = None,
                   format: str = "jsonl", date=None, require_date: bool = True,
                   text_fields: Sequence[str] = (), id_field: str = "id", date_field: str = "date",
                   origin: tuple[str, str, int] | None = None) -> dict:
        """Codes files exactly as ``detente code`` does (JSON Lines, text,
        HTML, directories, .gz) on ``threads`` threads.

        Returns ``{"events": [...] or None, "rejects": [{"file","line","id","reason"}],
        "stats": {"read","coded","rejected","sentences","events"}}``; with
        ``output`` the events are written there in ``format`` (jsonl, tsv,
        gdelt, csv; byte-identical to the CLI's output) instead of returned.
        ``origin=(read_path, report_path, line_offset)`` reports documents of
        ``read_path`` as lines of ``report_path`` shifted by ``line_offset``
        (used to code a slice of a big file)."""
        if isinstance(inputs, (str, os.PathLike)):
            inputs = [inputs]
        return self._impl.code_files([os.fspath(p) for p in inputs], threads=threads,
                                     output=None if output is None else os.fspath(output), format=format,
                                     date=date, require_date=require_date, text_fields=list(text_fields),
                                     id_field=id_field, date_field=date_field, origin=origin)


_cache: dict = {}
_cache_lock = threading.Lock()


def cached_coder(options: Mapping[str, Any] | None = None) -> Coder:
    """A Coder with these options, loaded at most once per process (Dask
    workers use this so each process loads the resources once)."""
    options = dict(options or {})
    key = repr(sorted(options.items()))
    with _cache_lock:
        coder = _cache.get(key)
        if coder is None:
            coder = _cache[key] = Coder(**options)
        return coder


# ---------------------------------------------------------------------------
# pandas views

#: The columns of ``events_frame`` (DESIGN.md's record, flattened).
EVENT_COLUMNS = [
    "doc_id", "sentence", "date", "source", "target", "code", "root", "quad", "goldstein", "plover", "mode",
    "source_text", "target_text", "verb_text", "source_begin", "source_end", "verb_begin", "verb_end",
    "target_begin", "target_end", "location_name", "location_country", "location_admin1", "geonames_id",
    "lat", "lon", "pattern", "text", "attribution",
]


def _flat(e: Mapping[str, Any]) -> tuple:
    spans = e.get("spans") or {}
    s, v, t = spans.get("source") or (0, 0), spans.get("verb") or (0, 0), spans.get("target") or (0, 0)
    loc = e.get("location") or {}
    nan = float("nan")
    return (e["doc_id"], e["sentence"], e["date"], e["source"], e["target"], e["code"], e["root"], e["quad"],
            e["goldstein"], e["plover"], e["mode"], e["source_text"], e["target_text"], e["verb_text"],
            s[0], s[1], v[0], v[1], t[0], t[1], loc.get("name", ""), loc.get("country", ""),
            loc.get("admin1", ""), loc.get("geonames_id", 0), loc.get("lat", nan), loc.get("lon", nan),
            e["pattern"], e["text"], e.get("attribution", ""))


def events_frame(events: Iterable[Mapping[str, Any]]):
    """Events (dicts as ``Coder.code`` returns them) as a pandas DataFrame
    with ``EVENT_COLUMNS``; ``date`` becomes datetime64 (NaT when unknown)."""
    import pandas as pd

    df = pd.DataFrame.from_records([_flat(e) for e in events], columns=EVENT_COLUMNS)
    return _typed(df)


def _typed(df):
    import pandas as pd

    df["date"] = pd.to_datetime(df["date"].replace("", None), format="%Y-%m-%d")
    ints = ["sentence", "quad", "source_begin", "source_end", "verb_begin", "verb_end", "target_begin",
            "target_end", "geonames_id"]
    for c in ints:
        if c in df:
            df[c] = df[c].astype("int64")
    for c in ("goldstein", "lat", "lon"):
        if c in df:
            df[c] = df[c].astype("float64")
    return df


def read_jsonl(path: str) -> list[dict]:
    """Reads a JSON Lines event file (``detente code`` output) into dicts."""
    import json

    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def read_events(db: str, *, start=None, end=None, sources: Sequence[str] = (), targets: Sequence[str] = (),
                actors: Sequence[str] = (), codes: Sequence[str] = (), one_a_day: bool = False,
                limit: int | None = None):
    """Events stored in a detente database as a pandas DataFrame.

    Filters (as ``detente export``): ``start``/``end`` dates (inclusive),
    actor-code prefixes for ``sources``, ``targets`` or ``actors`` (either
    side), CAMEO code prefixes ``codes`` ("03", "036"), ``one_a_day`` (only the
    first event of each (date, source, target, code)) and ``limit``.
    Columns: ``event_id`` then ``EVENT_COLUMNS``, then the document's
    ``title``, ``outlet``, ``url`` and the store's ``num_mentions``,
    ``num_sources``, ``num_articles``, ``story``. The database is opened
    read-only."""
    import pandas as pd

    cols = _detente.read_events(os.fspath(db), start=start, end=end, sources=list(sources),
                                targets=list(targets), actors=list(actors), codes=list(codes),
                                one_a_day=one_a_day, limit=limit or 0)
    return _typed(pd.DataFrame(cols))


def dyad(db: str, a: str, b: str, *, by: str = "month", start=None, end=None, all_events: bool = False):
    """How relations between ``a`` and ``b`` moved: one row per period
    (``by`` = day, week, month or year; every period from ``start`` or the
    first event to ``end`` or the last, empty ones with zeros), indexed by the
    period's first day.

    ``a``/``b`` are entities ("KOR", "IGOUNO": every actor of that country or
    organization) or longer codes ("KORGOV"). Columns: ``period`` (label,
    "2019-10"), then for ``ab_`` (a→b), ``ba_`` (b→a) and ``both_``:
    ``events``, ``q1``..``q4`` (quad classes: verbal/material cooperation,
    verbal/material conflict), ``goldstein_sum``, ``goldstein_mean`` (NaN in
    a period without events) — the columns of ``detente dyad --format csv``.
    Each (date, source, target, code) counts once unless ``all_events``.
    ``start``/``end``: "YYYY-MM-DD", "YYYY-MM", "YYYY" (as ``--from``/``--to``)
    or a datetime.date."""
    import pandas as pd

    cols = _detente.dyad(os.fspath(db), a, b, by=by, start=start, end=end, all_events=all_events)
    df = pd.DataFrame(cols)
    df.index = pd.DatetimeIndex(pd.to_datetime(df.pop("start"), format="%Y-%m-%d"), name="start")
    df.attrs.update(a=a, b=b, by=by)
    return df
