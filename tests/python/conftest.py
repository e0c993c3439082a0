"""Fixtures for the Python and Dask tests (run with /usr/bin/python3 -m pytest).

Environment:
  PYTHONPATH         where `detente` is importable (ctest sets <build>/python);
                     without it, build/python/python and build/*/python are tried.
  DETENTE_CLI        the `detente` binary to compare against (default: the first of
                     build/python/detente, build/release/detente that exists).
  DETENTE_TEST_MODEL a syntax model to use instead of models/syntax-en.bin
                     (given to both the Coder and the CLI as --model).
  DETENTE_DASK_DOCS  Reuters documents in the default Dask tests (default 1200).
  DETENTE_FULL_DASK  1: also code the whole Reuters corpus on the cluster.
"""
from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import time

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(REPO), "shared", "data")
REUTERS = os.path.join(SHARED, "news", "reuters21578.jsonl")


def _find_package():
    try:
        import detente  # noqa: F401
        return
    except ImportError:
        pass
    for cand in [os.path.join(REPO, "build", "python", "python")] + sorted(
            glob.glob(os.path.join(REPO, "build", "*", "python"))):
        if os.path.exists(os.path.join(cand, "detente", "__init__.py")) and glob.glob(
                os.path.join(cand, "detente", "_detente*.so")):
            sys.path.insert(0, cand)
            os.environ["PYTHONPATH"] = cand + os.pathsep + os.environ.get("PYTHONPATH", "")
            return


_find_package()
import detente  # noqa: E402

PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(detente.__file__)))


def model_path() -> str:
    return os.environ.get("DETENTE_TEST_MODEL", "")


def coder_options() -> dict:
    return {"model": model_path()} if model_path() else {}


def need_model():
    if not detente.model_available(model_path() or None):
        pytest.skip(f"the syntax model {model_path() or detente.resource_path('models/syntax-en.bin')} is absent "
                    "(train it with `detente train-syntax`, docs/syntax.md); the Coder cannot load without it")


@pytest.fixture(scope="session")
def coder():
    need_model()
    return detente.Coder(**coder_options())


@pytest.fixture(scope="session")
def cli():
    cands = [os.environ.get("DETENTE_CLI", "")] + [os.path.join(REPO, "build", b, "detente")
                                                 for b in ("python", "release")]
    for c in cands:
        if c and os.access(c, os.X_OK):
            return c
    pytest.skip("no detente CLI binary (set DETENTE_CLI or build build/python or build/release)")


def run_cli(cli: str, args: list[str], **kw) -> subprocess.CompletedProcess:
    extra = ["--model", model_path()] if model_path() else []
    p = subprocess.run([cli, *args, *extra], capture_output=True, text=True, **kw)
    if p.returncode not in (0, 1):  # 1: some documents were rejected
        raise AssertionError(f"detente {' '.join(args)} failed ({p.returncode}): {p.stderr}")
    return p


@pytest.fixture(scope="session")
def reuters():
    if not os.path.exists(REUTERS):
        pytest.skip(f"{REUTERS} is absent")
    return REUTERS


# ---------------------------------------------------------------------------
# A real Dask cluster on 127.0.0.1: one scheduler, two worker processes.


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _dask_cmd(kind: str) -> list[str]:
    # Debian's `dask` entry point runs /usr/bin/python3; else the same module
    # with this interpreter.
    exe = shutil.which("dask")
    if exe and os.path.realpath(sys.executable) == os.path.realpath("/usr/bin/python3"):
        with open(exe, "rb") as f:
            if f.readline().strip() == b"#!/usr/bin/python3":
                return [exe, kind]
    return [sys.executable, "-m", f"distributed.cli.dask_{kind}"]


class LocalCluster:
    """`dask scheduler` + `dask worker` processes, each in its own process group."""

    def __init__(self, tmp, workers=2, nthreads=1):
        self.tmp = tmp
        self.port = _free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.procs: dict[str, subprocess.Popen] = {}
        env = dict(os.environ)
        env["PYTHONPATH"] = PACKAGE_DIR + os.pathsep + env.get("PYTHONPATH", "")
        env["DASK_DISTRIBUTED__WORKER__DAEMON"] = "False"
        self.env = env
        self.nthreads = nthreads
        self._start("scheduler", _dask_cmd("scheduler") + [
            "--host", "127.0.0.1", "--port", str(self.port), "--dashboard-address", ":0", "--no-show"])
        for i in range(workers):
            self.start_worker(f"w{i + 1}")

    def _start(self, name, cmd):
        log = open(os.path.join(self.tmp, f"{name}.log"), "w")
        self.procs[name] = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=self.env,
                                            cwd=self.tmp, start_new_session=True)

    def start_worker(self, name):
        self._start(name, _dask_cmd("worker") + [
            self.address, "--name", name, "--nthreads", str(self.nthreads), "--nworkers", "1",
            "--no-dashboard", "--local-directory", os.path.join(self.tmp, name), "--host", "127.0.0.1"])

    def kill(self, name):
        """SIGKILL a worker and its nanny (its whole process group): no goodbye to the scheduler."""
        p = self.procs.pop(name)
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        p.wait(timeout=30)

    def close(self):
        for name in [n for n in self.procs if n != "scheduler"] + ["scheduler"]:
            p = self.procs.pop(name, None)
            if p is None:
                continue
            try:
                os.killpg(p.pid, signal.SIGTERM)
                p.wait(timeout=20)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                try:
                    os.killpg(p.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                p.wait(timeout=20)

    def logs(self) -> str:
        out = []
        for f in sorted(glob.glob(os.path.join(self.tmp, "*.log"))):
            with open(f, errors="replace") as fh:
                out.append(f"--- {os.path.basename(f)}\n" + fh.read()[-3000:])
        return "\n".join(out)


@pytest.fixture()
def dask_cluster(tmp_path):
    pytest.importorskip("distributed")
    from distributed import Client

    cluster = LocalCluster(str(tmp_path))
    client = None
    try:
        client = Client(cluster.address, timeout=60)
        client.wait_for_workers(2, timeout=120)
        cluster.client = client
        yield cluster
    except Exception:
        print(cluster.logs())
        raise
    finally:
        if client is not None:
            client.close()
        cluster.close()
