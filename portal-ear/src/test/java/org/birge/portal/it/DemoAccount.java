package org.birge.portal.it;

/**
 * The development accounts of keycloak/realm/birge-users-0.json, with the home each lands on and a piece
 * of data only their own scope shows there and one from a scope they must not see (in Russian, the
 * portal's default language).
 */
public enum DemoAccount {
    AKIM_ZAISAN("akim.zaisan", "mayor", "/mayor/", "Зайсанский район", "Таврический сельский округ"),
    AKIM_TAVRIYA("akim.tavriya", "mayor", "/mayor/", "Таврический сельский округ", "Зайсанский район"),
    AKIM_EKIBASTUZ("akim.ekibastuz", "mayor", "/mayor/", "Город Экибастуз", "Зайсанский район"),
    GOVERNOR_EAST("governor.east", "governor", "/governor/", "Восточно-Казахстанская область",
            "Павлодарская область"),
    GOVERNOR_PAVLODAR("governor.pavlodar", "governor", "/governor/", "Павлодарская область",
            "Восточно-Казахстанская область"),
    PM_ALIYA("pm.aliya", "project-manager", "/pm/", "Павлодарская область", null),
    PM_DANIYAR("pm.daniyar", "project-manager", "/pm/", "Восточно-Казахстанская область", null),
    TRAINER_SAULE("trainer.saule", "trainer", "/trainer/", "trainer.saule", null),
    ADMIN("admin", "admin", "/admin/", "Администрирование", null),
    RESIDENT_ZAISAN("resident.zaisan", "resident", "/resident/", "Зайсанский район", "Таврический сельский округ");

    public static final String PASSWORD = "demo";

    private final String username;
    private final String role;
    private final String home;
    private final String ownData;
    private final String foreignData;

    DemoAccount(String username, String role, String home, String ownData, String foreignData) {
        this.username = username;
        this.role = role;
        this.home = home;
        this.ownData = ownData;
        this.foreignData = foreignData;
    }

    /** Text of another district or region that this account's home must never show; null when none applies. */
    public String foreignData() {
        return foreignData;
    }

    public String username() {
        return username;
    }

    public String role() {
        return role;
    }

    public String home() {
        return home;
    }

    /** Text the home page shows for this account's own scope. */
    public String ownData() {
        return ownData;
    }
}
