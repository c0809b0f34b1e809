"""Keyphrases of short essays (a word graph of few co-occurrences), Traditional text cut across its own words, and
noun-headed set phrases: small essays written here, the keyphrases a reader would mark asserted."""

from __future__ import annotations

import summarizer
from summarizer.keyphrases import SHORT_ESSAY_TOKENS, _best_cut, _candidate, _recut
from summarizer.sentences import Sentence

# a short essay (well under SHORT_ESSAY_TOKENS candidate tokens): 助餐 (meal help for the elderly)
MEALS = ("让助餐服务走进社区\n\n"
         "当前，不少社区面临的突出问题是老人吃饭难。独居老人做饭不便，社区食堂数量少、价格偏高；"
         "送餐上门服务缺乏补贴，志愿者流失严重，一些食堂开业不久就关门。\n\n"
         "对此，应当完善社区食堂扶持政策，设立助餐补贴，降低经营门槛；鼓励餐饮企业参与送餐上门服务，"
         "组织低龄老人结对帮扶高龄老人。")

# a short essay whose key term is a pair of words that stand together twice (轮岗+支教) and a set phrase (人才流失)
VILLAGE = ("留住乡村教师\n\n"
           "山区学校面临的最大问题是人才流失。轮岗支教难以持续，年轻教师留下来的少，工资低、住房差。\n\n"
           "建议提高乡村教师津贴，修建教师周转宿舍，把轮岗支教纳入职称评审。")

# Traditional: 偏鄉 and 長照 are not in jieba's dictionary; in 偏鄉長照 its 乡长 (village head) cuts across both
RURAL_CARE = ("偏鄉長照缺人手\n\n"
              "南投縣偏鄉長照需求逐年增加，但居家照顧人力不足。偏鄉長照據點分散，服務員往返交通時間長。"
              "縣府表示，將提高偏鄉服務的交通補助，並與學校合作培育長照人才，讓偏鄉長者在家安心養老。")


def texts(text: str) -> list[str]:
    return [k.text for k in summarizer.summarize(text).essays[0].keyphrases]


def test_a_short_essay_gets_compound_keyphrases_not_a_few_single_words():
    got = texts(MEALS)
    assert len(got) >= 8  # M&T's top third alone gave a handful of two-character words in an essay this short
    assert got[0] == "社区食堂"  # the compound that recurs comes first
    for compound in ("高龄老人", "低龄老人", "助餐服务"):  # compounds of two nouns that stand once
        assert compound in got
    assert "社区" not in got and "食堂" not in got  # words of a listed phrase
    assert not {"做饭", "关门", "降低", "组织"} & set(got)  # a verb alone is no keyphrase


def test_a_verb_and_noun_that_recur_together_and_a_set_phrase():
    got = texts(VILLAGE)
    assert "人才流失" in got  # the dictionary files it as a set phrase (i): 人才 + 流失, a noun compound
    assert "轮岗支教" in got  # outside every keyword run's phrase, kept because the two stand together twice
    assert "乡村教师" in got and "周转宿舍" in got and "职称评审" in got
    assert "留下来" not in got  # a verb of three characters is no keyphrase


def test_traditional_text_is_cut_on_the_essays_own_words():
    got = texts(RURAL_CARE)
    assert got[0] == "偏鄉長照"  # three times; never 鄉長照 (jieba's 乡长 inside 偏乡长照)
    assert not any("鄉長" in t and not t.startswith("偏鄉長照") for t in got)
    result = summarizer.summarize(RURAL_CARE).essays[0]
    first = result.keyphrases[0]
    assert len(first.occurrences) == 3
    assert all(RURAL_CARE[o.start:o.end] == "偏鄉長照" for o in first.occurrences)


def test_recut_leaves_fewer_single_characters_or_leaves_the_cut_alone():
    # 研究 生命 题: the dictionary's 生命 cuts across the essay's own 研究生 and 命题
    assert _best_cut("研究生命题", {"研究", "生命", "研究生", "命题"}) == ["研究生", "命题"]
    body = "研究生命题。研究生很多。命题很难。数据质量低。"
    sentences = [Sentence(i, a, b, body[a:b], "sentence") for i, (a, b) in enumerate([(0, 6), (6, 12), (12, 17), (17, 23)])]
    tokens = [["研究", "生命", "题"], ["研究生", "很多"], ["命题", "很难"], ["数据", "质量", "低"]]
    got = _recut(body, sentences, tokens)
    assert got[0] == ["研究生", "命题"]
    assert got[1:] == tokens[1:]  # no single character to remove, or no better cut (数据 质量 低): unchanged


def test_set_phrases_headed_by_a_noun_are_candidates_others_not():
    assert _candidate("人才流失") == (True, "n")
    assert _candidate("严重不足")[0] is False  # 严重 is no noun
    assert _candidate("一心一意")[0] is False


def test_the_short_essay_rules_do_not_apply_to_a_long_essay():
    # the same essay written out to more than SHORT_ESSAY_TOKENS candidate tokens: M&T's rules alone
    # (a phrase of several words must recur), so the compounds that stand once are gone
    long_text = MEALS + "\n\n" + "\n\n".join(
        f"第{i}个社区食堂的老人说，社区食堂的饭菜便宜，社区食堂离家近，社区食堂的服务好。" for i in range(12))
    got = texts(long_text)
    assert SHORT_ESSAY_TOKENS <= 150
    assert "社区食堂" in got
    assert not {"高龄老人", "低龄老人", "助餐服务"} & set(got)
