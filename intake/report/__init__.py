"""Accountability figures: the period report (`intake report`) and the dashboard's numbers and charts."""
