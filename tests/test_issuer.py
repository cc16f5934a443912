"""The issuer: CREC by default, another Connecticut board of education with --issuer."""

from __future__ import annotations

from pathlib import Path

import pytest

from crec_assemble.assembly.assemble import assemble
from crec_assemble.errors import InputError
from crec_assemble.inputs.issuer import load_issuer
from crec_assemble.inputs.profile import load_profile
from crec_assemble.library.clauses import ClauseLibrary
from crec_assemble.model import Issuer

from conftest import BUILD_DATE, WriteProfile, operator_profile

HARTFORD = """\
issuer: 1
name: Hartford Board of Education
short_name: Board
governing_body: the Hartford Board of Education
policy: Board Policy 5125.1 (Student Data Privacy)
address: 960 Main Street, Hartford, CT 06103
signatory: {name: Jane Doe, title: Superintendent}
notices:
  attention: Chief Operating Officer
  address: 960 Main Street, Hartford, CT 06103
  email: privacy@hartford.example
"""


def it_defaults_to_crec(issuer: Issuer) -> None:
    assert issuer.name == "Capitol Region Education Council"
    assert issuer.short_name == "CREC"
    assert issuer.address == "111 Charter Oak Avenue, Hartford, CT 06106"
    assert issuer.signatory.title == "Executive Director"


def it_lets_another_board_issue_the_same_agreement(
    tmp_path: Path, write_profile: WriteProfile, library: ClauseLibrary
) -> None:
    path = tmp_path / "hartford.yaml"
    path.write_text(HARTFORD)
    board = load_issuer(path)
    profile = load_profile(write_profile(operator_profile()))
    agreement = assemble(profile, board, library, build_date=BUILD_DATE)
    text = "\n".join(b.text for s in agreement.sections for b in s.blocks)
    assert "Hartford Board of Education" in text
    assert "privacy@hartford.example" in text
    assert "CREC" not in text.replace("CREC Regulation", "")
    issuer_party, _ = agreement.parties
    assert (issuer_party.signer_name, issuer_party.signer_title) == ("Jane Doe", "Superintendent")


def it_leaves_a_blank_for_a_signatory_who_signs_by_hand(
    issuer: Issuer, write_profile: WriteProfile, library: ClauseLibrary
) -> None:
    profile = load_profile(write_profile(operator_profile()))
    issuer_party, _ = assemble(profile, issuer, library, build_date=BUILD_DATE).parties
    assert set(issuer_party.signer_name) == {"_"}


def it_reports_a_bad_issuer_file_by_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(HARTFORD.replace("short_name: Board\n", "").replace("email:", "mail:"))
    with pytest.raises(InputError) as caught:
        load_issuer(path)
    lines = str(caught.value).splitlines()
    assert f"{path}:1: short_name: required field is missing" in lines
    assert f"{path}:10: notices.mail: unknown field (did you mean 'email'?)" in lines
