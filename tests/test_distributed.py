"""The Ray engine (``--engine ray``, :mod:`summarizer.distributed`) against the local batch: the same records on a
folder of mixed files, on JSONL and on Parquet; the library entry point inside a Ray pipeline; a killed run
resumed to every id exactly once. One local Ray (2 CPUs, no dashboard, a small object store) for the module.

The Ray tests are skipped when Ray Data is not installed (``pip install -e '.[ray]'``; ``.ci/run`` installs it)."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import files_fixtures as F
from summarizer.batch import Skipped

REPO = Path(__file__).resolve().parents[1]
ELDERLY = (Path(__file__).parent / "fixtures" / "essay_elderly_care.txt").read_text(encoding="utf-8")
HAVE_RAY = importlib.util.find_spec("ray") is not None and importlib.util.find_spec("pyarrow") is not None
needs_ray = pytest.mark.skipif(not HAVE_RAY, reason="Ray Data is not installed (pip install -e '.[ray]')")


def _cli(*args: str, check_rc: int | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-m", "summarizer.cli", *args], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=240)
    if check_rc is not None:
        assert result.returncode == check_rc, result.stderr[-3000:]
    return result


def _by_id(records: list[dict]) -> dict[str, dict]:
    got = {r["id"]: r for r in records}
    assert len(got) == len(records), "an id twice"
    return got


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# ------------------------------------------------------------------------------------------ without Ray


def test_import_summarizer_never_imports_ray():
    code = ("import sys, summarizer, summarizer.cli, summarizer.commands, summarizer.batch, summarizer.distributed; "
            "print(sorted(m for m in sys.modules if m == 'ray' or m.startswith(('ray.', 'pyarrow'))))")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_import_of_the_cli_never_imports_the_http_server():
    """`summarizer summarize`/`version` start without FastAPI, Starlette or uvicorn (1-2 s of imports on a loaded
    machine): only `summarizer serve` imports the server."""
    code = ("import sys, summarizer.cli, summarizer.commands; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('fastapi', 'starlette', 'uvicorn')))")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_cli_batch_size_default_is_the_engines():
    from summarizer import cli, distributed

    assert cli.RAY_BATCH_SIZE == distributed.DEFAULT_BATCH_SIZE


@pytest.mark.parametrize(("args", "message"), [
    (["examples/essay.txt", "--engine", "ray"], "--engine ray needs --output DIR"),
    (["examples/essay.txt", "--engine", "ray", "-o", "OUT", "--format", "markdown"], "writes jsonl or parquet"),
    (["-", "--engine", "ray", "-o", "OUT"], "not standard input"),
    (["examples/essay.txt", "--format", "parquet"], "parquet output needs --engine ray"),
    (["examples/essay.txt", "-o", "DIR", "--resume"], "is a directory"),
])
def test_ray_engine_usage_errors(args, message, tmp_path):
    from typer.testing import CliRunner

    from summarizer.cli import app

    (tmp_path / "dir").mkdir()
    args = [str(tmp_path / "out") if a == "OUT" else str(tmp_path / "dir") if a == "DIR" else a for a in args]
    result = CliRunner().invoke(app, ["summarize", *args])
    assert result.exit_code == 2
    assert message in " ".join(result.output.replace("│", " ").split())  # rich draws a box around the message
    assert not (tmp_path / "out").exists()


def test_without_ray_the_engine_fails_with_a_clear_usage_error(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    import summarizer.distributed as distributed
    from summarizer.cli import app

    def missing():
        raise distributed.RayNotAvailableError("the Ray engine needs Ray Data, which is not installed "
                                               "(No module named 'ray'): pip install 'summarizer[ray]'")

    monkeypatch.setattr(distributed, "require_ray", missing)
    result = CliRunner().invoke(app, ["summarize", "examples/essay.txt", "--engine", "ray", "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "pip install 'summarizer[ray]'" in result.output


def test_the_actors_get_the_drivers_tokenizer_backend(monkeypatch):
    """As the local batch's workers: the backend is chosen in the driver (``--tokenizer``/``tokenizer=``, else
    ``$SUMMARIZER_TOKENIZER``, else jieba) and sent by name in the BatchConfig; each actor loads that backend."""
    import summarizer.distributed as distributed
    from summarizer import tokenize
    from summarizer.batch import BatchConfig
    from summarizer.errors import ResourceError

    warmed = []
    monkeypatch.setattr(tokenize, "warm_up", lambda backend=None: warmed.append(backend))
    distributed._Summarize(BatchConfig(tokenizer="rjieba"), output="json")
    assert warmed == ["rjieba"]
    monkeypatch.setenv(tokenize.BACKEND_ENV, "rjieba")
    assert (distributed._backend(None), distributed._backend("jieba")) == ("rjieba", "jieba")
    monkeypatch.delenv(tokenize.BACKEND_ENV)
    assert distributed._backend(None) == "rjieba"  # the default when installed (a default dependency)
    with pytest.raises(ResourceError):
        distributed._backend("spacy")


def test_scan_partitions_counts_whole_partitions_and_removes_the_rest(tmp_path):
    from summarizer.distributed import scan_partitions

    (tmp_path / "part-aaa.jsonl").write_text('{"id":"a","source":"a","essays":[]}\n'
                                             '{"id":"b","source":"b","error":{"type":"empty_input","message":"m"}}\n',
                                             encoding="utf-8")
    (tmp_path / "part-bbb.jsonl").write_text('{"id":"c","essays":[]}\n{"id":"d","ess', encoding="utf-8")  # torn
    (tmp_path / ".part-ccc.jsonl.123.tmp").write_text('{"id":"e"}\n', encoding="utf-8")  # a kill's leftover
    (tmp_path / "notes.txt").write_text("kept", encoding="utf-8")
    assert scan_partitions(str(tmp_path)) == ({"a", "b"}, 1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "part-aaa.jsonl"]
    assert scan_partitions(str(tmp_path / "absent")) == (set(), 0)


@needs_ray
def test_arrow_rows_give_back_the_records():
    """The Parquet schema holds every field: a result (with its ``removed`` map, scores, headings) and an
    error record go through Arrow and come back equal."""
    import pyarrow as pa

    from summarizer.batch import summarize_text_record
    from summarizer.distributed import arrow_schema, record_from_row, records_to_table

    result = summarize_text_record("a", "来源：某某网\n" + F.ESSAY)
    error = summarize_text_record("b", "。。。")
    assert result["removed"] and result["essays"][0]["challenges"] and error["error"]["type"] == "empty_input"
    schema = arrow_schema()
    assert schema.field("removed").type == pa.map_(pa.string(), pa.int64())
    assert schema.field("essays").type.value_type.field("challenges").type.value_type.field("start").type == pa.int64()
    table = records_to_table([result, error])
    assert table.num_rows == 2 and table.column("error").null_count == 1
    assert [record_from_row(row) for row in table.to_pylist()] == [result, error]


# ------------------------------------------------------------------------------------------ one Ray


@pytest.fixture(scope="module")
def ray_address():
    if not HAVE_RAY:
        pytest.skip("Ray Data is not installed (pip install -e '.[ray]')")
    import ray

    ray.init(num_cpus=2, include_dashboard=False, object_store_memory=200 * 1024 * 1024, log_to_driver=False,
             configure_logging=False)
    try:
        yield ray.get_runtime_context().gcs_address
    finally:
        ray.shutdown()


def _mixed_folder(root: Path) -> None:
    """Good, empty, binary, GBK, HTML, DOCX, PDF, scanned and damaged files, a file without a suffix, and
    files a walk leaves out (hidden, another suffix)."""
    files = {
        "good.txt": (F.ESSAY + "第1号。\n").encode("utf-8"),
        "gbk.txt": (F.ESSAY + "第2号文件。\n").encode("gbk"),
        "page.html": F.page_html().encode("utf-8"),
        "report.docx": F.make_docx(numbered_headings=True),
        "report.pdf": F.make_pdf([F.ESSAY_LINES[:3], F.ESSAY_LINES[3:]]),
        "scan.pdf": F.make_scanned_pdf(1),
        "empty.txt": b"",
        "punctuation.txt": "。。。\n".encode("utf-8"),
        "binary.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        "broken.docx": b"PK\x03\x04 broken zip",
        "sub/elderly": ELDERLY.encode("utf-8"),
        "sub/.hidden.txt": b"hidden",
        "sub/table.xlsx": b"PK\x03\x04",
    }
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)


@needs_ray
def test_ray_engine_gives_the_local_records_on_mixed_files(ray_address, tmp_path):
    from summarizer.distributed import read_output, run_batch

    folder = tmp_path / "in"
    _mixed_folder(folder)
    missing = str(tmp_path / "missing.txt")
    local = _cli("summarize", str(folder), missing, "-o", str(tmp_path / "local.jsonl"), "--workers", "0",
                 "--max-points", "4", check_rc=1)
    expected = _by_id(_jsonl(tmp_path / "local.jsonl"))
    kinds = {Path(k).name: (r.get("error") or {}).get("type") for k, r in expected.items()}
    assert kinds == {"good.txt": None, "gbk.txt": None, "page.html": None, "report.docx": None, "report.pdf": None,
                     "elderly": None, "scan.pdf": "no_text_layer", "empty.txt": "empty_input",
                     "punctuation.txt": "empty_input", "binary.txt": "unsupported_format", "broken.docx": "decode_error",
                     "missing.txt": "file_not_found"}
    assert expected[str(folder / "gbk.txt")]["encoding"] == "gb18030"
    assert (f"2 file(s) skipped: 1 for their suffix ({folder / 'sub' / 'table.xlsx'}), "
            f"1 hidden ({folder / 'sub' / '.hidden.txt'})") in local.stderr

    from summarizer.schema import SummarizeOptions

    for fmt in ("jsonl", "parquet"):
        out = tmp_path / f"ray-{fmt}"
        stats = run_batch([str(folder), missing], str(out), options=SummarizeOptions(max_points=4), output_format=fmt,
                          max_bytes=50_000_000, max_chars=5_000_000, batch_size=3, quiet=True)
        assert (stats.done, stats.failed) == (12, 6)
        assert stats.errors_by_type == {"no_text_layer": 1, "empty_input": 2, "decode_error": 1, "unsupported_format": 1,
                                        "file_not_found": 1}
        assert stats.skipped == [Skipped(str(folder / "sub" / ".hidden.txt"), "hidden"),
                                 Skipped(str(folder / "sub" / "table.xlsx"), "suffix")]
        parts = sorted(p for p in out.iterdir() if p.name != ".summarizer.lock")  # the run's lock file stays
        assert len(parts) >= 4 and all(p.name.startswith("part-") and p.suffix == "." + fmt for p in parts)
        if fmt == "jsonl":  # one batch (at most --batch-size records) per partition file
            assert all(1 <= p.read_bytes().count(b"\n") <= 3 for p in parts)
        assert _by_id(read_output(str(out))) == expected


def _jsonl_input(path: Path, n: int) -> list[str]:
    """``n`` records (every seventh empty), an integer id, an invalid line and a repeated id; returns the ids."""
    ids = []
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            doc_id = f"doc-{i:03d}"
            text = "。。。" if i % 7 == 3 else ELDERLY[: 600 + 40 * i] + f"\n第{i}号。"
            fh.write(json.dumps({"id": doc_id, "text": text, "source": f"site/{i}.html"}, ensure_ascii=False) + "\n")
            ids.append(doc_id)
        fh.write(json.dumps({"id": 77, "text": F.ESSAY}, ensure_ascii=False) + "\n")
        fh.write("{not json\n")
        fh.write(json.dumps({"id": "doc-001", "text": "重复"}, ensure_ascii=False) + "\n")
    return ids + ["77", f"{path}:{n + 2}", "doc-001#line" + str(n + 3)]


@needs_ray
def test_ray_engine_gives_the_local_records_on_jsonl_and_parquet(ray_address, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    src = tmp_path / "in.jsonl"
    ids = _jsonl_input(src, 12)
    _cli("summarize", "--input-jsonl", str(src), "-o", str(tmp_path / "local.jsonl"), "--workers", "0",
         check_rc=1)
    expected = _by_id(_jsonl(tmp_path / "local.jsonl"))
    assert sorted(expected) == sorted(ids)
    assert expected[f"{src}:14"]["error"]["type"] == "invalid_record"
    assert expected["doc-001#line15"]["error"]["type"] == "duplicate_id"

    # JSONL through the command line, joining the module's Ray
    result = _cli("summarize", "--input-jsonl", str(src), "-o", str(tmp_path / "ray-jsonl"), "--engine", "ray",
                  "--address", ray_address, "--batch-size", "4", "--quiet", check_rc=1)
    assert result.stderr.count("error: ") == 4  # two empty texts, the invalid line, the repeated id
    from summarizer.distributed import read_output, run_batch

    assert _by_id(read_output(str(tmp_path / "ray-jsonl"))) == expected

    # the same texts as a Parquet table with other column names, and a row without text
    rows = [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines()[:12]]
    table = pa.table({"doc_id": [r["id"] for r in rows] + ["no-text"],
                      "body": [r["text"] for r in rows] + [None],
                      "source": [r["source"] for r in rows] + [None]})
    pq.write_table(table, tmp_path / "texts.parquet", row_group_size=5)
    damaged, missing = tmp_path / "damaged.parquet", tmp_path / "missing.parquet"
    damaged.write_bytes(b"PAR1 not really")
    stats = run_batch([str(tmp_path / "texts.parquet"), str(damaged), str(missing)], str(tmp_path / "ray-parquet"),
                      text_column="body", id_column="doc_id", output_format="parquet", max_chars=5_000_000,
                      batch_size=4, quiet=True)
    assert (stats.done, stats.failed) == (15, 5)
    got = _by_id(read_output(str(tmp_path / "ray-parquet")))
    assert got.pop("no-text") == {"id": "no-text", "source": "no-text",
                                  "error": {"type": "invalid_record", "message": "'body' is null, not a string"}}
    assert got.pop(str(damaged))["error"]["type"] == "decode_error"
    assert got.pop(str(missing))["error"] == {"type": "file_not_found", "message": f"file not found: {missing}"}
    assert got == {k: v for k, v in expected.items() if k in got}
    assert sorted(got) == ids[:12]
    # resumed: the actors skip the rows already written (Parquet ids are known only once read)
    again = run_batch([str(tmp_path / "texts.parquet"), str(damaged), str(missing)], str(tmp_path / "ray-parquet"),
                      text_column="body", id_column="doc_id", output_format="parquet", resume=True, quiet=True)
    assert (again.done, again.kept, again.kept_errors) == (0, 15, 5)
    assert len(read_output(str(tmp_path / "ray-parquet"))) == 15


@needs_ray
def test_summarize_dataset_inside_a_ray_pipeline(ray_address):
    import ray

    from summarizer.batch import summarize_text_record
    from summarizer.distributed import record_from_row, summarize_dataset

    texts = {"a": F.ESSAY, "b": ELDERLY, "c": "   "}
    ds = ray.data.from_items([{"id": k, "text": v, "lang": "zh"} for k, v in texts.items()])
    rows = summarize_dataset(ds, {"max_points": 3}, batch_size=2, concurrency=2).take_all()
    from summarizer.schema import SummarizeOptions

    expected = {k: summarize_text_record(k, v, options=SummarizeOptions(max_points=3)) for k, v in texts.items()}
    assert {row["id"]: record_from_row(row) for row in rows} == expected
    assert expected["c"]["error"]["type"] == "empty_input"
    lines = summarize_dataset(ds, {"max_points": 3}, output="json", concurrency=1).take_all()
    assert {row["id"]: (json.loads(row["record"]), row["error_type"]) for row in lines} == {
        k: (v, (v.get("error") or {}).get("type")) for k, v in expected.items()}


@needs_ray
def test_ray_engine_uses_the_chosen_tokenizer_as_the_local_batch_does(ray_address, tmp_path):
    """``--tokenizer rjieba --engine ray`` gives the records of ``--tokenizer rjieba`` with the local batch, and
    ``summarize_dataset(..., tokenizer=...)`` those of ``summarize(..., tokenizer=...)``; an unknown backend
    fails in the driver."""
    pytest.importorskip("rjieba")
    import ray

    from summarizer import tokenize
    from summarizer.batch import summarize_text_record
    from summarizer.distributed import read_output, record_from_row, summarize_dataset
    from summarizer.errors import ResourceError
    from summarizer.schema import SummarizeOptions

    src = tmp_path / "in.jsonl"
    _jsonl_input(src, 4)
    _cli("summarize", "--input-jsonl", str(src), "-o", str(tmp_path / "local.jsonl"), "--workers", "0",
         "--tokenizer", "rjieba", check_rc=1)
    _cli("summarize", "--input-jsonl", str(src), "-o", str(tmp_path / "ray"), "--engine", "ray",
         "--address", ray_address, "--batch-size", "3", "--tokenizer", "rjieba", "--quiet", check_rc=1)
    assert _by_id(read_output(str(tmp_path / "ray"))) == _by_id(_jsonl(tmp_path / "local.jsonl"))

    texts = {"a": F.ESSAY, "b": ELDERLY}
    ds = ray.data.from_items([{"id": k, "text": v} for k, v in texts.items()])
    rows = summarize_dataset(ds, {"max_points": 3}, concurrency=1, tokenizer="rjieba").take_all()
    fast = tokenize.get_tokenizer("rjieba")
    assert {row["id"]: record_from_row(row) for row in rows} == {
        k: summarize_text_record(k, v, options=SummarizeOptions(max_points=3), tokenizer=fast) for k, v in texts.items()}
    with pytest.raises(ResourceError):
        summarize_dataset(ds, tokenizer="spacy", concurrency=1)


@needs_ray
def test_a_killed_run_resumed_gives_every_id_once(ray_address, tmp_path):
    """The driver is SIGKILLed after some partition files are written; ``--resume`` keeps those files as they
    are, removes the temporary files the kill left, and writes every other id once."""
    import ray

    src = tmp_path / "in.jsonl"
    ids = [f"doc-{i:03d}" for i in range(100)]
    with src.open("w", encoding="utf-8") as fh:
        for i, doc_id in enumerate(ids):  # about 2,400 characters each: the run lasts some seconds
            text = "。。。" if i % 20 == 7 else ELDERLY * 8 + f"\n第{i}号。"
            fh.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    out = tmp_path / "out"
    args = ["summarize", "--input-jsonl", str(src), "-o", str(out), "--engine", "ray", "--address", ray_address,
            "--batch-size", "2", "--quiet"]
    proc = subprocess.Popen([sys.executable, "-m", "summarizer.cli", *args], cwd=REPO,
                            env={**os.environ, "PYTHONPATH": str(REPO)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 180
        while not (out.is_dir() and len([p for p in out.iterdir() if p.name.startswith("part-")]) >= 3):
            assert proc.poll() is None, "the run ended before it could be killed: " + proc.stderr.read().decode()[-2000:]
            assert time.monotonic() < deadline, "no partition files after 180 s"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stderr.close()
    # Ray stops the dead driver's actors: wait until their CPUs are back, so none writes after this point
    deadline = time.monotonic() + 60
    while ray.available_resources().get("CPU", 0) < 2:
        assert time.monotonic() < deadline, "the killed run's actors still hold CPUs after 60 s"
        time.sleep(0.1)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.name.startswith("part-")}
    first = [json.loads(line)["id"] for data in before.values() for line in data.splitlines()]
    assert len(first) == len(set(first)) and 6 <= len(first) < len(ids)

    result = _cli(*args[:-1], "--resume", check_rc=1)  # the empty texts are errors
    assert f"{len(first)} already in" in result.stderr
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert {name: after[name] for name in before} == before, "the partitions from before the kill are kept"
    records = [json.loads(line) for data in after.values() for line in data.splitlines()]
    assert sorted(r["id"] for r in records) == ids, "every id exactly once"
    errors = {r["id"]: r["error"]["type"] for r in records if "error" in r}
    assert errors == {doc_id: "empty_input" for i, doc_id in enumerate(ids) if i % 20 == 7}


@needs_ray
def test_an_actor_killed_mid_run_is_replaced_and_no_record_is_lost_or_doubled(ray_address, tmp_path):
    """An actor process SIGKILLed while the run goes on: Ray restarts it and retries its batch, whose partition
    file (named by the hash of its ids) is written once, or replaced by the same records."""
    import threading

    import psutil

    from summarizer.distributed import read_output, run_batch

    src = tmp_path / "in.jsonl"
    ids = [f"doc-{i:03d}" for i in range(80)]
    with src.open("w", encoding="utf-8") as fh:
        for i, doc_id in enumerate(ids):
            fh.write(json.dumps({"id": doc_id, "text": ELDERLY * 8 + f"\n第{i}号。"}, ensure_ascii=False) + "\n")
    out = tmp_path / "out"
    killed: list[int] = []

    def ours(proc: psutil.Process) -> bool:  # an actor of this module's Ray, not of another one on the machine
        try:
            return (" ".join(proc.cmdline()).startswith("ray::MapWorker(MapBatches(_Summarize))")
                    and ray_address.rsplit(":", 1)[1] in " ".join(proc.parent().cmdline()))
        except (psutil.Error, AttributeError):
            return False

    def kill_one_actor() -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed:
            if out.is_dir() and any(p.name.startswith("part-") for p in out.iterdir()):
                for proc in psutil.process_iter():
                    if ours(proc):
                        proc.kill()
                        killed.append(proc.pid)
                        return
            time.sleep(0.02)

    killer = threading.Thread(target=kill_one_actor)
    killer.start()
    try:
        stats = run_batch([], str(out), input_jsonl=[str(src)], batch_size=2, quiet=True)
    finally:
        killer.join()
    assert killed, "no actor was found to kill"
    records = read_output(str(out))
    assert sorted(r["id"] for r in records) == ids, "every id exactly once"
    assert not [r for r in records if "error" in r]
    assert (stats.done, stats.failed) == (80, 0)


def test_a_cluster_address_that_cannot_work_fails_fast_with_a_clear_message():
    """Ray itself retries a dead address for ever (a new user's trial waited 400 s): check it first."""
    import socket

    from summarizer.distributed import RayAddressError, check_address

    check_address(None)
    check_address("auto")
    for bad in ("bogus", "host:", ":6379", "ray://x:port", "10.0.0.1:99999"):
        with pytest.raises(RayAddressError, match="is not auto, HOST:PORT or ray://HOST:PORT"):
            check_address(bad)
    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        free = s.getsockname()[1]
    with pytest.raises(RayAddressError, match=f"no Ray cluster answers at 127.0.0.1:{free}"):
        check_address(f"127.0.0.1:{free}")
    with socket.socket() as server:  # something listening: the address passes
        server.bind(("127.0.0.1", 0))
        server.listen()
        check_address(f"ray://127.0.0.1:{server.getsockname()[1]}")


@needs_ray
def test_a_second_run_on_the_same_output_directory_is_refused_and_changes_nothing(tmp_path):
    from summarizer.batch import OutputLock
    from summarizer.distributed import LOCK_NAME

    out = tmp_path / "out"
    out.mkdir()
    (out / "part-abc.jsonl").write_text('{"id":"a","essays":[]}\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(ELDERLY, encoding="utf-8")
    with OutputLock(out / LOCK_NAME, name=str(out)):  # the first run, still writing
        result = _cli("summarize", str(tmp_path / "a.txt"), "-o", str(out), "--engine", "ray", check_rc=4)
    assert result.stderr.strip() == f"error: {out} is being written by another run (it holds the file's lock); " \
                                    "wait for that run to end, or write to another file"
    assert sorted(p.name for p in out.iterdir()) == [LOCK_NAME, "part-abc.jsonl"]  # without --resume it would
    assert (out / "part-abc.jsonl").read_text(encoding="utf-8") == '{"id":"a","essays":[]}\n'  # have removed it
