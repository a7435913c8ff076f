package org.birge.portal.org.domain;

/**
 * The part of the programme whose data a person may see: one district, one region, the whole programme,
 * or nothing. Every query of the services is narrowed by it. A district scope also names the district's
 * region, for what a region shares with its districts; it does not cover the region's own records.
 */
public record Scope(Kind kind, Long districtId, Long regionId) {

    public enum Kind { NONE, DISTRICT, REGION, PROGRAMME }

    public static Scope none() {
        return new Scope(Kind.NONE, null, null);
    }

    public static Scope district(long districtId, long regionId) {
        return new Scope(Kind.DISTRICT, districtId, regionId);
    }

    public static Scope region(long regionId) {
        return new Scope(Kind.REGION, null, regionId);
    }

    public static Scope programme() {
        return new Scope(Kind.PROGRAMME, null, null);
    }

    public boolean covers(District district) {
        return switch (kind) {
            case NONE -> false;
            case DISTRICT -> district.getId().equals(districtId);
            case REGION -> district.getRegion().getId().equals(regionId);
            case PROGRAMME -> true;
        };
    }

    public boolean covers(Region region) {
        return switch (kind) {
            case NONE, DISTRICT -> false;
            case REGION -> region.getId().equals(regionId);
            case PROGRAMME -> true;
        };
    }
}
