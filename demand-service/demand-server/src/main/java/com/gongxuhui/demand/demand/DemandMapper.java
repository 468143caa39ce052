package com.gongxuhui.demand.demand;

import com.baomidou.mybatisplus.core.conditions.Wrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.core.toolkit.Constants;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface DemandMapper extends BaseMapper<Demand> {

    /**
     * A page read along the submission order ({@code idx_demand_submitted}), skipping the demands the conditions do
     * not select, instead of sorting every demand they select (what MariaDB chooses for an OR over columns).
     */
    @Select("SELECT * FROM demand FORCE INDEX (idx_demand_submitted) ${ew.customSqlSegment}")
    IPage<Demand> selectPageInSubmissionOrder(IPage<Demand> page, @Param(Constants.WRAPPER) Wrapper<Demand> query);
}
