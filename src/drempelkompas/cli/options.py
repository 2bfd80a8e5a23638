"""Options that several commands share, with their help texts in the user's language."""


def collaboration_option(sub, words) -> None:
    """`--collaboration NAME`, required; `words` (an i18n.Language) translates its help."""
    sub.add_argument(
        "--collaboration",
        metavar=words.translate("CliHelp", "NAME"),
        required=True,
        help=words.translate("CliHelp", "the collaboration's name (accents and case may differ)"),
    )
