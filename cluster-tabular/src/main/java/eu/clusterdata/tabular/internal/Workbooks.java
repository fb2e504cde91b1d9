package eu.clusterdata.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Sheets in an Excel workbook (XLSX), through Apache POI. */
final class Workbooks {

  private Workbooks() {}

  /**
   * Writes the sheets as one workbook, every cell as text so that numbers keep every digit and
   * codes such as {@code 0100} their zeros; the header row is bold and frozen.
   */
  static void write(List<SheetData> sheets, OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      for (SheetData data : sheets) {
        SXSSFSheet sheet = workbook.createSheet(data.name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < data.header.size(); c++) {
          Cell cell = header.createCell(c, CellType.STRING);
          cell.setCellValue(data.header.get(c));
          cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < data.rows.size(); r++) {
          Row row = sheet.createRow(r + 1);
          List<String> cells = data.rows.get(r);
          for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
              row.createCell(c, CellType.STRING).setCellValue(cells.get(c));
            }
          }
        }
      }
      workbook.write(out);
    }
  }

  /**
   * Reads every sheet of a workbook. Cells typed by whoever wrote the workbook are read as the text
   * their value has in the model's forms: a whole number without decimals ({@code 15}), a date as
   * {@code 2026-01-31}, a boolean as {@code true}.
   */
  static List<SheetData> read(InputStream in) throws IOException {
    List<SheetData> sheets = new ArrayList<>();
    try (Workbook workbook = new XSSFWorkbook(in)) {
      for (Sheet sheet : workbook) {
        Row first = sheet.getRow(sheet.getFirstRowNum());
        List<String> header = first == null ? List.of() : cells(first);
        SheetData data = new SheetData(sheet.getSheetName(), header);
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
          Row row = sheet.getRow(r);
          if (row != null) {
            data.add(r + 1, cells(row));
          }
        }
        sheets.add(data);
      }
    }
    return sheets;
  }

  private static List<String> cells(Row row) {
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
      Cell cell = row.getCell(c);
      cells.add(cell == null ? "" : text(cell, cell.getCellType()));
    }
    return cells;
  }

  private static String text(Cell cell, CellType type) {
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
      case NUMERIC -> {
        if (DateUtil.isCellDateFormatted(cell)) {
          LocalDateTime time = cell.getLocalDateTimeCellValue();
          yield time.toLocalTime().toSecondOfDay() == 0
              ? time.toLocalDate().toString()
              : time.toString();
        }
        yield new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()))
            .toPlainString();
      }
      case FORMULA -> text(cell, cell.getCachedFormulaResultType());
      default -> "";
    };
  }
}
