"""`python -m intake.cli`: the same as the `intake` command."""

from intake.cli import main

main()
