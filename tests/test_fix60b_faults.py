"""A fresh user's faults (check60) fixed by fix60b, each on a text written for the test.

1. A unit's work summary after a separator line (``——————`` ⏎ ``XX局2023年工作总结``) was never split off: its title
   reads as a section of work done (``年度工作总结``), and a 公文 above the rule ends on its date line, not on a
   sentence (``essays._names_work_document``, ``essays._separated_title_bounds``); the same title after a blank
   line only (``essays._spaced_title_bounds``).
2. A meeting's or a viewpoint's frame kept at a point's head (``会议要求，`` ``从实践看，``: ``points._finding_frame_end``).
"""

from __future__ import annotations

from costs import assert_linear

from summarizer.essays import _names_work_document
from summarizer.pipeline import summarize_document
from summarizer.points import unlinked_start

ESSAY = ("推进老旧小区加装电梯\n\n"
         "老旧小区居民老龄化程度高，上下楼难成为急难愁盼。一些小区居民意见不统一，低层住户担心采光受影响；"
         "部分小区资金筹措困难，维保费用无人承担。\n\n"
         "对此，要建立协商议事机制，引导居民充分沟通达成共识；要拓宽资金来源，鼓励公积金提取和社会资本参与。\n")
SUMMARY = ("区住建局2025年度工作总结\n\n"
           "今年以来，我局围绕年度目标扎实推进各项工作，全年完成老旧小区改造42个，办结群众诉求310件。\n\n"
           "一、存在的不足\n一是统筹协调能力不足，部门之间配合不够顺畅。二是项目推进较慢，部分工程存在拖期问题。\n\n"
           "二、下一步工作打算\n一是要健全协调机制，加强部门沟通配合。二是要加强项目调度，实行挂图作战、倒排工期。\n")
NOTICE = ("关于城区占道经营问题的通报\n\n"
          "近期，区城管执法局对城区主次干道开展了专项检查，发现占道经营问题较为突出，部分路段流动摊贩聚集，"
          "影响通行秩序。\n\n"
          "各街道要落实属地责任，建立巡查台账，对反复占道的商户依法处理。\n\n"
          "区城市管理委员会办公室\n2025年11月3日\n")


def _titles(text: str) -> list[str | None]:
    return [e.title for e in summarize_document(text).essays]


def test_work_summary_after_a_separator_line_is_an_essay():
    assert _titles(ESSAY + "\n——————\n" + SUMMARY) == ["推进老旧小区加装电梯", "区住建局2025年度工作总结"]


def test_piece_after_a_dated_notice_and_a_separator_line_is_an_essay():
    assert _titles(NOTICE + "\n——————\n" + SUMMARY) == ["关于城区占道经营问题的通报", "区住建局2025年度工作总结"]


def test_work_summary_after_a_blank_line_only_is_an_essay():
    assert _titles(ESSAY + "\n\n" + SUMMARY) == ["推进老旧小区加装电梯", "区住建局2025年度工作总结"]


def test_separator_line_over_a_section_inside_one_essay_splits_nothing():
    # (a period's 工作总结 with no unit names a section of one document, not a unit's document)
    text = ESSAY + "\n——————\n上半年工作总结\n\n" + SUMMARY.split("\n\n", 1)[1]
    assert len(_titles(text)) == 1


def test_names_work_document():
    assert _names_work_document("区住建局2025年度工作总结")
    assert _names_work_document("市民政局办公室工作要点")
    assert not _names_work_document("工作总结")  # (no unit or period before the kind)
    assert not _names_work_document("上半年工作总结")
    assert not _names_work_document("加强基层治理")


def test_meeting_and_viewpoint_frames_leave_the_point():
    for frame in ("会议要求，", "会议强调，", "从实践看，", "从调研情况来看，"):
        text = frame + "各部门要全面推行告知承诺制，压缩审批时限。"
        assert unlinked_start(text, 0, len(text) - 1, frames=True) == len(frame)
    # (a clause that only opens with 从 and ends the clause otherwise is no frame)
    text = "从严查处违规收费行为，维护企业合法权益。"
    assert unlinked_start(text, 0, len(text) - 1, frames=True) == 0
    view = ("完善社区嵌入式服务\n\n"
            "社区服务设施建设取得一定进展。但从实践看，不少老城区社区用房普遍不足，配套设施移交不及时。\n\n"
            "对此，要盘活闲置厂房和校舍，用于社区服务；要把服务设施纳入国土空间规划，同步建设、同步交付。\n")
    chals = [view[p.start:p.end] for p in summarize_document(view).essays[0].challenges]
    assert chals and not any("从实践看" in c for c in chals)
