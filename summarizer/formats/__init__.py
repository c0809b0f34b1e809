"""Format readers behind :mod:`summarizer.readers`: ``.docx`` (:mod:`.docx`), ``.pdf`` (:mod:`.pdf`) and the
resource limits every reader honours (:mod:`.limits`). Import :mod:`summarizer.readers`, not these modules: their
functions are private to it and may change."""
