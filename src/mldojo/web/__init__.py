"""The FastAPI web app: routes/<area>.py, templates/<area>/, static/."""
