"""The web app over a claimgraph store: pages to check claims by looking, a JSON API, uploads.

``claimgraph serve --db DB`` runs it (see :mod:`claimgraph.serve_cli`); :func:`.app.create_app`
builds it for tests and other servers. Nothing else in claimgraph imports this package.
"""
