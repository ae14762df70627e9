"""The consistency rules: ids, descriptions, default severities and the examples run as tests."""

from __future__ import annotations

from claimcheck.model import Example, Rule


def ar(text: str) -> Example:
    return Example(text=text, lang="ar")


def en(text: str) -> Example:
    return Example(text=text, lang="en")


RULES = [
    Rule(
        id="consistency.name-variant",
        description="One person, place or institution is spelled two ways in the same article "
                    "(آستانة / استانا، ترامب / ترمب، Kyiv / Kiev); differences of hamza, alef, "
                    "ya or teh marbuta alone do not count.",
        severity="warning",
        flag=[
            ar("وصل الرئيس الأميركي دونالد ترامب إلى الرياض يوم السبت.\n"
               "وقال ترامب إن الزيارة ستعزز العلاقات بين البلدين.\n"
               "وأضاف ترمب أن المحادثات ستتناول الملف الإيراني."),
            ar("تستضيف آستانة جولة جديدة من المحادثات.\n"
               "ويصل الوفد إلى آستانة يوم الأربعاء.\n"
               "وقال دبلوماسي إن محادثات استانا ستستمر يومين."),
            en("Russian missiles struck Kyiv overnight.\n"
               "Officials in Kyiv said power was cut to thousands of homes.\n"
               "The mayor of Kiev urged residents to stay in shelters."),
        ],
        pass_=[
            ar("قال الرئيس السوري إن سوريا ستشارك في المؤتمر.\n"
               "وأكدت الحكومة السورية أن سورية ترحب بالمبادرة الروسية.\n"
               "وقال مسؤول في روسيا إن الدور الرئيسي للأمم المتحدة. وأعلنت أمريكا أن أميركا "
               "لن تشارك."),
            en("Syrian officials said Syria would attend the talks.\n"
               "Delegations from Austria and Australia also arrived.\n"
               "President Trump said Trump's envoy would attend."),
        ],
    ),
    Rule(
        id="consistency.number-mismatch",
        description="The same quantity (the same counted noun or unit, and the same event: "
                    "killed, wounded, arrested...) is stated with different values in the "
                    "article: headline against body, or one paragraph against others. Years, "
                    "dates, ordinals, percentages and estimates are not compared.",
        severity="warning",
        flag=[
            ar("مقتل 30 شخصاً في انفجار بكابول\n"
               "قتل 30 شخصاً في انفجار سيارة مفخخة في كابول يوم الثلاثاء.\n"
               "وقالت الشرطة إن الانفجار وقع قرب وزارة الدفاع.\n"
               "وأكد مسؤول في وزارة الصحة أن 25 شخصاً قتلوا في الانفجار."),
            ar("فر ثلاثمئة ألف لاجئ من المدينة خلال أسبوع.\n"
               "وقالت الأمم المتحدة إن 300 ألف لاجئ بحاجة إلى مساعدات.\n"
               "وأضافت أن 200 ألف لاجئ وصلوا إلى المخيمات الحدودية."),
            en("Storm kills 12 people in Texas\n"
               "A powerful storm killed 12 people in Texas on Sunday, officials said.\n"
               "Emergency crews searched damaged homes through the night.\n"
               "The governor said 15 people had died and urged residents to stay indoors."),
        ],
        pass_=[
            ar("قتل 30 شخصاً وأصيب 12 شخصاً في انفجار في كابول عام 2017.\n"
               "وقالت الشرطة إن نحو 35 شخصاً قتلوا.\n"
               "وارتفعت الأسعار بنسبة 20 في المئة خلال 3 أيام."),
            en("About 300 people were evacuated on Monday.\n"
               "By Tuesday, 320 people had been evacuated and 40 homes destroyed.\n"
               "The town, founded in 1890, has 5,000 residents."),
            ar("مقتل 12 شخصاً في غارات على إدلب\n"
               "قال المرصد السوري إن 12 شخصاً قتلوا في غارات جوية على ريف إدلب.\n"
               "وبحسب مصادر طبية، فإن عدد الجرحى تجاوز 40 شخصاً، بينهم حالات خطرة."),
            en("Air strikes kill 12 people in Idlib\n"
               "Air strikes killed 12 people in Idlib province, a monitoring group said.\n"
               "Doctors said 40 people were wounded, some of them critically."),
        ],
    ),
    Rule(
        id="consistency.quote-altered",
        description="The same quotation is given twice with different words.",
        severity="warning",
        flag=[
            ar("وقال الوزير «سنواصل العمل من أجل تحقيق السلام الدائم في المنطقة».\n"
               "وتحدث الوزير عن المفاوضات الجارية مع الجانب الآخر.\n"
               "وختم الوزير بالقول «سنواصل العمل من أجل تحقيق الأمن الدائم في المنطقة»."),
            en("\"We will keep working until every family is safe,\" the mayor said.\n"
               "The city has opened five shelters since Friday.\n"
               "The mayor said: \"We will keep working until every child is safe.\""),
        ],
        pass_=[
            ar("وقال الوزير «سنواصل العمل من أجل تحقيق السلام الدائم في المنطقة».\n"
               "وتحدث الوزير عن المفاوضات الجارية.\n"
               "وكرر الوزير أنه سيواصل العمل «من أجل تحقيق السلام الدائم»."),
            en("\"We will keep working until every family is safe,\" the mayor said.\n"
               "The city has opened five shelters.\n"
               "\"Our crews have not stopped since Friday,\" the fire chief said."),
        ],
    ),
    Rule(
        id="consistency.quote-misattributed",
        description="The same quotation is attributed to two different sources.",
        severity="warning",
        flag=[
            ar("وقال البيت الأبيض في بيان «المحادثة كانت جيدة للغاية وشملت نقاشاً بشأن "
               "مناطق آمنة».\n"
               "وتحدث الزعيمان عن الحرب في سوريا.\n"
               "وقال الكرملين «المحادثة كانت جيدة للغاية وشملت نقاشاً بشأن مناطق آمنة»."),
            en("\"We will not back down from this fight,\" Smith said on Monday.\n"
               "The union has been on strike for three weeks.\n"
               "Jones told reporters: \"We will not back down from this fight.\""),
        ],
        pass_=[
            ar("وقال البيت الأبيض في بيان «المحادثة كانت جيدة للغاية وشملت نقاشاً بشأن "
               "مناطق آمنة».\n"
               "وتحدث الزعيمان عن الحرب في سوريا.\n"
               "وقال الكرملين «تم التركيز على تنسيق التحركات في مكافحة الإرهاب»."),
            en("\"We will not back down from this fight,\" Smith said on Monday.\n"
               "The union has been on strike for three weeks.\n"
               "Smith later repeated: \"We will not back down from this fight.\""),
        ],
    ),
    Rule(
        id="consistency.contested",
        description="Sources make incompatible claims about the same event: they lay the blame "
                    "on different parties, or one asserts what another denies. Reported so that "
                    "the reader sees both sides and who said each.",
        severity="info",
        flag=[
            ar("ألقت واشنطن باللائمة على الحكومة السورية في الهجوم الكيماوي.\n"
               "وقالت موسكو إن المعارضة المسلحة هي المسؤولة عن الهجوم."),
            en("Washington blamed the Syrian government for the chemical attack.\n"
               "Moscow said the rebels were responsible for the attack."),
        ],
        pass_=[
            ar("ألقت واشنطن باللائمة على الحكومة السورية في الهجوم الكيماوي.\n"
               "وقالت باريس إن الحكومة السورية هي المسؤولة عن الهجوم."),
            en("Washington blamed the Syrian government for the chemical attack.\n"
               "Paris said the Syrian government was responsible for the attack."),
        ],
    ),
    Rule(
        id="consistency.headline-unsupported",
        description="A name or a number in the headline (front-matter title or first line) that "
                    "the body of the article does not support.",
        severity="warning",
        flag=[
            ar("مقتل 40 شخصاً في هجوم على سوق ببغداد\n"
               "قتل 12 جندياً في هجوم على نقطة تفتيش شمال بغداد يوم الجمعة.\n"
               "وقالت الشرطة إن المهاجمين فروا.\n"
               "ولم تعلن أي جهة مسؤوليتها عن الهجوم."),
            en("Merkel meets Macron in Paris to discuss trade\n"
               "German Chancellor Angela Merkel arrived in Paris on Monday for talks on trade.\n"
               "She met business leaders at the German embassy.\n"
               "Merkel said the talks had been useful."),
        ],
        pass_=[
            ar("مقتل 40 شخصاً في هجوم على سوق ببغداد\n"
               "قتل 40 شخصاً في هجوم على سوق شعبي في بغداد يوم الجمعة.\n"
               "وقالت الشرطة إن المهاجمين فروا.\n"
               "ولم تعلن أي جهة مسؤوليتها عن الهجوم."),
            en("Merkel meets Macron in Paris to discuss trade\n"
               "German Chancellor Angela Merkel met French President Emmanuel Macron in Paris.\n"
               "The two leaders discussed trade and defence.\n"
               "Macron said the talks had been useful."),
        ],
    ),
]

for _rule in RULES:
    _rule.origin = "claimcheck_consistency"
