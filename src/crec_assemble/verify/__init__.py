"""Reading an issued document back: does it still say what CREC issued, and what changed?"""
