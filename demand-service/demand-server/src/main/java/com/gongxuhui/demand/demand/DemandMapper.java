package com.gongxuhui.demand.demand;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface DemandMapper extends BaseMapper<Demand> {
}
