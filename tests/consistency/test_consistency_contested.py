"""Two sides blaming each other lay no blame on a third party: not a contest between sources."""

from __future__ import annotations

from consistency_helpers import check_text, of_rule


def test_sides_that_blame_each_other_are_not_read_as_blaming_a_party(engine):
    text = ("Talks on a ceasefire stalled on Monday, Egyptian security sources said, as Israel "
            "and Hamas blamed each other for the lack of progress.\n"
            "Israeli government spokesman Avi Hyman said Hamas was responsible for the delay.")
    report = check_text(engine, text, "a.txt")
    assert of_rule(report, "consistency.contested") == []


def test_arabic_sides_that_blame_each_other_are_not_a_party(engine):
    text = ("وتعثرت المحادثات يوم الاثنين، فيما ألقى الطرفان باللائمة على بعضهما.\n"
            "وقال المتحدث باسم الحكومة الإسرائيلية إن حماس هي المسؤولة عن التأخير.")
    report = check_text(engine, text, "a.txt")
    assert of_rule(report, "consistency.contested") == []


def test_a_real_third_party_blame_is_still_contested(engine):
    text = ("Egyptian officials blamed Israel for the delay in the talks.\n"
            "Israeli government spokesman Avi Hyman said Hamas was responsible for the delay.")
    report = check_text(engine, text, "a.txt")
    assert len(of_rule(report, "consistency.contested")) == 1
