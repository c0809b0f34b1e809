"""Known checkpoints (``summarizer/models/registry.json``) and resolving a model name to a local directory.

Nothing here imports torch or transformers, and nothing here downloads: ``--model`` resolves to

1. an existing local directory (a path given by the user; the HTTP service never accepts one from a request);
2. a registry name (``randeng-pegasus-238m-summary``): ``MODELS_DIR/NAME`` when that directory has a
   ``config.json``, else the registry's hub id in the local Hugging Face cache;
3. a hub id (``owner/name``) present in the local Hugging Face cache (``local_files_only``).

``MODELS_DIR`` (:func:`models_dir`) is ``$SUMMARIZER_MODELS_DIR`` when set, else ``models`` in the per-user data
directory (platformdirs' ``user_data_dir("summarizer")``: ``~/.local/share/summarizer/models`` on Linux). It never
depends on where the package is installed. Anything else raises :class:`~summarizer.errors.ModelNotAvailableError`
with the command that downloads it once (:func:`download_hint`); :func:`verify_checkpoint` checks a downloaded
directory (``summarizer models download NAME``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shlex
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from summarizer.errors import ModelNotAvailableError

__all__ = ["ModelSpec", "ResolvedModel", "load_registry", "lookup", "resolve", "download_hint", "FAMILIES",
           "models_dir", "MODELS_DIR_ENV", "SPEC_FILE", "verify_checkpoint", "checkpoint_problems",
           "is_encoder_decoder", "ANY_TOKENIZER_FILES", "download_command"]

#: Environment variable naming the models directory.
MODELS_DIR_ENV = "SUMMARIZER_MODELS_DIR"

#: Model families with their own handling (``config.model_type`` values).
FAMILIES = ("bart", "mbart", "t5", "mt5", "pegasus")
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")


@dataclass(frozen=True)
class ModelSpec:
    """One registry entry.

    Attributes:
        name: short name used on the command line and in service configuration.
        hub_id: Hugging Face hub id (``owner/name``).
        family: ``bart``, ``mbart``, ``t5``, ``mt5`` or ``pegasus``.
        task: ``summarization`` (fine-tuned, usable as is) or ``pretrained`` (fine-tune first).
        tokenizer: ``bert`` (BertTokenizer, vocab.txt), ``sentencepiece`` or ``jieba-wordpiece`` (Randeng).
        prefix: text put before every input (T5-style task prefix), ``""`` for none.
        max_input_tokens: fallback input limit in tokens when the config has none (T5's relative positions).
        fp16: whether float16 inference is safe (T5-family feed-forward layers overflow in float16).
        license: SPDX id, None when the model card states none.
        scores: published ROUGE scores (as the authors report them).
    """

    name: str
    hub_id: str | None = None
    family: str | None = None
    task: str = "summarization"
    tokenizer: str | None = None
    tokenizer_notes: str = ""
    prefix: str = ""
    max_input_tokens: int | None = None
    fp16: bool = True
    license: str | None = None
    params: str | None = None
    paper: str = ""
    notes: str = ""
    scores: tuple[dict[str, Any], ...] = field(default_factory=tuple)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ModelSpec:
        known = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        known["scores"] = tuple(known.get("scores") or ())
        return cls(**known)


@dataclass(frozen=True)
class ResolvedModel:
    """Where a model is on disk: ``path`` (a directory with config.json), the ``spec`` when known, and ``name``."""

    name: str
    path: Path
    spec: ModelSpec | None


def _registry_path() -> Path:
    """``$SUMMARIZER_MODEL_REGISTRY``, else the registry file packaged in :mod:`summarizer.models`."""
    env = os.environ.get("SUMMARIZER_MODEL_REGISTRY")
    if env:
        return Path(env)
    return Path(str(resources.files("summarizer.models").joinpath("registry.json")))


@lru_cache(maxsize=4)
def _load(path: str) -> tuple[ModelSpec, ...]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelNotAvailableError(f"cannot read the model registry {path}: {exc}") from None
    return tuple(ModelSpec.from_dict(d) for d in data.get("models", []))


def load_registry() -> tuple[ModelSpec, ...]:
    """The registry's entries, in file order (``SUMMARIZER_MODEL_REGISTRY`` overrides the file)."""
    return _load(str(_registry_path()))


def lookup(name_or_id: str) -> ModelSpec | None:
    """The entry whose ``name`` or ``hub_id`` is ``name_or_id`` (case-insensitive), else None."""
    key = name_or_id.strip().lower()
    for spec in load_registry():
        if spec.name.lower() == key or (spec.hub_id or "").lower() == key:
            return spec
    return None


def models_dir() -> Path:
    """The models directory: ``$SUMMARIZER_MODELS_DIR`` when set, else ``models`` under the per-user data directory
    (``platformdirs.user_data_dir("summarizer")``; ``~/.local/share/summarizer/models`` on Linux,
    ``~/Library/Application Support/summarizer/models`` on macOS). The directory need not exist."""
    env = os.environ.get(MODELS_DIR_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("summarizer", appauthor=False)) / "models"


def download_command(spec_or_id: ModelSpec | str) -> str:
    """The one shell command that downloads a registry entry or hub id into the models directory (run it where
    the Hugging Face hub is reachable; ``hf`` comes with ``pip install huggingface_hub``)."""
    if isinstance(spec_or_id, ModelSpec):
        hub_id, name = spec_or_id.hub_id, spec_or_id.name
    else:
        hub_id, name = spec_or_id, spec_or_id.rsplit("/", 1)[-1]
    return f"hf download {hub_id} --local-dir {shlex.quote(str(models_dir() / name))}"


def download_hint(spec_or_id: ModelSpec | str) -> str:
    """How to get a registry entry or hub id onto this machine, once (for error messages)."""
    name = spec_or_id.name if isinstance(spec_or_id, ModelSpec) else spec_or_id.rsplit("/", 1)[-1]
    return (f"download it once where the hub is reachable: `{download_command(spec_or_id)}` (or copy a downloaded "
            f"checkpoint directory to {models_dir() / name}; `summarizer models path` prints the models directory, "
            f"$SUMMARIZER_MODELS_DIR changes it), then pass --model {name}")


def _from_cache(hub_id: str) -> Path | None:
    """The snapshot directory of ``hub_id`` in the local Hugging Face cache, or None. Never downloads."""
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        return None
    try:
        path = snapshot_download(hub_id, local_files_only=True)
    except Exception:  # noqa: BLE001 - LocalEntryNotFoundError, offline errors, bad ids: all mean "not here"
        return None
    return Path(path) if (Path(path) / "config.json").is_file() else None


def resolve(name_or_dir: str | os.PathLike[str]) -> ResolvedModel:
    """Resolve a checkpoint directory, registry name or cached hub id to a local directory (see the module doc).

    Raises:
        ModelNotAvailableError: nothing local matches; the message says how to download it once.
    """
    raw = os.fspath(name_or_dir)
    path = Path(raw).expanduser()
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise ModelNotAvailableError(f"{raw}: not a model checkpoint directory (it has no config.json)")
        spec = _spec_of_dir(path)
        return ResolvedModel(name=spec.name if spec else path.name, path=path, spec=spec)
    spec = lookup(raw)
    if spec is not None:
        local = models_dir() / spec.name
        if (local / "config.json").is_file():
            return ResolvedModel(spec.name, local, spec)
        cached = _from_cache(spec.hub_id) if spec.hub_id else None
        if cached is not None:
            return ResolvedModel(spec.name, cached, spec)
        raise ModelNotAvailableError(
            f"model {spec.name!r} ({spec.hub_id}) is not on this machine and is never downloaded at run time; "
            + download_hint(spec)
        )
    if _HUB_ID.match(raw):
        cached = _from_cache(raw)
        if cached is not None:
            return ResolvedModel(raw, cached, None)
        raise ModelNotAvailableError(
            f"model {raw!r} is neither a directory nor in the local Hugging Face cache, and is never downloaded at "
            "run time; " + download_hint(raw)
        )
    names = ", ".join(s.name for s in load_registry())
    raise ModelNotAvailableError(
        f"model {raw!r}: no such directory, and not a known model name ({names}) or a hub id (owner/name)"
    )


#: File that ``summarizer train`` writes into a fine-tuned checkpoint: the base model's registry entry.
SPEC_FILE = "summarizer_model.json"


def _spec_of_dir(path: Path) -> ModelSpec | None:
    """The registry entry a directory belongs to: its own ``summarizer_model.json`` (written by ``summarizer
    train``), its directory name, or the hub id recorded in ``config.json`` (``_name_or_path``); else None."""
    own = path / SPEC_FILE
    if own.is_file():
        try:
            return ModelSpec.from_dict(json.loads(own.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            pass
    spec = lookup(path.name)
    if spec is not None:
        return spec
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    origin = config.get("_name_or_path") or ""
    return lookup(origin) if isinstance(origin, str) and origin else None


#: Weight files a checkpoint may have (transformers' names); a sharded checkpoint has an index naming its shards.
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")
WEIGHT_INDEXES = ("model.safetensors.index.json", "pytorch_model.bin.index.json")
#: Tokenizer files by the registry's ``tokenizer`` kind: one of each tuple must be present.
TOKENIZER_FILES = {
    "bert": ("vocab.txt", "tokenizer.json"),
    "jieba-wordpiece": ("vocab.txt",),
    "sentencepiece": ("spiece.model", "tokenizer.json", "sentencepiece.bpe.model"),
}


#: Tokenizer files of any kind: the loader (:func:`summarizer.seq2seq.model.load_codec`) needs one of them.
ANY_TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "spiece.model", "sentencepiece.bpe.model",
                       "vocab.txt", "vocab.json")

#: ``model_type`` values of transformers' encoder-decoder families (a config.json written by ``save_pretrained``
#: leaves out ``is_encoder_decoder`` when it equals the class default, so the family tells).
ENCODER_DECODER_TYPES = frozenset({
    "bart", "bigbird_pegasus", "blenderbot", "blenderbot-small", "encoder-decoder", "fsmt", "led", "longt5",
    "m2m_100", "marian", "mbart", "mt5", "mvp", "nllb-moe", "pegasus", "pegasus_x", "plbart", "prophetnet",
    "switch_transformers", "t5", "umt5", "xlm-prophetnet"})

#: Class-name parts of encoder-decoder architectures (``BartForConditionalGeneration``, ``MarianMTModel``).
_SEQ2SEQ_ARCHITECTURE = ("ConditionalGeneration", "Seq2Seq", "EncoderDecoder", "MTModel")


def is_encoder_decoder(config: dict) -> bool | None:
    """Whether a parsed ``config.json`` describes an encoder-decoder (seq2seq) model, without importing
    transformers: its ``is_encoder_decoder`` flag when written; else True for a known encoder-decoder
    ``model_type`` (:data:`ENCODER_DECODER_TYPES`); else, from ``architectures``, True when a class name is a
    seq2seq one and False when every one is another kind (``GPT2LMHeadModel``, ``…ForCausalLM``,
    ``BertForMaskedLM``); None when the file does not tell (the loader decides)."""
    flag = config.get("is_encoder_decoder")
    if isinstance(flag, bool):
        return flag
    if config.get("model_type") in ENCODER_DECODER_TYPES:
        return True
    names = config.get("architectures")
    if isinstance(names, list) and names and all(isinstance(n, str) for n in names):
        return any(part in n for n in names for part in _SEQ2SEQ_ARCHITECTURE)
    return None


def checkpoint_problems(path: Path, spec: ModelSpec | None = None) -> list[str]:
    """What makes a checkpoint directory unusable, judged from its file names and ``config.json`` alone (no file
    is hashed, nothing is loaded: milliseconds): :func:`verify_checkpoint` without the checksums. The CLI and
    ``summarizer evaluate`` call it once through :func:`summarizer.pipeline.check_method`, so a decoder-only or
    tokenizer-less directory is one usage error before any input is read, not an error record per input.

    Args:
        path: the checkpoint directory. spec: its registry entry (family and tokenizer checks), or None.

    Returns:
        One sentence per problem, naming the file; an empty list when the directory looks usable.
    """
    problems: list[str] = []
    if not path.is_dir():
        return [f"{path}: no such directory"]
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        if not isinstance(config, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError) as exc:
        problems.append(f"config.json: missing or unreadable ({exc})")
        config = {}
    family = config.get("model_type")
    if config and spec is not None and spec.family and family != spec.family:
        problems.append(f"config.json: model_type is {family!r}, the registry says {spec.family!r}")
    if config and is_encoder_decoder(config) is False:
        problems.append(f"config.json: model type {family!r} is not an encoder-decoder (seq2seq) model")
    index = next((path / f for f in WEIGHT_INDEXES if (path / f).is_file()), None)
    if index is not None:
        try:
            shards = sorted(set(json.loads(index.read_text(encoding="utf-8"))["weight_map"].values()))
        except (OSError, ValueError, KeyError, AttributeError) as exc:
            problems.append(f"{index.name}: unreadable ({exc})")
            shards = []
        problems += [f"{s}: missing (named by {index.name})" for s in shards if not (path / s).is_file()]
    elif not any((path / f).is_file() for f in WEIGHT_FILES):
        problems.append(f"weights: none of {', '.join(WEIGHT_FILES)}")
    kind = spec.tokenizer if spec is not None else None
    wanted = TOKENIZER_FILES.get(kind or "")
    if wanted and not any((path / f).is_file() for f in wanted):
        problems.append(f"tokenizer: none of {', '.join(wanted)} ({kind} tokenizer)")
    elif not wanted and not any((path / f).is_file() for f in ANY_TOKENIZER_FILES):
        problems.append(f"tokenizer: none of {', '.join(ANY_TOKENIZER_FILES)}")
    return problems


def verify_checkpoint(path: Path, spec: ModelSpec | None = None) -> list[str]:
    """What is wrong with a downloaded checkpoint directory; an empty list when it looks complete.

    Checks, without loading anything: :func:`checkpoint_problems` (``config.json`` parses and is an
    encoder-decoder of the entry's family; the weights are there, every shard a ``*.index.json`` names; the
    tokenizer files of the entry's kind, or of any kind, are there); and every file that ``hf download
    --local-dir`` recorded (``.cache/huggingface/download/FILE.metadata``: commit, ETag, time) still has the hub's
    checksum: the ETag is the SHA-256 of a Git LFS file (64 hex digits) or the Git blob SHA-1 of a small file (40
    hex digits). Reads every recorded file once (seconds for a 1 GB checkpoint).

    Args:
        path: the checkpoint directory. spec: its registry entry (family and tokenizer checks), or None.

    Returns:
        One sentence per problem, naming the file.
    """
    problems = checkpoint_problems(path, spec)
    if path.is_dir():
        problems += _checksum_problems(path)
    return problems


def _checksum_problems(path: Path) -> list[str]:
    """Files whose content no longer matches the ETag ``hf download --local-dir`` recorded for them."""
    meta_dir = path / ".cache" / "huggingface" / "download"
    if not meta_dir.is_dir():
        return []
    problems = []
    for meta in sorted(meta_dir.rglob("*.metadata")):
        name = meta.relative_to(meta_dir).as_posix()[: -len(".metadata")]
        try:
            lines = meta.read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
        etag = lines[1].strip().strip('"').lower() if len(lines) > 1 else ""
        target = path / name
        if not target.is_file():
            problems.append(f"{name}: missing (the download recorded it)")
            continue
        if re.fullmatch(r"[0-9a-f]{64}", etag):
            digest = hashlib.sha256()
        elif re.fullmatch(r"[0-9a-f]{40}", etag):
            digest = hashlib.sha1(usedforsecurity=False)
            digest.update(b"blob %d\0" % target.stat().st_size)  # Git's blob header
        else:
            continue
        with target.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
        if digest.hexdigest() != etag:
            problems.append(f"{name}: checksum differs from the hub's ({etag[:12]}…): damaged or changed; "
                            "download it again")
    return problems
