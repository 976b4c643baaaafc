"""Everything the reading layer knows about scores: sheets, rule sentences, targets, framework."""
