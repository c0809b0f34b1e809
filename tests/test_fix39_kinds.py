"""fix39 (a new user's faults on main): a run-in marker (``⑴`` ``①`` ``(1)`` ``第一，``) alone on its line with its
item's text on the next line, and a lead-in line (``为此建议：``) between two numbered lists read as the body of the
first list's last item. Small texts of the tests' own."""

import pytest
from costs import assert_linear

from summarizer.clean import clean
from summarizer.pipeline import summarize_document
from summarizer.structure import parse


def _points(text: str) -> tuple[list[str], list[str]]:
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


def _two_lists(first: str, second: str, lone: bool) -> str:
    gap = "\n" if lone else ""
    return (f"关于提升城市治理水平的建议\n\n当前城市治理存在以下问题：\n{first}{gap}交通拥堵日益严重，通勤时间过长。\n"
            f"{second}{gap}老旧小区改造滞后，居住环境较差。\n为此建议：\n{first}{gap}优化公共交通网络，发展轨道交通。\n"
            f"{second}{gap}加快老旧小区改造，完善配套设施。\n")


_CHALLENGES = ["交通拥堵日益严重，通勤时间过长", "老旧小区改造滞后，居住环境较差"]
_MEASURES = ["优化公共交通网络，发展轨道交通", "加快老旧小区改造，完善配套设施"]


@pytest.mark.parametrize("first,second", [("⑴", "⑵"), ("①", "②"), ("(1)", "(2)"), ("1)", "2)"), ("第一，", "第二，")])
def test_a_run_in_marker_alone_on_its_line_takes_the_next_line_as_its_item(first, second):
    """Each item of both lists is a point of its own (the first item of each list was lost: its marker stood alone,
    an empty item, and the text went to no item)."""
    assert _points(_two_lists(first, second, lone=True)) == (_CHALLENGES, _MEASURES)


def test_the_lone_marker_is_joined_to_its_line_in_cleaning():
    cleaned = clean("存在以下问题：\n⑴\n交通拥堵日益严重。\n⑵\n老旧小区改造滞后。\n").text
    assert cleaned == "存在以下问题：\n⑴交通拥堵日益严重。\n⑵老旧小区改造滞后。"
    # (a marker before a blank line, or before another marker line, stays on its own line)
    assert clean("⑴\n\n交通拥堵日益严重。").text == "⑴\n交通拥堵日益严重。"
    assert clean("(1)\n(2)\n(3)\n").text == "(1)\n(2)\n(3)"


@pytest.mark.parametrize("first,second", [("1.", "2."), ("1、", "2、"), ("一、", "二、"), ("（一）", "（二）")])
@pytest.mark.parametrize("lone", [False, True])
def test_a_lead_in_line_between_two_lists_is_not_the_last_items_body(first, second, lone):
    """``为此建议：`` announces the second list; read as the body of the first list's last item it was given as a
    challenge and that item's own text was lost."""
    assert _points(_two_lists(first, second, lone)) == (_CHALLENGES, _MEASURES)


def test_the_last_item_ends_before_the_lead_in_line():
    text = "问题如下：\n1.交通拥堵严重。\n2.小区改造滞后。\n为此建议：\n1.优化公交网络。\n2.加快小区改造。"
    items = [it for it in parse(text).items if it.family == "num_dot"]
    assert [text[it.start:it.end] for it in items[:2]] == ["1.交通拥堵严重。\n", "2.小区改造滞后。\n"]
    # (a body paragraph of the item that ends with no colon stays its body)
    text2 = text.replace("为此建议：", "居民对此反映强烈。")
    items2 = [it for it in parse(text2).items if it.family == "num_dot"]
    assert text2[items2[1].start:items2[1].end] == "2.小区改造滞后。\n居民对此反映强烈。\n"


def test_lone_marker_lines_and_lead_ins_stay_linear():
    assert_linear(lambda n: clean("⑴\n交通拥堵。\n" * n), 1_000, "lone marker lines")
    assert_linear(lambda n: parse("1.交通拥堵。\n2.改造滞后。\n建议：\n" * n), 500, "lists with lead-ins")


@pytest.mark.parametrize("text", [
    "青年就业观察\n\n青年向上流动停滞，人才流失严重。\n\n政府应正视问题，一方面推动产业多元化，创造更多优质职位；"
    "另一方面加强大湾区就业支援，协助青年拓展出路。\n",
    "社論\n\n青年向上流動停滯，人才流失嚴重。\n\n特區政府應正視問題，一方面推動產業多元化，創造更多優質職位；"
    "另一方面加強大灣區就業支援，協助青年拓展出路。\n"])
def test_a_side_marker_with_no_comma_is_no_part_of_the_point(text):
    """``另一方面`` written with no comma before the measure links it to the other side: dropped from the point's start
    like ``同时`` (``linking_connective_bare`` cue group), as ``一方面`` already was."""
    _, rec = _points(text)
    assert len(rec) == 2, rec
    assert rec[1] in ("加强大湾区就业支援，协助青年拓展出路", "加強大灣區就業支援，協助青年拓展出路"), rec
    assert not any(r.startswith(("一方面", "另一方面")) for r in rec), rec


_WECHAT = ("点击上方蓝字关注我们\n\n【深度】年轻人为什么不愿意生孩子？\n\n"
           "生育率持续走低。高房价、高教育成本，让很多年轻人望而却步。托育服务供给严重不足，双职工家庭带娃难。\n\n"
           "专家建议：完善生育支持政策体系，发放育儿补贴；大力发展普惠托育服务。\n\n▼往期推荐▼\n点个“在看”，你最好看\n")


def test_a_wechat_posts_calls_to_follow_and_to_tap_are_removed():
    """The call to follow above a WeChat post's title, the arrowed ``往期推荐`` heading and the call to tap ``在看``
    are the account's, not the post's: removed whole, so the post's headline is its title (it was untitled, the
    call taken for its first line) and no summary sentence is the title or a call."""
    cleaned = clean(_WECHAT)
    assert cleaned.text.startswith("【深度】年轻人为什么不愿意生孩子？\n生育率持续走低。")
    assert cleaned.text.endswith("大力发展普惠托育服务。")
    assert cleaned.removed["reader_appeal"] == len("点击上方蓝字关注我们")
    # (the 在看 line went with the link list's heading above it; alone, it goes as a call)
    alone = clean("标题\n\n正文说明问题。\n\n点个“在看”，你最好看\n")
    assert alone.text == "标题\n正文说明问题。" and alone.removed["reader_appeal"] == len("点个“在看”，你最好看")
    doc = summarize_document(_WECHAT)
    assert [e.title for e in doc.essays] == ["【深度】年轻人为什么不愿意生孩子？"]
    # (a sentence of the text that asks the reader to click stays: the rules read whole short lines)
    kept = clean("标题\n\n请点击下方链接报名参加活动，我们关注青年成长。\n\n正文说明问题。").text
    assert "请点击下方链接报名参加活动" in kept


def test_long_run_frames_leave_the_point():
    """``長遠而言，`` / ``从长远来看，`` frame when a measure holds: with their comma they are dropped from a point's
    start (``time_frame`` group of resources/theme_generic.txt), as ``目前，`` is."""
    _, rec = _points("社評：醫療改革不能再拖\n\n急症室輪候時間過長，醫護人手長期不足。\n\n"
                     "政府必須擴大本地培訓學額。長遠而言，當局應推動基層醫療，減輕公立醫院壓力。\n")
    assert "當局應推動基層醫療，減輕公立醫院壓力" in rec, rec
    _, rec2 = _points("养老服务调研\n\n护理人员短缺，待遇偏低。\n\n从长远来看，应当建立长期护理保险制度，分担家庭照护成本。\n")
    assert rec2 == ["应当建立长期护理保险制度，分担家庭照护成本"], rec2
