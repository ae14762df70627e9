"""English attribution inside relative clauses and the wire shapes around them: who speaks in
"a move which analysts said could ...", "The minister, who said last week that ..., met ...",
"..., which the ministry said was ...", where such content ends, which relative clauses report
nothing, and the passives, questions and resumed quotations of wire copy."""

from __future__ import annotations

import pytest

from tests.extract.helpers import attributed, claims_of, source_text


def triples(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(source_text(c), c.cue.span.text if c.cue else None, c.content.text)
            for c in attributed(text, "en")]


# -- the clause's own subject speaks ----------------------------------------------------------

@pytest.mark.parametrize("text, source, cue, content", [
    ("The central bank held rates steady on Thursday, a move which analysts said could push "
     "the lira lower.",
     "analysts", "said", "could push the lira lower"),
    ("The decision followed a surge in infections, which the ministry said was the largest "
     "since March.",
     "the ministry", "said", "was the largest since March"),
    ("The airline cancelled 300 flights, a decision that union leaders said would cost members "
     "a week's pay.",
     "union leaders", "said", "would cost members a week's pay"),
    # set off after the sentence's subject: the content ends at the clause's closing comma
    ("The ceasefire, which both sides said would take effect at midnight, was broken within "
     "hours.",
     "both sides", "said", "would take effect at midnight"),
    ("The new rules, which the regulator said would protect savers, come into force in January.",
     "the regulator", "said", "would protect savers"),
    ("The deal, which officials said was worth $3 billion, was signed in Riyadh on Monday.",
     "officials", "said", "was worth $3 billion"),
    # after a subordinator the antecedent opens a clause too
    ("Oil prices rose after OPEC, which said demand would stay strong, kept output unchanged.",
     "OPEC", "said", "demand would stay strong"),
])
def test_relative_clause_subject_speaks(text, source, cue, content):
    assert triples(text) == [(source, cue, content)]


# -- the antecedent speaks ---------------------------------------------------------------------

@pytest.mark.parametrize("text, source, cue, content", [
    ("Opposition leader Maria Lopez, who said on Sunday that the vote had been rigged, called "
     "for fresh elections.",
     "Opposition leader Maria Lopez", "said", "the vote had been rigged"),
    ("The ministry, which said in a statement that the strikes had hit only military targets, "
     "gave no casualty figures.",
     "The ministry", "said", "the strikes had hit only military targets"),
    ("The company, which says it employs 3,000 people in the region, has not commented.",
     "The company", "says", "it employs 3,000 people in the region"),
    ("Police detained Omar Haddad, who said he had been framed by business rivals.",
     "Omar Haddad", "said", "he had been framed by business rivals"),
    ("The mayor met the protesters, who said they had not been paid for four months.",
     "the protesters", "said", "they had not been paid for four months"),
    ("The report was published by the IMF, which said growth would slow to 2.4 percent.",
     "the IMF", "said", "growth would slow to 2.4 percent"),
    ("Smith, who told reporters the project was on schedule, left the meeting early.",
     "Smith", "told", "the project was on schedule"),
    ("The head of the union, who has said the strike will go on, met ministers on Friday.",
     "The head of the union", "said", "the strike will go on"),
])
def test_relative_clause_antecedent_speaks(text, source, cue, content):
    assert triples(text) == [(source, cue, content)]


def test_relative_claim_does_not_carry_the_previous_speaker():
    # before: the who-clause's cue took the last speaker of the article (the analysts)
    text = ("The lira fell 2 percent, analysts said.\n\n"
            "The minister, who said last week that talks with the unions had stalled, met their "
            "leaders again on Monday.")
    assert triples(text)[1] == ("The minister", "said", "talks with the unions had stalled")
    assert "carried_from" not in attributed(text, "en")[1].source.meta


def test_pronoun_inside_a_relative_clause_is_the_sentence_subject():
    text = ("The dollar rose, traders said.\n\n"
            "The fund lowered its forecast for China, which it said faced a prolonged property "
            "slump.")
    claim = attributed(text, "en")[-1]
    assert (source_text(claim), claim.content.text) == (
        "The fund", "faced a prolonged property slump")
    assert claim.source.meta["resolved_pronoun"] == "it"


def test_main_claim_keeps_the_relative_clause_nested_in_it():
    text = "The protest, which organisers said drew 50,000 people, ended peacefully, police said."
    found = triples(text)
    assert ("police", "said",
            "The protest, which organisers said drew 50,000 people, ended peacefully") in found
    assert ("organisers", "said", "drew 50,000 people") in found


def test_who_clause_and_main_verb_are_two_claims():
    text = ("The minister, who said last week that the talks had stalled, said on Monday that "
            "they had resumed.")
    assert triples(text) == [("The minister", "said", "the talks had stalled"),
                             ("The minister", "said", "they had resumed")]


# -- relative clauses that report nothing ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The company, which said nothing about its plans, saw its shares fall 4 percent.",
    "The spokesman, who said little more about the talks, left the room.",
    "The government, which came to power in 2021, has promised to cut inflation to 5 percent.",
    "The strike, which began on Monday, has shut most ports along the coast.",
    "The company, which declined to comment, is due to report results next week.",
    "The vaccine, which was developed in Germany, has been approved in 40 countries.",
    # a restrictive clause whose end no rule can find: no claim rather than a carried speaker
    "Officials who said they had seen the letter described it as a threat.",
    "New measures were announced that will cut energy bills by 10 percent.",
    "The winner was announced to loud cheers in the hall.",
    "Lawmakers asked whether the government had consulted the regional assemblies.",
    # reporting verbs in another sense inside the clause
    "The officer, who told him to leave the area, was suspended on Friday.",
    "The activist, who fears for his life, has left the country.",
    "The IMF, which warned last month, has cut its forecast again.",
    "The man, who believes in a free press, founded the newspaper in 1990.",
    "Police told residents to stay indoors.",
])
def test_relative_clauses_without_attribution(text):
    assert attributed(text, "en") == []


def test_said_nothing_with_a_clause_is_a_claim():
    assert triples("The minister said nothing had changed since the elections.") == [
        ("The minister", "said", "nothing had changed since the elections")]


def test_previous_speaker_is_not_given_to_an_unparsed_clause():
    text = ("The lira fell 2 percent, analysts said.\n\n"
            "Officials who said they had seen the letter described it as a threat.")
    assert triples(text) == [("analysts", "said", "The lira fell 2 percent")]


# -- wire shapes around them -------------------------------------------------------------------

@pytest.mark.parametrize("text, source, cue, content", [
    ("A senior army officer, who declined to be named, said troops had pulled back from two "
     "villages.",
     "A senior army officer", "said", "troops had pulled back from two villages"),
    ("The company said in a statement on Monday that it would cut 1,200 jobs.",
     "The company", "said", "it would cut 1,200 jobs"),
    ("The past 12 months were the hottest on record, the agency said in a report released on "
     "Thursday.",
     "the agency", "said", "The past 12 months were the hottest on record"),
    ("The ministry said in a post on X, formerly Twitter, that two soldiers had been killed.",
     "The ministry", "said", "two soldiers had been killed"),
    ("Finance Minister Lars Berg told reporters on Wednesday that the deficit would narrow.",
     "Finance Minister Lars Berg", "told", "the deficit would narrow"),
    ("Interior Minister Omar Khalil said on Twitter that 14 suspects had been arrested.",
     "Interior Minister Omar Khalil", "said", "14 suspects had been arrested"),
    ("The port will reopen next week, according to a statement from the transport ministry.",
     "a statement from the transport ministry", "according to", "The port will reopen next week"),
    ("Twelve people were killed, according to local officials who spoke on condition of "
     "anonymity.",
     "local officials", "according to", "Twelve people were killed"),
    ("The bank is preparing to sell its insurance unit, people familiar with the matter said.",
     "people familiar with the matter", "said", "The bank is preparing to sell its insurance unit"),
    ("Army chief General Omar Said told reporters the offensive was over.",
     "Army chief General Omar Said", "told", "the offensive was over"),
])
def test_wire_attribution_shapes(text, source, cue, content):
    assert triples(text) == [(source, cue, content)]


@pytest.mark.parametrize("text, cue, content", [
    ("It was announced on Friday that the summit would be postponed until the spring.",
     "It was announced", "the summit would be postponed until the spring"),
    ("It was confirmed on Tuesday that three soldiers had been killed in the ambush.",
     "It was confirmed", "three soldiers had been killed in the ambush"),
    ("It is understood the two sides are close to an agreement on grain exports.",
     "It is understood", "the two sides are close to an agreement on grain exports"),
])
def test_agentless_announcements(text, cue, content):
    found = attributed(text, "en")
    assert [(c.cue.span.text, c.content.text) for c in found] == [(cue, content)]
    assert found[0].source.span is None and found[0].source.meta.get("agentless")


def test_quoted_by_an_outlet_as_saying():
    text = ("Saudi Energy Minister Khalid al-Rasheed was quoted by state news agency SPA as "
            "saying the kingdom was committed to market stability.")
    claim, = attributed(text, "en")
    assert (source_text(claim), claim.cue.span.text, claim.content.text) == (
        "Saudi Energy Minister Khalid al-Rasheed", "was quoted",
        "the kingdom was committed to market stability")
    assert claim.source.meta["via_outlet"] == "state news agency SPA"
    assert triples("The president was quoted as saying that the country would never give up "
                   "its claim to the islands.") == [
        ("The president", "was quoted",
         "the country would never give up its claim to the islands")]


def test_told_by_names_the_agent():
    assert triples("The BBC has been told by several residents of the town that militants went "
                   "house to house.") == [
        ("several residents of the town", "has been told", "militants went house to house")]
    assert triples("He was told by doctors to rest for two weeks.") == []


def test_the_one_asked_answers_the_pronoun():
    text = ("Reporters asked Finance Minister Laura Beckett whether the government would raise "
            "taxes. She declined to rule it out, but said any increase would be small.")
    claims = claims_of(text, "en")
    assert [(c.kind, source_text(c), c.content.text) for c in claims] == [
        ("indirect", "Finance Minister Laura Beckett", "any increase would be small")]
    assert claims[0].source.meta["resolved_pronoun"] == "she"


def test_a_question_after_the_speaker_changes_the_pronoun():
    text = ("The lira fell 2 percent, analysts said.\n\n"
            "Journalists asked the army spokesman about the strikes. He said they had targeted "
            "weapons depots.")
    assert triples(text)[-1] == ("the army spokesman", "said", "they had targeted weapons depots")


def test_interrupted_quotation_goes_on_after_its_cue():
    text = "“We are ready to talk,” the foreign minister said, “but not under threat.”"
    found = attributed(text, "en")
    assert [(c.kind, source_text(c), c.content.text) for c in found] == [
        ("direct", "the foreign minister", "We are ready to talk"),
        ("direct", "the foreign minister", "but not under threat")]
    assert found[1].source.meta["carried_from"] == found[0].id


@pytest.mark.parametrize("text, source, type_", [
    ("Ukrainian forces have pulled back, according to the monitoring group DeepState.",
     "the monitoring group DeepState", "organization"),
    ("According to preliminary results published by the electoral commission, the ruling party "
     "won 44 percent.", "preliminary results", "document"),
    ("Union leader Frank Meyer said the strike would go ahead.", "Union leader Frank Meyer",
     "person"),
])
def test_source_types(text, source, type_):
    found = attributed(text, "en")
    assert [(source_text(c), c.source.type) for c in found] == [(source, type_)]


def test_medium_participle_is_no_cue_and_a_glued_stop_ends_the_sentence():
    # "X." is read as an initial, so the analyser keeps both quotations in one sentence
    text = ("“We will continue to act against any threat,” military spokesman Avi Levin said in "
            "a video posted on X. “Hezbollah bears full responsibility.”")
    found = attributed(text, "en")
    assert [(source_text(c), c.cue.span.text if c.cue else None, c.content.text)
            for c in found] == [
        ("military spokesman Avi Levin", "said", "We will continue to act against any threat"),
        ("military spokesman Avi Levin", None, "Hezbollah bears full responsibility")]


def test_who_after_a_trailing_speaker_and_apposition_goes_on_with_that_speaker():
    text = ("“The economy has contracted in three of the last four months,” said Liz McKeown, the "
            "ONS's director of economic statistics, who added that construction had been weak.")
    found = attributed(text, "en")
    assert [(source_text(c), c.cue.span.text, c.content.text) for c in found] == [
        ("Liz McKeown", "said", "The economy has contracted in three of the last four months"),
        ("Liz McKeown", "added", "construction had been weak")]
    assert found[1].source.meta["carried_from"] == found[0].id


def test_told_a_named_outlet_then_the_content():
    assert triples("Opposition leader Kemi Badenoch, who has called for spending cuts, told the "
                   "BBC the numbers were a disaster.") == [
        ("Opposition leader Kemi Badenoch", "told", "the numbers were a disaster")]


@pytest.mark.parametrize("text", [
    "Trump, who has called tariffs “the most beautiful word,” said on Monday that a loss would be "
    "a disaster.",
    "Trump, who has called tariffs \"the most beautiful word\", said on Monday that a loss would "
    "be a disaster.",
])
def test_who_clause_holding_a_quotation_keeps_its_subject(text):
    text = "The ruling was welcomed, court watchers said.\n\n" + text
    assert triples(text)[-1] == ("Trump", "said", "a loss would be a disaster")


@pytest.mark.parametrize("text, source, cue, content", [
    # a place after "in" is no speaker, the people before it are
    ("The minister met officials in Cairo, who said the crossing would open on Saturday.",
     "officials", "said", "the crossing would open on Saturday"),
    # the subject "The talks in Geneva" carries the clause: its content ends at the comma
    ("The talks in Geneva, which diplomats said were the most productive in months, ended on "
     "Friday.",
     "diplomats", "said", "were the most productive in months"),
    ("Investors sold shares in the company, which warned of lower sales in China.",
     "the company", "warned", "lower sales in China"),
])
def test_relative_clause_after_a_prepositional_phrase(text, source, cue, content):
    assert triples(text) == [(source, cue, content)]


def test_relative_clause_about_a_place_names_no_speaker():
    text = ("The lira fell 2 percent, analysts said.\n\n"
            "Talks resumed in Geneva, which said it would host the next round.")
    assert triples(text) == [("analysts", "said", "The lira fell 2 percent")]


def test_the_company_added_is_the_company_named_before():
    text = ("Volkswagen said on Tuesday that it would cut 35,000 jobs in Germany by 2030. The "
            "company added that no plants would be closed.")
    first, second = attributed(text, "en")
    assert (source_text(second), second.source.type) == ("Volkswagen", "organization")
    assert second.source.meta["resolved_description"] == "The company"
    assert second.source.meta["carried_from"] == first.id
    assert first.source.type == "organization"


@pytest.mark.parametrize("text, source", [
    # a body's noun in the speaker's name: the same body
    ("The Defence Ministry said 40 drones had been shot down. The ministry said debris had "
     "damaged two houses.", "The Defence Ministry"),
    # another body, or a person before "The company": the description stays as written
    ("The Kremlin said the talks had been useful. The ministry said the next round would be in "
     "Istanbul.", "The ministry"),
    ("Omar Haddad said the talks had failed. The company added that it would appeal.",
     "The company"),
])
def test_a_description_resolves_only_to_its_own_body(text, source):
    assert source_text(attributed(text, "en")[-1]) == source


def test_quotation_left_open_before_its_attributed_paragraph_is_the_same_speakers():
    text = ("Farm unions rejected the proposal on Monday.\n\n"
            "\"We will not accept any deal that leaves our farmers behind.\n\n"
            "\"Our farmers come first,\" the official said.")
    found = attributed(text, "en")
    assert [(c.kind, source_text(c), c.content.text) for c in found] == [
        ("direct", "the official", "We will not accept any deal that leaves our farmers behind"),
        ("direct", "the official", "Our farmers come first")]
    # a paragraph that closes its own quotation is not taken over
    text = ("\"We will not accept it,\" a farmer said.\n\n"
            "\"Our farmers come first,\" the official said.")
    assert [source_text(c) for c in attributed(text, "en")] == ["a farmer", "the official"]


def test_a_time_after_last_is_part_of_the_complement():
    assert triples("The IMF warned last week that growth would slow to 2.8 percent.") == [
        ("The IMF", "warned", "growth would slow to 2.8 percent")]


def test_he_or_she_never_stands_for_a_body():
    text = ("Economy Minister Carlos Ruiz said the budget would be balanced. The IMF warned last "
            "week that growth would slow. He told Reuters the deal was close.")
    assert triples(text)[-1] == ("Economy Minister Carlos Ruiz", "told", "the deal was close")
    assert triples("The IMF warned last week that growth would slow. She said late on Monday the "
                   "talks had collapsed.") == [
        ("The IMF", "warned", "growth would slow")]


@pytest.mark.parametrize("text, source, cue, content", [
    ("Rights groups, which say thousands have been detained since the coup, called for an "
     "inquiry.",
     "Rights groups", "say", "thousands have been detained since the coup"),
    # "which" is the company, not the shares; "who" would be the head of an "of" phrase
    ("Shares of Nvidia, which said on Wednesday that revenue would beat forecasts, rose 6 "
     "percent.",
     "Nvidia", "said", "revenue would beat forecasts"),
    ("The ministry of health, which said on Sunday that 32 people had died, raised the toll.",
     "The ministry of health", "said", "32 people had died"),
    # the clause's second verb
    ("The junta, which seized power in 2021 and says it will hold elections next year, has "
     "banned the main opposition party.",
     "The junta", "says", "it will hold elections next year"),
])
def test_relative_clause_subject_shapes(text, source, cue, content):
    assert triples(text) == [(source, cue, content)]


def test_relative_clause_nested_in_a_claim_resolves_its_pronoun():
    text = "Witnesses said the gunmen, who they said wore army uniforms, opened fire on the crowd."
    assert triples(text) == [
        ("Witnesses", "said", "the gunmen, who they said wore army uniforms, opened fire on the "
         "crowd"),
        ("Witnesses", "said", "wore army uniforms")]


@pytest.mark.parametrize("text, source, cue, content", [
    # a clause without "that" after a verb that otherwise needs it: a finite verb follows
    ("Figures from the statistics office showed unemployment rose to 6.1 percent in March.",
     "Figures from the statistics office", "showed", "unemployment rose to 6.1 percent in March"),
    ("Court documents filed in Delaware show the company owes creditors $1.2 billion.",
     "Court documents", "show", "the company owes creditors $1.2 billion"),
    ("The ministry announced the army had taken control of the town.",
     "The ministry", "announced", "the army had taken control of the town"),
    # "at least" opens the content, it is no complement of the cue
    ("A U.N. report released on Monday said at least 1,200 civilians had been killed.",
     "A U.N. report", "said", "at least 1,200 civilians had been killed"),
])
def test_clause_without_that(text, source, cue, content):
    assert triples(text) == [(source, cue, content)]


@pytest.mark.parametrize("text", [
    # noun objects with a participle after them: no clause
    "The minister announced new measures aimed at farmers hit by the drought.",
    "The ministry confirmed the names of the soldiers killed in the attack.",
    "The army revealed details of a plan approved by the cabinet last year.",
    "The president announced the appointment of a general who had led the army in 2019.",
    "A World Bank report on youth unemployment will be published next week.",
])
def test_noun_objects_are_no_clause(text):
    assert attributed(text, "en") == []


def test_according_to_a_named_person_skips_the_apposition():
    assert triples("According to Maria Lopez, a spokeswoman for the agency, 4,000 families have "
                   "been displaced.") == [
        ("Maria Lopez", "According to", "4,000 families have been displaced")]


def test_known_to_opens_no_claim_without_an_infinitive():
    assert triples("The gunman was known to police.") == []
    found = attributed("The suspects are known to have crossed into Turkey.", "en")
    assert [(c.cue.span.text, c.content.text) for c in found] == [
        ("are known", "to have crossed into Turkey")]


@pytest.mark.parametrize("text, source, cue, content", [
    # verbs of manner after a quotation
    ("\"I don't know where my son is,\" sobbed Amina Yusuf, 52.",
     "Amina Yusuf", "sobbed", "I don't know where my son is"),
    ("Asked about the deal, Smith replied: \"It's done.\"", "Smith", "replied", "It's done"),
    # British single quotation marks, closing before or after the comma
    ("'We will rebuild,' the mayor said.", "the mayor", "said", "We will rebuild"),
    ("‘We are ready’, Smith said.", "Smith", "said", "We are ready"),
])
def test_quotation_styles(text, source, cue, content):
    found = attributed(text, "en")
    assert [(source_text(c), c.cue.span.text, c.content.text) for c in found] == [
        (source, cue, content)]
    assert found[0].kind == "direct"


@pytest.mark.parametrize("text", [
    "Protesters shouted slogans against the government outside parliament.",
    "The ministry responded to the letter on Monday.",
    "The crowd joked and sang as the results came in.",
    # a sentence with a verb before its colon is no "Speaker: “...”" headline
    "The minister's message was clear: \"We will not negotiate with terrorists.\"",
])
def test_manner_verbs_and_colons_without_claims(text):
    assert attributed(text, "en") == []


def test_the_sentence_holding_the_attribution_is_no_unattributed_claim():
    claims = claims_of("\"A great day for America!\" Trump posted on Truth Social.", "en")
    assert [(c.kind, source_text(c)) for c in claims] == [("direct", "Trump")]


def test_participle_with_its_preposition_is_no_clause_inside_content():
    text = ("A navy officer involved in the rescue said divers had found several bodies trapped "
            "inside the boat's cabin.")
    assert triples(text) == [("A navy officer involved in the rescue", "said",
                              "divers had found several bodies trapped inside the boat's cabin")]


def test_adverbs_inside_a_who_clause_and_an_apposed_who():
    assert triples("The trader, who has always denied wrongdoing, plans to appeal.") == [
        ("The trader", "denied", "wrongdoing")]
    text = ("\"This sentence sends a clear message,\" said Lisa Osofsky, the SFO's director, who "
            "described the case as one of the most complex they had brought.")
    found = attributed(text, "en")
    assert [source_text(c) for c in found] == ["Lisa Osofsky", "Lisa Osofsky"]
    assert found[1].cue.span.text == "described"


def test_relative_clause_in_a_reported_subject_and_an_acronym_who():
    text = ("The World Health Organization said that a new strain of mpox, which it said spreads "
            "more easily, had been detected in five more countries.")
    assert triples(text)[1] == ("The World Health Organization", "said", "spreads more easily")
    text = "WHO Director-General Tedros Adhanom Ghebreyesus said the agency was concerned."
    assert triples(text) == [("WHO Director-General Tedros Adhanom Ghebreyesus", "said",
                              "the agency was concerned")]


@pytest.mark.parametrize("text, content", [
    ("Hezbollah said in a statement that two of its fighters had been killed but gave no further "
     "details.", "two of its fighters had been killed"),
    ("Tedros said they would not, and urged countries to share vaccines instead.",
     "they would not"),
    # the content's own subject goes on: kept
    ("The ministry said the talks had stalled but resumed on Monday.",
     "the talks had stalled but resumed on Monday"),
])
def test_the_speakers_next_verb_ends_the_content(text, content):
    assert [c.content.text for c in attributed(text, "en")] == [content]


@pytest.mark.parametrize("text, source, cue, content", [
    # a relative clause without commas inside the sentence's subject: its content ends where
    # the main verb comes
    ("The reforms that the government says will save 3 billion euros have sparked protests.",
     "the government", "says", "will save 3 billion euros"),
    ("The man whom police say opened fire on the crowd was arrested on Sunday.",
     "police", "say", "opened fire on the crowd"),
    ("It was the third attack this month that officials said was carried out by the group.",
     "officials", "said", "was carried out by the group"),
    # a restrictive who-clause between the source and its verb
    ("A source who declined to be identified said the deal was off.",
     "A source", "said", "the deal was off"),
    ("Sources who spoke on condition of anonymity said the talks had collapsed.",
     "Sources", "said", "the talks had collapsed"),
])
def test_restrictive_relative_clauses(text, source, cue, content):
    assert triples(text) == [(source, cue, content)]


def test_speaker_asked_a_question_between_commas():
    # before: the clause after "said" was taken for an inverted source
    text = ("Kremlin spokesman Dmitry Peskov, asked by reporters whether the strikes would affect "
            "peace talks, said Moscow remained open to negotiations.")
    assert triples(text) == [("Kremlin spokesman Dmitry Peskov", "said",
                              "Moscow remained open to negotiations")]


@pytest.mark.parametrize("text, content", [
    ("The governor told local radio station WXYZ the roads would stay closed.",
     "the roads would stay closed"),
    ("Smith told The Washington Post in an interview published on Sunday that he would not run "
     "again.", "he would not run again"),
    ("The minister said in an interview with Al Jazeera that the border would reopen next week.",
     "the border would reopen next week"),
])
def test_told_and_said_complements(text, content):
    assert [c.content.text for c in attributed(text, "en")] == [content]


def test_nouns_of_reporting_and_an_object_preposition_before_a_quotation():
    assert attributed("The insurer, which covers about a third of homes in the state, expects "
                      "claims of $3 billion.", "en") == []
    found = attributed("The National Hurricane Center, which tracks storms from Miami, had warned "
                       "of a \"life-threatening\" surge.", "en")
    assert [(source_text(c), c.kind, c.content.text) for c in found] == [
        ("The National Hurricane Center", "mixed", "a \"life-threatening\" surge")]


def test_agentless_passive_inside_a_relative_clause_ends_at_its_comma():
    text = ("The bill, which President William Ruto is expected to sign on Friday, includes a 16 "
            "percent tax on bread.")
    found = attributed(text, "en")
    assert [(c.cue.span.text, c.content.text) for c in found] == [
        ("is expected", "to sign on Friday")]


def test_a_count_after_claim_is_its_object_unless_a_clause_follows():
    assert attributed("The firm, which claims 40 percent of the market, raised prices in June.",
                      "en") == []
    assert attributed("The party claimed 45 seats in the new parliament.", "en") == []
    assert triples("The rebels claimed 12 soldiers had been killed.") == [
        ("The rebels", "claimed", "12 soldiers had been killed")]


def test_court_verbs_report_only_with_that():
    text = ("A federal judge in Boston, who last month blocked the policy, ruled on Friday that "
            "the administration had acted unlawfully.")
    assert triples(text) == [("A federal judge in Boston", "ruled",
                              "the administration had acted unlawfully")]
    assert triples("The officer testified that he had seen the defendant.") == [
        ("The officer", "testified", "he had seen the defendant")]
    for text in ("The court ruled out a retrial.", "Assad ruled Syria for 24 years.",
                 "The witness testified for three hours."):
        assert attributed(text, "en") == []
