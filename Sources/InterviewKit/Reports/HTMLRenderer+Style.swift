extension HTMLRenderer {
    /// The whole style sheet, inline: readable on a phone width and in print, no web fonts.
    static let css = """
        :root { --ink: #1d2330; --muted: #5b6474; --line: #d9dde5; --bar: #3a6ea5; --alt: #7a5ea8; --warn: #b4462f; --ok: #2f7d4f; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.6rem; margin: 0.5rem 0 0.25rem; overflow-wrap: anywhere; }
        h2 { font-size: 1.25rem; margin: 1.75rem 0 0.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; }
        h3 { font-size: 1.1rem; margin: 1.25rem 0 0.4rem; }
        h4 { font-size: 1rem; margin: 1rem 0 0.3rem; }
        h5 { font-size: 0.9rem; margin: 0.6rem 0 0.2rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.03em; }
        p, li, dd, blockquote { overflow-wrap: anywhere; }
        .meta, .by, .qid, .variants { color: var(--muted); font-size: 0.9rem; }
        .summary { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: flex-start; }
        .card { border: 1px solid var(--line); border-radius: 8px; padding: 0.75rem 1rem; min-width: 12rem; }
        .card .caption { color: var(--muted); font-size: 0.85rem; }
        .card .big { font-size: 2.2rem; font-weight: 600; line-height: 1.1; }
        .card .pct, .card .ci { font-size: 0.9rem; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.75rem; margin: 0; }
        dt { color: var(--muted); }
        dd { margin: 0; }
        svg.chart { width: 100%; height: auto; display: block; margin: 0.25rem 0; }
        svg.spark { width: 7.5rem; height: 1.75rem; }
        svg text { font-size: 12px; fill: var(--ink); }
        svg .label { text-anchor: end; }
        svg .tick { text-anchor: middle; fill: var(--muted); }
        svg .note { fill: var(--muted); font-style: italic; }
        svg .grid { stroke: var(--line); stroke-width: 1; }
        svg .bar { fill: var(--bar); opacity: 0.85; }
        svg .bar.alt { fill: var(--alt); }
        svg .whisker { stroke: var(--ink); stroke-width: 2; }
        svg .trendline { fill: none; stroke: var(--bar); stroke-width: 2; }
        svg .dot { fill: var(--bar); }
        svg .dot.open { fill: #fff; stroke: var(--bar); stroke-width: 2; }
        svg .track { fill: #eef0f4; }
        svg .used { fill: var(--ok); }
        svg .used.over { fill: var(--warn); }
        svg .budget { stroke: var(--ink); stroke-width: 2; }
        table { border-collapse: collapse; margin: 0.5rem 0; max-width: 100%; display: block; overflow-x: auto; }
        th, td { border-bottom: 1px solid var(--line); padding: 0.25rem 0.6rem; text-align: left; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.wide { color: var(--warn); font-weight: 600; }
        tr.total th, tr.total td { font-weight: 600; }
        blockquote { margin: 0.4rem 0; padding: 0.4rem 0.8rem; border-left: 3px solid var(--bar); background: #f6f8fb; }
        article.question { border-top: 1px solid var(--line); padding-top: 0.5rem; margin-top: 1rem; }
        article.status-skipped blockquote { border-left-color: var(--muted); }
        .points { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0 1.5rem; }
        ul.covered li::marker { content: "✓ "; color: var(--ok); }
        ul.missed li::marker { content: "✗ "; color: var(--warn); }
        ul.redflags li { color: var(--warn); }
        .flag { color: var(--warn); font-weight: 600; }
        .tag { font-size: 0.75rem; border: 1px solid var(--line); border-radius: 4px; padding: 0 0.3rem; color: var(--muted); }
        .tag.typed { border-color: var(--alt); color: var(--alt); }
        .rec { font-weight: 600; }
        .rec-strong-yes, .rec-yes { color: var(--ok); }
        .rec-strong-no, .rec-no { color: var(--warn); }
        article.session { border-top: 3px double var(--line); margin-top: 2rem; }
        @media (max-width: 40rem) { body { font-size: 14px; } main { padding: 0.6rem; } .card .big { font-size: 1.8rem; } }
        @media print {
          body { font-size: 11pt; }
          main { max-width: none; padding: 0; }
          article.question, section, svg { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
