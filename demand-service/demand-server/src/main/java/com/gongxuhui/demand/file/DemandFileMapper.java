package com.gongxuhui.demand.file;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface DemandFileMapper extends BaseMapper<DemandFile> {

    default List<DemandFile> findByDemand(long demandId) {
        return selectList(Wrappers.<DemandFile>lambdaQuery().eq(DemandFile::getDemandId, demandId)
                .orderByAsc(DemandFile::getId));
    }

    default DemandFile findLatest(long demandId, FilePurpose purpose) {
        return selectOne(Wrappers.<DemandFile>lambdaQuery().eq(DemandFile::getDemandId, demandId)
                .eq(DemandFile::getPurpose, purpose).orderByDesc(DemandFile::getId).last("LIMIT 1"));
    }
}
