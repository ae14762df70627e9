"""TextView keeps offsets: what is found in a derived text maps to the exact input characters."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.analyze.normalize import normalized_view
from claimcheck.analyze.textview import TextView

FRONT = "---\npublished: 2017-05-02\n---\n"
BODY = "وأَعْلَنَـــت الرئاسةُ أن ٢٠ شخصاً قُتلوا في «الهجوم» على مستشفى."


def test_identity_view_of_a_body_maps_to_the_document() -> None:
    doc = FRONT + BODY
    view = TextView.identity(doc, len(FRONT))
    i = view.text.index("الرئاسةُ")
    start, end = view.origin_offsets(i, i + len("الرئاسةُ"))
    assert doc[start:end] == "الرئاسةُ"
    assert view.view_offsets(start, end) == (i, i + len("الرئاسةُ"))


def test_normalized_view_finds_plain_spelling_and_reports_original_characters() -> None:
    doc = FRONT + BODY
    norm = normalized_view(TextView.identity(doc, len(FRONT)))
    assert "واعلنت الرياسه" not in norm.text  # ئ is a hamza seat, not an alef: it stays
    for plain, original in [("واعلنت", "وأَعْلَنَـــت"), ("20", "٢٠"), ("قتلوا", "قُتلوا"),
                            ("مستشفي", "مستشفى")]:
        i = norm.text.index(plain)
        start, end = norm.origin_offsets(i, i + len(plain))
        assert doc[start:end] == original


def test_pieces_view_skips_markup_and_maps_decoded_entities_to_their_source() -> None:
    html = "<p>Trump &amp; Putin <b>spoke</b></p>"
    view = TextView.from_pieces([("Trump ", 3, 9), ("&", 9, 14), (" Putin ", 14, 21),
                                 ("spoke", 24, 29)])
    assert view.text == "Trump & Putin spoke"
    i = view.text.index("&")
    assert html[slice(*view.origin_offsets(i, i + 1))] == "&amp;"
    i = view.text.index("Putin spoke")
    start, end = view.origin_offsets(i, i + len("Putin spoke"))
    assert html[start:end] == "Putin <b>spoke"
    assert view.view_offsets(24, 29) == (view.text.index("spoke"), len(view.text))
    assert view.view_offsets(0, 3) is None  # the <p> tag is not in view


ARABIC_NOISE = st.sampled_from(list("قالتأإآىةـًٌٍَُِّْ٠١٢ «»،. abc\n"))


@given(st.lists(ARABIC_NOISE, max_size=60).map("".join), st.data())
def test_every_normalized_stretch_maps_inside_the_input(text: str, data: st.DataObject) -> None:
    view = normalized_view(text)
    start = data.draw(st.integers(0, len(view.text)))
    end = data.draw(st.integers(start, len(view.text)))
    o_start, o_end = view.origin_offsets(start, end)
    assert 0 <= o_start <= o_end <= len(text)
    # Re-normalizing the original stretch gives back the view's stretch.
    assert normalized_view(text[o_start:o_end]).text == view.text[start:end]
