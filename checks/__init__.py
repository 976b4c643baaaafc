"""The rule library: one module per family, each rule a small documented function."""
