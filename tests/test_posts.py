"""Short informal posts (summarizer.posts): a netizen's spoken complaints are challenges, its asks (希望…, 请…, a
request put as a question) recommendations; an ask for nothing in particular, an office's reply, a supposed case
and a policy essay's voice give nothing. Texts written for these tests."""

import pytest
from costs import assert_linear

from summarizer import posts
from summarizer.clean import clean
from summarizer.pipeline import summarize_document


def _points(text):
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


def test_spoken_complaints_of_a_post_are_challenges():
    text = ("我家住在三号楼。这个月电梯老是坏,上周又停了三天,我妈八十岁了只能爬九楼,真的受罪。"
            "物业费一分钱都没少收,电梯却连个维修公告都没有。\n")
    ch, _ = _points(text)
    assert any("连个维修公告都没有" in p for p in ch)
    assert any("受罪" in p for p in ch)


def test_a_wish_for_an_action_is_a_recommendation_a_wish_for_attention_is_none():
    text = ("尊敬的领导您好!我们村口的那座木桥塌了半边,孩子们上学只能绕两里路,家长天天提心吊胆。"
            "希望镇里尽快拨款把木桥重新修好。也希望领导重视一下,给我们老百姓一个说法。谢谢!\n")
    ch, rec = _points(text)
    assert any("把木桥重新修好" in p for p in rec)
    assert not any("重视一下" in p for p in rec)
    assert posts.generic_ask("希望有关领导们能重视一下") and posts.generic_ask("请城管局领导重视")
    assert not posts.generic_ask("希望您能为我们业主做主,让开发商尽快交房吧")
    assert any("提心吊胆" in p for p in ch)


def test_a_request_put_as_a_question_loses_its_rhetorical_tag():
    body = "俺们小区门口的水沟臭烘烘的,夏天蚊子多得要命啊。\n环保局为什么不能派人把水沟清一清,这很难做吗?\n"
    added = posts.post_points(body, [], 60)
    recs = [body[a:b] for aspect, a, b in added if aspect == "recommendation"]
    assert recs == ["环保局为什么不能派人把水沟清一清"]


def test_an_office_reply_under_the_message_is_not_read():
    body = ("我们小区垃圾站天天没人清理,臭得没法住,真的受不了啊!请街道尽快安排清运。\n"
            "回复:\n您好,您反映的问题已收悉,我办将督促物业加强清运,请您继续监督。\n")
    end = posts.message_end(body)
    assert body[end:].lstrip().startswith("回复")
    added = posts.post_points(body, [], 60)
    assert added and all(b <= end for _, _, b in added)
    assert not any("督促物业" in body[a:b] for _, a, b in added)


def test_a_supposed_case_and_a_readers_courtesy_give_nothing():
    body = "我真的想说几句啊。如果物业不公开账目,业主就太吃亏了吧。希望本文能对大家有所帮助。\n"
    assert posts.post_points(body, [], 60) == []


def test_a_policy_essay_is_no_post():
    body = ("当前,我国农村养老服务供给不足,专业人才匮乏。我们要加快完善农村养老服务体系,"
            "加大财政投入力度,推动城乡养老服务均衡发展。\n")
    assert not posts.informal_post(body)
    assert posts.post_points(body, [], 60) == []


def test_a_text_of_one_clause_a_line_is_read_as_a_post():
    body = "小区的老人\n很多都不会上网,\n去社区办事\n总是等了半天\n还是办不成。\n如果可以的话,\n社区请保留纸质表格吧!\n"
    assert posts.clause_lines(body)
    added = posts.post_points(body, [], 60)
    assert ("recommendation", body.index("社区请"), body.index("!")) in added


def test_a_jammer_run_keeps_the_sentence_end_mark_before_it():
    text = "操場的跑道裂開很久了! q4 [# W2 x; K\n下雨天又積水, 學生常常滑倒. b7 {' R5 y& M\n希望學校儘快重鋪跑道。 n3 ]. T0 p$ D\n"
    out = clean(text).text
    assert "了!\n" in out and "滑倒.\n" in out


@pytest.mark.parametrize("make", [
    lambda n: "我真的太难了吧" * n,  # one long line with no punctuation
    lambda n: "我吧!" * n,  # many tiny sentences
    lambda n: "希望物业把灯修好,\n" * n,  # many lines of one clause
])
def test_post_points_linear(monkeypatch, make):
    monkeypatch.setattr(posts, "POST_MAX_CHARS", 10 ** 9)
    monkeypatch.setattr(posts, "POST_MAX_ADDED", 10 ** 9)
    assert_linear(lambda n: posts.post_points(make(n), [], 60), 2_500, "post_points")


def test_a_forum_posters_profile_fields_are_no_points():
    assert posts.profile_field("来自江苏省") and posts.profile_field("注册 2022-2-24") and posts.profile_field("精华 0")
    assert not posts.profile_field("来自农村的孩子上学难")
    text = ("我们小区的路灯坏了三个月了,晚上出门黑灯瞎火的,老人摔倒好几次。希望物业能尽快把路灯修好。\n"
            "•来自江苏省\n•精华 0\n•注册 2022-2-24\n")
    ch, rec = _points(text)
    assert not any("来自" in p or "注册" in p for p in ch + rec)
