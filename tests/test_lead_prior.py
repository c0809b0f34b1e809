"""The lead prior of a long written report's summary (summarizer.textrank.LEAD_DAMPING / LEAD_POSITION_BIAS,
summarizer.pipeline.lead_prior_applies): a report told in one run, with no sections and not speech, ranks its
sentences with a position-biased PageRank whose teleport weighs more, so its opening keeps the lead; an essay in
sections, a short essay and a transcript keep the default ranking."""

import dataclasses

import summarizer.pipeline as pipeline
from summarizer.pipeline import analyze, lead_prior_applies
from summarizer.sentences import Sentence
from summarizer.textrank import LEAD_DAMPING, LEAD_POSITION_BIAS, Ranking, select


def _ranking(tokens):
    sents = [Sentence(i, 10 * i, 10 * i + 8, f"第{i}句的文字内容", "sentence") for i in range(len(tokens))]
    return Ranking.from_tokens(sents, tokens)


def _lead(ranking):
    return dataclasses.replace(ranking, damping=LEAD_DAMPING)


def test_equal_sentences_are_ordered_by_position():
    # five sentences with the same words: centrality ties, the prior alone orders them, first highest
    r = _ranking([["工资", "公司"]] * 5)
    plain = select(r).scores
    lead = select(_lead(r), position_bias=LEAD_POSITION_BIAS).scores
    values = [lead[i] for i in range(5)]
    assert values == sorted(values, reverse=True) and len(set(values)) == 5
    # the first sentence's share grows with the stronger prior (0.218 -> 0.306), the last one's shrinks
    assert lead[0] > plain[0] + 0.05
    assert lead[4] < plain[4]


def test_the_opening_wins_over_a_later_central_sentence():
    # the last sentence holds every word of the others (the most central); the first shares one word with one other
    r = _ranking([["工资", "判决"], ["工资", "公司"], ["公司", "工人"], ["工人", "合同"], ["合同", "拖欠"],
                  ["工资", "公司", "工人", "合同", "拖欠"]])
    assert select(r, k=1).indices == [5]
    assert select(_lead(r), k=1, position_bias=LEAD_POSITION_BIAS).indices == [0]


# a court report written in one run, no dateline, no section, no date or source: no news by its opening or genre
OPEN = "三十二名农民工终于拿回了血汗钱。"
DETAILS = ["工人们在{}号楼工地干了{}个月，建筑公司以工程款未到账为由一直拖欠工资，工人多次讨要无果。",
           "庭审中，建筑公司承认拖欠工资，但表示工程款被开发商拖欠了{}万元，公司无力支付工资。",
           "法官查明，建筑公司与工人签订的劳动合同约定每月{}日发放工资，公司已拖欠{}个月。",
           "法官认为，建筑公司拖欠工资的理由不能成立，开发商是否支付工程款不影响公司向工人支付工资的义务。"]


def _report(chars, heading=None):
    out, i = [OPEN], 0
    while sum(map(len, out)) < chars:
        if heading and i % 4 == 0:
            out.append(f"\n{heading[i // 4 % len(heading)]}\n")
        out.append(DETAILS[i % 4].format(i + 2, i % 7 + 3))
        i += 1
    return "".join(out)


def test_a_long_report_in_one_run_gets_the_lead_prior():
    docs = analyze(_report(2200))
    assert len(docs) == 1 and lead_prior_applies(docs[0])


def test_a_short_essay_does_not():
    docs = analyze(_report(600))
    assert not lead_prior_applies(docs[0])


def test_an_essay_in_sections_does_not():
    docs = analyze(_report(2200, heading=["一、案件经过", "二、庭审情况", "三、法院判决"]))
    assert all(not lead_prior_applies(d) for d in docs)


def test_a_long_transcript_does_not():
    turns = ["那个，然后就是说，我们这个项目嗯要抓紧，对吧。", "对，然后就是那个预算的话，嗯，我们再报一次吧。",
             "那个，场地的问题然后就是，嗯，下周之前得定下来，对吧。"]
    text = "".join(turns[i % 3] for i in range(90))
    docs = analyze(text)
    assert sum(map(len, docs[0].body.split())) >= pipeline.LEAD_PRIOR_MIN_CHARS
    assert not lead_prior_applies(docs[0])


def test_an_essay_without_the_prior_keeps_its_summary(monkeypatch):
    # the prior's settings do not reach an essay it does not apply to: its summary is the default ranking's
    text = _report(2200, heading=["一、案件经过", "二、庭审情况", "三、法院判决"])
    before = [[p.text for p in d.summary] for d in analyze(text)]
    monkeypatch.setattr(pipeline, "LEAD_DAMPING", 0.2)
    monkeypatch.setattr(pipeline, "LEAD_POSITION_BIAS", 0.0)
    assert [[p.text for p in d.summary] for d in analyze(text)] == before


def test_linear_inputs():
    # a 100k-character line with no punctuation, and 10,000 tiny sentences: the predicate answers (linear scans)
    for text in ("字" * 100_000, "好。" * 10_000):
        for d in analyze(text):
            assert lead_prior_applies(d) in (True, False)
