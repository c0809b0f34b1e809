"""``summarizer models list|path|download``: where seq2seq checkpoints live and how to get one (never downloads).

The models directory is :func:`summarizer.seq2seq.registry.models_dir` (``$SUMMARIZER_MODELS_DIR``, else the
per-user data directory); a registry name resolves to ``MODELS_DIR/NAME``. Nothing here imports torch.
"""

from __future__ import annotations

from typing import Annotated

import typer

from summarizer.errors import ModelNotAvailableError
from summarizer.seq2seq.registry import (
    MODELS_DIR_ENV,
    ModelSpec,
    download_command,
    load_registry,
    lookup,
    models_dir,
    verify_checkpoint,
)

__all__ = ["models_app"]

models_app = typer.Typer(
    name="models", no_args_is_help=True, add_completion=False,
    help="Seq2seq checkpoints: the registry, the models directory, the one-time download command.",
)

_NAME = Annotated[str, typer.Argument(metavar="NAME", help="A registry name (see `summarizer models list`) or hub id.")]


def _spec(name: str) -> ModelSpec:
    spec = lookup(name)
    if spec is None:
        names = ", ".join(s.name for s in load_registry())
        typer.echo(f"error: {name!r} is not a registry name or hub id ({names})", err=True)
        raise typer.Exit(code=2)
    return spec


@models_app.command("list")
def list_command() -> None:
    """List the registry's checkpoints and whether each is in the models directory."""
    try:
        specs = load_registry()
    except ModelNotAvailableError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=1) from None
    root = models_dir()
    typer.echo(f"models directory: {root}  (${MODELS_DIR_ENV} changes it)")
    width = max(len(s.name) for s in specs) if specs else 4
    for s in specs:
        here = (root / s.name / "config.json").is_file()
        task = "summarization" if s.task == "summarization" else "fine-tune first"
        typer.echo(f"{s.name:<{width}}  {'present' if here else 'absent ':<7}  {s.family or '?':<7}  {task:<15}  "
                   f"{s.hub_id}")


@models_app.command("path")
def path_command(name: Annotated[str | None, typer.Argument(metavar="[NAME]", help="A registry name.")] = None
                 ) -> None:
    """Print the models directory, or the directory where checkpoint NAME belongs."""
    typer.echo(str(models_dir() / _spec(name).name) if name else str(models_dir()))


@models_app.command("download")
def download_command_(name: _NAME) -> None:
    """Print the one command that downloads NAME (run it where the hub is reachable), or verify it once present.

    Exit code: 0 when the checkpoint is in the models directory and complete; 1 when it is absent (the command
    is printed on stdout) or incomplete (the problems are printed on stderr); 2 for an unknown name.
    """
    spec = _spec(name)
    target = models_dir() / spec.name
    if not target.exists():
        typer.echo(download_command(spec))
        typer.echo(f"{spec.name} is not in {target} yet, and this tool never downloads. Run the command above "
                   "where huggingface.co is reachable (`pip install huggingface_hub` gives `hf`), or copy a "
                   f"downloaded checkpoint directory to {target}; then run `summarizer models download {spec.name}` "
                   "again to verify it.", err=True)
        raise typer.Exit(code=1)
    problems = verify_checkpoint(target, spec)
    if problems:
        for p in problems:
            typer.echo(f"{target}: {p}", err=True)
        typer.echo(f"{spec.name} is incomplete; download it again with:", err=True)
        typer.echo(download_command(spec))
        raise typer.Exit(code=1)
    typer.echo(f"{spec.name}: verified in {target}; use --model {spec.name}")
