"""A layout and phrasing fuzzer for the reading layer, with a metamorphic oracle.

``truth`` draws one consistent set of figures per report; ``dimensions`` lists the
independent layout and wording choices; ``compose`` writes a complete text report
from a truth and a choice of every dimension, optionally with one planted defect
(``defects``); ``oracle`` audits the text in-process and judges the findings; ``run``
drives many cases and shrinks each failure to the dimension values it needs.
"""
