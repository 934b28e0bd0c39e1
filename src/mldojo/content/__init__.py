"""The content bank: problems, cards, prompts and the roadmap, as data files."""
