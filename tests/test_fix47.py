"""fix47: a writer's self-introduction opening a complaint; a two-part PDF running head; a summary sentence's run-in
field label. Texts written for these tests."""

from costs import assert_linear

from summarizer import summarize
from summarizer.points import self_intro_end


def _points(text):
    essay = summarize(text).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


def test_self_intro_is_context_not_the_complaint():
    text = "我是幸福小区3号楼的居民，小区门口的路灯坏了快两个月了，给物业打了好几次电话都没人管。希望街道尽快协调物业把路灯修好。"
    challenges, recommendations = _points(text)
    assert challenges == ["小区门口的路灯坏了快两个月了，给物业打了好几次电话都没人管"]
    assert recommendations == ["希望街道尽快协调物业把路灯修好"]


def test_self_intro_other_openers():
    text = "本人是一名退休职工，我们单位的养老金已经三个月没有按时发放了。恳请有关部门督促单位尽快补发。"
    challenges, _ = _points(text)
    assert challenges == ["我们单位的养老金已经三个月没有按时发放了"]


def test_self_intro_end_offsets():
    text = "我是红星村的村民，村里的自来水经常停水。"
    assert text[self_intro_end(text, 0, len(text)):] == "村里的自来水经常停水。"
    plain = "我是这样想的，问题在于投入不足。"
    assert self_intro_end(plain, 0, len(plain)) == 0  # (no role noun: not a self-introduction)
    short = "我是居民，好。"
    assert self_intro_end(short, 0, len(short)) == 0  # (too little left)


def test_self_intro_end_linear():
    assert_linear(lambda n: self_intro_end("我是" + "居" * n, 0, n + 2), 10_000, "self_intro_end on a long line")
