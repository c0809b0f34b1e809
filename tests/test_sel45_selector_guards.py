"""sel45: the sentence selector's known faults as kinds, each on a small text written for the test, and the
``--loso-fit`` table that said the selector was on in a run made without it."""

from __future__ import annotations

import json
import sys
import types

from typer.testing import CliRunner

from summarizer.evaluation import aspect_training
from summarizer.evaluation import cli as evaluation_cli


# --- summarizer evaluate --loso-fit names what ran ------------------------------------------------------------------

def _two_source_corpus(root):
    docs = root / "docs"
    docs.mkdir(parents=True)
    (docs / "a.txt").write_text("社区养老的难题\n\n社区养老服务人手不足，资金短缺。建议增加财政投入，培养护理人员。\n",
                                encoding="utf-8")
    (docs / "b.txt").write_text("校车安全管理\n\n部分校车车况较差，司机培训不够。应当定期检修车辆，加强司机培训。\n",
                                encoding="utf-8")
    gold = {"essays": [
        {"file": "a.txt", "source": "site-a", "essay_count": 1, "challenges": ["社区养老服务人手不足，资金短缺"],
         "recommendations": ["增加财政投入，培养护理人员"]},
        {"file": "b.txt", "source": "site-b", "essay_count": 1, "challenges": ["部分校车车况较差，司机培训不够"],
         "recommendations": ["定期检修车辆，加强司机培训"]}]}
    (root / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return root


def test_loso_fit_runs_without_the_selector_and_the_table_says_so(tmp_path, monkeypatch):
    # (the refit model is set with aspect_model.using, which the selector gives way to: the held-out runs never had
    # it; the first run is now made without it too and the table's options line says "sentence selector off")
    corpus = _two_source_corpus(tmp_path / "c")
    monkeypatch.setitem(sys.modules, "sklearn", types.ModuleType("sklearn"))
    fits = []
    monkeypatch.setattr(aspect_training, "loso_fit", lambda: lambda train: fits.append(len(train)))
    out = tmp_path / "r.json"
    res = CliRunner().invoke(_app(), ["evaluate", "--task", "aspects", str(corpus), "--loso-fit", "--json", str(out)])
    assert res.exit_code == 0, res.output
    assert fits == [1, 1]
    head = res.stdout.splitlines()[0]
    assert "sentence selector off" in head and "sentence selector on" not in head
    assert json.loads(out.read_text(encoding="utf-8"))["options"]["sentence_selector"] is False


def _app():
    import typer

    app = typer.Typer()
    app.command()(evaluation_cli.evaluate)
    app.command("noop")(lambda: None)  # (two commands: typer keeps the command's name)
    return app


# --- the selector's additions under the essay's structure (sentence_selector.additions_guarded) ----------------------

from types import SimpleNamespace  # noqa: E402

import pytest  # noqa: E402
from costs import assert_linear  # noqa: E402

from summarizer import aspects as asp  # noqa: E402
from summarizer.pipeline import summarize  # noqa: E402
from summarizer.points import RawPoint  # noqa: E402
from summarizer.schema import SummarizeOptions  # noqa: E402
from summarizer.sentence_selector import (ALL_GUARDS, GUARDS, additions_guarded, addresses_audience,  # noqa: E402
                                         heading_bodies, load_selector)

C, R = asp.CHALLENGE, asp.RECOMMENDATION


from test_sel43_elaborations import _layout, _span  # noqa: E402  (the essay layout stand-in sel43's tests build)


def _pt(aspect, text, piece, score=1.0):
    return RawPoint(aspect, *_span(text, piece), score)


def _texts(text, out, aspect):
    return [text[p.start:p.end] for p in out[aspect]]


def test_the_shipped_selector_has_the_guards_on_that_cost_no_gold_point():
    # (measured on ids < 4960 and aspects_dev: background, preamble and the governed bodies took more additions that
    # match a gold point of their aspect than wrong ones, so they stay off; see the README, sel45)
    assert load_selector().additions_guards
    assert GUARDS == {"audience", "modal", "turn", "nomove"} and GUARDS < ALL_GUARDS


# (a) a paper's background: its abstract and introduction name the field's problems in general
PAPER = ("# 城市社区垃圾分类推进中的问题与对策\n\n"
         "摘要近年来各地大力推行垃圾分类，然而分类效果并没有得到根本改善。本文提出了建议。\n\n"
         "关键词垃圾分类，社区治理\n\n"
         "# 1引言\n\n"
         "城市生活垃圾产生量逐年增加，许多城市的末端处理能力严重不足。\n\n"
         "# 2存在的问题\n\n"
         "# 2.1分类投放准确率偏低\n\n"
         "# 2.2收运环节衔接不畅\n\n"
         "部分小区分类投放后又被混装混运。\n")


def test_a_papers_abstract_and_introduction_add_no_challenge_when_its_body_states_two():
    h1, h2 = _span(PAPER, "2.1分类投放准确率偏低"), _span(PAPER, "2.2收运环节衔接不畅")
    layout = _layout(PAPER, headings=(h1, h2))
    taken = {C: [_pt(C, PAPER, "分类投放准确率偏低"), _pt(C, PAPER, "收运环节衔接不畅")], R: []}
    added = {C: [_pt(C, PAPER, "然而分类效果并没有得到根本改善", 0.9),
                 _pt(C, PAPER, "许多城市的末端处理能力严重不足", 0.9)], R: []}
    on = frozenset({"background"})
    assert _texts(PAPER, additions_guarded(PAPER, layout, taken, added, on), C) == []
    assert len(_texts(PAPER, additions_guarded(PAPER, layout, taken, added), C)) == 2  # off in the shipped set
    # a body that states one challenge only: the background's may be the paper's own
    one = {C: taken[C][:1], R: []}
    assert len(_texts(PAPER, additions_guarded(PAPER, _layout(PAPER, headings=(h1,)), one, added, on), C)) == 2


def test_an_unlabelled_preamble_before_an_essays_listed_problems_adds_none():
    # (a cleaned PDF loses its abstract's label: the part before the first listed problem is the preamble; e)
    text = ("社区防汛工作的做法与思考\n今年以来，汛情多发，基层防汛压力普遍较大。一是做好排查。由于巷道狭窄，排查难度很大。"
            "二是排涝设施标准偏低。三是应急队伍专业化程度不高。\n")
    marks = [text.index("一是"), text.index("二是"), text.index("三是")]
    taken = {C: [_pt(C, text, "排涝设施标准偏低"), _pt(C, text, "应急队伍专业化程度不高")], R: []}
    added = {C: [_pt(C, text, "基层防汛压力普遍较大", 0.9), _pt(C, text, "排查难度很大", 0.9)], R: []}
    on = frozenset({"preamble"})
    assert _texts(text, additions_guarded(text, _layout(text, markers=marks), taken, added, on), C) == []
    # a plain essay with no listed problems keeps them
    assert len(_texts(text, additions_guarded(text, _layout(text), taken, added, on), C)) == 2


# (b) a measure clause after a problem, in the same sentence or the next, is no challenge
def test_a_challenge_that_opens_with_a_modal_is_dropped_and_one_that_turns_to_measures_is_cut():
    text = ("一些地方居民参与不足、资金筹措难的问题比较突出，我们要加快建立合理共担的资金机制。"
            "要把管网改造放在首位。\n")
    added = {C: [_pt(C, text, "一些地方居民参与不足、资金筹措难的问题比较突出，我们要加快建立合理共担的资金机制", 0.9),
                 _pt(C, text, "要把管网改造放在首位", 0.9)], R: []}
    out = additions_guarded(text, _layout(text), {C: [], R: []}, added)
    assert _texts(text, out, C) == ["一些地方居民参与不足、资金筹措难的问题比较突出"]
    assert len(added[C]) == 2 and added[C][0].end > out[C][0].end  # the input is unchanged


# (c) a problem item's body is no measure: not added as one, not moved to the measures
REPORT = ("一、存在的问题\n（一）审批手续繁琐。项目要经过多个部门审批，从立项到开工往往需要一年以上。\n"
          "二、对策建议\n（一）推行联合审批。把审批事项整合到一个窗口受理。\n")


def test_the_body_of_a_problem_item_is_not_added_as_a_measure_nor_a_measure_items_as_a_problem():
    marks = [REPORT.index("（一）审批"), REPORT.index("（一）推行")]
    layout = _layout(REPORT, headings=(_span(REPORT, "一、存在的问题"), _span(REPORT, "二、对策建议")), markers=marks)
    taken = {C: [_pt(C, REPORT, "审批手续繁琐")], R: [_pt(R, REPORT, "推行联合审批")]}
    added = {C: [_pt(C, REPORT, "把审批事项整合到一个窗口受理", 0.9)],
             R: [_pt(R, REPORT, "项目要经过多个部门审批，从立项到开工往往需要一年以上", 0.9)]}
    assert additions_guarded(REPORT, layout, taken, added, frozenset({"governed_cross"})) == {C: [], R: []}
    assert additions_guarded(REPORT, layout, taken, added, frozenset({"governed_same"})) == added


def test_an_item_point_past_its_frame_still_governs_its_body_but_the_next_item_is_free():
    text = "二是因施工采取的措施，造成部分道路拥堵。不少居民出行不便。三是要加强交通疏导。\n"
    marks = [0, text.index("三是")]
    taken = {C: [_pt(C, text, "造成部分道路拥堵")], R: []}
    added = {C: [_pt(C, text, "不少居民出行不便", 0.9)], R: [_pt(R, text, "加强交通疏导", 0.9)]}
    out = additions_guarded(text, _layout(text, markers=marks), taken, added, ALL_GUARDS)
    assert _texts(text, out, C) == [] and _texts(text, out, R) == ["加强交通疏导"]


def test_heading_bodies_are_the_sentences_under_a_heading_point_until_the_next_heading_or_item():
    marks = [REPORT.index("（一）审批"), REPORT.index("（一）推行")]
    layout = _layout(REPORT, headings=(_span(REPORT, "一、存在的问题"), _span(REPORT, "二、对策建议")), markers=marks)
    taken = {C: [_pt(C, REPORT, "审批手续繁琐")], R: [_pt(R, REPORT, "推行联合审批")]}
    sents = [SimpleNamespace(start=a, end=b) for a, b in (
        _span(REPORT, "（一）审批手续繁琐。"), _span(REPORT, "项目要经过多个部门审批，从立项到开工往往需要一年以上。"),
        _span(REPORT, "（一）推行联合审批。"), _span(REPORT, "把审批事项整合到一个窗口受理。"))]
    assert heading_bodies(layout, taken, sents) == {C: {1}, R: {3}}


# (d) an exhortation of the audience is no measure
@pytest.mark.parametrize("point, yes", [
    ("对于这些问题，大家要认真对照检查，立行立改", True), ("希望各位以更务实的作风抓好落实", True),
    ("同志们，务必绷紧安全这根弦", True), ("各乡镇要加强监管力量", False), ("要加强对大家反映问题的办理", False)])
def test_addresses_audience(point, yes):
    assert addresses_audience(point) is yes


SPEECH = ("在全区食品安全工作会议上的讲话\n\n同志们：\n\n这次会议的任务是总结去年的工作，安排今年的任务。下面，我讲两点意见。\n\n"
          "一、清醒认识当前食品安全工作中的问题。从去年的抽检情况看，小作坊卫生条件差、校园周边流动摊贩无证经营的问题依然存在，"
          "部分街道监管力量薄弱。对于这些问题，大家要认真对照检查，立行立改，决不能敷衍塞责。\n\n"
          "二、突出重点抓好专项整治。一要整治校园周边食品经营秩序，对无证摊贩依法取缔；二要推动小作坊入园集中管理，"
          "年内完成改造提升。\n")


def test_a_speakers_call_on_the_audience_to_face_the_problems_is_no_recommendation():
    essay = summarize(SPEECH).essays[0]
    recs = [p.text for p in essay.recommendations]
    assert recs == ["整治校园周边食品经营秩序，对无证摊贩依法取缔", "推动小作坊入园集中管理，年内完成改造提升"]


def test_additions_guarded_is_linear():
    def run(n):
        text = "一是资金不足。大家要重视。" * n
        step = len("一是资金不足。大家要重视。")
        marks = list(range(0, len(text), step))
        taken = {C: [RawPoint(C, i + 2, i + 6, 1.0) for i in marks], R: []}
        added = {C: [RawPoint(C, i + 7, i + 12, 0.9) for i in marks],
                 R: [RawPoint(R, i + 7, i + 12, 0.9) for i in marks]}
        return additions_guarded(text, _layout(text, markers=marks), taken, added, ALL_GUARDS)
    assert run(10_000) == {C: [], R: []}
    assert_linear(run, 500, "many items with bodies")
    long = "问题" * 50_000
    assert additions_guarded(long, _layout(long), {C: [], R: []}, {C: [RawPoint(C, 0, 100_000, 0.9)], R: []},
                             ALL_GUARDS)[C]


# (e) the seed's dev essays: the guards that take its narrated difficulties off are measured off on the corpus
def test_every_guard_on_takes_the_seeds_narrated_difficulties_off(seed_text, monkeypatch):
    from conftest import DEV_GOLD

    import summarizer.sentence_selector as sel
    from summarizer.evaluation.aspects import predictions_from_summary, score_aspects

    monkeypatch.setattr(sel, "GUARDS", ALL_GUARDS)
    report = score_aspects(predictions_from_summary(summarize(seed_text)),
                           json.loads(DEV_GOLD.read_text(encoding="utf-8")))
    # (model36's linear file 0.970 / 0.971; model46's refit on ids <= 5319 reads two more of the seed's sentences as
    # points under every guard, 0.970 / 0.944; the shipped guards: 0.970 / 0.850 with either file)
    assert report.recall >= 0.95 and report.precision >= 0.94


# (c) a heading's or item's body is not moved away from its heading point's aspect (review's nomove)
def test_review_moves_no_body_of_a_problem_item_to_the_measures():
    import numpy as np

    from summarizer.sentence_selector import SentenceSelector

    text = "（一）供水设施老化。不少管网跑冒滴漏严重。\n另外，群众节水意识不强。\n"
    head, body, plain = (_span(text, "供水设施老化"), _span(text, "不少管网跑冒滴漏严重"), _span(text, "群众节水意识不强"))
    sents = [SimpleNamespace(start=a, end=b) for a, b in (
        _span(text, "（一）供水设施老化。"), _span(text, "不少管网跑冒滴漏严重。"), _span(text, "另外，群众节水意识不强。"))]
    layout = _layout(text, markers=(0,))

    def review(guards):
        sel = SentenceSelector.__new__(SentenceSelector)
        SentenceSelector.__init__(sel, None, [], 2.0, 0.5, 2.0, additions_guards=guards)
        sel.reads_essay = lambda structure, sentences: True
        sel.essay_probabilities_of = lambda *a, **k: ([()] * 3, np.tile([0.05, 0.05, 0.9], (3, 1)))
        taken = {C: [RawPoint(C, *head, 1.0), RawPoint(C, *body, 1.0), RawPoint(C, *plain, 1.0)], R: []}
        out = sel.review(SimpleNamespace(text=text), sents, layout, taken)
        return _texts(text, out, C), _texts(text, out, R)

    assert review(False) == ([], ["供水设施老化", "不少管网跑冒滴漏严重", "群众节水意识不强"])
    # the body right under the item point stays a challenge; the item point itself may move, and so may a sentence
    # whose nearest point before it is no heading or item point (the body's own point here)
    assert review(True) == (["不少管网跑冒滴漏严重"], ["供水设施老化", "群众节水意识不强"])
