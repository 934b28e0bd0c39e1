"""Charts as PNG files: readiness with its uncertainty, an activity heat map, a week of study."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from mldojo.domain.readiness import Round
from mldojo.services.progress import HEATMAP_WEEKS, Progress

ROUND_ORDER = list(Round)


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")  # files only; never a window
    import matplotlib.pyplot as plt

    return plt


def progress_chart(progress: Progress, path: Path) -> Path:
    """Write readiness per round (with ±1 sd) beside the activity heat map; return the path."""
    plt = _pyplot()
    fig, (bars, heat) = plt.subplots(
        1, 2, figsize=(11, 4.2), gridspec_kw={"width_ratios": [1.1, 1]}, dpi=100
    )
    labels = [r.label for r in ROUND_ORDER]
    values = [progress.rounds[r].readiness * 100 for r in ROUND_ORDER]
    errors = [progress.rounds[r].readiness_uncertainty * 100 for r in ROUND_ORDER]
    colors = ["#b9c2cc" if progress.rounds[r].is_thin else "#2457c5" for r in ROUND_ORDER]
    positions = list(range(len(labels)))[::-1]
    bars.barh(positions, values, xerr=errors, color=colors, capsize=3)
    bars.set_yticks(positions, labels)
    bars.set_xlim(0, 100)
    bars.set_xlabel("readiness (%) — grey: little evidence yet")
    bars.set_title(
        f"Readiness · {progress.solved}/{progress.solved_goal} problems solved", fontsize=11
    )
    for y, value in zip(positions, values, strict=True):
        bars.text(min(value + 2, 90), y, f"{value:.0f}%", va="center", fontsize=9)
    grid, first_monday = heatmap_grid(progress.activity, progress.now.date())
    heat.imshow(grid, aspect="auto", cmap="Greens", vmin=0, vmax=max(60, max(map(max, grid))))
    heat.set_yticks(range(7), ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    heat.set_xticks(
        range(0, HEATMAP_WEEKS, 2),
        [(first_monday + timedelta(weeks=w)).strftime("%d %b") for w in range(0, HEATMAP_WEEKS, 2)],
        fontsize=8,
    )
    heat.set_title(
        f"Activity · streak {progress.streak_days} day{'s' * (progress.streak_days != 1)} · "
        f"{progress.week_minutes / 60:.1f}/{progress.week_goal_minutes / 60:g} h this week",
        fontsize=11,
    )
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return path


def heatmap_grid(activity: dict[date, int], today: date) -> tuple[list[list[int]], date]:
    """Return minutes per day as 7 rows (Mon..Sun) by HEATMAP_WEEKS columns, and the first
    Monday."""
    this_monday = today - timedelta(days=today.weekday())
    first_monday = this_monday - timedelta(weeks=HEATMAP_WEEKS - 1)
    grid = [[0] * HEATMAP_WEEKS for _ in range(7)]
    for day, minutes in activity.items():
        week = (day - first_monday).days // 7
        if 0 <= week < HEATMAP_WEEKS and day <= today:
            grid[day.weekday()][week] += minutes
    return grid, first_monday


def week_chart(minutes_per_day: dict[date, int], path: Path, title: str) -> Path:
    """Write a bar chart of study minutes for each day of a week."""
    plt = _pyplot()
    days = sorted(minutes_per_day)
    fig, axis = plt.subplots(figsize=(7, 3), dpi=100)
    axis.bar(
        [d.strftime("%a %d") for d in days], [minutes_per_day[d] for d in days], color="#2457c5"
    )
    axis.set_ylabel("minutes")
    axis.set_title(title, fontsize=11)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return path
