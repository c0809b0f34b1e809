"""Kinds of faults seen on the blind trial set of Part 139 (benchmarks/data/aspects ids 7840-7861, newuser54a: education reform
and schools as a new user brings them: a 政协 proposal on graduate employment, deputies and members on rural teachers, special
education, homework and after-school service, 督导 inspection news and feedback, a city's 教育工作意见, Hong Kong legislators'
questions on student mental health, Taiwan news and an editorial, pinyin-glossed and converted Traditional mirrors, with a bureau
summary, a minister's report and a handling summary as negatives), written as small texts of the tests' own. Marked
``xfail(strict=True)``: they record what the pipeline does not do yet, and turn into failures (to be unmarked) the day a change
fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

KINDS = {
    # a legislator's question adopts survey findings as premises (`鑑於有研究指出,八成…並無就診紀錄,`) and asks for measures
    # (`當局有何計劃加強A,以…;`, `會否研究在學校增設B,並推行C`): the measures are recommendations asked as questions, yet they
    # are missed, and one comes out as a challenge (7859: 13 of 16 missed, `會否研究在學校增設…` as a challenge; 7858
    # `教育局何時才讓其盡快加入《約章》` missed, `…應該通過甚麼渠道` as a measure)
    "legislator-question-measures-missed": (
        "立法会二十题:中小学生的心理健康\n问题:\n据报,有调查显示近四成受访初中生每周睡眠不足。就此,政府可否告知本会:\n"
        "(一)鉴于有研究指出,七成有抑郁倾向的学生从未向老师求助,当局有何计划加强班主任的辅导培训,以及早发现需要协助的学生;\n"
        "(二)会否研究在每所中学增设一名全职心理辅导员,并设立校内危机处理小组;及\n"
        "(三)鉴于有意见认为,学校社工的个案量过重,当局会否研究调低社工与学生的比例?\n",
        lambda ch, rec, n: any("班主任" in p for p in rec) and any("心理辅导员" in p for p in rec)
        and not any("心理辅导员" in p for p in ch)),
    # an inspection's opinions listed after a lead-in in one sentence (`督导组提出的意见主要包括,A,B,C,D,E,F,G,H等。`, a plan's
    # `以X为Y,着力A;以…,着力B;…` five times) are each a recommendation, yet the list is missed or cut at the point length and its
    # last items lost (7849: `提升學校辦學水平`, `提高學校的治理能力` lost; 7857: `着力优化师资队伍建设`, `着力推进党风廉政建设`
    # lost; 7845: `让学生做完作业再回家` lost)
    "enumerated-opinions-after-lead-in-tail-lost": (
        "省督导组向该县反馈了督导意见。督导组指出,存在的问题主要是部分乡村学校功能室不足、城区小学大班额仍未消除。"
        "督导组提出的意见主要包括,压实县级政府责任,科学调整学校布局,健全经费投入机制,改善乡村学校办学条件,补齐音体美教师缺口,"
        "推进城乡教师交流轮岗,提升学校管理水平,提高课后服务质量等。\n",
        lambda ch, rec, n: any("提升学校管理水平" in p for p in rec) and any("提高课后服务质量" in p for p in rec)),
    # a news item quotes a leader's instruction (`…强调:“要统筹A,…。要办好B,…。”`) before its own abstract: the quoted measures
    # are the leader's, not the writer's, yet they come out as recommendations (7842: `要統籌配置城鄉教師資源…`, `要用好網絡
    # 信息技術…`; 7846, a commentary: the proposal it reports `建议,全面取消…` and a ministry's `要求学校减轻学生学业负担…`)
    "quoted-instruction-taken-as-writers-measure": (
        "本报讯 日前,省委宣传部编印的典型案例集出版发行,本县义务教育均衡发展的做法入选。\n"
        "【引言】省委书记在全省教育大会上强调:“要统筹城乡师资配置,通过提高乡村教师待遇,增强乡村岗位吸引力。"
        "要办好乡镇寄宿制学校,推动优质课程资源进村入校。”\n"
        "【摘要】近年来,随着城镇化加快,县城学校学位紧张,乡村学校生源流失,呈现“城挤乡空”的局面。\n",
        lambda ch, rec, n: not any("寄宿制" in p or "统筹城乡师资" in p for p in rec)),
    # an inspection's recheck reports its demands as `复查组要求两县高度重视,举一反三,…逐项自查,查漏补缺,并采取有力措施,于…
    # 前全部整改到位`: they are recommendations, yet nothing comes out (7848: 0 of 3)
    "inspection-group-demands-missed": (
        "9月3日至5日,市教育督导室对两个县的督导整改情况进行了复查,逐校查看了整改台账。"
        "复查组要求两县高度重视,举一反三,在全县范围内对照标准逐项自查,查漏补缺,并采取有力措施,于11月30日前全部整改到位。\n",
        lambda ch, rec, n: any("查漏补缺" in p for p in rec) and any("整改到位" in p for p in rec)),
    # a bureau summary's work done under the heading `(一)工作成效及措施` (`完善…设施,开展…结对帮扶`, `…趋于优化`, `…扎实推进`)
    # is neither, yet it comes out as measures (7843, a negative: 9 points)
    "work-done-under-results-and-measures-heading-as-measures": (
        "县教育局2023年工作总结及2024年工作安排\n现将2023年教育工作进展情况及2024年工作安排汇报如下:\n一、2023年主要工作总结\n"
        "(一)工作成效及措施\n1.学前教育普惠发展。新建公办幼儿园3所,新增学位540个;\n"
        "完善乡村幼儿园游戏设施,开展城乡幼儿园结对帮扶。普惠性幼儿园覆盖率保持在90%以上。\n"
        "2.教师队伍结构趋于优化。全年招聘新教师×名;\n交流轮岗教师×名,已全部分配到乡村学校。\n"
        "3.平安校园建设扎实推进。校园安全隐患排查整治等常规工作已有序完成。\n",
        lambda ch, rec, n: not any("结对帮扶" in p or "趋于优化" in p or "扎实推进" in p for p in rec)),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 139 (see SOURCES.md)")
#: Kinds fixed since.
FIXED: set[str] = {"quoted-instruction-taken-as-writers-measure",  # (k134136's inside_attributed_quote, merged in the same session: lead54)
                   "work-done-under-results-and-measures-heading-as-measures"}  # (k139141: 成效及措施 heading reads as work done)


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part139_fault_kind(kind):
    text, right = KINDS[kind]
    essays = summarize_document(text).essays
    points = {side: [p.text for e in essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"], len(essays))


def test_part139_predicates_accept_a_right_answer():
    """Each predicate holds on a hand-written right answer (so each xfail can turn into a pass)."""
    right = {
        "legislator-question-measures-missed": ([], ["加强班主任的辅导培训", "在每所中学增设一名全职心理辅导员"]),
        "enumerated-opinions-after-lead-in-tail-lost": ([], ["提升学校管理水平", "提高课后服务质量"]),
        "quoted-instruction-taken-as-writers-measure": (["县城学校学位紧张"], []),
        "inspection-group-demands-missed": ([], ["查漏补缺", "全部整改到位"]),
        "work-done-under-results-and-measures-heading-as-measures": ([], []),
    }
    for kind, (ch, rec) in right.items():
        assert KINDS[kind][1](ch, rec, 1), kind
