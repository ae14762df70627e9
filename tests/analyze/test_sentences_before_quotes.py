"""A sentence that ends in an abbreviation or an initial and is followed directly by a quotation.

The tokenizer cuts the opening mark off the quoted word ('U.N.' '"' 'We'), so the splitter judges
the word after the mark: a quoted sentence starts a new sentence, a quoted name or word inside the
sentence ('the U.S. "Senate"') does not.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("first, second", [
    ("Aid convoys were halted at a checkpoint run by the U.N.",
     '"We will not leave," the commander said.'),
    ("The company announced the change in a post on X.",
     '"This is unacceptable," she wrote.'),
    ("Negotiators met for a third day in Washington, D.C.",
     '"We are close to a deal," an aide said.'),
    ("The meeting broke up shortly after 4 p.m.",
     '"Nothing was agreed," a diplomat told Reuters.'),
    ("The group has long been backed by Iran and opposed by the U.S.",
     "“We will respond at a time of our choosing,” a spokesman said."),
    ("The funds were routed through a subsidiary of Acme Inc.",
     '"We comply with all applicable laws," the firm said in a statement.'),
    ("The plan was criticised on Tuesday by the U.N.",
     '"It violates international law," said spokesman Stephane Dujarric.'),
    ("The letter was signed by John F.",
     '"We stand by every word," he said.'),
])
def test_quoted_sentence_after_abbreviation_starts_a_sentence(sentences, first, second):
    assert sentences("en", f"{first} {second}\n") == [first, second]


def test_quoted_sentence_without_function_word_splits_when_it_reads_as_a_sentence(sentences):
    text = 'Officials met at the U.N. "Peace is still possible." Others were less hopeful.\n'
    assert sentences("en", text) == [
        "Officials met at the U.N.",
        '"Peace is still possible."',
        "Others were less hopeful.",
    ]


def test_single_straight_quote_opens_the_new_sentence(sentences):
    # the mark belongs to the quotation it opens, not to the sentence before it
    assert sentences("en", "The vote was delayed again by the U.K. 'It is a mess,' one MP said.\n"
                     ) == ["The vote was delayed again by the U.K.", "'It is a mess,' one MP said."]
    assert sentences("en", "He left the room. 'We will go,' she said.\n") == [
        "He left the room.", "'We will go,' she said."]


@pytest.mark.parametrize("text", [
    'He told the U.S. "Senate" that the deal was dead.',
    'She joined the U.N. "peacekeeping" mission in 2010.',
    'The move was dubbed the U.S. "Golden Dome" by officials.',
    'The nominee, Joseph R. "Beau" Biden, spoke first.',
    'Sen. "Tip" O\'Neill was quoted at length.',
    'Talks in Washington, D.C., "went well," the aide said.',
    'He defended the U.S. "America First Policy," which critics call isolationist.',
])
def test_quoted_word_inside_the_sentence_does_not_split(sentences, text):
    assert sentences("en", text + "\n") == [text]


def test_quotation_after_abbreviation_at_paragraph_end_stays(sentences):
    # an opening mark with no closing one in the paragraph is no quoted sentence
    text = 'He spoke at length to the U.S. "Senate committee about the deal\nIt was late.\n'
    assert sentences("en", text)[0] == text.split("\n")[0]
