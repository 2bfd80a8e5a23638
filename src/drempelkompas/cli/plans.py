"""`plan export|signoff|sign` and `verify`: action plans as PDFs."""

import os
from datetime import date

from drempelkompas.cli.common import collaboration_id, open_for, output_language
from drempelkompas.documents.plan_files import save_plan, sign_plan_file, signer_name, verify_file
from drempelkompas.domain.enums import Level
from drempelkompas.domain.errors import ValidationError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.runtime import i18n
from drempelkompas.runtime.locations import signing_folder
from drempelkompas.services.csv_io import level_from_text
from drempelkompas.services.plans import Signatory
from drempelkompas.services.plans import sign_off as sign_off_plan

PASSWORD_VARIABLE = "DREMPELKOMPAS_P12_PASSWORD"


def export(args) -> None:
    open_for(args)
    save_plan(
        args.output,
        collaboration_id(args.collaboration),
        getattr(args, "version", None),
        output_language(args),
    )
    print(i18n.translate("Cli", "Exported the plan to {file}.").format(file=args.output))


def sign_off(args) -> None:
    open_for(args, writable=True)
    signatories = [_signatory(text) for text in args.signatory]
    version = sign_off_plan(collaboration_id(args.collaboration), signatories)
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


def sign(args) -> None:
    password = os.environ.get(PASSWORD_VARIABLE)
    sign_plan_file(
        args.file,
        args.output,
        getattr(args, "p12", None),
        signing_folder(),
        signer_name(getattr(args, "name", None)),
        password.encode() if password else None,
    )
    print(i18n.translate("Cli", "Signed {file} into {output}.").format(file=args.file, output=args.output))


def verify(args) -> int:
    open_for(args)
    result = verify_file(args.file, i18n.Language)
    print(f"{args.file}: {result.outcome_text(i18n.translate)}")
    if result.version is not None:
        print(
            i18n.translate(
                "Cli", "Collaboration: {name}; version {number}; fingerprint {fingerprint}"
            ).format(name=result.collaboration, number=result.version, fingerprint=result.fingerprint)
        )
    for number, signature in enumerate(result.signatures, 1):
        state = i18n.translate("Cli", "valid") if signature.valid else i18n.translate("Cli", "INVALID")
        trust = (
            ""
            if signature.trusted
            else " " + i18n.translate("Cli", "(personal certificate, not from a trusted authority)")
        )
        after = " " + i18n.translate("Cli", "— changed after signing") if signature.changed_after else ""
        print(
            i18n.translate("Cli", "Signature {number}: {signer}, {state}{trust}{after}").format(
                number=number, signer=signature.signer, state=state, trust=trust, after=after
            )
        )
    return 0 if result.ok else 1
