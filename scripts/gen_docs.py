"""Write the generated references in docs/ (the tests check they are current)."""

from pathlib import Path

from mldojo.cli.reference import cli_reference_markdown, configuration_markdown

DOCS = Path(__file__).resolve().parent.parent / "docs"

(DOCS / "cli.md").write_text(cli_reference_markdown() + "\n", encoding="utf-8")
(DOCS / "configuration.md").write_text(configuration_markdown() + "\n", encoding="utf-8")
print("wrote docs/cli.md and docs/configuration.md")
