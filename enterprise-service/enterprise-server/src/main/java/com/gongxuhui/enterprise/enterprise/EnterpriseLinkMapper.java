package com.gongxuhui.enterprise.enterprise;

import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Which institutions work with which enterprises ({@code enterprise_institution}). */
@Mapper
public interface EnterpriseLinkMapper {

    /** The sub-select that narrows enterprise queries to one institution's; the id comes from a verified token. */
    static String enterprisesOf(long institutionId) {
        return "SELECT enterprise_id FROM enterprise_institution WHERE institution_id = " + institutionId;
    }

    @Insert("INSERT INTO enterprise_institution (enterprise_id, institution_id, linked_at) "
            + "VALUES (#{enterpriseId}, #{institutionId}, #{linkedAt})")
    void link(@Param("enterpriseId") long enterpriseId, @Param("institutionId") long institutionId,
            @Param("linkedAt") Instant linkedAt);

    @Select("SELECT COUNT(*) FROM enterprise_institution WHERE enterprise_id = #{enterpriseId} "
            + "AND institution_id = #{institutionId}")
    int countLinks(@Param("enterpriseId") long enterpriseId, @Param("institutionId") long institutionId);

    default boolean linked(long enterpriseId, long institutionId) {
        return countLinks(enterpriseId, institutionId) > 0;
    }
}
