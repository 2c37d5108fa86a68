"""The outbox: what intake sends (replies, acknowledgements, the digest), queued in the database and delivered."""
