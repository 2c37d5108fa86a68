"""Sources turn bytes from the outside (SMTP, IMAP, files) into stored messages, and do nothing else."""
