"""perf49: per-character Python loops replaced by C-level scans, the same answers (issue 9's speed figures).

Each test writes its own small text and asserts the value the reader gives, on both sides of each bound the scan
replaced; the cost tests check that the new scans stay linear (ratios, no clock bound)."""

from __future__ import annotations

import numpy as np
from costs import assert_linear

from summarizer import aspects as asp
from summarizer import points as pts
from summarizer import posts
from summarizer.chars import HEADING_MAX_CHARS, heading_width, is_heading_line
from summarizer.sentence_selector import rows_matrix


def test_heading_width_counts_ascii_characters_as_half_on_a_chinese_line():
    line = "人工智能治理挑战与对策研究" * 2 + "AI Governance 2024"  # 26 Han characters, 18 ASCII ones: 44 long
    assert len(line) == 44
    assert heading_width(line) == 26 + 18 / 2
    # a character past ASCII (full-width letters, an accented one) counts whole
    wide = "基层治理现代化的路径探索与实践经验总结" * 2 + "ＡＢＣ" + "é" * 10 + "ab"
    assert len(wide) == 53 and heading_width(wide) == 52
    # at most HEADING_MAX_CHARS characters, or none of them Chinese: every character counts
    assert heading_width("治理" + "a" * 30) == 32 and heading_width("a" * 50) == 50
    # a long mixed title stays a heading only because its ASCII half counts half
    title = "数字政府建设中的数据共享问题研究" + " (Data Sharing in Digital Government)"
    assert len(title) > HEADING_MAX_CHARS and is_heading_line(title)


def test_informal_post_counts_only_non_whitespace_characters():
    short = "我觉得这事真的太难了吧，根本没人管啊。"
    assert posts.informal_post(short)
    # padded with whitespace past POST_MAX_CHARS characters: still a short post (whitespace is not counted)
    padded = short + " \n\t\u3000" * posts.POST_MAX_CHARS
    assert len(padded) > posts.POST_MAX_CHARS and posts.informal_post(padded)
    # as many characters of text: too long to be a post
    assert not posts.informal_post(short + "字" * posts.POST_MAX_CHARS)


def test_rows_matrix_sets_known_names_and_copies_the_numbers():
    vocab = {"a": 0, "b": 1, "c": 2}
    rows = [(("a", "x", "c", "a"), np.array([0.5, 2.0], dtype=np.float32), True, ()),
            ((), np.array([1.0, -1.0], dtype=np.float32), False, ()),
            (("b",), np.array([0.0, 3.0], dtype=np.float32), True, ())]
    x = rows_matrix(rows, vocab)
    assert x.dtype == np.float32
    assert x.tolist() == [[1, 0, 1, 0.5, 2], [0, 0, 0, 1, -1], [0, 1, 0, 0, 3]]
    assert rows_matrix([], vocab).shape == (0, 3)


def test_lexicon_words_reads_a_group_and_an_unknown_group_as_none():
    lex = asp.Lexicon({"g": ("加强", "完善")})
    assert lex.words("g") == ("加强", "完善")
    assert lex.words("nope") == () and "nope" not in lex.groups  # nothing stored for an unknown group
    assert lex == asp.Lexicon({"g": ("加强", "完善")})
    shipped = asp.lexicon()
    assert all(shipped.words(g) == ws for g, ws in shipped.groups.items())


def test_line_list_reads_labels_before_either_colon_and_stops_at_a_paragraph():
    text = "对策\n强化培训：每年轮训一次\n完善考核: 纳入年度评价\n加大投入\n"
    spans = pts.line_list(text, 3, len(text), 40)
    assert [text[a:b] for a, b in spans] == ["强化培训", "完善考核", "加大投入"]
    # a colon after a sentence end is no label: the line holds a sentence end before its last character
    para = "对策\n强化培训。然后：每年一次\n完善考核\n加大投入\n"
    assert pts.line_list(para, 3, len(para), 40) == []
    assert pts._line_colon("甲：乙:丙") == 1 and pts._line_colon("甲:乙：丙") == 1 and pts._line_colon("甲乙") == -1


def test_the_new_scans_stay_linear():
    assert_linear(lambda n: posts.informal_post("我 " * n), 20_000, "a spaced body past the post bound")
    assert_linear(lambda n: pts.line_list("对策\n" + "强化培训\n" * n, 3, 3 + 5 * n, 40), 5_000,
                  "many short list lines")


def test_output_sample_picks_seen_ids_and_compare_names_what_differs(tmp_path, capsys):
    from benchmarks.output_sample import corpus_sample, main

    picked = corpus_sample(5, 6340)
    ids = [int(p.name.split(".")[0]) for p in picked]
    assert len(picked) == 5 and ids == sorted(ids) and max(ids) < 6340
    before, after = tmp_path / "b.jsonl", tmp_path / "a.jsonl"
    before.write_text('{"in": "x", "out": "1"}\n{"in": "y", "out": "2"}\n', encoding="utf-8")
    after.write_text('{"in": "x", "out": "1"}\n{"in": "y", "out": "3"}\n', encoding="utf-8")
    assert main(["--compare", str(before), str(before)]) == 0
    assert main(["--compare", str(before), str(after)]) == 1
    assert "1 differ\n  y" in capsys.readouterr().out
