"""One module per data sheet: ``write(batch, sheet)`` streams the sheet's rows, each built
as a dict by column header (checked against counter_app/hq/contract.py when written)."""
