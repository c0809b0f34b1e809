"""fix42b (a new user's tryout): a PDCA report's phase headings read as measures and its Do-phase items missed, an
analysis lead-in kept before a cause; a speech's closing appeal read as a measure and a 突出… heading as a problem;
emoji and keycap digits left in points and a line opened by an emoji glued to the line above; an official's
``我们将…；…；还要…`` plan after his label missed and 还要 kept; a run of one
repeated character given as a keyphrase. Small texts of the tests' own."""

import pytest
from costs import assert_linear

from summarizer import aspects as asp
from summarizer.clean import clean, emoji_edits
from summarizer.keyphrases import MAX_KEYPHRASE_CHARS, _cjk_or_excluded
from summarizer.pipeline import summarize_document
from summarizer.points import bare_verb_point, exhortation_point, semicolon_measures


def _points(text: str) -> tuple[list[str], list[str]]:
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


# --- 1. PDCA reports ---------------------------------------------------------------------------------------------

_PDCA = ("运用PDCA循环提高门诊满意度\n\n一、计划（Plan）\n1. 原因分析：经过问卷调查，主要原因为候诊时间过长、导诊指引不清。\n\n"
         "二、实施（Do）\n1. 组织导诊人员开展服务礼仪培训，设置分诊提示牌。\n2. 对候诊患者开展叫号信息推送，缩短等候时间。\n"
         "3. 增加高峰时段挂号窗口。\n\n三、检查（Check）\n满意度由80%提高到95%。\n")


def test_pdca_phase_headings_are_no_points_and_the_do_phase_items_are_measures():
    challenges, recommendations = _points(_PDCA)
    assert "实施（Do）" not in recommendations
    assert recommendations == ["组织导诊人员开展服务礼仪培训，设置分诊提示牌", "对候诊患者开展叫号信息推送，缩短等候时间",
                               "增加高峰时段挂号窗口"]
    assert challenges[0].startswith("候诊时间过长")  # (the method frame and the cause list's lead are no part of it)


@pytest.mark.parametrize("heading, aspect", [("二、实施（Do）", asp.RECOMMENDATION), ("四、处理(Act)", asp.RECOMMENDATION),
                                             ("三、检查（Check）", None), ("一、计划（Plan）", None)])
def test_the_do_and_act_phases_head_measures(heading, aspect):
    assert asp.heading_aspect(heading) == aspect


def test_a_verb_with_a_bracketed_gloss_is_a_bare_verb():
    assert bare_verb_point("实施（Do）")
    assert bare_verb_point("处理(Act)")
    assert not bare_verb_point("实施垃圾分类（试点）")


def test_a_problem_class_named_as_the_topic_of_its_treatment_states_none():
    assert asp.challenge_strength("对未解决的问题转入下一个循环") == 0
    assert asp.challenge_strength("对发现的问题立即整改") == 0
    assert asp.challenge_strength("对群众反映的问题处理不及时") > 0  # (the treatment itself may be the fault)


# --- 2. speeches ---------------------------------------------------------------------------------------------------

def test_a_speech_closing_appeal_is_no_measure():
    assert exhortation_point("同志们，任务艰巨，让我们团结一心，确保完成全年目标")
    assert exhortation_point("各位代表！让我们携手奋进")
    assert not exhortation_point("同志们，要加强安全检查，严肃追责")
    text = ("在全县防汛工作会议上的讲话\n\n同志们：今天召开会议，部署防汛工作。\n\n一、认清形势\n当前部分堤防年久失修，防汛物资储备不足。\n\n"
            "二、压实责任\n要严格落实防汛责任制，加强巡堤查险。\n\n同志们，防汛责任重于泰山，让我们共同努力，确保安全度汛。\n")
    _, recommendations = _points(text)
    assert "要严格落实防汛责任制，加强巡堤查险" in recommendations
    assert all("让我们" not in p for p in recommendations)


@pytest.mark.parametrize("text, strength", [("突出工作重点", 0), ("二、突出工作重点", 0), ("要突出产业特色", 0),
                                            ("矛盾较为突出", 2), ("存在突出问题", 2)])
def test_tuchu_opening_a_clause_is_the_verb_not_a_shortcoming(text, strength):
    assert asp.challenge_strength(text) == strength


# --- 3. online posts: emoji --------------------------------------------------------------------------------------

def test_emoji_and_keycaps_are_markers_or_separators_never_text():
    text = "看法如下 🙏 供参考\n💰 首先是成本太高\n1️⃣ 政府应该加大补贴\n👍👍\n"
    cleaned = clean(text)
    assert cleaned.text == "看法如下供参考\n•首先是成本太高\n1、政府应该加大补贴"
    at = cleaned.text.index("政府")
    assert text[cleaned.offsets[at]:cleaned.offsets[at] + 2] == "政府"  # (offsets still map to the source)
    assert emoji_edits("好的👍ok") == [(2, 3, "", "emoji")]
    assert emoji_edits("go👍now") == [(2, 3, " ", "emoji")]
    assert clean("收到❤️谢谢").text == "收到谢谢"  # (a symbol drawn as an emoji)


def test_a_line_opened_by_an_emoji_is_never_glued_to_the_line_above():
    text = ("年轻人为何不愿生育\n\n说说我的看法。\n\n😫 其次是职场压力\n- 加班文化下根本没时间陪孩子\n\n👉 我觉得要解决这个问题：\n"
            "1️⃣ 政府应该加大育儿补贴，减轻家庭经济负担\n")
    challenges, recommendations = _points(text)
    assert all("我觉得" not in p for p in challenges + recommendations)
    assert all(not any(ord(ch) >= 0x1F000 or ch in "\ufe0f\u20e3" for ch in p) for p in challenges + recommendations)
    assert "政府应该加大育儿补贴，减轻家庭经济负担" in recommendations


# --- 4. interviews and government replies -------------------------------------------------------------------------

def test_an_officials_semicolon_plan_after_his_label_gives_each_measure():
    sentence = "李某：我们将推进城乡供水一体化，保障水质安全；同时改造老旧管网，减少漏损；还要完善水价机制，促进节约用水。"
    assert len(semicolon_measures(sentence)) == 3
    text = ("专访：如何保障饮水安全\n\n记者：当前面临哪些困难？\n李某：一是农村供水设施老化，二是管网漏损率高。\n记者：下一步有什么打算？\n"
            + sentence + "\n")
    _, recommendations = _points(text)
    assert any(p.endswith("推进城乡供水一体化，保障水质安全") for p in recommendations)
    assert "要完善水价机制，促进节约用水" in recommendations  # (还 goes as 同时 does: 同时要… -> 要…)


# --- 5. keyphrases -----------------------------------------------------------------------------------------------

def test_a_run_of_one_character_or_an_uncut_run_is_no_keyphrase():
    assert _cjk_or_excluded("a" * 3000) < 0
    assert _cjk_or_excluded("哈哈哈") < 0
    assert _cjk_or_excluded("x" + "ab" * 20) < 0  # (over MAX_WORD_CHARS)
    doc = summarize_document("垃圾分类工作推进缓慢，居民参与度不高。" * 3 + "b" * 3000 + "。垃圾分类需要加强宣传。")
    phrases = [k.text for e in doc.essays for k in e.keyphrases]
    assert phrases and all(len(p) <= MAX_KEYPHRASE_CHARS and "bbb" not in p for p in phrases)


# --- costs ---------------------------------------------------------------------------------------------------------

def test_the_new_readers_stay_linear():
    assert_linear(lambda n: emoji_edits("好👍" * n), 5_000, "emoji between Han characters")
    assert_linear(lambda n: emoji_edits("\n💰 " * n), 5_000, "emoji opening lines")
    assert_linear(lambda n: clean("💰" * n), 5_000, "one run of emoji")
    assert_linear(lambda n: asp.challenge_strength("突出" * n), 5_000, "突出 repeated")
    assert_linear(lambda n: asp.challenge_strength("对问题" * n), 5_000, "对…问题 repeated")
    assert_linear(lambda n: summarize_document("同志们，" * n + "让我们努力。"), 300, "vocatives")
