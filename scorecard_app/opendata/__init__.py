"""Open data: results as a Frictionless Tabular Data Package, written the same way everywhere.

Qt-free and SQL-free, so the laptop (`scorecard export-data`) and the head-office server
(`scorecard-sync open-data`) write one format: `schema` holds the tables and their data
dictionary, `rows` turns one cycle's data into rows by the app's own method, and `package` writes
the files (CSVs + datapackage.json + README, or one JSON).
"""

from .package import DEFAULT_LICENCE, LICENCES, PackageWriter, UnknownLicence, write_cycle_package
from .rows import cycle_rows, facility_row
from .schema import RESOURCES

__all__ = [
    "DEFAULT_LICENCE",
    "LICENCES",
    "PackageWriter",
    "RESOURCES",
    "UnknownLicence",
    "cycle_rows",
    "facility_row",
    "write_cycle_package",
]
