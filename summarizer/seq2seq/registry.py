"""Known checkpoints (``models/registry.json``) and resolving a model name to a local directory.

Nothing here imports torch or transformers, and nothing here downloads: a name resolves to

1. an existing local directory (a path given by the user; the HTTP service never accepts one from a request);
2. a registry name (``randeng-pegasus-238m-summary``): ``$SUMMARIZER_MODELS_DIR/NAME`` or ``models/checkpoints/NAME``
   when such a directory exists, else the registry's hub id in the local Hugging Face cache;
3. a hub id (``owner/name``) present in the local Hugging Face cache (``local_files_only``).

Anything else raises :class:`~summarizer.errors.ModelNotAvailableError` with the command that downloads it once
(:func:`download_hint`).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from summarizer.errors import ModelNotAvailableError

__all__ = ["ModelSpec", "ResolvedModel", "load_registry", "lookup", "resolve", "download_hint", "FAMILIES",
           "checkpoints_dir", "SPEC_FILE"]

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
    env = os.environ.get("SUMMARIZER_MODEL_REGISTRY")
    if env:
        return Path(env)
    try:
        from models import REGISTRY_PATH  # the data package shipped next to summarizer

        return Path(REGISTRY_PATH)
    except ImportError:  # pragma: no cover - running from an unusual layout
        return Path(__file__).resolve().parents[2] / "models" / "registry.json"


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


def checkpoints_dir() -> Path:
    """Where named local checkpoints live: ``$SUMMARIZER_MODELS_DIR``, else ``models/checkpoints`` of this checkout."""
    env = os.environ.get("SUMMARIZER_MODELS_DIR")
    if env:
        return Path(env).expanduser()
    return _registry_path().parent / "checkpoints"


def download_hint(spec_or_id: ModelSpec | str) -> str:
    """The one-time download command for a registry entry or hub id (run it where the network is reachable)."""
    if isinstance(spec_or_id, ModelSpec):
        hub_id, name = spec_or_id.hub_id, spec_or_id.name
    else:
        hub_id, name = spec_or_id, spec_or_id.rsplit("/", 1)[-1]
    target = checkpoints_dir() / name
    return (f"download it once: `hf download {hub_id} --local-dir {target}` (huggingface_hub >= 1.0; older: "
            f"`huggingface-cli download ...`), or copy a downloaded directory there, then pass --model {name}; "
            "see models/README.md")


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
        local = checkpoints_dir() / spec.name
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
