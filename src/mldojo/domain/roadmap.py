"""The skill areas of the roadmap, from foundations to getting hired."""

from __future__ import annotations

# Ordered from foundations to getting hired; every problem, card and prompt maps to one or more.
SKILLS: dict[str, str] = {
    "math": "Linear algebra, calculus and optimisation",
    "probability-statistics": "Probability, statistics and A/B testing",
    "dsa": "Data structures and algorithms",
    "computer-science": "Computer science and numerics",
    "software-engineering": "Software engineering",
    "classical-ml": "Classical machine learning",
    "deep-learning": "Deep learning",
    "nlp-llm": "NLP, transformers and LLMs",
    "computer-vision": "Computer vision",
    "recsys-rl": "Recommendation and reinforcement learning",
    "ml-workflow": "ML workflow, data and evaluation",
    "mlops": "MLOps and ML in production",
    "cloud": "Cloud and infrastructure",
    "system-design": "System design",
    "ml-system-design": "ML system design",
    "communication": "Communication and behavioral interviews",
}
