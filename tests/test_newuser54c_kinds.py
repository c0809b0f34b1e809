"""Kinds of faults seen on the blind trial set of Part 141 (benchmarks/data/aspects ids 7960-7987, newuser54c: Traditional
Chinese on public security, crime and justice in Hong Kong, Macau and Taiwan as a new user brings them: legislators' speeches
and submissions on fraud and cybersecurity, judicial-reform transcripts and resolutions on prisons, a copied 監察院 report,
youth-drug records, white papers and NGO items on domestic and digital sexual violence, traffic-enforcement news, glossed
mirrors and content farms, with advertorials, guides, enforcement news and a disciplinary decision as negatives), written as
small texts of the tests' own. Marked ``xfail(strict=True)``: they record what the pipeline does not do yet, and turn into
failures (to be unmarked) the day a change fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

KINDS = {
    # a crime or harm statistic that rises (`較去年同期上升N%`, `由A人增至B人`, `再創N年歷史新高`, `成長率達N%`, `N成…曾…`) is a
    # challenge, yet it is missed when no problem word sits beside it (7962: `21歲以下的人數…上升8%`, `…的人數顯著上升`; 7967: four
    # `成長率達…` points; 7971: `還押在囚人口…增幅為15%,再創10年歷史新高`, 0 of 5; 7974: `超額收容是在5521人`, `桃園監獄…超收比例
    # 最高`; 7985: `四成中小學學生…非自願接收色情資訊`, `兩成人稱曾受網絡欺凌`; 7960 `…數量大幅增加`; 7964 `…第三位最常被吸食的毒品`)
    "rising-crime-statistics-missed": (
        "本區治安情況報告\n"
        "根據警方數字,今年首九個月錄得網上購物騙案2,310宗,較去年同期上升37%。被捕的21歲以下青少年由去年的185人增至264人。"
        "約三成受騙者為65歲以上長者。涉及虛擬貨幣的投資騙案損失金額再創五年新高。\n",
        lambda ch, rec, n: sum(any(k in p for p in ch) for k in ("上升37%", "增至264人", "三成受騙者", "再創五年新高")) >= 3),
    # a spoken transcript announces its topic (`其實有一個很大的問題,是在於說…`, `這個是有關於我們目前的超收問題`, `第二個就是…
    # 的問題`) and then states the complaints in run-on spoken clauses with fillers (`然後`, `那個`, `其實`): the announcer comes out
    # and the complaints are missed (7965: 1 of 8; 7974: 2 of 9, `我們目前所能居住的空間大概都在0.5坪左右` missed; 7975: 2 of 11,
    # `每個牢房裡面都只有一個馬桶`, `一個四坪大小的房間裡就住了十幾個人` missed)
    "spoken-transcript-complaints-missed": (
        "主席、各位委員好。我這邊想講的是看守所的問題,那個第一個就是舍房的部分,其實一間房裡面就住了二十幾個人,然後晚上其實"
        "大家都沒有辦法好好睡覺。然後再來就是那個醫療的部分,其實一個禮拜只有一次門診,那很多人其實是等不到看醫生的。然後還有"
        "就是家屬接見,其實一次只有十五分鐘而已。\n",
        lambda ch, rec, n: sum(any(k in p for p in ch) for k in ("住了二十幾個人", "只有一次門診", "只有十五分鐘")) >= 2),
    # a submission or a commentary puts its proposals as hopes and expectations (`本委員會期望該條例草案能夠訂立…`, `期望…可充分
    # 考慮…`, `希望如此能有足夠時間…制定…`): they are recommendations, yet they are missed (7969: 5 of 6 recommendations missed,
    # both `期望…` items; 7987: `希望如此能有足夠時間於網絡安全法中制定一套可預見的規定`, `能釋除公眾對該法的實施和執行的疑慮`)
    "hope-framed-proposals-missed": (
        "本會就網上安全條例草案的初步意見\n"
        "一)本會期望條例草案能夠訂明平台營運者移除違法內容的時限。此舉可讓受害人盡快得到保障,對平台而言亦有清晰的依歸。"
        "現時平台往往以不同理由拖延處理,造成受害人求助無門。\n"
        "二)本會期望條例草案可充分考慮鄰近地區的現行做法。鄰近地區在人才及技術方面已累積一定經驗,絕對值得參考。\n"
        "此條例在不少爭議中獲得通過,並將於明年一月生效。希望如此能有足夠時間制定清晰的執行指引,並且,最重要的是,能釋除業界"
        "對條例執行的疑慮。\n",
        lambda ch, rec, n: sum(any(k in p for p in rec) for k in ("移除違法內容的時限", "充分考慮鄰近地區", "制定清晰的執行指引",
                                                                 "釋除業界")) >= 3),
    # an agency's work done or the content of rules it has already issued (`已聯同有關部門…進行宣傳教育,呼吁市民遵守交通規則`,
    # `已訂定…規定,要求各分局落實員警審核…`, `本署加大力度推動社區教育…`, an advertorial's `政府應提供…等多種服務` describing
    # what a law set up) is neither, yet it comes out as a recommendation (7978, a negative: 2 recommendations; 7982: 2 of its 5
    # points; 7971 `本署加大力度推動社區教育…`; 7968, a negative: 2 recommendations)
    "work-done-and-issued-rules-as-recommendations": (
        "警方上周展開為期五天的打擊違例泊車行動,共發出3,200張告票。為加強駕駛人士的守法意識,交通總部近日已聯同運輸署在各區"
        "進行宣傳教育,呼吁市民遵守交通規則。同時,交通大隊已於今年三月訂定《違規案件審核作業規定》,要求各分局落實員警審核、"
        "主管覆核與案件查核等機制,確實管控執法品質。此外,本署加大力度推動社區教育,加強向青少年宣揚守法信息。\n",
        lambda ch, rec, n: not any(k in p for p in rec for k in ("呼吁市民", "落實員警審核", "推動社區教育"))),
    # a numbered proposal item opens its body with the problem that motivates it (`一、與業界合作增強居民警覺。本澳電話詐騙個案的
    # 持續增加,且大部分騙案均與境外集團相關。雖然…,但仍有居民表示有關做法未及全面。建議…`): the heading and the measure come out,
    # the problem sentences are missed (7960: both missed; 7969 item 一's `近年網絡犯罪案件日益增多…`, `現有的法律條例往往未能有效
    # 打擊…` missed and item 二's `香港並沒有要求企業滿足特定的網絡安全標準…` given as a recommendation; 7972 item 三's `矯正機關超額
    # 收容,業務繁重,長期各項專業人力…不足` missed)
    "problem-inside-numbered-proposal-item-missed": (
        "議員就防騙工作提出以下建議:\n"
        "一、加強跨境合作。本澳電話騙案持續增加,且大部分由境外集團操控,警方難以追查。建議當局與鄰近地區警方建立情報交換機制。\n"
        "二、完善來電提示。現時只有部分外地來電會顯示提示,但不少長者表示做法未夠全面。建議強制所有外地來電加上標示。\n",
        lambda ch, rec, n: any("持續增加" in p for p in ch) and any("未夠全面" in p for p in ch)),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 141 (see SOURCES.md)")
#: Kinds fixed since.
FIXED: set[str] = {"rising-crime-statistics-missed",  # (k139141: aspects.figured_rise_count; 21歲以下 no lead-in)
                   "hope-framed-proposals-missed"}  # (k147148: aspects.weighted_measure reads 最重要的是，能釋除…)


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part141_fault_kind(kind):
    text, right = KINDS[kind]
    essays = summarize_document(text).essays
    points = {side: [p.text for e in essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"], len(essays))
