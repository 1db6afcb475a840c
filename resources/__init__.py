"""The shipped files (fonts, guide, icons, indicator library, pictograms, translations).

A package only so that it installs as scorecard_app.resources; read it through
scorecard_app.assets.
"""
