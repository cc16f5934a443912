"""A vendor's own contract read against the regulation: which requirements it meets, states
too weakly or lacks, and the addendum that fills the gaps.
"""
