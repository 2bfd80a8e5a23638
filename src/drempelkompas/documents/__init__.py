"""Plan PDFs as files, without Qt: export, verify, and sign them digitally."""
