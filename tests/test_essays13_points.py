"""Problem items whose heading sentence ends in a negated predicate (trial13 L4): ``1.街道和社区之间不衔接。…`` gives
the heading sentence as the point, cut at its full stop, with or without a space after the item number."""

import pytest

import summarizer
from summarizer.points import ends_negated

ITEMS = """关于社区应急物资储备的几点建议
社区是应急处置的最前沿，物资储备直接关系到突发事件发生后的第一时间处置能力。
存在的问题主要有：
{n1}街道和社区之间不衔接。双方缺乏统一的调配台账，急需时找不到东西。
{n2}储备点位经常不固定。物资存放管理不到位，受潮霉变的物资没有及时更换。
{n3}志愿者服务不连续。长期参与的志愿者偏少，培训以后很快流失。
对此，建议：
{n1}建立街道统一的物资调配台账，实行动态更新。
{n2}制定储备点位管理办法，定期检查并轮换临期物资。
{n3}完善志愿者激励机制，把服务时长与社区积分挂钩。
"""


@pytest.mark.parametrize("numbers", [("1.", "2.", "3."), ("1. ", "2. ", "3. "), ("１．", "２．", "３．")])
def test_a_problem_heading_with_a_negated_predicate_is_cut_at_its_full_stop(numbers):
    text = ITEMS.format(n1=numbers[0], n2=numbers[1], n3=numbers[2])
    (essay,) = summarizer.summarize(text).essays
    assert [p.text for p in essay.challenges] == ["街道和社区之间不衔接", "储备点位经常不固定", "志愿者服务不连续"]


@pytest.mark.parametrize(("heading", "expected"), [
    ("利益分配机制不顺", True), ("数据系统互不联通", True), ("基层人才留不住", True), ("老旧设施未更新。", True),
    ("网格员队伍", False), ("不顺", False), ("加强队伍建设", False), ("资金投入不足的原因分析", False),
])
def test_ends_negated(heading, expected):
    assert ends_negated(heading) is expected


def test_ends_negated_reads_only_the_end_of_a_long_line():
    assert ends_negated("治" * 100_000 + "不顺")
    assert not ends_negated("不" * 100_000 + "治理体系")
