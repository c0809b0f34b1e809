"""w78 (Parts 76 and 78): a running head a blank line away from its page number, an item's own field label inside a
run of the other aspect, the written register's bare 故 before a proposal, and a quoted amendment that opens on the
line after its colon. Small texts of the tests' own."""

from costs import assert_linear

from summarizer.clean import clean
from summarizer.pipeline import summarize_document
from summarizer.structure import _quote_mask, find_markers


def _points(text: str) -> tuple[list[str], list[str]]:
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


def test_running_head_blank_line_from_page_number_is_removed_and_sentence_joined():
    text = ("市議會 ─ 2019年 5月 8日  \n \n101 \n \n王議員：主席，公共泳池的救生員長期不足，\n"
            "市議會 ─ 2019年 5月 8日  \n \n102 \n部分泳池因此要縮短開放時間。我認為當局應增聘救生員。\n")
    cleaned = clean(text).text
    assert "市議會" not in cleaned
    assert "長期不足，部分泳池因此要縮短開放時間" in cleaned


def test_running_head_seen_once_stays():
    # one page number beside it: a line of the text, no running head
    text = "市議會 ─ 2019年 5月 8日\n \n101\n \n王議員：主席，公共泳池的救生員長期不足。\n"
    assert "市議會" in clean(text).text


def test_field_label_of_other_aspect_in_a_problem_run():
    challenges, recommendations = _points(
        "(一)推動社區照顧 1. 遭遇困難:照顧人力流動率高,且服務據點分布不均,致偏鄉長者難以取得服務。 "
        "2. 因應對策:增設偏鄉巡迴服務,提高照顧人員留任獎勵。\n")
    assert any("增設偏鄉巡迴服務" in p for p in recommendations)
    assert not any("增設偏鄉巡迴服務" in p for p in challenges)
    assert any("流動率高" in p for p in challenges)


def test_bare_gu_before_proposal_turns_the_sentence():
    challenges, recommendations = _points("本市公共運輸班次稀少,偏鄉居民就醫不便,故建議市府增開偏鄉公車路線。\n")
    assert any(p.startswith("建議市府增開偏鄉公車路線") for p in recommendations)
    assert not any("建議" in p for p in challenges)


def test_gu_inside_a_word_is_no_turn():
    # 事故 / 故事: 故 inside a word, no comma or proposing verb after it
    challenges, recommendations = _points("近年道路事故頻傳,反映交通執法不足,政府應加強取締違規停車。\n")
    assert any("加強取締違規停車" in p for p in recommendations)


def test_nested_opening_quote_is_inside_the_outer_quotation():
    text = "他說：“在“甲”之後加上“乙”。”完"
    mask = _quote_mask(text)
    assert mask[text.index("在")] and mask[text.index("“甲")] and mask[text.index("乙")]
    assert not mask[text.index("完")]


def test_quoted_amendment_on_the_line_after_its_colon_keeps_its_items():
    text = ("張議員動議的修正案如下：\n“在“保障”之後加上“；有關措施應包括：(一)增加公共泳池的救生員編制；"
            "(二)延長泳池開放時間；及(三)檢討救生員薪酬 ”。 ”\n")
    values = [it.value for it in find_markers(text) if it.family == "paren_cn"]
    assert values == [1, 2, 3]


def test_page_heads_and_quotes_stay_linear():
    assert_linear(lambda n: clean(("市議會 ─ 2019年 5月 8日\n \n" + "1\n \n" + "甲" * 20 + "\n") * n), 500,
                  "many running heads with page numbers")
    assert_linear(lambda n: _quote_mask("“" * n + "甲" * n), 20_000, "a run of opening quotes")
    assert_linear(lambda n: find_markers("如下：\n“" + "(一)甲；" * n + "”"), 500, "a long quoted amendment")


_JAMMED = ("社論 長者聲音要聽見\n2 k4 P! m8 U# `3 @論壇\n"
           "本港公共泳池救生員不足,不少泳池要縮短開放時間。wm now,wmnow,bwm, h8 y+ q# W3 z6 f1 J\"_至於泳客,"
           "投訴排隊時間太長。\n7 j4 P! l U# `7 @os.example.com\n政府應增聘救生員,並延長泳池開放時間。\n")


def test_jammer_run_inside_a_line_with_the_forums_stamp_goes():
    cleaned = clean(_JAMMED).text
    assert "y+" not in cleaned and "wmnow" not in cleaned and "example.com" not in cleaned
    assert "縮短開放時間。至於泳客" in cleaned


def test_jammer_host_stamp_line_gives_no_point():
    challenges, recommendations = _points(_JAMMED)
    assert any("增聘救生員" in p for p in recommendations)
    assert not any("@" in p or "example" in p or "y+" in p for p in challenges + recommendations)


def test_ascii_phrases_references_and_formulas_are_no_jammer_runs():
    from summarizer.clean import _jammer_tokens
    assert _jammer_tokens('wm now,wmnow,bwm, h8 y+ q# W3 z6 f1 J"_')
    assert not _jammer_tokens("Powered by Discuz! 7.0.0")
    assert not _jammer_tokens("[J]. 2020, 12(3): 45-67.")
    assert not _jammer_tokens("$( P C I ) ^ { [ 1 1 ] }$")
    assert not _jammer_tokens("see https://a.example.com/x?a=1&b=2 now")


def test_text_without_jammer_runs_keeps_its_ascii():
    text = "研究見 Smith, J. (2020). Title & more [J]. Journal, 12(3): 45-67. 該文指出,教師人力不足。\n"
    cleaned = clean(text).text
    assert "Smith" in cleaned and "Title&more[J]" in cleaned and "45-67" in cleaned


def test_jammer_runs_inside_lines_stay_linear():
    line = "甲乙丙。" + 'h8 y+ q# W3 z6 f1 J"_ ' * 3 + "丁戊。\n"
    assert_linear(lambda n: clean(line * n), 300, "many jammed lines")
    assert_linear(lambda n: clean("2 k4 P! m8 U# `3 @論壇\n" * 3 + "a+ " * n + "甲\n"), 5_000, "one long ASCII run")


def test_listed_strengths_after_a_merit_lead_in_are_no_challenges():
    challenges, recommendations = _points(
        "論觀光條件,本縣有三大長處。一是沒有大型工業污染,山林保存完整。二是交通網絡便利,避免遊客轉乘的種種不便。"
        "然而,旅宿業人手短缺的問題日益嚴重,不少民宿長期請不到員工。\n")
    assert any("人手短缺" in p for p in challenges)
    assert not any("沒有大型工業污染" in p or "避免遊客" in p for p in challenges)
    assert not any("長處" in p for p in recommendations)


def test_strengths_to_use_are_still_measures():
    from summarizer.aspects import announces_merits
    assert announces_merits("应对人口老龄化，本市有几个优势。")
    assert announces_merits("本市具有以下优点：")
    assert not announces_merits("我市应发挥三大优势：")
    assert not announces_merits("打造以下优势：")
    assert not announces_merits("本市的优势。")  # (no count: a topic, not a list's lead-in)
