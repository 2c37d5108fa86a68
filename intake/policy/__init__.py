"""Policy: the rules/ that decide what to do with a request, its legal deadline and clock, the case lifecycle."""
