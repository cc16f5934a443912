"""Inputs → files: plan the documents, render, convert with LibreOffice, read back, and
write atomically. Every command that writes documents goes through here.
"""
