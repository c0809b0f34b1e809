"""Recall on Simplified-Chinese documents (issue 8): kinds of missed points that the rules left out. Every essay
here was written for this test."""

import pytest

from aspect_helpers import points
from summarizer.points import need_clauses

# A long essay whose problems are stated one per paragraph in plain prose, after a short listed pair that the
# closing 总之 sentence ends: every prose problem sentence is a point, not only the first eight.
_PROBLEMS = [
    "镇上的公共厕所数量严重不足。",
    "夜市摊位的消防通道被长期占用，安全隐患突出。",
    "老街区的排水管网年久失修，雨季积水问题频发。",
    "社区卫生站的全科医生十分匮乏。",
    "公交线路布局不合理，偏远村组的居民出行不便。",
    "农贸市场的食品检测设备陈旧落后，检测能力薄弱。",
    "镇属学校的体育场地短缺，学生课外活动受到制约。",
    "文化站的图书更新滞后，借阅人数逐年偏低。",
    "养老院的护理人员流失严重，服务质量参差不齐。",
    "路灯维修响应不及时，部分路段夜间照明缺失。",
]
_NARRATION = [
    "这个镇位于两条河流的交汇处，历史上曾是附近几个县的货物集散地。",
    "每逢农历初一和十五，周边村民都会赶来镇上赶集，街上人来人往。",
    "镇政府所在的老院子建于上世纪六十年代，院里有两棵高大的香樟树。",
    "近几年，镇上陆续开了几家快递网点和一家连锁超市。",
    "很多年轻人外出务工，过年时才回到镇上和家人团聚。",
    "镇东头的石桥据说已有三百多年历史，桥头立着一块石碑。",
    "每年秋收以后，镇上都会举办一次农产品展销活动。",
]


def _long_prose_essay() -> str:
    paragraphs = ["".join(_NARRATION[(k + j) % len(_NARRATION)] for j in range(12)) + problem
                  + _NARRATION[(k + 5) % len(_NARRATION)] for k, problem in enumerate(_PROBLEMS)]
    return ("关于小镇公共服务的几点观察\n当前小镇公共服务存在以下问题：一是停车位紧张，二是菜市场环境脏乱。"
            "总之，小镇的情况比较复杂。\n" + "\n".join(paragraphs) + "\n")


def test_a_long_essay_keeps_every_prose_problem_beyond_eight():
    text = _long_prose_essay()
    assert len(text) > 3600  # long enough for twelve prose points by the per-character cap
    challenges, _ = points(text)
    assert challenges == ["停车位紧张", "菜市场环境脏乱"] + [p.rstrip("。") for p in _PROBLEMS]


# A problems section laid out as paragraphs that each open with their topic sentence: the topic of one paragraph
# names its problem with no deficiency word (需求变化较快), but its siblings' topics and the section say what it is.
_TOPICS = ("社区食堂运营的困境与对策\n\n"
           "社区食堂运营面临的现实困境\n\n"
           "社区食堂的扶持政策滞后。各地对社区食堂的补贴办法出台较早，与眼下的物价水平对不上：一是补贴发放周期过长。"
           "二是补贴对象界定不清。\n\n"
           "社区食堂缺乏专业的管理人员。多数食堂由街道临时聘用的人员打理，采购、记账和卫生都靠经验。\n\n"
           "{third}老人的口味和作息各不相同，上班族又多在晚上来吃饭：一是菜品更新跟不上。二是错峰供餐难以安排。\n\n"
           "破解社区食堂困境的对策\n\n"
           "一方面，完善补贴机制。按月核定补贴并公开发放进度。另一方面，引入专业运营团队。由街道统一招标，签订服务合同。\n")


def test_an_uncued_paragraph_topic_among_stating_siblings_is_a_challenge():
    challenges, recommendations = points(_TOPICS.format(third="社区食堂的用餐需求变化较快。"))
    assert challenges == ["社区食堂的扶持政策滞后", "补贴发放周期过长", "补贴对象界定不清", "社区食堂缺乏专业的管理人员",
                          "社区食堂的用餐需求变化较快", "菜品更新跟不上", "错峰供餐难以安排"]
    assert recommendations == ["完善补贴机制", "引入专业运营团队"]


def test_an_uncued_topic_needs_two_stating_siblings():
    # with one sibling topic that states a problem, the section's paragraphs are no run of sub-headings
    text = _TOPICS.format(third="社区食堂的用餐需求变化较快。").replace("社区食堂缺乏专业的管理人员。", "")
    challenges, _ = points(text)
    assert "社区食堂的用餐需求变化较快" not in challenges


def test_a_topic_that_opens_with_a_connective_is_no_uncued_topic():
    challenges, _ = points(_TOPICS.format(third="目前，社区食堂的用餐需求变化较快。"))
    assert not any("用餐需求变化较快" in c for c in challenges)


@pytest.mark.parametrize("sentence, clauses", [
    # a need clause names the action a problem calls for
    ("城市之间的差距明显，有待进一步深化区域合作关系，拓展合作空间。", ["有待进一步深化区域合作关系"]),
    ("乡村物流网点稀少，亟待通过整合快递资源降低配送成本。", ["亟待通过整合快递资源降低配送成本"]),
    ("亟需建立统一的数据共享平台。", ["亟需建立统一的数据共享平台"]),
    # a bare need judges its subject (a shortfall), and a clause that opens with its subject is no need clause
    ("社区医生的服务水平，有待提高。", []),
    ("基层的监管力度有待进一步加强。", []),
    # an object fronted by 对 leaves the action to the next clause: the clause names none
    ("亟须对老旧管网的安全隐患，开展全面排查。", []),
])
def test_need_clauses(sentence, clauses):
    assert [sentence[a:b] for a, b in need_clauses(sentence)] == clauses


def test_a_need_clause_inside_a_problem_item_is_a_recommendation():
    text = ("县域商业体系建设的调查\n\n"
            "一、存在的问题\n\n"
            "（一）物流配送成本偏高。乡村物流网点稀少，单件配送成本是城区的三倍，亟待通过整合快递资源降低配送成本。\n\n"
            "（二）商贸设施老旧。部分乡镇的农贸市场建于上世纪九十年代，设施陈旧，有待进一步推进标准化改造。\n\n"
            "二、对策建议\n\n"
            "（一）建设县级物流配送中心。\n\n"
            "（二）加快乡镇商贸中心改造。\n")
    challenges, recommendations = points(text)
    assert challenges == ["物流配送成本偏高", "商贸设施老旧"]
    assert recommendations == ["亟待通过整合快递资源降低配送成本", "有待进一步推进标准化改造",
                               "建设县级物流配送中心", "加快乡镇商贸中心改造"]


_RUN = ("网约车监管的几个问题\n\n"
        "一、平台抽成比例缺乏公开规则\n\n多数平台的抽成比例由平台单方面调整，司机无从知晓。\n\n"
        "二、司机缺乏社会保险保障\n\n不少全职司机没有参加职工养老保险。\n\n"
        "三、{third}\n\n部分平台通过层层外包把车辆和司机挂靠在小公司名下。\n\n"
        "四、对策建议\n\n（一）公开抽成规则。\n\n（二）扩大社保覆盖。\n")


def test_the_last_item_of_a_problem_run_before_the_measures_is_a_challenge():
    # 三's heading names its problem with no deficiency word; the run (problems, then the measures) says what it is
    challenges, recommendations = points(_RUN.format(third="挂靠经营借外包形式层层转包"))
    assert challenges == ["平台抽成比例缺乏公开规则", "司机缺乏社会保险保障", "挂靠经营借外包形式层层转包"]
    assert recommendations == ["公开抽成规则", "扩大社保覆盖"]


def test_an_item_of_no_role_after_a_single_problem_is_left_alone():
    text = _RUN.format(third="挂靠经营借外包形式层层转包").replace(
        "一、平台抽成比例缺乏公开规则\n\n多数平台的抽成比例由平台单方面调整，司机无从知晓。\n\n", "").replace(
        "二、司机", "一、司机").replace("三、挂靠", "二、挂靠").replace("四、对策", "三、对策")
    challenges, _ = points(text)
    assert "挂靠经营借外包形式层层转包" not in challenges
