package com.gongxuhui.demand.publication;

import com.gongxuhui.demand.demand.DemandOpenings;
import org.springframework.stereotype.Component;

/** The demands' openings as their open publications record them. */
@Component
class PublicationOpenings implements DemandOpenings {

    private final PublicationMapper publications;

    PublicationOpenings(PublicationMapper publications) {
        this.publications = publications;
    }

    @Override
    public boolean isOpenTo(long demandId, long institutionId) {
        return publications.countOpenTo(demandId, institutionId) > 0;
    }
}
