"""The core: one case profile, the rule files, and the steps from a profile to the words of one advice."""
