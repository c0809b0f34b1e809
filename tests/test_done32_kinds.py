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
