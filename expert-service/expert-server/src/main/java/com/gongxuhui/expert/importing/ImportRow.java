package com.gongxuhui.expert.importing;

/** One data row of an import workbook as typed, with its row number as Excel shows it (the header is row 1). */
record ImportRow(int rowNumber, String name, String phone, String organisation, String title, String fields,
        String introduction) {
}
