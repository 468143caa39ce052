package com.gongxuhui.common.persistence;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Stores a small set of enum constants as one comma-separated column ({@code CENTER_ADMIN,STAFF}), sorted so
 * equal sets read the same. MyBatis needs a concrete handler per enum: subclass with a no-argument constructor.
 */
public abstract class EnumSetColumn<E extends Enum<E>> extends BaseTypeHandler<Set<E>> {

    private final Class<E> type;

    protected EnumSetColumn(Class<E> type) {
        this.type = type;
    }

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Set<E> values, JdbcType jdbcType) throws SQLException {
        ps.setString(i, values.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    }

    @Override
    public Set<E> getNullableResult(ResultSet rs, String column) throws SQLException {
        return parse(rs.getString(column));
    }

    @Override
    public Set<E> getNullableResult(ResultSet rs, int index) throws SQLException {
        return parse(rs.getString(index));
    }

    @Override
    public Set<E> getNullableResult(CallableStatement cs, int index) throws SQLException {
        return parse(cs.getString(index));
    }

    private Set<E> parse(String value) {
        Set<E> values = EnumSet.noneOf(type);
        if (value != null && !value.isBlank()) {
            Arrays.stream(value.split(",")).map(String::trim).map(name -> Enum.valueOf(type, name)).forEach(values::add);
        }
        return values;
    }
}
