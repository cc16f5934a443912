"""CREC's seal: build --seal certifies each PDF and signs each DOCX's manifest; verify checks it.

One example is built sealed twice (real LibreOffice) with a throwaway self-signed RSA
certificate in CREC's name; the tests then sign, edit and re-save copies of its files
as a vendor might and read what ``verify`` says.
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from crec_assemble.errors import InputError
from crec_assemble.inputs.issuer import load_issuer
from crec_assemble.inputs.seal import load_certificates, load_seal
from crec_assemble.pipeline.converter import LibreOffice
from crec_assemble.render.manifest import dump_manifest, read_manifest
from crec_assemble.verify import verify
from crec_assemble.verify.seal import check_seal

from conftest import EXAMPLES, Cli, docx_with_part, run_cli
from signing import certificate, free_text, incremental, sign_pdf, white_box

RIVERBEND = next(path for path in EXAMPLES if "riverbend" in path.name)
CREC = "Capitol Region Education Council"
PASSWORD = "correct horse"
EPOCH = "1795478400"  # 2026-11-24 00:00 UTC
ADDENDUM = "riverbend-tutoring-co-addendum"


def _p12(path: Path, key: rsa.RSAPrivateKey | None, cert: x509.Certificate) -> Path:
    encryption = serialization.BestAvailableEncryption(PASSWORD.encode())
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"seal", key, cert, None, encryption))
    return path


def _pem(path: Path, cert: x509.Certificate) -> Path:
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


@dataclass(frozen=True)
class Keys:
    p12: Path
    pem: Path
    impostor_pem: Path  # another certificate in CREC's name
    vendor: tuple[rsa.RSAPrivateKey, x509.Certificate]
    folder: Path


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Keys:
    folder = tmp_path_factory.mktemp("keys")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = certificate(CREC, key)
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    vendor = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return Keys(
        p12=_p12(folder / "crec-seal.p12", key, cert),
        pem=_pem(folder / "crec-seal.pem", cert),
        impostor_pem=_pem(folder / "impostor.pem", certificate(CREC, other)),
        vendor=(vendor, certificate("Dana Reyes, Riverbend Tutoring Co.", vendor)),
        folder=folder,
    )


SEALING = {"CREC_SEAL_PASSWORD": PASSWORD, "SOURCE_DATE_EPOCH": EPOCH}


@pytest.fixture(scope="module")
def sealed(libreoffice: str, keys: Keys, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The riverbend example built sealed twice, into ``first`` and ``second``."""
    root = tmp_path_factory.mktemp("sealed")
    for name in ("first", "second"):
        result = run_cli("build", RIVERBEND, "--out", root / name, "--seal", keys.p12,
                         env=SEALING)  # fmt: skip
        assert result.exit_code == 0, result.output
    return [root / "first", root / "second"]


def _copy(sealed: list[Path], name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copy(sealed[0] / name, target)
    return target


def _signs(data: bytes, keys: Keys, *args: Any) -> bytes:
    """The vendor signs ``data`` (see :func:`signing.sign_pdf`)."""
    return sign_pdf(data, *keys.vendor, *args)


def _verify(path: Path, *certs: Path) -> tuple[int, dict[str, Any], str]:
    seal_certs = [arg for cert in certs for arg in ("--seal-cert", cert)]
    lines = run_cli("verify", path, *seal_certs)
    result = run_cli("verify", path, "--json", *seal_certs)
    assert result.exit_code == lines.exit_code, lines.output
    return result.exit_code, json.loads(result.output), lines.output


def _seal_alterations(report: dict[str, Any]) -> list[str]:
    return [a["where"] for a in report["alterations"] if a["kind"] == "seal"]


def it_certifies_each_pdf_with_docmdp_level_2_in_crecs_name(sealed: list[Path]) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import MDPPerm

    pdfs = sorted(sealed[0].glob("*.pdf"))
    assert len(pdfs) == 2  # the addendum and its flow-down
    for pdf in pdfs:
        reader = PdfFileReader(io.BytesIO(pdf.read_bytes()))
        (seal,) = reader.embedded_signatures
        assert seal.field_name == "CREC seal"
        assert seal.docmdp_level == MDPPerm.FILL_FORMS
        assert seal.signer_cert.subject.native["common_name"] == CREC
        assert "/DocMDP" in reader.root["/Perms"]
        # the seal's update carries the signing time, never the clock's
        assert str(reader.trailer["/Info"]["/ModDate"]) == "D:20261124000000Z"
        assert str(seal.sig_object["/M"]) == "D:20261124000000Z"
        # the signatories' empty fields are still there to sign
        fields = [f.get_object()["/T"] for f in reader.root["/AcroForm"]["/Fields"]]
        assert "Signature-Contractor" in fields


def it_is_valid_intact_and_trusted_by_pyhanko(sealed: list[Path], keys: Keys) -> None:
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    data = (sealed[0] / f"{ADDENDUM}.pdf").read_bytes()
    (seal,) = PdfFileReader(io.BytesIO(data)).embedded_signatures
    root = asn1_x509.Certificate.load(load_certificates([keys.pem])[0].public_bytes(
        serialization.Encoding.DER))  # fmt: skip
    status = validate_pdf_signature(seal, ValidationContext(trust_roots=[root]))
    assert status.intact and status.valid and status.trusted and status.bottom_line
    assert seal.self_reported_timestamp == datetime(2026, 11, 24, tzinfo=UTC)


def it_finds_a_sealed_pdf_intact_with_crecs_seal(sealed: list[Path], keys: Keys) -> None:
    code, report, output = _verify(sealed[0] / f"{ADDENDUM}.pdf", keys.pem)
    assert code == 0, output
    assert report["seal"]["ok"] and report["seal"]["trusted"] and report["seal"]["intact"]
    assert report["seal"]["signer"] == CREC
    assert output.splitlines()[0].endswith(f"CREC's seal by {CREC}, 2026-11-24 00:00 UTC: intact")


def it_allows_the_vendor_to_sign_its_own_field(
    sealed: list[Path], keys: Keys, tmp_path: Path
) -> None:
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(_signs((sealed[0] / f"{ADDENDUM}.pdf").read_bytes(), keys))
    code, report, output = _verify(signed, keys.pem)
    assert code == 0, output
    assert report["seal"]["later_signatures"] == [
        "signed by Dana Reyes, Riverbend Tutoring Co. in Signature-Contractor, as allowed"
    ]
    assert "as allowed" in output


def it_names_a_new_visible_signature_field_added_after_the_seal(
    sealed: list[Path], keys: Keys, tmp_path: Path
) -> None:
    """Its appearance could cover the page: only the issued fields may be signed."""
    issued = (sealed[0] / f"{ADDENDUM}.pdf").read_bytes()
    signed = tmp_path / "new-field.pdf"
    signed.write_bytes(_signs(issued, keys, "Vendor approval", (0, 0, 612, 792)))
    code, report, output = _verify(signed, keys.pem)
    assert code == 1, output
    assert _seal_alterations(report)
    assert output.splitlines()[0].endswith("changes after it")


@pytest.mark.parametrize(
    ("change", "where"),
    [(white_box, "page 2's content"), (free_text, "an annotation on page 1 (FreeText)")],
    ids=["white box over page 2", "FreeText annotation"],
)
def it_names_what_an_update_after_the_seal_changed(
    sealed: list[Path], keys: Keys, tmp_path: Path, change: Any, where: str
) -> None:
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(incremental((sealed[0] / f"{ADDENDUM}.pdf").read_bytes(), change))
    code, report, output = _verify(altered, keys.pem)
    assert code == 1
    assert where in _seal_alterations(report)
    assert output.splitlines()[0].endswith("changes after it")
    assert "allows only signing the signature fields" in output


def it_still_names_the_change_when_the_vendor_signs_after_it(
    sealed: list[Path], keys: Keys, tmp_path: Path
) -> None:
    data = incremental((sealed[0] / f"{ADDENDUM}.pdf").read_bytes(), white_box)
    altered = tmp_path / "altered-then-signed.pdf"
    altered.write_bytes(_signs(data, keys))
    code, report, _ = _verify(altered, keys.pem)
    assert code == 1
    assert "page 2's content" in _seal_alterations(report)
    assert "the signature field Signature-Contractor" not in _seal_alterations(report)


def it_names_a_manifest_attachment_replaced_after_the_seal(
    sealed: list[Path], keys: Keys, tmp_path: Path
) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter(io.BytesIO((sealed[0] / f"{ADDENDUM}.pdf").read_bytes()), incremental=True)
    writer.add_attachment("manifest.json", b'{"forged": true}')
    altered = tmp_path / "forged.pdf"
    with altered.open("wb") as stream:
        writer.write(stream)
    found = check_seal(altered.read_bytes(), altered, load_certificates([keys.pem]))
    assert found is not None
    assert "the attached manifest.json" in [a.where for a in found.alterations]


def it_finds_the_seal_broken_when_the_file_is_rewritten(
    sealed: list[Path], keys: Keys, tmp_path: Path
) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(sealed[0] / f"{ADDENDUM}.pdf"))
    flattened = tmp_path / "flattened.pdf"
    with flattened.open("wb") as stream:
        writer.write(stream)
    code, report, output = _verify(flattened, keys.pem)
    assert code == 1
    assert not report["seal"]["intact"]
    assert "BROKEN" in output.splitlines()[0]
    assert "re-saved by a program that rewrites the file" in output


def it_says_a_seal_by_another_certificate_is_not_crecs(sealed: list[Path], keys: Keys) -> None:
    code, report, output = _verify(sealed[0] / f"{ADDENDUM}.pdf", keys.impostor_pem)
    assert code == 1
    assert report["seal"]["intact"] and report["seal"]["trusted"] is False
    assert f"sealed by {CREC}, not CREC's" in output
    assert output.splitlines()[0].startswith(f"{sealed[0] / ADDENDUM}.pdf: a seal that is not")


def it_exposes_the_bytes_the_seal_covers(sealed: list[Path], keys: Keys) -> None:
    issued = (sealed[0] / f"{ADDENDUM}.pdf").read_bytes()
    found = check_seal(_signs(issued, keys), "signed.pdf", ())
    assert found is not None and found.certified == issued
    assert found.trusted is None and found.ok  # no certificate to judge by: integrity only


def it_signs_each_docx_manifest(sealed: list[Path], keys: Keys) -> None:
    data = (sealed[0] / f"{ADDENDUM}.docx").read_bytes()
    found = check_seal(data, "sealed.docx", load_certificates([keys.pem]))
    assert found is not None and found.ok and found.trusted
    assert found.certified == dump_manifest(read_manifest(data, "sealed.docx").data)
    assert found.signed_at == datetime(2026, 11, 24, tzinfo=UTC)
    code, report, output = _verify(sealed[0] / f"{ADDENDUM}.docx", keys.pem)
    assert code == 0, output  # the rebuild, unsealed, differs only by the seal's part
    assert report["seal"]["format"] == "docx" and report["seal"]["ok"]


def it_finds_a_docx_manifest_edited_after_the_seal(sealed: list[Path], keys: Keys) -> None:
    data = (sealed[0] / f"{ADDENDUM}.docx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        part = next(name for name in archive.namelist() if b"urn:crec-assemble:manifest:1"
                    in archive.read(name) and name.startswith("customXml/item"))  # fmt: skip
        xml = archive.read(part)
    assert b'"draft": false' in xml
    forged = docx_with_part(data, part, xml.replace(b'"draft": false', b'"draft": true'))
    found = check_seal(forged, "forged.docx", load_certificates([keys.pem]))
    assert found is not None and not found.ok
    assert [a.where for a in found.alterations] == ["manifest"]


def it_keeps_the_docx_seal_through_a_libreoffice_resave(
    sealed: list[Path], keys: Keys, tmp_path: Path
) -> None:
    source = tmp_path / "in" / "returned.docx"
    source.parent.mkdir()
    shutil.copy(sealed[0] / f"{ADDENDUM}.docx", source)
    with LibreOffice() as office:
        (resaved,) = office.convert([source], tmp_path, to="docx")
    assert resaved.read_bytes() != source.read_bytes()
    report = verify(resaved, trusted=load_certificates([keys.pem]))
    assert report.seal is not None and report.seal.ok and report.intact


def it_builds_the_same_sealed_bytes_twice(sealed: list[Path]) -> None:
    first, second = (sorted(folder.iterdir()) for folder in sealed)
    assert [p.name for p in first] == [p.name for p in second]
    for one, two in zip(first, second, strict=True):
        assert one.read_bytes() == two.read_bytes(), one.name


def it_rebuilds_a_sealed_pdf_byte_for_byte(sealed: list[Path], keys: Keys, tmp_path: Path) -> None:
    result = run_cli("rebuild", sealed[0] / f"{ADDENDUM}.pdf", "--out", tmp_path, "--seal",
                     keys.p12, env=SEALING)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "byte-identical" in result.output


def it_records_the_same_manifest_with_and_without_the_seal(
    sealed: list[Path], cli: Cli, tmp_path: Path
) -> None:
    result = cli("build", RIVERBEND, "--out", tmp_path, "--format", "docx",
                 env={"SOURCE_DATE_EPOCH": EPOCH})  # fmt: skip
    assert result.exit_code == 0, result.output
    plain = (tmp_path / f"{ADDENDUM}.docx").read_bytes()
    assert check_seal(plain, "plain.docx", ()) is None
    for name in (f"{ADDENDUM}.docx", f"{ADDENDUM}.pdf"):
        issued = read_manifest((sealed[0] / name).read_bytes(), name)
        assert issued.data == read_manifest(plain, "plain").data


def it_reports_no_seal_on_an_unsealed_document(cli: Cli, tmp_path: Path) -> None:
    cli("build", RIVERBEND, "--out", tmp_path, "--format", "docx")
    code, report, _ = _verify(tmp_path / f"{ADDENDUM}.docx")
    assert code == 0 and report["seal"] is None


@pytest.mark.parametrize(
    ("make", "message"),
    [
        ("wrong password", "wrong password (set it in the environment variable "
                           "CREC_SEAL_PASSWORD)"),
        ("not a key file", "not a PKCS#12 file"),
        ("no private key", "holds no private key"),
        ("expired", "the certificate expired on 2021-01-01"),
    ],
    ids=["wrong password", "not a key file", "no private key", "expired"],
)  # fmt: skip
def it_refuses_a_key_that_cannot_seal_before_writing_anything(
    keys: Keys, tmp_path: Path, make: str, message: str
) -> None:
    p12, env = keys.p12, dict(SEALING)
    if make == "wrong password":
        env["CREC_SEAL_PASSWORD"] = "wrong"
    elif make == "not a key file":
        p12 = keys.pem
    elif make == "no private key":
        p12 = _p12(tmp_path / "cert-only.p12", None, load_certificates([keys.pem])[0])
    else:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        p12 = _p12(tmp_path / "old.p12", key, certificate(CREC, key, until=2021))
    out = tmp_path / "out"
    result = run_cli("build", RIVERBEND, "--out", out, "--seal", p12, env=env)
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [result.output.strip()]
    assert result.output.startswith(f"{p12}: {message}")
    assert not out.exists()


def it_seals_with_the_key_the_issuer_file_names(
    keys: Keys, library_copy: Path, cli: Cli, tmp_path: Path
) -> None:
    """The issuer's seal block seals the build; verify trusts its certificate by default;
    and neither path reaches the manifest."""
    issuer = library_copy / "issuer.yaml"
    plain_sha = load_issuer(issuer).sha256
    shutil.copy(keys.p12, library_copy / "crec-seal.p12")
    shutil.copy(keys.pem, library_copy / "crec-seal.pem")
    issuer.write_text(issuer.read_text(encoding="utf-8") + "seal:\n  key: crec-seal.p12\n"
                      "  certificate: crec-seal.pem\n", encoding="utf-8")  # fmt: skip
    loaded = load_issuer(issuer)
    assert loaded.sha256 == plain_sha and "seal" not in loaded.record
    assert loaded.seal is not None and loaded.seal.key == library_copy / "crec-seal.p12"
    result = cli("build", RIVERBEND, "--out", tmp_path, "--format", "docx",
                 "--library", library_copy, env=SEALING)  # fmt: skip
    assert result.exit_code == 0, result.output
    docx = tmp_path / f"{ADDENDUM}.docx"
    assert str(library_copy) not in docx.read_bytes().decode("latin-1")
    report = verify(docx, library=library_copy)
    assert report.seal is not None and report.seal.trusted and report.intact


def it_refuses_a_certificate_that_is_not_the_keys(keys: Keys) -> None:
    with pytest.raises(InputError, match="not the certificate of the key"):
        load_seal(keys.p12, certificate=keys.impostor_pem, password=PASSWORD)


def it_knows_only_an_rsa_key_seals_reproducibly(keys: Keys) -> None:
    seal = load_seal(keys.p12, password=PASSWORD)
    assert seal.algorithm == "RSA" and seal.reproducible
    assert PASSWORD not in repr(seal) and "key=" not in repr(seal)
