"""`python -m intake`: the same as the `intake` command."""

from intake.cli import main

main()
