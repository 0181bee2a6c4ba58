"""Reusable inputs and table items."""
