"""Data package: the registry of known seq2seq checkpoints (``registry.json``) and how to fetch one (``README.md``).

Read it through :func:`summarizer.seq2seq.registry.load_registry`; this package holds data, not code.
Downloaded checkpoints go to the models directory (:func:`summarizer.seq2seq.registry.models_dir`:
``$SUMMARIZER_MODELS_DIR``, else the per-user data directory), never into the installed package.
"""
