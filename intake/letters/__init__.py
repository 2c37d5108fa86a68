"""Letters: the reply templates/ in each language, rendered (render), drafted from a decision (drafts), checked."""
