"""Kinds of faults seen on the blind trial set of Part 108 (benchmarks/data/aspects ids 5980-5993, newuser47f: files
that hold several essays as a new analyst brings them: a media lab's daily excerpts of four newspapers' editorials, each
under a `《報名》` line and its title; three letters to the editor run on one line with `◎ 作者` markers; mirror category
pages of opinion teasers cut with `[…]` and `閱讀全文`; 範文 sites' `篇1` / `第1篇` collections cut in their first essay; a
city message board's netizens' `建议:` profiles), written as small texts of the tests' own.
Marked ``xfail(strict=True)``: they record what the pipeline does not do yet, and turn into failures (to be unmarked)
the day a change fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

# An excerpt page of three papers' editorials: a `《報名》` line, a blank line, the editorial's title, its excerpt.
_EXCERPTS = (
    "社評摘錄5.3\n\n《華光日報》\n\n巴士路線重組 須先問乘客\n"
    "新界西北的巴士路線去年重組後,不少屋邨居民要多轉一程車,車程平均多了二十分鐘。運輸署應該先做乘客調查,再決定哪些路線合併。\n\n"
    "《海港晚報》\n\n垃圾收費 宣傳不足\n"
    "垃圾按量收費推行在即,但大部分住戶仍不清楚指定袋在哪裡購買,政府的宣傳明顯不足。當局宜在各區街市設攤位派發樣本。\n\n"
    "《東島時報》\n\n長者醫療券 用途太窄\n"
    "醫療券只可在私家診所使用,不少長者反映牙科收費太貴,一張券根本不夠。政府應考慮擴大醫療券可用的範圍。\n")

# (text, what a right answer holds): right(challenges, recommendations, essay count) over the point texts of every essay.
KINDS = {
    # editorial excerpts of several papers in one file, each under a `《報名》` source line and its own title: one essay
    # comes out (5980-5984: 4/1, 4/1, 3/1, 4/1, 4/1 essays), so the excerpts' points are pooled and several are lost
    # (5983: 1 of 9)
    "paper-name-lines-collection-not-split": (
        _EXCERPTS,
        lambda ch, rec, n: n == 3),
    # an opinion teaser cut with `[…]` before `閱讀全文`: the writer's `筆者建議X` is the piece's proposal and nothing
    # comes out of the page (5986: 0 of 3, `筆者建議中執會討論是否…試辦…手機民調` missed; 5993: 0 of 1)
    "teaser-bizhe-jianyi-before-read-more-missed": (
        "自由廣場》社區診所 週末應開門\n\n◎ 林某 筆者住在山區小鎮,鎮上唯一的衛生所週末不看診,老人家假日生病只能等到週一。"
        "筆者建議衛生局讓偏鄉衛生所輪流在週末開診。 前年冬天 […]\n\n閱讀全文\n\n"
        "社論》港口轉型的新考驗\n\n一九九○年代,港口貨櫃量曾居世界前列,其後腹地轉移,航商紛紛 […]\n\n閱讀全文\n",
        lambda ch, rec, n: any("輪流在週末開診" in p for p in rec)),
    # another body's proposal that an editorial only reports (`某國議會…的年度報告,批評…,建議當局…`) is taken as the
    # editorial's recommendation (5982: `建議當局執行《香港人權與民主法案》`; 5984: `建議政府取消…訪問日本`)
    "reported-other-body-jianyi-as-recommendation": (
        "《北方晨報》\n\n議會報告 只是姿態\n鄰國議會委員會的年度報告,批評本地的出口管制過嚴,建議當局撤銷對電子零件的出口許可制度。"
        "報告發表後,兩地官員互有回應,誰讓步仍難預料。\n",
        lambda ch, rec, n: not any("撤銷對電子零件" in p for p in rec)),
    # a model essay's historical example (`漢朝初年,國家…遠遠落後於前朝`) is argument, not a problem of the essay's
    # subject: it comes out as a challenge (5990: `戰國初期,秦國在經濟社會的發展中落後於齊、楚…六國`)
    "model-essay-history-example-luohou-as-challenge": (
        "  一\n\n  聚民力方能成大事\n\n  改革要想行穩致遠,就要依靠群眾的智慧。\n\n  縱覽古今,變革之成都離不開人。"
        "漢朝初年,國家在連年戰亂後人口稀少、府庫空虛,遠遠落後於前朝的鼎盛時期。文帝景帝輕徭薄賦,與民休息,於是國力漸復。\n",
        lambda ch, rec, n: not any("落後於前朝" in p for p in ch)),
    # a netizen profile's `建议:` label line opens with the problem the suggestion answers: the problem comes out as a
    # recommendation with the label in it (5991: `每天去菱角湖公园散步健身…感觉被菱角湖公园隔离` as a recommendation)
    "jianyi-label-line-problem-as-recommendation": (
        "网友老周:小区门口的斑马线终于画上了\n建议:和平路小学门口没有斑马线,孩子们放学过马路很危险。"
        "建议交管部门尽快施划斑马线并安排护学岗。\n稿件:老周的留言发出后一个月,斑马线施划完毕。\n",
        lambda ch, rec, n: any("没有斑马线" in p for p in ch) and not any("没有斑马线" in p for p in rec)),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 108 (see SOURCES.md)")
#: Kinds fixed since.
FIXED: set[str] = {"paper-name-lines-collection-not-split"}  # split48: _source_name_bounds


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part108_fault_kind(kind):
    text, right = KINDS[kind]
    essays = summarize_document(text).essays
    points = {side: [p.text for e in essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"], len(essays))
