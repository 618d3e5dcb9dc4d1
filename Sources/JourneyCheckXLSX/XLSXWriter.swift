import CXlsxwriter
import JourneyCheckCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a `Workbook` as an .xlsx file with libxlsxwriter (Debian's libxlsxwriter-dev), the
/// one place that talks to it. Text is always written as a string cell, so a note that starts
/// with `=`, `+`, `-` or `@` stays text in every spreadsheet, never a formula.
public enum XLSXWriter {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The workbook's bytes. libxlsxwriter writes to a file only: it writes into a private
    /// temporary folder, which is removed again.
    public static func bytes(_ book: Workbook) throws(Failure) -> Data {
        var template = Array("\(temporaryRoot())/journeycheck-xlsx-XXXXXX".utf8CString)
        guard
            let dir = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }).map({ String(cString: $0) })
        else { throw Failure(description: "cannot make a temporary folder: \(String(cString: strerror(errno)))") }
        let path = dir + "/workbook.xlsx"
        defer {
            unlink(path)
            rmdir(dir)
        }
        try write(book, to: path, tmpdir: dir)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "the workbook was not written")
        }
        return data
    }

    static func temporaryRoot() -> String {
        if let t = getenv("TMPDIR"), t.pointee != 0 { return String(cString: t) }
        return "/tmp"
    }

    static func write(_ book: Workbook, to path: String, tmpdir: String) throws(Failure) {
        let result: lxw_error = tmpdir.withCString { dirPointer in
            var options = lxw_workbook_options(
                constant_memory: 0, tmpdir: UnsafeMutablePointer(mutating: dirPointer), use_zip64: 0)
            guard let wb = workbook_new_opt(path, &options) else { return LXW_ERROR_CREATING_XLSX_FILE }
            let title = strdup(book.title), company = strdup(book.organisation)
            defer {
                free(title)
                free(company)
            }
            var properties = lxw_doc_properties()
            properties.title = title
            properties.company = company
            properties.created = time_t(book.created.timeIntervalSince1970)
            _ = workbook_set_properties(wb, &properties)

            let header = workbook_add_format(wb)
            format_set_bold(header)
            format_set_bg_color(header, 0xEEEEEE)
            format_set_border(header, UInt8(LXW_BORDER_THIN.rawValue))
            var answer: [Answer: UnsafeMutablePointer<lxw_format>] = [:]
            for (a, colours) in [
                (Answer.yes, (0xCDEBD3, 0x0B5D1E)), (.no, (0xF6C8C8, 0x8A1111)), (.dontKnow, (0xFBE7B5, 0x7A5200)),
                (.open, (0xFFFFFF, 0x777777)), (.notApplicable, (0xF0F0F0, 0x999999)),
            ] {
                let f = workbook_add_format(wb)!
                format_set_bg_color(f, lxw_color_t(colours.0))
                format_set_font_color(f, lxw_color_t(colours.1))
                format_set_bold(f)
                format_set_align(f, UInt8(LXW_ALIGN_CENTER.rawValue))
                format_set_border(f, UInt8(LXW_BORDER_THIN.rawValue))
                answer[a] = f
            }
            for sheet in book.sheets {
                guard let ws = workbook_add_worksheet(wb, sheet.name) else { return LXW_ERROR_SHEETNAME_ALREADY_USED }
                for (c, width) in sheet.widths.enumerated() {
                    _ = worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width, nil)
                }
                for (c, title) in sheet.columns.enumerated() {
                    _ = worksheet_write_string(ws, 0, lxw_col_t(c), title, header)
                }
                for (r, row) in sheet.rows.enumerated() {
                    let line = lxw_row_t(r + 1)
                    for (c, cell) in row.enumerated() {
                        let col = lxw_col_t(c)
                        switch cell {
                        case .text(let s): _ = worksheet_write_string(ws, line, col, Sanitize.line(s), nil)
                        case .number(let n): _ = worksheet_write_number(ws, line, col, n, nil)
                        case .answer(let a, let s): _ = worksheet_write_string(ws, line, col, s, answer[a])
                        case .empty: break
                        }
                    }
                }
                worksheet_freeze_panes(ws, 1, 0)
                // Printed, a sheet is one page wide, landscape, its header on every page.
                worksheet_set_landscape(ws)
                _ = worksheet_fit_to_pages(ws, 1, 0)
                _ = worksheet_repeat_rows(ws, 0, 0)
                if sheet.filtered, !sheet.columns.isEmpty {
                    _ = worksheet_autofilter(
                        ws, 0, 0, lxw_row_t(max(sheet.rows.count, 1)), lxw_col_t(sheet.columns.count - 1))
                }
            }
            return workbook_close(wb)
        }
        guard result == LXW_NO_ERROR else {
            throw Failure(description: "the workbook could not be written: \(String(cString: lxw_strerror(result)))")
        }
    }
}
