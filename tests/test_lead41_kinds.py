"""Faults a late tryout of the thirty-third session found in two of its new cleaning rules (w75's), fixed by the lead:
each is a kind, written as small texts of the test's own."""

from summarizer.clean import clean
from summarizer.pipeline import summarize_document


def _points(text):
    essay = summarize_document(text).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


def test_a_byline_glued_to_a_paragraph_goes_but_a_sentence_whose_subject_it_is_stays():
    glued = "某研究院研究员 李四 2019-10-14 现时政府每年投放大量资源，但服务设施仍然不足。应当加大投入。"
    assert _points(glued) == (["现时政府每年投放大量资源，但服务设施仍然不足"], ["应当加大投入"])
    # (the name and date are the sentence's subject, 的调查显示 / 这一天: nothing of it is furniture)
    subject = "研究员 李四 2019-10-14 的调查显示，社区服务设施不足。应当加大投入。"
    assert "李四" in clean(subject).text
    assert _points(subject)[0] == ["研究员李四 2019-10-14 的调查显示，社区服务设施不足"]
    demonstrative = "教授 赵六 2021-03-01 这一天，我们发现群众参与渠道不畅。"
    assert "赵六" in clean(demonstrative).text


def test_a_keyword_line_spliced_into_a_sentence_goes_but_a_list_laid_out_one_item_a_line_stays():
    spliced = "该路段是居民出行的必经要道,\n網購年菜\n,但因階梯長又陡,老人上下十分困難。"
    assert "網購年菜" not in clean(spliced).text
    assert _points(spliced)[0] == ["该路段是居民出行的必经要道,但因階梯長又陡,老人上下十分困難"]
    listed = "我市重点发展以下产业，\n新能源汽车\n，生物医药，\n集成电路\n，高端装备。"
    cleaned = clean(listed).text
    assert all(word in cleaned for word in ("新能源汽车", "生物医药", "集成电路", "高端装备"))
