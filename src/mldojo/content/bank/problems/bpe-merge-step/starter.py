def bpe_merge_step(words: list[list[str]]) -> tuple[list[str] | None, list[list[str]]]:
    pass
