"""`plan export|signoff|sign|withdraw` and `verify`: action plans as PDFs."""

import getpass
import os
import sys
from datetime import date

from drempelkompas.cli.common import collaboration_id, open_for, output_language
from drempelkompas.documents.plan_files import read_pdf, save_plan, sign_plan_file, verify_file
from drempelkompas.domain.enums import Level
from drempelkompas.domain.errors import DrempelError, ValidationError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.runtime import i18n
from drempelkompas.runtime.locations import signing_folder
from drempelkompas.services import plans
from drempelkompas.services.csv_io import level_from_text
from drempelkompas.services.plans import Signatory
from drempelkompas.storage.files import refuse_protected_target

PASSWORD_VARIABLE = "DREMPELKOMPAS_P12_PASSWORD"


def export(args) -> None:
    version = getattr(args, "version", None)
    # Works while the app is open: noting the export is one small insert, which SQLite serialises.
    open_for(args)
    exported = save_plan(args.output, collaboration_id(args.collaboration), version, output_language(args))
    print(i18n.translate("Cli", "Exported the plan to {file}.").format(file=args.output))
    if exported.missing_characters:
        print(
            i18n.translate(
                "Cli", "Warning: the PDF's fonts cannot show {characters}; the PDF prints \ufffd instead."
            ).format(characters=" ".join(exported.missing_characters)),
            file=sys.stderr,
        )


def sign_off(args) -> None:
    open_for(args, writable=True)
    signatories = [_signatory(text) for text in args.signatory]
    version = plans.sign_off(collaboration_id(args.collaboration), signatories)
    print(
        i18n.translate("Cli", "Signed off version {number}; fingerprint {fingerprint}").format(
            number=version.number, fingerprint=version.fingerprint
        )
    )


def _signatory(text: str) -> Signatory:
    parts = text.split("|")
    level = level_from_text(parts[2]) if len(parts) == 3 else None
    if not isinstance(level, Level):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", 'Write a signatory as "Name|Role|level", not "{text}".'), text=text
        )
    return Signatory(parts[0], parts[1], level, date.today())


def withdraw(args) -> None:
    open_for(args, writable=True)
    version = plans.withdraw(collaboration_id(args.collaboration), args.version, args.reason, args.by)
    print(i18n.translate("Cli", "Withdrew version {number}.").format(number=version.number))


def sign(args) -> None:
    from drempelkompas.documents.signing import (
        ensure_signable,
        has_personal_certificate,
        personal_certificate,
    )

    # A file that cannot be signed, or a target that may not be written, is refused before any
    # passphrase is asked.
    ensure_signable(read_pdf(args.file), args.file)
    refuse_protected_target(args.output)
    certificate = getattr(args, "p12", None)
    if certificate is None:
        folder = signing_folder()
        if not has_personal_certificate(folder) and not getattr(args, "name", None):
            raise DrempelError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "You have no personal certificate yet: give the name it is for with --name "
                    "(and --organisation), or sign with --p12.",
                )
            )
        passphrase = _passphrase(required=True)
        if has_personal_certificate(folder) and getattr(args, "name", None):
            print(
                i18n.translate(
                    "Cli",
                    "Note: your personal certificate exists already; it keeps the name it was made for.",
                ),
                file=sys.stderr,
            )
        certificate = personal_certificate(folder, args.name or "", args.organisation, passphrase)
    else:
        passphrase = _passphrase(required=False)
    sign_plan_file(args.file, args.output, certificate, passphrase, i18n.Language)
    print(i18n.translate("Cli", "Signed {file} into {output}.").format(file=args.file, output=args.output))


def _passphrase(required: bool) -> bytes | None:
    """From $DREMPELKOMPAS_P12_PASSWORD, else asked on the terminal (never echoed)."""
    given = os.environ.get(PASSWORD_VARIABLE)
    if given:
        return given.encode()
    if sys.stdin.isatty():
        typed = getpass.getpass(i18n.translate("Cli", "Passphrase of the certificate: "))
        return typed.encode() if typed else None
    if required:
        raise DrempelError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The personal certificate needs its passphrase: set {variable} or run in a terminal.",
            ),
            variable=PASSWORD_VARIABLE,
        )
    return None


def verify(args) -> int:
    open_for(args)
    result = verify_file(args.file, i18n.Language)
    args.exit_code = 0 if result.ok else 1  # also when the output is cut off (`| head -1`)
    print(f"{args.file}: {result.outcome_text(i18n.translate)}")
    if result.version is not None:
        print(
            i18n.translate(
                "Cli", "Collaboration: {name}; version {number}; fingerprint {fingerprint}"
            ).format(name=result.collaboration, number=result.version, fingerprint=result.fingerprint)
        )
    for line in result.state_lines(i18n.translate, i18n.format_date):
        print(line)
    for number, signature in enumerate(result.signatures, 1):
        print(_signature_line(number, signature))
    return 0 if result.ok else 1


def _signature_line(number: int, signature) -> str:
    translate = i18n.translate
    state = translate("Cli", "valid") if signature.valid else translate("Cli", "INVALID")
    trust = (
        translate("Cli", "from a trusted authority")
        if signature.trusted
        else translate("Cli", "personal certificate, not from a trusted authority")
    )
    validity = (
        translate("Cli", "within the certificate's validity")
        if signature.within_validity
        else translate("Cli", "OUTSIDE the certificate's validity")
    )
    moment = i18n.format_datetime(signature.signed_at) if signature.signed_at else "?"
    line = translate("Cli", "Signature {number}: {signer}, {moment}; {state}; {trust}; {validity}").format(
        number=number, signer=signature.signer, moment=moment, state=state, trust=trust, validity=validity
    )
    certificate = translate("Cli", "certificate {fingerprint}").format(fingerprint=signature.certificate)
    return f"{line}; {certificate}"
