"""Faults a fresh user (check59) met on texts of their own, fixed by fix59b; each test runs a text of its own:

* a lead-in that announces work before its colon (``下半年，我们将重点抓好以下工作：A；B；C``) gives every ``；``-item as
  a measure, the first one too, the lead-in none (``points._LIST_LEAD_IN``, ``points.semicolon_measures``);
* a scene-break line spelt with spaces (``* * *``, ``- - -``) or with the section sign (``§``) separates two titled
  pieces as ``——————`` does (``markup._MD_RULE``, ``clean._PUNCT_ONLY_LINE``);
* a hardship denied (``没有困难``) is no challenge (the ``denied_fault_noun`` cue group) and a proposal declined
  (``我们不建议…``) no recommendation, unless the sentence turns to the course it proposes instead
  (``points.rejected_proposal``);
* a reply letter's topic label (``一、关于增加公交站点。``, after ``…收悉，现答复如下：``) is a heading, no
  recommendation (``points.reply_topic_label``).
"""


from summarizer.markup import _MD_BULLET, _MD_RULE
from summarizer.pipeline import summarize_document
from summarizer.points import reply_start, reply_topic_label, rejected_proposal, semicolon_measures
from costs import assert_linear


def _essays(text: str):
    return summarize_document(text).essays


def _points(text: str) -> tuple[list[str], list[str]]:
    essay = _essays(text)[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


def test_work_lead_in_gives_every_semicolon_item():
    sentence = ("明年，我们将着力做好以下工作：瞄准新兴产业开展定向招引，力争落地项目5个；"
                "推进背街小巷改造，年底前完成改造40条；深化窗口服务改革，推行“一窗通办”。")
    assert [sentence[a:b] for a, b in semicolon_measures(sentence)] == [
        "瞄准新兴产业开展定向招引，力争落地项目5个", "推进背街小巷改造，年底前完成改造40条",
        "深化窗口服务改革，推行“一窗通办”"]
    text = ("某镇2023年工作总结\n\n今年以来，全镇经济平稳运行。但产业层次偏低，项目储备不足。\n\n" + sentence + "\n")
    _, rec = _points(text)
    assert rec == ["瞄准新兴产业开展定向招引，力争落地项目5个", "推进背街小巷改造，年底前完成改造40条",
                   "深化窗口服务改革，推行“一窗通办”"]


def test_problem_lead_in_is_no_list_of_measures():
    # (存在以下问题：… announces problems: its items are never read as measures)
    sentence = "检查发现存在以下问题：台账记录不全；消防通道堵塞；应急预案未演练。"
    assert semicolon_measures(sentence) == []


def test_spaced_scene_break_separates_titled_pieces():
    # (three titled pieces, as a collection of model essays prints them: the blank lines and titles split them once the
    # separator line is gone; a separator between two pieces alone is fix59's boundary rule)
    body = ("让老旧小区焕发新生\n\n老旧小区管网老化，停车位严重不足。应加快推进管网改造。\n\n{sep}\n\n"
            "守护餐桌上的安全\n\n基层监管力量薄弱，小作坊无证经营。必须充实基层监管队伍。\n\n{sep}\n\n"
            "托起稳稳的幸福\n\n乡村养老机构床位紧张，护理员流失严重。要加快建设互助养老服务点。\n")
    for sep in ("* * *", "- - -", "_ _ _", "§", "§ § §", "※※※", "——————"):
        essays = _essays(body.format(sep=sep))
        assert [e.title for e in essays] == ["让老旧小区焕发新生", "守护餐桌上的安全", "托起稳稳的幸福"], sep
    assert _MD_RULE.search("* * *") is not None
    assert _MD_BULLET.search("* * *") is None
    assert _MD_BULLET.search("* 加强监管") is not None  # (a bullet item stays an item)


def test_denied_hardship_and_declined_proposal_are_no_points():
    text = ("物业服务季度小结\n\n本季度小区各项服务运行平稳，没有困难。业主满意度有所提高。\n\n"
            "对于下季度，我们不建议调整收费标准，保持现状即可。\n")
    assert _points(text) == ([], [])
    assert rejected_proposal("我们不建议调整收费标准，保持现状即可")
    assert not rejected_proposal("我们不建议大拆大建，而是建议对现有设施进行微改造")
    assert not rejected_proposal("建议调整收费标准")


def test_reply_topic_label_is_no_recommendation():
    text = ("关于对市人大第0415号建议的答复\n\n张华代表：\n\n您提出的《关于改善城郊公交出行的建议》收悉，现答复如下：\n\n"
            "一、关于增加公交站点。近两年，市财政累计投入1.2亿元，新建城郊站点86个。下一步，我们将把新建小区周边站点纳入"
            "2025年线网优化计划。\n\n二、关于延长末班时间。目前已在3条线路试点夜班车。我们将会同公交集团研究出台夜间线路"
            "运营标准。\n\n三、关于候车设施建设。我们将通过财政补助等方式，力争两年内实现城郊站点候车亭全覆盖。\n\n"
            "感谢您对交通工作的关心和支持。\n")
    _, rec = _points(text)
    assert "把新建小区周边站点纳入2025年线网优化计划" in rec
    assert not any(p.startswith("关于") for p in rec)  # (the start code gave 关于增加公交站点 and two more)
    replied = reply_start(text)
    label = text.index("关于增加公交站点")
    assert replied < label
    assert reply_topic_label(text, label, label + len("关于增加公交站点"), replied)
    title = text.index("关于改善城郊公交出行的建议")
    assert not reply_topic_label(text, title, title + len("关于改善城郊公交出行的建议"), 0)  # (a proposal's title)
    assert not reply_topic_label(text, label, label + 8, len(text))  # (no reply: a 关于 line elsewhere is read as it is)


def test_new_readers_are_linear():
    assert_linear(lambda n: semicolon_measures("下半年重点抓好以下工作：" + "推进管网改造，达到目标；" * n), 500,
                  "list lead-in")
    assert_linear(lambda n: _MD_RULE.search("* " * n + "x"), 5000, "spaced rule")
    assert_linear(lambda n: _MD_BULLET.search("* " * n + "x"), 5000, "bullet before a spaced rule")
    assert_linear(lambda n: rejected_proposal("不建议" * n), 5000, "declined proposal")
    assert_linear(lambda n: reply_start("关于" * n + "现答复如下："), 5000, "reply opening")
