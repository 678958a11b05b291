"""pledgewatch: what officials say about supporting Ukraine, from raw news text to tidy tables and charts."""

__version__ = "0.1.0"
