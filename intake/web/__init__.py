"""The web face: the DPO's pages over the same review functions as the CLI (app.py builds it, server.py runs it)."""
