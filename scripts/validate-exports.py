#!/usr/bin/env python3
"""Checks Kuulo's exports with outside validators.

Usage:
  validate-exports.py FOLDER...                  validate the exported files in the folders
  validate-exports.py [--kuulo] KUULO FOLDER...  also export every *-plan.json in the folders with the
                                                 binary (each format, fi and en), validate those, and
                                                 compare them byte for byte with same-named files in
                                                 the folder (golden files: rich-plan.json -> rich.fi.md)

  .html  parsed by html5lib in strict mode (any HTML5 parse error fails); lang, charset, title, one h1,
         print CSS, no scripts or external resources, tables with <thead> and <th scope>
  .ics   CRLF line ends, lines of at most 75 octets; parsed by the icalendar package; VERSION and
         PRODID; a VTIMEZONE for every TZID used, whose offsets match the system's zone database
         over two years; every VEVENT with UID (unique), DTSTAMP, DTSTART; recurrence rules that parse
  .csv   RFC 4180 via Python's csv module (strict) in the dialect the file declares: a UTF-8 byte order
         mark declares the spreadsheet dialect of Finnish (';' between fields), no mark the comma; CRLF
         records, a header of unique names, every record as wide as the header, no plan ids (slugs) as values
  .md    UTF-8, a level-1 title, LF line ends, one trailing newline
  .pdf   (with the binary) every *-plan.json printed with `kuulo plan export --format pdf` through headless
         Chromium and read back with pdftotext: A4 pages, every section heading of the same-named Markdown
         golden file present, page numbers, the approval line or the approved version, no raw markup or
         placeholders, no word beyond the page's right edge, and no table cut at the page edge: every cell of
         every table in the HTML is in the PDF's text (pdftotext -raw; spaces and hyphens ignored), since
         Chromium prints what does not fit past the page, where pdftotext reads nothing. That check is shown
         to fail each run: Tests/Fixtures/pdf/too-wide-table.html put into a real export must fail it.
         No word of a column heading split across lines (pdftotext -bbox: a piece ends a line, the rest
         starts the next at the same left edge); shown to fail each run on a real export printed with
         headings that may break anywhere.
         Skipped, saying why, only when chromium or pdftotext is not installed and CI is not set; under CI
         their absence fails.

Needs: pip install html5lib icalendar
Prints 'ok'/'FAIL' lines and a closing 'N passed, N failed' line; exits 1 on any failure.
"""
import csv
import datetime
import html
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zoneinfo

passed = 0
failed = 0


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name}{' — ' + detail if detail else ''}")
    return condition


try:
    import html5lib
    import icalendar
except ImportError as error:
    check("validators are installed", False, f"{error}; run: pip install html5lib icalendar")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1)


# ---------------------------------------------------------------- HTML

def validate_html(name, data):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        check(f"{name}: UTF-8", False, str(error))
        return
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        document = parser.parse(text)
    except html5lib.html5parser.ParseError as error:
        line, column = parser.errors[0][0] if parser.errors else ("?", "?")
        check(f"{name}: valid HTML5 (html5lib strict)", False, f"line {line}, column {column}: {error}")
        return
    check(f"{name}: valid HTML5 (html5lib strict)", True)
    root = document if document.tag == "html" else document.find("html")
    check(f"{name}: <html lang>", root is not None and bool(root.get("lang")))
    check(f"{name}: <meta charset=utf-8>",
          any((meta.get("charset") or "").lower() == "utf-8" for meta in document.iter("meta")))
    titles = [element for element in document.iter("title")]
    check(f"{name}: non-empty <title>", len(titles) == 1 and bool((titles[0].text or "").strip()))
    check(f"{name}: exactly one <h1>", len(list(document.iter("h1"))) == 1)
    style = "".join((element.text or "") for element in document.iter("style"))
    check(f"{name}: inline CSS with print rules", "@media print" in style)
    external = [element.tag for element in document.iter()
                if element.tag in ("script", "iframe", "object", "embed", "link", "img", "video", "audio", "source")
                or element.get("src") is not None]
    if "url(" in style or "@import" in style:
        external.append("style url()/@import")
    check(f"{name}: self-contained (no scripts or external resources)", not external, ", ".join(external))
    tables = list(document.iter("table"))
    good_tables = all(table.find("thead") is not None and table.find("caption") is not None for table in tables)
    check(f"{name}: tables have <caption> and <thead>", good_tables)
    headers = [th for table in tables for th in table.iter("th")]
    check(f"{name}: every <th> has scope", all(th.get("scope") in ("col", "row") for th in headers))
    ids = [element.get("id") for element in document.iter() if element.get("id")]
    check(f"{name}: ids are unique", len(ids) == len(set(ids)))
    anchors = [a.get("href")[1:] for a in document.iter("a") if (a.get("href") or "").startswith("#")]
    check(f"{name}: internal links resolve", all(anchor in ids for anchor in anchors))


# ---------------------------------------------------------------- iCalendar

def validate_ics(name, data):
    physical = data.split(b"\r\n")
    check(f"{name}: CRLF line ends, ending with CRLF",
          data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"") and b"\r" not in data.replace(b"\r\n", b""))
    long_lines = [index + 1 for index, line in enumerate(physical) if len(line) > 75]
    check(f"{name}: lines fold at 75 octets", not long_lines, f"lines {long_lines[:5]}")
    try:
        data.decode("utf-8")
        calendar = icalendar.Calendar.from_ical(data)
    except Exception as error:  # the parser raises ValueError and friends
        check(f"{name}: parses as iCalendar", False, str(error))
        return
    check(f"{name}: parses as iCalendar", calendar.name == "VCALENDAR")
    check(f"{name}: VERSION 2.0 and PRODID", str(calendar.get("VERSION")) == "2.0" and bool(calendar.get("PRODID")))

    zones = {str(zone.get("TZID")): zone for zone in calendar.walk("VTIMEZONE")}
    for tzid, zone in zones.items():
        parts = {component.name for component in zone.subcomponents}
        rules = all(component.get("RRULE") is not None for component in zone.subcomponents)
        check(f"{name}: VTIMEZONE {tzid} has STANDARD and DAYLIGHT with RRULEs", {"STANDARD", "DAYLIGHT"} <= parts and rules)
        try:
            described = zone.to_tz(lookup_tzid=False)  # the file's own rules, not the system's
            reference = zoneinfo.ZoneInfo(tzid)
        except Exception as error:
            check(f"{name}: VTIMEZONE {tzid} can be compared with the zone database", False, str(error))
            continue
        mismatches = []
        start = datetime.datetime(2026, 1, 1, 0, 30)
        for hours in range(0, 2 * 365 * 24, 7):
            moment = start + datetime.timedelta(hours=hours)
            utc = moment.replace(tzinfo=datetime.timezone.utc)
            if utc.astimezone(described).utcoffset() != utc.astimezone(reference).utcoffset():
                mismatches.append(moment.isoformat())
        check(f"{name}: VTIMEZONE {tzid} matches the zone database in 2026-2027", not mismatches, ", ".join(mismatches[:3]))

    events = list(calendar.walk("VEVENT"))
    uids = [str(event.get("UID")) for event in events]
    check(f"{name}: every VEVENT has UID, DTSTAMP and DTSTART",
          all(event.get("UID") and event.get("DTSTAMP") and event.get("DTSTART") for event in events))
    check(f"{name}: UIDs are unique", len(uids) == len(set(uids)), ", ".join(sorted(uid for uid in uids if uids.count(uid) > 1)))
    unknown_zones = []
    for event in events:
        tzid = event.get("DTSTART").params.get("TZID") if event.get("DTSTART") is not None else None
        if tzid and tzid not in zones:
            unknown_zones.append(f"{event.get('UID')}: {tzid}")
    check(f"{name}: every TZID has a VTIMEZONE", not unknown_zones, "; ".join(unknown_zones))
    recurring = [event for event in events if event.get("RRULE") is not None]
    bad_rules = []
    for event in recurring:
        rule = event.get("RRULE")
        frequency = rule.get("FREQ", [None])[0] if hasattr(rule, "get") else None
        if frequency not in ("DAILY", "WEEKLY", "MONTHLY", "YEARLY"):
            bad_rules.append(f"{event.get('UID')}: {rule.to_ical().decode()}")
        start = event.get("DTSTART").dt
        if isinstance(start, datetime.datetime) and start.tzinfo is None:
            bad_rules.append(f"{event.get('UID')}: floating start")
    if recurring:
        check(f"{name}: {len(recurring)} recurring events with valid RRULEs in zoned local time", not bad_rules, "; ".join(bad_rules))


# ---------------------------------------------------------------- CSV

def validate_csv(name, data):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        check(f"{name}: UTF-8", False, str(error))
        return
    check(f"{name}: records end with CRLF", text.endswith("\r\n"))
    bom = text.startswith("\ufeff")
    delimiter = ";" if bom else ","
    if ".fi." in name:
        check(f"{name}: Finnish CSV declares the spreadsheet dialect (byte order mark, ';')", bom)
    try:
        rows = list(csv.reader(io.StringIO(text[1:] if bom else text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as error:
        check(f"{name}: parses as RFC 4180 CSV", False, str(error))
        return
    check(f"{name}: parses as RFC 4180 CSV", bool(rows))
    if not rows:
        return
    header = rows[0]
    check(f"{name}: header of {len(header)} unique, non-empty names", all(header) and len(set(header)) == len(header))
    ragged = [index + 1 for index, row in enumerate(rows) if len(row) != len(header)]
    check(f"{name}: {len(rows) - 1} records as wide as the header", not ragged, f"records {ragged[:5]}")
    slugs = [value for row in rows[1:] for value in row if value in ("review", "instagram-feed", "instagram-stories", "facebook-page", "website", "newsletter", "fi", "en", "sv")]
    check(f"{name}: values in words, not plan ids", not slugs, f"{slugs[:3]}")


# ---------------------------------------------------------------- Markdown

def validate_markdown(name, data):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        check(f"{name}: UTF-8", False, str(error))
        return
    check(f"{name}: starts with a level-1 title", text.startswith("# "))
    check(f"{name}: LF line ends and one trailing newline", "\r" not in text and text.endswith("\n") and not text.endswith("\n\n"))


VALIDATORS = {".html": validate_html, ".ics": validate_ics, ".csv": validate_csv, ".md": validate_markdown}
FORMATS = {"markdown": ".md", "html": ".html", "ics": ".ics", "csv": ".csv"}


def validate_folder(folder, label=None):
    count = 0
    for entry in sorted(os.listdir(folder)):
        extension = os.path.splitext(entry)[1]
        if extension in VALIDATORS:
            with open(os.path.join(folder, entry), "rb") as handle:
                VALIDATORS[extension](f"{label or folder}/{entry}", handle.read())
            count += 1
    return count


def export_with_binary(kuulo, folder, output):
    """Exports every *-plan.json in folder with the binary; compares with same-named golden files."""
    plans = sorted(entry for entry in os.listdir(folder) if entry.endswith("-plan.json"))
    for plan in plans:
        stem = plan[: -len("-plan.json")]
        for fmt, extension in FORMATS.items():
            for language in ("fi", "en"):
                target = f"{stem}.{language}{extension}"
                with tempfile.TemporaryDirectory() as home:
                    env = {"PATH": "/usr/bin:/bin", "HOME": home, "XDG_STATE_HOME": home + "/state", "LANG": "C.UTF-8"}
                    result = subprocess.run([os.path.abspath(kuulo), "plan", "export", "--plan", os.path.abspath(os.path.join(folder, plan)),
                                             "--format", fmt, "--lang", language],
                                            cwd=home, env=env, capture_output=True, timeout=60)
                if not check(f"kuulo plan export {plan} --format {fmt} --lang {language} exits 0", result.returncode == 0,
                             result.stderr.decode(errors="replace").strip()[:300]):
                    continue
                with open(os.path.join(output, target), "wb") as handle:
                    handle.write(result.stdout)
                golden = os.path.join(folder, target)
                if os.path.exists(golden):
                    with open(golden, "rb") as handle:
                        check(f"{target} from the binary equals the golden file", handle.read() == result.stdout)
        for language in ("fi", "en"):
            # The results page of `kuulo insights report --format html` (charts as inline SVG), validated like the plan.
            with tempfile.TemporaryDirectory() as home:
                env = {"PATH": "/usr/bin:/bin", "HOME": home, "XDG_STATE_HOME": home + "/state", "LANG": "C.UTF-8"}
                result = subprocess.run([os.path.abspath(kuulo), "insights", "report", "--plan", os.path.abspath(os.path.join(folder, plan)),
                                         "--format", "html", "--lang", language], cwd=home, env=env, capture_output=True, timeout=60)
            if check(f"kuulo insights report {plan} --format html --lang {language} exits 0", result.returncode == 0,
                     result.stderr.decode(errors="replace").strip()[:300]):
                with open(os.path.join(output, f"{stem}.{language}.results.html"), "wb") as handle:
                    handle.write(result.stdout)
    return len(plans)


# ---------------------------------------------------------------- PDF

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def squash(text):
    """Text without spaces, line breaks and hyphens, so that a word broken at a line end still matches."""
    return re.sub(r"[\s\-\u00ad\u2010\u2011]+", "", text)


def cut_cells(html_text, pdf_path):
    """The table cells of the HTML that are not in the PDF's text: cut off at the page edge."""
    document = html5lib.parse(html_text, namespaceHTMLElements=False)
    cells = [squash("".join(cell.itertext())) for table in document.iter("table") for cell in table.iter() if cell.tag in ("td", "th")]
    text = squash(subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf_path, "-"], capture_output=True).stdout.decode("utf-8", "replace"))
    return [cell for cell in cells if cell and cell not in text]


def print_html(html_text, pdf_path):
    """Prints HTML to PDF with headless Chromium as `kuulo plan export --format pdf` does; True when it did."""
    browser = next((shutil.which(name) for name in BROWSERS if shutil.which(name)), None)
    with tempfile.TemporaryDirectory() as work:
        page = os.path.join(work, "plan.html")
        with open(page, "w", encoding="utf-8") as handle:
            handle.write(html_text)
        arguments = [browser, "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--no-pdf-header-footer",
                     f"--user-data-dir={work}/profile", f"--print-to-pdf={pdf_path}"]
        if os.getuid() == 0:
            arguments.append("--no-sandbox")
        result = subprocess.run(arguments + ["file://" + page], capture_output=True, timeout=180)
    return result.returncode == 0 and os.path.exists(pdf_path)


def check_cut_table_check(html_path, output):
    """The cut-table check fails on a real export with a too-wide table put in, and passes without it."""
    fixture = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Fixtures", "pdf", "too-wide-table.html")
    with open(html_path, encoding="utf-8") as handle:
        plain = handle.read()
    with open(fixture, encoding="utf-8") as handle:
        wide_table = handle.read()
    wide = plain.replace("</main>", wide_table + "</main>", 1)
    target = os.path.join(output, "too-wide-table.pdf")
    if not check("a plan with a too-wide table prints through Chromium", "</main>" in plain and print_html(wide, target)):
        return
    cut = cut_cells(wide, target)
    fixture_cells = {squash("".join(cell.itertext())) for cell in html5lib.parse(wide_table, namespaceHTMLElements=False).iter() if cell.tag in ("td", "th")}
    check("the cut-table check fails on a too-wide table (Tests/Fixtures/pdf/too-wide-table.html), naming only its cells",
          bool(cut) and set(cut) <= fixture_cells, f"cut cells: {cut[:4]}")


def header_words(html_text):
    """The words of every table's column headings (<thead>), without surrounding punctuation."""
    document = html5lib.parse(html_text, namespaceHTMLElements=False)
    words = set()
    for head in document.iter("thead"):
        for cell in head.iter("th"):
            for word in "".join(cell.itertext()).split():
                word = word.strip("()[],.:;!?“”\"'")
                if len(word) > 1:
                    words.add(word)
    return words


def split_header_words(html_text, pdf_path):
    """Column-heading words the PDF prints in pieces: a piece of the word (with or without a hyphen)
    ends a line and the rest starts the next line at the same left edge (pdftotext -bbox)."""
    boxes = subprocess.run(["pdftotext", "-bbox", pdf_path, "-"], capture_output=True).stdout.decode("utf-8", "replace")
    wanted = header_words(html_text)
    hyphens = "-\u00ad\u2010"
    split = set()
    for page in boxes.split("<page ")[1:]:
        words = [(float(x), float(y), float(bottom) - float(y), html.unescape(text)) for x, y, bottom, text in
                 re.findall(r'<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)">([^<]*)</word>', page)]
        for x, y, height, text in words:
            piece = text.rstrip(hyphens)
            candidates = [word for word in wanted if word.startswith(piece) and word != piece]
            if not piece or not candidates:
                continue
            for x_below, y_below, _, rest in words:
                if abs(x_below - x) < 1.5 and 0 < y_below - y < 1.8 * height:
                    joined = piece + rest.rstrip(hyphens)
                    split.update(word for word in candidates if word.startswith(joined) or word == joined.strip("()[],.:;"))
    return sorted(split)


def check_split_header_check(html_path, output):
    """The split-heading check fails on a real export printed with the old style (words broken anywhere)."""
    with open(html_path, encoding="utf-8") as handle:
        plain = handle.read()
    old_style = "<style>@media print { th, td { overflow-wrap: anywhere !important; } thead th { font-size: 1em !important; } }</style></head>"
    broken = plain.replace("</head>", old_style, 1)
    target = os.path.join(output, "split-headings.pdf")
    if not check("a plan printed with headings that may break anywhere prints through Chromium", "</head>" in plain and print_html(broken, target)):
        return
    check("the split-heading check fails on headings broken anywhere", bool(split_header_words(broken, target)))


def validate_pdfs(kuulo, folder, output):
    """Prints every *-plan.json to PDF with the binary and reads it back with pdftotext."""
    missing = [tool for tool, found in (("chromium", any(shutil.which(b) for b in BROWSERS)), ("pdftotext", shutil.which("pdftotext"))) if not found]
    if missing:
        why = f"{' and '.join(missing)} not installed (apt-get install -y chromium poppler-utils)"
        if os.environ.get("CI"):
            check("PDF export can be checked under CI", False, why)
        else:
            print(f"skip PDF export checks: {why}")
        return
    plans = sorted(entry for entry in os.listdir(folder) if entry.endswith("-plan.json"))
    for plan in plans:
        stem = plan[: -len("-plan.json")]
        for language in ("fi", "en"):
            target = os.path.join(output, f"{stem}.{language}.pdf")
            with tempfile.TemporaryDirectory() as home:
                env = {"PATH": "/usr/bin:/bin", "HOME": home, "XDG_STATE_HOME": home + "/state", "LANG": "C.UTF-8"}
                result = subprocess.run([kuulo, "plan", "export", "--plan", os.path.abspath(os.path.join(folder, plan)),
                                         "--format", "pdf", "--lang", language, "-o", target],
                                        cwd=home, env=env, capture_output=True, timeout=180)
            name = f"{stem}.{language}.pdf"
            if not check(f"kuulo plan export {plan} --format pdf --lang {language} exits 0", result.returncode == 0,
                         result.stderr.decode(errors="replace").strip()[-300:]):
                continue
            with open(target, "rb") as handle:
                check(f"{name}: is a PDF", handle.read(5) == b"%PDF-")
            text = subprocess.run(["pdftotext", "-enc", "UTF-8", target, "-"], capture_output=True).stdout.decode("utf-8", "replace")
            flat = " ".join(text.split())
            golden = os.path.join(folder, f"{stem}.{language}.md")
            if os.path.exists(golden):
                with open(golden, encoding="utf-8") as handle:
                    headings = [line[3:].strip() for line in handle if line.startswith("## ")]
                absent = [heading for heading in headings if " ".join(heading.split()) not in flat]
                check(f"{name}: all {len(headings)} section headings present", headings and not absent, f"missing {absent[:3]}")
            pages = text.count("\f")
            check(f"{name}: {pages} pages numbered 1 / {pages} … {pages} / {pages}",
                  pages > 1 and re.search(rf"\b1\s*/\s*{pages}\b", flat) and re.search(rf"\b{pages}\s*/\s*{pages}\b", flat))
            approval = ("Hyväksytty hallituksen kokouksessa", "hyväksytty ") if language == "fi" else ("Approved by the board on", "approved ")
            check(f"{name}: the approval line or the approved version", any(words in flat for words in approval))
            raw = re.findall(r"\*\*[^*\s@]|`|\]\(|&(?:lt|gt|amp|quot);|\{[a-zA-Z]+\}|^#+ ", text, flags=re.M)
            check(f"{name}: no raw markup or placeholders", not raw, f"{raw[:5]}")
            boxes = subprocess.run(["pdftotext", "-bbox", target, "-"], capture_output=True).stdout.decode("utf-8", "replace")
            widths = [float(width) for width in re.findall(r'<page width="([0-9.]+)"', boxes)]
            check(f"{name}: A4 pages", widths and all(abs(width - 595.3) < 2 for width in widths), f"{widths[:2]}")
            page_width = widths[0] if widths else 595.3
            beyond = [word for x_max, word in re.findall(r'<word xMin="[0-9.]+" yMin="[0-9.]+" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)</word>', boxes)
                      if float(x_max) > page_width - 20]
            check(f"{name}: no word beyond the page's right edge", not beyond, f"{beyond[:5]}")
            html_path = os.path.join(output, f"{stem}.{language}.html")
            if os.path.exists(html_path):
                with open(html_path, encoding="utf-8") as handle:
                    html_text = handle.read()
                cut = cut_cells(html_text, target)
                check(f"{name}: no table cut at the page edge (every table cell is in the PDF's text)", not cut, f"{cut[:3]}")
                split = split_header_words(html_text, target)
                check(f"{name}: no column-heading word split across lines", not split, f"{split[:5]}")
    shown = [entry for entry in sorted(os.listdir(output)) if entry.endswith(".html")]
    if shown:
        check_cut_table_check(os.path.join(output, shown[0]), output)
        check_split_header_check(os.path.join(output, shown[-1]), output)


def main(arguments):
    kuulo = None
    if arguments[:1] == ["--kuulo"] and len(arguments) >= 2:
        kuulo, arguments = arguments[1], arguments[2:]
    elif len(arguments) >= 2 and os.path.isfile(arguments[0]) and os.access(arguments[0], os.X_OK):
        kuulo, arguments = arguments[0], arguments[1:]
    if not arguments:
        print(__doc__.strip(), file=sys.stderr)
        return 64
    total = 0
    for folder in arguments:
        if not check(f"{folder} is a folder", os.path.isdir(folder)):
            continue
        total += validate_folder(folder)
        if kuulo:
            with tempfile.TemporaryDirectory() as output:
                plans = export_with_binary(os.path.abspath(kuulo), folder, output)
                check(f"{folder} holds plans to export (*-plan.json)", plans > 0)
                total += validate_folder(output, label=f"kuulo export of {folder}")
                validate_pdfs(os.path.abspath(kuulo), folder, output)
    check("found exported files to validate", total > 0)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
