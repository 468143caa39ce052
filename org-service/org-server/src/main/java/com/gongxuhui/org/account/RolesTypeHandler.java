package com.gongxuhui.org.account;

import com.gongxuhui.common.security.Role;
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

/** Stores an account's roles as a comma-separated column ({@code CENTER_ADMIN,STAFF}). */
public class RolesTypeHandler extends BaseTypeHandler<Set<Role>> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Set<Role> roles, JdbcType jdbcType) throws SQLException {
        ps.setString(i, roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")));
    }

    @Override
    public Set<Role> getNullableResult(ResultSet rs, String column) throws SQLException {
        return parse(rs.getString(column));
    }

    @Override
    public Set<Role> getNullableResult(ResultSet rs, int index) throws SQLException {
        return parse(rs.getString(index));
    }

    @Override
    public Set<Role> getNullableResult(CallableStatement cs, int index) throws SQLException {
        return parse(cs.getString(index));
    }

    private static Set<Role> parse(String value) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (value != null && !value.isBlank()) {
            Arrays.stream(value.split(",")).map(String::trim).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }
}
