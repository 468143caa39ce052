package com.gongxuhui.enterprise.contact;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ContactMapper extends BaseMapper<Contact> {

    default List<Contact> ofEnterprise(long enterpriseId) {
        return selectList(Wrappers.<Contact>lambdaQuery().eq(Contact::getEnterpriseId, enterpriseId)
                .orderByAsc(Contact::getId));
    }

    default boolean exists(long enterpriseId, String phone) {
        return exists(Wrappers.<Contact>lambdaQuery().eq(Contact::getEnterpriseId, enterpriseId)
                .eq(Contact::getPhone, phone));
    }
}
