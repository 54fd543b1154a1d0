"""Delivery (no Qt): e-mail drafts, calendar reminders, case bundles, web-form text."""
