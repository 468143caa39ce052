package com.gongxuhui.score.tally;

/**
 * What the monitoring views add up; each is a column of the rollups. Points come from the ledger, the rest from
 * activity. Flows are added up within a period; stocks are counted as at its last day, and kept in a table of
 * their own ({@code stock_rollup}) because they change seldom and are read from the very beginning.
 */
public enum Measure {
    POINTS("points", false),
    /** A demand entered docking at an institution: approved there, accepted from another one, or claimed from the pool. */
    DEMANDS_DOCKED("demands_docked", false),
    /** A cooperation project registered (成功促成合作): a deal for the institution, a project for its broker. */
    DEALS("deals", false),
    /** A demand a broker submitted passed review (摸排需求). */
    DEMANDS_MINED("demands_mined", false),
    /** A follow-up recorded as an enterprise visit (走访企业). */
    VISITS("visits", false),
    /** Experts an institution maintains (a stock: +1 when created). */
    EXPERTS("experts", true),
    /** Staff of an institution or centre (a stock: +1 joining, -1 leaving or disabled). */
    STAFF("staff", true);

    private final String column;
    private final boolean stock;

    Measure(String column, boolean stock) {
        this.column = column;
        this.stock = stock;
    }

    public String column() {
        return column;
    }

    public boolean stock() {
        return stock;
    }

    /** The rollup table that keeps this measure. */
    public String table() {
        return stock ? "stock_rollup" : "rollup";
    }
}
