"""Parametric cards on linear algebra that ML work leans on: products, norms, shapes, 2×2 facts."""

import math

from mldojo.content.cards import parametric

DECK = "linear-algebra"




def _show(values):
    return ", ".join(f"{v:g}" if isinstance(v, float) else str(v) for v in values)


def _matrix(rows):
    return "[" + ", ".join("[" + _show(row) + "]" for row in rows) + "]"


def _nonzero_vector(rng, n, low=-9, high=9):
    while True:
        v = [rng.randint(low, high) for _ in range(n)]
        if any(v):
            return v


# -- dot product -------------------------------------------------------------------------------


def _two_vectors(rng):
    a = _nonzero_vector(rng, 4)
    b = _nonzero_vector(rng, 4)
    return {"a": a, "b": b, "a_text": _show(a), "b_text": _show(b)}


def _dot_oracle(p):
    # Polarisation identity: a·b = (|a + b|² − |a − b|²) / 4, from norms only.
    import numpy as np

    a, b = np.array(p["a"], float), np.array(p["b"], float)
    return (np.linalg.norm(a + b) ** 2 - np.linalg.norm(a - b) ** 2) / 4


# -- L2 norm -------------------------------------------------------------------------------------


def _one_vector(rng):
    v = _nonzero_vector(rng, 4, -12, 12)
    return {"v": v, "v_text": _show(v)}


def _l2_oracle(p):
    # The only singular value of a 1×n matrix is the Euclidean length of its row.
    import numpy as np

    return float(np.linalg.svd(np.array([p["v"]], float), compute_uv=False)[0])


# -- cosine similarity ---------------------------------------------------------------------------


def _cosine_oracle(p):
    from sklearn.metrics.pairwise import cosine_similarity

    return float(cosine_similarity([p["a"]], [p["b"]])[0, 0])


# -- batched matmul shape ------------------------------------------------------------------------


def _batched_shapes(rng):
    return {
        "batch": rng.choice([2, 4, 8, 16, 32]),
        "m": rng.choice([3, 5, 10, 16, 20, 64]),
        "n": rng.choice([4, 8, 12, 32, 50]),
        "k": rng.choice([2, 6, 7, 10, 24, 128]),
    }


def _batched_oracle(p):
    import numpy as np

    out = np.matmul(np.zeros((p["batch"], p["m"], p["n"])), np.zeros((p["n"], p["k"])))
    return float(out.size)


# -- 2×2 matrices --------------------------------------------------------------------------------


def _matrix2(rng):
    while True:
        a, b, c, d = (rng.randint(-9, 9) for _ in range(4))
        if a * d - b * c != 0:
            return {"a": a, "b": b, "c": c, "d": d, "m_text": _matrix([[a, b], [c, d]])}


def _det_oracle(p):
    import numpy as np

    return float(np.linalg.det(np.array([[p["a"], p["b"]], [p["c"], p["d"]]], float)))


def _inverse_oracle(p):
    import numpy as np

    return float(np.linalg.inv(np.array([[p["a"], p["b"]], [p["c"], p["d"]]], float))[0, 1])


# -- 3×3 trace and eigenvalues -------------------------------------------------------------------


def _matrix3(rng):
    rows = [[rng.randint(-6, 9) for _ in range(3)] for _ in range(3)]
    return {"rows": rows, "m_text": _matrix(rows)}


def _eigen_sum_oracle(p):
    import numpy as np

    return float(np.linalg.eigvals(np.array(p["rows"], float)).sum().real)


# -- symmetric 2×2 largest eigenvalue ------------------------------------------------------------


def _symmetric2(rng):
    a = rng.randint(1, 12)
    c = rng.randint(1, 12)
    b = rng.randint(-6, 6)
    return {"a": a, "b": b, "c": c, "m_text": _matrix([[a, b], [b, c]])}


def _top_eigen(p):
    a, b, c = p["a"], p["b"], p["c"]
    return (a + c) / 2 + math.sqrt(((a - c) / 2) ** 2 + b * b)


def _top_eigen_oracle(p):
    import numpy as np

    return float(np.linalg.eigvalsh(np.array([[p["a"], p["b"]], [p["b"], p["c"]]], float))[-1])


# -- scalar projection ---------------------------------------------------------------------------


def _projection(p):
    dot = sum(x * y for x, y in zip(p["a"], p["b"], strict=True))
    return dot / math.sqrt(sum(y * y for y in p["b"]))


def _projection_oracle(p):
    # Least squares of a on the single column b gives the coefficient a·b / b·b;
    # multiplying by |b| turns it into a signed length along b.
    import numpy as np

    a, b = np.array(p["a"], float), np.array(p["b"], float)
    coef = np.linalg.lstsq(b[:, None], a, rcond=None)[0][0]
    return float(coef * np.linalg.norm(b))


# -- Frobenius norm ------------------------------------------------------------------------------


def _matrix23(rng):
    rows = [[rng.randint(-7, 7) for _ in range(3)] for _ in range(2)]
    if not any(any(r) for r in rows):
        rows[0][0] = 1
    return {"rows": rows, "m_text": _matrix(rows)}


def _frobenius_oracle(p):
    # The Frobenius norm is the 2-norm of the singular values.
    import numpy as np

    s = np.linalg.svd(np.array(p["rows"], float), compute_uv=False)
    return float(np.sqrt(np.sum(s**2)))


# -- 2×2 linear system ---------------------------------------------------------------------------


def _equation(a, b, rhs):
    first = f"−{-a}" if a < 0 else str(a)
    sign = "−" if b < 0 else "+"
    right = f"−{-rhs}" if rhs < 0 else str(rhs)
    return f"{first}x {sign} {abs(b)}y = {right}"


def _system(rng):
    values = _matrix2(rng)
    values["e"] = rng.randint(-20, 20)
    values["f"] = rng.randint(-20, 20)
    values["eq1"] = _equation(values["a"], values["b"], values["e"])
    values["eq2"] = _equation(values["c"], values["d"], values["f"])
    return values


def _system_oracle(p):
    import numpy as np

    m = np.array([[p["a"], p["b"]], [p["c"], p["d"]]], float)
    return float(np.linalg.solve(m, np.array([p["e"], p["f"]], float))[0])


CARDS = [
    parametric(
        id="7e6979c1-dce6-45a8-a7b6-9213ec26b8d6",
        slug="dot-product-value",
        skill="math",
        topics=["linear-algebra", "vectors"],
        prompt="What is the dot product of a = ({a_text}) and b = ({b_text})? (an integer)",
        generate=_two_vectors,
        answer=lambda p: sum(x * y for x, y in zip(p["a"], p["b"], strict=True)),
        oracle=_dot_oracle,
        explanation="Multiply the vectors entry by entry and add the products: a·b = Σ aᵢbᵢ.",
        decimals=0,
    ),
    parametric(
        id="ec114c52-d4a1-4d58-9457-f28c1f7f5fd6",
        slug="euclidean-norm-of-vector",
        skill="math",
        topics=["linear-algebra", "norms"],
        prompt="What is the Euclidean (L2) norm of v = ({v_text})? (3 decimal places)",
        generate=_one_vector,
        answer=lambda p: math.sqrt(sum(x * x for x in p["v"])),
        oracle=_l2_oracle,
        explanation=(
            "Square every entry, add the squares and take the square root: ‖v‖₂ = √(Σ vᵢ²)."
        ),
        decimals=3,
    ),
    parametric(
        id="929e1bc7-55be-4551-8ca9-a1593d171d5b",
        slug="cosine-similarity-value",
        skill="math",
        topics=["linear-algebra", "similarity"],
        prompt=(
            "Two embeddings are a = ({a_text}) and b = ({b_text}). What is their cosine "
            "similarity? (3 decimal places)"
        ),
        generate=_two_vectors,
        answer=lambda p: (
            sum(x * y for x, y in zip(p["a"], p["b"], strict=True))
            / math.sqrt(sum(x * x for x in p["a"]) * sum(y * y for y in p["b"]))
        ),
        oracle=_cosine_oracle,
        explanation=(
            "cos θ = a·b / (‖a‖‖b‖): the dot product with both lengths divided out, so only "
            "the direction counts and the result lies in [−1, 1]."
        ),
        decimals=3,
    ),
    parametric(
        id="c4d6fc8e-f1c2-467c-927e-a1f6543911a9",
        slug="batched-matmul-output-size",
        skill="math",
        topics=["linear-algebra", "shapes"],
        prompt=(
            "In NumPy, A has shape ({batch}, {m}, {n}) and B has shape ({n}, {k}). How many "
            "numbers does A @ B hold?"
        ),
        generate=_batched_shapes,
        answer=lambda p: p["batch"] * p["m"] * p["k"],
        oracle=_batched_oracle,
        explanation=(
            "B is broadcast over the leading batch axis and the shared inner dimension n is "
            "summed away, so the result has shape (batch, m, k) and batch·m·k entries."
        ),
        units="elements",
        decimals=0,
    ),
    parametric(
        id="7c7186a5-759e-499c-b135-2469496d5592",
        slug="determinant-of-2x2",
        skill="math",
        topics=["linear-algebra", "determinant"],
        prompt="What is the determinant of the matrix {m_text} (rows listed top to bottom)?",
        generate=_matrix2,
        answer=lambda p: p["a"] * p["d"] - p["b"] * p["c"],
        oracle=_det_oracle,
        explanation=(
            "For [[a, b], [c, d]] the determinant is ad − bc, the signed factor by which the "
            "matrix scales areas."
        ),
        decimals=0,
    ),
    parametric(
        id="71d6879a-a050-45a1-b27d-95ea4103149e",
        slug="sum-of-eigenvalues-from-trace",
        skill="math",
        topics=["linear-algebra", "eigenvalues"],
        prompt=(
            "What is the sum of the eigenvalues (with multiplicity, complex ones included) of "
            "the 3×3 matrix {m_text}?"
        ),
        generate=_matrix3,
        answer=lambda p: sum(p["rows"][i][i] for i in range(3)),
        oracle=_eigen_sum_oracle,
        explanation=(
            "The eigenvalues always add up to the trace, the sum of the diagonal entries, so "
            "no eigen-decomposition is needed."
        ),
        decimals=0,
    ),
    parametric(
        id="1ec41162-4173-486c-9f71-84c1c1415b17",
        slug="largest-eigenvalue-symmetric-2x2",
        skill="math",
        topics=["linear-algebra", "eigenvalues"],
        prompt=(
            "What is the largest eigenvalue of the symmetric matrix {m_text}? (3 decimal places)"
        ),
        generate=_symmetric2,
        answer=_top_eigen,
        oracle=_top_eigen_oracle,
        explanation=(
            "For [[a, b], [b, c]] the eigenvalues are (a + c)/2 ± √(((a − c)/2)² + b²); take "
            "the plus sign."
        ),
        decimals=3,
    ),
    parametric(
        id="0bc29a9d-e881-4617-930e-b373d159a217",
        slug="inverse-2x2-off-diagonal-entry",
        skill="math",
        topics=["linear-algebra", "inverse"],
        prompt=(
            "M = {m_text}. What is the entry in the first row, second column of M⁻¹? "
            "(3 decimal places)"
        ),
        generate=_matrix2,
        answer=lambda p: -p["b"] / (p["a"] * p["d"] - p["b"] * p["c"]),
        oracle=_inverse_oracle,
        explanation=(
            "[[a, b], [c, d]]⁻¹ = [[d, −b], [−c, a]] / (ad − bc): swap the diagonal, negate the "
            "off-diagonal and divide by the determinant, so the entry is −b / (ad − bc)."
        ),
        decimals=3,
    ),
    parametric(
        id="f37803e5-1e53-42d6-8575-acc90b8024f1",
        slug="scalar-projection-onto-vector",
        skill="math",
        topics=["linear-algebra", "projection"],
        prompt=(
            "What is the scalar projection of a = ({a_text}) onto the direction of "
            "b = ({b_text}), i.e. the signed length of a along b? (3 decimal places)"
        ),
        generate=_two_vectors,
        answer=_projection,
        oracle=_projection_oracle,
        explanation="Dot a with the unit vector along b: a·b / ‖b‖.",
        decimals=3,
    ),
    parametric(
        id="bb978edd-0e10-4d20-a894-ee2f48d26a07",
        slug="frobenius-norm-of-matrix",
        skill="math",
        topics=["linear-algebra", "norms"],
        prompt="What is the Frobenius norm of the 2×3 matrix {m_text}? (3 decimal places)",
        generate=_matrix23,
        answer=lambda p: math.sqrt(sum(x * x for row in p["rows"] for x in row)),
        oracle=_frobenius_oracle,
        explanation=(
            "Treat the matrix as one long vector: the square root of the sum of all squared "
            "entries (equal to the 2-norm of its singular values)."
        ),
        decimals=3,
    ),
    parametric(
        id="a96dc226-be9e-41a1-936f-a4631298ccf3",
        slug="solve-2x2-linear-system",
        skill="math",
        topics=["linear-algebra", "linear-systems"],
        prompt=("Solve the system {eq1} and {eq2}. What is x? (3 decimal places)"),
        generate=_system,
        answer=lambda p: (p["e"] * p["d"] - p["b"] * p["f"]) / (p["a"] * p["d"] - p["b"] * p["c"]),
        oracle=_system_oracle,
        explanation=(
            "Cramer's rule: x = (e·d − b·f) / (a·d − b·c), the determinant with the first column "
            "replaced by the right-hand side, over the determinant of the system."
        ),
        decimals=3,
    ),
]
