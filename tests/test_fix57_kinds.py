"""fix57: kinds of faults a fresh user found (check56) and left open, on small texts of the tests' own.

* a decimal at a paragraph's start (``16.4萬名…``, ``3.5亿元…``) is a quantity, never a dotted section number or a
  list marker (``structure.DECIMAL_UNITS``; the ``(?!\\d)`` of every point-level marker reader in ``points``);
* a pinyin note of several syllables one space apart (``【qíng xù】``) is removed like a one-syllable note
  (``clean._PINYIN_NOTE``), while a bracketed heading or Chinese note (``【案例】``) stays.
"""

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
