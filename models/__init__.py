"""Data package: the registry of known seq2seq checkpoints (``registry.json``) and how to fetch one (``README.md``).

Read it through :func:`summarizer.seq2seq.registry.load_registry`; this package holds data, not code.
Downloaded checkpoints go to ``models/checkpoints/NAME`` (ignored by git) or the Hugging Face cache.
"""

from pathlib import Path

#: Path of the registry file.
REGISTRY_PATH = Path(__file__).with_name("registry.json")
