"""The reading layer: from a Document to figures, facts, relations, scores and years."""
