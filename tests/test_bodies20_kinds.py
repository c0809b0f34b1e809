"""Measures inside the bodies of titled measure items (bodies20), each on a text written for the test.

1. A titled measure item (``（二）加强网络内容治理`` ⏎ paragraph) whose body, after arguing, turns to a further measure of
   its own aim or target by a subject's modal (``为了从源头上遏制谣言，我们应当建立…``, ``针对X，Y应当…``) gave only
   its heading: the body's prescribing clause is a point too (:func:`summarizer.points.body_prescriptions` with
   ``opening=False``, :func:`summarizer.points._titled_body_measures`). So is a later body sentence that proposes
   (``建议市政府设立…``). Not a sentence that elaborates: the body's opening (it restates the heading), one with no frame
   before its modal (``社区应当加强巡查``; ``该项目属于…，运营方应当遵守…``), a relayed one (``局长强调指出，…应…``), an
   example, or one that restates the heading (:func:`summarizer.points.restates_heading`).
2. A measure item headed by a bare dimension label (``（一）人才方面``) gave the label as a measure and lost the further
   measures its body adds (``同时，建立…``): the label is no point, the body's measures are
   (:func:`summarizer.points.dimension_label`, :func:`summarizer.points._label_body_measures`); a label with a verbal
   noun (``经费保障``) names its measure and stays a point.
"""

from __future__ import annotations

import json

from typer.testing import CliRunner

from summarizer import pipeline
from summarizer import points as P
from summarizer.cli import app


def test_a_modal_clause_after_a_purpose_or_target_frame_prescribes_a_further_measure():
    s = "因此，为了防止网络谣言扩散，我们应当加强平台审核机制建设。"
    assert P.body_prescriptions(s, opening=False) == [s.index("我们")]
    s = "针对外卖包装浪费问题，商务部门应当制定简约包装标准。"
    assert P.body_prescriptions(s, opening=False) == [s.index("商务部门")]


def test_an_opening_modal_clause_counts_only_where_openings_do():
    s = "社区应当加强夜间巡查，及时消除安全隐患。"
    assert P.body_prescriptions(s, opening=False) == []
    assert P.body_prescriptions(s) == [0]


def test_a_proposal_verb_opens_a_measure_unless_the_caller_says_it_restates():
    s = "建议市政府设立专项基金，支持社区养老服务。"
    assert P.body_prescriptions(s, opening=False) == [0]
    assert P.body_prescriptions(s, opening=False, proposal=False) == []


def test_no_prescription_after_a_fact_a_relay_a_consequence_or_an_example():
    assert P.body_prescriptions("该项目属于公共服务，运营方应当遵守相关规定。", opening=False) == []
    assert P.body_prescriptions("局长强调指出，各单位应当加强节日值班。") == []
    assert P.body_prescriptions("要做到这一点，就必须拥有一批专业人才。") == []
    assert P.body_prescriptions("例如，某市应当在三年内完成改造。") == []


def test_a_quality_is_no_prescription():
    assert P.body_prescriptions("基层干部应当具备较强的沟通能力。") == []


def test_an_added_link_with_an_imperative_verb_adds_a_measure_where_openings_count():
    s = "同时，建立干部轮岗交流机制，让年轻干部在基层得到锻炼。"
    assert P.body_prescriptions(s) == [3]
    assert P.body_prescriptions(s, opening=False) == []
    s = "应当完善网格员培训制度；同时，设立网格员专项补贴。"
    assert P.body_prescriptions(s) == [0, s.index("设立")]


def test_a_link_before_a_judgement_adds_nothing():
    assert P.body_prescriptions("此外，开展普法宣传也是提升公众素养的有效手段。") == []


def test_a_point_restates_the_heading_when_most_of_the_heading_recurs_in_order():
    assert P.restates_heading("中科院更应该维护好这一良好的氛围", "营造良好的科研氛围")
    assert not P.restates_heading("我们应当建立平台举报机制", "加强道德规范")
    assert P.restates_heading("搭建交流平台，开展对话，营造所内良好的科研氛围", "营造良好的科研氛围", 0.75)
    assert not P.restates_heading("任何文字", "")


def test_a_dimension_label_names_no_measure():
    assert P.dimension_label("人才方面")
    assert P.dimension_label("制度层面：")
    assert not P.dimension_label("经费保障")
    assert not P.dimension_label("加强人才队伍建设")
    assert not P.dimension_label("合理确定脱贫目标")


RUMOURS = """网络谣言治理的问题与对策

一、存在的问题

（一）辟谣不及时
部分平台发现谣言后处置迟缓，谣言已经大范围传播。

二、对策建议

（一）强化平台内容审核
网信部门应当督促平台加强内容审核，完善审核流程。目前，各大平台普遍设立了谣言举报入口，但处置效率参差不齐。针对短视频平台中的剪辑拼接谣言，网信部门应当建立重点账号分级管理制度。该类账号属于高风险账号，平台应当遵守相关规定。建议监管部门联合主要平台建设辟谣信息共享库。

（二）提升公众媒介素养
社区应当加强媒介素养宣传，帮助居民辨别信息真伪。
"""


def _body_measures(text: str) -> list[str]:
    essay = pipeline.analyze(text)[0]
    layout = P._layout(essay.structure, essay.sentences, essay.roles)
    found = P._titled_body_measures(essay.structure, essay.sentences, essay.roles, layout, 60)
    return [essay.text[p.start:p.end] for p in found]


def test_a_titled_measure_items_body_adds_the_measures_it_turns_to_and_no_elaboration():
    # (the opening sentence restates the heading; the one after a fact, 该类账号属于…，…应当遵守…, prescribes nothing new)
    assert _body_measures(RUMOURS) == ["网信部门应当建立重点账号分级管理制度", "建议监管部门联合主要平台建设辟谣信息共享库"]


LABELS = """乡镇基层治理的问题与对策

一、存在的问题

（一）人员老化
乡镇干部平均年龄偏大，年轻干部流失严重。

（二）经费紧张
运转经费不足，很多工作难以开展。

二、对策建议

（一）人才方面
要加大基层人才引进力度，完善待遇保障。同时，建立干部轮岗交流机制，让年轻干部在基层得到锻炼。

（二）经费保障
应设立基层治理专项资金，由县财政统筹安排。
"""


def test_a_dimension_labels_body_gives_the_measures_and_the_label_none(tmp_path):
    # (through the command, which reads the file as a user's input)
    path = tmp_path / "labels.txt"
    path.write_text(LABELS, encoding="utf-8")
    result = CliRunner().invoke(app, ["summarize", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    essays = record["essays"] if "essays" in record else record[0]["essays"]
    recommendations = [p["text"] for p in essays[0]["recommendations"]]
    assert "人才方面" not in recommendations
    assert recommendations[:3] == ["要加大基层人才引进力度，完善待遇保障", "建立干部轮岗交流机制，让年轻干部在基层得到锻炼",
                                   "经费保障"]
