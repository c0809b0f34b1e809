"""kinds29: a finding and its demand in one sentence (points.problem_then_demand: the finding a challenge, the demand a
recommendation) and shares or rates stated as only a figure (aspects.figure_shortfall_count). Texts written for these
tests."""

from summarizer import aspects, pipeline, points
from aspect_helpers import analyzed_points as _points, demand_split as _split


# --- a finding and its demand (points.problem_then_demand) ---

def test_finding_then_demand_splits_into_problem_and_fix():
    assert _split("部分乡镇卫生院的药品库存台账不完整，应尽快建立统一的出入库登记制度。") == (
        "部分乡镇卫生院的药品库存台账不完整", "应尽快建立统一的出入库登记制度")
    # a consequence clause stays with the finding; a list marker before it is no part of it
    assert _split("三、部分学校的校车驾驶员培训不足，恐影响学生出行安全，宜检讨改进。") == (
        "部分学校的校车驾驶员培训不足，恐影响学生出行安全", "宜检讨改进")
    # an audit's standard not met (未达) is a finding
    assert _split("部分单位节能设备采购比率未达年度目标值，应积极谋求改善。") == (
        "部分单位节能设备采购比率未达年度目标值", "应积极谋求改善")


def test_no_finding_before_the_demand_gives_none():
    assert _split("城市管理不能只靠罚款，必须建立长效机制。") is None  # (a prohibition, not a finding)
    assert _split("这次事故告诉我们，安全投入不足，必须加大检查力度。") is None  # (a lesson framed, not found)
    assert _split("如果社区人手不足，应及时向街道报告。") is None  # (a condition)
    assert _split("加强队伍建设，应把培训放在首位。") is None  # (the chain prescribes already)
    assert _split("我们看到居民的热情很高，应继续办好这项活动。") is None  # (no shortfall stated)
    assert _split("部分单位台账不完整，应该怎么办？") is None  # (a question)


def test_finding_then_demand_gives_a_challenge_and_a_recommendation():
    text = ("关于区属学校食堂管理情况的审查意见\n\n"
            "一、部分学校食堂的食品留样记录不完整，应尽快建立统一的留样登记制度。\n\n"
            "二、部分学校食堂从业人员健康证过期未换，宜责成相关学校限期办理。\n")
    got = _points(text)
    assert "部分学校食堂的食品留样记录不完整" in got["challenge"]
    assert any(p.startswith("应尽快建立统一的留样登记制度") for p in got["recommendation"])
    assert not any("记录不完整" in p for p in got["recommendation"])


# --- a share or rate stated as only a figure (aspects.figure_shortfall_count) ---

def test_share_stated_as_only_a_figure_is_a_shortcoming():
    assert aspects.figure_shortfall_count("全县农村学校专职心理教师的比例仅为8%") == 1
    assert aspects.figure_shortfall_count("该区老旧小区加装电梯的覆盖率只有三成左右") == 1
    assert aspects.challenge_strength("全县农村学校专职心理教师的比例仅为8%") >= 1
    # a figure with no share noun, or "fewer than" with no "only", states no shortfall
    assert aspects.figure_shortfall_count("这项工程仅用了30天就完工") == 0
    assert aspects.figure_shortfall_count("全镇人口不足3万人") == 0
    assert aspects.figure_shortfall_count("该市的绿化覆盖率达到45%") == 0
    # a rate that is bad when high: only a little of it is good news
    assert aspects.figure_shortfall_count("今年第三季度本市的失业率仅为2.1%") == 0


# --- a report's numbered finding heading (clean._join_edits keeps it a line; points: the words after its label) ---

def test_numbered_finding_heading_is_its_own_line_and_a_point():
    text = ("关于社区养老服务的调查报告\n\n"
            "本次调查共走访了十二个社区，以下是三点主要发现：\n"
            "发现一：社区食堂的覆盖面有限，高龄老人的助餐需求难以满足\n"
            "调查显示，多数社区只在工作日中午提供助餐服务，周末和晚间基本没有。部分老人反映路途较远，行动不便。\n"
            "发现二：专业护理人员严重短缺，服务质量参差不齐\n"
            "受访的社区中，近半数没有持证护理员，现有人员多为临时聘用，流动性很大。\n")
    essay = pipeline.analyze(text)[0]
    assert "发现一：社区食堂的覆盖面有限，高龄老人的助餐需求难以满足\n调查显示" in essay.text
    got = {k: [essay.text[p.start:p.end] for p in v] for k, v in essay.points.items()}
    assert "社区食堂的覆盖面有限，高龄老人的助餐需求难以满足" in got["challenge"]
    assert not any(p.startswith("发现") or p.endswith("调查显示") for p in got["challenge"])


def test_own_heading_aspect_reads_past_a_numbered_label():
    assert points.own_heading_aspect("发现一：社区食堂的覆盖面有限，高龄老人的助餐需求难以满足") == aspects.CHALLENGE
    assert points.own_heading_aspect("建议三：加快建立统一的养老服务信息平台") == aspects.RECOMMENDATION


# --- a table of contents' label over bare sub-labels names a part (points: _bare_label) ---

def test_outline_label_over_bare_sub_labels_is_no_point():
    text = ("社区走访工作方案\n\n"
            "一、背景分析\n\n1.1政策背景\n\n1.2现实需求\n\n"
            "二、存在问题\n\n2.1主要问题\n\n2.1.1信息不对称\n\n2.1.2资源不匹配\n\n"
            "2.2问题成因\n\n2.2.1基层能力不足\n\n2.2.2群众参与度低\n\n"
            "三、实施路径\n\n3.1建立走访台账\n\n3.2完善反馈机制\n")
    got = _points(text)
    assert "信息不对称" in got["challenge"] and "基层能力不足" in got["challenge"]
    assert not any(p.endswith(("主要问题", "问题成因")) for p in got["challenge"])


def test_label_that_states_a_measure_over_its_items_stays_a_point():
    text = ("社区矫正工作的思考\n\n"
            "一、存在问题\n\n社区矫正工作人员数量不足，难以满足实际工作需求。\n\n"
            "二、对策建议\n\n2.1加强矫正队伍建设\n\n- 增加工作人员数量\n\n- 提高专业培训水平\n")
    got = _points(text)
    assert any(p.endswith("加强矫正队伍建设") for p in got["recommendation"])
