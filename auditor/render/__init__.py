"""Reporters: console, JSON, Excel, the rule catalogue and the document dump."""
