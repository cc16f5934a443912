"""Documents CREC has issued, regenerated (rebuild) and compared (redline)."""
