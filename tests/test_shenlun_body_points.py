"""申论 and WeChat-style essays (issue 8, kinds 2, 3 and 7): measures stated in the body of a point item and in prose
with no subject. Every essay here is written for the test (none is copied from a dev or corpus document)."""

from aspect_helpers import points as _points
from summarizer import aspects as asp


def test_a_bare_topic_item_whose_body_lists_imperative_measures_gives_each_measure():
    # 一是完善政策。 names the measure in general; the sentences after it, each opening with an imperative verb, are
    # the measures it sums up
    text = ("发展社区养老服务的建议\n"
            "一、存在的问题\n"
            "一是护理人员数量偏少。二是服务设施利用率低。\n"
            "二、对策建议\n"
            "一是完善政策。制定社区养老服务的专项扶持办法，明确补贴标准。"
            "建立养老服务质量评价指标体系，定期向社会公布评价结果。\n"
            "二是壮大队伍。开展护理人员职业技能培训，提高护理人员待遇。\n")
    challenges, recommendations = _points(text)
    assert challenges == ["护理人员数量偏少", "服务设施利用率低"]
    # (壮大队伍 states the measure by itself, an imperative sentence, and is not completed with the body's first clause;
    # prec10, issue 8. Its one body sentence of two imperative clauses is a measure of its own too (k152153's
    # points._measure_run, on Part 153's gold, which takes a bare topic's body: a concrete measure the topic only
    # names); the two stay separate points.)
    assert recommendations == ["完善政策", "制定社区养老服务的专项扶持办法，明确补贴标准",
                               "建立养老服务质量评价指标体系，定期向社会公布评价结果", "壮大队伍",
                               "开展护理人员职业技能培训，提高护理人员待遇"]


def test_a_long_topic_sentence_keeps_its_body_as_argument():
    # a run-in item whose first sentence is already the whole measure: the sentences after it argue it, they are no
    # more points
    text = ("发展社区养老服务的建议\n"
            "一、存在的问题\n"
            "一是护理人员数量偏少。二是服务设施利用率低。\n"
            "二、对策建议\n"
            "一是由民政部门牵头制定社区养老服务的专项扶持办法。建立统一的补贴标准，各区可以参照执行。\n"
            "二是开展护理人员职业技能培训。\n")
    _, recommendations = _points(text)
    assert recommendations == ["由民政部门牵头制定社区养老服务的专项扶持办法", "开展护理人员职业技能培训"]


def test_an_enumeration_inside_a_titled_measure_spells_out_the_measure():
    # （二）… names the measure; its body announces the ways (建议…：一是…；二是…；三是…): each way is a measure
    text = ("## 一、存在的问题\n"
            "（一）数据共享不畅\n"
            "各部门的数据标准不统一，共享渠道缺乏。\n"
            "## 二、对策建议\n"
            "（一）健全数据共享机制\n"
            "明确各部门的共享责任。\n"
            "（二）探索多元开发模式\n"
            "建议允许多元主体参与开发：一是政府单独开发，免费开放；二是政企合作开发，适当收费；"
            "三是企业单独开发，按质收费。\n")
    _, recommendations = _points(text)
    assert recommendations == ["健全数据共享机制", "探索多元开发模式", "政府单独开发，免费开放",
                               "政企合作开发，适当收费", "企业单独开发，按质收费"]


def test_an_enumeration_inside_a_titled_problem_gives_no_more_problems():
    # under a problem heading the enumeration lists what a technique does: those are no problems
    text = ("## 一、存在的问题\n"
            "（一）接口监测能力不足\n"
            "现有工具只能做到以下几点：一是清点接口数量；二是记录访问日志；三是统计调用次数。\n"
            "## 二、对策建议\n"
            "（一）建设接口监测平台\n"
            "统一部署监测探针。\n")
    challenges, _ = _points(text)
    assert challenges == ["接口监测能力不足"]


def test_an_essay_of_subjectless_measure_sentences_keeps_every_measure():
    # 申论 prose with no headings or list markers: seven measures, each a long sentence that opens with an imperative
    # verb (after a manner adverb, or followed by a second imperative clause) and no modal — all seven are kept, not
    # the fallback's floor of five
    text = ("谈谈农村征地中的农民权益\n"
            "近年来，随着城镇化加快，农村土地征用规模不断扩大，被征地农民的权益保护受到社会关注。"
            "那么我们应该怎么做呢？"
            "切实维护被征地农民的合法权益，进一步规范征地程序，让农民在征地的每一个环节都有知情权和参与权。"
            "建立征地补偿标准听证制度，严格按照法律规定落实补偿安置措施，补偿款项按时足额发放到农民手中。"
            "严格监管土地补偿费的发放和使用过程，定期公开补偿款项的去向，做到公开透明、接受群众监督。"
            "建立健全农村劳动力培训机制，通过职业技能培训，提高被征地农民的劳动技能和就业能力。"
            "大力发展县域特色产业，为被征地农民创造更多就近就业的岗位，让农民离地不离乡、增收有门路。"
            "加快完善被征地农民社会保障制度，把被征地农民纳入城镇社会保障体系，解除他们的后顾之忧。"
            "坚决实行最严格的耕地保护制度，重点保护基本农田，同时做好土地占补平衡工作，守住耕地红线。\n")
    challenges, recommendations = _points(text)
    assert challenges == []
    assert [p[:6] for p in recommendations] == ["切实维护被征", "建立征地补偿", "严格监管土地", "建立健全农村",
                                                "大力发展县域", "加快完善被征", "坚决实行最严"]


def test_sentence_items_inside_a_titled_measure_elaborate_its_heading():
    # 建议…：第一，…。第二，…。: each item is a sentence of its own with its reasons: the heading is the point
    text = ("## 一、存在的问题\n"
            "（一）数据共享不畅\n"
            "各部门的数据标准不统一，共享渠道缺乏。\n"
            "## 二、对策建议\n"
            "（一）健全数据共享机制\n"
            "建议进一步健全共享机制：第一，建立数据共享的责任清单。可依托现有平台，逐项明确责任部门。"
            "第二，建立共享情况的通报制度。定期通报各部门的共享进度。\n")
    _, recommendations = _points(text)
    assert recommendations == ["健全数据共享机制"]


def test_a_modal_before_a_verb_of_change_prescribes_a_measure():
    # 应该改变…: a verb of change after a strong modal is the measure a 申论 paragraph concludes with (因此，……应该……);
    # without a modal, 改变了… narrates
    assert asp.prose_aspect("因此，授人以鱼不如授人以渔，政府应该改变原先大包大揽的服务方式，提升创业企业的核心竞争力。") \
        == asp.RECOMMENDATION
    assert asp.prose_aspect("近年来，这些企业改变了原先大包大揽的服务方式，经营逐步好转，利润连年增长。") is None


def test_a_bare_lead_in_word_is_no_measure():
    # 要求： alone on its line announces the measures after it; it names nothing itself
    text = ("加强校园食品安全\n"
            "近年来，一些学校食堂的食品安全管理不到位，原料采购把关不严。\n"
            "要求：\n"
            "各学校应当建立食品原料进货查验制度，严格落实索证索票。\n")
    _, recommendations = _points(text)
    assert recommendations == ["各学校应当建立食品原料进货查验制度，严格落实索证索票"]
