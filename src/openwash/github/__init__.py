"""GitHub integration: API client, pull-request comments, organization sweep.

Nothing here is imported on the pre-commit path: PyGithub and requests are
imported inside the functions that need them.
"""
