"""fix40c (a new user's tryout on fix40b): a numbered problem whose practice noun has a predicate of disagreement
(各地做法不一) was read as a practices heading and lost; the last item of an inline list ending in a word whose last
character is a conjunction's (参与) was read as cut off by a page end though a full stop closes it; a reported proposal
rejected in its own sentence (有人建议A，这种做法不可取) was kept when the point was cut after the proposer. Small texts
of the tests' own."""

import pytest
from costs import assert_linear

from summarizer.aspects import heading_aspect, rejects_reported_proposal
from summarizer.pipeline import summarize_document
from summarizer.points import cut_off_item


def _points(text: str) -> tuple[list[str], list[str]]:
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


@pytest.mark.parametrize("predicate", ["不一", "不统一", "各异", "参差不齐"])
def test_a_practice_noun_that_disagrees_states_a_problem(predicate):
    text = ("一、存在的问题\n1. 专项经费长期不足，场地老旧。\n2. 服务规范缺失，各区做法" + predicate + "。\n"
            "二、对策建议\n1. 统一考核口径，按季度通报结果。")
    challenges, recommendations = _points(text)
    assert challenges == ["专项经费长期不足，场地老旧", "服务规范缺失，各区做法" + predicate]
    assert recommendations == ["统一考核口径，按季度通报结果"]


def test_a_practices_heading_stays_background():
    assert heading_aspect("主要做法") == "other"
    assert heading_aspect("各区做法不一") != "other"


@pytest.mark.parametrize("last", ["吸纳志愿团体参与", "动员退休教师参与"])
def test_the_last_inline_item_closed_by_a_full_stop_is_kept(last):
    text = "社区托管服务缺口较大。为此建议：一是扩充托管场地；二是培训专职看护人员；三是" + last + "。"
    _, recommendations = _points(text)
    assert recommendations == ["扩充托管场地", "培训专职看护人员", last]


def test_an_item_cut_by_the_page_end_is_still_cut_off():
    text = "一、扩充托管场地。\n二、提升服务和"
    start = text.index("提升")
    assert cut_off_item(text, start, len(text))
    closed = text + "。"
    assert not cut_off_item(closed, start, len(text))


def test_a_proposal_rejected_in_its_own_sentence_is_no_measure():
    text = "校园周边拥堵严重。有人主张全面禁止家长接送车辆，这种做法不可取，只会把拥堵推到别处。"
    _, recommendations = _points(text)
    assert recommendations == []
    start = text.index("全面禁止")
    end = text.index("。", start)
    assert rejects_reported_proposal(text, start, end)
    own = "校园周边拥堵严重。建议错峰放学，设置临时落客区。"
    assert not rejects_reported_proposal(own, own.index("错峰"), len(own) - 1)


def test_the_proposer_read_back_stays_linear():
    def run(n: int) -> None:
        text = "有人主张" + "甲" * n + "，这种做法不可取。"
        rejects_reported_proposal(text, 4, len(text) - 1)
        cut_off_item(text, 4, len(text) - 1)
    assert_linear(run, 2_000, "a reported proposal's read-back and a cut-off item")


@pytest.mark.parametrize("predicate", ["服务覆盖面窄", "服务覆盖范围较小"])
def test_a_narrow_coverage_is_a_problem(predicate):
    text = "近年来各区推进人才工作。在人才引进方面，" + predicate + "，偏远乡镇尤为明显。"
    challenges, recommendations = _points(text)
    assert challenges == ["在人才引进方面，" + predicate + "，偏远乡镇尤为明显"]
    assert recommendations == []
