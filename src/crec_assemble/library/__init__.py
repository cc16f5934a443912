"""The clause library counsel edits: versioned snippets, front matter, the requirement
catalogue, editions, Markdown and the placeholders a clause may name. Nothing here renders.
"""
