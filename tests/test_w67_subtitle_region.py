"""A paper's subtitle line under its title (``——以某县为例``) opens no section of other matter: the problems its
abstract frames (``分析了存在的A、B、C等问题``) are challenges, as they are without the subtitle (w67, Part 67's 3507)."""

from summarizer.pipeline import summarize_document

_ABSTRACT = ("摘要:课题组调查了社区食堂的运营情况,分析了存在的资金来源单一不稳定、菜品供给单调不适口、"
             "监管制度缺位不健全等问题,并据此提出了改进办法。\n")


def _challenges(text):
    return [p.text for e in summarize_document(text).essays for p in e.challenges]


def test_subtitle_under_the_title_keeps_the_framed_problems():
    for head in ("社区食堂运营的路径研究\n", "社区食堂运营的路径研究\n——以某县为例\n"):
        found = _challenges(head + _ABSTRACT)
        assert any("资金来源单一不稳定" in p for p in found), head
        assert any("监管制度缺位不健全" in p for p in found), head
