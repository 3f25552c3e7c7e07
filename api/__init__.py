"""FastAPI service exposing POST /reason."""
