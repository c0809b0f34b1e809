"""speed26: first-pass work the points stage did not need, removed with the outputs unchanged.

Behaviour and exactness only (never timing): each shared fact against what it replaces, each gate against the
reading with the gate open, each reordered reading on small inputs written here (a positive and a negative case).
"""

from __future__ import annotations

import random

import pytest

from summarizer import aspects as asp
from summarizer import points as pts
from summarizer.pipeline import forget_document_memos


# -- longest_first: a group's words longest first, built once ------------------------------------------------------


def test_longest_first_is_the_sorted_group_for_every_group():
    for group, words in asp.lexicon().groups.items():
        assert asp.longest_first(group) == tuple(sorted(words, key=len, reverse=True)), group


def test_longest_first_is_built_once_and_kept_across_documents():
    first = asp.longest_first("back_reference")
    forget_document_memos()  # (a process memo: the lexicon is loaded once)
    assert asp.longest_first("back_reference") is first
    assert asp.longest_first("no_such_group_speed26") == ()


def test_readers_that_used_the_per_call_sort_read_as_before():
    # _announces_ahead: 以下 looks ahead; after a back reference (这两个方面) it does not
    assert asp._announces_ahead("目前存在以下几个方面的问题")
    assert not asp._announces_ahead("这两个方面，政府都有能力解决，却解决不力")
    # problem_then_appeal: the problem clause, then the fix after 建议
    got = pts.problem_then_appeal("小区绿化做得不够到位，建议增加绿化植被。")
    assert got is not None and got[1][0] > got[0][0]
    assert pts.problem_then_appeal("小区绿化做得很好，居民都很满意。") is None


# -- purpose_clause_end: one startswith before the word loops ------------------------------------------------------


def _open_gate(monkeypatch):
    monkeypatch.setattr(asp, "_purpose_openings", lambda: ("",))  # every text starts with "": the gate is open


def _purpose_texts():
    words = asp.lexicon().words("purpose_link") + asp.lexicon().words("purpose_clause_opener")
    texts = ["为了减轻市民负担，政府应调高免税额。", "此外，为了减轻负担，政府应当增加补贴。", "政府应调高免税额。",
             "为人民服务是宗旨。", "  为使居民安心，政府必须尽快公布时间表。", "同时，政府应加强监管。", ""]
    for w in words:
        texts += [w + "，为了减轻负担，政府应当增加补贴。", w + "减轻负担，政府应当增加补贴。", "政府" + w + "应当增加补贴。",
                  " " + w + "，政府必须加强监管。"]
    rng = random.Random(26)
    chars = "".join(sorted(set("".join(words)))) + "，政府应当必须增加补贴减轻负担。 "
    texts += ["".join(rng.choice(chars) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    return texts


def test_purpose_gate_is_exact(monkeypatch):
    texts = _purpose_texts()
    gated = [asp.purpose_clause_end(t) for t in texts]
    _open_gate(monkeypatch)
    assert [asp.purpose_clause_end(t) for t in texts] == gated
    assert any(gated)  # (the texts include readings that find a purpose)


def test_purpose_clause_end_values():
    assert asp.purpose_clause_end("为了减轻市民负担，政府应调高免税额。") == 9
    assert asp.purpose_clause_end("此外，为了减轻负担，政府应当增加补贴。") == 10
    assert asp.purpose_clause_end("政府应调高免税额。") == 0  # (no opener: the gate says so at once)
    assert asp.purpose_clause_end("为人民服务是宗旨。") == 0  # (an opener, but no modal clause after it)


# -- pure readers remembered per document --------------------------------------------------------------------------

_REMEMBERED_NOW = ("contrastive_measure", "benefit_frame_measure", "forbids_neglect", "requests_action")


@pytest.mark.parametrize("name", _REMEMBERED_NOW)
def test_remembered_reader_answers_as_the_function(name):
    fn = getattr(asp, name)
    inner = fn.__wrapped__
    texts = ["思路不是扩大规模，而是顺应市场规律。", "加大财政投入将有利于缓解看病难。", "政府不可漠视民意。",
             "我们绝对不能忽视舆论的影响力。", "居民要求政府尽快修复路面。", "政府已经修复了路面。", "", "x" * 500]
    for t in texts:
        assert fn(t) == inner(t), (name, t)
        assert fn(t) == inner(t)  # (the remembered answer)


@pytest.mark.parametrize("name", _REMEMBERED_NOW)
def test_remembered_reader_is_emptied_after_each_document(name):
    from summarizer import summarize

    fn = getattr(asp, name)
    fn("政府不可漠视民意。")
    summarize("政府应加强监管。部分设施老化严重。")  # (forget_document_memos at the end of every call)
    assert fn.cache_info().currsize == 0


def test_remembered_readers_values():
    assert asp.contrastive_measure("思路不是扩大规模，而是顺应市场规律。")
    assert not asp.contrastive_measure("政府已经扩大了规模。")
    assert asp.forbids_neglect("政府不可漠视民意。")
    assert not asp.forbids_neglect("政府重视民意。")


# -- omission_clauses: the sentence-wide exclusions after the clause walk ------------------------------------------


def _eager_omission(sentence):
    """The order before speed26: the exclusions first, then the walk."""
    s = sentence.rstrip()
    if not (asp.has_cue(s, "omission_subject") and asp.has_cue(s, "omission_negation")):
        return []
    if s.endswith(tuple(pts._QUESTION_ENDS)):
        return []
    head = s.rstrip("".join(pts.SENTENCE_END))
    cut = max(head.rfind(c) for c in "，,；;")
    if cut > 0 and pts._bare_verdict(head[cut + 1:]):
        head = head[:cut]
    if asp.prose_aspect(head) is not None or asp._modal_actions(s) or asp.strong_modal(s):
        return []
    return pts.omission_clauses(sentence)


def test_omission_clauses_values():
    assert pts.omission_clauses("政府一直没有公布具体的检讨时间表。") == [(0, 16)]
    assert pts.omission_clauses("政府没有公布时间表，应当尽快公布。") == []  # (it prescribes: other paths read it)
    assert pts.omission_clauses("政府没有权利强制市民接种疫苗。") == []  # (no right to: no omission)
    assert pts.omission_clauses("市民普遍没有意见。") == []  # (no authority as subject)


def test_omission_clauses_match_the_eager_order():
    subjects = asp.lexicon().words("omission_subject")[:12]
    negations = asp.lexicon().words("omission_negation")[:12]
    tails = ["公布时间表。", "公布时间表，应当尽快公布。", "公布时间表，存在严重不足。", "权利强制市民。", "公布时间表吗？",
             "公布时间表，亦未说明原因。", "公布时间表，其实为德不卒。"]
    texts = [f"{s}{n}{t}" for s in subjects for n in negations for t in tails]
    texts += [f"对此{s}表示，{n}{t}" for s in subjects[:4] for n in negations[:4] for t in tails]
    for t in texts:
        assert pts.omission_clauses(t) == _eager_omission(t), t


# -- literal gates before the scans: announced_plan_clauses (将), modal_comma_run (a modal's character, two commas) --


def _ungated_speed26(module, name: str):
    """``module.name`` with its speed26 gate taken out: the function's source (decorators dropped) without the ``if``
    line whose ``return`` line ends with ``speed26)``, compiled in the module's namespace."""
    import inspect
    import textwrap

    fn = getattr(module, name)
    fn = getattr(fn, "__wrapped__", fn)
    lines = [ln for ln in textwrap.dedent(inspect.getsource(fn)).splitlines() if not ln.startswith("@")]
    kept, removed = [], 0
    for ln in lines:
        if ln.rstrip().endswith("speed26)") and ln.lstrip().startswith("return"):
            assert kept[-1].lstrip().startswith("if "), kept[-1]
            kept.pop()
            removed += 1
            continue
        kept.append(ln)
    assert removed == 1, (name, removed)
    namespace = dict(vars(module))
    exec(compile("\n".join(kept), f"<ungated {name}>", "exec"), namespace)  # noqa: S102 - the module's own source
    return namespace[fn.__name__]


_PLAN = "下一步，督察组将加大巡查频次，对整改不力的单位予以通报批评，并将整改情况纳入年度考核。"
_SAID_PLAN = "王明表示，市住建局将会同各区建立协调机制，加快推进老旧小区改造。"
_RUN = ("因此，应实施人才兴业工程，实施智慧养老工程，探索互助养老和邻里互助的新模式，推进医养结合和康养融合发展，"
        "创新社区居家养老服务模式，完善社区养老服务设施的布局和功能，提升养老服务质量和水平。")
_TASKS = "短期急务是将现有资源梳理好，整合社区服务，提升服务效率。"


def test_gated_plan_and_run_values():
    assert pts.announced_plan_clauses(_PLAN) == [(8, 14), (15, 29), (31, 42)]
    assert pts.announced_plan_clauses(_SAID_PLAN) == [(10, 20), (21, 31)]
    assert pts.announced_plan_clauses(_PLAN.replace("将", "")) == []  # (no 将: no plan announced)
    assert pts.modal_comma_run(_RUN) == (asp.RECOMMENDATION, [(4, 12), (13, 21), (22, 37), (38, 51), (52, 64),
                                                              (65, 81), (82, 93)])
    assert pts.modal_comma_run(_RUN.replace("应实施", "已实施")) == (None, [])  # (no modal: a report, no run)
    assert pts.modal_comma_run(_TASKS) == (asp.RECOMMENDATION, [(5, 13), (14, 20), (21, 27)])


@pytest.mark.parametrize("name", ["announced_plan_clauses", "modal_comma_run"])
def test_plan_and_run_gates_are_exact(name):
    gated = getattr(pts, name)
    ungated = _ungated_speed26(pts, name)
    texts = [_PLAN, _SAID_PLAN, _RUN, _TASKS, _PLAN.replace("将", "要"), _RUN.replace("应", "已"),
             _RUN.replace("，", "、"), _TASKS.replace("急务", "任务"), "", "将", "应，，"]
    for lead in ("应当", "应该", "必须", "需要", "亟需", "要", "应", "当务之急是", "首要任务是", "第一要务是", "首要之务在于",
                 "将", "还将", "同时，将", "此外，还将", "今后，市住建局将", "下一步，"):
        texts.append("因此，" + lead + "实施人才兴业工程，实施智慧养老工程，探索互助养老和邻里互助的新模式，推进医养结合和康养融合"
                     "发展，创新社区居家养老服务模式，完善社区养老服务设施的布局和功能，提升养老服务质量。")
        texts.append(lead + "加大巡查频次，对整改不力的单位予以通报批评，并将情况纳入考核。")
        texts.append("各街道" + lead + "坚持问题导向，领导班子要履行好主体责任，党员干部要带头落实，确保整改取得实效。")
    rng = random.Random(2026)
    chars = "将应必需要务急当之首任第一，,；：下步今后督察组市局加大实施推进完善建立各部门。"
    texts += ["".join(rng.choice(chars) for _ in range(rng.randint(1, 120))) for _ in range(3000)]
    for t in texts:
        assert gated(t) == ungated(t), t


def test_problem_then_appeal_gate_is_exact():
    gated, ungated = pts.problem_then_appeal, _ungated_speed26(pts, "problem_then_appeal")
    assert gated("小区绿化做得不够到位，建议增加绿化植被。") == ((0, 10), (13, 19))
    assert gated("有居民反映停车位严重不足，并呼吁政府增建停车场。") == ((5, 12), (14, 23))
    assert gated("小区绿化做得很好，居民都很满意。") is None  # (no appeal after it)
    texts = []
    for verb in asp.lexicon().words("appeal_after_problem"):
        for lead in ("，", "，并", "，还", "，同时", ", 也"):
            texts.append(f"小区路灯年久失修{lead}{verb}政府尽快维修路灯，增加照明设施。")
            texts.append(f"有居民反映停车位严重不足{lead}{verb}增建停车场。")
            texts.append(f"针对上述问题{lead}{verb}加强管理。")
            texts.append(f"小区路灯年久失修{lead}{verb}")
    rng = random.Random(126)
    chars = "".join(sorted(set("".join(asp.lexicon().words("appeal_after_problem"))))) + "，,；：路灯失修不足政府增加维修？ "
    texts += ["".join(rng.choice(chars) for _ in range(rng.randint(1, 60))) for _ in range(3000)]
    for t in texts:
        assert gated(t) == ungated(t), t


# -- linear cost ---------------------------------------------------------------------------------------------------


def test_long_line_and_many_tiny_sentences():
    line = "为了减轻负担，政府没有公布以下时间表，" * 5500  # (about 100,000 characters)
    asp._announces_ahead(line)
    asp.purpose_clause_end(line)
    asp.contrastive_measure(line)
    pts.omission_clauses(line)
    pts.announced_plan_clauses(line)
    pts.modal_comma_run(line)
    pts.problem_then_appeal(line)
    tiny = ["为了。", "政府未。", "不是以下。"] * 3400
    for t in tiny:
        asp._announces_ahead(t)
        asp.purpose_clause_end(t)
        asp.forbids_neglect(t)
        pts.omission_clauses(t)
        pts.announced_plan_clauses(t)
        pts.modal_comma_run(t)
        pts.problem_then_appeal(t)
