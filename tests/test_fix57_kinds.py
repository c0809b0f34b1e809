"""fix57: kinds of faults a fresh user found (check56) and left open, on small texts of the tests' own.

* a decimal at a paragraph's start (``16.4萬名…``, ``3.5亿元…``) is a quantity, never a dotted section number or a
  list marker (``structure.DECIMAL_UNITS``; the ``(?!\\d)`` of every point-level marker reader in ``points``);
* a pinyin note of several syllables one space apart (``【qíng xù】``) is removed like a one-syllable note
  (``clean._PINYIN_NOTE``), while a bracketed heading or Chinese note (``【案例】``) stays;
* a quotation cited with its source in brackets after it (``“…”（摘自《…》）``, ``（来源：…）``) gives no challenge
  (``aspects.cited_quote_spans``, ``pipeline._drop_reported_advice``);
* short quoted problems (``“审批慢”“用地难”……``, three characters each) give one challenge each
  (``points.QUOTED_PHRASE_MIN_CHARS``).
"""

from summarizer import aspects as asp
from summarizer import points as pts
from summarizer.clean import strip_pinyin_notes
from summarizer.pipeline import summarize_document
from summarizer.structure import find_markers

_DECIMALS = ("乡村养老的难处\n\n"
             "这些年，农村老人独居比例不断上升，照料需求持续增长，服务供给却跟不上。\n\n"
             "12.7萬名留守老人長期無人照看，生活起居十分困難，緊急情況難以及時處置。\n\n"
             "2.8亿元护理补贴下拨迟缓，乡镇敬老院运转吃力，护理员队伍流失严重。\n\n"
             "为此，要加快建设农村互助养老服务点，健全护理补贴发放机制，培养本土护理人员。\n")


def _points(text):
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


def test_decimal_at_paragraph_start_is_no_section_number():
    families = [(m.family, m.marker.strip()) for m in find_markers(_DECIMALS)]
    assert not [f for f in families if f[0] in ("num2", "num3", "num_dot", "num")], families


def test_dotted_section_number_before_a_heading_stays():
    text = "1.1 研究背景\n城市更新进入新阶段。\n1.2 研究方法\n本文采用问卷调查。\n"
    assert [(m.family, m.marker.strip()) for m in find_markers(text)][:2] == [("num2", "1.1"), ("num2", "1.2")]


def test_decimal_challenge_keeps_its_number():
    challenges, _ = _points(_DECIMALS)
    assert any(c.startswith("12.7萬名留守老人") for c in challenges), challenges
    assert any(c.startswith("2.8亿元护理补贴") for c in challenges), challenges


def test_point_level_marker_readers_leave_a_decimal():
    assert pts._STRAY_MARKER.match("3.5亿元资金闲置") is None
    assert pts._STRAY_MARKER.match("3.资金闲置").end() == 2
    assert pts._FINDING_MARKER.match("16.4万人失业").end() == 0
    assert pts._ITEM_NUMBER.match("2.5倍于往年") is None
    assert pts._LIST_LINE.match("4.2公里道路") is None


def test_multi_syllable_pinyin_note_removed():
    assert strip_pinyin_notes("孩子的情绪【qíng xù】起伏大，绿色【lǜ sè】出行少。") == "孩子的情绪起伏大，绿色出行少。"
    assert strip_pinyin_notes("责任（zé rèn）重大") == "责任重大"


def test_bracketed_heading_and_chinese_note_stay():
    text = "【案例】某县推行河长制。【编者按】本文有删节。"
    assert strip_pinyin_notes(text) == text
    assert strip_pinyin_notes("采用人工智能(AI)技术") == "采用人工智能(AI)技术"


def test_pinyin_note_of_too_many_syllables_is_left():
    # (bounded: five syllables are no reading note of one word)
    text = "情绪（qíng xù lǜ sè mà）好"
    assert strip_pinyin_notes(text) == text


def test_section_heading_opening_with_a_counted_word_stays_a_section():
    # (人员, 个人, 公共 open headings: only a decimal's unit words make the number a quantity)
    text = "3 存在的问题\n3.1 人员流失\n年轻医生留不住。\n3.2 个人信息泄露\n数据管理松散。\n"
    assert [(m.family, m.marker.strip()) for m in find_markers(text) if m.family == "num2"] == [
        ("num2", "3.1"), ("num2", "3.2")]


_CITED = ("治理减负的思考\n\n"
          "“有的地方会议一个接一个，村干部整天忙着写材料，真正下村入户的时间很少。”（摘自《乡村治理观察》）\n\n"
          "“个别部门把填报表格当成工作成绩，数据层层上报却无人使用。”（来源：某日报评论）\n\n"
          "目前，一些乡镇考核指标设置过多，村干部疲于迎检，服务群众的精力被严重挤占。\n\n"
          "为此，要大力精简考核指标，合并同类检查事项，减少不必要的台账报表。\n")


def test_cited_quote_span_reads_a_bracketed_source():
    text = "“村里的路一下雨就没法走。”（引自某县调研笔记）他说。"
    assert [text[a:b] for a, b in asp.cited_quote_spans(text)] == ["“村里的路一下雨就没法走。”（引自某县调研笔记）"]
    assert asp.cited_quote_spans("他说：“村里的路不好走。”（笑）") == []


def test_cited_quotations_give_no_challenge():
    challenges, recommendations = _points(_CITED)
    assert challenges == ["一些乡镇考核指标设置过多，村干部疲于迎检，服务群众的精力被严重挤占"], challenges
    assert recommendations


def test_short_quoted_problems_each_a_challenge():
    text = ("小微企业恳谈会侧记\n\n"
            "“贷款难”“招工难”“租金高”……在昨天的恳谈会上，店主们一一说出了经营中遇到的诸多困难。\n")
    challenges, _ = _points(text)
    assert challenges == ["贷款难", "招工难", "租金高"], challenges
