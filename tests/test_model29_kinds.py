"""model29: the learned sentence model reads a list item whose marker a stray opening bracket hides (scraped text:
``…方式。”[ 四是…``) as the item's first sentence, not its body. Inputs are written here."""

from __future__ import annotations

from summarizer import aspect_model as am
from summarizer import pipeline
from summarizer.points import _layout

# measures listed as 一是… 二是… 三是…, the third glued to a bracket left by a lost footnote number
ESSAY = ("二、对策建议\n\n一是加快建设社区服务中心，配齐专职人员。二是完善居民议事制度，定期公开账目。"
         "有的街道还请来律师参与调解。”[ 三是加强老旧楼栋的日常巡查。每月检查一次消防通道。")


def _features():
    ed = next(iter(pipeline.analyze(ESSAY)))
    layout = _layout(ed.structure, ed.sentences, ed.roles)
    return ed, layout, am.EssayFeatures(ed.structure, ed.sentences, layout)


def _index(ed, fragment: str) -> int:
    return next(i for i, s in enumerate(ed.sentences) if fragment in s.text)


def test_opening_skips_stray_brackets_before_a_marker_only():
    text = "[ 三是加强巡查。[注释]"
    starts = {2: 4}  # a marker at offset 2 (三是), its content at 4
    assert am.opening(text, 0, 8, starts) == 2
    assert am.opening(text, 8, len(text), starts) == 8  # a bracket before no marker: the sentence's own start
    assert am.opening("三是加强巡查。", 0, 7, {0: 2}) == 0
    assert am.opening("[[[[三是", 0, 6, {4: 6}) == 0  # more than MAX_STRAY stray characters: left as it is


def test_an_item_opened_behind_a_bracket_is_read_as_the_items_first_sentence():
    ed, _, feats = _features()
    i = _index(ed, "老旧楼栋")
    assert ed.sentences[i].text.lstrip().startswith("[")  # (the splitter keeps the bracket with the item)
    assert "item_start" in feats.structural(i)
    assert "li:body" not in feats.context(i)
    assert feats.body(i).startswith("加强老旧楼栋")  # the n-grams read the item's text past its marker
    j = _index(ed, "完善居民")  # an item opened with no bracket reads the same way
    assert "item_start" in feats.structural(j) and feats.body(j).startswith("完善居民")
    assert "li:body" in feats.context(_index(ed, "消防通道"))  # the item's second sentence is its body
