"""Text primitives shared by extraction and reading: normalisation, headings, numbers, units.

Nothing here knows about documents or reports; ``extract/`` and ``read/`` both stand on it.
"""
