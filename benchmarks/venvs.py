"""One isolated virtual environment per peer, created by the runner under ``benchmarks/.peer-venvs/`` (gitignored).

Each environment holds the peer as published on PyPI plus the pins it needs to run at all; an environment is
reused while its marker file (``.bench-spec.json``: requirements, interpreter version, installed versions) still
matches, and rebuilt otherwise. An install failure is returned as a status, never raised.
"""

from __future__ import annotations

import json
import platform
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

__all__ = ["PEER_ENVS", "VENV_ROOT", "PeerEnv", "ensure_env", "ensure_envs", "venv_python"]

VENV_ROOT = Path(__file__).resolve().parent / ".peer-venvs"
_MARKER = ".bench-spec.json"
_VERSIONS = (
    "import importlib.metadata as m, json, sys; "
    "print(json.dumps({'python': sys.version.split()[0], "
    "'packages': {d.metadata['Name']: d.version for d in m.distributions()}}))"
)


@dataclass(frozen=True)
class PeerEnv:
    """A peer's environment: ``requirements`` for pip, ``check`` (Python code that must run), ``key`` (the
    packages shown in the report) and ``pins`` (why each non-obvious pin is there)."""

    name: str
    requirements: tuple[str, ...]
    check: str
    key: tuple[str, ...]
    pins: str


PEER_ENVS: dict[str, PeerEnv] = {
    e.name: e
    for e in (
        PeerEnv(
            "textrank4zh",
            ("textrank4zh==0.3", "networkx==2.8.8", "scipy==1.13.1", "numpy==1.26.4", "jieba==0.42.1"),
            "from textrank4zh import TextRank4Sentence; from networkx import from_numpy_matrix, pagerank",
            ("textrank4zh", "networkx", "numpy", "scipy", "jieba"),
            "networkx pinned to 2.8.8 (< 3): textrank4zh 0.3 calls networkx.from_numpy_matrix, removed in networkx "
            "3.0 (AttributeError: module 'networkx' has no attribute 'from_numpy_matrix'); networkx 2.8's pagerank "
            "needs scipy, which textrank4zh does not declare; numpy 1.26.4 / scipy 1.13.1: a numpy 1.x stack, "
            "since networkx 2.8.8 predates numpy 2.0 (it also ran on numpy 2.4 in a spot check, untested upstream).",
        ),
        PeerEnv(
            "snownlp",
            ("snownlp==0.12.3",),
            "from snownlp import SnowNLP; SnowNLP('测试一下。').summary(1)",
            ("snownlp",),
            "no pin needed besides the package version (pure Python, no dependencies).",
        ),
        PeerEnv(
            "sumy",
            ("sumy[chinese,lsa,lexrank]==0.13.0", "jieba==0.42.1"),
            "from sumy.nlp.tokenizers import Tokenizer; Tokenizer('chinese').to_words('中文分词测试')",
            ("sumy", "jieba", "numpy", "nltk"),
            "extras chinese (jieba: sumy's Chinese word tokenizer), lsa and lexrank (numpy).",
        ),
    )
}


def venv_python(venv: Path) -> Path:
    """The interpreter of a virtual environment."""
    return venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def _tail(text: str, chars: int = 1500) -> str:
    return text[-chars:].strip()


def ensure_env(env: PeerEnv, root: Path = VENV_ROOT, python: str = sys.executable, timeout: float = 900.0) -> dict:
    """Create (or reuse) ``root/env.name`` and install ``env.requirements`` into it.

    Returns ``{"env", "state": "ok"|"failed", "reused", "seconds", "python", "requirements", "versions",
    "key_versions", "pins", "error"}``; ``python`` is the environment's interpreter, ``seconds`` the wall-clock
    time spent here. Never raises for an install failure (the error's last lines are in ``error``).
    """
    t0 = time.perf_counter()
    venv = root / env.name
    py = venv_python(venv)
    spec = {"requirements": list(env.requirements), "base_python": platform.python_version()}
    status = {"env": env.name, "state": "failed", "reused": False, "python": str(py),
              "requirements": list(env.requirements), "pins": env.pins, "versions": {}, "key_versions": {},
              "error": None}
    marker = venv / _MARKER
    try:
        if marker.is_file() and py.exists():
            saved = json.loads(marker.read_text(encoding="utf-8"))
            if saved.get("spec") == spec:
                check = subprocess.run([str(py), "-c", env.check], capture_output=True, text=True, timeout=120)
                if check.returncode == 0:
                    status.update(state="ok", reused=True, versions=saved.get("versions", {}))
        if status["state"] != "ok":
            if venv.exists():
                shutil.rmtree(venv)
            root.mkdir(parents=True, exist_ok=True)
            steps = [
                [python, "-m", "venv", str(venv)],
                [str(py), "-m", "pip", "install", "--disable-pip-version-check", "--no-input", "--quiet",
                 *env.requirements],
                [str(py), "-c", env.check],
            ]
            for cmd in steps:
                left = max(30.0, timeout - (time.perf_counter() - t0))
                proc = subprocess.run(cmd, capture_output=True, text=True, timeout=left)
                if proc.returncode != 0:
                    what = "import check" if cmd[1] == "-c" else " ".join(cmd[1:4])
                    raise RuntimeError(f"{what} failed (exit {proc.returncode}): "
                                       f"{_tail(proc.stderr or proc.stdout)}")
            out = subprocess.run([str(py), "-c", _VERSIONS], capture_output=True, text=True, timeout=120)
            versions = json.loads(out.stdout) if out.returncode == 0 else {}
            marker.write_text(json.dumps({"spec": spec, "versions": versions}, indent=1), encoding="utf-8")
            status.update(state="ok", versions=versions)
    except subprocess.TimeoutExpired as exc:
        status["error"] = f"timed out after {exc.timeout:.0f} s: {' '.join(map(str, exc.cmd))[:200]}"
    except (OSError, RuntimeError, ValueError) as exc:
        status["error"] = str(exc)[:2000]
    pkgs = {k.lower(): v for k, v in (status["versions"].get("packages") or {}).items()}
    status["key_versions"] = {k: pkgs.get(k) for k in env.key}
    status["seconds"] = time.perf_counter() - t0
    return status


def ensure_envs(names, root: Path = VENV_ROOT, python: str = sys.executable, timeout: float = 900.0) -> dict[str, dict]:
    """:func:`ensure_env` for several environments at once (in parallel threads: pip is mostly waiting)."""
    names = list(dict.fromkeys(names))
    if not names:
        return {}
    with ThreadPoolExecutor(max_workers=len(names)) as pool:
        futures = {n: pool.submit(ensure_env, PEER_ENVS[n], root, python, timeout) for n in names}
    return {n: f.result() for n, f in futures.items()}
