"""Kinds of faults seen on the blind trial set of Part 83 (benchmarks/data/aspects ids 4460-4487, newuser43b: health,
social welfare and public services), written as small texts of the tests' own. Marked ``xfail(strict=True)``: they
record what the pipeline does not do yet, and turn into failures (to be unmarked) the day a change fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

# (text, what a right answer holds): challenges and recommendations are the point texts of every essay.
KINDS = {
    # a how-to on writing a paper about a topic ("可从以下方向展开:首先梳理…问题;其次分析…原因;然后提出…对策"): the
    # writing steps come out as recommendations and the style advice as a challenge, although the page states no
    # problem or measure of its own (4462, a negative: 9 points)
    "paper-writing-guide-steps-as-points": (
        "很多同学写社区养老服务论文时不知从何下手。\n围绕社区养老服务存在问题及对策研究论文,可从以下方向展开:"
        "首先梳理社区养老服务的主要问题,如护理人员短缺、服务项目单一等;其次分析问题产生的原因,包括资金、管理、"
        "观念等方面;然后提出有针对性的对策,如增加财政投入、培育专业队伍等;最后结合调查数据佐证观点。\n"
        "写作时要避免只罗列现象而缺少分析;对策部分需具体可行,不要空喊口号。\n",
        lambda ch, rec: not ch and not rec),
    # a work summary's or a news report's account of what was already done ("中心积极与…沟通协调,组织…,确保…";
    # "政府…强化追踪追溯系统…来预防…"; "市妇联…启动了…试点建设") comes out as a recommendation (4469, 4468, 4471,
    # 4487: one such point each)
    "completed-actions-as-recommendations": (
        "今年以来,街道卫生服务中心认真做好慢性病随访工作。\n中心积极与辖区居委会沟通协调,组织医护人员上门随访,"
        "确保高血压患者按时复诊。\n中心还开通了预约挂号热线,缩短了居民排队等候时间。\n"
        "但也要看到,家庭医生人手紧张,部分老年患者用药依从性较差。\n",
        lambda ch, rec: any("人手紧张" in p for p in ch) and not any("沟通协调" in p or "预约挂号" in p for p in rec)),
    # a sentence that lists the causes inside one "包括A、B、C、D、E等" run ("主要原因有6點,包括…"): the causes are not
    # taken as challenges (4486: the six causes came out as one truncated point; here none comes out)
    "enumerated-causes-in-one-sentence-not-split": (
        "近年本市药店违规销售处方药的情况屡禁不止。\n归纳起来,其成因主要有五点,包括执法力量配备不足、网络售药监管"
        "滞后、店员专业培训缺失、消费者自我药疗习惯根深蒂固、行业处罚标准偏低等,下文分别说明。\n",
        lambda ch, rec: any("执法力量配备不足" in p for p in ch) and any("处罚标准偏低" in p for p in ch)),
    # an editorial's opening verdicts ("一次又一次削弱了…信心", "…的权威也大打折扣") and its call for an overhaul
    # ("…显示…必须进行全面的检讨与整顿") give nothing, or the call is put on the challenge side (4485: 0 of 4)
    "editorial-verdicts-and-overhaul-call-missed": (
        "一、前言\n本市近年接连发生校园餐食物中毒事件,一次又一次削弱了家长对学校供餐制度的信心,教育部门监督学校食堂的"
        "权威也大打折扣。接连发生的事件显示,本市的校园供餐体制必须进行全面的检讨与整顿,才能从根本上消除隐患。\n",
        lambda ch, rec: any("信心" in p for p in ch) and any("检讨与整顿" in p for p in rec)
        and not any("检讨与整顿" in p for p in ch)),
    # an official's press remarks: the plea for the public's patience ("希望市民體諒,…候診時間有時會較長") comes out
    # as a recommendation while the stated pressure ("候診的情況仍會持續一段時間") is missed (4477)
    "plea-for-patience-as-recommendation": (
        "衞生署署長今日(三月五日)出席活動後會見傳媒的談話內容:\n署長:首先,我仍然非常關注的是,流感高峰期其實仍未"
        "過去。我們每日監察各區診所的求診人數,大部分日子都超過三千人次,所以候診的情況仍會持續一段時間。希望市民"
        "體諒,在診所一些輕症病人的候診時間有時會較長。這是第一點。\n",
        lambda ch, rec: not any("體諒" in p for p in rec) and any("候診的情況" in p for p in ch)),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 83 (see SOURCES.md)")
#: Kinds fixed since (k8384).
FIXED: set[str] = {
    "enumerated-causes-in-one-sentence-not-split",
    "completed-actions-as-recommendations",
    "editorial-verdicts-and-overhaul-call-missed",
}


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part83_fault_kind(kind):
    text, right = KINDS[kind]
    points = {side: [p.text for e in summarize_document(text).essays for p in getattr(e, side)]
              for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"])
