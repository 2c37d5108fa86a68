"""Charts as SVG markup made on the server: no script, no CDN, no style attribute (the pages' CSP allows none)."""

from __future__ import annotations

from datetime import date
from html import escape

from markupsafe import Markup

# Tableau's ten colours and two more: distinct in print and for the common colour-vision deficiencies.
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
    "#1f5fbf",
    "#6b6b6b",
)
WIDTH = 480  # the viewBox width; the page scales the chart to its column, so a phone shows it whole
TEXT = "#1d2430"
MUTED = "#5f6b7a"


def colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def _number(value: float) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _svg(title: str, height: int, body: list[str]) -> Markup:
    label = escape(title)
    return Markup(
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'role="img" aria-label="{label}" font-family="system-ui, sans-serif" font-size="12">'
        f"<title>{label}</title>" + "".join(body) + "</svg>"
    )


def _empty(title: str) -> Markup:
    return _svg(title, 40, [f'<text x="0" y="24" fill="{MUTED}" font-style="italic">Nothing in this period.</text>'])


def bars(title: str, items: dict[str, int] | dict[str, float], unit: str = "") -> Markup:
    """One horizontal bar per item, its value written at the end of the bar."""
    if not items or not any(items.values()):
        return _empty(title)
    row, label_width, value_width = 22, 150, 60
    top = max(items.values()) or 1
    span = WIDTH - label_width - value_width
    body = []
    for i, (name, value) in enumerate(items.items()):
        y = i * row
        length = max(1.0, span * value / top) if value else 0.0
        body.append(
            f'<text x="{label_width - 6}" y="{y + 15}" text-anchor="end" fill="{TEXT}">{escape(str(name))}</text>'
            f'<rect x="{label_width}" y="{y + 4}" width="{length:.1f}" height="{row - 8}" fill="{colour(i)}"/>'
            f'<text x="{label_width + length + 4:.1f}" y="{y + 15}" fill="{TEXT}">{_number(value)}{escape(unit)}</text>'
        )
    return _svg(title, len(items) * row + 4, body)


def weeks(title: str, data: list[tuple[date, dict[str, int]]], keys: list[str]) -> Markup:
    """A stacked column per week (the requests of each right), the week's Monday below it, a legend under all."""
    totals = [sum(counts.values()) for _, counts in data]
    if not data or not any(totals):
        return _empty(title)
    left, plot_top, plot_height, per_row = 28, 16, 150, 3  # room above the tallest column for its total
    step = (WIDTH - left) / len(data)
    top = max(totals)
    scale = plot_height / top
    axis = plot_top + plot_height
    stride = -(-len(data) // 13)  # at most 13 dates under the axis, so a year's 53 weeks stay readable
    body = [
        f'<line x1="{left}" y1="{axis}" x2="{WIDTH}" y2="{axis}" stroke="{MUTED}"/>',
        f'<text x="{left - 4}" y="{plot_top + 10}" text-anchor="end" fill="{MUTED}" font-size="10">{top}</text>',
        f'<text x="{left - 4}" y="{axis}" text-anchor="end" fill="{MUTED}" font-size="10">0</text>',
    ]
    for i, (monday, counts) in enumerate(data):
        x = left + i * step + step * 0.15
        y = float(axis)
        for k, key in enumerate(keys):
            if counts.get(key):
                h = counts[key] * scale
                y -= h
                body.append(
                    f'<rect x="{x:.1f}" y="{y:.1f}" width="{step * 0.7:.1f}" height="{h:.1f}" fill="{colour(k)}">'
                    f"<title>week of {monday.isoformat()}: {counts[key]} {escape(key)}</title></rect>"
                )
        if totals[i] and stride == 1:
            body.append(
                f'<text x="{x + step * 0.35:.1f}" y="{y - 3:.1f}" text-anchor="middle" fill="{TEXT}" '
                f'font-size="10">{totals[i]}</text>'
            )
        if i % stride == 0:
            body.append(
                f'<text x="{x + step * 0.35:.1f}" y="{axis + 14}" text-anchor="middle" fill="{MUTED}" '
                f'font-size="10">{monday:%m-%d}</text>'
            )
    legend_top = axis + 26
    for k, key in enumerate(keys):
        x, y = (k % per_row) * (WIDTH // per_row), legend_top + (k // per_row) * 18
        body.append(
            f'<rect x="{x}" y="{y}" width="11" height="11" fill="{colour(k)}"/>'
            f'<text x="{x + 15}" y="{y + 10}" fill="{TEXT}">{escape(key)}</text>'
        )
    height = legend_top + (len(keys) + per_row - 1) // per_row * 18 + 4
    return _svg(title, height, body)
