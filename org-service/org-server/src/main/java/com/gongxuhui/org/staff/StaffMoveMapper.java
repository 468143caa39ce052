package com.gongxuhui.org.staff;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface StaffMoveMapper extends BaseMapper<StaffMove> {
}
