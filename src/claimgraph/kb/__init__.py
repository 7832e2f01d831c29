"""The knowledge base of the war's people, organisations and places, and the linker over it."""

from claimgraph.kb.linker import KBEntry, KnowledgeBase, load, normalise

__all__ = ["KBEntry", "KnowledgeBase", "load", "normalise"]
