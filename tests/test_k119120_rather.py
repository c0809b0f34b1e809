"""k119120: ``与其A，不如B`` prefers course B to A whatever B's subject and verb (Part 120 kind
``yuqi-buru-recommendation-missed``); a B that renames or reads A (``与其称之为A，不如称为B``) proposes nothing."""

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document


def test_rather_with_subject_before_verb_is_measure():
    s = "与其每个街道各办一场小展览,不如几个街道合办一场大展览。"
    assert asp.contrastive_measure(s)
    assert asp.sentence_aspect(s) == asp.RECOMMENDATION


def test_rather_with_plain_verb_is_measure():
    assert asp.contrastive_measure("与其各家争着建新馆,不如大家一起把旧馆修好。")


def test_rather_renaming_is_no_measure():
    assert not asp.contrastive_measure("与其把它叫作读书节,不如称为购书节。")


def test_rather_said_is_no_measure():
    assert not asp.contrastive_measure("与其说这是资金问题,不如说是观念问题。")


def test_rather_question_is_no_measure():
    assert not asp.contrastive_measure("与其各自建馆,不如联合建馆?")


def test_pipeline_keeps_rather_course_after_deficiency():
    text = ("不少社区书屋多数时间大门紧闭,并不具备开展阅读活动的条件,离服务居民还差得远。"
            "与其每个小区都配一间书屋,不如几个小区合建一座图书分馆。\n")
    rec = [p.text for e in summarize_document(text).essays for p in e.recommendations]
    assert any("合建一座图书分馆" in p for p in rec)
