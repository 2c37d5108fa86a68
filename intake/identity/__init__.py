"""Identity: who a requester is in the organisation's records (records/), checked field by field -> IdentityMatch."""
