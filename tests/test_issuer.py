"""The issuer: CREC by default, another Connecticut board of education with --issuer."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from crec_assemble.assembly.assemble import assemble
from crec_assemble.errors import InputError
from crec_assemble.inputs.issuer import ISSUER_SCHEMA, issuer_from_record, load_issuer
from crec_assemble.inputs.profile import load_profile
from crec_assemble.library.clauses import ClauseLibrary, load_library
from crec_assemble.model import Issuer, IssuerPrivacy

from conftest import (
    BUILD_DATE,
    EXAMPLES,
    ROOT,
    Cli,
    WriteProfile,
    operator_profile,
    revise_clause,
)

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


# The privacy desk: how the issuer receives breach notices (edition 2026-12 and later).

PRIVACY = """\
privacy:
  email: privacy@hartford.example
  phone: "(860) 695-8000"
  posting_page: https://www.hartfordschools.org/data-privacy
"""
PRINTS_PRIVACY = "\nGive notice to {{ issuer.privacy.email }} or {{ issuer.privacy.phone }}.\n"
ISSUED_FOR_2026_07 = ROOT / "tests" / "golden" / "edition-2026-07" / "inputs" / "issuer.yaml"


def _hartford(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "hartford.yaml"
    path.write_text(HARTFORD + extra)
    return path


def it_reads_crecs_privacy_desk(issuer: Issuer) -> None:
    assert issuer.privacy == IssuerPrivacy(
        email="privacy@crec.org",
        phone="860-247-2732",
        posting_page="https://www.crec.org/student-data-privacy",
    )


def it_reads_an_issuer_file_written_before_the_privacy_desk(tmp_path: Path) -> None:
    assert load_issuer(_hartford(tmp_path)).privacy is None


@pytest.mark.parametrize(
    "phone",
    ["860-247-2732", "(860) 247-2732", "+1 860 555 0100", "860.247.2732 ext. 12", "8602472732"],
)
def it_accepts_telephone_numbers_as_people_write_them(tmp_path: Path, phone: str) -> None:
    block = PRIVACY.replace('"(860) 695-8000"', f'"{phone}"')
    privacy = load_issuer(_hartford(tmp_path, block)).privacy
    assert privacy is not None and privacy.phone == phone


BAD_PRIVACY = [
    ("email: privacy@hartford.example", "email: privacy at hartford",
     "13: privacy.email: must be an e-mail address, not 'privacy at hartford'"),
    ('phone: "(860) 695-8000"', "phone: call the front desk",
     "14: privacy.phone: must be a telephone number such as \"860-247-2732\", "
     "not 'call the front desk'"),
    ('phone: "(860) 695-8000"', "phone: 8606958000",
     "14: privacy.phone: must be text, not 8606958000"),
    ("posting_page: https://www.hartfordschools.org/data-privacy",
     "posting_page: www.hartfordschools.org/data-privacy",
     "15: privacy.posting_page: must be a web address beginning https:// (or http://), "
     "not 'www.hartfordschools.org/data-privacy'"),
    ("posting_page: https://www.hartfordschools.org/data-privacy",
     "posting_page: ftp://files.hartfordschools.org/contracts",
     "15: privacy.posting_page: must be a web address beginning https:// (or http://), "
     "not 'ftp://files.hartfordschools.org/contracts'"),
    ('  phone: "(860) 695-8000"\n', "",
     "12: privacy.phone: required field is missing"),
    ("  posting_page:", "  e-mail: desk@hartford.example\n  posting_page:",
     "15: privacy.e-mail: unknown field (did you mean 'email'?)"),
    (PRIVACY, "privacy:\n", "12: privacy: must be a mapping of fields, not empty"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    BAD_PRIVACY,
    ids=["email", "phone-words", "phone-unquoted", "page-no-scheme", "page-ftp", "phone-missing",
         "unknown-field", "empty-block"],
)  # fmt: skip
def it_reports_each_bad_privacy_field_by_line(
    tmp_path: Path, old: str, new: str, problem: str
) -> None:
    path = _hartford(tmp_path, PRIVACY.replace(old, new))
    with pytest.raises(InputError) as caught:
        load_issuer(path)
    assert str(caught.value).splitlines() == [f"{path}:{problem}"]


def it_stops_a_build_with_an_issuer_file_whose_privacy_desk_is_wrong(
    tmp_path: Path, cli: Cli
) -> None:
    path = _hartford(tmp_path, PRIVACY.replace("privacy@hartford.example", "privacy"))
    result = cli("validate", EXAMPLES[0], "--issuer", path)
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [
        f"{path}:13: privacy.email: must be an e-mail address, not 'privacy'"
    ]


def it_gives_clauses_the_issuers_privacy_desk(
    write_profile: WriteProfile, library_copy: Path, issuer: Issuer
) -> None:
    revision = revise_clause(library_copy, "severability", lambda body: body + PRINTS_PRIVACY)
    profile = load_profile(write_profile(operator_profile()))
    library = load_library(library_copy)
    agreement = assemble(profile, issuer, library, build_date=revision.effective)
    text = "\n".join(b.text for s in agreement.sections for b in s.blocks)
    assert "Give notice to privacy@crec.org or 860-247-2732." in text


def it_stops_a_clause_that_prints_a_privacy_desk_the_issuer_file_lacks(
    tmp_path: Path, cli: Cli, first_edition_library: Path
) -> None:
    """On top of the first edition, whose clauses print no privacy desk, one that does."""
    library = first_edition_library
    revision = revise_clause(library, "severability", lambda body: body + PRINTS_PRIVACY)
    board = _hartford(tmp_path)
    result = cli("build", EXAMPLES[0], "--library", library, "--issuer", board, "--format",
                 "docx", "--out", tmp_path / "out", "--date", revision.effective)  # fmt: skip
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [
        f"{EXAMPLES[0]}: {board}: privacy: missing; clause {revision.ref} prints "
        "issuer.privacy.email, the monitored e-mail address contractors give breach notice "
        "to: add a privacy block (email, phone, posting_page) to the issuer file"
    ]
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("uses", "said"),
    [("{{ issuer.privacy.posting_page }}", "prints issuer.privacy.posting_page, the web page "
      "where notices and executed contracts are posted: add"),
     ("{% if issuer.privacy %}Posted.{% endif %}", "prints issuer.privacy: add"),
     ("{{ issuer.privacy }}", "prints issuer.privacy: add")],
    ids=["field", "test", "block"],
)  # fmt: skip
def it_names_the_missing_block_however_a_clause_uses_it(
    tmp_path: Path, write_profile: WriteProfile, first_edition_library: Path, uses: str, said: str
) -> None:
    library = first_edition_library
    revision = revise_clause(library, "severability", lambda body: body + f"\n{uses}\n")
    board = load_issuer(_hartford(tmp_path))
    profile = load_profile(write_profile(operator_profile()))
    with pytest.raises(InputError) as caught:
        assemble(profile, board, load_library(library), build_date=revision.effective)
    message = str(caught.value)
    assert message.startswith(f"{board.source}: privacy: missing; clause {revision.ref} ")
    assert said in message and "\n" not in message


def it_builds_edition_2026_07_with_an_issuer_file_that_has_no_privacy_desk(
    tmp_path: Path, write_profile: WriteProfile, library: ClauseLibrary
) -> None:
    board = load_issuer(_hartford(tmp_path))
    profile = load_profile(write_profile(operator_profile()))
    agreement = assemble(profile, board, library, build_date=BUILD_DATE)
    assert agreement.edition == "2026-07" and not agreement.unmet


def it_rebuilds_a_document_that_prints_the_privacy_desk(
    tmp_path: Path, cli: Cli, library_copy: Path
) -> None:
    from crec_assemble.render.manifest import read_manifest_file

    revision = revise_clause(library_copy, "severability", lambda body: body + PRINTS_PRIVACY)
    issued, again = tmp_path / "issued", tmp_path / "again"
    built = cli("build", EXAMPLES[0], "--library", library_copy, "--format", "docx",
                "--out", issued, "--date", revision.effective)  # fmt: skip
    assert built.exit_code == 0, built.output
    document = issued / "acme-learning-inc.docx"
    manifest = read_manifest_file(document).data
    assert manifest["issuer"]["record"]["privacy"] == {
        "email": "privacy@crec.org",
        "phone": "860-247-2732",
        "posting_page": "https://www.crec.org/student-data-privacy",
    }
    assert any("privacy@crec.org or 860-247-2732" in s["text"] for s in manifest["sections"])
    rebuilt = cli("rebuild", document, "--library", library_copy, "--out", again)
    assert rebuilt.exit_code == 0, rebuilt.output
    assert (again / document.name).read_bytes() == document.read_bytes()


def it_rebuilds_a_record_without_the_privacy_desk_as_it_was(tmp_path: Path) -> None:
    """An issuer recorded before the block existed comes back without one, hash and all."""
    raw = ISSUED_FOR_2026_07.read_bytes()
    recorded = json.loads(load_issuer(ISSUED_FOR_2026_07).record)
    digest = hashlib.sha256(raw).hexdigest()
    board = issuer_from_record(recorded, digest, "recorded issuer")
    assert board.privacy is None
    assert (board.sha256, json.loads(board.record)) == (digest, recorded)
    assert "privacy" not in recorded


# The JSON Schema editors use for issuer files.


def it_publishes_the_issuer_schema_it_validates_with() -> None:
    published = json.loads((ROOT / "examples" / "issuer.schema.json").read_text())
    assert published == json.loads(json.dumps(ISSUER_SCHEMA)), (
        "examples/issuer.schema.json is stale: "
        "crec-assemble schema issuer > examples/issuer.schema.json"
    )


@pytest.mark.parametrize(
    "path", [ROOT / "clauses" / "issuer.yaml", ISSUED_FOR_2026_07], ids=["crec", "crec-2026-07"]
)
def it_publishes_a_schema_the_shipped_issuer_files_meet(path: Path) -> None:
    published = json.loads((ROOT / "examples" / "issuer.schema.json").read_text())
    Draft202012Validator(published).validate(yaml.safe_load(path.read_text()))


def it_publishes_a_schema_that_requires_the_whole_privacy_desk() -> None:
    published = json.loads((ROOT / "examples" / "issuer.schema.json").read_text())
    data = yaml.safe_load((ROOT / "clauses" / "issuer.yaml").read_text())
    del data["privacy"]["phone"]
    errors = list(Draft202012Validator(published).iter_errors(data))
    assert [error.message for error in errors] == ["'phone' is a required property"]
