"""Helpers shared by the command-line tests: a runner that keeps stderr apart, and output read as one line."""

from typer.testing import CliRunner


def runner() -> CliRunner:
    """A :class:`CliRunner` whose result has ``stdout`` and ``stderr`` apart (click < 8.2 needs ``mix_stderr``)."""
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 keeps stderr apart by itself
        return CliRunner()


def flat(text: str) -> str:
    """``text`` with rich's box characters and every run of whitespace made one space (a usage error's panel
    wraps its message over lines)."""
    return " ".join(text.replace("│", " ").split())
