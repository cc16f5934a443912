"""Profile + issuer + clause library → :class:`~crec_assemble.model.Agreement`, the compliance
gate, and what documents are called. Pure: no files, no clock, no processes.
"""
