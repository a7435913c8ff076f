package org.birge.portal.project.domain;

/** Where a project's money comes from; all but the programme's grant are local sources. */
public enum FundingSource {
    PROGRAMME_GRANT, DISTRICT_BUDGET, COMMUNITY, PRIVATE;

    public boolean isLocal() {
        return this != PROGRAMME_GRANT;
    }
}
