"""Groups of CLI commands, each registered on the one `intake` app defined in intake.cli."""
