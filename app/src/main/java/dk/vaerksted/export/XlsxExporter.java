package dk.vaerksted.export;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.AtomicFiles;
import dk.vaerksted.core.session.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One row per note in an Excel workbook, to count and sort: exercise, step, table, theme, tags,
 * key point, time (a real date and time in the computer's zone, shown as "02-12-2026 17:11"), text — the header frozen and filterable, long notes
 * wrapped. Several sessions merged get a first column naming each. Apache POI, loaded only here.
 */
final class XlsxExporter {
    private XlsxExporter() {}

    static int write(List<Session> sessions, ZoneId zone, Path target) throws IOException {
        Messages m = PdfSummaryExporter.messages(sessions.get(0));
        boolean merged = sessions.size() > 1;
        int rows = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet(m.get("rows.sheet"));
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle top = wb.createCellStyle();
            top.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle time = wb.createCellStyle();
            time.setVerticalAlignment(VerticalAlignment.TOP);
            time.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy hh:mm"));

            List<String> header = new ArrayList<>(CsvExporter.header(m));
            if (merged) {
                header.add(0, m.get("rows.session"));
            }
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                h.createCell(c).setCellValue(header.get(c));
                h.getCell(c).setCellStyle(head);
            }
            int offset = merged ? 1 : 0;
            for (Session s : sessions) {
                Messages sm = PdfSummaryExporter.messages(s);
                for (Summary.Row r : Summary.rows(s, sm)) {
                    Row row = sheet.createRow(++rows);
                    if (merged) {
                        row.createCell(0).setCellValue(s.title());
                        row.getCell(0).setCellStyle(top);
                    }
                    List<String> cells = CsvExporter.cells(r, sm);
                    for (int c = 0; c < cells.size(); c++) {
                        var cell = row.createCell(c + offset);
                        java.time.LocalDateTime local = c == 6 ? Summary.local(r.at(), zone) : null;
                        if (local != null) {
                            cell.setCellValue(local);
                            cell.setCellStyle(time);
                            continue;
                        }
                        cell.setCellValue(cells.get(c));
                        cell.setCellStyle(c == 7 ? wrap : top);
                    }
                }
            }
            int[] widths = {28, 24, 12, 28, 20, 12, 17, 80};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c + offset, widths[c] * 256);
            }
            if (merged) {
                sheet.setColumnWidth(0, 30 * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows, 1), 0, header.size() - 1));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            wb.write(out);
            AtomicFiles.write(target, out.toByteArray());
        }
        return rows;
    }
}
