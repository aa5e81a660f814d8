"""HTML page routers, one module per resource."""
