"""Part 47 (ids 2310-2369, a new user's blind trial set of Traditional Chinese pages): fault kinds it met, on
inputs written for these tests.

Each kind the pipeline still gets wrong is an ``xfail(strict=True)`` test stating the right value; whoever fixes
the kind removes the mark, and the test then guards the fix. Kinds and examples: ``benchmarks/data/aspects/SOURCES.md``.
"""

from __future__ import annotations

import pytest
from costs import assert_linear

from tests.aspect_helpers import points as _points

_INLINE_PROPOSALS = ("行政長官會見青年協會\n"
                     "行政長官今日與青年協會座談,聽取該會對明年施政報告的意見。\n"
                     "協會會長表示,該會收集會員意見後,就施政報告提出四點建議,包括:一、增加青年宿舍供應,"
                     "縮短輪候時間;二、擴大實習資助計劃,協助畢業生就業;三、優化跨境交通安排,方便青年往返;"
                     "四、設立創業基金,支援初創企業。\n"
                     "行政長官感謝協會的意見,表示會認真研究。\n")


def test_inline_numbered_proposals_after_a_colon_are_recommendations():
    """A government news item reports an association's proposals as `提出四點建議,包括:一、…;二、…` inside one
    paragraph (2322, 2329); each item is a recommendation: the association the story is about proposes, as a council
    member does (``proposing_person`` cue group)."""
    chals, recs = _points(_INLINE_PROPOSALS)
    assert any("青年宿舍" in r for r in recs), recs
    assert any("創業基金" in r for r in recs), recs
    assert not any("青年宿舍" in c or "創業基金" in c for c in chals), chals


_NAMED_ISSUES_THEN_VIEWS = ("總理會見商會代表\n"
                            "商會會長指出,會員普遍關注交通擠塞、物價上漲及人手短缺等問題,並歸納為三點書面意見,包括:"
                            "一、擴建港口貨運設施;二、推出中小企租金補貼;三、放寬專業人才引進限制。\n"
                            "總理表示會積極考慮。\n")


def test_proposals_counted_after_named_issues_are_recommendations():
    """A lead that first names the issues members care about (`普遍關注…等問題`) and then counts the views made of
    them (`並歸納為三點書面意見,包括:`) announces proposals (2329): its last clause says what the list is; the items
    are recommendations, none a challenge."""
    chals, recs = _points(_NAMED_ISSUES_THEN_VIEWS)
    assert sum(1 for r in recs if "港口" in r or "租金補貼" in r or "人才引進" in r) == 3, recs
    assert not any("港口" in c or "租金" in c for c in chals), chals


def test_proposal_count_lead_reads_whose_proposals():
    """:func:`summarizer.aspects.lead_in_aspect` on a last clause that counts proposals before its colon: a
    document's or another party's count stays reported (OTHER), a count received is no lead of proposals."""
    from summarizer import aspects as asp
    assert asp.lead_in_aspect("居民普遍关注停车难等问题,并归纳为两点意见,包括:") == asp.RECOMMENDATION
    assert asp.lead_in_aspect("联会提出五项诉求:") == asp.RECOMMENDATION
    assert asp.lead_in_aspect("《纲要》提出了三点意见:") == asp.OTHER
    assert asp.lead_in_aspect("热线共收到120条意见,包括:") is None
    long = "提出" + "啊" * 100_000 + "三点意见:"
    assert asp._PROPOSAL_COUNT_COLON_TAIL.search(long) is None


_AGENDA = ("東區區議會\n交通委員會\n二○一九年第二次會議\n"
           "        討論時間\n"
           "I   通過上次會議紀錄   2分10秒\n"
           "II  新議事項\n"
           "  i) 要求運輸署於筲箕灣道增設過路燈號   18分05秒\n"
           "    [EDC(TC)文件第12/19號]\n"
           "  ii) 促請政府改善柴灣巴士總站上蓋設施   9分40秒\n"
           "    [EDC(TC)文件第13/19號]\n"
           "  iii) 要求增加小西灣往返中環的專線小巴班次   11分22秒\n"
           "    [EDC(TC)文件第14/19號]\n")


def test_council_agenda_motion_titles_are_recommendations():
    """A district council committee's agenda lists members' motions as `i) 要求…   18分05秒` lines followed by
    `[…文件第N號]` lines (2352); each motion title is a recommendation (a heading that opens with a request to an
    authority) and the paper numbers and timings, agenda furniture that cleaning removes, belong to no point."""
    _, recs = _points(_AGENDA)
    assert any(r.startswith("要求運輸署於筲箕灣道增設過路燈號") for r in recs), recs
    assert any("專線小巴班次" in r and "文件" not in r for r in recs), recs


_MOTION_REPLY = ("議員提案\n"
                 "- 案由\n"
                 "- 建請市府於運動公園周邊增設公共自行車站,以利民眾轉乘。\n"
                 "- 說明\n"
                 "運動公園假日人潮眾多,周邊缺乏公共自行車站,民眾轉乘不便。\n"
                 "- 大會決議\n"
                 "- 照案通過。\n"
                 "- 發文日期\n"
                 "- 2024/05/10\n"
                 "- 執行情形\n"
                 "- 本府交通局將於年底前完成站點評估,並視使用需求分階段設置。\n")


def test_motion_record_reply_is_not_a_recommendation():
    """A city council's motion record ends with the government's reply under `執行情形` (2315); the motion's
    `建請市府…` is the recommendation and the reply is another party's answer; today the `建請` line is missed and
    the field label `執行情形` is given as a recommendation (in 2315 the record also splits into two essays at the
    date field and the reply's sentences become recommendations)."""
    chals, recs = _points(_MOTION_REPLY)
    assert any("增設公共自行車站" in r for r in recs), recs
    assert not any("站點評估" in r or r == "執行情形" for r in recs), recs


def test_agenda_timings_and_paper_lines_are_removed_in_cleaning():
    """A council agenda's discussion time at an item's line end (after a space) and a line that only gives the
    item's paper number (`[…文件第N號]`) are furniture :func:`summarizer.clean.clean` removes; a timing inside prose
    (no space before it) stays. Linear in a long line of timings and a long bracketed line."""
    from summarizer.clean import clean
    text = ("  ii) 要求康文署延長泳池開放時間   7分05秒\n"
            "    [KTDC(CC)文件第8/20號]\n"
            "他在比賽中跑了3分20秒\n")
    out = clean(text).text
    assert "7分05秒" not in out and "文件第8/20號" not in out, out
    assert "要求康文署延長泳池開放時間" in out and "跑了3分20秒" in out, out
    assert_linear(lambda n: clean("要求" + "1秒 " * n + "\n[" + "(文" * n + "文件第1號]\n"), 500,
                  "an agenda line of timings and a long bracketed line")


def test_request_opening_a_heading_votes_recommendation():
    """:func:`summarizer.aspects.opens_with_request`: a heading that opens with a request to an authority (a motion's
    title) is one, whatever problem it names; a sentence that reports who asks, or one that asks no authority, is not;
    :func:`summarizer.aspects.item_vote` reads the first as a recommendation."""
    from summarizer import aspects as asp
    assert asp.opens_with_request("促请房屋署加强巡查屋邨漏水问题")
    assert asp.item_vote("促请房屋署加强巡查屋邨漏水问题") == asp.RECOMMENDATION
    assert not asp.opens_with_request("多数商户反映没有要求政府承担租金")
    assert not asp.opens_with_request("漏水问题长期未获处理")


def test_status_field_label_is_no_imperative():
    """A record's field label of a verb and a noun of a task's state (`執行情形`, `落實情況`) asks for nothing:
    :func:`summarizer.aspects.starts_imperative` is False on it and no item vote reads it as a recommendation, while
    a clause that goes on after the verb (`落實情況通報制度`) keeps its reading."""
    from summarizer import aspects as asp
    assert not asp.starts_imperative("执行情形")
    assert asp.item_vote("落实情况") is None
    assert asp.starts_imperative("落实责任制度")


def test_lower_case_roman_items_keep_their_lines():
    """An agenda's `i) …`, `ii) …` item lines, with no end mark, are list items: cleaning keeps each on its own line
    (:data:`summarizer.clean.LINE_MARKER_RE`) instead of gluing them as a wrapped paragraph; a Latin `v)` before
    Latin text is no marker."""
    from summarizer.clean import LINE_MARKER_RE, clean
    out = clean("新議事項\n i) 要求屋宇署巡查僭建物\n ii) 促請路政署修葺行人路\n").text
    assert "巡查僭建物\nii)" in out, out
    assert LINE_MARKER_RE.match("iv) 促请") and not LINE_MARKER_RE.match("v) see below")


def test_problem_a_proposal_is_for_is_no_challenge():
    """A councillor's proposal whose purpose clause names the problem it answers, the remedy verb after it
    (`…延後一小時,為夜間班次爭議問題解套`, 2311), states no challenge; a problem stated as such still is one."""
    from summarizer import aspects as asp
    assert asp.sentence_aspect("李议员建议将渡轮开航时间延后一小时,为夜间班次争议问题解套") != asp.CHALLENGE
    assert asp.sentence_aspect("为夜间班次争议问题解决") != asp.CHALLENGE
    assert asp.sentence_aspect("夜间班次不足的问题长期存在") == asp.CHALLENGE
