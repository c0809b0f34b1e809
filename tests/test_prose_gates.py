"""Gates of the prose path (issue 8): which prose sentences in no aspect region :func:`summarizer.aspects.prose_aspect`
reads as a point. Every sentence here was written for this test."""

import pytest

from summarizer import aspects as asp


@pytest.mark.parametrize("sentence", [
    # a long sentence that prescribes two actions with the weak modal 要 (同时要…，还要…)
    "同时，各地政府要加强对农村合作社的业务指导和资金支持，还要建立稳定的技术培训队伍，提高其经营管理水平。",
    "社区要完善老年食堂的运营补贴办法，街道也要建立志愿者上门服务制度，定期为独居老人送餐送药。",
])
def test_long_sentence_with_two_weak_modal_actions_recommends(sentence):
    assert len(sentence) > asp.PROSE_SHORT_CHARS
    assert asp.prose_aspect(sentence) == asp.RECOMMENDATION


@pytest.mark.parametrize("sentence", [
    # one 要 in a long sentence: still weak evidence (a need or a purpose narrated at length)
    "同时，各地政府要加强对农村合作社的业务指导和资金支持，引导其使用统一标准，提高其经营管理水平和服务能力。",
    # 要 opening a purpose (要做好…，关键在于…): no action prescribed by the author
    "要发展好乡村旅游，关键在于让村民真正参与其中，分享发展带来的收益，这样村庄才会有长久的活力。",
])
def test_long_sentence_with_one_weak_modal_is_no_point(sentence):
    assert len(sentence) > asp.PROSE_SHORT_CHARS
    assert asp.prose_aspect(sentence) is None


def test_two_weak_modals_with_a_deficiency_are_no_measure():
    # a deficiency predicate beside the modals: the sentence mixes a problem and a measure (neither, as before)
    sentence = "目前乡镇卫生院的设备严重不足，县里要尽快增加投入，还要引进一批年轻医生，补齐基层医疗的短板。"
    assert asp.prose_aspect(sentence) is None


def test_cue_window_starts_at_a_measure_frame():
    # a long sentence whose measure follows a frame (更重要的是要…): the point starts at the frame's clause, not at a
    # later clause that opens with a plain modal
    from summarizer.points import cue_window
    text = ("县里除了在设备采购上给予乡镇卫生院一定补贴之外，更重要的是要留住年轻医生，"
            "要为他们解决住房和子女入学的实际困难，让他们安心扎根基层，长期服务周边村民。")
    a, b = cue_window(text, 0, len(text), asp.RECOMMENDATION, 40)
    assert text[a:b].startswith("更重要的是要留住年轻医生")
