"""Kinds of faults found by trying the product as a new user (helper try43), each on a small text of the test's own."""

import summarizer
from summarizer import points
from costs import assert_linear


def _points(text: str, **kw):
    doc = summarizer.summarize(text, **kw)
    ch = [p for e in doc.essays for p in e.challenges]
    rec = [p for e in doc.essays for p in e.recommendations]
    return ch, rec


def test_topic_before_copula_is_not_cut_off_as_a_summing_tail():
    # "X的背后，是Y的问题": the copula clause says what the problem is; the point kept only "X的背后"
    for text, want in (("停车难的背后，是规划建设滞后的问题。", "规划建设滞后"),
                       ("看病难的根源，是优质医疗资源分布不均。", "分布不均"),
                       ("這種現象的背後，是規劃建設滯後的問題。", "規劃建設滯後")):
        ch, _ = _points(text, aspect_model=False)
        assert any(want in p.text for p in ch), (text, [p.text for p in ch])
        for p in ch:
            assert text[p.start:p.end] == p.text


def test_summing_tail_still_dropped_after_a_run_of_problems():
    text = "拆建比例过高，原住民外迁，这些都是亟待解决的问题。"
    end = points._without_summing_tail(text, 0, len(text) - 1)
    assert text[:end] == "拆建比例过高，原住民外迁"
    end = points._without_summing_tail("交通拥堵的背后，是规划建设滞后的问题", 0, 18)
    assert end == 18


def test_chair_announcing_points_of_opinion_lists_recommendations():
    # 我提几点意见：第一，…；第二，… (a leader's or a chair's directions) read as recommendations, as 几点要求 is
    text = "小区电梯经常坏，物业拖着不修。\n我提几点意见：第一，物业公司要在一周内拿出维修方案；第二，垃圾要做到日产日清。"
    _, rec = _points(text, aspect_model=False)
    texts = [p.text for p in rec]
    assert any("拿出维修方案" in t for t in texts) and any("日产日清" in t for t in texts), texts


def test_speaker_label_with_bracketed_role_is_read_past():
    # a meeting record's "李经理（物业公司）：…": who speaks is no part of the point
    text = ("李经理（物业公司）：电梯老化是事实，但是维修基金申请程序太复杂。\n"
            "王阿姨（居民代表）：垃圾清运不及时，夏天味道很大。\n")
    ch, _ = _points(text, aspect_model=False)
    assert ch and all("（" not in p.text and "：" not in p.text for p in ch), [p.text for p in ch]
    assert points.past_speaker_label("李经理（物业公司）：电梯老化是事实", 0, 17) == 10
    assert points.past_speaker_label("问题：电梯老化是事实", 0, 10) == 0


def test_speaker_label_is_linear_on_a_long_bracket():
    text = "李经理（" + "物" * 100_000 + "：电梯老化"
    assert points.past_speaker_label(text, 0, len(text)) == 0
    assert_linear(lambda n: points.past_speaker_label("李经理（" + "物" * n + "：电梯老化", 0, n + 9), 2_000,
                  "a long bracket")


def test_inline_announced_directions_survive_the_model_veto():
    # a meeting record whose chair closes with 我提几点意见：第一，…；第二，…；第三，… in one sentence: the learned
    # model, reading that one long sentence, vetoed all three directions (0 recommendations with the default options)
    text = ("社区协调会记录\n\n"
            "张书记：今天请大家来，商量一下小区物业的事。\n\n"
            "王阿姨（居民代表）：小区的电梯三天两头坏，物业拖着不修。垃圾清运也不及时，夏天味道很大。\n\n"
            "李经理（物业公司）：电梯老化是事实，但是维修基金申请程序太复杂。物业费收缴率只有六成，公司入不敷出。\n\n"
            "赵先生（业委会）：收缴率低是因为服务差，大家不愿意交，这是个恶性循环。\n\n"
            "张书记：我听明白了。我提几点意见：第一，物业公司要在一周内拿出电梯维修方案，社区帮助协调维修基金的申请；"
            "第二，垃圾要做到日产日清；第三，业委会要牵头组织居民评议物业服务，评议结果和物业费挂钩。\n\n"
            "张书记：好，今天就到这里，下个月再开一次会看落实情况。\n")
    _, rec = _points(text)
    texts = [p.text for p in rec]
    assert sum(any(k in t for t in texts) for k in ("电梯维修方案", "日产日清", "评议物业服务")) == 3, texts


def test_inline_announced_item_reads_only_its_line():
    from summarizer.structure import Item
    text = "我提几点意见：第一，要加强管理；第二，要完善制度。"
    first = Item(family="x", value=1, start=7, content_start=10, marker="第一，")
    second = Item(family="x", value=2, start=text.index("第二"), content_start=text.index("第二") + 3, marker="第二，")
    assert points.inline_announced_item(text, first) and points.inline_announced_item(text, second)
    assert not points.inline_announced_item("一、加强管理", Item(family="x", value=1, start=0, content_start=2,
                                                                 marker="一、"))
    # an outline or a survey's classes that only hold a noun of measures somewhere are not announced measures
    for lead in ("现将自查发现问题、整改措施及成效报告如下：", "可将社会组织的建言方式概括为以下五类："):
        t = lead + "第一，提交政策建议；第二，参与政策制定。"
        assert not points.inline_announced_item(t, Item(family="x", value=1, start=len(lead),
                                                         content_start=len(lead) + 3, marker="第一，"))
    t = "建议如下：第一，要加强管理；第二，要完善制度。"
    assert points.inline_announced_item(t, Item(family="x", value=1, start=5, content_start=8, marker="第一，"))
    assert_linear(lambda n: points.inline_announced_item(
        "物" * n + "：" + "第一，要加强管理", Item(family="x", value=1, start=n + 1, content_start=n + 4, marker="第一，")),
        2_000, "a long line before an item")
