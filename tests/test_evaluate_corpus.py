"""Aspect evaluation on corpora of documents (summarizer.evaluation.corpus, `summarizer evaluate --task aspects`).

The tiny corpora are written here; a fake summarize returns fixed points per file, so every figure below is
computed by hand from the scorer's rule (content characters, LCS >= 0.6 x length).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from conftest import shared_data_dir
from typer.testing import CliRunner

from summarizer.evaluation import cli as evaluation_cli
from summarizer.evaluation.cli import evaluate
from summarizer.evaluation.corpus import (
    CorpusReport,
    evaluate_corpora,
    infer_script,
    infer_shape,
    load_corpus,
)
from summarizer.evaluation.errors import DatasetError
from summarizer.schema import DocumentSummary, EssaySummary, Point

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4

# ------------------------------------------------------------------------------------------ fixtures

A_TEXT = "这是一篇普通的文章。\n"
B_TEXT = "# 篇一 资金\n资金短缺问题突出。\n# 篇二 噪声\n噪声扰民问题。\n"
C_TEXT = '2018-06-11 09:26:11,标题,"\t教育经费投入不均衡。\n"\n'

ALPHA_GOLD = {
    "source": "site-x",
    "essays": [
        {"id": "a", "file": "a.txt", "essay_count": 1, "source": "site-a",
         "challenges": ["医疗物资储备不足", "基层治理能力不足"], "recommendations": ["补足医疗服务领域短板"]},
        {"id": "b1", "file": "b.md", "essay_count": 2, "source": "site-b",
         "challenges": ["资金短缺"], "recommendations": ["搭建融资平台"]},
        {"id": "b2", "file": "b.md", "challenges": ["噪声扰民"], "recommendations": ["建设专门场地", "整合社会资源"]},
    ],
}
BETA_GOLD = {  # no top-level source: the directory's name
    "essays": [
        {"id": "c1", "file": "c.txt", "essay_count": 2,
         "challenges": ["教育经费投入不均衡"], "recommendations": ["改革资源配置模式"]},
        {"id": "c2", "file": "c.txt", "challenges": ["汽车保有量增长"], "recommendations": ["限制汽车数量"]},
        {"id": "d", "file": "d.txt", "challenges": ["数据安全"]},
    ],
}

# predicted points per file name: one (challenges, recommendations) pair per predicted essay
PREDICTIONS = {
    "a.txt": [(["医疗物资储备严重不足", "宣传缺位"], ["补足医疗短板"])],
    "b.md": [(["资金短缺问题突出"], []), ([], ["建设专门场地", "噪声扰民问题"])],
    "c.txt": [(["汽车保有量迅速增长"], ["改革资源配置模式", "改革考试制度"])],  # 1 essay of 2: pooled
}


def _summary(essays) -> DocumentSummary:
    def pts(texts):
        return [Point(text=t, start=0, end=1) for t in texts]

    return DocumentSummary(chars=10, essays=[
        EssaySummary(index=i, start=0, end=1, chars=1, summary="", challenges=pts(ch), recommendations=pts(rec))
        for i, (ch, rec) in enumerate(essays)])


class FakeSummarize:
    """Returns PREDICTIONS for the file named by ``source``; records each call."""

    def __init__(self, predictions=PREDICTIONS):
        self.predictions = predictions
        self.calls: list[tuple[str, str, object]] = []

    def __call__(self, document, *, source=None, options=None, **kw):
        # (the Document read is summarized, as the CLI does: its text is recorded)
        self.calls.append((Path(source).name, document.text, options))
        return _summary(self.predictions.get(Path(source).name, []))


def _write_corpus(root: Path, gold: dict, files: dict[str, bytes | str]) -> Path:
    (root / "docs").mkdir(parents=True)
    (root / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    for name, data in files.items():
        path = root / "docs" / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return root


@pytest.fixture()
def corpora(tmp_path) -> list[Path]:
    alpha = _write_corpus(tmp_path / "alpha", ALPHA_GOLD, {"a.txt": A_TEXT, "b.md": B_TEXT})
    beta = _write_corpus(tmp_path / "beta", BETA_GOLD, {"c.txt": C_TEXT, "d.txt": PNG})
    return [alpha, beta]


# ------------------------------------------------------------------------------------------ figures


def test_corpus_figures_per_document_with_a_collection_a_pooled_file_and_an_error_row(corpora):
    fake = FakeSummarize()
    report = evaluate_corpora(corpora, options={"max_points": 4}, summarize=fake)
    assert isinstance(report, CorpusReport)
    # the text the readers gave, the source path and the options reach the summarizer; d.txt is never summarized
    assert [c[0] for c in fake.calls] == ["a.txt", "b.md", "c.txt"]
    assert fake.calls[1][1] == B_TEXT and fake.calls[0][2].max_points == 4
    docs = {r.key: r.to_dict() for r in report.documents}

    a = docs["alpha/a.txt"]  # 基层治理能力不足 missed; 宣传缺位 not precise; 补足医疗短板: LCS 6 = 0.6 x 10 recalled
    assert (a["references"], a["recalled"], a["predicted"], a["precise"]) == (3, 2, 3, 2)
    assert a["mode"] == "essays" and a["essay_count_right"] is True and a["points"] == 3
    assert a["mean_point_chars"] == pytest.approx(20 / 3)

    b = docs["alpha/b.md"]  # a collection of 2, scored essay by essay
    assert b["mode"] == "essays" and (b["essays_gold"], b["essays_pred"]) == (2, 2)
    assert (b["references"], b["recalled"], b["predicted"], b["precise"]) == (5, 2, 3, 2)
    assert [(u["id"], u["recalled"], u["references"]) for u in b["units"]] == [("b1", 1, 2), ("b2", 1, 3)]

    c = docs["beta/c.txt"]  # 1 essay predicted of 2: pooled, so 汽车保有量迅速增长 (gold essay 2) counts
    assert c["mode"] == "pooled" and c["essay_count_right"] is False and c["essays_pred"] == 1
    assert (c["references"], c["recalled"], c["predicted"], c["precise"]) == (4, 2, 3, 2)
    assert c["per_aspect"]["challenges"]["recalled"] == 1 and c["per_aspect"]["recommendations"]["recalled"] == 1

    d = docs["beta/d.txt"]  # PNG bytes: an error row, recall 0, the run went on
    assert d["mode"] == "error" and d["error"]["stage"] == "read" and d["error"]["type"] == "unsupported_format"
    assert (d["references"], d["recalled"], d["predicted"], d["recall"], d["precision"]) == (1, 0, 0, 0.0, None)

    out = report.to_dict()
    o = out["overall"]
    assert (o["references"], o["recalled"], o["predicted"], o["precise"]) == (13, 6, 9, 6)
    assert o["recall"] == pytest.approx(6 / 13) and o["precision"] == pytest.approx(2 / 3)
    assert o["f1"] == pytest.approx(6 / 11)
    assert o["points"] == 9 and o["mean_point_chars"] == pytest.approx(7.0)  # 20 + 20 + 23 characters
    assert o["errors"] == 1 and out["essay_count"] == {"right": 2, "files": 4}
    assert [(k, v["references"], v["recalled"], v["predicted"], v["precise"]) for k, v in o["per_aspect"].items()] \
        == [("challenges", 7, 3, 4, 3), ("recommendations", 6, 3, 5, 3)]
    assert [(c["name"], c["references"], c["recalled"], c["predicted"]) for c in out["corpora"]] \
        == [("alpha", 8, 4, 6), ("beta", 5, 2, 3)]
    # source: the entry's, else the gold's top-level source (none in beta), else the directory's name
    assert {k: (v["documents"], v["recalled"], v["references"]) for k, v in out["per_source"].items()} \
        == {"site-a": (1, 2, 3), "site-b": (1, 2, 5), "beta": (2, 2, 5)}
    assert {k: v["documents"] for k, v in out["per_shape"].items()} \
        == {"plain": 1, "markdown": 1, "csv-record": 1, "unknown": 1}
    loso = out["leave_one_source_out"]
    assert loso["refit"] is False
    assert [(s["source"], s["recalled"], s["references"], s["refit"]) for s in loso["sources"]] \
        == [("site-a", 2, 3, False), ("site-b", 2, 5, False), ("beta", 2, 5, False)]
    json.dumps(out)  # JSON-ready


def test_pooling_is_what_gives_credit_for_points_in_the_wrong_essay(tmp_path):
    gold = {"essays": [
        {"file": "x.txt", "essay_count": 2, "challenges": ["资金短缺"], "recommendations": []},
        {"file": "x.txt", "challenges": ["噪声扰民"], "recommendations": []},
    ]}
    root = _write_corpus(tmp_path / "g", gold, {"x.txt": "正文。"})
    swapped = [(["噪声扰民"], []), (["资金短缺"], [])]  # right count, points in the other essay
    r = evaluate_corpora([root], summarize=FakeSummarize({"x.txt": swapped})).documents[0]
    assert r.mode == "essays" and (r.figures.overall.recalled, r.figures.overall.precise) == (0, 0)
    assert [u.id for u in r.units] == ["x.txt#1", "x.txt#2"]  # default ids: file#n
    diff = evaluate_corpora([root], summarize=FakeSummarize({"x.txt": swapped})).diff().splitlines()
    assert diff[1:] == [  # the diff says where each point went: an essay-boundary error, not a miss
        "  [x.txt#1] challenges: recalled 0/1, precise 0/1",
        "    - 资金短缺  [in x.txt#2]",
        "    + 噪声扰民  [in x.txt#2]",
        "  [x.txt#2] challenges: recalled 0/1, precise 0/1",
        "    - 噪声扰民  [in x.txt#1]",
        "    + 资金短缺  [in x.txt#1]",
    ]
    merged = [(["噪声扰民", "资金短缺"], [])]  # one essay: pooled
    r = evaluate_corpora([root], summarize=FakeSummarize({"x.txt": merged})).documents[0]
    assert r.mode == "pooled" and (r.figures.overall.recalled, r.figures.overall.precise) == (2, 2)


def test_table_has_unit_threshold_every_section_and_the_point_length_target(corpora):
    table = evaluate_corpora(corpora, summarize=FakeSummarize()).table()
    lines = table.splitlines()
    assert lines[0].startswith("Aspect points: 4 document(s), 6 gold essay(s), 2 corpora; method textrank")
    assert lines[0].endswith(", learned aspect model on, sentence selector on")  # (the defaults; which reading)
    assert "unit: content characters" in lines[1] and "LCS >= 0.6 x its length" in lines[1]
    assert lines[2] == ("essay count right: 2 of 4 file(s); 1 error row(s) (scored recall 0); mean point length "
                        "7.0 characters (target <= 60: met)")
    for title in ("Per corpus", "Per document", "Per shape", "Per source", "Per script", "Leave-one-source-out"):
        assert sum(ln.startswith(title) for ln in lines) == 1, title
    row = next(ln for ln in lines if ln.startswith("all "))
    assert row.split() == ["all", "0.462", "(", "6/13", ")", "0.667", "(", "6/9", ")", "0.545", "9", "7.0"]
    # a collection scored essay by essay gets a row per essay: b2 has 建设专门场地 of 2, 1 of its 2 points precise
    b = next(i for i, ln in enumerate(lines) if ln.startswith("alpha/b.md"))
    assert lines[b + 1].split() == ["[b1]", "0.500", "(", "1/2", ")", "1.000", "(", "1/1", ")", "0.667", "1", "8.0"]
    assert lines[b + 2].split() == ["[b2]", "0.333", "(", "1/3", ")", "0.500", "(", "1/2", ")", "0.400", "2", "6.0"]
    c_row = next(ln for ln in lines if ln.startswith("beta/c.txt"))
    assert "2/1*" in c_row and "csv-record" in c_row
    d_row = next(ln for ln in lines if ln.startswith("beta/d.txt"))
    assert "1/-!" in d_row and "ERROR read unsupported_format" in d_row
    assert "nothing refit" in next(ln for ln in lines if ln.startswith("Leave-one-source-out"))


def test_diff_lists_misses_and_imprecise_points_compactly(corpora):
    diff = evaluate_corpora(corpora, summarize=FakeSummarize()).diff().splitlines()
    a = diff.index("== alpha/a.txt  essays 1/1  R 0.67 (2/3)  P 0.67 (2/3)  len 6.7")
    assert diff[a + 1: a + 4] == [
        "  challenges: recalled 1/2, precise 1/2",
        "    - 基层治理能力不足",
        "    + 宣传缺位",
    ]
    b = diff.index("== alpha/b.md  essays 2/2  R 0.40 (2/5)  P 0.67 (2/3)  len 6.7")
    assert diff[b + 1: b + 8] == [
        "  [b1] recommendations: recalled 0/1, precise 0/0",
        "    - 搭建融资平台",
        "  [b2] challenges: recalled 0/1, precise 0/0",
        "    - 噪声扰民  [in recommendations]",  # predicted, but as a recommendation
        "  [b2] recommendations: recalled 1/2, precise 1/2",
        "    - 整合社会资源",
        "    + 噪声扰民问题  [in challenges]",
    ]
    c = diff.index("== beta/c.txt  essays 2/1 POOLED  R 0.50 (2/4)  P 0.67 (2/3)  len 7.7")
    assert diff[c + 1: c + 6] == [
        "  challenges: recalled 1/2, precise 1/1",
        "    - 教育经费投入不均衡",
        "  recommendations: recalled 1/2, precise 1/2",
        "    - 限制汽车数量",
        "    + 改革考试制度  ≈0.33 «改革资源配置模式»",  # a near miss shows its nearest gold point
    ]
    d = diff.index("== beta/d.txt  essays 1/- ERROR  R 0.00 (0/1)  P n/a (0/0)  len n/a")
    assert diff[d + 1].startswith("   ERROR (read) unsupported_format: ")
    assert diff[d + 2:] == ["  challenges: recalled 0/1, precise 0/0", "    - 数据安全"]


def test_diff_near_miss_ratio_reads_gold_without_pinyin_notes_as_the_scorer_does(tmp_path):
    # lead60: a gold point copied with its pinyin notes (臺(tái)灣) is scored without them (point_chars); the diff's
    # near-miss ratio must be the scorer's, not one diluted by the notes' Latin letters.
    gold = {"essays": [{"id": "p", "file": "p.txt", "essay_count": 1,
                        "challenges": ["臺(tái)灣地區(qū)漏水嚴(yán)重"], "recommendations": []}]}
    root = _write_corpus(tmp_path / "pin", gold, {"p.txt": "臺(tái)灣地區(qū)漏水嚴(yán)重。\n"})
    fake = FakeSummarize({"p.txt": [(["地區漏水"], [])]})
    diff = evaluate_corpora([root], summarize=fake).diff().splitlines()
    # 地區漏水 is 4 of the 8 Han characters of 臺灣地區漏水嚴重: 0.50 (with the notes' letters counted it read 0.20)
    assert "    - 臺(tái)灣地區(qū)漏水嚴(yán)重  ≈0.50 «地區漏水»" in diff


def test_leave_one_source_out_refits_a_trainable_component_without_the_held_out_source(corpora):
    fitted_on: list[list[str]] = []

    def fit(train_documents):
        fitted_on.append([d.key for d in train_documents])
        assert all(d.text and d.gold for d in train_documents)
        return FakeSummarize({})  # the refit component predicts nothing

    report = evaluate_corpora(corpora, summarize=FakeSummarize(), fit=fit)
    # the unreadable beta/d.txt is never a training document
    assert fitted_on == [["alpha/b.md", "beta/c.txt"], ["alpha/a.txt", "beta/c.txt"], ["alpha/a.txt", "alpha/b.md"]]
    held = report.to_dict()["leave_one_source_out"]
    assert held["refit"] is True
    assert [(s["source"], s["train_documents"], s["recalled"], s["references"], s["points"])
            for s in held["sources"]] == [("site-a", 2, 0, 3, 0), ("site-b", 2, 0, 5, 0), ("beta", 2, 0, 5, 0)]
    assert [d["file"] for d in held["sources"][2]["held_out_documents"]] == ["c.txt", "d.txt"]
    assert held["sources"][2]["held_out_documents"][0]["predicted_points"] == []
    assert report.overall.overall.recalled == 6  # the main figures use `summarize` as given
    assert "refit on the other sources" in report.table()


def test_fit_returning_none_reuses_summarize_and_a_lone_source_is_not_refit(tmp_path):
    root = _write_corpus(tmp_path / "solo", ALPHA_GOLD | {"essays": ALPHA_GOLD["essays"][:1]}, {"a.txt": A_TEXT})
    calls = []
    report = evaluate_corpora([root], summarize=FakeSummarize(), fit=lambda docs: calls.append(docs))
    assert calls == []  # no other source to train on
    (h,) = report.held_out
    assert (h.source, h.refit, h.note) == ("site-a", False, "no document of another source to train on")
    assert h.figures.overall.recalled == 2


# ------------------------------------------------------------------------------------------ data errors


def test_a_missing_document_is_a_dataset_error_naming_it(tmp_path):
    root = _write_corpus(tmp_path / "c", ALPHA_GOLD, {"a.txt": A_TEXT})  # b.md missing
    with pytest.raises(DatasetError, match=r"essays\[1\]: file 'b.md' not found") as info:
        evaluate_corpora([root], summarize=FakeSummarize())
    assert info.value.path == str(root / "gold.json")


def test_malformed_gold_is_a_dataset_error_naming_each_entry(tmp_path):
    gold = {"essays": [
        {"id": "ok", "file": "a.txt", "essay_count": 2, "challenges": ["资金短缺"]},
        {"id": "nofile", "challenges": ["噪声扰民"]},
        {"id": "ok", "file": "../a.txt"},
        {"id": "bad", "file": "b.txt", "challenges": "资金短缺"},
        {"id": "empty", "file": "b.txt", "recommendations": ["。"], "shape": "html"},
        {"id": "shape", "file": "b.txt", "shape": "markdown"},
    ]}
    root = _write_corpus(tmp_path / "c", gold, {"a.txt": A_TEXT, "b.txt": A_TEXT})
    with pytest.raises(DatasetError) as info:
        load_corpus(root)
    problems = info.value.problems
    assert "essays[1] (id 'nofile'): no 'file' (every entry names the document it belongs to)" in problems
    assert "essays[2] (id 'ok'): id already used by essays[0]" in problems
    assert "essays[2] (id 'ok'): file '../a.txt' must be a path inside the docs directory" in problems
    assert "essays[3] (id 'bad'): 'challenges' must be a list of strings" in problems
    assert "essays[4] (id 'empty'): recommendations[0] = '。' has no content characters" in problems
    assert any(p.startswith("essays[5] (id 'shape'): shape 'markdown' differs from 'html'") for p in problems)
    assert "file 'a.txt': essay_count 2 (essays[0]) but 1 gold entry" in problems
    assert len(problems) == 7 and str(root / "gold.json") in str(info.value)


def test_unreadable_gold_files_are_dataset_errors(tmp_path):
    (tmp_path / "j").mkdir()
    (tmp_path / "j" / "gold.json").write_text('{"essays": [\n  {"file": }\n]}', encoding="utf-8")
    with pytest.raises(DatasetError, match=r"gold.json: invalid JSON at line 2, column 12"):
        load_corpus(tmp_path / "j")
    with pytest.raises(DatasetError, match="needs a gold.json"):
        load_corpus(tmp_path)
    (tmp_path / "j" / "gold.json").write_text('{"essays": {}}', encoding="utf-8")
    with pytest.raises(DatasetError, match="its 'essays' is not a list; a gold file is an object"):
        load_corpus(tmp_path / "j")
    (tmp_path / "j" / "gold.json").write_text('{"essays": []}', encoding="utf-8")
    with pytest.raises(DatasetError, match="no gold entries"):
        load_corpus(tmp_path / "j")
    alpha = _write_corpus(tmp_path / "alpha", ALPHA_GOLD, {"a.txt": A_TEXT, "b.md": B_TEXT})
    with pytest.raises(DatasetError, match="the same corpus is given twice: .*alpha/gold.json"):
        evaluate_corpora([alpha, alpha], summarize=FakeSummarize())
    with pytest.raises(DatasetError, match="no corpus given"):
        evaluate_corpora([], summarize=FakeSummarize())


def test_corpora_of_the_same_name_are_told_apart_and_one_path_is_enough(tmp_path):
    x = _write_corpus(tmp_path / "x" / "alpha", ALPHA_GOLD, {"a.txt": A_TEXT, "b.md": B_TEXT})
    y = _write_corpus(tmp_path / "y" / "alpha", ALPHA_GOLD, {"a.txt": A_TEXT, "b.md": B_TEXT})
    report = evaluate_corpora([x, y], summarize=FakeSummarize())
    assert [r.key for r in report.documents] == ["x/alpha/a.txt", "x/alpha/b.md", "y/alpha/a.txt", "y/alpha/b.md"]
    assert list(report.by("corpus")) == ["x/alpha", "y/alpha"]
    single = evaluate_corpora(str(x), summarize=FakeSummarize())  # a lone path, not a list
    assert [r.key for r in single.documents] == ["alpha/a.txt", "alpha/b.md"]


def test_seed_style_gold_is_one_document_matched_by_essay_index(tmp_path):
    gold = {"essays": [{"id": "篇二", "challenges": ["医疗物资储备不足"], "recommendations": ["补足医疗服务领域短板"]}]}
    (tmp_path / "dev_gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DatasetError, match="seed.txt does not exist"):
        load_corpus(tmp_path / "dev_gold.json")
    (tmp_path / "seed.txt").write_text("篇一：……\n篇二：……\n篇三：……", encoding="utf-8")
    preds = {"seed.txt": [(["无关"], []), (["医疗物资储备严重不足"], ["加强宣传", "补足医疗短板"]), ([], ["其他"])]}
    report = evaluate_corpora([tmp_path / "dev_gold.json"], summarize=FakeSummarize(preds))
    (r,) = report.documents
    assert (r.mode, r.essays_pred, r.essay_count_right) == ("by-index", 3, None)
    assert [(u.id, u.pred_index) for u in r.units] == [("篇二", 1)]
    o = r.figures.overall  # precision only on essays with gold; points and length over every predicted essay
    assert (o.references, o.recalled, o.predicted, o.precise) == (2, 2, 3, 2)
    assert (r.figures.points, r.figures.point_chars) == (5, 2 + 10 + 4 + 6 + 2)
    assert report.to_dict()["essay_count"] == {"right": 0, "files": 0}
    assert r.source == tmp_path.name  # no top-level source: the directory's name


# ------------------------------------------------------------------------------------------ shapes


@pytest.mark.parametrize(("text", "fmt", "shape"), [
    ("---\ntitle: 标题\n---\n正文<p>一</p><p>二</p><p>三</p>", "text", "yaml-front-matter"),
    ("\ufeff\n---\r\ntitle: x\r\n...\r\n# 标题\n# 标题", "text", "yaml-front-matter"),
    ('2018-06-11 09:26:11,标题,"\t正文\n"', "text", "csv-record"),
    ('date,title,content\n2015-07-16,标题,"\t正文', "text", "csv-record"),
    ("module.exports = {content: `<p style=\"a\"><span>一</span><br/>二</p>`}", "text", "html"),
    ("# 一、问题\n正文\n# 二、对策\n正文", "text", "markdown"),
    ("正文有**加粗**和[链接](http://x)。", "text", "markdown"),
    ("# 只有一个标题\n正文。", "text", "plain"),
    ("id\ttitle\n1\t正文", "text", "plain"),
    ("---\n没有结束的分隔线\n正文", "text", "plain"),
    ("基層醫療發展藍圖未落實，應該如何定位？問題與對策。", "text", "traditional"),
    ("基层医疗发展蓝图未落实，应该如何定位？", "text", "plain"),
    ("任何文本", "html", "html"),
    ("任何文本", "docx", "docx"),
    ("任何文本", "pdf", "pdf"),
])
def test_infer_shape_rules(text, fmt, shape):
    assert infer_shape(text, fmt) == shape


def test_a_csv_file_is_a_csv_record_by_its_suffix():
    assert infer_shape("id,title\n1,正文", "text", "docs/101.csv") == "csv-record"
    assert infer_shape("id\ttitle\n1\t正文", "text", "x.TSV") == "csv-record"
    assert infer_shape("---\ntitle: x\n---\n正文", "text", "x.csv") == "yaml-front-matter"


def test_infer_script():
    assert infer_script("基層醫療發展藍圖未落實") == "traditional"
    assert infer_script("基层医疗发展蓝图未落实") == "simplified"
    assert infer_script("no CJK at all") == "simplified"


def test_shape_rules_are_linear_on_pathological_input():
    # unclosed brackets and bold markers on one long line: bounded quantifiers keep each attempt short
    assert infer_shape("[" * 200_000 + "**" * 100_000 + "[](" * 50_000 + "<p" * 2, "text") == "plain"


# ------------------------------------------------------------------------------------------ CLI


@pytest.fixture()
def app() -> typer.Typer:
    app = typer.Typer()
    app.command("evaluate")(evaluate)

    @app.command("noop")
    def noop() -> None:  # a second command keeps `evaluate` a sub-command, as in summarizer.cli
        pass

    return app


@pytest.fixture()
def fake_pipeline(monkeypatch):
    fake = FakeSummarize()
    monkeypatch.setattr(evaluation_cli, "summarize", fake)
    return fake


def test_cli_corpora_table_json_and_diff(app, corpora, fake_pipeline, tmp_path):
    out = tmp_path / "r.json"
    result = CliRunner().invoke(app, ["evaluate", "--task", "aspects", *map(str, corpora), "--sentences", "3",
                                      "--max-point-chars", "40", "--json", str(out), "--diff"])
    assert result.exit_code == 1, result.output  # an error row
    assert fake_pipeline.calls[0][2].max_points == 3 and fake_pipeline.calls[0][2].max_point_chars == 40
    assert result.stdout.startswith("Aspect points: 4 document(s)")
    assert "    - 基层治理能力不足" in result.stdout  # --diff
    assert "1 document(s) could not be read or summarized" in result.stderr and "beta/d.txt (read: unsupported_format)" \
        in result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["overall"]["recalled"] == 6 and report["options"]["max_point_chars"] == 40
    assert report["threshold"] == 0.6 and report["unit"].startswith("content characters")


def test_cli_gold_and_docs_and_threshold(app, corpora, fake_pipeline, tmp_path):
    alpha = corpora[0]
    gold = tmp_path / "elsewhere.json"
    gold.write_text((alpha / "gold.json").read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "r.json"
    result = CliRunner().invoke(app, ["evaluate", "--task", "aspects", "--gold", str(gold), "--docs",
                                      str(alpha / "docs"), "--threshold", "1.0", "-o", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [d["file"] for d in report["documents"]] == ["a.txt", "b.md"]
    # at 1.0 only whole gold points inside a prediction count: 医疗物资储备不足 ⊂ 医疗物资储备严重不足, 资金短缺, 建设专门场地
    assert report["threshold"] == 1.0 and report["overall"]["recalled"] == 3


def test_cli_usage_and_data_errors_exit_2(app, corpora, fake_pipeline, tmp_path):
    runner = CliRunner()
    r = runner.invoke(app, ["evaluate", "--task", "aspects"])
    assert r.exit_code == 2 and "needs DATA" in r.stderr
    r = runner.invoke(app, ["evaluate", "--task", "aspects", "--docs", str(tmp_path)])
    assert r.exit_code == 2 and "--docs goes with --gold" in r.stderr
    (corpora[0] / "docs" / "b.md").unlink()
    r = runner.invoke(app, ["evaluate", "--task", "aspects", str(corpora[0])])
    assert r.exit_code == 2 and "file 'b.md' not found" in r.stderr
    r = runner.invoke(app, ["evaluate", "--task", "rouge", str(corpora[0]), str(corpora[1])])
    assert r.exit_code == 2 and "reads one DATA file" in r.stderr and "2 were given" in r.stderr
    assert fake_pipeline.calls == []


def test_real_pipeline_on_the_shared_aspects_dev_corpus():
    pytest.importorskip("summarizer.pipeline")
    root = shared_data_dir()
    if root is None or not (root / "aspects_dev" / "gold.json").is_file():
        pytest.skip("aspects_dev not present")
    report = evaluate_corpora([root / "aspects_dev"])
    out = report.to_dict()
    o = out["overall"]
    assert (o["documents"], o["gold_essays"], o["references"], o["errors"]) == (11, 13, 163, 0)
    assert out["essay_count"]["files"] == 11
    shapes = {d["file"]: d["shape"] for d in out["documents"]}
    assert shapes == {"01.txt": "csv-record", "03.txt": "csv-record", "05.txt": "csv-record", "07.txt": "csv-record",
                      "09.txt": "markdown", "11.txt": "markdown", "13.txt": "markdown", "15.txt": "yaml-front-matter",
                      "17.txt": "yaml-front-matter", "19.txt": "html", "21.txt": "yaml-front-matter"}
    assert {d["file"]: d["script"] for d in out["documents"] if d["script"] == "traditional"}.keys() \
        == {"15.txt", "17.txt"}
    # every predicted point is counted in exactly one place
    assert o["predicted"] == sum(len(p[a]) for d in out["documents"] for p in d["predicted_points"]
                                 for a in ("challenges", "recommendations"))
    assert o["recall"] == pytest.approx(o["recalled"] / 163)


def test_a_failing_or_broken_summarizer_is_an_error_row_with_its_traceback(tmp_path):
    from summarizer.errors import EmptyInputError

    root = _write_corpus(tmp_path / "alpha", ALPHA_GOLD, {"a.txt": A_TEXT, "b.md": B_TEXT})

    def broken(text, *, source=None, options=None):
        if source.endswith("a.txt"):
            raise EmptyInputError("nothing left after cleaning")
        return {"essays": "not a summary"}

    report = evaluate_corpora([root], summarize=broken)
    a, b = (r.error for r in report.documents)
    assert (a["stage"], a["type"], a["message"]) == ("summarize", "empty_input", "nothing left after cleaning")
    assert "traceback" not in a  # bad input, not a bug
    assert (b["stage"], b["type"]) == ("summarize", "AttributeError") and "Traceback" not in b["message"]
    assert "AttributeError" in b["traceback"]
    assert report.overall.errors == 2 and report.overall.overall.recalled == 0
    assert report.overall.overall.references == 8 and report.documents[1].shape == "markdown"  # text was read


def test_docx_html_and_pdf_documents_are_read_with_the_readers(tmp_path):
    import files_fixtures as F

    gold = {"essays": [{"file": name, "challenges": ["基层力量薄弱"], "recommendations": ["充实基层队伍"]}
                       for name in ("e.docx", "f.html", "g.pdf", "h.txt")]}
    root = _write_corpus(tmp_path / "formats", gold, {
        "e.docx": F.make_docx(), "f.html": F.page_html(), "g.pdf": F.make_pdf([F.ESSAY_LINES[:3], F.ESSAY_LINES[3:]]),
        "h.txt": F.ESSAY.encode("gb18030"),
    })
    fake = FakeSummarize({name: [(["基层力量薄弱，人员编制不足"], ["充实基层队伍，加强业务培训"])]
                          for name in ("e.docx", "f.html", "g.pdf", "h.txt")})
    report = evaluate_corpora([root], summarize=fake)
    texts = {name: text for name, text, _ in fake.calls}
    assert all("基层力量薄弱" in t for t in texts.values()) and len(texts) == 4
    assert not any(w in texts["f.html"] for w in F.NAV_WORDS)  # the main content only, as the CLI reads a page
    assert texts["h.txt"] == F.ESSAY  # GB18030 decoded
    rows = {r.document.file: (r.format, r.encoding, r.shape) for r in report.documents}
    assert rows == {"e.docx": ("docx", "utf-8", "docx"), "f.html": ("html", "utf-8", "html"),
                    "g.pdf": ("pdf", "unicode", "pdf"), "h.txt": ("text", "gb18030", "plain")}
    assert report.overall.overall.recalled == 8 and report.overall.errors == 0


def test_a_missing_model_stops_the_run_instead_of_failing_every_document(app, corpora, monkeypatch):
    from summarizer.errors import ModelNotAvailableError

    calls = []

    def no_model(text, *, source=None, options=None):
        calls.append(source)
        raise ModelNotAvailableError("method 'seq2seq' needs the seq2seq extra")

    with pytest.raises(ModelNotAvailableError):
        evaluate_corpora(corpora, summarize=no_model)
    assert len(calls) == 1
    monkeypatch.setattr(evaluation_cli, "summarize", no_model)
    r = CliRunner().invoke(app, ["evaluate", "--task", "aspects", str(corpora[0]), "--method", "seq2seq"])
    # checked before any document is read: no model given
    assert r.exit_code == 2 and r.stdout == "" and "needs a model checkpoint" in r.stderr
    assert len(calls) == 1  # no document was summarized by the CLI run
    monkeypatch.setattr(evaluation_cli, "check_method", lambda options: None)  # a model that fails only when used
    r = CliRunner().invoke(app, ["evaluate", "--task", "aspects", str(corpora[0]), "--method", "seq2seq"])
    assert r.exit_code == 2 and "needs the seq2seq extra" in r.stderr


def test_group_labels_keep_the_ends_that_tell_sources_apart():
    """Per-source rows of one site's pages differ only at the path's end: a label cut keeps start and end."""
    from summarizer.evaluation.corpus import _short_label

    assert _short_label("https://www.example.org/a", 30) == "example.org/a"
    a = _short_label("http://news.example.com.tw/news/local/paper/1201090", 24)
    b = _short_label("http://news.example.com.tw/news/local/paper/1201091", 24)
    assert len(a) == 24 and a != b
    assert a == "news.exampl…aper/1201090" and b.endswith("1201091")
    assert _short_label("trial-shape-words", 40) == "trial-shape-words"
