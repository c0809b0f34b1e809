"""New users' recall fault kinds fixed by para42, on texts of the tests' own: paragraphs that each pair a problem with
its measure (three or more of them lost their measures); ordinals inside nouns (第一时间, 第一责任人) that are no list
markers; problem | cause | measure tables with short problem cells and name columns; form-field lines taken as a
point's heading; a collection's first essay starting at its title line while the others start past theirs."""

from costs import assert_linear

from summarizer.pipeline import summarize_document
from summarizer.points import form_field_line, opens_with_modal, shortfall_cell


def _essays(text: str):
    return summarize_document(text).essays


def _points(text: str) -> tuple[list[str], list[str]]:
    essays = _essays(text)
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


# ------------------------------------------------------------------------------- 1. problem-then-measure paragraphs

PAIRED = ("社区养老服务供给不足，床位紧张。建议加大社区养老设施投入，鼓励社会力量参与。\n\n"
          "城乡医疗资源分布不均，基层缺医少药。应当推动优质医疗资源下沉，加强基层卫生队伍建设。\n\n"
          "河道垃圾堆积，水质恶化。必须建立河长巡查制度，定期清理河道。\n\n"
          "基层干部年龄老化，后继乏人。需要拓宽选人用人渠道，培养年轻干部。\n\n"
          "农村道路年久失修，出行不便。要加大农村公路养护投入，完善管护机制。\n")
PAIRED_CHALLENGES = ["社区养老服务供给不足，床位紧张", "城乡医疗资源分布不均，基层缺医少药", "河道垃圾堆积，水质恶化",
                     "基层干部年龄老化，后继乏人", "农村道路年久失修，出行不便"]
PAIRED_MEASURES = ["建议加大社区养老设施投入，鼓励社会力量参与", "应当推动优质医疗资源下沉，加强基层卫生队伍建设",
                   "必须建立河长巡查制度，定期清理河道", "需要拓宽选人用人渠道，培养年轻干部",
                   "要加大农村公路养护投入，完善管护机制"]


def test_each_paragraph_keeps_its_measure_whatever_their_number():
    paragraphs = PAIRED.strip().split("\n\n")
    for n in (2, 3, 4, 5):
        ch, rec = _points("\n\n".join(paragraphs[:n]) + "\n")
        # before: from three paragraphs on, the short verdicts made run-in items and every measure after one went
        assert ch == PAIRED_CHALLENGES[:n], n
        assert rec == PAIRED_MEASURES[:n], n


def test_paired_paragraphs_without_blank_lines():
    ch, rec = _points(PAIRED.replace("\n\n", "\n"))
    assert ch == PAIRED_CHALLENGES
    assert rec == PAIRED_MEASURES


def test_a_self_review_body_still_elaborates_its_verdict():
    # run-in verdicts whose bodies only spell the shortcoming out: the verdicts are the points, nothing else
    text = ("学习的要求和动力不够。对学习的要求不够高，满足于一知半解，没有系统深入地学习理论。\n"
            "动力不足，缺乏学习的主动性。工作一忙就放松了学习，存在以干代学的现象。\n"
            "联系群众不够紧密。深入基层调研的时间少，对群众的急难愁盼了解不够。\n")
    ch, rec = _points(text)
    assert ch == ["学习的要求和动力不够", "动力不足，缺乏学习的主动性", "联系群众不够紧密"]
    assert rec == []


def test_opens_with_modal():
    for s in ("建议提高乡村教师待遇", "应当大力发展公共交通", "要加快推进老旧小区改造，引入专业物业服务", "需要加强基层医疗队伍建设",
              "必须严格落实安全生产责任制"):
        assert opens_with_modal(s), s
    for s in ("要求不够高，学习不主动", "应对能力不足", "对学习的要求不够高", "教师流失严重"):
        assert not opens_with_modal(s), s


# ------------------------------------------------------------------------------- 2. ordinals inside nouns

def test_ordinal_nouns_are_no_list_markers():
    text = ("当前基层应急处置存在短板。\n第一时间发现险情的机制不健全，信息上报迟缓。\n第一责任人的职责不明确，相互推诿。\n")
    ch, rec = _points(text)
    # the ordinal stays in the point: 第一时间 / 第一责任人 are nouns, not the list's 第一
    assert ch == ["当前基层应急处置存在短板", "第一时间发现险情的机制不健全，信息上报迟缓", "第一责任人的职责不明确，相互推诿"]
    assert rec == []
    text = "一、存在的问题\n第一时间响应能力不足。\n第一责任人履职不到位。\n二、对策建议\n第一，完善应急预案。\n第二，压实第一责任人责任。\n"
    assert _points(text) == (["第一时间响应能力不足", "第一责任人履职不到位"], ["完善应急预案", "压实第一责任人责任"])


# ------------------------------------------------------------------------------- 3. problem | cause | measure tables

def test_short_problem_cells_beside_a_cause_column():
    text = ("| 问题 | 原因 | 建议 |\n|---|---|---|\n| 停车难 | 车位规划滞后于车辆增长 | 建设立体停车库 |\n"
            "| 看病贵 | 药品流通环节多 | 推进药品集中带量采购 |\n")
    ch, rec = _points(text)
    # before: 停车难 and 看病贵 were read as labels of kinds (short cells before a longer column) and lost
    assert ch == ["停车难", "车位规划滞后于车辆增长", "看病贵", "药品流通环节多"]
    assert rec == ["建设立体停车库", "推进药品集中带量采购"]


def test_cause_column_and_name_columns():
    text = ("| 序号 | 存在问题 | 原因分析 | 整改措施 | 责任单位 | 完成时限 |\n|---|---|---|---|---|---|\n"
            "| 1 | 学习教育走过场 | 思想重视程度不够 | 制定学习计划，开展专题研讨 | 党办 | 2023年6月 |\n"
            "| 2 | 窗口服务效率低 | 业务流程繁琐 | 推行一窗通办，压缩办理时限 | 政务中心 | 2023年9月 |\n")
    assert _points(text) == (["学习教育走过场", "思想重视程度不够", "窗口服务效率低", "业务流程繁琐"],
                             ["制定学习计划，开展专题研讨", "推行一窗通办，压缩办理时限"])
    text = ("| 姓名 | 单位 | 问题 | 建议 |\n|---|---|---|---|\n| 张三 | 县教育局 | 农村学校师资力量薄弱 | 提高乡村教师待遇 |\n"
            "| 李四 | 县卫健委 | 基层医疗设施陈旧 | 加大基层医疗投入 |\n")
    assert _points(text) == (["农村学校师资力量薄弱", "基层医疗设施陈旧"], ["提高乡村教师待遇", "加大基层医疗投入"])


def test_a_column_of_kind_labels_stays_unread():
    text = ("| 问题类型 | 具体表现 | 整改措施 |\n|---|---|---|\n| 助餐服务 | 老年食堂覆盖率低，部分社区没有助餐点 | 增设社区助餐点 |\n"
            "| 文体活动 | 活动场地面积小，器材陈旧 | 改造文体活动室 |\n")
    ch, _ = _points(text)
    assert "助餐服务" not in ch and "文体活动" not in ch


def test_shortfall_cell():
    for c in ("停车难", "看病贵", "床位紧张", "设施老化"):
        assert shortfall_cell(c), c
    for c in ("助餐服务", "成本降低", "难", "停车，难", "张三"):
        assert not shortfall_cell(c), c


# ------------------------------------------------------------------------------- 4. form fields, titles of a collection

def test_a_form_field_heads_no_point():
    text = ("走访记录\n时间：2023年5月10日\n地点：城东社区\n"
            "居民反映小区停车位严重不足，消防通道经常被占用。建议增设停车位，加强消防通道管理。\n")
    essay = _essays(text)[0]
    # before: each point's heading was 地点：城东社区
    assert [(p.text, p.heading) for p in essay.challenges] == [("小区停车位严重不足，消防通道经常被占用", None)]
    assert [(p.text, p.heading) for p in essay.recommendations] == [("建议增设停车位，加强消防通道管理", None)]
    for line in ("时间：2023年5月", "地点：某区", "参加人员：社区干部、居民代表", "主持人：张三"):
        assert form_field_line(line), line
    for line in ("问题：房价持续上涨", "一、存在的问题", "措施一：加强培训"):
        assert not form_field_line(line), line


def test_every_essay_of_a_collection_starts_past_its_title_line():
    body = ("当前{}，教师流失严重，乡村教育质量难以提升。为此，建议提高乡村教师待遇，完善职称评聘倾斜政策，吸引优秀人才扎根基层。"
            "同时要加强城乡教师交流轮岗，推动优质教育资源共享。")
    titles = ["关于乡村教育的思考", "关于城市交通的思考", "关于养老服务的思考"]
    topics = ["农村学校师资力量薄弱", "城市交通拥堵严重", "社区养老设施不足"]
    text = "".join(f"{t}\n\n{body.format(x)}\n\n" for t, x in zip(titles, topics))
    essays = _essays(text)
    assert [e.title for e in essays] == titles
    # before: the first essay started at 0, its title line included; the others past theirs
    assert [text[e.start:e.start + 6] for e in essays] == ["当前农村学校", "当前城市交通", "当前社区养老"]
    # a single essay starts at its first line, its title included
    single = f"{titles[0]}\n\n{body.format(topics[0])}\n"
    assert _essays(single)[0].start == 0


# ------------------------------------------------------------------------------- linearity

def test_the_new_readers_stay_linear():
    assert_linear(lambda n: opens_with_modal("要" + "加" * n), 20_000, "a modal over a long clause")
    assert_linear(lambda n: shortfall_cell("停车" * n + "难"), 20_000, "a long cell")
    assert_linear(lambda n: form_field_line("时间：" + "五" * n), 20_000, "a long field line")
