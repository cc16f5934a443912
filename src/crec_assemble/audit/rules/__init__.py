"""The audit's rules: one per requirement of the catalogue, registered under its id.

Each rule looks for the provision's concepts in the words vendors use (FERPA or its
long name; "subprocessor" for subcontractor; "District", "LEA", "Customer" for CREC)
and reads the sentence's polarity: "will not sell" is a promise, "may sell de-identified
data" is not, and "except as required to operate the service" can swallow a promise
whole. Rules were chosen over a trained model because every finding must say *why*,
staff must be able to check it against the sentence, and the corpus we can label is
small; ``bench/bench_audit.py`` measures them against a labelled corpus.

To find the rule for a requirement, look it up by id (``RULES["R6a"].name``) or search
for ``@rule("R6a")``. The rules are grouped by subject:

=========================  ==================================================
``data_rights``            R1 the school's data
``schools_data``           R1: the school's data by their names, and said to stay the school's
``derived_data``           R1: what the vendor claims of what it makes of the students
``students_content``       R11 students' content
``content_owners``         R11: who a term names as the owner of what students make
``content_made``           R11: what the students made, by its name or a word pointing back
``review``                 R4 review and correction by students and parents
``review_through_school``  R4: the vendor's part where the procedure is the school's
``review_words``           R4: the words both read
``deletion``               R2 deletion on request
``deletion_kept``          R2: what a deletion on request keeps back
``deletion_at_end``        R7 deletion when the services end
``security``               R5 security and confidentiality
``security_hitech``        R12 the HITECH guidance, 45 CFR 164.312 and industry standards
``confidential``           R5: how what is kept confidential is kept, said after the promise
``breach_notice``          R6a-R6d breach notice, within the catalogue's deadlines
``breach_recipients``      R6a-R6d: which sentences give breach notice, and to whom
``breach_families``        R6c, R6d: the vendor's notice to the families, not the school's
``use_and_disclosure``     R3 use only for the contract's purposes
``collection``             R15c collection only for school purposes
``sale``                   R15d: no sale, rent or trade
``disclosure``             R15e: disclosure only in the six permitted cases
``disclosure_limits``      R15e: the sentences that limit disclosure
``permitted_uses``         U1: what student information may serve
``use_lists``              U1, U2: a grant of uses read with its list and its uses spelled out
``de_identified``          U2: what de-identified or aggregated information may serve
``advertising``            R13, R15a, R15b: no targeted advertising, with the data or anywhere
``ad_bans``                the shapes of a ban on targeted advertising, read for all three
``ad_identifiers``         R15b: the persistent identifiers a ban names
``ad_none``                no advertising to students at all, and its exception beside it
``ad_free``                15(a)'s other shape: a service with no advertising at all
``ad_own_service``         15(a): the ban on the vendor's own service, and when it is narrower
``ad_places``              where the ads are shown: the vendor's own service or elsewhere
``ad_house``               R13, R15a, U1: its own products promoted, picked by the students' use
``ad_partial``             R13: a ban made in part only (a sale, others' ads, offers kept)
``ferpa``                  R8 FERPA promised, not merely named
``ferpa_hedges``           R8: FERPA kept only where it applies, or only meant
``contract_terms``         R9 Connecticut law
``schools_state``          R9: the law of the state where the school is, read as Connecticut's
``severability``           R10 severability
``subcontracts``           R14 sub-contracts: written consent and the same terms
``subcontractor_words``    R14: the words for a subcontractor, notice of one, or consent deemed
=========================  ==================================================
"""

from __future__ import annotations

# Importing a subject module registers its rules.
from . import (  # noqa: F401
    advertising,
    breach_notice,
    collection,
    contract_terms,
    data_rights,
    de_identified,
    deletion,
    deletion_at_end,
    disclosure,
    ferpa,
    permitted_uses,
    review,
    sale,
    security,
    security_hitech,
    severability,
    students_content,
    subcontracts,
    use_and_disclosure,
)
from .registry import RULES, Rule, Status, Verdict, rule_for

__all__ = ["RULES", "Rule", "Status", "Verdict", "rule_for"]
