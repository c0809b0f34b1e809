"""A speaker's own proposals restated in a speech, a motion or a letter (issue 8, benchmarks/data/aspects Part 6: a LegCo
motion speech), tested on texts written for the tests: after a first-person speaker (我, 本人, 本席, 笔者; never 我国,
我市) a proposal verb (促请, 建议, 提议, 要求 …) is followed by quoted proposals (each one a recommendation) or by a
clause that asks for an action; clauses that add a measure (``同时要…``) are one more each."""

import pytest

from summarizer import points
from summarizer.pipeline import summarize_document


def _spans(sentence: str) -> list[str]:
    return [sentence[a:b] for a, b in points.own_proposals(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    # a list of quoted proposals after the verb and a short lead (政府要)
    ("去年我已促请政府要「增加长者院舍宿位」，以及「提高护老者津贴」、「设立社区照顾中心」等等，与今日的议案一致。",
     ["增加长者院舍宿位", "提高护老者津贴", "设立社区照顾中心"]),
    # an unquoted clause that asks for an action, and one added with 同时要
    ("我注意到区内停车位严重不足，因此建议增加路边停车位，同时要严格执法打击违泊。",
     ["增加路边停车位", "严格执法打击违泊"]),
    # a means that opens the object
    ("本人亦曾撰文，提议通过立法规范网约车平台的收费。", ["通过立法规范网约车平台的收费"]),
    # an actor between 要求 and the action it asks for; the noun object of 提出 (议案) is none
    ("本席上月提出议案，要求政府加强食物安全监管。", ["政府加强食物安全监管"]),
    ("我国建议各方加强合作。", []),  # 我国: a possessive of a country, no speaker
    ("我提出的多项政策都已获得接纳。", []),  # 提出的: a relative clause, no proposal
    ("我注意到有委员建议加强监管。", []),  # a proposal the speaker only reports
    ("政府建议加强监管。", []),  # no first-person speaker
    ("我亦倡议善用空置校舍，加快旧区重", []),  # the text ends in it: the last proposal is cut off
])
def test_own_proposals_reads_what_the_speaker_proposes(sentence, expected):
    assert _spans(sentence) == expected


def test_a_motion_speech_gives_the_speakers_restated_proposals():
    text = ("主席，我发言支持今日的议案。早在2015年，我已促请政府要「增加长者院舍宿位」，以及「提高护老者津贴」等等。\n"
            "2019年，我注意到区内停车位严重不足，因此建议增加路边停车位，同时要严格执法打击违泊。\n"
            "主席，我谨此陈辞。")
    essays = summarize_document(text).essays
    recs = [p.text for e in essays for p in e.recommendations]
    for proposal in ("增加长者院舍宿位", "提高护老者津贴", "增加路边停车位", "严格执法打击违泊"):
        assert any(proposal in r for r in recs), (proposal, recs)


def test_own_proposals_is_linear():  # many speakers and verbs, one long unpunctuated line
    assert points.own_proposals("我" * 100_000) == []
    found = points.own_proposals("我建议加强监管，" * 10_000)
    assert len(found) == 9_999  # (the text ends in the last one: cut off)
    assert points.own_proposals("我建议「" + "加" * 100_000) == []
    text = "我建议加强监管。" * 10_000  # 10,000 tiny sentences through the pipeline's pass
    assert len(points.own_proposals(text)) == 10_000
