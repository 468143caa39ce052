package com.gongxuhui.enterprise.registry;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Set;

/**
 * The provider's answer to a base-information query, as sent: {@code {error_code, reason, result}} with HTTP 200
 * whatever happened. The codes are Tianyancha's documented ones (开放平台 错误代码说明, e.g. in Huawei Cloud's
 * guide to API 1116 企业基本信息, support.huaweicloud.com/tbis-dma/tbis_04.html): 0 请求成功, 300000 无数据,
 * 300004 访问频率过快; the rest (300001 请求失败, 300002 账号失效, 300003 账号过期, 300005 无权限访问此api,
 * 300006 余额不足, 300007 剩余次数不足, 300008 缺少必要参数, 300009 账号信息有误, 300011 此IP无权限访问此api …)
 * are the provider failing or our account's setup, which the caller cannot fix.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RegistryAnswer(@JsonProperty("error_code") Integer errorCode, String reason, BaseInfo result) {

    private static final int OK = 0;
    private static final int NO_DATA = 300000;
    private static final Set<Integer> TOO_FREQUENT = Set.of(300004);

    boolean found() {
        return errorCode != null && errorCode == OK && result != null && result.creditCode() != null;
    }

    /** "No data", or success without a result: the registry knows no such enterprise. */
    boolean notFound() {
        return errorCode != null && (errorCode == NO_DATA || errorCode == OK && result == null);
    }

    boolean rateLimited() {
        return TOO_FREQUENT.contains(errorCode);
    }

    String describe() {
        return "error_code=" + errorCode + " reason=" + reason;
    }

    /**
     * {@code result} of {@code /services/open/ic/baseinfo/normal}, the fields the platform keeps. The provider's
     * spellings are its own ({@code estiblishTime}, epoch milliseconds); {@code regCapital} is free text such as
     * "77800.32万人民币", kept as the registry writes it.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record BaseInfo(String name, String creditCode, String legalPersonName, String regCapital, Long estiblishTime,
            String regLocation, String businessScope, String industry) {
    }
}
