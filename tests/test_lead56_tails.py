"""A point never ends on a clause that is a linking word alone, whatever made it end there, and a cleft frame alone
(``需要注意的是``) is no point (lead56: a fresh user's check of the forty-eighth session's merged code)."""
from summarizer.pipeline import summarize
from summarizer.points import frame_only_point, without_link_tail


def _points(text):
    doc = summarize(text)
    return [(aspect, p.text, p.start, p.end) for essay in doc.essays for aspect in ("challenges", "recommendations")
            for p in getattr(essay, aspect)]


def test_link_tail_dropped_at_any_point_end():
    text = "重面子轻里子，地下管网改造不彻底，因此"
    assert without_link_tail(text, 0, len(text)) == text.index("，因此")
    traditional = "舊樓管理混亂，維修資金長期不足，從而"
    assert without_link_tail(traditional, 0, len(traditional)) == traditional.index("，從而")


def test_link_tail_keeps_a_clause_that_says_more():
    text = "地下管网改造不彻底，因此雨季内涝频发"
    assert without_link_tail(text, 0, len(text)) == len(text)
    assert without_link_tail("因此", 0, 2) == 2  # (one clause: nothing to move back to)


def test_list_item_cut_after_its_connective_ends_before_it():
    text = ("# 老旧小区改造读书笔记\n\n- 存在的问题：\n  1. 居民参与程度低，议事协商机制缺失\n"
            "  2. 重面子轻里子，管网等地下设施改造不彻底，因此\n- 建议：\n  1. 建立居民议事协商机制，发挥社区党组织作用\n")
    pts = _points(text)
    tails = [t for _, t, _, _ in pts if "改造不彻底" in t]
    assert tails and all(t.endswith("改造不彻底") for t in tails)
    for _, t, a, b in pts:
        assert text[a:b] == t


def test_cleft_frame_alone_is_no_point():
    assert frame_only_point("需要注意的是")
    assert frame_only_point("值得一提的是，")
    assert not frame_only_point("需要注意的是，申请门槛过高")
    assert not frame_only_point("要加强监管")
    text = "近年来，本市旅游业发展迅速。需要注意的是，旅游局的统计并未包括当天往返的游客。全年接待游客一千万人次。"
    assert all(t != "需要注意的是" for _, t, _, _ in _points(text))
