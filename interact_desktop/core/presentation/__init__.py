"""Presenting the handbook to a room: sections and flowcharts as slides."""
