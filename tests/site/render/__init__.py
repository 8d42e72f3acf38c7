"""Renderers: every page of the model site, written from a SiteContent on each request."""
