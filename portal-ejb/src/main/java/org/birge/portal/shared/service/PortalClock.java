package org.birge.portal.shared.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date as the programme counts deadlines: in Kazakhstan (UTC+5). */
public final class PortalClock {

    public static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

    private PortalClock() {
    }

    public static LocalDate today() {
        return LocalDate.now(KAZAKHSTAN);
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(KAZAKHSTAN).toLocalDate();
    }
}
