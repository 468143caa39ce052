package com.gongxuhui.org.centre;

import com.gongxuhui.org.institution.CentreLocations;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Reads centres for other features (institution access rules, the internal directory): they keep off the mapper. */
@Service
public class CentreQueries implements CentreLocations {

    private final CentreMapper centres;

    CentreQueries(CentreMapper centres) {
        this.centres = centres;
    }

    public Optional<Centre> find(long id) {
        return Optional.ofNullable(centres.selectById(id));
    }

    @Override
    public List<Long> institutionsWithCentreIn(Collection<String> regionCodes) {
        return centres.institutionsWithCentreIn(regionCodes);
    }

    @Override
    public List<String> centreRegionsOf(long institutionId) {
        return centres.findByInstitution(institutionId).stream().map(Centre::getRegionCode).toList();
    }
}
