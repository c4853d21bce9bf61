//! Figure against date: each category's killed-only counts joined in order, so the
//! reader sees how each side's count grew. Drawn on both scales, like the chart, in a
//! `<template>` that `client::casualties` puts on the page the first time the reader
//! chooses the timeline: until then its few hundred elements cost no press anything
//! (without the script there is no view to choose, and the table says it all).

use leptos::prelude::*;

use super::rows::mark;
use crate::chart::format::{compact, percent};
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
                {axes(&linear)}
                {axes(&log)}
                {marks}
            </svg>
        </section>
        </template>
    })
}

/// Gridlines, lines, axes and labels for one scale (hidden from assistive technology:
/// the marks name every figure).
fn axes(drawn: &Timeline) -> impl IntoView {
    let ticks = drawn.y.ticks();
    // The article's three figures share one date: a line through them would mean nothing.
    let polylines = drawn.lines.iter().filter(|(category, _)| *category != Category::Article).map(|(category, points)| {
        view! { <polyline class=format!("series cat-{}", category.key()) points=drawn.polyline(points) /> }
    });
    let gridlines = ticks.iter().map(|&t| {
        let at = percent(1.0 - drawn.y.position(t));
        view! { <line class="gridline" x1="0" x2="100%" y1=at.clone() y2=at /> }
    });
    let y_labels = ticks.iter().map(|&t| {
        view! { <text class="tick y-tick" x="-8" y=percent(1.0 - drawn.y.position(t)) dy="0.35em" text-anchor="end">{compact(words(), t)}</text> }
    });
    let x_labels = drawn.months.iter().map(|m| {
        let short = words().locale.short_month(m.month.unwrap_or(1));
        // 1.6em down: clear of the y axis's "0" even with WCAG 1.4.12 letter spacing.
        view! { <text class="tick x-tick" x=percent(drawn.x(*m)) y="100%" dy="1.6em" text-anchor="middle">{short}</text> }
    });
    view! {
        <g class=format!("on-{}", drawn.y.kind.key()) aria-hidden="true">
            {gridlines.collect_view()}
            <svg viewBox="0 0 100 100" preserveAspectRatio="none" width="100%" height="100%" overflow="visible">
                {polylines.collect_view()}
            </svg>
            <line class="axis-line" x1="0" x2="0" y1="0" y2="100%" />
            <line class="axis-line" x1="0" x2="100%" y1="100%" y2="100%" />
            {y_labels.collect_view()}
            {x_labels.collect_view()}
        </g>
    }
}
