"""voice33: one list of replying verbs (reply_verb) for both stages; Traditional 著 read as 着; joined demands."""
from summarizer import aspects as asp
from summarizer.points import RawPoint, _official_reply_points, _reply_frame_re
from summarizer.sentences import split_sentences


def test_the_reply_verbs_are_one_group_both_stages_read():
    words = set(asp.lexicon().words("reply_verb"))
    assert {"回应", "回應", "回复", "回覆", "答复", "答覆", "回答"} <= words
    assert [m.group() for m in _reply_frame_re().finditer("甲回答乙，丙回應丁，戊答覆己")] == ["回答", "回應", "答覆"]


def test_the_authorities_answering_a_question_is_a_relayed_reply():
    # (回答, now a reply verb for the aspects stage too: 政府回答说，… relays the authorities' answer)
    text = "对于议员的提问，政府回答说，现有的公立医院病床足以应付需求。"
    assert asp.reports_scholar_view(text, text.index("现有"), len(text) - 1)
    # (a modal before the verb prescribes the answer: the author's measure stays)
    text = "为此，当局应回答市民关切，公开各区的病床数目。"
    assert not asp.reports_scholar_view(text, text.index("公开"), len(text) - 1)


def test_an_officials_answer_gives_no_point():
    text = "区议员质询病床不足。署长在回答时表示，署方已不断增加病床，缩短轮候时间。"
    sentences = split_sentences(text)
    c = text.index("署方")
    out = {"challenge": [RawPoint("challenge", c, c + 10, 0.0)], "recommendation": []}
    _official_reply_points(text, sentences, out)
    assert out["challenge"] == []


def test_traditional_zhe_is_read_as_the_particle_zhu_words_stay():
    from summarizer.script import fold_zhe, simplified_view
    # (面臨著, 隨著, 著重: Traditional 着, the aspect particle or a verb, read as 着; same length)
    assert simplified_view("本區面臨著人口老化，隨著需求增加，當局應著重長者照顧。") == "本区面临着人口老化，随着需求增加，当局应着重长者照顾。"
    # (显著, 著名, 名著, 著作: 著 where Simplified keeps it)
    assert simplified_view("成效顯著的著名學者寫了名著和著作。") == "成效显著的著名学者写了名著和著作。"
    assert fold_zhe("显著") == "显著" and fold_zhe("著") == "着" and fold_zhe("") == ""
    long = "面临著" * 30000
    assert fold_zhe(long) == "面临着" * 30000


def test_a_challenge_faced_in_traditional_leaves_no_stray_zhe():
    from aspect_helpers import points
    # (面臨著A、B等問題: the enumeration's first item starts at A, not at the particle)
    text = "本市目前面臨著人口老化加劇、醫護人手嚴重不足等問題。政府應增加醫護培訓名額。"
    assert points(text) == (["人口老化加劇", "醫護人手嚴重不足"], ["政府應增加醫護培訓名額"])


def test_a_challenge_point_ends_before_the_demand_joined_to_it():
    from summarizer.points import _joined_demand_points
    # (…目标失败，并建议…: the problem is the challenge, the speaker's demand a recommendation)
    text = "议员批评政府的育儿目标失败，并建议劳动部参考外国经验，研拟弹性工时。"
    out = {"challenge": [RawPoint("challenge", text.index("政府"), len(text) - 1, 0.5)], "recommendation": []}
    _joined_demand_points(text, out)
    assert [text[p.start:p.end] for p in out["challenge"]] == ["政府的育儿目标失败"]
    assert [text[p.start:p.end] for p in out["recommendation"]] == ["建议劳动部参考外国经验，研拟弹性工时"]
    # (a demand a recommendation point already holds is not given twice)
    out = {"challenge": [RawPoint("challenge", text.index("政府"), len(text) - 1, 0.5)],
           "recommendation": [RawPoint("recommendation", text.index("研拟"), len(text) - 1, 0.5)]}
    _joined_demand_points(text, out)
    assert len(out["recommendation"]) == 1 and text[out["challenge"][0].start:out["challenge"][0].end] == "政府的育儿目标失败"
    # (no joiner before the verb, or a joined clause that prescribes nothing: the point stays whole)
    # (nor 并要求: a burden imposed reads alike, 安排了讲座，并要求教师每日打卡)
    for text in ("市民批评政府的育儿目标失败，建议他们参考外国经验。", "任务繁多，并呼吁好。",
                 "一些学校安排了减压讲座，并要求教师每日打卡、写心得。"):
        out = {"challenge": [RawPoint("challenge", 0, len(text) - 1, 0.5)], "recommendation": []}
        _joined_demand_points(text, out)
        assert (out["challenge"][0].start, out["challenge"][0].end) == (0, len(text) - 1) and not out["recommendation"]
