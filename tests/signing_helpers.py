"""Throwaway certificates and signatures made inside the tests: PAdES with pyHanko, CAdES (.p7m) with
cryptography. Nothing here is trusted by anyone; the certificates live for the test only."""

from __future__ import annotations

import warnings
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID


def throwaway_certificate(name: str, fiscal_code: str = ""):
    """A self-signed signing certificate naming `name` (and the codice fiscale as Italian CAs do)."""
    key = ec.generate_private_key(ec.SECP256R1())
    first, _, last = name.partition(" ")
    attributes = [x509.NameAttribute(NameOID.COUNTRY_NAME, "IT"), x509.NameAttribute(NameOID.GIVEN_NAME, first),
                  x509.NameAttribute(NameOID.SURNAME, last), x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if fiscal_code:
        attributes.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, f"TINIT-{fiscal_code}"))
    subject = x509.Name(attributes)
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=30))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    return cert, key


def sign_pades(source: Path, target: Path, cert, key, field: str = "Firma1") -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from asn1crypto import keys as asn1_keys
        from asn1crypto import x509 as asn1_x509
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import signers
        from pyhanko_certvalidator.registry import SimpleCertificateStore
    signer_cert = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    signer_key = asn1_keys.PrivateKeyInfo.load(key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    signer = signers.SimpleSigner(signing_cert=signer_cert, signing_key=signer_key,
                                  cert_registry=SimpleCertificateStore.from_certs([signer_cert]))
    with open(source, "rb") as handle:
        writer = IncrementalPdfFileWriter(BytesIO(handle.read()), strict=False)
        out = signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name=field), signer=signer)
    target.write_bytes(out.getvalue())
    return target


def change_page_after_signing(source: Path, target: Path) -> Path:
    """An incremental update that replaces the first page's content: the signature stays intact, the
    document does not."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from pyhanko.pdf_utils import generic
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    writer = IncrementalPdfFileWriter(BytesIO(source.read_bytes()), strict=False)
    page_ref = writer.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    stream = generic.StreamObject(stream_data=b"BT /F1 24 Tf 100 700 Td (Importo modificato) Tj ET")
    page["/Contents"] = writer.add_object(stream)
    writer.update_container(page)
    out = BytesIO()
    writer.write(out)
    target.write_bytes(out.getvalue())
    return target


def sign_cades(content: bytes, target: Path, cert, key) -> Path:
    """An attached CAdES-style envelope (.p7m) with signing time and message digest as signed attributes."""
    der = (pkcs7.PKCS7SignatureBuilder().set_data(content).add_signer(cert, key, hashes.SHA256())
           .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary]))  # bytes as they are
    target.write_bytes(der)
    return target


def flip_inside(data: bytes, marker: bytes) -> bytes:
    """Change one byte of the first occurrence of `marker` (same length: offsets stay valid)."""
    at = data.index(marker)
    changed = bytes([data[at] ^ 0x01])
    return data[:at] + changed + data[at + 1:]
