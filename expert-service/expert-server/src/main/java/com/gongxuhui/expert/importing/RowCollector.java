package com.gongxuhui.expert.importing;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Collects the non-blank data rows of a sheet as POI streams its cells by (the header, row 1, is skipped), and
 * stops the reading with {@link CapPassed} at the first row over the cap: nothing after it is read.
 */
class RowCollector implements SheetContentsHandler {

    private final int columns;
    private final int cap;
    private final List<ImportRow> rows = new ArrayList<>();
    private String[] current;

    RowCollector(int columns, int cap) {
        this.columns = columns;
        this.cap = cap;
    }

    List<ImportRow> rows() {
        return rows;
    }

    @Override
    public void startRow(int rowNum) {
        current = new String[columns];
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        int column = new CellReference(cellReference).getCol();
        String value = formattedValue == null ? "" : formattedValue.trim();
        if (column < columns && !value.isEmpty()) {
            current[column] = value;
        }
    }

    @Override
    public void endRow(int rowNum) {
        if (rowNum == 0 || isBlank(current)) {
            return;
        }
        rows.add(new ImportRow(rowNum + 1, current[0], current[1], current[2], current[3], current[4], current[5]));
        if (rows.size() > cap) {
            throw new CapPassed();
        }
    }

    private static boolean isBlank(String[] cells) {
        for (String cell : cells) {
            if (cell != null) {
                return false;
            }
        }
        return true;
    }

    /** Thrown from inside the parser to stop it: the sheet has more data rows than the cap. */
    static final class CapPassed extends RuntimeException {

        CapPassed() {
            super(null, null, false, false);
        }
    }
}
