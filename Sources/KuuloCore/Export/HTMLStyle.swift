import Foundation

/// The inline style sheet of the HTML export: readable on screen, tidy on paper, no external fonts.
///
/// On paper a table cell breaks a word only when the word alone is wider than its column
/// (`overflow-wrap: break-word`, which, unlike `anywhere`, keeps a column at least as wide as its
/// longest word), so six- and seven-column tables wrap between words; column headings are set a
/// little smaller so that the longest (*Vastuuhenkilöt*) fits whole. Links may break anywhere: an
/// address is one long word. `scripts/validate-exports.py` checks that no heading word is split.
enum HTMLStyle {
    static let css = """
    :root { color-scheme: light; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
      line-height: 1.5; color: #1b1b1b; background: #fff; max-width: 62rem; margin: 2rem auto; padding: 0 1.25rem; }
    h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .5rem; }
    h2 { font-size: 1.35rem; margin: 2.25rem 0 .75rem; padding-bottom: .2rem; border-bottom: 2px solid #d0d7de; }
    h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
    h4 { font-size: 1rem; margin: 1.25rem 0 .4rem; }
    .meta { color: #4a4a4a; margin: 0; }
    header p:last-child { margin-top: 1rem; }
    nav ul { columns: 2; column-gap: 2rem; padding-left: 1.2rem; }
    table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .92rem; }
    caption { text-align: left; font-weight: 600; padding: 0 0 .35rem; }
    th, td { border: 1px solid #b8c0c8; padding: .35rem .5rem; text-align: left; vertical-align: top; }
    thead th { background: #eef2f6; }
    tbody th { font-weight: 600; }
    figure.chart { margin: 1rem 0 .25rem; }
    figure.chart svg { display: block; width: 100%; max-width: 40rem; height: auto; font-family: inherit; font-size: 13px; }
    figure.chart rect { fill: #2f6690; }
    figure.chart text { fill: #1b1b1b; }
    figcaption { font-weight: 600; font-size: .92rem; }
    dl { display: grid; grid-template-columns: minmax(10rem, max-content) 1fr; gap: .35rem 1.25rem; margin: 1rem 0; }
    dt { font-weight: 600; }
    dd { margin: 0; }
    dd ul, dd ol { margin: 0; padding-left: 1.2rem; }
    .missing { font-style: italic; color: #6b4a00; }
    .notice { border-left: 4px solid #b36b00; background: #fff7e8; padding: .5rem .8rem; }
    code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .92em;
      background: #f1f3f5; padding: 0 .25rem; border-radius: 3px; }
    @page { size: A4; margin: 2cm 1.8cm; @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; color: #555; } }
    @media print {
      body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
      nav { break-after: page; }
      h2, h3, h4 { break-after: avoid; }
      tr, dt, dd, li, .notice, figure { break-inside: avoid; }
      thead { display: table-header-group; }
      thead th { background: #eee; font-size: .85em; hyphens: manual; }
      th, td { overflow-wrap: break-word; hyphens: auto; }
      td a { overflow-wrap: anywhere; }
      .notice { background: none; }
      a { color: inherit; text-decoration: none; }
      main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 90%; }
    }
    """
}
