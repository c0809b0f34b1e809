"""Rules of branch k159160 (Parts 159 and 160: archives, open government, Macau), each on a text of the test's own:
a both-aspects section split by label lines, an abstract's chained colon lists, a review's purpose frame, a speech's
occasion frame, a writer's observed 有些…；有的… faults, and a news item's risk crossheads with the sentences under them."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer import points as pts
from summarizer.pipeline import summarize_document


def _points(text: str) -> tuple[list[str], list[str]]:
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_label_lines_split_a_section_that_names_both_aspects():
    # a yearly report's section names its problems and its improvements; label lines split the two lists
    text = ("三、存在的不足及改进方向\n存在问题:\n1.档案目录更新不够及时。\n2.查档窗口开放时间偏短。\n改进措施:\n"
            "1.健全更新机制。安排专人每月核对目录,提高目录的准确性。\n2.延长开放时间。在周末增设查档窗口,方便群众办事。\n")
    ch, rec = _points(text)
    assert "档案目录更新不够及时" in ch and "查档窗口开放时间偏短" in ch
    assert "健全更新机制" in rec and "延长开放时间" in rec
    # a measure's body is no problem-then-fix sentence: nothing of it is a challenge
    assert not any("核对目录" in p or "增设查档窗口" in p or "健全更新机制" in p for p in ch)


def test_chained_colon_lists_of_an_abstract_are_read_part_by_part():
    text = ("摘要:本文梳理了社区档案室建设中存在的问题:档案用房普遍紧张、专业人员严重缺乏、数字化进度明显滞后,"
            "剖析了问题的成因:财政投入长期不足、考核指标设置偏软、业务指导不够到位,提出了改进的对策:"
            "完善投入保障、充实专业队伍、推进数字转型,为进一步提升社区档案服务水平提供参考。\n")
    ch, rec = _points(text)
    assert {"档案用房普遍紧张", "专业人员严重缺乏", "数字化进度明显滞后"} <= set(ch)
    assert {"财政投入长期不足", "考核指标设置偏软", "业务指导不够到位"} <= set(ch)
    assert {"完善投入保障", "充实专业队伍", "推进数字转型"} <= set(rec)
    # the frames and the purpose clause after the last list give no point
    assert not any("提出了改进的对策" in p or "剖析了问题的成因" in p for p in ch + rec)
    assert not any("提供参考" in p for p in ch + rec)


def test_problem_clause_before_a_details_follow_colon_is_kept():
    # one clause that ends at a colon is a list's lead (提出了…对策：); a problem clause before 具体情况如下： stays a point
    text = ("关于全区社区档案整理情况的督查汇报\n为查清全区社区档案管理现状,区档案局组织人员对各社区进行了实地督查。"
            "经过近期对十个社区逐一的督查,发现台账资料与各社区上报情况存在较大差距,多数社区档案整理工作进展缓慢,具体情况如下:\n"
            "一、督查发现的问题\n1.部分社区没有专人负责档案工作。\n2.有的社区档案柜长期受潮。\n")
    ch, _ = _points(text)
    assert any(p.startswith("多数社区档案整理工作进展缓慢") for p in ch)


def test_colon_list_segments_cut_at_the_comma_before_each_colon():
    s = "总结了问题:甲乙、丙丁、戊己,分析了原因:庚辛、壬癸、子丑。"
    parts = pts.colon_list_segments(s, 0, len(s))
    assert [s[a:b] for a, b in parts] == ["总结了问题:甲乙、丙丁、戊己", "分析了原因:庚辛、壬癸、子丑。"]
    one = "存在的问题:甲乙、丙丁、戊己。"
    assert pts.colon_list_segments(one, 0, len(one)) == [(0, len(one))]


def test_purpose_frame_of_a_review_is_no_point():
    text = ("为摸清全区村级档案管理状况,区档案馆组织人员对36个村的档案室进行了抽查,多数村的档案保管较好,但也存在不少问题,"
            "一些村的档案长期无人整理。本着总结经验、查找差距,纠正偏差、补齐短板,推动村级档案规范管理的目的,"
            "现将抽查中发现的问题归纳如下,以供各村对照整改。\n\n一、档案保管条件差\n\n1.部分村档案柜严重受潮。\n")
    ch, rec = _points(text)
    assert not any("查找差距" in p or "补齐短板" in p or "以供各村对照整改" in p for p in ch + rec)
    spans = pts.purpose_frame_spans(text)
    assert len(spans) == 1 and text[spans[0][0]:spans[0][1]].startswith("本着")
    assert pts.purpose_frame_spans("本着实事求是的原则开展工作。") == []


def test_speaker_occasion_frame_is_no_point():
    assert pts.speaker_occasion_point("由於議題牽涉甚廣,本人想藉今天的機會集中討論長者院舍的輪候問題")
    assert pts.speaker_occasion_point("我想借此机会谈谈社区养老的几点看法")
    # a problem stated before the frame is kept
    assert not pts.speaker_occasion_point("院舍輪候時間過長,本人想藉今天的機會集中討論")
    assert not pts.speaker_occasion_point("長者院舍輪候時間長達兩年")
    text = ("議程前發言\n\n近年長者院舍宿位嚴重不足,輪候時間動輒兩年以上。由於議題牽涉甚廣,本人想藉今天的機會集中討論"
            "私營院舍的資助安排。\n")
    ch, rec = _points(text)
    assert not any("本人想藉今天的機會" in p for p in ch + rec)


def test_faults_a_writer_observed_told_in_parallel_are_a_challenge():
    s = "笔者前些天在几个社区走访看到,有些居务公开栏三个月不更新一次;有的把过期的通知贴了又贴,群众根本看不明白。"
    assert asp.parallel_instances(s)
    assert asp.prose_aspect(s) == asp.CHALLENGE
    # no observation frame and no 有的 run: not read so
    assert not asp.parallel_instances("笔者前些天在几个社区走访看到,居务公开栏三个月不更新一次;群众看不明白。")
    ch, _ = _points("居务公开不能走过场\n" + s + "\n")
    assert any("三个月不更新一次" in p for p in ch)


def test_risk_statement_heading():
    assert asp.risk_statement("打印设备共用有风险")
    assert asp.risk_statement("涉密载体管理不严有隐患")
    assert asp.risk_statement("私自外带犯大忌")
    assert not asp.risk_statement("存在的风险")  # (a section's name)
    assert not asp.risk_statement("存在风险")
    assert not asp.risk_statement("风险防范")
    assert not asp.risk_statement("主要风险隐患及对策建议分析")


def test_risk_crossheads_and_their_consequence_sentences_are_challenges():
    text = ("记者从市保密局获悉,一些单位对办公设备的保密管理重视不够,留下不少漏洞。\n\n  打印设备共用有风险\n\n"
            "  部分科室为节约开支,让涉密计算机和上网计算机共用一台打印机,可能导致涉密文件内容外泄。\n\n"
            "  维修送外有隐患\n\n  个别单位把出故障的涉密计算机直接交给街边维修店处理,存储的数据容易被人拷走。\n")
    ch, _ = _points(text)
    assert "打印设备共用有风险" in ch and "维修送外有隐患" in ch
    assert any("共用一台打印机" in p for p in ch)
    assert any("交给街边维修店" in p for p in ch)


def test_added_readers_stay_linear():
    assert_linear(lambda n: pts.colon_list_segments("问题:甲、乙,原因:" * n, 0, 9 * n), 5_000, "chained colons")
    assert_linear(lambda n: pts.purpose_frame_spans("本着" * n + "如下"), 5_000, "本着 without a purpose noun")
    assert_linear(lambda n: pts.speaker_occasion_point("本人借" * n), 5_000, "a speaker with no occasion")
    assert_linear(lambda n: summarize_document("治" * n), 10_000, "a line without punctuation")
    assert_linear(lambda n: summarize_document("好。" * n), 1_000, "tiny sentences")
