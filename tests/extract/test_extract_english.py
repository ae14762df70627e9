"""The English extractor on realistic wire sentences: each pattern, and what must not be a claim."""

from __future__ import annotations

import pytest

from tests.extract.helpers import attributed, claims_of, source_text


def one(text: str):
    found = attributed(text, "en")
    assert len(found) == 1, [(c.kind, c.content.text) for c in found]
    return found[0]


def test_said_that_with_time_complement():
    claim = one("Jordanian Foreign Minister Samer al-Hadidi said on Tuesday that the kingdom "
                "would keep supporting the ceasefire.")
    assert source_text(claim) == "Jordanian Foreign Minister Samer al-Hadidi"
    assert claim.source.type == "person" and claim.cue.lemma == "say"
    assert claim.content.text == "the kingdom would keep supporting the ceasefire"


@pytest.mark.parametrize("text, source, stance", [
    ("The army denied that its troops had entered the border town.", "The army", "denial"),
    ("Opposition leader Daniel Mbeki claimed the vote had been rigged.",
     "Opposition leader Daniel Mbeki", "doubtful"),
    ("The World Health Organization warned that cholera cases could exceed 300,000.",
     "The World Health Organization", "assertive"),
    ("Brazil's finance ministry has said it expects the economy to grow 2.5 percent.",
     "Brazil's finance ministry", "neutral"),
])
def test_verbs_and_stances(text, source, stance):
    claim = one(text)
    assert source_text(claim) == source and claim.cue.stance == stance


def test_told_with_an_object():
    claim = one("Two diplomats familiar with the talks told Reuters that a draft could be ready.")
    assert source_text(claim) == "Two diplomats familiar with the talks"
    assert claim.source.type == "anonymous"
    claim = one("A senior U.S. official told reporters the call had been requested by Moscow.")
    assert claim.content.text == "the call had been requested by Moscow"


@pytest.mark.parametrize("text, source", [
    ("“We will respond firmly to any attack,” said Defence Minister Reza Karimi.",
     "Defence Minister Reza Karimi"),
    ("“There is no military solution,” U.N. Secretary-General Martin Hale told the Security "
     "Council.", "U.N. Secretary-General Martin Hale"),
    ("“This is the worst drought in sixty years,” says farmer Ahmed Benali, standing in his field.",
     "farmer Ahmed Benali"),
    ("“The pressure will continue,” said the chief economist at an Istanbul investment bank.",
     "the chief economist at an Istanbul investment bank"),
])
def test_speaker_after_the_quotation(text, source):
    claim = one(text)
    assert claim.kind == "direct" and source_text(claim) == source
    assert claim.source.type == "person"


def test_multi_sentence_quotation_and_statement():
    claim = one("“The aim is to create the conditions for a settlement. That means the ministers "
                "will report to the leaders,” the Kremlin said in its statement.")
    assert claim.kind == "direct" and claim.meta["via"] == "statement"
    assert claim.content.text.startswith("The aim") and claim.content.text.endswith("leaders")
    assert claim.source.meta["metonym"] is True


def test_trailing_attribution_without_quotes():
    claim = one("The price of gold rose 1.2 percent to $1,290 an ounce, traders said.")
    assert source_text(claim) == "traders" and claim.source.type == "anonymous"
    assert claim.content.text == "The price of gold rose 1.2 percent to $1,290 an ounce"


@pytest.mark.parametrize("text, source", [
    ("Lebanese Finance Minister Nabil Haddad, who spoke after a cabinet meeting, said the budget "
     "would be sent to parliament.", "Lebanese Finance Minister Nabil Haddad"),
    ("Mosul's mayor, Zuhair al-Jubouri, said teams had recovered 40 bodies.", "Zuhair al-Jubouri"),
    ("Farid Osman, a lawyer for the defendants, told the court his clients had been held for "
     "months.", "Farid Osman"),
    ("An Iraqi security official, speaking on condition of anonymity, revealed that the attack was "
     "carried out by two bombers.", "An Iraqi security official"),
])
def test_who_clauses_and_appositions(text, source):
    assert source_text(one(text)) == source


def test_pronouns_resolve_to_the_last_speaker():
    found = attributed("Kremlin spokesman Dmitry Peskov said the conversation had been "
                       "\"businesslike\". He added that no date had been set. “We will see,” he "
                       "said.", "en")
    first, added, said = found
    assert first.kind == "mixed"
    for claim in (added, said):
        assert claim.source.span == first.source.span  # the original mention
        assert claim.source.meta["resolved_pronoun"] == "he"
    assert added.source.meta["carried_from"] == first.id
    assert said.source.meta["carried_from"] == added.id  # the claim it was carried from
    assert said.kind == "direct"


def test_coordinated_verbs_split_the_content():
    found = attributed("A senior State Department official said the meeting took place at Iran's "
                       "request and described the talks as frank and useful.", "en")
    assert [c.content.text for c in found] == ["the meeting took place at Iran's request",
                                               "frank and useful"]
    assert found[1].source.meta["carried_from"] == found[0].id


def test_nested_claim():
    outer, inner = attributed("The Elysee said the two presidents agreed that “the solution in "
                              "Libya can only be political”.", "en")
    assert outer.kind == "mixed" and inner.kind == "direct"
    assert source_text(inner) == "the two presidents" and inner.parent == outer.id


@pytest.mark.parametrize("text, source, content", [
    ("At least 25 people were killed in Baghdad, according to security and medical sources.",
     "security and medical sources", "At least 25 people were killed in Baghdad"),
    ("According to official figures, annual inflation in Egypt eased to 29.8 percent in May.",
     "official figures", "annual inflation in Egypt eased to 29.8 percent in May"),
])
def test_according_to(text, source, content):
    claim = one(text)
    assert claim.kind == "according_to"
    assert source_text(claim) == source and claim.content.text == content


def test_documents_as_sources():
    claim = one("A World Bank report published on Tuesday said youth unemployment was the "
                "highest in the world.")
    assert source_text(claim) == "A World Bank report" and claim.source.type == "document"
    assert claim.source.meta["issuer"] == "the World Bank"
    claim = one("A statement issued by the Gulf Cooperation Council said the summit would be held "
                "in Kuwait.")
    assert claim.source.type == "document"
    assert claim.source.meta["issuer"] == "the Gulf Cooperation Council"


@pytest.mark.parametrize("text, cue, content", [
    ("It was reported that the former president had left the country.", "It was reported",
     "the former president had left the country"),
    ("The government is said to be considering a rise in fuel prices.", "is said",
     "to be considering a rise in fuel prices"),
])
def test_agentless(text, cue, content):
    claim = one(text)
    assert claim.cue.span.text == cue and claim.content.text == content
    assert claim.source.span is None and claim.source.meta == {"agentless": True}


@pytest.mark.parametrize("text", [
    "The referee announced the end of the match after seven minutes of stoppage time.",
    "The two presidents met for two hours. Their talks covered trade, energy and migration.",
    "A World Bank report on youth unemployment will be published next week.",
    "Secretary of State Thomas Riley arrived in Seoul on Monday.",
])
def test_narration_yields_no_attributed_claim(text):
    assert attributed(text, "en") == []


def test_unattributed_sentence_with_checkable_content():
    claims = claims_of("Oil prices rose on Tuesday after Saudi Arabia cut its exports to Asia.",
                       "en")
    assert [c.kind for c in claims] == ["unattributed"]
    assert claims[0].source.type == "self" and claims[0].source.span is None


WIRE = """Trump and Putin discuss ceasefire, safe zones in Syria
Statements from the White House and the Kremlin said the two leaders had a constructive conversation.
A senior Trump administration official said the call came at Putin's request and described it as an effort to put forward his ideas on Syria.
Moscow said Syrian rebels were responsible for the use of nerve gas.
"The conversation was a very good one," the White House said in a statement.
The State Department said Stuart Jones, acting assistant secretary for Near Eastern affairs, would attend the talks as an observer.
"The aim is to create the conditions for a settlement. That means the ministers will report to the leaders," the Kremlin said in its statement.
According to the Kremlin, the leaders also discussed a first face-to-face meeting in Hamburg on July 7-8.
"""  # noqa: E501


def test_english_rendering_of_the_seed_wire_story():
    found = attributed(WIRE, "en")
    sources = [(source_text(c), c.source.type, c.kind) for c in found]
    assert sources == [
        ("Statements from the White House and the Kremlin", "document", "indirect"),
        ("A senior Trump administration official", "anonymous", "indirect"),
        ("A senior Trump administration official", "anonymous", "indirect"),
        ("Moscow", "government", "indirect"),
        ("the White House", "government", "direct"),
        ("The State Department", "government", "indirect"),
        ("the Kremlin", "government", "direct"),
        ("the Kremlin", "government", "according_to"),
    ]
    assert found[0].source.meta["issuer"] == "the White House and the Kremlin"
    assert found[2].source.meta["carried_from"] == found[1].id
    assert found[4].meta["via"] == "statement" and found[3].source.meta["metonym"] is True
    assert found[6].content.text.endswith("report to the leaders")


def test_trailing_it_said_takes_its_clause_subject():
    claim = one("The International Monetary Fund expects Iraq's economy to grow 3 percent this "
                "year, it said in a report on Thursday.")
    assert source_text(claim) == "The International Monetary Fund"
    assert claim.source.meta["resolved_pronoun"] == "it" and claim.meta["via"] == "statement"


def test_long_who_clause_and_headline_speaker():
    found = attributed("The minister said the talks would resume. Officials at the finance "
                       "ministry, who asked not to be named because they were not authorised to "
                       "speak to the media, said salaries would be paid next week.", "en")
    assert source_text(found[1]) == "Officials at the finance ministry"
    claim = one("Prime Minister: “The budget will not touch salaries”")
    assert claim.cue is None and source_text(claim) == "Prime Minister"


def test_participle_takes_the_sentence_subject():
    claim = one("Labour leader James Porter attacked the budget, saying: “This budget punishes "
                "the poor.”")
    assert source_text(claim) == "Labour leader James Porter" and claim.kind == "direct"
