package com.gongxuhui.demand.field;

/** An entry of the shared technical-field dictionary (技术领域). */
public record TechnicalField(String code, String name, String parentCode) {
}
