package org.birge.portal.org.domain;

/** What kind of local government unit a district is; the akim of each is a mayor in the portal. */
public enum DistrictKind {
    /** A district (audan) of a region. */
    DISTRICT,
    /** A city of regional significance, such as Ust-Kamenogorsk. */
    CITY,
    /** A town of district significance. */
    TOWN,
    /** A rural district (auyldyq okrug), such as Tavriya. */
    RURAL_DISTRICT
}
