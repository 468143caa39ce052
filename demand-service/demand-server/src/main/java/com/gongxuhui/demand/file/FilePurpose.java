package com.gongxuhui.demand.file;

/** 附件 / 合同 / 兑付凭证. */
public enum FilePurpose {
    ATTACHMENT,
    CONTRACT,
    VOUCHER
}
