extension KitHTMLRenderer {
    /// What the kit adds to the reports' style sheet (``HTMLRenderer/css``): tick and score boxes,
    /// two columns of lists, the rubric as a grid, and in print one page per question. `@page`
    /// names no paper size, so that A4 and Letter both print it; the margins fit either.
    static let css = """

        .kit h2 { margin-top: 0.5rem; }
        .kit h2 .qid { float: right; font-weight: normal; }
        .kit p { margin: 0.3rem 0; }
        .kit h3 { font-size: 0.9rem; margin: 0.6rem 0 0.2rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.03em; }
        .kit blockquote { font-size: 1.05em; }
        .cols { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0 1.25rem; }
        ul.ticks { list-style: none; padding-left: 0; margin: 0.2rem 0; }
        ul.ticks li { padding-left: 1.3em; text-indent: -1.3em; }
        ul.guide { padding-left: 1.1rem; margin: 0.2rem 0; }
        .box, .choice { font-family: "DejaVu Sans", "Segoe UI Symbol", sans-serif; }
        .redflags li { color: var(--warn); }
        pre { font: 0.85em/1.35 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; background: #f6f8fb; }
        pre { padding: 0.4rem 0.6rem; margin: 0.3rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
        table.rubric, table.plan, table.tally { display: table; width: 100%; }
        table.rubric { table-layout: fixed; font-size: 0.8em; }
        table.rubric th, table.rubric td { border: 1px solid var(--line); padding: 0.2rem 0.35rem; vertical-align: top; overflow-wrap: anywhere; }
        table.rubric th.criterion { width: 11%; }
        table.rubric th.score { width: 7%; }
        .weight { color: var(--muted); font-weight: normal; }
        td.score { text-align: center; }
        .scorebox { display: inline-block; width: 2.6em; height: 2em; border: 1.5px solid var(--ink); border-radius: 3px; }
        .recommendations { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; font-size: 1.1em; }
        .writein { border: 1.5px solid var(--ink); border-radius: 4px; min-height: 24rem; }
        .signature { margin-top: 1.5rem; padding-bottom: 1.5rem; border-bottom: 1px solid var(--ink); }
        @page { margin: 8mm 9mm 10mm; }
        @media print {
          html { font-size: 8.5pt; }
          body { font-size: 8pt; line-height: 1.25; }
          .kit section.page { break-before: page; page-break-before: always; }
          .kit section { break-inside: auto; }
          .kit h2 { font-size: 1.2rem; margin: 0 0 0.2rem; }
          .kit h3 { margin: 0.4rem 0 0.1rem; }
          .kit blockquote { margin: 0.3rem 0; padding: 0.3rem 0.6rem; }
          pre { line-height: 1.2; padding: 0.3rem 0.5rem; }
          table.rubric { font-size: 0.8em; line-height: 1.2; margin: 0.2rem 0 0; }
          table.rubric th, table.rubric td { padding: 0.1rem 0.3rem; }
          .scorebox { height: 1.7em; }
        }
        """
}
