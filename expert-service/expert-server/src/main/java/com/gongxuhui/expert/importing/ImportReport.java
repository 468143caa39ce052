package com.gongxuhui.expert.importing;

import java.util.List;

/** What an import did: how many data rows it read, how many experts it created, and why each other row was refused. */
public record ImportReport(int rows, int created, List<RowProblem> problems) {

    /** A refused row: its number as Excel shows it, a stable code and the reason in the caller's language. */
    public record RowProblem(int row, String code, String reason) {
    }
}
