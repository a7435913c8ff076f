package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

/**
 * The "Download my calendar (.ics)" button as a browser uses it, through the real sign-in: a demo mayor gets an
 * iCalendar file of their own sessions that a standard library (ical4j) reads; a governor, who takes no
 * course, is refused.
 */
class MyCalendarDownloadIT {

    private static final String PATH = "/training/my-sessions.ics";

    @Test
    void aMayorDownloadsTheirSessionsAsAnICalendarFile() throws Exception {
        try (PortalClient client = new PortalClient()) {
            client.login(DemoAccount.AKIM_ZAISAN);
            PortalClient.Download file = client.download(PATH);
            assertEquals(200, file.status());
            assertEquals("text/calendar", file.contentType());
            assertTrue(file.disposition().startsWith("attachment;") && file.disposition().contains(".ics"),
                    file.disposition());
            Calendar calendar = new CalendarBuilder().build(new StringReader(file.text()));
            calendar.validate();
            List<VEvent> events = calendar.getComponents(Component.VEVENT);
            // Demo data: akim.zaisan completed 310 (3 days) and 311 (2 days) and holds a seat in 313 (2 days).
            // Each event's id names its session: birge-session-<session>-<day>-<person>@birge.kz.
            Map<String, Long> daysBySession = events.stream().collect(Collectors.groupingBy(
                    e -> e.getProperty(Property.UID).orElseThrow().getValue().split("-")[2], Collectors.counting()));
            VEvent first = events.stream().filter(e -> e.getProperty(Property.UID).orElseThrow().getValue()
                    .startsWith("birge-session-310-")).min(java.util.Comparator.comparing(
                            e -> e.getProperty(Property.UID).orElseThrow().getValue())).orElseThrow();
            Instant start = Instant.from(first.<DateProperty<java.time.temporal.Temporal>>getProperty(Property.DTSTART)
                    .orElseThrow().getDate());
            assertAll("akim.zaisan's calendar",
                    () -> assertEquals(3L, daysBySession.get("310")),
                    () -> assertEquals(2L, daysBySession.get("311")),
                    () -> assertEquals(2L, daysBySession.get("313")),
                    () -> assertEquals(LocalTime.of(10, 0), start.atZone(ZoneId.of("Asia/Almaty")).toLocalTime()),
                    () -> assertTrue(first.getProperty(Property.SUMMARY).orElseThrow().getValue()
                            .contains("PME-201")),
                    () -> assertTrue(first.getProperty(Property.LOCATION).orElseThrow().getValue()
                            .startsWith("Усть-Каменогорск")),
                    () -> assertTrue(first.getProperty(Property.URL).orElseThrow().getValue()
                            .endsWith("/training/session.xhtml?id=310")),
                    () -> assertTrue(!daysBySession.containsKey("314"), "not the planned session of no one"));
        }
    }

    @Test
    void aGovernorIsRefused() throws Exception {
        try (PortalClient client = new PortalClient()) {
            client.login(DemoAccount.GOVERNOR_EAST);
            assertEquals(403, client.download(PATH).status());
        }
    }
}
