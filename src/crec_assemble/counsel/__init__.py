"""Counsel's tools on the clause library: queries, lint, releases, and the one git adapter."""
