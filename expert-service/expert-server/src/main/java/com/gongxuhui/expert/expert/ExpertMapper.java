package com.gongxuhui.expert.expert;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ExpertMapper extends BaseMapper<Expert> {

    default boolean existsByPhone(String phone) {
        return exists(Wrappers.<Expert>lambdaQuery().eq(Expert::getPhone, phone));
    }

    default Optional<Expert> findByPhone(String phone) {
        return Optional.ofNullable(selectOne(Wrappers.<Expert>lambdaQuery().eq(Expert::getPhone, phone)));
    }

    /** Which of {@code phones} already belong to an expert (an import checks a whole file at once). */
    default List<String> takenPhones(Collection<String> phones) {
        if (phones.isEmpty()) {
            return List.of();
        }
        return selectList(Wrappers.<Expert>lambdaQuery().select(Expert::getPhone).in(Expert::getPhone, phones))
                .stream().map(Expert::getPhone).toList();
    }
}
