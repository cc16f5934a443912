"""Agreement → bytes: DOCX through the Word template, web pages and e-mail text, the finished
PDF, and the manifest inside each (:mod:`.manifest`, which reads it back too). Renders what
assembly decided; decides nothing itself. :mod:`.extract` reads the text back out of a DOCX,
PDF or web page, for ``verify`` and ``audit``; :mod:`.gap_report` lays out the audit's gap
report for the vendor.
"""
