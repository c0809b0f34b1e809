"""try44b: a late tryout of the day's merges as a new user would read them — a 太…了 exclamation of praise
(``生意太好了``) is no excess judged a fault; a run of faces between two clauses (``停车难😡😡物业不管``,
``停车难😡👎物业不管``) is one comma, and the point spans both clauses with offsets covering the run in the source;
the same texts summarized twice in one process, and after other texts, give the same output. Small texts of the
tests' own."""

import json

import pytest
from costs import assert_linear

from summarizer import aspects as asp
from summarizer.clean import FACE_COMMA
from summarizer.pipeline import summarize, summarize_document


def _points(text: str) -> tuple[list[str], list[str]]:
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


# --- 1. 太 before a word of praise ----------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["店主笑着说，今年生意太好了。", "山上的风景太美了，游客流连忘返。",
                                  "窗口的服务太周到了。", "孩子们说新操场太棒了。", "鄉親們說，這條新路修得太方便了。"])
def test_praise_after_tai_is_no_challenge(line):
    assert _points(line)[0] == []
    assert asp.degree_deficit(line.rstrip("。")) is None


@pytest.mark.parametrize("line, word", [("老人们说，窗口排队时间太长了。", "太长了"), ("这几年资金投入太少了。", "太少了"),
                                        ("基層的檢查考核太多了。", "太多了")])
def test_an_excess_after_tai_stays_a_challenge(line, word):
    challenges = _points(line)[0]
    assert len(challenges) == 1 and word in challenges[0]
    assert asp.degree_deficit(line.rstrip("。")).group() == word


# --- 2. a run of faces between two clauses --------------------------------------------------------------------------

@pytest.mark.parametrize("run", ["😢😢", "😢 😢", "😢🔥", "😢👍🏻😢", "😢"])
def test_a_run_of_faces_between_clauses_keeps_the_point_whole(run):
    text = f"小区停车难问题突出{run}车位严重不足，乱停乱放现象普遍。"
    doc = summarize(text)
    points = [p for e in doc.essays for p in e.challenges]
    assert [p.text for p in points] == ["小区停车难问题突出，车位严重不足，乱停乱放现象普遍"]
    assert text[points[0].start:points[0].end] == text[:-1]  # (the source, faces included, to the clause end)


def test_face_comma_takes_the_whole_run():
    assert FACE_COMMA.sub("，", "突出😢👍🏻 😢车位") == "突出，车位"
    assert FACE_COMMA.sub("，", "🔥车位") == "🔥车位"


def test_face_comma_is_linear():
    assert_linear(lambda n: FACE_COMMA.sub("，", "停车难" + "😡👍🏻 " * n + "物业"), 2_000, "a long run of emoji")
    assert_linear(lambda n: FACE_COMMA.sub("，", "停车难😡物业不管" * n), 2_000, "faces between many clauses")


def test_praise_degree_is_linear():
    assert_linear(lambda n: asp.degree_deficit("太好" * n), 5_000, "a line of 太好 without punctuation")
    assert_linear(lambda n: asp.degree_deficit("生意太好了，" * n), 2_000, "many short praise clauses")


# --- 3. the same text, twice and after other texts ------------------------------------------------------------------

_TEXTS = ["一、存在的问题\n农村养老服务供给不足，护理人员严重短缺。\n二、对策建议\n要加大财政投入，完善养老服务体系。",
          "社区停车难问题突出😢车位严重不足。\n建议增设立体停车库，推行错时共享停车。",
          "唯有坚持改革创新，才能破解乡村振兴中的人才难题。当前乡村人才流失严重。",
          "當前，我國製造業既面臨成本上升的壓力，也要應對國際競爭加劇的挑戰。要加快轉型升級。"]


def _dump(text: str) -> str:
    return json.dumps(summarize(text).model_dump(), ensure_ascii=False, sort_keys=True)


def test_the_same_text_gives_the_same_output_in_any_order():
    first = [_dump(t) for t in _TEXTS]
    again = [_dump(t) for t in reversed(_TEXTS)][::-1]
    assert first == again


# --- 4. a report written after a template is no template --------------------------------------------------------------

_SELF_CHECK = ("按照县委统一部署，以下是我单位参照县里下发的模板形成的自查报告。\n一、存在的问题\n"
               "（一）学习教育不深入，部分党员理论学习流于形式。\n（二）服务群众意识不强，办事效率偏低。\n二、整改措施\n"
               "（一）健全学习制度，每月开展集中学习。\n（二）推行首问负责制，提高办事效率。")


@pytest.mark.parametrize("text", [_SELF_CHECK, _SELF_CHECK.replace("参照县里下发的模板形成的", "依照縣府範本撰寫的")])
def test_a_report_written_after_a_template_keeps_its_points(text):
    challenges, recommendations = _points(text)
    assert any("学习教育不深入" in p for p in challenges)
    assert any("推行首问负责制" in p for p in recommendations)


@pytest.mark.parametrize("line, announced", [("以下是一份通用的安全检查报告模板，供各校参考。", True),
                                             ("以下为整改报告范本：", True), ("检查表模板如下。", True),
                                             ("以下是我单位参照县里下发的模板形成的自查报告。", False),
                                             ("以下是按模板填写的情况说明。", False)])
def test_the_template_is_what_the_sentence_names(line, announced):
    from summarizer.points import _TEMPLATE_ANNOUNCED
    assert bool(_TEMPLATE_ANNOUNCED.search(line)) is announced


def test_template_head_is_linear():
    from summarizer.points import _TEMPLATE_ANNOUNCED
    assert_linear(lambda n: _TEMPLATE_ANNOUNCED.search("以下是模板" * n), 2_000, "以下是…模板 without a clause end")


# --- 5. the counted causes of a success -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["该村脱贫成功的原因主要有三点，包括领导重视、群众支持、资金到位等。",
                                  "該村脫貧成功的原因主要有三點,包括領導重視、群眾支持、資金到位等。"])
def test_the_counted_causes_of_a_success_are_no_challenges(text):
    assert _points(text)[0] == []


def test_the_counted_causes_of_a_failure_stay_challenges():
    challenges = _points("该村脱贫进展缓慢的原因主要有三点，包括领导不重视、群众参与少、资金不到位等。")[0]
    assert challenges == ["领导不重视", "群众参与少", "资金不到位"]
    # (a success's causes that state shortcomings themselves are still read as such)
    assert len(_points("项目成功的原因主要有三点，包括前期调研不足、资金拨付滞后、监管缺位等。")[0]) == 3


def test_success_causes_is_linear():
    from summarizer.points import _success_causes
    assert_linear(lambda n: _success_causes("成功" * n + "原因"), 2_000, "success words without a cause noun")
    assert_linear(lambda n: _success_causes("成功的原因，" * n), 2_000, "many short clauses")
