"""HQ's workbooks (hq-contract.md section 1, docs/hq-formats.md).

``contract`` is the contract as one table (sheets, columns, kinds, widths, keys, number
formats) and the text every cell is checked by. The hall's side writes a batch from the
services' reads: ``export`` (the batch), ``batch`` and ``sheets`` (one module per sheet,
rows by column name), ``writer`` (workbook, 说明, checksum). HQ's side reads batches:
``check``, ``merge``, ``load``; it never loads the hall's export. Nothing below (the
services, printing, the store, the domain) imports this package (import-linter).
"""
