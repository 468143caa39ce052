package com.gongxuhui.demand.project;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface FeeVoucherMapper extends BaseMapper<FeeVoucher> {

    default List<FeeVoucher> findByProject(long projectId) {
        return selectList(Wrappers.<FeeVoucher>lambdaQuery().eq(FeeVoucher::getProjectId, projectId)
                .orderByAsc(FeeVoucher::getPaidOn).orderByAsc(FeeVoucher::getId));
    }
}
