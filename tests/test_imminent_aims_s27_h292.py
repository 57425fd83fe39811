"""Acts told as near, settled, enabled or aimed at are not reported happenings.

EVENTS.md section 2: threats, plans and expectations are not coded.  These
tests hold the forecast-subject rule (an act as the subject of an imminence
predicate or of a verb of what it would allow) and the cues of intention,
resolve, attempts and expectation that reach past a long subject.
"""

from __future__ import annotations

import pytest
from support import modality_of


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # an imminence predicate, quoted or after a subject set off by a comma
        ('وأكد المتحدث أن تحرير البلدة "بات قريبا"، مشيرا إلى تقدم القوات.', "تحرير"),
        ("وتفيد المعطيات أن تحرير المدينة ومينائها الغربي، بات محسوما وفقا للخبراء.", "تحرير"),
        ("وقال القائد إن اقتحام الحي أصبح مسألة وقت.", "اقتحام"),
        # what an act would allow or pave the way for; the head may carry و
        ("وقال المحلل إن السيطرة على التلة ستسمح للقوات بالتقدم نحو الطريق الدولي.", "السيطرة على"),
        ("وأضاف وأن السيطرة عليها سيسمح للمقاتلين بالتحرك شمالا.", "السيطرة عليها"),
        ("وقال الوزير إن تحرير الميناء سيمهد الطريق لتحرير العاصمة.", "تحرير"),
        ("وجاء في البيان أن تحرير الميناء سيمثل بداية النهاية للمتمردين.", "تحرير"),
        # the present judgement goes on to foretell
        ("وأضاف البيان « تحرير الميناء يمثل بداية السقوط للمتمردين وسيؤمن الملاحة في المضيق ».", "تحرير"),
        # an adverbial expectation heads its whole clause
        ("ورأى الخبير أن المدينة مفتاح الجبهة، متوقعا أن تسهم استعادتها في تسريع تحرير العاصمة.", "تحرير"),
        # a countdown to an act has not reached it
        ("وأشار إلى بدء العد التنازلي لمعركة تحرير ما تبقى من مديريات الساحل ودحر المتمردين واستعادة "
         "المناطق.", "واستعادة"),
    ],
)
def test_foretold_acts_are_expected(sentence, surface):
    assert modality_of(sentence, surface) == "expected"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # an intention told in the dual
        ("وأعلنت الدولتان نيتهما توفير غطاء جوي للمقاتلين في المنطقة الحدودية.", "غطاء جوي"),
        # a resolve named before its doer, the act after على
        ("وتحدث عن عزم الجيش الموالي للحكومة الشرعية على طرد المسلحين من آخر معاقلهم.", "طرد"),
        ("وكشف القائد اعتزام القوات التوجه نحو المحافظة واقتحام مركزها.", "واقتحام"),
        # a present attempt reaches its aim past a long subject
        ("وهي أول مرة يحاول فيها التحالف المدعوم من الغرب السيطرة على مدينة رئيسية.", "السيطرة على"),
    ],
)
def test_intentions_resolves_and_attempts_are_plans(sentence, surface):
    assert modality_of(sentence, surface) == "plan"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # nearness in space: the fighting is real
        ("وقال السكان إن الاشتباكات باتت قريبة جدا من الأحياء السكنية.", "الاشتباكات"),
        # a new report about the forces after و, not a predicate of the act
        ("وسيطرت القوات على التلة الاستراتيجية وباتت قريبة من مركز المدينة.", "وسيطرت"),
        # the act reported, its foretold result after "مما"
        ("وقصفت الطائرات مواقع المسلحين في البلدة مما سيسمح للقوات بالتقدم.", "وقصفت"),
        # a past attempt was an assault, reported
        ("وحاول المسلحون اقتحام البلدة فجر اليوم.", "اقتحام"),
    ],
)
def test_reported_acts_beside_these_phrases_stay_asserted(sentence, surface):
    assert modality_of(sentence, surface) == "asserted"


# Review S27 (findings on H292): ordinary news phrasing beside these cues tells a real act.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # the present "paves the way" / "represents" judge an act that is going on or happened
        ("وقالت مصادر محلية إن القصف المدفعي المكثف على مدينة حيس يمهد لاقتحامها.", "القصف المدفعي"),
        ("وقال مصدر عسكري إن الغارات المكثفة على مواقع الحوثيين في مدينة حيس تمهد لتقدم القوات البرية.",
         "الغارات"),
        ("وأضاف أن اقتحام مقر الحزب في مدينة إب من قبل مسلحين حوثيين يمثل انتهاكا صارخا.", "اقتحام"),
        # nearness in space, with a pronoun or past an adverb
        ("وقال الأهالي إن القصف على أحياء مدينة تعز بات قريبا منهم.", "القصف"),
        ("وقال السكان إن الاشتباكات في مدينة حيس باتت قريبة بشكل خطير من منازلهم.", "الاشتباكات"),
        # past a comma the copula has its own subject, or the act already had its predicate
        ("معارك ضارية على أطراف مدينة حيس، والنصر بات قريبا.", "معارك"),
        ("اشتباكات متقطعة في مدينة حيس، والحسم أصبح مسألة وقت.", "اشتباكات"),
        ("وأكد سكان أن القصف الحوثي على الأحياء الشرقية لمدينة تعز بات يوميا، وقد أصبح مسألة وقت قبل "
         "سقوط ضحايا.", "القصف"),
        ("وأوضح أن الغارات على مدينة صعدة صارت شبه يومية، وأن سقوط المدينة بات وشيكا.", "الغارات"),
        # a countdown to something else does not reach an attack told later in its clause
        ("ومع بدء العد التنازلي لانسحاب القوات الأجنبية قتل 3 جنود في هجوم على حاجز في مدينة مأرب اليوم.",
         "هجوم"),
        # "while X tries to repel an attack": the attack is real
        ("ويأتي ذلك في وقت تحاول فيه قوات الجيش الوطني صد هجوم حوثي عنيف على مدينة حيس منذ الصباح.",
         "صد هجوم"),
        # the intended act is the prosecution, pursuit, revenge or inquiry, not the attack
        ("وأكدت الحكومة عزمها محاسبة المسؤولين عن قصف سوق مدينة تعز اليوم الذي أودى بحياة 10 مدنيين.",
         "قصف"),
        ("وأعلنت الشرطة اعتزامها ملاحقة منفذي هجوم مسلح استهدف اليوم نقطة تفتيش في مدينة عدن.", "هجوم مسلح"),
        ("وأكد الجيش العزم على الثأر لضحايا هجوم انتحاري وقع اليوم في مدينة عدن وأوقع 12 قتيلا.", "هجوم انتحاري"),
        ("وأعلن البلدان نيتهما التحقيق في غارة جوية استهدفت اليوم حفل زفاف في مديرية حيس.", "غارة جوية"),
    ],
)
def test_review_s27_real_acts_beside_forecast_and_intent_phrases(sentence, surface):
    assert modality_of(sentence, surface) == "asserted"
