"""What people write: profiles, the issuer, the starter profile, and the dates they give.

YAML is read with line numbers, validated once against a schema, and becomes
the frozen objects of :mod:`crec_assemble.model`. Nothing here knows documents.
"""
