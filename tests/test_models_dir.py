"""Where checkpoints live (issue 13): one models directory (``--model`` path, ``$SUMMARIZER_MODELS_DIR``, the per-user
data directory), ``summarizer models list|path|download``, checksum verification, and a wheel that installs only the
``summarizer`` namespace (no top-level ``models`` or ``benchmarks``)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.seq2seq import registry

REPO = Path(__file__).resolve().parents[1]
HAS_TORCH = all(importlib.util.find_spec(m) is not None for m in ("torch", "transformers"))


def _runner() -> CliRunner:
    try:  # click < 8.2 mixes stderr into stdout unless told otherwise
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        return CliRunner()


def run(*args: str):
    return _runner().invoke(app, [str(a) for a in args])


@pytest.fixture
def user_data(monkeypatch, tmp_path) -> Path:
    """No $SUMMARIZER_MODELS_DIR; platformdirs' per-user data directory patched to a temporary one."""
    import platformdirs

    monkeypatch.delenv(registry.MODELS_DIR_ENV, raising=False)
    home = tmp_path / "user-data"
    calls = []

    def user_data_dir(appname=None, appauthor=None, *args, **kwargs):
        calls.append((appname, appauthor))
        return str(home / appname)

    monkeypatch.setattr(platformdirs, "user_data_dir", user_data_dir)
    monkeypatch.setattr(registry, "_from_cache", lambda hub_id: None)  # whatever this machine's HF cache holds
    yield home / "summarizer" / "models"
    assert calls and calls[0][0] == "summarizer"


def _fake_checkpoint(directory: Path, model_type: str = "bart", tokenizer_file: str = "vocab.txt") -> Path:
    directory.mkdir(parents=True)
    (directory / "config.json").write_text(json.dumps({"model_type": model_type, "is_encoder_decoder": True}),
                                           encoding="utf-8")
    (directory / "model.safetensors").write_bytes(b"\x00" * 64)
    (directory / tokenizer_file).write_text("[PAD]\n[UNK]\n", encoding="utf-8")
    return directory


# ---------------------------------------------------------------------------------------------- the directory


def test_models_dir_is_the_environment_variable_else_the_per_user_data_directory(user_data, monkeypatch, tmp_path):
    assert registry.models_dir() == user_data
    monkeypatch.setenv(registry.MODELS_DIR_ENV, str(tmp_path / "mine"))
    assert registry.models_dir() == tmp_path / "mine"


def test_models_dir_never_depends_on_where_the_package_is_installed(user_data):
    package = Path(registry.__file__).resolve().parents[1]
    assert package not in registry.models_dir().parents


def test_a_name_resolves_in_the_per_user_directory_and_a_path_wins_over_it(user_data, tmp_path):
    target = _fake_checkpoint(user_data / "bart-base-chinese")
    found = registry.resolve("bart-base-chinese")
    assert found.path == target and found.spec.hub_id == "fnlp/bart-base-chinese"
    elsewhere = _fake_checkpoint(tmp_path / "elsewhere" / "bart-base-chinese")
    assert registry.resolve(str(elsewhere)).path == elsewhere  # --model PATH first


def test_missing_checkpoint_message_names_the_models_directory(user_data):
    with pytest.raises(registry.ModelNotAvailableError) as info:
        registry.resolve("mt5-small")
    message = str(info.value)
    assert f"hf download google/mt5-small --local-dir {user_data / 'mt5-small'}" in message
    assert "summarizer models path" in message


# ---------------------------------------------------------------------------------------------- the command


def test_models_path_and_list(user_data):
    result = run("models", "path")
    assert result.exit_code == 0 and result.stdout.strip() == str(user_data)
    assert run("models", "path", "mt5-small").stdout.strip() == str(user_data / "mt5-small")
    _fake_checkpoint(user_data / "mt5-small", model_type="mt5", tokenizer_file="spiece.model")
    listing = run("models", "list")
    assert listing.exit_code == 0
    rows = {line.split()[0]: line.split()[1] for line in listing.stdout.splitlines()[1:]}
    assert rows["mt5-small"] == "present" and rows["bart-base-chinese"] == "absent"
    assert set(rows) == {s.name for s in registry.load_registry()}
    assert run("models", "path", "no-such-model").exit_code == 2


def test_download_prints_the_one_command_when_absent(user_data):
    result = run("models", "download", "randeng-pegasus-238m-summary")
    assert result.exit_code == 1
    assert result.stdout.strip() == ("hf download IDEA-CCNL/Randeng-Pegasus-238M-Summary-Chinese --local-dir "
                                     f"{user_data / 'randeng-pegasus-238m-summary'}")
    assert "never downloads" in result.stderr
    assert run("models", "download", "nope").exit_code == 2


def test_download_verifies_the_files_once_present(user_data):
    target = _fake_checkpoint(user_data / "bart-base-chinese")
    ok = run("models", "download", "bart-base-chinese")
    assert ok.exit_code == 0 and "verified" in ok.stdout
    (target / "vocab.txt").unlink()
    broken = run("models", "download", "bart-base-chinese")
    assert broken.exit_code == 1 and "tokenizer: none of vocab.txt" in broken.stderr
    assert "hf download fnlp/bart-base-chinese" in broken.stdout


def test_verify_checks_family_weights_shards_and_the_hub_checksums(tmp_path):
    spec = registry.lookup("bart-base-chinese")
    target = _fake_checkpoint(tmp_path / "ckpt")
    assert registry.verify_checkpoint(target, spec) == []
    assert registry.verify_checkpoint(target, registry.lookup("mt5-small"))[0].startswith(
        "config.json: model_type is 'bart', the registry says 'mt5'")
    # what `hf download --local-dir` records: commit, ETag (SHA-256 of an LFS file, Git blob SHA-1 of a small one)
    meta = target / ".cache" / "huggingface" / "download"
    meta.mkdir(parents=True)
    weights = (target / "model.safetensors").read_bytes()
    vocab = (target / "vocab.txt").read_bytes()
    blob_sha1 = hashlib.sha1(b"blob %d\0" % len(vocab) + vocab).hexdigest()
    (meta / "model.safetensors.metadata").write_text(f"abc\n{hashlib.sha256(weights).hexdigest()}\n1.0\n")
    (meta / "vocab.txt.metadata").write_text(f"abc\n{blob_sha1}\n1.0\n")
    assert registry.verify_checkpoint(target, spec) == []
    (target / "model.safetensors").write_bytes(b"\x01" + weights[1:])  # one byte damaged
    problems = registry.verify_checkpoint(target, spec)
    assert len(problems) == 1 and problems[0].startswith("model.safetensors: checksum differs")
    (target / "model.safetensors").unlink()
    (target / "model.safetensors.index.json").write_text(json.dumps({"weight_map": {"a": "model-1.safetensors"}}))
    problems = registry.verify_checkpoint(target, spec)
    assert "model-1.safetensors: missing (named by model.safetensors.index.json)" in problems
    assert "model.safetensors: missing (the download recorded it)" in problems


@pytest.mark.skipif(not HAS_TORCH, reason="needs the seq2seq extra")
def test_tiny_checkpoint_placed_where_the_readme_says_is_found_by_its_registry_name(user_data, monkeypatch, tmp_path):
    """README: download into `summarizer models path NAME`; then `--model NAME` works, with the entry's quirks."""
    import seq2seq_fixtures as F

    import summarizer
    from summarizer.seq2seq import clear_cache, get_summarizer

    text = "一、存在的问题\n基层治理力量薄弱，人员不足，经费紧张，服务能力有待提升。\n二、对策建议\n加强队伍建设，完善经费保障机制。"
    for root in (user_data, tmp_path / "env-dir"):
        if root != user_data:
            monkeypatch.setenv(registry.MODELS_DIR_ENV, str(root))
        where = Path(run("models", "path", "bart-base-chinese").stdout.strip())
        assert where == root / "bart-base-chinese"
        F.build_bart(where, [text], max_positions=128, d_model=16)
        assert run("models", "download", "bart-base-chinese").exit_code == 0
        clear_cache()
        model = get_summarizer("bart-base-chinese", num_beams=1)
        assert model.name == "bart-base-chinese" and model.path == where
        assert model.spec is not None and model.spec.hub_id == "fnlp/bart-base-chinese"
        doc = summarizer.summarize(text, method="seq2seq", model="bart-base-chinese", max_new_tokens=4)
        assert doc.method == "seq2seq" and doc.generation.model == "bart-base-chinese"
    clear_cache()


# ---------------------------------------------------------------------------------------------- the wheel


def test_wheel_installs_only_the_summarizer_namespace(tmp_path):
    """`pip wheel . --no-deps` then list the top-level packages: no `models` or `benchmarks`; the registry is inside
    `summarizer`. (`service` is still a top-level package until it moves under `summarizer`.)"""
    setuptools = pytest.importorskip("setuptools")
    major, minor = (int(x) for x in setuptools.__version__.split(".")[:2])
    if (major, minor) < (70, 1) and importlib.util.find_spec("wheel") is None:
        pytest.skip("building a wheel offline needs setuptools >= 70.1 or the wheel package in this environment")
    source = tmp_path / "src"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(".venv", ".git", "build", "*.egg-info", "__pycache__",
                                                                 ".pytest_cache", ".hypothesis", "reports"))
    out = tmp_path / "wheel"
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation",
                           "--no-index", "-q", "-w", str(out)], capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr[-2000:]
    (wheel,) = out.glob("summarizer-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    allowed = {"summarizer"} | ({"service"} if (REPO / "service").is_dir() else set())
    assert top == allowed
    assert {"summarizer/models/registry.json", "summarizer/models/README.md",
            "summarizer/resources/stopwords.txt"} <= set(names)
