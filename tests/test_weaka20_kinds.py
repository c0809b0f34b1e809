"""weaka20: kinds of prose problems and measures the own corpus's weakest documents missed (issue 8)."""

from summarizer import aspects, points


def test_market_actor_omission_is_a_problem():
    # a company or a platform said not to have done its duty: the omission is the point (cues.txt, weaka20
    # omission_subject), as an authority's is
    s = "不少快递公司在收件环节也未认真核对寄件人身份。"
    assert points.omission_clauses(s) == [(0, 22)]
    s = "许多商户至今没有办理营业执照。"
    assert points.omission_clauses(s) == [(0, 14)]


def test_market_actor_without_duty_is_no_omission():
    # what the company has no duty to do is no omission (omission_exclusion)
    assert points.omission_clauses("这家企业没有义务承担全部费用。") == []


def test_promise_still_not_carried_out_is_a_verdict():
    # a decided or promised thing still undone after long delay (weaka20 prose_verdict): the sentence states the
    # problem whatever its length
    s = "前年居民联名反映过小区路灯损坏的情况，街道也答应尽快维修，但至今没有落实。"
    assert aspects.states_verdict(s)
    assert aspects.prose_aspect(s) == aspects.CHALLENGE
    s = "老旧校舍的翻修项目早在三年前就已立项，经费也已列入预算，至今却尚无下文。"
    assert aspects.prose_aspect(s) == aspects.CHALLENGE


def test_undone_after_a_condition_or_done_is_no_verdict():
    assert not aspects.states_verdict("如果到年底仍未兑现，居民将再次联名反映。")
    assert aspects.prose_aspect("这项补贴去年已经兑现。") is None
