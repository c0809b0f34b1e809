"""Kinds left from Parts 58 and 59 (issue 8, off36), each on a small text of the test's own.

- a table of contents over a report's preamble: its first entry printed again over the body is a section heading,
  no second essay (Part 59's 3029);
- a shortfall noun right after a verb of examining (``查找差距，补齐短板``) is the object of a demand, no shortcoming
  (Part 58's 2996);
- a finding on a programme named by its verb phrase (``推动…计划执行率偏低，宜检讨改善``) is a finding with its demand
  (Part 59's 3059);
- measures named as someone's duty after the problem (``A问题严重，B，C，是政府必须要做的事情``) are a recommendation, the
  problem before them a challenge (Part 59's 3055);
- the premier's reply (``行政院长某某回应，…希望各县市政府共体时艰``) is the authorities' reply, no point of the author's
  (Part 59's 3027).
"""

from __future__ import annotations

import pytest

from costs import assert_linear
from summarizer.aspects import CHALLENGE, RECOMMENDATION, challenge_strength, reports_scholar_view, sentence_aspect
from summarizer.essays import _contents_entries, _heading_lines, split_essays
from summarizer.points import problem_then_demand, problem_then_duty

_PREAMBLE = ("当前全球经济复苏乏力，外部环境复杂多变，本地中小企业经营压力明显加大，居民就业和收入增长放缓。"
             "本会认为，政府应当把握机遇，善用既有优势，推出切实有效的政策，回应社会各阶层的关切，"
             "在稳增长、保就业、惠民生三方面同时发力，让市民切实感受到发展带来的实惠。")
_BODY = ("1. 设立跨部门的常态沟通机制，定期交换市场发展和监管政策的资讯，及早应对新的风险。\n"
         "2. 争取国际金融机构在本地设立区域办事处，发挥金融中心的优势，支持区域基础设施建设。\n"
         "3. 推动绿色金融产品发展，扩大绿色债券发行规模，吸引更多国际资金参与本地的低碳转型。\n")


def _contents_page(first: str) -> str:
    return (f"二〇二五年施政报告期望\n{first}\n发展金融科技\n推动低空经济\n培育高端人才\n深化区域合作\n"
            f"{_PREAMBLE}\n{first}\n{_BODY}")


def test_contents_entry_printed_again_over_the_body_splits_nothing():
    text = _contents_page("巩固提升金融中心地位")
    spans = split_essays(text)
    assert [(s.start, s.end) for s in spans] == [(0, len(text.rstrip()))]


def test_contents_entries_are_the_run_of_heading_lines():
    text = _contents_page("巩固提升金融中心地位")
    lines = _heading_lines(text)
    starts = sorted(_contents_entries(text, lines))
    assert [text[a:text.index("\n", a)] for a in starts] == [
        "二〇二五年施政报告期望", "巩固提升金融中心地位", "发展金融科技", "推动低空经济", "培育高端人才", "深化区域合作"]


def test_repeated_caption_run_is_no_contents_list():
    text = "现场照片（摄影某某）\n现场照片（摄影某某）\n现场照片（摄影某某）\n展演现场\n" + _PREAMBLE + "\n"
    assert _contents_entries(text, _heading_lines(text)) == set()


def test_page_header_after_breadcrumb_is_no_contents_list():
    title = "平衡生态天平共建绿色家园"
    text = (f"当前位置:首页>备考资料>{title}\n{title}\n免费短信提醒\n地区\n获取验证立即预约\n看不清楚,换张图片\n"
            + _PREAMBLE + "\n")
    assert _contents_entries(text, _heading_lines(text)) == set()


@pytest.mark.parametrize("sentence", [
    "下一步，各乡镇要倒排时间节点，进一步落实责任，查找差距，补齐短板。",
    "各部门要找准短板、精准施策，确保完成全年任务。",
])
def test_examined_shortfall_right_after_the_verb_is_a_demand(sentence):
    assert challenge_strength(sentence) == 0
    assert sentence_aspect(sentence) == RECOMMENDATION


@pytest.mark.parametrize("sentence", ["部分单位查找差距不深，整改流于形式。", "前期调研分析不足，底数不清。"])
def test_shortfall_of_the_examining_itself_stays_a_challenge(sentence):
    assert sentence_aspect(sentence) == CHALLENGE


def test_finding_on_a_programme_named_by_its_verb_then_demand():
    s = "推动乡村特色产业园区建设计划预算执行率未如预期，保留金额偏高，允宜检讨改善，以达计划成效。"
    (a, b), (c, d) = problem_then_demand(s)
    assert s[a:b] == "推动乡村特色产业园区建设计划预算执行率未如预期，保留金额偏高"
    assert s[c:d] == "允宜检讨改善，以达计划成效"


def test_bare_programme_demand_is_no_finding():
    assert problem_then_demand("推动乡村特色产业园区建设计划，允宜检讨改善。") is None


def test_measures_named_a_duty_after_the_problem():
    s = "目前全市车辆总数已超出道路承载能力，大量尾气排放也产生严重的环保问题，持续优化路面，鼓励居民绿色出行，是政府必须要进行的事情。"
    (a, b), (c, d) = problem_then_duty(s)
    assert s[a:b] == "目前全市车辆总数已超出道路承载能力，大量尾气排放也产生严重的环保问题"
    assert s[c:d] == "持续优化路面，鼓励居民绿色出行，是政府必须要进行的事情"


def test_duty_without_a_problem_before_it_is_none():
    assert problem_then_duty("持续优化路面，鼓励居民绿色出行，是政府必须要进行的事情。") is None


@pytest.mark.parametrize("speaker", ["行政院长某某", "阁揆"])
def test_premier_reply_is_the_authorities_reply(speaker):
    text = f"副市长批评中央删减社安网人力经费。{speaker}回应，明年度的补助希望各县市政府共体时艰，如果财划法通过，后年就有机会调整。"
    start = text.index("明年度")
    assert reports_scholar_view(text, start, len(text) - 1)


def test_critic_before_the_reply_is_no_reply():
    text = "副市长批评中央删减社安网人力经费，地方社工人力严重不足。院长某某回应，会再研议。"
    assert not reports_scholar_view(text, text.index("中央"), text.index("。"))


def test_contents_and_duty_readers_stay_linear():
    assert_linear(lambda n: split_essays("短标题行\n" * n + _PREAMBLE + "\n短标题行\n" + _BODY), 2_000,
                  "many heading lines in one run")
    assert_linear(lambda n: problem_then_duty("问题严重，" + "优化路面，" * n + "是政府必须要进行的事情。"), 2_000,
                  "a long chain of clauses before a duty")
