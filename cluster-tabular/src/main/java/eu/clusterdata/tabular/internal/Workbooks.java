package eu.clusterdata.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Sheets in an Excel workbook (XLSX), through Apache POI's streaming writer and its event reader,
 * so that neither side holds the workbook's object model: a sheet of 100,000 rows is read and
 * written in a small heap (docs/performance.md).
 */
final class Workbooks {

  /** Rows the writer keeps in memory per sheet before it flushes them to a temporary file. */
  private static final int WINDOW = 200;

  /**
   * Cell values as the model's forms: a date-formatted number as {@code 2026-01-31}, any other
   * number with all its digits and no {@code .0} ({@code 15}), whatever the cell's display format.
   */
  private static final DataFormatter VALUES =
      new DataFormatter(Locale.ROOT) {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
          if (DateUtil.isADateFormat(formatIndex, formatString)
              && DateUtil.isValidExcelDate(value)) {
            LocalDateTime time = DateUtil.getLocalDateTime(value);
            return time.toLocalTime().toSecondOfDay() == 0
                ? time.toLocalDate().toString()
                : time.toString();
          }
          return new BigDecimal(NumberToTextConverter.toText(value)).toPlainString();
        }
      };

  private Workbooks() {}

  /**
   * Writes the sheets as one workbook, every cell as text so that numbers keep every digit and
   * codes such as {@code 0100} their zeros (a text cell is never a formula, whatever it begins
   * with); the header row is bold and frozen. With a {@code guide}, the sheet that explains the
   * columns follows the data, and the coded columns get drop-down lists from a hidden sheet.
   */
  static void write(List<SheetData> sheets, @Nullable WorkbookGuide guide, OutputStream out)
      throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      List<SXSSFSheet> written = new ArrayList<>();
      for (SheetData data : sheets) {
        written.add(sheet(workbook, data, bold));
      }
      if (guide != null) {
        sheet(workbook, guide.about(), bold);
        dropDowns(workbook, guide, written);
      }
      workbook.write(out);
    }
  }

  private static SXSSFSheet sheet(SXSSFWorkbook workbook, SheetData data, CellStyle bold) {
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
    return sheet;
  }

  /** The most rows a drop-down covers: as many as a workbook has. */
  private static final int LAST_ROW = 1_048_575;

  /**
   * Writes the code lists as the columns of a very hidden sheet and puts a drop-down on each coded
   * column, below its header: a closed list stops another value, an open one warns.
   */
  private static void dropDowns(
      SXSSFWorkbook workbook, WorkbookGuide guide, List<SXSSFSheet> sheets) {
    if (guide.dropDowns().isEmpty()) {
      return;
    }
    SXSSFSheet codes = workbook.createSheet(guide.codesSheet());
    int longest = guide.lists().stream().mapToInt(l -> l.codes().size()).max().orElse(0);
    for (int r = 0; r < longest; r++) {
      Row row = codes.createRow(r);
      for (WorkbookGuide.CodeList list : guide.lists()) {
        if (r < list.codes().size()) {
          row.createCell(list.column(), CellType.STRING).setCellValue(list.codes().get(r));
        }
      }
    }
    workbook.setSheetVisibility(
        workbook.getSheetIndex(codes), org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
    String quoted = "'" + guide.codesSheet().replace("'", "''") + "'";
    for (WorkbookGuide.DropDown dropDown : guide.dropDowns()) {
      SXSSFSheet sheet = sheets.get(dropDown.sheet());
      String letter = CellReference.convertNumToColString(dropDown.list().column());
      DataValidationHelper helper = sheet.getDataValidationHelper();
      DataValidation validation =
          helper.createValidation(
              helper.createFormulaListConstraint(
                  quoted + "!$" + letter + "$1:$" + letter + "$" + dropDown.list().codes().size()),
              new CellRangeAddressList(1, LAST_ROW, dropDown.column(), dropDown.column()));
      // POI writes showDropDown as the opposite of this, and Excel and LibreOffice hide the
      // in-cell list when showDropDown is set: true here leaves the list shown
      validation.setSuppressDropDownArrow(true);
      validation.setShowErrorBox(true);
      validation.setErrorStyle(
          dropDown.list().closed()
              ? DataValidation.ErrorStyle.STOP
              : DataValidation.ErrorStyle.WARNING);
      sheet.addValidationData(validation);
    }
  }

  /**
   * Reads every visible sheet of a workbook, row by row from its XML. Cells typed by whoever wrote
   * the workbook are read as their value (see {@link #VALUES}); a formula as its last computed
   * value; a boolean as {@code TRUE} or {@code FALSE}. Hidden sheets are passed over.
   */
  static List<SheetData> read(InputStream in) throws IOException {
    List<SheetData> sheets = new ArrayList<>();
    try (OPCPackage workbook = OPCPackage.open(in)) {
      XSSFReader reader = new XSSFReader(workbook);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
      StylesTable styles = reader.getStylesTable();
      Set<String> hidden = hiddenSheets(reader);
      XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
      XMLReader parser = XMLHelper.newXMLReader();
      while (iterator.hasNext()) {
        try (InputStream sheet = iterator.next()) {
          if (hidden.contains(iterator.getSheetName())) {
            continue;
          }
          Collector rows = new Collector(iterator.getSheetName());
          parser.setContentHandler(
              new XSSFSheetXMLHandler(styles, null, strings, rows, VALUES, false));
          parser.parse(new InputSource(sheet));
          sheets.add(rows.data());
        }
      }
    } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
      throw new IOException(e.getMessage(), e);
    }
    return sheets;
  }

  /** The names of the sheets the workbook marks hidden or very hidden. */
  private static Set<String> hiddenSheets(XSSFReader reader)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    Set<String> hidden = new HashSet<>();
    XMLReader parser = XMLHelper.newXMLReader();
    parser.setContentHandler(
        new DefaultHandler() {
          @Override
          public void startElement(String uri, String local, String name, Attributes attributes) {
            String state = attributes.getValue("state");
            if ("sheet".equals(local) && state != null && !state.equals("visible")) {
              hidden.add(attributes.getValue("name"));
            }
          }
        });
    try (InputStream workbook = reader.getWorkbookData()) {
      parser.parse(new InputSource(workbook));
    }
    return hidden;
  }

  /** Collects one sheet's rows; the first row with a cell is the header. */
  private static final class Collector implements SheetContentsHandler {
    private final String name;
    private @Nullable SheetData data;
    private List<String> cells = new ArrayList<>();
    private int row;

    Collector(String name) {
      this.name = name;
    }

    @Override
    public void startRow(int rowNum) {
      cells = new ArrayList<>();
      row = rowNum + 1;
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(value == null ? "" : value);
    }

    @Override
    public void endRow(int rowNum) {
      if (data == null) {
        if (cells.stream().anyMatch(c -> !c.isBlank())) {
          data = new SheetData(name, cells);
        }
      } else {
        data.add(row, cells);
      }
    }

    SheetData data() {
      return data == null ? new SheetData(name, List.of()) : data;
    }
  }
}
