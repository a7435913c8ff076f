package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.training.service.AttendanceRow;
import org.birge.portal.training.service.AttendanceService;
import org.birge.portal.training.service.Scores;
import org.birge.portal.training.service.SessionHeader;
import org.birge.portal.training.service.SheetFigures;
import org.birge.portal.training.service.StaleRowsException;
import org.birge.portal.training.service.TraineeResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attendance sheet: a session's trainer saves a day or every day for the whole list at once and the
 * test scores likewise; the gain per trainee and the averages follow; whether a trainee would complete is
 * the course's rule (at least 80 % of the days, a post-test at or above 60) applied by the service, at its
 * edges; a row someone else changed in between is refused with their name and nothing of the list is
 * saved; a mayor reads their own record and never another mayor's.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceIT {

    private static final PageRequest ALL = PageRequest.of(0, PageRequest.MAX_SIZE);

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("attendance-it");
    }

    @EJB
    private AttendanceService attendance;
    @EJB
    private TrainingSetup training;
    @EJB
    private Fixtures fixtures;
    @Inject
    private TestSignIn signIn;

    private String trainer;
    private String otherTrainer;
    private Region region;
    private District district;
    private long course;

    @BeforeEach
    void people() {
        region = fixtures.region(Fixtures.unique("ZRA"));
        district = fixtures.district(Fixtures.unique("ZDA"), region);
        trainer = fixtures.newPerson(null, null, Role.TRAINER);
        otherTrainer = fixtures.newPerson(null, null, Role.TRAINER);
        course = training.course(80, 60, 24);
    }

    /** A running session of {@code days} days trained by {@code trainer} and the other trainer, with trainees. */
    private long session(int days, Map<String, Long> trainees, String... names) {
        long session = training.openSession(course, days, trainer, otherTrainer);
        for (String name : names) {
            String username = fixtures.newPerson(district, null, Role.MAYOR);
            trainees.put(name, training.enrol(session, username, name, district.getId(), region.getId()));
        }
        training.start(session);
        return session;
    }

    private Map<Long, AttendanceRow> rows(long session) throws Exception {
        Page<AttendanceRow> page = signIn.as(trainer, "trainer", () -> attendance.rows(session, ALL));
        Map<Long, AttendanceRow> rows = new LinkedHashMap<>();
        page.rows().forEach(r -> rows.put(r.enrolmentId(), r));
        return rows;
    }

    private static Map<Long, Long> versions(Map<Long, AttendanceRow> rows) {
        Map<Long, Long> versions = new HashMap<>();
        rows.forEach((id, row) -> versions.put(id, row.version()));
        return versions;
    }

    @Test
    void theTrainerSavesADayAndAllDaysForTheWholeListAndTheScoresWithTheirGainAndAverages() throws Exception {
        Map<String, Long> t = new LinkedHashMap<>();
        long session = session(5, t, "Айгерім Бекова", "Бауыржан Сейітов", "Вера Ким");
        List<LocalDate> days = List.copyOf(new TreeSet<>(training.days(session)));
        long aigerim = t.get("Айгерім Бекова");
        long bauyrzhan = t.get("Бауыржан Сейітов");
        long vera = t.get("Вера Ким");

        SessionHeader header = signIn.as(trainer, "trainer", () -> attendance.session(session));
        assertTrue(header.editable(), "the session's own trainer records it while it runs");
        assertEquals(days, header.days());

        Map<Long, AttendanceRow> before = rows(session);
        assertEquals(List.of(aigerim, bauyrzhan, vera), List.copyOf(before.keySet()), "the list is by name");
        Map<Long, Boolean> firstDay = Map.of(aigerim, true, bauyrzhan, true, vera, false);
        Map<Long, Long> afterDay = signIn.as(trainer, "trainer",
                () -> attendance.saveDay(session, days.get(0), firstDay, versions(before)));
        assertEquals(before.get(aigerim).version() + 1, afterDay.get(aigerim), "a changed row moves one version on");
        assertEquals(before.get(vera).version(), afterDay.get(vera), "an unchanged row stays as it was");

        Map<Long, java.util.Set<LocalDate>> allDays = new HashMap<>();
        allDays.put(aigerim, Set.copyOf(days));
        allDays.put(bauyrzhan, Set.copyOf(days.subList(0, 3)));
        allDays.put(vera, Set.of(days.get(4)));
        Map<Long, Long> afterAll = signIn.as(trainer, "trainer",
                () -> attendance.saveAttendance(session, days, allDays, afterDay));
        Map<Long, Scores> scores = Map.of(aigerim, new Scores(40, 85), bauyrzhan, new Scores(55, 60),
                vera, new Scores(null, 90));
        signIn.as(trainer, "trainer", () -> attendance.recordScores(session, scores, afterAll));

        Map<Long, AttendanceRow> after = rows(session);
        assertEquals(5, after.get(aigerim).daysPresentCount());
        assertEquals(3, after.get(bauyrzhan).daysPresentCount());
        assertEquals(Set.of(days.get(4)), after.get(vera).daysPresent());
        assertEquals(45, after.get(aigerim).gain());
        assertEquals(5, after.get(bauyrzhan).gain());
        assertNull(after.get(vera).gain(), "no gain without a pre-test");
        assertEquals(List.of("5 days, pre=40, post=85", "3 days, pre=55, post=60", "1 days, pre=null, post=90"),
                List.of(training.recorded(aigerim), training.recorded(bauyrzhan), training.recorded(vera)));

        String pm = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);
        SheetFigures figures = signIn.as(pm, "project-manager", () -> attendance.figures(session));
        assertEquals(3, figures.trainees());
        assertEquals(47.5, figures.averagePre(), 1e-9);
        assertEquals((85 + 60 + 90) / 3.0, figures.averagePost(), 1e-9);
        assertEquals(25.0, figures.averageGain(), 1e-9, "the average gain of those who took both tests");
        assertEquals(2, figures.scoredBoth());
        assertEquals((5 + 3 + 1) * 100.0 / 15, figures.attendanceRate(), 1e-9);
        assertEquals(1, figures.wouldComplete(), "only Айгерім: all days and 85");

        assertEquals(List.of("training.attendance.recorded by " + trainer, "training.attendance.recorded by " + trainer),
                training.audit("enrolment", aigerim, "training.attendance.recorded"), "one audit row per save of the row");
        assertEquals(List.of("training.attendance.recorded by " + trainer),
                training.audit("enrolment", vera, "training.attendance.recorded"),
                "the first save did not change her row, so it has no audit row of it");
        assertEquals(List.of("training.scores.recorded by " + trainer),
                training.audit("enrolment", bauyrzhan, "training.scores.recorded"));
    }

    @Test
    void theRuleDecidesAtItsEdgesThroughTheService() throws Exception {
        Map<String, Long> t = new LinkedHashMap<>();
        long session = session(5, t, "A exactly 80 %", "B 60 %", "C post at the pass mark", "D post below",
                "E no post-test");
        training.record(t.get("A exactly 80 %"), 4, 30, 70);
        training.record(t.get("B 60 %"), 3, 30, 70);
        training.record(t.get("C post at the pass mark"), 5, 30, 60);
        training.record(t.get("D post below"), 5, 30, 59);
        training.record(t.get("E no post-test"), 5, 30, null);
        Map<Long, AttendanceRow> rows = rows(session);
        assertEquals(80, rows.get(t.get("A exactly 80 %")).attendancePercent());
        assertTrue(rows.get(t.get("A exactly 80 %")).wouldComplete(), "4 of 5 days is exactly 80 %");
        assertFalse(rows.get(t.get("B 60 %")).wouldComplete());
        assertTrue(rows.get(t.get("C post at the pass mark")).wouldComplete(), "a post-test at the pass mark passes");
        assertFalse(rows.get(t.get("D post below")).wouldComplete());
        assertFalse(rows.get(t.get("E no post-test")).wouldComplete(), "no post-test, no completion");
        assertEquals(2, signIn.as(trainer, "trainer", () -> attendance.figures(session)).wouldComplete());

        // 23 of 29 days is 79 %: one day short of the rule.
        Map<String, Long> u = new LinkedHashMap<>();
        long longSession = session(29, u, "F 79 %", "G 83 %");
        training.record(u.get("F 79 %"), 23, 50, 95);
        training.record(u.get("G 83 %"), 24, 50, 95);
        Map<Long, AttendanceRow> longRows = rows(longSession);
        assertEquals(79, longRows.get(u.get("F 79 %")).attendancePercent());
        assertFalse(longRows.get(u.get("F 79 %")).wouldComplete(), "79 % is below 80 %");
        assertTrue(longRows.get(u.get("G 83 %")).wouldComplete());

        TraineeResult own = signIn.as(trainer, "trainer", () -> attendance.result(u.get("F 79 %")));
        assertEquals(79, own.attendancePercent());
        assertFalse(own.wouldComplete());
        assertEquals(45, own.gain());
    }

    @Test
    void aRowChangedByAnotherTrainerIsRefusedWithTheirNameAndNothingOfTheListIsSaved() throws Exception {
        Map<String, Long> t = new LinkedHashMap<>();
        long session = session(3, t, "Айбек Нұров", "Гүлнар Оспанова");
        long aibek = t.get("Айбек Нұров");
        long gulnar = t.get("Гүлнар Оспанова");
        LocalDate day = new TreeSet<>(training.days(session)).first();
        Map<Long, Long> seen = versions(rows(session));

        signIn.as(otherTrainer, "trainer", () -> attendance.saveDay(session, day, Map.of(aibek, true), seen));
        StaleRowsException refused = assertThrows(StaleRowsException.class, () -> signIn.as(trainer, "trainer",
                () -> attendance.saveDay(session, day, Map.of(aibek, false, gulnar, true), seen)));
        assertEquals(List.of(aibek), refused.getEnrolmentIds());
        assertEquals("Айбек Нұров (" + otherTrainer + ")", refused.getArguments().get(0));
        assertEquals("1 days, pre=null, post=null", training.recorded(aibek), "the other trainer's save stands");
        assertEquals("0 days, pre=null, post=null", training.recorded(gulnar), "nothing of the refused list was saved");

        // A row the trainer sends unchanged is no conflict, whatever its version.
        Map<Long, Long> fresh = versions(rows(session));
        Map<Long, Long> mixed = new HashMap<>(fresh);
        mixed.put(aibek, seen.get(aibek));
        signIn.as(trainer, "trainer", () -> attendance.saveDay(session, day, Map.of(aibek, true, gulnar, true), mixed));
        assertEquals("1 days, pre=null, post=null", training.recorded(gulnar));

        StaleRowsException staleScores = assertThrows(StaleRowsException.class, () -> signIn.as(trainer, "trainer",
                () -> attendance.recordScores(session, Map.of(gulnar, new Scores(10, 20)), fresh)));
        assertEquals(List.of(gulnar), staleScores.getEnrolmentIds());
    }

    @Test
    void onlyTheSessionsTrainersRecordAndOnlyWhileItRuns() throws Exception {
        Map<String, Long> t = new LinkedHashMap<>();
        long session = session(2, t, "Дана Әлиева");
        long dana = t.get("Дана Әлиева");
        LocalDate day = new TreeSet<>(training.days(session)).first();
        Map<Long, Long> seen = versions(rows(session));
        String stranger = fixtures.newPerson(null, null, Role.TRAINER);

        assertFalse(signIn.as(stranger, "trainer", () -> attendance.session(session)).editable());
        assertThrows(AccessDeniedException.class, () -> signIn.as(stranger, "trainer",
                () -> attendance.saveDay(session, day, Map.of(dana, true), seen)));
        assertThrows(EJBAccessException.class, () -> signIn.as(fixtures.newPerson(district, null, Role.MAYOR), "mayor",
                () -> attendance.rows(session, ALL)));
        DomainException notADay = assertThrows(DomainException.class, () -> signIn.as(trainer, "trainer",
                () -> attendance.saveDay(session, day.minusDays(30), Map.of(dana, true), seen)));
        assertEquals("training.attendance.notSessionDay", notADay.getMessageKey());
        DomainException range = assertThrows(DomainException.class, () -> signIn.as(trainer, "trainer",
                () -> attendance.recordScores(session, Map.of(dana, new Scores(20, 101)), seen)));
        assertEquals("training.score.range", range.getMessageKey());

        training.complete(session);
        DomainException closed = assertThrows(DomainException.class, () -> signIn.as(trainer, "trainer",
                () -> attendance.saveDay(session, day, Map.of(dana, true), seen)));
        assertEquals("training.attendance.notRunning", closed.getMessageKey());
        assertFalse(signIn.as(trainer, "trainer", () -> attendance.session(session)).editable());
    }

    @Test
    void aMayorReadsTheirOwnRecordAndNeverAnotherMayorsScores() throws Exception {
        long session = training.openSession(course, 3, trainer);
        Region otherRegion = fixtures.region(Fixtures.unique("ZRA"));
        District otherDistrict = fixtures.district(Fixtures.unique("ZDA"), otherRegion);
        String mayor = fixtures.newPerson(district, null, Role.MAYOR);
        String neighbour = fixtures.newPerson(district, null, Role.MAYOR);
        String farMayor = fixtures.newPerson(otherDistrict, null, Role.MAYOR);
        long own = training.enrol(session, mayor, "Мэр Один", district.getId(), region.getId());
        long neighbours = training.enrol(session, neighbour, "Мэр Два", district.getId(), region.getId());
        training.start(session);
        training.record(own, 3, 40, 80);
        training.record(neighbours, 1, 20, 30);

        TraineeResult mine = signIn.as(mayor, "mayor", () -> attendance.result(own));
        assertEquals(3, mine.daysPresent());
        assertEquals(40, mine.gain());
        assertThrows(AccessDeniedException.class, () -> signIn.as(mayor, "mayor", () -> attendance.result(neighbours)),
                "not even a mayor of the same district");
        assertThrows(AccessDeniedException.class, () -> signIn.as(farMayor, "mayor", () -> attendance.result(own)));
        String governor = fixtures.newPerson(null, region, Role.GOVERNOR);
        String otherGovernor = fixtures.newPerson(null, otherRegion, Role.GOVERNOR);
        assertEquals(30, signIn.as(governor, "governor", () -> attendance.result(neighbours)).postScore(),
                "the governor of the trainee's region reads it");
        assertThrows(AccessDeniedException.class, () -> signIn.as(otherGovernor, "governor",
                () -> attendance.result(own)));
        assertThrows(EJBAccessException.class, () -> signIn.as(mayor, "mayor", () -> attendance.figures(session)),
                "a mayor never reads a session's sheet");
    }
}
