"""The processes of `intake run`: the service that starts and supervises them, and the worker that runs the pipeline."""
