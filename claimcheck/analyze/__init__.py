"""analyze: the spaCy Doc, paragraphs, sentences and the normalized view of an article."""
