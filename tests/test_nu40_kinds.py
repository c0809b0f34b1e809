"""New users' fault kinds fixed by nu40, on texts of the tests' own: a ``?`` a lossy encoding conversion left where a
Chinese mark stood; a proposal the author reports and rejects; an ordinal glued to the modal 要 kept on a point; items
numbered 100 and on in the bracketed families; a summary sentence cut mid-list; the ROUGE harness's length budget."""

import json

from costs import assert_linear
from typer.testing import CliRunner

from summarizer.aspects import rejects_reported_proposal
from summarizer.clean import clean, lossy_mark_edits
from summarizer.evaluation.cli import budget_cut
from summarizer.pipeline import cut_run_marker_end, summarize_document
from summarizer.points import ordinal_lead_end
from summarizer.structure import find_markers


def _points(text: str) -> tuple[list[str], list[str]]:
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


# ------------------------------------------------------------------------------- 1. lossy ``?`` marks

LOSSY = ("关于社区治理的几点思考\n\n当前社区治理面临不少问题。一是?人员力量不足，基层干部疲于应付。二是?资金保障不够，服务设施老化。\n\n"
         "为此，我们提出以下建议。一是?加强队伍建设，充实社区工作力量。二是?完善经费保障机制，加大财政投入力度。\n"
         "?加强部门协同，形成治理合力。\n?健全居民参与机制，激发自治活力。\n")


def test_lossy_question_marks_after_list_markers_are_removed_and_bullets_restored():
    ct = clean(LOSSY)
    assert "一是加强队伍建设" in ct.text and "二是完善经费保障机制" in ct.text
    assert "\n•加强部门协同" in ct.text and "?" not in ct.text
    # the offset map: the character after a removed mark still points at itself in the original
    k = ct.text.index("加强队伍建设")
    assert LOSSY[ct.offsets[k]:ct.offsets[k] + 6] == "加强队伍建设"


def test_lossy_marks_give_back_the_first_measure_of_the_list():
    _, rec = _points(LOSSY)
    # before: the first item (一是?加强队伍建设…) was dropped
    assert rec == ["加强队伍建设，充实社区工作力量", "完善经费保障机制，加大财政投入力度", "加强部门协同，形成治理合力",
                   "健全居民参与机制，激发自治活力"]


def test_lossy_mark_between_han_is_a_dunhao_but_a_question_stays():
    text = ("关于社区治理\n\n当前社区治理面临人员?资金?场地等多重难题。为什么会这样?原因很多。\n\n"
            "为此，提出以下建议。（一）?加强队伍建设，充实社区工作力量。（二）?完善经费保障机制，加大财政投入力度。\n")
    ct = clean(text)
    assert "面临人员、资金、场地等多重难题" in ct.text
    assert "为什么会这样?原因很多" in ct.text  # a real question keeps its mark
    assert "（一）加强队伍建设" in ct.text
    chal, rec = _points(text)
    # before: 场地等多重难题 / ?加强队伍建设 / ?完善经费保障机制 (the point cut at the mark, the mark kept)
    assert chal == ["当前社区治理面临人员、资金、场地等多重难题"]
    assert rec == ["加强队伍建设，充实社区工作力量", "完善经费保障机制，加大财政投入力度"]


def test_question_marks_of_a_document_without_the_conversion_stay():
    assert lossy_mark_edits("这是为什么?我们认为原因有三?第一是投入不足。") == []
    assert lossy_mark_edits("http://example.com/a?b=1 并无问题。") == []
    # a hard wrap that opens a line with the question mark of the line before
    assert lossy_mark_edits("维护周期是否\n?延迟了很久。") == []


def test_lossy_marks_stay_linear():
    assert_linear(lambda n: lossy_mark_edits("一是?加强\n" + "人员?资金" * n), 5_000, "Han ? Han runs")
    assert_linear(lambda n: lossy_mark_edits("?" * n), 25_000, "a line of question marks")
    assert_linear(lambda n: lossy_mark_edits("?加强。\n" * n), 5_000, "many lossy bullets")


# ------------------------------------------------------------------------------- 2. rejected proposals

def test_a_proposal_reported_and_rejected_is_no_recommendation():
    text = ("关于校外培训治理的思考\n\n当前校外培训乱象较多，收费过高，虚假宣传问题突出。\n\n"
            "有专家建议把培训费用纳入个税抵扣，这一建议值得商榷。另有人提议由学校统一组织有偿补课，此举并不可取。\n\n"
            "我们认为，应当加强对培训机构的分类监管，规范收费行为。要强化部门联合执法，严厉打击虚假宣传。\n")
    _, rec = _points(text)
    # before: both rejected proposals came out as recommendations
    assert rec == ["我们认为，应当加强对培训机构的分类监管，规范收费行为", "要强化部门联合执法，严厉打击虚假宣传"]


def test_rejection_reads_the_point_or_the_short_sentence_after_it():
    s = "有人建议一律实行集中焚烧。这种做法不可取。"
    assert rejects_reported_proposal(s, 0, s.index("。"))
    t = "有人建议一律实行集中焚烧，笔者不敢苟同。"
    assert rejects_reported_proposal(t, 0, len(t) - 1)
    # a proposal reported and not rejected, and the author's own measure beside a rejected course, are kept
    u = "有专家建议加大财政投入。这一建议很有见地。"
    assert not rejects_reported_proposal(u, 0, u.index("。"))
    v = "应当完善收运体系，一律罚款的做法不可取。"
    assert not rejects_reported_proposal(v, 0, len(v) - 1)


# ------------------------------------------------------------------------------- 3. ordinal openers with 要

def test_ordinal_glued_to_yao_is_stripped_from_the_point():
    text = ("关于基层减负的对策\n\n当前基层负担依然较重，文山会海问题突出，考核过多过滥。\n\n对此，提出以下对策。\n"
            "第一要精简会议文件，切实减少文山会海。\n第二要规范督查考核，减少重复检查。\n\n"
            "此外，首先要加强组织领导，压实各级责任。其次要完善激励机制，调动干部积极性。最后要强化监督问责，确保措施落地。\n")
    _, rec = _points(text)
    # before: 第一要精简… 第二要规范… 首先要加强… 其次要完善… 最后要强化…
    assert rec == ["精简会议文件，切实减少文山会海", "规范督查考核，减少重复检查", "加强组织领导，压实各级责任",
                   "完善激励机制，调动干部积极性", "强化监督问责，确保措施落地"]


def test_ordinal_before_a_noun_of_yao_stays():
    for s in ("第一要务是发展经济。", "首先要求各部门加强配合。", "首先要做的是摸清底数。"):
        assert ordinal_lead_end(s, 0, len(s)) == 0
    s = "其二要健全容错机制。"
    assert s[ordinal_lead_end(s, 0, len(s)):] == "健全容错机制。"


# ------------------------------------------------------------------------------- 4. items 100 and on

def test_bracketed_items_past_99_continue_their_run():
    for marker in ("({})", "（{}）", "{}）"):
        text = "为此，提出以下建议：\n" + "".join(f"{marker.format(i)}加强第{i}项工作。\n" for i in range(1, 103))
        items = find_markers(text)
        # before: 99 items; (100) merged into item 99
        assert [it.value for it in items][-4:] == [99, 100, 101, 102], marker
        assert len(items) == 102


def test_long_bracketed_lists_stay_linear():
    assert_linear(lambda n: find_markers("".join(f"({i})加强工作。\n" for i in range(1, n + 1))), 500,
                  "bracketed items past 99")


def test_a_lone_three_digit_bracket_opens_no_item():
    assert [it.marker for it in find_markers("指数上升至(105)点。\n价格(120)元。\n")] == []


# ------------------------------------------------------------------------------- 5. summary cut mid-list

def test_summary_piece_drops_a_marker_whose_run_was_cut_off():
    s = "二是居民意见难以统一，推进缓慢"
    assert s[cut_run_marker_end(s, 0, len(s)):] == "居民意见难以统一，推进缓慢"
    t = "二是居民意见难以统一；三是规划不足"
    assert cut_run_marker_end(t, 0, len(t)) == 0  # the run goes on inside the piece
    for u in ("（三）加强规划统筹，推进", "3、加强规划统筹", "第二，加强规划统筹"):
        assert u[cut_run_marker_end(u, 0, len(u)):] == "加强规划统筹" + u.split("加强规划统筹")[1]
    assert cut_run_marker_end("2023年城市更新", 0, 9) == 0


def test_summary_sentence_opened_by_a_lone_run_in_marker():
    text = "关于城市更新\n\n二是城市更新中居民意见难以统一，城市更新项目推进缓慢，城市更新工作协调难度大。\n"
    essay = summarize_document(text).essays[0]
    # before: 二是城市更新中…
    assert [s.text for s in essay.summary_sentences] == ["城市更新中居民意见难以统一，城市更新项目推进缓慢，城市更新工作协调难度大。"]


# ------------------------------------------------------------------------------- 6. ROUGE budget

def test_budget_cut_counts_characters_without_whitespace():
    assert budget_cut("一是资金 筹措渠道单一，过度依赖", 6) == "一是资金 筹措"
    assert budget_cut("短", 6) == "短"


def test_rouge_textrank_hypotheses_are_cut_to_the_default_budget(tmp_path):
    from summarizer.commands import app

    rows = [{"id": "a", "text": "城市更新工作仍面临资金筹措渠道单一和居民意见难以统一等诸多困难。近年来各地积极推进老旧小区改造。",
             "summary": "城市更新面临资金难题"},
            {"id": "b", "text": "基层负担依然较重，文山会海问题突出，考核过多过滥，基层干部疲于应付。应当精简会议文件。",
             "summary": "基层负担较重需减负"}]
    data = tmp_path / "d.jsonl"
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = tmp_path / "r.json"
    result = CliRunner().invoke(app, ["evaluate", str(data), "--method", "textrank", "--unit", "char", "-o", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["budget"]["chars"] == 10  # mean of 10 and 9 characters, rounded
    # before: whole first sentences, three times as long as the references
    assert all(len(h["hypothesis"]) <= 10 for h in report["hypotheses"])
    assert report["results"]["char"]["lengths"]["hypothesis_chars_mean"] == 10.0
