"""The rulebook: every rule with its conditions in Dutch, its sources and its scenarios, as a static site."""
