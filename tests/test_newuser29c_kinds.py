"""Fault kinds a new user's blind trial set (Part 39, ids 1760-1818) met, on inputs written for these tests.

Each input is one short essay. The brief was to report faults, not to fix them: a test that states the right value
is ``xfail(strict=True)`` while the pipeline gets it wrong; whoever fixes the kind removes the mark, and the test then
guards the fix. Kinds and the documents they come from: ``benchmarks/data/aspects/SOURCES.md``, Part 39.
"""

from __future__ import annotations

import pytest
from aspect_helpers import points as _points


_PROPOSAL_NEWS = ("在县政协会议上,委员李明提交了关于完善农村物流体系的提案。\n"
                  "李明建议,加快建设乡镇快递服务站点,降低农产品外运成本,培育本地电商带头人。\n编辑:王芳\n")
_DISCLAIMER = "以上文章仅代表作者个人观点,本网只是转载,如涉及作品内容、版权、稿酬问题,请及时联系我们。"


@pytest.mark.xfail(strict=True, reason="Part 39 kind: a repost site's copyright disclaimer read as a problem")
def test_a_repost_sites_disclaimer_is_no_challenge():
    """News sites that repost end with `以上文章仅代表作者个人观点…版权、稿酬问题,请及时联系我们` (1760); the word
    问题 in it is the site's, not the story's problem."""
    chals, _ = _points(_PROPOSAL_NEWS + _DISCLAIMER)
    assert not any("稿酬" in c for c in chals), chals


def test_the_members_proposal_is_kept_beside_the_disclaimer():
    """The control for the test above: the member's proposal is a recommendation with the disclaimer there."""
    _, recs = _points(_PROPOSAL_NEWS + _DISCLAIMER)
    assert any("快递服务站点" in r for r in recs), recs


_SURVEY = ("近期我市减轻企业负担问卷调查显示,企业面临的乱收费现象有所减少。"
           "1.95%的企业反映没有强制企业赞助捐赠的情况,只有2%的企业反映比较严重。"
           "2.90%的企业反映没有强制参加培训考核的情况,比较严重的不到3%。"
           "当前,企业反映生产经营中面临的主要困难依次是:用工成本上升、订单不足、融资成本高。")


@pytest.mark.xfail(strict=True, reason="Part 39 kind: a survey's negated findings (没有…的情况) read as problems")
def test_a_surveys_negated_findings_are_no_challenges():
    """A survey bulletin lists what most firms did NOT meet (`95%的企业反映没有强制…的情况,只有2%…`, 1787); those
    lines report an improvement, and only the difficulties after `主要困难依次是:` are challenges."""
    chals, _ = _points(_SURVEY)
    assert not any("没有强制" in c for c in chals), chals
    assert any("用工成本上升" in c for c in chals), chals


_MEETING = ("县人大常委会召开规划实施情况座谈会。会议指出,规划目标任务总体进展良好。"
            "下一步要加快重点项目建设进度,确保按期完工;要进一步完善养老服务设施,提升群众满意度。")


@pytest.mark.xfail(strict=True, reason="Part 39 kind: an assessment of progress read as a recommendation")
def test_a_progress_assessment_is_no_recommendation():
    """A meeting's `会议指出,规划目标任务总体进展良好` (1789) is an assessment, not a measure; the `要…` clauses after
    it are the recommendations."""
    _, recs = _points(_MEETING)
    assert not any("进展良好" in r for r in recs), recs
    assert any("完善养老服务设施" in r for r in recs), recs
