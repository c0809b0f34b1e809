"""Kinds of missed points found on the weakest documents of the aspect corpora (weak19).

Each test pins one kind with small inputs written for it (not taken from a corpus document)."""

import summarizer
from summarizer import aspects as asp


def _points(text: str) -> tuple[list[str], list[str]]:
    essay = summarizer.summarize(text).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


# --- W1: a modal whose action opens with the partner it is done with (应当与…签订) -----------------------------

def test_modal_then_partner_then_action_prescribes():
    # 应当 + 与每位保洁员 + 签订: the partner stands between the modal and its verb, as 由…/从… do
    assert asp.prose_aspect("总之，物业公司招来大批保洁员，应当与每位保洁员签订书面的劳动合同，写明各方的责任。") \
        == asp.RECOMMENDATION
    assert asp.prose_aspect("街道办事处应该与辖区内的学校共建一个青少年活动中心。") == asp.RECOMMENDATION


def test_partner_of_a_narrated_action_is_no_measure():
    # no modal before 与: the sentence narrates, it prescribes nothing
    assert asp.prose_aspect("街道办事处去年与辖区内的学校共建了一个青少年活动中心。") is None


def test_partner_measure_is_a_recommendation_point_not_a_problem():
    text = ("外卖骑手的权益\n\n近几年，网上订餐成了不少上班族生活的一部分，送餐的骑手在街头巷尾随处可见。骑手的工作时间长，"
            "收入也不稳定，很多人没有任何社会保险。平台把骑手交给第三方公司管理，出了事故常常互相推诿。政府应尽快出台骑手权益"
            "保障办法。总之，平台招来大批骑手以后，应当与每位骑手签订书面的劳动合同，写明出了问题各方的责任。\n")
    challenges, recommendations = _points(text)
    assert challenges == ["骑手的工作时间长，收入也不稳定，很多人没有任何社会保险", "平台把骑手交给第三方公司管理，出了事故常常互相推诿"]
    assert recommendations == ["政府应尽快出台骑手权益保障办法",
                               "平台招来大批骑手以后，应当与每位骑手签订书面的劳动合同，写明出了问题各方的责任"]


# --- W2: a rhetorical why-not question proposes its action (为什么不…呢？) ---------------------------------------

def test_why_not_question_asks_for_a_measure():
    assert asp.asks_for_measure("居委会为什么不把楼下这片空地改成停车场？")
    assert not asp.asks_for_measure("居委会为什么不回应居民的投诉？")  # 回应 is no action the lexicon names


def test_proposal_question_ending_in_ne_states_something():
    # a question ending in 呢 is neither aspect, unless it proposes an action
    assert not asp.states_neither("居委会为什么不把楼下这片空地改成停车场呢")
    assert asp.states_neither("这些钱都去哪里了呢")


def test_why_not_question_is_the_recommendation_point():
    text = ("小区停车难\n\n小区里车越来越多，晚上常常找不到车位，不少车只好停在消防通道上。"
            "那么物业为什么不把楼后那片荒地平整出来，改成临时停车场呢？\n")
    assert _points(text) == ([], ["那么物业为什么不把楼后那片荒地平整出来，改成临时停车场呢"])


# --- W3: a complaint that closes by asking for its remedy (…，可否尽快派人维修？) ----------------------------------

def test_proposal_question_opens_a_measure_tail():
    from summarizer.points import measure_tail_clause
    assert measure_tail_clause("可否尽快派人维修")
    assert measure_tail_clause("会否增设一个临时停车场")
    assert not measure_tail_clause("可否这样理解")  # asks about a reading, names no action


def test_complaint_and_its_asked_remedy_are_two_points():
    text = "关于路灯的意见\n\n小区南门外的两盏路灯坏了大半年，晚上出行很不方便，老人经常在台阶上摔倒，可否尽快派人维修？\n"
    assert _points(text) == (["小区南门外的两盏路灯坏了大半年，晚上出行很不方便，老人经常在台阶上摔倒"], ["可否尽快派人维修"])


def test_question_about_a_reading_is_no_measure_tail():
    text = "关于路灯的意见\n\n小区南门外的两盏路灯坏了大半年，晚上出行很不方便，可否这样理解？\n"
    assert _points(text) == ([], [])
