"""Kinds of faults found by trying the product as a new user (helper try43), each on a small text of the test's own."""

import summarizer
from summarizer import points


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
    import time
    text = "李经理（" + "物" * 100_000 + "：电梯老化"
    t0 = time.perf_counter()
    assert points.past_speaker_label(text, 0, len(text)) == 0
    assert time.perf_counter() - t0 < 1.0
