"""w5963 (issue 8, Parts 61-63): the readers added for a problem label's ；-list body and a plea after a speaker's
colon stay linear (the kinds themselves are in ``tests/test_newuser36a_kinds.py`` and ``tests/test_newuser36c_kinds.py``)."""

from costs import assert_linear

from summarizer import points
from summarizer.pipeline import summarize_document


def test_problem_then_appeal_splits_plea_after_speaker_colon():
    s = "网友留言：和平路菜市场门口一下雨就积水，行人出行十分不便，望相关部门尽快疏通下水道。"
    problem, fix = points.problem_then_appeal(s)
    assert s[fix[0]:fix[1]] == "望相关部门尽快疏通下水道"
    assert s[problem[0]:problem[1]] == "和平路菜市场门口一下雨就积水，行人出行十分不便"


def test_speaker_colon():
    assert points._speaker_colon("居民反映：", 4)
    assert points._speaker_colon("网友小周留言：", 6)
    assert not points._speaker_colon("路灯问题：", 4)


def test_semicolon_label_and_plea_readers_linear():
    assert_linear(lambda n: points.problem_then_appeal("网友留言：" + "道路积水，" * n + "望相关部门能给予解决。"),
                  2_000, "a plea after a long chain of clauses")
    assert_linear(lambda n: summarize_document("三、存在的不足\n二是档案管理不细。" + "借阅登记常常缺项漏项；" * n + "。\n"),
                  200, "a label over a long ；-list")
