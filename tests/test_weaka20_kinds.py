"""weaka20: kinds of prose problems and measures the own corpus's weakest documents missed (issue 8)."""

from summarizer import points


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
