"""Kinds of faults a late tryout (helper try45b) found next to today's rules, written as small texts of the tests' own:
a problem reported solved for good (left45) whose clause puts a negated causative before it (``并未使…得到根本解决``)
says the problem was NOT solved, and stays a challenge; a need to overcome obstacles (k8890) after a purpose clause
whose subject comes first (``企业要获得贷款，需要克服…等障碍``) is no measure either."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer.pipeline import summarize


def _challenges(text: str) -> list[str]:
    return [p.text for e in summarize(text).essays for p in e.challenges]


def test_problem_not_made_solved_is_a_challenge():
    text = ("关于山区供水保障的思考\n近年来，各级政府持续加大供水工程投入。然而，这些投入并未使偏远村落缺水问题得到根本解决，"
            "不少农户仍要到数里外挑水。应加快骨干水源建设，完善管护机制。\n")
    ch = _challenges(text)
    assert any("缺水问题得到根本解决" in p for p in ch), ch
    for s in ("几轮整改没能让停车难问题得到有效解决", "这些办法無法使矛盾得到根本解決", "未能使积压问题得到彻底解决"):
        assert asp.solved_problem_spans(s) == [], s
    # reported solved, or made solved as an aim, stays what it was
    assert asp.solved_problem_spans("经过整治，不断使问题得到有效遏制") != []
    assert asp.solved_problem_spans("投入未增加，垃圾乱堆的问题得到有效遏制") != []
    assert asp.solved_problem_spans("确保问题得到根本解决") != []


def test_denied_cause_is_linear():
    assert_linear(lambda n: asp.solved_problem_spans("未使" * n + "问题得到根本解决"), 20_000, "a long run of 未使")
    assert_linear(lambda n: asp.solved_problem_spans("并未使问题得到根本解决，" * n), 5_000, "many denied clauses")


def test_obstacles_after_a_subject_purpose_clause_are_a_challenge():
    for text in ("关于乡村民宿发展的思考\n乡村民宿要拿到经营许可，需要克服消防验收难、证照办理慢等障碍。应简化民宿审批流程。\n",
                 "關於鄉村民宿發展的思考\n鄉村民宿要拿到經營許可，需要克服消防驗收難、證照辦理慢等障礙。應簡化民宿審批流程。\n"):
        s = summarize(text)
        ch = [p.text for e in s.essays for p in e.challenges]
        rec = [p.text for e in s.essays for p in e.recommendations]
        assert any("等障" in p for p in ch), (ch, rec)
        assert not any("等障" in p for p in rec), rec
    assert not asp.modal_over_shortcomings("乡村民宿要拿到经营许可，需要克服消防验收难等障碍")
    assert asp.modal_over_shortcomings("政府要有解决土地供应不足的魄力")
