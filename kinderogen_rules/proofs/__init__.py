"""Proofs over the rules: what they answer for every profile (check-rules), between two rule sets (diff), and for
one answer changed (what-if), through the boundary values the rules test."""
