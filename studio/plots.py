"""Plotly figures for the studio (no model code; data comes from pipelines)."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from pipelines.core.layout import Layout, LayoutObject, interpolate_frames, keyframe_times
from pipelines.lvd.preview_colors import object_color

PLOT_FRAMES = 61


def hex_color(obj: LayoutObject) -> str:
    """The object's sprite colour in the preview, so plot, editor and video agree."""
    return "#{:02x}{:02x}{:02x}".format(*object_color(obj))


def trajectory_figure(layout: Layout | None, current_keyframe: int | None = None) -> go.Figure:
    """Centre x, centre y and box size of every object over time; dots mark keyframes."""
    fig = make_subplots(rows=1, cols=3, subplot_titles=("centre x", "centre y (down is +)", "box size (√area)"))
    if layout is None or not layout.objects:
        fig.add_annotation(text="Plan a layout to see trajectories", showarrow=False, x=0.5, y=0.5,
                           xref="paper", yref="paper", font={"size": 14})
    else:
        duration = (layout.num_keyframes - 1) / layout.keyframe_fps
        frames = interpolate_frames(layout, PLOT_FRAMES)
        t_frames = np.linspace(0.0, duration, PLOT_FRAMES)
        t_keys = keyframe_times(layout.num_keyframes) * duration
        for i, obj in enumerate(layout.objects):
            color = hex_color(obj)
            boxes = frames.boxes[i]
            curves = ((boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2,
                      np.sqrt((boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])))
            keys = [np.asarray(b, dtype=float) if b is not None else np.full(4, np.nan) for b in obj.boxes]
            key_arr = np.stack(keys)
            key_curves = ((key_arr[:, 0] + key_arr[:, 2]) / 2, (key_arr[:, 1] + key_arr[:, 3]) / 2,
                          np.sqrt((key_arr[:, 2] - key_arr[:, 0]) * (key_arr[:, 3] - key_arr[:, 1])))
            for col, (curve, key_curve) in enumerate(zip(curves, key_curves), start=1):
                fig.add_trace(go.Scatter(x=t_frames, y=curve, mode="lines", line={"color": color, "width": 2},
                                         name=obj.label, legendgroup=obj.label, showlegend=col == 1,
                                         hovertemplate=f"{obj.label}<br>t=%{{x:.2f}} s<br>%{{y:.3f}}<extra></extra>"),
                              row=1, col=col)
                fig.add_trace(go.Scatter(x=t_keys, y=key_curve, mode="markers", marker={"color": color, "size": 8},
                                         legendgroup=obj.label, showlegend=False, hoverinfo="skip"), row=1, col=col)
        if current_keyframe is not None and 0 <= current_keyframe < layout.num_keyframes:
            for col in (1, 2, 3):
                fig.add_vline(x=float(t_keys[current_keyframe]), line={"color": "#888", "dash": "dot"}, row=1, col=col)
        fig.update_xaxes(title_text="time (s)")
        fig.update_yaxes(range=[0, 1], row=1, col=1)
        fig.update_yaxes(range=[1, 0], row=1, col=2)
        fig.update_yaxes(rangemode="tozero", row=1, col=3)
    fig.update_layout(height=300, margin={"l": 40, "r": 10, "t": 40, "b": 40}, legend={"orientation": "h", "y": -0.25},
                      template="plotly_white")
    return fig
