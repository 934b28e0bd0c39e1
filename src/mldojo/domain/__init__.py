"""Pure rules and models: standard library and pydantic only, nothing else of mldojo."""
