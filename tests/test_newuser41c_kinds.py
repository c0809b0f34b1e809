"""Kinds of faults seen on the blind trial set of Part 78 (benchmarks/data/aspects ids 4160-4205, newuser41c),
written as small texts of the tests' own. Marked ``xfail(strict=True)``: they record what the pipeline does not do
yet, and turn into failures (to be unmarked) the day a change fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

# (text, what a right answer holds): challenges and recommendations are the point texts of every essay.
KINDS = {
    # a thesis's 研究限制 sentence that ends in its own advice ("…樣本數有限,…,故建議未來研究可…") goes to the
    # challenge side whole, or is lost (4161: 0 of 4 建議未來 points recalled, 3 predicted as challenges; 4160, 4173)
    "limitation-then-故建議-on-challenge-side": (
        "第五章 結論與建議\n第二節 研究限制與建議\n本研究僅訪談單一學校之教師,樣本數有限,可能影響結果之推論,"
        "故建議未來研究可擴大抽樣範圍至其他縣市。問卷於期末考前發放,部分教師填答時間不足,故建議未來研究可選擇學期初進行施測。\n",
        lambda ch, rec: any("擴大抽樣範圍" in p for p in rec) and any("學期初" in p for p in rec)
        and not any("建議" in p for p in ch)),
    # a plan report's labelled fields in one run-on paragraph ("1. 遭遇困難:… 2. 因應對策:… 3. 後續精進策略規劃:…"):
    # the countermeasure and strategy fields are predicted as challenges (4174: 0 of 6, 3 countermeasures as challenges)
    "labelled-countermeasure-fields-as-challenges": (
        "(二)推動長照資料整合 1. 遭遇困難:各機關系統格式不一,且資料更新頻率不同,致資料難以串接比對。 2. 因應對策:"
        "訂定共通資料標準,建置跨機關資料交換平台。 3. 後續精進策略規劃:未來將擴大介接醫療端資料,提升服務媒合效率。\n",
        lambda ch, rec: any("共通資料標準" in p for p in rec)
        and not any("共通資料標準" in p or "擴大介接" in p for p in ch)),
    # a council interpellation summary written one request per unpunctuated line ("請工務處儘速…", "李議員請…"):
    # the requests are not taken as recommendations (4168: 2 of 14 requests recalled, lines glued into one point)
    "one-request-per-line-interpellation-summary": (
        "縣議員李大同表示 路燈老舊 影響夜間行車安全\n李議員請工務處儘速汰換中正路路燈\n請社會處增設長者共餐據點\n"
        "李議員說 縣府各局處橫向聯繫不足\n請交通處改善校園周邊通學步道\n請觀光處協助振興溫泉區商圈\n"
        "以上是本縣議會定期會總質詢李議員問政摘要\n",
        lambda ch, rec: sum(any(k in p for p in rec) for k in ("中正路路燈", "共餐據點", "通學步道", "溫泉區商圈")) >= 3),
    # a forum mirror's anti-scraping garbage lines ("3 j4 P! l U# `7 @os.tvboxnow.com") are glued onto the next
    # sentence and come out inside a point, or as a point of their own (4189 a negative with 2 garbage points; 4190)
    "forum-mirror-garbage-glued-into-point": (
        "社論 長者聲音要聽見\n5 k2 P! m8 U# `7 @公仔箱論壇\n! y6 ~2 Q, k2 Z2 z1 Jtvb now,tvbnow,bttvb2 ~' W6 K) |\n"
        "本港安老院舍輪候時間長達三年,不少長者在輪候期間離世,反映安老政策長期未能追上人口老化的步伐。\n"
        "3 j4 P! l U# `7 @os.tvboxnow.com\n政府應增加資助院舍宿位,並加強社區照顧服務。\n",
        lambda ch, rec: any("增加資助院舍宿位" in p for p in rec)
        and not any("tvb" in p or "@" in p or "公仔箱" in p for p in ch + rec)),
    # an editorial's list of advantages ("有几个优势。一是没有…差距,…。二是…,避免…困难。") is read as challenges,
    # and the sentence announcing them as advice (4202: both listed advantages predicted as challenges; 4178)
    "listed-advantages-read-as-challenges": (
        "应对人口老龄化,本市有几个优势。一是没有城乡养老资源的巨大差距,照护方式更直接。二是社区医疗网络完善,"
        "避免长者就医时面对的种种困难。然而,护理人力短缺的问题日益严重,不少院舍长期招不到护理员。\n",
        lambda ch, rec: any("护理人力短缺" in p for p in ch)
        and not any("没有城乡" in p or "避免长者就医" in p for p in ch) and not any("优势" in p for p in rec)),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 78 (see SOURCES.md)")
#: Kinds fixed since: a bare 故 turns a sentence to its measures (故建議…, w78); an item's own run-in field label
#: (因應對策：) names its aspect inside a run of the other's (w78); a jammer run inside a line or ending in the
#: forum's host stamp goes (w78); a lead-in that counts strengths (有几个优势。) lists no problems (w78).
FIXED: set[str] = {"limitation-then-故建議-on-challenge-side", "labelled-countermeasure-fields-as-challenges",
                   "forum-mirror-garbage-glued-into-point", "listed-advantages-read-as-challenges"}


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part78_fault_kind(kind):
    text, right = KINDS[kind]
    points = {side: [p.text for e in summarize_document(text).essays for p in getattr(e, side)]
              for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"])
