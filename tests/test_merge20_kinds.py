"""Faults found where two branches of the twelfth session met (each branch's tests passed alone)."""

from summarizer.points import consequence_harms
from summarizer import summarize


def test_a_lead_in_that_announces_causes_states_no_consequence_harm():
    # hk20's consequence reading met the dash lead-in of test_prose_lists: the lead-in names what its items cause
    assert consequence_harms("导致农村学校生源流失有三大因素——") == []
    assert consequence_harms("造成青年人才流失的原因主要有以下几点：") == []
    # a stated consequence is still one
    assert consequence_harms("政策的改变又造成了渔民的收入减少。") != []


def test_the_items_after_a_causes_lead_in_are_the_challenges():
    text = ("乡村学校的变化\n\n记者走访了几个乡镇。\n\n导致乡村学校学生流失有三大因素——\n\n"
            "一是城区学校的吸引力越来越大。家长更愿意把孩子送进城。\n\n"
            "二是住宿条件跟不上。宿舍多年没有修缮。\n\n三是师资力量薄弱。老教师越来越多。\n\n"
            "记者了解到，当地正在研究办法。\n")
    essay = summarize(text).essays[0]
    assert [p.text for p in essay.challenges] == ["城区学校的吸引力越来越大", "住宿条件跟不上", "师资力量薄弱"]
