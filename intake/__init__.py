"""intake: the data protection officer's mailbox assistant."""

__version__ = "0.1.0"
