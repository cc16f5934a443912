"""A vendor's own contract read against the regulation: which requirements it meets, states
too weakly or lacks, and the addendum that fills the gaps.

``reader`` turns the vendor's file into sentences (``layout`` first rebuilds a PDF's
paragraphs from its lines); ``lexicon`` holds the words vendors use
and the small tests of one sentence (negated? a broad exception? which period?);
``rules`` has one rule per requirement, registered by its id; ``findings`` runs them
(``audit_file``); ``report`` presents the result and ``addendum`` builds what fills the gaps;
``run`` is the whole ``audit`` command as one call (``audit_contract``).
"""
