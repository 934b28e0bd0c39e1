"""Use cases. They depend on the domain and on the Protocols in ports.py only."""
