package cn.jiangmen.greenchannel.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes report sheets as .xlsx (Apache POI): a bold Chinese header row, then one row per record. */
final class Xlsx {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** One sheet: its Chinese name, header row and rows (String, Number, Boolean, LocalDate or null). */
    record SheetData(String name, List<String> headers, List<List<Object>> rows) {
    }

    private Xlsx() {
    }

    static byte[] write(List<SheetData> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (SheetData data : sheets) {
                Sheet sheet = workbook.createSheet(data.name());
                Row header = sheet.createRow(0);
                for (int i = 0; i < data.headers().size(); i++) {
                    Cell cell = header.createCell(i);
                    cell.setCellValue(data.headers().get(i));
                    cell.setCellStyle(bold);
                }
                int r = 1;
                for (List<Object> values : data.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        Object v = values.get(i);
                        if (v == null) {
                            continue;
                        }
                        Cell cell = row.createCell(i);
                        if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (v instanceof Boolean b) {
                            cell.setCellValue(b ? "是" : "否");
                        } else if (v instanceof LocalDate d) {
                            cell.setCellValue(d.toString());
                        } else {
                            cell.setCellValue(v.toString());
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
