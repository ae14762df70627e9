"""English wire copy, second round: where a relative clause set off mid-sentence ends, the
outlet's asides after the content, what "it" may stand for, trailing attributions followed by a
participle, and "told AFP on condition of anonymity"; each with look-alikes that must stay."""

from __future__ import annotations

import pytest

from tests.extract.helpers import attributed, source_text


def triples(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(source_text(c), c.cue.span.text if c.cue else None, c.content.text)
            for c in attributed(text, "en")]


# -- relative clauses set off in the middle of a sentence --------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Talks on disarming Hezbollah, which the group has said it will resist, appear to have "
     "stalled.",
     ("the group", "said", "it will resist")),
    # after an object: the clause ends at a comma the sentence goes on after
    ("Washington is pressing Beirut to disarm Hezbollah, which the group has said it will "
     "resist, and has threatened to cut military aid.",
     ("the group", "said", "it will resist")),
    ("Negotiators met in Doha to discuss a truce, which Hamas says must include a full Israeli "
     "withdrawal, but no deal was reached.",
     ("Hamas", "says", "must include a full Israeli withdrawal")),
    ("Investors dumped the bonds, which analysts said were overvalued, while the currency slid "
     "to a record low.",
     ("analysts", "said", "were overvalued")),
    ("The envoy met leaders of the junta, which has said it will hold elections in 2025, on "
     "Tuesday.",
     ("the junta", "said", "it will hold elections in 2025")),
    # in the subject: commas inside the content are kept when a verb follows the next comma
    ("The sanctions, which Moscow says are illegal, unjust and counterproductive, were extended "
     "on Thursday.",
     ("Moscow", "says", "are illegal, unjust and counterproductive")),
    ("The offensive, which Ukraine says has recaptured 20 villages, including Robotyne, is "
     "losing momentum.",
     ("Ukraine", "says", "has recaptured 20 villages, including Robotyne")),
    ("The talks, which diplomats said were \"constructive, frank and useful,\" will resume in "
     "May.",
     ("diplomats", "said", 'were "constructive, frank and useful,"')),
])
def test_relative_clause_content_ends_at_its_closing_comma(text, expected):
    assert expected in triples(text)
    assert len(triples(text)) == 1


@pytest.mark.parametrize("text, expected", [
    # a list inside the content after an object: no comma the sentence goes on after
    ("The IMF cut its forecast for China, which it said faced a property slump, deflation, and "
     "weak demand.",
     ("The IMF", "said", "faced a property slump, deflation, and weak demand")),
    # a relative clause inside the content stays whole
    ("The minister said the plan, which would cost $2 billion, would be funded by new taxes.",
     ("The minister", "said", "the plan, which would cost $2 billion, would be funded by new "
                              "taxes")),
    ("Officials said the sanctions, which target banks, energy and shipping, would stay in "
     "place.",
     ("Officials", "said", "the sanctions, which target banks, energy and shipping, would stay "
                           "in place")),
])
def test_commas_inside_the_content_do_not_close_it(text, expected):
    assert triples(text) == [expected]


@pytest.mark.parametrize("text, inner", [
    # the outlet's attribution between the commas is no part of the clause's content
    ("The plan, which officials said would cost $2 billion, according to a draft seen by "
     "Reuters, was approved on Monday.",
     ("officials", "said", "would cost $2 billion")),
    ("The reforms, which the IMF says are needed, analysts say, are unpopular.",
     ("the IMF", "says", "are needed")),
    ("The ceasefire, which Hamas said Israel had violated dozens of times, mostly in Rafah, "
     "collapsed in March.",
     ("Hamas", "said", "Israel had violated dozens of times, mostly in Rafah")),
])
def test_subject_clause_keeps_only_its_own_commas(text, inner):
    assert inner in triples(text)


def test_trailing_attribution_after_a_relative_clause_ends_its_content():
    text = ("Lebanon's army will deploy to the south under the plan, which officials said could "
            "take months, diplomats told Reuters.")
    found = triples(text)
    assert ("officials", "said", "could take months") in found
    assert ("diplomats", "told", "Lebanon's army will deploy to the south under the plan, which "
                                 "officials said could take months") in found


# -- the outlet's asides after the content -----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The company said profits would fall sharply, although it did not give a figure.",
     ("The company", "said", "profits would fall sharply")),
    ("The ministry said the strikes hit military targets, though it gave no evidence.",
     ("The ministry", "said", "the strikes hit military targets")),
    ("Police said two people had been arrested, but it was not immediately clear on what "
     "charges.",
     ("Police", "said", "two people had been arrested")),
    ("Officials said the road would reopen on Monday, although it was unclear when repairs "
     "would be finished.",
     ("Officials", "said", "the road would reopen on Monday")),
    ("The minister said he would step down, although he declined to say when.",
     ("The minister", "said", "he would step down")),
])
def test_outlet_aside_after_the_content_is_left_out(text, expected):
    assert triples(text) == [expected]


def test_contrast_with_another_speaker_opens_a_claim_of_its_own():
    text = ("The army said it had repelled the attack, although residents said shelling "
            "continued overnight.")
    assert triples(text) == [("The army", "said", "it had repelled the attack"),
                             ("residents", "said", "shelling continued overnight")]
    text = ("The official said the convoy was hit near Rafah, even as Israel said it had no "
            "troops there.")
    assert ("The official", "said", "the convoy was hit near Rafah") in triples(text)


@pytest.mark.parametrize("text, expected", [
    # the speaker's own concession or reason: no aside, the content keeps it
    ("The ministry said the road would reopen, although it would take months to repair.",
     ("The ministry", "said", "the road would reopen, although it would take months to "
                              "repair")),
    ("The company said profits would fall, although it expected sales to recover next year.",
     ("The company", "said", "profits would fall, although it expected sales to recover next "
                             "year")),
    # whose "despite" it is cannot be told: kept
    ("The minister said prices would rise, despite government subsidies.",
     ("The minister", "said", "prices would rise, despite government subsidies")),
    # after the trailing attribution the adjunct is the outlet's, as before
    ("Prices will rise next year, the bank said, despite efforts to cap energy costs.",
     ("the bank", "said", "Prices will rise next year")),
    ("Inflation will ease by the summer, the central bank said on Thursday, even as food "
     "prices remain high.",
     ("the central bank", "said", "Inflation will ease by the summer")),
])
def test_speaker_own_adjuncts_stay_in_the_content(text, expected):
    assert triples(text) == [expected]


# -- "it" ------------------------------------------------------------------------------------

def test_it_takes_the_last_body_in_the_paragraph():
    text = ("The health ministry said 40 people had been killed. It said most of the dead were "
            "civilians.")
    assert triples(text)[1] == ("The health ministry", "said", "most of the dead were civilians")
    text = ("The UN agency said aid deliveries had been halted. Fighting resumed on Monday. It "
            "said it needed safe access.")
    assert triples(text)[1] == ("The UN agency", "said", "it needed safe access")


@pytest.mark.parametrize("text", [
    # a person is never "it": a full name, or a surname the article gives in full
    "Elon Musk criticised the ruling. Musk said the firm would appeal. It said the ruling was "
    "flawed.",
    "John Smith, the company's chief executive, said sales fell. It said demand would recover.",
    # across a paragraph: not over another speaker, nor over another body named in between
    "The central bank said inflation would ease.\nPrime Minister Keir Starmer said the budget "
    "would be tough.\nIt said rates would fall.",
    "The ministry said the strike killed 12 people.\nThe European Union imposed new sanctions on "
    "Monday.\nIt said the sanctions were unjustified.",
])
def test_it_names_no_person_and_no_body_out_of_reach(text):
    assert all(content != "the ruling was flawed" and not content.startswith(
        ("demand would", "rates would", "the sanctions were")) for _s, _c, content in triples(text))


@pytest.mark.parametrize("text, expected", [
    # a lone name is typed a person by default, but "it" shows it is a body
    ("Hamas said the proposal fell short of its demands. It said it would respond on Friday.",
     ("Hamas", "said", "it would respond on Friday")),
    ("Amazon said it would cut 14,000 jobs. It said the cuts would mostly affect corporate "
     "staff.",
     ("Amazon", "said", "the cuts would mostly affect corporate staff")),
])
def test_it_takes_a_lone_name_the_article_never_gives_in_full(text, expected):
    assert triples(text)[-1] == expected


def test_it_reaches_an_earlier_paragraph_when_nothing_intervenes():
    text = ("The ministry said the strike killed 12 people.\nFighting continued on Monday.\n"
            "It said most of the dead were civilians.")
    assert triples(text)[-1] == ("The ministry", "said", "most of the dead were civilians")


# -- trailing attribution chains and fronted media ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The convoy was hit near Rafah, the official said, adding that three aid workers were "
     "wounded.",
     [("the official", "said", "The convoy was hit near Rafah"),
      ("the official", "adding", "three aid workers were wounded")]),
    ("The attack killed 12 people, the official told AFP on condition of anonymity.",
     [("the official", "told", "The attack killed 12 people")]),
    ("Two officials told Reuters on condition of anonymity the deal was close.",
     [("Two officials", "told", "the deal was close")]),
    ("Twelve people were killed, a security official told AFP, without giving further details.",
     [("a security official", "told", "Twelve people were killed")]),
    ("In a statement, the ministry said the reactor was safe.",
     [("the ministry", "said", "the reactor was safe")]),
    ("In a statement on its Telegram channel, the group said it had targeted an Israeli base.",
     [("the group", "said", "it had targeted an Israeli base")]),
    ("In a speech to parliament on Wednesday, Prime Minister Shehbaz Sharif said the country "
     "faced a grave threat.",
     [("Prime Minister Shehbaz Sharif", "said", "the country faced a grave threat")]),
])
def test_wire_attribution_chains(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text", [
    "The hospital has run out of fuel, its director told AFP by telephone.",
    "The hospital has run out of fuel, its director told AFP from Gaza City.",
    "The hospital has run out of fuel, its director told the AFP news agency.",
])
def test_how_and_where_the_speaker_spoke_is_no_content(text):
    assert triples(text) == [("its director", "told", "The hospital has run out of fuel")]


@pytest.mark.parametrize("text, expected", [
    ("A doctor told AFP from Gaza City that the hospital had run out of fuel.",
     ("A doctor", "told", "the hospital had run out of fuel")),
    ("A doctor told AFP by phone that the hospital had run out of fuel.",
     ("A doctor", "told", "the hospital had run out of fuel")),
    # "from" and a time opens the content: no place, nothing skipped
    ("The minister said from Monday fuel prices would rise by 10 percent.",
     ("The minister", "said", "from Monday fuel prices would rise by 10 percent")),
])
def test_manner_before_the_content_is_skipped(text, expected):
    assert triples(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # the pronoun inside the clause is the sentence's subject, a body named by its head alone
    ("Police arrested three men, who they said were planning an attack.",
     ("Police", "said", "were planning an attack")),
    ("The protesters met the governor, who said the plant would close, and then marched to "
     "parliament.",
     ("the governor", "said", "the plant would close")),
    ("The delegation was received by President Erdogan, who said Turkey would not back down, "
     "on Friday evening.",
     ("President Erdogan", "said", "Turkey would not back down")),
])
def test_clause_after_an_object(text, expected):
    assert triples(text) == [expected]


def test_apposition_before_said_still_names_the_speaker():
    # look-alike of the chain: the commas set off a name, not an attribution
    text = "Mosul's mayor, Zuhair al-Jubouri, said the bridge would reopen."
    assert triples(text) == [("Zuhair al-Jubouri", "said", "the bridge would reopen")]


def test_party_designation_is_no_speaker():
    text = ("Sen. Mitch McConnell, R-Ky., who voted against the nominee, said in a statement "
            "that he was unfit for the job.")
    assert triples(text) == [("Sen. Mitch McConnell", "said", "he was unfit for the job")]
    text = "Rep. Alexandria Ocasio-Cortez, D-N.Y., said the bill would fail."
    assert triples(text) == [("Rep. Alexandria Ocasio-Cortez", "said", "the bill would fail")]
    # an independent's "I" is no pronoun ending the name
    text = "Sen. Bernie Sanders, I-Vt., who chairs the committee, said the bill would fail."
    assert triples(text) == [("Sen. Bernie Sanders", "said", "the bill would fail")]


def test_quotation_closing_the_sentence_before_is_not_the_next_cues():
    text = ('Sen. Mitch McConnell said in a statement that the nominee was "not qualified." The '
            "nominee, who appeared before the committee in January, has said the allegations "
            "are false.")
    assert triples(text)[-1] == ("The nominee", "said", "the allegations are false")
    # the cue closing its sentence still reports the quotation before it
    text = '"A great day for America!" Trump posted on Truth Social.'
    assert triples(text) == [("Trump", "posted", "A great day for America")]


@pytest.mark.parametrize("text, expected", [
    ("The convoy was hit near Rafah, the official said, citing preliminary reports.",
     [("the official", "said", "The convoy was hit near Rafah")]),
    ("The convoy was hit near Rafah, the official said, noting that the area was a combat zone.",
     [("the official", "said", "The convoy was hit near Rafah"),
      ("the official", "noting", "the area was a combat zone")]),
    # the verb reading stays after a body or a pronoun
    ("The agency also reports that consumer prices rose 3 percent in May.",
     [("The agency", "reports", "consumer prices rose 3 percent in May")]),
    ("State media reports that the talks failed.",
     [("State media", "reports", "the talks failed")]),
])
def test_reports_as_a_noun_after_a_modifier(text, expected):
    assert triples(text) == expected


def test_single_quotation_after_a_colon_is_the_direct_content():
    text = ("A Downing Street spokesman said: 'The government's position has not changed.' He "
            "added that talks with the EU would continue.")
    assert triples(text) == [
        ("A Downing Street spokesman", "said", "The government's position has not changed"),
        ("A Downing Street spokesman", "added", "talks with the EU would continue")]
    assert attributed(text, "en")[0].kind == "direct"


@pytest.mark.parametrize("text, expected", [
    # a pronoun after "and" opens the speaker's next clause; "and" is no part of the source
    ("The minister said the economy was weak, and he warned that more job losses were coming.",
     [("The minister", "said", "the economy was weak"),
      ("The minister", "warned", "more job losses were coming")]),
    # the speaker's own act after the content ends it
    ("The report said coal use was at a record high, and it urged governments to act.",
     [("The report", "said", "coal use was at a record high")]),
    # look-alike: a pronoun that is the content's own subject stays in it
    ("The minister said prices had risen, and they were likely to keep rising.",
     [("The minister", "said", "prices had risen, and they were likely to keep rising")]),
])
def test_and_pronoun_after_the_content(text, expected):
    assert triples(text) == expected
