/// The report's style sheet: plain, readable on screen, and an A4 print layout in which every
/// team starts on a new page and figures, charts and tables fit the width of the page.
enum ReportStyle {
  static let css = """
    :root { color-scheme: light; }
    body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", \
    Arial, sans-serif; color: #111; background: #fff; max-width: 60rem; margin: 0 auto; \
    padding: 1rem 1.5rem 3rem; }
    h1 { font-size: 1.8rem; margin: 0.5rem 0 0.2rem; }
    h2 { font-size: 1.45rem; margin-top: 2.5rem; border-bottom: 2px solid #111; }
    h3 { font-size: 1.15rem; margin-top: 1.8rem; }
    h4 { font-size: 1rem; margin: 1rem 0 0.2rem; }
    p, li, dd, figcaption { overflow-wrap: anywhere; }
    td, th { overflow-wrap: break-word; }
    .about { color: #555; margin-top: 0; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
    dl.facts dt { font-weight: 600; }
    dl.facts dd { margin: 0; }
    table { border-collapse: collapse; width: 100%; margin: 0.6rem 0; font-size: 0.85rem; \
    table-layout: auto; }
    th, td { border: 1px solid #999; padding: 0.25rem 0.4rem; text-align: left; \
    vertical-align: top; }
    thead th { background: #eee; }
    .number { text-align: right; font-variant-numeric: tabular-nums; }
    table.counts { width: auto; }
    table.summary th { overflow-wrap: normal; }
    p.legend { font-size: 0.8rem; color: #333; }
    code { font-size: 0.9em; background: #f1f1f1; padding: 0 0.15em; }
    table.summary .file { overflow-wrap: anywhere; font-weight: normal; color: #555; font-size: 0.8rem; }
    table.columns { table-layout: fixed; }
    table.columns ul { margin: 0; padding-left: 1rem; }
    figure { margin: 1rem 0; }
    figure svg { max-width: 100%; height: auto; display: block; }
    figure.toc-figure { overflow: hidden; }
    figure.chart { break-inside: avoid; page-break-inside: avoid; border-top: 1px solid #ccc; \
    padding-top: 0.5rem; }
    figure.chart figcaption { font-weight: 600; margin: 0.2rem 0; }
    figure.chart svg text { font: 11px system-ui, "Liberation Sans", Arial, sans-serif; \
    fill: #111; }
    figure.chart svg text.direction { font-weight: 600; }
    figure.chart svg text.mark { font-style: italic; }
    table.numbers { width: auto; }
    td.status.on-track { font-weight: 600; }
    td.status.behind { font-weight: 600; text-decoration: underline; }
    td.status.no-data { color: #555; font-style: italic; }
    .notice { border: 2px solid #111; padding: 0.5rem 0.8rem; }
    ol.findings { padding-left: 1.4rem; }
    ol.findings li { margin-bottom: 0.7rem; }
    ol.findings p { margin: 0.1rem 0; }
    details.more-findings > summary { cursor: pointer; font-weight: 600; margin: 0 0 0.7rem; }
    .severity { font-weight: 700; text-transform: uppercase; font-size: 0.75rem; \
    letter-spacing: 0.03em; border: 1px solid #111; padding: 0 0.25rem; }
    li.error .severity { background: #111; color: #fff; }
    li.info .severity { border-style: dashed; }
    pre.excerpt { background: #f4f4f4; padding: 0.3rem 0.5rem; margin: 0.2rem 0; \
    white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.8rem; }
    .line-number { color: #555; }
    .explain { color: #333; font-size: 0.9rem; }
    ul.notes { margin: 0.1rem 0; padding-left: 1.2rem; font-size: 0.9rem; color: #333; }
    ul.notes li { margin: 0; }
    .place { color: #555; }
    q { quotes: "“" "”" "‘" "’"; }
    a { color: #0645ad; }
    @page { size: A4; margin: 15mm 14mm; }
    @media print {
      body { font-size: 10pt; max-width: none; padding: 0; }
      a { color: inherit; text-decoration: none; }
      section.team { break-before: page; page-break-before: always; }
      h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
      table { font-size: 8pt; }
      thead { display: table-header-group; }
      tr { break-inside: avoid; page-break-inside: avoid; }
      figure.toc-figure svg { max-height: 240mm; }
      details.more-findings::details-content { content-visibility: visible; display: contents; }
      details.more-findings > summary { display: none; }
    }

    """
}
