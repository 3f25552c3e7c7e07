"""Chroma index of prior clinical notes with offline embeddings and hybrid search."""
