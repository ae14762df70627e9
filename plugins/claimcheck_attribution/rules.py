"""The attribution rules' identity cards: ids, descriptions, default severities and examples.

Every example is a real news sentence, run through the whole pipeline by `claimcheck rules test`.
"""

from __future__ import annotations

from claimcheck.model import Example, Rule

ANONYMOUS = "attribution.anonymous-source"
VAGUE = "attribution.vague-source"
PASSIVE = "attribution.passive"
UNATTRIBUTED = "attribution.unattributed-claim"
LOADED = "attribution.loaded-verb"
SINGLE = "attribution.single-source"


def _ar(text: str) -> Example:
    return Example(text=text, lang="ar")


def _en(text: str) -> Example:
    return Example(text=text, lang="en")


KREMLIN_STATEMENT_AR = "وقال الكرملين في بيان إن بوتين وترامب اتفقا على تكثيف الحوار."
KREMLIN_STATEMENT_EN = ("The Kremlin said in a statement that Putin and Trump agreed to step up "
                        "dialogue.")

RULES: list[Rule] = [
    Rule(
        id=ANONYMOUS,
        description="An unnamed official, source, diplomat or witness stands behind the claim "
                    "(\"a senior official\", \"مصادر مطلعة\"); the finding says whether the text "
                    "gives the reason for anonymity. A definite later mention (\"وأضاف المصدر\", "
                    "\"the official added\") is the same source: one finding, one reason.",
        severity="warning",
        flag=[
            _ar("وقال مسؤول كبير بإدارة ترامب إن الاتصال الهاتفي جاء بناء على طلب من بوتين."),
            _ar("وقال مصدر مطلع إن بوتين وترامب اتفقا على تكثيف الحوار."),
            _ar("وقال مسؤول أمني عراقي طلب عدم الكشف عن اسمه لأنه غير مخول بالحديث لوسائل الإعلام "
                "إن الهجوم استهدف نقطة تفتيش."),
            _en("A senior Trump administration official said the call was made at Putin's "
                "request."),
            _en("A source familiar with the matter said Putin and Trump agreed to step up "
                "dialogue."),
            _en("Two Western diplomats, who asked not to be named because they were not "
                "authorized to speak publicly, said the talks had stalled."),
        ],
        pass_=[
            _ar("وقال المتحدث باسم الكرملين ديمتري بيسكوف إن بوتين وترامب اتفقا على تكثيف "
                "الحوار."),
            _ar(KREMLIN_STATEMENT_AR),
            _en("Kremlin spokesman Dmitry Peskov said Putin and Trump agreed to step up "
                "dialogue."),
            _en(KREMLIN_STATEMENT_EN),
        ],
    ),
    Rule(
        id=VAGUE,
        description="A metonym (Moscow, the Kremlin) with no spokesperson or statement named in "
                    "the article, or a collective (experts, observers, مراقبون) hides who spoke.",
        severity="info",
        flag=[
            _ar("وقالت موسكو إن المعارضة السورية هي المسؤولة عن استخدام غاز الأعصاب."),
            _ar("ويقول مراقبون إن الاتفاق لن يصمد طويلا."),
            _en("Moscow said the Syrian opposition was responsible for the use of nerve gas."),
            _en("Experts say the ceasefire is unlikely to hold."),
        ],
        pass_=[
            _ar(KREMLIN_STATEMENT_AR),
            _ar("وقالت وزارة الخارجية الأميركية إن المبعوث سيحضر محادثات آستانة بصفة مراقب."),
            _en(KREMLIN_STATEMENT_EN),
            _en("Fawaz Gerges, a professor of Middle East politics at the London School of "
                "Economics, said the ceasefire was unlikely to hold."),
        ],
    ),
    Rule(
        id=PASSIVE,
        description="Agentless reporting (قيل إن، أفيد بأن، \"it is said\", \"reportedly\"): "
                    "the text does not say who said it.",
        severity="warning",
        flag=[
            _ar("وقيل إن بوتين وترامب اتفقا على تكثيف الحوار."),
            _ar("وأفيد بأن القوات الحكومية سيطرت على البلدة بعد معارك عنيفة."),
            _en("It is said that Putin and Trump agreed to step up dialogue."),
            _en("The rebels reportedly withdrew from the town overnight."),
        ],
        pass_=[
            _ar(KREMLIN_STATEMENT_AR),
            _en(KREMLIN_STATEMENT_EN),
            _en("Government forces took the town after heavy fighting, the army said in a "
                "statement."),
        ],
    ),
    Rule(
        id=UNATTRIBUTED,
        description="A checkable statement in the outlet's own voice (a toll, a statistic, an "
                    "accusation, a superlative, a causal claim) with no source.",
        severity="warning",
        flag=[
            _ar("وقتل 35 مدنيا على الأقل في الغارات الجوية على ريف إدلب يوم الثلاثاء."),
            _en("At least 35 civilians were killed in air strikes on Idlib province on "
                "Tuesday."),
        ],
        pass_=[
            _ar("وقال المرصد السوري لحقوق الإنسان إن 35 مدنيا على الأقل قتلوا في الغارات الجوية "
                "على ريف إدلب."),
            _ar("وتحدث الزعيمان هاتفيا يوم الثلاثاء."),
            _en("At least 35 civilians were killed in air strikes on Idlib province on Tuesday, "
                "the Syrian Observatory for Human Rights said."),
            _en("The two leaders spoke by telephone on Tuesday."),
        ],
    ),
    Rule(
        id=LOADED,
        description="A reporting verb that judges the claim for the reader (زعم، ادعى، اعترف; "
                    "claimed, admitted, insisted); a neutral verb lets the reader judge.",
        severity="info",
        flag=[
            _ar("وزعم المتحدث باسم الجيش أن القوات لم تستهدف المدنيين."),
            _ar("واعترف وزير الدفاع بأن الغارة أصابت مستشفى."),
            _en("The army spokesman claimed that troops had not targeted civilians."),
            _en("The defence minister admitted that the strike hit a hospital."),
        ],
        pass_=[
            _ar("وقال المتحدث باسم الجيش إن القوات لم تستهدف المدنيين."),
            _ar("واعترفت الولايات المتحدة بالحكومة الجديدة يوم الثلاثاء."),
            _en("The army spokesman said troops had not targeted civilians."),
            _en("The group claimed responsibility for the attack on Tuesday."),
        ],
    ),
    Rule(
        id=SINGLE,
        description="A contested or consequential claim (an accusation, a toll) rests on one "
                    "source only and the article quotes no other side (a warning for an "
                    "accusation, a note for a toll or count from the one body that keeps it), or "
                    "on a source the house rules say needs a second one (an anonymous source, by "
                    "default).",
        severity="warning",
        flag=[
            _ar("وقالت وزارة الدفاع الروسية في بيان إن المعارضة السورية هي المسؤولة عن الهجوم "
                "بغاز الأعصاب الذي قتل 80 شخصا."),
            _en("The Russian defence ministry said in a statement that Syrian rebels were "
                "responsible for the nerve gas attack that killed 80 people."),
        ],
        pass_=[
            _ar("وقالت وزارة الدفاع الروسية في بيان إن المعارضة السورية هي المسؤولة عن الهجوم "
                "بغاز الأعصاب الذي قتل 80 شخصا.\nونفى المتحدث باسم الائتلاف الوطني السوري أحمد "
                "رمضان أي مسؤولية للمعارضة عن الهجوم."),
            _en("The Russian defence ministry said in a statement that Syrian rebels were "
                "responsible for the nerve gas attack that killed 80 people.\nSyrian opposition "
                "spokesman Ahmad Ramadan denied that the rebels had any role in the attack."),
        ],
    ),
]


def rules() -> list[Rule]:
    return list(RULES)
