"""recall30 (issue 8): gold points the pipeline missed on Parts 37-38, fixed as kinds, on small inputs written for
these tests (never copied from the corpus)."""

import pytest

from aspect_helpers import points
from summarizer import aspects as asp


# Kind f1: an attribute that can be more or less (能力, 标准, 水平 …) stated low or poor by a bare adjective at its
# clause's end (抗灾能力差, 建设标准低, 服务水平较低): no challenge_predicate word names the shortcoming.

@pytest.mark.parametrize("text, count", [
    ("乡村道路建设标准低，通行能力差", 2),
    ("村医服务水平较低。", 1),
    ("培训的针对性也比较弱", 1),
    # 度, 性, 力 after a Han character name a measurable quality (匹配度, 稳定性, 执行力)
    ("岗位与技能匹配度低", 1),
    ("监测数据稳定性差，", 1),
    ("基层执行力弱。", 1),
    # negatives: a comparison (低于), a noun (差异; 差距 is challenge_predicate's own), a negation, praise
    ("该县收入水平低于全省平均", 0),
    ("各村管理水平差异明显", 0),
    ("监管能力不差，执行标准不低", 0),
    ("保障水平高，服务能力强", 0),
    # negatives: a quality that is bad when high (失业率, 难度, 压力): low is good news
    ("该镇失业率低，", 0),
    ("新流程操作难度低", 0),
    ("窗口人员工作压力较低", 0),
    # a word challenge_predicate counts already is not counted twice (偏低)
    ("人均收入偏低，", 0),
    # a cost or a bar stated high the same way (bad when high)
    ("小微企业运营成本高", 1),
    ("准入门槛偏高，", 1),
    ("设备维修费用太大。", 1),
    # negatives: a comparison, no clause end, a negation, a cost that falls
    ("用工成本高于收入", 0),
    ("高成本的项目", 0),
    ("成本大幅下降", 0),
    ("运营成本不高，", 0),
    # a list of attributes that qualifies a noun (…的工作): only the last item at its clause's end is a predicate
    ("从事劳动强度高、工资低的工作", 0),
    ("乡村道路建设标准低、通行能力差。", 1),
])
def test_attribute_stated_low_or_poor_counts_as_a_shortcoming(text, count):
    assert asp.attribute_shortfall_count(text) == count


def test_challenge_strength_adds_the_attributes_stated_low():
    assert asp.challenge_strength("乡村道路建设标准低，通行能力差") == 2
    assert asp.challenge_strength("人均收入偏低，") == 1


def test_numbered_items_of_attributes_stated_low_are_challenges():
    text = ("①排灌设施标准低，抗旱能力差。全乡有泵站12座，多数建于上世纪。"
            "②村级水管员素质低，管护能力弱。不少水管员没有接受过培训。"
            "③基层站所工作效率低。群众办事往往要跑好几趟。")
    ch, rec = points(text)
    assert ch == ["排灌设施标准低，抗旱能力差", "村级水管员素质低，管护能力弱", "基层站所工作效率低"]
    assert rec == []


def test_attribute_stated_high_or_strong_gives_no_challenge():
    ch, _ = points("①排灌设施标准高，抗旱能力强。全乡有泵站12座。②村级水管员素质高。他们都接受过培训。")
    assert ch == []


def test_attribute_shortfall_pattern_is_linear():
    assert asp.attribute_shortfall_count("能力" * 50_000) == 0
    assert asp.attribute_shortfall_count("能力较较较较较较" * 10_000 + "低") == 0
    assert asp.attribute_shortfall_count("能力差，" * 20_000) == 20_000
