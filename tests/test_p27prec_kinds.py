"""p27prec: Part 27's wrong points of kinds 2 (text that is neither, read as a point) and 3 (the wrong aspect).
Texts written for these tests."""

from summarizer import aspects, pipeline


def _points(text: str) -> dict[str, list[str]]:
    essay = pipeline.analyze(text)[0]
    return {k: [essay.text[p.start:p.end] for p in v] for k, v in essay.points.items()}


# --- a lead-in whose last clause is only a modal and a colon announces measures (aspects._MODAL_COLON_TAIL) ---------

def test_modal_colon_lead_in_announces_measures():
    assert aspects.lead_in_aspect("如果家门口的路灯经常不亮,可以:") == aspects.RECOMMENDATION
    assert aspects.lead_in_aspect("遇到噪音扰民的情况，建议：") == aspects.RECOMMENDATION
    # a lead-in that names its problems still announces them; a modal inside a clause is no tail
    assert aspects.lead_in_aspect("目前存在以下问题：") == aspects.CHALLENGE
    assert aspects.lead_in_aspect("可以看到以下问题：") == aspects.CHALLENGE


_LAMPS = ("街道里的路灯经常不亮,居民夜里出行很不方便。\n\n"
          "如果家门口的路灯经常不亮,可以:\n"
          "- 拨打市民热线反映,请求尽快维修;\n"
          "- 联合邻居向街道办提交书面意见。\n")


def test_items_under_a_modal_colon_are_recommendations():
    got = _points(_LAMPS)
    assert got["recommendation"] == ["拨打市民热线反映,请求尽快维修", "联合邻居向街道办提交书面意见"]
    assert got["challenge"] == ["街道里的路灯经常不亮,居民夜里出行很不方便"]
