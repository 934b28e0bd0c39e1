"""mldojo: practice and career system for machine learning engineers."""

__version__ = "0.1.0"
