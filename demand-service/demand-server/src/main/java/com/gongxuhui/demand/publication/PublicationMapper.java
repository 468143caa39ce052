package com.gongxuhui.demand.publication;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.gongxuhui.demand.demand.Demand;
import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface PublicationMapper extends BaseMapper<Publication> {

    String OPEN_TO_INSTITUTION = "p.status = 'OPEN' AND p.from_institution_id <> #{institutionId} AND (p.scope = 'ALL' "
            + "OR EXISTS (SELECT 1 FROM publication_target t WHERE t.publication_id = p.id "
            + "AND t.institution_id = #{institutionId}))";

    @Select("SELECT COUNT(*) FROM publication p WHERE p.demand_id = #{demandId} AND " + OPEN_TO_INSTITUTION)
    int countOpenTo(@Param("demandId") long demandId, @Param("institutionId") long institutionId);

    @Select("SELECT * FROM publication WHERE demand_id = #{demandId} AND status = 'OPEN'")
    Publication findOpen(@Param("demandId") long demandId);

    /**
     * The demand pool (需求大厅) of an institution: demands other institutions opened to it, and the demands
     * municipal platforms brought in that nobody has claimed yet; newest first.
     */
    @Select("SELECT d.* FROM demand d LEFT JOIN publication p ON p.demand_id = d.id AND p.status = 'OPEN' "
            + "WHERE d.status = 'IN_POOL' OR (p.id IS NOT NULL AND " + OPEN_TO_INSTITUTION + ") ORDER BY d.id DESC")
    IPage<Demand> pool(Page<Demand> page, @Param("institutionId") long institutionId);

    @Insert("INSERT INTO publication_target (publication_id, institution_id) VALUES (#{publicationId}, #{institutionId})")
    void addTarget(@Param("publicationId") long publicationId, @Param("institutionId") long institutionId);

    /**
     * Locks one publication's row through its primary key: two acceptances of the same demand queue on that row
     * alone, and the second then reads it ACCEPTED. A conditional {@code UPDATE ... WHERE id = ? AND status = 'OPEN'}
     * did not do: MariaDB may run it through idx_publication_open, and its next-key locks there, with the index entry
     * the update moves, deadlocked two simultaneous acceptances.
     */
    @Select("SELECT * FROM publication WHERE id = #{id} FOR UPDATE")
    Publication lock(@Param("id") long id);

    /** Only with the row {@link #lock locked} and seen OPEN; by primary key alone, so no other index is locked. */
    @Update("UPDATE publication SET status = 'ACCEPTED', accepted_institution_id = #{institutionId}, "
            + "accepted_by = #{by}, accepted_by_name = #{byName}, accepted_at = #{at}, commitment_text = #{text} "
            + "WHERE id = #{id}")
    void accept(@Param("id") long id, @Param("institutionId") long institutionId, @Param("by") long by,
            @Param("byName") String byName, @Param("at") Instant at, @Param("text") String text);
}
