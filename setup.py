"""Builds and installs the `detente` Python package (python/detente + the
pybind11 extension detente._detente, compiled by CMake with the library).

Offline, with Debian's packages (pybind11-dev, python3-setuptools):

    /usr/bin/python3 -m venv --system-site-packages ~/.venvs/detente
    ~/.venvs/detente/bin/pip install --no-build-isolation .

(or `/usr/bin/python3 -m pip install --no-build-isolation --break-system-packages .`).
See docs/python.md. Environment: DETENTE_PY_BUILD_DIR (CMake build directory,
default build/pip), DETENTE_JOBS (parallel compile jobs, default 2).
"""
import glob
import os
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = os.path.dirname(os.path.abspath(__file__))


class CMakeExtension(Extension):
    def __init__(self, name):
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    """Configures the repository with -DDETENTE_PYTHON=ON and builds the `_detente` target."""

    def build_extension(self, ext):
        build_dir = os.environ.get("DETENTE_PY_BUILD_DIR") or os.path.join(HERE, "build", "pip")
        jobs = os.environ.get("DETENTE_JOBS", "2")
        generator = ["-G", "Ninja"] if shutil.which("ninja") else []
        fresh = not os.path.exists(os.path.join(build_dir, "CMakeCache.txt"))
        # A new build directory gets only what the module needs; an existing
        # one (e.g. DETENTE_PY_BUILD_DIR=build/python) keeps its settings.
        only_module = ["-DDETENTE_TESTS=OFF", "-DDETENTE_BENCH=OFF"] if fresh else []
        subprocess.check_call([
            "cmake", "-S", HERE, "-B", build_dir, *(generator if fresh else []),
            "-DCMAKE_BUILD_TYPE=Release", "-DDETENTE_PYTHON=ON", *only_module,
            f"-DPython3_EXECUTABLE={sys.executable}",
        ])
        subprocess.check_call(["cmake", "--build", build_dir, "--target", "_detente", "-j", jobs])
        built = glob.glob(os.path.join(build_dir, "python", "detente", "_detente*.so"))
        if not built:
            raise RuntimeError(f"CMake did not produce _detente*.so under {build_dir}/python/detente")
        dest = self.get_ext_fullpath(ext.name)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        shutil.copyfile(built[0], dest)
        # A snapshot of the data files and models, used when the package runs
        # where this source tree is absent (cluster nodes): see detente/__init__.py.
        if self.inplace:
            return
        res = os.path.join(os.path.dirname(dest), "resources")
        shutil.rmtree(res, ignore_errors=True)
        for sub in ("data", "models"):
            src = os.path.join(HERE, sub)
            if os.path.isdir(src):
                shutil.copytree(src, os.path.join(res, sub))


setup(
    packages=["detente"],
    package_dir={"": "python"},
    ext_modules=[CMakeExtension("detente._detente")],
    cmdclass={"build_ext": CMakeBuild},
    zip_safe=False,
    # setuptools' own staging directories, out of the way of the CMake build dirs.
    options={"build": {"build_base": os.path.join("build", "setuptools")}},
)
