"""Page noise that survived cleaning and ended up inside or instead of points (noise30, issue 8): each kind on small
inputs written for this file (never copied from the corpus)."""

import pytest

from summarizer.clean import clean, strip_pinyin_notes

KINDS = [
    # a photo credit glued between two sentences, and on a line of its own
    ("会场里座无虚席。王五六/摄他建议各地加强基层培训。", "会场里座无虚席。他建议各地加强基层培训。"),
    ("记者 赵七 摄\n基层人手不足的问题突出。", "基层人手不足的问题突出。"),
    ("（圖／某某社）\n基層人手不足。", "基層人手不足。"),
    ("会场。书法/摄影展览开幕。", "会场。书法/摄影展览开幕。"),
    ("会场很热闹。记者甲乙/摄影师也到了。", "会场很热闹。记者甲乙/摄影师也到了。"),
    # a picture's Creative Commons licence line
    ("一张街景照片\nCC BY-SA 4.0\n基层人手不足的问题突出。", "一张街景照片\n基层人手不足的问题突出。"),
    # an HTML attribute's tail a scraper left between Han characters
    ("各地推进审批改革\">放宽市场准入限制。", "各地推进审批改革放宽市场准入限制。"),
    # a Traditional related-news heading and the headlines under it; a comment section's heading
    ("政府應檢討補貼政策。\n相關新聞\n某縣議會通過年度預算\n颱風過境多處積水\n", "政府應檢討補貼政策。"),
    ("基层人手不足的问题突出。\n网友评论\n", "基层人手不足的问题突出。"),
    ("基层人手不足的问题突出。\n网友评论（3）\n说得好！\n游客甲 2024-05-01\n政府应该早点管管了。\n",
     "基层人手不足的问题突出。"),
    ("网友留言\n[咨询]小区路灯不亮\n小区路灯坏了三个月没人修，希望有关部门尽快处理。",
     "网友留言\n[咨询]小区路灯不亮\n小区路灯坏了三个月没人修，希望有关部门尽快处理。"),
    # a site's accessibility notice (an essay's heading about 无障碍服务 stays)
    ("本網站已採納無障礙網頁設計\n政府應檢討補貼政策。", "政府應檢討補貼政策。"),
    ("完善无障碍服务设施\n政府应加大投入。", "完善无障碍服务设施\n政府应加大投入。"),
    # pinyin notes damaged by an export ("?" for the toned vowel) and one at a line's start
    ("開發(k?)商违规，医(y?)疗不足。", "開發商违规，医疗不足。"),
    ("当前基层治理的短板在于网\n(wǎng)络治理滞后。", "当前基层治理的短板在于网\n络治理滞后。"),
    # a gambling brand injected inside a sentence (a year after 娱乐 stays)
    ("当前存在问题，某某3娱乐52817各地应加强监管。", "当前存在问题，各地应加强监管。"),
    ("文化娱乐2023年收入增长。", "文化娱乐2023年收入增长。"),
]


@pytest.mark.parametrize("text,expected", KINDS)
def test_noise_kind_removed(text, expected):
    assert clean(text).text == expected


def test_offsets_still_point_into_the_input():
    text = "会场里座无虚席。王五六/摄他建议各地加强基层培训。"
    cleaned = clean(text)
    k = cleaned.text.index("他")
    assert text[int(cleaned.offsets[k])] == "他"


def test_repeated_lead_paragraph_removed_once():
    lead = "今年以来，某区围绕社区治理目标推出八项改革举措，群众满意度明显提升。"
    cleaned = clean(f"【导读】{lead}\n{lead}\n但基层人手不足的问题仍然突出。")
    assert cleaned.text.count("群众满意度明显提升") == 1
    assert "基层人手不足" in cleaned.text
    assert clean("短句重复。\n短句重复。\n正文。").text == "短句重复。\n短句重复。\n正文。"
    body = "今年以来，某区围绕社区治理目标推出八项改革举措，群众满意度明显提升，基层干部普遍认同。"
    assert clean(f"{body}\n{body}\n正文。").text == f"{body}\n{body}\n正文。"  # (no lead label: kept twice)


def test_strip_pinyin_notes_reads_damaged_notes():
    assert strip_pinyin_notes("開發(f?)商") == "開發商"
    assert strip_pinyin_notes("某某(?)说") == "某某(?)说"
