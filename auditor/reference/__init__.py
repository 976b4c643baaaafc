"""Checking reports against the finance bureau's figures and last year's report (issue 18).

- :mod:`~auditor.reference.table`: read the reference table (Excel/CSV) through the lexicon;
- :mod:`~auditor.reference.match`: which row, and which earlier report, is "the same unit";
- :mod:`~auditor.reference.context` / :mod:`~auditor.reference.apply`: attach them to a reading;
- :mod:`~auditor.reference.copies`: results sentences copied from last year.

The rules are ``checks/reference.py`` (REF001–REF003); pairing a batch's reports with
last year's is :mod:`auditor.pairing` (it runs rules, so it stands above the engine); the
template, the matching lines and the Excel sheet are in :mod:`auditor.render`.
"""
