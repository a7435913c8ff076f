package org.birge.portal.training.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.birge.portal.org.domain.Role;
import org.birge.portal.testsupport.Ids;

/**
 * Courses, sessions and enrolments for the training tests: a published course "PME-201" for mayors with the
 * rule "80 % of the days and 70 points in the post-test", a five-day session from Monday 13 to Friday 17
 * April 2026, 10:00 to 16:00, with 20 seats, and enrolments taken through the life of that session. Ids are
 * those the database would give.
 */
final class TrainingFixtures {

    static final long COURSE_ID = 301L;
    static final long SESSION_ID = 312L;
    static final long ENROLMENT_ID = 320L;

    static final LocalDate MON = LocalDate.parse("2026-04-13");
    static final LocalDate TUE = MON.plusDays(1);
    static final LocalDate WED = MON.plusDays(2);
    static final LocalDate THU = MON.plusDays(3);
    static final LocalDate FRI = MON.plusDays(4);
    static final List<LocalDate> WEEK = List.of(MON, TUE, WED, THU, FRI);
    /** A day in the week before the session, when enrolment opens. */
    static final LocalDate WEEK_BEFORE = MON.minusDays(7);
    static final LocalTime TEN = LocalTime.of(10, 0);
    static final LocalTime FOUR_PM = LocalTime.of(16, 0);
    static final Instant AT = Instant.parse("2026-04-01T05:30:00Z");

    static final int MIN_ATTENDANCE = 80;
    static final int PASS_MARK = 70;

    private TrainingFixtures() {
    }

    static List<LocalDate> days(String... isoDates) {
        return Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    /** What a trainer types for a course; fields are open for a test to break one rule at a time. */
    static final class CourseForm {
        String title = "Planning, monitoring and evaluating social projects";
        String description = "How a district plans a social project and shows what it changed.";
        String objectives = "Write a logical framework; choose indicators; report progress.";
        String topics = "Problem tree; indicators; monitoring plan; evaluation";
        Set<Role> targetRoles = EnumSet.of(Role.MAYOR);
        int hours = 24;
        CompletionRule rule = new CompletionRule(MIN_ATTENDANCE, PASS_MARK);

        Course.Details details() {
            return new Course.Details(title, description, objectives, topics, targetRoles, hours, rule);
        }
    }

    static Course draftCourse() {
        return Ids.withId(new Course("PME-201", new CourseForm().details()), COURSE_ID);
    }

    static Course publishedCourse() {
        Course course = draftCourse();
        course.publish();
        return course;
    }

    static Course archivedCourse() {
        Course course = publishedCourse();
        course.archive();
        return course;
    }

    static Course courseIn(CourseStatus status) {
        return switch (status) {
            case DRAFT -> draftCourse();
            case PUBLISHED -> publishedCourse();
            case ARCHIVED -> archivedCourse();
        };
    }

    /** What a trainer types for a session; fields are open for a test to break one rule at a time. */
    static final class SessionForm {
        Collection<LocalDate> days = new ArrayList<>(WEEK);
        LocalTime startsAt = TEN;
        LocalTime endsAt = FOUR_PM;
        String venue = "Akimat of the East Kazakhstan region, Ust-Kamenogorsk, hall 2";
        String onlineLink;
        int capacity = 20;
        Collection<String> trainers = new ArrayList<>(List.of("trainer.saule"));

        TrainingSession.Plan plan() {
            return new TrainingSession.Plan(days, startsAt, endsAt, venue, onlineLink, capacity, trainers);
        }
    }

    /** A planned session of the published course, on the fixture week. */
    static TrainingSession plannedSession() {
        return Ids.withId(new TrainingSession(publishedCourse(), new SessionForm().plan()), SESSION_ID);
    }

    /** A session of the fixture week brought to {@code status} on the days its verbs allow. */
    static TrainingSession sessionIn(SessionStatus status) {
        TrainingSession session = plannedSession();
        switch (status) {
            case PLANNED -> { }
            case OPEN -> session.openEnrolment(WEEK_BEFORE);
            case IN_PROGRESS -> {
                session.openEnrolment(WEEK_BEFORE);
                session.start(MON);
            }
            case COMPLETED -> {
                session.openEnrolment(WEEK_BEFORE);
                session.start(MON);
                session.complete(FRI);
            }
            case CANCELLED -> {
                session.openEnrolment(WEEK_BEFORE);
                session.cancel("The trainer is ill");
            }
        }
        return session;
    }

    static Trainee trainee(String username) {
        return new Trainee(username, "Name of " + username, 11L, 1L);
    }

    /** Enrols akim.zaisan by themselves in an open session, into a seat when {@code seatFree}. */
    static Enrolment enrol(TrainingSession openSession, boolean seatFree) {
        return Ids.withId(new Enrolment(openSession, trainee("akim.zaisan"), null, seatFree, AT), ENROLMENT_ID);
    }

    /**
     * An enrolment with a confirmed seat in the fixture session, present on the first {@code daysPresent}
     * days, with a pre-test of 40 and the post-test {@code postScore}, after the session completed and the
     * outcome was decided.
     */
    static Enrolment decided(int daysPresent, Integer postScore) {
        TrainingSession session = sessionIn(SessionStatus.OPEN);
        Enrolment enrolment = enrol(session, true);
        enrolment.confirm();
        session.start(MON);
        WEEK.subList(0, daysPresent).forEach(day -> enrolment.markAttendance(day, true));
        enrolment.recordScores(40, postScore);
        session.complete(FRI);
        enrolment.decide();
        return enrolment;
    }

    /** Present four days of five with 85 points: completed. */
    static Enrolment completedEnrolment() {
        return decided(4, 85);
    }

    /** Present two days of five with 85 points: not completed. */
    static Enrolment notCompletedEnrolment() {
        return decided(2, 85);
    }
}
