"""Python compiled by `make forms` from the Qt Designer files in ui/; do not edit."""
