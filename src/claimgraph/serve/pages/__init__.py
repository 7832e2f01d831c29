"""One module per page: each holds the data function the page and the JSON API share, and its route."""
