"""consist20: one data path — ``summarizer summarize FILE``, :func:`summarizer.summarize_file`, the library call on the
text read, the HTTP service (``/v1/summarize`` and ``/v1/summarize/file``) and ``summarizer evaluate --task aspects``
give the same points for the same file; a second call on another text gives what a first call would (the memos).

Inputs written here: a measures section of bare dimension labels (UTF-8, CRLF, UTF-8 BOM, GBK, UTF-16, no final
newline), a markdown essay, inline enumerations, and a CSV table of essays under a 标题/正文 header.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import summarizer
from service.app import create_app
from service.settings import Settings
from summarizer.cli import app
from summarizer.readers import read_path

LABELS = """关于加强社区治理的几点思考

二、对策建议
（一）人才方面
要建立社区工作者职业体系，完善薪酬激励机制。同时，建立专业培训制度，提升服务能力。
（二）制度层面
应当健全居民议事协商制度。此外，推行清单管理，为社区减负。
"""

LABELS_POINTS = [("recommendations", "要建立社区工作者职业体系，完善薪酬激励机制"),
                 ("recommendations", "建立专业培训制度，提升服务能力"),
                 ("recommendations", "应当健全居民议事协商制度"),
                 ("recommendations", "推行清单管理，为社区减负")]

MARKDOWN = """# 关于乡村振兴的几点思考

## 一、存在的问题

- **人才流失严重。** 农村青壮年大量外出务工，留守人口老龄化。
- **产业基础薄弱。** 农业产业链条短，附加值低。

## 二、对策建议

1. 要完善人才引进机制，吸引青年返乡创业。
2. 应当延伸产业链条，发展农产品精深加工。
"""

INLINE = """城市更新中的问题与对策

当前，城市更新工作面临诸多困难。一是资金来源单一，过度依赖财政投入；二是居民参与不足，意见表达渠道不畅。

针对上述问题，提出如下建议。首先，要拓宽融资渠道，引入社会资本参与。其次，应当建立居民协商机制，畅通意见表达渠道。最后，完善考核评价体系。
"""

#: name -> bytes of the file
FILES: dict[str, bytes] = {
    "labels.txt": LABELS.encode("utf-8"),
    "labels_crlf.txt": LABELS.replace("\n", "\r\n").encode("utf-8"),
    "labels_bom.txt": b"\xef\xbb\xbf" + LABELS.encode("utf-8"),
    "labels_gbk.txt": LABELS.encode("gbk"),
    "labels_utf16.txt": LABELS.encode("utf-16"),
    "labels_no_final_newline.txt": LABELS.rstrip("\n").encode("utf-8"),
    "essay.md": MARKDOWN.encode("utf-8"),
    "essay_crlf.md": MARKDOWN.replace("\n", "\r\n").encode("utf-8"),
    "inline_bom_crlf.txt": b"\xef\xbb\xbf" + INLINE.replace("\n", "\r\n").encode("utf-8"),
}


def _table() -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["标题", "正文"])
    writer.writerow(["关于加强社区治理的几点思考", LABELS.split("\n", 2)[2]])
    writer.writerow(["城市更新中的问题与对策", INLINE.split("\n", 2)[2]])
    return buf.getvalue().encode("utf-8")


def points(record: dict) -> list[tuple]:
    """(essay index, title, aspect, text, start, end) of every point of a summary's JSON."""
    return [(e["index"], e["title"], aspect, p["text"], p["start"], p["end"])
            for e in record["essays"] for aspect in ("challenges", "recommendations") for p in e[aspect]]


def texts(record: dict) -> list[tuple]:
    return [(aspect, text) for _, _, aspect, text, _, _ in points(record)]


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("consist20")
    out = {}
    for name, data in {**FILES, "essays.csv": _table()}.items():
        (root / name).write_bytes(data)
        out[name] = root / name
    return out


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Settings(warm_up=False))) as c:
        yield c


def _cli(path: Path, *extra: str) -> dict:
    result = CliRunner().invoke(app, ["summarize", str(path), "--format", "json", *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _evaluated(path: Path, tmp_path: Path) -> list[dict]:
    """The points ``summarizer evaluate --task aspects`` predicted for ``path`` (a one-document corpus)."""
    root = tmp_path / "corpus"
    (root / "docs").mkdir(parents=True)
    (root / "docs" / path.name).write_bytes(path.read_bytes())
    (root / "gold.json").write_text(json.dumps({"essays": [
        {"file": path.name, "challenges": ["资金来源单一"], "recommendations": ["健全居民议事协商制度"]}]},
        ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["evaluate", "--task", "aspects", str(root), "-q", "--json", str(out)])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))["documents"][0]["predicted_points"]


# ------------------------------------------------------------------------------------------ the paths agree


def test_the_dimension_label_input_gives_its_body_measures_on_every_path(files, client, tmp_path):
    path = files["labels.txt"]
    command = _cli(path)  # the default: one worker process
    assert texts(command) == LABELS_POINTS
    assert points(command)[0][3:] == ("要建立社区工作者职业体系，完善薪酬激励机制", 30, 51)
    assert points(_cli(path, "--workers", "0")) == points(command)
    assert points(summarizer.summarize_file(path).model_dump()) == points(command)
    assert points(summarizer.summarize(path.read_text(encoding="utf-8")).model_dump()) == points(command)
    assert points(client.post("/v1/summarize", json={"text": LABELS}).json()) == points(command)
    with path.open("rb") as fh:
        assert points(client.post("/v1/summarize/file", files={"file": (path.name, fh)}).json()) == points(command)
    assert _evaluated(path, tmp_path) == [{"index": 0, "challenges": [], "recommendations": [t for _, t in
                                                                                            LABELS_POINTS]}]


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_reader_shape_gives_the_commands_points_and_offsets_on_every_path(name, files, client, tmp_path):
    path = files[name]
    command = _cli(path, "--workers", "0")
    read = read_path(path)
    # the library function that reads a file is the command's: the same points and offsets (into the text read)
    assert points(summarizer.summarize_file(path).model_dump()) == points(command)
    assert points(summarizer.summarize(path.read_bytes(), source=path.name).model_dump()) == points(command)
    # the text read (BOM removed, line ends kept), given as a str to the library and to the service: the same
    assert points(summarizer.summarize(read.text).model_dump()) == points(command)
    assert points(client.post("/v1/summarize", json={"text": read.text}).json()) == points(command)
    with path.open("rb") as fh:
        assert points(client.post("/v1/summarize/file", files={"file": (path.name, fh)}).json()) == points(command)
    for start_end in points(command):
        assert read.text[start_end[4]:start_end[5]] == start_end[3]
    predicted = _evaluated(path, tmp_path)
    assert [(a, t) for e in predicted for a in ("challenges", "recommendations") for t in e[a]] == texts(command)


def test_python_text_mode_changes_the_offsets_of_crlf_and_bom_files_but_not_the_points(files):
    # open(path).read() turns \r\n into \n and keeps the BOM as U+FEFF: its own text, the same points
    for name in ("labels_crlf.txt", "labels_bom.txt", "inline_bom_crlf.txt"):
        path = files[name]
        command = summarizer.summarize_file(path).model_dump()
        text = path.read_text(encoding="utf-8")
        own = summarizer.summarize(text).model_dump()
        assert texts(own) == texts(command) and texts(command)
        assert [(e["title"]) for e in own["essays"]] == [e["title"] for e in command["essays"]]
        for _, _, _, point, start, end in points(own):
            assert text[start:end] == point
    crlf = summarizer.summarize_file(files["labels_crlf.txt"]).model_dump()
    assert points(crlf)[0][3:] == ("要建立社区工作者职业体系，完善薪酬激励机制", 34, 55)  # two \r before it


def test_evaluate_reads_a_table_of_essays_as_the_command_does(files, tmp_path):
    # a 标题/正文 table: one essay a row, titled from its title column; evaluate used to summarize the text read
    # alone (no records): one merged essay whose 资金来源单一 came back as a recommendation
    path = files["essays.csv"]
    command = _cli(path, "--workers", "0")
    assert [e["title"] for e in command["essays"]] == ["关于加强社区治理的几点思考", "城市更新中的问题与对策"]
    assert [p["text"] for p in command["essays"][1]["challenges"]] == ["资金来源单一，过度依赖财政投入",
                                                                      "居民参与不足，意见表达渠道不畅"]
    assert points(summarizer.summarize_file(path).model_dump()) == points(command)
    predicted = _evaluated(path, tmp_path)
    assert predicted == [{"index": e["index"], "challenges": [p["text"] for p in e["challenges"]],
                          "recommendations": [p["text"] for p in e["recommendations"]]} for e in command["essays"]]


# ------------------------------------------------------------------------------------------ memos between calls


def test_a_call_gives_what_a_first_call_gives_whatever_came_before():
    # the memos (aspects._remembered, the rankings' select memo) answer for the text asked, never a previous one
    others = [MARKDOWN, INLINE, LABELS.replace("人才方面", "队伍建设"), LABELS.replace("应当健全", "要健全")]
    first = summarizer.summarize(LABELS).model_dump()
    short = summarizer.summarize(LABELS, max_points=1, max_point_chars=10, summary_chars=20).model_dump()
    assert len(short["essays"][0]["recommendations"]) == 1 and short != first  # other options: their own output
    assert summarizer.summarize(LABELS).model_dump() == first
    for other in others:
        summarizer.summarize(other)
        assert summarizer.summarize(LABELS).model_dump() == first
    forward = [summarizer.summarize(t).model_dump() for t in others]
    backward = [summarizer.summarize(t).model_dump() for t in reversed(others)][::-1]
    assert forward == backward
    renamed = summarizer.summarize(LABELS.replace("应当健全", "要健全")).model_dump()
    assert "要健全居民议事协商制度" in [p["text"] for p in renamed["essays"][0]["recommendations"]]
