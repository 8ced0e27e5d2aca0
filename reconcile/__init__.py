"""reconcile: cross-source fact reconciliation for news articles."""
__version__ = "0.1.0"
