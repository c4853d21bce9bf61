//! Figure against date: each category's killed-only counts joined in order, so the
//! reader sees how each side's count grew. Its axes are drawn for both scales (CSS shows
//! the chosen one's), its marks, like the chart's, on the linear with their log places, in a
//! `<template>` that `client::casualties` copies into the document when the browser is
//! idle and puts on the page the first time the reader chooses the timeline: until then
//! its elements cost no press anything (without the script there is no view to choose,
//! and the table says it all).
//!
//! Few elements, since every one costs style and layout on every press once shown: the
//! months and the axis are drawn once for both scales (only the figures' axis differs),
//! each scale's gridlines are one path, and each mark is one `<use>` moved between scales.

use leptos::prelude::*;

use super::rows::mark;
use crate::chart::format::{compact, fixed, percent};
use crate::chart::scale::ScaleKind;
use crate::chart::timeline::Timeline;
use crate::components::{edition, words};
use crate::hooks::TIMELINE_DRAWING;
use content::{Category, Word};

pub fn timeline() -> impl IntoView {
    let [Some(linear), Some(log)] =
        ScaleKind::ALL.map(|kind| Timeline::of(edition().casualties.estimates, kind))
    else {
        return None;
    };
    let marks = linear.points().map(|e| {
        let at = [&linear, &log]
            .map(|drawn| (drawn.x(e.date), drawn.x(e.date), percent(1.0 - drawn.y(e))));
        mark(e, at)
    });
    let marks = marks.collect_view();
    Some(view! {
        <template id=TIMELINE_DRAWING.name>
        <section class="timeline" aria-labelledby="timeline-title">
            <h4 id="timeline-title">{words().get(Word::TimelineTitle)}</h4>
            <svg class="timeline-plot" width="100%" overflow="visible">
                {figures(&linear)}
                {figures(&log)}
                {dates(&linear)}
                {marks}
            </svg>
        </section>
        </template>
    })
}

/// A box of 100 × 100 stretched over the plot, for lines drawn in one path: the
/// strokes keep their width (`vector-effect`, in CSS).
fn stretched(lines: impl IntoView) -> impl IntoView {
    view! {
        <svg viewBox="0 0 100 100" preserveAspectRatio="none" width="100%" height="100%" overflow="visible">
            {lines}
        </svg>
    }
}

/// What both scales share: the two axis lines and the months along the bottom (hidden
/// from assistive technology, like all the axes: the marks name every figure).
fn dates(drawn: &Timeline) -> impl IntoView {
    let x_labels = drawn.months.iter().map(|m| {
        let short = words().locale.short_month(m.month.unwrap_or(1));
        // 1.6em down: clear of the y axis's "0" even with WCAG 1.4.12 letter spacing.
        view! { <text class="tick x-tick" x=percent(drawn.x(*m)) y="100%" dy="1.6em" text-anchor="middle">{short}</text> }
    });
    view! {
        <g aria-hidden="true">
            {stretched(view! { <path class="axis-line" d="M0,0V100H100" /> })}
            {x_labels.collect_view()}
        </g>
    }
}

/// One scale's gridlines, lines and figures along the side.
fn figures(drawn: &Timeline) -> impl IntoView {
    let ticks = drawn.y.ticks();
    // The article's three figures share one date: a line through them would mean nothing.
    let polylines = drawn.lines.iter().filter(|(category, _)| *category != Category::Article).map(|(category, points)| {
        view! { <polyline class=format!("series cat-{}", category.key()) points=drawn.polyline(points) /> }
    });
    let gridlines: String = ticks
        .iter()
        .map(|&t| format!("M0,{}H100", fixed((1.0 - drawn.y.position(t)) * 100.0, 2)))
        .collect();
    let y_labels = ticks.iter().map(|&t| {
        view! { <text class="tick y-tick" x="-8" y=percent(1.0 - drawn.y.position(t)) dy="0.35em" text-anchor="end">{compact(words(), t)}</text> }
    });
    view! {
        <g class=format!("on-{}", drawn.y.kind.key()) aria-hidden="true">
            {stretched(view! { <path class="gridline" d=gridlines />{polylines.collect_view()} })}
            {y_labels.collect_view()}
        </g>
    }
}
