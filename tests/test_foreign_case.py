"""An essay's comparison with other countries is background, not a challenge of its own (k151155: Part 151's editorials
that look abroad, ``放眼國外，德國…``, ``問題嚴重者如德國、俄羅斯``, ``人口早已嚴重老化的日本，…``), read by
:func:`summarizer.aspects.describes_foreign_case` on the Simplified view; texts of the tests' own."""

from costs import assert_linear

from summarizer.aspects import describes_foreign_case, states_neither
from summarizer.pipeline import summarize_document


def test_a_sentence_whose_subject_is_another_country_is_a_foreign_case():
    assert describes_foreign_case("放眼国外，瑞典早在上世纪就面临劳动力短缺，只能大量引进移民")
    assert describes_foreign_case("情况最严重的如韩国，总和生育率已跌破0.8")
    assert describes_foreign_case("老龄化程度最高的日本，每年减少的人口超过一个中型城市")
    assert describes_foreign_case("有些国家的乡村学校已大批关闭")
    assert states_neither("反观芬兰，教师流失的问题同样严重")


def test_a_comparison_that_names_home_or_a_home_region_stays_a_point():
    assert not describes_foreign_case("与日本相比，我国的老龄化速度更快")
    assert not describes_foreign_case("台湾人口老化的速度，一点也不输日本")
    assert not describes_foreign_case("日本游客减少，本港零售业生意大跌")
    # the United States acts on the home regions (tariffs, laws), and Singapore is one of the corpus's homes
    assert not describes_foreign_case("美国加征关税的不确定性，令出口商难以接单")
    assert not describes_foreign_case("新加坡人口老龄化的步伐已经加速")
    # a country named later in the sentence, not as its subject
    assert not describes_foreign_case("本县出生人口连年下滑，速度已超过日本")


def test_an_editorials_look_abroad_gives_no_challenge_while_home_problems_stay():
    text = ("本縣國中生人數十年間減少三成,多所學校面臨併校壓力,偏鄉教師流動率居高不下。\n"
            "反觀芬蘭,鄉村學校同樣大批關閉,學生須搭車一小時上學;部分國家的鄉村學校甚至無人報考教職,"
            "被迫改為遠距教學。\n")
    essays = summarize_document(text).essays
    challenges = [p.text for e in essays for p in e.challenges]
    assert any("國中生人數十年間減少三成" in p or "併校壓力" in p for p in challenges)
    assert not any("芬蘭" in p or "搭車一小時" in p or "遠距教學" in p for p in challenges)


def test_foreign_case_reading_is_linear():
    assert_linear(lambda n: describes_foreign_case("日" * n), 25_000, "a long run with no punctuation")
    assert_linear(lambda n: describes_foreign_case("德国的" * n + "，"), 10_000, "a long run of the country")
    assert_linear(lambda n: summarize_document("反觀日本,人口減少。" * n), 200, "many short comparisons")
