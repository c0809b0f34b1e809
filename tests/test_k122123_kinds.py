"""k122123: the kinds of Parts 122-123 and issue 8 fixed this session, on small texts of the tests' own.

- a thesis's table of contents with its front matter (摘要, Abstract) and ``-page`` numbers (clean._remove_headed_toc);
- a 申论 page's numbered exam material (``材料1``): neither aspect (aspects.EXAM_MATERIAL_LABEL);
- an abstract's counted lead-in (``原因有四个，分别为：A、B``): its items kept from the model's veto
  (points._counted_lead_in);
- a plan announced after a topic frame (``实践队将针对…问题，围绕…开展…``: points._topic_frame_end);
- an office's reply: its lead-in after the acknowledgement on one line, its dated plan kept by default, and the
  acknowledgement no summary sentence (points._reply_start_re, pipeline._acknowledgement);
- a study's results heading and findings frame (``三、研究结果``, ``研究结果发现，``): no imperative (verb_noun cues).
"""

from summarizer import aspects as asp
from summarizer import clean as cl
from summarizer import points as pts
from summarizer.pipeline import summarize_document


def _points(text, **kw):
    essays = summarize_document(text, **kw).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations],
            essays)


# --- a table of contents with front matter and dash page numbers ---------------------------------------------------

THESIS = ("摘要:本文调查了城郊社区托育服务的现状。研究发现,托育机构普遍面临场地租金高、保育人员流失快等困难。"
          "本文建议:加大普惠托育补贴、建立保育人员职称通道。\n关键词:托育;社区;普惠\n"
          "目录\n摘要\nAbstract\n一、社区托育服务面临的困境-1\n(一)场地租金高-1\n(二)人员流失快-2\n二、对策建议-3\n"
          "(一)加大补贴力度-3\n(二)畅通职称通道-4\n参考文献-6\n致 谢-8\n")


def test_toc_page_suffix_and_matter_lines():
    assert cl._toc_page_suffix("社区托育服务面临的困境-1") == len("社区托育服务面临的困境")
    assert cl._toc_page_suffix("参考文献 12") == len("参考文献")
    assert cl._toc_page_suffix("2023") == len("2023")  # (a bare number: no entry text before it)
    assert cl._toc_page_suffix("新建托育点30") == len("新建托育点")  # (glued after a Han character)
    assert cl._toc_matter_line("致 谢-8") and cl._toc_matter_line("Abstract") and cl._toc_matter_line("参考文献-6")
    assert not cl._toc_matter_line("摘要:本文调查了城郊社区托育服务的现状。")
    assert not cl._toc_matter_line("一、社区托育服务面临的困境-1")


def test_thesis_contents_with_front_matter_removed():
    text = cl.clean(THESIS).text
    assert "-1" not in text and "致 谢" not in text and "参考文献" not in text
    assert "场地租金高、保育人员流失快" in text  # (the abstract before the contents stays)
    ch, rec, _ = _points(THESIS)
    assert not any(p.endswith(("-1", "-2", "-3", "-4")) for p in ch + rec)


def test_contents_page_alone_keeps_its_heading_and_gives_no_point():
    page = "目录\n摘要\n一、社区托育服务面临的困境-1\n(一)场地租金高-1\n(二)人员流失快-2\n二、对策建议-3\n(一)加大补贴力度-3\n"
    assert cl.clean(page).text.strip() == "目录"
    ch, rec, essays = _points(page)
    assert not ch and not rec and len(essays) == 1


def test_bare_abstract_heading_after_contents_stays():
    # (摘要 ending the run, the abstract's prose below: the body's heading, not an entry)
    text = cl.clean("目录\n一、困境-1\n二、原因-2\n三、对策-3\n摘要\n本文讨论社区托育服务的困境与对策,提出三条建议。\n").text
    assert text.startswith("摘要") and "一、困境" not in text


# --- a 申论 page's numbered exam material -----------------------------------------------------------------------------

def test_exam_material_label_reads_as_neither():
    assert asp.heading_aspect("材料1") == asp.OTHER and asp.heading_aspect("资料二", title=True) == asp.OTHER
    assert asp.heading_aspect("【给定材料3】") == asp.OTHER
    assert asp.EXAM_MATERIAL_LABEL.fullmatch("提交材料") is None  # (bare 材料: the papers handed in)


def test_exam_material_label_not_joined_to_the_header_line():
    text = cl.clean("分类:公务员-申论/江苏    来源:题库\n材料1\n近年来,某县推进垃圾分类。\n").text
    assert "\n材料1\n" in text


def test_exam_material_page_gives_no_point():
    page = ("分类:事业单位-综合应用/湖南    来源:题库\n材料1\n某县推行垃圾分类已有三年,投放点建起来了,可不少居民仍然混投,"
            "督导员人手不足,分拣中心经常满负荷运转。但也要看到,一些村的保洁经费没有着落,清运车辆老化严重,"
            "村民对分类的认识还停留在口号上。\n材料2\n有的乡镇把分类当成突击任务,检查前集中整治,检查后又恢复原样。\n")
    ch, rec, _ = _points(page)
    assert not ch and not rec


# --- an abstract's counted lead-in ------------------------------------------------------------------------------------

def test_counted_lead_in_marks_its_items():
    text = "研究认为,困境的成因有三个,分别为:财政投入不足、专业人才短缺、监管机制缺位。"
    s0 = text.index("困境")
    p = pts.RawPoint(asp.CHALLENGE, text.index("分别为"), len(text) - 1)
    assert pts._counted_lead_in(text, s0, p, asp.CHALLENGE)
    uncounted = "困境的成因在于:财政投入不足、专业人才短缺。"
    q = pts.RawPoint(asp.CHALLENGE, uncounted.index("财政"), len(uncounted) - 1)
    assert not pts._counted_lead_in(uncounted, 0, q, asp.CHALLENGE)  # (no count: left to the model)
    assert not pts._counted_lead_in(text, s0, p, asp.RECOMMENDATION)  # (the lead-in announces causes)
    success = "试点成功的原因主要有两个:一是上级统一领导,二是通讯技术的灵活运用。"
    r = pts.RawPoint(asp.CHALLENGE, success.index("一是"), success.index(","))
    assert not pts._counted_lead_in(success, 0, r, asp.CHALLENGE)  # (the causes of a success: no problems)


# --- a plan announced after a topic frame -----------------------------------------------------------------------------

def test_announced_plan_past_topic_frame():
    s = "下一阶段,服务队将针对走访中发现的问题,围绕“老人助餐”开展专项设计,协助社区完善送餐登记,组建一支志愿送餐小组。"
    clauses = [s[a:b] for a, b in pts.announced_plan_clauses(s)]
    assert clauses == ["围绕“老人助餐”开展专项设计", "协助社区完善送餐登记", "组建一支志愿送餐小组"]
    assert pts._topic_frame_end("将开展调研,形成报告", 1) == 1  # (no topic frame: unchanged)


# --- an office's reply ------------------------------------------------------------------------------------------------

REPLY = ("关于加快老旧公园改造的提案的答复\n李委员:\n您提出的《关于加快老旧公园改造的提案》收悉。现答复如下:\n"
         "近年来,城区部分老旧公园设施陈旧、步道破损、照明不足的问题较为突出,群众反映强烈。对此,我局组织力量对全区公园"
         "进行了逐一排查,建立了问题台账。\n我局将采取以下措施:一是加大投入,积极争取市级专项资金支持。二是加强管护,"
         "建立日常巡查和定期维修制度。三是强化协同,会同街道建立联动机制。\n本局将于明年启动滨河公园提升改造工程,"
         "力争两年内完成主要设施更新。\n感谢您对我们工作的关心和支持。\n某区园林局\n")


def test_reply_lead_in_after_acknowledgement_on_its_line():
    text = "您提出的提案收悉。现答复如下:\n本局将于明年启动改造。"
    assert pts.reply_start(text) == text.index("\n")


def test_reply_dated_plan_kept_and_acknowledgement_no_summary():
    for model in (False, True):
        _ch, rec, essays = _points(REPLY, aspect_model=model)
        assert any("启动滨河公园提升改造工程" in p for p in rec), model
        assert "收悉" not in essays[0].summary


# --- a study's results ------------------------------------------------------------------------------------------------

def test_study_results_frame_is_no_imperative():
    assert not asp.starts_imperative("研究结果")
    assert asp.modal_strength("研究结果还发现,留守儿童的阅读时间明显偏少。") == 0
    assert asp.starts_imperative("研究制定托育服务标准")  # (研究 the verb stays one)
    study = ("一、引言\n近年来,社区托育服务受到社会广泛关注。\n二、研究结果\n研究结果发现,社区托育机构数量明显不足,"
             "排队等位时间普遍超过半年。研究结果还发现,收费偏高让不少家庭望而却步。\n")
    ch, rec, _ = _points(study, aspect_model=False)
    assert not rec
    assert any("托育机构数量明显不足" in p for p in ch) and any("收费偏高" in p for p in ch)
