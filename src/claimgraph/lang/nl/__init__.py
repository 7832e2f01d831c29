"""lang/nl."""
