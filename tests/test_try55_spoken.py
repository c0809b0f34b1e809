"""Spoken and minutes shapes (try55): speaker labels and fillers, a meeting's decided items, filler turns in a
transcript's summary, a mixed memo's keyphrases, an opening backdrop, the progress bar's name, the size message.

Every text below is written for the test (minutes of a meeting, a transcript, a memo, a short essay); none is a
corpus document.
"""

from summarizer import summarize
from summarizer import aspects as asp
from summarizer.news import filler_prefix_end, filler_sentence
from summarizer.points import past_speaker_label

MINUTES = (
    "关于村级图书室建设的会议纪要\n"
    "\n"
    "时间：2026年4月2日上午\n"
    "参会人员：刘主任、陈科长、周社工、吴医生\n"
    "\n"
    "刘主任：今天主要商量村级图书室的建设。全村常住人口三千多人，现在只有一间十平方米的阅览室。\n"
    "周社工：嗯，那个，我补充一点，就是说，现在管理员人手太少，很多孩子放学后一周都借不到一次书。\n"
    "陈科长：经费方面也有难处，今年的文化专项资金还没有下拨，书架和桌椅已经很旧了。\n"
    "吴医生：孩子们近视的比例越来越高，阅览室的照明条件太差。\n"
    "\n"
    "会议议定：\n"
    "第一，由文化站牵头，在五月底前完成图书室选址；\n"
    "第二，向镇财政申请追加文化专项资金，更新书架桌椅；\n"
    "第三，招募大学生志愿者，周末开展课后陪读；\n"
    "第四，与县图书馆签订协议，每月轮换图书两百册。\n"
)


def _points(doc, aspect):
    return [p.text for e in doc.essays for p in getattr(e, aspect)]


def test_role_speaker_label_and_fillers_open_no_point():
    # 周社工：嗯，那个，我补充一点，就是说，… was a challenge with the label and the fillers in it
    doc = summarize(MINUTES)
    challenges = _points(doc, "challenges")
    assert any(p.startswith("现在管理员人手太少") for p in challenges), challenges
    assert not any("周社工" in p or "那个" in p or "吴医生" in p for p in challenges), challenges
    summary = "".join(s.text for e in doc.essays for s in e.summary_sentences)
    assert "周社工：" not in summary and "吴医生：" not in summary


def test_past_speaker_label_reads_roles_party_letters_and_fillers():
    text = "主持人：好，那个，我们先请第一位发言。"
    assert text[past_speaker_label(text, 0, len(text)):] == "我们先请第一位发言。"
    text = "赵医生：服务站没有医生坐诊，老人看病还要跑到医院。"
    assert text[past_speaker_label(text, 0, len(text)):].startswith("服务站没有医生坐诊")
    text = "前言\n乙：那个，我觉得经费还是不够用。"
    k = text.index("乙")
    assert text[past_speaker_label(text, k, len(text)):] == "我觉得经费还是不够用。"
    # a party letter inside a line is no label; a field label is none either
    text = "合同约定甲：乙方应当按期交付。"
    assert past_speaker_label(text, 2, len(text)) == 2
    text = "问题：经费保障不足，设施老化。"
    assert past_speaker_label(text, 0, len(text)) == 0


def test_filler_prefix_stops_at_content():
    text = "嗯，那个，我补充一点，就是说，现在上门服务的人手太少"
    assert text[filler_prefix_end(text, 0, len(text)):] == "现在上门服务的人手太少"
    text = "那个，好"  # (nothing of substance left: the fillers stay)
    assert filler_prefix_end(text, 0, len(text)) == 0
    text = "这个问题，必须马上解决。"
    assert filler_prefix_end(text, 0, len(text)) == 0


def test_meeting_decided_items_are_all_recommendations():
    # 第一，由文化站牵头，在五月底前完成图书室选址 (no measure verb of its own) was vetoed by the model
    recs = _points(summarize(MINUTES), "recommendations")
    assert any(p.startswith("由文化站牵头，在五月底前完成图书室选址") for p in recs), recs
    assert sum(p.startswith(("由文化站", "向镇财政", "招募大学生", "与县图书馆")) for p in recs) == 4, recs
    assert asp.meeting_decision_lead("会议议定：")
    assert asp.meeting_decision_lead("经研究决定如下：")
    assert not asp.meeting_decision_lead("会议议程：")
    assert not asp.meeting_decision_lead("会议决定召开下一次会议。")


def test_filler_sentence():
    assert filler_sentence("嗯，好，那个，就这样吧。")
    assert filler_sentence("对对对。")
    assert filler_sentence("是的是的。")
    assert filler_sentence("对，然后就是说那个，其实就是这样子。")
    assert not filler_sentence("我们要加强监管。")  # short, but no filler: content
    assert not filler_sentence("这个问题要重视。")
    assert not filler_sentence("这个乡村学校的问题，最主要的是老师留不住。")


TRANSCRIPT = (
    "甲：对对对。\n"
    "乙：嗯嗯。\n"
    "甲：这个山区学校的问题，最主要的是年轻老师留不住，来了两三年就调走了。\n"
    "乙：对，然后就是说那个，那个，其实就是这样子。\n"
    "丙：另外远程课堂也是一个办法，可以把城里的好课程直接送进山区教室。\n"
    "甲：嗯，好，那个，就这样吧。\n"
)


def test_transcript_summary_takes_no_filler_turn():
    doc = summarize(TRANSCRIPT)
    sentences = [s.text for e in doc.essays for s in e.summary_sentences]
    assert sentences, doc
    for s in sentences:
        assert not filler_sentence(s), sentences
        assert not s.startswith(("甲：", "乙：", "丙：")), sentences


def test_mixed_memo_keyphrases_keep_chinese_terms():
    memo = (
        "# Memo：订单系统 migration\n\n"
        "我们计划在 Q4 之前把订单数据库从 MySQL 迁移到 TiDB。目前存在几个问题：一是 ETL 任务依赖复杂，约有 200 个 "
        "Airflow DAG 需要改写；二是部分业务方仍在调用 legacy 查询接口，迁移窗口难以协调；三是团队对 TiDB 的 "
        "region 调度和 backup 经验不足。\n\n"
        "建议如下：(1) 先挑选 10 个低风险 DAG 做 pilot，验证订单数据库的性能；(2) 与报表团队约定 freeze window，"
        "统一切换查询接口；(3) 安排内部 training，并请 vendor 提供 support。\n"
    )
    words = [k.text for e in summarize(memo).essays for k in e.keyphrases]
    assert words, words
    chinese = [w for w in words if not w.isascii()]
    assert len(chinese) >= 4 and "订单系统" in chinese, words  # (main: one Chinese term, nine Latin words)
    # (the Latin words past half the slots come after every Chinese term: they fill what no Chinese term takes)
    assert all(w.isascii() for w in words[words.index(chinese[-1]) + 1:]), words
    assert sum(w.isascii() for w in words[:words.index(chinese[-1])]) <= len(words) // 2, words


def test_opening_trend_backdrop_is_no_challenge():
    essay = (
        "近年来，随着城镇化进程不断加快，社区公共文化服务成为居民关注的热点。\n\n"
        "一、存在的问题\n"
        "（一）场地设施不足。部分社区缺少活动用房，现有场地面积偏小、设备陈旧。\n"
        "（二）专业人员短缺。文化专干多为兼职，培训机会少，活动组织能力不强。\n\n"
        "二、对策建议\n"
        "（一）盘活闲置资源。要统筹利用闲置厂房改建文化活动中心。\n"
        "（二）加强队伍建设。建议设立专职文化岗位，定期开展业务培训。\n"
    )
    challenges = _points(summarize(essay), "challenges")
    assert not any("随着" in p or "热点" in p for p in challenges), challenges
    assert asp.sets_scene("近年来，随着城镇化进程不断加快，社区公共文化服务成为居民关注的热点")
    assert not asp.sets_scene("随着城镇化进程加快，农村空心化问题日益突出")  # the main clause states a problem
    assert not asp.sets_scene("随着人口老龄化程度不断加深，养老服务供给严重不足")
    # (a problem told after the setting without a shortcoming word: the gold takes it, so it stays)
    assert not asp.sets_scene("随着短视频的流行，越来越多的中学生开始沉迷于刷视频")


def test_progress_bar_names_the_file():
    from summarizer.commands import progress_name

    assert progress_name("/data/2024/reports/会议纪要.txt") == "会议纪要.txt"
    assert progress_name("-") == "-"
    assert progress_name("folder/records.jsonl:3") == "records.jsonl:3"
    long = "/x/" + "长" * 60 + ".txt"
    assert len(progress_name(long)) == 40 and progress_name(long).endswith(".txt")


def test_input_too_large_names_the_file_first(tmp_path):
    import pytest

    from summarizer.errors import InputTooLargeError
    from summarizer.readers import read_path

    path = tmp_path / "纪要.txt"
    path.write_text("会议纪要。" * 100, encoding="utf-8")
    with pytest.raises(InputTooLargeError) as err:
        read_path(path, max_bytes=100)
    assert str(err.value).startswith(f"{path}: file is "), str(err.value)
    assert str(err.value).endswith("the limit is 100 bytes"), str(err.value)


def test_a_meeting_report_s_own_view_is_its_finding():
    # 会议认为，A缺位，B不健全，C流动性大。 in the report of a meeting gave no challenge: read as a reported view
    report = (
        "农村饮水安全工作推进会会议纪要\n\n"
        "5月8日，镇政府召开农村饮水安全工作推进会。会议听取了各村工作汇报。会议认为，部分村庄供水设施老化失修，"
        "水质检测机制不健全，管水员队伍流动性大。\n\n"
        "会议决定：\n"
        "一、由水利站牵头，6月底前完成供水管网排查；\n"
        "二、各村每季度开展一次水质检测，结果在村务公开栏公布。\n"
    )
    doc = summarize(report)
    challenges = _points(doc, "challenges")
    assert any(p.startswith("部分村庄供水设施老化失修") for p in challenges), challenges
    assert asp.meeting_said_end("会议认为，部分村庄供水设施老化失修。") == len("会议认为，")
