"""Check a digitally signed agreement offline: a PDF with PAdES signatures (pyHanko) or a `.p7m` CAdES envelope
(asn1crypto + cryptography). For each signature: the signer's name and codice fiscale from the certificate,
whether the signed bytes are intact and the signature value verifies, whether the file changed after signing,
the signing time. Certificates are NOT checked against the trust lists (AgID / EU TSL) nor for revocation:
that needs the network, and the report says so."""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import re
import unicodedata
import warnings
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from pathlib import Path

from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.messages import CodedText

TRUST_NOTE = ("Verifica eseguita senza rete: integrità del file e corrispondenza dei firmatari. La validità dei "
              "certificati rispetto agli elenchi di fiducia (AgID / Unione europea) e la loro revoca NON sono "
              "state controllate.")
# pyHanko logs every certificate it cannot trust with the signer's name and codice fiscale: personal data never
# goes to the log files, and an untrusted (offline) certificate is expected here.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).setLevel(logging.CRITICAL + 1)
_CF = re.compile(r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]")


class SignatureCheckError(DomainError):
    """The signed file is refused: nothing is recorded as signed."""


@dataclass(frozen=True)
class FoundSignature:
    name: str
    fiscal_code: str
    signing_time: datetime | None
    intact: bool  # the signed bytes hash to the digest in the signature
    valid: bool  # the signature value verifies with the certificate's key
    changed_after: bool  # PAdES: a later revision changes more than signatures and form fields

    @property
    def problem(self) -> str:
        if not self.intact:
            return CodedText("network.signature_check.content_altered")
        if not self.valid:
            return CodedText("network.signature_check.signature_invalid")
        if self.changed_after:
            return CodedText("network.signature_check.changed_after")
        return ""


@dataclass(frozen=True)
class SignedFileReport:
    format: str  # "PAdES" or "CAdES"
    signatures: tuple[FoundSignature, ...]
    content: bytes  # the signed document (for a PDF the file itself; for a .p7m what it envelops)
    trust_note: str = TRUST_NOTE


def _subject_identity(subject: dict) -> tuple[str, str]:
    given, surname = subject.get("given_name", ""), subject.get("surname", "")
    name = subject.get("common_name") or f"{given} {surname}".strip()
    if isinstance(name, list):
        name = " ".join(name)
    haystack = " ".join(str(v) for v in subject.values()).upper()
    code = _CF.search(haystack)
    return str(name).strip(), code.group(0) if code else ""


def inspect_signed_file(path: Path) -> SignedFileReport:
    """Read the signatures of `path`; SignatureCheckError when it is neither a signed PDF nor a .p7m."""
    data = Path(path).read_bytes()
    name = Path(path).name.lower()
    if name.endswith(".p7m") or not data.startswith(b"%PDF"):
        if not name.endswith(".p7m") and not name.endswith(".pdf"):
            raise SignatureCheckError(code="network.signature_check.not_pdf_nor_p7m", params={"name": Path(path).name})
        if name.endswith(".pdf"):
            raise SignatureCheckError(code="network.signature_check.pdf_unreadable", params={"name": Path(path).name})
        return _inspect_p7m(data)
    return _inspect_pdf(data)


def _inspect_pdf(data: bytes) -> SignedFileReport:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pyHanko imports DSA, which cryptography deprecates
        from pyhanko.pdf_utils.misc import PdfReadError
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko.sign.validation import validate_pdf_signature
        from pyhanko.sign.validation.status import ModificationLevel
        from pyhanko_certvalidator import ValidationContext
    try:
        reader = PdfFileReader(BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise SignatureCheckError(code="network.signature_check.pdf_damaged") from exc
    if not embedded:
        raise SignatureCheckError(code="network.signature_check.pdf_unsigned")
    found = []
    for sig in embedded:
        context = ValidationContext(trust_roots=[], allow_fetching=False)
        try:
            status = validate_pdf_signature(sig, context)
        except Exception as exc:  # pyHanko raises several kinds on a mangled signature: all mean "refuse"
            raise SignatureCheckError(code="network.signature_check.signature_unverifiable",
                                      params={"error_type": type(exc).__name__}) from exc
        name, code = _subject_identity(status.signing_cert.subject.native)
        level = status.modification_level
        changed = level is not None and level not in (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES,
                                                      ModificationLevel.FORM_FILLING)
        found.append(FoundSignature(name, code, status.signer_reported_dt, bool(status.intact),
                                    bool(status.valid), changed))
    return SignedFileReport("PAdES", tuple(found), data)


def _load_cms(data: bytes):
    from asn1crypto import cms

    candidates = [data]
    try:  # some tools save the envelope base64-encoded
        candidates.append(base64.b64decode(b"".join(data.split()), validate=True))
    except (binascii.Error, ValueError):
        pass
    for candidate in candidates:
        try:
            info = cms.ContentInfo.load(candidate)
            if info["content_type"].native == "signed_data":
                info["content"].native  # noqa: B018 - parses everything now, so a bad file fails here
                return info["content"]
        except (ValueError, TypeError, KeyError):
            continue
    raise SignatureCheckError(code="network.signature_check.p7m_unreadable")


def _inspect_p7m(data: bytes) -> SignedFileReport:
    signed = _load_cms(data)
    content = signed["encap_content_info"]["content"].native
    if content is None:
        raise SignatureCheckError(code="network.signature_check.p7m_detached")
    certs = [c.chosen for c in signed["certificates"]] if signed["certificates"] else []
    found = []
    for info in signed["signer_infos"]:
        sid = info["sid"].chosen
        cert = next((c for c in certs if c.issuer == sid["issuer"] and c.serial_number == sid["serial_number"].native),
                    None) if info["sid"].name == "issuer_and_serial_number" else None
        if cert is None:
            raise SignatureCheckError(code="network.signature_check.certificate_missing")
        name, code = _subject_identity(cert.subject.native)
        found.append(_check_signer_info(info, cert, content, name, code))
    if not found:
        raise SignatureCheckError(code="network.signature_check.p7m_unsigned")
    return SignedFileReport("CAdES", tuple(found), content)


def _check_signer_info(info, cert, content: bytes, name: str, code: str) -> FoundSignature:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
    from cryptography.x509 import load_der_x509_certificate

    algorithm = info["digest_algorithm"]["algorithm"].native
    digest = hashlib.new(algorithm, content).digest()
    attrs = info["signed_attrs"]
    when, expected = None, None
    for attr in attrs:
        if attr["type"].native == "message_digest":
            expected = attr["values"][0].native
        elif attr["type"].native == "signing_time":
            when = attr["values"][0].native
    intact = expected == digest
    # The signature covers the DER of the signed attributes as a SET (RFC 5652 §5.4).
    signed_bytes = attrs.untag().dump() if attrs else content
    key = load_der_x509_certificate(cert.dump()).public_key()
    chosen = {"sha256": hashes.SHA256(), "sha384": hashes.SHA384(), "sha512": hashes.SHA512(),
              "sha1": hashes.SHA1()}.get(algorithm)
    try:
        if chosen is None:
            raise InvalidSignature
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(info["signature"].native, signed_bytes, padding.PKCS1v15(), chosen)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(info["signature"].native, signed_bytes, ec.ECDSA(chosen))
        else:
            raise InvalidSignature
        valid = True
    except InvalidSignature:
        valid = False
    return FoundSignature(name, code, when, intact, valid, False)


def _words(text: str) -> frozenset[str]:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().upper()
    return frozenset(w for w in re.split(r"[^A-Z]+", plain) if len(w) > 1)


def signer_matches(found: FoundSignature, name: str, fiscal_code: str) -> bool:
    """The certificate names the expected signatory: same codice fiscale when both have one, else same name
    (word order and accents aside)."""
    if found.fiscal_code and fiscal_code:
        return found.fiscal_code == fiscal_code.upper()
    return bool(_words(name)) and _words(found.name) == _words(name)
