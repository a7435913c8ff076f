package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.File;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.training.service.EnrolmentService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person's sessions as an iCalendar file, read back with ical4j, a standard iCalendar library: one event
 * per day of each session with its times, title, place, link and status; a long title folded and a comma
 * and a semicolon escaped so that the library reads the title back exactly; a withdrawn place left out.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarExportIT {

    private static final String LINK = "https://portal.example.kz/training/session.xhtml?id=";

    /** The test archive with ical4j and what it needs, taken from the test's own class path. */
    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("calendar-export-it").addAsLibraries(Stream.of(Calendar.class,
                        org.slf4j.LoggerFactory.class, org.apache.commons.lang3.StringUtils.class,
                        org.apache.commons.codec.binary.Base64.class, org.threeten.extra.Interval.class)
                .map(CalendarExportIT::jarOf).toArray(File[]::new));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @EJB
    private EnrolmentService enrolments;
    @EJB
    private EnrolmentSetup setup;
    @EJB
    private Fixtures fixtures;
    @Inject
    private TestSignIn signIn;

    private String mayor;
    private String trainer;

    @BeforeEach
    void people() {
        Region region = fixtures.region(Fixtures.unique("ZIR"));
        District district = fixtures.district(Fixtures.unique("ZID"), region);
        mayor = fixtures.newPerson(district, null, Role.MAYOR);
        trainer = fixtures.newPerson(null, null, Role.TRAINER);
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static Instant instant(VEvent event, String property) {
        Temporal date = event.<DateProperty<Temporal>>getProperty(property).orElseThrow().getDate();
        return Instant.from(date);
    }

    @Test
    void aTraineesSessionsReadBackEventByEventWithTheirTimesTitlePlaceAndStatus() throws Exception {
        String title = "Local budgets, step 2; participatory budgeting in rural districts and small towns"
                + " of the region";
        LocalDate day1 = PortalClock.today().plusDays(60);
        LocalDate day2 = day1.plusDays(7);
        long course = setup.course(title);
        long inHall = setup.openSession(course, 10, List.of(day1, day2), LocalTime.of(9, 30), LocalTime.of(17, 0),
                "Ust-Kamenogorsk, 40 Gorky St., hall 2", null, trainer);
        long online = setup.openSession(setup.course("Online, short"), 1, List.of(day1.plusDays(1)),
                LocalTime.of(15, 0), LocalTime.of(18, 0), null, "https://meet.example.org/lbp?room=7&x=1", trainer);
        long left = setup.openSession(setup.course("Left behind"), 10, List.of(day1.plusDays(2)), LocalTime.of(9, 0),
                LocalTime.of(10, 0), "Hall", null, trainer);
        String other = fixtures.newPerson(null, null, Role.MAYOR);
        signIn.as(other, "mayor", () -> enrolments.enrol(online));
        signIn.as(mayor, "mayor", () -> enrolments.enrol(inHall));
        signIn.as(mayor, "mayor", () -> enrolments.enrol(online));
        signIn.as(mayor, "mayor", () -> enrolments.enrol(left));
        EnrolmentSetup.Place leaving = setup.place(left, mayor);
        signIn.as(mayor, "mayor", () -> enrolments.withdraw(leaving.id(), leaving.version()));
        EnrolmentSetup.Place hall = setup.place(inHall, mayor);
        signIn.as(trainer, "trainer", () -> enrolments.confirm(hall.id(), hall.version()));

        String text = signIn.as(mayor, "mayor", () -> enrolments.myCalendarFile("Birge: my training", LINK));
        Calendar calendar = parse(text);
        calendar.validate();
        List<VEvent> events = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .sorted(Comparator.comparing(e -> instant(e, Property.DTSTART))).toList();

        assertEquals(3, events.size(), () -> "two days in the hall, one online, none of the session left:\n" + text);
        VEvent first = events.get(0);
        VEvent online1 = events.get(1);
        VEvent second = events.get(2);
        String summary = title + " (" + value(first, Property.SUMMARY).substring(title.length() + 2);
        assertAll("the events",
                () -> assertEquals(day1.atTime(9, 30).atZone(PortalClock.KAZAKHSTAN).toInstant(),
                        instant(first, Property.DTSTART)),
                () -> assertEquals(day1.atTime(17, 0).atZone(PortalClock.KAZAKHSTAN).toInstant(),
                        instant(first, Property.DTEND)),
                () -> assertEquals(day2.atTime(9, 30).atZone(PortalClock.KAZAKHSTAN).toInstant(),
                        instant(second, Property.DTSTART)),
                () -> assertEquals(summary, value(first, Property.SUMMARY)),
                () -> assertTrue(value(first, Property.SUMMARY).startsWith(title + " (ZT-"),
                        "the title read back exactly, comma and semicolon included"),
                () -> assertEquals("Ust-Kamenogorsk, 40 Gorky St., hall 2", value(first, Property.LOCATION)),
                () -> assertEquals("CONFIRMED", value(first, Property.STATUS)),
                () -> assertEquals(LINK + inHall, value(first, Property.URL)),
                () -> assertEquals("TENTATIVE", value(online1, Property.STATUS), "waiting: not sure yet"),
                () -> assertEquals("https://meet.example.org/lbp?room=7&x=1", value(online1, Property.URL)),
                () -> assertEquals("https://meet.example.org/lbp?room=7&x=1", value(online1, Property.LOCATION)),
                () -> assertTrue(value(online1, Property.DESCRIPTION).contains(LINK + online)),
                () -> assertEquals(3, events.stream().map(e -> value(e, Property.UID)).distinct().count(),
                        "an id of its own for each event"),
                () -> assertTrue(events.stream().allMatch(e -> e.getProperty(Property.DTSTAMP).isPresent())));

        // The same sessions exported again keep their ids, so a calendar program updates them.
        String again = signIn.as(mayor, "mayor", () -> enrolments.myCalendarFile("Birge: my training", LINK));
        assertEquals(events.stream().map(e -> value(e, Property.UID)).sorted().toList(),
                parse(again).<VEvent>getComponents(Component.VEVENT).stream().map(e -> value(e, Property.UID))
                        .sorted().toList());

        // The file itself: CRLF, lines folded at 75 octets, the title's comma and semicolon escaped.
        assertFalse(text.replace("\r\n", "").contains("\n"), "CRLF line endings only");
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, () -> "line longer than 75 octets: " + line);
        }
        assertTrue(text.contains("\r\nSUMMARY:Local budgets\\, step 2\\; participatory"), text);
        assertTrue(text.matches("(?s).*\r\nSUMMARY:[^\r]{60,}\r\n [^\r]+.*"),
                () -> "the long title is folded:\n" + text);
    }

    @Test
    void aTrainersCalendarHoldsTheSessionsTheyTrainButNotCancelledOnes() throws Exception {
        LocalDate day = PortalClock.today().plusDays(90);
        long course = setup.course("Trainer's own");
        long kept = setup.openSession(course, 5, List.of(day), LocalTime.of(10, 0), LocalTime.of(12, 0), "Hall", null,
                trainer);
        long cancelled = setup.openSession(course, 5, List.of(day.plusDays(1)), LocalTime.of(10, 0),
                LocalTime.of(12, 0), "Hall", null, trainer);
        setup.cancel(cancelled);

        Calendar calendar = parse(signIn.as(trainer, "trainer", () -> enrolments.myCalendarFile("Birge", LINK)));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(List.of(LINK + kept), events.stream().map(e -> value(e, Property.URL)).toList());
        assertEquals("CONFIRMED", value(events.get(0), Property.STATUS));
        assertTrue(signIn.as(mayor, "mayor", () -> parse(enrolments.myCalendarFile("Birge", LINK)))
                .getComponents(Component.VEVENT).isEmpty(), "a mayor with no places has an empty calendar");
    }
}
