"""The documents around an agreement: notices to families, breach letters, deletion requests,
and the deadlines the regulation sets for them.
"""
