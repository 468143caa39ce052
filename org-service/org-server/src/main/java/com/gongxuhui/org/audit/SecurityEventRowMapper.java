package com.gongxuhui.org.audit;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface SecurityEventRowMapper extends BaseMapper<SecurityEventRow> {
}
