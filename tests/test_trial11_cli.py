"""A new user's trial of the command line (trial11): symbolic-link loops in an input folder. A link to a folder
inside the folder walked is not followed and is counted in the closing line (it used to vanish without a word);
a file link that leads back to itself is said to be a loop, not a link "to a name that does not exist"."""

from __future__ import annotations

import json
import os

import pytest

from typer.testing import CliRunner

from summarizer.batch import Skipped, describe_skipped, expand_inputs
from summarizer.cli import app
from summarizer.decode import read_file_bytes

SHORT = "一、存在的问题\n一是村医队伍老化。二是药品配送不及时。\n二、对策建议\n一是定向培养村医。二是建立配送专线。"


def run(*args):
    try:
        runner = CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        runner = CliRunner()
    return runner.invoke(app, [str(a) for a in args])


def _folder_with_loops(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(SHORT, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(SHORT, encoding="utf-8")
    os.symlink("..", folder / "sub" / "up")          # a folder link back up: walking it would never end
    os.symlink("self.txt", folder / "self.txt")      # a file link to itself
    os.symlink("pong.txt", folder / "ping.txt")      # two links to each other
    os.symlink("ping.txt", folder / "pong.txt")
    return folder


def test_a_link_to_a_folder_is_skipped_and_named_not_followed(tmp_path):
    folder = _folder_with_loops(tmp_path)
    files, skipped = expand_inputs([str(folder)])
    assert files == [str(folder / n) for n in ("a.txt", "ping.txt", "pong.txt", "self.txt")] + [
        str(folder / "sub" / "b.txt")]
    assert skipped == [Skipped(str(folder / "sub" / "up") + os.sep, "folder_link")]
    assert describe_skipped(skipped) == (f"1 file(s) skipped: 1 links to folders, not followed (name the folder "
                                         f"to include it) ({folder / 'sub' / 'up'}{os.sep})")


def test_a_linked_folder_named_on_the_command_line_is_walked(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "c.txt").write_text(SHORT, encoding="utf-8")
    os.symlink(real, tmp_path / "alias")
    assert expand_inputs([str(tmp_path / "alias")]) == ([str(tmp_path / "alias" / "c.txt")], [])


def test_a_file_link_loop_is_said_to_be_a_loop(tmp_path):
    folder = _folder_with_loops(tmp_path)
    for name, target in (("self.txt", "self.txt"), ("ping.txt", "pong.txt")):
        try:
            read_file_bytes(folder / name)
        except FileNotFoundError as exc:
            assert str(exc) == f"symbolic link loop (to {target}, which leads back to itself): {folder / name}"
        else:
            raise AssertionError("a link loop was read")
    os.symlink("nowhere.txt", folder / "dangling.txt")  # a plain dangling link keeps its own message
    try:
        read_file_bytes(folder / "dangling.txt")
    except FileNotFoundError as exc:
        assert str(exc) == f"broken symbolic link (to nowhere.txt, which does not exist): {folder / 'dangling.txt'}"


def test_the_run_over_a_folder_with_loops_ends_with_one_record_per_file(tmp_path):
    folder = _folder_with_loops(tmp_path)
    result = run("summarize", folder, "--workers", "0")
    assert result.exit_code == 1  # the three loops are error records
    records = [json.loads(line) for line in result.stdout.splitlines()]
    errors = {os.path.basename(r["id"]): r["error"]["type"] for r in records if "error" in r}
    assert errors == {"ping.txt": "file_not_found", "pong.txt": "file_not_found", "self.txt": "file_not_found"}
    assert sorted(os.path.basename(r["id"]) for r in records if "error" not in r) == ["a.txt", "b.txt"]
    assert "symbolic link loop (to self.txt, which leads back to itself)" in result.stderr
    assert result.stderr.strip().endswith(f"1 file(s) skipped: 1 links to folders, not followed (name the folder "
                                          f"to include it) ({folder / 'sub' / 'up'}{os.sep})")


def test_an_input_jsonl_text_of_the_wrong_type_is_named_in_json_words(tmp_path):
    """`'text' is a int` (Python's type name) was the message; a JSON user reads `a number`, `null`, `an array`."""
    records = tmp_path / "in.jsonl"
    rows = [{"id": "n", "text": 5}, {"id": "z", "text": None}, {"id": "l", "text": ["a"]}, {"id": "o", "text": {}},
            {"id": "b", "text": True}, {"id": "ok", "text": SHORT}]
    records.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = run("summarize", "--input-jsonl", records, "--workers", "0")
    assert result.exit_code == 1
    messages = {r["id"]: r["error"]["message"] for r in map(json.loads, result.stdout.splitlines()) if "error" in r}
    assert messages == {
        "n": f"{records}:1: 'text' is a number, not a string", "z": f"{records}:2: 'text' is null, not a string",
        "l": f"{records}:3: 'text' is an array, not a string", "o": f"{records}:4: 'text' is an object, not a string",
        "b": f"{records}:5: 'text' is a boolean, not a string"}


@pytest.mark.parametrize("value, words", [
    (None, "null"), (True, "a boolean"), (3, "a number"), (2.5, "a number"), ([1], "an array"),
    ({"a": 1}, "an object"), ("x", "a string"), (b"x", "a bytes"),
])
def test_json_kind_names_a_record_value_in_json_words(value, words):
    from summarizer.batch import json_kind
    assert json_kind(value) == words


def test_json_kind_names_numpy_values_read_from_a_table_as_json_does():
    np = pytest.importorskip("numpy")
    from summarizer.batch import json_kind
    assert json_kind(np.int64(7)) == "a number"
    assert json_kind(np.float32(0.5)) == "a number"
    assert json_kind(np.bool_(True)) == "a boolean"
    assert json_kind(np.array([1, 2])) == "an array"
