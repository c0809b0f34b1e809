"""prec40: a recommendation point that reports a deed already done (aspects.reports_deed_done): a verb in the
perfective before its object (成立了…小组, 提供了…视角, 填补了…空白) and no modal, goal, condition or appeal. News of
what an office did, a work report's achievements and a paper's claimed contribution read so; nothing is proposed.
Texts written for these tests."""

from summarizer import aspects
from aspect_helpers import points as _points


def test_deed_done_is_reported():
    assert aspects.reports_deed_done("为做好调研工作，区水务局强化组织管理，成立了由副局长任组长的工作小组")
    assert aspects.reports_deed_done("该研究为理解社区治理的内在机制提供了新视角")
    assert aspects.reports_deed_done("采用政府支持、社会组织运营的模式，填补了社区养老服务的空白")
    assert aspects.reports_deed_done("开展教师轮岗交流，有效地推进了城乡教育均衡发展")
    assert aspects.reports_deed_done("近年来区政府坚持做好养老服务工作，取得了明显成效")


def test_deed_proposed_or_conditioned_is_no_report():
    # a modal, a goal, a condition or an appeal makes the perfective clause part of a proposal
    assert not aspects.reports_deed_done("各地要总结经验，对已经建立了台账的单位加强督导")
    assert not aspects.reports_deed_done("确保完成了整改的问题不反弹")
    assert not aspects.reports_deed_done("只有建立了长效机制，才能巩固治理成果")
    assert not aspects.reports_deed_done("多数居民反映了噪音问题，希望政府加强夜间执法")
    assert not aspects.reports_deed_done("政府可考虑统一承租，令闲置厂房变成了过渡性住房")
    # not a perfective before an object: 为了, 了解, a closing particle
    assert not aspects.reports_deed_done("为了提高效率，建立跨部门协调机制")
    assert not aspects.reports_deed_done("深入了解居民需求，完善社区服务")
    assert not aspects.reports_deed_done("别再只顾着争论了吧")
    assert not aspects.reports_deed_done("这样的安排居民受得了，也免得了不少麻烦")
    assert not aspects.reports_deed_done("加强安全生产宣传力度")


_SUMMARY = ("区教育工作综述\n"
            "近年来，区内农村学校教师流失严重，部分学科长期缺少专任教师。\n"
            "开展城镇教师支援农村教育工作，努力缩小城乡教师差距，有效地推进了基础教育均衡发展。\n"
            "建议进一步提高农村教师的岗位补贴，吸引优秀教师扎根乡村。\n")

_MODEL = ("社区养老的探索\n"
          "目前社区养老服务供给不足，老人就近托养困难。\n"
          "采用政府支持、社会组织运营的模式，填补了社区养老服务的空白。\n"
          "政府应加大对社区养老机构的扶持力度。\n")


def test_essay_keeps_the_proposal_not_the_deed():
    assert _points(_SUMMARY) == (["区内农村学校教师流失严重，部分学科长期缺少专任教师"],
                                 ["建议进一步提高农村教师的岗位补贴，吸引优秀教师扎根乡村"])
    assert _points(_MODEL) == (["目前社区养老服务供给不足，老人就近托养困难"], ["政府应加大对社区养老机构的扶持力度"])


def test_deed_report_is_linear():
    from costs import assert_linear
    assert_linear(lambda n: aspects.reports_deed_done("成立了" * n), 2_000, "many perfective verbs")
    assert_linear(lambda n: aspects.reports_deed_done("工作" * n + "了"), 2_000, "a long clause ending at 了")

