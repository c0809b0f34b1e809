"""done32: work narrated as done and significance verdicts are no recommendation points (Parts 41-48 kinds)."""
from summarizer.aspects import states_neither, states_no_measure, tells_action_done


def test_verb_with_le_anywhere_is_work_done():
    assert tells_action_done("对机房线路、空调设备进行了检查，防止设备过热")
    assert tells_action_done("坚持两手抓，圆满完成了全年工作计划")
    assert states_no_measure("与会代表围绕养老服务进行了交流讨论")


def test_modal_or_liaojie_keeps_a_measure():
    assert not tells_action_done("要对已开展了的培训进行复查")
    assert not tells_action_done("进行了解情况，摸清底数")
    assert not tells_action_done("加强线路检查，防止火灾")


def test_significance_verdict_ends_point():
    assert states_neither("发展社区食堂，是应对人口老龄化的必然要求")
    assert states_neither("推动城乡融合、促进共同富裕的内在要求")
    assert states_neither("社区议事会是基层治理的重要抓手")
    assert not states_neither("加强社区食堂建设，满足老人就餐需求")


def test_done_work_turning_to_a_failure_is_left_to_the_turn():
    assert not tells_action_done("学校采取了错峰就餐的办法，但排队现象仍然严重")


def test_directive_quoted_with_yao_or_yaoqiu():
    from summarizer.aspects import quotes_directive
    assert quotes_directive("党的二十大报告明确要求推进垃圾分类，倡导绿色生活")
    assert quotes_directive("会议再次强调要“守住耕地红线”")
    assert quotes_directive("两个文件均明确提出，要保障农民工工资")
    assert not quotes_directive("居民要求尽快修好电梯")


def test_study_title_or_outline_is_neither():
    assert states_neither("城市社区养老的实践成效、现存问题与优化研究")
    assert states_neither("数字普惠金融的作用机制、现实困境与优化路径")
    assert states_neither("农村留守儿童教育的现状、问题和对策")
    assert not states_neither("农村留守儿童教育存在师资不足的问题，亟须加强")
    assert not states_neither("针对停车难的问题，建议增建立体车库")
    assert not states_neither("要就欠薪问题与有关部门研究解决办法")
