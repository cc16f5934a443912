"""Agreement → bytes: DOCX through the Word template, web pages and e-mail text, the finished
PDF, and the manifest inside each. Renders what assembly decided; decides nothing itself.
"""
