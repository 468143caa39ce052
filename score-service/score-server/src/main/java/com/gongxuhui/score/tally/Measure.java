package com.gongxuhui.score.tally;

/** What the monitoring views add up; each is a column of the rollups. Points come from the ledger, the rest from activity. */
public enum Measure {
    POINTS("points"),
    /** A demand entered docking at an institution: approved there, or accepted from another institution. */
    DEMANDS_DOCKED("demands_docked"),
    /** A cooperation project registered (成功促成合作): a deal for the institution, a project for its broker. */
    DEALS("deals"),
    /** A demand a broker submitted passed review (摸排需求). */
    DEMANDS_MINED("demands_mined"),
    /** A follow-up recorded as an enterprise visit (走访企业). */
    VISITS("visits"),
    /** Experts an institution maintains (a stock: +1 when created). */
    EXPERTS("experts"),
    /** Staff of an institution or centre (a stock: +1 joining, -1 leaving or disabled). */
    STAFF("staff");

    private final String column;

    Measure(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}
