"""Documents (no Qt): compose a case into a document structure, render it as PDF or text.

Import what you need from its own module (`complaintkit.documents.generate`, `.letter`,
`.render_pdf`, ...): this package itself imports nothing, so a module that needs no
reportlab (`generated_sets`, `wording`) loads without it.
"""
